"""The command line as a user runs it: a real subprocess, JSON out, exit codes, messages on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import briefing
from tests.conftest import BBC, REPO, SEED

BRIEFING = [sys.executable, "-m", "briefing"]


def run(*args: str, stdin: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [*BRIEFING, *args], capture_output=True, text=True, input=stdin, cwd=cwd, env=env, timeout=180
    )


def test_facts_json_on_the_seed() -> None:
    result = run("facts", "seeds/000_c032d804bf6d7f7e.txt", "--json", "--no-cache")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["problems"] == []
    [article] = document["articles"]
    assert article["title"] == "Japan's PM offered to meet with Kim Jong Un 'as soon as possible,' North Korea says"
    assert article["dek"].startswith("North Korea said that Japanese Prime Minister Fumio Kishida offered")
    assert article["body"].startswith("North Korea said Monday")
    assert "What's Your Reaction?" not in article["body"]
    assert article["title"] not in article["body"]
    for key in ("id", "path", "byline", "published", "paragraphs", "entities", "quotes", "figures", "dates"):
        assert key in article
    start, end = article["paragraphs"][0]
    assert article["body"][start:end].startswith("North Korea said Monday")


def test_facts_json_on_the_whole_bbc_corpus() -> None:
    result = run("facts", str(BBC), "--json", "--quiet")
    assert result.returncode == 0, result.stderr[-2000:]
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) == 2225
    assert all(article["title"] for article in articles)


def test_problems_exit_1_with_one_line_each_and_the_rest_printed(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00\x00binary")
    result = run("facts", str(SEED), str(tmp_path / "bin.txt"), str(tmp_path / "missing.md"), "--json")
    assert result.returncode == 1
    assert len(json.loads(result.stdout)["articles"]) == 1
    problem_lines = [line for line in result.stderr.splitlines() if line.startswith("briefing: ")]
    assert len(problem_lines) == 2
    assert "bin.txt: binary file" in problem_lines[0]
    assert "missing.md: no such file" in problem_lines[1]


def test_usage_errors_exit_2() -> None:
    assert run("facts").returncode == 2
    assert run("facts", "--limit", "x", str(SEED)).returncode == 2


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"briefing {briefing.__version__}"
    help_text = run("--help").stdout
    assert "facts" in help_text and "search" in help_text


def test_readable_summary_and_stdin() -> None:
    result = run("facts", "-", stdin="Stdin headline\n\nA body from standard input.")
    assert result.returncode == 0
    assert result.stdout.startswith("Stdin headline\n")
    assert "- · 5 words" in result.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    result = run("facts", str(BBC / "tech"), "--json")
    assert result.returncode == 0
    assert result.stderr == ""


def _stderr_through_a_terminal(*args: str) -> tuple[int, str]:
    import pty

    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100"}
    process = subprocess.Popen(
        [*BRIEFING, *args], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=secondary, stdin=subprocess.DEVNULL
    )
    os.close(secondary)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return process.wait(timeout=180), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_and_not_with_quiet() -> None:
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--json", "--no-cache")
    assert status == 0
    assert "Reading files" in shown or "Extracting facts" in shown
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--json", "--no-cache", "--quiet")
    assert status == 0 and shown == ""
