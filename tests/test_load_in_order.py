"""``load(on_ready=...)``: articles handed on in briefing order, each once, as soon as their facts are in."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Article
from briefing.pipeline import EXTRACT_CHUNK, FIRST_CHUNK, Options, Progress, load
from tests.conftest import BBC

pytestmark = pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpus/bbc (the shared test data) is absent")
POLITICS = BBC / "politics"  # 417 articles: several chunks, extracted by worker processes


def _load_handing_on(folder: Path, options: Options) -> tuple[list[list[Article]], list[int], list[Article]]:
    """(the batches handed on, how many files had been read at each hand-over, the briefing's articles)."""
    batches: list[list[Article]] = []
    read_when_handed: list[int] = []
    read = [0]

    def progress(update: Progress) -> None:
        if update.stage == "read":
            read[0] = update.done

    def ready(articles: list[Article]) -> None:
        assert all(article.facts_blob is not None for article in articles), "handed on before its facts were in"
        batches.append(list(articles))
        read_when_handed.append(read[0])

    briefing = load([str(folder)], options, on_progress=progress, on_ready=ready)
    return batches, read_when_handed, briefing.articles


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_every_article_is_handed_on_once_in_order_with_its_facts(cache: str) -> None:
    if cache == "warm":
        load([str(POLITICS)], Options())
    batches, _, articles = _load_handing_on(POLITICS, Options(workers=2))
    handed = [article for batch in batches for article in batch]
    assert len(articles) == 417
    assert [article.id for article in handed] == [article.id for article in articles]
    assert all(handed_one is article for handed_one, article in zip(handed, articles, strict=True))


def test_with_a_warm_cache_the_first_articles_go_out_while_files_are_still_being_read() -> None:
    load([str(POLITICS)], Options())
    batches, read_when_handed, articles = _load_handing_on(POLITICS, Options())
    assert len(batches) > 1
    assert len(batches[0]) == EXTRACT_CHUNK
    assert read_when_handed[0] < len(articles)


def test_with_an_empty_cache_the_first_few_go_out_without_waiting_for_the_workers() -> None:
    """They are extracted in this process, while the worker processes are still starting."""
    batches, read_when_handed, articles = _load_handing_on(POLITICS, Options(use_cache=False, workers=2))
    assert len(batches[0]) == FIRST_CHUNK
    assert read_when_handed[0] < len(articles)


def test_without_facts_everything_is_handed_on_at_the_end(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Story {name}\n\nBody {name}.", encoding="utf-8")
    handed: list[list[Article]] = []
    briefing = load([str(tmp_path)], Options(use_cache=False), facts=False, on_ready=handed.append)
    assert handed == [briefing.articles]


def test_an_error_while_handing_on_stops_the_load() -> None:
    """What a closed pipe does to `facts --jsonl`: the error ends loading (and its workers) at once."""

    class Stop(Exception):
        pass

    calls: list[int] = []

    def ready(articles: list[Article]) -> None:
        calls.append(len(articles))
        raise Stop

    with pytest.raises(Stop):
        load([str(POLITICS)], Options(use_cache=False, workers=2), on_ready=ready)
    assert len(calls) == 1
