"""What the reader has done with a briefing, kept across runs: read and unread, new and updated, stars and notes.

An SQLite file in the user's data folder (platformdirs; ``BRIEFING_DATA_DIR`` overrides it), never
the cache: clearing the cache must not lose what was read. Each briefing is a ``key`` (its briefing
file, or its sources), each article its stable id (``model.article_id``: a file's path and place
in it, a feed entry's id or link) with the hash of its text (``content_hash``) to notice updates.

Every open or sync is a *run*: articles first seen in the latest run are "new"; an article whose
text changed since it was read is "updated" and unread again. ``record`` compares what a run found
with what the previous run recorded and says what changed (``Changes``).

Like the facts cache, the database must never stop the app: ``StateStore.open`` never raises. A
damaged file is rebuilt (one warning); a locked or unwritable one is used read-only (one warning),
and then nothing is saved this run. Two processes share it through WAL mode and short
``BEGIN IMMEDIATE`` transactions.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.model import Article
from briefing.store import close_quietly, connect, error_line, recreate, trouble_of

Warn = Callable[[str], None]

FILE_NAME = "state.sqlite3"
ENV_DIR = "BRIEFING_DATA_DIR"
SCHEMA_VERSION = 1

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS runs (briefing TEXT PRIMARY KEY, run INTEGER NOT NULL)",
    # hash: the text as last seen; read_hash: the text as last read (NULL: never read);
    # present: 0 once a run no longer found it (a later run finding it again counts it new).
    """CREATE TABLE IF NOT EXISTS articles (
        briefing TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, hash TEXT NOT NULL,
        read_hash TEXT, first_seen INTEGER NOT NULL, updated_run INTEGER NOT NULL DEFAULT 0,
        present INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (briefing, id)) WITHOUT ROWID""",
    # What a source looked like when last read: a file's size and time, a URL's ETag and Last-Modified.
    """CREATE TABLE IF NOT EXISTS sources (
        briefing TEXT NOT NULL, source TEXT NOT NULL, signature TEXT NOT NULL,
        PRIMARY KEY (briefing, source)) WITHOUT ROWID""",
    # kind: article, quote, entity, figure; key: where in the article (or the name); text: as it was when starred.
    """CREATE TABLE IF NOT EXISTS stars (
        briefing TEXT NOT NULL, article TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
        text TEXT NOT NULL, detail TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL,
        published TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY (briefing, article, kind, key))""",
    """CREATE TABLE IF NOT EXISTS notes (
        briefing TEXT NOT NULL, article TEXT NOT NULL, text TEXT NOT NULL, updated REAL NOT NULL,
        PRIMARY KEY (briefing, article))""",
)

_log = logging.getLogger(__name__)


def default_path() -> Path:
    """``$BRIEFING_DATA_DIR/state.sqlite3`` if set, else the platform's user data folder."""
    folder = os.environ.get(ENV_DIR, "").strip()
    if folder:
        return Path(folder).expanduser() / FILE_NAME
    import platformdirs

    return platformdirs.user_data_path("briefing") / FILE_NAME


def briefing_key(paths: Sequence[str], briefing_file: str | None = None) -> str:
    """Which briefing this is: its briefing file, else its sources (real paths, URLs as given), in any order."""
    if briefing_file:
        return "file:" + os.path.realpath(briefing_file)
    sources = sorted(path if "://" in path or path == "-" else os.path.realpath(path) for path in paths)
    return "paths:" + "\x00".join(sources)


def content_hash(article: Article) -> str:
    """What changes when an article is updated: its title or its text."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(article.title.encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(article.body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Changes:
    """What a run found, against the run before it."""

    new: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class ReadState:
    """Each article's standing in this run, by id: unread, new since the last open, updated since read."""

    unread: frozenset[str] = frozenset()
    new: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Star:
    article: str
    kind: str  # article, quote, entity, figure
    key: str  # where in the article (a quote's or figure's start), or the entity's name; "" for the article
    text: str  # as it was when starred: kept when the article's text changes
    detail: str  # the speaker of a quote, the kind of an entity or figure
    title: str
    source: str  # the article's URL, else its path
    published: str


@dataclass(frozen=True, slots=True)
class Note:
    article: str
    text: str


