"""Pilot tests for profiles: opening one from the facts pane, and every kind of row as a jump."""

from __future__ import annotations

import threading
from pathlib import Path

from briefing.profile import build_profile as real_build_profile
from briefing.profile import quote_at
from briefing.ui.screens import profile as profile_screen
from briefing.ui.screens.profile import ProfileScreen
from briefing.ui.widgets import profile_list
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from briefing.ui.widgets.profile_list import ProfileList
from tests.ui.helpers import status, wait_loaded, wait_until

SIZE = (160, 48)
NAME = "Fumio Kishida"


async def _open(pilot, name: str = NAME, key: str = "enter") -> ProfileScreen:
    """The profile of ``name``, opened from its row in the facts pane."""
    app = pilot.app
    pane = app.main_screen.query_one(FactsPane)
    pane.focus()
    pane.highlighted = pane.get_option_index(f"entity:{name}")
    await pilot.press(key)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ProfileScreen)
    await _made(pilot, screen)
    return screen


async def _made(pilot, screen: ProfileScreen) -> None:
    """Until the profile (made in a worker) is on the screen."""
    await wait_until(pilot, lambda: screen.profile is not None, what="the profile")
    await pilot.pause()


async def _choose(pilot, screen: ProfileScreen, option_id: str) -> None:
    rows = screen.query_one(ProfileList)
    rows.highlighted = rows.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


def _current(app) -> list[tuple[int, int]]:
    view = app.main_screen.query_one(ArticleView)
    return [(mark.start, mark.end) for mark in view.current_marks]


