"""Paragraph and sentence boundaries as offsets into the body.

A sentence ends at ``.``, ``!`` or ``?`` (plus any closing quote or bracket) followed by
space and something that can start a sentence, unless the word before the stop is a known
abbreviation (Mr., Sen., Jan.) or an initial. A paragraph break or newline always ends one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from briefing.extract.gazetteer import load_gazetteer

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A candidate sentence end: the stop, closing marks, then whitespace. One pass, no nesting.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


# A list item's bullet opening a line ("- He was skeptical of the plan, calling …", "• The company said").
_BULLETS = tuple(f"{bullet} " for bullet in "-*•▪●◦‣")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int


def split_paragraphs(body: str) -> list[Segment]:
    """Blocks separated by blank lines, whitespace trimmed, as ranges of ``body``."""
    segments: list[Segment] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        _append_trimmed(segments, body, position, match.start())
        position = match.end()
    _append_trimmed(segments, body, position, len(body))
    return segments


def without_bullets(body: str) -> str:
    """``body`` with each list item's bullet read as spaces, so that the item's first words open its
    sentence as they would without it (offsets unchanged)."""
    # (str.replace for each bullet: a pattern's substitution costs a second on a body of nothing but bullets.)
    for bullet in _BULLETS:
        if "\n" + bullet in body:
            body = body.replace("\n" + bullet, "\n  ")
    return "  " + body[2:] if body.startswith(_BULLETS) else body


def _append_trimmed(segments: list[Segment], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        segments.append(Segment(start, end))


def split_sentences(body: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Sentences within ``body[start:end]``."""
    end = len(body) if end is None else end
    abbreviations = load_gazetteer().abbreviations
    segments: list[Segment] = []
    sentence_start = start
    for match in _SENTENCE_END.finditer(body, start, end):
        stop = match.end()
        if match.group() != "\n" and not _ends_sentence(body, match.start(), stop, end, abbreviations):
            continue
        _append_trimmed(segments, body, sentence_start, stop)
        sentence_start = stop
    _append_trimmed(segments, body, sentence_start, end)
    return segments


_WORD_CHARS = re.compile(r"\w*")


def last_word(body: str, lower: int, end: int) -> str:
    """The word characters (what ``\\w`` matches) that end ``body[lower:end]`` once whitespace is
    left out; empty when another character ends it.

    A pattern that must end at ``end`` with a whole word (after ``\\b``, a space or another
    character outside ``\\w``) and ``\\s*$`` can match only if that word is this one, so a
    check of this word can rule out a search that would try every position of the window.
    """
    # The last run without whitespace (str.split's whitespace is ``\\s``), which is most often the
    # word itself; else the word characters that end it, read backwards.
    parts = body[lower:end].rsplit(None, 1)
    if not parts:
        return ""
    run = parts[-1]
    if run.isalnum():  # letters and digits only: all of it is word characters
        return run
    return _WORD_CHARS.match(run[::-1]).group()[::-1]  # type: ignore[union-attr]  # matches anything


def search_after_word(
    pattern: re.Pattern[str], words: Collection[str], body: str, lower: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(body, lower, end)`` for a pattern whose every match ends with one of ``words``
    (a whole word, as ``last_word`` reads it), then whitespace: searched only when the text before
    ``end`` ends so, as a search tries every position of the window."""
    return pattern.search(body, lower, end) if last_word(body, lower, end) in words else None


def last_match(pattern: re.Pattern[str], body: str, lower: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``body[lower:end]``, if any (every match read once: linear)."""
    return next(reversed(list(pattern.finditer(body, lower, end))), None)


def last_run_start(body: str, lower: int, end: int, runs: int = 1) -> int:
    """Where the last ``runs`` runs without whitespace in ``body[lower:end]`` start (``end`` when there
    are none, the first one's start when there are fewer).

    A pattern whose every match lies within those runs and the whitespace after them, up to ``end``
    (as ``[\\w.]+$`` within the last, ``\\bshares in\\s+$`` within the last two), finds the same
    match searched from here as from ``lower``, without trying every position of the window (each
    of which, for such a pattern, may read on to the end).
    """
    trimmed = body[lower:end].rstrip()
    parts = trimmed.rsplit(None, runs)
    if len(parts) <= runs:
        return lower + len(trimmed) - len(trimmed.lstrip()) if trimmed else end
    return lower + len(trimmed) - len(trimmed[len(parts[0]) :].lstrip())


def _ends_sentence(body: str, stop_start: int, stop_end: int, limit: int, abbreviations: frozenset[str]) -> bool:
    if body[stop_start] == "." and body[stop_end - 1] == ".":
        word = _WORD_BEFORE.search(body, max(0, stop_start - 12), stop_start)
        if word:
            token = word.group(1).rstrip(".")
            if token in abbreviations or (len(token) == 1 and token.isupper()):
                # "Mr. Smith", "George W. Bush": an abbreviation only ends a sentence before a
                # common lowercase-initial word would, which we cannot tell; keep going.
                return False
    # What follows must be able to start a sentence: not a lowercase word or a digit run on.
    position = stop_end
    while position < limit and body[position].isspace():
        position += 1
    if position >= limit:
        return True
    following = body[position]
    return not following.islower()
