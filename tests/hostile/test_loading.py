"""Loading the hostile corpus: every case is bounded, display-safe, and never stops the rest."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from briefing.model import Article, Problem
from briefing.sanitize import display_safe
from briefing.sources import files, iter_load, load_bytes, read_source
from briefing.sources.files import Found, WalkStats, read_bounded, walk
from tests.hostile.corpus import (
    CLIP_PAYLOAD,
    GOOD_TITLE,
    INNER_TITLE,
    TITLE_MARKER,
    Corpus,
)
from tests.hostile.helpers import (
    assert_display_safe,
    assert_loaded_safe,
    assert_problem_safe,
    assert_ranges_valid,
    snapshot,
)


def _load_all(paths: list[str], **kwargs) -> tuple[list[Article], list[Problem], WalkStats]:
    stats = WalkStats()
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_load(paths, stats=stats, **kwargs):
        (problems if isinstance(item, Problem) else articles).append(item)
    return articles, problems, stats


@pytest.fixture(scope="module")
def loaded(hostile: Corpus) -> tuple[list[Article], list[Problem], WalkStats]:
    return _load_all([str(hostile.root)])


@pytest.fixture
def special_access(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Each blocking open and each read of a file that is not a regular one (FIFO, device, socket).

    A blocking open of such a file is recorded and refused rather than made, so a regression fails
    the test at once instead of hanging it on a FIFO nobody writes to.
    """
    seen: list[tuple[str, str]] = []
    special: dict[int, str] = {}
    real_open, real_read, real_close = os.open, os.read, os.close

    def spy_open(path, flags, *args, **kwargs):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = stat.S_IFREG
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
            return real_open(path, flags, *args, **kwargs)
        if not flags & os.O_NONBLOCK:
            seen.append(("blocking open", str(path)))
            raise OSError(errno.EWOULDBLOCK, "a blocking open, refused by the test", str(path))
        fd = real_open(path, flags, *args, **kwargs)
        special[fd] = str(path)
        return fd

    def spy_read(fd: int, size: int) -> bytes:
        if fd in special:
            seen.append(("read", special[fd]))
        return real_read(fd, size)

    def spy_close(fd: int) -> None:
        special.pop(fd, None)
        real_close(fd)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "read", spy_read)
    monkeypatch.setattr(os, "close", spy_close)
    return seen


def _by_name(articles: list[Article]) -> dict[str, list[Article]]:
    found: dict[str, list[Article]] = {}
    for article in articles:
        found.setdefault(article.source_name, []).append(article)
    return found


def _problems_by_name(problems: list[Problem]) -> dict[str, Problem]:
    return {os.path.basename(problem.path): problem for problem in problems}


def test_the_rest_of_the_folder_still_loads(loaded, hostile: Corpus) -> None:
    articles, _problems, _stats = loaded
    titles = {article.title for article in articles}
    assert GOOD_TITLE in titles
    assert INNER_TITLE in titles  # inside the folder named x.txt


def test_every_article_is_display_safe_and_well_formed(loaded) -> None:
    articles, problems, _stats = loaded
    assert articles
    for article in articles:
        assert_display_safe(article)
        assert_ranges_valid(article)
    for problem in problems:
        assert_problem_safe(problem)


def test_unreadable_inputs_are_problems_naming_the_file(loaded, hostile: Corpus) -> None:
    _articles, problems, _stats = loaded
    reported = {Path(problem.path).name: problem.reason for problem in problems}
    for name in hostile.problem_files:
        assert name in reported, f"{name} was not reported (problems: {reported})"
    assert "FIFO" in reported["fifo.txt"]
    assert "binary" in reported["binary.txt"]
    assert "broken" in reported["dangling.txt"]
    assert "loop" in reported["loop_a.txt"]


def test_each_real_file_is_listed_once(hostile: Corpus) -> None:
    # x.txt/back_to_root links to the root (a loop) and x.txt/same_as_good.txt is a second route to good.txt.
    found = [
        item.path for item in walk([str(hostile.root), str(hostile.root)], lambda name: True) if isinstance(item, Found)
    ]
    real = [os.path.realpath(path) for path in found]
    assert len(real) == len(set(real)), sorted(real)
    assert os.path.realpath(hostile.path("good.txt")) in real


