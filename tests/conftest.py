"""Shared fixtures: where the repo and ../shared are (``shared`` reaches it or skips), a private cache and state."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_c032d804bf6d7f7e.txt"
BBC = SHARED / "corpus" / "bbc"  # reach it through shared("corpus/bbc"), which skips when it is absent

# How long a test waits for something that must happen (the app loading, a screen appearing) before
# it counts as a hang. A guard against waiting forever, never a measure of speed: no test asserts how
# fast anything is (benchmarks/ measure that), so this is far beyond any run on a busy machine.
HANG_SECONDS = 120.0


def shared(path: str) -> Path:
    """``../shared/<path>`` (the shared data folder beside the repository), or skip the test saying it is not here.

    Every test that reads ../shared goes through this, so without the folder each one skips with the same
    reason instead of failing somewhere inside on a missing file.
    """
    found = SHARED / path
    if not found.exists():
        pytest.skip(f"../shared/{path} is not here (the shared data folder)")
    return found


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever reads or writes the user's real cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    # ... nor the user's reading state (read, starred): each test starts with none.
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    return folder
