"""The persistent cache: an SQLite file in the user's cache folder, of extracted facts and what was read and written.

Facts: one row per article body. The key is ``facts_key(body)``: a BLAKE2b hash of the
body text together with ``EXTRACTOR_VERSION``, so an unchanged body is never
extracted twice, an edited one always is, and a new extractor never sees old
output. We key on the article body (after loading and sanitising) rather than on
raw file bytes because one file can hold several articles, and because the facts
depend only on the body: its character ranges index into it.

Files: one row per file read, by its path as given, with a stamp of the file as it was then and of
the code that read it; ``briefing.file_cache`` says what the stamp and the value are. A file is
only ever read back from here while it is unchanged, so a warm start parses nothing.

Articles as JSON: `facts --json` output, one row per article, keyed by a digest of everything it
is made from (``json_output.json_key``), so a warm run encodes nothing.

The cache is an optimisation and must never stop the app. ``FactStore.open``
never raises; every failure (corrupt file, locked database, unwritable folder,
old schema) ends in a store that is rebuilt, read-only or disabled, after at most
one warning per kind of trouble. Concurrent ``briefing`` runs share the file
safely through WAL mode and short write transactions.

Values are packed facts (``briefing.packed``), stored and handed back as bytes:
articles keep their facts packed, so a warm start unpacks nothing. A value whose
header does not check out is simply a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

import briefing.extract as _extract
from briefing import packed
from briefing.code_version import code_version

Warn = Callable[[str], None]
T = TypeVar("T")

FILE_NAME = "facts.sqlite3"
ENV_DIR = "BRIEFING_CACHE_DIR"
# Bump when the tables or the value encoding change: old files are dropped and rebuilt. A new table
# needs no bump: older code leaves it alone, and newer code adds it to an older file (``_upgrade``).
SCHEMA_VERSION = 2
# Long enough to ride out another run's write transaction, short enough never to look hung.
BUSY_TIMEOUT_S = 2.0
# After one busy timeout we stop waiting long: the other writer is holding on, so skip quickly.
RETRY_BUSY_MS = 100
# SQLite's default limit on host parameters was 999 before 3.32; stay under it everywhere.
CHUNK = 900
WAL_LIMIT_BYTES = 16 * 1024 * 1024
PAGE_BYTES = 65536  # SQLite's largest
TABLES = ("facts", "files", "articles_json")
SIDE_FILES = ("-wal", "-shm", "-journal")

_log = logging.getLogger(__name__)


def _log_warning(message: str) -> None:
    _log.warning("%s", message)


@dataclass(frozen=True, slots=True)
class CacheInfo:
    path: Path
    entries: int  # articles' facts
    size_bytes: int
    extractor_version: str
    enabled: bool
    writable: bool = False
    reason: str = ""  # why the store is disabled or read-only, empty when all is well
    files: int = 0  # files read
    articles_json: int = 0  # articles as `facts --json` wrote them


def default_path() -> Path:
    """``$BRIEFING_CACHE_DIR/facts.sqlite3`` if set (tests, CI), else the platform's user cache folder."""
    folder = os.environ.get(ENV_DIR, "").strip()
    if folder:
        return Path(folder).expanduser() / FILE_NAME
    import platformdirs

    return platformdirs.user_cache_path("briefing") / FILE_NAME


