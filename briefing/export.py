"""The briefing digest: every article's key facts as one Markdown document.

Each article is a level-1 heading (its title) followed by its source, dek and facts,
so the digest reads well rendered and loads back with the Markdown loader as the same
articles, titles in the same order. Document text is escaped: a title like ``# x``,
``*y*`` or ``[a](b)`` stays literal text and cannot add headings, emphasis, links or
HTML to the digest. Only the digest's own structure is Markdown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.facts import FactTable
from briefing.loaded import Briefing
from briefing.model import Article, Entity, Facts, Quote
from briefing.sanitize import one_line
from briefing.starring import is_gone
from briefing.state import Star

# Characters with inline meaning anywhere in a line: escapes, emphasis, code, links and
# images, raw HTML and autolinks, entities, table cells, strikethrough, heading closers,
# and the dollar signs that GitHub and many renderers read as maths.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#$])")
# What only means something at the start of a line: block quotes, bullets, thematic
# breaks, setext underlines, ordered-list numbers ("1." or "1)").
_LINE_START = re.compile(r"^([>+=-])|^(\d+)([.)])")
_AUTOLINKABLE = re.compile(r"https?://[^\s<>`\\]+", re.IGNORECASE)

MAX_QUOTE_CHARS = 1000
UNATTRIBUTED = "Unattributed"


def escape(text: str) -> str:
    """Document text as literal Markdown on one line: it can never open or close a structure."""
    flat = one_line(text, limit=10_000)
    escaped = _INLINE_SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda match: _escape_line_start(match), escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def _link(url: str) -> str:
    # An autolink when the URL is a plain http(s) address; anything odd is shown as escaped text.
    return f"<{url}>" if _AUTOLINKABLE.fullmatch(url) else escape(url)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _entity_lines(entities: Iterable[Entity]) -> list[str]:
    ranked = sorted(entities, key=lambda entity: (-len(entity.mentions), entity.name.casefold()))
    return [f"- {escape(entity.name)} — {_plural(len(entity.mentions), 'mention')}" for entity in ranked]


def _quote_line(quote: Quote) -> str:
    text = escape(one_line(quote.text, limit=MAX_QUOTE_CHARS))
    if quote.kind == "indirect":
        return f"- {text} (reported)"
    return f"- “{text}”" + (" (partial)" if quote.kind == "partial" else "")


def _quote_blocks(quotes: Sequence[Quote]) -> list[str]:
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:  # speakers in order of their first quote
        by_speaker.setdefault(quote.speaker or UNATTRIBUTED, []).append(quote)
    blocks: list[str] = []
    for speaker, said in by_speaker.items():
        blocks.append(f"### {escape(speaker)}")
        blocks.append("\n".join(_quote_line(quote) for quote in said))
    return blocks


def _counted_lines(items: Iterable[tuple[str, str]]) -> list[str]:
    """One line per distinct (text, kind), in order of first appearance, with a count when repeated."""
    counts = Counter(items)
    lines = []
    for (text, kind), count in counts.items():
        repeat = f", ×{count}" if count > 1 else ""
        lines.append(f"- {escape(text)} ({escape(kind)}{repeat})")
    return lines


def _facts_blocks(facts: Facts | None) -> list[str]:
    if facts is None:
        return ["*Key facts were not extracted.*"]
    blocks: list[str] = []
    sections = (
        ("People", _entity_lines(e for e in facts.entities if e.kind == "person")),
        ("Organisations", _entity_lines(e for e in facts.entities if e.kind == "organisation")),
        ("Places", _entity_lines(e for e in facts.entities if e.kind == "place")),
    )
    for heading, lines in sections:
        if lines:
            blocks += [f"## {heading}", "\n".join(lines)]
    if facts.quotes:
        blocks += ["## Quotes", *_quote_blocks(facts.quotes)]
    for heading, found in (("Figures", facts.figures), ("Dates", facts.dates)):
        if found:
            blocks += [f"## {heading}", "\n".join(_counted_lines((item.text, item.kind) for item in found))]
    return blocks or ["*No people, quotes, figures or dates found.*"]


def render_article(article: Article, facts: Facts | None) -> str:
    blocks = [f"# {escape(article.title) or '(untitled)'}"]
    source = f"**Source:** {escape(article.path)}"
    if article.url and article.url != article.path:
        source += f" · {_link(article.url)}"
    blocks.append(source)
    credits = [
        part for part in (f"By {escape(article.byline)}" if article.byline else "", escape(article.published)) if part
    ]
    if credits:
        blocks.append(" · ".join(credits))
    if article.dek:
        blocks.append(f"> {escape(article.dek)}")
    blocks += _facts_blocks(facts)
    return "\n\n".join(blocks) + "\n"


def render_digest(articles: Sequence[Article], facts: FactTable) -> str:
    """The whole digest. Nothing but articles carries a level-1 heading, so titles round-trip."""
    # An HTML comment renders as nothing and the Markdown loader ignores it: a header that adds no article.
    header = f"<!-- briefing digest: {_plural(len(articles), 'article')} -->\n"
    return header + "".join(
        "\n" + render_article(article, facts.unpack(position)) for position, article in enumerate(articles)
    )


def _citation(star: Star) -> str:
    """Article title, source (a link when it is a web address) and date."""
    parts = [f"*{escape(star.title) or '(untitled)'}*", _link(star.source)]
    if star.published:
        parts.append(escape(star.published))
    return ", ".join(parts)


def _starred_line(star: Star, gone: bool) -> str:
    text = escape(one_line(star.text, limit=MAX_QUOTE_CHARS))
    if star.kind == "quote":
        line = f"> “{text}”\n> — {escape(star.detail) or UNATTRIBUTED}, {_citation(star)}"
        return line + ("\n> *(gone: no longer in the article since it was updated)*" if gone else "")
    what = f"{text} ({escape(star.detail)})" if star.detail else text
    line = f"- {what} — {_citation(star)}" if star.kind != "article" else f"- {_citation(star)}"
    return line + (" *(gone)*" if gone else "")


def render_starred(name: str, stars: Sequence[Star], notes: dict[str, str], briefing: Briefing) -> str:
    """The starred quotes with their citations, then the other stars and the notes, as Markdown.

    A star whose words left its article (an update) or whose article is gone is kept, marked gone, with its old text.
    """
    blocks = [f"# Starred: {escape(name)}"]
    sections = (("Quotes", "quote"), ("Articles", "article"), ("People and places", "entity"), ("Figures", "figure"))
    for heading, kind in sections:
        chosen = [star for star in stars if star.kind == kind]
        if chosen:
            joiner = "\n\n" if kind == "quote" else "\n"
            blocks += [f"## {heading}", joiner.join(_starred_line(star, is_gone(star, briefing)) for star in chosen)]
    if notes:
        blocks.append("## Notes")
        for article_id, note in notes.items():
            article = briefing.get(article_id)
            title = f"*{escape(article.title)}*, {_link(article.url or article.path)}" if article else "*(gone)*"
            blocks.append(f"### {title}\n\n{escape(note)}")
    if len(blocks) == 1:
        blocks.append("*Nothing starred and no notes yet.*")
    return "\n\n".join(blocks) + "\n"
