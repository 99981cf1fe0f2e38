"""Names typed by the evidence in the text, with a confidence, and the roles people are given."""

from __future__ import annotations

from briefing.extract import extract_facts
from briefing.extract.gazetteer import load_gazetteer
from briefing.model import CONFIDENT
from tests.extract.conftest import quote_starting


def _entities(text: str):
    return {entity.name: entity for entity in extract_facts(text).entities}


def test_institution_words_and_acronyms_make_organisations():
    found = _entities(
        "Time Warner said Warner Bros would merge its film arm with AOL Europe. "
        "Shares in Deutsche Boerse fell after the oil firm Yukos said it would sue. Shares of Halcyon Vantor "
        "rose, and so did Arden Semiconductor."
    )
    for name in ("Warner Bros", "AOL Europe", "Deutsche Boerse", "Yukos", "Halcyon Vantor", "Arden Semiconductor"):
        assert found[name].kind == "organisation", name


def test_census_first_names_titles_and_roles_make_people():
    found = _entities(
        "Katherine Jackson spoke first. Prime Minister Tony Blair arrived later.\n\n"
        '"It was fine," said Leif-Eric Easley, a professor of international studies at Ewha Womans University.'
    )
    assert found["Katherine Jackson"].kind == "person"
    assert found["Katherine Jackson"].confidence >= CONFIDENT
    assert found["Tony Blair"].roles == ["Prime Minister"]
    assert found["Leif-Eric Easley"].roles == ["professor of international studies at Ewha Womans University"]
    assert found["Ewha Womans University"].kind == "organisation"


def test_given_names_from_outside_the_us_make_people():
    # (Names the US census and Social Security counts never had: the world's given-name data.)
    found = _entities("Volodymyr Kovalenko met Recep Demirci and Paolo Brenciaglia on Monday.")
    for name in ("Volodymyr Kovalenko", "Recep Demirci", "Paolo Brenciaglia"):
        assert found[name].kind == "person", name
        assert found[name].confidence >= CONFIDENT, name


def test_names_counted_quoted_or_listed_like_things_are_not_people():
    found = _entities(
        "There's also a Torta Ahogada (drowned), a sandwich. I was happy with a generous “Mole Dish,” which was big. "
        "Apple offer a less powerful Mac Mini for £339. The Mac Mini puts the Mac within reach of all. "
        "His paper, “Electronic Markets and Electronic Hierarchies”, was read. "
        "Activities such as yoga and Tai Chi are options. "
        "EA sells versions of movies such as Harry Potter and the James Bond films."
    )
    people = {name for name, entity in found.items() if entity.kind == "person"}
    assert not people & {"Torta Ahogada", "Mole Dish", "Mac Mini", "Electronic Hierarchies", "Tai Chi", "James Bond"}


def test_people_after_an_article_a_verb_or_a_nickname_stay_people():
    found = _entities(
        "The book is to be made into a film starring Tom Hanks. "
        "Trump mocks the candidate he calls “Mini Mike.” "
        "The side: A Lo Cicero, F Ongaro, M Castrogiovanni."
    )
    for name in ("Tom Hanks", "Mini Mike", "Lo Cicero"):
        assert name in found and found[name].kind == "person", name


def test_an_acronym_run_into_a_word_or_a_place_of_two_words_leads_an_institution():
    found = _entities(
        "A team at UMass Amherst found it. Power providers, Pacific Gas & Electric and Southern California "
        "Edison, cut power. The Milton Keynes Dons lost."
    )
    for name in ("UMass Amherst", "Southern California Edison", "Milton Keynes Dons"):
        assert found[name].kind == "organisation", name
    assert "California Edison" not in found


def test_a_family_particle_before_a_place_makes_no_person():
    found = _entities("They play at the Stade de France. A second soup, Sopa de Lima, is good. Paolo di Canio scored.")
    assert found["Stade de France"].kind != "person"
    assert found["Sopa de Lima"].kind != "person"
    assert found["Paolo di Canio"].kind == "person"


def test_a_word_that_opens_two_institutions_names_is_no_person():
    found = _entities(
        "Hereford County Hospital had said it would stop. Hereford Hospital Trust caused an outcry. "
        "Hereford hospital was struggling, Hereford staff said. We will be challenging Hereford's decision."
    )
    assert found["Hereford"].kind == "place"


def test_what_one_drives_or_plays_for_is_a_team_whatever_its_shape():
    found = _entities("Fernando Alonso, driving for Aston Martin, will start sixth.")
    assert found["Aston Martin"].kind == "organisation"


def test_a_given_name_that_is_a_town_too_opens_a_persons_name():
    found = _entities(
        "One of his fellow pupils at intelligence school was Vladimir Putin. "
        "The Sydney Olympic gold medallist says Conte damaged her reputation."
    )
    assert found["Vladimir Putin"].kind == "person"
    assert "Sydney Olympic" not in found or found["Sydney Olympic"].kind != "person"


def test_a_name_without_evidence_is_a_low_confidence_guess():
    found = _entities("The deal with Zorbulan Vexitor was signed on Monday.")
    assert found["Zorbulan Vexitor"].confidence < CONFIDENT


def test_laws_documents_titles_and_common_acronyms_are_not_people():
    found = _entities(
        "The Home Secretary published a White Paper on the Freedom of Information Act. "
        "The CEO watched TV on a PC. The film Vera Drake won."
    )
    assert not {"Home Secretary", "White Paper", "Freedom of Information Act", "CEO", "TV", "PC", "Vera Drake"} & set(
        found
    )


def test_all_capitals_dateline_is_read_as_the_known_place():
    found = _entities("NEW YORK - Shares rose in New York on Monday.")
    assert found["New York"].kind == "place"
    assert [m.text for m in found["New York"].mentions] == ["NEW YORK", "New York"]


def test_one_name_one_kind_across_the_article():
    found = _entities("Comair cancelled flights. The airline Comair said it was sorry. Comair flies again.")
    assert found["Comair"].kind == "organisation"
    assert len(found["Comair"].mentions) == 3


def test_shouted_capitals_match_names_already_known_and_make_no_acronyms():
    found = _entities("LONDON - TONY BLAIR SAID ON MONDAY THAT TALKS WOULD GO ON. Tony Blair spoke later.")
    assert [m.text for m in found["Tony Blair"].mentions] == ["TONY BLAIR", "Tony Blair"]
    assert found["London"].kind == "place"
    assert not {"SAID", "Said", "MONDAY", "TALKS", "Talks"} & set(found)


def test_romanised_korean_given_names_keep_their_hyphen():
    found = _entities("President Moon Jae-in met Kim Yo-jong. The Tory-led plan failed.")
    assert {"Moon Jae-in", "Kim Yo-jong"} <= set(found)
    assert "Tory-led" not in " ".join(found)


def test_websites_and_numbered_stations_are_organisations():
    found = _entities("He told BBC Radio 4 that Amazon.com had won the case.")
    assert found["BBC Radio 4"].kind == "organisation"
    assert found["Amazon.com"].kind == "organisation"


def test_a_verb_before_a_name_is_no_title_of_a_work():
    found = _entities("Andy Roddick will play Cyril Saulnier in the final. The film Vera Drake won.")
    assert found["Cyril Saulnier"].kind == "person"
    assert "Vera Drake" not in found


def test_an_unknown_word_without_evidence_reads_as_a_firm_and_stays_a_guess():
    found = _entities("Qwest rose. Then Qwest fell. Qwest rose again. Standard Life and Air Deccan moved.")
    assert (found["Qwest"].kind, found["Qwest"].confidence < CONFIDENT) == ("organisation", True)


def test_the_pronoun_i_is_never_part_of_a_name():
    found = _entities(
        "Robert Kilroy-Silk spoke. Not a fan of Kilroy I do agree. It is to you and I. The Times said so."
    )
    assert not [name for name in found if name.endswith(" I") or name.startswith("I.")]


def test_a_surname_after_an_ordinary_word_is_no_person_but_after_a_first_name_is():
    found = _entities("Reporters waited at Freedom House until Will Smith arrived.")
    assert found["Freedom House"].kind != "person"
    assert found["Will Smith"].kind == "person"


def test_a_title_opening_a_sentence_after_a_dateline_gives_a_role():
    found = _entities("CHICAGO — Mayor Lori Lightfoot on Wednesday unveiled a plan.")
    assert found["Lori Lightfoot"].roles == ["Mayor"]


def test_names_joined_by_an_ampersand_are_one_firm_unless_known_places_or_people():
    found = _entities(
        "Accountancy firm Ernst & Young said taxes would rise. Serbia & Montenegro drew with Italy. "
        "Matt Lucas & David Walliams hosted the show."
    )
    assert found["Ernst & Young"].kind == "organisation"
    assert found["Serbia"].kind == found["Montenegro"].kind == "place"
    assert "Matt Lucas" in found and "David Walliams" in found


def test_a_lone_surname_that_speaks_is_a_name_but_a_pronoun_or_a_place_after_of_is_not():
    facts = extract_facts(
        'Trump tweeted: "Great job by Republicans in the Senate!" '
        "He said more later. Earlier the Archbishop of Canterbury wrote to all three parties."
    )
    people = {entity.name for entity in facts.entities if entity.kind == "person"}
    assert "Trump" in people
    assert not people & {"He", "Canterbury"}
    assert facts.quotes[0].speaker == "Trump"


def test_a_sentence_opening_with_a_known_acronym_keeps_it_in_the_name():
    found = _entities("The airline struggled.\n\nUS Airways is in Chapter 11 bankruptcy protection.")
    assert found["US Airways"].kind == "organisation"


