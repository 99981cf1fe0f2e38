"""The one funnel every loader uses to turn parsed pieces into a model.Article."""

from __future__ import annotations

import os
from collections.abc import Iterable

from briefing.model import Article, Span, article_id
from briefing.sanitize import clean, is_clean, one_line

PARAGRAPH_SEPARATOR = "\n\n"


def join_paragraphs(paragraphs: Iterable[str]) -> tuple[str, tuple[Span, ...]]:
    """Join cleaned paragraphs into a body and return it with each paragraph's range."""
    texts = list(paragraphs)
    stripped = list(filter(None, map(str.strip, texts)))
    body = PARAGRAPH_SEPARATOR.join(stripped)
    # clean() returns clean text unchanged, so one check over all the text can stand in for
    # cleaning each paragraph (an unsafe character is one code point, in one paragraph). When
    # stripping removed nothing, the body holds just those characters and clean separators.
    if is_clean(body if stripped == texts else "".join(texts)):
        return body, _spans(stripped)
    cleaned = list(filter(None, map(str.strip, map(clean, texts))))
    return PARAGRAPH_SEPARATOR.join(cleaned), _spans(cleaned)


def _spans(texts: list[str]) -> tuple[Span, ...]:
    """Each text's range in ``PARAGRAPH_SEPARATOR.join(texts)``."""
    spans = []
    start = 0
    for text in texts:
        end = start + len(text)
        spans.append(Span(start, end))
        start = end + len(PARAGRAPH_SEPARATOR)
    return tuple(spans)


def make_article(
    source: str,
    paragraphs: Iterable[str],
    *,
    title: str = "",
    position: int = 0,
    dek: str = "",
    byline: str = "",
    published: str = "",
    url: str = "",
    identity: str | None = None,
) -> Article:
    """Build a display-safe Article. ``identity`` overrides ``source`` as the id's basis."""
    body, spans = join_paragraphs(paragraphs)
    identity = identity or source_identity(source)
    safe_title = one_line(title, limit=500) if title.strip() else _fallback_title(body, source)
    return Article(
        id=article_id(identity, position),
        path=one_line(source, limit=4096),
        title=safe_title,
        body=body,
        paragraphs=spans,
        dek=one_line(dek, limit=2000),
        byline=one_line(byline),
        published=one_line(published),
        url=one_line(url, limit=4096),
    )


def source_identity(source: str) -> str:
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
