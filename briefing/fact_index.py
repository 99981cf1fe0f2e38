"""Who is in the briefing and where: per-entity and per-speaker lookups across every article.

Filled article by article, in briefing order, as facts arrive, from the packed facts without
unpacking them (``briefing.packed.outline``); which names are one entity across the briefing
(``Identity``) is worked out when first asked after a change. Kept as flat arrays of numbers, one array per name rather
than one object per mention, so it stays small at 10,000 articles; saved beside the search
index (``briefing.search.persist``) so reopening a briefing does not rebuild it.

It also knows, down to the sentence, what an entity's profile (``briefing.profile``) counts: which
names each sentence that names anyone holds, which quotes overlap it, each name's roles and written
forms. Splitting the sentences is most of what a profile of an entity named in thousands of articles
cost; done here, while the loading thread waits for the extractor, a profile is lookups.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice, pairwise
from itertools import count as count_from
from typing import TYPE_CHECKING

from briefing.extract.gazetteer import spelling_key
from briefing.extract.sentences import Segment, split_sentences
from briefing.facts import FactTable
from briefing.model import CONFIDENT, Article, EntityKind, Quote
from briefing.packed import Outline

if TYPE_CHECKING:
    import numpy as np

# Confidence is kept in thousandths (see ``packed``).
CONFIDENT_PER_MILLE = round(CONFIDENT * 1000)
_RAGGED = ("row_sentences", "sentence_names", "sentence_quotes")  # the index's ragged parts, as saved


@dataclass(slots=True)
class EntitySummary:
    name: str
    kind: EntityKind
    mentions: int = 0
    articles: int = 0
    confidence: int = 0  # per mille: the best any article gives the kind (see ``extract.kinds``)

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT_PER_MILLE


@dataclass(slots=True)
class Ragged:
    """Many short lists of numbers as two flat arrays: list ``i`` is ``items[bounds[i]:bounds[i + 1]]``."""

    bounds: array = field(default_factory=lambda: array("I", [0]))
    items: array = field(default_factory=lambda: array("I"))

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, number: int) -> array:
        return self.items[self.bounds[number] : self.bounds[number + 1]]

    def gather(self, lists: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The items of these lists (by number), list after list, and for each item the place in ``lists``
        of the list it is in."""
        import numpy as np

        bounds = np.frombuffer(self.bounds, dtype=np.uint32)
        starts = bounds[lists].astype(np.int64)
        lengths = bounds[lists + 1].astype(np.int64) - starts
        owners = np.repeat(np.arange(len(lists)), lengths)
        ends = np.cumsum(lengths)
        places = np.arange(ends[-1] if len(ends) else 0) - np.repeat(ends - lengths, lengths) + starts[owners]
        return np.frombuffer(self.items, dtype=np.uint32)[places].astype(np.int64), owners

    def extend_from(self, other: Ragged, low: int, high: int, shift: int = 0) -> None:
        """Add the lists ``low`` to ``high`` of another, each item plus ``shift``."""
        start, end = other.bounds[low], other.bounds[high]
        first = len(self.items) - start
        self.bounds.extend([bound + first for bound in other.bounds[low + 1 : high + 1]])
        self.items.extend([item + shift for item in other.items[start:end]] if shift else other.items[start:end])

    def extend(self, lists: Sequence[Sequence[int]]) -> None:
        """Add these lists at the end."""
        self.bounds.extend(islice(accumulate(map(len, lists), initial=len(self.items)), 1, None))
        self.items.extend(chain.from_iterable(lists))


