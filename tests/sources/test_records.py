"""JSON and JSON Lines records: each record with text is an article; the rest are problems naming them."""

from __future__ import annotations

import json

import pytest

from briefing.model import Article, Problem
from briefing.sources import load_bytes, records


def _dump(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")


def _split(loaded: list[Article | Problem]) -> tuple[list[Article], list[Problem]]:
    return [i for i in loaded if isinstance(i, Article)], [i for i in loaded if isinstance(i, Problem)]


def test_list_of_records() -> None:
    data = _dump(
        [
            {
                "title": "Port strike ends",
                "body": "Dockers returned to work.\n\nShips queued outside.",
                "url": "https://example.com/port",
                "author": "Kim Lee",
                "published": "2024-02-01",
            },
            {"title": "Second", "text": "Text key works too."},
            {"title": "Third", "content": ["First paragraph.", "Second paragraph."]},
        ]
    )
    articles, problems = _split(load_bytes(data, "news.json"))
    assert problems == []
    assert [a.title for a in articles] == ["Port strike ends", "Second", "Third"]
    port = articles[0]
    assert port.body == "Dockers returned to work.\n\nShips queued outside."
    assert [port.body[s.start : s.end] for s in port.paragraphs] == [
        "Dockers returned to work.",
        "Ships queued outside.",
    ]
    assert (port.url, port.byline, port.published) == ("https://example.com/port", "Kim Lee", "2024-02-01")
    assert articles[2].body == "First paragraph.\n\nSecond paragraph."


def test_records_without_text_are_problems_and_the_rest_load() -> None:
    data = _dump(
        [
            {"title": "Good", "body": "Yes."},
            {"title": "Empty", "body": "  "},
            "a string",
            {"title": "Ok", "text": "Fine."},
        ]
    )
    articles, problems = _split(records.load_json(data, "mixed.json"))
    assert [a.title for a in articles] == ["Good", "Ok"]
    assert problems == [
        Problem("mixed.json", "record 2: no text (needs a non-empty body, text or content)"),
        Problem("mixed.json", "record 3: not an object (found a string)"),
    ]


def test_articles_object_as_written_by_facts_json() -> None:
    document = {
        "articles": [
            {
                "id": "abc",
                "path": "seeds/a.txt",
                "url": "",
                "title": "From facts",
                "dek": "The standfirst.",
                "byline": "Ann Other",
                "published": "5 March 2024",
                "words": 3,
                "paragraphs": [[0, 9], [11, 20]],
                "body": "Para one.\n\nPara two.",
                "entities": [],
                "quotes": [],
                "figures": [],
                "dates": [],
            }
        ],
        "problems": [{"path": "x", "reason": "y"}],
    }
    (article,) = records.load_json(_dump(document), "facts.json")
    assert isinstance(article, Article)
    assert (article.title, article.dek, article.byline, article.published) == (
        "From facts",
        "The standfirst.",
        "Ann Other",
        "5 March 2024",
    )
    assert article.body == "Para one.\n\nPara two." and len(article.paragraphs) == 2


def test_single_record_object() -> None:
    (article,) = records.load_json(_dump({"headline": "Alone", "body": "Just me."}), "one.json")
    assert isinstance(article, Article) and article.title == "Alone"


def test_json_lines_with_bad_lines() -> None:
    data = b'{"title": "One", "body": "First."}\n\n{broken\n[1, 2]\n{"title": "Four", "text": "Fourth."}\n'
    articles, problems = _split(load_bytes(data, "feed.jsonl"))
    assert [a.title for a in articles] == ["One", "Four"]
    assert [p.reason.split(" (")[0] for p in problems] == ["line 3: not valid JSON", "line 4: not an object"]
    assert all(p.path == "feed.jsonl" for p in problems)
    # ndjson is the same format.
    assert [a.title for a in _split(load_bytes(data, "feed.ndjson"))[0]] == ["One", "Four"]


def test_ids_follow_position_so_fixing_a_bad_line_keeps_the_others() -> None:
    broken = b'{"title": "A", "body": "a"}\n{oops\n{"title": "C", "body": "c"}\n'
    fixed = b'{"title": "A", "body": "a"}\n{"title": "B", "body": "b"}\n{"title": "C", "body": "c"}\n'
    before = {a.title: a.id for a in _split(records.load_lines(broken, "x.jsonl"))[0]}
    after = {a.title: a.id for a in _split(records.load_lines(fixed, "x.jsonl"))[0]}
    assert before["A"] == after["A"] and before["C"] == after["C"] and len(set(after.values())) == 3


def test_json_lines_saved_as_json_still_load() -> None:
    data = b'{"title": "One", "body": "First."}\n{"title": "Two", "body": "Second."}\n'
    assert [a.title for a in _split(records.load_json(data, "lines.json"))[0]] == ["One", "Two"]


def test_only_web_links_are_kept() -> None:
    data = _dump(
        [{"title": "x", "body": "y", "url": "javascript:alert(1)"}, {"title": "z", "body": "w", "link": "http://a.b/"}]
    )
    articles, _ = _split(records.load_json(data, "links.json"))
    assert [a.url for a in articles] == ["", "http://a.b/"]


def test_html_content_is_reduced_to_text() -> None:
    data = _dump([{"title": "h", "content": "<p>One <b>bold</b>.</p><script>steal()</script><p>Two.</p>"}])
    (article,) = records.load_json(data, "html.json")
    assert isinstance(article, Article) and article.body == "One bold.\n\nTwo."


def test_aliases_and_odd_value_types() -> None:
    data = _dump([{"title": 42, "body": "b", "authors": ["A One", {"x": 1}, "B Two"], "date": 2024, "summary": None}])
    (article,) = records.load_json(data, "odd.json")
    assert isinstance(article, Article)
    assert (article.title, article.byline, article.published, article.dek) == ("42", "A One, B Two", "2024", "")


def test_hostile_text_is_made_display_safe() -> None:
    (article,) = records.load_json(_dump([{"title": "\x1b[2Jwipe", "body": "bidi \u202e evil\r\nline"}]), "h.json")
    assert isinstance(article, Article)
    assert "\x1b" not in article.title and "\u202e" not in article.body and "\r" not in article.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b'{"nothing": "here"}', "no articles here"),
        (b"[]", "no records in the file"),
        (b"1" * 5000, "not valid JSON"),  # longer than Python converts to an int
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ],
)
def test_bad_files_are_one_problem(data: bytes, reason: str) -> None:
    loaded = records.load_json(data, "bad.json")
    assert len(loaded) == 1 and isinstance(loaded[0], Problem)
    assert loaded[0].reason.startswith(reason)


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    loaded = load_bytes(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    assert len(loaded) == 1 and isinstance(loaded[0], Problem)
