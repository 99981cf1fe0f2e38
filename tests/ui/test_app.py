"""The app keeps the garbage collector out of a key's way once the briefing is loaded, and leaves it as found."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.search.engine import SearchIndex
from briefing.search.vocab import _LetterTables
from briefing.ui import app as app_module
from briefing.ui.app import FULL_COLLECTION_EVERY, YOUNG_COLLECTION_AFTER, BriefingApp
from briefing.ui.screens.main import MainScreen
from tests.ui.helpers import wait_loaded, wait_until


def record_collections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The generation of each collection asked for from now on (the collector's own are not asked for)."""
    asked: list[int] = []
    collect = gc.collect

    def spy(generation: int = 2) -> int:
        asked.append(generation)
        return collect(generation)

    monkeypatch.setattr(gc, "collect", spy)
    return asked


async def test_young_garbage_is_collected_when_the_reader_pauses_not_while_idle(
    two_articles: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: not any(worker.is_running for worker in app.workers), what="the load to end")
        await pilot.pause(0.3)
        assert gc.get_threshold() == (YOUNG_COLLECTION_AFTER, before[1], FULL_COLLECTION_EVERY)
        asked = record_collections(monkeypatch)
        await pilot.pause(0.5)
        assert asked == []  # nothing pressed: nothing to collect
        await pilot.press("j")
        await wait_until(pilot, lambda: asked == [1], what="the young garbage to be collected")
        await pilot.pause(0.5)
        assert asked == [1]  # once per pause, not every tenth of a second
    assert gc.get_threshold() == before


def record_collector_state(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector could run while each article was being shown (from now on)."""
    states: list[bool] = []
    show_article = MainScreen.show_article

    def spy(screen: MainScreen, article_id: str) -> None:
        states.append(gc.isenabled())
        show_article(screen, article_id)

    monkeypatch.setattr(MainScreen, "show_article", spy)
    return states


async def test_the_collector_waits_from_a_key_until_the_reader_pauses(
    two_articles: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "COLLECT_WHEN_QUIET_S", 0.5)  # the key's article shown well before the pause
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: not any(worker.is_running for worker in app.workers), what="the load to end")
        await pilot.pause(0.3)
        assert gc.isenabled()
        states, asked = record_collector_state(monkeypatch), record_collections(monkeypatch)
        await pilot.press("j")
        await wait_until(pilot, lambda: states != [], what="the next article to be shown")
        assert states == [False]
        await wait_until(pilot, lambda: asked == [1], what="the young garbage to be collected")
        assert gc.isenabled()
    assert gc.isenabled()


async def test_keys_without_a_pause_let_the_collector_run_again(
    two_articles: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "COLLECT_WHEN_QUIET_S", 0.5)
    monkeypatch.setattr(app_module, "COLLECTOR_PAUSED_AT_MOST_S", 0.0)  # any second key comes too late
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: not any(worker.is_running for worker in app.workers), what="the load to end")
        await pilot.pause(0.3)
        states = record_collector_state(monkeypatch)
        await pilot.press("j")
        await wait_until(pilot, lambda: len(states) == 1, what="the second article to be shown")
        await pilot.press("k")
        await wait_until(pilot, lambda: len(states) == 2, what="the first article to be shown again")
        assert states == [False, True]
    assert gc.isenabled()


async def test_the_search_tables_warmed_after_the_load_are_set_aside(
    two_articles: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    warm = SearchIndex.warm

    def slow_warm(index: SearchIndex, cancel: Callable[[], bool] = lambda: False) -> None:
        time.sleep(0.5)  # as with a large briefing: warming ends well after the screen has settled
        warm(index, cancel)

    monkeypatch.setattr(SearchIndex, "warm", slow_warm)
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: not any(worker.is_running for worker in app.workers), what="the load to end")
        await pilot.pause()
        # The warmed correction tables are not among the objects a full collection walks.
        assert app.briefing.search_index is not None
        assert not any(isinstance(thing, _LetterTables) for thing in gc.get_objects())
