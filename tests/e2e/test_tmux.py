"""The real ``briefing`` command in a real terminal (tmux): open the seed, walk an entity, search with a typo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import HANG_SECONDS

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]

BRIEFING = Path(sys.executable).with_name("briefing")
TIMEOUT = HANG_SECONDS  # how long a screen may take to appear before it counts as never: not a speed limit


class Terminal:
    def __init__(self, socket: str, session: str) -> None:
        self.socket, self.session = socket, session

    def tmux(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False)
        return result.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")
            time.sleep(0.1)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if not BRIEFING.exists():
        pytest.skip(f"no briefing executable next to {sys.executable}")
    socket, session = f"briefing-e2e-{uuid.uuid4().hex[:8]}", "e2e"
    term = Terminal(socket, session)
    env = f"BRIEFING_CACHE_DIR={tmp_path / 'cache'} BRIEFING_KEYMAP={tmp_path / 'keymap.toml'}"
    # A detached session may be created at tmux's default 80x24 and resized just after: start the app
    # only once the window has its final size, so the first frame is drawn at 160x48.
    command = f"sleep 0.5; env {env} {BRIEFING} --no-cache; sleep 30"
    term.tmux("-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "48", "-s", session, command)
    term.tmux("resize-window", "-t", session, "-x", "160", "-y", "48")
    try:
        yield term
    finally:
        term.tmux("kill-session", "-t", session)
        term.tmux("kill-server")


def test_seed_opens_walks_an_entity_and_searches_with_a_typo(terminal: Terminal) -> None:
    terminal.wait_for("Japan's PM offered")
    terminal.wait_for("People (")  # facts are ready
    time.sleep(0.3)

    terminal.keys("C-p")
    time.sleep(0.5)
    terminal.keys("Fumio Kishida", literal=True)
    terminal.wait_for("mentions in")  # the entity's hit, with its help line
    time.sleep(0.3)
    terminal.keys("Enter")
    terminal.wait_for("Fumio Kishida · mention 1 of")
    terminal.keys("n")
    terminal.wait_for("mention 2 of")
    terminal.keys("n")
    terminal.wait_for("mention 3 of")

    terminal.keys("/")
    terminal.wait_for("Search all articles")  # the box itself: the footer always says "/ Search"
    terminal.keys("sovereign rihgt", literal=True)
    screen = terminal.wait_for("sovereign")
    screen = terminal.wait_for("in 1 article · Enter jumps")
    assert "sovereign right" in screen, screen
    terminal.keys("Enter")
    terminal.wait_for("“sovereign rihgt” · hit 1 of")
    terminal.keys("q")


def test_an_entity_s_profile_jumps_to_a_quote_about_it_and_its_timeline_to_a_row(terminal: Terminal) -> None:
    terminal.wait_for("Japan's PM offered")
    terminal.wait_for("People (")  # facts are ready
    time.sleep(0.3)

    terminal.keys("C-p")  # select the entity (its row in the facts pane gets the cursor)
    time.sleep(0.5)
    terminal.keys("Fumio Kishida", literal=True)
    terminal.wait_for("mentions in")
    time.sleep(0.3)
    terminal.keys("Enter")
    terminal.wait_for("Fumio Kishida · mention 1 of")
    terminal.keys("Tab")
    time.sleep(0.2)
    terminal.keys("Tab")  # the facts pane
    time.sleep(0.2)
    terminal.keys("i")
    screen = terminal.wait_for("Quotes about (")
    assert "Fumio Kishida · person ·" in screen, screen
    terminal.keys("]", "]")  # quotes by, then quotes about
    time.sleep(0.3)
    terminal.keys("Enter")
    terminal.wait_for("Quotes about Fumio Kishida · quote 1 of")
    terminal.keys("t")  # the timeline of the entity walked
    terminal.wait_for("Fumio Kishida · timeline")
    time.sleep(0.3)
    terminal.keys("Enter")  # its first row: the date in its sentence, and the walk of the rows
    terminal.wait_for("Fumio Kishida · timeline · date 1 of")
    terminal.keys("q")
