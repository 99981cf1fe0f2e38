"""Search over the real seed article and (when present) the shared BBC corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.facts import FactTable
from briefing.model import Article
from briefing.search import SearchIndex
from briefing.sources import iter_load
from tests.conftest import SEEDS, shared
from tests.helpers import table


def load(path: Path) -> list[Article]:
    return [item for item in iter_load([str(path)]) if isinstance(item, Article)]


@pytest.fixture(scope="module")
def seed() -> list[Article]:
    articles = load(SEEDS)
    assert articles
    return articles


def test_seed_typos_find_kishida_summit(seed: list[Article]) -> None:
    search_index = SearchIndex.build(seed, FactTable())
    hits = search_index.search("kishda sumit")
    assert hits[0].kind == "passage"
    article = next(a for a in seed if a.id == hits[0].article_id)
    mark = hits[0].mark
    passage = article.body[mark.start : mark.end]
    assert "Kishida" in passage and "summit" in passage
    for word in hits[0].words:
        assert mark.start <= word.start < word.end <= mark.end


def test_seed_speaker_filter_with_real_facts(seed: list[Article]) -> None:
    from briefing.extract import extract_facts

    facts = [extract_facts(article.body) for article in seed]
    assert any(found.quotes for found in facts)
    hits = SearchIndex.build(seed, table(facts)).search("speaker:easley")
    assert hits
    assert all(hit.kind == "quote" and hit.speaker and "Easley" in hit.speaker for hit in hits)


@pytest.mark.slow
def test_bbc_title_comes_first() -> None:
    articles = load(shared("corpus/bbc"))
    hits = SearchIndex.build(articles, FactTable()).search("blair congratulats bush")
    assert hits[0].title == "Blair congratulates Bush on win"
