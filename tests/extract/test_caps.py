"""The per-body bounds that keep a pathological body (a 2 MB roll of new names, tens of thousands of
quotes) from taking seconds: past them the rest is passed over, first come first kept, and what was
read before stays whole. Real articles stay far below them (see each bound's comment)."""

from __future__ import annotations

import pytest

from briefing.extract import entities, extract_facts, numbers, quotes


def test_names_past_the_bound_are_passed_over_and_those_read_keep_their_mentions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (Each run of capitals is read once: the third and fourth are new, past a bound of two.)
    text = "Tony Blair met Gordon Brown. Charles Kennedy met Michael Howard. Tony Blair called Gordon Brown."
    unbounded = extract_facts(text)
    assert not unbounded.limited
    assert [entity.name for entity in unbounded.entities] == [
        "Tony Blair",
        "Gordon Brown",
        "Charles Kennedy",
        "Michael Howard",
    ]
    monkeypatch.setattr(entities, "MAX_NAMES", 2)
    bounded = extract_facts(text)
    assert bounded.limited  # said, so the reader knows the facts are not the whole text's
    assert [(entity.name, len(entity.mentions)) for entity in bounded.entities] == [
        ("Tony Blair", 2),
        ("Gordon Brown", 2),
    ]


def test_quotes_past_the_bound_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    text = '"We will win," Tony Blair said. "We will not," Michael Howard said. "Nor will I," Charles Kennedy said.'
    assert len(extract_facts(text).quotes) == 3
    monkeypatch.setattr(quotes, "MAX_READINGS", 2)
    assert extract_facts(text).limited
    bounded = extract_facts(text).quotes
    assert [(quote.text, quote.speaker) for quote in bounded] == [
        ("We will win", "Tony Blair"),
        ("We will not", "Michael Howard"),
    ]


def test_verbs_of_speech_read_for_nothing_count_against_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # (A body of 90,000 "Baba said it would." reports nothing, and was read verb by verb.)
    text = "Tony Blair said it would. Gordon Brown said that prices would rise sharply next year."
    assert [(quote.text, quote.speaker) for quote in extract_facts(text).quotes] == [
        ("prices would rise sharply next year", "Gordon Brown")
    ]
    monkeypatch.setattr(quotes, "MAX_READINGS", 1)
    assert extract_facts(text).quotes == []


def test_the_bounds_leave_a_long_article_whole() -> None:
    # 400 people, each quoted: a long article still, far inside both bounds, so nothing is left out.
    text = " ".join(f'"Point {index}," said Alan Name{index:03d}x.' for index in range(400))
    facts = extract_facts(text)
    assert len(facts.quotes) == 400
    assert len({quote.speaker for quote in facts.quotes}) == 400
    assert not facts.limited


def test_mentions_past_the_bound_are_not_searched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tony Blair met Gordon Brown in Paris. Tony Blair met al-Qaeda in Paris. Tony Blair met Gordon Brown."
    assert [entity.name for entity in extract_facts(text).entities][-1] == "al-Qaeda"
    monkeypatch.setattr(entities, "MAX_MENTIONS", 4)
    bounded = extract_facts(text)
    # The search stops before the fifth mention: "al-Qaeda" after it (found apart, as it is written in
    # lowercase) is no mention either.
    assert [(entity.name, len(entity.mentions)) for entity in bounded.entities] == [
        ("Tony Blair", 2),
        ("Gordon Brown", 1),
        ("Paris", 1),
    ]


def test_figures_and_dates_past_the_bound_are_not_searched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Sales rose 5% to £3m on Monday, 6% in March, and 7% in 2004."
    facts = extract_facts(text)
    assert [figure.text for figure in facts.figures] == ["5%", "£3m", "6%", "7%"]
    assert [date.text for date in facts.dates] == ["on Monday", "March", "2004"]
    monkeypatch.setattr(numbers, "MAX_FIGURES", 2)
    monkeypatch.setattr(numbers, "MAX_DATES", 1)
    bounded = extract_facts(text)
    assert bounded.limited
    assert [figure.text for figure in bounded.figures] == ["5%", "£3m"]
    assert [date.text for date in bounded.dates] == ["on Monday"]


@pytest.mark.parametrize("mark", ['"', "'"])
def test_quotes_past_the_bound_are_not_listed_even_those_never_read(mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # (2 MB of '"ab" ' holds 400,000 quotes too short to read for a speaker; only listing them took a second.)
    text = f"It was {mark}odd{mark}, {mark}slow{mark} and {mark}late{mark}. ¶ {mark}We will win,{mark} Tony Blair said."
    text = text.replace(" ¶ ", "\n\n")
    assert [(quote.text, quote.speaker) for quote in extract_facts(text).quotes] == [("We will win", "Tony Blair")]
    assert not extract_facts(text).limited
    monkeypatch.setattr(quotes, "MAX_QUOTES", 3)
    bounded = extract_facts(text)
    assert bounded.limited
    assert bounded.quotes == []


@pytest.mark.parametrize("mark", ['"', "'"])
def test_the_quote_bound_stops_inside_one_paragraph(mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        f"It was {mark}odd{mark} and {mark}slow{mark}. {mark}We will win,{mark} Tony Blair said. "
        f"{mark}We will not,{mark} Michael Howard said."
    )
    assert [quote.speaker for quote in extract_facts(text).quotes] == ["Tony Blair", "Michael Howard"]
    monkeypatch.setattr(quotes, "MAX_QUOTES", 3)
    bounded = extract_facts(text)
    assert bounded.limited
    assert [(quote.text, quote.speaker) for quote in bounded.quotes] == [("We will win", "Tony Blair")]
