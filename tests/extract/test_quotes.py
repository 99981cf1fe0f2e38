"""Quotes with speakers: every common attribution form, runs over paragraphs, stray marks."""

from __future__ import annotations

import pytest

from briefing.extract import extract_facts
from tests.extract.conftest import quote_starting

INTRO = "Senator Maria Lopez and Professor Daniel Okafor of Brighton University spoke on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ('"We will not give up," Maria Lopez said.', "We will not give up", "Maria Lopez", "said"),
        ('"We will not give up," said Maria Lopez, a senator from Ohio.', "We will not give up", "Maria Lopez", "said"),
        ('Maria Lopez said: "We will not give up."', "We will not give up", "Maria Lopez", "said"),
        ('Maria Lopez told reporters "We will not give up."', "We will not give up", "Maria Lopez", "told"),
        ('"We will not give up," according to Maria Lopez.', "We will not give up", "Maria Lopez", "according to"),
        ('Lopez said that the plan was "a disaster for everyone".', "a disaster for everyone", "Maria Lopez", "said"),
        ('"We will not give up," Sen. Lopez said.', "We will not give up", "Maria Lopez", "said"),
        ('"We will not give up," Lopez, who chairs the panel, said.', "We will not give up", "Maria Lopez", "said"),
    ],
)
def test_attribution_forms(text, quote, speaker, cue):
    facts = extract_facts(INTRO + text)
    found = quote_starting(facts, quote)
    assert found.speaker == speaker
    assert found.cue == cue


def test_kinds_direct_and_partial():
    facts = extract_facts(INTRO + 'Okafor said the result was "a disgrace". "It must never happen again," he added.')
    assert quote_starting(facts, "a disgrace").kind == "partial"
    again = quote_starting(facts, "It must never happen again")
    assert again.kind == "direct"
    assert again.speaker == "Daniel Okafor"
    assert again.speaker_text == "he"


def test_pronoun_resolves_to_the_latest_speaker_of_matching_gender():
    text = (
        "Mrs Anne Walsh met Mr Peter Grant in Leeds.\n\n"
        '"The talks went well," Mrs Walsh said.\n\n'
        '"There is more to do," she said, before Mr Grant left.\n\n'
        '"I agree with her," he said.'
    )
    facts = extract_facts(text)
    assert quote_starting(facts, "There is more to do").speaker == "Anne Walsh"
    assert quote_starting(facts, "I agree with her").speaker == "Peter Grant"


def test_role_resolves_to_the_named_holder():
    text = (
        "Government spokesman Yoshimasa Hayashi spoke in Tokyo on Monday.\n\n"
        '"We are watching closely," the spokesman said.'
    )
    found = quote_starting(extract_facts(text), "We are watching closely")
    assert found.speaker == "Yoshimasa Hayashi"
    assert found.speaker_text == "the spokesman"


def test_unnamed_role_keeps_its_words_but_no_speaker():
    found = quote_starting(extract_facts('"Nobody was hurt," a police spokeswoman said.'), "Nobody was hurt")
    assert found.speaker is None
    assert found.speaker_text == "a police spokeswoman"
    assert found.cue == "said"


def test_following_quote_in_the_paragraph_keeps_the_speaker():
    text = INTRO + '"The vote is close," said Maria Lopez. "We need every voice in the chamber."'
    facts = extract_facts(text)
    assert quote_starting(facts, "We need every voice").speaker == "Maria Lopez"


def test_quote_running_over_several_paragraphs():
    text = (
        INTRO + 'Maria Lopez said: "The first part of what I want to say is long.\n\n'
        '"The second part comes in its own paragraph.\n\n'
        '"And the third ends it."\n\n'
        "The meeting ended at noon."
    )
    body = text
    facts = extract_facts(text)
    direct = [quote for quote in facts.quotes if quote.kind == "direct"]
    assert len(direct) == 1
    quote = direct[0]
    assert quote.speaker == "Maria Lopez"
    assert quote.text.startswith("The first part") and quote.text.endswith("And the third ends it.")
    assert body[quote.start :].startswith("The first part")
    assert body[: quote.end].endswith("And the third ends it.")


