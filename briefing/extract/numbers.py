"""Figures (money, percentages, durations, counts with their noun) and dates (days, months,
years, periods such as "1910-45", relative dates such as "later Monday").

A figure starts at a currency sign, a digit or a number word that does not follow a letter, a
digit, "." or ","; the kinds are tried there in a fixed order (money, percent, duration, count)
and the first that matches wins, and the scan goes on after it. A date starts at a day or month
name, a relative word ("last", "today"), a year or a numeric date that does not follow a
letter, a digit or one of ``$£€¥.,-``. Overlaps are settled by taking the earliest, then
longest match.

Each finder is one compiled regex run with ``finditer`` (for dates, two: see _LOWERCASE_DATE; for
figures, one after a space and one after any other character a figure may follow, whose matches
are where figures start: see _FIGURE_AFTER_SPACE): the scan, the test of what comes before a start
and the kinds tried in order all happen inside the regex engine, and Python only sees the places
that make a figure or a date. So no body is slow
for its shape: a 2 MB run of digits, of one number word or of quote marks costs about what news
text does, and a body made of figures or dates costs about a microsecond for each one it yields
(see the "hostile bodies" section of ``benchmarks/extract_bench.py``).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from typing import TypeVar

from briefing.extract.gazetteer import word_alternation
from briefing.model import DateRef, Figure

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|"
    "a few|several|hundreds|thousands|millions|a hundred|a thousand"
)
# A number: "1,250,000.5" or "12.5". Atomic: whatever follows a number is never a digit, "," or
# ".", so only the whole run of digits can lead to a figure and giving back digits is wasted work.
_DIGITS = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:[ -]?(?:million|billion|trillion|thousand|bn|tn|m|k)\b)?"
_UNITS = "year years month months week weeks day days hour hours minute minutes decade decades century centuries"
_UNIT = word_alternation(frozenset(_UNITS.split())) + r"\b(?:[ -]old)?"
# After the number of a count: up to two modifiers ("U.S.", "Japanese", "new"), then the
# counted noun, which is not one of these words. A modifier is a whole token (whitespace
# follows it), so it is atomic.
_NOT_COUNTED = (
    "of to in on at and or the a was were is are had have has by for from with as per than who which that percent "
    "year years month months week weeks day days hour hours"
)
_COUNT_TAIL = (
    r"(?:\s(?:million|billion|thousand))?"
    r"(?:\s(?>[A-Z](?:\.[A-Z])+\.|[A-Z]\w*+|[a-z][a-z-]*+)){0,2}?"
    rf"\s(?!{word_alternation(frozenset(_NOT_COUNTED.split()))}\b)[a-z][a-z-]*s\b"
)
_NUMBER_WORD = "(?i:" + word_alternation(frozenset(_NUMBER_WORDS.split("|"))) + ")"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"


def _with_capitals(words: list[str]) -> frozenset[str]:
    return frozenset(words + [word[:1].upper() + word[1:] for word in words])


def _first_letters(words: list[str] | frozenset[str]) -> str:
    """A regex character class body: the first letters of ``words`` in both cases."""
    return re.escape("".join(sorted({word[0].lower() for word in words} | {word[0].upper() for word in words})))


_FIGURE = re.compile(
    # A cheap test of the first character, then: not after a letter, digit, "." or ",".
    # (Two lookbehinds of one class each cost less than one over a branch.)
    rf"(?=[$£€¥₩\d{_first_letters(_NUMBER_WORDS.split('|'))}])(?<![^\W_])(?<![.,])(?:"
    # A currency sign: "$5", "£1.2bn", "€ 300 million".
    rf"(?P<money_sign>[$£€¥₩]\s?{_DIGITS}{_SCALE})"
    # A digit: the number once, then what may follow it for each kind, in order (money,
    # percent, duration, count). Cheap test first: a letter or "%" must follow, at once or
    # after one space or hyphen; "1 1 1 ..." fails here.
    rf"|{_DIGITS}(?=[^\W\d_]|%|[\s-](?:[^\W\d_]|%))(?:"
    rf"(?P<money>{_SCALE}\s(?:dollars|pounds|euros|yen|won|yuan|rupees|roubles|rubles|francs|pence|cents)\b)"
    r"|(?P<percent>\s?(?:%|per\s?cent\b|percentage points?\b))"
    rf"|(?P<duration>(?i:[ -](?:more\s+)?{_UNIT}))"
    # A count, unless its number is a year followed by a space ("1999 elections"; a year in
    # other digits than ASCII is caught in find_figures).
    rf"|(?!(?<=(?<![\d.,])(?:1[5-9]|20)\d\d) )(?P<count>{_COUNT_TAIL})"
    r")"
    # "5p": nothing above can match where this does, so its place in the order is free.
    r"|(?P<pence>\d+p\b)"
    # A number word ("three", "A dozen", "an", "a couple of") where the word list allows one to
    # start; "hundred" in "a hundred" is part of that phrase, not a start of its own.
    rf"|(?={word_alternation(_with_capitals(_NUMBER_WORDS.split('|')))}"
    r"|[Aa]n? (?=(?:year|month|week|day|decade|century)s?\b))"
    r"(?!(?<=[Aa] )(?:dozen|few|hundred|thousand))"
    # The longest number word is the only one that can be followed by a unit or a noun.
    rf"(?:(?>{_NUMBER_WORD})(?:(?P<word_duration>(?i:[ -](?:more\s+)?{_UNIT}))|\b(?P<word_count>{_COUNT_TAIL}))"
    rf"|(?P<article_duration>(?i:(?:an?|a couple of)[ -](?:more\s+)?{_UNIT})))"
    r")"
)
# Every figure starts at the body's start or after a character that is no letter or digit (nor "." or
# ","): a space most often, which the engine finds at once, being one character; any other such
# character is rare. Tried only right after those (a lookahead after each character: where the
# character ends, the figure starts), _FIGURE is tried at a few places, not at every position of the
# body as a search for _FIGURE itself is (its first test is a lookahead, which the engine cannot skip to).
_FIGURE_AFTER_SPACE = re.compile(rf" (?={_FIGURE.pattern})")
_FIGURE_AFTER_OTHER = re.compile(rf"[^0-9A-Za-z .,](?={_FIGURE.pattern})")
_FIGURE_KINDS = {
    "money_sign": "money",
    "money": "money",
    "pence": "money",
    "percent": "percent",
    "duration": "duration",
    "word_duration": "duration",
    "article_duration": "duration",
    "count": "count",
    "word_count": "count",
}


def _group_names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The name of each group of ``pattern`` by its number: ``names[match.lastindex]`` is
    ``match.lastgroup``, read for a fraction of the cost (it is read for every figure or date,
    and a hostile body holds hundreds of thousands)."""
    assert len(pattern.groupindex) == pattern.groups, "every group is named"
    names = [""] * (pattern.groups + 1)
    for name, number in pattern.groupindex.items():
        names[number] = name
    return tuple(names)


