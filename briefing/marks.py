"""Marks: every kind of place in an article body, named once, as (article position, start, end, role).

An entity's mention, a quote (by its kind), a quote's speaker words and cue verb, a figure, a date,
a search hit and a word it matched are all ``Mark``s. Walks (``briefing.walk``) stop at them, search
hits (``briefing.search.hits``) are them, and the article view draws them by role: no other list of
these kinds exists. ``start``/``end`` index into ``Article.body``; ``position`` is the article's
place in the briefing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from briefing.model import Entity, Quote, QuoteKind

Role = Literal[
    "mention",  # a mention of an entity
    "quote-direct",  # a quote, by its kind: the speaker's words as said,
    "quote-partial",  # a fragment of them inside the reporter's sentence,
    "quote-indirect",  # or the reporter's paraphrase
    "speaker",  # the words naming who said a quote, as the extractor read them
    "cue",  # the reporting verb of a quote ("said", "according to"), the one the extractor read
    "figure",  # a money amount, count, percentage, ...
    "date",  # a day, month, year, period, ...
    "hit",  # what a search found: a passage, a quote, a name's first mention, an article's first paragraph
    "hit-word",  # a word a search matched, inside its hit
]

QUOTE_ROLES: dict[QuoteKind, Role] = {
    "direct": "quote-direct",
    "partial": "quote-partial",
    "indirect": "quote-indirect",
}


@dataclass(frozen=True, slots=True, order=True)
class Mark:
    """One place in one article's body. Marks sort in briefing order: article, then place in the body."""

    position: int
    start: int
    end: int
    role: Role


def mention_marks(position: int, entity: Entity) -> list[Mark]:
    """The entity's mentions, in body order."""
    return sorted(Mark(position, mention.start, mention.end, "mention") for mention in entity.mentions)


def quote_marks(position: int, quote: Quote, body_length: int) -> tuple[Mark, ...]:
    """The quote, then its speaker words and cue verb where its sentence holds them.

    A quote whose speaker is carried on from an earlier one has no attribution ranges of its own (-1).
    """
    attribution: tuple[tuple[int, int, Role], ...] = (
        (quote.speaker_start, quote.speaker_end, "speaker"),
        (quote.cue_start, quote.cue_end, "cue"),
    )
    parts = (Mark(position, start, end, role) for start, end, role in attribution if 0 <= start < end <= body_length)
    return (Mark(position, quote.start, quote.end, QUOTE_ROLES[quote.kind]), *parts)


def span_marks(position: int, spans: Iterable[tuple[int, int]], role: Role) -> list[Mark]:
    """Marks of one role (figures, dates, a hit's matched words) from body ranges, in body order."""
    return sorted(Mark(position, start, end, role) for start, end in spans)
