"""The fact table: packed facts by article position, filled in briefing order, unpacked on demand."""

from __future__ import annotations

import pytest

from briefing.facts import FactTable
from briefing.model import Entity, Facts, Mention
from briefing.packed import pack
from tests.test_store import sample_facts


def test_an_articles_facts_are_unpacked_on_demand_and_kept() -> None:
    facts = FactTable()
    assert len(facts) == 0 and facts.unpack(0) is None and facts.outline(0) is None
    facts.add(0, [pack(sample_facts())])
    assert isinstance(facts.packed(0), bytes)
    assert facts.unpack(0) == sample_facts()
    assert facts.unpack(0) is facts.unpack(0)  # recently unpacked facts are kept, not unpacked again
    assert facts.unpack(1) is None and facts.unpack(-1) is None  # not arrived, not an article


def test_facts_arrive_in_briefing_order() -> None:
    one = Facts(entities=[Entity("Ana Ruiz", "person", [Mention(0, 3, "Ana")])])
    facts = FactTable([pack(Facts())])
    facts.add(1, [pack(one), pack(Facts())])
    assert len(facts) == 3
    outline = facts.outline(1)
    assert outline is not None and outline.entity_names == ["Ana Ruiz"]
    with pytest.raises(ValueError):
        facts.add(5, [pack(one)])  # positions 3 and 4 have not had theirs