def test_stray_quote_mark_spoils_only_its_paragraph():
    text = (
        INTRO + 'The sign read "closed for the season and nobody came.\n\n'
        '"We will be back in spring," Maria Lopez said.\n\n'
        '"Nothing is decided," said Daniel Okafor.'
    )
    facts = extract_facts(text)
    assert quote_starting(facts, "We will be back in spring").speaker == "Maria Lopez"
    assert quote_starting(facts, "Nothing is decided").speaker == "Daniel Okafor"
    assert not any(quote.text.startswith("closed for the season") for quote in facts.quotes)


def test_curly_and_double_apostrophe_quotes():
    facts = extract_facts(INTRO + "“It is over,” said Maria Lopez. ''We move on,'' Daniel Okafor said.")
    assert quote_starting(facts, "It is over").speaker == "Maria Lopez"
    assert quote_starting(facts, "We move on").speaker == "Daniel Okafor"


def test_lost_paragraph_break_inside_a_quote():
    # BBC copy sometimes keeps the opening mark of the next paragraph but not the break.
    text = INTRO + 'Maria Lopez said: "We have doubled the budget. "We are going to double it again."'
    facts = extract_facts(text)
    assert quote_starting(facts, "We have doubled the budget").speaker == "Maria Lopez"
    assert quote_starting(facts, "We are going to double it again").speaker == "Maria Lopez"


def test_indirect_speech():
    facts = extract_facts(INTRO + "Maria Lopez said on Tuesday that the bill would pass by the summer.")
    indirect = [quote for quote in facts.quotes if quote.kind == "indirect"]
    assert len(indirect) == 1
    assert indirect[0].text == "the bill would pass by the summer"
    assert indirect[0].speaker == "Maria Lopez"
    assert indirect[0].cue == "said"


def test_no_quote_for_titles_or_scare_quotes_without_cue():
    facts = extract_facts('The film "Brave" opened in Glasgow, and critics loved the so-called "magic".')
    assert [quote for quote in facts.quotes if quote.kind != "indirect"] == []


def test_an_unnamed_source_or_insider_speaks_and_is_no_one_the_article_names():
    facts = extract_facts(
        "Members of the Transport and General Workers Union met Tony Blair.\n\n"
        '"Meadows screwed everybody," said one GOP operative in the state. '
        'But one insider said that "nobody is denying suggestions a merger could be on the agenda".'
    )
    first, second = facts.quotes
    assert (first.text, first.speaker, first.speaker_text) == ("Meadows screwed everybody", None, "one GOP operative")
    assert second.speaker is None and second.speaker_text.endswith("one insider")
    assert {entity.name: entity.kind for entity in facts.entities}[
        "Transport and General Workers Union"
    ] == "organisation"


def test_said_it_after_a_comma_opens_the_reported_clause_and_is_no_inverted_speaker():
    facts = extract_facts("Allianz, a leading German insurer, said it did not know yet what its exposure would be.")
    (quote,) = facts.quotes
    assert (quote.kind, quote.speaker) == ("indirect", "Allianz")
    assert quote.text.startswith("it did not know")


def test_a_name_or_role_after_said_is_no_inverted_speaker_when_a_verb_follows_it():
    facts = extract_facts(
        "Cosby's lawyer, Walter Phillips, said the comedian was pleased with the decision. "
        "The plan is dead, said Mr Smith on Monday."
    )
    assert [(quote.text, quote.speaker) for quote in facts.quotes] == [
        ("the comedian was pleased with the decision", "Walter Phillips"),
        ("The plan is dead", "Smith"),
    ]


def test_reported_words_before_a_tail_attribution_are_indirect_speech_and_go_on_into_the_next_quote():
    facts = extract_facts(
        "Prince Harry spoke to Oprah Winfrey.\n\n"
        'Taking Archie outside is his favourite activity, he said. "The highlight for me is the bicycle."\n\n'
        "Meghan Markle spoke too. She wrapped up the interview by describing their lives as "
        '"greater than any fairytale".'
    )
    assert [(quote.kind, quote.speaker) for quote in facts.quotes] == [
        ("indirect", "Harry"),
        ("direct", "Harry"),
        ("partial", "Meghan Markle"),
    ]
    assert facts.quotes[0].text == "Taking Archie outside is his favourite activity"


