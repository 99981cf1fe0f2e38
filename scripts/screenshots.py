"""Make the README's SVG screenshots: headless, at a fixed size, on the bundled seed.

    .venv/bin/python scripts/screenshots.py [--out screenshots] [--size 160x48]

Uses no cache and no reading state (private temporary ones) and waits for loading to finish,
so the pictures are the same on every run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from textual.pilot import Pilot  # noqa: E402

from briefing.session import Options  # noqa: E402
from briefing.ui.app import BriefingApp  # noqa: E402

SEEDS = REPO / "seeds"
Step = Callable[[Pilot], Awaitable[None]]


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not settle")
        await pilot.pause(0.05)


async def loaded(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, BriefingApp)
    await wait_for(pilot, lambda: app.fully_loaded)


async def main_view(pilot: Pilot) -> None:
    return None


async def entity_walked(pilot: Pilot) -> None:
    await pilot.press("ctrl+p", *"Fumio Kishida")
    await pilot.pause(0.6)
    await pilot.press("enter")
    await pilot.pause(0.2)
    await pilot.press("n", "n")


async def speaker_quotes(pilot: Pilot) -> None:
    pilot.app.main_screen.walk_speaker("Kim Yo Jong")  # type: ignore[attr-defined]
    await pilot.press("n")


async def search_results(pilot: Pilot) -> None:
    await pilot.press("slash", *"sovereign rihgt")
    screen = pilot.app.screen
    await wait_for(pilot, lambda: getattr(screen, "settled", False))


async def briefing_facts_light(pilot: Pilot) -> None:
    pilot.app.theme = "briefing-light"
    pilot.app.main_screen.select_entity("Kim Jong Un")  # type: ignore[attr-defined]
    pilot.app.main_screen.query_one("#facts-pane").set_scope("briefing")  # type: ignore[attr-defined]


async def profile(pilot: Pilot) -> None:
    pilot.app.main_screen.open_profile("Fumio Kishida")  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "profile", None) is not None)


async def timeline(pilot: Pilot) -> None:
    await pilot.press("t")
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "ready", False))
    await pilot.press("j", "j")


SHOTS: dict[str, Step] = {
    "main": main_view,
    "entity-walked": entity_walked,
    "speaker-quotes": speaker_quotes,
    "search": search_results,
    "light-theme": briefing_facts_light,
    "profile": profile,
    "timeline": timeline,
}


async def shoot(name: str, step: Step, out: Path, size: tuple[int, int]) -> Path:
    app = BriefingApp([str(SEEDS)], Options(use_cache=False, workers=1))
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await step(pilot)
        await pilot.pause(0.2)
        await pilot.wait_for_scheduled_animations()
        app.title = f"briefing · {name.replace('-', ' ')}"
        path = app.save_screenshot(f"{name}.svg", str(out))
    return Path(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--size", default="160x48", help="COLUMNSxROWS")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["BRIEFING_CACHE_DIR"] = cache
        os.environ["BRIEFING_DATA_DIR"] = cache  # no reading state of the user's: every title unread
        os.environ["BRIEFING_KEYMAP"] = str(Path(cache) / "none.toml")
        for name, step in SHOTS.items():
            path = asyncio.run(shoot(name, step, args.out, (width, height)))
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
