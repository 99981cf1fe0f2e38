"""Search over a refreshed briefing without building its index again: the index it had, plus a small one.

A refresh that finds a few new or changed articles among thousands would otherwise rebuild the whole
index (seconds). Instead the old index stays as it is (``base``: its hits are moved to their
articles' new places, and those of articles changed or removed are dropped) and the new and changed
articles get an index of their own (``delta``, milliseconds); a query asks both and merges by score.
Layers stack across refreshes; the next full load builds one index again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from heapq import merge

from briefing.marks import Mark
from briefing.model import Article
from briefing.search.engine import SearchIndex
from briefing.search.hits import Hit

# Articles changed or removed beyond which asking the old index for more hits costs more than a new index.
EXTRA_HITS = 50


class LayeredIndex(SearchIndex):
    """``base`` with its article positions mapped by ``moved`` (-1: gone), and ``delta`` over the articles
    at positions ``placed`` of ``articles`` (the refreshed briefing's list)."""

    def __init__(
        self,
        articles: Sequence[Article],
        base: SearchIndex,
        moved: Sequence[int],
        delta: SearchIndex,
        placed: Sequence[int],
    ) -> None:
        # No corpus of its own: every query goes to the two layers (``SearchIndex`` methods are overridden).
        self._articles = list(articles)
        self._base, self._moved = base, list(moved)
        self._delta, self._placed = delta, list(placed)
        self._dropped = sum(1 for position in self._moved if position < 0)

    @property
    def articles(self) -> list[Article]:
        return self._articles

    @property
    def passage_count(self) -> int:
        return self._base.passage_count + self._delta.passage_count

    def passages(self) -> list[tuple[int, int, int]]:
        moved = [(self._moved[a], start, end) for a, start, end in self._base.passages() if self._moved[a] >= 0]
        return moved + [(self._placed[a], start, end) for a, start, end in self._delta.passages()]

    def warm(self, cancel: Callable[[], bool] = lambda: False) -> None:
        self._base.warm(cancel)
        self._delta.warm(cancel)

    def search(self, query: str, limit: int = 50, cancel: Callable[[], bool] | None = None) -> list[Hit]:
        if limit <= 0:
            return []
        # Hits of changed or removed articles are dropped, so ask the old index for a few more.
        extra = min(self._dropped, EXTRA_HITS)
        old = [_moved(hit, self._moved) for hit in self._base.search(query, limit + extra, cancel)]
        new = [_moved(hit, self._placed) for hit in self._delta.search(query, limit, cancel)]
        if cancel is not None and cancel():
            return []
        kept = (hit for hit in old if hit.mark.position >= 0)
        return list(merge(kept, new, key=lambda hit: -hit.score))[:limit]


def _moved(hit: Hit, places: Sequence[int]) -> Hit:
    position = places[hit.mark.position]
    if position == hit.mark.position:
        return hit

    def move(mark: Mark) -> Mark:
        return replace(mark, position=position)

    return replace(hit, mark=move(hit.mark), words=tuple(move(word) for word in hit.words))
