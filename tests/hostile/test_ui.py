"""The app, headless, on the hostile folder: what it draws is safe, markup is text, nothing quits it.

"The terminal output" here is what Textual hands its driver: the text of every segment of
every rendered line of the active screen (toasts included), plus the SVG export. Textual
adds its own control sequences around those segments; document text must add none.

Loading the corpus (with extraction) takes seconds, so one app session runs every
scenario and records what went wrong in each; the tests below then report per scenario.
"""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.session import Options
from briefing.ui.app import BriefingApp
from tests.conftest import HANG_SECONDS
from tests.hostile.corpus import GOOD_TITLE, XXE_SECRET, Corpus, forbidden_in
from tests.hostile.helpers import snapshot

# Hang guards, not speed limits: loading the corpus or one scenario taking this long means it is stuck.
LOAD_TIMEOUT = HANG_SECONDS
SCENARIO_TIMEOUT = HANG_SECONDS
SIZE = (120, 40)
CLICK_TEXT = "[@click=app.quit]"


def rendered_lines(app: BriefingApp) -> list[str]:
    """The text of each line of the active screen, as the compositor hands it to the driver."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


def click_actions(app: BriefingApp) -> list[tuple[str, str]]:
    """Every (text, action) a mouse click on the screen would run, taken from segment meta."""
    found = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            meta = segment.style.meta if segment.style is not None else {}
            if meta and "@click" in meta:
                found.append((segment.text, str(meta["@click"])))
    return found


def assert_screen_safe(app: BriefingApp, where: str) -> list[str]:
    lines = rendered_lines(app)
    text = "\n".join(lines)
    assert not forbidden_in(text), f"{where}: the screen holds {forbidden_in(text)}"
    assert XXE_SECRET not in text, f"{where}: the XXE secret is on screen"
    # Document markup must never become a clickable action.
    injected = [(chunk, action) for chunk, action in click_actions(app) if "quit" in action or "dismiss" in action]
    assert not injected, f"{where}: document markup became clickable: {injected}"
    assert app.is_running, f"{where}: the app stopped"
    return lines


@dataclass
class Session:
    failures: dict[str, str] = field(default_factory=dict)  # scenario -> what went wrong ("" = passed)
    titles: list[str] = field(default_factory=list)
    problems_on_screen: str = ""
    briefing_problems: list[str] = field(default_factory=list)
    inputs_unchanged: bool = False


async def wait_for_load(app: BriefingApp, pilot: Pilot) -> None:
    deadline = time.monotonic() + LOAD_TIMEOUT
    while not (app.briefing.fact_index is not None and app.briefing.search_index is not None):
        assert time.monotonic() < deadline, f"loading the hostile folder never finished (waited {LOAD_TIMEOUT:g} s)"
        assert app.is_running, "the app stopped while loading"
        await pilot.pause(0.1)
    await pilot.pause(0.2)


async def step_through_articles(app: BriefingApp, pilot: Pilot, session: Session) -> None:
    count = len(app.briefing.articles)
    assert count >= 20, f"only {count} articles loaded"
    for step in range(count):
        current = app.main_screen.current
        assert current is not None
        session.titles.append(current.title)
        lines = assert_screen_safe(app, f"article {step} ({current.source_name!r})")
        if current.source_name == "click.txt":
            assert any(CLICK_TEXT in line for line in lines), "markup in the article was not shown as text"
        # The far end too: a 2 MB line and 5,000 combining marks live further down.
        app.main_screen.query_one("ArticleView").scroll_end(animate=False)
        await pilot.pause()
        assert_screen_safe(app, f"end of article {step} ({current.source_name!r})")
        await pilot.press("right_square_bracket")
        await pilot.pause()
    assert GOOD_TITLE in session.titles
    assert len(set(session.titles)) >= count - 3, "stepping with ] did not visit every article"
    svg = app.export_screenshot()
    assert not forbidden_in(svg), f"the SVG export holds {forbidden_in(svg)}"


async def click_document_markup(app: BriefingApp, pilot: Pilot, session: Session) -> None:
    target = next(article for article in app.briefing.articles if article.source_name == "click.txt")
    app.main_screen.show_article(target.id)
    await pilot.pause()
    lines = rendered_lines(app)
    spots = [(line.index(CLICK_TEXT), y) for y, line in enumerate(lines) if CLICK_TEXT in line]
    assert spots, "the click markup is not on screen as text"
    for x, y in spots:
        for dx in (1, 3, len(CLICK_TEXT) + 1):  # on the markup and on the word it wraps
            await pilot.click(offset=(x + dx, y))
            await pilot.pause()
            assert app.is_running and app.return_code is None, f"a click at {(x + dx, y)} quit the app"
    assert_screen_safe(app, "after clicking")


async def problems_screen(app: BriefingApp, pilot: Pilot, session: Session) -> None:
    await pilot.press("p")
    await pilot.pause(0.5)
    try:
        session.problems_on_screen = "\n".join(assert_screen_safe(app, "problems screen"))
    finally:
        await pilot.press("escape")
        await pilot.pause()
    assert app.is_running


async def search_hostile_text(app: BriefingApp, pilot: Pilot, session: Session) -> None:
    from textual.widgets import Input

    for query in ("click app quit", "[/] [@click=app.quit]", "PWNED TITLE", 'harbour "port authority"'):
        await pilot.press("slash")
        await pilot.pause()
        # Set the whole query at once: typing it key by key searches (and redraws) once per key.
        app.screen.query_one(Input).value = query
        await pilot.pause(0.4)
        try:
            assert_screen_safe(app, f"search results for {query!r}")
        finally:
            await pilot.press("escape")
            await pilot.pause()
    assert app.is_running, "a search stopped the app"


Scenario = Callable[[BriefingApp, Pilot, Session], Awaitable[None]]
SCENARIOS: dict[str, Scenario] = {
    "articles": step_through_articles,
    "click": click_document_markup,
    "problems": problems_screen,
    "search": search_hostile_text,
}


async def run_session(paths: list[str]) -> Session:
    session = Session()
    app = BriefingApp(paths, Options(use_cache=False))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_load(app, pilot)
        for name, scenario in SCENARIOS.items():
            if not app.is_running:
                session.failures[name] = "the app had already stopped"
                continue
            try:
                await asyncio.wait_for(scenario(app, pilot, session), timeout=SCENARIO_TIMEOUT)
                session.failures[name] = ""
            except Exception:  # record and go on: the other scenarios still say something
                session.failures[name] = traceback.format_exc(limit=3)
            # Back to the main screen for the next scenario, whatever state this one left.
            while app.is_running and len(app.screen_stack) > 2:
                app.pop_screen()
                await pilot.pause()
        session.briefing_problems = [Path(problem.path).name for problem in app.briefing.problems]
    return session


@pytest.fixture(scope="module")
def session(hostile: Corpus) -> Session:
    before = snapshot(hostile.root)
    result = asyncio.run(
        asyncio.wait_for(run_session([str(hostile.root)]), timeout=LOAD_TIMEOUT + 4 * SCENARIO_TIMEOUT)
    )
    result.inputs_unchanged = snapshot(hostile.root) == before
    return result


def test_the_app_never_writes_to_inputs(session: Session) -> None:
    assert session.inputs_unchanged, "the app wrote to, renamed or touched an input"


@pytest.mark.parametrize("scenario", ["articles", "click", "search"])
def test_scenario(session: Session, scenario: str) -> None:
    assert session.failures.get(scenario) == "", session.failures.get(scenario, "did not run")


def test_problems_screen_renders_safely(session: Session) -> None:
    assert session.failures.get("problems") == "", session.failures.get("problems", "did not run")


def test_the_app_knows_every_problem(session: Session, hostile: Corpus) -> None:
    assert hostile.problem_files <= set(session.briefing_problems)


def test_problems_screen_shows_each_file_name(session: Session, hostile: Corpus) -> None:
    """File and reason must be readable, including a name that is markup (shown as text)."""
    for name in sorted(hostile.problem_files):
        assert name in session.problems_on_screen, (
            f"{name} is not on the problems screen:\n{session.problems_on_screen}"
        )
