"""Articles and problems as plain JSON-ready dicts (the command line's `--json` schema)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from briefing.model import Article, Facts, Problem


def facts_to_dict(facts: Facts | None) -> dict[str, Any]:
    if facts is None:
        return {"entities": [], "quotes": [], "figures": [], "dates": []}
    return asdict(facts)


def article_to_dict(article: Article, facts: Facts | None) -> dict[str, Any]:
    """The article and its key facts (None: not extracted, so none listed)."""
    record: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "title": article.title,
        "dek": article.dek,
        "byline": article.byline,
        "published": article.published,
        "words": article.word_count,
        "paragraphs": [[span.start, span.end] for span in article.paragraphs],
    }
    record["body"] = article.body
    record.update(facts_to_dict(facts))
    return record


def problem_to_dict(problem: Problem) -> dict[str, str]:
    return {"path": problem.path, "reason": problem.reason}