async def test_enter_on_an_entity_opens_its_profile_and_escape_leaves_it_selected(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        profile = screen.profile
        assert profile.name == NAME and profile.kind == "person"
        assert [at.position for at in profile.articles] == [0, 1]
        title = screen.query_one("#profile-title").render()
        assert str(title).startswith(f"{NAME} · person · {profile.mentions} mentions in 2 articles")
        rows = screen.query_one(ProfileList)
        assert rows.has_focus
        # Beneath it, the entity is selected as Enter always did: Escape comes back to that.
        assert status(app).startswith(f"{NAME} · mention 1 of {profile.mentions}")
        await pilot.press("escape")
        assert app.screen is app.main_screen
        assert status(app).startswith(f"{NAME} · mention 1 of {profile.mentions}")


async def test_i_opens_the_profile_of_an_entity_or_a_speaker(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot, key="i")
        assert screen.profile.name == NAME
        await pilot.press("escape")
        assert app.main_screen.walk is None  # i only opens the profile; Enter selects the entity too
        pane = app.main_screen.query_one(FactsPane)
        speaker = next(option.id for option in pane.options if (option.id or "").startswith("speaker:Kim Yo Jong"))
        pane.focus()
        pane.highlighted = pane.get_option_index(speaker)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        await _made(pilot, app.screen)
        assert app.screen.profile.name == "Kim Yo Jong"


async def test_an_article_row_goes_to_the_article_with_the_entity_marked(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        await _choose(pilot, screen, "article:1")
        assert app.screen is app.main_screen
        view = app.main_screen.query_one(ArticleView)
        assert view.article is app.briefing.articles[1]
        first_here = screen.profile.articles[0].mentions + 1
        assert status(app).startswith(f"{NAME} · mention {first_here} of {screen.profile.mentions} · article 2 of 2")
        assert view.article.body[slice(*_current(app)[0])].endswith("Kishida")


async def test_a_quote_by_row_goes_to_the_quote_and_n_walks_the_others(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        by = screen.profile.quotes_by
        assert len(by) >= 2
        last = len(by) - 1
        quote = quote_at(app.briefing, by[last])
        await _choose(pilot, screen, f"by:{last}")
        assert app.screen is app.main_screen
        assert app.main_screen.query_one(ArticleView).article is app.briefing.articles[by[last].position]
        assert _current(app)[0] == (quote.start, quote.end)
        assert status(app).startswith(f"Quotes by {NAME} · quote {len(by)} of {len(by)}")
        await pilot.press("n")
        assert status(app).startswith(f"Quotes by {NAME} · quote 1 of {len(by)}")


async def test_a_quote_about_row_goes_to_the_quote_in_a_walk_of_quotes_about_it(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        about = screen.profile.quotes_about
        assert about
        quote = quote_at(app.briefing, about[0])
        assert quote is not None and quote.speaker != NAME
        await _choose(pilot, screen, "about:0")
        assert app.screen is app.main_screen
        assert _current(app)[0] == (quote.start, quote.end)
        assert status(app).startswith(f"Quotes about {NAME} · quote 1 of {len(about)}")
        assert app.main_screen.walk is not None and app.main_screen.walk.subject == NAME


async def test_an_entity_row_opens_its_profile_and_a_jump_from_there_closes_both(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        first = await _open(pilot)
        companion = first.profile.companions[0].name
        await _choose(pilot, first, f"with:{companion}")
        second = app.screen
        assert isinstance(second, ProfileScreen) and second is not first
        await _made(pilot, second)
        assert second.profile.name == companion
        await pilot.press("escape")
        assert app.screen is first  # back a screen at a time
        await _choose(pilot, first, f"with:{companion}")
        second = app.screen
        assert isinstance(second, ProfileScreen)
        await _made(pilot, second)
        await _choose(pilot, second, f"article:{second.profile.articles[0].position}")
        assert app.screen is app.main_screen
        assert status(app).startswith(f"{companion} · mention 1 of")


async def test_no_profile_for_a_name_that_is_not_an_entity(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app.main_screen.open_profile("Nobody At All")
        await pilot.pause()
        assert app.screen is app.main_screen


async def test_profile_text_is_never_markup(tmp_path: Path, make_app) -> None:
    title = "[bold red]Not bold[/] $accent"
    body = 'Fumio Kishida met Kim Jong Un in Tokyo.\n\n"We will [b]talk[/b]," Kim Jong Un said of Fumio Kishida.'
    (tmp_path / "odd.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert title in text
        assert "[b]talk[/b]" in text
        assert screen.profile.quotes_about


async def test_a_long_section_shows_its_first_rows_and_the_rest_on_asking(
    two_articles: Path, make_app, monkeypatch
) -> None:
    monkeypatch.setattr(profile_list, "FIRST_ROWS", 2)
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        rows = screen.query_one(ProfileList)
        total = len(screen.profile.quotes_about)
        assert total > 2

        def about_rows() -> list[str]:
            ids = (rows.get_option_at_index(n).id or "" for n in range(rows.option_count))
            return [option_id for option_id in ids if option_id.startswith("about:")]

        assert about_rows() == ["about:0", "about:1"]
        await _choose(pilot, screen, "more:about")
        assert about_rows() == [f"about:{n}" for n in range(total)]
        assert rows.get_option_at_index(rows.highlighted).id == "about:2"  # the first row it added
        assert "more:about" not in {rows.get_option_at_index(n).id for n in range(rows.option_count)}


async def test_square_brackets_go_from_section_to_section(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = await _open(pilot)
        rows = screen.query_one(ProfileList)

        def here() -> str:
            return rows.get_option_at_index(rows.highlighted).id or ""

        assert here() == "article:0"
        await pilot.press("right_square_bracket")
        assert here() == "by:0"
        await pilot.press("right_square_bracket")
        assert here() == "about:0"
        await pilot.press("right_square_bracket")
        assert here().startswith("with:")
        await pilot.press("right_square_bracket")
        assert here() == "article:0"  # round again
        await pilot.press("left_square_bracket")
        assert here().startswith("with:")
        await pilot.press("left_square_bracket")
        assert here() == "about:0"


async def test_a_profile_of_many_articles_is_made_in_a_worker(two_articles: Path, make_app, monkeypatch) -> None:
    monkeypatch.setattr(profile_screen, "AT_ONCE", 1)  # two articles are many
    made_in: list[threading.Thread] = []

    def build_profile(*args, **kwargs):
        made_in.append(threading.current_thread())
        return real_build_profile(*args, **kwargs)

    monkeypatch.setattr(profile_screen, "build_profile", build_profile)
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app.main_screen.open_profile(NAME)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        await _made(pilot, screen)
        assert made_in and made_in[0] is not threading.main_thread()
        assert [at.position for at in screen.profile.articles] == [0, 1]
        await _choose(pilot, screen, "article:1")
        assert status(app).startswith(f"{NAME} · mention")
