"""What a search returns: one ``Hit`` per matching passage, heading or key fact.

A hit's ``mark`` (role ``"hit"``) is where it is in its article's body, by the article's position:

* ``kind == "passage"``: the sentence.
* ``kind == "quote"``: the quote's own range (``Quote.start``/``end``).
* ``kind == "entity"``: the entity's first mention (``0, 0`` when it has none); the snippet lists its
  name and aliases.
* ``kind == "title"`` / ``"dek"``: the first paragraph (``0, 0`` for an empty body); the snippet is the
  title or dek itself.

``words`` (role ``"hit-word"``) are the matched words in the body, always inside ``mark`` (none for
title, dek and speaker-only matches); ``highlights`` the same words' ranges within ``snippet``, which
is not body text and so has no marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.marks import Mark

SNIPPET_CHARS = 200
ELLIPSIS = "…"

JsonValue = str | int | float | None | list[list[int]]


@dataclass(frozen=True, slots=True)
class Hit:
    article_id: str
    title: str
    kind: str
    mark: Mark
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()
    words: tuple[Mark, ...] = ()
    score: float = 0.0
    speaker: str | None = None

    def to_dict(self) -> dict[str, JsonValue]:
        """The hit as ``search --json`` writes it: body ranges as plain numbers, without the position
        (it means something only within one loaded briefing)."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "kind": self.kind,
            "start": self.mark.start,
            "end": self.mark.end,
            "snippet": self.snippet,
            "highlights": [[start, end] for start, end in self.highlights],
            "body_highlights": [[word.start, word.end] for word in self.words],
            "score": self.score,
            "speaker": self.speaker,
        }


def snippet(text: str, ranges: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """Cut ``text`` to about ``width`` characters around the first matched range.

    ``ranges`` index into ``text``; the returned ranges index into the snippet.
    Line breaks become spaces, so the snippet is one line of the same length.
    """
    flat = text.replace("\n", " ").replace("\t", " ")
    if len(flat) <= width:
        return flat, [(start, end) for start, end in ranges if 0 <= start < end <= len(flat)]
    anchor = ranges[0][0] if ranges else 0
    left = max(0, anchor - width // 3)
    right = min(len(flat), left + width)
    left = max(0, right - width)
    if left > 0:
        space = flat.find(" ", left, anchor if anchor > left else left + 20)
        if space != -1:
            left = space + 1
    if right < len(flat):
        space = flat.rfind(" ", max(left, right - 20), right)
        if space > left:
            right = space
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(flat) else ""
    shift = len(prefix) - left
    kept = [(start + shift, end + shift) for start, end in ranges if start >= left and end <= right]
    return prefix + flat[left:right] + suffix, kept
