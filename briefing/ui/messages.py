"""Messages the loading worker and the widgets post upward; screens decide what they mean."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.fact_index import FactIndex
from briefing.model import Article, Problem
from briefing.pipeline import Progress
from briefing.search import SearchIndex


@dataclass
class ArticlesAdded(Message):
    """More articles were read (the list grows while loading goes on)."""

    articles: list[Article]


@dataclass
class ProblemsFound(Message):
    problems: list[Problem]


@dataclass
class LoadProgress(Message):
    progress: Progress


@dataclass
class FactsReady(Message):
    """Every article has its key facts; the cross-article index was built off the UI thread."""

    index: FactIndex


@dataclass
class IndexReady(Message):
    """The search index is built; search covers every article."""

    index: SearchIndex


@dataclass
class LoadFinished(Message):
    skipped: int
