from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import extract_facts
from briefing.model import Facts
from briefing.sources.text import parse_text
from tests.conftest import shared

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_c032d804bf6d7f7e.txt"


def facts_of_file(path: Path) -> tuple[str, Facts]:
    article = parse_text(path.read_text(encoding="utf-8"), str(path))
    return article.body, extract_facts(article.body)


@pytest.fixture(scope="session")
def seed() -> tuple[str, Facts]:
    return facts_of_file(SEED)


def bbc_article(relative: str) -> tuple[str, Facts]:
    path = shared(f"corpus/bbc/{relative}")
    return facts_of_file(path)


def quote_starting(facts: Facts, prefix: str):
    found = [quote for quote in facts.quotes if quote.text.startswith(prefix)]
    assert found, f"no quote starting {prefix!r}; quotes: {[q.text[:40] for q in facts.quotes]}"
    return found[0]


def people(facts: Facts) -> set[str]:
    return {entity.name for entity in facts.entities if entity.kind == "person"}


def kinds(text: str) -> dict[str, str]:
    """The kind of each entity the key facts of ``text`` name."""
    return {entity.name: entity.kind for entity in extract_facts(text).entities}
