"""Scoring one candidate item against the query terms, exactly.

An item is a list of word ids in order. For each term (a free word or a
phrase) the best match quality in the item and the positions where it matched
are found; the item's rank key is then, in order of importance:

1. how many terms matched (all before some);
2. the sum of match qualities (exact before completion before corrected, and a
   correction keeping the first letter before one changing it);
3. for items that match only some terms: how rare the matched terms are;
4. the title lift (the item is a title, or its article's title or dek matches);
5. closeness of the matched words to each other (and in query order);

and ties are broken by kind, then the shorter item (of two that match alike, the one with fewer
other words is the more focused), then article order, then position in the body.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.search.vocab import EXACT

KIND_ORDER = {"title": 5, "dek": 4, "entity": 3, "quote": 2, "passage": 1}


@dataclass(slots=True)
class Term:
    """A free word (one expansion) or a phrase (several, consecutive)."""

    parts: list[dict[int, int]]
    """For each word of the term: vocabulary id -> quality."""
    weight: float = 1.0
    """How informative the term is (inverse document frequency)."""

    @property
    def is_phrase(self) -> bool:
        return len(self.parts) > 1


@dataclass(slots=True)
class Match:
    matched: int
    quality: int
    rarity: float
    positions: list[list[int]]
    """For each term, the word positions where it matched (empty if it did not)."""


def match(ids: Sequence[int], terms: Sequence[Term]) -> Match:
    """How an item's words match the terms (a required phrase that is absent has no positions)."""
    positions: list[list[int]] = []
    matched = quality = 0
    rarity = 0.0
    present = set(ids)
    for term in terms:
        found: list[int] = []
        best = 0
        if term.is_phrase:
            first, rest = term.parts[0], term.parts[1:]
            size = len(term.parts)
            if not present.isdisjoint(first.keys()):
                for position in range(len(ids) - size + 1):
                    if ids[position] in first and all(ids[position + 1 + k] in part for k, part in enumerate(rest)):
                        found.append(position)
            best = EXACT if found else 0
        else:
            qualities = term.parts[0]
            shared = present.intersection(qualities.keys())
            if shared:
                best = max(qualities[wid] for wid in shared)
                found = [position for position, wid in enumerate(ids) if wid in shared]
        positions.append(found)
        if found:
            matched += 1
            quality += best
            rarity += term.weight
    return Match(matched, quality, rarity, positions)


def closeness(positions: list[list[int]]) -> float:
    """1.0 when the matched terms sit next to each other in query order, towards 0 as they spread."""
    lists = [found for found in positions if found]
    if len(lists) < 2:
        return 0.0
    events = sorted((position, term) for term, found in enumerate(lists) for position in found[:64])
    need = len(lists)
    counts = [0] * need
    covered = 0
    best_span = math.inf
    best_order = False
    left = 0
    for right, (position, term) in enumerate(events):
        if counts[term] == 0:
            covered += 1
        counts[term] += 1
        while covered == need:
            start, first_term = events[left]
            span = position - start
            if span < best_span:
                best_span = span
                window = [t for _, t in events[left : right + 1]]
                best_order = window == sorted(window)
            counts[first_term] -= 1
            if counts[first_term] == 0:
                covered -= 1
            left += 1
    tightness = (need - 1) / max(best_span, need - 1)
    return round(0.9 * tightness + (0.1 if best_order else 0.0), 4)


def idf(frequency: int, total: int) -> float:
    return math.log(1 + total / (1 + frequency))


def key(result: Match, terms: int, lift: int, kind: str, length: int, article: int, start: int) -> tuple:
    """``length`` is the item's number of words."""
    partial = result.matched < terms
    rarity = min(round(result.rarity, 1), 99.9) if partial else 0.0
    proximity = closeness(result.positions)
    return (result.matched, result.quality, rarity, lift, proximity, KIND_ORDER[kind], -length, -article, -start)


def score(rank_key: tuple) -> float:
    """A single number that orders like the key (for display and JSON)."""
    matched, quality, rarity, lift, proximity = rank_key[:5]
    return round(matched * 1e9 + quality * 1e6 + min(rarity, 99.9) * 1e4 + lift * 100 + proximity * 99, 3)
