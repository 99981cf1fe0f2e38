"""Walking through marks (mentions, quotes, figures, dates, search hits) across the whole briefing.

Walks are made from the ``FactIndex`` (``briefing.fact_index``), which knows in which
articles each entity and speaker appears and how often; an article's stops are worked
out only when the walk reaches it. A ``Walk`` is the ordered list of stops for one
selection (an entity, a speaker's quotes, the hits of a search), grouped by article
position in briefing order, and the current stop in it. Moving costs O(1) (O(log n) when
jumping from an article the user navigated to on their own); nothing is re-scanned.
Every place a stop names is a ``Mark`` (``briefing.marks``), which is what a view draws.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import Literal

from briefing.fact_index import FactIndex, speaker_of
from briefing.loaded import Briefing
from briefing.marks import Mark, mention_marks, quote_marks, span_marks
from briefing.model import Article, Facts, Quote
from briefing.search.hits import Hit
from briefing.timeline import Timeline

# What a walk counts, in the status line's words: "mention 3 of 12", "figure 1 of 6", "hit 2 of 40".
Unit = Literal["mention", "quote", "figure", "date", "hit"]


@dataclass(frozen=True, slots=True)
class Stop:
    """One place a walk stops at: its mark, the marks shown with it, and what the status line says of it."""

    mark: Mark
    parts: tuple[Mark, ...] = ()  # a quote's speaker and cue, a hit's matched words
    note: str = ""  # e.g. "Kim Yo Jong · direct · said"

    @property
    def marks(self) -> tuple[Mark, ...]:
        return (self.mark, *self.parts)

    @property
    def current_marks(self) -> tuple[Mark, ...]:
        """What the reader is on at this stop: a hit's matched words when it has any (the hit around
        them stays marked as a hit), else the stop with its parts."""
        if self.mark.role == "hit" and self.parts:
            return self.parts
        return self.marks


class Segment:
    """The stops of one walk that fall in one article, in body order.

    A walk over an entity named in thousands of articles knows how many stops each has (from the
    ``FactIndex``) but works out where they are only when the walk reaches that article.
    """

    __slots__ = ("_find", "_stops", "article", "count")

    def __init__(
        self,
        article: int,
        stops: list[Stop] | None = None,
        *,
        count: int = 0,
        find: Callable[[], list[Stop]] | None = None,
    ) -> None:
        self.article = article  # the article's position in the briefing
        self._stops = stops
        self._find = find
        self.count = len(stops) if stops is not None else count

    @property
    def stops(self) -> list[Stop]:
        if self._stops is None:
            assert self._find is not None
            self._stops = self._find()
            self.count = len(self._stops)
        return self._stops


def quote_stop(article: Article, position: int, quote: Quote) -> Stop:
    """A stop for a quote, with the speaker's words and the reporting verb the extractor read."""
    mark, *parts = quote_marks(position, quote, len(article.body))
    speaker = speaker_of(quote) or "unattributed"
    note = " · ".join(part for part in (speaker, quote.kind, quote.cue) if part)
    return Stop(mark, tuple(parts), note)


class Walk:
    """An ordered, wrapping walk over stops grouped by article.

    Segments come in briefing order, except in a ranked walk (search hits in the order the search
    ranked them), where each segment is one stop and an article may come back later.
    """

    def __init__(
        self, label: str, unit: Unit, segments: list[Segment], subject: str = "", *, ranked: bool = False
    ) -> None:
        self.label = label  # shown first in the status line: an entity name, "Quotes by …", a query
        self.unit = unit
        self.subject = subject  # the entity or speaker the walk is about, if any
        self.ranked = ranked
        self.segments = [segment for segment in segments if segment.count]
        self._articles = [segment.article for segment in self.segments]
        # Where each article's segments are (several, in a ranked walk).
        self._segments_of: dict[int, list[int]] = {}
        for number, article in enumerate(self._articles):
            self._segments_of.setdefault(article, []).append(number)
        self._before = [0, *accumulate(segment.count for segment in self.segments)]
        self.total = self._before[-1]
        self.segment = 0
        self.stop = 0

    def __bool__(self) -> bool:
        return self.total > 0

    # --- where we are ------------------------------------------------------------------

    @property
    def article(self) -> int:
        return self.segments[self.segment].article

    @property
    def current(self) -> Stop:
        return self.segments[self.segment].stops[self.stop]

    @property
    def ordinal(self) -> int:
        """1-based number of the current stop across the whole walk."""
        return self._before[self.segment] + self.stop + 1

    def stops_in(self, article: int) -> list[Stop]:
        """Every stop of this walk in one article."""
        return [stop for number in self._segments_of.get(article, ()) for stop in self.segments[number].stops]

    def marks_in(self, article: int) -> list[Mark]:
        """Every mark of this walk's stops in one article (to draw them all)."""
        return [mark for stop in self.stops_in(article) for mark in stop.marks]

    def status(self) -> str:
        if not self.total:
            return f"{self.label} · no {self.unit}s"
        where = (
            f"in {len(self._segments_of):,} article{'s' if len(self._segments_of) != 1 else ''}"
            if self.ranked
            else f"article {self.segment + 1:,} of {len(self.segments):,}"
        )
        text = f"{self.label} · {self.unit} {self.ordinal:,} of {self.total:,} · {where}"
        note = self.current.note
        return f"{text} · {note}" if note else text

    # --- moving ------------------------------------------------------------------------

    def go(self, segment: int, stop: int = 0) -> Stop:
        self.segment, self.stop = segment, stop
        return self.current

    def go_to(self, article: int, start: int) -> Stop:
        """The stop at (or the first after) a body offset in an article."""
        if self.ranked:
            # The article's stop at the offset, else its best ranked after it, else its best, else the best.
            numbers = self._segments_of.get(article, [])
            begins = {n: self.segments[n].stops[0].mark.start for n in numbers}
            at = [n for n in numbers if begins[n] == start]
            after = [n for n in numbers if begins[n] > start]
            return self.go((at or after or numbers or [0])[0])
        found = bisect_left(self._articles, article)
        if found < len(self._articles) and self._articles[found] == article:
            starts = [stop.mark.start for stop in self.segments[found].stops]
            number = bisect_left(starts, start)
            if number < len(starts):
                return self.go(found, number)
            return self.go((found + 1) % len(self.segments))
        return self.go(found % len(self.segments))

    def next(self, from_article: int | None = None) -> Stop:
        """The next stop, into the next article that has one, wrapping at the end.

        When the reader has moved to another article by hand, continue from there, as ``less`` does.
        """
        if from_article is not None and from_article != self.article and not self.ranked:
            # The first article at or after the one the reader is in (a ranked walk keeps its order).
            found = bisect_left(self._articles, from_article)
            return self.go(found % len(self.segments))
        if self.stop + 1 < len(self.segments[self.segment].stops):
            return self.go(self.segment, self.stop + 1)
        return self.go((self.segment + 1) % len(self.segments))

    def previous(self, from_article: int | None = None) -> Stop:
        if from_article is not None and from_article != self.article and not self.ranked:
            # The last article at or before the one the reader is in.
            found = bisect_right(self._articles, from_article) - 1
            segment = found % len(self.segments)
            return self.go(segment, len(self.segments[segment].stops) - 1)
        if self.stop > 0:
            return self.go(self.segment, self.stop - 1)
        segment = (self.segment - 1) % len(self.segments)
        return self.go(segment, len(self.segments[segment].stops) - 1)


