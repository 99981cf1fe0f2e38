"""One entity across the briefing: its names, roles, articles, quotes by and about it, and who it appears with.

Built from the fact index (``briefing.fact_index``) alone, which knows the articles that name the
entity (by any of its names), its roles and forms there, the sentences that name it, who else each
of those names and which quotes overlap it: a profile is lookups, no article is read. It costs what
the entity's own sentences cost, not the briefing's; the quotes it lists are read when shown.

"Quotes about" are quotes by anyone else (or by no one known) whose sentences name the entity: in
the quoted words, or in the attribution around them ("Mr Brown said of Mr Blair: …").
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.dates import article_date
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.model import EntityKind, Quote

if TYPE_CHECKING:
    import numpy as np

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
    import numpy as np  # here, not at start-up: it costs a tenth of a second (FactIndex.warm imports it early)

    identity = fact_index.identity
    canonical = identity.canonical(name)
    summary = fact_index.summaries.get(canonical)
    if summary is None:
        return None
    positions, numbers, counts = _occurrences(fact_index, identity.names_of(canonical))
    rows = _as_numpy(fact_index.first_row)[positions] + numbers
    roles: Counter[str] = Counter()  # in how many articles each is given
    for row in rows[_as_numpy(fact_index.row_roles)[rows] != 0].tolist():
        roles.update(dict.fromkeys(fact_index.roles(row), 1))
    named_in, firsts = np.unique(positions, return_index=True)
    mentions = (
        dict(zip(named_in.tolist(), np.add.reduceat(counts, firsts).tolist(), strict=True)) if len(firsts) else {}
    )
    sentences, owners = fact_index.row_sentences.gather(rows)  # the sentences naming it, and their articles
    sentences, firsts = np.unique(sentences, return_index=True)
    articles_of = positions[owners[firsts]]
    quoting = fact_index.speaker_occurrences(canonical)
    by = np.array([(position, number) for position, quoted in quoting for number in quoted], dtype=np.int64)
    by_positions, by_numbers = (by[:, 0], by[:, 1]) if len(by) else (by, by)
    order = _article_order(mentions, date_of or published_date(briefing))
    forms: Counter[str] = Counter()
    for member in identity.names_of(canonical):
        if member in fact_index.summaries:
            forms.update(fact_index.forms_of(member))
    kind_of = fact_index.summaries
    return Profile(
        name=canonical,
        kind=summary.kind,
        roles=tuple(role for role, _ in roles.most_common()),
        forms=tuple(sorted(forms.items(), key=lambda item: (-item[1], item[0]))),
        articles=tuple(ArticleMentions(position, mentions[position]) for position in order),
        quotes_by=_in_order(fact_index, by_positions, by_numbers, order),
        quotes_about=_in_order(
            fact_index, *_quotes_about(fact_index, sentences, articles_of, by_positions, by_numbers), order
        ),
        companions=tuple(
            Companion(entity, kind_of[entity].kind, count)
            for entity, count in _named_with(fact_index, canonical, sentences, companions)
        ),
    )


def _as_numpy(values: array) -> np.ndarray:
    """An array of the fact index as numpy sees it (no copy): index it, then count with what it gives."""
    import numpy as np

    return np.frombuffer(values, dtype=np.uint32)


def _occurrences(fact_index: FactIndex, names: Iterable[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(article positions, positions in their facts.entities, mention counts) of every row of these names,
    in briefing order."""
    import numpy as np

    flats = [np.frombuffer(fact_index.entities[name], dtype=np.uint32) for name in names if name in fact_index.entities]
    rows = np.concatenate(flats).astype(np.int64).reshape(-1, 3)
    if len(flats) > 1:
        rows = rows[np.lexsort((rows[:, 1], rows[:, 0]))]
    return rows[:, 0], rows[:, 1], rows[:, 2]


def _named_with(fact_index: FactIndex, canonical: str, sentences: np.ndarray, limit: int) -> list[tuple[str, int]]:
    """The other entities named in these sentences, with in how many of them, most first (then by name)."""
    import numpy as np

    named, owners = fact_index.sentence_names.gather(sentences)
    everyone = len(fact_index.names)
    entities = np.unique(owners * everyone + fact_index.canonical_numbers()[named]) % everyone  # once a sentence
    counts = np.bincount(entities, minlength=everyone)
    counts[fact_index.name_number(canonical)] = 0  # itself
    found = np.flatnonzero(counts)
    if len(found) > limit:  # the most frequent, and all that tie with the last of them
        found = found[counts[found] >= np.partition(counts[found], -limit)[-limit]]
    ranked = sorted(
        ((fact_index.names[entity], int(counts[entity])) for entity in found), key=lambda item: (-item[1], item[0])
    )
    return ranked[:limit]


def _quotes_about(
    fact_index: FactIndex,
    sentences: np.ndarray,
    articles_of: np.ndarray,
    by_positions: np.ndarray,
    by_numbers: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(article positions, numbers) of the quotes overlapping these sentences (in these articles) but its own."""
    import numpy as np

    numbers, owners = fact_index.sentence_quotes.gather(sentences)
    positions = articles_of[owners]
    first_quote = _as_numpy(fact_index.first_quote)
    quotes, firsts = np.unique(first_quote[positions] + numbers, return_index=True)
    others = ~np.isin(quotes, first_quote[by_positions] + by_numbers)
    return positions[firsts][others], numbers[firsts][others]


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


def _in_order(
    fact_index: FactIndex, positions: np.ndarray, numbers: np.ndarray, order: list[int]
) -> tuple[QuotePlace, ...]:
    """Quotes (their article positions and numbers), in the order of the profile's articles, then of the text;
    those in articles that do not name the entity (quoted through a pronoun) after the rest, in briefing order."""
    import numpy as np

    rank = np.full(len(fact_index.first_row), len(order), dtype=np.int64)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(order))
    starts = _as_numpy(fact_index.quote_starts)[_as_numpy(fact_index.first_quote)[positions] + numbers]
    placed = np.lexsort((numbers, starts, positions, rank[positions]))
    return tuple(map(QuotePlace, positions[placed].tolist(), numbers[placed].tolist()))


def quote_at(briefing: Briefing, place: QuotePlace) -> Quote | None:
    """The quote at a place a profile lists, None if the briefing does not hold it."""
    return briefing.facts.quote(place.position, place.number)
