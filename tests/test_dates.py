"""Dates put on the calendar: absolute forms alone, relative forms against the article's date, never today's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.dates import Resolved, article_date, describe, resolve, resolve_dates
from briefing.extract.numbers import find_dates

WEDNESDAY = date(2020, 2, 19)  # Wednesday 19 February 2020


def day(year: int, month: int, number: int) -> Resolved:
    found = date(year, month, number)
    return Resolved(found, found, "day")


def span(start: date, end: date, precision: str = "period") -> Resolved:
    return Resolved(start, end, precision)  # type: ignore[arg-type]  # a Precision in every call below


def resolved_in(body: str, anchor: date | None = WEDNESDAY) -> dict[str, Resolved | None]:
    """Each date the extractor finds in ``body``, by its text, resolved as an article dated ``anchor``."""
    dates = find_dates(body)
    return {ref.text: found for ref, found in zip(dates, resolve_dates(body, dates, anchor), strict=True)}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("2002", "year", span(date(2002, 1, 1), date(2002, 12, 31), "year")),
        ("1910-45", "period", span(date(1910, 1, 1), date(1945, 12, 31))),
        ("1939–1945", "period", span(date(1939, 1, 1), date(1945, 12, 31))),
        ("1999-00", "period", span(date(1999, 1, 1), date(2000, 12, 31))),
        ("2024-02-03", "date", day(2024, 2, 3)),
        ("Feb. 3, 2024", "date", day(2024, 2, 3)),
        ("3 February 2024", "date", day(2024, 2, 3)),
        ("3rd February 2024", "date", day(2024, 2, 3)),
        ("February 2024", "date", span(date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("19/2/2020", "date", day(2020, 2, 19)),
        ("2/19/2020", "date", day(2020, 2, 19)),
        ("2/19/04", "date", day(2004, 2, 19)),
        ("3/2/2020", "date", None),  # March or February: nothing says which
        ("Feb. 30, 2024", "date", None),
    ],
)
def test_absolute_forms_need_no_article_date(text: str, kind: str, expected: Resolved | None) -> None:
    assert resolve(text, kind, None) == expected
    assert resolve(text, kind, WEDNESDAY) == expected


def test_a_year_range_that_ends_before_it_starts_is_unresolved() -> None:
    # "2004-03" reads as 2004 to 2003 in the same century: no such period.
    assert resolve("2004-03", "period", None) is None


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Monday", "day", day(2020, 2, 17)),
        ("on Monday", "day", day(2020, 2, 17)),
        ("On Tuesday", "day", day(2020, 2, 18)),
        ("on Wednesday", "day", day(2020, 2, 19)),  # the article's own day
        ("on Thursday", "day", day(2020, 2, 13)),  # the most recent one before it
        ("later Monday", "day", day(2020, 2, 17)),
        ("Monday night", "day", day(2020, 2, 17)),
        ("last Wednesday", "day", day(2020, 2, 12)),
        ("last Friday", "day", day(2020, 2, 14)),
        ("next Wednesday", "day", day(2020, 2, 26)),
        ("next Friday", "day", day(2020, 2, 21)),
        ("yesterday", "relative", day(2020, 2, 18)),
        ("Today", "relative", day(2020, 2, 19)),
        ("tonight", "relative", day(2020, 2, 19)),
        ("tomorrow", "relative", day(2020, 2, 20)),
        ("last week", "relative", span(date(2020, 2, 10), date(2020, 2, 16))),
        ("this week", "relative", span(date(2020, 2, 17), date(2020, 2, 23))),
        ("next week", "relative", span(date(2020, 2, 24), date(2020, 3, 1))),
        ("past week", "relative", span(date(2020, 2, 12), date(2020, 2, 19))),
        ("last weekend", "relative", span(date(2020, 2, 15), date(2020, 2, 16))),
        ("this weekend", "relative", span(date(2020, 2, 22), date(2020, 2, 23))),
        ("last month", "relative", span(date(2020, 1, 1), date(2020, 1, 31), "month")),
        ("this month", "relative", span(date(2020, 2, 1), date(2020, 2, 29), "month")),
        ("coming month", "relative", span(date(2020, 3, 1), date(2020, 3, 31), "month")),
        ("last year", "relative", span(date(2019, 1, 1), date(2019, 12, 31), "year")),
        ("next year", "relative", span(date(2021, 1, 1), date(2021, 12, 31), "year")),
        ("last decade", "relative", span(date(2010, 1, 1), date(2019, 12, 31))),
        ("this century", "relative", span(date(2000, 1, 1), date(2099, 12, 31))),
        ("last summer", "relative", span(date(2019, 6, 1), date(2019, 8, 31))),
        ("this winter", "relative", span(date(2019, 12, 1), date(2020, 2, 29))),  # the one going on
        ("last winter", "relative", span(date(2018, 12, 1), date(2019, 2, 28))),
        ("next spring", "relative", span(date(2020, 3, 1), date(2020, 5, 31))),
        ("Feb. 3", "date", day(2020, 2, 3)),
        ("March 3", "date", day(2019, 3, 3)),  # not yet this year: last year's
        ("3 February", "date", day(2020, 2, 3)),
        ("February", "month", span(date(2020, 2, 1), date(2020, 2, 29), "month")),
        ("March", "month", span(date(2019, 3, 1), date(2019, 3, 31), "month")),
    ],
)
def test_relative_forms_resolve_against_the_article_date(text: str, kind: str, expected: Resolved) -> None:
    assert resolve(text, kind, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Monday", "day"), ("yesterday", "relative"), ("last year", "relative"), ("Feb. 3", "date"), ("March", "month")],
)
def test_relative_forms_without_an_article_date_stay_unresolved(text: str, kind: str) -> None:
    assert resolve(text, kind, None) is None


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("on Monday", "day", day(2020, 2, 24)),
        ("on Wednesday", "day", day(2020, 2, 19)),
        ("Feb. 3", "date", day(2021, 2, 3)),
        ("March", "month", span(date(2020, 3, 1), date(2020, 3, 31), "month")),
        ("this summer", "relative", span(date(2020, 6, 1), date(2020, 8, 31))),
    ],
)
def test_the_future_looks_ahead(text: str, kind: str, expected: Resolved) -> None:
    assert resolve(text, kind, WEDNESDAY, future=True) == expected


def test_the_acceptance_page_dated_wednesday_19_february_2020() -> None:
    found = resolved_in("Officials said on Monday that sales fell last year. The board met on Feb. 3 in Paris.")
    assert found["on Monday"] == day(2020, 2, 17)
    assert found["last year"] == span(date(2019, 1, 1), date(2019, 12, 31), "year")
    assert found["Feb. 3"] == day(2020, 2, 3)


def test_a_text_with_no_date_leaves_monday_unresolved() -> None:
    assert resolved_in("Officials met on Monday. Sales fell in 2019.", anchor=None) == {
        "on Monday": None,
        "2019": span(date(2019, 1, 1), date(2019, 12, 31), "year"),
    }


@pytest.mark.parametrize(
    ("body", "date_text", "expected"),
    [
        ("The minister will travel to Paris on Friday.", "on Friday", day(2020, 2, 21)),
        ("The minister will travel to Paris on Friday, officials said.", "on Friday", day(2020, 2, 21)),
        ("The minister is due to arrive on Friday.", "on Friday", day(2020, 2, 21)),
        ("The minister travelled to Paris on Friday.", "on Friday", day(2020, 2, 14)),
        ("The minister said on Friday he will travel.", "on Friday", day(2020, 2, 14)),
        ("Talks will resume in March.", "March", span(date(2020, 3, 1), date(2020, 3, 31), "month")),
        ("Talks collapsed in March. They will resume.", "March", span(date(2019, 3, 1), date(2019, 3, 31), "month")),
    ],
)
def test_tense_in_the_same_clause_decides_the_direction(body: str, date_text: str, expected: Resolved) -> None:
    assert resolved_in(body)[date_text] == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-02-19", date(2020, 2, 19)),
        ("2020-02-19T23:10:00Z", date(2020, 2, 19)),  # a feed entry, as the feed loader writes it
        ("Wed, 19 Feb 2020 10:00:00 GMT", date(2020, 2, 19)),  # RFC 822, as records often hold it
        ("Published: 19 February 2020", date(2020, 2, 19)),  # a dateline of a text file
        ("Wednesday, February 19, 2020 10:30", date(2020, 2, 19)),
        ("Feb. 19, 2020", date(2020, 2, 19)),
        ("2020", None),  # a year is not a day
        ("2020-02-30", None),
        ("", None),
        ("yesterday", None),  # nothing relative: it has nothing to be relative to
    ],
)
def test_article_date(published: str, expected: date | None) -> None:
    assert article_date(published) == expected


@pytest.mark.parametrize(
    ("resolved", "label"),
    [
        (day(2020, 2, 17), "Monday 17 February 2020"),
        (span(date(2020, 2, 1), date(2020, 2, 29), "month"), "February 2020"),
        (span(date(2019, 1, 1), date(2019, 12, 31), "year"), "2019"),
        (span(date(1910, 1, 1), date(1945, 12, 31)), "1910 – 1945"),
        (span(date(2019, 6, 1), date(2019, 8, 31)), "June – August 2019"),
        (span(date(2019, 12, 1), date(2020, 2, 29)), "December 2019 – February 2020"),
        (span(date(2020, 2, 10), date(2020, 2, 16)), "10 – 16 February 2020"),
        (span(date(2020, 2, 24), date(2020, 3, 1)), "24 February – 1 March 2020"),
    ],
)
def test_describe(resolved: Resolved, label: str) -> None:
    assert describe(resolved) == label


def test_to_dict() -> None:
    assert day(2020, 2, 17).to_dict() == {"start": "2020-02-17", "end": "2020-02-17", "precision": "day"}


def test_the_ends_of_the_calendar_are_unresolved_not_errors() -> None:
    assert resolve("next year", "relative", date(9999, 6, 1)) is None
    assert resolve("next week", "relative", date(9999, 12, 30)) is None
    assert resolve("yesterday", "relative", date(1, 1, 1)) is None
