from __future__ import annotations

from briefing.model import Problem
from briefing.sources import iter_load
from briefing.sources.markdown import load

NOTES = """---
title: Week in review
author: [Ana Ruiz, Ben Ode]
date: 2024-03-01
description: What happened this week
---

The summit opened with a [statement](https://example.org/x) and `code`.

## Reactions

- First reaction
- Second reaction
  continued

1. one
2. two

> A quoted *passage*
> over two lines

| Who | What |
|-----|------|
| Ana | said |
"""


def test_front_matter_structure_and_links_as_text() -> None:
    [article] = load(NOTES, "notes.md")
    assert article.title == "Week in review"
    assert article.byline == "Ana Ruiz, Ben Ode"
    assert article.published == "2024-03-01"
    assert article.dek == "What happened this week"
    paragraphs = [article.body[span.start : span.end] for span in article.paragraphs]
    assert paragraphs == [
        "The summit opened with a statement and code.",
        "Reactions",
        "• First reaction",
        "• Second reaction continued",
        "1. one",
        "2. two",
        "> A quoted passage over two lines",
        "Who | What",
        "Ana | said",
    ]


def test_several_level_one_headings_make_several_articles() -> None:
    text = "# First story\n\nAlpha text.\n\n## Detail\n\nMore alpha.\n\n# Second story\n\nBeta text.\n"
    articles = load(text, "briefing.md")
    assert [article.title for article in articles] == ["First story", "Second story"]
    assert articles[0].body == "Alpha text.\n\nDetail\n\nMore alpha."
    assert articles[1].body == "Beta text."
    assert len({article.id for article in articles}) == 2


def test_no_heading_falls_back_to_first_line() -> None:
    [article] = load("Just a paragraph of notes.\n\nAnother.", "plain.md")
    assert article.title == "Just a paragraph of notes."


def test_markup_lookalikes_are_text() -> None:
    [article] = load("# [@click=app.quit]Title[/]\n\nBody with [link=file:///etc/passwd]x[/link].", "m.md")
    assert article.title == "[@click=app.quit]Title[/]"
    assert "[link=file:///etc/passwd]x[/link]" in article.body


def test_deep_nesting_and_bad_front_matter_do_not_crash(tmp_path) -> None:
    (tmp_path / "deep.md").write_text("# Deep\n\n" + ">" * 5000 + " bottom\n\n" + "- " * 3000 + "x", encoding="utf-8")
    (tmp_path / "front.md").write_text("---\n: [unclosed\n---\n# Title\n\nText.", encoding="utf-8")
    items = list(iter_load([str(tmp_path)]))
    assert [item.title for item in items if not isinstance(item, Problem)] == ["Deep", "Title"]