@dataclass(slots=True)
class FactIndex:
    """Per-entity and per-speaker lookups across the briefing."""

    summaries: dict[str, EntitySummary] = field(default_factory=dict)
    # canonical name -> (article position, position in its facts.entities, mention count), flattened
    entities: dict[str, array] = field(default_factory=dict)
    # speaker -> (article position, position in its facts.quotes), flattened, in briefing order
    speakers: dict[str, array] = field(default_factory=dict)
    # Down to the sentence. Each entity of each article's facts is a *row*, and each quote a quote, numbered
    # through the briefing; a *sentence* (``extract.sentences``) is one that holds the start of a mention,
    # numbered through the briefing too. Names are numbered in the order first seen (that of ``entities``).
    names: list[str] = field(default_factory=list)
    first_row: array = field(default_factory=lambda: array("I"))  # article position -> its first row
    first_sentence: array = field(default_factory=lambda: array("I"))  # article position -> its first sentence
    first_quote: array = field(default_factory=lambda: array("I"))  # article position -> its first quote
    row_sentences: Ragged = field(default_factory=Ragged)  # row -> the sentences its mentions start in
    row_roles: array = field(default_factory=lambda: array("I"))  # row -> its roles: a number in ``role_texts``
    role_texts: list[str] = field(default_factory=lambda: [""])  # roles joined by newlines ("": none)
    sentence_names: Ragged = field(default_factory=Ragged)  # sentence -> the names it holds a mention of
    sentence_quotes: Ragged = field(default_factory=Ragged)  # sentence -> the quotes (in its article) overlapping it
    quote_starts: array = field(default_factory=lambda: array("I"))  # quote -> where it starts in the body
    # name -> how often it is written in each form, for the names not always written as themselves
    forms: dict[str, dict[str, int]] = field(default_factory=dict)
    _identity: Identity | None = field(default=None, repr=False)  # worked out when first asked
    _canonical_numbers: tuple[Identity, np.ndarray] | None = field(default=None, repr=False, compare=False)
    # Names and role texts -> their numbers (made again for a saved index when first needed).
    _numbers: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _role_numbers: dict[str, int] = field(default_factory=lambda: {"": 0}, repr=False, compare=False)

    @classmethod
    def build(cls, articles: Sequence[Article], facts: FactTable, earlier: Earlier | None = None) -> FactIndex:
        """The index of these articles and facts. ``earlier``: the briefing's articles, facts and index before a
        refresh: an article that is the very same, with the same facts, takes its sentences from there rather
        than having them split again (most of the cost of building)."""
        fact_index = cls()
        articles_before, facts_before, index_before = earlier or ((), FactTable(), fact_index)
        was = {id(article): number for number, article in enumerate(articles_before)}
        for position in range(len(facts)):
            article, blob = articles[position], facts.packed(position)
            number = was.get(id(article), -1)
            same = number >= 0 and blob is not None and facts_before.packed(number) == blob
            fact_index.add(position, facts.outline(position), article.body, (index_before, number) if same else None)
        return fact_index

    def add(self, position: int, found: Outline | None, body: str, kept: tuple[FactIndex, int] | None = None) -> None:
        """Take in the facts of the article at ``position`` (their outline; None: it has none) and its body.
        ``kept``: an index that holds this very article with these facts, and its position there.

        Articles are added in briefing order.
        """
        while len(self.first_row) <= position:  # no rows, sentences or quotes for an article without facts
            self.first_row.append(len(self.row_roles))
            self.first_sentence.append(len(self.sentence_names))
            self.first_quote.append(len(self.quote_starts))
        if found is None:
            return
        self._identity = None
        if len(self._role_numbers) != len(self.role_texts):  # a saved index
            self._role_numbers = {text: number for number, text in enumerate(self.role_texts)}
        numbers = self._add_entities(position, found)
        if kept:
            self._keep_sentences(*kept)
        else:
            self._add_sentences(*_sentences_of(body, found), numbers)
        self.quote_starts.extend(found.quote_starts)
        for number, speaker, words in zip(count_from(), found.quote_speakers, found.quote_speaker_texts):
            name = speaker_name(speaker, words)
            if name:
                self.speakers.setdefault(name, array("I")).extend((position, number))

    def _add_entities(self, position: int, found: Outline) -> list[int]:
        """The article's entities: their occurrences, summaries, roles and forms. Returns each row's name
        number (-1 for a row without mentions, which is left out)."""
        summaries, entities, names, forms = self.summaries, self.entities, self._name_numbers(), self.forms
        self.row_roles.extend([self._role_number(roles) if roles else 0 for roles in found.entity_roles])
        texts = found.mention_texts
        numbers: list[int] = []
        first = 0
        entity_rows = zip(
            found.entity_names, found.entity_kinds, found.mention_counts, found.entity_confidences, strict=True
        )
        for number, (name, kind, count, confidence) in enumerate(entity_rows):
            start, first = first, first + count
            if not count:
                numbers.append(-1)
                continue
            occurrences = entities.get(name)
            if occurrences is None:
                occurrences = entities[name] = array("I")
                summaries[name] = EntitySummary(name, kind)  # type: ignore[arg-type]  # packed kinds are EntityKind values
                names[name] = len(self.names)
                self.names.append(name)
            numbers.append(names[name])
            occurrences.extend((position, number, count))
            summary = summaries[name]
            if name in forms or (texts[start] != name if count == 1 else texts[start:first].count(name) != count):
                self._count_forms(name, texts[start:first], summary.mentions)
            summary.mentions += count
            summary.articles += 1
            if confidence > summary.confidence:
                # One name, one kind across the briefing: the kind the surest article gives it.
                summary.kind = kind  # type: ignore[assignment]  # packed kinds are EntityKind values
                summary.confidence = confidence
        return numbers

    def _count_forms(self, name: str, texts: list[str], before: int) -> None:
        """The forms a name is written in here, for a name not always written as itself (``before``: its
        mentions so far, all written as itself unless it already has forms)."""
        written = self.forms.get(name)
        if written is None:
            written = self.forms[name] = {name: before} if before else {}
        for text in texts:
            written[text] = written.get(text, 0) + 1

    def _add_sentences(self, rows: list[list[int]], quotes: list[list[int]], numbers: list[int]) -> None:
        """An article's sentences (see ``_sentences_of``), given its rows' name numbers (-1: none)."""
        first_sentence = len(self.sentence_names)
        names_in: list[list[int]] = [[] for _ in quotes]
        for own, number in zip(rows, numbers, strict=True):
            for sentence in own:
                names_in[sentence].append(number)
        self.row_sentences.extend([[first_sentence + sentence for sentence in own] for own in rows])
        self.sentence_names.extend(names_in)
        self.sentence_quotes.extend(quotes)

    def _keep_sentences(self, before: FactIndex, position: int) -> None:
        """The sentences of the article at ``position`` in ``before`` (the same article, with the same facts,
        just added here): copied as they are, numbered for this index."""
        rows = _span(before.first_row, position, len(before.row_roles))
        low, high = _span(before.first_sentence, position, len(before.sentence_names))
        self.row_sentences.extend_from(before.row_sentences, *rows, shift=len(self.sentence_names) - low)
        self.sentence_quotes.extend_from(before.sentence_quotes, low, high)
        start = len(self.sentence_names.items)
        self.sentence_names.extend_from(before.sentence_names, low, high)
        items, numbers, names = self.sentence_names.items, self._name_numbers(), before.names
        items[start:] = array("I", [numbers[names[name]] for name in items[start:]])  # names are numbered anew

    def _role_number(self, text: str) -> int:
        number = self._role_numbers.get(text)
        if number is None:
            number = self._role_numbers[text] = len(self.role_texts)
            self.role_texts.append(text)
        return number

    @property
    def identity(self) -> Identity:
        """Which names across the briefing are one entity ("Blair" and "Tony Blair")."""
        if self._identity is None:
            self._identity = Identity.of(self.summaries)
        return self._identity

    def warm(self) -> None:
        """Work out now what the first profile or walk would otherwise wait for: which names are one entity
        (some 0.4 s at 10,000 articles), and numpy, which profiles count with (a tenth of a second to import).
        Meant for a background thread once the index is in use."""
        self.canonical_numbers()

    def name_number(self, name: str) -> int:
        """A name's number (its place in ``names``)."""
        return self._name_numbers()[name]

    def _name_numbers(self) -> dict[str, int]:
        if len(self._numbers) != len(self.names):  # a saved index
            self._numbers = {name: number for number, name in enumerate(self.names)}
        return self._numbers

    def canonical_numbers(self) -> np.ndarray:
        """For each name (by number), the number of the name of the entity it is a name of. Worked out once
        per identity."""
        import numpy as np

        identity = self.identity
        if self._canonical_numbers is None or self._canonical_numbers[0] is not identity:
            numbers = self._name_numbers()
            found = [numbers[identity.canonical(name)] for name in self.names]
            self._canonical_numbers = (identity, np.array(found, dtype=np.int64))
        return self._canonical_numbers[1]

    def entity_summaries(self) -> dict[str, EntitySummary]:
        """One summary per entity of the briefing, the counts of every name it goes by added up."""
        merged: dict[str, EntitySummary] = {}
        identity = self.identity
        for name, summary in self.summaries.items():
            canonical = identity.canonical(name)
            total = merged.get(canonical)
            if total is None:
                total = merged[canonical] = EntitySummary(canonical, self.summaries[canonical].kind)
            total.mentions += summary.mentions
            total.articles += summary.articles
            total.confidence = max(total.confidence, summary.confidence)
        return merged

    def entity_occurrences(self, name: str) -> Iterator[tuple[int, int, int]]:
        """(article position, entity position, mention count) for each article naming the entity, by any name."""
        names = self.identity.names_of(self.identity.canonical(name))
        flats = [self.entities.get(member, array("I")) for member in names]
        return heapq.merge(*(zip(flat[::3], flat[1::3], flat[2::3], strict=True) for flat in flats))

    def speaker_names(self) -> list[str]:
        """Every speaker once, under the entity's name when they are one, most quoted first."""
        identity = self.identity
        names = {identity.canonical(name) for name in self.speakers}
        return sorted(names, key=lambda name: (-self.quote_count(name), name))

    def speaker_occurrences(self, speaker: str) -> list[tuple[int, list[int]]]:
        """(article position, quote positions) for each article quoting the speaker, by any name."""
        names = self.identity.names_of(self.identity.canonical(speaker))
        flats = [self.speakers.get(member, array("I")) for member in names]
        pairs = heapq.merge(*(zip(flat[::2], flat[1::2], strict=True) for flat in flats))
        grouped: list[tuple[int, list[int]]] = []
        for position, number in pairs:
            if grouped and grouped[-1][0] == position:
                grouped[-1][1].append(number)
            else:
                grouped.append((position, [number]))
        return grouped

    # Saving --------------------------------------------------------------------------------

    def saved_parts(self) -> tuple[dict[str, array], dict[str, str]]:
        """Everything as a few arrays and NUL-joined texts (names never hold NUL: they are sanitised)."""
        names = list(self.entities)
        summaries = [self.summaries[name] for name in names]
        speakers = list(self.speakers)
        arrays = {
            "entity_mentions": array("I", [summary.mentions for summary in summaries]),
            "entity_articles": array("I", [summary.articles for summary in summaries]),
            "entity_confidences": array("I", [summary.confidence for summary in summaries]),
            **_concatenated("entity", [self.entities[name] for name in names]),
            **_concatenated("speaker", [self.speakers[name] for name in speakers]),
            "first_row": self.first_row,
            "first_sentence": self.first_sentence,
            "first_quote": self.first_quote,
            "row_roles": self.row_roles,
            "quote_starts": self.quote_starts,
            **{
                f"{part}_{side}": getattr(getattr(self, part), side) for part in _RAGGED for side in ("bounds", "items")
            },
            "form_counts": array("I", [count for written in self.forms.values() for count in written.values()]),
            "form_bounds": array("I", [0, *accumulate(len(written) for written in self.forms.values())]),
        }
        texts = {
            "entity_names": "\x00".join(names),
            "entity_kinds": "\x00".join(summary.kind for summary in summaries),
            "speaker_names": "\x00".join(speakers),
            "role_texts": "\x00".join(self.role_texts[1:]),
            "form_names": "\x00".join(self.forms),
            "form_texts": "\x00".join(form for written in self.forms.values() for form in written),
        }
        return arrays, texts

    @classmethod
    def from_saved(cls, arrays: dict[str, array], texts: dict[str, str]) -> FactIndex:
        """The index ``saved_parts`` describes; ValueError when the parts disagree."""
        names = _split(texts["entity_names"])
        kinds = _split(texts["entity_kinds"])
        speakers = _split(texts["speaker_names"])
        mentions, articles = arrays["entity_mentions"], arrays["entity_articles"]
        confidences = arrays["entity_confidences"]
        if not len(names) == len(kinds) == len(mentions) == len(articles) == len(confidences):
            raise ValueError("entity parts differ in length")
        fact_index = cls()
        fact_index.entities = dict(zip(names, _pieces(arrays, "entity", len(names), 3), strict=True))
        fact_index.speakers = dict(zip(speakers, _pieces(arrays, "speaker", len(speakers), 2), strict=True))
        fact_index.summaries = {
            name: EntitySummary(name, kind, mention_count, article_count, confidence)  # type: ignore[arg-type]  # EntityKind, as saved
            for name, kind, mention_count, article_count, confidence in zip(
                names, kinds, mentions, articles, confidences, strict=True
            )
        }
        fact_index.names = names
        fact_index.first_row, fact_index.first_quote = arrays["first_row"], arrays["first_quote"]
        fact_index.first_sentence = arrays["first_sentence"]
        fact_index.row_roles, fact_index.quote_starts = arrays["row_roles"], arrays["quote_starts"]
        for part in _RAGGED:
            ragged = Ragged(arrays[f"{part}_bounds"], arrays[f"{part}_items"])
            if not ragged.bounds or ragged.bounds[0] != 0 or ragged.bounds[-1] != len(ragged.items):
                raise ValueError(f"{part} do not match their bounds")
            setattr(fact_index, part, ragged)
        fact_index.role_texts = ["", *_split(texts["role_texts"])]
        form_names, form_texts = _split(texts["form_names"]), _split(texts["form_texts"])
        counts, bounds = arrays["form_counts"], arrays["form_bounds"]
        if len(bounds) != len(form_names) + 1 or not bounds[-1] == len(form_texts) == len(counts):
            raise ValueError("written forms do not match the names")
        fact_index.forms = {
            name: dict(zip(form_texts[low:high], counts[low:high], strict=True))
            for name, (low, high) in zip(form_names, pairwise(bounds), strict=True)
        }
        rows, sentences = len(fact_index.row_roles), len(fact_index.sentence_names)
        if (
            not len(fact_index.first_row) == len(fact_index.first_sentence) == len(fact_index.first_quote)
            or (fact_index.first_sentence and fact_index.first_sentence[-1] > sentences)
            or len(fact_index.row_sentences) != rows
            or len(fact_index.sentence_quotes) != sentences
            or (fact_index.first_row and fact_index.first_row[-1] > rows)
            or (fact_index.first_quote and fact_index.first_quote[-1] > len(fact_index.quote_starts))
        ):
            raise ValueError("rows, sentences or quotes do not match")
        return fact_index

    # Asking ----------------------------------------------------------------------------------

    def row(self, position: int, number: int) -> int:
        """The row of the entity at ``number`` in the facts of the article at ``position``."""
        return self.first_row[position] + number

    def roles(self, row: int) -> list[str]:
        text = self.role_texts[self.row_roles[row]]
        return text.split("\n") if text else []

    def quote_start(self, position: int, number: int) -> int:
        """Where the quote at ``number`` in the facts of the article at ``position`` starts in its body."""
        return self.quote_starts[self.first_quote[position] + number]

    def forms_of(self, name: str) -> dict[str, int]:
        """How often a name is written in each form ("Mr Blair" for "Blair"), its mentions by form."""
        return self.forms.get(name) or {name: self.summaries[name].mentions}

    def quote_count(self, speaker: str) -> int:
        names = self.identity.names_of(self.identity.canonical(speaker))
        return sum(len(self.speakers.get(name, ())) for name in names) // 2

    def ranked(self, kind: EntityKind | None) -> list[EntitySummary]:
        """Entities of a kind, most mentioned first (then by name, for a stable order); ``None``: the
        names whose kind is only a guess, whatever it is."""
        found = [
            summary
            for summary in self.entity_summaries().values()
            if ((summary.kind == kind and summary.confident) if kind is not None else not summary.confident)
        ]
        found.sort(key=lambda summary: (-summary.mentions, summary.name))
        return found


