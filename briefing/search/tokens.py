"""Words and sentences: how text is cut and normalised for searching.

A word is a run of letters or digits, possibly joined by apostrophes
("Kishida’s", "don't"). Its normalised form is casefolded, stripped of accents,
of a possessive "'s" and of inner apostrophes, so "Kishida’s" and "KISHIDA" are
both ``kishida``. Hyphens and full stops separate words ("Leif-Eric" is two).

Sentences are cut inside each paragraph at ., ! or ? (optionally followed by a
closing quote or bracket) when the next word starts with a capital or a digit,
except after common abbreviations and initials ("Mr.", "U.S.", "J."), and at
every line break.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = "'’"
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # WORD on casefolded ASCII text without apostrophes
_SENTENCE_END = re.compile(r"(?P<stop>[.!?…]+)(?P<close>[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[^\W_a-z])|\n+")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "etc",
        "rev",
        "hon",
        "pres",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
    ]
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65536)
def _normalise_slow(folded: str) -> str:
    word = folded
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    for mark in _APOSTROPHES:
        word = word.replace(mark, "")
    if not word.isascii():
        word = _strip_accents(word)
    return word


def normalise(word: str) -> str:
    """The searchable form of one word as matched by ``WORD``."""
    folded = word.casefold()
    if folded.isascii() and "'" not in folded:
        return folded
    return _normalise_slow(folded)


def words(text: str) -> list[str]:
    """The normalised words of a text, in order (empty forms dropped)."""
    folded = text.casefold()
    if folded.isascii() and "'" not in folded:
        return _ASCII_WORD.findall(folded)
    out = []
    for raw in WORD.findall(folded):
        word = raw if raw.isascii() and "'" not in raw else _normalise_slow(raw)
        if word:
            out.append(word)
    return out


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word's (start, end, normalised form), ranges into ``text``."""
    if text.isascii() and "'" not in text:  # casefolding keeps every position
        for match in _ASCII_WORD.finditer(text.casefold()):
            yield match.start(), match.end(), match.group()
        return
    for match in WORD.finditer(text):
        word = normalise(match.group())
        if word:
            yield match.start(), match.end(), word


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``text[stop - 1]`` ends an abbreviation or an initial."""
    if text[stop - 1] != ".":
        return False
    before = text[text.rfind(" ", 0, stop - 1) + 1 : stop - 1].lstrip("\"'“‘([").casefold()
    return before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha())


def sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Ranges of the sentences of ``text`` (shifted by ``offset``), without surrounding space."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.end("stop")
        if stop > 0:  # a sentence end, not a line break
            if text[stop - 1] == "." and _is_abbreviation(text, stop):
                continue
            cut = match.end("close")
        else:
            cut = match.start()
        _add_trimmed(found, text, start, cut, offset)
        start = match.end()
    _add_trimmed(found, text, start, len(text), offset)
    return found


def _add_trimmed(found: list[tuple[int, int]], text: str, start: int, stop: int, offset: int) -> None:
    if start < stop and (text[start].isspace() or text[stop - 1].isspace()):
        piece = text[start:stop]
        start += len(piece) - len(piece.lstrip())
        stop -= len(piece) - len(piece.rstrip())
    if stop > start:
        found.append((offset + start, offset + stop))
