"""The app while a large briefing loads: first article early, keys answered, extraction in worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from briefing.extraction import POOL_THRESHOLD
from briefing.session import Options
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
        assert app.briefing.fact_index is None, "the first article should show before extraction finishes"
        await wait_until(pilot, lambda: len(app.briefing.articles) >= 2, what="a second article")
        view = app.main_screen.query_one(ArticleView)
        first = view.article
        await pilot.press("right_square_bracket")
        assert view.article is not first, "] must move to the next article while loading goes on"
        assert app.main_screen.query_one("#progress-panel").display
        await wait_loaded(pilot)
        # Extraction ran in worker processes (the pool path) and every article has facts.
        assert len(app.briefing.articles) == ARTICLES
        facts = [app.briefing.facts.unpack(position) for position in range(ARTICLES)]
        assert all(found is not None for found in facts)
        assert sum(len(found.entities) for found in facts if found is not None) > ARTICLES
        assert not app.main_screen.query_one("#progress-panel").display


async def test_quitting_while_loading_exits_promptly(big_folder: Path) -> None:
    app = BriefingApp([str(big_folder)], Options(use_cache=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.main_screen.current is not None, what="the first article")
        await pilot.press("q")
    assert not app.is_running
    assert app.briefing.fact_index is None


def test_the_index_waits_while_the_reader_is_pressing_keys(big_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.events import SearchIndexReady
    from briefing.indexing import Indexing
    from briefing.ui.loading import run_load

    idle_calls: list[bool] = []
    real_idle = Indexing.idle
    monkeypatch.setattr(Indexing, "idle", lambda self: idle_calls.append(True) or real_idle(self))
    posted: list = []
    run_load([str(big_folder)], Options(use_cache=False), posted.append, lambda: False, reader_busy=lambda: True)
    assert idle_calls == []  # nothing indexed in the gaps: the reader was always busy
    [ready] = [message.event for message in posted if isinstance(message.event, SearchIndexReady)]
    assert ready.search_index.search("minister")  # everything was indexed at the end instead
    posted.clear()
    run_load([str(big_folder)], Options(use_cache=False), posted.append, lambda: False)
    assert idle_calls  # with a quiet reader the index grows while facts are extracted


async def test_a_warning_while_loading_is_shown_and_listed_with_the_problems(
    seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import DataTable

    from briefing.ui.screens.problems import ProblemsScreen
    from tests.ui.helpers import status

    blocker = tmp_path / "a-file"
    blocker.write_text("where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))  # the cache cannot be made: a warning
    said: list[tuple[str, str]] = []
    real_notify = BriefingApp.notify

    def notify(self, message, *args, **kwargs):
        said.append((str(message), kwargs.get("severity", "")))
        return real_notify(self, message, *args, **kwargs)

    monkeypatch.setattr(BriefingApp, "notify", notify)
    app = BriefingApp([str(seed_dir)], Options(workers=1))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        warnings = app.briefing.warnings
        assert warnings and all(str(blocker) in warning for warning in warnings)
        assert [(warning, "warning") for warning in warnings] == [pair for pair in said if pair[0] in warnings]
        assert f"{len(warnings)} problem" in status(app)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        rows = [[str(cell) for cell in app.screen.query_one(DataTable).get_row_at(n)] for n in range(len(warnings))]
        assert rows == [["(warning)", warning] for warning in warnings]
        assert app.briefing.articles and app.briefing.search_index is not None  # loading went on without the cache


async def test_an_articles_facts_fill_its_pane_as_they_arrive(tmp_path: Path) -> None:
    from briefing.events import ArticlesRead, FactsReady
    from briefing.extract import extract_facts
    from briefing.packed import pack
    from briefing.sources.build import make_article
    from briefing.ui.messages import SessionEvent
    from briefing.ui.widgets.facts_pane import FactsPane

    app = BriefingApp([str(tmp_path / "nothing-here")], Options(use_cache=False))
    article = make_article("/x/kishida.txt", ["Fumio Kishida met Joe Biden in Tokyo on Monday."], title="Talks")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        pane = app.main_screen.query_one(FactsPane)
        app._apply(SessionEvent(ArticlesRead(0, (article,))))  # as the loading worker delivers events
        await pilot.pause()
        assert app.main_screen.current is article
        assert "Extracting key facts" in pane.get_option_at_index(0).prompt.plain
        app._apply(SessionEvent(FactsReady(0, (pack(extract_facts(article.body)),))))
        await pilot.pause()
        assert pane.get_option("entity:Fumio Kishida")  # shown as they came, with no other event
