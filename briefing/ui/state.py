"""What the app knows about the loaded briefing: articles in order, problems, the search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.fact_index import FactIndex
from briefing.model import Article, Problem


@dataclass
class Library:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    index: Any = None  # briefing.search.SearchIndex once built
    facts_ready: bool = False
    facts: FactIndex = field(default_factory=FactIndex)  # replaced, whole, when facts are ready
    _positions: dict[str, int] = field(default_factory=dict)

    def add(self, articles: list[Article]) -> None:
        for article in articles:
            self._positions[article.id] = len(self.articles)
            self.articles.append(article)

    def get(self, article_id: str) -> Article | None:
        position = self._positions.get(article_id)
        return self.articles[position] if position is not None else None

    def position(self, article_id: str) -> int:
        return self._positions.get(article_id, -1)
