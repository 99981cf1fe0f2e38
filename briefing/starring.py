"""Stars: an article, or a quote, entity or figure in one, kept with its words as they were when starred.

A star's ``key`` names what was starred so that it survives the article being updated: a quote or
figure by its text, an entity by its name (never by a place in the body, which moves with every
edit). A star whose words are no longer in its article, or whose article is gone, is *gone*: it
stays listed, with its old text.
"""

from __future__ import annotations

from briefing.loaded import Briefing
from briefing.model import Article, DateRef, Entity, Figure, Quote
from briefing.sanitize import one_line
from briefing.state import Star


def _source(article: Article) -> str:
    return article.url or article.path


def article_star(article: Article) -> Star:
    return Star(article.id, "article", "", article.title, "", article.title, _source(article), article.published)


def quote_star(article: Article, quote: Quote) -> Star:
    speaker = quote.speaker or quote.speaker_text or ""
    return Star(
        article.id, "quote", quote.text, quote.text, speaker, article.title, _source(article), article.published
    )


def entity_star(article: Article, entity: Entity) -> Star:
    return Star(
        article.id, "entity", entity.name, entity.name, entity.kind, article.title, _source(article), article.published
    )


def figure_star(article: Article, figure: Figure | DateRef) -> Star:
    """A figure or a date (both are starred as figures, with their kind)."""
    return Star(
        article.id, "figure", figure.text, figure.text, figure.kind, article.title, _source(article), article.published
    )


def is_gone(star: Star, briefing: Briefing) -> bool:
    """Whether what was starred is no longer there: its article is gone, or its words are not in it any more."""
    article = briefing.get(star.article)
    if article is None:
        return True
    if star.kind == "article":
        return False
    return star.text not in article.body


def citation(star: Star) -> str:
    """A quote as plain text with where it comes from, for the clipboard:
    “words” — Speaker, Title, source, date. All of it display-safe text (article text already is)."""
    speaker = star.detail or "unattributed"
    where = ", ".join(one_line(part, limit=4096) for part in (star.title, star.source, star.published) if part)
    return f"“{one_line(star.text, limit=10_000)}” — {one_line(speaker)}, {where}"
