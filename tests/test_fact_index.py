"""One identity per name across the briefing: short forms, spelling variants, ambiguity."""

from __future__ import annotations

from briefing.fact_index import FactIndex
from briefing.model import Article, Entity, Facts, Mention, Quote, Span


def _article(position: int, entities: list[tuple[str, str, int]], speakers: tuple[str, ...] = ()) -> Article:
    body = "x" * 200
    article = Article(f"id{position}", f"a{position}.txt", "T", body, [Span(0, len(body))])
    article.facts = Facts(
        entities=[
            Entity(name, kind, [Mention(i, i + 1, name) for i in range(count)], confidence=0.9)  # type: ignore[arg-type]
            for name, kind, count in entities
        ],
        quotes=[Quote("words", 10, 15, "direct", speaker, speaker, "said") for speaker in speakers],
    )
    return article


def test_a_short_name_joins_the_one_full_name_it_can_mean():
    index = FactIndex.build(
        [
            _article(0, [("Tony Blair", "person", 3)], ("Tony Blair",)),
            _article(1, [("Blair", "person", 2)], ("Blair",)),
            _article(2, [("Gordon Brown", "person", 1)]),
        ]
    )
    summaries = index.entity_summaries()
    assert "Blair" not in summaries
    assert (summaries["Tony Blair"].mentions, summaries["Tony Blair"].articles) == (5, 2)
    assert [position for position, _, _ in index.entity_occurrences("Tony Blair")] == [0, 1]
    assert [position for position, _, _ in index.entity_occurrences("Blair")] == [0, 1]
    assert index.quote_count("Tony Blair") == 2
    assert [position for position, _ in index.speaker_occurrences("Tony Blair")] == [0, 1]
    assert "Blair" not in index.speaker_names()


def test_a_short_name_with_two_candidates_stays_apart_and_is_listed_as_ambiguous():
    index = FactIndex.build(
        [
            _article(0, [("Tony Blair", "person", 1)]),
            _article(1, [("Cherie Blair", "person", 1)]),
            _article(2, [("Blair", "person", 1)]),
        ]
    )
    assert "Blair" in index.entity_summaries()
    assert index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_spacing_and_case_variants_of_one_name_are_one_entity():
    index = FactIndex.build(
        [
            _article(0, [("Time Warner", "organisation", 4), ("London", "place", 1)]),
            _article(1, [("TimeWarner", "organisation", 1), ("LONDON", "place", 1)]),
        ]
    )
    summaries = index.entity_summaries()
    assert summaries["Time Warner"].mentions == 5
    assert "TimeWarner" not in summaries
    assert summaries["London"].articles == 2


def test_guesses_are_ranked_apart_from_people():
    article = _article(0, [("Tony Blair", "person", 1)])
    guess = _article(1, [])
    guess.facts = Facts(entities=[Entity("Zorbulan Vexitor", "person", [Mention(0, 1, "Z")], confidence=0.3)])
    index = FactIndex.build([article, guess])
    assert [summary.name for summary in index.ranked("person")] == ["Tony Blair"]
    assert [summary.name for summary in index.ranked(None)] == ["Zorbulan Vexitor"]


def test_a_short_name_joins_a_dominant_full_name_and_is_still_listed_as_ambiguous():
    index = FactIndex.build(
        [
            _article(0, [("Tony Blair", "person", 50)]),
            _article(1, [("Cherie Blair", "person", 2)]),
            _article(2, [("Blair", "person", 3)]),
        ]
    )
    assert index.identity.canonical("Blair") == "Tony Blair"
    assert index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_one_name_takes_the_kind_the_surest_article_gives_it():
    unsure = _article(0, [])
    unsure.facts = Facts(entities=[Entity("Yukos", "person", [Mention(0, 1, "Y")], confidence=0.3)])
    sure = _article(1, [])
    sure.facts = Facts(entities=[Entity("Yukos", "organisation", [Mention(0, 1, "Y")], confidence=0.8)])
    summary = FactIndex.build([unsure, sure]).entity_summaries()["Yukos"]
    assert (summary.kind, summary.articles) == ("organisation", 2)
