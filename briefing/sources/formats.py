"""The file kinds briefing reads: bytes of a known kind (by suffix) to articles or problems.

A kind registers its suffixes in ``LOADERS``. Kept apart from the walk and the URL fetcher
(``briefing.sources``, ``web``), which both hand their bytes here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources import feeds, html, markdown, records, text
from briefing.sources.decode import BinaryFile, decode

Loaded = list[Article | Problem]


class BytesLoader(Protocol):
    """Bytes from ``source`` to articles; ``identity`` (the real path, when known) is the ids' basis."""

    def __call__(self, data: bytes, source: str, *, identity: str | None = None) -> Loaded: ...


def decoded(load_text: Callable[..., list[Article]]) -> BytesLoader:
    """Adapt a loader of decoded text to the bytes interface every loader shares."""

    def load(data: bytes, source: str, *, identity: str | None = None) -> Loaded:
        try:
            content, _encoding = decode(data)
        except BinaryFile as error:
            return [Problem(one_line(source), str(error))]
        return list(load_text(content, source, identity=identity))

    return load


LOADERS: dict[str, BytesLoader] = {}


def register(suffixes: Iterable[str], loader: BytesLoader) -> None:
    for suffix in suffixes:
        LOADERS[suffix.lower()] = loader


register(text.SUFFIXES, decoded(text.load))
register(markdown.SUFFIXES, decoded(markdown.load))
register(html.SUFFIXES, html.load)
register(feeds.SUFFIXES, feeds.load)
register(records.JSON_SUFFIXES, records.load_json)
register(records.LINES_SUFFIXES, records.load_lines)

_FALLBACK = LOADERS[".txt"]


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def knows(name: str) -> bool:
    return _suffix(name) in LOADERS


def loader_for(name: str) -> BytesLoader:
    """The loader for a file name; an explicitly named file of unknown kind is read as plain text."""
    return LOADERS.get(_suffix(name), _FALLBACK)


def load_bytes(data: bytes, source: str, name: str | None = None, identity: str | None = None) -> Loaded:
    return guarded(source, lambda: loader_for(name or source)(data, source, identity=identity))


def guarded(source: str, read: Callable[[], Loaded | Article | Problem]) -> Loaded:
    """What ``read`` loads from ``source``; a loader bug or a library choking on hostile bytes becomes
    one problem naming the source, and must not stop the rest."""
    try:
        loaded = read()
    except RecursionError:
        return [Problem(one_line(source), "too deeply nested to read")]
    except Exception as error:
        return [Problem(one_line(source), f"could not be read ({type(error).__name__}: {one_line(str(error), 120)})")]
    return loaded if isinstance(loaded, list) else [loaded]