_FIGURE_KIND_BY_GROUP = tuple(_FIGURE_KINDS.get(name, "") for name in _group_names(_FIGURE))
_CURRENCY_PREFIX = re.compile(r"(?:US|A|C|HK|NZ|S)$")
_APPROX_BEFORE = re.compile(
    r"\b(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|[Uu]nder|[Mm]ore than|[Ll]ess than|"
    r"[Ff]ewer than|[Uu]p to|[Aa]t least)\s+$"
)
# How the words of _APPROX_BEFORE end: a quick test before searching for one.
_APPROX_ENDINGS = frozenset(["ut", "nd", "ly", "st", "me", "er", "an", "to"])
_APPROX_SECOND_LETTERS = frozenset(ending[1] for ending in _APPROX_ENDINGS)

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_RELATIVE_DAYS = ["yesterday", "today", "tomorrow", "tonight"]
_NOT_BEFORE_DATE = r"(?<![^\W_])(?<![.,$£€¥-])"
_PERIOD_WORDS = ["last", "next", "this", "past"]  # "last week", "this spring"
_RELATIVE_WORDS = [*_PERIOD_WORDS, "coming"]
_RELATIVE_TAIL = r"\s(?:week|weekend|month|year|decade|century|spring|summer|autumn|winter|fall)\b"
_COMING_TAIL = r"\s(?:week|weekend|month|year|decade)\b"
# The letters a date can start with, as the pattern below reads its words: day and month names
# capitalised only, the relative words either way. The first-character test runs at every
# position of the body, so it names only these: capitals and digits. The relative words in
# lowercase ("last week", "today") have a pattern of their own (_LOWERCASE_DATE).
_DATE_INITIALS = {
    word[0] for word in [*_MONTH_NAMES, *_DAY_NAMES, *_with_capitals([*_RELATIVE_DAYS, *_RELATIVE_WORDS])]
}
_LOWERCASE_INITIALS = "".join(sorted(initial for initial in _DATE_INITIALS if initial.islower()))
_DATE = re.compile(
    # A cheap test of the first character first.
    rf"(?=[\d{re.escape(''.join(sorted(_DATE_INITIALS - set(_LOWERCASE_INITIALS))))}])(?:"
    # Words: not after a letter, digit or one of "$£€¥.,-", and a whole word.
    rf"{_NOT_BEFORE_DATE}(?:"
    rf"(?:{word_alternation(frozenset(_DAY_NAMES))})(?![\w])"
    r"(?=(?P<day_tail>(?:\s(?:morning|afternoon|evening|night))?\b))"
    rf"|(?:{word_alternation(frozenset(_MONTH_NAMES))})(?![\w])"
    rf"(?=(?P<month_tail>(?:\s\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s{_YEAR}\b)?))"
    rf"|(?P<relative_day>{word_alternation(_with_capitals(_RELATIVE_DAYS))})(?![\w])"
    # "last week", "this spring", "coming month".
    rf"|(?:{'|'.join(f'[{word[0].upper()}{word[0]}]{word[1:]}' for word in _PERIOD_WORDS)})"
    rf"(?=(?P<relative_tail>{_RELATIVE_TAIL}))"
    rf"|[Cc]oming(?=(?P<coming_tail>{_COMING_TAIL}))"
    r")"
    # Numbers are matched wherever they stand, so a number after a letter is skipped whole as
    # before ("x1/2/2004" hides "2004"); the caller drops those.
    # A numeric date before a year, so "2024-02-03" is one date rather than the period "2024-02".
    r"|(?P<numeric>\d{4}-\d\d-\d\d\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b)"
    r"|(?P<year>(?:1[5-9]|20)\d\d)(?![\w%])"
    rf"(?:(?=(?P<year_tail>(?:\s?[-–]\s?(?:{_YEAR}|\d\d))?)(?![\w%]|,\d|\.\d)))?"
    r")"
)


