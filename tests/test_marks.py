"""Marks: each kind of place in a body made from the facts that name it, with its article's position."""

from __future__ import annotations

from typing import get_args

from briefing.extract import extract_facts
from briefing.marks import QUOTE_ROLES, Mark, Role, mention_marks, quote_marks, span_marks
from briefing.model import Entity, Mention, Quote


def test_mentions_are_marked_in_body_order() -> None:
    entity = Entity("Fumio Kishida", "person", [Mention(30, 37, "Kishida"), Mention(0, 13, "Fumio Kishida")])
    assert mention_marks(4, entity) == [Mark(4, 0, 13, "mention"), Mark(4, 30, 37, "mention")]


def test_a_quote_is_marked_by_its_kind_then_its_speaker_and_cue() -> None:
    body = 'Mary Lopez said she had said it before, and she said: "We will not give up."'
    quote = next(quote for quote in extract_facts(body).quotes if quote.kind == "direct")
    marks = quote_marks(2, quote, len(body))
    assert [(mark.role, body[mark.start : mark.end]) for mark in marks] == [
        ("quote-direct", "We will not give up."),
        ("speaker", "she"),
        ("cue", "said"),
    ]
    assert {mark.position for mark in marks} == {2}
    assert marks[2].start == body.index("said:")  # the third "said": the one the extractor read


def test_a_quote_marks_only_the_attribution_its_sentence_holds() -> None:
    carried = Quote("Hi,", 3, 6, "partial", "Mary Lopez", "she", "said")  # speaker carried on: no ranges
    assert quote_marks(0, carried, 10) == (Mark(0, 3, 6, "quote-partial"),)
    beyond = Quote("Hi,", 3, 6, "indirect", "Mary Lopez", "she", "said", 7, 10, 11, 15)  # past a 12-character body
    assert quote_marks(0, beyond, 12) == (Mark(0, 3, 6, "quote-indirect"), Mark(0, 7, 10, "speaker"))


def test_spans_become_marks_of_one_role_in_body_order() -> None:
    assert span_marks(1, [(9, 12), (2, 5)], "figure") == [Mark(1, 2, 5, "figure"), Mark(1, 9, 12, "figure")]


def test_marks_sort_in_briefing_order() -> None:
    marks = [Mark(1, 0, 3, "date"), Mark(0, 9, 12, "hit"), Mark(0, 2, 5, "mention")]
    assert sorted(marks) == [Mark(0, 2, 5, "mention"), Mark(0, 9, 12, "hit"), Mark(1, 0, 3, "date")]


def test_every_quote_kind_has_a_role_of_its_own() -> None:
    roles = set(get_args(Role))
    assert set(QUOTE_ROLES.values()) <= roles and len(set(QUOTE_ROLES.values())) == 3
    assert roles == {*QUOTE_ROLES.values(), "mention", "speaker", "cue", "figure", "date", "hit", "hit-word"}
