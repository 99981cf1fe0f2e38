"""Following a briefing's folders and files as they change, with watchfiles (the operating system's
notifications, falling back to polling only where there are none)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence

from briefing.sources.files import STDIN, is_url

DEBOUNCE_MS = 400  # changes this close together are one refresh (a copy of many files, an editor's save)


def local_sources(paths: Sequence[str]) -> list[str]:
    """The sources that can be watched: folders and files that exist (not URLs or standard input)."""
    return [path for path in paths if path != STDIN and not is_url(path) and os.path.exists(path)]


def _visible(change: object, path: str) -> bool:
    # Hidden files and folders are never articles (the walk skips them too): an editor's swap file is not news.
    return not any(part.startswith(".") for part in path.split(os.sep) if part)


def changes(paths: Sequence[str], stop: threading.Event) -> Iterator[int]:
    """Once per batch of changes to the local sources, how many files it touched; ends when ``stop`` is set."""
    import watchfiles

    local = local_sources(paths)
    if not local:
        return
    for batch in watchfiles.watch(
        *local, watch_filter=_visible, debounce=DEBOUNCE_MS, step=50, stop_event=stop, raise_interrupt=False
    ):
        yield len(batch)