def _after_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` read from their second letter on, each after a test of its first."""
    return "|".join(rf"(?<={word[0]}){word[1:]}" for word in words)


# The same words in lowercase, as _DATE reads them (which it no longer can: they start with none of
# its first characters). This pattern starts with a character class, so the engine skips ahead in
# C to its first letters, and tests what comes before a word only there; a first-character test
# like _DATE's, tried at every position, costs about as much again as the rest of the scan.
# Neither pattern matches where the other does, nor inside what the other matches (a lowercase
# word's letters follow a letter; _DATE's words and numbers do not start with a lowercase letter),
# so their matches together, in order, are those of one pattern over both.
_LOWERCASE_DATE = re.compile(
    rf"[{_LOWERCASE_INITIALS}](?<![^\W_].)(?<![.,$£€¥-].)(?:"
    rf"(?P<relative_day>{_after_first_letter(_RELATIVE_DAYS)})(?![\w])"
    rf"|(?:{_after_first_letter(_PERIOD_WORDS)})(?=(?P<relative_tail>{_RELATIVE_TAIL}))"
    rf"|(?<=c)oming(?=(?P<coming_tail>{_COMING_TAIL}))"
    r")"
)
# The words _LOWERCASE_DATE finds, the most common first.
_LOWERCASE_WORDS = ("this", "last", "next", "past", "today", "coming", "tonight", "yesterday", "tomorrow")
assert set(_LOWERCASE_WORDS) == {*_RELATIVE_DAYS, *_RELATIVE_WORDS}
_DAY_PREFIX = re.compile(r"\b(?:[Ll]ater|[Ee]arlier|[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|[Ss]ince)\s$")
_DAY_OF_MONTH_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s$")
_NOT_BEFORE_NUMBER = frozenset("$£€¥.,-")
# The last letters of the words in _DAY_PREFIX: a quick test before searching for one.
_DAY_PREFIX_LAST_LETTERS = frozenset("rtsney")


# Figures, and dates, found in one body: the search stops at this many. Real articles hold dozens (the
# most in the BBC corpus, the web pages and the forms: 59 figures, 34 dates); a 2 MB body of money
# figures holds 670,000, which took a second to list.
MAX_FIGURES = 50_000
MAX_DATES = 50_000


def find_figures(body: str) -> list[Figure]:
    found: list[Figure] = []
    # While each figure starts after the last one ended, as nearly always, the list is the
    # answer as it stands.
    apart = True
    last_end = 0
    searched = 0  # where the next figure may start: where the last one ended (as a search reads on)
    # (Names bound locally, and single characters tested before a slice is made: a hostile body
    # yields hundreds of thousands of figures, each going through this loop.)
    append, kinds, approx_seconds = found.append, _FIGURE_KIND_BY_GROUP, _APPROX_SECOND_LETTERS
    for start in _figure_starts(body):
        if start < searched:
            continue  # inside the figure before ("five hundred dollars" holds "hundred dollars")
        if len(found) >= MAX_FIGURES:
            break
        match: re.Match[str] = _FIGURE.match(body, start)  # type: ignore[assignment]  # it matches there
        end = match.end()
        kind = kinds[match.lastindex]  # type: ignore[index]  # one group always matches
        if kind == "count" and body[start + 4 : start + 5] == " " and _is_year_count(body[start:end]):
            # A year in digits other than ASCII, which the regex lets through. Not a figure:
            # look again just after its first digit.
            continue
        searched = end
        if start > 1 and body[start - 1].isspace():
            if kind == "money" and body[start - 1] == "\n":
                # A currency prefix ("US$5"): as a figure does not follow a letter, it can
                # only be seen across a line break ("US\n$5": "$" matches before a final
                # newline too).
                prefix = _CURRENCY_PREFIX.search(body, max(0, start - 2), start)
                if prefix:
                    start = prefix.start()
            if start > 2 and body[start - 1].isspace():
                second = body[start - 2]  # the second of the two letters before the space
                if second.isspace() or (second in approx_seconds and body[start - 3 : start - 1] in _APPROX_ENDINGS):
                    approx = _APPROX_BEFORE.search(body, max(0, start - 16), start)
                    if approx:
                        start = approx.start()
        if start < last_end:
            apart = False
        last_end = end
        append(Figure(body[start:end], start, end, kind))
    return found if apart else _without_overlaps(found)


def _figure_starts(body: str) -> Iterator[int]:
    """Every place where _FIGURE matches, in order (taken in by a figure before or not)."""
    if _FIGURE.match(body, 0):
        yield 0
    yield from heapq.merge(map(_end, _FIGURE_AFTER_SPACE.finditer(body)), map(_end, _FIGURE_AFTER_OTHER.finditer(body)))


def find_dates(body: str) -> list[DateRef]:
    found: list[DateRef] = []
    apart = True  # as in find_figures
    last_end = 0
    # (Each match holds one of its words: a body holding none, as many do, is not scanned.)
    lowercase = list(_LOWERCASE_DATE.finditer(body)) if any(map(body.__contains__, _LOWERCASE_WORDS)) else []
    matches = sorted([*_DATE.finditer(body), *lowercase], key=_start) if lowercase else _DATE.finditer(body)
    for match in matches:
        if len(found) >= MAX_DATES:
            break
        start, end = match.span()
        group: str = match.lastgroup  # type: ignore[assignment]  # one group always matches (either pattern's: named alike)
        if group == "year_tail":
            if start and (body[start - 1].isalnum() or body[start - 1] in _NOT_BEFORE_NUMBER):
                continue
            kind = "year"
            tail_end = match.end(group)
            if tail_end > end:
                end = tail_end
                kind = "period"
        elif group == "numeric":
            if start and (body[start - 1].isalnum() or body[start - 1] in _NOT_BEFORE_NUMBER):
                continue
            kind = "date"
        elif group == "year":  # followed by ",5" or ".5": a number, not a year
            continue
        elif group == "day_tail":
            kind = "day"
            end = match.end(group)
            if start > 1 and body[start - 1].isspace():
                before = body[start - 2]
                if before in _DAY_PREFIX_LAST_LETTERS or before.isspace():
                    prefix = _DAY_PREFIX.search(body, max(0, start - 9), start)
                    if prefix:
                        start = prefix.start()
        elif group == "month_tail":
            tail_end = match.end(group)
            if tail_end > end:
                end = tail_end
                kind = "date"
            elif match.group() == "May" and _preceded_by_name(body, start):
                continue  # "Theresa May"
            else:
                kind = "month"
            if start > 1 and body[start - 1].isspace():
                day = _DAY_OF_MONTH_BEFORE.search(body, max(0, start - 6), start)
                if day:
                    start = day.start()
                    kind = "date"
        elif group == "relative_day":
            kind = "relative"
        else:  # "last week", "coming month"
            kind = "relative"
            end = match.end(group)
        if start < last_end:
            apart = False
        last_end = end
        found.append(DateRef(body[start:end], start, end, kind))
    return found if apart else _without_overlaps(found)


def _start(match: re.Match[str]) -> int:
    return match.start()


def _end(match: re.Match[str]) -> int:
    return match.end()


def _is_year_count(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return len(first) == 4 and first.isdigit() and 1500 <= int(first) <= 2099


def _preceded_by_name(body: str, start: int) -> bool:
    before = body[max(0, start - 20) : start].rstrip()
    return bool(before) and bool(re.search(r"[A-Z][a-z]+$", before))


_Found = TypeVar("_Found", Figure, DateRef)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """The earliest, then the longest, of overlapping matches."""
    found.sort(key=lambda match: (match.start, -match.end))
    kept: list[_Found] = []
    for match in found:
        if match.end <= match.start:
            continue
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
