"""Stars and notes as Markdown: citations, escaped document text, and a starred quote gone after an update."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefing.events import ArticlesRead
from briefing.export import render_starred
from briefing.loaded import Briefing
from briefing.model import Article, Quote
from briefing.starring import article_star, quote_star
from briefing.state import StateStore, briefing_key
from tests.test_cli import run

BODY = "Kim said: “We will not back down.” Officials met in Seoul on Monday."
QUOTE = Quote("We will not back down.", 11, 33, "direct", "Kim Yo Jong", "Kim", "said")
ARTICLE = Article(
    "id1", "news/a.txt", "Talks *stall* [again]", BODY, (), url="https://example.org/a", published="2024-05-01"
)


def _briefing(*articles: Article) -> Briefing:
    briefing = Briefing()
    briefing.apply(ArticlesRead(0, articles))
    return briefing


def test_starred_quotes_with_citations_and_a_gone_one_keeps_its_text() -> None:
    stars = [quote_star(ARTICLE, QUOTE), article_star(ARTICLE)]
    notes = {"id1": "ask the *embassy* <b>"}
    now = render_starred("Korea desk", stars, notes, _briefing(ARTICLE))
    assert (
        "> “We will not back down.”\n"
        "> — Kim Yo Jong, *Talks \\*stall\\* \\[again\\]*, <https://example.org/a>, 2024-05-01" in now
    )
    assert "gone" not in now
    assert "ask the \\*embassy\\* \\<b\\>" in now  # the note is plain text, escaped

    updated = replace(ARTICLE, body="Kim said the talks would go on. Officials met in Seoul on Monday.")
    later = render_starred("Korea desk", stars, notes, _briefing(updated))
    assert "> “We will not back down.”" in later and "gone: no longer in the article" in later


def test_export_starred_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks stall\n\nKim said: “We will not back down.” Officials met in Seoul.\n")
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "Korea desk"\nsources = ["articles"]\n')
    result = run("facts", str(desk), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    store = StateStore.open(briefing_key([str(folder)], str(desk)))
    loaded = Article(article["id"], article["path"], article["title"], article["body"], ())
    store.set_star(quote_star(loaded, replace(QUOTE, text="We will not back down.")), True)
    store.set_note(article["id"], "follow up")
    store.close()
    result = run("export", str(desk), "--starred", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Starred: Korea desk")
    assert "> “We will not back down.”\n> — Kim Yo Jong, *Talks stall*, " in result.stdout
    assert "## Notes" in result.stdout and "follow up" in result.stdout
