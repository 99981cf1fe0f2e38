"""Files already read, kept in the cache (``store``): a warm start neither reads nor parses an unchanged file.

What reading a file gave, its articles and problems, is saved under the file's path as given with a
*stamp*: the code that read it (``code_version``), the file's real path (the articles' ids come from
it), and its device, inode, size, modification and change times. It is used again only while every
part is the same, so a file edited (even to the same size, even with its old modification time put
back: that changes its change time), replaced, or reached through a different link is read again.

Two rules keep a stamp honest. A file is saved only if its stamp is the same after reading as the
walk found before, so a file written while it was being read is read again next time. And a file
changed in the last ``RACY_SECONDS`` is not saved at all: where times are kept to the second (or
two), it could be written again within the same second and keep its stamp.

Values are JSON with a CRC-32 of it (which catches a damaged value), and are checked as they are read
back: anything that does not decode into sound articles is a miss, said once, and the file is read
again. Nothing read from the cache is ever executed, and no input file is ever written.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Callable

import orjson

from briefing.code_version import code_version
from briefing.model import Article, Problem, Span
from briefing.sources.files import Found
from briefing.sources.formats import Loaded
from briefing.store import FactStore

RACY_SECONDS = 2.0
SAVE_BATCH = 512  # files saved this many at a time, while reading goes on
# Files looked up at a time: the walk goes through a folder in the order of its names, which is the
# order of the saved paths' bytes, so one query answers for the next files too.
LOOKAHEAD = 256


class DamagedEntry(ValueError):
    """A saved value that does not decode into what reading a file gives."""


def stamp(found: Found, info: os.stat_result) -> bytes:
    """What must stay the same for the saved reading of ``found`` to stand for reading it again now."""
    identity = found.real_path or os.path.realpath(found.path)
    return b"\x00".join((code_version().encode(), os.fsencode(identity), str(_status(info)).encode()))


def _status(info: os.stat_result) -> tuple[int, ...]:
    """The file's device, inode, size, modification and change times."""
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def encode(loaded: Loaded) -> bytes:
    items: list[list[object]] = []
    for item in loaded:
        if isinstance(item, Article):
            spans = [bound for span in item.paragraphs for bound in (span.start, span.end)]
            fields = (item.id, item.path, item.title, item.body, item.dek, item.byline, item.published, item.url)
            items.append(["article", *fields, spans])
        else:
            items.append(["problem", item.path, item.reason])
    return orjson.dumps(items)


def decode(check: object, value: object) -> Loaded:
    """The articles and problems ``encode`` saved, if ``check`` (their CRC-32) agrees; ``DamagedEntry`` if not."""
    if not isinstance(value, bytes) or check != zlib.crc32(value):
        raise DamagedEntry("its check does not match")
    try:
        items = orjson.loads(value)
    except orjson.JSONDecodeError as error:
        raise DamagedEntry(str(error)) from error
    if not isinstance(items, list):
        raise DamagedEntry("not a list")
    loaded: Loaded = []
    for item in items:
        match item:
            case [
                "article",
                str(id_),
                str(path),
                str(title),
                str(body),
                str(dek),
                str(byline),
                str(date),
                str(url),
                list(bounds),
            ]:
                loaded.append(Article(id_, path, title, body, _spans(bounds, len(body)), dek, byline, date, url))
            case ["problem", str(path), str(reason)]:
                loaded.append(Problem(path, reason))
            case _:
                raise DamagedEntry("not an article or a problem")
    return loaded


def _spans(bounds: list[object], length: int) -> tuple[Span, ...]:
    """Paragraph ranges from their flattened bounds: in order, each within the body and after the one before."""
    numbers = [bound for bound in bounds if type(bound) is int]
    if len(numbers) != len(bounds) or len(numbers) % 2 or sorted(numbers) != numbers:
        raise DamagedEntry("paragraph ranges that are not pairs of numbers in order")
    if numbers and (numbers[0] < 0 or numbers[-1] > length):
        raise DamagedEntry("a paragraph outside the body")
    return tuple(map(Span, numbers[0::2], numbers[1::2]))


class FileCache:
    """The files table of a ``FactStore`` (see the module's docstring), for ``sources.read_source``."""

    def __init__(self, store: FactStore, warn: Callable[[str], object]) -> None:
        self.store = store
        self.warn = warn
        self.waiting: list[tuple[bytes, bytes, int, bytes]] = []  # (source, stamp, check, value) not yet saved
        self.warned = False
        # Saved files from the path ``ahead_from`` on, to ``ahead_to`` (None: to the last): (stamp, check, value).
        self.ahead: dict[object, tuple[object, ...]] = {}
        self.ahead_from: bytes | None = None
        self.ahead_to: object = None

    def get(self, found: Found) -> Loaded | None:
        """What reading ``found`` gave when it was last read, if it is unchanged since."""
        if found.info is None:
            return None
        row = self._saved(os.fsencode(found.path))
        if row is None or row[0] != stamp(found, found.info):
            return None
        try:
            return decode(*row[1:])
        except DamagedEntry as error:
            if not self.warned:
                self.warned = True
                self.warn(f"facts cache {self.store.path}: a saved file is unreadable ({error}); reading it again")
            return None

    def _saved(self, source: bytes) -> tuple[object, ...] | None:
        """The row saved for ``source``, from the rows looked up ahead when it is among them."""
        known = self.ahead_from is not None and self.ahead_from <= source
        if not (known and (self.ahead_to is None or (isinstance(self.ahead_to, bytes) and source <= self.ahead_to))):
            rows = self.store.files_from(source, LOOKAHEAD)
            self.ahead = {row[0]: row[1:] for row in rows}
            self.ahead_from, self.ahead_to = source, (rows[-1][0] if len(rows) == LOOKAHEAD else None)
        return self.ahead.get(source)

    def put(self, found: Found, loaded: Loaded) -> None:
        """Save what reading ``found`` gave, if its stamp can be trusted (see the module's docstring)."""
        before = found.info
        if before is None or not self.store.writable:
            return
        try:
            after = os.stat(found.path)
        except OSError:
            return
        if _status(after) != _status(before):
            return  # changed while it was read
        if time.time_ns() - max(after.st_mtime_ns, after.st_ctime_ns) < RACY_SECONDS * 1e9:
            return
        try:
            value = encode(loaded)
        except orjson.JSONEncodeError:
            return  # text JSON cannot hold (the loaders make none); read it again next time
        self.waiting.append((os.fsencode(found.path), stamp(found, after), zlib.crc32(value), value))
        if len(self.waiting) >= SAVE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Save what is waiting to be saved."""
        rows, self.waiting = self.waiting, []
        self.store.put_files(rows)
