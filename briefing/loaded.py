"""The loaded briefing: articles in order, problems, warnings, their key facts and both indexes.

Filled only by a loading session's events (``apply``), in the order they come: the session keeps
one (what the command line reads), and the app keeps its own on its UI thread, filled from the
same events, so the screen never reads what the loading thread is writing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.events import (
    ArticlesRead,
    Event,
    FactIndexReady,
    FactsReady,
    Finished,
    ProblemsFound,
    Progress,
    Refreshed,
    SearchIndexReady,
    Warned,
)
from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.model import Article, Problem
from briefing.search import SearchIndex


@dataclass
class Briefing:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: FactTable = field(default_factory=FactTable)  # by position, in briefing order as they arrive
    fact_index: FactIndex | None = None  # once every article has its facts
    search_index: SearchIndex | None = None
    skipped: int = 0  # files hidden or of a kind briefing does not read
    _positions: dict[str, int] = field(default_factory=dict, repr=False)

    def apply(self, event: Event) -> None:
        """Take in what one event says."""
        match event:
            case ArticlesRead(start=start, articles=articles):
                if start != len(self.articles):
                    raise ValueError(f"articles from position {start} read out of order")
                self._positions.update((article.id, position) for position, article in enumerate(articles, start))
                self.articles += articles
            case ProblemsFound(problems=problems):
                self.problems += problems
            case FactsReady(start=start, blobs=blobs):
                self.facts.add(start, blobs)
            case FactIndexReady(fact_index=fact_index):
                self.fact_index = fact_index
            case SearchIndexReady(search_index=search_index):
                self.search_index = search_index
            case Warned(message=message):
                self.warnings.append(message)
            case Finished(skipped=skipped):
                self.skipped = skipped
            case Refreshed(articles=articles, facts=facts, problems=problems):
                # New lists, not the old ones changed: the indexes being replaced still read those.
                self.articles = list(articles)
                self.facts = facts
                self.problems = list(problems)
                self._positions = {article.id: position for position, article in enumerate(articles)}
                self.fact_index = self.search_index = None  # until the refresh's own are ready
            case Progress():
                pass  # how far loading is changes nothing loaded

    def get(self, article_id: str) -> Article | None:
        position = self._positions.get(article_id)
        return self.articles[position] if position is not None else None

    def position(self, article_id: str) -> int:
        """Where the article is in the briefing, -1 when it is not in it."""
        return self._positions.get(article_id, -1)
