"""Property tests: any text in, well-formed results out, for the loader, the extractor and the search.

"Well-formed" means: no exception, every string display-safe, every range inside the body
and in order. Hypothesis draws text heavy in the characters that have broken terminal
programs (controls, C1, bidi, surrogates, CR) and in Markdown/Rich markup punctuation.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.facts import FactTable
from briefing.model import Article, Problem
from briefing.sanitize import clean, display_safe, normalize_newlines, one_line
from briefing.sources import load_bytes, markdown, text
from briefing.sources.build import make_article
from briefing.sources.decode import BinaryFile, decode
from tests.hostile.corpus import forbidden_in
from tests.hostile.helpers import (
    assert_display_safe,
    assert_facts_well_formed,
    assert_problem_safe,
    assert_ranges_valid,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE_CHARS = (
    [chr(code) for code in range(0x20)]
    + ["\x7f", "\x85", "\x9b", "\x9d", "\x9c", "\u061c", "\u200e", "\u2028", "\u2029", "\ufeff", "\ufffd"]
    + [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    + ["\ud800", "\udfff", "\u0301", "\U0001f600", "表", "é"]
    + list("[]@=/#*_`>-+.!?\"'“”‘’()<>&;:| \n\n\r\t")
    + ["[@click=app.quit]", "[/]", "[link=x]", "# ", "> ", "- ", "1. ", "```", "---\n", "\r\n", "\n\n"]
)
# Words that the extractor and search treat as names, quotes, figures and dates.
NEWS_WORDS = ["Maria Chen", "said", "Port Ellis", "$4.2 million", "Tuesday", "March 3, 2024", "Mr.", "U.S.", "42%"]

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_CHARS), st.sampled_from(NEWS_WORDS), st.text(max_size=8)),
    max_size=60,
).map("".join)
any_text = st.one_of(hostile_text, st.text(st.characters(codec=None, categories=None), max_size=200))
# Queries built from the query syntax (words, "phrases", speaker: filters) and words the bodies hold.
QUERY_PIECES = [
    *NEWS_WORDS,
    '"',
    '"said"',
    '"Port Ellis"',
    "speaker:",
    'who:"Maria',
    "speaker:Chen",
    "*",
    "Chen",
    "cost",
]
queries = st.one_of(any_text, st.lists(st.sampled_from(QUERY_PIECES), min_size=1, max_size=5).map(" ".join))


def _check(items: list[Article | Problem]) -> None:
    for item in items:
        if isinstance(item, Article):
            assert_display_safe(item)
            assert_ranges_valid(item)
            for span in item.paragraphs:
                chunk = item.body[span.start : span.end]
                assert chunk == chunk.strip() and chunk, "a paragraph range has edges of whitespace or is empty"
        else:
            assert_problem_safe(item)


# --- the sanitiser -------------------------------------------------------------------------


@SETTINGS
@given(any_text)
def test_display_safe_keeps_length_and_removes_every_unsafe_character(value: str) -> None:
    safe = display_safe(value)
    assert len(safe) == len(value)
    assert not forbidden_in(safe)
    assert display_safe(safe) == safe
    for original, shown in zip(value, safe, strict=True):
        if original == shown:
            continue
        assert forbidden_in(original), f"{original!r} was replaced though it is harmless"


@SETTINGS
@given(any_text, st.integers(min_value=2, max_value=300))
def test_clean_and_one_line(value: str, limit: int) -> None:
    cleaned = clean(value)
    assert "\r" not in cleaned and not forbidden_in(cleaned)
    assert len(cleaned) == len(normalize_newlines(value))
    line = one_line(value, limit)
    assert "\n" not in line and "\t" not in line and len(line) <= limit and not forbidden_in(line)


# --- the loader ----------------------------------------------------------------------------


@SETTINGS
@given(any_text)
def test_text_loader_any_text(value: str) -> None:
    _check(text.load(value, "/hostile/any.txt"))


@SETTINGS
@given(any_text)
def test_markdown_loader_any_text(value: str) -> None:
    _check(markdown.load(value, "/hostile/any.md"))


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.html", "a.rss", "a.xml", "a.json", "a"]))
def test_any_bytes_through_every_loader(data: bytes, name: str) -> None:
    items = load_bytes(data, f"/hostile/{name}")
    assert isinstance(items, list)
    _check(items)


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        decoded, encoding = decode(data)
    except BinaryFile:
        return
    assert isinstance(decoded, str) and encoding


@SETTINGS
@given(any_text, st.text(max_size=30))
def test_make_article_any_pieces(value: str, name: str) -> None:
    article = make_article(f"/hostile/{name}", value.split("\n\n"), title=value[:40], byline=value[-20:])
    _check([article])


# --- the extractor -------------------------------------------------------------------------


def _extract():
    from briefing.extract import extract_facts

    return extract_facts


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=4))
def test_extractor_any_text(paragraphs: list[str]) -> None:
    extract_facts = _extract()
    article = make_article("/hostile/x.txt", paragraphs)
    assert_facts_well_formed(extract_facts(article.body), article.body)


# --- the search ----------------------------------------------------------------------------


def _search_index():
    from briefing.search import SearchIndex

    return SearchIndex


@SETTINGS
@given(st.lists(st.lists(any_text, min_size=1, max_size=3), min_size=1, max_size=4), queries)
def test_search_any_text_any_query(bodies: list[list[str]], query: str) -> None:
    search_index = _search_index()
    articles = [
        make_article(f"/hostile/{n}.txt", paragraphs, title=paragraphs[0][:30]) for n, paragraphs in enumerate(bodies)
    ]
    by_id = {article.id: article for article in articles}
    index = search_index.build(articles, FactTable())
    for hit in index.search(query, limit=20):
        body = by_id[hit.article_id].body
        mark = hit.mark
        assert 0 <= mark.start <= mark.end <= len(body), (hit.kind, mark, len(body))
        starts = [word.start for word in hit.words]
        assert starts == sorted(starts)
        for word in hit.words:
            assert mark.start <= word.start < word.end <= mark.end
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
        assert not forbidden_in(hit.snippet + hit.title + (hit.speaker or ""))
