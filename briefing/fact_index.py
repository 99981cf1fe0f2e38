"""Who is in the briefing and where: per-entity and per-speaker lookups across every article.

Built once, when every article has its facts, from the packed facts without unpacking them
(``briefing.packed.outline``). Kept as flat arrays of numbers, one array per name rather
than one object per mention, so it stays small at 10,000 articles; saved beside the search
index (``briefing.search.persist``) so reopening a briefing does not rebuild it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count as count_from
from itertools import pairwise

from briefing.model import Article, EntityKind, Quote
from briefing.packed import Outline, outline_of


@dataclass(slots=True)
class EntitySummary:
    name: str
    kind: EntityKind
    mentions: int = 0
    articles: int = 0


@dataclass(slots=True)
class FactIndex:
    """Per-entity and per-speaker lookups across the briefing."""

    summaries: dict[str, EntitySummary] = field(default_factory=dict)
    # canonical name -> (article position, index in its facts.entities, mention count), flattened
    entities: dict[str, array] = field(default_factory=dict)
    # speaker -> (article position, index in its facts.quotes), flattened, in briefing order
    speakers: dict[str, array] = field(default_factory=dict)

    @classmethod
    def build(cls, articles: Sequence[Article]) -> FactIndex:
        index = cls()
        for position, article in enumerate(articles):
            index.add(position, article)
        return index

    def add(self, position: int, article: Article, found: Outline | None = None) -> None:
        """Take in the facts of the article at ``position`` (``found``: their outline, if at hand).

        Articles are added in briefing order.
        """
        found = found or outline_of(article.facts_blob)
        if found is None:
            return
        summaries, entities = self.summaries, self.entities
        entity_rows = zip(count_from(), found.entity_names, found.entity_kinds, found.mention_counts)
        for number, name, kind, count in entity_rows:
            if not count:
                continue
            occurrences = entities.get(name)
            if occurrences is None:
                occurrences = entities[name] = array("I")
                summaries[name] = EntitySummary(name, kind)  # type: ignore[arg-type]
            occurrences.extend((position, number, count))
            summary = summaries[name]
            summary.mentions += count
            summary.articles += 1
        for number, speaker, words in zip(count_from(), found.quote_speakers, found.quote_speaker_texts):
            name = speaker_name(speaker, words)
            if name:
                self.speakers.setdefault(name, array("I")).extend((position, number))

    def entity_occurrences(self, name: str) -> Iterator[tuple[int, int, int]]:
        """(article position, entity index, mention count) for each article naming the entity."""
        flat = self.entities.get(name, array("I"))
        return zip(flat[::3], flat[1::3], flat[2::3], strict=True)

    def speaker_occurrences(self, speaker: str) -> list[tuple[int, list[int]]]:
        """(article position, quote indices) for each article quoting the speaker."""
        flat = self.speakers.get(speaker, array("I"))
        grouped: list[tuple[int, list[int]]] = []
        for position, number in zip(flat[::2], flat[1::2], strict=True):
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
        if not len(names) == len(kinds) == len(mentions) == len(articles):
            raise ValueError("entity parts differ in length")
        index = cls()
        index.entities = dict(zip(names, _pieces(arrays, "entity", len(names), 3), strict=True))
        index.speakers = dict(zip(speakers, _pieces(arrays, "speaker", len(speakers), 2), strict=True))
        index.summaries = {
            name: EntitySummary(name, kind, mention_count, article_count)  # type: ignore[arg-type]
            for name, kind, mention_count, article_count in zip(names, kinds, mentions, articles, strict=True)
        }
        return index

    # Asking ----------------------------------------------------------------------------------

    def quote_count(self, speaker: str) -> int:
        return len(self.speakers.get(speaker, ())) // 2

    def ranked(self, kind: EntityKind) -> list[EntitySummary]:
        """Entities of a kind, most mentioned first (then by name, for a stable order)."""
        found = [summary for summary in self.summaries.values() if summary.kind == kind]
        found.sort(key=lambda summary: (-summary.mentions, summary.name))
        return found


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