def test_an_institution_word_after_a_possessive_ends_one_name_but_not_after_a_person_or_an_institution():
    found = _entities(
        "Deputies from the Harris County Sheriff's Office came. The Pakistan People's Party won. "
        "Tony Blair's Office declined to comment. The Bank's Monetary Policy Committee met."
    )
    assert found["Harris County Sheriff's Office"].kind == "organisation"
    assert found["Pakistan People's Party"].kind == "organisation"
    assert "Tony Blair" in found and "Monetary Policy Committee" in found


def test_an_institution_word_after_a_possessive_keeps_what_it_is_for_unless_its_owner_is_a_person_or_institution():
    found = _entities(
        "The U.S. Attorney's Office for the Northern District of Illinois filed charges. "
        "President Trump's Department of Justice disagreed. The Lord Chancellor's Department said no. "
        "The Institute of Education's Centre for the Study of Children wrote."
    )
    assert found["U.S. Attorney's Office for the Northern District of Illinois"].kind == "organisation"
    assert found["Trump"].kind == "person" and "Department of Justice" in found
    assert "Lord Chancellor's Department" in found
    assert "Institute of Education" in found and "Centre for the Study of Children" in found


def test_of_and_an_institution_word_end_one_name_but_not_a_title_s_or_a_second_name_s():
    found = _entities(
        "The Fraternal Order of Police backed him. The President of the Ruritania Commission spoke. "
        "Jobs at Porto Alegre for the World Social Forum went."
    )
    assert found["Fraternal Order of Police"].kind == "organisation"
    assert "Ruritania Commission" in found and "President of the Ruritania Commission" not in found
    assert "World Social Forum" in found


def test_a_common_word_opening_a_sentence_stays_in_a_name_the_article_writes_with_it_elsewhere():
    facts = extract_facts(
        "Healthy Futures PA, a coalition of doctors, opposed the bill. Members of Healthy Futures PA rallied. "
        "The Royal Ballet danced. Members of The Royal Ballet bowed.\n\nRegulators press Falls City Downs over "
        "its track.\n\nFalls City Downs said in a statement that it would cooperate."
    )
    names = [entity.name for entity in facts.entities]
    assert "Healthy Futures PA" in names and "Futures PA" not in names
    assert "Royal Ballet" in names
    # (also a name of no known kind: "Falls City Downs" read as no more than a guess)
    assert "Falls City Downs" in names and "City Downs" not in names


def test_a_group_named_by_whom_it_gathers_and_a_campaign_committee_are_organisations():
    found = _entities(
        "He met Americans for Prosperity officials. Friends of the Earth objected. Greeley for Arizona, the "
        "campaign committee, replied. Lawyers for Mr Fawcett spoke. Shell for Australia is a unit. "
        "The MP for Sittingbourne spoke."
    )
    for name in ("Americans for Prosperity", "Friends of the Earth", "Greeley for Arizona"):
        assert found[name].kind == "organisation", name
    assert "Fawcett" in found and "Sittingbourne" in found and "Shell for Australia" not in found


def test_a_known_name_opening_with_the_opens_a_longer_name_without_it():
    found = _entities("The Independent Retailers Coalition backed the suit. The Independent said so.")
    assert found["Independent Retailers Coalition"].kind == "organisation"
    assert "The Independent" in found


def test_a_super_pac_and_an_llc_are_kinds_of_body_not_bodies_named():
    facts = extract_facts(
        "Saguaro Action USA, a super PAC, raised money. Oak Ridge LLC gave $2 million. "
        'In its filing, the super PAC described the payments as "media production and placement."'
    )
    names = {entity.name for entity in facts.entities}
    assert "PAC" not in names and "LLC" not in names and "Oak Ridge LLC" in names
    assert quote_starting(facts, "media production").speaker == "Saguaro Action USA"


def test_us_states_abbreviated_in_ap_style_are_places_with_their_full_stop():
    facts = extract_facts("Officials from Springfield, Ill., and Napa, Calif., met on Monday.")
    states = {entity.name: entity for entity in facts.entities if entity.kind == "place"}
    assert [m.text for m in states["Illinois"].mentions] == ["Ill."]
    assert [m.text for m in states["California"].mentions] == ["Calif."]


