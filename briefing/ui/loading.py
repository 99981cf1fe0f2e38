"""The background load: read, extract, index, posting messages as each stage advances.

Runs in a Textual thread worker; everything it tells the UI goes through messages,
batched so ten thousand articles arrive as a few dozen updates, not ten thousand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from textual.message import Message

from briefing.model import Article, Problem
from briefing.pipeline import Cancelled, FactExtraction, Indexing, Options, Progress, index_folder, read
from briefing.sources.files import WalkStats
from briefing.ui.messages import ArticlesAdded, FactsReady, IndexReady, LoadFinished, LoadProgress, ProblemsFound

# How often (seconds) the list and progress bar are updated while files are read: often at first,
# so the first articles appear at once, then less often, since every update redraws the screen.
FIRST_FLUSHES = 0.1
LATER_FLUSHES = 0.5
FIRST_SECONDS = 1.0


def run_load(
    paths: Sequence[str],
    options: Options,
    post: Callable[[Message], object],
    cancelled: Callable[[], bool],
    reader_busy: Callable[[], bool] = lambda: False,
) -> None:
    """Load everything, posting progress and, at the end, the fact index and the search index.

    While ``reader_busy()`` (keys were just pressed) the index waits, so the screen answers first.
    """
    stats = WalkStats()
    articles: list[Article] = []
    batch: list[Article] = []
    problems: list[Problem] = []
    started = last_flush = time.monotonic()
    last_progress: list[Progress] = []

    def flush(force: bool = False) -> None:
        nonlocal batch, problems, last_flush
        now = time.monotonic()
        interval = FIRST_FLUSHES if now - started < FIRST_SECONDS else LATER_FLUSHES
        if not force and now - last_flush < interval and len(articles) > 1:
            return
        last_flush = now
        if batch:
            ready, batch = batch, []
            post(ArticlesAdded(ready))
            # Extraction starts on what has been read while the rest is still being read.
            extraction.add(ready)
        if problems:
            post(ProblemsFound(problems))
            problems = []
        if last_progress:
            post(LoadProgress(last_progress[-1]))

    def throttled(progress: Progress) -> None:
        last_progress[:] = [progress]
        if progress.stage != "read":
            flush()

    extraction = FactExtraction(options, throttled, cancelled)
    indexing = Indexing(articles, index_folder(options), options.warn)
    try:
        for item in read(paths, options, stats, throttled, cancelled):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                articles.append(item)
                batch.append(item)
            flush()
        flush(force=True)
        extraction.finish(idle=lambda: not reader_busy() and indexing.idle())
        flush(force=True)
        post(LoadProgress(Progress("index", 0, len(articles))))
        # Built (or loaded) here in the worker so the UI never waits; walking works before search does.
        index = indexing.finish(on_facts=lambda facts: post(FactsReady(facts)))
        post(IndexReady(index))
        post(LoadFinished(stats.skipped))
        index.warm(cancelled)  # the screen is live: make ready what the first searches would wait for
    except Cancelled:
        return
    finally:
        extraction.close()
