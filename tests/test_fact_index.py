"""One identity per name across the briefing: short forms, spelling variants, ambiguity."""

from __future__ import annotations

from briefing.fact_index import FactIndex
from briefing.model import Entity, Facts, Mention, Quote
from tests.helpers import table


def _facts(entities: list[tuple[str, str, int]], speakers: tuple[str, ...] = ()) -> Facts:
    """One article's facts: entities (name, kind, mentions) and a quote by each speaker."""
    return Facts(
        entities=[
            Entity(name, kind, [Mention(i, i + 1, name) for i in range(count)], confidence=0.9)  # type: ignore[arg-type]
            for name, kind, count in entities
        ],
        quotes=[Quote("words", 10, 15, "direct", speaker, speaker, "said") for speaker in speakers],
    )


def test_a_short_name_joins_the_one_full_name_it_can_mean():
    fact_index = FactIndex.build(
        table(
            [
                _facts([("Tony Blair", "person", 3)], ("Tony Blair",)),
                _facts([("Blair", "person", 2)], ("Blair",)),
                _facts([("Gordon Brown", "person", 1)]),
            ]
        )
    )
    summaries = fact_index.entity_summaries()
    assert "Blair" not in summaries
    assert (summaries["Tony Blair"].mentions, summaries["Tony Blair"].articles) == (5, 2)
    assert [position for position, _, _ in fact_index.entity_occurrences("Tony Blair")] == [0, 1]
    assert [position for position, _, _ in fact_index.entity_occurrences("Blair")] == [0, 1]
    assert fact_index.quote_count("Tony Blair") == 2
    assert [position for position, _ in fact_index.speaker_occurrences("Tony Blair")] == [0, 1]
    assert "Blair" not in fact_index.speaker_names()


def test_a_short_name_with_two_candidates_stays_apart_and_is_listed_as_ambiguous():
    fact_index = FactIndex.build(
        table(
            [
                _facts([("Tony Blair", "person", 1)]),
                _facts([("Cherie Blair", "person", 1)]),
                _facts([("Blair", "person", 1)]),
            ]
        )
    )
    assert "Blair" in fact_index.entity_summaries()
    assert fact_index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_spacing_and_case_variants_of_one_name_are_one_entity():
    fact_index = FactIndex.build(
        table(
            [
                _facts([("Time Warner", "organisation", 4), ("London", "place", 1)]),
                _facts([("TimeWarner", "organisation", 1), ("LONDON", "place", 1)]),
            ]
        )
    )
    summaries = fact_index.entity_summaries()
    assert summaries["Time Warner"].mentions == 5
    assert "TimeWarner" not in summaries
    assert summaries["London"].articles == 2


def test_guesses_are_ranked_apart_from_people():
    article = _facts([("Tony Blair", "person", 1)])
    guess = Facts(entities=[Entity("Zorbulan Vexitor", "person", [Mention(0, 1, "Z")], confidence=0.3)])
    fact_index = FactIndex.build(table([article, guess]))
    assert [summary.name for summary in fact_index.ranked("person")] == ["Tony Blair"]
    assert [summary.name for summary in fact_index.ranked(None)] == ["Zorbulan Vexitor"]


def test_a_short_name_joins_a_dominant_full_name_and_is_still_listed_as_ambiguous():
    fact_index = FactIndex.build(
        table(
            [
                _facts([("Tony Blair", "person", 50)]),
                _facts([("Cherie Blair", "person", 2)]),
                _facts([("Blair", "person", 3)]),
            ]
        )
    )
    assert fact_index.identity.canonical("Blair") == "Tony Blair"
    assert fact_index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_one_name_takes_the_kind_the_surest_article_gives_it():
    unsure = Facts(entities=[Entity("Yukos", "person", [Mention(0, 1, "Y")], confidence=0.3)])
    sure = Facts(entities=[Entity("Yukos", "organisation", [Mention(0, 1, "Y")], confidence=0.8)])
    summary = FactIndex.build(table([unsure, sure])).entity_summaries()["Yukos"]
    assert (summary.kind, summary.articles) == ("organisation", 2)


def test_a_spelling_variant_of_a_short_name_joins_the_full_name_too():
    fact_index = FactIndex.build(
        table(
            [
                _facts([("Robert Kilroy-Silk", "person", 4)]),
                _facts([("Kilroy-Silk", "person", 3), ("Kilroy Silk", "person", 1)]),
            ]
        )
    )
    identity = fact_index.identity
    assert identity.canonical("Kilroy Silk") == identity.canonical("Kilroy-Silk") == "Robert Kilroy-Silk"
    assert set(identity.names_of("Robert Kilroy-Silk")) == {"Robert Kilroy-Silk", "Kilroy-Silk", "Kilroy Silk"}
    assert list(fact_index.entity_summaries()) == ["Robert Kilroy-Silk"]
    assert fact_index.entity_summaries()["Robert Kilroy-Silk"].mentions == 8
