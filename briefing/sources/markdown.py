"""Markdown articles, parsed with markdown-it-py.

The first level-1 heading is the title; a file with several level-1 headings is a
briefing of several articles, one per heading. The body keeps its structure as
readable text: headings, list bullets, block-quote marks, links as their text.
Front matter (a YAML block at the top) gives title, date and author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing.model import Article
from briefing.sources import text as plain_text
from briefing.sources.build import make_article

SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Deeply nested input (5,000 levels of block quotes) must stay cheap: markdown-it stops nesting here.
MAX_NESTING = 40
MAX_FRONT_MATTER = 64 * 1024
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).use(front_matter_plugin).enable("table")


@dataclass
class _Section:
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class _Renderer:
    """Walks the block tokens, turning each block into one paragraph of readable text."""

    sections: list[_Section] = field(default_factory=lambda: [_Section()])
    lists: list[list[int]] = field(default_factory=list)  # per open list: [next number] or [] for bullets
    quote_depth: int = 0
    heading_level: int = 0
    pending_item: str = ""
    table_row: list[str] | None = None
    front_matter: str = ""

    def prefix(self) -> str:
        indent = "  " * max(len(self.lists) - 1, 0)
        marker, self.pending_item = self.pending_item, ""
        quote = "> " * self.quote_depth
        return quote + (indent + marker if marker else "")

    def add(self, text: str) -> None:
        if text.strip():
            self.sections[-1].paragraphs.append(self.prefix() + text)

    def feed(self, token: Token) -> None:
        kind = token.type
        if kind == "front_matter":
            self.front_matter = token.content
        elif kind == "heading_open":
            self.heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            self.heading_level = 0
        elif kind == "bullet_list_open":
            self.lists.append([])
        elif kind == "ordered_list_open":
            self.lists.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            numbering = self.lists[-1] if self.lists else []
            if numbering:
                self.pending_item = f"{numbering[0]}. "
                numbering[0] += 1
            else:
                self.pending_item = "• "
        elif kind == "blockquote_open":
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.quote_depth -= 1
        elif kind == "tr_open":
            self.table_row = []
        elif kind == "tr_close" and self.table_row is not None:
            self.add(" | ".join(self.table_row))
            self.table_row = None
        elif kind in ("fence", "code_block"):
            self.add(token.content.rstrip("\n"))
        elif kind == "inline":
            self._inline(token)

    def _inline(self, token: Token) -> None:
        text = inline_text(token)
        if self.table_row is not None:
            self.table_row.append(text)
        elif self.heading_level == 1:
            if self.sections[-1].title or self.sections[-1].paragraphs:
                self.sections.append(_Section())
            self.sections[-1].title = text
        else:
            self.add(text)


def inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)  # the alt text
    return "".join(parts)


def _front_matter(raw: str) -> dict[str, str]:
    if not raw or len(raw) > MAX_FRONT_MATTER:
        return {}
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    found: dict[str, str] = {}
    for key in ("title", "date", "published", "author", "authors", "byline", "description", "subtitle", "url"):
        value = data.get(key)
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value if isinstance(item, (str, int, float)))
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        if isinstance(value, (str, int, float)) and str(value).strip():
            found[key] = str(value)
    return found


def _heading_as_first_line(text: str) -> str:
    """For the plain-text fallback: a leading ATX heading ("# Title") becomes a bare first line."""
    first, newline, rest = text.lstrip("\r\n").partition("\n")
    match = _ATX_HEADING.match(first)
    return (match.group(1) + newline + rest) if match else text


def load(text: str, source: str, *, identity: str | None = None) -> list[Article]:
    tokens = _parser().parse(text)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        # markdown-it drops whatever lies past its nesting limit (and sometimes the blocks after
        # it): rather than lose text silently, read such a document as plain text.
        return plain_text.load(_heading_as_first_line(text), source, identity=identity)
    renderer = _Renderer()
    for token in tokens:
        renderer.feed(token)
    meta = _front_matter(renderer.front_matter)
    sections = [section for section in renderer.sections if section.title or section.paragraphs]
    if not sections:
        sections = [_Section()]
    articles = []
    single = len(sections) == 1
    for position, section in enumerate(sections):
        title = section.title or (meta.get("title", "") if single else "")
        if single and meta.get("title"):
            title = meta["title"]
        articles.append(
            make_article(
                source,
                section.paragraphs,
                title=title,
                position=position,
                dek=meta.get("description", meta.get("subtitle", "")) if single else "",
                byline=meta.get("author", meta.get("authors", meta.get("byline", ""))),
                published=meta.get("date", meta.get("published", "")),
                url=meta.get("url", ""),
                identity=identity,
            )
        )
    return articles
