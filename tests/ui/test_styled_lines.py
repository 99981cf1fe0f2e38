"""Where n and j lead is drawn ahead while the reader reads, as the screen shows it (the panes and their
scrollbars); a key then takes those lines, and they are what a full render draws. Drawing ahead goes a
piece at a time and stops once a key has moved on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual._styles_cache import StylesCache
from textual.widget import Widget

from briefing.model import Article
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from tests.ui.helpers import wait_loaded, wait_until
from tests.ui.test_scrolled_lines import drawn, drawn_afresh


def lovelace_folder(folder: Path, count: int) -> Path:
    """Articles each naming Ada Lovelace twice, the second time far down (n scrolls to it)."""
    folder.mkdir()
    for number in range(count):
        filler = [
            f"Paragraph {line}: the committee met in town {line} and talked about the budget." for line in range(60)
        ]
        body = [f"Ada Lovelace opened meeting {number} of the committee.", *filler, "Ada Lovelace closed it."]
        (folder / f"{number:02}.txt").write_text(f"Meeting {number}\n\n" + "\n\n".join(body), encoding="utf-8")
    return folder


def record_textual_drawing(monkeypatch: pytest.MonkeyPatch, widgets: dict[str, Widget]) -> Counter[str]:
    """How many lines of each widget Textual draws itself (border, padding and colours around the content)."""
    names = {id(widget._styles_cache): name for name, widget in widgets.items()}
    counts: Counter[str] = Counter()
    render_line = StylesCache.render_line

    def spy(cache: StylesCache, *args: object, **kwargs: object) -> object:
        counts[names.get(id(cache), "other")] += 1
        return render_line(cache, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(StylesCache, "render_line", spy)
    return counts


def drawing_ahead(app: BriefingApp) -> bool:
    return any(worker.group == "draw-ahead" and worker.is_running for worker in app.workers)


async def test_keys_take_the_lines_drawn_ahead_and_they_are_what_a_full_render_draws(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(lovelace_folder(tmp_path / "meetings", 4))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = app.main_screen
        view, facts, articles = (
            screen.query_one(ArticleView),
            screen.query_one(FactsPane),
            screen.query_one(ArticleList),
        )
        panes = {"view": view, "facts": facts, "list": articles}
        articles.focus()
        screen.select_entity("Ada Lovelace")
        await pilot.pause()
        counts = record_textual_drawing(monkeypatch, panes)
        drawn_by_textual: list[tuple[str, int, int]] = []
        for number, key in enumerate(["n"] * 6 + ["j", "n", "j"]):
            if number == 4:
                app.theme = "briefing-light"  # every colour changes: nothing drawn in the old ones may be taken
            await wait_until(pilot, lambda: not drawing_ahead(app), what="drawing ahead to end")
            before = (view.article, round(view.scroll_y))
            counts.clear()
            await pilot.press(key)
            await wait_until(pilot, lambda: facts.article is view.article, what="the facts to follow")
            await pilot.pause()  # the frame drawn
            if (view.article, round(view.scroll_y)) != before:
                drawn_by_textual.append((key, counts["view"], counts["facts"]))
            for name, pane in panes.items():
                assert drawn(pane) == drawn_afresh(pane), (key, number, name)  # nothing stale, nothing wrong
                bar = pane.vertical_scrollbar
                assert drawn(bar) == drawn_afresh(bar), (key, number, name)
        # n to another article, and n scrolling down this one: the article and its facts were all drawn ahead.
        assert ("n", 0, 0) in drawn_by_textual
        assert len(drawn_by_textual) >= 6


async def test_drawing_ahead_stops_once_a_key_has_moved_on(
    tmp_path: Path, make_app: Callable[..., BriefingApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(lovelace_folder(tmp_path / "meetings", 3))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = app.main_screen
        await wait_until(pilot, lambda: not drawing_ahead(app), what="drawing ahead to end")
        pieces: list[str] = []

        def view_ahead(view: ArticleView, article: Article, *args: object, **kwargs: object) -> Iterator[None]:
            pieces.append("article laid out")
            yield
            screen.show_article(app.briefing.articles[2].id)  # a key handled between two pieces
            pieces.append("lines drawn")
            yield
            pieces.append("more lines drawn")
            yield

        def recorded(name: str) -> Callable[..., Iterator[None]]:
            def ahead(*args: object) -> Iterator[None]:
                pieces.append(name)
                yield

            return ahead

        monkeypatch.setattr(ArticleView, "draw_ahead", view_ahead)
        monkeypatch.setattr(ArticleList, "draw_ahead", recorded("rows"))
        monkeypatch.setattr(FactsPane, "draw_ahead", recorded("facts"))
        await screen._prepare_next(screen.current)
        assert pieces == ["article laid out", "lines drawn"]  # the rest dropped
