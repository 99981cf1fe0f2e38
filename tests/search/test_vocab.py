"""The briefing's vocabulary (``search/vocab``): word numbers, completions, and typo expansion of query words."""

from __future__ import annotations

from array import array

import pytest

from briefing.search import vocab
from briefing.search.vocab import COMMON, EXACT, FAR, MAX_COMPLETIONS, NEAR, PREFIX, Vocabulary, max_distance

# word -> in how many passages it occurs
WORDS = {
    "summit": 5,
    "summer": 1,
    "submit": 2,
    "sum": 3,
    "kishida": 4,
    "kishi": 0,
    "kim": 9,
    "korea": 3,
    "sanctions": 2,
    "sanction": 1,
    "1999": 2,
}


def vocabulary(words: dict[str, int] = WORDS) -> Vocabulary:
    found = Vocabulary()
    for word in words:
        found.add(word)
    found.frequency = array("I", [words[word] for word in found.words])
    found.freeze()
    return found


def expanded(words: Vocabulary, word: str, prefix: bool = False) -> dict[str, int]:
    """The expansion as word -> quality, for reading."""
    return {words.words[wid]: quality for wid, quality in words.expand(word, prefix).qualities.items()}


def test_add_numbers_each_word_once_in_order() -> None:
    words = Vocabulary()
    assert [words.add(word) for word in ("kim", "korea", "kim", "summit")] == [0, 1, 0, 2]
    assert words.words == ["kim", "korea", "summit"]
    assert words.ids == {"kim": 0, "korea": 1, "summit": 2}
    assert list(words.frequency) == [0, 0, 0]


@pytest.mark.parametrize(
    ("word", "distance"),
    [("kim", 0), ("sum", 0), ("1999", 0), ("kish", 1), ("summit", 1), ("sanction", 2), ("kishida's", 0)],
)
def test_max_distance_grows_with_length_and_spares_short_words_and_numbers(word: str, distance: int) -> None:
    assert max_distance(word) == distance


def test_first_letters_of_alphabetic_words() -> None:
    assert vocabulary().first_letters() == ["k", "s"]


def test_completions_most_frequent_first() -> None:
    words = vocabulary()
    assert [words.words[wid] for wid in words.completions("su")] == ["summit", "sum", "submit", "summer"]
    assert [words.words[wid] for wid in words.completions("kish")] == ["kishida", "kishi"]
    assert words.completions("x") == []


def test_completions_keep_only_the_most_frequent_few() -> None:
    many = {f"word{n:03}": n for n in range(MAX_COMPLETIONS + 20)}
    words = vocabulary(many)
    found = [words.words[wid] for wid in words.completions("word")]
    assert len(found) == MAX_COMPLETIONS
    assert found == [f"word{n:03}" for n in range(MAX_COMPLETIONS + 19, 19, -1)]


def test_a_real_word_is_exact_and_not_corrected() -> None:
    words = vocabulary()
    assert expanded(words, "summit") == {"summit": EXACT}
    assert expanded(words, "kim") == {"kim": EXACT}
    assert words.expand("summit").good == [words.ids["summit"]]


def test_the_word_being_typed_also_completes() -> None:
    words = vocabulary()
    assert expanded(words, "su", prefix=True) == {"summit": PREFIX, "sum": PREFIX, "submit": PREFIX, "summer": PREFIX}
    assert expanded(words, "sum", prefix=True) == {"sum": EXACT, "summit": PREFIX, "summer": PREFIX}
    assert expanded(words, "sum") == {"sum": EXACT}  # a finished word does not complete


def test_a_misspelt_word_matches_its_closest_real_words_only() -> None:
    words = vocabulary()
    # One edit from both summit and submit; nothing is kept from further away.
    assert expanded(words, "sumit") == {"summit": NEAR, "submit": NEAR}
    # One edit from "sanctions", two from "sanction": only the closest.
    assert expanded(words, "sanctionss") == {"sanctions": NEAR}
    assert expanded(words, "sanctiinss") == {"sanctions": FAR}
    assert words.expand("sumit").good == []  # corrections are never "good" matches


