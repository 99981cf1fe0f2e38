"""Figures (money, percentages, durations, counts with their noun) and dates (days, months,
years, periods such as "1910-45", relative dates such as "later Monday").

Each kind is one linear regex; overlaps are settled by taking the earliest, then longest match.
"""

from __future__ import annotations

import re

from briefing.extract.gazetteer import word_alternation
from briefing.model import DateRef, Figure

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|"
    "a few|several|hundreds|thousands|millions|a hundred|a thousand"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:[ -]?(?:million|billion|trillion|thousand|bn|tn|m|k)\b)?"

_APPROX_BEFORE = re.compile(
    r"\b(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|[Uu]nder|[Mm]ore than|[Ll]ess than|"
    r"[Ff]ewer than|[Uu]p to|[Aa]t least)\s+$"
)


def _with_capitals(words: list[str]) -> frozenset[str]:
    return frozenset(words + [word[:1].upper() + word[1:] for word in words])


# Where a figure can begin: a currency sign, a digit, or a number word. The anchor starts with
# plain characters so the regex engine can skip ahead quickly; word boundaries are checked after.
_FIGURE_START = re.compile(
    rf"[$£€¥₩\d]|{word_alternation(_with_capitals(_NUMBER_WORDS.split('|')))}"
    r"|[Aa]n? (?=(?:year|month|week|day|decade|century)s?\b)"
)
_CURRENCY_PREFIX = re.compile(r"(?:US|A|C|HK|NZ|S)$")
MONEY = re.compile(
    rf"(?:[$£€¥₩]\s?(?:{_DIGITS}){_SCALE}"
    rf"|(?:{_DIGITS}){_SCALE}\s(?:dollars|pounds|euros|yen|won|yuan|rupees|roubles|rubles|francs|pence|cents)\b"
    rf"|\d+p\b)"
)
PERCENT = re.compile(rf"(?:{_DIGITS})\s?(?:%|per\s?cent\b|percentage points?\b)")
DURATION = re.compile(
    rf"(?:{_DIGITS}|{_NUMBER_WORDS}|an?|a couple of)[ -](?:more\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\b(?:[ -]old)?",
    re.IGNORECASE,
)
# A number, then up to two modifiers ("U.S.", "Japanese", "new"), then the counted noun.
COUNT = re.compile(
    rf"(?:{_DIGITS}|(?i:{_NUMBER_WORDS})\b)(?:\s(?:million|billion|thousand))?"
    r"(?:\s(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w]*|[a-z][a-z-]*)){0,2}?\s(?!(?:of|to|in|on|at|and|or|the|a|was|were|is|are|"
    r"had|have|has|by|for|from|with|as|per|than|who|which|that|percent|years?|months?|weeks?|days?|hours?)\b)"
    r"[a-z][a-z-]*s\b"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
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
_RELATIVE_WORDS = ["yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "past", "coming"]
# One anchor for every kind of date, starting with plain letters or digits (see _FIGURE_START).
_DATE_START = re.compile(
    rf"{word_alternation(frozenset(_MONTH_NAMES + _DAY_NAMES) | _with_capitals(_RELATIVE_WORDS))}(?![\w])"
    r"|(?:1[5-9]|20)\d\d(?![\w%])|\d{4}-\d\d-\d\d\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b"
)
_YEAR_FORM = re.compile(rf"{_YEAR}(?:\s?[-–]\s?(?:{_YEAR}|\d\d))?(?![\w%]|,\d|\.\d)")
_MONTH_TAIL = re.compile(rf"(?:\s\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s{_YEAR}\b)?")
_DAY_OF_MONTH_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s$")
_DAY_PREFIX = re.compile(r"\b(?:[Ll]ater|[Ee]arlier|[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|[Ss]ince)\s$")
_DAY_TAIL = re.compile(r"s?(?:\s(?:morning|afternoon|evening|night))?\b")
_RELATIVE_TAIL = re.compile(
    r"(?<=[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s(?:week|weekend|month|year|decade|century|spring|summer|autumn|winter|fall)\b"
    r"|(?<=[Cc]oming)\s(?:week|weekend|month|year|decade)\b"
)
NUMERIC_DATE = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b")


def find_figures(body: str) -> list[Figure]:
    matches: list[tuple[int, int, str]] = []
    covered = -1
    for anchor in _FIGURE_START.finditer(body):
        position = anchor.start()
        if position < covered or (position > 0 and (body[position - 1].isalnum() or body[position - 1] in ".,")):
            continue
        for kind, pattern in (("money", MONEY), ("percent", PERCENT), ("duration", DURATION), ("count", COUNT)):
            match = pattern.match(body, position)
            if match is None or (kind == "count" and _is_year_count(match.group())):
                continue
            start = position
            if kind == "money":
                prefix = _CURRENCY_PREFIX.search(body, max(0, position - 2), position)
                start = prefix.start() if prefix else position
            approx = _APPROX_BEFORE.search(body, max(0, start - 16), start)
            if approx:
                start = approx.start()
            matches.append((start, match.end(), kind))
            covered = match.end()
            break
    return [Figure(body[start:end], start, end, kind) for start, end, kind in _without_overlaps(matches)]


def find_dates(body: str) -> list[DateRef]:
    matches: list[tuple[int, int, str]] = []
    for anchor in _DATE_START.finditer(body):
        start, end = anchor.span()
        if start > 0 and (body[start - 1].isalnum() or body[start - 1] in "$£€¥.,-"):
            continue
        word = anchor.group()
        first = word[0]
        if first.isdigit():
            if "-" in word[4:5] or "/" in word:
                matches.append((start, end, "date"))
                continue
            year = _YEAR_FORM.match(body, start)
            if year:
                kind = "period" if any(dash in year.group() for dash in "-–") else "year"
                matches.append((start, year.end(), kind))
        elif word in _DAY_NAMES:
            prefix = _DAY_PREFIX.search(body, max(0, start - 9), start)
            tail = _DAY_TAIL.match(body, end)
            matches.append((prefix.start() if prefix else start, tail.end() if tail else end, "day"))
        elif word in _MONTH_NAMES or word.rstrip(".") in _MONTH_NAMES:
            tail = _MONTH_TAIL.match(body, end)
            end = tail.end() if tail else end
            if word == "May" and end == anchor.end() and _preceded_by_name(body, start):
                continue  # "Theresa May"
            day = _DAY_OF_MONTH_BEFORE.search(body, max(0, start - 6), start)
            start = day.start() if day else start
            kind = "date" if any(char.isdigit() for char in body[start:end]) else "month"
            matches.append((start, end, kind))
        elif word.lower() in ("yesterday", "today", "tomorrow", "tonight"):
            matches.append((start, end, "relative"))
        else:
            tail = _RELATIVE_TAIL.match(body, end)
            if tail:
                matches.append((start, tail.end(), "relative"))
    return [DateRef(body[start:end], start, end, kind) for start, end, kind in _without_overlaps(matches)]


def _is_year_count(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return len(first) == 4 and first.isdigit() and 1500 <= int(first) <= 2099


def _preceded_by_name(body: str, start: int) -> bool:
    before = body[max(0, start - 20) : start].rstrip()
    return bool(before) and bool(re.search(r"[A-Z][a-z]+$", before))


def _without_overlaps(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    matches.sort(key=lambda match: (match[0], -match[1]))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in matches:
        if end <= start:
            continue
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, kind))
    return kept
