"""Plain-text articles as scraped news really looks.

The first line is the headline; a short paragraph that restates the story is the
dek; a repeated copy of the headline and the site's chrome ("What's Your Reaction?",
"Share this article", cookie notices) are dropped; quotes are kept as written.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from briefing.model import Article
from briefing.sanitize import normalize_newlines
from briefing.sources.build import make_article

SUFFIXES = (".txt", ".text")

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n")
_WORD = re.compile(r"\w+")
_BYLINE = re.compile(r"^(?i:by|from)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|la|of))*,?(?:\s.*)?$")
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?"
    r"(?:\w+day,?\s+)?(?:\d{1,2}\s+\w+\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[ ,T]+\d{1,2}[:.]\d{2}.*)?$",
    re.IGNORECASE,
)
_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'"})

MAX_DEK_WORDS = 60
_STOPWORDS = frozenset(
    [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "at", "from", "as",
        "is", "was", "are", "were", "be", "been", "that", "this", "it", "its", "said", "says", "has", "have",
        "had", "will", "would", "could", "not", "no",
    ]
)


@cache
def chrome_patterns() -> re.Pattern[str]:
    lines = resources.files("briefing.data").joinpath("chrome.txt").read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


MAX_CHROME_CHARS = 100
MAX_COOKIE_NOTICE_CHARS = 400
_COOKIE_NOTICE = re.compile(
    r"\b(?:we|this (?:site|website)) uses? cookies\b|\b(?:accept|manage|use of) (?:all )?cookies\b"
)


def is_chrome(paragraph: str) -> bool:
    """Whether a whole paragraph is site furniture rather than article text."""
    text = paragraph.strip()
    if len(text) <= MAX_CHROME_CHARS and chrome_patterns().fullmatch(text):
        return True
    return (
        len(text) <= MAX_COOKIE_NOTICE_CHARS
        and "cookie" in text.lower()
        and _COOKIE_NOTICE.search(text.lower()) is not None
    )


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTE_FOLD).casefold().split())


def _same_text(block: str, title: str) -> bool:
    """Whether a paragraph repeats the headline (ignoring case, spacing and quote styles)."""
    if not title or abs(len(block) - len(title)) > max(8, len(title) // 5):
        return False
    return _fold(block) == _fold(title)


def _content_words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.casefold()) if word not in _STOPWORDS}


def _restates(candidate: str, following: str) -> bool:
    """Whether a short paragraph restates the one after it (a standfirst, not the lead)."""
    words = _content_words(candidate)
    if not words:
        return False
    return len(words & _content_words(following)) / len(words) >= 0.6


def split_paragraphs(text: str) -> list[str]:
    return [block.strip() for block in _BLANK_LINES.split(text.strip()) if block.strip()]


def parse_text(text: str, source: str, *, identity: str | None = None) -> Article:
    """Turn decoded plain text into an Article."""
    # CR-only and CRLF files must split into lines and paragraphs like LF ones (old Mac exports).
    text = normalize_newlines(text)
    blocks = split_paragraphs(text)
    title = ""
    if blocks:
        first, _, rest = blocks[0].partition("\n")
        title = first.strip()
        blocks = ([rest.strip()] if rest.strip() else []) + blocks[1:]
    blocks = [block for block in blocks if not is_chrome(block) and not _same_text(block, title)]

    byline = published = dek = ""
    # Bylines and datelines sit at the top, before the story starts.
    while blocks and len(blocks[0]) < 120:
        if not byline and _BYLINE.match(blocks[0]):
            byline = re.sub(r"^(?:by|from)\s+", "", blocks.pop(0), flags=re.IGNORECASE)
        elif not published and _DATELINE.match(blocks[0]):
            published = blocks.pop(0)
        else:
            break
    if len(blocks) >= 2 and len(blocks[0].split()) <= MAX_DEK_WORDS and _repeats_headline_or_restates(
        text, title, blocks
    ):
        dek = blocks.pop(0)
    return make_article(source, blocks, title=title, dek=dek, byline=byline, published=published, identity=identity)


def _repeats_headline_or_restates(text: str, title: str, blocks: list[str]) -> bool:
    raw_blocks = split_paragraphs(text)
    # In scraped pages the headline is often printed again right after the standfirst.
    for index, block in enumerate(raw_blocks[2:4], start=2):
        if _same_text(block, title):
            return raw_blocks[index - 1].strip() == blocks[0]
    return _restates(blocks[0], blocks[1])


def load(text: str, source: str, *, identity: str | None = None) -> list[Article]:
    return [parse_text(text, source, identity=identity)]
