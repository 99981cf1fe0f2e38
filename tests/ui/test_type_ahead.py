"""Keys typed at once after the key that opens a text box ("/" for search, "a" for a note) go into the box.

``pilot.press`` waits for the app to settle after each key, which hides the bug these tests are for:
a fast typist (or a terminal delivering a burst) sends "/sov" before the search box exists. Here the
keys are posted all at once, as the terminal's driver posts them.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input

from briefing.ui.screens.main import MainScreen
from briefing.ui.screens.note import NoteScreen
from briefing.ui.screens.search import SearchScreen
from tests.ui.helpers import status, wait_loaded, wait_until

SIZE = (160, 48)
CHARACTERS = {"slash": "/", "escape": "\x1b", "enter": "\r", "right_parenthesis": ")"}


def type_at_once(app: App, *keys: str) -> None:
    """Post the keys without waiting in between (each a key name, or a character that is its own name)."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key)))


async def test_a_query_typed_at_once_after_slash_goes_into_the_box_and_is_searched(
    two_articles: Path, make_app
) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        before = status(app)
        type_at_once(app, "slash", *"sovereign")  # "s" stars and "n" walks on the main screen
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen), what="the search screen")
        search = app.screen
        await wait_until(pilot, lambda: search.query_one(Input).value == "sovereign", what="the typed query")
        await wait_until(pilot, lambda: search.settled, what="its results")
        assert search.results.hits and all("sovereign" in hit.snippet.lower() for hit in search.results.hits)
        assert status(app) == before and app.main_screen.walk is None  # none of it ran on the main screen
        await pilot.press("enter")
        assert app.screen is app.main_screen
        assert status(app).startswith("“sovereign” · hit 1 of")

        # Opened again, the box shows the last query selected: typed at once, the new query replaces it.
        type_at_once(app, "slash", *"Kishida")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen), what="the search screen")
        search = app.screen
        await wait_until(pilot, lambda: search.query_one(Input).value == "Kishida", what="the new query")
        await wait_until(pilot, lambda: search.settled and search.results.hits, what="its results")


async def test_a_query_and_enter_typed_in_one_go_jump_to_the_first_hit(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        type_at_once(app, "slash", *"sovereign", "enter")  # as in fzf: Enter before the results are in
        await wait_until(pilot, lambda: status(app).startswith("“sovereign” · hit 1 of"), what="the first hit")
        assert app.screen is app.main_screen


async def test_q_and_n_typed_at_once_after_slash_are_text_not_commands(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        before = status(app)
        type_at_once(app, "slash", "q", "n")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen), what="the search screen")
        search = app.screen
        await wait_until(pilot, lambda: search.query_one(Input).value == "qn", what="the typed query")
        assert app.is_running  # "q" did not quit
        await pilot.press("escape")
        assert app.screen is app.main_screen
        assert status(app) == before  # "n" did not walk


async def test_escape_typed_at_once_after_slash_closes_search_and_keeps_the_selection(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("right_parenthesis")  # a selection: the article's first quote
        walk = app.main_screen.walk
        assert walk is not None
        shown: list[Screen] = []
        app.screen_change_signal.subscribe(app, shown.append)
        type_at_once(app, "slash", "x", "escape")
        # Too quick to catch on the way: the screens shown say the search opened and closed.
        await wait_until(pilot, lambda: [type(screen) for screen in shown] == [SearchScreen, MainScreen], what="search")
        await pilot.pause()
        # Escape closed the search and did not go on to the main screen (where it clears the selection).
        assert app.main_screen.walk is walk


async def test_a_note_typed_at_once_after_a_goes_into_the_note_box(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: app.main_screen.reading is not None, what="the reading state")
        article = app.main_screen.current
        type_at_once(app, "a", *"ask them")  # "s" stars and "m" marks read on the main screen
        await wait_until(pilot, lambda: isinstance(app.screen, NoteScreen), what="the note screen")
        note = app.screen
        await wait_until(pilot, lambda: note.query_one(Input).value == "ask them", what="the typed note")
        await pilot.press("enter")
        assert app.screen is app.main_screen
        assert app.main_screen.reading.notes == {article.id: "ask them"}
        assert not app.main_screen.reading.stars  # "s" was text, not a star


async def test_keys_that_come_before_the_search_box_has_focus_wait_for_it(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        # The terminal unfocused, Textual focuses nothing by itself as a screen opens: the box gets its focus
        # only once the screen has mounted, so keys posted with the push reach the app before it has.
        app.app_focus = False
        app.push_screen(SearchScreen(app.briefing))
        type_at_once(app, *"sov")
        search = app.screen
        assert isinstance(search, SearchScreen) and search.focused is None
        await wait_until(pilot, lambda: [box.value for box in search.query(Input)] == ["sov"], what="the typed query")
        await wait_until(pilot, lambda: search.settled, what="its results")
        assert search.results.hits
