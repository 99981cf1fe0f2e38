"""Entities (kinds, aliases, short forms, false positives), figures and dates."""

from __future__ import annotations

from briefing.extract import extract_facts
from tests.extract.conftest import kinds, people


def _names(facts):
    return {entity.name: entity for entity in facts.entities}


def test_sentence_initial_words_days_and_months_are_not_entities():
    text = (
        "While talks went on, Observers said little. After Monday, Experts agreed.\n\n"
        "In February the Treasury met. However, Sunday was quiet. March saw Kenya and Chile sign."
    )
    names = set(_names(extract_facts(text)))
    assert not names & {"While", "Observers", "After", "Monday", "Experts", "In", "February", "However", "Sunday"}
    assert {"Kenya", "Chile"} <= names


def test_kinds_from_gazetteer_and_suffixes():
    text = "Jane Okoro of Lagos Business School met officials from the World Bank in Nairobi, Kenya."
    by_name = _names(extract_facts(text))
    assert by_name["Jane Okoro"].kind == "person"
    assert by_name["Lagos Business School"].kind == "organisation"
    assert by_name["World Bank"].kind == "organisation"
    assert by_name["Nairobi"].kind == "place"
    assert by_name["Kenya"].kind == "place"


def test_titles_us_and_uk_and_short_forms():
    text = (
        "Sen. Elizabeth Warren and Rep. Jim Jordan clashed. Mr Tony Blair and Dr Rowan Williams met.\n\n"
        "Warren said she was ready. Jordan disagreed. Mr Blair smiled and Dr Williams left."
    )
    facts = extract_facts(text)
    assert people(facts) == {"Elizabeth Warren", "Jim Jordan", "Tony Blair", "Rowan Williams"}
    by_name = _names(facts)
    # Spans follow the newswire convention: the title is the person's role, not part of the name.
    assert [m.text for m in by_name["Elizabeth Warren"].mentions] == ["Elizabeth Warren", "Warren"]
    assert [m.text for m in by_name["Tony Blair"].mentions] == ["Tony Blair", "Blair"]
    assert by_name["Elizabeth Warren"].roles == ["Sen."]
    assert by_name["Tony Blair"].roles == []  # "Mr" is a form of address, not a role


def test_possessives_and_hyphenated_names():
    text = "Anne-Marie Duval spoke. Duval's plan and Duval’s team won; the France-Germany deal held."
    by_name = _names(extract_facts(text))
    assert [m.text for m in by_name["Anne-Marie Duval"].mentions] == ["Anne-Marie Duval", "Duval", "Duval"]
    assert "France" in by_name and "Germany" in by_name


def test_same_canonical_name_across_articles():
    first = _names(extract_facts("The U.S. and the U.N. met in Washington."))
    second = _names(extract_facts("The United States and the United Nations met. America agreed."))
    assert {"United States", "United Nations"} <= set(first) & set(second)


def test_context_alias_only_when_the_entity_is_named():
    assert "North Korea" in _names(extract_facts("North Korea fired a missile. The test by the North failed."))
    assert "North Korea" not in _names(extract_facts("Snow fell in the North on Monday."))


def test_figures():
    text = (
        "The deal is worth $500 million, or £1.2bn, up 12% on last year. About 80,000 U.S. troops and "
        "13 Japanese nationals were there for about 20 years. Inflation rose 2.5 per cent."
    )
    figures = {figure.text: figure.kind for figure in extract_facts(text).figures}
    assert figures["$500 million"] == "money"
    assert figures["£1.2bn"] == "money"
    assert figures["12%"] == "percent"
    assert figures["About 80,000 U.S. troops"] == "count"
    assert figures["13 Japanese nationals"] == "count"
    assert figures["about 20 years"] == "duration"
    assert figures["2.5 per cent"] == "percent"


def test_dates():
    text = (
        "On 3 March 2005 the talks began; later Monday they ended. The 1910-45 period and the year 2002 "
        "matter, as does February. Theresa May spoke yesterday."
    )
    dates = {date.text: date.kind for date in extract_facts(text).dates}
    assert dates["3 March 2005"] == "date"
    assert dates["later Monday"] == "day"
    assert dates["1910-45"] == "period"
    assert dates["2002"] == "year"
    assert dates["February"] == "month"
    assert dates["yesterday"] == "relative"
    assert "May" not in dates


def test_money_is_not_read_as_a_year():
    dates = [date.text for date in extract_facts("They paid $2005 and 1,999 fans came.").dates]
    assert dates == []


