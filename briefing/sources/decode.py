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
_BOM_STARTS = tuple(bom for bom, _encoding in _BOMS)


class BinaryFile(ValueError):
    """The bytes are not text."""


def _cp1252_with_latin1_gaps(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; read them as Latin-1 (the sanitiser then masks them).
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("latin-1"), error.end


codecs.register_error("briefing-latin1", _cp1252_with_latin1_gaps)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise ``BinaryFile`` for bytes that are not text."""
    if data.startswith(_BOM_STARTS):  # one test for the common case of no BOM
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                return data[len(bom) :].decode(encoding, errors="replace"), encoding
    if data.find(b"\x00", 0, BINARY_SNIFF_BYTES) != -1:  # (no copy of the first 8 KB)
        # Text has no NULs, and UTF-16 text has its BOM (handled above): anything else is binary.
        raise BinaryFile("binary file (NUL bytes in the first 8 KB)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="briefing-latin1"), "cp1252"
