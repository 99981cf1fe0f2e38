"""Packed facts: what a briefing holds, what workers return and what the cache stores."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.model import DateRef, Entity, Facts, Figure, Mention, Quote
from briefing.packed import DamagedFacts, check, dates_and_ranges, pack, quote_of, unpack
from tests.test_store import sample_facts


def test_round_trips_every_field_kind() -> None:
    facts = sample_facts()
    assert unpack(pack(facts)) == facts
    assert unpack(pack(Facts())) == Facts()
    assert unpack(pack(Facts(limited=True))) == Facts(limited=True)  # facts cut at a bound say so


def test_repeated_strings_are_stored_once() -> None:
    entity = Entity("Kenya", "place", [Mention(n * 10, n * 10 + 5, "Kenya") for n in range(50)])
    packed = pack(Facts(entities=[entity]))
    assert packed.count(b"Kenya") == 1
    assert unpack(packed).entities[0].mentions[49] == Mention(490, 495, "Kenya")


def test_a_nul_in_a_string_cannot_split_the_table() -> None:
    # Bodies are sanitised (no NUL reaches them); facts made from raw text still pack safely, same length.
    facts = Facts(quotes=[Quote("a\x00b", 0, 3, "direct", None, "", "said")], figures=[Figure("1", 4, 5, "count")])
    back = unpack(pack(facts))
    assert back.quotes[0].text == "a\u2400b" and back.quotes[0].speaker is None
    assert back.figures == facts.figures


@pytest.mark.parametrize("blob", [b"", b"garbage", b"BF1\x00", b"BF1\x00" + b"\xff" * 24, None, 42, "text"])
def test_damaged_values_are_refused(blob: object) -> None:
    with pytest.raises(DamagedFacts):
        check(blob)
    with pytest.raises(DamagedFacts):
        unpack(blob)  # type: ignore[arg-type]


def test_truncated_or_padded_values_are_refused() -> None:
    good = pack(sample_facts())
    for damaged in (good[:-1], good[:-7], good[: len(good) // 2], good + b"\x00"):
        with pytest.raises(DamagedFacts):
            check(damaged)


def test_a_reference_past_the_strings_is_refused() -> None:
    good = pack(Facts(figures=[Figure("12", 0, 2, "count")]))
    fields_at = good.index(b"12") - 16  # one figure: four 4-byte fields just before the text
    broken = good[:fields_at] + (999).to_bytes(4, "little") + good[fields_at + 4 :]
    check(broken)  # the header alone cannot tell
    with pytest.raises(DamagedFacts):
        unpack(broken)


texts = st.text(max_size=12)
numbers = st.integers(min_value=0, max_value=2**32 - 1)


@given(
    st.lists(st.tuples(texts, st.lists(st.tuples(numbers, numbers, texts), max_size=4)), max_size=5),
    st.lists(st.tuples(texts, numbers, numbers, texts, st.none() | texts, texts, texts), max_size=4),
    st.lists(st.tuples(texts, numbers, numbers, texts), max_size=4),
)
def test_any_facts_round_trip(entities, quotes, figures) -> None:
    facts = Facts(
        entities=[Entity(name, "person", [Mention(*m) for m in mentions]) for name, mentions in entities],
        quotes=[Quote(*quote) for quote in quotes],
        figures=[Figure(*figure) for figure in figures],
        dates=[DateRef(*figure) for figure in figures],
    )
    expected = unpack(pack(facts))
    nul_free = lambda text: text if text is None else text.replace("\x00", "\u2400")  # noqa: E731
    assert [e.name for e in expected.entities] == [nul_free(name) for name, _ in entities]
    assert [q.speaker for q in expected.quotes] == [nul_free(q[4]) for q in quotes]
    assert [(f.start, f.end) for f in expected.figures] == [(f[1], f[2]) for f in figures]
    assert unpack(pack(expected)) == expected


@given(
    st.lists(st.lists(st.tuples(numbers, numbers, texts), max_size=4), max_size=5),
    st.lists(st.tuples(texts, numbers, numbers, texts, st.none() | texts, texts, texts), max_size=4),
    st.lists(st.tuples(texts, numbers, numbers, texts), max_size=4),
    st.data(),
)
def test_dates_and_ranges_read_what_unpack_reads(entities, quotes, dates, data) -> None:
    facts = unpack(
        pack(
            Facts(
                entities=[
                    Entity(f"E{n}", "person", [Mention(*m) for m in mentions]) for n, mentions in enumerate(entities)
                ],
                quotes=[Quote(*quote) for quote in quotes],
                figures=[Figure("1", 0, 1, "count")],
                dates=[DateRef(*date) for date in dates],
            )
        )
    )
    chosen = data.draw(st.lists(st.integers(0, len(entities) - 1), max_size=3, unique=True)) if entities else []
    said = data.draw(st.lists(st.integers(0, len(quotes) - 1), max_size=3, unique=True)) if quotes else []
    found, ranges = dates_and_ranges(pack(facts), chosen, said)
    assert found == facts.dates
    expected = [(m.start, m.end) for n in chosen for m in facts.entities[n].mentions]
    assert ranges == expected + [(facts.quotes[n].start, facts.quotes[n].end) for n in said]


def test_dates_and_ranges_refuse_damaged_values() -> None:
    good = pack(Facts(entities=[Entity("A", "person", [Mention(0, 1, "A")])], dates=[DateRef("2004", 2, 6, "year")]))
    assert dates_and_ranges(good, [0]) == ([DateRef("2004", 2, 6, "year")], [(0, 1)])
    for damaged in (good[:-1], b"garbage"):
        with pytest.raises(DamagedFacts):
            dates_and_ranges(damaged)
    with pytest.raises(DamagedFacts):
        dates_and_ranges(good, [1])  # no second entity
    with pytest.raises(DamagedFacts):
        dates_and_ranges(good, (), [0])  # no quote
    fields_at = good.index(b"A\x00person") - 16  # the date: four 4-byte fields just before the text
    assert good[fields_at + 4 : fields_at + 12] == (2).to_bytes(4, "little") + (6).to_bytes(4, "little")
    broken = good[:fields_at] + (999).to_bytes(4, "little") + good[fields_at + 4 :]
    with pytest.raises(DamagedFacts):
        dates_and_ranges(broken)


@given(
    st.lists(st.tuples(texts, numbers, numbers, texts, st.none() | texts, texts, texts), min_size=1, max_size=4),
    st.lists(st.tuples(numbers, numbers, texts), max_size=4),
)
def test_quote_of_reads_what_unpack_reads(quotes, mentions) -> None:
    blob = pack(
        Facts(
            entities=[Entity("E", "person", [Mention(*m) for m in mentions])],
            quotes=[Quote(*quote, -1, 4, 5, 9) for quote in quotes],
            figures=[Figure("1", 0, 1, "count")],
        )
    )
    assert [quote_of(blob, number) for number in range(len(quotes))] == unpack(blob).quotes


def test_quote_of_refuses_damaged_values() -> None:
    good = pack(Facts(quotes=[Quote("Yes", 0, 3, "direct", None, "she", "said")]))
    assert quote_of(good, 0) == Quote("Yes", 0, 3, "direct", None, "she", "said")
    for damaged, number in ((good[:-1], 0), (b"garbage", 0), (good, 1), (good, -1)):
        with pytest.raises(DamagedFacts):
            quote_of(damaged, number)
    text_ref_at = good.index(b"Yes") - 4 * 11  # the quote's eleven fields come just before the text
    broken = good[:text_ref_at] + (999).to_bytes(4, "little") + good[text_ref_at + 4 :]
    with pytest.raises(DamagedFacts):
        quote_of(broken, 0)
