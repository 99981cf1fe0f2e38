"""The briefing's vocabulary and typo expansion of query words.

Each query word becomes a small set of vocabulary words, each with a match
quality: the word itself (EXACT), a completion of the word being typed
(PREFIX), or a correction one or two edits away (NEAR, FAR). Corrections are
only looked for when the word is not already a real word of the briefing (found
in at least ``COMMON`` passages, or completing to one), and only the closest
ones are kept: "a misspelt word matches its closest real words". Distances
count two swapped neighbouring letters as one edit (optimal string alignment).

Corrections are looked for among the words sharing the typed word's first
letter, and also among those differing in the first letter as far as one edit
there allows: the words whose first letter is the typed second one (a swap of
the first two letters, a letter typed before the word) and those whose second
letter is the typed first or second one (a dropped or replaced first letter).
Only the closest are kept, whether or not they keep the first letter, but a
correction changing it has a quality a notch below (``NEAR - 1``, ``FAR - 1``)
and is the first left out when there are too many: at the same distance a word
keeping the first letter ranks first. The words are kept in tables per first
letter and per second letter (each a small part of the vocabulary), made when
first needed (or by ``SearchIndex.warm``).
"""

from __future__ import annotations

import heapq
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

EXACT, PREFIX, NEAR, FAR = 8, 6, 4, 2
# (distance, whether the first letter differs) -> quality of a correction.
CORRECTION_QUALITY = {(1, False): NEAR, (1, True): NEAR - 1, (2, False): FAR, (2, True): FAR - 1}
COMMON = 3
MIN_FUZZY = 4  # shorter words are matched exactly (and as prefixes) only
MAX_COMPLETIONS = 48
MAX_CORRECTIONS = 12
MAX_FUZZY_PREFIX = 16
PREFIX_LENGTHS = range(MIN_FUZZY, 13)
CACHE_SIZE = 2048


def max_distance(word: str) -> int:
    if len(word) < MIN_FUZZY or not word.isalpha():
        return 0
    return 1 if len(word) < 8 else 2


@dataclass(slots=True)
class Expansion:
    word: str
    qualities: dict[int, int]
    """Vocabulary word id -> match quality (EXACT, PREFIX, NEAR or FAR, or a notch below NEAR or FAR)."""

    @property
    def good(self) -> list[int]:
        return [wid for wid, quality in self.qualities.items() if quality >= PREFIX]


