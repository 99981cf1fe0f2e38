"""The key facts of a loaded briefing, by article position: filled as facts arrive, read by the screen.

Articles never change (``model.Article``); their facts come later, from the cache or the extractor,
and live here beside them. They arrive in briefing order (``events.FactsReady``), so the table always
holds the facts of the first ``len(table)`` articles. Each article's facts stay packed
(``briefing.packed``) until they are shown or walked; the most recently unpacked few hundred are
kept, so redrawing or walking one article never unpacks it twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from briefing.model import Facts, Quote
from briefing.packed import DamagedFacts, Outline, outline_of, quote_of, unpack

UNPACKED_KEPT = 256


@lru_cache(maxsize=UNPACKED_KEPT)
def _unpack_kept(blob: bytes) -> Facts:
    return unpack(blob)


class FactTable:
    """Article position -> packed facts, growing at the end as facts arrive."""

    __slots__ = ("_blobs",)

    def __init__(self, blobs: Iterable[bytes] = ()) -> None:
        self._blobs = list(blobs)

    def __len__(self) -> int:
        """How many articles have their facts: always the first ones."""
        return len(self._blobs)

    def add(self, start: int, blobs: Sequence[bytes]) -> None:
        """The facts of the articles at ``start``, ``start + 1``, …: the next ones in briefing order."""
        if start != len(self._blobs):
            raise ValueError(f"facts for position {start} arrived out of order (expected {len(self._blobs)})")
        self._blobs.extend(blobs)

    def packed(self, position: int) -> bytes | None:
        """The article's packed facts, or None while they have not arrived."""
        return self._blobs[position] if 0 <= position < len(self._blobs) else None

    def unpack(self, position: int) -> Facts | None:
        """The article's key facts, None until they arrive. Read-only: recently unpacked ones are shared."""
        blob = self.packed(position)
        return None if blob is None else _unpack_kept(blob)

    def outline(self, position: int) -> Outline | None:
        """What briefing-wide lookups need of the article's facts (``packed.outline``), without unpacking
        them; None without facts or with damaged ones (it has none to show)."""
        return outline_of(self.packed(position))

    def quote(self, position: int, number: int) -> Quote | None:
        """The article's quote at ``number`` (its place in its facts' quotes), read without unpacking the rest;
        None when the article has no facts yet, no such quote, or damaged facts."""
        blob = self.packed(position)
        if blob is None:
            return None
        try:
            return quote_of(blob, number)
        except DamagedFacts:
            return None
