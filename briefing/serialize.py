"""Articles, problems and profiles as plain JSON-ready dicts (the command line's `--json` schema)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from briefing.dates import article_date, resolve_dates
from briefing.model import Article, DateRef, Facts, Problem

if TYPE_CHECKING:  # kept out of the worker processes that encode `facts --json`, which import this module
    from briefing.loaded import Briefing
    from briefing.profile import Profile, QuotePlace


def facts_to_dict(facts: Facts | None) -> dict[str, Any]:
    if facts is None:
        return {"entities": [], "quotes": [], "figures": [], "dates": [], "limited": False}
    return asdict(facts)


def article_to_dict(article: Article, facts: Facts | None) -> dict[str, Any]:
    """The article and its key facts (None: not extracted, so none listed)."""
    published = article_date(article.published)
    record: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "title": article.title,
        "dek": article.dek,
        "byline": article.byline,
        "published": article.published,
        "date": published.isoformat() if published is not None else None,  # the day ``published`` names
        "words": article.word_count,
        "paragraphs": [[span.start, span.end] for span in article.paragraphs],
    }
    record["body"] = article.body
    record.update(facts_to_dict(facts))
    if facts is not None:
        record["dates"] = dates_to_dicts(article, facts.dates)
    return record


def dates_to_dicts(article: Article, dates: Sequence[DateRef]) -> list[dict[str, Any]]:
    """Each date as found, with ``resolved``: its calendar range and precision, or None (``briefing.dates``)."""
    resolutions = resolve_dates(article.body, dates, article_date(article.published))
    return [
        {
            "text": ref.text,
            "start": ref.start,
            "end": ref.end,
            "kind": ref.kind,
            "resolved": resolved.to_dict() if resolved is not None else None,
        }
        for ref, resolved in zip(dates, resolutions, strict=True)
    ]


def problem_to_dict(problem: Problem) -> dict[str, str]:
    return {"path": problem.path, "reason": problem.reason}


def profile_to_dict(profile: Profile, briefing: Briefing) -> dict[str, Any]:
    """An entity's profile (``briefing.profile``); each quote as in an article's facts, with its article's id."""
    from briefing.profile import quote_at

    articles = briefing.articles

    def quotes(places: tuple[QuotePlace, ...]) -> list[dict[str, Any]]:
        found = ((place, quote_at(briefing, place)) for place in places)
        return [{**asdict(quote), "article_id": articles[place.position].id} for place, quote in found if quote]

    return {
        "entity": {
            "name": profile.name,
            "kind": profile.kind,
            "roles": list(profile.roles),
            "forms": dict(profile.forms),
        },
        "articles": [
            {"article_id": articles[at.position].id, "title": articles[at.position].title, "mentions": at.mentions}
            for at in profile.articles
        ],
        "quotes_by": quotes(profile.quotes_by),
        "quotes_about": quotes(profile.quotes_about),
        "with": [{"name": one.name, "kind": one.kind, "count": one.count} for one in profile.companions],
    }
