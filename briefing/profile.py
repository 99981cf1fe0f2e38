"""One entity across the briefing: its names, roles, articles, quotes by and about it, and who it appears with.

Built from the fact index (``briefing.fact_index``), which knows the articles that name the entity
(by any of its names) and where its quotes are: only those articles are read, each through its
outline (``briefing.packed.outline``), its facts unpacked only when it holds a quote by or about the
entity, and its sentences found only in the lines that name it. A profile costs what the entity's
own articles cost, not the briefing's.

"Quotes about" are quotes by anyone else (or by no one known) whose sentences name the entity: in
the quoted words, or in the attribution around them ("Mr Brown said of Mr Blair: …").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from briefing.dates import article_date
from briefing.extract.sentences import split_sentences
from briefing.fact_index import FactIndex, speaker_name
from briefing.loaded import Briefing
from briefing.model import EntityKind, Quote
from briefing.packed import Outline

# The entities listed as appearing with one: the most frequent, enough for any screen.
COMPANIONS = 50


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    position: int  # the article's place in the briefing
    mentions: int


@dataclass(frozen=True, slots=True, order=True)
class QuotePlace:
    """Where a quote is: its article's place in the briefing and its own in the article's quotes.

    The quote itself is read when it is shown (``quote_at``): a profile of an entity named in
    thousands of articles may list thousands of quotes about it, and only a screenful is read.
    """

    position: int
    number: int


@dataclass(frozen=True, slots=True)
class Companion:
    """An entity named in the same sentence as the profiled one, and in how many sentences."""

    name: str
    kind: EntityKind
    count: int


@dataclass(frozen=True, slots=True)
class Profile:
    name: str  # the canonical name
    kind: EntityKind
    roles: tuple[str, ...]  # titles and roles, the one given in most articles first
    forms: tuple[tuple[str, int], ...]  # every form it is written in, with its count, most used first
    articles: tuple[ArticleMentions, ...]  # newest first when articles are dated, else in briefing order
    quotes_by: tuple[QuotePlace, ...]  # in the order of the articles, then of the text
    quotes_about: tuple[QuotePlace, ...]
    companions: tuple[Companion, ...]  # most sentences shared first

    @property
    def mentions(self) -> int:
        return sum(article.mentions for article in self.articles)


def published_date(briefing: Briefing) -> Callable[[int], str | None]:
    """Each article's date (ISO) by position, from what it says of when it was published."""

    def date_of(position: int) -> str | None:
        day = article_date(briefing.articles[position].published)
        return day.isoformat() if day is not None else None

    return date_of


def build_profile(
    briefing: Briefing,
    fact_index: FactIndex,
    name: str,
    *,
    date_of: Callable[[int], str | None] | None = None,
    companions: int = COMPANIONS,
) -> Profile | None:
    """The profile of the entity ``name`` is (any of its names), None when the briefing has no such entity.

    ``date_of`` gives an article's date (ISO, "YYYY-MM-DD") by position, None when unknown; by
    default the date it was published (``published_date``).
    """
    identity = fact_index.identity
    canonical = identity.canonical(name)
    summary = fact_index.summaries.get(canonical)
    if summary is None:
        return None
    names = frozenset(identity.names_of(canonical))
    mentions: dict[int, int] = {}
    for position, _, count in fact_index.entity_occurrences(canonical):
        mentions[position] = mentions.get(position, 0) + count  # two of its names in one article
    quoting = dict(fact_index.speaker_occurrences(canonical))
    forms: Counter[str] = Counter()
    roles: Counter[str] = Counter()  # in how many articles each is given
    together: Counter[str] = Counter()
    by: list[tuple[int, int, int]] = []  # (article position, start, quote number)
    about: list[tuple[int, int, int]] = []
    for position in sorted(mentions.keys() | quoting.keys()):
        found = briefing.facts.outline(position)
        if found is None:
            continue
        by += ((position, found.quote_starts[number], number) for number in quoting.get(position, ()))
        if position not in mentions:
            continue  # quoted, not named (a pronoun carried the speaker over)
        own: list[int] = []  # where the entity's mentions start
        first = 0
        for entity, count, role_text in zip(found.entity_names, found.mention_counts, found.entity_roles, strict=True):
            if entity in names:
                own += found.mention_starts[first : first + count]
                forms.update(found.mention_texts[first : first + count])
                if role_text:
                    roles.update(dict.fromkeys(role_text.split("\n"), 1))  # once per article
            first += count
        sentences = _sentences_at(briefing.articles[position].body, own)
        together.update(_named_with(found, sentences, names, identity.aliases))
        ends = [end for _, end in sentences]
        quotes = zip(found.quote_starts, found.quote_ends, found.quote_speakers, found.quote_speaker_texts, strict=True)
        for number, (start, end, speaker, words) in enumerate(quotes):
            sentence = bisect_right(ends, start)  # the first sentence ending after the quote starts
            named = sentence < len(sentences) and sentences[sentence][0] < end
            if named and identity.canonical(speaker_name(speaker, words)) != canonical:
                about.append((position, start, number))
    order = _article_order(mentions, date_of or published_date(briefing))
    return Profile(
        name=canonical,
        kind=summary.kind,
        roles=tuple(role for role, _ in roles.most_common()),
        forms=tuple(sorted(forms.items(), key=lambda item: (-item[1], item[0]))),
        articles=tuple(ArticleMentions(position, mentions[position]) for position in order),
        quotes_by=_in_order(by, order),
        quotes_about=_in_order(about, order),
        companions=tuple(
            Companion(entity, fact_index.summaries[entity].kind, count)
            for entity, count in sorted(together.items(), key=lambda item: (-item[1], item[0]))[:companions]
        ),
    )