# A refresh's earlier briefing: its articles, facts and fact index (``FactIndex.build``).
Earlier = tuple[Sequence[Article], FactTable, "FactIndex"]
_DOMINANT = 5  # how many times more often the main full name must be named than the others together


@dataclass(frozen=True, slots=True)
class Identity:
    """Names across the briefing that are one entity.

    - A one-word person name ("Blair") is the one full name in the briefing it can only mean
      ("Tony Blair"). When several full names end with it (two Blairs) it is listed as ambiguous
      with all of them, and joins the main one only if that one is named five times as often as
      the rest together.
    - Names that differ only in spacing, case, hyphens or full stops ("TimeWarner" and
      "Time Warner", "LONDON" and "London") are one entity, under the most mentioned form.
    """

    aliases: dict[str, str]  # name -> the canonical name it is a form of
    members: dict[str, tuple[str, ...]]  # canonical name -> every name it goes by (itself first)
    ambiguous: dict[str, tuple[str, ...]]  # short name -> the full names it could mean

    @classmethod
    def of(cls, summaries: dict[str, EntitySummary]) -> Identity:
        aliases: dict[str, str] = {}
        by_squashed: dict[tuple[str, str], list[EntitySummary]] = defaultdict(list)
        for summary in summaries.values():
            by_squashed[(summary.kind, spelling_key(summary.name))].append(summary)
        for group in by_squashed.values():
            if len(group) > 1:
                main = max(group, key=lambda summary: (summary.mentions, summary.name))
                aliases.update((summary.name, main.name) for summary in group if summary is not main)
        full_by_last: dict[str, list[str]] = defaultdict(list)
        for summary in summaries.values():
            words = summary.name.split()
            if summary.kind == "person" and len(words) > 1 and summary.name not in aliases:
                full_by_last[words[-1]].append(summary.name)
        ambiguous: dict[str, tuple[str, ...]] = {}
        for summary in summaries.values():
            if summary.kind != "person" or " " in summary.name or summary.name in aliases:
                continue
            candidates = sorted(full_by_last.get(summary.name, []), key=lambda name: -summaries[name].mentions)
            if not candidates:
                continue
            # Two Blairs: "Blair" still means the one the briefing is about when he is named far more
            # often than the other (Tony Blair 492 times, Cherie Blair 9); otherwise it stays apart.
            others = sum(summaries[name].mentions for name in candidates[1:])
            if summaries[candidates[0]].mentions >= _DOMINANT * others:
                aliases[summary.name] = candidates[0]
            if len(candidates) > 1:
                ambiguous[summary.name] = tuple(sorted(candidates))
        # A spelling variant of a short name ("Kilroy Silk" of "Kilroy-Silk") is the full name that one is.
        for name, canonical in aliases.items():
            while canonical in aliases:
                canonical = aliases[canonical]
            aliases[name] = canonical
        members: dict[str, list[str]] = defaultdict(list)
        for name, canonical in aliases.items():
            members[canonical].append(name)
        return cls(
            aliases,
            {canonical: (canonical, *sorted(names)) for canonical, names in members.items()},
            ambiguous,
        )

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    def names_of(self, canonical: str) -> tuple[str, ...]:
        return self.members.get(canonical, (canonical,))