def test_a_family_name_of_two_words_is_the_full_name_it_ends():
    facts = extract_facts(
        '"It is bad," said Carlos Baez Silva, the group\'s president. Few people recovered their savings, '
        "Mr Baez Silva estimated."
    )
    names = {entity.name: len(entity.mentions) for entity in facts.entities}
    assert names["Carlos Baez Silva"] == 2 and "Baez Silva" not in names
    assert [quote.speaker for quote in facts.quotes][:1] == ["Carlos Baez Silva"]


def test_a_name_after_an_opening_single_quote_is_read():
    text = (
        "Actor Jonas Pellworth died on Monday. Critics speak of 'Before Pellworth' and 'After Pellworth'. "
        "They called it a 'Renaissance' and rock'n'Roll, and Valery d'Estaing agreed."
    )
    by_name = _names(extract_facts(text))
    assert [m.text for m in by_name["Jonas Pellworth"].mentions] == ["Jonas Pellworth", "Pellworth", "Pellworth"]
    # One word in quotes is a term or a title, and a capital after an apostrophe inside a word starts no name.
    assert not {"Renaissance", "Roll", "Estaing"} & set(by_name)


def test_a_title_word_that_is_a_surname_ends_a_name_after_a_given_name():
    facts = extract_facts(
        "Bank governor Mervyn King warned on rates. Tottenham's Ledley King was hurt. "
        "The Home Secretary, the Burger King chain and the Dancing Queen single were not people."
    )
    assert {"Mervyn King", "Ledley King"} <= people(facts)
    assert not {"Home Secretary", "Burger King", "Dancing Queen"} & people(facts)


def test_a_lone_word_listed_with_people_is_a_person():
    facts = extract_facts(
        "Chelsea lost to goals from Luis Figo, Danko and Patrick Kluivert. She advised Bill and Hillary Clinton.\n\n"
        "They went down to strikes from Ravaldo (2), Luis Figo and Patrick Kluivert.\n\n"
        "Fans of Burt Reynolds and Oscar nominee Alan Alda met between Homestead and Dadeland, Alex Barrios, "
        "a director, said."
    )
    found = people(facts)
    assert {"Danko", "Bill Clinton", "Hillary Clinton", "Ravaldo"} <= found
    assert not {"Oscar", "Dadeland"} & found


def test_a_lone_word_people_rally_for_or_against_is_a_person():
    facts = extract_facts(
        "An anti-Musharraf campaign fizzled out; pro-Chavez crowds gathered. Anti-Semitism, anti-Aids drugs and "
        "anti-Nazi leaflets were not."
    )
    assert {"Musharraf", "Chavez"} <= people(facts)
    assert not {"Semitism", "Aids", "Nazi"} & people(facts)


def test_a_lone_word_between_the_and_what_a_leader_names_is_a_person():
    facts = extract_facts(
        "The Moravec campaign spent more than the Halvorsen administration did. The Yes campaign and the "
        "Indonesian government agreed; the Demos report was late."
    )
    assert {"Moravec", "Halvorsen"} <= people(facts)
    assert not {"Yes", "Indonesian", "Demos"} & people(facts)


def test_a_sentence_after_a_dateline_opens_with_an_ordinary_word():
    names = set(
        _names(
            extract_facts(
                "LONDON (Reuters) - The Bank of England held rates.\n\n"
                "BRUSSELS 1996-08-22 The European Commission met. He said - The Times agreed.\n\n"
                "(Bloomberg) -- The Missouri Public Service Retirement Trust posted a loss."
            )
        )
    )
    assert {"Bank of England", "European Commission", "The Times", "Missouri Public Service Retirement Trust"} <= names
    assert (
        not {"The Bank of England", "The European Commission", "The Missouri Public Service Retirement Trust"} & names
    )


def test_a_particle_that_is_a_first_name_too_opens_a_family_name():
    facts = extract_facts("Goals came from Alessandro Del Pietro and Ruud van Nistelhoff. The Tour de France began.")
    found = people(facts)
    assert {"Alessandro Del Pietro", "Ruud van Nistelhoff"} <= found
    assert "Tour de France" not in found


def test_an_abbreviated_ending_keeps_its_full_stop_in_the_name_at_a_sentence_s_end_too():
    by_name = _names(
        extract_facts(
            "Shares of Vantor Computer Corp. rose, and Hallam & Co., a broker, sold Quell Inc. The end. "
            "Carl Weatherby Jr. said so, and so did Martin Luther King Jr."
        )
    )
    assert [m.text for m in by_name["Vantor Computer Corp."].mentions] == ["Vantor Computer Corp."]
    assert [m.text for m in by_name["Hallam & Co."].mentions] == ["Hallam & Co."]
    assert [m.text for m in by_name["Quell Inc."].mentions] == ["Quell Inc."]  # (the sentence's stop as well)
    assert by_name["Carl Weatherby Jr."].kind == by_name["Martin Luther King Jr."].kind == "person"


