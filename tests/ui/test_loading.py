"""The app while a large briefing loads: first article early, keys answered, extraction in worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from briefing.pipeline import POOL_THRESHOLD, Options
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_view import ArticleView
from tests.ui.helpers import wait_loaded, wait_until

ARTICLES = 3 * POOL_THRESHOLD


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    write_corpus(folder, ARTICLES, seed=7)
    return folder


async def test_first_article_shows_and_keys_work_before_loading_finishes(big_folder: Path) -> None:
    app = BriefingApp([str(big_folder)], Options(use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.main_screen.current is not None, what="the first article")
        assert not app.library.facts_ready, "the first article should show before extraction finishes"
        await wait_until(pilot, lambda: len(app.library.articles) >= 2, what="a second article")
        view = app.main_screen.query_one(ArticleView)
        first = view.article
        await pilot.press("right_square_bracket")
        assert view.article is not first, "] must move to the next article while loading goes on"
        assert app.main_screen.query_one("#progress-panel").display
        await wait_loaded(pilot)
        # Extraction ran in worker processes (the pool path) and every article has facts.
        assert len(app.library.articles) == ARTICLES
        assert all(article.facts is not None for article in app.library.articles)
        assert sum(len(article.facts.entities) for article in app.library.articles) > ARTICLES
        assert not app.main_screen.query_one("#progress-panel").display


async def test_quitting_while_loading_exits_promptly(big_folder: Path) -> None:
    app = BriefingApp([str(big_folder)], Options(use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.main_screen.current is not None, what="the first article")
        await pilot.press("q")
    assert not app.is_running
    assert not app.library.facts_ready


def test_the_index_waits_while_the_reader_is_pressing_keys(big_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import pipeline
    from briefing.ui.loading import run_load
    from briefing.ui.messages import IndexReady

    idle_calls: list[bool] = []
    real_idle = pipeline.Indexing.idle
    monkeypatch.setattr(pipeline.Indexing, "idle", lambda self: idle_calls.append(True) or real_idle(self))
    posted: list = []
    run_load([str(big_folder)], Options(use_cache=False), posted.append, lambda: False, reader_busy=lambda: True)
    assert idle_calls == []  # nothing indexed in the gaps: the reader was always busy
    [ready] = [message for message in posted if isinstance(message, IndexReady)]
    assert ready.index.search("minister")  # everything was indexed at the end instead
    posted.clear()
    run_load([str(big_folder)], Options(use_cache=False), posted.append, lambda: False)
    assert idle_calls  # with a quiet reader the index grows while facts are extracted
