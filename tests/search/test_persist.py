"""Saved search indexes: the same answers as a fresh build, used only for the same articles, damage rebuilt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.indexing import Indexing
from briefing.loaded import Briefing
from briefing.model import Article
from briefing.search import SearchIndex
from briefing.search.persist import KEEP_FILES, DamagedIndex, dump, index_key, load, load_saved
from briefing.sources import iter_load
from tests.conftest import SEEDS, shared
from tests.helpers import briefing_of

QUERIES = ["kishda sumit", '"summit meeting"', "speaker:easley", "who:dprk", "sanctions relief", "kish", "north korea"]


@pytest.fixture(scope="module")
def loaded() -> Briefing:
    found = list(iter_load([str(SEEDS), str(shared("corpus/bbc/politics"))]))[:60]
    articles = [item for item in found if isinstance(item, Article)]
    return briefing_of(articles, [extract_facts(article.body) for article in articles])


def cached_build(
    articles: list[Article], facts: FactTable, folder: Path, warn=lambda message: None
) -> tuple[FactIndex, SearchIndex]:
    """Load the saved indexes from ``folder``, or build and save them: what opening a briefing does."""
    indexing = Indexing(list(articles), facts, folder, warn)
    fact_index = indexing.finish_facts()
    return fact_index, indexing.finish_search()


def answers(search_index: SearchIndex) -> list:
    return [[hit.to_dict() for hit in search_index.search(query, limit=20)] for query in QUERIES]


def test_a_loaded_index_answers_exactly_as_a_built_one(loaded: Briefing) -> None:
    built = SearchIndex.build(loaded.articles, loaded.facts)
    restored = load(dump(built), loaded.articles, loaded.facts)
    assert answers(restored) == answers(built)
    assert any(answers(built))


def test_the_fact_index_is_saved_with_it(loaded: Briefing, tmp_path: Path) -> None:
    fresh, _ = cached_build(loaded.articles, loaded.facts, tmp_path)
    restored, _ = cached_build(loaded.articles, loaded.facts, tmp_path)
    assert fresh is not restored and restored == fresh == FactIndex.build(loaded.articles, loaded.facts)
    assert restored.summaries["Fumio Kishida"].mentions > 1
    assert list(restored.entity_occurrences("Fumio Kishida")) == list(fresh.entity_occurrences("Fumio Kishida"))
    _, saved_facts = load_saved(dump(SearchIndex.build(loaded.articles, loaded.facts)), loaded.articles, loaded.facts)
    assert saved_facts is None  # an index saved without one: the caller builds it


def test_the_key_covers_every_text_and_the_order(loaded: Briefing) -> None:
    articles, facts = loaded.articles, loaded.facts
    key = index_key(articles, facts)
    assert index_key(list(articles), facts) == key
    assert index_key(articles[::-1], facts) != key
    changed = [*articles[:3], replace(articles[3], body=articles[3].body + " One more sentence."), *articles[4:]]
    assert index_key(changed, facts) != key
    assert index_key(articles, facts) == key


def test_cached_build_saves_then_loads_and_rebuilds_when_damaged(loaded: Briefing, tmp_path: Path) -> None:
    articles, facts = loaded.articles, loaded.facts
    warnings: list[str] = []
    _, first = cached_build(articles, facts, tmp_path, warnings.append)
    [saved] = list(tmp_path.glob("*.index"))
    _, second = cached_build(articles, facts, tmp_path, warnings.append)
    assert answers(second) == answers(first) and warnings == []
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    _, third = cached_build(articles, facts, tmp_path, warnings.append)
    assert answers(third) == answers(first)
    assert len(warnings) == 1 and "damaged" in warnings[0]
    assert load(saved.read_bytes(), articles, facts) is not None  # rewritten whole


def test_an_index_never_applies_to_other_facts(loaded: Briefing) -> None:
    data = dump(SearchIndex.build(loaded.articles, loaded.facts))
    with pytest.raises(DamagedIndex):
        load(data, loaded.articles, FactTable())
    with pytest.raises(DamagedIndex):
        load(b"\x05\x00\x00\x00{}", loaded.articles, loaded.facts)


def test_only_the_most_recent_indexes_are_kept(loaded: Briefing, tmp_path: Path) -> None:
    for count in range(KEEP_FILES + 2):
        cached_build(loaded.articles[: count + 1], loaded.facts, tmp_path)
    assert len(list(tmp_path.glob("*.index"))) == KEEP_FILES


def test_warming_changes_no_answer_and_stops_when_cancelled(loaded: Briefing) -> None:
    cold = SearchIndex.build(loaded.articles, loaded.facts)
    expected = answers(cold)
    stopped = SearchIndex.build(loaded.articles, loaded.facts)
    stopped.warm(cancel=lambda: True)
    assert not stopped._corpus.vocab._letters and not stopped._corpus.passages._word_masks
    warmed = SearchIndex.build(loaded.articles, loaded.facts)
    warmed.warm()
    assert warmed._corpus.vocab._letters and answers(warmed) == expected
