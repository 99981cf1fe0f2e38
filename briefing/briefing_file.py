"""The briefing file: a small TOML file naming a briefing, its sources and how often to refresh them.

    name = "Korea desk"
    sources = ["articles/", "https://example.org/feed.xml"]
    refresh_minutes = 15

Relative paths are relative to the file, so a briefing file can live beside its folders and be
opened from anywhere. Anything malformed or unknown is one ``BriefingFileError`` naming the file
and the line, never a half-read briefing.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing.sanitize import one_line
from briefing.sources.files import STDIN, is_url

SUFFIX = ".toml"
KEYS = ("name", "sources", "refresh_minutes")
MAX_BYTES = 1024 * 1024  # a briefing file is a few lines: anything bigger is not one

_AT_LINE = re.compile(r"\(at (?:line (\d+), column \d+|end of document)\)")


class BriefingFileError(ValueError):
    """A briefing file that cannot be used: the message is one line, ``FILE:LINE: reason``."""


@dataclass(frozen=True, slots=True)
class BriefingFile:
    path: str  # the file's real path: the briefing's identity in the state database
    name: str
    sources: tuple[str, ...]  # paths resolved against the file's folder, URLs as written
    refresh_minutes: float | None = None


def is_briefing_file(path: str) -> bool:
    """Whether a path given on the command line names a briefing file (by its suffix)."""
    return path.lower().endswith(SUFFIX) and not is_url(path)


def read_briefing_file(path: str) -> BriefingFile:
    """Read and check a briefing file. Raises ``BriefingFileError``."""
    shown = one_line(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise BriefingFileError(f"{shown}: {one_line(error.strerror or str(error))}") from None
    if len(data) > MAX_BYTES:
        raise BriefingFileError(f"{shown}:1: too large for a briefing file (over {MAX_BYTES:,} bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_number = data[: error.start].count(b"\n") + 1
        raise BriefingFileError(f"{shown}:{line_number}: not UTF-8 text") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        line = (found.group(1) or str(max(1, len(text.splitlines())))) if found else "1"
        reason = _AT_LINE.sub("", str(error)).strip()
        raise BriefingFileError(f"{shown}:{line}: {one_line(reason)}") from None

    def fail(key: str, reason: str) -> BriefingFileError:
        return BriefingFileError(f"{shown}:{_line_of(text, key)}: {reason}")

    for key in table:
        if key not in KEYS:
            raise fail(key, f"unknown key {one_line(key, 60)!r} (known: {', '.join(KEYS)})")
    folder = os.path.dirname(os.path.realpath(path))
    name = table.get("name", Path(path).stem)
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "name must be a non-empty string")
    sources = table.get("sources")
    if sources is None:
        raise BriefingFileError(f"{shown}:1: missing key 'sources' (a list of folders, files, feeds or URLs)")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        raise fail("sources", "sources must be a non-empty list of strings (folders, files, feeds or URLs)")
    minutes = table.get("refresh_minutes")
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int | float) or not math.isfinite(minutes) or minutes <= 0
    ):
        raise fail("refresh_minutes", "refresh_minutes must be a positive number")
    return BriefingFile(
        path=os.path.realpath(path),
        name=one_line(name, limit=200),
        sources=tuple(_resolve(source.strip(), folder) for source in sources),
        refresh_minutes=float(minutes) if minutes is not None else None,
    )


def _resolve(source: str, folder: str) -> str:
    if source == STDIN or is_url(source):
        return source
    return os.path.join(folder, os.path.expanduser(source))


def _line_of(text: str, key: str) -> int:
    """The line a top-level key is set on (tomllib gives values, not places)."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return 1
