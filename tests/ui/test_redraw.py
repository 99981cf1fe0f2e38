"""A key redraws only what it changes: the list's cursor rows, the article, and the facts only for a new article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.geometry import Region

from briefing.ui.app import BriefingApp
from briefing.ui.widgets import article_view
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from tests.ui.helpers import many_articles, wait_loaded, wait_until


def record_refreshes(widget: ArticleList | ArticleView) -> list[tuple[Region, ...]]:
    """The regions of each refresh the widget asks for (an empty tuple: the whole widget)."""
    calls: list[tuple[Region, ...]] = []
    refresh = widget.refresh

    def spy(*regions: Region, **options: bool) -> object:
        calls.append(regions)
        return refresh(*regions, **options)

    widget.refresh = spy  # type: ignore[method-assign]
    return calls


async def test_moving_the_cursor_repaints_its_two_rows_not_the_list(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(many_articles(tmp_path / "many", 5))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        articles.focus()
        calls = record_refreshes(articles)
        await pilot.press("j")
        await pilot.pause()
        assert app.main_screen.query_one(ArticleView).article.title == "Story 1"
        assert calls and all(regions for regions in calls)  # row by row, never the whole list
        assert sum(region.height for regions in calls for region in regions) == 4  # two rows of two lines


async def test_browsing_leaves_the_briefing_wide_facts_and_their_cursor_alone(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        facts = app.main_screen.query_one(FactsPane)
        facts.set_scope("briefing")
        facts.highlighted = 2
        rows = [facts.get_option_at_index(index) for index in range(facts.option_count)]
        app.main_screen.query_one(ArticleList).focus()
        await pilot.press("j")
        await wait_until(pilot, lambda: facts.article is app.main_screen.current, what="the facts to follow")
        assert [facts.get_option_at_index(index) for index in range(facts.option_count)] == rows
        assert rows and all(facts.get_option_at_index(n) is row for n, row in enumerate(rows))  # not rebuilt
        assert facts.highlighted == 2


async def test_walking_within_an_article_repaints_the_marks_not_the_facts(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.select_entity("Fumio Kishida")
        await pilot.pause()
        facts, view = app.main_screen.query_one(FactsPane), app.main_screen.query_one(ArticleView)
        first_row = facts.get_option_at_index(0)
        calls = record_refreshes(view)
        await pilot.press("n")
        await pilot.pause()
        assert app.main_screen.walk is not None and app.main_screen.walk.ordinal == 2
        assert view.article is app.main_screen.current and facts.get_option_at_index(0) is first_row
        assert calls and all(regions for regions in calls)  # the lines of the two marks, or a scroll


async def test_the_facts_catch_up_once_a_held_key_is_let_go(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(many_articles(tmp_path / "many", 8))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.query_one(ArticleList).focus()
        await pilot.press(*"jjjjj")  # as fast as a held key: the facts pane may wait for the last
        facts, view = app.main_screen.query_one(FactsPane), app.main_screen.query_one(ArticleView)
        assert view.article.title == "Story 5"  # the article never waits
        await wait_until(pilot, lambda: facts.article is view.article, what="the facts to catch up")


async def test_the_next_article_is_laid_out_before_j_asks_for_it(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(many_articles(tmp_path / "many", 5))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.query_one(ArticleList).focus()
        await pilot.pause()
        laid_out: list[str] = []
        lay_out = article_view.lay_out

        def spy(title: str, *rest: object) -> object:
            laid_out.append(title)
            return lay_out(title, *rest)  # type: ignore[arg-type]

        monkeypatch.setattr(article_view, "lay_out", spy)
        await pilot.press("j")
        view = app.main_screen.query_one(ArticleView)
        await wait_until(pilot, lambda: laid_out == ["Story 2"], what="the article after the next to be laid out")
        assert view.article.title == "Story 1" and view.line_of(0) > 0  # shown with the layout made beforehand
