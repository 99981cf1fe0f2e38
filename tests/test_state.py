"""The reading state: new, updated, read and removed across runs; a damaged or locked file; two processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.model import Article
from briefing.sources import feeds
from briefing.state import Changes, Star, StateStore, briefing_key
from tests.conftest import REPO


def _article(number: int, body: str = "", source: str = "folder/a.txt") -> Article:
    return Article(
        id=f"id{number}", path=source, title=f"Title {number}", body=body or f"Body {number}.", paragraphs=()
    )


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    return folder


def test_new_updated_removed_and_read_across_runs(data_dir: Path) -> None:
    first = [_article(1), _article(2), _article(3)]
    store = StateStore.open("desk")
    assert store.record(first) == Changes(("id1", "id2", "id3"), (), (), 0)
    assert store.read_state().new == {"id1", "id2", "id3"}
    store.mark_read(first[:2])
    assert store.read_state().unread == {"id3"}
    store.close()
    assert (data_dir / "state.sqlite3").is_file()

    second = [_article(1), replace(_article(2), body="Body 2, updated."), _article(4)]
    store = StateStore.open("desk")
    assert store.record(second) == Changes(("id4",), ("id2",), ("id3",), 1)
    state = store.read_state()
    assert state.new == {"id4"}  # new since the last open only
    assert state.updated == {"id2"}  # read, then changed: updated, and unread again
    assert state.unread == {"id2", "id4"}
    store.mark_read([second[0]], read=False)
    assert store.read_state().unread == {"id1", "id2", "id4"}
    store.close()
    assert StateStore.open("another").record(first).new == ("id1", "id2", "id3")  # briefings are apart


def test_kept_sources_are_unchanged_not_removed(data_dir: Path) -> None:
    store = StateStore.open("desk")
    store.record([_article(1, source="feed"), _article(2, source="a.txt")])
    changes = store.record([_article(2, source="a.txt")], kept_sources={"feed"})
    assert changes == Changes((), (), (), 2)


def test_stars_and_notes_keep_their_text(data_dir: Path) -> None:
    store = StateStore.open("desk")
    star = Star("id1", "quote", "40", "We will not back down.", "Kim", "Title 1", "https://x/1", "2024-01-01")
    assert store.set_star(star, True)
    store.set_note("id1", "call the embassy <b>[red]")
    store.close()
    store = StateStore.open("desk")
    assert store.stars() == [star]
    assert store.notes() == {"id1": "call the embassy <b>[red]"}
    store.set_star(star, False)
    store.set_note("id1", "")
    assert store.stars() == [] and store.notes() == {}


def test_a_damaged_file_is_rebuilt_with_one_warning(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "state.sqlite3").write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    store = StateStore.open("desk", warn=warnings.append)
    assert store.record([_article(1)]).new == ("id1",)
    assert len(warnings) == 1 and "damaged" in warnings[0]


def test_a_locked_file_is_read_not_written_and_nothing_crashes(data_dir: Path) -> None:
    store = StateStore.open("desk")
    store.record([_article(1)])
    store.close()
    holder = sqlite3.connect(data_dir / "state.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process mid-write, holding on
    warnings: list[str] = []
    try:
        store = StateStore.open("desk", warn=warnings.append)
        changes = store.record([_article(1), _article(2)])
        assert changes.new == ("id2",)  # counted against what is there
        assert not store.mark_read([_article(1)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(warnings) == 1


CHILD = """
import sys
from briefing.model import Article
from briefing.state import StateStore
name, rounds = sys.argv[1], int(sys.argv[2])
articles = [Article(id=f"{name}{i}", path="p", title="t", body=f"b{i}", paragraphs=()) for i in range(50)]
for round in range(rounds):
    store = StateStore.open("shared", warn=lambda message: print(message, file=sys.stderr))
    store.record(articles, new_run=False)
    store.mark_read(articles[round % 50 : round % 50 + 5])
    store.close()
"""


def test_two_processes_on_one_briefing_do_not_corrupt_it(data_dir: Path) -> None:
    env = {"BRIEFING_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    children = [
        subprocess.Popen([sys.executable, "-c", CHILD, name, "40"], env=env, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    for child in children:
        _, errors = child.communicate(timeout=120)
        assert child.returncode == 0, errors
        assert errors == ""  # neither had to give up a write
    connection = sqlite3.connect(data_dir / "state.sqlite3")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = StateStore.open("shared")
    store.record([])
    # Each process counted the other's articles as "removed" but never lost them: both are in the file.
    (count,) = connection.execute("SELECT count(*) FROM articles").fetchone()
    assert count == 100


def test_the_key_of_a_briefing_is_its_file_or_its_sources(tmp_path: Path) -> None:
    assert briefing_key(["b", "a"]) == briefing_key(["a", "b"])
    assert briefing_key(["a"], str(tmp_path / "x.toml")).startswith("file:")


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Old</title><guid>urn:1</guid><description>old text</description></item>
</channel></rss>"""


def test_feed_entries_keep_their_id_when_new_ones_come_first() -> None:
    [old] = feeds.load(RSS, "https://example.org/feed.xml")
    grown = RSS.replace(
        b"<item>", b"<item><title>New</title><guid>urn:2</guid><description>n</description></item><item>", 1
    )
    fresh, again = feeds.load(grown, "https://example.org/feed.xml")
    assert isinstance(old, Article) and isinstance(again, Article) and isinstance(fresh, Article)
    assert again.id == old.id and fresh.id != old.id