def test_a_name_and_a_colon_introduce_a_quote_unless_a_verb_has_a_subject_of_its_own():
    facts = extract_facts(
        'BBC Two controller Roly Keating: "It\'s an exciting new era for the show."\n\n'
        "Tory leader Michael Howard spoke. He told Sky News' Sunday with Adam Boulton: "
        '"This is the politics of the playground."'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Roly Keating", "Michael Howard"]
    assert facts.quotes[0].kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        'Republican leader Kevin McCarthy was blunt: "This is a disaster for the state."',
        'Mr McCarthy is confident though: "This is a disaster for the state."',
    ],
)
def test_the_person_a_clause_opens_with_speaks_the_quote_after_its_colon(text):
    facts = extract_facts(text)
    assert [(quote.kind, quote.speaker) for quote in facts.quotes] == [("direct", facts.entities[0].name)]
    assert facts.entities[0].kind == "person"


def test_a_colon_after_a_clause_with_no_person_introduces_no_speaker():
    assert [quote.speaker for quote in extract_facts('The plan had one goal: "This is a disaster."').quotes] in (
        [],
        [None],
    )


def test_reported_words_before_an_inverted_verb_and_a_quote_opening_the_next_paragraph_go_to_its_speaker():
    facts = extract_facts(
        "We are in a different phase now, argues Mr Donofrio, the firm's technology chief.\n\n"
        '"In the dotcom era, there was something new in your face every five minutes."\n\n'
        "He was speaking as Sir Digby Jones, CBI director general, warned Mr Brown not to spend the cash."
    )
    assert [(quote.kind, quote.speaker) for quote in facts.quotes][:2] == [
        ("indirect", "Donofrio"),
        ("direct", "Donofrio"),
    ]
    assert all(quote.speaker != "Brown" for quote in facts.quotes)  # warned whom, not who spoke


def test_a_he_after_a_sentence_opening_with_a_long_title_and_a_name_is_that_name():
    facts = extract_facts(
        'Dr Anthony Fauci said the number "looks more like 60,000".\n\n'
        "Presumptive Democratic White House nominee Joe Biden joined growing calls on Thursday for data.\n\n"
        'He said it had cast a spotlight on the impact of "structural racism".'
    )
    assert quote_starting(facts, "structural racism").speaker == "Joe Biden"


def test_an_agency_that_reported_what_a_named_source_said_is_not_the_speaker():
    facts = extract_facts(
        'Malaysia said the damage to the fishing industry will be "significant", Agence France Presse reported.'
    )
    assert quote_starting(facts, "significant").speaker == "Malaysia"


def test_the_mother_of_nine_is_the_woman_just_spoken_of():
    facts = extract_facts(
        'Katherine Jackson spoke outside the court. "He loves children," she said. Describing her son as '
        '"a good person", the mother-of-nine said she feared he would not be given a fair trial.'
    )
    assert quote_starting(facts, "a good person").speaker == "Katherine Jackson"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"This is a disgrace," Schumer, D-N.Y., said on the Senate floor.', "Schumer"),
        ('"This is a disgrace and a shame," Cruz (R-Texas) told reporters.', "Cruz"),
    ],
)
def test_a_lone_surname_with_a_us_party_and_state_is_a_person_who_speaks(text, speaker):
    facts = extract_facts(text)
    assert [quote.speaker for quote in facts.quotes] == [speaker]
    assert [(entity.kind, entity.name) for entity in facts.entities if entity.name == speaker] == [("person", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman for Sen. Bernie Sanders, Mike Casca, said: "He has been fighting for this for years."',
        'A spokesman for Sen. Bernie Sanders, Mike Casca, said the senator was "fighting for this for years."',
    ],
)
def test_the_name_after_a_spokesman_for_someone_is_the_speaker_and_a_title_ends_no_sentence(text):
    assert [quote.speaker for quote in extract_facts(text).quotes] == ["Mike Casca"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Joe Biden spoke. "Joe has a real plan for this country," his campaign said in a statement.', "his campaign"),
        (
            'Joe Biden spoke. The Biden campaign wrote in an email: "Joe has a real plan for this country."',
            "The Biden campaign",
        ),
        ('Joe Biden spoke. The Trump administration said the plan was "dead on arrival".', "The Trump administration"),
    ],
)
def test_a_campaign_or_administration_speaks_in_its_own_words_for_no_one_named(text, words):
    (quote,) = extract_facts(text).quotes
    assert (quote.speaker, quote.speaker_text) == (None, words)


