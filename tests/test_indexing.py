"""Both indexes grown while facts arrive: the same answers as a build, saved indexes reused, damaged facts skipped."""

from __future__ import annotations

from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.indexing import Indexing, index_folder
from briefing.search import SearchIndex
from briefing.session import Options
from tests.conftest import SEEDS, shared
from tests.helpers import load


def _search_answers(search_index: SearchIndex) -> list:
    queries = ["kishida summit", "north korea", "speaker:easley", "who:dprk", "blair", "election"]
    return [[hit.to_dict() for hit in search_index.search(query, limit=10)] for query in queries]


def _finish(indexing: Indexing) -> tuple[FactIndex, SearchIndex]:
    fact_index = indexing.finish_facts()
    return fact_index, indexing.finish_search()


def test_indexing_while_facts_arrive_gives_the_same_indexes_as_a_build() -> None:
    loaded = load([str(SEEDS), str(shared("corpus/bbc/politics"))], Options(use_cache=False))
    complete = loaded.articles[:40]
    blobs = [loaded.facts.packed(position) for position in range(40)]
    articles: list = []
    facts = FactTable()
    indexing = Indexing(articles, facts, None)
    for number, article in enumerate(complete):
        # Articles are read ahead of their facts, which arrive in briefing order, three at a time.
        articles.append(article)
        indexing.idle()
        if number % 3 == 2:
            facts.add(number - 2, blobs[number - 2 : number + 1])
            indexing.idle()
    facts.add(len(facts), blobs[len(facts) :])
    fact_index, search_index = _finish(indexing)
    expected = FactTable(blobs)
    assert fact_index == FactIndex.build(complete, expected)
    assert _search_answers(search_index) == _search_answers(SearchIndex.build(complete, expected))
    assert any(_search_answers(search_index))


def test_indexing_loads_the_saved_indexes_when_the_briefing_was_indexed_before() -> None:
    loaded = load([str(SEEDS)], Options())
    first = Indexing(list(loaded.articles), loaded.facts, index_folder())
    _, built = _finish(first)
    assert list(index_folder().glob("*.index"))  # saved
    second = Indexing(list(loaded.articles), loaded.facts, index_folder())
    second.idle()  # some work done, then dropped for the saved copy
    _, restored = _finish(second)
    assert restored._corpus is not second.corpus
    assert _search_answers(restored) == _search_answers(built)


def test_facts_are_indexed_only_once_they_have_arrived() -> None:
    loaded = load([str(shared("corpus/bbc/politics"))], Options(use_cache=False))
    articles = loaded.articles[:5]
    facts = FactTable()
    indexing = Indexing(articles, facts, None)
    while indexing.idle():
        pass
    assert indexing.facts_done == 0  # every text indexed, still waiting for the first article's facts
    facts.add(0, [loaded.facts.packed(position) or b"" for position in range(5)])
    fact_index, _ = _finish(indexing)
    assert fact_index == FactIndex.build(articles, facts) and fact_index.summaries


def test_damaged_facts_count_as_none_for_the_indexes() -> None:
    from briefing.model import Entity, Facts, Mention
    from briefing.packed import check, pack

    loaded = load([str(shared("corpus/bbc/politics"))], Options(use_cache=False))
    articles = loaded.articles[:3]
    good = pack(Facts(entities=[Entity("Zed", "person", [Mention(0, 3, "Zed")])]))
    fields_at = good.index(b"Zed") - 4 * 6  # an entity and a mention, three fields each, before the text
    broken = good[:fields_at] + (999).to_bytes(4, "little") + good[fields_at + 4 :]
    blobs = [loaded.facts.packed(position) or b"" for position in range(3)]
    blobs[1] = check(broken)  # passes the cache's header check, fails when read
    fact_index, search_index = _finish(Indexing(articles, FactTable(blobs), None))
    assert "Zed" not in fact_index.summaries
    assert all(position != 1 for flat in fact_index.entities.values() for position in flat[::3])
    assert search_index.search("zed") == [] or all(hit.kind != "entity" for hit in search_index.search("zed"))
