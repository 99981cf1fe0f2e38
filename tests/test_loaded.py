"""The loaded briefing is what its events said, in order: articles, problems, facts, indexes, warnings."""

from __future__ import annotations

import pytest

from briefing.events import ArticlesRead, FactIndexReady, FactsReady, Finished, ProblemsFound, Progress, Warned
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.model import Article, Facts, Problem, Span
from briefing.packed import pack


def _article(number: int) -> Article:
    return Article(f"id{number}", f"{number}.txt", f"Story {number}", "Body.", (Span(0, 5),))


def test_each_event_lands_where_the_screen_and_the_command_line_read_it() -> None:
    briefing = Briefing()
    fact_index = FactIndex()
    for event in (
        Progress("read", 1),
        ArticlesRead(0, (_article(0), _article(1))),
        ProblemsFound((Problem("bad.txt", "binary file"),)),
        FactsReady(0, (pack(Facts()),)),
        ArticlesRead(2, (_article(2),)),
        Warned("facts cache: not writable"),
        FactsReady(1, (pack(Facts()), pack(Facts()))),
        FactIndexReady(fact_index),
        Finished(skipped=3),
    ):
        briefing.apply(event)
    assert [article.id for article in briefing.articles] == ["id0", "id1", "id2"]
    assert briefing.position("id2") == 2 and briefing.get("id1") is briefing.articles[1]
    assert briefing.position("nowhere") == -1 and briefing.get("nowhere") is None
    assert len(briefing.facts) == 3 and briefing.facts.unpack(2) == Facts()
    assert briefing.problems == [Problem("bad.txt", "binary file")]
    assert briefing.warnings == ["facts cache: not writable"]
    assert briefing.fact_index is fact_index and briefing.search_index is None and briefing.skipped == 3


def test_events_out_of_order_are_refused() -> None:
    briefing = Briefing()
    with pytest.raises(ValueError):
        briefing.apply(ArticlesRead(1, (_article(1),)))
    with pytest.raises(ValueError):
        briefing.apply(FactsReady(2, (pack(Facts()),)))
