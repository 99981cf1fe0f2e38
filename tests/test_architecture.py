"""The core (loading, extraction, search, cache) never imports Textual or the UI."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

CORE = [
    "briefing.model",
    "briefing.sanitize",
    "briefing.sources",
    "briefing.extract",
    "briefing.search",
    "briefing.search.persist",
    "briefing.export",
    "briefing.store",
    "briefing.pipeline",
    "briefing.serialize",
    "briefing.cli",
]


def test_core_modules_do_not_import_textual() -> None:
    probe = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'briefing.ui')))\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
