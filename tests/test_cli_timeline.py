"""`briefing timeline` and the resolved dates of `facts --json`, as a user runs them: the acceptance of issue 16."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import run

STORY = "Officials said on Monday that sales fell last year. The board of Acme Corp met on Feb. 3 in Paris."
FEED = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Sales fell</title><pubDate>Wed, 19 Feb 2020 10:00:00 GMT</pubDate>
<description>{STORY}</description></item>
</channel></rss>
"""
PAGE = f"""<html><head><title>Sales fell</title>
<meta property="article:published_time" content="2020-02-19T09:00:00Z"></head>
<body><article><h1>Sales fell</h1><p>{STORY}</p>
<p>Chief executive Ann Lee of Acme Corp will visit Rome on Friday, officials said, before a meeting in Milan.</p>
</article></body></html>
"""
TEXT = "Sales fell\n\nThe board met on Monday. Ann Lee said prices rose in 2019.\n"


@pytest.fixture
def briefing_folder(tmp_path: Path) -> Path:
    (tmp_path / "a.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def resolved_of(record: dict) -> dict[str, str | None]:
    return {date["text"]: date["resolved"]["start"] if date["resolved"] else None for date in record["dates"]}


def test_facts_json_resolves_dates_against_each_articles_own_date(briefing_folder: Path) -> None:
    result = run("facts", str(briefing_folder), "--json", "--no-cache", "-q")
    assert result.returncode == 0, result.stderr
    feed, page, text = json.loads(result.stdout)["articles"]
    for dated in (feed, page):
        assert dated["date"] == "2020-02-19"
        found = resolved_of(dated)
        assert found["on Monday"] == "2020-02-17"
        assert found["last year"] == "2019-01-01"
        assert found["Feb. 3"] == "2020-02-03"
    last_year = next(date for date in feed["dates"] if date["text"] == "last year")
    assert last_year["resolved"] == {"start": "2019-01-01", "end": "2019-12-31", "precision": "year"}
    assert text["date"] is None
    assert resolved_of(text) == {"on Monday": None, "2019": "2019-01-01"}


def test_timeline_json(briefing_folder: Path) -> None:
    result = run("timeline", str(briefing_folder), "--json", "--no-cache", "-q")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    starts = [event["resolved"]["start"] for event in document["events"]]
    assert starts == sorted(starts)
    assert {"resolved", "text", "sentence", "article_id", "title", "start", "end"} == set(document["events"][0])
    [unresolved] = document["unresolved"]
    assert (unresolved["text"], unresolved["resolved"], unresolved["title"]) == ("on Monday", None, "Sales fell")
    assert unresolved["sentence"] == "The board met on Monday."


def test_timeline_of_one_entity_and_a_name_that_matches_nothing(briefing_folder: Path) -> None:
    result = run("timeline", str(briefing_folder), "--who", "ann lee", "--json", "--no-cache", "-q")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["who"] == "Ann Lee"
    assert [(event["text"], event["resolved"]["start"]) for event in document["events"]] == [
        ("2019", "2019-01-01"),
        ("on Friday", "2020-02-21"),  # "will visit … on Friday, officials said": ahead of the page's date
    ]
    missing = run("timeline", str(briefing_folder), "--who", "Zebedee Quux", "--no-cache", "-q")
    assert missing.returncode == 1
    assert "no person, organisation or place in the briefing is called 'Zebedee Quux'" in missing.stderr


def test_timeline_readable(briefing_folder: Path) -> None:
    result = run("timeline", str(briefing_folder), "--no-cache", "-q")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Timeline: 8 dated, 1 unresolved"
    assert lines.index("Monday 17 February 2020") < lines.index("Unresolved")
    monday = lines.index("Monday 17 February 2020")
    assert lines[monday + 1].startswith("  on Monday · Officials said on Monday that sales fell last year.")
    assert lines[-1] == "  on Monday · The board met on Monday.  — Sales fell"
