"""Bytes to text: BOMs first, then strict UTF-8, then cp1252 (as scraped Western news often is)."""

from __future__ import annotations

import codecs

BINARY_SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class BinaryFile(ValueError):
    """The bytes are not text."""


def _cp1252_with_latin1_gaps(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; read them as Latin-1 (the sanitiser then masks them).
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("latin-1"), error.end


codecs.register_error("briefing-latin1", _cp1252_with_latin1_gaps)


def _bomless_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM: mostly-ASCII text has NULs in every other byte."""
    head = data[:BINARY_SNIFF_BYTES]
    if len(head) < 4 or len(head) % 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    for nuls, other, encoding in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be")):
        if nuls >= 0.6 * half and other == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _stray_nuls(head: bytes) -> bool:
    """Whether the NULs are rare enough (two, or 1 in 100 bytes) to be damage in a text file."""
    return head.count(0) <= max(2, len(head) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise ``BinaryFile`` for bytes that are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        text = _bomless_utf16(data)
        if text is not None:
            return text, "utf-16"
        if not _stray_nuls(head):
            raise BinaryFile("binary file (NUL bytes in the first 8 KB)")
        # A few stray NULs in otherwise valid UTF-8 text: read it (the sanitiser shows each as ␀).
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            raise BinaryFile("binary file (NUL bytes in the first 8 KB)") from error
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="briefing-latin1"), "cp1252"
