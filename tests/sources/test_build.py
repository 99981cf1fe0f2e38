"""The funnel into Article: fast paths must give what cleaning every piece one by one gives."""

from __future__ import annotations

import itertools

from briefing.sanitize import clean, display_safe, is_clean, normalize_newlines, one_line
from briefing.sources.build import PARAGRAPH_SEPARATOR, join_paragraphs

# Characters that matter to the fast paths: whitespace that strip() removes but clean() makes
# visible (\x0b, \x0c, \x1c-\x1f, \x85), CR, DEL, C1, bidi marks, a lone surrogate, other spaces.
EDGE = ["", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\x7f", "\x9b", "\u202e", "\ud800"]
EDGE += ["\xa0", "\u2028"]


def _reference_join(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    parts, spans, offset = [], [], 0
    for paragraph in paragraphs:
        text = clean(paragraph).strip()
        if text:
            if parts:
                offset += len(PARAGRAPH_SEPARATOR)
            parts.append(text)
            spans.append((offset, offset + len(text)))
            offset += len(text)
    return PARAGRAPH_SEPARATOR.join(parts), spans


def test_join_paragraphs_matches_cleaning_each_paragraph() -> None:
    for before, after in itertools.product(EDGE, repeat=2):
        for paragraphs in ([f"{before}One{after}", "Two"], ["One", f"{before}{after}", f"Tw{before}o{after}"]):
            body, spans = join_paragraphs(iter(paragraphs))
            assert (body, [(span.start, span.end) for span in spans]) == _reference_join(paragraphs)


def test_is_clean_and_one_line_agree_with_the_slow_path() -> None:
    for pieces in itertools.product([*EDGE, "a", "é", "  "], repeat=3):
        text = "x".join(pieces)
        assert is_clean(text) == (clean(text) == text)
        assert one_line(text) == " ".join(display_safe(normalize_newlines(text)).split())
