"""Wrapping an article into display lines that remember their place in the body.

Kept apart from the widget so it can be tested without a screen. Each line is a
range of the source string; highlights are applied by range at render time, so
moving between mentions never re-wraps or re-renders the whole text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

Part = Literal["title", "dek", "meta", "body", "blank"]

# A single display line never holds more than this many characters of the source,
# so a 2 MB line with no spaces costs no more to draw than a normal one.
MAX_LINE_CHARS = 4096


@dataclass(frozen=True, slots=True)
class Line:
    part: Part
    start: int  # offsets into the part's text (the body for "body" lines)
    end: int


def wrap(text: str, width: int, part: Part, offset: int = 0) -> list[Line]:
    """Greedy word wrap of one paragraph; over-long words are cut at the width."""
    width = max(width, 8)
    lines: list[Line] = []
    position, length = 0, len(text)
    while position < length:
        end = _line_end(text, position, width)
        lines.append(Line(part, offset + position, offset + end))
        position = end
        while position < length and text[position] == " ":
            position += 1
    return lines


def _line_end(text: str, start: int, width: int) -> int:
    """Where the line starting at ``start`` should end, by display cells."""
    newline = text.find("\n", start, start + MAX_LINE_CHARS)
    limit = min(len(text), start + MAX_LINE_CHARS, newline if newline != -1 else len(text))
    candidate = min(limit, start + width)
    # Wide characters (CJK, emoji) take two cells: shrink until it fits.
    while candidate > start + 1 and cell_len(text[start:candidate]) > width:
        candidate -= max(1, (candidate - start) // 8)
    if candidate >= limit:
        return limit if limit > start else start + 1
    space = text.rfind(" ", start, candidate + 1)
    return space if space > start else candidate


@dataclass(slots=True)
class Layout:
    """All display lines of one article at one width."""

    lines: list[Line]
    body_line_starts: list[int]  # the body offset where each body line starts, in line order
    first_body_line: int

    def line_of(self, body_offset: int) -> int:
        """The display line that holds a body offset."""
        position = bisect_right(self.body_line_starts, body_offset) - 1
        return self.first_body_line + max(position, 0)


def lay_out(title: str, dek: str, meta: str, body: str, paragraphs: list[tuple[int, int]], width: int) -> Layout:
    lines: list[Line] = []
    heads: tuple[tuple[Part, str], ...] = (("title", title), ("dek", dek), ("meta", meta))
    for part, text in heads:
        if text:
            lines.extend(wrap(text, width, part))
            lines.append(Line("blank", 0, 0))
    first_body_line = len(lines)
    for position, (start, end) in enumerate(paragraphs):
        if position:
            # The blank line between paragraphs sits at the next paragraph's start, keeping body order.
            lines.append(Line("blank", start, start))
        lines.extend(wrap(body[start:end], width, "body", offset=start))
    return Layout(lines, [line.start for line in lines[first_body_line:]], first_body_line)
