"""Hand-built articles (with hand-built facts) for the search tests."""

from __future__ import annotations

import pytest

from briefing.facts import FactTable
from briefing.model import Article, Entity, Facts, Mention, Quote, Span, article_id
from briefing.search import SearchIndex
from tests.helpers import table


def make_article(name: str, title: str, paragraphs: list[str], dek: str = "") -> Article:
    body = "\n\n".join(paragraphs)
    spans = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return Article(id=article_id(name), path=name, title=title, body=body, paragraphs=tuple(spans), dek=dek)


def mention(body: str, text: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return Mention(start, start + len(text), text)


def quote(body: str, text: str, speaker: str, speaker_text: str) -> Quote:
    start = body.index(text)
    return Quote(text, start, start + len(text), "direct", speaker, speaker_text, "said")


KOREA = [
    "North Korea said Monday that Japanese Prime Minister Fumio Kishida offered to meet Kim Jong Un.",
    "Japan dismissed the preconditions. A summit meeting has not been held for 20 years.",
    '"Kishida feels political urgency to address the abductions issue," said Leif-Eric Easley, a professor.',
    "Easley said a Kim-Kishida summit is unlikely. Tokyo is unable to relax sanctions.",
    '"It is crucial," Kishida said of a meeting with Kim.',
]
BUDGET = [
    "The chancellor presented the budget on Wednesday. Taxes on fuel rise by 2%.",
    '"This budget is for working families," said Gordon Brown, the chancellor.',
    "Opposition leaders called the summit of finance ministers a distraction.",
]
SPORT = [
    "The striker scored twice as the club won the cup final in Cardiff.",
    "Fans celebrated in the streets. The manager praised the summit of the club's ambitions.",
]


def korea_facts() -> Facts:
    body = "\n\n".join(KOREA)
    kishida = Entity(
        "Fumio Kishida",
        "person",
        [mention(body, "Fumio Kishida"), mention(body, "Kishida", 1), mention(body, "Kishida", 3)],
    )
    easley = Entity("Leif-Eric Easley", "person", [mention(body, "Leif-Eric Easley"), mention(body, "Easley", 1)])
    kim = Entity("Kim Jong Un", "person", [mention(body, "Kim Jong Un")])
    quotes = [
        quote(
            body,
            "Kishida feels political urgency to address the abductions issue",
            "Leif-Eric Easley",
            "Leif-Eric Easley",
        ),
        quote(body, "It is crucial", "Fumio Kishida", "Kishida"),
    ]
    return Facts(entities=[kishida, easley, kim], quotes=quotes)


def budget_facts() -> Facts:
    body = "\n\n".join(BUDGET)
    brown = Entity("Gordon Brown", "person", [mention(body, "Gordon Brown")])
    return Facts(
        entities=[brown], quotes=[quote(body, "This budget is for working families", "Gordon Brown", "Gordon Brown")]
    )


@pytest.fixture(scope="session")
def articles() -> list[Article]:
    return [
        make_article("korea.txt", "Japan's PM offers to meet Kim", KOREA, dek="Talks on a summit stall"),
        make_article("budget.txt", "Brown unveils budget", BUDGET),
        make_article("sport.txt", "Cup final win for the club", SPORT),
    ]


@pytest.fixture(scope="session")
def facts() -> FactTable:
    """The facts of the first two articles (the third has none)."""
    return table([korea_facts(), budget_facts()])


@pytest.fixture(scope="session")
def index(articles: list[Article], facts: FactTable) -> SearchIndex:
    return SearchIndex.build(articles, facts)
