"""Item sets as integers (``search/bits``): built from numbers or ranges, read back in order."""

from __future__ import annotations

from array import array

from hypothesis import given
from hypothesis import strategies as st

from briefing.search import bits


def test_from_sorted_sets_one_bit_per_item() -> None:
    assert bits.from_sorted([]) == 0
    assert bits.from_sorted([0]) == 1
    assert bits.from_sorted([0, 3, 9]) == 1 | 1 << 3 | 1 << 9
    assert bits.from_sorted(array("I", [8, 16])) == 1 << 8 | 1 << 16
    assert bits.from_sorted(array("I")) == 0


def test_members_reads_items_back_in_increasing_order() -> None:
    assert list(bits.members(0)) == []
    assert list(bits.members(-1)) == []  # not a set of items: nothing, never an endless walk
    assert list(bits.members(0b1011)) == [0, 1, 3]
    assert list(bits.members(1 << 450_000 | 1 << 7)) == [7, 450_000]


def test_from_ranges_covers_half_open_ranges_and_stops_at_size() -> None:
    assert list(bits.members(bits.from_ranges([(2, 5)], 10))) == [2, 3, 4]
    assert list(bits.members(bits.from_ranges([(0, 0), (4, 4)], 10))) == []
    assert list(bits.members(bits.from_ranges([(95, 200)], 100))) == [95, 96, 97, 98, 99]
    # Long ranges fill whole bytes at once: their ragged ends must be exact too.
    assert list(bits.members(bits.from_ranges([(3, 61)], 64))) == list(range(3, 61))
    assert list(bits.members(bits.from_ranges([(8, 40), (41, 90)], 100))) == [*range(8, 40), *range(41, 90)]


def test_masks_combine_as_sets() -> None:
    evens = bits.from_sorted(range(0, 20, 2))
    threes = bits.from_sorted(range(0, 20, 3))
    assert list(bits.members(evens & threes)) == [0, 6, 12, 18]
    assert list(bits.members(evens | threes)) == sorted(set(range(0, 20, 2)) | set(range(0, 20, 3)))
    assert (evens & threes).bit_count() == 4


@given(st.sets(st.integers(min_value=0, max_value=5_000)))
def test_from_sorted_and_members_round_trip(items: set[int]) -> None:
    ordered = sorted(items)
    mask = bits.from_sorted(ordered)
    assert list(bits.members(mask)) == ordered
    assert mask.bit_count() == len(items)


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8),
    st.integers(min_value=0, max_value=300),
)
def test_from_ranges_is_the_union_of_its_ranges_below_size(ranges: list[tuple[int, int]], size: int) -> None:
    ranges = [(min(a, b), max(a, b)) for a, b in ranges]  # start <= end, as passages are
    expected = sorted({item for start, end in ranges for item in range(start, min(end, size))})
    assert list(bits.members(bits.from_ranges(ranges, size))) == expected
