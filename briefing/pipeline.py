"""Load -> extract -> index: the one door the app and the command line use.

Each stage reports progress through a callback and can be cancelled between items,
so the app can run it in a worker thread and the command line can draw a bar.
Extraction (pure Python) runs in a process pool to use every core; facts already
in the cache are never extracted again.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from briefing.extract import extract_facts
from briefing.model import Article, Facts, Problem
from briefing.sources import iter_load
from briefing.sources.files import DEFAULT_MAX_BYTES, WalkStats

Stage = Literal["read", "extract", "index", "done"]

# Below this many articles a process pool costs more to start than it saves.
POOL_THRESHOLD = 64
EXTRACT_CHUNK = 32


@dataclass(frozen=True, slots=True)
class Progress:
    stage: Stage
    done: int
    total: int | None = None


ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The caller asked the pipeline to stop."""


@dataclass(slots=True)
class Briefing:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0


@dataclass(slots=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True
    workers: int | None = None  # None: one per core
    warn: Callable[[str], None] = lambda message: None


def _never() -> bool:
    return False


def _ignore(_: Progress) -> None:
    return None


def read(
    paths: Iterable[str],
    options: Options,
    stats: WalkStats,
    on_progress: ProgressCallback = _ignore,
    cancelled: CancelCheck = _never,
) -> Iterator[Article | Problem]:
    """Stage 1: walk and read, yielding each article or problem as soon as it is ready."""
    for done, item in enumerate(iter_load(paths, max_bytes=options.max_bytes, stats=stats), start=1):
        if cancelled():
            raise Cancelled
        on_progress(Progress("read", done))
        yield item


def _extract_bodies(bodies: list[str]) -> list[Facts]:
    return [extract_facts(body) for body in bodies]


def _chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def extract(
    articles: Sequence[Article],
    options: Options,
    on_progress: ProgressCallback = _ignore,
    cancelled: CancelCheck = _never,
) -> None:
    """Stage 2: fill ``article.facts`` for every article, from the cache where possible."""
    store = _open_store(options)
    pending = _apply_cached(articles, store)
    total = len(articles)
    done = total - len(pending)
    on_progress(Progress("extract", done, total))
    fresh: list[tuple[Article, Facts]] = []
    for chunk_articles, chunk_facts in _run_extraction(pending, options, cancelled):
        for article, facts in zip(chunk_articles, chunk_facts, strict=True):
            article.facts = facts
            fresh.append((article, facts))
        done += len(chunk_articles)
        on_progress(Progress("extract", done, total))
    if store is not None:
        _remember(store, fresh)
        store.close()


def _run_extraction(
    pending: Sequence[Article], options: Options, cancelled: CancelCheck
) -> Iterator[tuple[Sequence[Article], list[Facts]]]:
    chunks = list(_chunks(pending, EXTRACT_CHUNK))
    workers = options.workers or os.cpu_count() or 1
    pool = _pool(workers, options.warn) if workers > 1 and len(pending) >= POOL_THRESHOLD else None
    if pool is None:
        for chunk in chunks:
            if cancelled():
                raise Cancelled
            yield chunk, _extract_bodies([article.body for article in chunk])
        return
    with pool:
        futures = [pool.submit(_extract_bodies, [article.body for article in chunk]) for chunk in chunks]
        try:
            for chunk, future in zip(chunks, futures, strict=True):
                yield chunk, _wait(future, cancelled)
        finally:
            for future in futures:
                future.cancel()


def _wait(future: Future[list[Facts]], cancelled: CancelCheck) -> list[Facts]:
    """The future's result, checking for cancellation every tenth of a second."""
    while True:
        if cancelled():
            raise Cancelled
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            continue


def _pool(workers: int, warn: Callable[[str], None]) -> Executor | None:
    """A process pool, or None (extract in this process) where one cannot be started."""
    import multiprocessing
    from multiprocessing import resource_tracker

    # Inside the app, sys.stderr is Textual's capture object with no usable file descriptor,
    # which multiprocessing's resource tracker would hand to its child; give it the real one.
    saved_stderr = sys.stderr
    sys.stderr = sys.__stderr__ or saved_stderr
    try:
        resource_tracker.ensure_running()
        # "spawn" avoids forking a process that runs threads (the app's workers).
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_lower_priority
        )
    except (OSError, ValueError) as error:
        warn(f"extracting on one core: could not start worker processes ({error})")
        return None
    finally:
        sys.stderr = saved_stderr


def _lower_priority() -> None:
    """Worker processes yield the CPU to the process that draws the screen and answers keys."""
    with contextlib.suppress(OSError):
        os.nice(10)


def _open_store(options: Options):
    if not options.use_cache:
        return None
    try:
        from briefing.store import FactStore
    except ImportError:
        return None
    return FactStore.open(warn=options.warn)


def _apply_cached(articles: Sequence[Article], store) -> list[Article]:
    if store is None:
        return list(articles)
    from briefing.store import facts_key

    keys = [facts_key(article.body) for article in articles]
    cached = store.get_many(keys)
    pending = []
    for article, key in zip(articles, keys, strict=True):
        facts = cached.get(key)
        if facts is None:
            pending.append(article)
        else:
            article.facts = facts
    return pending


def _remember(store, fresh: list[tuple[Article, Facts]]) -> None:
    if not fresh:
        return
    from briefing.store import facts_key

    store.put_many((facts_key(article.body), facts) for article, facts in fresh)


def load(
    paths: Iterable[str],
    options: Options | None = None,
    *,
    facts: bool = True,
    on_progress: ProgressCallback = _ignore,
    cancelled: CancelCheck = _never,
) -> Briefing:
    """Read every path and (by default) extract key facts: what the command line uses."""
    options = options or Options()
    stats = WalkStats()
    briefing = Briefing()
    for item in read(paths, options, stats, on_progress, cancelled):
        if isinstance(item, Problem):
            briefing.problems.append(item)
        else:
            briefing.articles.append(item)
    briefing.skipped = stats.skipped
    if facts:
        extract(briefing.articles, options, on_progress, cancelled)
    return briefing
