"""Fixtures for the UI tests: a private cache, no user keymap, small briefings on disk, and a loaded app."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.session import Options
from briefing.ui.app import BriefingApp
from tests.conftest import SEED

SECOND = """Kishida meets investors in Tokyo

Prime Minister Fumio Kishida told investors in Tokyo on Tuesday that Japan would keep its doors open.

"We want Japan to be the easiest place in Asia to build a business," Kishida said at the event.

Analysts said Kishida faces a difficult summer as his approval rating falls.
"""


@pytest.fixture(autouse=True)
def private_keymap(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read the user's keymap (the cache is made private by tests/conftest.py)."""
    monkeypatch.setenv("BRIEFING_KEYMAP", str(tmp_path_factory.mktemp("config") / "keymap.toml"))


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_seed.txt")
    return folder


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    """The seed and a second article, both naming Fumio Kishida (sorted so the seed comes first)."""
    folder = tmp_path / "two"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_seed.txt")
    (folder / "b_second.txt").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def make_app() -> Callable[..., BriefingApp]:
    def make(*paths: Path | str, **options: object) -> BriefingApp:
        return BriefingApp([str(path) for path in paths], Options(use_cache=False, workers=1, **options))

    return make
