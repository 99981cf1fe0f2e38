"""The timeline of a briefing: every date its articles mention, put on the calendar and in order.

One event per date the extractor found (``DateRef``), with the sentence it stands in and its
resolution (``briefing.dates``). Events with a resolution come sorted by date (the wider range
first when two start on the same day: a year before its months, a month before its days), then
by article order; those without one are kept apart, in article order. For one entity, only the
dates in sentences that name it, or in its own quotes, are kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.dates import Resolved, article_date, describe, resolve_in
from briefing.extract.sentences import split_sentences
from briefing.loaded import Briefing
from briefing.marks import Mark
from briefing.model import Article, DateRef
from briefing.packed import DamagedFacts, dates_and_ranges
from briefing.search.hits import ELLIPSIS, snippet

SENTENCE_CHARS = 240  # a sentence is cut to about this many characters around its date
UNRESOLVED = "Unresolved"  # the heading of the dates that could not be put on the calendar


@dataclass(frozen=True, slots=True)
class Event:
    """One date of one article: where it is, what it says, what it means."""

    position: int  # the article's place in the briefing
    start: int  # the date's range in the article's body
    end: int
    text: str  # the date as written
    resolved: Resolved | None
    sentence: str  # the sentence it stands in, on one line, cut around the date
    highlight: tuple[int, int]  # the date within ``sentence``

    @property
    def mark(self) -> Mark:
        return Mark(self.position, self.start, self.end, "date")

    @property
    def heading(self) -> str:
        """The group it is listed under: its day, month, year or period, or ``UNRESOLVED``."""
        return describe(self.resolved) if self.resolved is not None else UNRESOLVED


@dataclass(frozen=True, slots=True)
class Timeline:
    subject: str  # the entity it is about; empty for the whole briefing
    events: tuple[Event, ...]  # resolved, in date order
    unresolved: tuple[Event, ...]  # in article order

    @property
    def rows(self) -> tuple[Event, ...]:
        """Every event in the order it is listed and walked: the dated ones, then the rest."""
        return self.events + self.unresolved

    @property
    def label(self) -> str:
        return f"{self.subject} · timeline" if self.subject else "Timeline"


def build_timeline(briefing: Briefing, subject: str = "") -> Timeline:
    """The timeline of the whole briefing, or of one entity (its canonical name) when ``subject`` is given.

    An entity's timeline needs the fact index; without one (facts still being extracted) it is empty.
    """
    events: list[Event] = []
    for position, dates, keep in _articles(briefing, subject):
        events.extend(_events(briefing.articles[position], position, dates, keep))
    dated = [event for event in events if event.resolved is not None]
    dated.sort(key=_date_order)
    unresolved = tuple(event for event in events if event.resolved is None)
    return Timeline(subject, tuple(dated), unresolved)


def _date_order(event: Event) -> tuple[int, int, int, int]:
    resolved = event.resolved
    assert resolved is not None
    return (resolved.start.toordinal(), -resolved.end.toordinal(), event.position, event.start)


# Where an entity's timeline looks in an article: the ranges of its mentions and of its quotes.
_Ranges = list[tuple[int, int]]


def _articles(briefing: Briefing, subject: str) -> Iterator[tuple[int, list[DateRef], _Ranges | None]]:
    """(position, dates, the ranges a date's sentence must touch, or None for any) for each article to read.

    Read from the packed facts (``packed.dates_and_ranges``), without unpacking them: an entity named in
    hundreds of articles needs only their dates and its own mentions and quotes.
    """
    numbers: dict[int, list[int]] = {}
    quoted: dict[int, list[int]] = {}
    if not subject:
        positions: Iterable[int] = range(len(briefing.facts))
    elif briefing.fact_index is None:
        return
    else:
        for position, number, _count in briefing.fact_index.entity_occurrences(subject):
            numbers.setdefault(position, []).append(number)
        quoted = dict(briefing.fact_index.speaker_occurrences(subject))
        positions = sorted(numbers.keys() | quoted.keys())
    for position in positions:
        blob = briefing.facts.packed(position)
        if blob is None:
            continue
        try:
            dates, ranges = dates_and_ranges(blob, numbers.get(position, ()), quoted.get(position, ()))
        except DamagedFacts:
            continue  # damaged facts are no facts: the article shows none either
        if dates:
            yield position, dates, ranges if subject else None


def _events(article: Article, position: int, dates: list[DateRef], keep: _Ranges | None) -> Iterator[Event]:
    """The article's dates as events; with ``keep``, only those whose sentence touches one of its ranges."""
    body = article.body
    anchor = article_date(article.published)
    sentences = _Sentences(article, keep)
    for ref in dates:
        around = sentences.around(ref.start, ref.end)
        if around is None:
            continue
        text, highlight = _cut(body, around, ref)
        yield Event(position, ref.start, ref.end, ref.text, resolve_in(body, ref, anchor), text, highlight)


def _cut(body: str, sentence: tuple[int, int], ref: DateRef) -> tuple[str, tuple[int, int]]:
    """The sentence on one line, cut to about ``SENTENCE_CHARS`` around the date, and the date's place in it.

    Only a window around the date is copied: a paragraph of two megabytes without a full stop is one
    sentence, and copying it for each of its dates would cost the square of its length.
    """
    start, end = sentence
    low, high = max(start, ref.start - SENTENCE_CHARS), min(end, ref.end + SENTENCE_CHARS)
    text, highlights = snippet(body[low:high], [(ref.start - low, ref.end - low)], SENTENCE_CHARS)
    highlight = highlights[0] if highlights else (0, 0)
    if low > start and not text.startswith(ELLIPSIS):
        text = ELLIPSIS + text
        highlight = (highlight[0] + 1, highlight[1] + 1)
    if high < end and not text.endswith(ELLIPSIS):
        text += ELLIPSIS
    return text, highlight


def _touches(ranges: _Ranges, start: int, end: int) -> bool:
    """Whether any of the ranges overlaps ``start``-``end``."""
    # Ranges are few per article (an entity's mentions and quotes): a scan costs less than an interval tree.
    return any(range_start < end and start < range_end for range_start, range_end in ranges)


class _Sentences:
    """The sentence around a range of one article's body, if it touches one of ``keep`` (None: any sentence does).

    Each paragraph is split once, when first asked, and only when one of ``keep`` is in it.
    """

    def __init__(self, article: Article, keep: _Ranges | None) -> None:
        self.body = article.body
        self.keep = keep
        self.paragraphs = article.paragraphs
        self.starts = [span.start for span in article.paragraphs]
        self.split: dict[int, list[tuple[int, int]]] = {}

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        keep = self.keep
        number = bisect_right(self.starts, start) - 1
        if number < 0 or self.paragraphs[number].end < end:
            # Not inside a paragraph (it cannot be, but a damaged cache may say so): the date alone.
            return (start, end) if keep is None or _touches(keep, start, end) else None
        sentences = self.split.get(number)
        if sentences is None:
            span = self.paragraphs[number]
            if keep is not None and not _touches(keep, span.start, span.end):
                sentences = []
            else:
                sentences = [(s.start, s.end) for s in split_sentences(self.body, span.start, span.end)]
            self.split[number] = sentences
        found = bisect_right(sentences, (start, len(self.body))) - 1  # the last sentence starting at or before it
        if found < 0 or sentences[found][1] < start:
            # Between sentences (it cannot be, but a damaged cache may say so), or in a paragraph left out.
            return (start, end) if keep is None or _touches(keep, start, end) else None
        # The sentence holding the date's start; a date running over a sentence end takes the next one too.
        sentence_start, sentence_end = sentences[found]
        while sentence_end < end and found + 1 < len(sentences):
            found += 1
            sentence_end = sentences[found][1]
        if keep is not None and not _touches(keep, sentence_start, sentence_end):
            return None
        return sentence_start, max(sentence_end, end)


def event_to_dict(event: Event, article: Article) -> dict[str, object]:
    """An event as ``briefing timeline --json`` writes it."""
    return {
        "resolved": event.resolved.to_dict() if event.resolved is not None else None,
        "text": event.text,
        "sentence": event.sentence,
        "article_id": article.id,
        "title": article.title,
        "start": event.start,
        "end": event.end,
    }


def timeline_to_dict(timeline: Timeline, briefing: Briefing) -> dict[str, object]:
    record: dict[str, object] = {"who": timeline.subject} if timeline.subject else {}
    for key, events in (("events", timeline.events), ("unresolved", timeline.unresolved)):
        record[key] = [event_to_dict(event, briefing.articles[event.position]) for event in events]
    return record
