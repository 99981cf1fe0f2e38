"""Dates put on the calendar: what day, month, year or period a date the extractor found means.

Pure functions, no clock: absolute forms ("Feb. 3, 2024", "3 February 2024", "2024-02-03",
"February 2024", "2002", "1910-45") resolve by themselves; relative forms ("Monday", "on
Tuesday", "yesterday", "last week", "last year", "earlier this month", "Feb. 3") resolve
against the article's own date, to the most recent matching day on or before it unless the
words say otherwise ("next", "will", "is due to"). Without an article date a relative form
stays unresolved: it is never guessed from today's date.

The resolution is worked out when it is asked for, not stored with the facts: the facts cache
keys on the body alone, and the same body may be published on different days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from briefing.model import DateRef

Precision = Literal["day", "month", "year", "period"]


@dataclass(frozen=True, slots=True)
class Resolved:
    """The calendar range a date means, both ends included, and how precise it is."""

    start: date
    end: date
    precision: Precision

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "precision": self.precision}


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {name.lower(): number for number, name in enumerate(_DAY_NAMES)}  # as date.weekday() counts
# Meteorological seasons of the northern hemisphere, by first month; each is three months long (winter
# runs into the next year).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORDS = re.compile(r"[a-z]+|\d+")
# Tense near a date: the marker nearest the date says whether it is ahead of the article or behind it.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|planned|going)\s+(?:to|for)"
    r"|(?:is|are)\s+to|plans?\s+to|upcoming|until|starting|from\s+next)\b|'ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|has|have|did|ago|since|last|\w{3,}ed)\b", re.IGNORECASE)
# "said on Monday" dates the saying; "will go on Friday, officials said" does not date the going.
_REPORTED = re.compile(r"\b(?:said|says|told)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_CONTEXT_BEFORE = 120
_CONTEXT_AFTER = 80


def _day(year: int, month: int, day: int) -> Resolved | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return Resolved(found, found, "day")


def _month(year: int, month: int) -> Resolved | None:
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    return Resolved(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def _year(year: int) -> Resolved | None:
    return Resolved(date(year, 1, 1), date(year, 12, 31), "year") if 1 <= year <= 9999 else None


def _period(start: date, end: date) -> Resolved:
    return Resolved(start, end, "period")


def article_date(published: str) -> date | None:
    """The day an article was published, from its ``published`` text (ISO 8601, RFC 822, or words)."""
    if not published:
        return None
    iso = _ISO.match(published)
    if iso:
        found = _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return found.start if found else None
    # Imported here: both cost tens of milliseconds at start-up, and most published dates are ISO 8601.
    from email.utils import parsedate_tz

    from briefing.extract.numbers import find_dates

    parsed = parsedate_tz(published)  # "Wed, 19 Feb 2020 10:00:00 GMT": feeds and records
    if parsed is not None:
        found = _day(parsed[0], parsed[1], parsed[2])
        if found is not None:
            return found.start
    for ref in find_dates(published[:200]):  # "Published: 19 February 2020", "Feb. 19, 2020"
        resolved = resolve(ref.text, ref.kind, None)
        if resolved is not None and resolved.precision == "day":
            return resolved.start
    return None


def resolve(text: str, kind: str, anchor: date | None, *, future: bool = False) -> Resolved | None:
    """What one date the extractor found (``DateRef.text`` and ``kind``) means.

    ``anchor`` is the article's date (None: unknown, so relative forms stay unresolved);
    ``future``: the sentence speaks of what is ahead ("will meet on Monday").
    """
    words = _WORDS.findall(text.lower())
    if not words:
        return None
    try:
        if kind == "year":
            return _year(int(words[0])) if words[0].isdigit() else None
        if kind == "period":
            return _span_of_years(words)
        if kind == "day":
            return _weekday(words, anchor, future)
        if kind == "relative":
            return _relative(words, anchor, future)
        if kind == "month":
            return _bare_month(words, anchor, future)
        if kind == "date":
            return _calendar_date(text, words, anchor, future)
    except (ValueError, OverflowError):  # a date past the calendar's ends (year 9999 and "next year")
        return None
    return None


def resolve_dates(body: str, dates: Sequence[DateRef], anchor: date | None) -> list[Resolved | None]:
    """Each date of an article resolved (``resolve_in``)."""
    return [resolve_in(body, ref, anchor) for ref in dates]


def resolve_in(body: str, ref: DateRef, anchor: date | None) -> Resolved | None:
    """One date of an article resolved, reading the tense of the words around it in ``body``."""
    return resolve(ref.text, ref.kind, anchor, future=anchor is not None and _speaks_of_future(body, ref))


def _speaks_of_future(body: str, ref: DateRef) -> bool:
    """Whether the nearest tense marker in the date's clause points ahead ("will", "is due to")."""
    if ref.kind not in ("day", "month", "date", "relative"):
        return False
    lower = max(0, ref.start - _CONTEXT_BEFORE)
    before = body[lower : ref.start]
    stops = list(_CLAUSE_END.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    after = body[ref.end : ref.end + _CONTEXT_AFTER]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    nearest_future = _nearest(_FUTURE, before, after)
    if nearest_future is None:
        return False
    pasts = [
        distance
        for distance in (_nearest(_PAST, before, after), _nearest(_REPORTED, before, ""))
        if distance is not None
    ]
    return not pasts or nearest_future < min(pasts)


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    """How far the nearest match of ``pattern`` is from the date (before it or after it), or None."""
    distances = [len(before) - match.end() for match in pattern.finditer(before)]
    found = pattern.search(after)
    if found:
        distances.append(found.start())
    return min(distances) if distances else None


# --- the forms ---------------------------------------------------------------------------


def _span_of_years(words: list[str]) -> Resolved | None:
    """ "1910-45", "1939–1945", "2004-05": 1 January of the first year to 31 December of the last."""
    numbers = [word for word in words if word.isdigit()]
    if len(numbers) != 2:
        return None
    first, last = int(numbers[0]), int(numbers[1])
    if len(numbers[1]) == 2:
        last = first // 100 * 100 + last
        if last < first and last + 100 - first <= 10:
            last += 100  # "1999-00"; but "2004-03" is no period (nor, without more, March 2004)
    if last <= first:
        return None
    return _period(date(first, 1, 1), date(last, 12, 31))


def _weekday(words: list[str], anchor: date | None, future: bool) -> Resolved | None:
    """ "Monday", "on Tuesday", "later Monday", "last Friday", "next Sunday", "Monday night"."""
    if anchor is None:
        return None
    day = next((_WEEKDAYS[word] for word in words if word in _WEEKDAYS), None)
    if day is None:
        return None
    prefix = words[0]
    back = (anchor.weekday() - day) % 7  # days back to the most recent such day, 0 for the anchor's own
    if prefix == "last":
        found = anchor - timedelta(days=back or 7)
    elif prefix == "next":
        found = anchor + timedelta(days=(day - anchor.weekday()) % 7 or 7)
    elif future:
        found = anchor + timedelta(days=(day - anchor.weekday()) % 7)
    else:
        found = anchor - timedelta(days=back)
    return Resolved(found, found, "day")


def _relative(words: list[str], anchor: date | None, future: bool) -> Resolved | None:
    """ "yesterday", "today", "tomorrow", "tonight"; "last week", "this month", "next year", "past decade",
    "coming weekend", "last summer"."""
    if anchor is None:
        return None
    first = words[0]
    shifts = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    if first in shifts:
        found = anchor + timedelta(days=shifts[first])
        return Resolved(found, found, "day")
    if len(words) < 2:
        return None
    unit = words[1]
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}.get(first)
    if first == "past":
        return _past(unit, anchor)
    if step is None:
        return None
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return _period(monday, monday + timedelta(days=6))
    if unit == "weekend":
        return _weekend(anchor, step)
    if unit == "month":
        month = anchor.year * 12 + anchor.month - 1 + step
        return _month(month // 12, month % 12 + 1)
    if unit == "year":
        return _year(anchor.year + step)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        first_year = anchor.year // size * size + step * size
        return _period(date(first_year, 1, 1), date(first_year + size - 1, 12, 31))
    if unit in _SEASONS:
        return _season(_SEASONS[unit], anchor, step, future)
    return None


def _past(unit: str, anchor: date) -> Resolved | None:
    """ "the past week": the days up to the article's, not a calendar week."""
    days = {"week": 7, "weekend": 3, "month": 30, "year": 365, "decade": 3652, "century": 36524}.get(unit)
    if days is None:
        return None
    return _period(anchor - timedelta(days=days), anchor)


def _weekend(anchor: date, step: int) -> Resolved:
    """This weekend is the one of the article's week (Monday to Sunday); last and next are a week either side."""
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5 + 7 * step)
    return _period(saturday, saturday + timedelta(days=1))


