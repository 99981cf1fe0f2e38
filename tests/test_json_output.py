"""`facts --json` / `--jsonl` writing: the same bytes as the schema's dicts, in order, whoever encodes them
(or saved them in the cache)."""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace

import orjson
import pytest

from briefing import json_output
from briefing.json_output import Encoding, JsonDocument, JsonLines, article_json
from briefing.loaded import Briefing
from briefing.model import Article, Problem, Span
from briefing.serialize import article_to_dict
from briefing.session import Options
from briefing.store import FactStore
from tests.conftest import SEEDS, shared
from tests.helpers import load


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load([str(SEEDS), str(shared("corpus/bbc/business"))], Options(use_cache=False))


def _blobs(briefing: Briefing) -> list[bytes]:
    return [briefing.facts.packed(position) or b"" for position in range(len(briefing.articles))]


def _schema(briefing: Briefing, position: int) -> dict:
    return article_to_dict(briefing.articles[position], briefing.facts.unpack(position))


def test_article_json_is_the_schema_dict_encoded(briefing: Briefing) -> None:
    assert len(briefing.articles) == 511
    for position, (article, blob) in enumerate(zip(briefing.articles, _blobs(briefing), strict=True)):
        assert article_json(article, blob) == orjson.dumps(_schema(briefing, position)), article.path


def test_an_article_without_facts_has_empty_fact_lists() -> None:
    article = Article(id="x", path="x.txt", title="X", body="Body.", paragraphs=(Span(0, 5),))
    record = json.loads(article_json(article, None))
    assert record == article_to_dict(article, None)
    assert (record["entities"], record["quotes"], record["figures"], record["dates"]) == ([], [], [], [])


def test_encoding_in_workers_keeps_the_order(briefing: Briefing) -> None:
    articles, blobs = briefing.articles, _blobs(briefing)
    emitted: list[bytes] = []
    encoding = Encoding(emitted.extend)
    encoding.HERE_FIRST = 100  # the rest of the 511 go to the workers, in batches that end in any order
    try:
        for start in range(0, len(articles), 40):
            encoding.add(articles[start : start + 40], blobs[start : start + 40])
        encoding.finish()
        assert encoding.pool is not None, "past the first articles, batches go to worker processes"
    finally:
        encoding.close()
    assert emitted == [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]


def test_articles_whose_facts_were_just_extracted_are_encoded_here(briefing: Briefing) -> None:
    """The extraction's workers have the cores then: no second pool of workers is started."""
    articles, blobs = briefing.articles, _blobs(briefing)
    emitted: list[bytes] = []
    encoding = Encoding(emitted.extend)
    encoding.HERE_FIRST = 100
    try:
        for start in range(0, len(articles), 40):
            encoding.add(articles[start : start + 40], blobs[start : start + 40], extracted=1)
        encoding.finish()
        assert encoding.pool is None
        assert encoding.encoded_here == len(articles)
    finally:
        encoding.close()
    assert emitted == [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]


def test_json_document_and_lines_hold_the_same_articles(briefing: Briefing) -> None:
    articles, blobs = briefing.articles, _blobs(briefing)
    problems = [Problem("bad.txt", "binary file")]
    document_out, lines_out = io.BytesIO(), io.BytesIO()
    for output in (JsonDocument(document_out), JsonLines(lines_out)):
        output.articles(articles[:3], blobs[:3])
        output.articles(articles[3:5], blobs[3:5])
        output.end(problems)
        output.close()
    document = json.loads(document_out.getvalue())
    assert document["problems"] == [{"path": "bad.txt", "reason": "binary file"}]
    assert document["articles"] == [_schema(briefing, position) for position in range(5)]
    lines = document_out.getvalue().splitlines()
    assert lines[0] == b'{"articles":['
    assert [json.loads(line.removesuffix(b",")) for line in lines[1:6]] == document["articles"]  # one a line
    assert lines[6:] == [b"],", b'"problems":[{"path":"bad.txt","reason":"binary file"}]}']
    assert [json.loads(line) for line in lines_out.getvalue().splitlines()] == document["articles"]


def test_an_empty_briefing_is_still_one_valid_document() -> None:
    out = io.BytesIO()
    output = JsonDocument(out)
    output.end([])
    output.close()
    assert json.loads(out.getvalue()) == {"articles": [], "problems": []}


# --- the articles' JSON, saved in the cache ---------------------------------------------------


@pytest.fixture
def store(tmp_path):
    warnings: list[str] = []
    with FactStore.open(tmp_path / "facts.sqlite3", warn=warnings.append) as opened:
        yield opened
    assert warnings == []


def _written(articles, blobs, store, warn=lambda message: None) -> tuple[list[bytes], int]:
    """What an ``Encoding`` over the cache emits, and how many articles it encoded itself."""
    emitted: list[bytes] = []
    encoding = Encoding(emitted.extend, store, warn)
    for start in range(0, len(articles), 40):
        encoding.add(articles[start : start + 40], blobs[start : start + 40])
    encoding.finish()
    encoding.close()
    return emitted, encoding.encoded_here


def test_saved_json_is_written_again_without_encoding(briefing: Briefing, store: FactStore) -> None:
    articles, blobs = briefing.articles[:200], _blobs(briefing)[:200]
    expected = [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]
    assert _written(articles, blobs, store) == (expected, 200)
    assert _written(articles, blobs, store) == (expected, 0)


def test_a_changed_article_or_new_facts_or_new_code_is_encoded_again(
    briefing: Briefing, store: FactStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles, blobs = list(briefing.articles[:50]), _blobs(briefing)[:50]
    _written(articles, blobs, store)
    articles[3] = replace(articles[3], title="A new title")
    articles[4] = replace(articles[4], paragraphs=articles[4].paragraphs[:-1])
    blobs[5] = blobs[6]
    emitted, encoded = _written(articles, blobs, store)
    assert encoded == 3
    assert emitted == [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]
    monkeypatch.setattr(json_output, "code_version", lambda: "the schema changed")
    assert _written(articles, blobs, store)[1] == 50


def test_damaged_saved_json_is_encoded_again_with_one_warning(briefing: Briefing, store: FactStore) -> None:
    articles, blobs = briefing.articles[:100], _blobs(briefing)[:100]
    expected, _ = _written(articles, blobs, store)
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE articles_json SET value = substr(value, 1, 10) WHERE rowid % 3 = 0")
        raw.execute("UPDATE articles_json SET check_ = 'x' WHERE rowid % 3 = 1")
    warnings: list[str] = []
    emitted, encoded = _written(articles, blobs, store, warnings.append)
    assert emitted == expected
    assert 0 < encoded < 100
    assert len(warnings) == 1 and "unreadable" in warnings[0]
    assert _written(articles, blobs, store) == (expected, 0)  # saved again, sound
