"""Whole-briefing views on a large briefing, once it is loaded: how long one takes to open.

    python benchmarks/views_bench.py                # 10,000 generated articles
    python benchmarks/views_bench.py --count 2000 --bbc ../shared/corpus/bbc

Profiles (``briefing.profile``): the briefing is loaded as the app loads it (a loading session,
facts from the cache after the first run), then the profiles of 20 entities are built one after
another, each timed from the call to the finished profile. Two sets are timed: the 20 most-quoted
people (a person followed through the briefing, the case the view is for) and the 20 entities
named in the most articles (the worst case: in the generated corpus each is a place named in
over 40% of the articles). The fact index's grouping of names (``FactIndex.identity``), worked out
once per briefing when first asked for, is timed apart. Then the same in the app (headless, with
Pilot): from asking the main screen for the profile to the first frame drawn with the profile
screen up (it makes the profile in a worker and says so) and to the first frame with the profile
on it, and the process's CPU time in that (which other work on a shared machine inflates less).
Target: p95 <= 200 ms.

Timelines (``briefing.timeline``): for the 20 most mentioned people, ``build_timeline`` (core),
then in the app the key `t` with the person selected, timed to the first frame with the timeline
listed (and the CPU time in that, which other work on a shared machine inflates less).

    python benchmarks/views_bench.py --cache DIR    # keep the facts cache between runs
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.load_bench import ensure_corpus, watch_draws  # noqa: E402
from briefing.fact_index import FactIndex  # noqa: E402
from briefing.loaded import Briefing  # noqa: E402
from briefing.session import Session  # noqa: E402

PROFILE_TARGET_MS = 200.0
OPENINGS = 20
NEVER_S = 10.0  # a profile not on screen by then counts as never
TIMELINE_NEVER_S = 30.0


def load(paths: list[str]) -> Briefing:
    """The briefing with both indexes, loaded by a session as the app loads it."""
    session = Session(paths)
    for _ in session.events():
        pass
    return session.briefing


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


# --- profiles -------------------------------------------------------------------------------


def profile_subjects(fact_index: FactIndex) -> dict[str, list[str]]:
    """The two sets of 20 entities whose profiles are timed (see the module's docstring)."""
    summaries = fact_index.entity_summaries()
    people = [summary.name for summary in summaries.values() if summary.kind == "person"]
    quoted = sorted(people, key=lambda name: (-fact_index.quote_count(name), name))[:OPENINGS]
    widest = sorted(summaries.values(), key=lambda summary: (-summary.articles, summary.name))[:OPENINGS]
    return {"most-quoted people": quoted, "named in most articles": [summary.name for summary in widest]}


def measure_profiles(briefing: Briefing) -> None:
    from briefing.profile import build_profile

    fact_index = briefing.fact_index
    assert fact_index is not None
    fact_index._identity = None  # timed here, as the first profile after loading would pay it
    print(f"  names grouped into entities (once per briefing): {_timed(lambda: fact_index.identity):.1f} ms")
    for label, names in profile_subjects(fact_index).items():
        times, profiles = [], []
        for name in names:
            start = time.perf_counter()
            profiles.append(build_profile(briefing, fact_index, name))
            times.append((time.perf_counter() - start) * 1000)
        largest = max((one for one in profiles if one is not None), key=lambda one: len(one.articles))
        verdict = "yes" if p95(times) <= PROFILE_TARGET_MS else "NO"
        print(
            f"  profile, {label:<24} median {statistics.median(times):6.1f} ms   p95 {p95(times):6.1f} ms"
            f"   (target {PROFILE_TARGET_MS:.0f}: {verdict})   largest: {largest.name}, {len(largest.articles):,}"
            f" articles, {len(largest.quotes_by):,} quotes by, {len(largest.quotes_about):,} about"
        )


async def measure_profile_screens(folder: Path) -> None:
    """Each set's profiles opened in the app, one after another: from the request to the first frame with
    the profile screen up (saying it is reading), and to the first frame with the profile on it (and the
    process's CPU time in that)."""
    from briefing.ui.app import BriefingApp
    from briefing.ui.screens.profile import ProfileScreen

    app = BriefingApp([str(folder)])
    # when, the process's CPU time then, whose profile screen ("" for another screen), made yet
    drawn: list[tuple[float, float, str, bool]] = []
    display = app._display

    def spy(screen, renderable) -> None:
        display(screen, renderable)
        mine = isinstance(screen, ProfileScreen)
        entity = screen.entity if mine else ""
        drawn.append((time.perf_counter(), time.process_time(), entity, mine and screen.profile is not None))

    app._display = spy
    async with app.run_test(size=(160, 48)) as pilot:
        while not app.fully_loaded:
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # the last redraws of loading
        fact_index = app.briefing.fact_index
        assert fact_index is not None
        for label, names in profile_subjects(fact_index).items():
            up, made, cpu = [], [], []
            for name in names:
                seen = len(drawn)
                asked, asked_cpu = time.perf_counter(), time.process_time()
                app.main_screen.open_profile(name)
                first = last = None
                while last is None and time.perf_counter() - asked < NEVER_S:
                    await asyncio.sleep(0.001)
                    frames = [(when, spent, done) for when, spent, entity, done in drawn[seen:] if entity == name]
                    first = frames[0][0] if frames else None
                    last = next(((when, spent) for when, spent, done in frames if done), None)
                up.append((first - asked) * 1000 if first is not None else float("inf"))
                made.append((last[0] - asked) * 1000 if last is not None else float("inf"))
                cpu.append((last[1] - asked_cpu) * 1000 if last is not None else float("inf"))
                await pilot.press("escape")
                await asyncio.sleep(0.1)
            for what, times in (("up", up), ("with the profile", made), ("CPU time in that", cpu)):
                verdict = "yes" if p95(times) <= PROFILE_TARGET_MS else "NO"
                print(
                    f"  profile screen {what + ',':<17} {label:<22} median {statistics.median(times):6.1f} ms"
                    f"   p95 {p95(times):6.1f} ms   (target {PROFILE_TARGET_MS:.0f}: {verdict})"
                )


# --- timelines ------------------------------------------------------------------------------


def timeline_people(briefing: Briefing, openings: int) -> tuple[list[str], list[float], int]:
    """The most mentioned people of the loaded briefing, and ms to build each one's timeline."""
    from briefing.timeline import build_timeline

    assert briefing.fact_index is not None
    names = [summary.name for summary in briefing.fact_index.ranked("person")[:openings]]
    times, events = [], 0
    for name in names:
        started = time.perf_counter()
        timeline = build_timeline(briefing, name)
        times.append((time.perf_counter() - started) * 1000)
        events += len(timeline.rows)
    return names, times, events


async def measure_timeline_screens(folder: Path, names: list[str]) -> tuple[list[float], list[float]]:
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
            while drawn is None and time.perf_counter() - pressed < TIMELINE_NEVER_S:
                await asyncio.sleep(0.001)
                drawn = next((when for when, ready in reversed(shown[-5:]) if when > pressed and ready), None)
            times.append((drawn - pressed) * 1000 if drawn is not None else float("inf"))
            cpu.append((time.process_time() - pressed_cpu) * 1000)
            await pilot.press("escape")
            await asyncio.sleep(0.1)
        await pilot.press("q")
    return times, cpu


def timeline_line(label: str, times: list[float]) -> str:
    worst = p95(times)
    each = " ".join(f"{value:.0f}" for value in sorted(times))
    return (
        f"  {label:<40}p50 {statistics.median(times):7.1f} ms   p95 {worst:7.1f} ms   "
        f"{worst / PROFILE_TARGET_MS:5.2f}x the {PROFILE_TARGET_MS:.0f} ms target\n    each, in ms: {each}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="generated articles (0: none)")
    parser.add_argument("--bbc", type=Path, help="also the BBC corpus (../shared/corpus/bbc)")
    parser.add_argument("--cache", metavar="DIR", help="a facts cache to keep between runs (default: a new one)")
    args = parser.parse_args()
    corpora = []
    if args.count:
        corpora.append((f"{args.count:,} generated articles", ensure_corpus(args.count)))
    if args.bbc:
        corpora.append(("BBC corpus", args.bbc))
    with tempfile.TemporaryDirectory() as temporary:
        os.environ["BRIEFING_CACHE_DIR"] = args.cache or temporary
        for label, folder in corpora:
            start = time.perf_counter()
            briefing = load([str(folder)])
            print(f"\n{label}: {len(briefing.articles):,} loaded in {time.perf_counter() - start:.1f} s")
            measure_profiles(briefing)
            asyncio.run(measure_profile_screens(folder))
            names, core, dates = timeline_people(briefing, OPENINGS)
            opened, opened_cpu = asyncio.run(measure_timeline_screens(folder, names))
            print(f"  timelines of the {len(names)} most mentioned people ({dates:,} dates)")
            print(timeline_line("core: build_timeline", core))
            print(timeline_line("app: t to the timeline drawn", opened))
            print(timeline_line("app: CPU time in that", opened_cpu))
    print(f"  (load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
