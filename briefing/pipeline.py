"""Load -> extract -> index: the one door the app and the command line use.

Each stage reports progress through a callback and can be cancelled between items,
so the app can run it in a worker thread and the command line can draw a bar.
Extraction (pure Python) runs in a process pool to use every core; facts already
in the cache are never extracted again.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.model import Article, Problem
from briefing.packed import outline_of, pack
from briefing.search import SearchIndex
from briefing.search.index import Corpus
from briefing.search.persist import index_key, load_from, save_to
from briefing.sources import iter_load
from briefing.sources.files import DEFAULT_MAX_BYTES, WalkStats
from briefing.store import FactStore, default_path, facts_key

Stage = Literal["read", "extract", "index", "done"]

# Below this many articles a process pool costs more to start than it saves.
POOL_THRESHOLD = 64
EXTRACT_CHUNK = 64  # articles per task: a fraction of a second of work, so the last tasks end together
# The first few articles are extracted in this process, at once: workers take the best part of a
# second to start, and the first articles' facts (the first line of `facts --jsonl`) need not wait.
FIRST_CHUNK = 8
SAVE_BATCH = 512  # new facts written to the cache this many at a time


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


def _extract_bodies(bodies: list[str]) -> list[bytes]:
    """Facts for each body, packed: bytes cross the process boundary (and sit in memory) far cheaper than objects."""
    return [pack(extract_facts(body)) for body in bodies]


class FactExtraction:
    """Extraction that starts while files are still being read.

    Articles are added in batches as they are read: cached facts apply at once, the
    rest go to worker processes in chunks (or run here, for a briefing too small to
    be worth a pool). Chunks the workers have finished are taken in, in order, as
    more articles are added; ``finish`` waits for the rest and saves the new facts
    to the cache. ``on_facts`` is called whenever some article has just got its facts.
    """

    def __init__(
        self,
        options: Options,
        on_progress: ProgressCallback,
        cancelled: CancelCheck,
        on_facts: Callable[[], object] = lambda: None,
    ) -> None:
        self.options = options
        self.on_progress = on_progress
        self.cancelled = cancelled
        self.on_facts = on_facts
        self.store = _open_store(options)
        self.total = 0
        self.done = 0
        self.waiting: list[Article] = []  # not yet handed to a worker
        self.submitted: deque[tuple[Sequence[Article], Future[list[bytes]]]] = deque()  # in briefing order
        self.fresh: list[Article] = []  # extracted here, not yet saved to the cache
        self.chunks = 0  # taken from ``waiting`` so far (the first one extracted here)
        self.pool: Executor | None = None
        self.pool_failed = False

    def add(self, articles: Sequence[Article]) -> None:
        if self.cancelled():
            raise Cancelled
        self.total += len(articles)
        pending = _apply_cached(articles, self.store)
        self.done += len(articles) - len(pending)
        self.waiting.extend(pending)
        if self.pool is None and not self.pool_failed and len(self.waiting) >= POOL_THRESHOLD:
            workers = self.options.workers or os.cpu_count() or 1
            self.pool = _pool(workers, self.options.warn) if workers > 1 else None
            self.pool_failed = self.pool is None
        if self.pool is not None:
            self._submit(whole_chunks_only=True)
            self._take_finished()
        _keep_for_good()
        self.on_progress(Progress("extract", self.done, self.total))
        self.on_facts()

    def _submit(self, whole_chunks_only: bool) -> None:
        assert self.pool is not None
        while self.waiting:
            size = EXTRACT_CHUNK if self.chunks else FIRST_CHUNK
            if whole_chunks_only and len(self.waiting) < size:
                break
            chunk, self.waiting = self.waiting[:size], self.waiting[size:]
            bodies = [article.body for article in chunk]
            if self.chunks:
                self.submitted.append((chunk, self.pool.submit(_extract_bodies, bodies)))
            else:
                self._apply(chunk, _extract_bodies(bodies))
            self.chunks += 1

    def _take_finished(self) -> None:
        """Take in the chunks the workers have finished, from the first one on (never waits)."""
        while self.submitted and self.submitted[0][1].done():
            chunk, future = self.submitted.popleft()
            self._apply(chunk, future.result())

    def _apply(self, chunk: Sequence[Article], blobs: list[bytes]) -> None:
        for article, blob in zip(chunk, blobs, strict=True):
            article.facts_blob = blob
        self.fresh += chunk
        self.done += len(chunk)
        _keep_for_good()
        self.on_progress(Progress("extract", self.done, self.total))
        if self.store is not None and len(self.fresh) >= SAVE_BATCH:
            # Saved while later chunks are still being extracted, not all at the end.
            _remember(self.store, self.fresh)
            self.fresh = []
        self.on_facts()

    def finish(self, idle: Callable[[], bool] = lambda: False) -> None:
        """Wait for every chunk; ``idle`` is called while waiting (it returns False when it has nothing to do)."""
        try:
            for chunk, blobs in self._results(idle):
                self._apply(chunk, blobs)
            if self.store is not None:
                _remember(self.store, self.fresh)
                self.fresh = []
        finally:
            self.close()

    def _results(self, idle: Callable[[], bool]) -> Iterator[tuple[Sequence[Article], list[bytes]]]:
        if self.pool is not None:
            self._submit(whole_chunks_only=False)
            while self.submitted:
                chunk, future = self.submitted.popleft()
                yield chunk, _wait(future, self.cancelled, idle)
            return
        for start in range(0, len(self.waiting), EXTRACT_CHUNK):
            if self.cancelled():
                raise Cancelled
            chunk = self.waiting[start : start + EXTRACT_CHUNK]
            yield chunk, _extract_bodies([article.body for article in chunk])

    def close(self) -> None:
        """Stop the workers (dropping work not yet started) and close the cache."""
        if self.pool is not None:
            for _, future in self.submitted:
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        if self.store is not None:
            self.store.close()
            self.store = None


def _keep_for_good() -> None:
    """Tell the garbage collector that what has been loaded so far lives as long as the briefing.

    Loaded articles and facts are millions of small objects that are never freed while the
    briefing is open; without this every full collection walks all of them again, which on
    10,000 articles cost seconds per load and 50-140 ms pauses while typing a search.
    """
    gc.freeze()


def _wait(future: Future[list[bytes]], cancelled: CancelCheck, idle: Callable[[], bool]) -> list[bytes]:
    """The future's result, doing ``idle`` work meanwhile and checking for cancellation at least every 0.1 s."""
    while True:
        if cancelled():
            raise Cancelled
        if future.done() or not idle():
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


