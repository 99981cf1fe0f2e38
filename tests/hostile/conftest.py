"""Session fixture: the hostile corpus, built once in a temporary folder."""

from __future__ import annotations

import pytest

from tests.hostile.corpus import Corpus, build


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    base = tmp_path_factory.mktemp("hostile")
    root = base / "corpus"
    root.mkdir()
    secret_dir = base / "outside"
    secret_dir.mkdir()
    return build(root, secret_dir)