def test_names_joined_by_and_are_read_before_a_nationality_comes_off_and_a_title_keeps_its_owner():
    facts = extract_facts(
        'OPEC allies led by Saudi Arabia and Russia agreed. "We will act," said ECB President Christine Lagarde.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Saudi Arabia"].kind == "place"
    assert found["European Central Bank"].kind == "organisation"
    assert found["Christine Lagarde"].roles == ["ECB President"]
    assert quote_starting(facts, "We will act").speaker == "Christine Lagarde"


def test_a_dateline_in_capitals_is_a_place_and_teams_are_read_from_their_roles():
    found = _entities(
        "Pole for Leclerc\n\nMONTE CARLO, May 25 (Reuters) - McLaren's Daniel Ricciardo was third. "
        "The Ferrari driver was happy, Wallabies coach Eddie Jones said."
    )
    assert found["Monte Carlo"].kind == "place"
    assert found["McLaren"].kind == "organisation"
    assert found["Ferrari"].kind == "organisation"
    assert found["Wallabies"].kind == "organisation"


def test_a_name_before_a_role_and_a_persons_name_is_who_that_person_works_for():
    found = _entities(
        "Presumptive Democratic White House nominee Joe Biden joined the calls. "
        "Philippe Sella believes coach Bernard Laporte must act. Prebon Yamane economist Lena Komileva agreed."
    )
    assert found["Joe Biden"].kind == "person"
    assert found["Prebon Yamane"].kind == "organisation"
    assert found["Philippe Sella"].kind == "person"


def test_the_of_a_title_links_to_no_one_a_two_letter_name_keeps_its_nationality_and_downing_street_is_a_place():
    facts = extract_facts(
        "The Aviator won five awards. The film starred Leonardo DiCaprio. "
        "Insurer Swiss Re said losses rose. Downing Street said it would wait."
    )
    found = {entity.name: entity for entity in facts.entities}
    assert not any(mention.text == "The" for entity in facts.entities for mention in entity.mentions)
    assert found["Swiss Re"].kind == "organisation"
    assert found["Downing Street"].kind == "place"


def test_a_city_named_as_a_club_is_an_organisation_but_a_country_stays_a_place():
    found = _entities(
        "Newcastle beat Liverpool 2-1. Newcastle manager Graeme Souness was pleased and Liverpool fans left early. "
        "England face Wales next week. England captain David Beckham is fit."
    )
    assert found["Newcastle"].kind == "organisation"
    assert found["Liverpool"].kind == "organisation"
    assert found["England"].kind == "place"


def test_awards_games_and_diseases_named_alone_are_no_entities():
    found = _entities(
        "The Oscars were held on Sunday. The Oscars drew a large audience, and the Oscars will return. "
        "Covid cases rose. Covid spread quickly and Covid closed schools."
    )
    assert "Oscars" not in found and "Covid" not in found


def test_a_saint_with_a_possessive_is_a_place_not_a_person():
    found = _entities("Southampton lost at St Mary's on Saturday. Shoppers filled St David's Centre.")
    assert found["St Mary"].kind == "place"


def test_a_party_word_before_a_name_or_role_is_a_mention_of_its_party_but_not_before_a_title():
    facts = extract_facts(
        "Tory leader Michael Howard spoke. Labour MP Gordon Prentice replied. "
        "Labour Minister Ghazi al-Gosaibi had caused uproar."
    )
    parties = {m.text for e in facts.entities if e.kind == "organisation" for m in e.mentions}
    assert {"Tory", "Labour"} <= parties
    labour = [m for e in facts.entities for m in e.mentions if m.text == "Labour"]
    assert len(labour) == 1  # the MP's party, not the minister's portfolio


def test_numbered_acronyms_and_broadcasters_are_organisations_but_consoles_are_not():
    found = _entities("Officials at MI6 met. The show aired on Channel 4, and ITV1 followed. He bought a PS2.")
    assert found["MI6"].kind == found["Channel 4"].kind == found["ITV1"].kind == "organisation"
    assert "PS2" not in found


def test_la_is_los_angeles_and_a_boulevard_is_a_place():
    found = _entities("Fans lined Hollywood Boulevard in LA on Sunday.")
    assert found["Hollywood Boulevard"].kind == "place"
    assert found["Los Angeles"].kind == "place"


def test_an_institution_before_stacked_titles_and_sunday_papers_are_names():
    found = _entities(
        "But Metropolitan Police Commissioner Sir John Stevens said so. "
        "The book, by Sunday Telegraph journalist Robert Peston, said it."
    )
    assert found["Metropolitan Police"].kind == "organisation"
    assert found["John Stevens"].kind == "person"
    assert any(e.kind == "organisation" and "Sunday Telegraph" in e.name for e in found.values())


def test_a_context_alias_may_mean_several_names_and_means_the_one_the_article_names():
    facts = extract_facts(
        "MPs in the House of Commons voted on Monday. The vote in the House was close. "
        "The European Commission objected, and the Commission will appeal."
    )
    by_text = {m.text: e.name for e in facts.entities for m in e.mentions}
    assert by_text["House"] == "House of Commons"
    assert by_text["Commission"] == "European Commission"


def test_an_institution_word_alone_that_speaks_is_a_short_form_not_a_name():
    facts = extract_facts('The Bank of England held rates. "Growth is solid," the Bank said.')
    assert "Bank" not in {entity.name for entity in facts.entities}
    assert quote_starting(facts, "Growth is solid").speaker == "Bank of England"


def test_an_institution_keeps_its_adjective_and_the_and_inside_its_name():
    found = _entities(
        "The European Court of Justice ruled, and the British Chamber of Commerce warned. "
        "The Japanese Ministry of Foreign Affairs said little. "
        "A spokesman for the Police Federation of England and Wales spoke. So did the Department of Health "
        "and Human Services. The World Travel and Tourism Council agreed with Ironhorse Oil and Gas. "
        "The Bank of England and Barclays agreed; so did United Bank of Africa and Standard Trust Bank, "
        "Exxon Mobil and British Petroleum, and Japan and South Korea."
    )
    for name in (
        "European Court of Justice",
        "British Chamber of Commerce",
        "Ministry of Foreign Affairs",
        "Police Federation of England and Wales",
        "Department of Health and Human Services",
        "World Travel and Tourism Council",
        "Ironhorse Oil and Gas",
        "Bank of England",
        "Barclays",
        "United Bank of Africa",
        "Standard Trust Bank",
        "Exxon Mobil",
        "British Petroleum",
    ):
        assert found[name].kind == "organisation", name
    assert found["Japan"].kind == found["South Korea"].kind == "place"
    assert "Japanese Ministry of Foreign Affairs" not in found


def test_an_unknown_word_is_a_place_when_a_known_place_places_it_but_not_in_a_list_or_owned():
    found = _entities(
        "From Phoenix, Arizona, to the Bay Area, people turned up. Students in Southwark, south London, "
        "watched the 2002 World Cup in Korea and Japan. Firms such as Varig, Brazil's airline, and archives "
        "at Harvard, Oxford and Yale."
    )
    for name in ("Phoenix", "Southwark", "Korea"):
        assert found[name].kind == "place", name
    assert found["Varig"].kind == "organisation"  # "Brazil's airline" names a firm, owned by no place
    assert "Harvard" not in found


def test_a_first_name_that_speaks_alone_is_a_person_but_a_firm_that_speaks_stays_a_firm():
    facts = extract_facts(
        "It was the interview with Oprah Winfrey that the palace feared.\n\n"
        '"I went to the institution," Meghan said. "That would be very damaging to them," she said. '
        "Everyone cried, not the other way around\n\nMeghan was asked about it.\n\n"
        '"We offer better value," a spokesman for Dell said. Sales were "on hold", said Mercedes chief '
        "executive Eckhard Cordes."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Meghan"] == "person"
    assert kinds["Dell"] == kinds["Mercedes"] == "organisation"
    assert [quote.speaker for quote in facts.quotes][:2] == ["Meghan", "Meghan"]


def test_an_insurer_in_apposition_and_a_subject_that_owns_its_are_organisations():
    found = _entities(
        "Swiss Re put its losses at $640m. Allianz, a leading German insurer, said it did not know. "
        "In September, the company said sales rose. Jay-Z signed Kanye West and Beanie Sigel on its roster."
    )
    assert found["Swiss Re"].kind == found["Allianz"].kind == "organisation"
    assert "September" not in found
    assert found["Beanie Sigel"].kind == "person"


def test_compass_parts_of_places_theatres_palaces_and_peoples_are_no_people():
    found = _entities(
        "The General Assembly met in East Renfrewshire and South Dade. South Asian markets rose near the "
        "Kodak Theatre and Buckingham Palace, said Philip French. He gave the Hinton Lecture."
    )
    assert found["East Renfrewshire"].kind == found["South Dade"].kind == found["Kodak Theatre"].kind == "place"
    assert found["Buckingham Palace"].kind == "organisation"
    assert found["Philip French"].kind == "person"
    assert not {"Assembly", "South Asian", "Hinton Lecture"} & set(found)


def test_what_a_persons_possessive_names_is_their_work_not_a_person_unless_a_first_name_opens_it():
    found = _entities(
        "Clint Eastwood's Million Dollar Baby won, and Martin Scorsese's The Aviator lost. "
        "Million Dollar Baby took four prizes. Jimmy Page's Kevin Shields played on."
    )
    assert "Million Dollar Baby" not in found and "The Aviator" not in found
    assert found["Kevin Shields"].kind == "person"


def test_a_first_name_that_is_also_a_word_opens_a_name_before_a_surname():
    found = _entities('"We propose a civic commons," said one fellow.\n\nWill Davies wrote it. In December it rained.')
    assert found["Will Davies"].kind == "person"
    assert not [name for name in found if name.startswith("In ")]


def test_short_forms_of_firms_bracketed_acronyms_and_lowercase_names_join_their_organisation():
    found = _entities(
        "Delta Air Lines cut fares, which was likely to worsen the finances of troubled Delta. "
        "Yukos USA filed in Houston; Yukos said it would appeal. "
        "The Bank of England (BoE) kept rates on hold. However, BoE officials warned. "
        "They were accused of al-Qaeda links and reelection to the General Assembly."
    )
    assert [mention.text for mention in found["Delta Air Lines"].mentions] == ["Delta Air Lines", "Delta"]
    assert [mention.text for mention in found["Bank of England"].mentions] == ["Bank of England", "BoE", "BoE"]
    assert found["al-Qaeda"].kind == found["General Assembly"].kind == "organisation"
    assert "Yukos" in found


def test_a_lone_word_after_a_role_noun_is_a_person_but_not_after_a_relative():
    found = _entities(
        "The show ends with Happy Mondays star Bez and rapper Kenzie. Shortly afterwards model Caprice left, "
        "and Mr Hailey's son Stephen drove home."
    )
    for name in ("Bez", "Kenzie", "Caprice"):
        assert found[name].kind == "person", name
    assert "Stephen" not in found


def test_a_role_after_as_or_a_verb_phrase_after_a_comma_is_no_ones_apposition():
    facts = extract_facts(
        "Bush begins his second term as US President, Tony Blair has said. Gordon Brown, chancellor of the "
        "exchequer under Mr Blair, became Britain's longest-serving chancellor of modern times in 2004."
    )
    roles = {entity.name: entity.roles for entity in facts.entities}
    assert roles["Tony Blair"] == []
    assert roles["Gordon Brown"] == ["chancellor of the exchequer under Mr Blair"]


def test_a_government_named_for_an_institution_keeps_its_nation_but_not_its_party():
    found = _entities(
        "The Welsh Assembly Government said so, and the Labour Assembly Government agreed. "
        "Lloyds of London told the Financial Times it was calm; the Japanese Foreign Ministry did not."
    )
    assert found["Welsh Assembly Government"].kind == "organisation"
    assert "Labour Assembly Government" not in found
    assert [mention.text for mention in found["Lloyds of London"].mentions] == ["Lloyds of London"]
    assert "Foreign Ministry" in found


def test_a_nations_embassy_or_government_keeps_the_adjective_that_alone_names_it():
    found = _entities(
        "The Chinese Embassy in Jakarta said so. The Indian Government disagreed. The British Consulate was shut. "
        "Georgia Justice Watch, a nonprofit, counted the deaths."
    )
    assert found["Chinese Embassy"].kind == "organisation"
    assert found["Indian Government"].kind == "organisation"
    assert found["British Consulate"].kind == "organisation"
    assert found["Georgia Justice Watch"].kind == "organisation"


def test_a_known_name_opening_a_sentence_keeps_its_ordinary_first_word():
    found = _entities(
        "New York City Mayor Bill de Blasio indicated it. Real Madrid and Real Sociedad will play again. "
        "Home Office Minister Hazel Blears spoke."
    )
    assert [mention.text for mention in found["New York"].mentions] == ["New York City"]
    assert found["Real Madrid"].kind == found["Home Office"].kind == "organisation"
    assert "York City" not in found and "Madrid" not in found


def test_a_place_before_common_acronyms_is_the_place_but_a_firm_named_for_a_place_stays_a_firm():
    found = _entities(
        "His mother told US TV network Fox News about UK DVD sales. Texas Instruments and Munich Re said so."
    )
    assert [mention.text for mention in found["United States"].mentions] == ["US"]
    assert found["United Kingdom"].kind == "place"
    assert "US TV" not in found and "UK DVD" not in found
    assert found["Texas Instruments"].kind == found["Munich Re"].kind == "organisation"


def test_a_party_member_word_after_a_place_leaves_the_place_and_after_a_body_is_its_caucus():
    facts = extract_facts(
        "Rep. Lorena Gonzalez, a San Diego Democrat, and Sen. John Cornyn, a Texas Republican, spoke. "
        "House Democrats met on Monday."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds == {
        "Lorena Gonzalez": "person",
        "San Diego": "place",
        "John Cornyn": "person",
        "Texas": "place",
        "House Democrats": "organisation",
    }


def test_where_analysts_work_is_an_organisation():
    facts = extract_facts("Analysts at Jefferies said the plan was credible but costly.")
    assert [(entity.kind, entity.name) for entity in facts.entities] == [("organisation", "Jefferies")]


def test_an_institution_is_the_kind_of_its_head_noun():
    facts = extract_facts("California's District Court of Appeal ruled against the Bank of England.")
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["District Court of Appeal"] == "organisation"
    assert kinds["Bank of England"] == "organisation"


def test_a_name_after_a_plural_profession_is_a_firm_of_them():
    facts = extract_facts(
        'Telecom analysts Ovum welcomed the move, saying BT had "given a lot of ground". '
        "Industry analyst Jo Smith agreed."
    )
    assert {entity.name: entity.kind for entity in facts.entities} == {
        "Ovum": "organisation",
        "BT": "organisation",
        "Jo Smith": "person",
    }
    assert [quote.speaker for quote in facts.quotes] == ["Ovum"]


def test_a_place_that_is_a_first_name_before_a_surname_makes_a_person():
    found = _entities(
        "Virginia Madsen and Victoria Hamilton starred. Oakland Coliseum was full, and the China Daily "
        "and Sydney Harbour were quiet."
    )
    assert found["Virginia Madsen"].kind == "person"
    assert found["Victoria Hamilton"].kind == "person"
    for name in ("Oakland Coliseum", "China Daily", "Sydney Harbour"):
        assert found[name].kind != "person", name


def test_a_street_or_green_with_no_first_name_before_it_is_a_place():
    found = _entities(
        "The club moved to Cadwell Lane and its fans met on Hobbiton Green. Actor Nathan Lane and Eve Green "
        "watched from Sydney Harbour."
    )
    for name in ("Cadwell Lane", "Hobbiton Green", "Sydney Harbour"):
        assert found[name].kind == "place", name
    assert found["Nathan Lane"].kind == "person"
    assert found["Eve Green"].kind == "person"


def test_a_noun_for_a_firm_and_a_person_alike_does_not_make_a_full_name_a_firm():
    found = _entities(
        "The film's producer Takeshi Moriyama was there, with TV producer Lumen Pictures Limited. "
        "Oil producer Yukos said profits rose. Producer Takeshi Moriyama added that he was pleased."
    )
    assert found["Takeshi Moriyama"].kind == "person"
    assert found["Lumen Pictures Limited"].kind == "organisation"
    assert found["Yukos"].kind == "organisation"


def test_what_a_part_is_played_in_or_a_version_is_made_of_is_a_work():
    found = _entities(
        "Ada Quell won praise for her role in Mirela Vance, and Quell starred in Copper Fields. Fans "
        "downloaded a new version of Glintbox. Quell played the role of Tomas Brandt in a remake of Dora "
        "Lutz's novel."
    )
    assert not {"Mirela Vance", "Copper Fields", "Glintbox"} & set(found)
    assert found["Tomas Brandt"].kind == "person"  # a part played is a person's
    assert found["Dora Lutz"].kind == "person"  # a version of someone's work is not that someone


def test_a_city_that_takes_a_plural_verb_or_is_taken_on_is_a_club():
    found = _entities(
        "Chelsea take on Barcelona on Wednesday. Barcelona are used to big games.\n\n"
        "Trials in Helsinki are under way, and shops in central Leeds were busy; Leeds is wet."
    )
    assert found["Barcelona"].kind == "organisation"
    assert found["Helsinki"].kind == "place"
    assert found["Leeds"].kind == "place"


def test_a_known_place_before_a_compass_point_is_a_part_of_it():
    found = _entities(
        "The MP for Aberdeen South and the candidate in Leeds North West met outside Dresden Drive. "
        "Shares in China Southern rose."
    )
    for name in ("Aberdeen South", "Leeds North West", "Dresden Drive"):
        assert found[name].kind == "place", name
    assert found["China Southern"].kind == "organisation"


def test_a_lone_unknown_word_after_a_preposition_of_place_is_a_place():
    found = _entities(
        "A school in Quarrington closed, and talks near Vellmoor went on. She starred in Glimmer, wrote in "
        "Brellish and bought a stake in Corvex. Airlines in Chapter 11 and shares in Norbrook's rivals fell."
    )
    assert found["Quarrington"].kind == "place"
    assert found["Vellmoor"].kind == "place"
    assert not {"Glimmer", "Brellish", "Corvex", "Chapter", "Norbrook"} & {
        name for name, entity in found.items() if entity.kind == "place"
    }


def test_names_opened_by_an_article_or_a_saint_are_no_people_by_their_shape():
    found = _entities(
        "The deal was reported by Le Quotidien and La Gazzetta. Fans flew to San Ildefonso. Les Ferdinand scored."
    )
    assert found["Le Quotidien"].kind == "organisation"
    assert found["La Gazzetta"].kind == "organisation"
    assert found["San Ildefonso"].kind == "place"
    assert found["Les Ferdinand"].kind == "person"


def test_firms_named_by_one_word_are_known():
    found = _entities("Siemens and Gazprom signed a deal, Netflix said. Disney stayed out.")
    for name in ("Siemens", "Gazprom", "Netflix", "Disney"):
        assert found[name].kind == "organisation", name


def test_an_institution_noun_inside_an_appositive_is_not_its_head():
    found = _entities("Rudolf Kessel, an analyst at research firm Ovalto, said prices would fall.")
    assert found["Rudolf Kessel"].kind == "person"
    # The firm he works at is no evidence against him: he is as sure a person as one with a plain role.
    plain = _entities("Rudolf Kessel, an analyst, said prices would fall.")["Rudolf Kessel"]
    assert found["Rudolf Kessel"].confidence == plain.confidence


def test_a_name_before_an_actor_and_a_person_is_a_work():
    found = _entities("The prizes went to Blue Orchard actress Gillian Anders and to Happy Mondays star Bez.")
    assert "Blue Orchard" not in found
    assert found["Gillian Anders"].kind == "person"
    assert found["Happy Mondays"].kind == "organisation"  # a band's star


def test_a_firms_kind_before_a_full_name_outweighs_the_names_shape():
    found = _entities(
        "Investment bank Merrill Lynch and accountancy firm Grant Thornton advised. "
        "Broadcaster Chris Evans and writing partner Stephen Merchant laughed."
    )
    assert found["Merrill Lynch"].kind == "organisation"
    assert found["Grant Thornton"].kind == "organisation"
    assert found["Chris Evans"].kind == "person"
    assert found["Stephen Merchant"].kind == "person"


def test_works_named_as_examples_of_works_are_no_entities():
    found = _entities(
        "The firm publishes titles such as Zorbo and Jack Tamsin, and films like Ellen Varga. "
        "Critics such as Jack Tamblyn disagreed."
    )
    assert not {"Zorbo", "Jack Tamsin", "Ellen Varga"} & set(found)
    assert found["Jack Tamblyn"].kind == "person"


def test_a_word_counted_like_a_thing_is_no_persons_name_by_its_shape():
    found = _entities(
        "She won an Oscar in 2004. Oscar voters liked her, and Oscar night was long. Oscar judges agreed."
    )
    assert "Oscar" not in found or found["Oscar"].kind != "person"


def test_a_city_named_twice_once_as_a_club_is_a_club():
    found = _entities("Tottenham manager Jacques Santini resigned. 'My time at Tottenham was good,' he said.")
    assert found["Tottenham"].kind == "organisation"


def test_first_names_come_from_the_census_and_social_security_but_words_and_places_do_not():
    first_names = load_gazetteer().first_names
    assert first_names["Kyrsten"] == "f" and first_names["Mervyn"] == "m" and first_names["Mark"] == "m"
    # An ordinary word, a surname, a place or a name given to both sexes is no SSA first name here.
    for word in ("Heaven", "Symphony", "Smith", "Memphis", "London", "Sky", "Judge"):
        assert word not in first_names, word


def test_a_lone_name_that_reports_as_only_a_person_does_is_a_person():
    found = _entities(
        "The bill stalled again, Draycott told reporters on Tuesday.\n\n"
        "Vantrell said in an interview that the vote would come in March. Quillam tweeted that it was a disgrace.\n\n"
        "Zentrox said in a statement that it would appeal."
    )
    for name in ("Draycott", "Vantrell", "Quillam"):
        assert found[name].kind == "person", name
    assert found["Zentrox"].kind == "organisation"


def test_a_lone_name_that_he_or_she_refers_back_to_is_a_person_but_not_past_another_name_or_a_quote():
    found = _entities(
        "Brannock said the vote would come on Friday. He added that talks would go on.\n\n"
        "In a statement, Telvane said the bill would pass, and that her caucus was united.\n\n"
        "Morvath said Mr Quill had resigned. He was not available.\n\n"
        'Dravex said: "He is wrong."\n\n'
        "Kestrova told him to leave."
    )
    assert found["Brannock"].kind == found["Telvane"].kind == "person"
    for name in ("Morvath", "Dravex", "Kestrova"):
        assert found[name].kind != "person" or found[name].confidence < CONFIDENT, name


def test_a_census_surname_written_with_an_apostrophe_is_one():
    found = _entities("O'Rourke said the count would be finished by morning.")
    assert found["O'Rourke"].kind == "person"


def test_a_lone_name_that_speaks_after_an_age_or_an_appositive_is_a_name():
    found = _entities(
        "Harlow, 64, said the vote would come on Friday.\n\n"
        "Zentrox, a maker of voting machines, said the count was secure."
    )
    assert found["Harlow"].kind == "person"
    assert found["Zentrox"].kind == "organisation"


def test_a_role_in_apposition_may_say_where_its_holder_is_from():
    found = _entities("Brannock, a senator from Arizona, said the vote would come on Friday.")
    assert found["Brannock"].kind == "person"
    assert found["Brannock"].roles == ["senator from Arizona"]


def test_a_party_member_in_apposition_is_a_role():
    found = _entities("Harnett, a Democrat, said the vote would come. Quarles, a Republican from Ohio, said no.")
    assert found["Harnett"].kind == found["Quarles"].kind == "person"
    assert found["Quarles"].roles == ["Republican from Ohio"]


def test_lone_names_in_us_political_news_are_people_and_a_firm_that_issues_a_statement_is_not():
    facts = extract_facts(
        "WASHINGTON (AP) — The Senate bill stalled again on Tuesday.\n\n"
        '"We have the votes," Brannock told reporters after a closed-door lunch.\n\n'
        'Telvane, a Republican from Ohio, said the measure would fail. "It is dead on arrival," she said.\n\n'
        "In a statement, Harrowgate said his office had not been consulted.\n\n"
        "Zentrox said in a statement that it would comply with the law."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Brannock"] == kinds["Telvane"] == kinds["Harrowgate"] == "person"
    assert kinds["Zentrox"] == "organisation"
    assert quote_starting(facts, "It is dead").speaker == "Telvane"


def test_a_former_title_holder_is_who_the_former_role_means():
    facts = extract_facts(
        "DES MOINES — Former Vice President Mike Pence spoke on Saturday. He later told Fox News' Sean Hannity "
        'that he would decide soon.\n\n"We will know when the time is right," the former vice president said.'
    )
    assert next(entity for entity in facts.entities if entity.name == "Mike Pence").roles[0] == "former Vice President"
    assert facts.quotes[-1].speaker == "Mike Pence"


def test_trustees_end_an_organisation_s_name():
    facts = extract_facts(
        'Matt Williams, a fund manager at Perpetual Trustees said the stake "is a precursor to a takeover".'
    )
    assert [(entity.name, entity.kind) for entity in facts.entities] == [
        ("Matt Williams", "person"),
        ("Perpetual Trustees", "organisation"),
    ]
    assert facts.quotes[0].speaker == "Matt Williams"


def test_capitol_hill_is_a_place_and_a_spokeswoman_speaks_for_a_firm():
    facts = extract_facts(
        "On Capitol Hill, lawmakers disagreed. "
        "A spokeswoman for Chevron, Kelly Lawrence, said it was reviewing the law."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Capitol Hill"] == "place"
    assert kinds["Chevron"] == "organisation"


def test_international_newswire_institutions_and_a_paper_before_newspaper():
    facts = extract_facts(
        "Shares in Daimler-Benz rose in Frankfurt. Finance Minister Theo Waigel, of Chancellor Helmut Kohl's "
        "Christian Democrats, told the Frankfurter Allgemeine newspaper that the Bundesbank would hold rates."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Daimler-Benz"] == "organisation"
    assert kinds["Frankfurter Allgemeine"] == "organisation"
    assert kinds["Christian Democratic Union"] == "organisation"
    assert kinds["Bundesbank"] == "organisation"
    assert "Democratic Party" not in kinds


def test_a_topic_before_a_shouted_headline_is_no_dateline():
    facts = extract_facts("SOCCER - LEEDS BEAT CHELSEA IN LEAGUE.\n\nLONDON 1996-08-28\n\nLeeds United beat Chelsea.")
    names = {entity.name for entity in facts.entities}
    assert "London" in names
    assert not {"Soccer", "SOCCER"} & names


def test_a_word_before_news_agency_or_after_shares_of_is_an_organisation():
    facts = extract_facts("Gen Feisal Tanjung told the Antara news agency he would act. Shares of Indomobil rose.")
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Antara"] == "organisation"
    assert kinds["Indomobil"] == "organisation"


def test_a_division_of_a_government_is_an_organisation_and_the_division_refers_to_it():
    facts = extract_facts(
        "The rule, drafted by the Nevada Division of Industrial Relations, takes effect in January. The Utah "
        'Division of Water Resources did not take a position. In a statement, the division said it "stands ready '
        'to administer the program if the Legislature approves it."'
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Nevada Division of Industrial Relations"] == "organisation"
    assert kinds["Utah Division of Water Resources"] == "organisation"
    assert quote_starting(facts, "stands ready").speaker == "Utah Division of Water Resources"


def test_a_group_that_owns_an_institution_is_part_of_its_name():
    facts = extract_facts("Monica Seles withdrew, the Women's Tennis Association said.")
    assert ("Women's Tennis Association", "organisation") in {(e.name, e.kind) for e in facts.entities}


def test_a_known_name_takes_the_spelling_the_article_writes():
    facts = extract_facts("Insurers at Lloyds of London said costs rose. Nato said Wal-Mart and Nato agreed.")
    names = {entity.name for entity in facts.entities}
    assert {"Lloyds of London", "Nato", "Wal-Mart"} <= names
    assert not {"Lloyd's of London", "NATO", "Walmart"} & names


def test_two_particles_in_a_family_name_keep_it_whole():
    facts = extract_facts(
        "Spokesman Nikolaus van der Pas told reporters. J van der Westhuyzen and Oscar de la Hoya agreed."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Nikolaus van der Pas"] == "person"
    assert kinds["J van der Westhuyzen"] == "person"
    assert kinds["Oscar de la Hoya"] == "person"


def test_a_name_before_an_owned_appositive_noun_is_an_organisation():
    facts = extract_facts("Verdi, Germany's second-largest union, said it would fight the cuts.")
    assert ("Verdi", "organisation") in {(entity.name, entity.kind) for entity in facts.entities}


def test_a_dateline_with_a_state_written_out_is_a_place():
    facts = extract_facts("AUSTIN, Texas \u2014 Gov. Greg Abbott defended his program on Thursday.")
    assert ("Austin", "place") in {(entity.name, entity.kind) for entity in facts.entities}


def test_a_person_before_an_institution_with_a_title_word_and_a_known_owner_of_a_title():
    facts = extract_facts(
        "Their lawyer, Jeffrey Schwab of the Liberty Justice Center, spoke. "
        "Bank of England Governor Mark Carney agreed."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Jeffrey Schwab"] == "person"
    assert kinds["Liberty Justice Center"] == "organisation"
    assert kinds["Bank of England"] == "organisation"


def test_a_name_before_executive_is_a_firm():
    facts = extract_facts("Fidel Marquez, a former Commonwealth Edison executive, testified on Tuesday.")
    assert ("Commonwealth Edison", "organisation") in {(entity.name, entity.kind) for entity in facts.entities}


def test_an_honorific_or_a_title_tells_which_of_those_sharing_a_surname_is_meant():
    facts = extract_facts(
        "Laura Whitcomb spoke first. Her husband, Senator Daniel Whitcomb, was away. "
        "Mr. Whitcomb was unapologetic. Ms. Whitcomb was not. Senator Whitcomb left."
    )
    mentions = {entity.name: [mention.text for mention in entity.mentions] for entity in facts.entities}
    assert mentions["Laura Whitcomb"] == ["Laura Whitcomb", "Whitcomb"]
    assert mentions["Daniel Whitcomb"] == ["Daniel Whitcomb", "Whitcomb", "Whitcomb"]
    facts = extract_facts('Laura Whitcomb spoke. Daniel Whitcomb spoke. "We won," Mr. Whitcomb said.')
    assert quote_starting(facts, "We won").speaker == "Daniel Whitcomb"


def test_a_school_district_is_an_organisation_and_joined_acronyms_are_one():
    facts = extract_facts("The Oakland Unified School District said it would close. Luohu District is in Shenzhen.")
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Oakland Unified School District"] == "organisation"
    assert kinds["Luohu District"] == "place"
    facts = extract_facts("The AFL-CIO came out against her. Sales of HD-DVD players rose.")
    assert [(entity.name, entity.kind) for entity in facts.entities] == [("AFL-CIO", "organisation")]


def test_a_bullet_opens_a_sentence_and_an_acronym_of_a_place_is_one_branch():
    facts = extract_facts(
        '• The Michigan Republican Party called it "a long-overdue correction."\n'
        '• But the ACLU of Michigan warned that it could be "worse than the disease."'
    )
    assert [(entity.name, entity.kind) for entity in facts.entities] == [
        ("Michigan Republican Party", "organisation"),
        ("ACLU of Michigan", "organisation"),
    ]
    assert quote_starting(facts, "worse than the disease").speaker == "ACLU of Michigan"


def test_role_acronyms_are_no_organisations():
    facts = extract_facts("The MEP said he was ashamed. The DJ played on. Two MSPs left.")
    assert facts.entities == []


def test_a_bare_shared_surname_is_the_one_named_in_full_last_and_a_month_after_a_time_word_is_no_name():
    facts = extract_facts(
        "Sen. Dale Whitaker backed the bill. His sister, Rep. Joanne Whitaker, did not. "
        '"We\'ve seen this movie before," Whitaker said.'
    )
    assert quote_starting(facts, "We've seen this movie").speaker == "Joanne Whitaker"
    facts = extract_facts("Danny Grewcock was cited. Last June Grewcock was banned. In May Smith said so.")
    assert [entity.name for entity in facts.entities if entity.kind == "person"] == ["Danny Grewcock", "Smith"]


def test_a_bare_shared_surname_goes_on_meaning_whom_it_meant_unless_a_pronoun_after_it_says_otherwise():
    facts = extract_facts(
        "Rep. Daniel Kessling broke the rules, the panel said. Kessling denied it.\n\n"
        "The committee cited emails in which Kessling and his wife, Christine Kessling, discussed charges.\n\n"
        '"I made mistakes in how my campaign kept its books," Kessling said.'
    )
    assert quote_starting(facts, "I made mistakes").speaker == "Daniel Kessling"
    facts = extract_facts(
        "Sheldon Rappaport and his wife, Marlene Rappaport, live there. Gavin Roebuck said the market was fine."
        '\n\n"Florida is stabilizing," Roebuck said.\n\n'
        'Rappaport, told of the statement, laughed. "Stabilizing for who?" he said.'
    )
    assert quote_starting(facts, "Stabilizing for who").speaker == "Sheldon Rappaport"


def test_a_bare_shared_surname_after_one_sentence_naming_both_is_the_one_it_is_about():
    facts = extract_facts(
        "Lorraine Pruitt, whose younger brother, Eddie Pruitt, is among the missing, sat with a cup.\n\n"
        '"I want to hear that they found him," Pruitt said.'
    )
    assert quote_starting(facts, "I want to hear").speaker == "Lorraine Pruitt"
    # (and never one named only further on)
    facts = extract_facts('Ozzy Osbourne fell. "I acted on impulse," Osbourne said. Sharon Osbourne agreed.')
    assert quote_starting(facts, "I acted on impulse").speaker == "Ozzy Osbourne"


def test_a_given_name_cut_short_or_a_name_inside_a_longer_one_is_that_person():
    facts = extract_facts(
        'Rep. Daniel Kessling spoke. "Dan Kessling charged his vacations to donors," Laura Buczek said. '
        "George W. Bush spoke. George Bush said he was tired. In his video, Kessling said he would stay. "
        "Bush said he would go."
    )
    assert [entity.name for entity in facts.entities if entity.kind == "person"] == [
        "Daniel Kessling",
        "Laura Buczek",
        "George W. Bush",
    ]


def test_a_lone_word_in_apposition_to_a_kind_of_firm_is_an_organisation():
    facts = extract_facts("Coinvault, the largest U.S. stablecoin issuer, has spent $11 million lobbying.")
    assert ("Coinvault", "organisation") in [(entity.name, entity.kind) for entity in facts.entities]


def test_a_first_name_and_a_place_word_that_is_a_surname_make_a_person_who_holds_a_role_or_speaks():
    facts = extract_facts(
        "Linda Park, a spokeswoman for the city, said it was fine. Mike Lake said so too. "
        "They met in Victoria Park on Sunday."
    )
    assert [(entity.name, entity.kind) for entity in facts.entities] == [
        ("Linda Park", "person"),
        ("Mike Lake", "person"),
        ("Victoria Park", "place"),
    ]


def test_president_pro_tem_is_a_title():
    facts = extract_facts("Senate President Pro Tem Warren Ashcombe told reporters it was hard.")
    assert "Warren Ashcombe" in [entity.name for entity in facts.entities if entity.kind == "person"]


def test_st_opens_a_place_not_a_person():
    facts = extract_facts("The plant in St James parish closed. Trains left St Pancras.")
    assert [(entity.name, entity.kind) for entity in facts.entities] == [("St James", "place"), ("St Pancras", "place")]


def test_a_family_name_written_first_keeps_its_most_prominent_bearer():
    facts = extract_facts(
        "North Korean leader Kim Jong Un wants talks. Kim Jong Un said so twice. His sister, Kim Yo Jong, "
        "issued a statement. Kishida said a meeting with Kim is crucial."
    )
    bearer = next(entity.name for entity in facts.entities if any(m.text == "Kim" for m in entity.mentions))
    assert bearer == "Kim Jong Un"


def test_a_person_of_an_institution_and_a_city_manager_are_split_from_it():
    facts = extract_facts(
        "Andrea Villalobos of the Center for Working Families spoke. Goodyear City Manager Rob Delacroix spoke. "
        "The Royal College of Physicians spoke."
    )
    assert [(entity.name, entity.kind) for entity in facts.entities] == [
        ("Andrea Villalobos", "person"),
        ("Center for Working Families", "organisation"),
        ("Rob Delacroix", "person"),
        ("Royal College of Physicians", "organisation"),
    ]


def test_centers_end_an_organisation_s_name():
    facts = extract_facts("The Centers for Disease Control and Prevention said so.")
    assert [(entity.name, entity.kind) for entity in facts.entities] == [
        ("Centers for Disease Control and Prevention", "organisation")
    ]


def test_a_lone_surname_is_the_first_of_someone_s_two_surnames():
    facts = extract_facts(
        "Maria Elena Rodríguez Salas waited. Her daughter, Daniela Vega Rodríguez, translated. "
        '"They told me to wait in the lobby," Rodríguez said.'
    )
    assert quote_starting(facts, "They told me").speaker == "Maria Elena Rodríguez Salas"


def test_a_given_name_with_accents_opens_a_name_and_gives_the_sex():
    facts = extract_facts(
        'Her father, José Luis Martínez, waited. Her mother, María Elena Rodríguez Salas, waited. "We are '
        'tired," she said.'
    )
    assert [entity.name for entity in facts.entities] == ["José Luis Martínez", "María Elena Rodríguez Salas"]
    assert quote_starting(facts, "We are tired").speaker == "María Elena Rodríguez Salas"


def test_a_project_or_an_initiative_is_an_organisation_and_a_party_tag_with_a_home_town_is_no_name():
    entities = _entities(
        "Asked whether the Constitutional Liberty Project would sway her, Sen. Ruth Abernathy laughed. "
        "State Rep. Travis Kimbrough-Lee, R-Queen Creek, agreed, as did Heath Shuler (D-N.C.)."
    )
    assert entities["Constitutional Liberty Project"].kind == "organisation"
    assert "R-Queen Creek" not in entities and "Queen Creek" not in entities
    assert entities["North Carolina"].kind == "place"


def test_and_joins_the_words_of_a_trade_in_one_name_after_a_place_too_but_not_two_names():
    entities = _entities(
        "The Texas Parks and Wildlife Department agreed, as did the Baoshan Iron and Steel Co. "
        "Both Citizens Bank and Canal Bank did not, nor did UPS and Deutsche Post."
    )
    assert {"Texas Parks and Wildlife Department", "Baoshan Iron and Steel Co."} <= set(entities)
    assert {"Citizens Bank", "Canal Bank", "UPS"} <= set(entities)


def test_ceo_is_a_title_before_a_name_and_a_given_name_shared_out_still_tells_the_sex():
    facts = extract_facts(
        'Northlight Systems CEO Jessamyn Cole said: "We will fight this bill in every state."\n\n'
        "Gabriel and Lucia Ferreira got the letter.\n\n"
        '"I got angry," Gabriel Ferreira said.\n\n'
        '"He made a spreadsheet," she said.'
    )
    assert quote_starting(facts, "We will fight").speaker == "Jessamyn Cole"
    assert quote_starting(facts, "He made a spreadsheet").speaker == "Lucia Ferreira"


def test_a_couple_told_apart_by_given_names_keep_their_sexes_and_their_family_is_no_name():
    facts = extract_facts(
        "Gabriel and Lucia Ferreira got the letter. The work cost $38,000, by Gabriel's count, and the "
        "Ferreiras ended up on the FAIR Plan.\n\n"
        "Pacific Crest Mutual, which insured the Ferreiras until January, declined to comment. In a "
        'statement, the company said it had "made the difficult decision to reduce our exposure."\n\n'
        '"He made a spreadsheet," she said.'
    )
    assert "Ferreiras" not in [entity.name for entity in facts.entities]
    assert quote_starting(facts, "made the difficult").speaker == "Pacific Crest Mutual"
    assert quote_starting(facts, "He made a spreadsheet").speaker == "Lucia Ferreira"


def test_a_firm_of_three_words_and_one_joined_by_an_ampersand_is_one_name():
    assert _entities("He said Gulf Coast Power & Light had crews ready.")["Gulf Coast Power & Light"].kind == (
        "organisation"
    )


def test_a_hyphenated_surname_whose_half_is_a_place_stays_one_name_of_its_bearer():
    facts = extract_facts(
        "Ashcombe, Villalobos-Kent work the diners\n\n"
        'Arizona Sen. Renata Villalobos-Kent spoke. Villalobos-Kent said: "We will win this on Monday night."'
    )
    assert [entity.name for entity in facts.entities if entity.kind != "place"] == ["Renata Villalobos-Kent"]
    assert quote_starting(facts, "We will win").speaker == "Renata Villalobos-Kent"


def test_a_lone_word_before_the_last_of_a_long_name_is_that_person_when_nothing_else_matches():
    facts = extract_facts(
        "Finance Minister Juan Sebastián Ordóñez Villacrés said the deal was done. Ordóñez said the payments "
        'would start "within six weeks." Tom McCabe MSP spoke, then McCabe left.'
    )
    assert quote_starting(facts, "within six weeks").speaker == "Juan Sebastián Ordóñez Villacrés"
    assert {"Ordóñez", "McCabe"}.isdisjoint(entity.name for entity in facts.entities)


def test_a_place_that_is_a_given_name_before_a_hyphenated_surname_is_a_person():
    found = _entities(
        "Lindqvist's campaign manager, Sofia Marchetti-Kahn, fired back. He shopped at the Maryland Wal-Marts."
    )
    assert found["Sofia Marchetti-Kahn"].kind == "person"
    assert "Maryland Wal-Marts" not in found or found["Maryland Wal-Marts"].kind != "person"


def test_a_titled_full_name_owns_what_follows_its_possessive():
    found = _entities("In Georgia, Gov. Marcia Teague's Senate campaign released a poll.")
    assert found["Marcia Teague"].kind == "person"
    assert found["Senate"].kind == "organisation"


def test_councilor_and_councillor_are_titles_and_roles():
    facts = extract_facts(
        "Councilor Obi Mensah-Larkin of Mattapan said he was open to a compromise. "
        '"Split the difference," he said. Cllr Ann Brody spoke next. "No," the councillor said.'
    )
    people = {entity.name: entity for entity in facts.entities if entity.kind == "person"}
    assert people["Obi Mensah-Larkin"].roles == ["Councilor"]
    assert "Ann Brody" in people
    assert quote_starting(facts, "Split the difference").speaker == "Obi Mensah-Larkin"
    assert quote_starting(facts, "No").speaker == "Ann Brody"


def test_a_given_name_before_park_with_a_role_or_speech_is_a_person_not_a_park():
    found = _entities(
        "A spokesman for the commissioner, Devin Park, said the rules would change. The schools chancellor, "
        "Hyun-woo Park, said teachers were needed. Crowds gathered in Hyde Park."
    )
    assert found["Devin Park"].kind == "person"
    assert found["Hyun-woo Park"].kind == "person"
    assert found["Hyde Park"].kind == "place"


def test_a_role_makes_a_person_of_a_name_a_place_opens_before_a_surname():
    found = _entities(
        "Brandvold's campaign manager, Jordan Achebe-Kline, said the campaign had no say. I called Ngozi "
        "Adeyemi-Carter, a housing economist at the University of Minnesota. Chicago Cubs manager Joe Ray spoke."
    )
    assert found["Jordan Achebe-Kline"].kind == "person"
    assert found["Ngozi Adeyemi-Carter"].kind == "person"
    assert found["Chicago Cubs"].kind == "organisation"


def test_someone_described_then_named_is_a_person_and_occupations_are_roles():
    facts = extract_facts(
        "The chair of the county commission, a rancher named Wade Ellingsen, opened with a warning. "
        "Meanwhile, coach John McLaughlin entered Donnelly, but the athlete told reporters he would not run. "
        '"We will pray for them," the pastor said.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Wade Ellingsen"].kind == "person"
    assert found["Wade Ellingsen"].confidence >= CONFIDENT
    assert quote_starting(facts, "We will pray").speaker_text == "the pastor"
    assert quote_starting(facts, "he would not run").speaker_text == "the athlete"


def test_a_lone_first_name_given_as_all_there_is_or_with_an_age_after_a_relative_is_a_person():
    facts = extract_facts(
        "At a church-run shelter in Del Rio, a 34-year-old man from Honduras who gave only his first name, "
        'Wilmer, said his court date was set for 2029. "They gave me a paper," he said.\n\n'
        'In the back seat, her daughter Kiana, 15, is finishing an assignment. "The Wi-Fi is better here," she says.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Wilmer"].kind == "person"
    assert found["Kiana"].kind == "person"
    assert found["Del Rio"].roles == []
    assert quote_starting(facts, "They gave me").speaker == "Wilmer"
    assert quote_starting(facts, "The Wi-Fi").speaker == "Kiana"


def test_a_given_name_before_a_surname_of_two_halves_one_a_place_keeps_it_whole():
    facts = extract_facts(
        "Hector Ybarra has sold insurance in Brandon for 31 years. His daughter, Lina Ybarra-Kent, joined in 2019.\n\n"
        '"I have never seen it like this," Ybarra said.\n\nYbarra-Kent said she spends her day explaining.'
    )
    people = [entity.name for entity in facts.entities if entity.kind == "person"]
    assert people == ["Hector Ybarra", "Lina Ybarra-Kent"]
    assert "Kent" not in [entity.name for entity in facts.entities]
    assert quote_starting(facts, "I have never").speaker == "Hector Ybarra"


def test_a_surname_that_names_a_place_too_is_its_bearer_when_it_acts():
    facts = extract_facts(
        "The team's majority owner, Vikram Saldanha, sat in the front row. The port of Saldanha is busy.\n\n"
        '"Would the team leave?" a reporter asked.\n\nSaldanha did not rule it out.\n\n'
        '"I don\'t want to talk about hypotheticals," he said. Roy Disney left the board. Disney said profits rose.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert len(found["Vikram Saldanha"].mentions) == 2
    assert found["Saldanha"].kind == "place"
    assert quote_starting(facts, "I don't want").speaker == "Vikram Saldanha"
    assert found["Disney"].kind == "organisation"


def test_a_role_of_a_lowercase_body_before_a_name_is_that_persons():
    facts = extract_facts(
        "Eleanor Whitcombe-Nakamura, the president of Harrowgate University, resigned Monday. The chair of the "
        "board, Marjorie Halloran, thanked her.\n\nHalloran, reached by phone, was more expansive.\n\n"
        '"Eleanor made hard choices," the chair said. The chairman of the House Agriculture subcommittee on '
        "forestry, Rep. Travis Kettering (R-Idaho), said he would review the report."
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Marjorie Halloran"].roles == ["chair of the board"]
    assert "chairman of the House Agriculture subcommittee on forestry" in found["Travis Kettering"].roles
    assert quote_starting(facts, "Eleanor made").speaker == "Marjorie Halloran"


def test_a_leading_role_of_a_long_or_possessive_body_is_that_persons():
    facts = extract_facts(
        "The presiding chairman of the joint meeting of House and Senate health and human services budget writers, "
        "Sen. Phil Ruddock (R-Henderson), gave each speaker three minutes. Sen. Holden Pritchard (R-Johnston) "
        'defended the plan. "It is a responsible choice," Pritchard said.\n\n'
        "The chairman of council's Finance Committee, Terrence Abubakar-Reed, opened the hearing. The president of "
        "United Food and Commercial Workers Local 2290, Janelle Kruse, said the union learned of it late.\n\n"
        '"Everyone in this room wants the same thing," the chairman said.\n\n'
        '"They deserved more than a 10-minute meeting," the union president said.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert "presiding chairman of the joint meeting of House and Senate health and human services budget writers" in (
        found["Phil Ruddock"].roles
    )
    assert found["Terrence Abubakar-Reed"].roles == ["chairman of council's Finance Committee"]
    assert found["Janelle Kruse"].roles == ["president of United Food and Commercial Workers Local 2290"]
    assert quote_starting(facts, "They deserved").speaker == "Janelle Kruse"


def test_a_role_with_a_body_is_recorded_and_brings_its_holder_back():
    facts = extract_facts(
        '"We are looking at highs of 115," said Jared Kimble, a meteorologist with the National Weather Service.\n\n'
        "Gov. Elena Marsh-Tavares declared an emergency. She said cooling centers would stay open.\n\n"
        "The mayor said libraries would open. Hospitals filled up. Power failed in Mesa.\n\n"
        'Forecasters urged residents not to be lulled. "Do not let the evening fool you," the meteorologist said.'
    )
    kimble = next(entity for entity in facts.entities if entity.name == "Jared Kimble")
    assert kimble.roles == ["meteorologist with the National Weather Service"]
    assert quote_starting(facts, "Do not let").speaker == "Jared Kimble"


def test_local_offices_before_a_name_are_titles_not_part_of_it():
    facts = extract_facts(
        "Arapahoe County Assessor Wendell Shapiro said homeowners should brace. County Treasurer Ana Ruiz "
        "agreed, and Public Defender Tom Hale did not. County Attorney Jolene Tsosie and FEMA Administrator Renata "
        "Okafor-Lindqvist declined to comment."
    )
    found = {entity.name: entity for entity in facts.entities if entity.kind == "person"}
    assert found["Wendell Shapiro"].roles == ["Arapahoe County Assessor"]
    assert found["Ana Ruiz"].roles == ["County Treasurer"]
    assert found["Tom Hale"].roles == ["Public Defender"]
    assert found["Jolene Tsosie"].roles == ["County Attorney"]
    assert found["Renata Okafor-Lindqvist"].roles == ["FEMA Administrator"]
    # (an administrator no one named holds is someone unnamed, not the person the story is about)
    facts = extract_facts(
        "Tom Hale founded Argonaut. Hale said it would survive.\n\n"
        "The administrators of Argonaut said the firm would be sold. The administrator said staff would be paid."
    )
    assert quote_starting(facts, "staff would be paid").speaker is None


def test_chief_is_a_title_and_a_title_that_runs_to_the_end_of_a_name_is_no_one():
    facts = extract_facts(
        '"A deal is a deal," Sandstone Creek Principal Chief Loretta Hawkshaw-Diaz said. Paul Boateng, Labour\'s '
        "Chief Secretary to the Treasury, and the Chief Justice disagreed. This week Colin Powell, US Secretary of "
        'State, visited.\n\n"His door may be open," the chief said.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Loretta Hawkshaw-Diaz"].roles[0] == "Sandstone Creek Principal Chief"
    assert {"Secretary", "Chief Justice", "Justice", "Chief Secretary"}.isdisjoint(found)
    assert found["United States"].kind == "place"
    assert quote_starting(facts, "His door").speaker == "Loretta Hawkshaw-Diaz"


def test_a_role_a_verb_gives_is_held_and_a_role_naming_a_body_means_its_holder():
    facts = extract_facts(
        "House Homeland Security Chair Wade Hollister is moving toward a contempt vote.\n\n"
        "The push has the backing of Rep. Curtis Lindqvist (R-Ariz.), who chairs the panel's border security "
        "subcommittee and first raised questions about the contract.\n\n"
        '"We have been more than patient," Hollister said.\n\n'
        '"We have a suggestion box," the subcommittee chairman said.'
    )
    lindqvist = next(entity for entity in facts.entities if entity.name == "Curtis Lindqvist")
    assert "chair of the panel's border security subcommittee" in lindqvist.roles
    assert quote_starting(facts, "We have a suggestion").speaker == "Curtis Lindqvist"


def test_a_role_before_a_state_title_and_one_a_clause_gives_after_an_appositive_are_held():
    facts = extract_facts(
        '"People died," the committee\'s chairwoman, state Sen. Carolyn Ybarra-Lowe, R-Houston, said. Public Utility '
        "Commission Chair Nadine Holloway testified. State Sen. Leonard Frye, a Republican from Duncan who chairs "
        "the Senate Public Safety Committee, plans a study. Tomas Quintero died in his cell.\n\n"
        '"We passed bills," the chairwoman said.\n\n"I want to see every staffing report," the chairman said.'
    )
    assert quote_starting(facts, "We passed").speaker == "Carolyn Ybarra-Lowe"
    assert quote_starting(facts, "I want to see").speaker == "Leonard Frye"


def test_a_role_in_apposition_before_a_name_keeps_the_office_it_names():
    facts = extract_facts(
        "Mayor Denise Okoye-Pratt wants a tax cut. The city's finance director, Margaret Liu-Hargrove, testified.\n\n"
        "Okoye-Pratt defended her.\n\n"
        '"Then we would slow it down," the finance director said.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Margaret Liu-Hargrove"].roles == ["finance director"]
    assert quote_starting(facts, "Then we would").speaker == "Margaret Liu-Hargrove"


def test_leagues_groups_for_a_cause_and_dc_are_read_whole_and_of_their_kind():
    found = _entities(
        "The Texas Taxpayers League urged lawmakers to act. The Digital Rights for Students Alliance, based in "
        "Washington, D.C., wrote to them. The Friends of the Earth sued. Citizens for Public Integrity objected. "
        "The Champions League final was moved."
    )
    assert found["Texas Taxpayers League"].kind == "organisation"
    assert found["Digital Rights for Students Alliance"].kind == "organisation"
    assert found["District of Columbia"].kind == "place"
    assert found["Friends of the Earth"].kind == "organisation"
    assert found["Citizens for Public Integrity"].kind == "organisation"
    assert "Champions League" not in found


def test_a_bodys_word_opening_a_sentence_before_a_title_is_part_of_the_role():
    facts = extract_facts(
        "Board President Denise Haverford said the board hopes to choose a chief.\n\n"
        "Brad Kessling, president of the union that represents most officers, said members were watching.\n\n"
        '"We want the room full," the board president said.'
    )
    found = {entity.name: entity for entity in facts.entities}
    assert found["Denise Haverford"].roles == ["Board President"]
    assert quote_starting(facts, "We want the room").speaker == "Denise Haverford"


def test_a_name_shaped_like_a_persons_that_opens_one_organisations_name_is_its_short_form():
    found = _entities(
        "Maple Crest is owned by Harmony Ridge Senior Living, a chain. Harmony Ridge disputed the analysis. "
        "The John Coltrane Foundation paid for it; John Coltrane played there. Cedar Ridge High School and "
        "Cedar Ridge Public Schools closed, and Cedar Ridge mourned."
    )
    assert found["Harmony Ridge Senior Living"].kind == "organisation"
    assert found["Harmony Ridge"].kind == "organisation"
    assert found["John Coltrane"].kind == "person"
    assert found.get("Cedar Ridge") is None or found["Cedar Ridge"].kind != "organisation"


def test_a_common_word_opening_a_sentence_opens_an_institutions_name_unless_it_only_describes_it():
    found = _entities(
        "Front Range Electric Cooperative cut power. Red Mesa Land Co. sold the site. Greater Manchester Police "
        "said so. Rival Acme Widget Corp declined to comment. Distributor Sony Pictures will release it."
    )
    for name in ("Front Range Electric Cooperative", "Red Mesa Land Co.", "Greater Manchester Police"):
        assert found[name].kind == "organisation", name
    assert "Acme Widget Corp" in found and "Sony Pictures" in found


def test_an_acronym_is_the_one_organisation_whose_initials_it_spells_not_one_holding_it_as_a_word():
    found = _entities(
        "The U.S. Federal Trade Commission sued Harvest Lane Foods. The FTC said the deal would raise prices. "
        "The National Audit Office and the Department of Justice agreed, the NAO and the DOJ said. "
        "BT is offering free calls with BT Together."
    )
    assert [mention.text for mention in found["U.S. Federal Trade Commission"].mentions] == [
        "U.S. Federal Trade Commission",
        "FTC",
    ]
    assert [mention.text for mention in found["National Audit Office"].mentions] == ["National Audit Office", "NAO"]
    assert [mention.text for mention in found["Department of Justice"].mentions] == ["Department of Justice", "DOJ"]
    assert "BT" in found


def test_a_given_name_before_a_places_head_that_is_a_surname_is_a_person_when_the_text_says_so():
    found = _entities(
        "Eunice Park, who chairs the faculty senate, said professors felt caught. Sung-min Park said he was fine. "
        "Ricki Lake, 55, hosted the event. The rally in Hyde Park drew 300 people, and Stanley Park was closed."
    )
    assert {name: found[name].kind for name in ("Eunice Park", "Sung-min Park", "Ricki Lake")} == dict.fromkeys(
        ("Eunice Park", "Sung-min Park", "Ricki Lake"), "person"
    )
    assert found["Hyde Park"].kind == found["Stanley Park"].kind == "place"


def test_a_given_name_alone_goes_on_meaning_the_one_named_with_it_even_when_it_is_a_word_too():
    found = _entities(
        "Sal and Teresa DiNardo run a sandwich shop. Teresa keeps the books. Sal is less sure the cut will matter. "
        "Wade Kettleman runs cattle near the river. Wade was blunter. "
        '"Will Halcyon keep the current workforce?" a reporter asked. Many Caribs were killed by disease.'
    )
    assert [mention.text for mention in found["Sal DiNardo"].mentions] == ["Sal", "Sal"]
    assert [mention.text for mention in found["Wade Kettleman"].mentions] == ["Wade Kettleman", "Wade"]
    assert "Will Halcyon" not in found
    assert "Many Caribs" not in found


def test_a_role_before_the_name_may_name_a_long_body_hold_a_title_after_its_comma_or_be_a_verb():
    facts = extract_facts(
        "Philip Strand owns the buildings. The committee chairman, Council member Roberto Kessler-Ibáñez, said "
        "little. The chairman of the House Science, Technology and Energy Committee, Rep. Howard Bissonnette, "
        "urged a vote. The chairman of the Appropriations subcommittee that oversees transportation and housing, "
        "Rep. Tom Keller, spent the day on the floor. The council member who chairs the Housing and Community "
        "Development Committee, Calvin Osterhout, wants change."
    )
    roles = {entity.name: entity.roles for entity in facts.entities}
    assert "committee chairman" in roles["Roberto Kessler-Ibáñez"]
    assert "chairman of the House Science, Technology and Energy Committee" in roles["Howard Bissonnette"]
    assert "chairman of the Appropriations subcommittee that oversees transportation and housing" in roles["Tom Keller"]
    assert "chair of the Housing and Community Development Committee" in roles["Calvin Osterhout"]
    assert roles["Philip Strand"] == []


def test_local_and_federal_titles_are_roles_not_part_of_the_name():
    facts = extract_facts(
        "Mayor Pro Tem Keisha Dunmore said she had heard from residents. "
        "Assistant US Attorney Simone Achebe wrote that the office had been misused. "
        "Prosecutor Alana Mercado objected. "
        "Glenbury First Selectwoman Linda Castellano and County Counselor Adaeze Whitlock spoke last."
    )
    roles = {entity.name: entity.roles for entity in facts.entities}
    assert roles["Keisha Dunmore"] == ["Mayor Pro Tem"]
    assert roles["Simone Achebe"] == ["US Attorney"]
    assert roles["Alana Mercado"] == ["Prosecutor"]
    assert roles["Linda Castellano"] == ["Glenbury First Selectwoman"]
    assert roles["Adaeze Whitlock"] == ["County Counselor"]


def test_a_role_of_one_sex_tells_a_persons_sex_better_than_a_census_count():
    facts = extract_facts(
        '"You can move his desk," Linh Nguyen said. Arturo Beltran-Saenz, the board president, said the plan was '
        "final.\n\n"
        "Her husband, Bao Nguyen, who spoke after her, asked board members to raise their hands.\n\n"
        '"None of you raised your hands," he said afterward.'
    )
    assert quote_starting(facts, "None of you").speaker == "Bao Nguyen"


def test_abbreviated_local_titles_lead_to_the_name_they_stand_before():
    facts = extract_facts(
        "The committee's chairman, Ald. Leonard Pruitt, 34th, cut off the exchange. Ald. Peter Nowak, 23rd, "
        "wanted an audit. Del. Marcus Yeboah-Harmon pressed the point.\n\n"
        '"We are not going to rewrite this deal on the fly," the chairman said.\n\n'
        '"I\'ll take that as a no," the delegate said.'
    )
    roles = {entity.name: entity.roles for entity in facts.entities}
    assert "Ald" not in roles
    assert "chairman" in roles["Leonard Pruitt"]
    assert roles["Marcus Yeboah-Harmon"] == ["Del."]
    assert quote_starting(facts, "We are not going").speaker == "Leonard Pruitt"
    assert quote_starting(facts, "I'll take that").speaker == "Marcus Yeboah-Harmon"


def test_a_numbered_seat_before_a_title_names_no_one():
    facts = extract_facts(
        '"Tonight we start filling it," said Ward 8 Councilwoman Yvette Carrington-Moss. Precinct 4 Commissioner '
        "Rodney Ellison agreed. Channel 4 Chairman Luke Johnson did not."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert "Ward" not in kinds and "Precinct" not in kinds
    assert kinds["Channel 4"] == "organisation"
    assert quote_starting(facts, "Tonight we start").speaker == "Yvette Carrington-Moss"


def test_a_given_name_that_is_also_a_surname_tells_the_sex_when_the_last_name_is_the_familys():
    facts = extract_facts(
        "Rep. Leandra Voss-Whitman and former state Sen. Omar Jaber traded attacks. Jaber called her plan weak.\n\n"
        "Her answer, in part:\n\n"
        '"I have stood on the line in Wayne."\n\n'
        '"Leandra won the debate because she talked about the future and Omar talked about Leandra," the '
        "campaign said."
    )
    assert quote_starting(facts, "I have stood").speaker == "Leandra Voss-Whitman"


def test_a_shared_surname_means_the_one_named_by_then_whose_sex_no_census_tells():
    facts = extract_facts(
        "The lease went to a company controlled by restaurateur Hovig Sarkisian. Sarkisian pleaded guilty last "
        "year.\n\n"
        "On the witness stand, Sarkisian told jurors he began paying in 2019.\n\n"
        '"I knew what I was doing," Sarkisian testified.\n\n'
        "The company is now run by his nephew, Aram Sarkisian, who took over last year.\n\n"
        '"We have 140 employees," Aram Sarkisian said.'
    )
    assert quote_starting(facts, "I knew what").speaker == "Hovig Sarkisian"
    assert quote_starting(facts, "We have 140").speaker == "Aram Sarkisian"


def test_a_korean_given_name_alone_is_the_person_whose_family_the_text_names():
    facts = extract_facts(
        "Across the street, Min-ji Park and her husband, Dae-jung Park, have run a bakery since 2011.\n\n"
        "“When the store had a sale, we sold out by 10,” Min-ji said.\n\n"
        "Crowds filled Hyde Park."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Min-ji Park"] == "person" and kinds["Hyde Park"] == "place"
    assert quote_starting(facts, "When the store").speaker == "Min-ji Park"
