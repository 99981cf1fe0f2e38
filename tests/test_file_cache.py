"""Files already read, from the cache: used only while the file is unchanged, never trusted when damaged."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

import briefing.file_cache as file_cache
from briefing import sources
from briefing.file_cache import FileCache, decode, encode
from briefing.model import Article, Problem, Span
from briefing.session import Options
from briefing.store import FactStore
from tests.conftest import SEEDS
from tests.helpers import load


@pytest.fixture(autouse=True)
def trust_new_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files here are minutes old at most: trust their times at once (one test puts the guard back)."""
    monkeypatch.setattr(file_cache, "RACY_SECONDS", 0.0)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files actually read from disk."""
    read: list[str] = []
    real = sources.read_bounded

    def counted(path: str, max_bytes: int = sources.DEFAULT_MAX_BYTES) -> bytes:
        read.append(Path(path).name)
        return real(path, max_bytes)

    monkeypatch.setattr(sources, "read_bounded", counted)
    return read


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder / "a.txt", "Alpha headline\n\nAna Ruiz spoke in Madrid on Monday.\n\nA second paragraph.")
    _write(folder / "b.md", "# Beta headline\n\nKim Jong Un replied.")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    return folder


def _titles(folder: Path) -> list[str]:
    return [article.title for article in load([str(folder)], Options()).articles]


def test_a_second_load_reads_no_unchanged_file_and_gives_the_same(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    first = load([str(folder)], Options())
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]
    reads.clear()
    second = load([str(folder)], Options())
    assert reads == []
    assert second.articles == first.articles  # ids, paths, titles, bodies, paragraphs: equal
    assert (
        second.problems
        == first.problems
        == [Problem(str(folder / "c.txt"), "binary file (NUL bytes in the first 8 KB)")]
    )
    assert [second.facts.packed(n) for n in range(2)] == [first.facts.packed(n) for n in range(2)]


def test_the_seeds_come_back_equal_from_the_cache(reads: list[str]) -> None:
    first = load([str(SEEDS)], Options())
    reads.clear()
    assert load([str(SEEDS)], Options()).articles == first.articles
    assert reads == []


def test_a_file_edited_in_place_to_the_same_size_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    path = folder / "a.txt"
    load([str(folder)], Options())
    before = path.stat()
    _write(path, path.read_text(encoding="utf-8").replace("Alpha", "Gamma"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))  # a new time, whatever the clock's grain
    assert path.stat().st_size == before.st_size
    reads.clear()
    assert _titles(folder) == ["Gamma headline", "Beta headline"]
    assert reads == ["a.txt"]


def test_an_edit_that_puts_the_old_modification_time_back_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    path = folder / "a.txt"
    load([str(folder)], Options())
    before = path.stat()
    time.sleep(0.01)  # past the clock's grain, so that the change time moves
    _write(path, path.read_text(encoding="utf-8").replace("Alpha", "Gamma"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and modification time as they were
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    reads.clear()
    assert _titles(folder) == ["Gamma headline", "Beta headline"]
    assert reads == ["a.txt"]


def test_a_replaced_file_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    path = folder / "a.txt"
    load([str(folder)], Options())
    before = path.stat()
    replacement = _write(tmp_path / "new.txt", path.read_text(encoding="utf-8").replace("Alpha", "Delta"))
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))  # even with the same size and time
    os.replace(replacement, path)
    reads.clear()
    assert _titles(folder) == ["Delta headline", "Beta headline"]
    assert reads == ["a.txt"]


def test_a_deleted_file_is_gone_and_the_others_still_come_from_the_cache(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    load([str(folder)], Options())
    (folder / "a.txt").unlink()
    reads.clear()
    loaded = load([str(folder)], Options())
    assert [article.title for article in loaded.articles] == ["Beta headline"]
    assert [Path(problem.path).name for problem in loaded.problems] == ["c.txt"]
    assert reads == []


def test_the_same_file_reached_through_another_real_path_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    # Same path as given, same inode, size and times, but another real path: the articles' ids come from it.
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    _write(tmp_path / "one" / "a.txt", "Alpha headline\n\nText.")
    os.link(tmp_path / "one" / "a.txt", tmp_path / "two" / "a.txt")
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "one")
    first = load([str(link / "a.txt")], Options())
    link.unlink()
    link.symlink_to(tmp_path / "two")
    reads.clear()
    second = load([str(link / "a.txt")], Options())
    assert reads == ["a.txt"]
    assert second.articles[0].id != first.articles[0].id
    assert second.articles[0].id == load([str(tmp_path / "two" / "a.txt")], Options(use_cache=False)).articles[0].id


def test_a_file_changed_just_now_is_not_saved(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where times are kept to the second, it could change again within that second and keep its stamp.
    monkeypatch.setattr(file_cache, "RACY_SECONDS", 2.0)
    folder = _folder(tmp_path)
    load([str(folder)], Options())
    reads.clear()
    load([str(folder)], Options())
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]


def test_a_smaller_size_limit_still_refuses_a_file_the_cache_holds(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    load([str(folder)], Options())
    loaded = load([str(folder / "a.txt")], Options(max_bytes=10))
    assert loaded.articles == [] and "too large" in loaded.problems[0].reason


def test_new_code_reads_every_file_again(tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    load([str(folder)], Options())
    monkeypatch.setattr(file_cache, "code_version", lambda: "a loader changed")
    reads.clear()
    load([str(folder)], Options())
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE files SET check_ = check_ + 1",  # the value no longer matches its check
        "UPDATE files SET value = X'00ff', check_ = 0",
        "UPDATE files SET value = 'text, not bytes'",
    ],
)
def test_a_damaged_entry_is_read_again_with_one_warning(
    tmp_path: Path, reads: list[str], private_cache: Path, damage: str
) -> None:
    folder = _folder(tmp_path)
    first = load([str(folder)], Options())
    with sqlite3.connect(private_cache / "facts.sqlite3") as raw:
        raw.execute(damage)
    reads.clear()
    second = load([str(folder)], Options())
    assert second.articles == first.articles
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]
    assert sum("a saved file is unreadable" in warning for warning in second.warnings) == 1


@pytest.mark.parametrize(
    "value",
    [
        b"[]x",
        b'{"article": 1}',
        b'[["article", "id", "p", "t", "body", "", "", "", ""]]',  # no paragraphs
        b'[["article", "id", "p", "t", "body", "", "", "", "", [0, 9]]]',  # past the body's end
        b'[["article", "id", "p", "t", "body", "", "", "", "", [3, 1]]]',  # backwards
        b'[["article", "id", "p", "t", "body", "", "", "", "", [0, 1.5]]]',
        b'[["article", "id", "p", "t", "body", "", "", "", "", [0]]]',
        b'[["article", "id", "p", 7, "body", "", "", "", "", []]]',
        b'[["problem", "p"]]',
        b'[["script", "p", "r"]]',
    ],
)
def test_decode_refuses_anything_but_sound_articles_and_problems(value: bytes) -> None:
    import zlib

    with pytest.raises(file_cache.DamagedEntry):
        decode(zlib.crc32(value), value)


def test_encode_and_decode_round_trip() -> None:
    import zlib

    loaded = [
        Article("id1", "a.txt", "Title ✓", "One.\n\nTwo.", (Span(0, 4), Span(6, 10)), "dek", "by", "2024-01-02", "u"),
        Problem("b.txt", "binary file"),
        Article("id2", "c.txt", "Empty", "", ()),
    ]
    value = encode(loaded)
    assert decode(zlib.crc32(value), value) == loaded


def test_no_input_file_is_ever_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in folder.iterdir()}
    for _ in range(2):
        load([str(folder)], Options())
    assert {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in folder.iterdir()} == before


def test_without_a_usable_cache_files_are_simply_read(tmp_path: Path, reads: list[str]) -> None:
    folder = _folder(tmp_path)
    store = FactStore(tmp_path / "none.sqlite3", None, lambda message: None, writable=False)
    cache = FileCache(store, lambda message: None)
    for _ in range(2):
        assert [item.title for item in sources.iter_load([str(folder)], cache=cache) if isinstance(item, Article)] == [
            "Alpha headline",
            "Beta headline",
        ]
    assert sorted(reads) == ["a.txt", "a.txt", "b.md", "b.md", "c.txt", "c.txt"]


def test_a_file_written_while_it_was_read_is_not_saved(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    path = folder / "a.txt"
    real = sources.read_bounded

    def read_then_edit(name: str, max_bytes: int = sources.DEFAULT_MAX_BYTES) -> bytes:
        data = real(name, max_bytes)
        if name == str(path):
            time.sleep(0.01)  # past the clock's grain
            _write(path, path.read_text(encoding="utf-8").replace("Alpha", "Gamma"))
        return data

    monkeypatch.setattr(sources, "read_bounded", read_then_edit)
    assert _titles(folder) == ["Alpha headline", "Beta headline"]  # as read, before the edit
    monkeypatch.setattr(sources, "read_bounded", real)
    assert _titles(folder) == ["Gamma headline", "Beta headline"]


def test_files_looked_up_a_few_at_a_time_in_any_order_are_all_found(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_cache, "LOOKAHEAD", 2)
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    # The walk takes "sub" (and sub/x.txt) before "sub-2.txt", though "sub-2.txt" < "sub/x.txt" as bytes.
    for name in ("a.txt", "b.txt", "c.txt", "sub/x.txt", "sub-2.txt", "z.txt"):
        _write(folder / name, f"{name} headline\n\nText.")
    first = _titles(folder)
    assert len(first) == 6
    _write(folder / "d.txt", "d.txt headline\n\nNew.")  # a file not saved yet, among saved ones
    reads.clear()
    assert _titles(folder) == [*first[:3], "d.txt headline", *first[3:]]
    assert reads == ["d.txt"]
