"""A scroll renders only the lines it exposes, and what it draws is what a full render draws."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from tests.ui.helpers import wait_loaded


def drawn(widget: Widget) -> list[Strip]:
    return widget.render_lines(Region(0, 0, *widget.outer_size))


def drawn_afresh(widget: Widget) -> list[Strip]:
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
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(60):
        (folder / f"{number:02}.txt").write_text(f"Story {number}\n\nBody of story {number}.", encoding="utf-8")
    app = make_app(folder)
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
            # The row it exposes (where the cursor now is) and the row the cursor left; the rest only moved.
            assert rendered[0] == 4
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
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(400):
        (folder / f"{number:03}.txt").write_text(f"Story {number}\n\nBody of story {number}.", encoding="utf-8")
    app = make_app(folder)
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
