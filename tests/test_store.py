"""The facts cache: round trips, hits and misses, and every way the file can go wrong."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

import briefing.extract as extract
from briefing import store as store_module
from briefing.model import DateRef, Entity, Facts, Figure, Mention, Quote
from briefing.packed import pack, unpack
from briefing.store import CacheInfo, FactStore, facts_key


def sample_facts(seed: int = 0) -> Facts:
    """Every field kind, including None, non-ASCII text, a lone surrogate and empty lists."""
    return Facts(
        entities=[
            Entity("Ana Ruiz", "person", [Mention(0 + seed, 8 + seed, "Ana Ruiz"), Mention(40, 44, "Ruiz")]),
            Entity("Zürich", "place", [Mention(60, 66, "Zürich")]),
            Entity("Acme Corp", "organisation", []),
        ],
        quotes=[
            Quote("“We will grow,” she said", 10, 34, "direct", "Ana Ruiz", "she", "said"),
            Quote("growth was likely", 80, 97, "indirect", None, "", "according to"),
            Quote("odd \ud800 text", 100, 112, "partial", None, "officials", "told"),
        ],
        figures=[Figure("$4.5 million", 120, 132, "money"), Figure("12%", 140, 143, "percent")],
        dates=[DateRef("March 2024", 150, 160, "month")],
    )


@pytest.fixture
def warnings() -> list[str]:
    return []


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "facts.sqlite3"


def open_store(path: Path, warnings: list[str]) -> FactStore:
    return FactStore.open(path, warn=warnings.append)


# --- encoding and keys ------------------------------------------------------------------------


def test_key_depends_on_body_and_extractor_version(monkeypatch: pytest.MonkeyPatch) -> None:
    key = facts_key("The body.")
    assert key == facts_key("The body.")
    assert key != facts_key("The body!")
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", extract.EXTRACTOR_VERSION + "-next")
    assert facts_key("The body.") != key


def test_default_path_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert store_module.default_path() == tmp_path / "elsewhere" / "facts.sqlite3"
    with FactStore.open() as store:
        assert store.path == tmp_path / "elsewhere" / "facts.sqlite3"
        assert store.enabled


# --- normal use -----------------------------------------------------------------------------


def test_round_trip_through_the_file(db_path: Path, warnings: list[str]) -> None:
    body = "Ana Ruiz said the company would grow."
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key(body), pack(sample_facts()))])
    with open_store(db_path, warnings) as store:
        assert store.get_many([facts_key(body)]) == {facts_key(body): pack(sample_facts())}
    assert warnings == []


def test_unchanged_body_hits_and_changed_body_misses(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key("first body"), pack(sample_facts()))])
        assert set(store.get_many([facts_key("first body")])) == {facts_key("first body")}
        assert store.get_many([facts_key("first body, edited")]) == {}
    assert warnings == []


def test_extractor_version_change_misses(db_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", extract.EXTRACTOR_VERSION + "-next")
    with open_store(db_path, warnings) as store:
        assert store.get_many([facts_key("body")]) == {}
        # The new version's rows can never meet the old ones, so they were dropped on open.
        assert store.info().entries == 0
        assert store.info().extractor_version == extract.EXTRACTOR_VERSION
    assert warnings == []  # a new extractor is an upgrade, not trouble


def test_many_keys_are_fetched_in_chunks(db_path: Path, warnings: list[str]) -> None:
    keys = [facts_key(f"body {n}") for n in range(2500)]  # more than two chunks of host parameters
    facts = pack(Facts(figures=[Figure("1", 0, 1, "count")]))
    with open_store(db_path, warnings) as store:
        store.put_many((key, facts) for key in keys)
        found = store.get_many([*keys, *keys[:10], facts_key("absent")])  # duplicates and a miss
    assert set(found) == set(keys)
    assert warnings == []


def test_info_and_clear(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many((facts_key(f"body {n}"), pack(sample_facts(n))) for n in range(50))
        info = store.info()
        assert isinstance(info, CacheInfo)
        assert (info.path, info.entries, info.enabled, info.writable) == (db_path, 50, True, True)
        assert info.size_bytes > 0
        assert info.extractor_version == extract.EXTRACTOR_VERSION
        store.clear()
        assert store.info().entries == 0
        assert store.get_many([facts_key("body 1")]) == {}
        store.put_many([(facts_key("again"), pack(Facts()))])  # still usable after clearing
        assert store.get_many([facts_key("again")]) == {facts_key("again"): pack(Facts())}
    assert warnings == []


def test_closed_store_is_a_no_op(db_path: Path, warnings: list[str]) -> None:
    store = open_store(db_path, warnings)
    store.close()
    store.put_many([(facts_key("x"), pack(Facts()))])
    assert store.get_many([facts_key("x")]) == {}
    assert store.info().enabled is False
    store.close()


def test_works_from_another_thread(db_path: Path, warnings: list[str]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = open_store(db_path, warnings)
    with ThreadPoolExecutor(1) as pool:
        pool.submit(store.put_many, [(facts_key("threaded"), pack(sample_facts()))]).result()
        assert pool.submit(store.get_many, [facts_key("threaded")]).result()
    store.close()
    assert warnings == []


# --- trouble --------------------------------------------------------------------------------


def test_corrupt_file_is_rebuilt_with_one_warning(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    db_path.write_bytes(b"this is not a database, just garbage " * 300)
    with open_store(db_path, warnings) as store:
        assert len(warnings) == 1 and "damaged" in warnings[0]
        assert store.enabled and store.info().entries == 0
        store.put_many([(facts_key("body"), pack(sample_facts()))])
        assert store.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
    assert len(warnings) == 1


def test_damaged_row_is_a_miss(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key("good"), pack(sample_facts()))])
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO facts (key, value) VALUES (?, ?)", (facts_key("bad"), b"\x00\xffnot packed facts"))
    with open_store(db_path, warnings) as store:
        found = store.get_many([facts_key("good"), facts_key("bad")])
        assert set(found) == {facts_key("good")}
        store.get_many([facts_key("bad")])
        store.put_many([(facts_key("bad"), pack(Facts()))])  # re-extracted facts replace the damaged row
        assert store.get_many([facts_key("bad")]) == {facts_key("bad"): pack(Facts())}
    assert len(warnings) == 1 and "unreadable" in warnings[0]


def test_old_schema_is_rebuilt_with_one_warning(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with open_store(db_path, warnings) as store:
        assert store.get_many([facts_key("body")]) == {}
        assert store.info().entries == 0
        store.put_many([(facts_key("body"), pack(sample_facts()))])
        assert store.get_many([facts_key("body")])
    assert len(warnings) == 1 and "format" in warnings[0]


def test_impossible_folder_disables_with_one_warning(tmp_path: Path, warnings: list[str]) -> None:
    # A folder under a regular file cannot exist, even for root (for whom chmod stops nothing).
    (tmp_path / "afile").write_text("a file, not a folder")
    path = tmp_path / "afile" / "cache.sqlite3"
    store = open_store(path, warnings)
    assert not store.enabled
    store.put_many([(facts_key("body"), pack(sample_facts()))])
    assert store.get_many([facts_key("body")]) == {}
    info = store.info()
    assert (info.enabled, info.entries, info.size_bytes) == (False, 0, 0)
    assert info.reason
    store.clear()
    store.close()
    assert len(warnings) == 1


def test_path_that_is_a_folder_disables(tmp_path: Path, warnings: list[str]) -> None:
    (tmp_path / "facts.sqlite3").mkdir()
    store = open_store(tmp_path / "facts.sqlite3", warnings)
    assert not store.enabled and len(warnings) == 1
    store.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder_still_reads(tmp_path: Path, warnings: list[str]) -> None:
    folder = tmp_path / "ro"
    path = folder / "facts.sqlite3"
    with open_store(path, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    folder.chmod(0o500)
    path.chmod(0o400)
    try:
        with open_store(path, warnings) as store:
            assert store.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
            store.put_many([(facts_key("other"), pack(sample_facts()))])
            assert store.get_many([facts_key("other")]) == {}
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)
    assert len(warnings) == 1


def _busy_timeout_ms(store: FactStore) -> int:
    """How long the store's connection waits for another writer's lock before giving up."""
    assert store._conn is not None
    return store._conn.execute("PRAGMA busy_timeout").fetchone()[0]


def test_locked_database_skips_the_write_and_stops_waiting_long(
    db_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The wait is bounded by SQLite's busy timeout, not measured here: the first write waits the full
    # timeout (shortened for the test), and once a write was skipped as busy the rest wait only briefly.
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.05)
    with open_store(db_path, []) as store:
        store.put_many([(facts_key("before"), pack(sample_facts()))])
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(db_path, warnings) as store:
            assert _busy_timeout_ms(store) == 50
            store.put_many([(facts_key("during"), pack(sample_facts()))])
            assert _busy_timeout_ms(store) == store_module.RETRY_BUSY_MS
            store.put_many([(facts_key("during 2"), pack(sample_facts()))])
            assert _busy_timeout_ms(store) == store_module.RETRY_BUSY_MS
            assert store.get_many([facts_key("during"), facts_key("during 2")]) == {}  # both skipped
            # WAL readers are not blocked by the writer.
            assert set(store.get_many([facts_key("before")])) == {facts_key("before")}
            assert len(warnings) == 1 and "busy" in warnings[0]
            holder.execute("ROLLBACK")
            store.put_many([(facts_key("after"), pack(sample_facts()))])  # later writes still work
            assert set(store.get_many([facts_key("after")])) == {facts_key("after")}
    finally:
        holder.close()
    assert len(warnings) == 1


def _write_keys(path: str, prefix: str, count: int) -> None:
    """Run in a child process: many small transactions, as a loading run would make."""
    warnings: list[str] = []
    store = FactStore.open(Path(path), warn=warnings.append)
    for n in range(count):
        store.put_many([(facts_key(f"{prefix} {n}"), pack(sample_facts(n)))])
    store.close()
    if warnings:
        raise SystemExit(f"warnings: {warnings}")


def test_concurrent_processes_do_not_corrupt_it(db_path: Path, warnings: list[str]) -> None:
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_keys, args=(str(db_path), name, 200)) for name in ("a", "b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert [writer.exitcode for writer in writers] == [0, 0]
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    with open_store(db_path, warnings) as store:
        keys = [facts_key(f"{prefix} {n}") for prefix in ("a", "b") for n in range(200)]
        found = store.get_many(keys)
        assert set(found) == set(keys)
        assert unpack(found[facts_key("b 7")]) == sample_facts(7)
    assert warnings == []


# --- files read and articles as JSON ---------------------------------------------------------------


def test_files_and_json_round_trip_and_clear_empties_every_table(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
        store.put_files([(b"a.txt", b"stamp", 7, b"[]")])
        store.put_json([(b"key", 8, b"{}")])
    with open_store(db_path, warnings) as store:
        assert store.files_from(b"a.txt", 5) == [(b"a.txt", b"stamp", 7, b"[]")]
        assert store.files_from(b"b.txt", 5) == []
        assert store.get_json([b"key", b"absent"]) == {b"key": (8, b"{}")}
        store.put_files([(b"a.txt", b"new stamp", 9, b"[1]"), (b"c.txt", b"", 0, b""), (b"b.txt", b"", 0, b"")])
        assert store.files_from(b"a.txt", 2) == [(b"a.txt", b"new stamp", 9, b"[1]"), (b"b.txt", b"", 0, b"")]
        assert (store.info().entries, store.info().files, store.info().articles_json) == (1, 3, 1)
        store.clear()
        assert (store.get_many([facts_key("body")]), store.files_from(b"", 5), store.get_json([b"key"])) == (
            {},
            [],
            {},
        )
    assert warnings == []


def test_a_file_from_before_files_and_json_were_cached_keeps_its_facts(db_path: Path, warnings: list[str]) -> None:
    with open_store(db_path, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    with sqlite3.connect(db_path) as raw:  # as the previous version left it
        raw.execute("DROP TABLE files")
        raw.execute("DROP TABLE articles_json")
        raw.execute("DELETE FROM meta WHERE key = 'code_version'")
    read_only = FactStore(db_path, store_module.connect(db_path, read_only=True), warnings.append, writable=False)
    with read_only:
        assert read_only.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
        assert (read_only.files_from(b"", 5), read_only.get_json([b"key"])) == ([], {})  # quietly missing
    with open_store(db_path, warnings) as store:
        assert store.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
        store.put_files([(b"a.txt", b"stamp", 7, b"[]")])
        assert store.files_from(b"a.txt", 1) == [(b"a.txt", b"stamp", 7, b"[]")]
    assert warnings == []


def test_new_code_empties_files_and_json_but_keeps_facts(
    db_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(db_path, warnings) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
        store.put_files([(b"a.txt", b"stamp", 7, b"[]")])
        store.put_json([(b"key", 8, b"{}")])
    monkeypatch.setattr(store_module, "code_version", lambda: "new code")
    with open_store(db_path, warnings) as store:
        assert store.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
        assert (store.files_from(b"", 5), store.get_json([b"key"])) == ([], {})
    assert warnings == []


def test_a_new_file_has_large_pages_and_an_older_one_keeps_its_own(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA page_size").fetchone()[0] == store_module.PAGE_BYTES
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(older) as raw:  # made with SQLite's default pages, as before
        raw.execute("PRAGMA page_size=4096")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    with open_store(older, []) as store:
        store.put_many([(facts_key("body"), pack(sample_facts()))])
        assert store.get_many([facts_key("body")]) == {facts_key("body"): pack(sample_facts())}
    with sqlite3.connect(older) as raw:
        assert raw.execute("PRAGMA page_size").fetchone()[0] == 4096
