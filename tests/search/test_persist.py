"""Saved search indexes: the same answers as a fresh build, used only for the same articles, damage rebuilt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.pipeline import Indexing
from briefing.search import SearchIndex
from briefing.search.persist import KEEP_FILES, DamagedIndex, dump, index_key, load, load_saved
from briefing.sources import iter_load
from tests.conftest import SEEDS, shared

QUERIES = ["kishda sumit", '"summit meeting"', "speaker:easley", "who:dprk", "sanctions relief", "kish", "north korea"]


@pytest.fixture(scope="module")
def articles():
    loaded = list(iter_load([str(SEEDS), str(shared("corpus/bbc/politics"))]))[:60]
    for article in loaded:
        article.facts = extract_facts(article.body)
    return loaded


def cached_build(articles, folder: Path, warn=lambda message: None, on_facts=lambda facts: None) -> SearchIndex:
    """Load the saved indexes from ``folder``, or build and save them: what opening a briefing does."""
    return Indexing(list(articles), folder, warn).finish(on_facts)


def answers(index: SearchIndex) -> list:
    return [[hit.to_dict() for hit in index.search(query, limit=20)] for query in QUERIES]


def test_a_loaded_index_answers_exactly_as_a_built_one(articles) -> None:
    built = SearchIndex.build(articles)
    restored = load(dump(built), articles)
    assert answers(restored) == answers(built)
    assert any(answers(built))


def test_the_fact_index_is_saved_with_it(articles, tmp_path: Path) -> None:
    built: list[FactIndex] = []
    cached_build(articles, tmp_path, on_facts=built.append)
    loaded: list[FactIndex] = []
    cached_build(articles, tmp_path, on_facts=loaded.append)
    [fresh], [restored] = built, loaded
    assert fresh is not restored and restored == fresh == FactIndex.build(articles)
    assert restored.summaries["Fumio Kishida"].mentions > 1
    assert list(restored.entity_occurrences("Fumio Kishida")) == list(fresh.entity_occurrences("Fumio Kishida"))
    _, saved_facts = load_saved(dump(SearchIndex.build(articles)), articles)
    assert saved_facts is None  # an index saved without one: the caller builds it


def test_the_key_covers_every_text_and_the_order(articles) -> None:
    key = index_key(articles)
    assert index_key(list(articles)) == key
    assert index_key(articles[::-1]) != key
    original = articles[3].body
    try:
        articles[3].body = original + " One more sentence."
        assert index_key(articles) != key
    finally:
        articles[3].body = original
    assert index_key(articles) == key


def test_cached_build_saves_then_loads_and_rebuilds_when_damaged(articles, tmp_path: Path) -> None:
    warnings: list[str] = []
    first = cached_build(articles, tmp_path, warnings.append)
    [saved] = list(tmp_path.glob("*.index"))
    second = cached_build(articles, tmp_path, warnings.append)
    assert answers(second) == answers(first) and warnings == []
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    third = cached_build(articles, tmp_path, warnings.append)
    assert answers(third) == answers(first)
    assert len(warnings) == 1 and "damaged" in warnings[0]
    assert load(saved.read_bytes(), articles) is not None  # rewritten whole


def test_an_index_never_applies_to_other_facts(articles) -> None:
    data = dump(SearchIndex.build(articles))
    stripped = [replace(article, facts_blob=None) for article in articles]
    with pytest.raises(DamagedIndex):
        load(data, stripped)
    with pytest.raises(DamagedIndex):
        load(b"\x05\x00\x00\x00{}", articles)


def test_only_the_most_recent_indexes_are_kept(articles, tmp_path: Path) -> None:
    for count in range(KEEP_FILES + 2):
        cached_build(articles[: count + 1], tmp_path)
    assert len(list(tmp_path.glob("*.index"))) == KEEP_FILES


def test_warming_changes_no_answer_and_stops_when_cancelled(articles) -> None:
    cold = SearchIndex.build(articles)
    expected = answers(cold)
    stopped = SearchIndex.build(articles)
    stopped.warm(cancel=lambda: True)
    assert not stopped._corpus.vocab._letters and not stopped._corpus.passages._word_masks
    warmed = SearchIndex.build(articles)
    warmed.warm()
    assert warmed._corpus.vocab._letters and answers(warmed) == expected
