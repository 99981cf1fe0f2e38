"""One entity across the briefing: its names, roles, articles, quotes by and about it, and who it appears with.

Built from the fact index (``briefing.fact_index``) alone, which knows the articles that name the
entity (by any of its names), its roles and forms there, the sentences that name it, who else each
of those names and which quotes overlap it: a profile is lookups, no article is read. It costs what
the entity's own sentences cost, not the briefing's; the quotes it lists are read when shown.

"Quotes about" are quotes by anyone else (or by no one known) whose sentences name the entity: in
the quoted words, or in the attribution around them ("Mr Brown said of Mr Blair: …").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.dates import article_date
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.model import EntityKind, Quote

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
    mentions: dict[int, int] = {}
    roles: Counter[str] = Counter()  # in how many articles each is given
    sentences: dict[int, int] = {}  # the sentences naming it -> their article's position
    for position, number, count in fact_index.entity_occurrences(canonical):
        mentions[position] = mentions.get(position, 0) + count  # two of its names in one article
        row = fact_index.row(position, number)
        if fact_index.row_roles[row]:
            roles.update(dict.fromkeys(fact_index.roles(row), 1))  # once per article
        sentences.update(dict.fromkeys(fact_index.row_sentences[row], position))
    quoting = dict(fact_index.speaker_occurrences(canonical))
    together, about = _in_its_sentences(fact_index, canonical, sentences, quoting)
    order = _article_order(mentions, date_of or published_date(briefing))
    forms: Counter[str] = Counter()
    for member in identity.names_of(canonical):
        if member in fact_index.summaries:
            forms.update(fact_index.forms_of(member))
    return Profile(
        name=canonical,
        kind=summary.kind,
        roles=tuple(role for role, _ in roles.most_common()),
        forms=tuple(sorted(forms.items(), key=lambda item: (-item[1], item[0]))),
        articles=tuple(ArticleMentions(position, mentions[position]) for position in order),
        quotes_by=_in_order(fact_index, quoting, order),
        quotes_about=_in_order(fact_index, about, order),
        companions=tuple(
            Companion(entity, fact_index.summaries[entity].kind, count)
            for entity, count in sorted(together.items(), key=lambda item: (-item[1], item[0]))[:companions]
        ),
    )


def _in_its_sentences(
    fact_index: FactIndex, canonical: str, sentences: dict[int, int], quoting: dict[int, list[int]]
) -> tuple[dict[str, int], dict[int, list[int]]]:
    """In the sentences naming the entity (number -> article position): the other entities, each counted once
    per sentence it is in; and the quotes overlapping them that are not its own (article position -> numbers)."""
    named_with: list[str] = []  # each entity once for every sentence it is in (the profiled one too)
    about: dict[int, dict[int, None]] = {}  # article position -> its quotes about the entity, each once
    entity_of = fact_index.canonical_names()
    names, quotes = fact_index.sentence_names, fact_index.sentence_quotes
    for sentence, position in sentences.items():
        named = names[sentence]
        if len(named) > 1:  # one name is its own
            named_with += {entity_of[number] for number in named}
        overlapping = quotes[sentence]
        if overlapping:
            own = quoting.get(position, ())
            about.setdefault(position, {}).update((number, None) for number in overlapping if number not in own)
    together = Counter(named_with)
    del together[canonical]
    return together, {position: list(numbers) for position, numbers in about.items() if numbers}


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


def _in_order(fact_index: FactIndex, quotes: dict[int, list[int]], order: list[int]) -> tuple[QuotePlace, ...]:
    """Quotes given as article position -> their numbers, in the order of the profile's articles, then of the
    text; those in articles that do not name the entity (quoted through a pronoun) after the rest."""
    placed: list[QuotePlace] = []
    unnamed = sorted(quotes.keys() - set(order))
    for position in (*order, *unnamed):
        numbers = quotes.get(position)
        if numbers is None:
            continue
        if len(numbers) > 1:
            numbers = sorted(numbers, key=lambda number: (fact_index.quote_start(position, number), number))
        placed += (QuotePlace(position, number) for number in numbers)
    return tuple(placed)


def quote_at(briefing: Briefing, place: QuotePlace) -> Quote | None:
    """The quote at a place a profile lists, None if the briefing does not hold it."""
    return briefing.facts.quote(place.position, place.number)
