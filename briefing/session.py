"""One loading session: read -> extract -> index, told as a stream of typed events (``briefing.events``).

The one place loading is orchestrated; both faces consume it. The command line drains it
(``cli``); the app runs it in a worker thread and posts each event to the screen (``ui.loading``).
Files are read one after another (or taken from the cache while unchanged: ``file_cache``); every
``EXTRACT_CHUNK`` articles go to extraction
(``extraction``: the cache, then worker processes) while reading goes on; the indexes
(``indexing``) grow in the gaps while the workers extract. What differs between the faces is only
the ``Pacing``: how often events are handed on, and when the reader's keys come first.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from briefing.events import (
    ArticlesRead,
    Cancelled,
    Event,
    FactIndexReady,
    FactsReady,
    Finished,
    ProblemsFound,
    Progress,
    SearchIndexReady,
    Warned,
)
from briefing.extraction import EXTRACT_CHUNK, FactExtraction
from briefing.file_cache import FileCache
from briefing.indexing import Indexing, index_folder
from briefing.loaded import Briefing
from briefing.model import Article, Problem
from briefing.sources import iter_load
from briefing.sources.files import DEFAULT_MAX_BYTES, WalkStats
from briefing.store import FactStore


@dataclass(slots=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True  # the facts cache and the saved indexes
    workers: int | None = None  # None: one per core


def _never() -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Pacing:
    """How often a session hands its events on, and when it leaves the interpreter to a reader.

    Events that happen between two hand-overs go out merged (``_merged``), so a screen redraws once
    for many articles rather than once for each; the first article goes out at once whatever the pacing.
    The default hands every event on as soon as it happens (the command line).
    """

    first_interval: float = 0.0  # seconds between hand-overs during the first ``first_seconds``
    later_interval: float = 0.0  # seconds between hand-overs after that
    first_seconds: float = 0.0
    reader_busy: Callable[[], bool] = _never  # while true (keys are being pressed), the indexes wait

    def interval(self, elapsed: float) -> float:
        return self.first_interval if elapsed < self.first_seconds else self.later_interval


AT_ONCE = Pacing()


class Session:
    """Load ``paths`` once: ``events()`` runs the load, and ``briefing`` is what its events have said so far."""

    def __init__(
        self,
        paths: Iterable[str],
        options: Options | None = None,
        *,
        pacing: Pacing = AT_ONCE,
        indexes: bool = True,
        cancelled: Callable[[], bool] = _never,
    ) -> None:
        self.paths = list(paths)
        self.options = options or Options()
        self.pacing = pacing
        self.indexes = indexes  # build the fact index and the search index (the command line's `facts` needs neither)
        self.cancelled = cancelled  # polled often; once true the session raises ``Cancelled``
        self.briefing = Briefing()  # filled by each event as it happens, before it is handed on
        self._outbox: list[Event] = []  # happened, not yet handed on
        self._started = self._handed_at = 0.0

    def events(self) -> Generator[Event, None, None]:
        """Run the load, yielding its events; raises ``Cancelled`` when asked to stop.

        Close the iterator to stop early (``contextlib.closing``): that stops the worker processes too.
        """
        options, briefing = self.options, self.briefing
        self._started = self._handed_at = time.monotonic()
        stats = WalkStats()
        store = FactStore.open(warn=self._warn) if options.use_cache else None
        files = FileCache(store, self._warn) if store is not None else None
        workers = options.workers or os.cpu_count() or 1
        extraction = FactExtraction(store, workers, self.cancelled, self._warn, self._emit, self._facts)
        indexing = None
        if self.indexes:
            folder = index_folder() if options.use_cache else None
            indexing = Indexing(briefing.articles, briefing.facts, folder, self._warn)
        try:
            batch: list[Article] = []
            read = iter_load(self.paths, max_bytes=options.max_bytes, stats=stats, cache=files)
            for done, item in enumerate(read, start=1):
                if self.cancelled():
                    raise Cancelled
                self._emit(Progress("read", done))
                if isinstance(item, Problem):
                    self._emit(ProblemsFound((item,)))
                else:
                    self._emit(ArticlesRead(len(briefing.articles), (item,)))
                    batch.append(item)
                if len(batch) >= EXTRACT_CHUNK:
                    # Extraction starts on what has been read while the rest is still being read.
                    extraction.add(batch)
                    batch = []
                    _keep_for_good()
                yield from self._hand_on()
            extraction.add(batch)
            if files is not None:
                files.flush()
            _keep_for_good()
            yield from self._hand_on(force=True)
            idle = _never if indexing is None else lambda: not self.pacing.reader_busy() and indexing.idle()
            for _ in extraction.finish(idle):
                _keep_for_good()
                yield from self._hand_on()
            if store is not None:
                store.close()
            yield from self._hand_on(force=True)
            if indexing is not None:
                self._emit(Progress("index", 0, len(briefing.articles)))
                yield from self._hand_on(force=True)
                # Walking works as soon as the fact index is ready, before search does.
                self._emit(FactIndexReady(indexing.finish_facts()))
                yield from self._hand_on(force=True)
                self._emit(SearchIndexReady(indexing.finish_search()))
                _keep_for_good()
            self._emit(Finished(stats.skipped))
            yield from self._hand_on(force=True)
        finally:
            extraction.close()
            if store is not None:
                store.close()

    def _emit(self, event: Event) -> None:
        self.briefing.apply(event)
        self._outbox.append(event)

    def _warn(self, message: str) -> None:
        self._emit(Warned(message))

    def _facts(self, start: int, blobs: Sequence[bytes], extracted: int) -> None:
        self._emit(FactsReady(start, tuple(blobs), extracted))

    def _hand_on(self, force: bool = False) -> Iterator[Event]:
        """What happened since the last hand-over, merged, once the pacing says it is time (or ``force``)."""
        if not self._outbox:
            return
        now = time.monotonic()
        early = len(self.briefing.articles) <= 1  # the first article is shown at once
        if not (force or early or now - self._handed_at >= self.pacing.interval(now - self._started)):
            return
        self._handed_at = now
        events, self._outbox = self._outbox, []
        yield from _merged(events)


def _merged(events: list[Event]) -> Iterator[Event]:
    """The same news in fewer events, in an order that is always safe to apply.

    Articles first (any facts among the events are for articles read by then), all of them as one
    event; then the problems as one, each warning, the facts as one (they arrive in briefing order,
    so they join up), the latest progress, and last whatever ends a stage, in the order it came.
    """
    read = [event for event in events if isinstance(event, ArticlesRead)]
    if read:
        yield read[0] if len(read) == 1 else ArticlesRead(read[0].start, tuple(chain(*(e.articles for e in read))))
    problems = [event for event in events if isinstance(event, ProblemsFound)]
    if problems:
        yield problems[0] if len(problems) == 1 else ProblemsFound(tuple(chain(*(e.problems for e in problems))))
    yield from (event for event in events if isinstance(event, Warned))
    facts = [event for event in events if isinstance(event, FactsReady)]
    if facts:
        if len(facts) == 1:
            yield facts[0]
        else:
            blobs = tuple(chain(*(e.blobs for e in facts)))
            yield FactsReady(facts[0].start, blobs, sum(e.extracted for e in facts))
    progress = [event for event in events if isinstance(event, Progress)]
    if progress:
        yield progress[-1]
    yield from (event for event in events if isinstance(event, FactIndexReady | SearchIndexReady | Finished))


def _keep_for_good() -> None:
    """Tell the garbage collector that what has been loaded so far lives as long as the briefing.

    Loaded articles and facts are millions of small objects that are never freed while the
    briefing is open; without this every full collection walks all of them again, which on
    10,000 articles cost seconds per load and 50-140 ms pauses while typing a search.
    """
    gc.freeze()