def test_nothing_is_silently_skipped(loaded, hostile: Corpus) -> None:
    """Every case is an article, a problem, or counted as skipped (a kind no loader reads)."""
    articles, problems, stats = loaded
    seen = {Path(a.path).name for a in articles} | {Path(p.path).name for p in problems}
    unaccounted = [name for name in hostile.files if display_safe(name) not in seen and name != "x.txt"]
    assert len(unaccounted) <= stats.skipped, (unaccounted, stats.skipped)


@pytest.mark.parametrize(
    ("case", "leak"),
    [
        ("osc52.txt", CLIP_PAYLOAD),
        ("title_seq.txt", TITLE_MARKER),
        ("unterminated_osc.txt", TITLE_MARKER),
    ],
)
def test_escape_payload_stays_visible_text_not_a_sequence(loaded, case: str, leak: str) -> None:
    """The sequence is shown (as ␛… text), so readers see the attempt; only the ESC is replaced."""
    articles = _by_name(loaded[0])[case]
    text = " ".join(article.title + " " + article.body for article in articles)
    assert "\x1b" not in text
    assert leak in text
    assert "␛" in text


def test_text_after_an_unterminated_osc_survives(loaded) -> None:
    (article,) = _by_name(loaded[0])["unterminated_osc.txt"]
    assert "Normal text after it." in article.body


def test_markup_is_kept_as_literal_text(loaded) -> None:
    by_name = _by_name(loaded[0])
    assert "[@click=app.quit]QUIT[/]" in by_name["click.txt"][0].body
    assert "[/]" in by_name["stray_close.txt"][0].title
    assert "[link=https://evil.example]" in by_name["link.txt"][0].title


def test_encodings(loaded) -> None:
    by_name = _by_name(loaded[0])
    assert by_name["cp1252.txt"][0].title == "“Smart quotes” in a headline"
    assert "it’s done…" in by_name["cp1252.txt"][0].body
    assert by_name["latin1.txt"][0].title == "Café naïve résumé"
    assert by_name["utf16_bom.txt"][0].title == "UTF-16 with BOM"
    # Without its BOM, UTF-16 has NULs in its first 8 KB: by the loader's rule that is a binary file.
    assert "utf16_nobom.txt" not in by_name
    assert _problems_by_name(loaded[1])["utf16_nobom.txt"].reason.startswith("binary file")
    # C1 bytes that cp1252 leaves undefined are masked, never passed through.
    assert "PWNED-TITLE" in by_name["c1_bytes.txt"][0].title


def test_line_ends_are_normalised_before_ranges(loaded) -> None:
    by_name = _by_name(loaded[0])
    cr = by_name["cr_only.txt"][0]
    assert cr.title == "CR only title"
    assert cr.body == "First paragraph\nsecond line.\n\nSecond paragraph."
    assert len(cr.paragraphs) == 2
    crlf = by_name["crlf.txt"][0]
    assert crlf.title == "CRLF title" and "\r" not in crlf.body and len(crlf.paragraphs) == 2


def test_bidi_and_combining_marks(loaded) -> None:
    (article,) = _by_name(loaded[0])["bidi.txt"]
    assert "\u202e" not in article.title + article.body
    assert "\u0301" * 5000 in article.body  # combining marks are text, kept as they are


def test_nul_in_markdown_is_a_binary_file_problem(loaded) -> None:
    assert "nul.md" not in _by_name(loaded[0])
    problem = _problems_by_name(loaded[1])["nul.md"]
    assert problem.reason == "binary file (NUL bytes in the first 8 KB)"


def test_deep_markdown_nesting_keeps_its_text(loaded) -> None:
    (article,) = _by_name(loaded[0])["deep.md"]
    assert "quoted" in article.body and "emph" in article.body


def test_empty_and_huge_lines(loaded) -> None:
    by_name = _by_name(loaded[0])
    assert by_name["empty.txt"][0].body == ""
    assert len(by_name["long_line.txt"][0].title) <= 500  # a 2 MB headline is cut for display
    assert len(by_name["long_body.txt"][0].body) == 2 * 1024 * 1024


def test_file_names_are_display_safe(loaded) -> None:
    names = [article.source_name for article in loaded[0]]
    assert any("␛]0;PWNED-TITLE␇" in name for name in names)
    assert all("\x1b" not in name for name in names)


# --- bounded reading ---------------------------------------------------------------------


