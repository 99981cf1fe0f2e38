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
# In ASCII text \w is exactly [A-Za-z0-9_]: this table turns every other byte into a space.
_ASCII_NON_WORD_TO_SPACE = bytes(code if chr(code).isalnum() or chr(code) == "_" else 0x20 for code in range(256))
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
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "that",
        "this",
        "it",
        "its",
        "said",
        "says",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "not",
        "no",
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


def _headline_lengths(title: str) -> range:
    """The lengths a paragraph repeating the headline can have (none without a headline)."""
    if not title:
        return range(0)
    slack = max(8, len(title) // 5)
    return range(len(title) - slack, len(title) + slack + 1)


def _same_text(block: str, title: str) -> bool:
    """Whether a paragraph repeats the headline (ignoring case, spacing and quote styles)."""
    if len(block) not in _headline_lengths(title):
        return False
    return _fold(block) == _fold(title)


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``: the runs of word characters."""
    if text.isascii():
        # Fast path: blanking the non-word bytes (at C speed) and splitting at the spaces gives the
        # same runs of [A-Za-z0-9_] without building a regex match per word.
        return text.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split()
    return _WORD.findall(text)


def _content_words(text: str) -> set[str]:
    return set(_words(text.casefold())) - _STOPWORDS


def _restates(candidate: str, following: str) -> bool:
    """Whether a short paragraph restates the one after it (a standfirst, not the lead)."""
    words = _content_words(candidate)
    if not words:
        return False
    # ``words`` holds no stopwords, so they need not be taken out of the other paragraph's words.
    return len(words.intersection(_words(following.casefold()))) / len(words) >= 0.6


def split_paragraphs(text: str) -> list[str]:
    # Not text.strip() first (a copy of the whole text): matches are all whitespace, so they fall
    # the same inside the text, and the pieces they leave at either end are blank and dropped.
    return list(filter(None, map(str.strip, _BLANK_LINES.split(text))))


def parse_text(text: str, source: str, *, identity: str | None = None) -> Article:
    """Turn decoded plain text into an Article."""
    # CR-only and CRLF files must split into lines and paragraphs like LF ones (old Mac exports).
    text = normalize_newlines(text)
    raw_blocks = split_paragraphs(text)
    title, blocks = _headline(raw_blocks)
    blocks = _drop_furniture(blocks, title)

    byline = published = dek = ""
    # Bylines and datelines sit at the top, before the story starts.
    while blocks and len(blocks[0]) < 120:
        if not byline and _BYLINE.match(blocks[0]):
            byline = re.sub(r"^(?:by|from)\s+", "", blocks.pop(0), flags=re.IGNORECASE)
        elif not published and _DATELINE.match(blocks[0]):
            published = blocks.pop(0)
        else:
            break
    if (
        len(blocks) >= 2
        and len(blocks[0].split()) <= MAX_DEK_WORDS
        and _repeats_headline_or_restates(raw_blocks, title, blocks)
    ):
        dek = blocks.pop(0)
    return make_article(source, blocks, title=title, dek=dek, byline=byline, published=published, identity=identity)


def _headline(blocks: list[str]) -> tuple[str, list[str]]:
    """The first line as the headline, and the blocks that follow it."""
    if not blocks:
        return "", []
    first, _, rest = blocks[0].partition("\n")
    rest = rest.strip()
    return first.strip(), ([rest] if rest else []) + blocks[1:]


def _drop_furniture(blocks: list[str], title: str) -> list[str]:
    """The (stripped) blocks without site chrome and without copies of the headline."""
    # Cheap necessary conditions first, so that most blocks skip the patterns: chrome is at most
    # MAX_CHROME_CHARS long, a cookie notice at most MAX_COOKIE_NOTICE_CHARS and says "cookie"
    # (as is_chrome checks; the blocks are stripped already), and a copy of the headline is
    # about as long as the headline.
    headline_lengths = _headline_lengths(title)
    kept = []
    for block in blocks:
        size = len(block)
        may_be_chrome = size <= MAX_CHROME_CHARS or (size <= MAX_COOKIE_NOTICE_CHARS and "cookie" in block.lower())
        if may_be_chrome and is_chrome(block):
            continue
        if size in headline_lengths and _same_text(block, title):
            continue
        kept.append(block)
    return kept


def _repeats_headline_or_restates(raw_blocks: list[str], title: str, blocks: list[str]) -> bool:
    # In scraped pages the headline is often printed again right after the standfirst.
    for index, block in enumerate(raw_blocks[2:4], start=2):
        if _same_text(block, title):
            return raw_blocks[index - 1].strip() == blocks[0]
    return _restates(blocks[0], blocks[1])


def load(text: str, source: str, *, identity: str | None = None) -> list[Article]:
    return [parse_text(text, source, identity=identity)]
