"""The facts pane's rows for one article."""

from __future__ import annotations

from briefing.model import Entity, Facts, Mention
from briefing.ui.widgets.facts_pane import LIMITED, FactsPane


def test_facts_cut_at_a_bound_say_so_first() -> None:
    people = [Entity("Tony Blair", "person", [Mention(0, 10, "Tony Blair")])]
    rows = FactsPane()._article_options(Facts(entities=people, limited=True))
    assert str(rows[0].prompt) == LIMITED and rows[0].disabled
    whole = FactsPane()._article_options(Facts(entities=people))
    assert all(str(row.prompt) != LIMITED for row in whole)