def _sentences_of(body: str, found: Outline) -> tuple[list[list[int]], list[list[int]]]:
    """An article's sentences that hold a mention: for each of its rows the sentences (numbered in the
    article) its mentions start in, and for each sentence the quotes that overlap it."""
    sentences, sentence_of = _sentences_holding(body, found.mention_starts)
    rows: list[list[int]] = []
    first = 0
    for count in found.mention_counts:
        own = sentence_of[first : first + count]
        first += count
        if count > 1:
            own = sorted(set(own))
        if own and own[0] < 0:  # a mention between sentences (-1 sorts first)
            own = own[1:]
        rows.append(own)
    quotes: list[list[int]] = [[] for _ in sentences]
    starts = [start for start, _ in sentences]
    ends = [end for _, end in sentences]
    for number, (start, end) in enumerate(zip(found.quote_starts, found.quote_ends, strict=True)):
        for sentence in range(bisect_right(ends, start), bisect_left(starts, end)):
            quotes[sentence].append(number)
    return rows, quotes


def _span(firsts: array, position: int, total: int) -> tuple[int, int]:
    """Where the article at ``position`` begins and ends in numbers counted through the briefing (rows,
    sentences), given where each article begins and how many there are."""
    return firsts[position], firsts[position + 1] if position + 1 < len(firsts) else total


