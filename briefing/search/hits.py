"""What a search returns: one ``Hit`` per matching passage, heading or key fact.

Ranges:

* ``kind == "passage"``: ``start``/``end`` is the sentence in ``article.body``.
* ``kind == "quote"``: the quote's own range in the body (``Quote.start``/``end``).
* ``kind == "entity"``: the range of the entity's first mention in the body
  (``0, 0`` when it has none); the snippet lists its name and aliases.
* ``kind == "title"`` / ``"dek"``: the first paragraph of the body (``0, 0`` for an
  empty body); the snippet is the title or dek itself.

``highlights`` are the matched words' ranges within ``snippet``;
``body_highlights`` the matched words' ranges within ``article.body``, always
inside ``start``..``end`` (empty for title, dek and speaker-only matches).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SNIPPET_CHARS = 200
ELLIPSIS = "…"


@dataclass(slots=True)
class Hit:
    article_id: str
    title: str
    kind: str
    start: int
    end: int
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    body_highlights: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(pair) for pair in self.highlights]
        data["body_highlights"] = [list(pair) for pair in self.body_highlights]
        return data


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
