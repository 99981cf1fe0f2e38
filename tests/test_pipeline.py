"""The load -> extract pipeline: cache reuse and invalidation, the worker pool, cancellation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.pipeline import POOL_THRESHOLD, Cancelled, Options, Progress, load


@pytest.fixture
def counted_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the bodies extracted in this process (small briefings never start a pool)."""
    bodies: list[str] = []
    real = pipeline.extract_facts

    def counting(body: str):
        bodies.append(body)
        return real(body)

    monkeypatch.setattr(pipeline, "extract_facts", counting)
    return bodies


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"Headline {name}\n\n{body}", encoding="utf-8")


def test_unchanged_files_are_never_extracted_twice_and_changed_ones_always_are(
    tmp_path: Path, counted_extraction: list[str]
) -> None:
    _write(tmp_path, "a.txt", '"We will act," said Jane Roe, the mayor of Springfield.')
    _write(tmp_path, "b.txt", "Fumio Kishida met Joe Biden in Tokyo on Monday.")
    first = load([str(tmp_path)], Options())
    assert len(counted_extraction) == 2
    second = load([str(tmp_path)], Options())
    assert len(counted_extraction) == 2, "the cache must answer for unchanged files"
    assert [a.facts for a in second.articles] == [a.facts for a in first.articles]
    _write(tmp_path, "b.txt", "Fumio Kishida met Yoon Suk Yeol in Seoul on Tuesday.")
    third = load([str(tmp_path)], Options())
    assert counted_extraction[2:] == [third.articles[1].body]
    names = {entity.name for entity in third.articles[1].facts.entities}
    assert "Seoul" in names and "Tokyo" not in names


def test_no_cache_extracts_every_time(tmp_path: Path, counted_extraction: list[str]) -> None:
    _write(tmp_path, "a.txt", "Text about Paris.")
    load([str(tmp_path)], Options(use_cache=False))
    load([str(tmp_path)], Options(use_cache=False))
    assert len(counted_extraction) == 2


def test_worker_pool_gives_the_same_facts_as_one_process(tmp_path: Path) -> None:
    for index in range(POOL_THRESHOLD + 5):
        _write(tmp_path, f"{index:03}.txt", f'"Number {index} is fine," said Ana Ruiz, a spokeswoman in Madrid.')
    progress: list[Progress] = []
    pooled = load([str(tmp_path)], Options(use_cache=False, workers=2), on_progress=progress.append)
    single = load([str(tmp_path)], Options(use_cache=False, workers=1))
    assert [a.facts for a in pooled.articles] == [a.facts for a in single.articles]
    assert all(article.facts and article.facts.quotes for article in pooled.articles)
    extract_steps = [step for step in progress if step.stage == "extract"]
    assert extract_steps[-1].done == extract_steps[-1].total == POOL_THRESHOLD + 5


def test_cancelling_stops_the_load(tmp_path: Path) -> None:
    for index in range(POOL_THRESHOLD * 2):
        _write(tmp_path, f"{index:03}.txt", "Some text about Berlin and Angela Merkel.")
    reads: list[Progress] = []

    def cancel_after_ten() -> bool:
        return len(reads) >= 10

    with pytest.raises(Cancelled):
        load([str(tmp_path)], Options(use_cache=False, workers=2), on_progress=reads.append, cancelled=cancel_after_ten)
    assert len([step for step in reads if step.stage == "read"]) == 10


def _search_answers(index) -> list:
    queries = ["kishida summit", "north korea", "speaker:easley", "who:dprk", "blair", "election"]
    return [[hit.to_dict() for hit in index.search(query, limit=10)] for query in queries]


def test_indexing_while_facts_arrive_gives_the_same_indexes_as_a_build() -> None:
    from briefing.fact_index import FactIndex
    from briefing.search import SearchIndex
    from tests.conftest import SEEDS, shared

    complete = load([str(SEEDS), str(shared("corpus/bbc/politics"))], Options(use_cache=False)).articles[:40]
    articles: list = []
    indexing = pipeline.Indexing(articles, None)
    for number, article in enumerate(complete):
        # Articles are read ahead of their facts, which arrive in briefing order, three at a time.
        articles.append(replace(article, facts_blob=None))
        indexing.idle()
        if number % 3 == 2:
            for arrived in range(number - 2, number + 1):
                articles[arrived].facts_blob = complete[arrived].facts_blob
            indexing.idle()
    for arrived in range(len(articles) // 3 * 3, len(articles)):
        articles[arrived].facts_blob = complete[arrived].facts_blob
    facts_seen = []
    index = indexing.finish(on_facts=facts_seen.append)
    assert facts_seen == [FactIndex.build(complete)]
    assert _search_answers(index) == _search_answers(SearchIndex.build(complete))
    assert any(_search_answers(index))


def test_indexing_loads_the_saved_indexes_when_the_briefing_was_indexed_before(tmp_path: Path) -> None:
    from tests.conftest import SEEDS

    articles = load([str(SEEDS)], Options()).articles
    first = pipeline.Indexing(list(articles), pipeline.index_folder(Options()))
    built = first.finish()
    assert list(pipeline.index_folder(Options()).glob("*.index"))  # saved
    second = pipeline.Indexing(list(articles), pipeline.index_folder(Options()))
    second.idle()  # some work done, then dropped for the saved copy
    loaded = second.finish()
    assert loaded._corpus is not second.corpus
    assert _search_answers(loaded) == _search_answers(built)


def test_an_article_without_facts_does_not_hold_up_the_rest() -> None:
    from briefing.fact_index import FactIndex
    from tests.conftest import shared

    articles = load([str(shared("corpus/bbc/politics"))], Options(use_cache=False)).articles[:5]
    articles = [replace(articles[0], facts_blob=None), *articles[1:]]
    indexing = pipeline.Indexing(articles, None)
    while indexing.idle():
        pass
    assert indexing.facts_done == 0  # still waiting for the first article's facts
    facts_seen: list[FactIndex] = []
    indexing.finish(on_facts=facts_seen.append)
    assert facts_seen == [FactIndex.build(articles)] and facts_seen[0].summaries


def test_damaged_facts_count_as_none_for_the_indexes() -> None:
    from briefing.model import Entity, Facts, Mention
    from briefing.packed import check, pack
    from tests.conftest import shared

    articles = load([str(shared("corpus/bbc/politics"))], Options(use_cache=False)).articles[:3]
    good = pack(Facts(entities=[Entity("Zed", "person", [Mention(0, 3, "Zed")])]))
    fields_at = good.index(b"Zed") - 4 * 6  # an entity and a mention, three fields each, before the text
    broken = good[:fields_at] + (999).to_bytes(4, "little") + good[fields_at + 4 :]
    articles[1].facts_blob = check(broken)  # passes the cache's header check, fails when read
    facts_seen: list = []
    index = pipeline.Indexing(articles, None).finish(on_facts=facts_seen.append)
    assert "Zed" not in facts_seen[0].summaries
    assert all(position != 1 for flat in facts_seen[0].entities.values() for position in flat[::3])
    assert index.search("zed") == [] or all(hit.kind != "entity" for hit in index.search("zed"))
