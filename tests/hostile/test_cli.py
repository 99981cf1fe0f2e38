"""The real command line on the hostile folder: exit 1, safe stdout, one stderr line per problem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.sanitize import one_line
from tests.conftest import HANG_SECONDS
from tests.hostile.corpus import CLIP_PAYLOAD, GOOD_TITLE, TITLE_MARKER, XXE_SECRET, Corpus, forbidden_in
from tests.hostile.helpers import snapshot

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = HANG_SECONDS  # per command: a hang guard, not a speed limit (they run side by side)


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str


COMMANDS = {
    "facts": ["facts"],
    "facts-json": ["facts", "--json"],
    "search": ["search", "harbour"],
    "who": ["who", "maria chen"],
}


@pytest.fixture(scope="module")
def runs(hostile: Corpus, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Run every command at once (they are independent), checking that none touched an input."""
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path_factory.mktemp("cache")), PYTHONPATH=str(REPO))
    before = snapshot(hostile.root)
    started: dict[str, tuple[list[str], subprocess.Popen[bytes]]] = {}
    for name, command in COMMANDS.items():
        # Options first: argparse cannot take them between a command's positionals (see the report).
        verb, *rest = command
        args = [sys.executable, "-m", "briefing", verb, "--no-cache", "--quiet", *rest, str(hostile.root)]
        started[name] = (args, subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env))
    results: dict[str, Run] = {}
    try:
        for name, (args, process) in started.items():
            stdout, stderr = process.communicate(timeout=TIMEOUT)
            # Decode leniently: an invalid byte must fail the assertions below, not the fixture.
            results[name] = Run(
                args, process.returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace")
            )
    finally:
        for _args, process in started.values():
            if process.poll() is None:
                process.kill()
    assert snapshot(hostile.root) == before, "a command wrote to, renamed or touched an input"
    return results


@pytest.mark.parametrize("name", list(COMMANDS))
def test_exit_code_one_when_problems(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.returncode == 1, f"{name}: exit {run.returncode}\n{run.stderr[-2000:]}"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_output_is_terminal_safe(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    for stream, text in (("stdout", run.stdout), ("stderr", run.stderr)):
        assert not forbidden_in(text), f"{name} {stream} holds {forbidden_in(text)}"
        assert XXE_SECRET not in text, f"{name} {stream} leaked the XXE secret"
        assert "Traceback" not in text, f"{name} {stream}: {text[-2000:]}"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_stderr_has_one_line_per_problem_naming_the_file(runs: dict[str, Run], hostile: Corpus, name: str) -> None:
    lines = [line for line in runs[name].stderr.splitlines() if line.strip()]
    problem_lines = [line for line in lines if line.startswith(f"briefing: {one_line(str(hostile.root))}/")]
    for file_name in hostile.problem_files:
        matching = [line for line in problem_lines if f"/{file_name}: " in line]
        assert len(matching) == 1, f"{name}: {file_name} reported {len(matching)} times:\n" + "\n".join(lines)
    # Nothing else on stderr but problems, the skipped count, "no matches" and which entity `who` chose.
    others = [line for line in lines if line not in problem_lines]
    chose = "briefing: 'maria chen': Maria Chen (person)"
    assert all(line.startswith(("briefing: skipped", "no matches")) or line == chose for line in others), others


def test_facts_lists_the_good_article_and_the_hostile_ones(runs: dict[str, Run]) -> None:
    out = runs["facts"].stdout
    assert GOOD_TITLE in out
    assert "␛]0;PWNED-TITLE␇" in out  # the sequence is shown as text, not run
    assert "[@click=app.quit]" in out


def test_facts_json_is_valid_and_safe(runs: dict[str, Run], hostile: Corpus) -> None:
    document = json.loads(runs["facts-json"].stdout)
    titles = [article["title"] for article in document["articles"]]
    assert GOOD_TITLE in titles
    problem_names = {Path(problem["path"]).name for problem in document["problems"]}
    assert hostile.problem_files <= problem_names
    for article in document["articles"]:
        for start, end in article["paragraphs"]:
            assert 0 <= start < end <= len(article["body"])
    # The JSON escapes nothing (ensure_ascii=False), so the decoded text must be safe as well.
    assert not forbidden_in(json.dumps(document, ensure_ascii=False))
    assert CLIP_PAYLOAD in runs["facts-json"].stdout  # shown as text, inside a visible ␛]52 stand-in
    assert f"\x1b]0;{TITLE_MARKER}" not in runs["facts-json"].stdout


def test_search_finds_the_good_article(runs: dict[str, Run]) -> None:
    assert GOOD_TITLE in runs["search"].stdout


@pytest.mark.parametrize("name", ["two  spaces.txt", "tab\tname.txt", "esc\x1b[31mred.txt"])
def test_export_never_overwrites_an_input_whatever_its_name(tmp_path: Path, name: str) -> None:
    """Article paths are display-safe copies (whitespace collapsed, controls replaced), not the real path."""
    from briefing.cli import main

    victim = tmp_path / name
    victim.write_text("Victim\n\nThis input must never be overwritten.\n")
    (tmp_path / "other.txt").write_text("Other\n\nAnother article.\n")
    before = snapshot(tmp_path)
    status = main(["export", "--no-cache", "--quiet", str(tmp_path), "-o", str(victim)])
    assert snapshot(tmp_path) == before, f"export -o overwrote the input {name!r}"
    assert status != 0


def test_options_may_follow_the_positionals() -> None:
    """`briefing search QUERY DIR --no-cache` and `briefing search QUERY --no-cache DIR` both read DIR."""
    from briefing.cli import parse_args

    args = parse_args(["search", "harbour", "--no-cache", "/some/dir"])
    assert args.paths == ["/some/dir"] and args.no_cache


def test_who_profiles_a_person_of_the_good_article(runs: dict[str, Run]) -> None:
    out = runs["who"].stdout
    assert out.startswith("Maria Chen · person · "), out[:500]
    assert GOOD_TITLE in out
