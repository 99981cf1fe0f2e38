"""How long the bounded operations take: the figures the tests used to assert, measured instead.

    .venv/bin/python benchmarks/robustness_bench.py            # every group
    .venv/bin/python benchmarks/robustness_bench.py --only sources,store

The tests check that each of these is bounded by what bounds it (entities refused before any
parser runs, the HTML tree trimmed before trafilatura sees it, the busy timeout set, the web
timeout and deadline raising their own errors, FIFOs never opened for a blocking read); how
long that takes depends on the machine, so it is measured here and never asserted. Each line
prints the wall seconds and the ratio to the bound the tests once asserted (lower is better;
above 1.00 would have failed that old test). Groups:

* ``sources``: feeds with entity declarations, a feed entry of tag soup, a 5 MB junk HTML page,
  a URL that never answers (timeout) and one that never ends (deadline), on a local server.
* ``store``: two writes to a cache another process holds locked.
* ``extract``: a 2 MB single line and pathological capitals and quote marks.
* ``hostile``: the hostile corpus of tests/hostile (loaded whole and file by file, FIFO and
  devices, extraction, the Big List of Naughty Strings from ../shared when present, search).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GROUPS = ("sources", "store", "extract", "hostile")


def report(name: str, seconds: float, bound: float) -> None:
    print(f"  {name:<58} {seconds:8.3f} s  {seconds / bound:5.2f}x the old {bound:g} s bound", flush=True)


def timed(name: str, bound: float, work: Callable[[], object]) -> object:
    started = time.perf_counter()
    result = work()
    report(name, time.perf_counter() - started, bound)
    return result


# --- sources ---------------------------------------------------------------------------------


def bench_sources() -> None:
    from briefing.sources import feeds, html, load_bytes
    from tests.sources.test_feeds import BILLION_LAUGHS, XXE

    print("sources")
    for label, data in {
        "feed: billion laughs refused": BILLION_LAUGHS,
        "feed: external entity refused": XXE,
        "feed: external entity in UTF-16 refused": XXE.replace(b'<?xml version="1.0"?>', b"").decode().encode("utf-16"),
    }.items():
        timed(label, 1.0, lambda data=data: load_bytes(data, "evil.xml"))

    soup = b"<div><p>alpha <b>beta <script>x()</script>" * 200_000
    entry = b'<rss version="2.0"><channel><item><title>Soup</title><description><![CDATA[' + soup
    entry += b"]]></description></item></channel></rss>"
    timed(f"feed: one entry of tag soup ({len(entry) / 1e6:.1f} MB)", 5.0, lambda: feeds.load(entry, "soup.rss"))

    unit = b"alpha <b>beta</b> <div> gamma <p> delta <a href='#'>link</a> </div> epsilon <script>var a=1</script> "
    junk = b"<html><body>" + unit * (5_000_000 // len(unit)) + b"</body></html>"
    timed(f"html: junk page ({len(junk) / 1e6:.1f} MB of tag soup)", 8.0, lambda: html.load(junk, "junk.html"))

    with _server() as base:
        from briefing.sources import web

        timed("web: no answer, timeout 0.3 s", 1.5, lambda: web.load_url(f"{base}/slow", timeout=0.3))
        timed(
            "web: endless body, deadline 0.5 s",
            1.5,
            lambda: web.load_url(f"{base}/drip", timeout=30, deadline_seconds=0.5),
        )


@contextmanager
def _server() -> Iterator[str]:
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow":
                release.wait(60)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                while not release.wait(0.05):
                    self.wfile.write(b"<p>drip</p>")
                    self.wfile.flush()
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()


# --- store -----------------------------------------------------------------------------------


def bench_store() -> None:
    from briefing.packed import pack
    from briefing.store import FactStore, facts_key
    from tests.test_store import sample_facts

    print("store")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.sqlite3"
        with FactStore.open(path, warn=lambda message: None) as store:
            store.put_many([(facts_key("before"), pack(sample_facts()))])
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with FactStore.open(path, warn=lambda message: None) as store:

                def two_writes() -> None:
                    store.put_many([(facts_key("during"), pack(sample_facts()))])
                    store.put_many([(facts_key("during 2"), pack(sample_facts()))])

                timed("cache: two writes skipped while another process writes", 4.0, two_writes)
        finally:
            holder.close()


# --- extract ---------------------------------------------------------------------------------


def bench_extract() -> None:
    from briefing.extract import extract_facts

    print("extract")
    sentence = 'Prime Minister Fumio Kishida said on Monday that talks were "crucial" with 80,000 troops in 2002, '
    line = (sentence * (2_000_000 // len(sentence) + 1))[:2_000_000]
    timed("2 MB on a single line", 15.0, lambda: extract_facts(line))
    for label, text in {
        "'A ' x 1,000,000": "A " * 1_000_000,
        "'\" ' x 1,000,000": '" ' * 1_000_000,
        "'word Word ' x 200,000": "word Word " * 200_000,
    }.items():
        timed(f"pathological {label}", 15.0, lambda text=text: extract_facts(text))


# --- hostile ---------------------------------------------------------------------------------


def bench_hostile() -> None:
    from briefing.extract import extract_facts
    from briefing.facts import FactTable
    from briefing.model import Problem
    from briefing.search import SearchIndex
    from briefing.sources import iter_load, load_bytes, read_source
    from briefing.sources.build import make_article
    from briefing.sources.files import Found
    from tests.hostile.corpus import blns_strings, build

    print("hostile")
    with tempfile.TemporaryDirectory() as folder:
        root, secret = Path(folder) / "corpus", Path(folder) / "outside"
        root.mkdir()
        secret.mkdir()
        corpus = build(root, secret)
        loaded = timed("load the whole hostile folder", 20.0, lambda: list(iter_load([str(root)])))
        articles = [item for item in loaded if not isinstance(item, Problem)]
        fifo = str(corpus.path("fifo.txt"))
        timed("a FIFO, by the walk and read directly", 5.0, lambda: (list(iter_load([fifo])), read_source(Found(fifo))))
        timed("/dev/zero and /dev/null", 5.0, lambda: list(iter_load(["/dev/zero", "/dev/null"])))
        worst, worst_name = 0.0, ""
        for name, path in sorted(corpus.files.items()):
            if not path.is_file() or path.is_symlink() or name == "fifo.txt":
                continue
            data = path.read_bytes()
            started = time.perf_counter()
            load_bytes(data, str(path))
            seconds = time.perf_counter() - started
            if seconds > worst:
                worst, worst_name = seconds, name
        report(f"slowest single file through its loader ({worst_name[:20]!r})", worst, 3.0)

        big = 200_000
        small = [article for article in articles if len(article.body) <= big]
        worst, worst_name = 0.0, ""
        for article in small:
            started = time.perf_counter()
            extract_facts(article.body)
            seconds = time.perf_counter() - started
            if seconds > worst:
                worst, worst_name = seconds, article.source_name
        report(f"slowest extraction of a hostile article ({worst_name[:20]!r})", worst, 5.0)
        for article in articles:
            if len(article.body) > big:
                timed(
                    f"extract {article.source_name[:24]!r} ({len(article.body):,} chars)",
                    20.0,
                    lambda article=article: extract_facts(article.body),
                )

        strings = blns_strings()
        if not strings:
            print("  (../shared/hostile/blns.base64.txt is not here: the naughty strings are skipped)")

        def extract_naughty() -> None:
            for text in strings:
                extract_facts(make_article("blns.txt", [f"Officials said {text} on Monday."]).body)

        if strings:
            timed(f"extract {len(strings):,} naughty strings", 20.0, extract_naughty)
        index = timed(
            "build the search index of the hostile articles", 20.0, lambda: SearchIndex.build(small, FactTable())
        )
        queries = [*strings, "[@click=app.quit]", "\x1b]0;x\x07", "[/]", "*" * 2000, '"' * 3, "speaker:"]
        timed(
            f"search {len(queries):,} hostile queries",
            30.0,
            lambda: [index.search(query, limit=20) for query in queries],
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups of {', '.join(GROUPS)}")
    args = parser.parse_args()
    chosen = [group.strip() for group in args.only.split(",") if group.strip()]
    unknown = sorted(set(chosen) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    benches = {"sources": bench_sources, "store": bench_store, "extract": bench_extract, "hostile": bench_hostile}
    for group in chosen:
        benches[group]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