def _open_store(options: Options) -> FactStore | None:
    return FactStore.open(warn=options.warn) if options.use_cache else None


def _apply_cached(articles: Sequence[Article], store: FactStore | None) -> list[Article]:
    if store is None:
        return list(articles)
    keys = [facts_key(article.body) for article in articles]
    cached = store.get_many(keys)
    pending = []
    for article, key in zip(articles, keys, strict=True):
        blob = cached.get(key)
        if blob is None:
            pending.append(article)
        else:
            article.facts_blob = blob
    return pending


def _remember(store: FactStore, fresh: list[Article]) -> None:
    if fresh:
        store.put_many((facts_key(article.body), article.facts_blob) for article in fresh if article.facts_blob)


class Indexing:
    """The fact index and the search index, built while the facts are still being extracted.

    Extraction keeps both cores busy in worker processes, and the loading thread would only wait
    for them: it indexes the passages, titles and deks of articles already read in that time
    (``idle``), and their facts as they arrive in briefing order, so little is left once the last
    facts are in. ``finish`` loads the saved indexes instead when this exact briefing was indexed
    before (then the work done here is dropped), else completes and saves what was built.
    """

    # Articles indexed per call of ``idle``: about 15 ms of work. Smaller slices cost more than they
    # give: measured at 10,000 articles, slices of 4 made the workers and this process switch so
    # often that a cold load took 4 s longer. Keys stay quick anyway: Python hands the screen thread
    # the interpreter (GIL) every 5 ms, and the short sleep after each slice lets it (and the thread
    # feeding the workers) in at once.
    SLICE = 32
    YIELD_S = 0.0005

    def __init__(
        self, articles: list[Article], folder: Path | None, warn: Callable[[str], None] = lambda message: None
    ) -> None:
        self.articles = articles  # the briefing's list, still growing while files are read
        self.folder = folder  # where indexes are saved (``index_folder``), None for none
        self.warn = warn
        self.corpus = Corpus([])
        self.facts = FactIndex()
        self.facts_done = 0  # articles whose facts are indexed (a prefix of the text-indexed ones)

    def idle(self) -> bool:
        """Index a little more; False when everything read so far is indexed."""
        if not self._index(self.SLICE):
            return False
        time.sleep(self.YIELD_S)
        return True

    def _index(self, limit: int, facts_final: bool = False) -> int:
        """Index the next facts (when they have arrived) or else the next text, up to ``limit`` steps.

        Once ``facts_final``, an article still without facts has none to wait for.
        """
        corpus, articles = self.corpus, self.articles
        done = 0
        while done < limit:
            number = self.facts_done
            if number < len(corpus.articles) and (facts_final or articles[number].facts_blob is not None):
                found = outline_of(articles[number].facts_blob)  # read once for both indexes
                corpus.add_facts(number, found)
                self.facts.add(number, articles[number], found)
                self.facts_done += 1
            elif len(corpus.articles) < len(articles):
                corpus.add_text(articles[len(corpus.articles)])
            else:
                break
            done += 1
        return done

    def finish(self, on_facts: Callable[[FactIndex], object] = lambda facts: None) -> SearchIndex:
        """The search index over every article (the fact index goes to ``on_facts`` first)."""
        folder = self.folder
        key = index_key(self.articles) if folder is not None else ""
        saved = load_from(folder, self.articles, key, self.warn) if folder is not None else None
        if saved is not None:
            on_facts(saved[1])
            return saved[0]
        self._index(2 * len(self.articles), facts_final=True)  # whatever is left: texts, then facts
        on_facts(self.facts)
        self.corpus.finish()
        index = SearchIndex(self.corpus)
        if folder is not None:
            save_to(folder, key, index, self.facts, self.warn)
        _keep_for_good()
        return index


