"""Opening a large briefing: cold and warm loads, peak memory, key response while loading.

    python benchmarks/load_bench.py                 # 1,000 and 10,000 generated articles
    python benchmarks/load_bench.py --sizes 2000

For each size it prints, as seconds and as ratios to the floor (the time merely to read
the same files): cold load to first article shown, cold load to fully indexed, warm load
(facts from the cache) to fully indexed, the peak resident memory of the app process,
and the key-response time while loading (from a key press in the article list to the
first screen drawn with the next article, measured headless with Pilot). Each measurement runs in a
fresh process with its own cache folder, so runs never touch the user's cache.
Generated corpora live in benchmarks/generated/ (not in git).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

TARGETS = {"first_shown": 1.0, "cold_indexed": 30.0, "warm_indexed": 3.0, "key_p95_ms": 100.0, "peak_rss_mb": 600.0}


def ensure_corpus(count: int) -> Path:
    from benchmarks.corpus import write_corpus

    folder = HERE / "generated" / f"news-{count}"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {count:,} articles in {folder} …", flush=True)
        write_corpus(folder, count, seed=0)
        marker.write_text("ok")
    return folder


def measure_floor(folder: Path) -> float:
    """Walk and read every file's bytes: what no loader can beat."""
    start = time.perf_counter()
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if not name.startswith("."):
                with open(os.path.join(root, name), "rb") as handle:
                    handle.read()
    return time.perf_counter() - start


async def measure_app(folder: Path, presses: int) -> dict[str, float]:
    from textual import events

    from briefing.session import Options
    from briefing.ui.app import BriefingApp
    from briefing.ui.widgets.article_list import ArticleList

    start = time.perf_counter()
    app = BriefingApp([str(folder)], Options())
    shown = watch_draws(app)
    first_shown = indexed = None
    key_times: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        deadline = start + 600
        while time.perf_counter() < deadline:
            now = time.perf_counter()
            if first_shown is None and any(article is not None for _, article in shown):
                first_shown = next(when for when, article in shown if article is not None) - start
            if app.briefing.search_index is not None:
                indexed = now - start
                break
            if first_shown is not None and len(key_times) < presses and len(app.briefing.articles) > 2:
                key_times.append(await _time_key(app, shown, events.Key("j", "j"), ArticleList))
                await asyncio.sleep(0.05)
            else:
                await asyncio.sleep(0.005)
        await pilot.press("q")
    key_times.sort()
    return {
        "first_shown": first_shown or float("nan"),
        "indexed": indexed or float("nan"),
        "key_p50_ms": statistics.median(key_times) if key_times else float("nan"),
        "key_p95_ms": key_times[int(0.95 * (len(key_times) - 1))] if key_times else float("nan"),
        "keys": len(key_times),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "articles": len(app.briefing.articles),
    }


def watch_draws(app, what=None) -> list[tuple[float, object]]:
    """A list that fills with (when the screen was drawn, what it showed) as the app draws.

    What it showed is the article in the article view, or whatever ``what(screen)`` returns.
    """
    from briefing.ui.widgets.article_view import ArticleView

    shown: list[tuple[float, object]] = []
    draw = app._display
    if what is None:
        what = lambda screen: screen.query_one(ArticleView).article  # noqa: E731

    def spy(screen, renderable) -> None:
        draw(screen, renderable)
        if app.main_screen.is_mounted:
            shown.append((time.perf_counter(), what(app.main_screen)))

    app._display = spy
    return shown


async def _time_key(app, shown: list, key, list_widget) -> float:
    """Milliseconds from posting a key to the first screen drawn with the next article on it."""
    from briefing.ui.widgets.article_view import ArticleView

    app.main_screen.query_one(list_widget).focus()
    await asyncio.sleep(0.02)
    before = app.main_screen.query_one(ArticleView).article
    pressed = time.perf_counter()
    app.post_message(key)
    while time.perf_counter() - pressed < 10:
        await asyncio.sleep(0.001)
        if any(when > pressed and article is not before for when, article in shown[-5:]):
            drawn = next(when for when, article in shown if when > pressed and article is not before)
            return (drawn - pressed) * 1000
    return float("inf")


def run_child(folder: Path, cache: Path, presses: int, script: str = __file__, timeout: float = 900) -> dict:
    """What ``script --child`` measured in a fresh process with its own cache (the last line it prints, JSON)."""
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, script, "--child", str(folder), "--presses", str(presses)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"measurement failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(count: int, floor: float, cold: dict, warm: dict) -> None:
    rows = [
        ("floor: read every file", floor, None),
        ("cold: first article shown", cold["first_shown"], TARGETS["first_shown"]),
        ("cold: fully indexed", cold["indexed"], TARGETS["cold_indexed"]),
        ("warm: fully indexed (cache)", warm["indexed"], TARGETS["warm_indexed"]),
    ]
    print(f"\n{count:,} articles ({cold['articles']:,} loaded)")
    print(f"  {'measure':<32}{'seconds':>10}{'× floor':>10}{'target':>10}  ok")
    for label, seconds, target in rows:
        ratio = seconds / floor if floor else float("nan")
        verdict = "" if target is None else ("yes" if seconds <= target else "NO")
        target_text = "" if target is None else f"{target:.1f}"
        print(f"  {label:<32}{seconds:>10.2f}{ratio:>10.1f}{target_text:>10}  {verdict}")
    for label, run in (("cold", cold), ("warm", warm)):
        ok = "yes" if run["peak_rss_mb"] <= TARGETS["peak_rss_mb"] else "NO"
        print(f"  {label + ': peak resident memory (MB)':<32}{run['peak_rss_mb']:>10.0f}{'':>10}{600:>10}  {ok}")
    keys_ok = "yes" if cold["key_p95_ms"] <= TARGETS["key_p95_ms"] else "NO"
    print(
        f"  {'cold: key response p95 (ms)':<32}{cold['key_p95_ms']:>10.1f}{'':>10}{100:>10}  {keys_ok}"
        f"   (median {cold['key_p50_ms']:.1f} ms over {cold['keys']} presses while loading)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(measure_app(args.child, args.presses))))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for count in args.sizes:
        folder = ensure_corpus(count)
        floor = min(measure_floor(folder) for _ in range(3))
        with tempfile.TemporaryDirectory(prefix="briefing-bench-cache-") as cache:
            cold = run_child(folder, Path(cache), args.presses)
            warm = run_child(folder, Path(cache), 0)
        report(count, floor, cold, warm)


if __name__ == "__main__":
    main()
