"""Benchmark of briefing.search: index build time and memory, per-keystroke latency, fzf as a reference.

    .venv/bin/python benchmarks/search_bench.py [--count 10000] [--bbc ../shared/corpus/bbc] [--queries 20]

For a generated corpus (``benchmarks/corpus.py``, written once under
``benchmarks/generated/``) and for the BBC corpus, it reports:

* index build time (wall and CPU) and index memory (the index's own objects,
  measured by walking them, plus the process's resident-size growth);
* latency per keystroke (every prefix of each query, as typed) and per finished
  query, median and 95th percentile, for one-, two- and three-word queries
  with and without typos, and three words with a typo in a first letter; CPU
  time is shown too, since wall time on a shared machine includes waiting for
  the processor;
* how often the passage the query was taken from is in the first 10 hits;
* where ``fzf`` is installed, the time of ``fzf --filter`` over the same
  passages (one per line) for the finished queries, its top-10 rate, and the
  ratio of its median time to ours.

Targets for 10,000 articles: keystroke p95 <= 20 ms, build <= 10 s, memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402

from briefing.facts import FactTable  # noqa: E402
from briefing.model import Article  # noqa: E402
from briefing.packed import pack  # noqa: E402
from briefing.search import SearchIndex  # noqa: E402
from briefing.search.tokens import words  # noqa: E402
from briefing.sources import iter_load  # noqa: E402

GENERATED = ROOT / "benchmarks" / "generated"
STOPWORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "been",
        "their",
        "about",
        "would",
        "could",
        "which",
        "there",
        "said",
        "says",
    ]
)
TOP = 10


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * 4096 / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def deep_size(root: object, skip: set[int]) -> int:
    """Bytes held by an object graph (containers, arrays, strings, ints), skipping the ids in ``skip``."""
    seen = set(skip)
    stack = [root]
    total = 0
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, (str, bytes, int, float, array, range)):
            continue
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif hasattr(item, "__dict__"):
            stack.append(vars(item))
        elif hasattr(item, "__slots__"):
            stack.extend(getattr(item, name) for name in item.__slots__ if hasattr(item, name))
    return total


def index_memory(index: SearchIndex, articles: list[Article]) -> float:
    skip = {id(article) for article in articles}
    skip.update(id(article.body) for article in articles)
    return deep_size(index, skip) / 1e6


def typo(word: str, rng: random.Random, first: bool = False) -> str:
    """One random edit (drop, swap, replace or double a letter) away from ``word``: at the first letter when
    ``first``, else never there."""
    position = 0 if first else rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "replace", "double"))
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "swap":
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if kind == "replace":
        letter = rng.choice([c for c in "aeioustrnl" if c != word[position]])
        return word[:position] + letter + word[position + 1 :]
    return word[:position] + word[position] + word[position:]


def passage_words(articles: list[Article], passage: tuple[int, int, int]) -> list[str]:
    """The words of a passage a query may be made of: each once, four letters or more, no stopwords."""
    article, start, end = passage
    return [
        w
        for w in dict.fromkeys(words(articles[article].body[start:end]))
        if len(w) >= 4 and w.isalpha() and w not in STOPWORDS
    ]


def draw_words(
    rng: random.Random, articles: list[Article], passages: list[tuple[int, int, int]], count: int
) -> tuple[int, list[str], list[str]]:
    """A passage drawn at random that has ``count`` query words: its number, its query words, and
    ``count`` of them drawn in passage order."""
    while True:
        number = rng.randrange(len(passages))
        candidates = passage_words(articles, passages[number])
        if len(candidates) >= count:
            return number, candidates, [candidates[i] for i in sorted(rng.sample(range(len(candidates)), count))]


def make_queries(index: SearchIndex, articles: list[Article], per_kind: int, seed: int = 1) -> dict[str, list]:
    """(query, source passage) lists for each kind: 1/2/3 words, exact or with typos."""
    rng = random.Random(seed)
    passages = index.passages()
    queries: dict[str, list[tuple[str, int]]] = {}
    for count in (1, 2, 3):
        for with_typos in (False, True):
            chosen: list[tuple[str, int]] = []
            while len(chosen) < per_kind:
                number, _, chosen_words = draw_words(rng, articles, passages, count)
                if with_typos:
                    chosen_words = [typo(w, rng) if len(w) >= 5 else w for w in chosen_words]
                    if all(len(w) < 5 for w in chosen_words):
                        continue
                chosen.append((" ".join(chosen_words), number))
            queries[f"{count} word{'s' if count > 1 else ''}{', typos' if with_typos else ''}"] = chosen
    # Three words, one of them mistyped in its first letter (drawn last: the kinds above stay the same).
    first: list[tuple[str, int]] = []
    while len(first) < per_kind:
        number, _, chosen_words = draw_words(rng, articles, passages, 3)
        long_enough = [i for i, w in enumerate(chosen_words) if len(w) >= 5]
        if not long_enough:
            continue
        which = rng.choice(long_enough)
        chosen_words[which] = typo(chosen_words[which], rng, first=True)
        first.append((" ".join(chosen_words), number))
    queries["3 words, 1st letter"] = first
    return queries


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.thread_time()
    result = call()
    return result, (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def in_top(hits: list, passage: tuple[int, int, int]) -> bool:
    return any((hit.mark.position, hit.mark.start, hit.mark.end) == passage for hit in hits[:TOP])


def run_fzf(passages_file: Path, query: str) -> tuple[list[int], float]:
    start = time.perf_counter()
    with passages_file.open("rb") as stdin:
        done = subprocess.run(["fzf", "--filter", query], stdin=stdin, capture_output=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    lines = done.stdout.decode("utf-8", "replace").splitlines()[:TOP]
    return [int(line.split("\t", 1)[0]) for line in lines if "\t" in line], elapsed


def bench(label: str, articles: list[Article], facts: FactTable, per_kind: int, fzf_queries: int) -> None:
    print(f"\n=== {label}: {len(articles):,} articles, {sum(a.word_count for a in articles):,} words")
    before = rss_mb()
    index, wall, cpu = timed(lambda: SearchIndex.build(articles, facts))
    assert isinstance(index, SearchIndex)
    grown = rss_mb() - before
    print(f"index build: {wall / 1000:.2f} s wall, {cpu / 1000:.2f} s CPU (target <= 10 s)")
    _, warm_wall, _ = timed(index.warm)  # as the app does in the background once the index is in use
    print(f"warming (correction tables, frequent-word masks; background in the app): {warm_wall / 1000:.2f} s")
    print(f"passages: {index.passage_count:,}")
    queries = make_queries(index, articles, per_kind)
    passages = index.passages()
    print(f"\n{'queries':18} {'keystroke ms (median / p95)':>30} {'finished query ms':>22} {'top-10':>8}")
    print(f"{'':18} {'wall':>14} {'cpu':>15} {'wall':>11} {'cpu':>10}")
    all_keys: list[float] = []
    all_keys_cpu: list[float] = []
    ours_final: list[float] = []
    for kind, items in queries.items():
        keys: list[float] = []
        keys_cpu: list[float] = []
        finals: list[float] = []
        finals_cpu: list[float] = []
        found = 0
        for text, number in items:
            for end in range(1, len(text) + 1):
                hits, wall_ms, cpu_ms = timed(lambda prefix=text[:end]: index.search(prefix))
                keys.append(wall_ms)
                keys_cpu.append(cpu_ms)
            hits, wall_ms, cpu_ms = timed(lambda text=text: index.search(text))
            finals.append(wall_ms)
            finals_cpu.append(cpu_ms)
            found += in_top(hits, passages[number])  # type: ignore[arg-type]
        all_keys += keys
        all_keys_cpu += keys_cpu
        ours_final += finals
        print(
            f"{kind:18} {statistics.median(keys):6.2f} / {percentile(keys, 0.95):5.2f} "
            f"{statistics.median(keys_cpu):6.2f} / {percentile(keys_cpu, 0.95):5.2f} "
            f"{statistics.median(finals):5.2f} / {percentile(finals, 0.95):5.2f} "
            f"{statistics.median(finals_cpu):4.1f}/{percentile(finals_cpu, 0.95):4.1f} {found:4}/{len(items)}"
        )
    print(
        f"{'all keystrokes':18} {statistics.median(all_keys):6.2f} / {percentile(all_keys, 0.95):5.2f} "
        f"{statistics.median(all_keys_cpu):6.2f} / {percentile(all_keys_cpu, 0.95):5.2f}   "
        f"({len(all_keys):,} searches; target p95 <= 20 ms)"
    )
    memory = index_memory(index, articles)
    print(
        f"index memory: {memory:.0f} MB in the index's objects (caches included); "
        f"process grew {grown:.0f} MB while building (target <= 300 MB)"
    )
    fzf = shutil.which("fzf")
    if not fzf_queries:
        return
    if not fzf:
        print("fzf: not installed, no reference timing (apt-get install -y fzf)")
        return
    with tempfile.TemporaryDirectory() as scratch:
        passages_file = Path(scratch) / "passages.txt"
        with passages_file.open("w", encoding="utf-8") as out:
            for number, (article, start, end) in enumerate(passages):
                text = " ".join(articles[article].body[start:end].split())
                out.write(f"{number}\t{text}\n")
        fzf_times: list[float] = []
        fzf_found = ours_found = total = 0
        ours_times: list[float] = []
        for items in queries.values():
            for text, number in items[:fzf_queries]:
                lines, elapsed = run_fzf(passages_file, text)
                fzf_times.append(elapsed)
                fzf_found += number in lines
                hits, wall_ms, _ = timed(lambda text=text: index.search(text))
                ours_times.append(wall_ms)
                ours_found += in_top(hits, passages[number])  # type: ignore[arg-type]
                total += 1
    fzf_median, ours_median = statistics.median(fzf_times), statistics.median(ours_times)
    print(
        f"fzf --filter ({total} finished queries): median {fzf_median:.1f} ms, "
        f"p95 {percentile(fzf_times, 0.95):.1f} ms, "
        f"top-10 {fzf_found}/{total}; ours: median {ours_median:.2f} ms, top-10 {ours_found}/{total}; "
        f"fzf/ours = {fzf_median / max(ours_median, 1e-6):.1f}x"
    )


def load(path: Path) -> list[Article]:
    return [item for item in iter_load([str(path)]) if isinstance(item, Article)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark briefing.search.")
    parser.add_argument("--count", type=int, default=10_000, help="generated articles (0 to skip)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpus" / "bbc"), help="'' to skip")
    parser.add_argument("--queries", type=int, default=20, help="queries per kind")
    parser.add_argument("--fzf-queries", type=int, default=5, help="finished queries per kind given to fzf")
    parser.add_argument("--facts", action="store_true", help="extract every article's key facts first")
    args = parser.parse_args(argv)
    runs: list[tuple[str, Path]] = []
    if args.count:
        directory = GENERATED / f"news-{args.count}-seed{args.seed}"
        if not directory.is_dir() or len(list(directory.glob("*.txt"))) != args.count:
            started = time.perf_counter()
            write_corpus(directory, args.count, args.seed)
            print(f"generated {args.count:,} articles in {time.perf_counter() - started:.1f} s: {directory}")
        runs.append((f"generated ({directory.name})", directory))
    if args.bbc:
        if Path(args.bbc).is_dir():
            runs.append((f"BBC ({args.bbc})", Path(args.bbc)))
        else:
            print(f"BBC corpus not found at {args.bbc}: skipped")
    for label, path in runs:
        started = time.perf_counter()
        articles = load(path)
        print(f"\nloaded {label} in {time.perf_counter() - started:.1f} s")
        facts = FactTable()
        if args.facts:
            from briefing.extract import extract_facts

            facts = FactTable(pack(extract_facts(article.body)) for article in articles)
        bench(label, articles, facts, args.queries, args.fzf_queries)


if __name__ == "__main__":
    main()