def index_folder(options: Options) -> Path | None:
    """Where built search indexes are kept (beside the facts cache), or None without a cache."""
    return default_path().parent / "indexes" if options.use_cache else None


def build_index(
    articles: Sequence[Article], options: Options, on_facts: Callable[[FactIndex], object] = lambda facts: None
) -> SearchIndex:
    """The search index over the articles: loaded when this exact briefing was indexed before.

    The fact index (who is mentioned and quoted where) comes first, through ``on_facts``.
    """
    return Indexing(list(articles), index_folder(options), options.warn).finish(on_facts)


class _InOrder:
    """Hands articles on in briefing order, each as soon as it and every article before it have their facts."""

    def __init__(self, articles: list[Article], on_ready: Callable[[list[Article]], object]) -> None:
        self.articles = articles  # the briefing's list, still growing while files are read
        self.on_ready = on_ready
        self.handed = 0

    def advance(self, final: bool = False) -> None:
        """Hand on what is ready; ``final``: everything (once there are no more facts to wait for)."""
        articles, start = self.articles, self.handed
        end = start
        while end < len(articles) and (final or articles[end].facts_blob is not None):
            end += 1
        if end > start:
            self.handed = end
            self.on_ready(articles[start:end])


def load(
    paths: Iterable[str],
    options: Options | None = None,
    *,
    facts: bool = True,
    on_progress: ProgressCallback = _ignore,
    cancelled: CancelCheck = _never,
    on_ready: Callable[[list[Article]], object] = lambda articles: None,
) -> Briefing:
    """Read every path and (by default) extract key facts: what the command line uses.

    ``on_ready`` gets the articles in order while loading, as soon as their facts are in, so
    output can start before the last file is read (a cold load is mostly waiting for extraction).
    """
    options = options or Options()
    stats = WalkStats()
    briefing = Briefing()
    in_order = _InOrder(briefing.articles, on_ready)
    extraction = FactExtraction(options, on_progress, cancelled, in_order.advance) if facts else None
    batch: list[Article] = []
    try:
        for item in read(paths, options, stats, on_progress, cancelled):
            if isinstance(item, Problem):
                briefing.problems.append(item)
                continue
            briefing.articles.append(item)
            batch.append(item)
            if extraction is not None and len(batch) >= EXTRACT_CHUNK:
                extraction.add(batch)
                batch = []
        if extraction is not None:
            extraction.add(batch)
            extraction.finish()
    finally:
        if extraction is not None:
            extraction.close()
    in_order.advance(final=True)
    briefing.skipped = stats.skipped
    return briefing
