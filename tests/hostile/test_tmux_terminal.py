"""The real app in a real terminal (tmux) on the hostile folder: title, clipboard and screen unharmed.

tmux is told to accept OSC 52 clipboard writes (``set-clipboard on``), so a write that
reached the terminal would show up as a paste buffer; an OSC 0/2 title sequence would
change ``pane_title``. Both are checked after walking every article.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import HANG_SECONDS
from tests.hostile.corpus import TITLE_MARKER, Corpus

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT = HANG_SECONDS  # a hang guard, not a speed limit


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[list[str]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    socket = f"briefing-hostile-{os.getpid()}-{time.monotonic_ns()}"
    config = tmp_path / "tmux.conf"
    config.write_text("set -g set-clipboard on\nset -g default-terminal xterm-256color\n")
    base = ["tmux", "-L", socket, "-f", str(config)]
    try:
        yield base
    finally:
        # Only the server on this test's own socket, and the socket file it leaves behind.
        subprocess.run([*base, "kill-server"], capture_output=True, timeout=10)
        socket_dir = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (socket_dir / socket).unlink(missing_ok=True)


def _tmux(base: list[str], *args: str) -> str:
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=10, check=False).stdout


def _capture(base: list[str]) -> str:
    return _tmux(base, "capture-pane", "-p", "-t", "hostile")


def _wait_for(base: list[str], predicate, what: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _capture(base)
        if predicate(screen):
            return screen
        time.sleep(0.25)
    pytest.fail(f"{what} never happened (waited {timeout:g} s); the pane shows:\n{screen}")


def test_terminal_title_clipboard_and_screen_unharmed(tmux: list[str], hostile: Corpus, tmp_path: Path) -> None:
    command = shlex.join(
        [
            "env",
            # pytest may export COLUMNS/LINES, which would override the pane's real size.
            "-u",
            "COLUMNS",
            "-u",
            "LINES",
            f"BRIEFING_CACHE_DIR={tmp_path / 'cache'}",
            f"PYTHONPATH={REPO}",
            sys.executable,
            "-m",
            "briefing",
            "--no-cache",
            str(hostile.root),
        ]
    )
    # A shell first, so the pane's own title is known before the app writes anything.
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", "hostile", "-x", "120", "-y", "40", "sh"],
        check=True,
        timeout=10,
    )
    # With no client attached tmux may shrink the window to 80x24 (tmux 3.3 exits if this is set in the config).
    _tmux(tmux, "set-option", "-g", "window-size", "manual")
    _tmux(tmux, "resize-window", "-t", "hostile", "-x", "120", "-y", "40")
    deadline = time.monotonic() + 10
    while _tmux(tmux, "display-message", "-p", "-t", "hostile", "#{pane_width}x#{pane_height}").strip() != "120x40":
        assert time.monotonic() < deadline, "tmux did not resize the pane to 120x40"
        time.sleep(0.1)
    time.sleep(0.3)  # let the shell see the new size before the app asks for it
    title_before = _tmux(tmux, "display-message", "-p", "-t", "hostile", "#{pane_title}").strip()
    _tmux(tmux, "send-keys", "-t", "hostile", f"exec {command}", "Enter")

    _wait_for(tmux, lambda screen: " articles" in screen and "problems" in screen, "loading to finish", LOAD_TIMEOUT)

    # Walk every article (there are about thirty), then the problems screen and back.
    for _ in range(32):
        _tmux(tmux, "send-keys", "-t", "hostile", "]")
        time.sleep(0.15)
    _tmux(tmux, "send-keys", "-t", "hostile", "p")
    time.sleep(0.5)
    _tmux(tmux, "send-keys", "-t", "hostile", "Escape")
    time.sleep(0.5)

    title_after = _tmux(tmux, "display-message", "-p", "-t", "hostile", "#{pane_title}").strip()
    buffers = _tmux(tmux, "list-buffers")
    screen = _capture(tmux)

    assert TITLE_MARKER not in title_after, f"a document set the terminal title: {title_after!r}"
    assert title_after == title_before, f"the title changed from {title_before!r} to {title_after!r}"
    assert buffers.strip() == "", f"a document wrote to the clipboard (tmux buffers): {buffers!r}"
    # The app is still there and drawing normally (no reset, no cleared screen left behind).
    assert "Key facts" in screen and " articles" in screen, f"the pane no longer shows the app:\n{screen}"
    assert _tmux(tmux, "display-message", "-p", "-t", "hostile", "#{pane_dead}").strip() in ("", "0")

    _tmux(tmux, "send-keys", "-t", "hostile", "q")