def _season(first_month: int, anchor: date, step: int, future: bool) -> Resolved:
    """The three months of a season that "this", "last" or "next" points at from the article's date."""
    months = anchor.year * 12 + anchor.month - 1
    current = months - (months - (first_month - 1)) % 12  # the season's most recent start on or before the anchor
    inside = months - current < 3
    if step > 0:
        start = current + 12
    elif step < 0:
        start = current - 12 if inside else current
    else:  # "this summer": the one going on, else the one just past (the one ahead, in future tense)
        start = current + 12 if future and not inside else current
    end = start + 2
    last_day = calendar.monthrange(end // 12, end % 12 + 1)[1]
    return _period(date(start // 12, start % 12 + 1, 1), date(end // 12, end % 12 + 1, last_day))


def _bare_month(words: list[str], anchor: date | None, future: bool) -> Resolved | None:
    """ "February" with no year: the most recent February on or before the article's month (ahead in future tense)."""
    month = _MONTHS.get(words[0])
    if month is None or anchor is None:
        return None
    if future:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return _month(year, month)


_NUMERIC_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)$")


def _calendar_date(text: str, words: list[str], anchor: date | None, future: bool) -> Resolved | None:
    """ "2024-02-03", "3/2/2024", "Feb. 3, 2024", "3 February 2024", "February 2024", "Feb. 3", "3rd February"."""
    iso = _ISO.match(text)
    if iso:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    slashed = _NUMERIC_SLASHED.match(text.strip())
    if slashed:
        return _slashed(int(slashed.group(1)), int(slashed.group(2)), slashed.group(3))
    month = next((_MONTHS[word] for word in words if word in _MONTHS), None)
    if month is None:
        return None
    numbers = [word for word in words if word.isdigit()]  # "3rd" is read as "3" and "rd"
    days = [int(word) for word in numbers if len(word) <= 2]
    years = [int(word) for word in numbers if len(word) == 4]
    if years:
        if days:
            return _day(years[0], month, days[0])
        return _month(years[0], month)
    if not days or anchor is None:
        return None
    # "Feb. 3": the most recent one on or before the article's date, or the next one in future tense.
    year = anchor.year
    found = _day(year, month, days[0])
    if found is None:  # 29 February outside a leap year: the nearest one in the right direction
        step = 1 if future else -1
        return next(filter(None, (_day(year + step * n, month, days[0]) for n in range(1, 9))), None)
    if future and found.start < anchor:
        return _day(year + 1, month, days[0])
    if not future and found.start > anchor:
        return _day(year - 1, month, days[0])
    return found


def _slashed(first: int, second: int, year_text: str) -> Resolved | None:
    """ "19/2/2020" or "2/19/2020": only a day over 12 tells which is the month; otherwise unresolved."""
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    if first > 12 >= second:
        return _day(year, second, first)
    if second > 12 >= first:
        return _day(year, first, second)
    if first == second:
        return _day(year, first, first)
    return None  # "3/2/2020": March or February, and nothing says which


# --- labels --------------------------------------------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip


def describe(resolved: Resolved) -> str:
    """A heading for the range, in words: "Monday 17 February 2020", "February 2020", "2019", "1910 – 1945",
    "10 – 16 February 2020". English names whatever the locale (they label English text)."""
    start, end = resolved.start, resolved.end
    if resolved.precision == "day":
        return f"{_DAY_NAMES[start.weekday()]} {start.day} {_MONTH_NAMES[start.month - 1]} {start.year}"
    if resolved.precision == "year":
        return str(start.year)
    if resolved.precision == "month":
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12:
        return f"{start.year} – {end.year}"
    if whole_months:
        first = _MONTH_NAMES[start.month - 1] + ("" if start.year == end.year else f" {start.year}")
        return f"{first} – {_MONTH_NAMES[end.month - 1]} {end.year}"
    first = f"{start.day}"
    if (start.month, start.year) != (end.month, end.year):
        first += f" {_MONTH_NAMES[start.month - 1]}"
    if start.year != end.year:
        first += f" {start.year}"
    return f"{first} – {end.day} {_MONTH_NAMES[end.month - 1]} {end.year}"