class StateStore:
    """One briefing's read state, stars and notes. Safe to call from one thread at a time, any thread."""

    def __init__(self, path: Path, key: str, conn: sqlite3.Connection | None, warn: Warn, *, writable: bool) -> None:
        self.path = path
        self.key = key
        self._conn = conn
        self._warn = warn
        self.writable = writable and conn is not None
        self.run = 0  # this run's number, once ``record`` has counted it
        self._warned: set[str] = set()
        self._lock = threading.RLock()

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, key: str, path: Path | None = None, *, warn: Warn = _log.warning) -> StateStore:
        """Open (creating or repairing) the database. Never raises; warns at most once on trouble."""
        path = Path(path) if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = connect(path)
            try:
                _prepare(conn)
            except BaseException:
                close_quietly(conn)
                raise
            return cls(path, key, conn, warn, writable=True)
        except sqlite3.Error as exc:
            trouble = trouble_of(exc)
            if trouble == "corrupt":
                return cls._rebuild(path, key, warn, f"was damaged ({error_line(exc)})")
            return cls._read_only(path, key, warn, f"{trouble} ({error_line(exc)})")
        except OSError as exc:
            return cls._read_only(path, key, warn, f"unusable ({error_line(exc)})")

    @classmethod
    def _rebuild(cls, path: Path, key: str, warn: Warn, why: str) -> StateStore:
        try:
            conn = recreate(path, _prepare)
        except (OSError, sqlite3.Error) as exc:
            return cls._disabled(path, key, warn, f"{why}, and rebuilding failed ({error_line(exc)})")
        warn(f"reading state {path}: {why}; started it afresh (what was read before is forgotten)")
        return cls(path, key, conn, warn, writable=True)

    @classmethod
    def _read_only(cls, path: Path, key: str, warn: Warn, why: str) -> StateStore:
        conn = None
        try:
            conn = connect(path, read_only=True)
            conn.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.Error:
            close_quietly(conn)
            return cls._disabled(path, key, warn, why)
        warn(f"reading state {path}: {why}; showing it, but nothing read or starred is saved this time")
        return cls(path, key, conn, warn, writable=False)

    @classmethod
    def _disabled(cls, path: Path, key: str, warn: Warn, why: str) -> StateStore:
        warn(f"reading state {path}: {why}; nothing read or starred is saved this time")
        return cls(path, key, None, warn, writable=False)

    # --- plumbing -----------------------------------------------------------------------

    def _read(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._conn.execute(sql, (self.key, *parameters)).fetchall()
            except sqlite3.Error as exc:
                self._trouble("reading", exc)
                return []

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> bool:
        """Run ``work`` in one write transaction; on trouble warn once and carry on without saving."""
        with self._lock:
            if self._conn is None or not self.writable:
                return False
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                work(self._conn)
                self._conn.execute("COMMIT")
                return True
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                self._trouble("saving", exc)
                return False

    def _trouble(self, doing: str, exc: sqlite3.Error) -> None:
        trouble = trouble_of(exc)
        if trouble not in self._warned:
            self._warned.add(trouble)
            self._warn(f"reading state {self.path}: {doing} failed ({error_line(exc)}); not saving it this time")
        if trouble != "locked":
            self.writable = False

    # --- runs and read state ------------------------------------------------------------

    def record(self, articles: Sequence[Article], *, kept_sources: Iterable[str] = (), new_run: bool = True) -> Changes:
        """Count this run's articles against the last run's and remember them.

        ``kept_sources``: sources not read again this time because they had not changed (their
        articles stand as they were); ``new_run``: an open or a sync (False: a refresh within one).
        """
        hashes = {article.id: (article.path, content_hash(article)) for article in articles}
        kept = set(kept_sources)
        result: list[Changes] = []

        def work(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT run FROM runs WHERE briefing = ?", (self.key,)).fetchone()
            run = (row[0] if row else 0) + (1 if new_run or not row else 0)
            conn.execute("INSERT OR REPLACE INTO runs (briefing, run) VALUES (?, ?)", (self.key, run))
            known = {
                article: (source, digest)
                for article, source, digest in conn.execute(
                    "SELECT id, source, hash FROM articles WHERE briefing = ? AND present = 1", (self.key,)
                )
            }
            new = [article for article in hashes if article not in known]
            updated = [
                article for article, (_, digest) in hashes.items() if article in known and known[article][1] != digest
            ]
            removed = [
                article for article, (source, _) in known.items() if article not in hashes and source not in kept
            ]
            unchanged = (
                len(hashes)
                - len(new)
                - len(updated)
                + sum(1 for article, (source, _) in known.items() if article not in hashes and source in kept)
            )
            conn.executemany(
                "INSERT INTO articles (briefing, id, source, hash, first_seen) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (briefing, id) DO UPDATE SET source = excluded.source, hash = excluded.hash, present = 1, "
                "first_seen = CASE WHEN articles.present = 0 THEN excluded.first_seen ELSE articles.first_seen END",
                [(self.key, article, *hashes[article], run) for article in new],
            )
            conn.executemany(
                "UPDATE articles SET hash = ?, updated_run = ? WHERE briefing = ? AND id = ?",
                [(hashes[article][1], run, self.key, article) for article in updated],
            )
            conn.executemany(
                "UPDATE articles SET present = 0 WHERE briefing = ? AND id = ?", [(self.key, a) for a in removed]
            )
            self.run = run
            result.append(Changes(tuple(new), tuple(updated), tuple(removed), unchanged))

        if self._write(work):
            return result[0]
        # Read-only: count against what is there, and save nothing.
        rows = self._read("SELECT id, hash FROM articles WHERE briefing = ? AND present = 1")
        known_hashes = dict(rows)
        new = tuple(article for article in hashes if article not in known_hashes)
        updated = tuple(a for a, (_, digest) in hashes.items() if a in known_hashes and known_hashes[a] != digest)
        self.run = (self._read("SELECT run FROM runs WHERE briefing = ?") or [(0,)])[0][0] + 1
        return Changes(new, updated, (), len(hashes) - len(new) - len(updated))

    def read_state(self, articles: Sequence[Article] = ()) -> ReadState:
        """Unread, new and updated articles of this briefing (by the last ``record``).

        ``articles``: when given, each is judged by its text as loaded (as when the database could not be written).
        """
        unread, new, updated = set(), set(), set()
        current = {article.id: content_hash(article) for article in articles}
        seen = set()
        for article, digest, read_hash, first_seen, updated_run in self._read(
            "SELECT id, hash, read_hash, first_seen, updated_run FROM articles WHERE briefing = ? AND present = 1"
        ):
            digest = current.get(article, digest)
            seen.add(article)
            if read_hash != digest:
                unread.add(article)
            if first_seen >= self.run:
                new.add(article)
            elif (read_hash is not None and read_hash != digest) or updated_run >= self.run:
                updated.add(article)
        unread.update(article for article in current if article not in seen)
        new.update(article for article in current if article not in seen)
        return ReadState(frozenset(unread), frozenset(new), frozenset(updated))

    def mark_read(self, articles: Iterable[Article], read: bool = True) -> bool:
        """Mark articles read (as their text is now) or unread. False when it could not be saved."""
        rows = [(content_hash(article) if read else None, self.key, article.id) for article in articles]
        return self._write(
            lambda conn: conn.executemany("UPDATE articles SET read_hash = ? WHERE briefing = ? AND id = ?", rows)
        )

    # --- sources ------------------------------------------------------------------------

    def signatures(self) -> dict[str, str]:
        """Each source's signature when last read (``refresh``: a file's size and time, a URL's validators)."""
        return dict(self._read("SELECT source, signature FROM sources WHERE briefing = ?"))

    def save_signatures(self, signatures: dict[str, str]) -> None:
        rows = [(self.key, source, signature) for source, signature in signatures.items()]

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM sources WHERE briefing = ?", (self.key,))
            conn.executemany("INSERT INTO sources (briefing, source, signature) VALUES (?, ?, ?)", rows)

        self._write(work)

    # --- stars and notes ----------------------------------------------------------------

    def set_star(self, star: Star, starred: bool) -> bool:
        if starred:
            row = (
                self.key, star.article, star.kind, star.key, star.text, star.detail,
                star.title, star.source, star.published, time.time(),
            )  # fmt: skip
            sql = "INSERT OR REPLACE INTO stars VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            return self._write(lambda conn: conn.execute(sql, row))
        keys = (self.key, star.article, star.kind, star.key)
        sql = "DELETE FROM stars WHERE briefing = ? AND article = ? AND kind = ? AND key = ?"
        return self._write(lambda conn: conn.execute(sql, keys))

    def stars(self) -> list[Star]:
        rows = self._read(
            "SELECT article, kind, key, text, detail, title, source, published FROM stars "
            "WHERE briefing = ? ORDER BY created"
        )
        return [Star(*row) for row in rows]

    def set_note(self, article: str, text: str) -> bool:
        if text.strip():
            row = (self.key, article, text, time.time())
            return self._write(lambda conn: conn.execute("INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?)", row))
        keys = (self.key, article)
        return self._write(lambda conn: conn.execute("DELETE FROM notes WHERE briefing = ? AND article = ?", keys))

    def notes(self) -> dict[str, str]:
        return dict(self._read("SELECT article, text FROM notes WHERE briefing = ? ORDER BY updated"))

    def close(self) -> None:
        with self._lock:
            close_quietly(self._conn)
            self._conn, self.writable = None, False


def _prepare(conn: sqlite3.Connection) -> None:
    """WAL (two processes share the file), then the tables; a file of another schema is started afresh."""
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
    conn.execute("PRAGMA synchronous=NORMAL")
    version = None
    with contextlib.suppress(sqlite3.OperationalError):
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = row[0] if row else None
    if version == str(SCHEMA_VERSION):
        return
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a damaged file says so here
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
