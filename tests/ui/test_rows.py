"""The article list and the facts pane draw their rows themselves, exactly as OptionList's general path draws them,
and keep what they drew until it would be drawn differently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.strip import Strip
from textual.widgets import OptionList

from briefing.ui.app import BriefingApp
from briefing.ui.widgets import rows
from briefing.ui.widgets.article_list import ArticleList, article_prompt
from briefing.ui.widgets.facts_pane import FactsPane
from tests.ui.helpers import story_folder, wait_loaded

TITLES = [
    "Short",
    "A title far too long to fit in the list, so it is cut with an ellipsis where the column ends",
    "Überraschung: Zürich’s “café” — naïve résumé façade, déjà vu",
    "東京で会議が開かれた 東京で会議が開かれた 東京で会議が開かれた 東京で会議が開かれた",
    "Mixed 東京 wide and narrow characters, cut somewhere in the middle of them all",
    "Emoji 🎉 in a title 🎉🎉 that runs on and on past the edge of the column here",
    "[bold]Markup[/bold] is shown as text, not read",
]


async def test_rows_are_drawn_as_the_option_list_draws_them(
    tmp_path: Path, make_app: Callable[..., BriefingApp]
) -> None:
    folder = story_folder(tmp_path / "titles", TITLES)
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        lines = 2 * articles.option_count
        for focused in (True, False):
            (articles if focused else app.main_screen.query_one("#article-view")).focus()
            await pilot.pause()
            for highlighted in (0, 3):
                articles.highlighted = highlighted
                articles._mouse_hovering_over = 5  # a row under the mouse
                await pilot.pause()
                drawn = [articles.render_line(y) for y in range(lines)]
                general = [OptionList.render_line(articles, y) for y in range(lines)]
                assert drawn == general
                assert [strip.text for strip in drawn] == [strip.text for strip in general]


async def test_facts_rows_are_drawn_as_the_option_list_draws_them(
    two_articles: Path, make_app: Callable[..., BriefingApp]
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        facts = app.main_screen.query_one(FactsPane)
        for scope in ("article", "briefing"):
            facts.set_scope(scope)
            for focused in (True, False):
                (facts if focused else app.main_screen.query_one(ArticleList)).focus()
                await pilot.pause()
                facts.highlighted = 2
                facts._mouse_hovering_over = 3
                await pilot.pause()
                lines = facts.option_count
                drawn = [facts.render_line(y) for y in range(lines)]
                general = [OptionList.render_line(facts, y) for y in range(lines)]
                assert lines > 5 and drawn == general, scope


def test_a_row_prompt_is_what_content_assemble_makes() -> None:
    from textual.content import Content

    from briefing.ui.widgets.rows import row_prompt

    parts = (
        "  ",
        ("Tony Blair:", "italic"),
        " ",
        ("“We will [b]win[/b]”", "$success"),
        "",
        ("", "dim"),
        ("  · A", "dim"),
    )
    made, expected = row_prompt(*parts), Content.assemble(*parts)
    assert made.plain == expected.plain == "  Tony Blair: “We will [b]win[/b]”  · A"
    assert [(span.start, span.end, span.style) for span in made.spans] == [
        (span.start, span.end, span.style)
        for span in expected.spans
        if span.start < span.end  # empty: no style
    ]


def record_drawn_rows(monkeypatch: pytest.MonkeyPatch, option_list: OptionList) -> list[int]:
    """The rows of a list whose lines it draws from now on (on screen or asked) rather than takes from what it kept:
    a row's number for each line drawn."""
    drawn: list[int] = []
    draw = rows.draw_row_line

    def spy(drawer: OptionList, index: int, *args: object, **kwargs: object) -> Strip:
        if drawer is option_list:
            drawn.append(index)
        return draw(drawer, index, *args, **kwargs)

    monkeypatch.setattr(rows, "draw_row_line", spy)
    return drawn


def as_drawn(option_list: OptionList, lines: int) -> tuple[list[Strip], list[Strip]]:
    """A list's lines as it draws them, and as OptionList's general path draws them."""
    return (
        [option_list.render_line(y) for y in range(lines)],
        [OptionList.render_line(option_list, y) for y in range(lines)],
    )


async def test_a_row_drawn_once_is_kept_until_its_prompt_state_or_look_changes(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = story_folder(tmp_path / "titles", TITLES)
    # Only what the screen shows is drawn here: the rows where the next key leads are not drawn ahead.
    monkeypatch.setattr(ArticleList, "draw_ahead", lambda self, article_id: iter(()))
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        articles = app.main_screen.query_one(ArticleList)
        lines = 2 * articles.option_count
        drawn = record_drawn_rows(monkeypatch, articles)
        mine, general = as_drawn(articles, lines)
        assert mine == general
        drawn.clear()
        assert as_drawn(articles, lines)[0] == mine and not drawn  # all kept
        articles.highlighted = 3  # the rows the cursor left and reached are drawn anew, on screen
        await pilot.pause()
        mine, general = as_drawn(articles, lines)
        assert mine == general and set(drawn) == {0, 3}
        article = app.briefing.articles[1]
        articles.prompt_of = lambda shown: article_prompt(shown, mark="new")  # a new prompt for one row
        articles.redraw_articles([article])
        drawn.clear()
        mine, general = as_drawn(articles, lines)
        assert mine == general and drawn == [1, 1]
        assert "● new" in mine[3].text
        drawn.clear()
        assert as_drawn(articles, lines)[0] == mine and not drawn  # the new lines kept in place of the old
        drawn.clear()
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"  # every colour changes
        await pilot.pause()
        mine, general = as_drawn(articles, lines)
        assert mine == general and set(drawn) == set(range(articles.option_count))  # every row drawn again
