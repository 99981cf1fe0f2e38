"""The loading session: cache reuse and invalidation, the worker pool, cancellation, facts handed on
in order as soon as they are in, pacing, and warnings as events."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from briefing import extraction
from briefing.events import ArticlesRead, Cancelled, Event, FactsReady, Finished, Progress, SearchIndexReady, Warned
from briefing.extraction import EXTRACT_CHUNK, FIRST_CHUNK, POOL_THRESHOLD
from briefing.model import Article
from briefing.session import Options, Pacing, Session
from tests.conftest import shared
from tests.helpers import load


@pytest.fixture
def counted_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the bodies extracted in this process (small briefings never start a pool)."""
    bodies: list[str] = []
    real = extraction.extract_facts

    def counting(body: str):
        bodies.append(body)
        return real(body)

    monkeypatch.setattr(extraction, "extract_facts", counting)
    return bodies


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"Headline {name}\n\n{body}", encoding="utf-8")


def _all_facts(briefing) -> list:
    return [briefing.facts.unpack(position) for position in range(len(briefing.articles))]


def test_unchanged_files_are_never_extracted_twice_and_changed_ones_always_are(
    tmp_path: Path, counted_extraction: list[str]
) -> None:
    _write(tmp_path, "a.txt", '"We will act," said Jane Roe, the mayor of Springfield.')
    _write(tmp_path, "b.txt", "Fumio Kishida met Joe Biden in Tokyo on Monday.")
    first = load([str(tmp_path)], Options())
    assert len(counted_extraction) == 2
    second = load([str(tmp_path)], Options())
    assert len(counted_extraction) == 2, "the cache must answer for unchanged files"
    assert _all_facts(second) == _all_facts(first)
    _write(tmp_path, "b.txt", "Fumio Kishida met Yoon Suk Yeol in Seoul on Tuesday.")
    third = load([str(tmp_path)], Options())
    assert counted_extraction[2:] == [third.articles[1].body]
    names = {entity.name for entity in third.facts.unpack(1).entities}
    assert "Seoul" in names and "Tokyo" not in names


def test_no_cache_extracts_every_time(tmp_path: Path, counted_extraction: list[str]) -> None:
    _write(tmp_path, "a.txt", "Text about Paris.")
    load([str(tmp_path)], Options(use_cache=False))
    load([str(tmp_path)], Options(use_cache=False))
    assert len(counted_extraction) == 2


def test_worker_pool_gives_the_same_facts_as_one_process(tmp_path: Path) -> None:
    for number in range(POOL_THRESHOLD + 5):
        _write(tmp_path, f"{number:03}.txt", f'"Number {number} is fine," said Ana Ruiz, a spokeswoman in Madrid.')
    session = Session([str(tmp_path)], Options(use_cache=False, workers=2), indexes=False)
    progress = [event for event in session.events() if isinstance(event, Progress)]
    pooled, single = session.briefing, load([str(tmp_path)], Options(use_cache=False, workers=1))
    assert _all_facts(pooled) == _all_facts(single)
    assert all(facts and facts.quotes for facts in _all_facts(pooled))
    extract_steps = [step for step in progress if step.stage == "extract"]
    assert extract_steps[-1].done == extract_steps[-1].total == POOL_THRESHOLD + 5


def test_cancelling_stops_the_load(tmp_path: Path) -> None:
    for number in range(POOL_THRESHOLD * 2):
        _write(tmp_path, f"{number:03}.txt", "Some text about Berlin and Angela Merkel.")
    reads: list[Progress] = []

    def cancel_after_ten() -> bool:
        return len(reads) >= 10

    session = Session([str(tmp_path)], Options(use_cache=False, workers=2), cancelled=cancel_after_ten)
    with pytest.raises(Cancelled):
        for event in session.events():
            if isinstance(event, Progress) and event.stage == "read":
                reads.append(event)
    assert len(reads) == 10


# --- facts handed on in briefing order (what `facts --jsonl` writes as it goes) -------------------


def _handing_on(folder: Path, options: Options) -> tuple[list[list[Article]], list[int], list[Article]]:
    """(the articles of each FactsReady, how many files had been read by then, the briefing's articles)."""
    batches: list[list[Article]] = []
    read_when_handed: list[int] = []
    read = 0
    session = Session([str(folder)], options, indexes=False)
    for event in session.events():
        if isinstance(event, Progress) and event.stage == "read":
            read = event.done
        elif isinstance(event, FactsReady):
            assert len(session.briefing.facts) >= event.end, "handed on before its facts were in"
            batches.append(session.briefing.articles[event.start : event.end])
            read_when_handed.append(read)
    return batches, read_when_handed, session.briefing.articles


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_every_article_is_handed_on_once_in_order_with_its_facts(cache: str) -> None:
    politics = shared("corpus/bbc/politics")  # 417 articles: several chunks, extracted by worker processes
    if cache == "warm":
        load([str(politics)], Options())
    batches, _, articles = _handing_on(politics, Options(workers=2))
    handed = [article for batch in batches for article in batch]
    assert len(articles) == 417
    assert [article.id for article in handed] == [article.id for article in articles]
    assert all(handed_one is article for handed_one, article in zip(handed, articles, strict=True))


