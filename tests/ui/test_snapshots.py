"""Pictures of the main screens at a fixed size (pytest-textual-snapshot).

Deterministic: the seed is loaded from a fixed folder, loading is awaited, and nothing
time-based (clocks, ETAs) is on screen. Update with ``pytest tests/ui --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from briefing.session import Options
from briefing.ui.app import BriefingApp
from briefing.ui.screens import reading
from briefing.ui.screens.search import SearchScreen
from briefing.ui.screens.timeline import TimelineScreen
from tests.conftest import SEEDS
from tests.ui.helpers import wait_loaded, wait_until

SIZE = (160, 48)


@pytest.fixture(autouse=True)
def nothing_read_while_pictured(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article shown for a moment becomes read (its title no longer bold): not while the picture is taken."""
    monkeypatch.setattr(reading, "READ_AFTER_S", 3600.0)


def seed_app() -> BriefingApp:
    return BriefingApp([str(SEEDS)], Options(use_cache=False, workers=1))


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def test_main_view(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_entity_walked(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        pilot.app.main_screen.select_entity("Fumio Kishida")
        await pilot.press("n", "n")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_speaker_quotes(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        pilot.app.main_screen.walk_speaker("Kim Yo Jong")
        await pilot.press("n")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_search_results(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("slash", *"sovereign rihgt")
        screen = pilot.app.screen
        assert isinstance(screen, SearchScreen)
        await wait_until(pilot, lambda: screen.settled, what="search results")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_profile(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        pilot.app.main_screen.open_profile("Fumio Kishida")
        await pilot.pause()
        await wait_until(pilot, lambda: pilot.app.screen.profile is not None, what="the profile")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_timeline(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("t")
        screen = pilot.app.screen
        assert isinstance(screen, TimelineScreen)
        await wait_until(pilot, lambda: screen.ready, what="the timeline")
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_help(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=run_before)


def test_narrow_terminal(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        pilot.app.main_screen.select_entity("Fumio Kishida")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=run_before)
