"""The timeline screen: `t` opens it (of the briefing, or of the selected entity), Enter shows the date in its
sentence, n / N walk the rows, `t` again comes back to the row the reader is on."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ui.app import BriefingApp
from briefing.ui.screens.main import MainScreen
from briefing.ui.screens.timeline import TimelineScreen
from briefing.ui.widgets import timeline_list
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.timeline_list import TimelineList
from tests.ui.helpers import status, wait_loaded, wait_until

FIRST = """Ann Lee steps down

Published: 19 February 2020

Ann Lee said on Monday that she would step down. The board met on Feb. 3 to discuss it.

Tom Reed will take over on Friday, the company said.
"""
SECOND = """Acme sold

Acme was sold in 2019 to Ann Lee. Tom Reed spoke on Monday.
"""


@pytest.fixture
def dated(tmp_path: Path) -> Path:
    folder = tmp_path / "dated"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    return folder


async def open_timeline(pilot) -> TimelineScreen:  # type: ignore[no-untyped-def]  # a Pilot
    await pilot.press("t")
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    await wait_until(pilot, lambda: screen.ready, what="the timeline")
    await pilot.pause()
    return screen


def rows_shown(screen: TimelineScreen) -> list[str]:
    rows = screen.query_one(TimelineList)
    return [str(rows.get_option_at_index(index).prompt).split("\n")[0].strip() for index in range(rows.option_count)]


async def test_t_opens_the_timeline_of_the_briefing_grouped_and_escape_closes_it(dated: Path, make_app) -> None:
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        assert screen.query_one("#timeline-box").border_title == "Timeline"
        assert rows_shown(screen) == [
            "2019",
            "Acme was sold in 2019 to Ann Lee.",
            "Monday 3 February 2020",
            "The board met on Feb. 3 to discuss it.",
            "Monday 17 February 2020",
            "Ann Lee said on Monday that she would step down.",
            "Friday 21 February 2020",
            "Tom Reed will take over on Friday, the company said.",
            "Unresolved (1)",
            "Tom Reed spoke on Monday.",
        ]
        summary = str(screen.query_one("#timeline-summary").render())
        assert summary.startswith("4 dated · 1 unresolved")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert app.main_screen.walk is None


async def test_enter_shows_the_date_in_its_sentence_and_n_walks_the_rows(dated: Path, make_app) -> None:
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        assert screen.query_one(TimelineList).row == 0
        await pilot.press("enter")  # the first row: 2019, in the second article
        main = app.main_screen
        assert isinstance(app.screen, MainScreen)
        view = main.query_one(ArticleView)

        def on_date() -> str:
            assert main.current is not None
            [mark] = view.current_marks
            assert mark.role == "date"
            return main.current.body[mark.start : mark.end]

        assert main.current is not None and main.current.title == "Acme sold"
        assert on_date() == "2019"
        assert "Timeline · date 1 of 5" in status(app)
        walked = [on_date()]
        for _ in range(4):
            await pilot.press("n")
            walked.append(on_date())
        assert walked == ["2019", "Feb. 3", "on Monday", "on Friday", "on Monday"]
        assert main.current.title == "Acme sold"  # the unresolved one, last
        assert "Unresolved" in status(app)
        await pilot.press("n")
        assert on_date() == "2019"  # round again
        await pilot.press("N", "N")
        assert on_date() == "on Friday"
        assert main.current.title == "Ann Lee steps down"


async def test_t_again_puts_the_cursor_on_the_row_the_reader_is_on(dated: Path, make_app) -> None:
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        await pilot.press("j", "j", "enter")
        assert "date 3 of 5" in status(app)
        await pilot.press("n")
        screen = await open_timeline(pilot)
        assert screen.query_one(TimelineList).row == 3
        await pilot.press("t")  # t closes it too
        assert isinstance(app.screen, MainScreen)


async def test_with_an_entity_selected_the_timeline_is_its_own(dated: Path, make_app) -> None:
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.select_entity("Tom Reed")
        await pilot.pause()
        screen = await open_timeline(pilot)
        assert screen.query_one("#timeline-box").border_title == "Tom Reed · timeline"
        assert rows_shown(screen) == [
            "Friday 21 February 2020",
            "Tom Reed will take over on Friday, the company said.",
            "Unresolved (1)",
            "Tom Reed spoke on Monday.",
        ]
        await pilot.press("enter")
        assert "Tom Reed · timeline · date 1 of 2" in status(app)


async def test_a_briefing_without_dates_says_so(tmp_path: Path, make_app) -> None:
    (tmp_path / "a.txt").write_text("Plain\n\nNothing happened here at any time.\n", encoding="utf-8")
    app: BriefingApp = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        assert str(screen.query_one("#timeline-summary").render()) == "No dates"
        await pilot.press("enter")
        assert isinstance(app.screen, TimelineScreen)  # nothing to choose
        await pilot.press("escape")
        assert app.main_screen.walk is None


async def test_document_text_in_a_row_is_never_markup(tmp_path: Path, make_app) -> None:
    (tmp_path / "a.txt").write_text(
        "[b]Title[/b]\n\nPublished: 19 February 2020\n\n[red]Ann[/red] met them on Monday [link=x]here[/link].\n",
        encoding="utf-8",
    )
    app: BriefingApp = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        assert rows_shown(screen)[1] == "[red]Ann[/red] met them on Monday [link=x]here[/link]."


async def test_an_entity_timeline_waits_for_the_fact_index(
    dated: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    real_notify = BriefingApp.notify

    def notify(self, message, *args, **kwargs):  # type: ignore[no-untyped-def]  # as App.notify
        said.append(str(message))
        return real_notify(self, message, *args, **kwargs)

    monkeypatch.setattr(BriefingApp, "notify", notify)
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        app.main_screen.select_entity("Tom Reed")
        await pilot.pause()
        app.briefing.fact_index = None  # as while facts are still being extracted
        await pilot.press("t")
        assert isinstance(app.screen, MainScreen)
        assert said[-1] == "Key facts are still being extracted"


async def test_a_long_timeline_is_listed_a_chunk_at_a_time(
    dated: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_list, "CHUNK", 2)
    app: BriefingApp = make_app(dated)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded(pilot)
        screen = await open_timeline(pilot)
        rows = screen.query_one(TimelineList)
        await wait_until(pilot, lambda: not rows.listing, what="every row listed")
        assert rows.option_count == 10  # five rows under five headings
        assert rows.row == 0
        await pilot.press("G", "enter")
        assert "date 5 of 5" in status(app)
