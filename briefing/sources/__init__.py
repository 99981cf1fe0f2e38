"""Input kinds: each module turns one kind of bytes into model.Article (or model.Problem).

``read_source`` is the door: give it a path (or ``-`` or a URL) and get articles or
problems back, never an exception. A format registers its suffixes in ``LOADERS``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources import feeds, html, markdown, records, text
from briefing.sources.decode import BinaryFile, decode
from briefing.sources.files import DEFAULT_MAX_BYTES, STDIN, Found, WalkStats, os_reason, read_bounded, walk

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
    try:
        return loader_for(name or source)(data, source, identity=identity)
    except RecursionError:
        return [Problem(one_line(source), "too deeply nested to read")]
    except Exception as error:  # a loader bug or a library choking on hostile bytes must not stop the rest
        return [Problem(one_line(source), f"could not be read ({type(error).__name__}: {one_line(str(error), 120)})")]


def read_source(found: Found, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read and parse one found input; every failure becomes a Problem."""
    path = found.path
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            return [Problem("-", f"standard input too large (over {max_bytes:,} bytes)")]
        return load_bytes(data, "-", name="stdin.txt")
    if path.lower().startswith(("http://", "https://")):
        return _read_url(path, max_bytes)
    try:
        data = read_bounded(path, max_bytes)
    except OSError as error:
        return [Problem(one_line(path), os_reason(error))]
    except ValueError as error:
        return [Problem(one_line(path), str(error))]
    # The walk already resolved the path: the loaders need not resolve it again for the ids.
    return load_bytes(data, path, identity=found.real_path)


def _read_url(url: str, max_bytes: int) -> Loaded:
    try:
        from briefing.sources import web
    except ImportError:
        return [Problem(one_line(url), "URLs are not supported yet")]
    return web.load_url(url, max_bytes=max_bytes)


def iter_load(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stats: WalkStats | None = None
) -> Iterator[Article | Problem]:
    """Walk the paths and yield each article or problem as soon as it is read."""
    for found in walk(paths, knows, stats):
        if isinstance(found, Problem):
            yield found
        else:
            yield from read_source(found, max_bytes)
