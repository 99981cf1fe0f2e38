"""Finding the entity a typed name means: exactly, by a short form, with a typo, or several candidates."""

from __future__ import annotations

from briefing.fact_index import FactIndex
from briefing.lookup import find_entity
from briefing.model import Entity, EntityKind, Facts, Mention
from tests.helpers import fact_index_of


def _index(*articles: list[tuple[str, EntityKind, int]]) -> FactIndex:
    return fact_index_of(
        Facts(
            entities=[
                Entity(name, kind, [Mention(i, i + 1, name) for i in range(count)], confidence=0.9)
                for name, kind, count in entities
            ]
        )
        for entities in articles
    )


def _briefing() -> FactIndex:
    return _index(
        [("Tony Blair", "person", 30), ("Gordon Brown", "person", 20), ("Labour", "organisation", 9)],
        [("Blair", "person", 12), ("Gordon Strachan", "person", 2), ("London", "place", 4)],
        [("Cherie Blair", "person", 1), ("Michael Howard", "person", 5)],
    )


def test_an_exact_name_in_any_case_is_chosen() -> None:
    found = find_entity(_briefing(), "tony BLAIR")
    assert found.chosen is not None
    assert (found.chosen.name, found.chosen.kind, found.chosen.score) == ("Tony Blair", "person", 100.0)
    assert found.chosen.mentions == 42  # by every name: "Blair" is him here
    assert found.candidates == ()


def test_a_short_name_is_the_entity_the_briefing_means_by_it() -> None:
    found = find_entity(_briefing(), "blair")
    assert found.chosen is not None
    assert (found.chosen.name, found.chosen.matched) == ("Tony Blair", "Blair")


def test_a_typo_still_finds_the_one_entity_it_is_close_to() -> None:
    for typed in ("tony blare", "micheal howard", "Londn"):
        found = find_entity(_briefing(), typed)
        assert found.chosen is not None, typed
    assert find_entity(_briefing(), "tony blare").chosen.name == "Tony Blair"  # type: ignore[union-attr]
    assert find_entity(_briefing(), "Londn").chosen.name == "London"  # type: ignore[union-attr]


def test_a_name_several_entities_share_lists_them_and_chooses_none() -> None:
    found = find_entity(_briefing(), "gordon")
    assert found.chosen is None
    assert [one.name for one in found.candidates] == ["Gordon Brown", "Gordon Strachan"]  # most mentioned first


def test_a_short_name_two_people_of_like_weight_share_lists_both() -> None:
    fact_index = _index([("Tony Blair", "person", 3)], [("Cherie Blair", "person", 2)], [("Blair", "person", 1)])
    found = find_entity(fact_index, "Blair")
    assert found.chosen is None
    assert [one.name for one in found.candidates] == ["Tony Blair", "Cherie Blair"]


def test_nothing_close_finds_nothing() -> None:
    for typed in ("xyzzy", "", "   "):
        found = find_entity(_briefing(), typed)
        assert (found.chosen, found.candidates) == (None, ())