def test_size_cap_is_a_problem_not_a_truncated_article(hostile: Corpus) -> None:
    path = str(hostile.path("long_body.txt"))
    (problem,) = read_source(Found(path), max_bytes=1024)
    assert isinstance(problem, Problem) and "too large" in problem.reason


def test_a_fifo_is_never_opened_for_a_blocking_read(hostile: Corpus, special_access: list) -> None:
    # Named explicitly, through the walk, and straight to read_source (as if it replaced a file mid-load).
    fifo = str(hostile.path("fifo.txt"))
    (by_walk,) = list(iter_load([fifo]))
    (direct,) = read_source(Found(fifo))
    assert isinstance(by_walk, Problem) and "FIFO" in by_walk.reason
    assert isinstance(direct, Problem) and "FIFO" in direct.reason
    assert special_access == []  # neither a blocking open nor a read


def test_devices_are_problems_and_never_read(special_access: list) -> None:
    items = list(iter_load(["/dev/zero", "/dev/null"]))
    assert len(items) == 2
    assert all(isinstance(item, Problem) and "device" in item.reason for item in items)
    (direct,) = read_source(Found("/dev/zero"))
    assert isinstance(direct, Problem) and "device" in direct.reason
    assert special_access == []


def test_a_file_removed_between_walk_and_read_is_a_problem(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("A\n\nfirst")
    (tmp_path / "b.txt").write_text("B\n\nsecond")
    real_read = files.read_bounded

    def vanish_then_read(path: str, max_bytes: int = files.DEFAULT_MAX_BYTES) -> bytes:
        if path.endswith("a.txt"):
            os.unlink(path)
        return real_read(path, max_bytes)

    monkeypatch.setattr("briefing.sources.read_bounded", vanish_then_read)
    articles, problems, _ = _load_all([str(tmp_path)])
    assert [a.title for a in articles] == ["B"]
    assert len(problems) == 1 and "removed" in problems[0].reason


def test_permission_lost_mid_load_is_a_problem(tmp_path: Path, monkeypatch) -> None:
    # Tests run as root, which chmod cannot stop: simulate the denial at os.open.
    (tmp_path / "locked.txt").write_text("Locked\n\nsecret")
    (tmp_path / "open.txt").write_text("Open\n\npublic")
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", deny)
    articles, problems, _ = _load_all([str(tmp_path)])
    assert [a.title for a in articles] == ["Open"]
    assert [(Path(p.path).name, p.reason) for p in problems] == [("locked.txt", "permission denied")]


def test_a_folder_that_cannot_be_listed_is_a_problem(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "a.txt").write_text("A\n\nbody")
    (tmp_path / "b.txt").write_text("B\n\nbody")
    real_scandir = os.scandir

    def deny(path):
        if str(path).endswith("inner"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(files.os, "scandir", deny)
    articles, problems, _ = _load_all([str(tmp_path)])
    assert [a.title for a in articles] == ["B"]
    assert [p.reason for p in problems] == ["permission denied"]


def test_read_bounded_refuses_what_is_not_a_regular_file(hostile: Corpus) -> None:
    with pytest.raises(ValueError, match="FIFO"):
        read_bounded(str(hostile.path("fifo.txt")))
    with pytest.raises(ValueError, match="directory"):
        read_bounded(str(hostile.path("x.txt")))


def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "grows.txt"
    path.write_bytes(b"a" * 10)
    real_fstat = os.fstat

    def stale_fstat(fd: int):
        info = real_fstat(fd)
        path.write_bytes(b"a" * 5000)  # grows after the size check
        return info

    monkeypatch.setattr(files.os, "fstat", stale_fstat)
    with pytest.raises(ValueError, match="too large"):
        read_bounded(str(path), max_bytes=100)


def test_every_case_alone_loads_safely(hostile: Corpus) -> None:
    """Each file straight through its loader (as the app reads it): an article or a problem, display-safe."""
    for name, path in sorted(hostile.files.items()):
        if not path.is_file() or path.is_symlink() or name == "fifo.txt":
            continue
        items = load_bytes(path.read_bytes(), str(path))
        assert items, f"{name!r} gave neither an article nor a problem"
        assert_loaded_safe(items)


def test_loading_never_writes_to_inputs(hostile: Corpus) -> None:
    before = snapshot(hostile.root)
    _load_all([str(hostile.root)])
    assert snapshot(hostile.root) == before