def facts_key(body: str) -> str:
    """The cache key for one article body: changes whenever the body or the extractor changes."""
    # Read the version at call time (not import time) so a bumped or patched version takes effect.
    digest = hashlib.blake2b(digest_size=16)
    digest.update(_extract.EXTRACTOR_VERSION.encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# --- errors ---------------------------------------------------------------------------------


def trouble_of(exc: BaseException) -> str:
    """Sort an SQLite error into what we do about it: corrupt, locked, unwritable or other."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return "corrupt"
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "locked"
    if primary in (
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_AUTH,
    ):
        return "unwritable"
    # Older builds may lack error codes: fall back on SQLite's fixed messages.
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return "corrupt"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "unable to open" in text or "disk" in text:
        return "unwritable"
    return "other"


def error_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --- opening --------------------------------------------------------------------------------


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
        target, use_uri = uri, True
    else:
        target, use_uri = str(path), False
    # isolation_level=None: we issue BEGIN/COMMIT ourselves so every write is one explicit transaction.
    # check_same_thread=False: the loading session may run in a worker thread; our lock serialises use.
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, uri=use_uri)


def _read_meta(conn: sqlite3.Connection) -> dict[str, str] | None:
    """The meta table, or None if the file has no tables yet. Raises on a corrupt file."""
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            # A garbage file can look empty until its header is read: force that now.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return None
        raise


def _prepare(conn: sqlite3.Connection) -> str | None:
    """Bring a writable database to the current schema. Returns a warning to show, if any."""
    # Values are large (an article's JSON is some 24 KB): in pages of 64 KB rather than 4 KB, a warm
    # `facts --json` took a quarter less CPU time, and saving the JSON a fifth less (measured on 10,000
    # articles). It only takes effect in a new file, before WAL mode; an older file keeps its pages.
    conn.execute(f"PRAGMA page_size={PAGE_BYTES}")
    with contextlib.suppress(sqlite3.OperationalError):
        # Readers never block the writer in WAL, and NORMAL sync is safe there (only the last
        # commits can be lost on power failure, never consistency). A busy error here means
        # another process is setting the mode right now; it will be WAL either way.
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
    conn.execute("PRAGMA synchronous=NORMAL")
    # A big first fill grows the WAL to the size of the whole batch; give that space back after checkpoints.
    conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
    meta = _read_meta(conn)
    if _up_to_date(meta):
        return None
    # Write only when needed, so that opening an up-to-date cache never takes the write lock.
    conn.execute("BEGIN IMMEDIATE")
    try:
        meta = _read_meta(conn)  # another process may have upgraded it while we waited
        note = _upgrade(conn, meta)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return note


def _is_current(meta: dict[str, str] | None) -> bool:
    """Whether the file's facts can be used (whatever code read its files: their stamps say)."""
    return (
        meta is not None
        and meta.get("schema_version") == str(SCHEMA_VERSION)
        and meta.get("extractor_version") == _extract.EXTRACTOR_VERSION
    )


def _up_to_date(meta: dict[str, str] | None) -> bool:
    return _is_current(meta) and meta is not None and meta.get("code_version") == code_version()


def _upgrade(conn: sqlite3.Connection, meta: dict[str, str] | None) -> str | None:
    note = None
    if meta is not None and meta.get("schema_version") != str(SCHEMA_VERSION):
        note = f"cache format changed (v{meta.get('schema_version')} → v{SCHEMA_VERSION}); rebuilding it"
        for table in (*TABLES, "meta"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        meta = None
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    # check_: a CRC-32 of the value, which catches a damaged one (in a column of its own: no copy to take it off).
    conn.execute(
        "CREATE TABLE IF NOT EXISTS files"
        " (source BLOB PRIMARY KEY, stamp BLOB NOT NULL, check_ INTEGER NOT NULL, value BLOB NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS articles_json (key BLOB PRIMARY KEY, check_ INTEGER NOT NULL, value BLOB NOT NULL)"
    )
    # Keys and stamps include the versions, so old rows can never hit again: reclaim the space.
    # A new extractor or new code is a normal upgrade, not trouble, so no warning.
    if meta is not None and meta.get("extractor_version") != _extract.EXTRACTOR_VERSION:
        conn.execute("DELETE FROM facts")
    if meta is not None and meta.get("code_version") != code_version():
        conn.execute("DELETE FROM files")
        conn.execute("DELETE FROM articles_json")
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [
            ("schema_version", str(SCHEMA_VERSION)),
            ("extractor_version", _extract.EXTRACTOR_VERSION),
            ("code_version", code_version()),
        ],
    )
    return note


def discard(path: Path) -> None:
    """Delete a database file and its companions. Raises OSError if the main file stays."""
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def recreate(path: Path, prepare: Callable[[sqlite3.Connection], object]) -> sqlite3.Connection:
    """A damaged database deleted and made anew, ``prepare``d. Raises OSError or sqlite3.Error (nothing left open)."""
    conn = None
    try:
        discard(path)
        conn = connect(path)
        prepare(conn)
    except BaseException:
        close_quietly(conn)
        raise
    return conn


def close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


# --- the store ------------------------------------------------------------------------------


class FactStore:
    """Extracted facts keyed by ``facts_key``. Safe to call from one thread at a time, any thread."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection | None, warn: Warn, *, writable: bool, reason: str = ""
    ) -> None:
        self.path = path
        self._conn = conn
        self._warn = warn
        self._writable = writable and conn is not None
        self._reason = reason
        self._warned: set[str] = set()
        self._lock = threading.RLock()

    # opening

    @classmethod
    def open(cls, path: Path | None = None, *, warn: Warn = _log_warning) -> FactStore:
        """Open (creating or repairing) the cache. Never raises; warns at most once on trouble."""
        path = Path(path) if path is not None else default_path()
        try:
            return cls._open(path, warn)
        except Exception as exc:  # the cache is only an optimisation: nothing here may stop the app
            return cls._disabled(path, warn, f"cannot use it ({error_line(exc)})")

    @classmethod
    def _disabled(cls, path: Path, warn: Warn, reason: str) -> FactStore:
        warn(f"facts cache {path}: {reason}; running without it")
        return cls(path, None, warn, writable=False, reason=reason)

    @classmethod
    def _open(cls, path: Path, warn: Warn) -> FactStore:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if path.is_file():
                return cls._open_read_only(path, warn, f"folder unusable ({error_line(exc)})")
            return cls._disabled(path, warn, f"cannot create its folder ({error_line(exc)})")
        conn = None
        try:
            conn = connect(path)
            note = _prepare(conn)
        except sqlite3.Error as exc:
            close_quietly(conn)
            return cls._recover_from(path, warn, exc)
        if note:
            warn(f"facts cache {path}: {note}")
        return cls(path, conn, warn, writable=True)

    @classmethod
    def _recover_from(cls, path: Path, warn: Warn, exc: sqlite3.Error) -> FactStore:
        trouble = trouble_of(exc)
        if trouble == "corrupt":
            return cls._rebuild(path, warn, f"was damaged ({error_line(exc)})")
        if trouble == "unwritable" and path.is_file():
            return cls._open_read_only(path, warn, f"not writable ({error_line(exc)})")
        if trouble == "locked":
            return cls._open_busy(path, warn, exc)
        return cls._disabled(path, warn, error_line(exc))

    @classmethod
    def _rebuild(cls, path: Path, warn: Warn, why: str) -> FactStore:
        try:
            conn = recreate(path, _prepare)
        except (OSError, sqlite3.Error) as exc:
            return cls._disabled(path, warn, f"{why}, and rebuilding failed ({error_line(exc)})")
        warn(f"facts cache {path}: {why}; rebuilt it empty")
        return cls(path, conn, warn, writable=True)

    @classmethod
    def _open_read_only(cls, path: Path, warn: Warn, why: str) -> FactStore:
        """Reuse what is cached without writing. Falls back to ``immutable`` for WAL files in
        read-only folders, where SQLite cannot create the shared-memory file it wants."""
        for immutable in (False, True):
            conn = None
            try:
                conn = connect(path, read_only=True, immutable=immutable)
                if _is_current(_read_meta(conn)):
                    warn(f"facts cache {path}: {why}; reading it but not saving new facts")
                    return cls(path, conn, warn, writable=False, reason=why)
                close_quietly(conn)
                return cls._disabled(path, warn, f"{why}, and it is out of date")
            except sqlite3.Error:
                close_quietly(conn)
        return cls._disabled(path, warn, why)

    @classmethod
    def _open_busy(cls, path: Path, warn: Warn, exc: sqlite3.Error) -> FactStore:
        """Another process held the write lock while we needed to set the file up."""
        conn = None
        try:
            conn = connect(path)
            if _is_current(_read_meta(conn)):
                return cls(path, conn, warn, writable=True)  # set up already; writes may warn later
        except sqlite3.Error:
            pass
        close_quietly(conn)
        return cls._disabled(path, warn, f"busy ({error_line(exc)})")

    # trouble during use

    def _warn_once(self, topic: str, message: str) -> None:
        if topic not in self._warned:
            self._warned.add(topic)
            self._warn(f"facts cache {self.path}: {message}")

    def _on_error(self, doing: str, exc: sqlite3.Error) -> None:
        if doing == "reading" and "no such table" in str(exc):
            return  # an older file opened read-only, made before that table was: a miss, not trouble
        trouble = trouble_of(exc)
        if trouble == "locked":
            self._warn_once("locked", f"busy, another process holds it; skipped {doing} ({error_line(exc)})")
            if self._conn is not None:
                # Keep trying later writes, but never wait long again this run.
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute(f"PRAGMA busy_timeout={RETRY_BUSY_MS}")
        elif trouble == "corrupt":
            self._warn_once("corrupt", f"damaged while {doing} ({error_line(exc)}); rebuilding it empty")
            self._rebuild_in_place()
        else:
            self._warn_once(trouble, f"{doing} failed ({error_line(exc)}); not saving new facts this run")
            self._writable = False

    def _rebuild_in_place(self) -> None:
        close_quietly(self._conn)
        self._conn, self._writable = None, False
        try:
            discard(self.path)
            conn = connect(self.path)
            _prepare(conn)
        except (OSError, sqlite3.Error) as exc:
            self._reason = f"damaged and could not be rebuilt ({error_line(exc)})"
            return
        self._conn, self._writable = conn, True

    def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    # the API

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    @property
    def writable(self) -> bool:
        return self._writable

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The cached packed facts for those keys that have them. Missing or damaged rows are simply absent."""
        found: dict[str, bytes] = {}
        damaged = 0
        for key, blob in self._select("facts", "value", keys):
            try:
                found[key] = packed.check(blob)
            except packed.DamagedFacts:
                damaged += 1
        if damaged:
            # Damaged rows are overwritten when their articles are extracted again.
            self._warn_once("damaged", f"{damaged} unreadable entries ignored; extracting them again")
        return found

    def get_json(self, keys: Sequence[bytes]) -> dict[bytes, tuple[object, object]]:
        """Articles saved as JSON (``json_output``) under those keys that have them: (check, JSON), as saved."""
        return {key: (check, value) for key, check, value in self._select("articles_json", "check_, value", keys)}

    def put_json(self, rows: Iterable[tuple[bytes, int, bytes]]) -> None:
        """Save articles as JSON, ``(key, check, JSON)``, in one transaction."""
        self._write("INSERT OR REPLACE INTO articles_json (key, check_, value) VALUES (?, ?, ?)", rows)

    def _select(self, table: str, columns: str, keys: Sequence[str] | Sequence[bytes]) -> list[tuple]:
        """The rows of ``table`` under these keys, each the key and then ``columns``; none after an error."""
        rows: list[tuple] = []
        if self._conn is None or not keys:
            return rows
        unique = list(dict.fromkeys(keys))
        with self._lock:
            try:
                for chunk in _chunks(unique, CHUNK):
                    marks = ",".join("?" * len(chunk))
                    rows += self._conn.execute(f"SELECT key, {columns} FROM {table} WHERE key IN ({marks})", chunk)
            except sqlite3.Error as exc:
                self._on_error("reading", exc)
        return rows

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store packed facts in one transaction. On a busy or unwritable cache: warn once and skip."""
        self._write("INSERT OR REPLACE INTO facts (key, value) VALUES (?, ?)", items)

    def files_from(self, source: bytes, limit: int) -> list[tuple[object, ...]]:
        """Files saved (``file_cache``) from ``source`` on, in the order of their paths' bytes, as saved:
        (source, stamp, check, value), at most ``limit`` of them. None after an error (said once)."""
        with self._lock:
            if self._conn is None:
                return []
            try:
                rows = self._conn.execute(
                    "SELECT source, stamp, check_, value FROM files WHERE source >= ? ORDER BY source LIMIT ?",
                    (source, limit),
                )
                return rows.fetchall()
            except sqlite3.Error as exc:
                self._on_error("reading", exc)
                return []

    def put_files(self, rows: Iterable[tuple[bytes, bytes, int, bytes]]) -> None:
        """Save files read, ``(source, stamp, check, value)``, in one transaction, each replacing the source's last."""
        self._write("INSERT OR REPLACE INTO files (source, stamp, check_, value) VALUES (?, ?, ?, ?)", rows)

    def _write(self, statement: str, items: Iterable[tuple[str | bytes | int, ...]]) -> None:
        """Run ``statement`` for each row in one transaction. On a busy or unwritable cache: warn once and skip."""
        if not self._writable:
            return
        rows = list(items)
        if not rows:
            return
        with self._lock:
            if self._conn is None or not self._writable:
                return
            try:
                # IMMEDIATE takes the write lock up front, so waiting happens here (bounded by the
                # busy timeout) and never as a deadlock halfway through.
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany(statement, rows)
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                self._on_error("saving", exc)

    def info(self) -> CacheInfo:
        version = _extract.EXTRACTOR_VERSION
        counts = dict.fromkeys(TABLES, 0)
        with self._lock:
            if self._conn is not None:
                try:
                    for table in TABLES:
                        counts[table] = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    version = (_read_meta(self._conn) or {}).get("extractor_version", version)
                except sqlite3.Error as exc:
                    self._warn_once("info", f"cannot read it ({error_line(exc)})")
        return CacheInfo(
            path=self.path,
            entries=counts["facts"],
            size_bytes=self._size_bytes(),
            extractor_version=version,
            enabled=self.enabled,
            writable=self._writable,
            reason=self._reason,
            files=counts["files"],
            articles_json=counts["articles_json"],
        )

    def _size_bytes(self) -> int:
        total = 0
        for name in (str(self.path), *(f"{self.path}{suffix}" for suffix in SIDE_FILES)):
            with contextlib.suppress(OSError):
                total += os.stat(name).st_size
        return total

    def clear(self) -> None:
        """Forget every cached fact and file and give the space back."""
        with self._lock:
            if self._conn is None or not self._writable:
                return  # why it is disabled or read-only was already said, once, when it happened
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                for table in TABLES:
                    self._conn.execute(f"DELETE FROM {table}")
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                self._on_error("clearing", exc)
                return
            # Shrinking is a nicety: it fails harmlessly if another process is reading.
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            close_quietly(self._conn)
            self._conn, self._writable = None, False

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
