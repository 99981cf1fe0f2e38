"""Profiles: one entity's names, roles, articles, quotes by and about it, and who shares its sentences."""

from __future__ import annotations

import dataclasses
import re

from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.model import Article, Entity, EntityKind, Facts, Mention, Quote, Span, article_id
from briefing.profile import build_profile, quote_at
from tests.helpers import briefing_of

# Who each written name is, and what kind: the facts below are made by finding these in the text.
PEOPLE: dict[str, tuple[str, EntityKind]] = {
    "Tony Blair": ("Tony Blair", "person"),
    "Mr Blair": ("Blair", "person"),
    "Gordon Brown": ("Gordon Brown", "person"),
    "Mr Brown": ("Brown", "person"),
    "Labour": ("Labour", "organisation"),
    "London": ("London", "place"),
}


def _article(number: int, body: str, quotes: list[tuple[str, str | None]], roles: dict[str, list[str]]) -> tuple:
    """An article of ``body`` and its facts: every name of PEOPLE found in it, and the quotes (words, speaker)."""
    entities: dict[str, Entity] = {}
    for written, (name, kind) in PEOPLE.items():
        for found in re.finditer(rf"\b{re.escape(written)}\b", body):
            entity = entities.setdefault(name, Entity(name, kind, roles=roles.get(name, []), confidence=0.9))
            entity.mentions.append(Mention(found.start(), found.end(), written))
    for entity in entities.values():
        entity.mentions.sort(key=lambda mention: mention.start)
    made = []
    for words, speaker in quotes:
        start = body.index(words)
        made.append(Quote(words, start, start + len(words), "direct", speaker, speaker or "", "said"))
    article = Article(article_id(f"a{number}"), f"a{number}.txt", f"Article {number}", body, (Span(0, len(body)),))
    return article, Facts(entities=list(entities.values()), quotes=made)


def _briefing(*articles: tuple) -> tuple[Briefing, FactIndex]:
    briefing = briefing_of([article for article, _ in articles], [facts for _, facts in articles])
    return briefing, FactIndex.build(briefing.articles, briefing.facts)


def _three() -> tuple[Briefing, FactIndex]:
    return _briefing(
        _article(
            0,
            "Tony Blair met Gordon Brown in London. Labour is split. Mr Brown met Mr Blair again.\n"
            '"We are united," said Mr Blair. "He is wrong," said Mr Brown of Mr Blair. "Rain," said Mr Brown.',
            [("We are united,", "Blair"), ("He is wrong,", "Gordon Brown"), ("Rain,", "Gordon Brown")],
            {"Tony Blair": ["Prime Minister"]},
        ),
        _article(
            1,
            'Gordon Brown spoke in London. "Taxes will fall," said Mr Brown.',
            [("Taxes will fall,", "Gordon Brown")],
            {"Gordon Brown": ["Chancellor"]},
        ),
        _article(
            2,
            'Tony Blair, the Labour leader, spoke. "Mr Blair is tired," a voter said.',
            [("Mr Blair is tired,", None)],
            {"Tony Blair": ["Labour leader", "Prime Minister"]},
        ),
    )


def test_articles_and_forms_count_every_name_the_entity_goes_by() -> None:
    briefing, fact_index = _three()
    profile = build_profile(briefing, fact_index, "Tony Blair")
    assert profile is not None
    assert (profile.name, profile.kind) == ("Tony Blair", "person")
    assert [(at.position, at.mentions) for at in profile.articles] == [(0, 4), (2, 2)]
    assert dict(profile.forms) == {"Mr Blair": 4, "Tony Blair": 2}
    assert profile.mentions == 6
    assert build_profile(briefing, fact_index, "Blair") == profile  # a short name is the entity it names


def test_roles_the_one_given_in_most_articles_first() -> None:
    briefing, fact_index = _three()
    profile = build_profile(briefing, fact_index, "Tony Blair")
    assert profile is not None
    assert profile.roles == ("Prime Minister", "Labour leader")


def test_quotes_by_the_entity_under_any_of_its_names_and_about_it_by_others() -> None:
    briefing, fact_index = _three()
    profile = build_profile(briefing, fact_index, "Tony Blair")
    assert profile is not None
    texts = [
        [quote_at(briefing, place).text for place in places] for places in (profile.quotes_by, profile.quotes_about)
    ]  # type: ignore[union-attr]
    # By him; about him: Brown's words whose attribution names him, and a voter's that name him in the quote.
    # Brown's "Rain," names no one, and his own quote is never about him.
    assert texts == [["We are united,"], ["He is wrong,", "Mr Blair is tired,"]]


def test_entities_in_the_same_sentences_are_counted_by_sentence_not_by_article() -> None:
    briefing, fact_index = _three()
    profile = build_profile(briefing, fact_index, "Tony Blair")
    assert profile is not None
    # Brown shares three sentences with him (two by his short name), London one, Labour one (in the third
    # article: "Labour is split" in the first names Labour in a sentence without him).
    assert [(one.name, one.kind, one.count) for one in profile.companions] == [
        ("Gordon Brown", "person", 3),
        ("Labour", "organisation", 1),
        ("London", "place", 1),
    ]
    assert len(build_profile(briefing, fact_index, "Tony Blair", companions=1).companions) == 1  # type: ignore[union-attr]


def test_articles_newest_first_when_dated_then_the_undated_and_quotes_follow_them() -> None:
    briefing, fact_index = _three()
    dates = {0: "2005-01-03", 2: "2005-02-01"}
    profile = build_profile(briefing, fact_index, "Gordon Brown", date_of=dates.get)
    assert profile is not None
    assert [at.position for at in profile.articles] == [0, 1]  # article 2 does not name him
    profile = build_profile(briefing, fact_index, "Tony Blair", date_of=dates.get)
    assert profile is not None
    assert [at.position for at in profile.articles] == [2, 0]
    assert [place.position for place in profile.quotes_about] == [2, 0]
    dated_first = build_profile(briefing, fact_index, "Gordon Brown", date_of={1: "2005-03-01"}.get)
    assert [at.position for at in dated_first.articles] == [1, 0]  # type: ignore[union-attr]


def test_an_entity_the_briefing_does_not_hold_has_no_profile() -> None:
    briefing, fact_index = _three()
    assert build_profile(briefing, fact_index, "Michael Howard") is None
    assert build_profile(briefing, fact_index, "a voter") is None


def test_articles_are_dated_by_when_they_were_published_unless_told_otherwise() -> None:
    briefing, _ = _three()
    dated = [
        dataclasses.replace(article, published=published)
        for article, published in zip(
            briefing.articles, ("Mon, 03 Jan 2005 10:00:00 GMT", "", "2005-02-01"), strict=True
        )
    ]
    facts = [briefing.facts.unpack(position) for position in range(3)]
    made = briefing_of(dated, [one for one in facts if one is not None])
    profile = build_profile(made, FactIndex.build(made.articles, made.facts), "Tony Blair")
    assert profile is not None
    assert [at.position for at in profile.articles] == [2, 0]
