"""A living briefing in the app: read state that lasts, refresh with r, marks and counts in the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.session import Options
from briefing.ui.app import BriefingApp
from briefing.ui.screens import reading as reading_screen
from briefing.ui.widgets.article_list import ArticleList
from tests.conftest import SEED
from tests.ui.helpers import wait_loaded, wait_until

TEXTS = {
    "a.txt": SEED.read_text(encoding="utf-8"),
    "b.txt": "Rain in Seoul\n\nHeavy rain fell on Seoul on Monday, the Korea Meteorological Administration said.\n",
    "c.txt": "Ports reopen\n\nThe harbour authority said 40 ships were waiting to enter Busan on Tuesday.\n",
}


@pytest.fixture(autouse=True)
def quick_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading_screen, "READ_AFTER_S", 0.3)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _row(app: BriefingApp, article_id: str) -> str:
    article_list = app.main_screen.query_one(ArticleList)
    prompt = article_list.get_option(article_id).prompt
    bold = any(span.start == 0 and "bold" in str(span.style) for span in getattr(prompt, "spans", ()))
    return ("bold " if bold else "") + str(prompt)


async def _loaded(pilot) -> BriefingApp:
    await wait_loaded(pilot)
    app = pilot.app
    await wait_until(pilot, lambda: app.main_screen.reading is not None, what="the reading state")
    return app


async def test_read_two_quit_reopen_add_a_file_and_refresh(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = BriefingApp([str(folder)], Options())
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(pilot)
        reading = app.main_screen.reading
        first, second, third = app.briefing.articles
        assert reading.unread == {first.id, second.id, third.id}
        assert "Articles (3 · 3 unread)" in str(app.main_screen.query_one(ArticleList).border_title)
        await wait_until(pilot, lambda: first.id not in reading.unread, what="the first article read")
        await pilot.press("j", "j")  # the cursor passes the second on its way to the third
        await wait_until(pilot, lambda: third.id not in reading.unread, what="the third article read")
        assert second.id in reading.unread  # passed, not read
        assert _row(app, second.id).startswith("bold ") and not _row(app, third.id).startswith("bold ")
        await app.workers.wait_for_complete()

    app = BriefingApp([str(folder)], Options())
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(pilot)
        await pilot.press("G")  # the third, read before: it stays read
        reading = app.main_screen.reading
        assert reading.unread == {second.id}
        shown = app.main_screen.current
        (folder / "d.txt").write_text(
            "Bridge opens\n\nA new bridge opened over the Han river, Mayor Oh Se-hoon said.\n"
        )
        await pilot.press("r")
        await wait_until(pilot, lambda: len(app.briefing.articles) == 4 and app.fully_loaded, what="the refresh")
        await wait_until(pilot, lambda: app.briefing.search_index is not None, what="the search index")
        [added] = [article for article in app.briefing.articles if article.title == "Bridge opens"]
        assert app.main_screen.current is shown  # the reader stays where they were
        assert app.main_screen.query_one(ArticleList).highlighted_option.id == shown.id
        assert reading.new == {added.id} and added.id in reading.unread
        assert "● new" in _row(app, added.id) and _row(app, added.id).startswith("bold ")
        assert "4 · 2 unread · 1 new" in str(app.main_screen.query_one(ArticleList).border_title)
        hits = app.briefing.search_index.search("han river bridge")
        assert hits and hits[0].mark.position == app.briefing.position(added.id)
        assert app.briefing.facts.unpack(app.briefing.position(added.id)) is not None

        await pilot.press("m")  # the third: read, so m makes it unread
        assert shown.id in reading.unread
        await pilot.press("u")  # unread only: the third (shown) stays, the first goes
        ids = [option.id for option in app.main_screen.query_one(ArticleList).options]
        assert first.id not in ids and shown.id in ids and added.id in ids
        await pilot.press("M")
        assert reading.unread == set()


async def test_star_a_quote_and_the_article_and_write_a_note(tmp_path: Path) -> None:
    from briefing.ui.widgets.facts_pane import FactsPane

    folder = _folder(tmp_path)
    app = BriefingApp([str(folder)], Options())
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(pilot)
        reading = app.main_screen.reading
        article = app.main_screen.current
        await pilot.press("s")  # nothing selected: the article
        assert [star.kind for star in reading.stars.values()] == ["article"]
        assert _row(app, article.id).split("\n")[1].startswith("★")

        pane = app.main_screen.query_one(FactsPane)
        pane.focus()
        quote_row = next(i for i, option in enumerate(pane.options) if (option.id or "").startswith("quote:"))
        pane.highlighted = quote_row
        await pilot.press("s")
        [quote] = [star for star in reading.stars.values() if star.kind == "quote"]
        facts = app.briefing.facts.unpack(app.briefing.position(article.id))
        assert quote.text == facts.quotes[int(pane.options[quote_row].id.split(":")[1])].text

        await pilot.press("a")
        await pilot.press(*"[bold]ask[/] them", "enter")
        assert reading.notes == {article.id: "[bold]ask[/] them"}
        assert "✎ [bold]ask[/] them" in _row(app, article.id)  # as written, never read as markup
        await app.workers.wait_for_complete()

    store_app = BriefingApp([str(folder)], Options())
    async with store_app.run_test(size=(140, 40)) as pilot:
        await _loaded(pilot)
        reading = store_app.main_screen.reading
        assert {star.kind for star in reading.stars.values()} == {"article", "quote"}
        assert reading.notes == {article.id: "[bold]ask[/] them"}


async def test_y_copies_the_walked_quote_with_its_citation(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = BriefingApp([str(folder)], Options())
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(pilot)
        await pilot.press("y")
        assert app.clipboard == ""  # no quote selected: nothing copied
        await pilot.press("right_parenthesis", "y")  # the article's first quote
        article = app.main_screen.current
        facts = app.briefing.facts.unpack(app.briefing.position(article.id))
        quote = facts.quotes[0]
        assert app.clipboard.startswith(f"“{quote.text}” — {quote.speaker or quote.speaker_text}, {article.title}, ")
        assert any("Copied" in notification.message for notification in app._notifications)


async def test_watch_follows_the_folder_and_refreshes_the_feed_on_its_interval(tmp_path: Path) -> None:
    from briefing.briefing_file import read_briefing_file
    from tests.feed_server import Feed, rss, serve

    folder = _folder(tmp_path)
    feed = Feed(rss(("urn:1", "Summit talks", "Foreign Minister Park Jin said talks would resume.")))
    with serve(feed) as url:
        desk = tmp_path / "desk.toml"
        desk.write_text(f'name = "Desk"\nsources = ["articles", "{url}"]\nrefresh_minutes = 0.01\n')
        found = read_briefing_file(str(desk))
        app = BriefingApp(list(found.sources), Options(), briefing_file=found, watch=True)
        async with app.run_test(size=(140, 40)) as pilot:
            await _loaded(pilot)
            assert len(app.briefing.articles) == 4
            (folder / "e.txt").write_text("Flood warning\n\nThe Han river rose two metres overnight, officials said.\n")
            await wait_until(
                pilot, lambda: any(a.title == "Flood warning" for a in app.briefing.articles), what="the new file"
            )
            # The load's fetch, the interval's first (the app has no validators yet), then a conditional one.
            await wait_until(pilot, lambda: 304 in feed.answers, what="a conditional fetch on the interval")
            feed.publish(rss(("urn:2", "Ships return", "Ships entered Busan again.")))
            await wait_until(
                pilot, lambda: any(a.title == "Ships return" for a in app.briefing.articles), what="the feed entry"
            )
            await wait_until(pilot, lambda: app.fully_loaded and not app.refreshing, what="the refresh to end")
            titles = {article.title for article in app.briefing.articles}
            assert "Flood warning" in titles and "Summit talks" not in titles  # the feed dropped it: removed
