"""Figures and dates from hostile bodies, and from text that tests where a figure or date may start.

``find_figures`` and ``find_dates`` do their scanning inside one regex each so that no body is
slow (issue 12). Their speed is measured by ``benchmarks/extract_bench.py`` ("hostile bodies"),
never asserted here; these tests pin what they find. ``_reference_figures`` and
``_reference_dates`` are the plain definition (try the kinds at every place a figure or date
may start) that the fast finders must agree with.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.extract import numbers
from briefing.extract.gazetteer import word_alternation
from briefing.extract.numbers import find_dates, find_figures

# ---------------------------------------------------------------- hostile shapes, small


def _figures(text: str) -> list[tuple[str, int, str]]:
    return [(figure.text, figure.start, figure.kind) for figure in find_figures(text)]


def _dates(text: str) -> list[tuple[str, int, str]]:
    return [(date.text, date.start, date.kind) for date in find_dates(text)]


@pytest.mark.parametrize(
    "body",
    [
        "1 " * 3000,
        "1" * 6000,
        "x" * 6000,
        "word " * 1200,
        "ten " * 1500,
        "one two " * 700,
        "1 a " * 1500,
        ('"' + "word " * 3) * 400,
        "the minister said that prices rise and " * 150,
        "THE PRIME MINISTER SAID PRICES WILL RISE " * 150,
    ],
    ids=lambda body: repr(body[:12]),
)
def test_hostile_bodies_without_figures_or_dates(body):
    assert find_figures(body) == []
    assert find_dates(body) == []


def test_a_body_of_figures_yields_each_one():
    assert _figures("£5 " * 1000) == [("£5", 3 * i, "money") for i in range(1000)]
    assert _figures("5 cars " * 1000) == [("5 cars", 7 * i, "count") for i in range(1000)]
    assert _figures("10% " * 1000) == [("10%", 4 * i, "percent") for i in range(1000)]
    assert _figures("a year " * 1000) == [("a year", 7 * i, "duration") for i in range(1000)]
    assert _figures("1999 cars " * 1000) == []  # a year, not a count


def test_a_body_of_dates_yields_each_one():
    assert _dates("1999 " * 1000) == [("1999", 5 * i, "year") for i in range(1000)]
    assert _dates("Monday " * 1000) == [("Monday", 7 * i, "day") for i in range(1000)]
    assert _dates("last week " * 1000) == [("last week", 10 * i, "relative") for i in range(1000)]
    # Each month takes the year after it, which is then no date of its own.
    assert _dates("May 2003 " * 1000) == [("May 2003", 9 * i, "date") for i in range(1000)]


# ---------------------------------------------------------------- where figures and dates start


@pytest.mark.parametrize(
    ("text", "figures", "dates"),
    [
        (
            "About £1.2bn, nearly 3% and up to 40 per cent.",
            [("About £1.2bn", 0, "money"), ("nearly 3%", 14, "percent"), ("up to 40 per cent", 28, "percent")],
            [],
        ),
        (
            "Over\n\n5 cars and more than  7 new Japanese cars.",
            [("Over\n\n5 cars", 0, "count"), ("more than  7 new Japanese cars", 17, "count")],
            [],
        ),
        (
            # "hundred" in "a hundreds" is part of a phrase that starts at "a", so no figure.
            "a hundred years, a hundreds years, hundreds years and A dozen eggs.",
            [("a hundred years", 0, "duration"), ("hundreds years", 35, "duration"), ("A dozen eggs", 54, "count")],
            [],
        ),
        (
            "sixTY years, TEN years, an hour, a year, a couple of years, 2 more weeks.",
            [("sixTY years", 0, "duration"), ("a year", 33, "duration"), ("2 more weeks", 60, "duration")],
            [],
        ),
        (
            "In 1999 elections, 1999\ncars, 2000 cars and 1,000 cars.",
            [("1999\ncars", 19, "count"), ("1,000 cars", 44, "count")],
            [("1999", 3, "year"), ("1999", 19, "year"), ("2000", 30, "year")],
        ),
        (
            "The 5p coin, 10 pence, 5m dollars and $3.5 million.",
            [("5p", 4, "money"), ("10 pence", 13, "money"), ("5m dollars", 23, "money"), ("$3.5 million", 38, "money")],
            [],
        ),
        (
            # A number after a letter is skipped whole: "2004" in "x1/2/2004" is no year.
            "x1/2/2004 but 1/2/2004 and 1234-05-06.",
            [],
            [("1/2/2004", 14, "date"), ("1234-05-06", 27, "date")],
        ),
        (
            "In 1999-2000, 1910-45, 1999–2000, 1999,5 and 1999.5.",
            [],
            [("1999-2000", 3, "period"), ("1910-45", 14, "period"), ("1999–2000", 23, "period")],
        ),
        (
            "Theresa May met on 5 May 2004, later Monday morning, and On \nFriday.",
            [],
            [("5 May 2004", 19, "date"), ("later Monday morning", 31, "day"), ("On \nFriday", 57, "day")],
        ),
        (
            "Jan. 5, Sept 2001, Mar.1999, this week, last spring, coming weekend, yesterday.",
            [],
            [
                ("Jan. 5", 0, "date"),
                ("Sept 2001", 8, "date"),
                ("Mar", 19, "month"),
                ("this week", 29, "relative"),
                ("last spring", 40, "relative"),
                ("coming weekend", 53, "relative"),
                ("yesterday", 69, "relative"),
            ],
        ),
        (
            "The U.S.A 5 U.S. cars, 3 well-known e-mails and 12 Abc1 items.",
            [("5 U.S. cars", 10, "count"), ("3 well-known e-mails", 23, "count"), ("12 Abc1 items", 48, "count")],
            [],
        ),
    ],
)
def test_figures_and_dates(text, figures, dates):
    assert _figures(text) == figures
    assert _dates(text) == dates


# ---------------------------------------------------------------- the plain definition

_NUMBER_WORDS = numbers._NUMBER_WORDS
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:[ -]?(?:million|billion|trillion|thousand|bn|tn|m|k)\b)?"
_FIGURE_START = re.compile(
    rf"[$£€¥₩\d]|{word_alternation(numbers._with_capitals(_NUMBER_WORDS.split('|')))}"
    r"|[Aa]n? (?=(?:year|month|week|day|decade|century)s?\b)"
)
_MONEY = re.compile(
    rf"(?:[$£€¥₩]\s?(?:{_DIGITS}){_SCALE}"
    rf"|(?:{_DIGITS}){_SCALE}\s(?:dollars|pounds|euros|yen|won|yuan|rupees|roubles|rubles|francs|pence|cents)\b"
    rf"|\d+p\b)"
)
_PERCENT = re.compile(rf"(?:{_DIGITS})\s?(?:%|per\s?cent\b|percentage points?\b)")
_DURATION = re.compile(
    rf"(?:{_DIGITS}|{_NUMBER_WORDS}|an?|a couple of)[ -](?:more\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\b(?:[ -]old)?",
    re.IGNORECASE,
)
_COUNT = re.compile(
    rf"(?:{_DIGITS}|(?i:{_NUMBER_WORDS})\b)(?:\s(?:million|billion|thousand))?"
    r"(?:\s(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w]*|[a-z][a-z-]*)){0,2}?\s(?!(?:of|to|in|on|at|and|or|the|a|was|were|is|are|"
    r"had|have|has|by|for|from|with|as|per|than|who|which|that|percent|years?|months?|weeks?|days?|hours?)\b)"
    r"[a-z][a-z-]*s\b"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_RELATIVE_WORDS = ["yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "past", "coming"]
_DATE_WORDS = frozenset(numbers._MONTH_NAMES + numbers._DAY_NAMES) | numbers._with_capitals(_RELATIVE_WORDS)
_DATE_START = re.compile(
    rf"{word_alternation(_DATE_WORDS)}(?![\w])"
    # A numeric date before a year: "2004-01-01" is one date, not the period "2004-01".
    r"|\d{4}-\d\d-\d\d\b|(?:1[5-9]|20)\d\d(?![\w%])|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b"
)
_YEAR_FORM = re.compile(rf"{_YEAR}(?:\s?[-–]\s?(?:{_YEAR}|\d\d))?(?![\w%]|,\d|\.\d)")
_MONTH_TAIL = re.compile(rf"(?:\s\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s{_YEAR}\b)?")
_DAY_TAIL = re.compile(r"s?(?:\s(?:morning|afternoon|evening|night))?\b")
_RELATIVE_TAIL = re.compile(
    r"(?<=[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s(?:week|weekend|month|year|decade|century|spring|summer|autumn|winter|fall)\b"
    r"|(?<=[Cc]oming)\s(?:week|weekend|month|year|decade)\b"
)


def _without_overlaps(matches):
    kept = []
    for start, end, kind in sorted(matches, key=lambda match: (match[0], -match[1])):
        if end > start and not (kept and start < kept[-1][1]):
            kept.append((start, end, kind))
    return kept


def _reference_figures(body: str) -> list[tuple[str, int, str]]:
    """At every place a figure may start, the first kind that matches; then on after it."""
    matches = []
    covered = -1
    for anchor in _FIGURE_START.finditer(body):
        position = anchor.start()
        if position < covered or (position > 0 and (body[position - 1].isalnum() or body[position - 1] in ".,")):
            continue
        for kind, pattern in (("money", _MONEY), ("percent", _PERCENT), ("duration", _DURATION), ("count", _COUNT)):
            match = pattern.match(body, position)
            if match is None or (kind == "count" and numbers._is_year_count(match.group())):
                continue
            start = position
            if kind == "money":
                prefix = numbers._CURRENCY_PREFIX.search(body, max(0, position - 2), position)
                start = prefix.start() if prefix else position
            approx = numbers._APPROX_BEFORE.search(body, max(0, start - 16), start)
            if approx:
                start = approx.start()
            matches.append((start, match.end(), kind))
            covered = match.end()
            break
    return [(body[start:end], start, kind) for start, end, kind in _without_overlaps(matches)]


def _reference_dates(body: str) -> list[tuple[str, int, str]]:
    """Every place a date may start, read on its own."""
    matches = []
    for anchor in _DATE_START.finditer(body):
        start, end = anchor.span()
        if start > 0 and (body[start - 1].isalnum() or body[start - 1] in "$£€¥.,-"):
            continue
        word = anchor.group()
        if word[0].isdigit():
            if "-" in word[4:5] or "/" in word:
                matches.append((start, end, "date"))
                continue
            year = _YEAR_FORM.match(body, start)
            if year:
                matches.append((start, year.end(), "period" if any(dash in year.group() for dash in "-–") else "year"))
        elif word in numbers._DAY_NAMES:
            prefix = numbers._DAY_PREFIX.search(body, max(0, start - 9), start)
            tail = _DAY_TAIL.match(body, end)
            matches.append((prefix.start() if prefix else start, tail.end() if tail else end, "day"))
        elif word.rstrip(".") in numbers._MONTH_NAMES:
            tail = _MONTH_TAIL.match(body, end)
            end = tail.end() if tail else end
            if word == "May" and end == anchor.end() and numbers._preceded_by_name(body, start):
                continue
            day = numbers._DAY_OF_MONTH_BEFORE.search(body, max(0, start - 6), start)
            start = day.start() if day else start
            matches.append((start, end, "date" if any(char.isdigit() for char in body[start:end]) else "month"))
        elif word.lower() in ("yesterday", "today", "tomorrow", "tonight"):
            matches.append((start, end, "relative"))
        else:
            tail = _RELATIVE_TAIL.match(body, end)
            if tail:
                matches.append((start, tail.end(), "relative"))
    return [(body[start:end], start, kind) for start, end, kind in _without_overlaps(matches)]


_TOKEN_TEXT = (
    "1 5 12 1999 2004 1500 2099 1499 2100 19999 1,000 1,000,000 12.5 1,2345 5.5.5 07 31 1/2/2004 12/31/99 2004-01-01 "
    "1234-05-06 1999-2000 1910-45 1999–2000 $ £ € US$5 $5 £1.2bn 5m 5bn 5p 5% per cent percent percentage point "
    "a A an a dozen dozens few a few hundred hundreds a hundred thousand thousands a thousand million billion "
    "several one ten Ten TEN sixty sixTY sixteen couple a couple of more years year month week days hours decade "
    "century centuries year-old old cars people U.S. U.S.A New Japanese new well-known of the to was per than "
    "dollars pounds pence cents about About nearly Over up to at least more than fewer than Some May Theresa June "
    "Jan Jan. Sept. Sep March Mar. Monday Mondays morning night later earlier on On by last Last next this "
    "past coming Coming weekend spring yesterday today Tonight 5th 21st x _ k p ١٩٩٩ ١ ２０１０ ½"
)
_TOKENS = _TOKEN_TEXT.split()
_SEPARATORS = [" ", " ", " ", "", ",", ".", "-", "\n", "\t", "\xa0", "  ", ", ", ". ", "–", "/", "%", '"', "_"]


def test_fast_finders_agree_with_the_plain_definition():
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(_TOKENS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 14)))
        assert _figures(text) == _reference_figures(text), text
        assert _dates(text) == _reference_dates(text), text


@pytest.mark.parametrize(
    "text",
    [
        "It cost US\n$5m, HK\n$3 and A\n5 dollars.",  # "$" in the currency prefix also matches before a line break
        "About\n5 cars, up to\n\n7 days and over \n10%.",
        "Monday and On\nFriday, later \nSunday; 5\nMay and 5 \nJune.",
        "x1999/1/2020, 1/2/2004x and 2004-01-01 and ''5 cars'' and '''",
        "a hundreds years, a thousands of cars, a dozens eggs, an years, A year",
    ],
)
def test_fast_finders_agree_with_the_plain_definition_on_edge_cases(text):
    assert _figures(text) == _reference_figures(text)
    assert _dates(text) == _reference_dates(text)
