"""`facts --json` / `--jsonl` writing: the same bytes as the schema's dicts, in order, whoever encodes them."""

from __future__ import annotations

import io
import json

import orjson
import pytest

from briefing.json_output import Encoding, JsonDocument, JsonLines, article_json
from briefing.loaded import Briefing
from briefing.model import Article, Problem, Span
from briefing.serialize import article_to_dict
from briefing.session import Options
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