def test_two_swapped_neighbouring_letters_are_one_edit() -> None:
    words = vocabulary()
    assert expanded(words, "smumit") == {"summit": NEAR}
    assert expanded(words, "sanctoins") == {"sanctions": NEAR}
    # One swap from "sanctions", one letter added to "sanction": both as close.
    assert expanded(words, "sanctiosn") == {"sanction": NEAR, "sanctions": NEAR}
    assert expanded(words, "snactoins") == {"sanctions": FAR}  # two swaps


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("zummit", "replaced"), ("ummit", "dropped"), ("usmmit", "swapped"), ("asummit", "typed before")],
)
def test_a_typo_in_the_first_letter_is_corrected_a_notch_below(typed: str, kind: str) -> None:
    assert expanded(vocabulary(), typed) == {"summit": NEAR - 1}, kind


def test_a_doubled_first_letter_keeps_the_first_letter() -> None:
    assert expanded(vocabulary(), "ssummit") == {"summit": NEAR}


def test_a_first_letter_typo_of_a_long_word_can_have_a_second_edit() -> None:
    assert expanded(vocabulary(), "zanctins") == {"sanctions": FAR - 1}


def test_at_the_same_distance_words_keeping_the_first_letter_come_first() -> None:
    words = vocabulary({"winner": 2, "wines": 1, "diner": 5})
    # One edit from all three: corrected to each, the one changing the first letter a notch below.
    assert expanded(words, "winer") == {"winner": NEAR, "wines": NEAR, "diner": NEAR - 1}
    # A closer word changing the first letter wins over a further one keeping it.
    words = vocabulary({"dinners": 2, "wanner": 1})
    assert expanded(words, "winners") == {"dinners": NEAR - 1}


def test_too_many_corrections_leave_out_those_changing_the_first_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocab, "MAX_CORRECTIONS", 2)
    words = vocabulary({"winner": 1, "wines": 1, "diner": 9, "liner": 9})
    assert expanded(words, "winer") == {"winner": NEAR, "wines": NEAR}


def test_a_first_letter_typo_of_the_word_being_typed_completes() -> None:
    words = vocabulary()
    # "xishi" is one edit from "kishi", a word and the start of "kishida".
    assert expanded(words, "xishi", prefix=True) == {"kishida": NEAR - 1, "kishi": NEAR - 1}
    assert expanded(words, "xishi") == {"kishi": NEAR - 1}


def test_short_words_are_not_corrected() -> None:
    words = vocabulary()
    assert expanded(words, "kin") == {}
    assert expanded(words, "zum") == {}


def test_a_common_word_is_not_corrected() -> None:
    # "summat" is a real word here, in enough passages to be meant as typed.
    words = vocabulary({**WORDS, "summat": COMMON})
    assert expanded(words, "summat") == {"summat": EXACT}
    rare = vocabulary({**WORDS, "summat": COMMON - 1})
    assert expanded(rare, "summat") == {"summat": EXACT, "summit": NEAR}  # summer is two edits away


def test_a_misspelt_word_being_typed_completes_its_corrected_prefix() -> None:
    words = vocabulary()
    # "kishd" is one edit from "kishi", the start of "kishida" (and a word itself).
    assert expanded(words, "kishd", prefix=True) == {"kishida": NEAR, "kishi": NEAR}
    assert expanded(words, "kishd") == {"kishi": NEAR}


def test_expansions_are_cached_per_word_and_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    words = vocabulary()
    first = words.expand("sumit")
    assert words.expand("sumit") is first
    assert words.expand("sumit", True) is not first
    monkeypatch.setattr(vocab, "CACHE_SIZE", 2)
    words.expand("kishd")  # the third entry pushes out the least recently used ("sumit", False)
    assert words.expand("sumit") is not first


def test_freeze_again_after_adding_words() -> None:
    words = vocabulary()
    assert expanded(words, "korra") == {"korea": NEAR}
    words.add("kosovo")
    words.frequency.append(1)
    words.freeze()
    assert [words.words[wid] for wid in words.completions("ko")] == ["korea", "kosovo"]
    assert expanded(words, "kosovi") == {"kosovo": NEAR}


def test_freeze_again_forgets_expansions_of_the_words_before() -> None:
    words = vocabulary()
    assert "kosovo" not in expanded(words, "kosovi")  # and that expansion is cached now
    words.add("kosovo")
    words.frequency.append(1)
    words.freeze()
    assert expanded(words, "kosovi") == {"kosovo": NEAR}
