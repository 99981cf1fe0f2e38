"""JSON and JSON Lines: records with a title and a text become articles.

Accepted shapes: a list of records; an object with an ``articles`` list (what
``briefing facts --json`` writes); a single record; or JSON Lines, one record a line.
A record needs text in ``body``, ``text`` or ``content`` (a string, or a list of
paragraph strings); ``title``, ``url``, ``author`` and ``published`` are optional and
the usual aliases are read too. A record without text, or a line that is not JSON, is
a Problem naming the record (or line); the rest of the file still loads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources.build import make_article
from briefing.sources.decode import BinaryFile, decode
from briefing.sources.html import fragment_paragraphs
from briefing.sources.text import split_paragraphs

JSON_SUFFIXES = (".json",)
LINES_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = JSON_SUFFIXES + LINES_SUFFIXES

TEXT_KEYS = ("body", "text", "content")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
AUTHOR_KEYS = ("author", "byline", "authors")
DATE_KEYS = ("published", "date", "published_at", "pubDate")
DEK_KEYS = ("dek", "description", "summary", "subtitle")
LIST_KEYS = ("articles",)

# Scraped datasets often store the page's HTML as the content; plain text rarely starts with a block tag.
_HTML_START = re.compile(r"\s*<(?:p|div|article|section|h[1-6]|ul|ol|blockquote|figure|span|br)[\s>/]", re.IGNORECASE)

Loaded = list[Article | Problem]


def _string(value: Any) -> str:
    """A scalar as text, a list of scalars joined by commas (authors); anything else is ignored."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        return ", ".join(_string(item) for item in value if isinstance(item, (str, int, float)) and str(item).strip())
    if isinstance(value, dict):
        return _string(value.get("name", ""))  # {"name": "Ann Lee"}, as JSON-LD writes authors
    return ""


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        text = _string(record.get(key))
        if text.strip():
            return text
    return ""


def _text_paragraphs(record: dict[str, Any]) -> list[str] | None:
    """The record's paragraphs, or None when it has no text under any text key."""
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, list):
            parts = [item for item in value if isinstance(item, str) and item.strip()]
            if parts:
                return [paragraph for part in parts for paragraph in split_paragraphs(part)]
        elif isinstance(value, str) and value.strip():
            if _HTML_START.match(value):
                return fragment_paragraphs(value)
            return split_paragraphs(value)
    return None


def _is_web_link(link: str) -> bool:
    return link.strip().lower().startswith(("http://", "https://"))


def record_to_article(
    record: Any, source: str, position: int, label: str, identity: str | None = None
) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(one_line(source), f"{label}: not an object (found {_kind(record)})")
    paragraphs = _text_paragraphs(record)
    if not paragraphs:
        return Problem(one_line(source), f"{label}: no text (needs a non-empty body, text or content)")
    url = _first(record, URL_KEYS)
    return make_article(
        source,
        paragraphs,
        title=_first(record, TITLE_KEYS),
        position=position,
        dek=_first(record, DEK_KEYS),
        byline=_first(record, AUTHOR_KEYS),
        published=_first(record, DATE_KEYS),
        url=url if _is_web_link(url) else "",
        identity=identity,
    )


def _kind(value: Any) -> str:
    return {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(value), "a number")


def _problem(source: str, reason: str) -> Problem:
    return Problem(one_line(source), one_line(reason))


def _decode(data: bytes, source: str) -> str | Problem:
    try:
        content, _encoding = decode(data)
    except BinaryFile as error:
        return _problem(source, str(error))
    return content


def _records(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in LIST_KEYS:
            if isinstance(document.get(key), list):
                return document[key]
        if any(key in document for key in (*TEXT_KEYS, *TITLE_KEYS)):
            return [document]
    return None


def _json_records(content: str, source: str, identity: str | None) -> Iterator[Article | Problem]:
    try:
        document = json.loads(content)
    except ValueError as error:  # JSONDecodeError, and integers too long to convert
        lines = [line for line in content.splitlines() if line.strip()]
        if len(lines) > 1 and lines[0].lstrip().startswith("{"):
            yield from _line_records(content, source, identity)  # JSON Lines saved as .json: common in datasets
        else:
            yield _problem(source, f"not valid JSON ({error})")
        return
    records = _records(document)
    if records is None:
        yield _problem(source, 'no articles here (expected a list of records or an object with an "articles" list)')
        return
    if not records:
        yield _problem(source, "no records in the file")
        return
    for position, record in enumerate(records):
        yield record_to_article(record, source, position, f"record {position + 1}", identity)


def _line_records(content: str, source: str, identity: str | None) -> Iterator[Article | Problem]:
    found = False
    for position, line in enumerate(content.split("\n")):
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except ValueError as error:
            yield _problem(source, f"line {position + 1}: not valid JSON ({error})")
            continue
        # The line number (not the count of good records) is the position, so ids survive a bad line being fixed.
        yield record_to_article(record, source, position, f"line {position + 1}", identity)
    if not found:
        yield _problem(source, "no records in the file")


def load_json(data: bytes, source: str, *, identity: str | None = None) -> Loaded:
    content = _decode(data, source)
    return [content] if isinstance(content, Problem) else list(_json_records(content, source, identity))


def load_lines(data: bytes, source: str, *, identity: str | None = None) -> Loaded:
    content = _decode(data, source)
    return [content] if isinstance(content, Problem) else list(_line_records(content, source, identity))


def load(data: bytes, source: str, *, identity: str | None = None) -> Loaded:
    """Pick JSON or JSON Lines by the source's suffix (URLs and unknown names are read as JSON)."""
    if source.lower().endswith(LINES_SUFFIXES):
        return load_lines(data, source, identity=identity)
    return load_json(data, source, identity=identity)