def test_a_spokesman_for_a_campaign_is_who_speaks():
    facts = extract_facts(
        'Scott Stanzel, a spokesman for the Bush-Cheney campaign said: "It was for security reasons."'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Scott Stanzel"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Gavin Newsom spoke. Two people familiar with the matter said he was "not worried."',
            "Two people familiar with the matter",
        ),
        (
            'Gavin Newsom spoke. A person close to the governor said he was "not worried."',
            "A person close to the governor",
        ),
        (
            'Gavin Newsom spoke. "He is not worried," one official familiar with the plans said.',
            "one official familiar with the plans",
        ),
        (
            'Gavin Newsom spoke. But a senior aide, speaking on condition of anonymity, said he was "not worried."',
            "a senior aide",
        ),
    ],
)
def test_an_unnamed_source_is_known_by_its_own_words_and_not_by_whom_it_is_close_to(text, words):
    (quote,) = extract_facts(text).quotes
    assert (quote.speaker, quote.speaker_text) == (None, words)


def test_an_organisation_speaks_through_its_own_board_but_not_through_a_subsidiary():
    facts = extract_facts(
        'The Los Angeles Times editorial board wrote that the law was "long overdue."\n\n'
        'Delta Air Lines owns Comair. "We regret the delays over the holiday," the Delta subsidiary said.'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Los Angeles Times", None]


def test_a_firm_called_by_its_first_word_and_a_relative_clause_is_the_firm_that_speaks():
    facts = extract_facts(
        "Southwest Airlines saw its profits fall. Southwest, which has the highest market value of any US "
        'carrier, said it would "remain profitable". Uber, which spent millions, said it would "fight on".'
    )
    assert [quote.speaker for quote in facts.quotes if quote.kind == "partial"] == ["Southwest Airlines", "Uber"]
    assert {entity.name: entity.kind for entity in facts.entities} == {
        "Southwest Airlines": "organisation",
        "Uber": "organisation",
        "United States": "place",
    }


def test_the_chancellor_is_not_an_ex_chancellor():
    facts = extract_facts(
        "Chancellor Gordon Brown spoke. Earlier, ex-Conservative chancellor Ken Clarke welcomed the rules. "
        'But the chancellor said Mr Fallon was "impugning the integrity" of the statisticians.'
    )
    assert quote_starting(facts, "impugning").speaker == "Gordon Brown"


def test_the_clause_after_said_is_reported_not_read_as_an_inverted_role():
    facts = extract_facts("Trump's campaign manager, Brad Parscale, said the move would energize supporters.")
    assert [(quote.text, quote.speaker) for quote in facts.quotes] == [
        ("the move would energize supporters", "Brad Parscale")
    ]


def test_a_role_after_a_party_and_state_is_the_role_a_later_reference_means():
    facts = extract_facts(
        "Rep. Jerrold Nadler, D-N.Y., the chairman of the Judiciary Committee, spoke. Nancy Pelosi spoke. "
        'The chairman told reporters he expected "a fair process."'
    )
    assert quote_starting(facts, "a fair process").speaker == "Jerrold Nadler"


def test_quotes_typed_the_tex_or_treebank_way_are_quotes():
    facts = extract_facts(
        "``We will win this fight,'' Sen. Elizabeth Warren said on Tuesday. "
        "She said the plan was ``a disaster'' for workers."
    )
    assert [(quote.kind, quote.text, quote.speaker) for quote in facts.quotes] == [
        ("direct", "We will win this fight", "Elizabeth Warren"),
        ("partial", "a disaster", "Elizabeth Warren"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            'Acme Corp was sued. "We are sorry for the delays," said the company in a statement.',
            "Acme Corp",
            "the company",
        ),
        ('Acme Corp was sued. "We are sorry for the delays," said the statement.', None, "the statement"),
        ('Joe Biden spoke. "Joe has a plan," said the campaign.', None, "the campaign"),
    ],
)
def test_an_organisation_a_document_or_a_side_after_the_verb_speaks(text, speaker, words):
    (quote,) = extract_facts(text).quotes
    assert (quote.speaker, quote.speaker_text) == (speaker, words)


