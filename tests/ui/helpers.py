"""Waiting for the app to settle, and reading what it shows, in pilot tests; what both faces load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from textual.pilot import Pilot

from briefing.loaded import Briefing
from briefing.serialize import article_to_dict, problem_to_dict
from briefing.session import Options
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.status_line import StatusLine
from tests.conftest import HANG_SECONDS, REPO


def story_folder(folder: Path, titles: Sequence[str]) -> Path:
    """A new folder with one short text article per title, its files named so that they sort in title order."""
    folder.mkdir()
    width = max(2, len(str(len(titles) - 1)))
    for number, title in enumerate(titles):
        (folder / f"{number:0{width}}.txt").write_text(f"{title}\n\nBody of story {number}.", encoding="utf-8")
    return folder


def many_articles(folder: Path, count: int) -> Path:
    """A new folder of ``count`` articles titled "Story 0", "Story 1", …"""
    return story_folder(folder, [f"Story {number}" for number in range(count)])


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


def as_document(briefing: Briefing) -> dict:
    """The briefing as `briefing facts --json` writes it: every article with its facts, then the problems."""
    articles = [article_to_dict(article, briefing.facts.unpack(n)) for n, article in enumerate(briefing.articles)]
    problems = [problem_to_dict(problem) for problem in briefing.problems]
    # Through JSON, as the command line's is: tuples become lists, dataclasses dicts.
    return json.loads(json.dumps({"articles": articles, "problems": problems}, default=_fields))


def _fields(value: object) -> object:
    return {name: getattr(value, name) for name in value.__dataclass_fields__}  # type: ignore[attr-defined]


def command_line_document(paths: Sequence[str]) -> dict:
    """What `briefing facts PATHS --json` prints, run as a user runs it (the cache: this test's own)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "briefing", "facts", *paths, "--json", "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=10 * HANG_SECONDS, cwd=REPO)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


async def app_document(paths: Sequence[str]) -> dict:
    """What the app holds once it has loaded the paths, in the same form."""
    app = BriefingApp(list(paths), Options())
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        return as_document(app.briefing)