def test_facts_ready_says_how_many_were_extracted_rather_than_taken_from_the_cache(tmp_path: Path) -> None:
    for number in range(EXTRACT_CHUNK * 2):
        _write(tmp_path, f"{number:03}.txt", f"Minister Ana Ruiz spoke in Madrid on day {number}.")
    _write(tmp_path, "999.txt", "A new article: Fumio Kishida met Joe Biden in Tokyo.")

    def extracted() -> list[int]:
        session = Session([str(tmp_path)], Options(workers=2), indexes=False)
        return [event.extracted for event in session.events() if isinstance(event, FactsReady)]

    assert sum(extracted()) == EXTRACT_CHUNK * 2 + 1
    assert sum(extracted()) == 0
    (tmp_path / "999.txt").write_text("Edited: Fumio Kishida met Joe Biden in Osaka.", encoding="utf-8")
    assert sum(extracted()) == 1


def test_with_a_warm_cache_the_first_articles_go_out_while_files_are_still_being_read() -> None:
    politics = shared("corpus/bbc/politics")
    load([str(politics)], Options())
    batches, read_when_handed, articles = _handing_on(politics, Options())
    assert len(batches) > 1
    assert len(batches[0]) == EXTRACT_CHUNK
    assert read_when_handed[0] < len(articles)


def test_with_an_empty_cache_the_first_few_go_out_without_waiting_for_the_workers() -> None:
    """They are extracted in this process, while the worker processes are still starting."""
    politics = shared("corpus/bbc/politics")
    batches, read_when_handed, articles = _handing_on(politics, Options(use_cache=False, workers=2))
    assert len(batches[0]) == FIRST_CHUNK
    assert read_when_handed[0] < len(articles)


def test_closing_the_events_while_handing_on_stops_the_load() -> None:
    """What a closed pipe does to `facts --jsonl`: the error ends loading (and its workers) at once."""

    class Stop(Exception):
        pass

    session = Session([str(shared("corpus/bbc/politics"))], Options(use_cache=False, workers=2), indexes=False)
    seen: list[FactsReady] = []
    with pytest.raises(Stop), closing(session.events()) as events:
        for event in events:
            if isinstance(event, FactsReady):
                seen.append(event)
                raise Stop
    assert len(seen) == 1
    assert len(session.briefing.articles) < 417, "the rest was never read"


# --- pacing and warnings ----------------------------------------------------------------------


def test_paced_events_are_fewer_and_say_the_same(tmp_path: Path) -> None:
    for number in range(EXTRACT_CHUNK * 3):
        _write(tmp_path, f"{number:03}.txt", f"Minister Ana Ruiz spoke in Madrid on day {number}.")
    at_once = Session([str(tmp_path)], Options(use_cache=False, workers=1))
    every = list(at_once.events())
    paced = Session([str(tmp_path)], Options(use_cache=False, workers=1), pacing=Pacing(60.0, 60.0, 60.0))
    merged = list(paced.events())
    assert len(merged) < len(every)
    for events in (every, merged):
        assert _positions_in_order(events, ArticlesRead) and _positions_in_order(events, FactsReady)
        assert isinstance(events[-1], Finished)
    assert paced.briefing.articles == at_once.briefing.articles
    assert _all_facts(paced.briefing) == _all_facts(at_once.briefing)
    assert [type(event) for event in merged].count(SearchIndexReady) == 1


def _positions_in_order(events: list[Event], kind: type) -> bool:
    """Events of ``kind`` cover positions 0, 1, 2, … once each, in order."""
    expected = 0
    for event in events:
        if isinstance(event, kind):
            if event.start != expected:
                return False
            expected = event.end if isinstance(event, FactsReady) else event.start + len(event.articles)
    return expected > 0


def test_an_unusable_cache_is_a_warning_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    _write(tmp_path, "a.txt", "Fumio Kishida met Joe Biden in Tokyo on Monday.")
    session = Session([str(tmp_path / "a.txt")], Options())
    warnings = [event.message for event in session.events() if isinstance(event, Warned)]
    assert any("facts cache" in message for message in warnings)
    assert session.briefing.warnings == warnings
    assert session.briefing.search_index is not None  # loading went on without the cache