def test_an_organisation_after_said_that_opens_the_reported_clause_is_not_the_speaker():
    facts = extract_facts(
        "Stephen Schechter, a banker who has held talks with Borussia Dortmund, said the club needs more capital."
    )
    assert [quote.speaker for quote in facts.quotes] == ["Stephen Schechter"]


def test_a_role_word_ending_a_name_is_no_role():
    # "Johnson" ends in "son", "Branson" too: only a whole word (or one after a hyphen) is a role.
    for text in [
        '"It is over," Trump told reporters.',
        'Asked whether he would resign, Johnson replied: "Absolutely not."',
    ]:
        extract_facts(text)  # a run of articles before must not change what the next one reads
    (quote,) = extract_facts('Asked whether he would resign, Johnson replied: "Absolutely not."').quotes
    assert quote.speaker_text == "Johnson"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Michael Howard spoke. A Labour Party spokesman criticised Michael Howard's record, saying police "
            "numbers had fallen.",
            None,
            "A Labour Party spokesman",
        ),
        ("Tony Blair spoke. He attacked Michael Howard, saying the Tories had no plan.", "Tony Blair", "He"),
        (
            "Conservative co-chairman Liam Fox derided Alan Milburn, saying the show was bad acting.",
            "Liam Fox",
            "Liam Fox",
        ),
        ("Iraq is to invite bids for two licences, saying it wants to boost coverage.", "Iraq", "Iraq"),
    ],
)
def test_a_participle_speaks_for_the_subject_its_sentence_opens_with_not_its_object(text, speaker, words):
    (quote,) = extract_facts(text).quotes
    assert (quote.speaker, quote.speaker_text) == (speaker, words)


def test_a_dateline_is_no_subject():
    facts = extract_facts(
        "DES MOINES, Iowa (AP) — Former Vice President Mike Pence on Saturday refused to rule out a run, "
        'telling a crowd that the country needed "a return to conservative principles."'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Mike Pence"]


def test_the_name_inside_a_relative_clause_is_not_its_subject():
    facts = extract_facts(
        "Anne Robinson spoke to Michael Cockerell. Ms Robinson, who presents The Weakest Link tells Cockerell "
        'that she despaired at his image. "I used to have to sit on my hands," she said.'
    )
    assert {quote.speaker for quote in facts.quotes} == {"Anne Robinson"}


def test_a_report_speaks_for_whoever_the_text_says_wrote_it():
    facts = extract_facts(
        "Millions will miss out, predicts the report by telecoms giant BT. "
        'The idea that the divide will evaporate is "wishful thinking", the report concludes.'
    )
    assert quote_starting(facts, "wishful thinking").speaker == "BT"
    facts = extract_facts(
        "A study by analysts Jupiter Research suggested that habits were changing. The threat to TV was "
        "greatest in Spain, said the report."
    )
    assert quote_starting(facts, "The threat to TV").speaker == "Jupiter Research"


def test_a_name_in_quote_marks_after_a_naming_word_is_no_quote():
    facts = extract_facts(
        'Angela Bolger said she bought a battery from a seller called "E-Life". Friends say he was known as '
        '"Precious" at school, and colleagues wrote a booklet titled "The Wit and Wisdom of Michael Bloomberg." '
        'She said the seller was "hard to find".'
    )
    assert [quote.text for quote in facts.quotes if quote.kind != "indirect"] == ["hard to find"]


def test_quotes_in_single_marks_outside_double_ones():
    facts = extract_facts(
        "Governor says naming of ‘exceptional’ Raquel Montoya-Lewis is historic.\n\n"
        "The plot is 'laughable', a clergyman has said. It's rock 'n' roll, and the students' union "
        "agreed. He said: \"I don't know what 'fair' means.\""
    )
    assert [quote.text for quote in facts.quotes if quote.kind != "indirect"] == [
        "exceptional",
        "laughable",
        "I don't know what 'fair' means.",
    ]


def test_of_single_marks_that_open_before_one_that_closes_the_last_opens_the_quote():
    facts = extract_facts(" 'ab" * 300 + " they said 'we are done' today.")
    assert [quote.text for quote in facts.quotes] == ["we are done"]
