"""What a loading session says, in order: the typed events both faces consume.

The command line drains them (``cli``); the app posts each to the screen as one message
(``ui.loading``); ``loaded.Briefing.apply`` folds them into the loaded briefing, the same way
for both. A position is a place in the briefing's list of articles, counted from 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from briefing.model import Article, Problem

if TYPE_CHECKING:  # not imported at run time: the extraction's worker processes import this module, and need none
    from briefing.fact_index import FactIndex
    from briefing.facts import FactTable
    from briefing.search import SearchIndex

Stage = Literal["read", "extract", "index"]


@dataclass(frozen=True, slots=True)
class ArticlesRead:
    """More articles were read: they are at positions ``start``, ``start + 1``, …"""

    start: int
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class ProblemsFound:
    """Inputs that could not become articles, each with a one-line reason."""

    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    stage: Stage
    done: int
    total: int | None = None


@dataclass(frozen=True, slots=True)
class FactsReady:
    """The packed key facts of the articles at ``start``, ``start + 1``, …: they come in briefing order.

    ``extracted`` of them were extracted in this session (the rest came from the cache): while there
    are such, worker processes are busy extracting.
    """

    start: int
    blobs: tuple[bytes, ...]
    extracted: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.blobs)


@dataclass(frozen=True, slots=True)
class FactIndexReady:
    """Who is mentioned and quoted where, across every article: walking works from here on."""

    fact_index: FactIndex


@dataclass(frozen=True, slots=True)
class SearchIndexReady:
    """Search covers every article from here on."""

    search_index: SearchIndex


@dataclass(frozen=True, slots=True)
class Warned:
    """Trouble that costs time, not articles: an unusable cache, no worker processes, a damaged saved index."""

    message: str


@dataclass(frozen=True, slots=True)
class Refreshed:
    """A refresh found changes: the briefing is now these articles with these facts (the indexes follow).

    Articles that did not change are the same objects as before; ``new``, ``updated`` and ``removed``
    are article ids, against the briefing before.
    """

    articles: tuple[Article, ...]
    facts: FactTable
    problems: tuple[Problem, ...]
    new: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Finished:
    """Everything is loaded; ``skipped`` files were hidden or of a kind briefing does not read."""

    skipped: int


Event = (
    ArticlesRead
    | ProblemsFound
    | Progress
    | FactsReady
    | FactIndexReady
    | SearchIndexReady
    | Warned
    | Finished
    | Refreshed
)


class Cancelled(Exception):
    """The session stopped because its consumer asked it to (``cancelled()`` became true)."""
