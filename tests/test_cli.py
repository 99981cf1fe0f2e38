"""The command line as a user runs it: a real subprocess, JSON out, exit codes, messages on stderr."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from briefing.cli import summarise
from briefing.model import Article, Facts, Quote, Span
from briefing.serialize import article_to_dict
from briefing.session import Options
from tests.conftest import BBC, REPO, SEED
from tests.helpers import load

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
    assert run("facts", "--json", "--jsonl", str(SEED)).returncode == 2
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


def _stderr_through_a_terminal(*args: str, stdout: Path | None = None, stdout_too: bool = False) -> tuple[int, str]:
    """(exit status, what the terminal showed of standard error, and of standard output if ``stdout_too``).

    Otherwise standard output goes to the file ``stdout``, or nowhere.
    """
    import pty

    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100"}
    out_file = stdout.open("wb") if stdout is not None else None
    out = secondary if stdout_too else out_file or subprocess.DEVNULL
    process = subprocess.Popen(
        [*BRIEFING, *args], cwd=REPO, env=env, stdout=out, stderr=secondary, stdin=subprocess.DEVNULL
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
    status = process.wait(timeout=180)
    if out_file is not None:
        out_file.close()
    return status, b"".join(chunks).decode("utf-8", "replace")


def test_readable_facts_go_to_stdout_while_the_bar_draws_on_stderr(tmp_path: Path) -> None:
    """The summaries are written while loading, and the bar must not capture them (rich redirects sys.stdout)."""
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--no-cache", stdout=tmp_path / "out")
    out = (tmp_path / "out").read_text(encoding="utf-8")
    assert status == 0
    assert "Extracting facts" in shown
    assert "People:" not in shown
    assert out.count("  People: ") > 400


def test_readable_facts_on_a_terminal_draw_no_bar_over_the_articles() -> None:
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--no-cache", stdout_too=True)
    assert status == 0
    assert shown.count("People: ") > 400
    assert "Extracting facts" not in shown and "Reading files" not in shown


def test_progress_bar_on_a_terminal_and_not_with_quiet() -> None:
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--json", "--no-cache")
    assert status == 0
    assert "Reading files" in shown or "Extracting facts" in shown
    status, shown = _stderr_through_a_terminal("facts", str(BBC / "politics"), "--json", "--no-cache", "--quiet")
    assert status == 0 and shown == ""


def test_facts_without_a_path_reads_the_bundled_seeds_from_the_package(tmp_path: Path) -> None:
    result = run("facts", "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Japan's PM offered to meet with Kim Jong Un")
    assert f"{os.sep}briefing{os.sep}seeds{os.sep}000_c032d804bf6d7f7e.txt" in result.stdout
    assert "People: Fumio Kishida" in result.stdout


def test_readable_quotes_are_marked_by_kind_and_only_direct_speech_is_quoted() -> None:
    body = '"We will win," Ana Ruiz said. She called it "a good day". Ruiz said the plan would work.'
    article = Article(id="q", path="q.txt", title="Quotes", body=body, paragraphs=(Span(0, len(body)),))
    facts = Facts(
        quotes=[
            Quote("We will win,", 1, 13, "direct", "Ana Ruiz", "Ana Ruiz", "said"),
            Quote("a good day", 42, 52, "partial", "Ana Ruiz", "She", "called"),
            Quote("the plan would work", 65, 84, "indirect", "Ana Ruiz", "Ruiz", "said"),
        ]
    )
    summary = summarise(article, facts)
    assert "      “We will win,”\n" in summary
    assert "      “a good day” (partial)\n" in summary
    assert "      ≈ the plan would work\n" in summary
    assert "“the plan would work" not in summary
    assert "first part only" not in summary
    assert "first part only" in summarise(article, Facts(quotes=facts.quotes, limited=True))


def _json_lines(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_CACHE_DIR": str(cache)}
    return subprocess.run([*BRIEFING, "facts", "--quiet", *args], capture_output=True, text=True, env=env, timeout=300)


def test_facts_json_is_the_same_bytes_cold_and_warm_and_matches_the_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2,225 articles: extracted, then encoded, in worker processes, whose batches end in any order.
    cache = tmp_path / "cache"
    cold = _json_lines(str(BBC), "--json", cache=cache)
    warm = _json_lines(str(BBC), "--json", cache=cache)  # files, facts and JSON from the cache
    assert cold.returncode == 0 and warm.returncode == 0, cold.stderr + warm.stderr
    assert cold.stdout == warm.stdout
    with sqlite3.connect(cache / "facts.sqlite3") as raw:
        counts = [raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("files", "articles_json")]
        assert counts == [2225, 2225]  # every file was saved (they are old), and every article's JSON
        raw.execute("DELETE FROM articles_json")
    encoded = _json_lines(str(BBC), "--json", cache=cache)  # files and facts from the cache, the JSON made again
    assert encoded.stdout == cold.stdout
    document = json.loads(warm.stdout)
    assert document["problems"] == []
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    loaded = load([str(BBC)], Options())
    expected = [article_to_dict(article, loaded.facts.unpack(n)) for n, article in enumerate(loaded.articles)]
    assert len(expected) == 2225 and all(article["title"] for article in expected)
    assert document["articles"] == expected


def test_facts_jsonl_is_one_article_per_line_in_order_with_problems_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\x00\x00binary")
    (tmp_path / "a.txt").write_text("First\n\nFumio Kishida spoke in Tokyo.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Second\n\nKim Jong Un replied.", encoding="utf-8")
    lines = _json_lines(str(tmp_path), "--jsonl", cache=tmp_path / "cache")
    document = _json_lines(str(tmp_path), "--json", cache=tmp_path / "cache")
    assert lines.returncode == 1 and document.returncode == 1
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [record["title"] for record in records] == ["First", "Second"]
    assert records == json.loads(document.stdout)["articles"]
    assert lines.stdout.count("\n") == 2 and "problems" not in lines.stdout
    assert "broken.txt: binary file" in lines.stderr


def test_facts_jsonl_streams_and_stops_when_the_reader_stops(tmp_path: Path) -> None:
    """As `| head -1` would: read the first line, close the pipe; the command stops without loading the rest."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(
        [*BRIEFING, "facts", str(BBC), "--jsonl", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    first = json.loads(process.stdout.readline())
    assert first["title"] and first["entities"]
    process.stdout.close()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in process.stderr.read().decode()
    # Had the first line waited for the whole briefing, all 2,225 articles' facts would be in the cache.
    info = subprocess.run([*BRIEFING, "cache", "--info"], capture_output=True, text=True, env=env, timeout=60)
    entries = int(next(line for line in info.stdout.splitlines() if line.startswith("entries:")).split()[1])
    assert entries < 2000
