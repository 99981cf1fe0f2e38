from __future__ import annotations

import os

from briefing.model import Problem
from briefing.sources import iter_load, knows
from briefing.sources.files import WalkStats, read_bounded, walk


def _article(path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\nBody of {title}.", encoding="utf-8")


def test_folders_walk_recursively_in_sorted_order_and_skip_unknown_kinds(tmp_path) -> None:
    _article(tmp_path / "b" / "2.txt", "B2")
    _article(tmp_path / "b" / "1.txt", "B1")
    _article(tmp_path / "a.txt", "A")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nno", encoding="utf-8")
    stats = WalkStats()
    titles = [item.title for item in iter_load([str(tmp_path)], stats=stats)]
    assert titles == ["A", "B1", "B2"]
    assert stats.skipped == 3  # the picture, the PDF and the hidden file


def test_symlink_loops_and_second_routes_are_walked_once(tmp_path) -> None:
    _article(tmp_path / "docs" / "one.txt", "One")
    os.symlink(tmp_path, tmp_path / "docs" / "loop")
    os.symlink(tmp_path / "docs" / "one.txt", tmp_path / "alias.txt")
    titles = [item.title for item in iter_load([str(tmp_path), str(tmp_path / "docs")])]
    assert titles == ["One"]


def test_missing_paths_fifos_and_dangling_links_are_problems(tmp_path) -> None:
    _article(tmp_path / "good.txt", "Good")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    items = list(iter_load([str(tmp_path), str(tmp_path / "absent.txt")]))
    reasons = {os.path.basename(item.path): item.reason for item in items if isinstance(item, Problem)}
    assert reasons == {
        "dangling.txt": "broken symbolic link",
        "pipe.txt": "a FIFO",
        "absent.txt": "no such file (it may have been removed while loading)",
    }
    assert [item.title for item in items if not isinstance(item, Problem)] == ["Good"]


def test_size_cap(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 1000, encoding="utf-8")
    [problem] = list(iter_load([str(big)], max_bytes=100))
    assert isinstance(problem, Problem) and "too large" in problem.reason
    assert len(read_bounded(str(big), max_bytes=10_000)) == big.stat().st_size


def test_a_directory_named_like_a_file_is_walked_not_read(tmp_path) -> None:
    _article(tmp_path / "x.txt" / "inner.txt", "Inner")
    assert [item.title for item in iter_load([str(tmp_path)])] == ["Inner"]


def test_explicit_file_of_unknown_kind_is_read_as_text(tmp_path) -> None:
    path = tmp_path / "story.log"
    path.write_text("Log headline\n\nText.", encoding="utf-8")
    assert not knows("story.log")
    assert [item.title for item in iter_load([str(path)])] == ["Log headline"]
    assert [found.path for found in walk([str(path)], knows)] == [str(path)]


def test_walked_files_carry_their_real_path_and_the_same_ids(tmp_path, monkeypatch) -> None:
    # The walk resolves each folder once and adds names to it; links are resolved in full.
    _article(tmp_path / "real" / "sub" / "a.txt", "A")
    _article(tmp_path / "other" / "b.txt", "B")
    _article(tmp_path / "elsewhere" / "d.txt", "D")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    os.symlink(tmp_path / "other", tmp_path / "real" / "linked")
    os.symlink("../../elsewhere/d.txt", tmp_path / "real" / "sub" / "c.txt")
    monkeypatch.chdir(tmp_path)
    for root in ("alias", "./alias/", str(tmp_path / "real")):
        found = [item for item in walk([root], knows) if not isinstance(item, Problem)]
        assert len(found) == 3
        assert all(item.real_path == os.path.realpath(item.path) for item in found)
        walked = {item.path: item.id for item in iter_load([root])}
        named = {path: next(iter_load([path])).id for path in walked}
        assert walked == named


def test_read_bounded_reads_files_whose_size_is_not_their_length() -> None:
    # /proc files report a size of 0: reading goes on past it to the end.
    if not os.path.exists("/proc/version"):
        return
    with open("/proc/version", "rb") as file:
        expected = file.read()
    assert read_bounded("/proc/version") == expected
    assert os.stat("/proc/version").st_size == 0


def test_read_bounded_empty_and_exact_size_files(tmp_path) -> None:
    for size in (0, 1, 4096, 70_000):
        path = tmp_path / f"{size}.txt"
        path.write_bytes(b"x" * size)
        assert read_bounded(str(path), max_bytes=70_000) == b"x" * size
