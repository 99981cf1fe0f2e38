"""`briefing who NAME PATH… [--json]`: one entity's profile on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import shared
from tests.test_cli import run

ARTICLES = {
    "budget.txt": "Budget row deepens\n\n"
    "Chancellor Gordon Brown met Prime Minister Tony Blair in London on Monday.\n\n"
    '"The economy is strong," Mr Brown said. "Mr Blair agrees with me," Mr Brown added.\n\n'
    '"We will cut taxes," said Mr Blair.\n',
    "football.txt": "Scotland manager speaks\n\n"
    'Gordon Strachan, the Scotland manager, spoke in Glasgow. "We played well," Strachan said.\n',
}


def _folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_who_json_has_the_entity_its_articles_quotes_and_company(tmp_path: Path) -> None:
    result = run("who", "tony blare", str(_folder(tmp_path)), "--json", "-q")
    assert result.returncode == 0, result.stderr
    assert "Tony Blair (person)" in result.stderr  # says which entity it chose
    profile = json.loads(result.stdout)
    assert profile["entity"]["name"] == "Tony Blair"
    assert profile["entity"]["kind"] == "person"
    assert sum(profile["entity"]["forms"].values()) >= 2
    [article] = profile["articles"]
    assert (article["title"], article["mentions"]) == ("Budget row deepens", sum(profile["entity"]["forms"].values()))
    assert [quote["text"].rstrip(",") for quote in profile["quotes_by"]] == ["We will cut taxes"]
    assert "Mr Blair agrees with me" in [quote["text"].rstrip(",") for quote in profile["quotes_about"]]
    for quote in profile["quotes_by"] + profile["quotes_about"]:
        assert quote["article_id"] == article["article_id"]
        assert {"text", "start", "end", "kind", "speaker", "speaker_text", "cue"} <= quote.keys()
    assert "Gordon Brown" in [one["name"] for one in profile["with"]]


def test_who_prints_a_readable_profile(tmp_path: Path) -> None:
    result = run("who", "Tony Blair", str(_folder(tmp_path)), "-q")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Tony Blair · person · 3 mentions in 1 article\n")
    assert "“We will cut taxes" in result.stdout
    assert "Budget row deepens" in result.stdout


def test_who_lists_the_candidates_of_an_ambiguous_name_and_exits_1(tmp_path: Path) -> None:
    result = run("who", "gordon", str(_folder(tmp_path)), "--json", "-q")
    assert result.returncode == 1
    assert "Gordon Brown (person" in result.stderr and "Gordon Strachan (person" in result.stderr
    document = json.loads(result.stdout)
    assert document["entity"] is None
    assert {one["name"] for one in document["candidates"]} == {"Gordon Brown", "Gordon Strachan"}


def test_who_with_no_such_entity_says_so_and_exits_1(tmp_path: Path) -> None:
    result = run("who", "xyzzy", str(_folder(tmp_path)), "-q")
    assert result.returncode == 1
    assert "no person, organisation or place in the briefing is called 'xyzzy'" in result.stderr
    assert result.stdout == ""


def test_who_tony_blair_on_the_bbc_politics_articles() -> None:
    """The issue's acceptance, on the politics articles (which hold nearly all of his)."""
    result = run("who", "tony blair", str(shared("corpus/bbc/politics")), "--json", "-q")
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["entity"]["name"] == "Tony Blair"
    assert "Prime Minister" in profile["entity"]["roles"]
    assert len(profile["quotes_by"]) > 200
    assert profile["quotes_about"]
    assert all(quote["speaker"] != "Tony Blair" for quote in profile["quotes_about"])
    assert "Gordon Brown" in [one["name"] for one in profile["with"][:5]]
