"""A scroll renders only the lines it exposes (and of the scrollbar only the cells that change), and what it draws
is what a full render draws."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.ui.app import BriefingApp
from briefing.ui.widgets import article_view
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.scrolled_lines import resize_scroll
from tests.ui.helpers import many_articles, wait_loaded
from tests.ui.test_rows import record_drawn_rows


def drawn(widget: Widget) -> list[Strip]:
    return widget.render_lines(Region(0, 0, *widget.outer_size))


def drawn_afresh(widget: Widget) -> list[Strip]:
    """Drawn from nothing: Textual's rendered lines forgotten, and every line or state kept here (StyledLines,
    RowLines, the article view's drawn lines, a scrollbar's states)."""
    for kept in ("_styled", "_rows", "_lines", "_kept"):
        cache = getattr(widget, kept, None)
        if cache is not None:
            cache.clear()
    widget.refresh()  # forgets every rendered line
    return drawn(widget)


def count_rendered_lines(widget: Widget) -> list[int]:
    """How many lines the widget renders from now on (a list of one count, to read later)."""
    rendered = [0]
    render_line = widget.render_line

    def spy(y: int) -> Strip:
        rendered[0] += 1
        return render_line(y)

    widget.render_line = spy  # type: ignore[method-assign]
    return rendered


async def test_moving_down_past_the_last_row_renders_the_new_row_and_the_cursor_rows(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(many_articles(tmp_path / "many", 60))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        articles.focus()
        await pilot.pause()
        visible_rows = articles.scrollable_content_region.height // 2
        await pilot.press(*"j" * (visible_rows - 1))  # the cursor on the last row shown
        await pilot.pause()
        assert articles.scroll_offset.y == 0
        drawn(articles)
        rendered = count_rendered_lines(articles)
        for step in range(1, 4):
            rendered[0] = 0
            await pilot.press("j")
            await pilot.pause()
            assert articles.scroll_offset.y == 2 * step  # one row further down
            lines = drawn(articles)
            # At most the row it exposes (where the cursor now is) and the row the cursor left, unless drawn
            # ahead (StyledLines); the rest only moved.
            assert rendered[0] <= 4
            assert lines == drawn_afresh(articles)  # nothing stale


async def test_walking_a_long_article_draws_what_a_full_render_draws(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    paragraphs = [f"Paragraph {n}: Ada Lovelace met the committee in town {n}." for n in range(120)]
    (folder / "long.txt").write_text("A long story\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        view = app.main_screen.query_one(ArticleView)
        view.focus()
        await pilot.pause()
        for key in ("j", "j", "space", "k", "G", "b", "g"):
            drawn(view)
            await pilot.press(key)
            await pilot.pause()
            assert drawn(view) == drawn_afresh(view), key


async def test_the_scrollbar_is_drawn_again_only_when_its_thumb_moves(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(many_articles(tmp_path / "many", 400))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        articles.focus()
        articles.highlighted = 100
        await pilot.pause()
        bar = articles.vertical_scrollbar
        rendered = count_rendered_lines(bar)
        repainted = []
        for _ in range(12):
            rendered[0] = 0
            await pilot.press("j")
            await pilot.pause()
            repainted.append(rendered[0] > 0)
            assert drawn(bar) == drawn_afresh(bar)  # the thumb where a full render puts it
        assert any(repainted) and not all(repainted)


async def test_a_jump_drawn_ahead_draws_no_row_anew_and_repaints_only_the_scrollbar_cells_that_change(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(many_articles(tmp_path / "many", 400))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        articles.focus()
        await pilot.pause()
        bar = articles.vertical_scrollbar
        drawn(bar)
        draw_ahead = articles.draw_ahead
        monkeypatch.setattr(articles, "draw_ahead", lambda article_id: iter(()))  # only here, not by the screen
        for target in (300, 100, 399, 200, 230):  # down, up, to the end, up, a little down
            for _ in draw_ahead(app.briefing.articles[target].id):  # every piece
                pass
            rows = record_drawn_rows(monkeypatch, articles)
            rendered = count_rendered_lines(bar)
            articles.highlighted = target
            await pilot.pause()
            shown = range(articles.scroll_offset.y // 2, (articles.scroll_offset.y + articles.size.height) // 2)
            assert target in shown
            assert not rows, target  # every row on screen was drawn ahead
            lines = articles.scrollable_content_region.height
            assert [articles.render_line(y) for y in range(lines)] == [
                OptionList.render_line(articles, y) for y in range(lines)
            ]
            # The cells the thumb left and reached, and those between (a click there now scrolls the other way).
            if target == 230:  # a scroll by a few rows: a few cells, if any
                assert rendered[0] < 6
            else:  # none when drawn ahead as the screen shows it (KeptScrollBar, StyledLines)
                assert rendered[0] < bar.size.height, target
            assert drawn(bar) == drawn_afresh(bar)


async def test_a_new_article_repaints_the_cells_of_the_scrollbar_that_change_as_a_full_render_draws_them(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lengths"
    folder.mkdir()
    for number, paragraphs in enumerate((120, 40, 3, 80, 60)):  # 3: fits, the scrollbar has no thumb
        body = "\n\n".join(
            f"Paragraph {n} of story {number}, long enough to wrap once or so." for n in range(paragraphs)
        )
        (folder / f"{number}.txt").write_text(f"Story {number}\n\n{body}", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        view, articles = app.main_screen.query_one(ArticleView), app.main_screen.query_one(ArticleList)
        for guarded in (False, True):
            if guarded:  # Textual without the private methods resize_scroll uses: the general path
                monkeypatch.setattr(article_view, "resize_scroll", lambda view, size: False)
            for key in "jjjjk":
                view.scroll_end(animate=False, immediate=True)  # leave each article at its end
                await pilot.pause()
                articles.focus()
                await pilot.press(key)
                await pilot.pause()
                assert view.scroll_y == 0
                assert view.virtual_size.height == len(view._ensure_layout().lines)
                assert view.show_vertical_scrollbar  # always, if only as its track (briefing.tcss): story 2 fits
                assert drawn(view) == drawn_afresh(view)
                bar = view.vertical_scrollbar
                assert drawn(bar) == drawn_afresh(bar), (guarded, key)


def test_resizing_a_scroll_leaves_it_to_textual_without_its_private_methods() -> None:
    class Bare(Widget):
        _refresh_scrollbars = None

    assert resize_scroll(Bare(), Size(10, 100)) is False
