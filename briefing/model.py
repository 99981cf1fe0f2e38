"""Plain dataclasses shared by every layer: articles, their key facts, and problems.

All character ranges (paragraphs, mentions, quotes, figures, dates, search hits)
index into ``Article.body``, which is already display-safe (see ``sanitize``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["person", "organisation", "place"]
QuoteKind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


# Below this confidence an entity's kind is a guess: it is listed apart, among "Other names".
CONFIDENT = 0.5


@dataclass(slots=True)
class Entity:
    name: str
    kind: EntityKind
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # titles and roles the text gives, first seen first
    confidence: float = 1.0  # how strongly the text supports ``kind``; below CONFIDENT it is a guess


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_text: str
    cue: str
    # Where the attribution stands in the body, so a view marks the very words the extractor read;
    # -1 when this quote's sentence holds none (a speaker carried on from an earlier quote).
    speaker_start: int = -1
    speaker_end: int = -1
    cue_start: int = -1
    cue_end: int = -1


@dataclass(slots=True)
class Figure:
    text: str
    start: int
    end: int
    kind: str  # "money", "count", "percent", "duration", ...


@dataclass(slots=True)
class DateRef:
    text: str
    start: int
    end: int
    kind: str  # "day", "month", "year", "period", "date", ...


@dataclass(slots=True)
class Facts:
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    # Extraction stopped at one of its bounds (names, quotes, figures or dates read in one body, far
    # above any article's): the facts are those of the text up to there, not of all of it.
    limited: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """One article's text, as read: it never changes. Its key facts arrive later and live beside it,
    by position in the briefing (``briefing.facts.FactTable``)."""

    id: str
    path: str
    title: str
    body: str
    paragraphs: tuple[Span, ...]
    dek: str = ""
    byline: str = ""
    published: str = ""
    url: str = ""

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    @property
    def source_name(self) -> str:
        """The file name (or host) the article came from, for compact display."""
        tail = self.path.rstrip("/").rsplit("/", 1)[-1]
        return tail or self.path


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not become an article: the path and a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def article_id(source: str, position: int = 0) -> str:
    """A stable id: the same source (and position within it) gives the same id on every run.

    Ids come from where an article lives, not from its text, so two files with
    identical text are still two articles.
    """
    digest = hashlib.blake2b(f"{source}\x00{position}".encode("utf-8", "surrogatepass"), digest_size=8)
    return digest.hexdigest()
