"""The command line and the app load the same: the same articles, facts and problems for the same inputs."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS, shared
from tests.ui.helpers import app_document, command_line_document


async def test_the_seeds_load_the_same_in_both() -> None:
    expected = command_line_document([str(SEEDS)])
    assert expected["articles"] and expected["articles"][0]["entities"]
    assert await app_document([str(SEEDS)]) == expected


@pytest.mark.slow
async def test_the_bbc_corpus_loads_the_same_in_both() -> None:
    bbc = str(shared("corpus/bbc"))
    expected = command_line_document([bbc])
    assert len(expected["articles"]) == 2225
    assert await app_document([bbc]) == expected