# --- building walks ------------------------------------------------------------------------


def entity_walk(briefing: Briefing, fact_index: FactIndex, name: str) -> Walk:
    segments = [
        Segment(position, count=count, find=partial(_mention_stops, briefing, position, number))
        for position, number, count in fact_index.entity_occurrences(name)
    ]
    return Walk(name, "mention", segments, subject=name)


def speaker_walk(briefing: Briefing, fact_index: FactIndex, speaker: str) -> Walk:
    places = ((position, number) for position, numbers in fact_index.speaker_occurrences(speaker) for number in numbers)
    return quotes_walk(briefing, f"Quotes by {speaker}", places, subject=speaker)


def quotes_walk(briefing: Briefing, label: str, places: Iterable[tuple[int, int]], subject: str = "") -> Walk:
    """The quotes at these places (article position, number in the article's quotes), in briefing order."""
    grouped: dict[int, list[int]] = {}
    for position, number in sorted(places):
        grouped.setdefault(position, []).append(number)
    segments = [
        Segment(position, count=len(numbers), find=partial(_quote_stops, briefing, position, numbers))
        for position, numbers in grouped.items()
    ]
    return Walk(label, "quote", segments, subject=subject)


def _mention_stops(briefing: Briefing, position: int, number: int) -> list[Stop]:
    facts = briefing.facts.unpack(position)
    assert facts is not None
    return [Stop(mark) for mark in mention_marks(position, facts.entities[number])]


def _quote_stops(briefing: Briefing, position: int, numbers: list[int]) -> list[Stop]:
    facts = briefing.facts.unpack(position)
    assert facts is not None
    article = briefing.articles[position]
    return sorted((quote_stop(article, position, facts.quotes[number]) for number in numbers), key=_order)


def article_quotes_walk(article: Article, facts: Facts | None, position: int) -> Walk:
    quotes = facts.quotes if facts is not None else []
    stops = sorted((quote_stop(article, position, quote) for quote in quotes), key=_order)
    return Walk("Quotes in this article", "quote", [Segment(position, stops)])


def article_spans_walk(facts: Facts | None, position: int, unit: Literal["figure", "date"]) -> Walk:
    """Every figure (or date) of the article: "figure 2 of 6"."""
    spans = (facts.figures if unit == "figure" else facts.dates) if facts is not None else []
    stops = [Stop(mark) for mark in span_marks(position, ((span.start, span.end) for span in spans), unit)]
    return Walk(f"{unit.capitalize()}s in this article", unit, [Segment(position, stops)])


def search_walk(label: str, hits: Sequence[Hit]) -> Walk:
    """Search hits in the order the search ranked them: Enter on the best is "hit 1 of 18", and
    ``n`` goes to the next best, wherever it is.

    Hits at the same place (a passage matched twice, say as a quote too) are one stop with the words
    of both, where the better of them ranked.
    """
    words: dict[Mark, set[Mark]] = {}  # in rank order: a dict keeps the order marks first came in
    for hit in hits:
        words.setdefault(hit.mark, set()).update(hit.words)
    segments = [Segment(mark.position, [Stop(mark, tuple(sorted(matched)))]) for mark, matched in words.items()]
    return Walk(label, "hit", segments, ranked=True)


def timeline_walk(timeline: Timeline) -> Walk:
    """The dates of a timeline in the order it lists them (dated ones by date, then the rest): after Enter on
    a row, ``n`` goes to the next row, wherever its article is."""
    segments = [Segment(event.position, [Stop(event.mark, note=event.heading)]) for event in timeline.rows]
    return Walk(timeline.label, "date", segments, subject=timeline.subject, ranked=True)


def _order(stop: Stop) -> tuple[int, int]:
    return (stop.mark.start, stop.mark.end)
