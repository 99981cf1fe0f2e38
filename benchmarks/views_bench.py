"""How fast the briefing-wide views open once the briefing is loaded: the timeline of one entity (issue 16).

    python benchmarks/views_bench.py                  # 10,000 generated articles, 20 openings
    python benchmarks/views_bench.py --count 1000 --openings 10

The briefing is loaded once by a session (filling a private cache), then:

- core: ``build_timeline`` for each of the most mentioned people, one after another;
- app: the app opens the same briefing (warm), and for each of those people selects them and
  presses `t`, timing from the key to the first screen drawn with their timeline listed, then
  closes it with Escape.

Prints p50 and p95 in milliseconds and the ratio of p95 to the 200 ms target.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.load_bench import ensure_corpus, watch_draws  # noqa: E402

TARGET_P95_MS = 200.0
NEVER_S = 30.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[round(0.95 * (len(ordered) - 1))]


def people(folder: Path, openings: int) -> tuple[list[str], list[float], int]:
    """Load the briefing (filling the cache); the most mentioned people; ms to build each one's timeline."""
    from briefing.session import Session
    from briefing.timeline import build_timeline

    session = Session([str(folder)])
    for _ in session.events():
        pass
    briefing = session.briefing
    assert briefing.fact_index is not None
    names = [summary.name for summary in briefing.fact_index.ranked("person")[:openings]]
    times, events = [], 0
    for name in names:
        started = time.perf_counter()
        timeline = build_timeline(briefing, name)
        times.append((time.perf_counter() - started) * 1000)
        events += len(timeline.rows)
    return names, times, events


async def app_openings(folder: Path, names: list[str]) -> tuple[list[float], list[float]]:
    """Ms from pressing `t` (an entity selected) to the first screen drawn with its timeline listed, and the
    process's CPU ms in that time (a figure that other work on a shared machine inflates less)."""
    from textual import events

    from briefing.session import Options
    from briefing.ui.app import BriefingApp
    from briefing.ui.screens.timeline import TimelineScreen

    app = BriefingApp([str(folder)], Options())

    def listed(_screen: object) -> bool:
        screen = app.screen
        return isinstance(screen, TimelineScreen) and screen.ready

    shown = watch_draws(app, listed)
    times: list[float] = []
    cpu: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        deadline = time.perf_counter() + 900
        while not app.fully_loaded and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        for name in names:
            app.main_screen.select_entity(name)
            await pilot.pause()
            await asyncio.sleep(0.1)
            pressed, pressed_cpu = time.perf_counter(), time.process_time()
            app.post_message(events.Key("t", "t"))
            drawn = None
            while drawn is None and time.perf_counter() - pressed < NEVER_S:
                await asyncio.sleep(0.001)
                drawn = next((when for when, ready in reversed(shown[-5:]) if when > pressed and ready), None)
            times.append((drawn - pressed) * 1000 if drawn is not None else float("inf"))
            cpu.append((time.process_time() - pressed_cpu) * 1000)
            await pilot.press("escape")
            await asyncio.sleep(0.1)
        await pilot.press("q")
    return times, cpu


def line(label: str, times: list[float]) -> str:
    worst = p95(times)
    each = " ".join(f"{value:.0f}" for value in sorted(times))
    return (
        f"  {label:<40}p50 {statistics.median(times):7.1f} ms   p95 {worst:7.1f} ms   "
        f"{worst / TARGET_P95_MS:5.2f}x the {TARGET_P95_MS:.0f} ms target\n    each, in ms: {each}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--openings", type=int, default=20)
    parser.add_argument("--cache", metavar="DIR", help="a facts cache to keep between runs (default: a new one)")
    args = parser.parse_args(argv)
    folder = ensure_corpus(args.count)
    with tempfile.TemporaryDirectory() as temporary:
        os.environ["BRIEFING_CACHE_DIR"] = args.cache or temporary
        names, core, events = people(folder, args.openings)
        opened, opened_cpu = asyncio.run(app_openings(folder, names))
    print(f"\n{args.count:,} articles, the timelines of the {len(names)} most mentioned people ({events:,} dates)")
    print(line("core: build_timeline", core))
    print(line("app: t to the timeline drawn", opened))
    print(line("app: CPU time in that", opened_cpu))
    print(f"  (load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
