"""Shared checks for the hostile suite: well-formed, display-safe articles, problems and facts."""

from __future__ import annotations

import os
from pathlib import Path

from briefing.model import Article, Facts, Problem
from tests.hostile.corpus import XXE_SECRET, forbidden_in


def article_strings(article: Article) -> dict[str, str]:
    return {
        "title": article.title,
        "body": article.body,
        "dek": article.dek,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "path": article.path,
    }


def assert_display_safe(article: Article) -> None:
    for name, value in article_strings(article).items():
        assert not forbidden_in(value), f"{article.path}: {name} holds {forbidden_in(value)}"
        assert XXE_SECRET not in value, f"{article.path}: {name} holds the XXE secret"
    for name in ("title", "dek", "byline", "published", "url", "path"):
        assert "\n" not in getattr(article, name), f"{article.path}: {name} spans lines"


def assert_ranges_valid(article: Article) -> None:
    size = len(article.body)
    previous_end = 0
    for span in article.paragraphs:
        assert previous_end <= span.start < span.end <= size, (article.path, span, size)
        previous_end = span.end


def assert_problem_safe(problem: Problem) -> None:
    assert not forbidden_in(problem.path), problem.path
    assert not forbidden_in(problem.reason), problem.reason
    assert "\n" not in problem.path and "\n" not in problem.reason


def assert_loaded_safe(items: list[Article | Problem]) -> None:
    """Every article display-safe with valid ranges, every problem display-safe."""
    for item in items:
        if isinstance(item, Article):
            assert_display_safe(item)
            assert_ranges_valid(item)
        else:
            assert_problem_safe(item)


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry under ``root`` (links not followed): contents of regular files and mtimes in ns."""
    state: dict[str, tuple[bytes | None, int]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            data = None
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    data = handle.read()
            state[path] = (data, info.st_mtime_ns)
    return state


def assert_facts_well_formed(facts: Facts, body: str) -> None:
    size = len(body)

    def check(items, what: str) -> None:
        starts = [item.start for item in items]
        assert starts == sorted(starts), f"{what} not in body order"
        for item in items:
            assert 0 <= item.start < item.end <= size, (what, item.start, item.end, size)

    for entity in facts.entities:
        check(entity.mentions, f"mentions of {entity.name!r}")
        assert not forbidden_in(entity.name)
        for mention in entity.mentions:
            assert mention.text == body[mention.start : mention.end]
    check(facts.quotes, "quotes")
    check(facts.figures, "figures")
    check(facts.dates, "dates")
    for quote in facts.quotes:
        assert not forbidden_in(quote.text + (quote.speaker or "") + quote.speaker_text)
