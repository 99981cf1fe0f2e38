"""Scoring one item against the query terms (``search/rank``): matches, closeness, and the rank key."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from briefing.search.rank import KIND_ORDER, Match, Term, closeness, idf, key, match, score
from briefing.search.vocab import EXACT, FAR, NEAR, PREFIX


def word(**qualities: int) -> dict[int, int]:
    """An expansion written as w<id>=quality, e.g. word(w1=EXACT, w7=NEAR)."""
    return {int(name[1:]): quality for name, quality in qualities.items()}


def test_a_phrase_is_a_term_of_several_words() -> None:
    assert not Term([word(w1=EXACT)]).is_phrase
    assert Term([word(w1=EXACT), word(w2=EXACT)]).is_phrase


def test_free_words_match_anywhere_with_their_best_quality() -> None:
    terms = [Term([word(w2=EXACT)], weight=0.5), Term([word(w5=NEAR, w3=FAR)], weight=2.0)]
    result = match([1, 2, 3, 2], terms)
    assert result == Match(matched=2, quality=EXACT + FAR, rarity=2.5, positions=[[1, 3], [2]])
    # Of several expansions present, the best one counts, and every place either matched is kept.
    best = match([5, 9, 3], [Term([word(w5=NEAR, w3=PREFIX)])])
    assert (best.quality, best.positions) == (PREFIX, [[0, 2]])


def test_a_term_that_does_not_match_has_no_positions_and_adds_nothing() -> None:
    terms = [Term([word(w1=EXACT)], weight=1.5), Term([word(w9=EXACT)], weight=4.0)]
    assert match([1, 1], terms) == Match(matched=1, quality=EXACT, rarity=1.5, positions=[[0, 1], []])
    assert match([], terms) == Match(matched=0, quality=0, rarity=0.0, positions=[[], []])


def test_a_phrase_matches_only_its_words_in_a_row() -> None:
    phrase = Term([word(w1=EXACT), word(w2=EXACT, w4=NEAR)], weight=3.0)
    assert match([1, 3, 1, 2, 1, 4], [phrase]) == Match(1, EXACT, 3.0, [[2, 4]])
    assert match([2, 1, 3, 1], [phrase]).positions == [[]]  # both words, never in a row
    # The caller drops items that miss a required phrase: match reports it as a term with no positions.
    missing = match([2, 1], [Term([word(w7=EXACT)]), phrase])
    assert missing == Match(0, 0, 0.0, [[], []])
    assert match([1], [phrase]).positions == [[]]  # shorter than the phrase


def test_closeness_is_one_for_neighbours_in_query_order() -> None:
    assert closeness([[3], [4]]) == 1.0
    assert closeness([[0], [1], [2]]) == 1.0
    assert closeness([[4], [3]]) == 0.9  # next to each other, but the other way round


def test_closeness_falls_as_the_words_spread() -> None:
    assert closeness([[0], [10]]) == round(0.9 * (1 / 10) + 0.1, 4)
    assert closeness([[0], [2]]) > closeness([[0], [5]]) > closeness([[0], [50]]) > 0


def test_closeness_uses_the_tightest_window() -> None:
    # Term 0 at 0 and 20, term 1 at 19: the window 19-20 counts (adjacent, but in reverse order).
    assert closeness([[0, 20], [19]]) == 0.9


def test_closeness_needs_two_matched_terms() -> None:
    assert closeness([]) == 0.0
    assert closeness([[5]]) == 0.0
    assert closeness([[5], []]) == 0.0  # a term that did not match is left out
    assert closeness([[1], [], [2]]) == 1.0


@given(st.lists(st.lists(st.integers(0, 200), min_size=1, max_size=6, unique=True).map(sorted), max_size=4))
def test_closeness_is_between_zero_and_one(positions: list[list[int]]) -> None:
    assert 0.0 <= closeness(positions) <= 1.0


def test_idf_rarer_terms_weigh_more() -> None:
    assert idf(0, 100) == math.log(101)
    assert idf(0, 100) > idf(5, 100) > idf(100, 100) > 0


def _key(
    matched: int,
    quality: int,
    rarity: float = 0.0,
    *,
    lift: int = 0,
    kind: str = "passage",
    article: int = 0,
    start: int = 0,
    positions: list[list[int]] | None = None,
    length: int = 12,
) -> tuple:
    """The rank key of an item in a two-term query."""
    positions = positions if positions is not None else [[0], [1]][:matched]
    return key(Match(matched, quality, rarity, positions), 2, lift, kind, length, article, start)


def test_key_orders_by_terms_matched_then_quality() -> None:
    every_term_corrected = _key(2, FAR + FAR)
    one_term_exact = _key(1, EXACT, rarity=9.0)
    every_term_exact = _key(2, EXACT + EXACT)
    assert every_term_exact > every_term_corrected > one_term_exact


def test_key_counts_rarity_only_when_some_terms_are_missing() -> None:
    assert _key(2, 8, rarity=5.0)[2] == 0.0
    assert _key(1, 4, rarity=5.04)[2] == 5.0  # rounded to a tenth
    assert _key(1, 4, rarity=500.0)[2] == 99.9  # and capped
    assert _key(1, 4, rarity=3.0) > _key(1, 4, rarity=1.0)


def test_key_then_lift_then_closeness_then_kind() -> None:
    assert _key(2, 8, lift=3) > _key(2, 8, lift=0, positions=[[0], [1]])
    assert _key(2, 8, positions=[[0], [1]]) > _key(2, 8, positions=[[0], [30]])
    kinds = sorted(KIND_ORDER, key=lambda kind: _key(2, 8, kind=kind), reverse=True)
    assert kinds == ["title", "dek", "entity", "quote", "passage"]


def test_key_ties_go_to_the_shorter_item_before_the_earlier_article() -> None:
    assert _key(2, 8, length=8, article=2) > _key(2, 8, length=30, article=1)
    assert _key(2, 8, positions=[[0], [1]], length=30) > _key(2, 8, positions=[[0], [3]], length=8)
    assert _key(2, 8, kind="quote", length=30) > _key(2, 8, kind="passage", length=8)


def test_key_ties_go_to_the_earlier_article_then_the_earlier_place() -> None:
    assert _key(2, 8, article=1, start=500) > _key(2, 8, article=2, start=0)
    assert _key(2, 8, article=1, start=10) > _key(2, 8, article=1, start=20)


def test_score_orders_like_the_key() -> None:
    keys = [
        _key(2, EXACT + EXACT, lift=3),
        _key(2, EXACT + EXACT),
        _key(2, EXACT + EXACT, positions=[[0], [40]]),
        _key(2, EXACT + NEAR),
        _key(2, FAR + FAR),
        _key(1, EXACT, rarity=9.0),
        _key(1, EXACT, rarity=2.0),
        _key(1, NEAR, rarity=9.0),
    ]
    assert keys == sorted(keys, reverse=True)
    scores = [score(item) for item in keys]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
