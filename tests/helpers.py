"""Loaded briefings for tests: run a session to the end, or make one from articles and hand-built facts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.events import ArticlesRead, FactsReady
from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.loaded import Briefing
from briefing.model import Article, Facts
from briefing.packed import pack
from briefing.session import Options, Session


def load(paths: Iterable[str], options: Options | None = None) -> Briefing:
    """Run a loading session to the end, as `briefing facts` does (without printing anything)."""
    session = Session(paths, options, indexes=False)
    for _ in session.events():
        pass
    return session.briefing


def table(facts: Iterable[Facts]) -> FactTable:
    """A fact table holding these facts, article after article."""
    return FactTable(pack(item) for item in facts)


def fact_index_of(facts: Iterable[Facts]) -> FactIndex:
    """The fact index of articles holding these facts, their bodies empty (names in no sentence)."""
    made = table(facts)
    return FactIndex.build([Article(str(number), f"{number}.txt", "", "", ()) for number in range(len(made))], made)


def briefing_of(articles: Sequence[Article], facts: Sequence[Facts]) -> Briefing:
    """A briefing of these articles, the first ones with these facts, filled as a session's events would fill it."""
    made = Briefing()
    made.apply(ArticlesRead(0, tuple(articles)))
    made.apply(FactsReady(0, tuple(pack(item) for item in facts)))
    return made
