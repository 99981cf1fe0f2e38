"""Acceptance on the seed article (issue 3)."""

from __future__ import annotations

from tests.extract.conftest import people, quote_starting


def test_exactly_the_people_of_the_seed(seed):
    _, facts = seed
    assert people(facts) == {
        "Fumio Kishida",
        "Kim Jong Un",
        "Kim Yo Jong",
        "Yoshimasa Hayashi",
        "Kim Jong Il",
        "Junichiro Koizumi",
        "Leif-Eric Easley",
        "Moon Seong Mook",
    }


def test_short_and_titled_forms_are_merged(seed):
    _, facts = seed
    by_name = {entity.name: entity for entity in facts.entities}
    kishida = {mention.text for mention in by_name["Fumio Kishida"].mentions}
    assert {"Fumio Kishida", "Kishida"} <= kishida
    assert by_name["Fumio Kishida"].roles[0] == "Prime Minister"
    assert "Easley" in {mention.text for mention in by_name["Leif-Eric Easley"].mentions}
    assert "Moon" in {mention.text for mention in by_name["Moon Seong Mook"].mentions}
    # A bare "Kim" is the most prominent Kim, never a person of its own.
    assert "Kim" in {mention.text for mention in by_name["Kim Jong Un"].mentions}
    assert "Kim" not in people(facts)


def test_possessive_is_not_part_of_the_mention(seed):
    body, facts = seed
    by_name = {entity.name: entity for entity in facts.entities}
    for mention in by_name["Fumio Kishida"].mentions:
        assert not mention.text.endswith(("'s", "’s"))
    # "Kishida’s government" is still a mention of Kishida.
    position = body.index("Kishida’s government")
    assert any(mention.start == position for mention in by_name["Fumio Kishida"].mentions)


def test_aliases_of_north_korea_and_others(seed):
    _, facts = seed
    by_name = {entity.name: entity for entity in facts.entities}
    north = {mention.text for mention in by_name["North Korea"].mentions}
    assert {"North Korea", "DPRK", "North", "Democratic People’s Republic of Korea"} <= north
    assert by_name["North Korea"].kind == "place"
    assert "U.S." in {mention.text for mention in by_name["United States"].mentions}
    assert "U.N." in {mention.text for mention in by_name["United Nations"].mentions}
    assert by_name["United Nations"].kind == "organisation"


def test_no_sentence_initial_words_days_or_months(seed):
    _, facts = seed
    names = {entity.name for entity in facts.entities}
    for word in ("While", "After", "Observers", "Experts", "Monday", "February", "Earlier", "In", "Talk"):
        assert word not in names
    for entity in facts.entities:
        for mention in entity.mentions:
            assert mention.text.split()[0] not in ("While", "After", "Observers", "Experts", "Monday", "February")


def test_quotes_and_speakers(seed):
    _, facts = seed
    expected = {
        "The history of the DPRK-Japan relations": "Kim Yo Jong",
        "If Japan truly wants": "Kim Yo Jong",
        "exercise of our sovereign right": "Kim Yo Jong",
        "crucial": "Fumio Kishida",
        "not acceptable": "Yoshimasa Hayashi",
        "While North Korea may be waiting out elections": "Leif-Eric Easley",
        "Kishida feels political urgency": "Leif-Eric Easley",
    }
    for prefix, speaker in expected.items():
        assert quote_starting(facts, prefix).speaker == speaker, prefix
    assert quote_starting(facts, "If Japan truly wants").speaker_text == "she"
    assert quote_starting(facts, "The history").kind == "direct"
    assert quote_starting(facts, "crucial").kind == "partial"
    assert quote_starting(facts, "not acceptable").cue == "told"


def test_scare_quotes_without_speech_cue_are_not_quotes(seed):
    body, facts = seed
    scare = body.index('dismissed as "unacceptable"') + len('dismissed as "')
    assert not any(quote.start <= scare < quote.end for quote in facts.quotes if quote.kind != "indirect")


def test_indirect_speech_is_recorded(seed):
    _, facts = seed
    indirect = [quote for quote in facts.quotes if quote.kind == "indirect"]
    assert any(q.speaker == "Moon Seong Mook" and q.text.startswith("Kishida won’t") for q in indirect)
    assert any(q.speaker == "Leif-Eric Easley" and q.text.startswith("a Kim-Kishida summit") for q in indirect)
    # "He said North Korea could seek ..." follows Moon's own reported speech.
    assert any(q.speaker == "Moon Seong Mook" and q.speaker_text == "He" for q in indirect)


def test_figures_and_dates(seed):
    _, facts = seed
    figures = [figure.text for figure in facts.figures]
    assert "$500 million" in figures
    assert any("80,000" in figure for figure in figures)
    assert any(figure.endswith("80,000 U.S. troops") for figure in figures)
    assert "13 Japanese nationals" in figures
    assert "about 20 years" in figures
    dates = [date.text for date in facts.dates]
    for expected in ("2002", "2004", "1965", "1910-45", "February", "later Monday"):
        assert expected in dates
    assert {d.kind for d in facts.dates if d.text == "1910-45"} == {"period"}


def test_ranges_are_valid_and_sorted(seed):
    body, facts = seed
    for entity in facts.entities:
        starts = [mention.start for mention in entity.mentions]
        assert starts == sorted(starts)
        for mention in entity.mentions:
            assert body[mention.start : mention.end] == mention.text
    for items in (facts.figures, facts.dates):
        assert [item.start for item in items] == sorted(item.start for item in items)
        for item in items:
            assert body[item.start : item.end] == item.text
    assert [quote.start for quote in facts.quotes] == sorted(quote.start for quote in facts.quotes)
    for quote in facts.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
    firsts = [entity.mentions[0].start for entity in facts.entities]
    assert firsts == sorted(firsts), "entities are ordered by first mention"


def test_attribution_ranges_point_at_the_words(seed):
    body, facts = seed
    spoken = [quote for quote in facts.quotes if quote.speaker_start >= 0]
    assert len(spoken) >= len(facts.quotes) // 2
    for quote in facts.quotes:
        if quote.speaker_start >= 0:
            assert body[quote.speaker_start : quote.speaker_end] == quote.speaker_text
        if quote.cue_start >= 0:
            assert body[quote.cue_start : quote.cue_end].lower() == quote.cue
