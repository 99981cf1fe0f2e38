"""The one funnel every loader uses to turn parsed pieces into a model.Article."""

from __future__ import annotations

import os
from collections.abc import Iterable

from briefing.model import Article, Span, article_id
from briefing.sanitize import clean, one_line

PARAGRAPH_SEPARATOR = "\n\n"


def join_paragraphs(paragraphs: Iterable[str]) -> tuple[str, list[Span]]:
    """Join cleaned paragraphs into a body and return it with each paragraph's range."""
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraphs:
        text = clean(paragraph).strip()
        if not text:
            continue
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(text)
        spans.append(Span(offset, offset + len(text)))
        offset += len(text)
    return "".join(parts), spans


def make_article(
    source: str,
    paragraphs: Iterable[str],
    *,
    title: str = "",
    index: int = 0,
    dek: str = "",
    byline: str = "",
    published: str = "",
    url: str = "",
    identity: str | None = None,
) -> Article:
    """Build a display-safe Article. ``identity`` overrides ``source`` as the id's basis."""
    body, spans = join_paragraphs(paragraphs)
    identity = identity or _identity(source)
    safe_title = one_line(title, limit=500) if title.strip() else _fallback_title(body, source)
    return Article(
        id=article_id(identity, index),
        path=one_line(source, limit=4096),
        title=safe_title,
        body=body,
        paragraphs=spans,
        dek=one_line(dek, limit=2000),
        byline=one_line(byline),
        published=one_line(published),
        url=one_line(url, limit=4096),
    )


def _identity(source: str) -> str:
    """Where an article lives, independent of the working folder (URLs and '-' as given)."""
    if source == "-" or "://" in source:
        return source
    try:
        return os.path.realpath(source)
    except ValueError:  # a NUL in a name that did not come from the file system: it cannot be a path
        return source


def _fallback_title(body: str, source: str) -> str:
    first_line = body.split("\n", 1)[0] if body else ""
    return one_line(first_line, limit=120) or one_line(source.rsplit("/", 1)[-1]) or "(untitled)"
