"""A living briefing in a real terminal (tmux): open, read two, quit, reopen (those two read), add a file,
r, the new one marked new and found by search."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED
from tests.e2e.test_tmux import Terminal

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]


def _open(tmp_path: Path, desk: Path) -> Terminal:
    term = Terminal(f"briefing-e2e-{uuid.uuid4().hex[:8]}", "e2e")
    env = f"BRIEFING_CACHE_DIR={tmp_path / 'cache'} BRIEFING_DATA_DIR={tmp_path / 'data'} PYTHONPATH={REPO}"
    command = f"sleep 0.5; env {env} {sys.executable} -m briefing {desk}; sleep 30"
    term.tmux("-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "48", "-s", term.session, command)
    term.tmux("resize-window", "-t", term.session, "-x", "160", "-y", "48")
    return term


def _close(term: Terminal) -> None:
    term.tmux("kill-session", "-t", term.session)
    term.tmux("kill-server")


def test_read_two_quit_reopen_add_a_file_refresh_and_search(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_text("Rain in Seoul\n\nHeavy rain fell on Seoul on Monday, the agency said.\n")
    (folder / "c.txt").write_text("Ports reopen\n\nThe harbour authority said 40 ships waited off Busan.\n")
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "Korea desk"\nsources = ["articles"]\n')

    term = _open(tmp_path, desk)
    try:
        term.wait_for("Articles (3 · 3 unread)")
        term.wait_for("Articles (3 · 2 unread)")  # the first, shown for a moment
        term.keys("j")
        term.wait_for("Articles (3 · 1 unread)")  # the second
        term.keys("q")
        time.sleep(0.5)
    finally:
        _close(term)

    term = _open(tmp_path, desk)
    try:
        term.wait_for("Articles (3 · 1 unread)")  # those two stayed read
        (folder / "d.txt").write_text("Bridge opens\n\nA new bridge opened over the Han river, Mayor Oh said.\n")
        term.keys("r")
        screen = term.wait_for("Articles (4 · 2 unread · 1 new)")
        assert "● new" in screen, screen
        term.keys("/")
        term.wait_for("Type to search every article")  # the search box is open (the footer always says Search)
        time.sleep(0.3)
        term.keys("han rivr bridge", literal=True)
        term.wait_for("in 1 article · Enter jumps")
        term.keys("Enter")
        term.wait_for("“han rivr bridge” · hit 1 of")
    finally:
        _close(term)
    assert subprocess.run(["tmux", "-L", term.socket, "ls"], capture_output=True).returncode != 0