def _sentences_holding(body: str, offsets: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentences of ``body`` holding these offsets, in body order, each once; and for each offset the
    place in that list of its sentence (-1: none, it is between two).

    Only the lines holding them are split: a newline always ends a sentence (``extract.sentences``),
    so a line's sentences are those the whole body would give.
    """
    sentences: list[tuple[int, int]] = []
    place: dict[int, int] = {}  # offset -> its sentence's place in ``sentences``
    line_end = -1
    line: list[Segment] = []
    at = 0  # the line's first sentence that may hold the offset
    for offset in sorted(set(offsets)):
        if offset > line_end:
            line_start = body.rfind("\n", 0, offset) + 1
            line_end = body.find("\n", offset)
            if line_end < 0:
                line_end = len(body)
            line, at = split_sentences(body, line_start, line_end), 0
        while at < len(line) and line[at].end <= offset:
            at += 1
        if at < len(line) and line[at].start <= offset:
            if not sentences or sentences[-1][0] != line[at].start:
                sentences.append((line[at].start, line[at].end))
            place[offset] = len(sentences) - 1
    return sentences, [place.get(offset, -1) for offset in offsets]


def _concatenated(prefix: str, pieces: list[array]) -> dict[str, array]:
    bounds = array("Q", [0])
    joined = array("I")
    for piece in pieces:
        joined.extend(piece)
        bounds.append(len(joined))
    return {f"{prefix}_bounds": bounds, f"{prefix}_occurrences": joined}


def _pieces(arrays: dict[str, array], prefix: str, count: int, width: int) -> list[array]:
    bounds, joined = arrays[f"{prefix}_bounds"], arrays[f"{prefix}_occurrences"]
    if len(bounds) != count + 1 or bounds[-1] != len(joined) or any(b % width for b in bounds):
        raise ValueError(f"{prefix} occurrences do not match the names")
    return [joined[start:end] for start, end in pairwise(bounds)]


def _split(text: str) -> list[str]:
    return text.split("\x00") if text else []


def speaker_of(quote: Quote) -> str:
    """Who a quote is grouped under: the canonical speaker, else the words that named them."""
    return speaker_name(quote.speaker, quote.speaker_text)


def speaker_name(speaker: str | None, speaker_text: str) -> str:
    return (speaker or speaker_text or "").strip()
