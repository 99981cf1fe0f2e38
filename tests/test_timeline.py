"""The timeline without a screen: order, grouping, the unresolved apart, one entity's dates, its walk and JSON."""

from __future__ import annotations

from datetime import date

from briefing.dates import Resolved
from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.lookup import find_entity
from briefing.model import Article, Span
from briefing.timeline import UNRESOLVED, build_timeline, timeline_to_dict
from briefing.walk import timeline_walk
from tests.helpers import briefing_of

STORIES = [
    # (published, body)
    (
        "2020-02-19",
        "Ann Lee said on Monday that sales fell last year. The board met on Feb. 3 in Paris.\n\n"
        "Tom Reed will visit Rome on Friday.",
    ),
    ("", "Tom Reed spoke on Monday. In 2019 the firm was sold to Ann Lee."),
    ("Wed, 12 Feb 2020 09:00:00 GMT", "Ann Lee resigned yesterday, weeks after the board met in 2019."),
    ("2020-02-19", "Monday"),  # a date that is a whole paragraph
]


def story(number: int, published: str, body: str) -> Article:
    paragraphs, start = [], 0
    for text in body.split("\n\n"):
        paragraphs.append(Span(start, start + len(text)))
        start += len(text) + 2
    return Article(str(number), f"{number}.txt", f"Story {number}", body, tuple(paragraphs), published=published)


def loaded() -> Briefing:
    articles = [story(number, published, body) for number, (published, body) in enumerate(STORIES)]
    made = briefing_of(articles, [extract_facts(article.body) for article in articles])
    made.fact_index = FactIndex.build(made.articles, made.facts)
    return made


def test_dated_events_come_in_date_order_wider_first_then_article_order() -> None:
    timeline = build_timeline(loaded())
    rows = [(event.position, event.text, event.heading) for event in timeline.events]
    assert rows == [
        (0, "last year", "2019"),  # a year before the days in it, and article 0 before article 1 and 2
        (1, "2019", "2019"),
        (2, "2019", "2019"),
        (0, "Feb. 3", "Monday 3 February 2020"),
        (2, "yesterday", "Tuesday 11 February 2020"),
        (0, "on Monday", "Monday 17 February 2020"),
        (3, "Monday", "Monday 17 February 2020"),
        (0, "on Friday", "Friday 21 February 2020"),  # "will visit": ahead of the article
    ]
    assert [(event.position, event.text, event.heading) for event in timeline.unresolved] == [
        (1, "on Monday", UNRESOLVED)  # its article has no date: never guessed
    ]
    assert timeline.rows == timeline.events + timeline.unresolved
    assert timeline.label == "Timeline"


def test_each_event_carries_its_sentence_with_the_date_in_it() -> None:
    timeline = build_timeline(loaded())
    for event in timeline.rows:
        start, end = event.highlight
        assert event.sentence[start:end] == event.text
    friday = next(event for event in timeline.events if event.text == "on Friday")
    assert friday.sentence == "Tom Reed will visit Rome on Friday."
    assert friday.resolved == Resolved(date(2020, 2, 21), date(2020, 2, 21), "day")


def test_a_date_that_starts_its_sentence_is_in_it() -> None:
    body = "Officials met. On Monday the talks began. Yesterday they ended."
    made = briefing_of([story(0, "2020-02-19", body)], [extract_facts(body)])
    assert [event.sentence for event in build_timeline(made).events] == [
        "On Monday the talks began.",
        "Yesterday they ended.",
    ]


def test_long_sentences_are_cut_around_the_date() -> None:
    body = "Word " * 300 + "on Monday the talks " + "went on " * 300 + "."
    made = briefing_of([story(0, "2020-02-19", body)], [extract_facts(body)])
    [event] = build_timeline(made).events
    assert len(event.sentence) <= 260
    start, end = event.highlight
    assert event.sentence[start:end] == "on Monday"


def test_one_entity_keeps_the_dates_of_the_sentences_that_name_it() -> None:
    made = loaded()
    assert made.fact_index is not None
    chosen = find_entity(made.fact_index, "ann lee").chosen
    assert chosen is not None
    subject = chosen.name
    assert subject == "Ann Lee"
    timeline = build_timeline(made, subject)
    assert [(event.position, event.text) for event in timeline.rows] == [
        (0, "last year"),
        (1, "2019"),
        (2, "2019"),
        (2, "yesterday"),
        (0, "on Monday"),
    ]
    assert timeline.label == "Ann Lee · timeline"
    reed = build_timeline(made, "Tom Reed")
    assert [(event.position, event.text) for event in reed.rows] == [(0, "on Friday"), (1, "on Monday")]


def test_an_entity_timeline_needs_the_fact_index() -> None:
    made = loaded()
    made.fact_index = None
    assert build_timeline(made, "Ann Lee").rows == ()


def test_the_walk_goes_through_the_rows_in_timeline_order() -> None:
    timeline = build_timeline(loaded())
    walk = timeline_walk(timeline)
    assert walk.total == len(timeline.rows)
    seen = [walk.go(0)]
    for _ in range(len(timeline.rows) - 1):
        seen.append(walk.next())
    assert [stop.mark for stop in seen] == [event.mark for event in timeline.rows]
    assert [stop.note for stop in seen] == [event.heading for event in timeline.rows]
    assert walk.next().mark == timeline.rows[0].mark  # it wraps
    assert walk.status().startswith("Timeline · date 1 of 9")


def test_json_shape() -> None:
    made = loaded()
    document = timeline_to_dict(build_timeline(made, "Tom Reed"), made)
    assert document["who"] == "Tom Reed"
    assert document["events"] == [
        {
            "resolved": {"start": "2020-02-21", "end": "2020-02-21", "precision": "day"},
            "text": "on Friday",
            "sentence": "Tom Reed will visit Rome on Friday.",
            "article_id": "0",
            "title": "Story 0",
            "start": STORIES[0][1].index("on Friday"),
            "end": STORIES[0][1].index("on Friday") + len("on Friday"),
        }
    ]
    [unresolved] = document["unresolved"]  # type: ignore[misc]  # a list of one
    assert unresolved["resolved"] is None and unresolved["article_id"] == "1"
    assert "who" not in timeline_to_dict(build_timeline(made), made)


def test_a_huge_sentence_full_of_dates_costs_its_length_not_its_square() -> None:
    """A hostile body: one paragraph of 50,000 dates and no full stop is one sentence; each event copies
    only a window of it (a copy of the whole per date would be 50,000 copies of 600 kB)."""
    body = "in 2004 and " * 50_000
    made = briefing_of([story(0, "", body)], [extract_facts(body)])
    timeline = build_timeline(made)
    assert len(timeline.events) == 50_000
    assert max(len(event.sentence) for event in timeline.events) <= 2 * 240 + 2
    middle = timeline.events[25_000]
    assert middle.sentence.startswith("…") and middle.sentence.endswith("…")
    start, end = middle.highlight
    assert middle.sentence[start:end] == "2004"