def _named_with(
    found: Outline, sentences: list[tuple[int, int]], names: frozenset[str], aliases: dict[str, str]
) -> list[str]:
    """The other entities (canonical names) named in these sentences, each once per sentence it is in."""
    starts, entities = found.mention_starts, found.entity_names
    bounds = list(accumulate(found.mention_counts))  # entity i's mentions end at bounds[i]
    named: list[str] = []
    for start, end in sentences:
        inside = {bisect_right(bounds, number) for number, at in enumerate(starts) if start <= at < end}
        owners = {entities[entity] for entity in inside} - names
        named += {aliases.get(owner, owner) for owner in owners}
    return named


def _article_order(positions: Iterable[int], date_of: Callable[[int], str | None]) -> list[int]:
    """Newest first where dates are known (briefing order within a day), then the undated in briefing order."""
    dated: list[tuple[str, int]] = []
    undated_positions: list[int] = []
    for position in sorted(positions):
        date = date_of(position)
        if date is None:
            undated_positions.append(position)
        else:
            dated.append((date, -position))
    dated.sort(reverse=True)
    return [-negative for _, negative in dated] + undated_positions


def _sentences_at(body: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The sentences holding these offsets, in body order, each once.

    Only the lines holding them are split: a newline always ends a sentence (``extract.sentences``),
    so a line's sentences are those the whole body would give.
    """
    found: dict[int, tuple[int, int]] = {}
    lines: dict[int, list[tuple[int, int]]] = {}
    for offset in offsets:
        line_start = body.rfind("\n", 0, offset) + 1
        sentences = lines.get(line_start)
        if sentences is None:
            line_end = body.find("\n", offset)
            segments = split_sentences(body, line_start, len(body) if line_end < 0 else line_end)
            sentences = lines[line_start] = [(segment.start, segment.end) for segment in segments]
        for start, end in sentences:
            if start <= offset < end:
                found[start] = (start, end)
                break
    return sorted(found.values())


def _in_order(quotes: list[tuple[int, int, int]], order: list[int]) -> tuple[QuotePlace, ...]:
    """Quotes given as (article position, start, number), in the order of the profile's articles, then of the
    text; those in articles that do not name the entity (quoted through a pronoun) after the rest."""
    rank = {position: number for number, position in enumerate(order)}
    last = len(rank)
    quotes.sort(key=lambda quote: (rank.get(quote[0], last), quote[0], quote[1], quote[2]))
    return tuple(QuotePlace(position, number) for position, _, number in quotes)


def quote_at(briefing: Briefing, place: QuotePlace) -> Quote | None:
    """The quote at a place a profile lists, None if the briefing does not hold it."""
    facts = briefing.facts.unpack(place.position)
    return facts.quotes[place.number] if facts is not None and place.number < len(facts.quotes) else None
