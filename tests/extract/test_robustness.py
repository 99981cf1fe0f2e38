"""Hostile input never raises, ranges stay valid, and time stays roughly linear."""

from __future__ import annotations

import gc
import re

import pytest

from briefing.extract import extract_facts

HOSTILE = [
    "",
    " ",
    "\n\n\n",
    "\u2400\u2401\u241b" * 3000 + ' Mr Smith said "hi".',
    "e" + "\u0301" * 5000,
    "[a]" * 50000,
    '"' * 5000,
    "“" * 3000 + "”" * 3000,
    "''" * 4000,
    'He said "' * 2000,
    "A. B. C. " * 5000,
    "U.S. " * 5000,
    "Mr. " * 5000,
    "$" * 5000 + "1" * 5000 + "%",
    "Kim " * 10000,
    "-" * 10000 + "Kishida-" * 2000,
    "\x00\x01\x02 said the \ud800 official",
    "1910-45-" * 3000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_never_raises_and_ranges_are_valid(text):
    facts = extract_facts(text)
    for entity in facts.entities:
        assert entity.kind in ("person", "organisation", "place")
        for mention in entity.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
    for item in [*facts.figures, *facts.dates]:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for quote in facts.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.kind in ("direct", "partial", "indirect")


def test_two_megabyte_single_line_yields_valid_facts():
    # How long it takes is benchmarks/extract_bench.py's business (hostile bodies), not a test's.
    sentence = 'Prime Minister Fumio Kishida said on Monday that talks were "crucial" with 80,000 troops in 2002, '
    text = (sentence * (2_000_000 // len(sentence) + 1))[:2_000_000]
    assert "\n" not in text
    facts = extract_facts(text)
    kishida = facts.entities[0]
    assert (kishida.name, kishida.kind) == ("Fumio Kishida", "person")
    # 20,000 mentions, past the bound (tests/extract/test_caps.py): the first ones are kept, and said to be.
    assert facts.limited
    written = [match.start() for match in re.finditer("Fumio Kishida", text)]
    assert 1_000 < len(kishida.mentions) < len(written)
    assert [mention.start for mention in kishida.mentions] == written[: len(kishida.mentions)]
    assert all(text[q.start : q.end] == q.text for q in facts.quotes if q.kind != "indirect")


def test_pathological_capitals_and_marks_make_no_names():
    for text in ("A " * 1_000_000, '" ' * 1_000_000):
        facts = extract_facts(text)
        assert not facts.entities and not [q for q in facts.quotes if q.kind != "indirect"]


def test_deterministic():
    text = 'Kim Jong Un met Kim Yo Jong. "We agree," Kim said. She said Kim would return on Monday.'
    assert extract_facts(text) == extract_facts(text)


def test_extraction_leaves_the_garbage_collector_as_it_found_it() -> None:
    # It is paused while extracting (see extract_facts), and turned back on only if it was on.
    assert gc.isenabled()
    extract_facts("Tony Blair said on Monday that prices rose 5%.")
    assert gc.isenabled()
    gc.disable()
    try:
        extract_facts("Tony Blair said on Monday that prices rose 5%.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_in_a_thread_never_pauses_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    # The collector is the whole process's: a thread (the app's worker) must leave it running.
    import threading

    pauses: list[bool] = []
    disable = gc.disable
    monkeypatch.setattr(gc, "disable", lambda: (pauses.append(True), disable())[-1])
    worker = threading.Thread(target=extract_facts, args=("Tony Blair said on Monday that prices rose 5%.",))
    worker.start()
    worker.join()
    assert pauses == []
    extract_facts("Tony Blair said on Monday that prices rose 5%.")
    assert pauses == [True]
    assert gc.isenabled()
