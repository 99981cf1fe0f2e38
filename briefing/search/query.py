"""Parsing a typed query into free words, quoted phrases and filters.

Syntax: free words in any order; ``"a phrase"`` that must occur as written
(case-insensitive, punctuation between its words ignored); ``speaker:NAME`` and
``who:NAME`` filters, where NAME is one word or a quoted name
(``speaker:"Leif-Eric Easley"``). Curly quotes count as straight ones. Anything
else that is not a word (punctuation, regex metacharacters, control characters)
is ignored.

While typing, the last free word is a prefix (``kish`` finds Kishida) unless
the query ends with a space; likewise the last word of a phrase whose closing
quote is not typed yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.search.tokens import words

MAX_TERMS = 12  # free words and phrases beyond this are ignored (a pasted essay is not a query)
MAX_PHRASE_WORDS = 12
MAX_QUERY_CHARS = 2000
MAX_WORD_CHARS = 64

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PIECE = re.compile(
    r"(?P<filter>(?i:speaker|who)):(?:\"(?P<fquoted>[^\"]*)(?P<fclose>\"?)|(?P<fbare>\S*))"
    r"|\"(?P<phrase>[^\"]*)(?P<close>\"?)"
    r"|(?P<bare>[^\s\"]+)"
)


@dataclass(slots=True)
class Query:
    words: list[str] = field(default_factory=list)
    """Normalised free words, without repeats, in typed order."""
    prefix_last: bool = False
    """Whether the last free word is still being typed (match it as a prefix)."""
    phrases: list[list[str]] = field(default_factory=list)
    open_phrase: bool = False
    """Whether the last phrase is unclosed and still being typed (its last word is a prefix)."""
    speakers: list[list[str]] = field(default_factory=list)
    who: list[list[str]] = field(default_factory=list)
    name_prefix: bool = False
    """Whether the last filter's name is still being typed (its last word matches as a prefix)."""
    who_last: bool = False
    """Whether that last filter is a ``who:`` (else ``speaker:``)."""

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.speakers or self.who)

    @property
    def has_terms(self) -> bool:
        return bool(self.words or self.phrases)


def parse(text: str) -> Query:
    query = Query()
    text = text[:MAX_QUERY_CHARS].translate(_QUOTES)
    trailing_space = not text or text[-1].isspace()
    last_kind = ""
    open_name = False
    for match in _PIECE.finditer(text):
        if match.group("filter"):
            name = match.group("fquoted") if match.group("fquoted") is not None else match.group("fbare")
            name_words = words(name or "")[:MAX_PHRASE_WORDS]
            is_who = match.group("filter").casefold() == "who"
            if name_words:
                (query.who if is_who else query.speakers).append(name_words)
                query.who_last = is_who
            last_kind = "filter" if name_words else "empty filter"
            open_name = match.group("fbare") is not None or not match.group("fclose")
        elif match.group("phrase") is not None:
            phrase = words(match.group("phrase"))[:MAX_PHRASE_WORDS]
            closed = bool(match.group("close"))
            if phrase and len(query.phrases) + len(query.words) < MAX_TERMS:
                query.phrases.append(phrase)  # an unclosed phrase runs to the end: it is always last
                query.open_phrase = not closed and not trailing_space
            last_kind = "phrase"
        else:
            for word in words(match.group("bare")):
                _add_word(query, word)
            last_kind = "word"
    query.prefix_last = bool(query.words) and last_kind == "word" and not trailing_space
    query.name_prefix = last_kind == "filter" and open_name and not trailing_space
    return query


def _add_word(query: Query, word: str) -> None:
    word = word[:MAX_WORD_CHARS]
    if word in query.words:
        query.words.remove(word)  # keep the latest position so the typed-last word stays last
    if len(query.words) + len(query.phrases) < MAX_TERMS:
        query.words.append(word)
