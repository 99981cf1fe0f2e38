"""The briefing file: sources relative to the file, one error line naming the file and line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.briefing_file import BriefingFileError, read_briefing_file
from tests.conftest import SEED
from tests.test_cli import run


def _write(folder: Path, text: str) -> Path:
    path = folder / "desk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sources_are_relative_to_the_file_and_urls_kept(tmp_path: Path) -> None:
    path = _write(
        tmp_path, 'name = "Korea desk"\nsources = ["articles/", "https://example.org/f.xml"]\nrefresh_minutes = 15\n'
    )
    found = read_briefing_file(str(path))
    assert found.name == "Korea desk"
    assert found.sources == (str(tmp_path.resolve()) + "/articles/", "https://example.org/f.xml")
    assert found.refresh_minutes == 15.0


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ('name = "x"\nsources = ["a"]\ncolour = "red"\n', 3, "unknown key 'colour'"),
        ('name = "x"\nsources = ["a"\n', 2, ""),
        ('name = "x"\nsources = "a"\n', 2, "sources must be a non-empty list"),
        ('name = "x"\nsources = ["a"]\nrefresh_minutes = -1\n', 3, "positive number"),
        ('name = "x"\n', 1, "missing key 'sources'"),
    ],
)
def test_a_bad_file_is_one_error_naming_file_and_line(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(BriefingFileError) as raised:
        read_briefing_file(str(path))
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: ")
    assert reason in message
    assert "\n" not in message


def test_the_command_line_reads_a_briefing_file_and_exits_2_on_a_bad_one(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_bytes(SEED.read_bytes())
    good = _write(tmp_path, 'sources = ["articles"]\n')
    result = run("facts", str(good), "--json", "--no-cache", cwd=Path("/"))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1

    bad = tmp_path / "bad.toml"
    bad.write_text('sources = ["articles"]\nextra = 1\n', encoding="utf-8")
    result = run(str(bad))  # `briefing FILE.toml` opens the app: it must refuse before starting it
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"briefing: {bad}:2: unknown key 'extra' (known: name, sources, refresh_minutes)"
    ]
    result = run("open", str(bad))
    assert result.returncode == 2 and f"{bad}:2:" in result.stderr
