"""The hostile folder loads the same in the command line and in the app: articles, facts and problems."""

from __future__ import annotations

from tests.hostile.corpus import Corpus
from tests.ui.helpers import app_document, command_line_document


async def test_the_hostile_folder_loads_the_same_in_both(hostile: Corpus) -> None:
    expected = command_line_document([str(hostile.root)])
    assert expected["articles"] and expected["problems"]
    assert await app_document([str(hostile.root)]) == expected