def test_a_point_of_the_compass_after_the_is_a_region():
    by_name = _names(
        extract_facts("Smoking is falling in the West. Fans of Queen of the South cheered as his North team trained.")
    )
    assert by_name["West"].kind == "place"
    assert "North" not in by_name and "South" not in by_name


def test_people_named_as_examples_of_people_are_people():
    facts = extract_facts(
        "We have fewer manuscripts for classical authors like Ciceron, Virgilio and Tacitor. "
        "Stars such as Oscar winner Jamie Foxx came."
    )
    assert {"Ciceron", "Virgilio", "Tacitor", "Jamie Foxx"} <= people(facts)
    assert "Oscar" not in people(facts)


def test_spellings_of_one_name_are_one_entity_in_an_article():
    facts = extract_facts(
        "Media giant TimeWarner said profits rose. Shares in Time Warner rose 5%. TimeWarner said more."
    )
    assert [(entity.name, len(entity.mentions)) for entity in facts.entities] == [("TimeWarner", 3)]


def test_a_regions_word_or_an_adjective_opening_a_firms_name_stays_in_it():
    names = [
        entity.name
        for entity in extract_facts(
            "The judge asked whether Northern Granite Metals should get a permit.\n\n"
            "Coastal Mutual Insurance, which wrote the policy, said it pays every claim.\n\n"
            "Industrial and Commercial Bank (ICBC), China's biggest lender, grew. South Korean Hyung-Taik Lee won."
        ).entities
    ]
    assert {"Northern Granite Metals", "Coastal Mutual Insurance", "Industrial and Commercial Bank"} <= set(names)
    assert "Hyung-Taik Lee" in names


def test_a_union_locals_number_is_part_of_its_name():
    found = kinds("Transit Workers Union Local 417 said it was ready to bargain. She listens to BBC Radio 4.")
    assert found["Transit Workers Union Local 417"] == "organisation"
    assert found["BBC Radio 4"] == "organisation"


def test_an_office_of_a_title_is_an_institution_not_a_title_before_a_name():
    found = kinds(
        "The Office of the Comptroller of the Currency fined the bank. The Office of the Inspector General said "
        "no. The Office of the Deputy Prime Minister (ODPM) agreed, and the ODPM said so."
    )
    assert found["Office of the Comptroller of the Currency"] == "organisation"
    assert found["Office of the Inspector General"] == "organisation"
    assert found["Office of the Deputy Prime Minister"] == "organisation"
    assert "Prime Minister" not in found and "ODPM" not in found


def test_a_plurals_possessive_inside_an_institutions_name_keeps_it_whole():
    found = kinds(
        "He met the Teachers' Union on Monday. The Travelers’ Fairness Project said it would sue. Mark Longden "
        "of the Independent Manchester United Supporters' Association spoke. In the Bank of Japan's December "
        "survey, the balance fell. The Smiths' lawyer, John Doe, spoke."
    )
    for name in (
        "Teachers' Union",
        "Travelers’ Fairness Project",
        "Independent Manchester United Supporters' Association",
        "Bank of Japan",
    ):
        assert found[name] == "organisation", name
    assert found["Mark Longden"] == "person"
    assert found["John Doe"] == "person"


def test_an_institution_named_by_its_number_keeps_it():
    found = kinds("The 4th District Court of Appeal ruled on Monday. His 3rd Labour government fell.")
    assert found["4th District Court of Appeal"] == "organisation"
    assert found["Labour"] == "organisation"


def test_an_agency_named_for_its_investigations_is_an_organisation():
    found = kinds("Agents from Homeland Security Investigations raided the house on Tuesday.")
    assert found["Homeland Security Investigations"] == "organisation"


def test_an_abbreviated_saint_opens_the_name_of_a_place_or_an_institution():
    names = set(
        _names(extract_facts("Hackers struck St. Brendan Regional Medical Center. He moved to St. Louis in May."))
    )
    assert {"St. Brendan Regional Medical Center", "St. Louis"} <= names
    assert not {"St", "Brendan Regional Medical Center"} & names


def test_a_letter_ending_a_hyphenated_word_is_no_initial_of_the_next_name():
    facts = extract_facts(
        "Janelle Brandvold keeps the stakes. They showed calves together in 4-H. Janelle said she did not blame "
        "the county. The class moved to Pre-K. Maria Lopez said so."
    )
    names = [entity.name for entity in facts.entities]
    assert names == ["Janelle Brandvold", "Maria Lopez"]
