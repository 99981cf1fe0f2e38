"""The code's digest: any edit of the core or any library installed, upgraded or removed changes it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing import code_version as module


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "briefing"
    for name, text in {
        "model.py": "class Article: ...\n",
        "sources/text.py": "def parse(): ...\n",
        "data/chrome.txt": "Share this\n",
        "ui/app.py": "class App: ...\n",
        "seeds/one.txt": "An example\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.setattr(module, "_PACKAGE", root)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site-packages")])
    (tmp_path / "site-packages" / "orjson-3.10.0.dist-info").mkdir(parents=True)
    return root


def digest() -> str:
    return module.code_version.__wrapped__()  # the digest as it is now, not the one kept for this process


def test_the_digest_is_stable_and_is_the_one_kept() -> None:
    assert module.code_version() == module.code_version() == digest()


def test_an_edit_of_the_core_changes_it(package: Path) -> None:
    before = digest()
    assert digest() == before
    (package / "sources" / "text.py").write_text("def parse(): return 1\n")
    edited = digest()
    assert edited != before
    (package / "data" / "chrome.txt").write_text("Share this article\n")
    assert digest() != edited


def test_a_file_moved_to_another_module_changes_it(package: Path) -> None:
    before = digest()
    (package / "sources" / "text.py").rename(package / "sources" / "plain.py")
    assert digest() != before


def test_the_app_and_the_seeds_do_not_count(package: Path) -> None:
    before = digest()
    (package / "ui" / "app.py").write_text("class App: pass\n")
    (package / "seeds" / "two.txt").write_text("Another example\n")
    assert digest() == before


def test_a_library_upgraded_changes_it(package: Path, tmp_path: Path) -> None:
    before = digest()
    (tmp_path / "site-packages" / "orjson-3.10.0.dist-info").rename(
        tmp_path / "site-packages" / "orjson-3.11.0.dist-info"
    )
    assert digest() != before
