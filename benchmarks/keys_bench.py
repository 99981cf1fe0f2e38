"""Key response on a fully loaded, idle briefing: moving through the article list and walking with `n`.

    python benchmarks/keys_bench.py                 # 10,000 generated articles
    python benchmarks/keys_bench.py --count 1000 --presses 40

A first process loads the briefing once to fill a private cache; a second opens it warm, waits
until it is fully indexed and idle, then times each key headless at 160x48: from posting the key
to the first screen drawn after it (for `j`, the first drawn with the next article on it). Prints
p50 and p95 in milliseconds and the ratio of p95 to the 25 ms target (issue 13).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.load_bench import _time_key, ensure_corpus, watch_draws  # noqa: E402

TARGET_P95_MS = 25.0


async def measure(folder: Path, presses: int) -> dict[str, list[float]]:
    from textual import events

    from briefing.session import Options
    from briefing.ui.app import BriefingApp
    from briefing.ui.widgets.article_list import ArticleList

    app = BriefingApp([str(folder)], Options())
    shown = watch_draws(app)
    times: dict[str, list[float]] = {"j (next article)": [], "n (next mention)": []}
    async with app.run_test(size=(160, 48)) as pilot:
        deadline = time.perf_counter() + 600
        while app.briefing.search_index is None and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(2.0)  # let warming and the last redraws finish: idle
        for _ in range(presses):
            times["j (next article)"].append(await _time_key(app, shown, events.Key("j", "j"), ArticleList))
            await asyncio.sleep(0.03)
        ranked = app.briefing.fact_index.ranked("person") if app.briefing.fact_index else []
        if ranked:
            app.main_screen.select_entity(ranked[0].name)
            await asyncio.sleep(0.3)
            for _ in range(presses):
                pressed = time.perf_counter()
                drawn_before = len(shown)
                app.post_message(events.Key("n", "n"))
                while len(shown) == drawn_before and time.perf_counter() - pressed < 10:
                    await asyncio.sleep(0.001)
                times["n (next mention)"].append((shown[-1][0] - pressed) * 1000)
                await asyncio.sleep(0.03)
        await pilot.press("q")
    return times


def run_child(folder: Path, cache: Path, presses: int) -> dict[str, list[float]]:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, __file__, "--child", str(folder), "--presses", str(presses)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800)
    if result.returncode != 0:
        raise SystemExit(f"measurement failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--child", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(measure(args.child, args.presses))))
        return
    folder = ensure_corpus(args.count)
    with tempfile.TemporaryDirectory() as cache:
        run_child(folder, Path(cache), 1)  # fills the cache and the saved indexes
        times = run_child(folder, Path(cache), args.presses)
    print(f"{args.count:,} articles, fully loaded and idle, 160x48, {args.presses} presses each")
    for key, values in times.items():
        values.sort()
        if not values:
            print(f"  {key:<20} no measurement")
            continue
        p50 = statistics.median(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        verdict = "met" if p95 <= TARGET_P95_MS else "NOT met"
        print(f"  {key:<20} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   p95/target {p95 / TARGET_P95_MS:.2f}x  ({verdict})")


if __name__ == "__main__":
    main()
