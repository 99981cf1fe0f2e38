"""Refreshing a large, fully loaded briefing, and what the reading state adds to a warm open.

    python benchmarks/refresh_bench.py              # 10,000 generated articles
    python benchmarks/refresh_bench.py --size 2000

On a copy of the generated corpus (benchmarks/generated/, not in git), loaded warm (facts from a
cache kept in benchmarks/generated/refresh-cache, so only the first run extracts), it measures:

* a refresh that finds nothing new (every file's signature unchanged): target 0.5 s;
* a refresh that finds 10 new files: until they are in the briefing with their facts (shown), and
  until search finds them: target 1 s for both; and until the fact index (walking entities and
  speakers across the briefing, rebuilt whole) is ready, for information;
* the reading state on a warm open: recording the run and reading what was read (``Reading.open``)
  on a database that already knows the briefing: target 0.2 s; and, for information, in the app
  (headless), from the search index being ready to the list showing what is read and new (the
  database, then every row drawn again on the screen's thread).

Each figure is the best of a few runs, measured in this process on the core (the app runs the same
code in a worker thread, and applies the events on its screen thread).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TARGETS: dict[str, float] = {"nothing": 0.5, "shown": 1.0, "searchable": 1.0, "state": 0.2}
NEW_FILES = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cache = HERE / "generated" / "refresh-cache"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["BRIEFING_CACHE_DIR"] = str(cache)
    with tempfile.TemporaryDirectory(prefix="briefing-refresh-bench-") as scratch:
        os.environ["BRIEFING_DATA_DIR"] = str(Path(scratch) / "data")
        run(args.size, args.runs, Path(scratch))


def run(size: int, runs: int, scratch: Path) -> None:
    from benchmarks.corpus import generate_articles
    from benchmarks.load_bench import ensure_corpus
    from briefing.events import FactIndexReady, Refreshed, SearchIndexReady
    from briefing.reading import Reading
    from briefing.refresh import Refresh, signatures_of
    from briefing.session import Options, Session
    from briefing.state import briefing_key

    folder = scratch / "articles"
    shutil.copytree(ensure_corpus(size), folder, ignore=shutil.ignore_patterns(".*"))
    paths, options = [str(folder)], Options()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {size:,} articles")
    signatures = signatures_of(paths)
    started = time.perf_counter()
    session = Session(paths, options)
    for _ in session.events():
        pass
    briefing = session.briefing
    print(f"  loaded in {time.perf_counter() - started:.1f} s (warm after the first run of this script)")

    key = briefing_key(paths)
    Reading.open(key, briefing.articles, print).close()  # the first open: the database learns the briefing
    state_times = []
    for _ in range(runs):
        started = time.perf_counter()
        reading = Reading.open(key, briefing.articles, print)
        state_times.append(time.perf_counter() - started)
        reading.close()

    nothing_times = []
    for _ in range(runs):
        refresh = Refresh(paths, options, signatures)
        started = time.perf_counter()
        assert list(refresh.events(briefing, print)) == []
        nothing_times.append(time.perf_counter() - started)

    shown_times, searchable_times, walkable_times = [], [], []
    # New text every run: an index saved by an earlier run for the same articles would make it look instant.
    extra = list(generate_articles(NEW_FILES * runs, seed=time.time_ns()))
    for number in range(runs):
        batch = extra[number * NEW_FILES : (number + 1) * NEW_FILES]
        for name, text in batch:
            (folder / f"new-{number}-{name}").write_text(text, encoding="utf-8")
        refresh = Refresh(paths, options, signatures)
        started = time.perf_counter()
        for event in refresh.events(briefing, print):
            briefing.apply(event)
            if isinstance(event, Refreshed):
                shown_times.append(time.perf_counter() - started)
            if isinstance(event, SearchIndexReady):
                searchable_times.append(time.perf_counter() - started)
            if isinstance(event, FactIndexReady):
                walkable_times.append(time.perf_counter() - started)
        signatures = refresh.signatures
        assert refresh.outcome is not None and len(refresh.outcome.new) == NEW_FILES
        title = batch[0][1].split("\n", 1)[0]
        assert briefing.search_index is not None
        hits = briefing.search_index.search(title, limit=5)
        assert any(briefing.articles[hit.mark.position].title == title for hit in hits), "a new article not found"

    shown_after = [asyncio.run(_reading_shown_in_the_app(folder)) for _ in range(runs)]

    rows = [
        ("refresh finding nothing", min(nothing_times), TARGETS["nothing"]),
        (f"refresh finding {NEW_FILES} new: shown", min(shown_times), TARGETS["shown"]),
        (f"refresh finding {NEW_FILES} new: searchable", min(searchable_times), TARGETS["searchable"]),
        (f"refresh finding {NEW_FILES} new: fact index", min(walkable_times), None),
        ("reading state on a warm open", min(state_times), TARGETS["state"]),
        ("app: reading state shown after the index", min(shown_after), None),
    ]
    print(f"  {'measure':<40}{'seconds':>10}{'target':>10}  ok   (best of {runs})")
    for label, seconds, target in rows:
        verdict = "" if target is None else ("yes" if seconds <= target else "NO")
        target_text = "" if target is None else f"{target:.1f}"
        print(f"  {label:<40}{seconds:>10.3f}{target_text:>10}  {verdict}")


async def _reading_shown_in_the_app(folder: Path) -> float:
    """In the app (headless): from the search index being ready to the list showing what is read and new."""
    from briefing.session import Options
    from briefing.ui.app import BriefingApp

    app = BriefingApp([str(folder)], Options())
    async with app.run_test(size=(160, 48)) as pilot:
        while app.briefing.search_index is None or app.main_screen.query_one("#progress-panel").display:
            await pilot.pause(0.005)
        indexed = time.perf_counter()
        while not app.fully_loaded:
            await pilot.pause(0.005)
        return time.perf_counter() - indexed


if __name__ == "__main__":
    main()
