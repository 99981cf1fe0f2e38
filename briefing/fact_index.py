"""Who is in the briefing and where: per-entity and per-speaker lookups across every article.

Filled article by article, in briefing order, as facts arrive, from the packed facts without
unpacking them (``briefing.packed.outline``); which names are one entity across the briefing
(``Identity``) is worked out when first asked after a change. Kept as flat arrays of numbers, one array per name rather
than one object per mention, so it stays small at 10,000 articles; saved beside the search
index (``briefing.search.persist``) so reopening a briefing does not rebuild it.
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count as count_from
from itertools import pairwise

from briefing.facts import FactTable
from briefing.model import CONFIDENT, EntityKind, Quote
from briefing.packed import Outline

# Confidence is kept in thousandths (see ``packed``).
CONFIDENT_PER_MILLE = round(CONFIDENT * 1000)


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
class FactIndex:
    """Per-entity and per-speaker lookups across the briefing."""

    summaries: dict[str, EntitySummary] = field(default_factory=dict)
    # canonical name -> (article position, position in its facts.entities, mention count), flattened
    entities: dict[str, array] = field(default_factory=dict)
    # speaker -> (article position, position in its facts.quotes), flattened, in briefing order
    speakers: dict[str, array] = field(default_factory=dict)
    _identity: Identity | None = field(default=None, repr=False)  # worked out when first asked

    @classmethod
    def build(cls, facts: FactTable) -> FactIndex:
        fact_index = cls()
        for position in range(len(facts)):
            fact_index.add(position, facts.outline(position))
        return fact_index

    def add(self, position: int, found: Outline | None) -> None:
        """Take in the facts of the article at ``position`` (their outline; None: it has none).

        Articles are added in briefing order.
        """
        if found is None:
            return
        self._identity = None
        summaries, entities = self.summaries, self.entities
        entity_rows = zip(
            count_from(), found.entity_names, found.entity_kinds, found.mention_counts, found.entity_confidences
        )
        for number, name, kind, count, confidence in entity_rows:
            if not count:
                continue
            occurrences = entities.get(name)
            if occurrences is None:
                occurrences = entities[name] = array("I")
                summaries[name] = EntitySummary(name, kind)  # type: ignore[arg-type]  # packed kinds are EntityKind values
            occurrences.extend((position, number, count))
            summary = summaries[name]
            summary.mentions += count
            summary.articles += 1
            if confidence > summary.confidence:
                # One name, one kind across the briefing: the kind the surest article gives it.
                summary.kind = kind  # type: ignore[assignment]  # packed kinds are EntityKind values
                summary.confidence = confidence
        for number, speaker, words in zip(count_from(), found.quote_speakers, found.quote_speaker_texts):
            name = speaker_name(speaker, words)
            if name:
                self.speakers.setdefault(name, array("I")).extend((position, number))

    @property
    def identity(self) -> Identity:
        """Which names across the briefing are one entity ("Blair" and "Tony Blair")."""
        if self._identity is None:
            self._identity = Identity.of(self.summaries)
        return self._identity

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
        }
        texts = {
            "entity_names": "\x00".join(names),
            "entity_kinds": "\x00".join(summary.kind for summary in summaries),
            "speaker_names": "\x00".join(speakers),
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
        return fact_index

    # Asking ----------------------------------------------------------------------------------

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


_DOMINANT = 5  # how many times more often the main full name must be named than the others together
_SQUASH = re.compile(r"[\s.\-‐–’']+")


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
            by_squashed[(summary.kind, _SQUASH.sub("", summary.name).casefold())].append(summary)
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
