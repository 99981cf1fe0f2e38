"""Input kinds: each module turns one kind of bytes into model.Article (or model.Problem).

``read_source`` is the door: give it a path (or ``-`` or a URL) and get articles or
problems back, never an exception. Which kinds there are, by suffix, is ``formats``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Protocol

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources.files import DEFAULT_MAX_BYTES, STDIN, Found, WalkStats, os_reason, read_bounded, walk
from briefing.sources.formats import Loaded, knows, load_bytes


class ReadCache(Protocol):
    """What reading files gave before (``briefing.file_cache``): a file unchanged since is not read again."""

    def get(self, found: Found) -> Loaded | None: ...

    def put(self, found: Found, loaded: Loaded) -> None: ...


def read_source(found: Found, max_bytes: int = DEFAULT_MAX_BYTES, cache: ReadCache | None = None) -> Loaded:
    """Read and parse one found input; every failure becomes a Problem."""
    path = found.path
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            return [Problem("-", f"standard input too large (over {max_bytes:,} bytes)")]
        return load_bytes(data, "-", name="stdin.txt")
    if path.lower().startswith(("http://", "https://")):
        # Imported here: httpx is only loaded when a URL is read.
        from briefing.sources import web

        return web.load_url(path, max_bytes=max_bytes)
    cache = cache if found.info is not None and found.info.st_size <= max_bytes else None
    if cache is not None and (saved := cache.get(found)) is not None:
        return saved
    try:
        data = read_bounded(path, max_bytes)
    except OSError as error:
        return [Problem(one_line(path), os_reason(error))]
    except ValueError as error:
        return [Problem(one_line(path), str(error))]
    # The walk already resolved the path: the loaders need not resolve it again for the ids.
    loaded = load_bytes(data, path, identity=found.real_path)
    if cache is not None:
        cache.put(found, loaded)  # only what was read and parsed: a file that failed to read is tried again
    return loaded


def iter_load(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: WalkStats | None = None,
    cache: ReadCache | None = None,
) -> Iterator[Article | Problem]:
    """Walk the paths and yield each article or problem as soon as it is read (or found in ``cache``)."""
    for found in walk(paths, knows, stats):
        if isinstance(found, Problem):
            yield found
        else:
            yield from read_source(found, max_bytes, cache)
