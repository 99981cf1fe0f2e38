"""The article list and the facts pane draw their rows themselves, exactly as OptionList's general path draws them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.facts_pane import FactsPane
from tests.ui.helpers import wait_loaded

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
    folder = tmp_path / "titles"
    folder.mkdir()
    for number, title in enumerate(TITLES):
        (folder / f"{number:02}.txt").write_text(f"{title}\n\nBody of story {number}.", encoding="utf-8")
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
