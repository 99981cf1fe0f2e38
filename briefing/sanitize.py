"""The one boundary where document text becomes display-safe.

Every string that comes from a document or a file name passes through
``display_safe`` when it becomes part of an article or a problem. Dangerous
characters are replaced one for one by visible stand-ins, so character ranges
computed on the cleaned text stay valid. Line ends are normalised first
(``normalize_newlines``), before any range exists.
"""

from __future__ import annotations

import re

_REPLACEMENT = "\ufffd"

# C0 controls (except tab and newline) become their Control Pictures (ESC -> U+241B).
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"  # DEL
# C1 controls: 8-bit CSI/OSC/ST and friends.
_TABLE.update({code: _REPLACEMENT for code in range(0x80, 0xA0)})
# Bidi embeddings, overrides and isolates (the "Trojan Source" characters).
_TABLE.update({code: _REPLACEMENT for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x061C)})

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_END = re.compile("\r\n?")
# The ASCII characters _UNSAFE matches: C0 controls other than tab and newline (CR too), and DEL.
_ASCII_UNSAFE = tuple(chr(code) for code in (*range(0x09), *range(0x0B, 0x20), 0x7F))


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return _LINE_END.sub("\n", text) if "\r" in text else text


def _needs_replacing(text: str) -> bool:
    """Whether the text holds a character that ``display_safe`` replaces."""
    if text.isascii():
        # Fast path for ASCII text (most text): one substring test per character _UNSAFE can match
        # there (each a memchr, many times faster than the regex's character-class scan).
        return any(map(text.__contains__, _ASCII_UNSAFE))
    return _UNSAFE.search(text) is not None


def display_safe(text: str) -> str:
    """Replace control, bidi-override and lone-surrogate characters, keeping the length."""
    if not _needs_replacing(text):
        return text
    return _SURROGATE.sub(_REPLACEMENT, text.translate(_TABLE))


def clean(text: str) -> str:
    """Normalise line ends, then make display-safe: what every loader applies to document text."""
    return display_safe(normalize_newlines(text))


def is_clean(text: str) -> bool:
    """Whether ``clean`` would return the text unchanged: no CR and nothing ``display_safe`` replaces."""
    return "\r" not in text and not _needs_replacing(text)


def one_line(text: str, limit: int = 200) -> str:
    """A display-safe single line (for titles, file names and messages)."""
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        # Fast path (most titles and names, and the empty string): printable text holds nothing
        # display_safe replaces (controls, bidi marks and surrogates are not printable) and no
        # whitespace but the ASCII space, so with no runs of spaces it is one clean line already.
        flat = text
    else:
        flat = " ".join(display_safe(normalize_newlines(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"
