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
from tests.ui.test_rows import record_drawn_rows


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


def record_frames(app: BriefingApp) -> list[tuple[object, object, int | None]]:
    """What each frame drawn from now on shows: the article in the view, whose facts are in the pane, and the
    list's cursor; each as the last frame that repainted that pane drew it (a pane changed, but whose repaint
    waits for a later frame, still shows what it showed).

    Reads Textual's private ``App._display`` (which puts a frame on the terminal) and ``Widget._repaint_regions``
    (what a widget has asked to repaint and no frame has drawn yet)."""
    screen = app.main_screen
    view, facts, articles = screen.query_one(ArticleView), screen.query_one(FactsPane), screen.query_one(ArticleList)
    frames: list[tuple[object, object, int | None]] = []
    shown: list[object] = [view.article, facts.article, articles.highlighted]
    display = app._display

    def spy(*args: object) -> None:
        display(*args)  # type: ignore[arg-type]
        for slot, (pane, now) in enumerate(
            ((view, view.article), (facts, facts.article), (articles, articles.highlighted))
        ):
            if not pane._repaint_regions:
                shown[slot] = now
        frames.append((shown[0], shown[1], shown[2]))  # type: ignore[arg-type]

    app._display = spy  # type: ignore[method-assign]
    return frames


async def test_j_draws_the_cursor_the_article_and_its_facts_in_one_frame(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.query_one(ArticleList).focus()
        await pilot.pause(0.2)  # a reader's pace: not a held key, whose facts wait until it is let go
        frames = record_frames(app)
        first, second = app.briefing.articles[:2]
        await pilot.press("j")
        await wait_until(pilot, lambda: any(frame[0] is second for frame in frames), what="the next article drawn")
        # The first frame that shows anything of the key shows all of it (not the cursor alone, then the rest).
        assert next(frame for frame in frames if frame != (first, first, 0)) == (second, second, 1)


async def test_n_into_another_article_draws_it_its_facts_and_the_cursor_in_one_frame(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = app.main_screen
        screen.select_entity("Fumio Kishida")
        frames = record_frames(app)
        for _ in range(20):  # walk on until a mention in the other article
            await pilot.pause(0.2)
            frames.clear()
            before = screen.current
            await pilot.press("n")
            await pilot.pause()
            if screen.current is not before:
                break
        after = screen.current
        assert after is not before and after is not None and before is not None
        await wait_until(pilot, lambda: any(frame[0] is after for frame in frames), what="the other article drawn")
        was = (before, before, app.briefing.position(before.id))
        assert next(frame for frame in frames if frame != was) == (after, after, app.briefing.position(after.id))


async def test_the_facts_of_the_next_article_are_made_and_drawn_before_j_asks_for_them(
    two_articles: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = app.main_screen
        screen.query_one(ArticleList).focus()
        await pilot.pause(0.2)
        facts = screen.query_one(FactsPane)
        monkeypatch.setattr(
            FactsPane, "draw_ahead", lambda self, article, facts: iter(())
        )  # nothing made ahead from now
        built: list[object] = []
        make = FactsPane._article_options
        monkeypatch.setattr(FactsPane, "_article_options", lambda self, facts: built.append(facts) or make(self, facts))
        drawn = record_drawn_rows(monkeypatch, facts)
        await pilot.press("j")
        await wait_until(pilot, lambda: facts.article is app.briefing.articles[1], what="the facts to follow")
        await pilot.pause()
        assert facts.option_count > 3 and "entity:Fumio Kishida" in {option.id for option in facts.options}
        assert not built and not drawn  # the list made, and its rows drawn, while the reader read the first


async def test_a_short_article_after_a_long_one_keeps_the_widths_of_the_panes(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    """Their scrollbars stay, if only as a track: one coming or going lays out the whole screen again."""
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        view, facts = app.main_screen.query_one(ArticleView), app.main_screen.query_one(FactsPane)
        widths = (view.scrollable_content_region.width, facts.scrollable_content_region.width)
        for pane in (view, facts):  # the seed: more than either pane holds
            assert pane.virtual_size.height > pane.scrollable_content_region.height
        app.main_screen.query_one(ArticleList).focus()
        await pilot.press("j")
        await pilot.pause()
        assert view.article is app.briefing.articles[1] and facts.article is view.article
        for pane in (view, facts):  # the second: less
            assert pane.virtual_size.height <= pane.scrollable_content_region.height
        assert (view.scrollable_content_region.width, facts.scrollable_content_region.width) == widths
