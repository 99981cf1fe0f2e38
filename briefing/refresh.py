"""Refreshing a briefing: only what changed is read again, extracted and indexed.

``scan`` walks the sources and says, for each, whether it changed since its *signature* (a file's
size, time and inode; a URL's ETag and Last-Modified, sent back so that an unchanged feed costs a
304) and, if so, what it holds now. A source that fails is a Problem and keeps what it had.

``Refresh`` folds a scan into a loaded briefing: unchanged articles keep their objects and packed
facts, new and changed ones get theirs from the cache or the extractor, and the result is told as
the same events as a load (``events.Refreshed``, then the indexes), so the screen and the command
line take it in the way they take a load. ``briefing sync`` needs no loaded briefing: it counts a
scan against the reading state (``state.StateStore.record``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from briefing.events import Event, FactIndexReady, Progress, Refreshed, SearchIndexReady
from briefing.extraction import FactExtraction
from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.indexing import Indexing, index_folder
from briefing.loaded import Briefing
from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.search import SearchIndex
from briefing.search.layered import LayeredIndex
from briefing.session import Options
from briefing.sources import read_source
from briefing.sources.files import STDIN, Found, is_url, os_reason, walk
from briefing.sources.formats import knows
from briefing.state import content_hash
from briefing.store import FactStore

# A refresh that changed at most this many articles (or this share of them) searches the old index
# and a small new one (``search.layered``) rather than building the whole index again.
LAYER_MIN = 200
LAYER_SHARE = 0.1

if TYPE_CHECKING:
    from briefing.sources.web import Validators  # imported when a URL is read: httpx costs time at start-up

Kind = Literal["files", "web"]  # what a refresh looks at: folders and files, feeds and URLs
ALL_KINDS: frozenset[Kind] = frozenset(("files", "web"))

Signatures = dict[str, str]  # source (as its articles name it) -> signature when last read


@dataclass(frozen=True, slots=True)
class Scanned:
    """One source as a scan found it: ``loaded`` is None when it has not changed (or could not be read)."""

    source: str
    signature: str
    loaded: tuple[Article | Problem, ...] | None


def file_signature(path: str) -> str:
    """What changes when a file is rewritten: its modification time, size and inode."""
    info = os.stat(path)
    return f"{info.st_mtime_ns}:{info.st_size}:{info.st_ino}"


def signatures_of(paths: Sequence[str]) -> Signatures:
    """The files' signatures as they are now (taken before a load reads them: a file changed
    meanwhile is read again on the next refresh, never missed)."""
    found: Signatures = {}
    for item in walk(paths, knows):
        if isinstance(item, Found) and item.path != STDIN and not is_url(item.path):
            try:
                found[one_line(item.path, limit=4096)] = file_signature(item.path)
            except OSError:
                continue
    return found


def _url_signature(validators: Validators) -> str:
    return f"{validators.etag}\n{validators.last_modified}" if validators.etag or validators.last_modified else ""


def scan(
    paths: Sequence[str], signatures: Signatures, max_bytes: int, kinds: frozenset[Kind] = ALL_KINDS
) -> Iterator[Scanned | Problem]:
    """Each source, read again only if it changed since its signature; problems as they come.

    Sources of a kind not in ``kinds`` are not looked at: they stand as they were (so a refresh of the
    folders alone keeps every feed's articles, in their places)."""
    for found in walk(paths, knows):
        if isinstance(found, Problem):
            yield found
            continue
        source = one_line(found.path, limit=4096)
        if found.path == STDIN:
            continue  # read once: there is nothing to read again
        if ("web" if is_url(found.path) else "files") not in kinds:
            yield Scanned(source, signatures.get(source, ""), None)
        elif is_url(found.path):
            yield from _scan_url(found.path, signatures.get(source, ""), max_bytes)
        else:
            try:
                signature = file_signature(found.path)
            except OSError as error:
                yield Problem(source, os_reason(error))
                continue
            if signatures.get(source) == signature:
                yield Scanned(source, signature, None)
                continue
            loaded = read_source(found, max_bytes)
            yield from (item for item in loaded if isinstance(item, Problem))
            # A file that now fails to read keeps the articles it had, and is read again next time.
            if any(isinstance(item, Article) for item in loaded):
                yield Scanned(source, signature, tuple(loaded))
            else:
                yield Scanned(source, "", None)


def _scan_url(url: str, signature: str, max_bytes: int) -> Iterator[Scanned | Problem]:
    from briefing.sources import web

    source = one_line(url, limit=4096)
    etag, _, modified = signature.partition("\n")
    try:
        fetched = web.fetch(url, max_bytes=max_bytes, validators=web.Validators(etag, modified))
    except web.NotModified:
        yield Scanned(source, signature, None)
        return
    except web.FetchError as error:
        yield Problem(source, f"could not fetch: {error}")
        yield Scanned(source, signature, None)
        return
    loaded = web.load_fetched(url, fetched)
    yield from (item for item in loaded if isinstance(item, Problem))
    articles = any(isinstance(item, Article) for item in loaded)
    yield Scanned(source, _url_signature(fetched.validators), tuple(loaded) if articles else None)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a refresh found, against the briefing it refreshed."""

    new: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int
    problems: tuple[Problem, ...]

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.removed)


class Refresh:
    """Refresh a loaded briefing (see the module's docstring). ``signatures`` is updated as sources are read."""

    def __init__(
        self,
        paths: Sequence[str],
        options: Options | None = None,
        signatures: Signatures | None = None,
        *,
        cancelled: Callable[[], bool] = lambda: False,
        kinds: frozenset[Kind] = ALL_KINDS,
    ) -> None:
        self.paths = list(paths)
        self.kinds = kinds
        self.options = options or Options()
        self.signatures: Signatures = dict(signatures or {})
        self.cancelled = cancelled
        self.outcome: Outcome | None = None

    def events(self, current: Briefing, warn: Callable[[str], None] = lambda message: None) -> Iterator[Event]:
        """Scan, and when anything changed: ``Refreshed``, then the search index and the fact index.

        ``current`` is only read. Nothing is said when nothing changed (``outcome`` tells what was found).
        """
        groups: dict[str, list[int]] = defaultdict(list)  # source -> positions of its articles, in order
        for position, article in enumerate(current.articles):
            groups[article.path].append(position)
        articles: list[Article] = []
        blobs: list[bytes | None] = []
        fresh: list[int] = []  # places in ``articles`` whose facts must be found
        new: list[str] = []
        updated: list[str] = []
        problems: list[Problem] = []
        unchanged_sources: set[str] = set()
        seen_sources: set[str] = set()
        signatures: Signatures = {}
        for item in scan(self.paths, self.signatures, self.options.max_bytes, self.kinds):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            seen_sources.add(item.source)
            if item.signature:
                signatures[item.source] = item.signature
            if item.loaded is None:
                unchanged_sources.add(item.source)
                for position in groups.get(item.source, ()):
                    articles.append(current.articles[position])
                    blobs.append(current.facts.packed(position))
                continue
            before = {current.articles[p].id: p for p in groups.get(item.source, ())}
            for loaded in item.loaded:
                if not isinstance(loaded, Article):
                    continue
                earlier = before.get(loaded.id)
                if earlier is not None and content_hash(current.articles[earlier]) == content_hash(loaded):
                    articles.append(current.articles[earlier])  # the same object: the screen sees nothing moved
                    blobs.append(current.facts.packed(earlier))
                    continue
                (new if earlier is None else updated).append(loaded.id)
                fresh.append(len(articles))
                articles.append(loaded)
                blobs.append(None)
        # Stdin and sources that could not be walked this time keep what they had.
        kept_ids = {article.id for article in articles}
        for source, positions in groups.items():
            if source not in seen_sources and not _gone(source, problems):
                for position in positions:
                    if current.articles[position].id not in kept_ids:
                        articles.append(current.articles[position])
                        blobs.append(current.facts.packed(position))
        # A file not read again still has the problem it had (a bad entry in a feed that did not change).
        reported = {problem.path for problem in problems}
        problems += (p for p in current.problems if p.path in unchanged_sources and p.path not in reported)
        # Two sources naming one article (a file listed twice): the first stands.
        articles, blobs, fresh = _first_of_each(articles, blobs, fresh)
        ids = {article.id for article in articles}
        removed = tuple(article.id for article in current.articles if article.id not in ids)
        self.signatures = signatures
        self.outcome = Outcome(
            tuple(new), tuple(updated), removed, len(articles) - len(new) - len(updated), tuple(problems)
        )
        if not self.outcome.changed:
            return
        extracted = facts_for([articles[place] for place in fresh], self.options, warn, self.cancelled)
        for place, blob in zip(fresh, extracted, strict=True):
            blobs[place] = blob
        table = FactTable(blob if blob is not None else b"" for blob in blobs)
        # Read before the event is applied: applying it sets the briefing's indexes aside.
        previous = (current.articles, current.search_index, current.facts, current.fact_index)
        yield Refreshed(tuple(articles), table, tuple(problems), self.outcome.new, self.outcome.updated, removed)
        yield from self._index(previous, list(articles), table, fresh, warn)

    def _index(
        self,
        previous: tuple[list[Article], SearchIndex | None, FactTable, FactIndex | None],
        articles: list[Article],
        facts: FactTable,
        fresh: list[int],
        warn: Callable[[str], None],
    ) -> Iterator[Event]:
        """Search first (layered over the old index when it changed little), then the fact index."""
        yield Progress("index", 0, len(articles))
        old_articles, old_index, old_facts, old_fact_index = previous
        if old_index is not None and len(fresh) <= max(LAYER_MIN, len(articles) * LAYER_SHARE):
            placed = {article.id: position for position, article in enumerate(articles)}
            moved = []
            for article in old_articles:
                position = placed.get(article.id, -1)
                # Only the very same article keeps its hits: a changed one is in the new layer.
                moved.append(position if position >= 0 and articles[position] is article else -1)
            delta = SearchIndex.build([articles[p] for p in fresh], FactTable(facts.packed(p) or b"" for p in fresh))
            yield SearchIndexReady(LayeredIndex(articles, old_index, moved, delta, fresh))
            earlier = (old_articles, old_facts, old_fact_index) if old_fact_index is not None else None
            yield FactIndexReady(FactIndex.build(articles, facts, earlier))
            return
        folder = index_folder() if self.options.use_cache else None
        indexing = Indexing(articles, facts, folder, warn)
        yield FactIndexReady(indexing.finish_facts())
        yield SearchIndexReady(indexing.finish_search())


def facts_for(
    articles: Sequence[Article],
    options: Options,
    warn: Callable[[str], None],
    cancelled: Callable[[], bool] = lambda: False,
) -> list[bytes]:
    """The packed facts of these articles: from the cache or the extractor (as loading does), saved to the cache."""
    if not articles:
        return []
    store = FactStore.open(warn=warn) if options.use_cache else None
    found: list[bytes] = []
    extraction = FactExtraction(
        store, options.workers or os.cpu_count() or 1, cancelled, warn, lambda progress: None,
        lambda start, blobs, extracted: found.extend(blobs),
    )  # fmt: skip
    try:
        extraction.add(articles)
        for _ in extraction.finish():
            pass
    finally:
        extraction.close()
        if store is not None:
            store.close()
    return found


def _gone(source: str, problems: list[Problem]) -> bool:
    """Whether the walk said this source is no longer there (a removed file), rather than unreadable."""
    return any(problem.path == source and problem.reason.startswith("no such file") for problem in problems) or (
        not is_url(source) and source != STDIN and not os.path.lexists(source)
    )


def _first_of_each(
    articles: list[Article], blobs: list[bytes | None], fresh: list[int]
) -> tuple[list[Article], list[bytes | None], list[int]]:
    seen: set[str] = set()
    keep = []
    for place, article in enumerate(articles):
        if article.id not in seen:
            seen.add(article.id)
            keep.append(place)
    if len(keep) == len(articles):
        return articles, blobs, fresh
    where = {place: index for index, place in enumerate(keep)}
    return [articles[p] for p in keep], [blobs[p] for p in keep], [where[p] for p in fresh if p in where]
