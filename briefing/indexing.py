"""The fact index and the search index, built while the facts are still being extracted.

Extraction keeps both cores busy in worker processes, and the loading thread would only wait for
them: it indexes the passages, titles and deks of articles already read in that time (``idle``),
and their facts as they arrive in briefing order, so little is left once the last facts are in.
``finish_facts`` and then ``finish_search`` load the saved indexes instead when this exact briefing
was indexed before (then the work done here is dropped), else complete and save what was built.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.model import Article
from briefing.search import SearchIndex
from briefing.search.index import Corpus
from briefing.search.persist import index_key, load_from, save_to
from briefing.store import default_path


def index_folder() -> Path:
    """Where built indexes are kept: beside the facts cache."""
    return default_path().parent / "indexes"


class Indexing:
    """Both indexes of one briefing, grown a slice at a time (see the module's docstring)."""

    # Articles indexed per call of ``idle``: about 15 ms of work. Smaller slices cost more than they
    # give: measured at 10,000 articles, slices of 4 made the workers and this process switch so
    # often that a cold load took 4 s longer. Keys stay quick anyway: Python hands the screen thread
    # the interpreter (GIL) every 5 ms, and the short sleep after each slice lets it (and the thread
    # feeding the workers) in at once.
    SLICE = 32
    YIELD_S = 0.0005

    def __init__(
        self,
        articles: list[Article],
        facts: FactTable,
        folder: Path | None,
        warn: Callable[[str], object] = lambda message: None,
    ) -> None:
        self.articles = articles  # the briefing's list, still growing while files are read
        self.facts = facts  # the briefing's facts, still growing while they are extracted
        self.folder = folder  # where indexes are saved (``index_folder``), None for none
        self.warn = warn
        self.corpus = Corpus([], facts)
        self.fact_index = FactIndex()
        self.facts_done = 0  # articles whose facts are indexed (a prefix of the text-indexed ones)
        self.key = ""  # ``index_key`` of the whole briefing, once every article has its facts
        self.saved: tuple[SearchIndex, FactIndex] | None = None  # the indexes saved for this briefing

    def idle(self) -> bool:
        """Index a little more; False when everything read so far is indexed."""
        if not self._index(self.SLICE):
            return False
        time.sleep(self.YIELD_S)
        return True

    def _index(self, limit: int) -> int:
        """Index the next facts (when they have arrived) or else the next text, up to ``limit`` steps."""
        corpus, articles, facts = self.corpus, self.articles, self.facts
        done = 0
        while done < limit:
            position = self.facts_done
            if position < len(corpus.articles) and position < len(facts):
                found = facts.outline(position)  # read once for both indexes
                corpus.add_facts(position, found)
                self.fact_index.add(position, found, articles[position].body)
                self.facts_done += 1
            elif len(corpus.articles) < len(articles):
                corpus.add_text(articles[len(corpus.articles)])
            else:
                break
            done += 1
        return done

    def finish_facts(self) -> FactIndex:
        """The fact index over every article, once every article has its facts; then ``finish_search``."""
        if self.folder is not None:
            self.key = index_key(self.articles, self.facts)
            self.saved = load_from(self.folder, self.articles, self.facts, self.key, self.warn)
        if self.saved is not None:
            return self.saved[1]
        self._index(2 * len(self.articles))  # whatever is left: texts, then facts
        return self.fact_index

    def finish_search(self) -> SearchIndex:
        """The search index over every article (after ``finish_facts``), saved for the next time."""
        if self.saved is not None:
            return self.saved[0]
        self.corpus.finish()
        search_index = SearchIndex(self.corpus)
        if self.folder is not None:
            save_to(self.folder, self.key, search_index, self.fact_index, self.warn)
        return search_index