class Vocabulary:
    """Every normalised word of the briefing, with a number and a frequency."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self.frequency = array("I")  # passages (or other items) containing the word
        self._sorted: list[str] = []
        self._sorted_ids = array("I")
        # Correction tables per first letter (key "a") and per second letter (key "?a"), made when first needed.
        self._letters: dict[str, _LetterTables] = {}
        self._cache: OrderedDict[tuple[str, bool], Expansion] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, word: str) -> int:
        wid = self.ids.get(word)
        if wid is None:
            wid = self.ids[word] = len(self.words)
            self.words.append(word)
            self.frequency.append(0)
        return wid

    def freeze(self, order: array | None = None) -> None:
        """Build the lookup tables once every word is in (``order``: the word ids in sorted order, if known)."""
        if order is None:
            order = array("I", sorted(range(len(self.words)), key=self.words.__getitem__))
        self._sorted = [self.words[wid] for wid in order]
        self._sorted_ids = order
        with self._lock:  # what was worked out from the words before is stale now
            self._letters = {}
            self._cache.clear()

    def first_letters(self) -> list[str]:
        """Every first letter of a word, each once (in sorted order)."""
        return list(dict.fromkeys(word[0] for word in self._sorted if word[:1].isalpha()))

    def second_letters(self) -> list[str]:
        """Every second letter of a word, each once (in sorted order)."""
        return sorted({word[1] for word in self._sorted if word[1:2].isalpha()})

    def tables(self, first: str) -> _LetterTables:
        """The correction tables of the words starting with the letter ``first``."""
        with self._lock:
            found = self._letters.get(first)
        if found is None:
            # Words with the same first letter are neighbours in sorted order.
            low = bisect_left(self._sorted, first)
            high = bisect_left(self._sorted, first + "\U0010ffff", low)
            found = _LetterTables.make(self._sorted[low:high], self._sorted_ids[low:high])
            with self._lock:
                self._letters[first] = found
        return found

    def second_tables(self, second: str) -> _LetterTables:
        """The correction tables of the words whose second letter is ``second``."""
        key = "?" + second
        with self._lock:
            found = self._letters.get(key)
        if found is None:
            chosen = [position for position, word in enumerate(self._sorted) if word[1:2] == second]
            sorted_ids = self._sorted_ids
            found = _LetterTables.make(
                [self._sorted[position] for position in chosen], array("I", [sorted_ids[p] for p in chosen])
            )
            with self._lock:
                self._letters[key] = found
        return found

    def _tables_for(self, word: str) -> list[tuple[_LetterTables, bool]]:
        """The tables where corrections of ``word`` are looked for, each with whether its words may differ
        from ``word`` in the first letter (their words keeping it are then skipped: the first table has them).
        """
        found = [(self.tables(word[0]), False)]
        if word[1] != word[0]:
            found.append((self.tables(word[1]), True))
        found.extend((self.second_tables(letter), True) for letter in dict.fromkeys(word[:2]))
        return found

    def completions(self, prefix: str) -> list[int]:
        """Ids of the words starting with ``prefix`` (the most frequent few when there are many)."""
        low = bisect_left(self._sorted, prefix)
        high = bisect_left(self._sorted, prefix + "\U0010ffff", low)
        ids = self._sorted_ids[low:high]
        frequency = self.frequency
        if len(ids) > MAX_COMPLETIONS:
            return heapq.nsmallest(MAX_COMPLETIONS, ids, key=lambda w: (-frequency[w], w))
        return sorted(ids, key=lambda w: (-frequency[w], w))

    def expand(self, word: str, prefix: bool = False) -> Expansion:
        key = (word, prefix)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        expansion = self._expand(word, prefix)
        with self._lock:
            self._cache[key] = expansion
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return expansion

    def _expand(self, word: str, prefix: bool) -> Expansion:
        qualities: dict[int, int] = {}
        frequency = self.frequency
        wid = self.ids.get(word)
        found = 0
        if wid is not None:
            qualities[wid] = EXACT
            found = frequency[wid]
        if prefix:
            for completion in self.completions(word):
                qualities.setdefault(completion, PREFIX)
                found += frequency[completion]
        limit = max_distance(word)
        if found >= COMMON or not limit:
            return Expansion(word, qualities)
        tables = self._tables_for(word)
        near = self._corrections(word, limit, tables)
        if prefix and len(word) in PREFIX_LENGTHS:
            near.extend(self._prefix_corrections(word, limit, tables))
        if near:
            # The closest only; among them those keeping the first letter, then the most frequent, first.
            best = min(near)[0]
            chosen = sorted({(other, -frequency[wid], wid) for distance, other, wid in near if distance == best})
            for other, _, corrected in chosen[:MAX_CORRECTIONS]:
                qualities.setdefault(corrected, CORRECTION_QUALITY[best, other])
        return Expansion(word, qualities)

    def _corrections(self, word: str, limit: int, tables: list[tuple[_LetterTables, bool]]) -> list[tuple]:
        """(distance, whether the first letter differs, word id) of the words at most ``limit`` edits away."""
        found: list[tuple] = []
        first = word[0]
        for table, other_first in tables:
            for length in range(len(word) - limit, len(word) + limit + 1):
                bucket = table.by_length.get(length)
                if not bucket:
                    continue
                strings, ids = bucket
                for candidate, distance, position in process.extract(
                    word, strings, scorer=OSA.distance, score_cutoff=limit, limit=None
                ):
                    if distance and not (other_first and candidate[0] == first):
                        found.append((distance, other_first, ids[position]))
        return found

    def _prefix_corrections(self, word: str, limit: int, tables: list[tuple[_LetterTables, bool]]) -> list[tuple]:
        """As ``_corrections``, for the words starting with a prefix at most ``limit`` edits away."""
        found: list[tuple] = []
        first = word[0]
        for table, other_first in tables:
            for prefix, distance, _ in process.extract(
                word, table.prefixes.get(len(word), []), scorer=OSA.distance, score_cutoff=limit, limit=None
            ):
                if distance and not (other_first and prefix[0] == first):
                    found.extend((distance, other_first, wid) for wid in self.completions(prefix)[:MAX_FUZZY_PREFIX])
        return found


@dataclass(slots=True)
class _LetterTables:
    """The words of one first (or second) letter by length (for corrections) and their distinct prefixes by length."""

    by_length: dict[int, tuple[list[str], list[int]]]
    prefixes: dict[int, list[str]]

    @classmethod
    def make(cls, words: list[str], ids: array) -> _LetterTables:
        by_length: dict[int, tuple[list[str], list[int]]] = {}
        for wid, word in zip(ids, words, strict=True):
            if word.isalpha():
                strings, numbers = by_length.setdefault(len(word), ([], []))
                strings.append(word)
                numbers.append(wid)
        prefixes: dict[int, set[str]] = {}
        for size, (strings, _) in by_length.items():
            for length in PREFIX_LENGTHS:
                if size >= length:
                    prefixes.setdefault(length, set()).update(word[:length] for word in strings)
        return cls(by_length, {length: sorted(found) for length, found in prefixes.items()})
