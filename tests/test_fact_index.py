"""One identity per name across the briefing (short forms, spelling variants, ambiguity), and what each
sentence naming someone holds."""

from __future__ import annotations

import pytest

from briefing.fact_index import FactIndex, Ragged
from briefing.model import Article, Entity, Facts, Mention, Quote, Span
from tests.helpers import fact_index_of, table


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
    fact_index = fact_index_of(
        [
            _facts([("Tony Blair", "person", 3)], ("Tony Blair",)),
            _facts([("Blair", "person", 2)], ("Blair",)),
            _facts([("Gordon Brown", "person", 1)]),
        ]
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
    fact_index = fact_index_of(
        [
            _facts([("Tony Blair", "person", 1)]),
            _facts([("Cherie Blair", "person", 1)]),
            _facts([("Blair", "person", 1)]),
        ]
    )
    assert "Blair" in fact_index.entity_summaries()
    assert fact_index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_spacing_and_case_variants_of_one_name_are_one_entity():
    fact_index = fact_index_of(
        [
            _facts([("Time Warner", "organisation", 4), ("London", "place", 1)]),
            _facts([("TimeWarner", "organisation", 1), ("LONDON", "place", 1)]),
        ]
    )
    summaries = fact_index.entity_summaries()
    assert summaries["Time Warner"].mentions == 5
    assert "TimeWarner" not in summaries
    assert summaries["London"].articles == 2


def test_guesses_are_ranked_apart_from_people():
    article = _facts([("Tony Blair", "person", 1)])
    guess = Facts(entities=[Entity("Zorbulan Vexitor", "person", [Mention(0, 1, "Z")], confidence=0.3)])
    fact_index = fact_index_of([article, guess])
    assert [summary.name for summary in fact_index.ranked("person")] == ["Tony Blair"]
    assert [summary.name for summary in fact_index.ranked(None)] == ["Zorbulan Vexitor"]


def test_a_short_name_joins_a_dominant_full_name_and_is_still_listed_as_ambiguous():
    fact_index = fact_index_of(
        [
            _facts([("Tony Blair", "person", 50)]),
            _facts([("Cherie Blair", "person", 2)]),
            _facts([("Blair", "person", 3)]),
        ]
    )
    assert fact_index.identity.canonical("Blair") == "Tony Blair"
    assert fact_index.identity.ambiguous["Blair"] == ("Cherie Blair", "Tony Blair")


def test_one_name_takes_the_kind_the_surest_article_gives_it():
    unsure = Facts(entities=[Entity("Yukos", "person", [Mention(0, 1, "Y")], confidence=0.3)])
    sure = Facts(entities=[Entity("Yukos", "organisation", [Mention(0, 1, "Y")], confidence=0.8)])
    summary = fact_index_of([unsure, sure]).entity_summaries()["Yukos"]
    assert (summary.kind, summary.articles) == ("organisation", 2)


def test_a_spelling_variant_of_a_short_name_joins_the_full_name_too():
    fact_index = fact_index_of(
        [
            _facts([("Robert Kilroy-Silk", "person", 4)]),
            _facts([("Kilroy-Silk", "person", 3), ("Kilroy Silk", "person", 1)]),
        ]
    )
    identity = fact_index.identity
    assert identity.canonical("Kilroy Silk") == identity.canonical("Kilroy-Silk") == "Robert Kilroy-Silk"
    assert set(identity.names_of("Robert Kilroy-Silk")) == {"Robert Kilroy-Silk", "Kilroy-Silk", "Kilroy Silk"}
    assert list(fact_index.entity_summaries()) == ["Robert Kilroy-Silk"]
    assert fact_index.entity_summaries()["Robert Kilroy-Silk"].mentions == 8


def _named(body: str, names: dict[str, str], quotes: tuple[str, ...] = ()) -> tuple[Article, Facts]:
    """An article of ``body`` and its facts: each written form in ``names`` (form -> name) wherever it is
    found, and a quote by no one known of each of ``quotes``."""
    entities: dict[str, Entity] = {}
    for form, name in names.items():
        start = body.find(form)
        while start >= 0:
            entities.setdefault(name, Entity(name, "person", confidence=0.9)).mentions.append(
                Mention(start, start + len(form), form)
            )
            start = body.find(form, start + 1)
    said = [Quote(words, body.index(words), body.index(words) + len(words), "direct", None, "", "") for words in quotes]
    return Article("a", "a.txt", "A", body, (Span(0, len(body)),)), Facts(list(entities.values()), said)


def _built(*articles: tuple[Article, Facts]) -> FactIndex:
    return FactIndex.build([article for article, _ in articles], table(facts for _, facts in articles))


def _sentences_of(fact_index: FactIndex, position: int, number: int) -> list[set[str]]:
    """The names in each sentence that names the entity at ``number`` in the article at ``position``."""
    return [
        {fact_index.names[name] for name in fact_index.sentence_names[sentence]}
        for sentence in fact_index.row_sentences[fact_index.row(position, number)]
    ]


def test_each_sentence_knows_the_names_in_it_and_a_newline_ends_one():
    fact_index = _built(
        _named("Ann Lee met Bo Park. Mr. Park left\nAnn Lee stayed", {"Ann Lee": "Ann Lee", "Park": "Bo Park"}),
        _named("Bo Park spoke.", {"Bo Park": "Bo Park"}),
    )
    # The newline ends "Mr. Park left" though no stop comes before it.
    assert _sentences_of(fact_index, 0, 0) == [{"Ann Lee", "Bo Park"}, {"Ann Lee"}]
    assert _sentences_of(fact_index, 0, 1) == [{"Ann Lee", "Bo Park"}, {"Bo Park"}]
    assert _sentences_of(fact_index, 1, 0) == [{"Bo Park"}]
    assert fact_index.row(1, 0) == 2  # rows are numbered through the briefing


def test_a_quote_overlaps_every_sentence_it_runs_into():
    body = 'Ann Lee spoke. "Yes. Bo Park knows," she said. Cy Lam left.'
    fact_index = _built(
        _named(body, {"Ann Lee": "Ann Lee", "Bo Park": "Bo Park", "Cy Lam": "Cy Lam"}, ('"Yes. Bo Park knows,"',))
    )
    quoted = [list(fact_index.sentence_quotes[sentence]) for sentence in range(len(fact_index.sentence_quotes))]
    assert quoted == [[], [0], []]  # not the sentence before, nor the one after
    assert fact_index.quote_start(0, 0) == body.index('"Yes.')


def test_forms_count_every_way_a_name_is_written_across_articles():
    fact_index = _built(
        _named("Bo Park spoke. Bo Park left.", {"Bo Park": "Bo Park"}),
        _named("Mr Park spoke. Bo Park left.", {"Mr Park": "Bo Park", "Bo Park": "Bo Park"}),
        _named("Ann Lee spoke.", {"Ann Lee": "Ann Lee"}),
    )
    assert fact_index.forms_of("Bo Park") == {"Bo Park": 3, "Mr Park": 1}
    assert fact_index.forms_of("Ann Lee") == {"Ann Lee": 1}


def test_saved_parts_that_disagree_are_refused():
    fact_index = _built(
        _named('Ann Lee met Bo Park. "No," she said.', {"Ann Lee": "Ann Lee", "Bo Park": "Bo Park"}, ('"No,"',))
    )
    arrays, texts = fact_index.saved_parts()
    assert FactIndex.from_saved(arrays, texts) == fact_index
    for part in ("sentence_names_items", "row_roles", "form_bounds"):
        damaged = dict(arrays)
        damaged[part] = damaged[part][:-1]
        with pytest.raises((ValueError, IndexError)):
            FactIndex.from_saved(damaged, texts)


def test_ragged_lists_gather_the_items_of_several_lists_at_once():
    import numpy as np

    ragged = Ragged()
    ragged.extend([[5, 6], [], [7]])
    ragged.extend([[8, 9, 10]])
    assert [list(ragged[number]) for number in range(len(ragged))] == [[5, 6], [], [7], [8, 9, 10]]
    items, owners = ragged.gather(np.array([3, 1, 0]))
    assert (items.tolist(), owners.tolist()) == ([8, 9, 10, 5, 6], [0, 0, 0, 2, 2])
    items, owners = ragged.gather(np.array([], dtype=np.int64))
    assert (items.tolist(), owners.tolist()) == ([], [])


def test_a_build_after_a_refresh_keeps_the_sentences_of_articles_that_did_not_change(monkeypatch):
    from briefing import fact_index as fact_index_module

    first = _named('Ann Lee met Bo Park. "No," she said.', {"Ann Lee": "Ann Lee", "Bo Park": "Bo Park"}, ('"No,"',))
    second = _named("Bo Park spoke. Cy Lam left.", {"Bo Park": "Bo Park", "Cy Lam": "Cy Lam"})
    third = _named("Cy Lam met Ann Lee.", {"Cy Lam": "Cy Lam", "Ann Lee": "Ann Lee"})
    changed = _named("Bo Park left. Ann Lee stayed.", {"Bo Park": "Bo Park", "Ann Lee": "Ann Lee"})
    before = [first, second, third]
    earlier = ([article for article, _ in before], table(facts for _, facts in before), _built(*before))
    split: list[str] = []
    real = fact_index_module._sentences_of

    def counted(body, found):
        split.append(body)
        return real(body, found)

    monkeypatch.setattr(fact_index_module, "_sentences_of", counted)
    after = [third, changed, first]  # one moved, one changed, one gone
    articles = [article for article, _ in after]
    made = FactIndex.build(articles, table(facts for _, facts in after), earlier)
    assert split == [changed[0].body]  # only the changed article was split again
    monkeypatch.undo()
    assert made == FactIndex.build(articles, table(facts for _, facts in after))
