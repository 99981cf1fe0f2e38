"""Key facts for articles as they are read: from the cache, or extracted in worker processes.

Articles are added in batches as they are read: cached facts apply at once, the rest go to worker
processes in chunks (or are extracted here, for a briefing too small to be worth a pool). Chunks
the workers have finished are taken in, in order, as more articles are added; ``finish`` waits for
the rest and saves the new facts to the cache. Facts are handed on (``on_facts``) in briefing order,
each article's as soon as it and every article before it have theirs. Extraction is pure Python, so
the pool is what uses every core; facts already in the cache are never extracted again.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import NamedTuple

from briefing.events import Cancelled, Progress
from briefing.extract import extract_facts
from briefing.model import Article
from briefing.packed import pack
from briefing.store import FactStore, facts_key

# Below this many articles a process pool costs more to start than it saves.
POOL_THRESHOLD = 64
EXTRACT_CHUNK = 64  # articles per task: a fraction of a second of work, so the last tasks end together
# The first few articles are extracted in this process, at once: workers take the best part of a
# second to start, and the first articles' facts (the first line of `facts --jsonl`) need not wait.
FIRST_CHUNK = 8
SAVE_BATCH = 512  # new facts written to the cache this many at a time


class _Pending(NamedTuple):
    """An article waiting for its facts: where it is, its text, and its cache key ("" without a cache)."""

    position: int
    body: str
    key: str


Chunk = list[_Pending]


def _extract_bodies(bodies: list[str]) -> list[bytes]:
    """Facts for each body, packed: bytes cross the process boundary (and sit in memory) far cheaper than objects."""
    return [pack(extract_facts(body)) for body in bodies]


class FactExtraction:
    """Extraction that starts while files are still being read (see the module's docstring)."""

    def __init__(
        self,
        store: FactStore | None,
        workers: int,
        cancelled: Callable[[], bool],
        warn: Callable[[str], object],
        on_progress: Callable[[Progress], object],
        on_facts: Callable[[int, list[bytes], int], object],
    ) -> None:
        self.store = store
        self.workers = workers
        self.cancelled = cancelled
        self.warn = warn
        self.on_progress = on_progress
        # (start, packed facts of the articles from ``start`` on, how many of them were extracted here)
        self.on_facts = on_facts
        self.total = 0  # articles added: the next one's position
        self.done = 0  # articles with facts
        self.handed = 0  # articles whose facts were handed on: always the first ones
        # Facts that came before an earlier article's, and whether they were extracted (not cached).
        self.arrived: dict[int, tuple[bytes, bool]] = {}
        self.waiting: Chunk = []  # not yet handed to a worker
        self.submitted: deque[tuple[Chunk, Future[list[bytes]]]] = deque()  # in briefing order
        self.fresh: list[tuple[str, bytes]] = []  # extracted, not yet saved to the cache: (key, facts)
        self.chunks = 0  # taken from ``waiting`` so far (the first one extracted here)
        self.pool: Executor | None = None
        self.pool_failed = False

    def add(self, articles: Sequence[Article]) -> None:
        """The next articles read, in briefing order."""
        if self.cancelled():
            raise Cancelled
        start, self.total = self.total, self.total + len(articles)
        pending = self._apply_cached(start, articles)
        self.done += len(articles) - len(pending)
        self.waiting.extend(pending)
        if self.pool is None and not self.pool_failed and len(self.waiting) >= POOL_THRESHOLD:
            self.pool = _pool(self.workers, self.warn) if self.workers > 1 else None
            self.pool_failed = self.pool is None
        if self.pool is not None:
            self._submit(whole_chunks_only=True)
            self._take_finished()
        self.on_progress(Progress("extract", self.done, self.total))
        self._hand_on()

    def _apply_cached(self, start: int, articles: Sequence[Article]) -> Chunk:
        """Take the facts the cache has; return the articles still without."""
        if self.store is None:
            return [_Pending(position, article.body, "") for position, article in enumerate(articles, start)]
        keys = [facts_key(article.body) for article in articles]
        cached = self.store.get_many(keys)
        pending = []
        for position, article, key in zip(range(start, self.total), articles, keys, strict=True):
            blob = cached.get(key)
            if blob is None:
                pending.append(_Pending(position, article.body, key))
            else:
                self.arrived[position] = blob, False
        return pending

    def _submit(self, whole_chunks_only: bool) -> None:
        assert self.pool is not None
        while self.waiting:
            size = EXTRACT_CHUNK if self.chunks else FIRST_CHUNK
            if whole_chunks_only and len(self.waiting) < size:
                break
            chunk, self.waiting = self.waiting[:size], self.waiting[size:]
            bodies = [item.body for item in chunk]
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

    def _apply(self, chunk: Chunk, blobs: list[bytes]) -> None:
        for item, blob in zip(chunk, blobs, strict=True):
            self.arrived[item.position] = blob, True
        if self.store is not None:
            self.fresh += ((item.key, blob) for item, blob in zip(chunk, blobs, strict=True))
            if len(self.fresh) >= SAVE_BATCH:
                # Saved while later chunks are still being extracted, not all at the end.
                self.store.put_many(self.fresh)
                self.fresh = []
        self.done += len(chunk)
        self.on_progress(Progress("extract", self.done, self.total))
        self._hand_on()

    def _hand_on(self) -> None:
        """Hand on the facts of the articles that now have theirs, as have all before them."""
        start, blobs, extracted = self.handed, [], 0
        while self.handed in self.arrived:
            blob, fresh = self.arrived.pop(self.handed)
            blobs.append(blob)
            extracted += fresh
            self.handed += 1
        if blobs:
            self.on_facts(start, blobs, extracted)

    def finish(self, idle: Callable[[], bool] = lambda: False) -> Iterator[None]:
        """Take in every chunk still to come, pausing after each; then save the new facts and stop the workers.

        ``idle`` is called while waiting for the workers (it returns False when it has nothing to do).
        """
        for chunk, blobs in self._results(idle):
            self._apply(chunk, blobs)
            yield
        if self.store is not None and self.fresh:
            self.store.put_many(self.fresh)
            self.fresh = []
        self.close()

    def _results(self, idle: Callable[[], bool]) -> Iterator[tuple[Chunk, list[bytes]]]:
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
            yield chunk, _extract_bodies([item.body for item in chunk])

    def close(self) -> None:
        """Stop the workers, dropping work not yet started."""
        if self.pool is not None:
            for _, future in self.submitted:
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _wait(future: Future[list[bytes]], cancelled: Callable[[], bool], idle: Callable[[], bool]) -> list[bytes]:
    """The future's result, doing ``idle`` work meanwhile and checking for cancellation at least every 0.1 s."""
    while True:
        if cancelled():
            raise Cancelled
        if future.done() or not idle():
            try:
                return future.result(timeout=0.1)
            except TimeoutError:
                continue


def _pool(workers: int, warn: Callable[[str], object]) -> Executor | None:
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
