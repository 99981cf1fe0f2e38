"""Waiting for the app to settle, and reading what it shows, in pilot tests."""

from __future__ import annotations

import time

from textual.pilot import Pilot

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.status_line import StatusLine
from tests.conftest import HANG_SECONDS


async def wait_until(pilot: Pilot, condition, timeout: float = HANG_SECONDS, what: str = "condition") -> None:
    """Let the app run until ``condition()`` holds; after ``timeout`` seconds it counts as never (a hang)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never happened (waited {timeout:g} s)")
        await pilot.pause(0.02)


async def wait_loaded(pilot: Pilot) -> None:
    """Articles read, facts extracted, search index built, progress panel gone."""
    app = pilot.app
    assert isinstance(app, BriefingApp)
    await wait_until(pilot, lambda: app.fully_loaded, what="the briefing to load")
    await pilot.pause()


def status(app: BriefingApp) -> str:
    return app.main_screen.query_one(StatusLine).text
