"""The hard attribution forms: appositives, organisations and unnamed spokespeople, split quotes."""

from __future__ import annotations

from briefing.extract import extract_facts
from tests.extract.conftest import quote_starting


def test_the_name_in_an_appositive_speaks_not_the_employer():
    facts = extract_facts(
        "Growth slowed in Asia.\n\n"
        '"There will be a serious relaxation of policy," Glenn Maguire, chief economist at Societe Generale, '
        'told Agence France Presse. "The impact will be large," he said.'
    )
    assert quote_starting(facts, "There will be").speaker == "Glenn Maguire"
    assert quote_starting(facts, "The impact").speaker == "Glenn Maguire"


def test_a_named_spokeswoman_after_her_employer():
    facts = extract_facts('Mayor Joan Park spoke.\n\n"We are ready," the mayor\'s spokeswoman, Ann Lee, said.')
    assert quote_starting(facts, "We are ready").speaker == "Ann Lee"


def test_an_unnamed_spokesman_for_an_organisation_is_no_one_named():
    facts = extract_facts('A spokesman for Darlington Council said: "We have sent out the ballot papers."')
    found = quote_starting(facts, "We have sent out")
    assert found.speaker is None
    assert "spokesman for Darlington Council" in found.speaker_text


def test_the_company_and_it_are_the_organisation_named_before():
    facts = extract_facts(
        "Acme Corp cut 500 jobs on Monday.\n\n"
        '"We regret the decision," the company said. "It was not taken lightly," it added.'
    )
    assert quote_starting(facts, "We regret").speaker == "Acme Corp"
    assert quote_starting(facts, "It was not taken").speaker == "Acme Corp"


def test_a_quote_split_by_its_attribution_keeps_one_speaker():
    facts = extract_facts(
        'Maria Lopez spoke to reporters.\n\n"We will not give up," she said. "We never have, and we never will."'
    )
    assert quote_starting(facts, "We will not give up").speaker == "Maria Lopez"
    assert quote_starting(facts, "We never have").speaker == "Maria Lopez"


def test_tweeted_before_a_colon():
    facts = extract_facts('Donald Trump tweeted: "The economy is doing great."')
    assert quote_starting(facts, "The economy").speaker == "Donald Trump"


def test_he_and_she_follow_census_first_names():
    facts = extract_facts('Jason Stilwell met Katherine Jackson in court.\n\n"He loves children," she said.')
    assert quote_starting(facts, "He loves children").speaker == "Katherine Jackson"


def test_the_bishop_is_the_person_titled_bishop():
    facts = extract_facts(
        'Bishop Tom Wright wrote a letter.\n\nThe Bishop said: "Conspiracy theories are always fun to read."'
    )
    assert quote_starting(facts, "Conspiracy theories").speaker == "Tom Wright"


def test_a_role_in_apposition_before_the_name_and_honorifics_are_no_role():
    facts = extract_facts(
        "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as lousy.\n\n"
        'The Bishop said: "Conspiracy theories are always fun to read."'
    )
    assert [entity.roles for entity in facts.entities if entity.name == "Tom Wright"] == [["Bishop of Durham"]]
    assert quote_starting(facts, "Conspiracy theories").speaker == "Tom Wright"


def test_a_role_nobody_was_given_is_the_person_the_story_is_about_but_a_spokesman_is_not():
    facts = extract_facts(
        "David Beckham met fans. Beckham signed shirts and Gary Neville watched.\n\n"
        '"I am not interested in politics," the England captain said. '
        '"We are delighted," a club spokesman said.'
    )
    assert quote_starting(facts, "I am not interested").speaker == "David Beckham"
    assert quote_starting(facts, "We are delighted").speaker is None


def test_a_second_partial_quote_in_the_sentence_is_the_same_voice_but_scare_quotes_are_not_quotes():
    facts = extract_facts(
        'Tom Wright described the novel as a "great thriller" but "lousy history". '
        'The film was a "blockbuster" in every sense.'
    )
    assert quote_starting(facts, "lousy history").speaker == "Tom Wright"
    assert not [quote for quote in facts.quotes if quote.text == "blockbuster"]


def test_as_x_put_it_before_a_colon():
    facts = extract_facts('As Gavin Cox of the website put it: "It will be tough to build a PC so compact."')
    assert quote_starting(facts, "It will be tough").speaker == "Gavin Cox"


def test_a_person_described_at_an_organisation_speaks_not_the_organisation():
    facts = extract_facts(
        'Consoles are changing. "HD support is mandatory," Dr Mark Tuffy games systems director at digital '
        "content firm THX told the BBC News website."
    )
    assert quote_starting(facts, "HD support").speaker == "Mark Tuffy"


def test_he_after_a_sentence_whose_subject_is_a_person():
    facts = extract_facts(
        "Michael Howard said the asylum system was being abused. Trevor Phillips, chairman of the "
        'commission, called on ministers to act. "Tell that to the doctors in the NHS," he said.'
    )
    assert quote_starting(facts, "Tell that to").speaker == "Trevor Phillips"


def test_a_short_sentence_after_the_quote_that_only_attributes_it():
    facts = extract_facts('Mary Lopez spoke first.\n\nThe plan failed. "We will win." Tom Smith said on Monday.')
    assert quote_starting(facts, "We will win").speaker == "Tom Smith"


def test_an_appositive_before_said_that_and_the_age_of_the_speaker():
    facts = extract_facts(
        "Cory Doctorow, coordinator for the Electronic Frontier Foundation, said that Google should not pay. "
        '"Of course Google should be allowed to choose."\n\n'
        'Marcel Desailly says the team is stronger. "Mentally they are much stronger," the 36-year-old said.'
    )
    assert quote_starting(facts, "Of course Google").speaker == "Cory Doctorow"
    assert quote_starting(facts, "Mentally they").speaker == "Marcel Desailly"


def test_the_governor_is_the_person_given_an_abbreviated_title():
    facts = extract_facts(
        "CHICAGO — Mayor Joan Park spoke first.\n\n"
        'Illinois Gov. Tom Reyes said the state would help. "Chicago\'s success is our success," the governor said. '
        '"We are ready," the mayor said.'
    )
    assert quote_starting(facts, "Chicago's success").speaker == "Tom Reyes"
    assert quote_starting(facts, "We are ready").speaker == "Joan Park"


def test_the_group_is_the_organisation_the_text_calls_a_group():
    facts = extract_facts(
        "The Sunrise Movement, a youth climate group, pushed back on Twitter. "
        '"Our generation is not going to wait for permission," the group wrote.'
    )
    assert quote_starting(facts, "Our generation").speaker == "Sunrise Movement"


def test_but_added_shares_the_subject_of_the_verb_before():
    facts = extract_facts(
        "Sen. Mark Warner was more measured. "
        'He said the changes were "a step in the right direction," but added that the company '
        'needed to be "far more aggressive" about its rules. '
        'He said the plan was good but added that it was "far too costly" for now.'
    )
    second = quote_starting(facts, "far more aggressive")
    assert (second.speaker, second.cue) == ("Mark Warner", "added")
    assert quote_starting(facts, "far too costly").speaker == "Mark Warner"


def test_an_unnamed_employee_attributes_a_short_quote():
    facts = extract_facts('The paper reported the debate. "There was no consensus," one employee told the newspaper.')
    found = quote_starting(facts, "There was no consensus")
    assert (found.speaker, found.speaker_text) == (None, "one employee")


def test_us_party_and_state_tags_and_a_home_state_do_not_hide_the_speaker():
    facts = extract_facts(
        'Rep. Adam Schiff (D-Calif.), who chairs the committee, said the inquiry "will go where the facts lead." '
        '"It is a sham," Rep. Jim Jordan of Ohio, the top Republican on the panel, told reporters.\n\n'
        'House Speaker Nancy Pelosi (D-Calif.) said in a statement: "No one is above the law."'
    )
    assert quote_starting(facts, "will go where").speaker == "Adam Schiff"
    assert quote_starting(facts, "It is a sham").speaker == "Jim Jordan"
    pelosi = quote_starting(facts, "No one is above")
    assert (pelosi.speaker, pelosi.kind) == ("Nancy Pelosi", "direct")


def test_a_show_title_after_a_possessive_is_no_quote_and_officials_are_no_one_named():
    facts = extract_facts(
        'Sen. Lindsey Graham spoke first. "It is a sham," Rep. Jim Jordan told Fox News\' "Sunday Morning Futures." '
        'Officials said the filing would "clarify the rules" for witnesses.'
    )
    assert [quote.text for quote in facts.quotes if quote.kind != "indirect"] == ["It is a sham", "clarify the rules"]
    officials = quote_starting(facts, "clarify the rules")
    assert (officials.speaker, officials.speaker_text) == (None, "Officials")


def test_a_platform_inside_an_appositive_is_not_the_speaker():
    facts = extract_facts('Trump, in a post on Twitter, wrote that it was "the greatest witch hunt in history."')
    assert quote_starting(facts, "the greatest witch hunt").speaker != "Twitter"


def test_she_after_a_sentence_opening_with_she_means_the_same_woman():
    facts = extract_facts(
        "Sen. Elizabeth Warren spoke in Nevada.\n\n"
        "Warren, who avoids personal attacks, makes an exception for Bloomberg. She compares him to President Trump. "
        'His presence will give voters "a live demonstration of how we each take on a billionaire," she said.'
    )
    assert quote_starting(facts, "a live demonstration").speaker == "Elizabeth Warren"


def test_she_after_an_unnamed_spokeswoman_is_no_one_named():
    facts = extract_facts(
        "Roly Keating praised the show.\n\n"
        "A BBC spokeswoman said Andi Peters would stay on as producer. "
        'She said the time slot was still to be decided. "We think the new slot will create a buzz," she said.'
    )
    assert quote_starting(facts, "We think the new slot").speaker is None


def test_it_said_is_the_organisation_named_most_lately_not_the_one_named_in_passing():
    facts = extract_facts(
        "BT wants lighter regulation. BT will cut prices, and BT will set up a new Access Services division.\n\n"
        'It added that it plans to build a "21st Century network" by 2010.'
    )
    assert quote_starting(facts, "21st Century network").speaker == "BT"


def test_the_person_after_an_organisation_and_a_role_speaks_not_the_organisation():
    facts = extract_facts(
        '"We see that half the plants are in high-cost countries," said Electrolux chief executive Hans Straberg. '
        '"Clearly, there is no number one side," declared Wallabies coach Eddie Jones.'
    )
    assert quote_starting(facts, "We see that half").speaker == "Hans Straberg"
    assert quote_starting(facts, "Clearly, there is").speaker == "Eddie Jones"


def test_a_role_named_for_a_team_is_not_the_holder_introduced_for_another_team():
    facts = extract_facts(
        "Charles Leclerc took pole, beating Max Verstappen. Mercedes driver Lewis Hamilton was fourth.\n\n"
        '"It is the best feeling in the world," the Ferrari driver told Sky Sports.'
    )
    assert quote_starting(facts, "It is the best feeling").speaker != "Lewis Hamilton"


def test_a_participle_after_a_comma_shares_the_sentence_subject_and_a_relative_clause_is_skipped():
    facts = extract_facts(
        "DES MOINES, Iowa (AP) — Former Vice President Mike Pence refused to rule out a run for the White House, "
        'telling voters that the country needed "a return to conservative principles."\n\n'
        '"He had his chance," one Republican senator, who asked not to be named, told The Associated Press.'
    )
    assert quote_starting(facts, "a return to conservative").speaker == "Mike Pence"
    unnamed = quote_starting(facts, "He had his chance")
    assert (unnamed.speaker, unnamed.speaker_text) == (None, "one Republican senator")


def test_us_local_titles_and_a_reflexive_before_the_verb():
    facts = extract_facts(
        '"It is a win," said Supervisor Alfredo Pedroza of Napa County.\n\n'
        "Raquel Montoya-Lewis was sworn in. "
        'As Montoya-Lewis herself said, "The most important thing is that I not be the last."'
    )
    assert quote_starting(facts, "It is a win").speaker == "Alfredo Pedroza"
    assert quote_starting(facts, "The most important thing").speaker == "Raquel Montoya-Lewis"


def test_a_name_after_a_determiner_and_a_word_or_two_speaks():
    facts = extract_facts('The film opened on Friday. "We are ready," said the influential magazine Variety.')
    assert quote_starting(facts, "We are ready").speaker == "Variety"


def test_documents_and_sources_after_according_to():
    facts = extract_facts(
        "President Joe Biden met leaders of the company, Boeing.\n\n"
        '"The talks were constructive," said Jen Psaki, the White House press secretary.\n\n'
        'In a statement, the company said: "Boeing remains committed to safety."\n\n'
        '"This is a great day for workers," the statement said.\n\n'
        'According to a statement from the Sanders campaign, "The fight goes on."'
    )
    assert quote_starting(facts, "Boeing remains").speaker == "Boeing"
    statement = quote_starting(facts, "This is a great day")  # the company's statement, heard just before
    assert (statement.speaker, statement.speaker_text) == ("Boeing", "the statement")
    campaign = quote_starting(facts, "The fight goes on")
    assert (campaign.speaker, campaign.kind) == (None, "direct")


def test_the_report_said_is_the_organisation_heard_last_but_an_email_is_no_one():
    facts = extract_facts(
        "The National Audit Office said fraud was falling. The NAO urged ministers to act. "
        'The report said: "Member states still do not report fraud consistently."\n\n'
        'One of the emails was made public. "We need to move quickly on this before it leaks," the email said.'
    )
    assert quote_starting(facts, "Member states").speaker == "National Audit Office"
    email = quote_starting(facts, "We need to move quickly")
    assert (email.speaker, email.speaker_text) == (None, "the email")


def test_he_with_no_one_speaking_or_named_nearby_is_the_person_the_story_is_about():
    facts = extract_facts(
        "Tony Blair's big speech kicked off the campaign. Tony Blair spoke for an hour.\n\n"
        "There was an attempt to draw a line under his rift with Chancellor Gordon Brown.\n\n"
        'The programme was broad. In a key section, he declared: "In our third term we can achieve more."'
    )
    assert quote_starting(facts, "In our third term").speaker == "Tony Blair"


def test_a_role_is_not_a_holder_of_another_rank_or_office():
    facts = extract_facts(
        "Shadow chancellor Oliver Letwin spoke first. Chancellor Gordon Brown spoke later, "
        "as did Deputy Prime Minister John Prescott and Prime Minister Tony Blair.\n\n"
        'The chancellor said the choice was "clear and fundamental". '
        '"You do not do deals over jobs like this," the prime minister told BBC One.'
    )
    assert quote_starting(facts, "clear and fundamental").speaker == "Gordon Brown"
    assert quote_starting(facts, "You do not do deals").speaker == "Tony Blair"


def test_a_relative_clause_about_the_firm_does_not_make_the_firm_the_speaker():
    facts = extract_facts(
        "Google launched a tool. Dan Gillmor, founder of Grassroots Media, which supports citizen media, "
        'said the tool was a "bad idea, and an unfortunate move".'
    )
    assert quote_starting(facts, "bad idea").speaker == "Dan Gillmor"


def test_a_speaker_set_off_by_commas_after_the_verb():
    facts = extract_facts(
        'Cars changed lives. But, says Nick Donofrio, senior vice-president at IBM, it was not "the thing" itself.'
    )
    assert quote_starting(facts, "the thing").speaker == "Nick Donofrio"


def test_a_pronoun_after_the_quote_means_the_name_before_it_and_a_participle_takes_the_opening_pronoun():
    facts = extract_facts(
        "The judges ruled on Monday.\n\n"
        'But Colonel Bob Stewart said : "Anyone at the top will be saddened by the verdict," he said.\n\n'
        'Jose Mourinho spoke next. But he is not envious, insisting: "I do not have to be jealous about Barcelona."'
    )
    assert quote_starting(facts, "Anyone at the top").speaker == "Bob Stewart"
    assert quote_starting(facts, "I do not have to be jealous").speaker == "Jose Mourinho"


def test_a_verb_that_attributed_a_quote_reports_more_only_when_words_follow_it():
    facts = extract_facts(
        'Gordon Brown spoke. "We will win," he said. Because of "volatility in the oil market", '
        'he said the duty would be frozen. "It is fair," he added.'
    )
    indirect = [quote.text for quote in facts.quotes if quote.kind == "indirect"]
    assert indirect == ["the duty would be frozen"]


def test_but_without_a_verb_of_its_own_keeps_the_clause_of_the_verb_before():
    facts = extract_facts(
        'Mr Clarke, who will unveil his plans on Monday, said migration helped the UK but "needed proper policing". '
        'Japan acknowledged the talks but dismissed as "unacceptable" the preconditions.'
    )
    assert quote_starting(facts, "needed proper policing").speaker == "Clarke"
    # "… but dismissed as "unacceptable"": a new clause with no speech in it, so a scare quote.
    assert not any(quote.text == "unacceptable" and quote.kind != "indirect" for quote in facts.quotes)


def test_a_contrast_with_a_subject_of_its_own_goes_on_with_what_the_verb_reports():
    facts = extract_facts(
        "Mr Oaten said local people had too little control but a far better solution would be for "
        'councillors to draw up a "minimum policing guarantee". Sir John Stevens said evidence obtained '
        'while the four were in Cuba was "absolutely" inadmissible.'
    )
    assert [(quote.text, quote.speaker) for quote in facts.quotes if quote.kind == "partial"] == [
        ("minimum policing guarantee", "Oaten"),
        ("absolutely", "John Stevens"),
    ]


def test_a_place_before_a_hyphen_describes_the_role_of_the_person_after_it():
    facts = extract_facts(
        '"The pledged assets are with Rosneft," said Moscow-based US lawyer Jamie Firestone. '
        '"Amazon has avoided being liable," noted Maryland-based product liability lawyer Jim Dunham.'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Jamie Firestone", "Jim Dunham"]
    assert {entity.name: entity.kind for entity in facts.entities}["Amazon"] == "organisation"


def test_he_after_a_sentence_about_a_role_means_its_holder_with_the_same_rank():
    facts = extract_facts(
        "Foreign Secretary Jack Straw met Tory leader Michael Howard and Prime Minister Tony Blair.\n\n"
        "Mr Blair spoke first. The Tory leader countered that deals had been struck. "
        'He declared: "He is the deals on meals prime minister." '
        "The shadow foreign secretary, Liam Fox, welcomed the plan. "
        'But he said there were still "serious questions" to answer.'
    )
    speakers = {quote.text: quote.speaker for quote in facts.quotes}
    assert speakers["He is the deals on meals prime minister."] == "Michael Howard"
    assert speakers["serious questions"] == "Liam Fox"


def test_an_acronym_defined_in_brackets_a_passive_agent_a_time_before_the_verb_and_a_shared_subject():
    facts = extract_facts(
        'Manufacturers face "serious challenges", the British Chamber of Commerce (BCC) has said. '
        "The BCC said growth would slow.\n\n"
        'Reports of an election were described as "idle speculation" by Downing Street.\n\n'
        "Mr. Ruano last week said signal preemption remains his major issue. "
        '"For me, there are still two things that I have a real issue with."\n\n'
        'Mr Strauss doubted whether Rock would make an impact, but added: "I am all for lower ratings."'
    )
    speakers = [quote.speaker for quote in facts.quotes if quote.kind != "indirect"]
    assert speakers == ["British Chamber of Commerce", "Downing Street", "Ruano", "Strauss"]
    chamber = next(entity for entity in facts.entities if entity.name == "British Chamber of Commerce")
    assert [mention.text for mention in chamber.mentions] == ["British Chamber of Commerce", "BCC", "BCC"]


def test_a_role_of_a_state_or_party_that_no_one_holds_is_the_subject_of_the_sentence_before():
    facts = extract_facts(
        "Sen. Mitch McConnell, R-Ky., dismissed the plan. "
        "“It is a reckless tax-and-spend spree,” the Kentucky Republican said.\n\n"
        "“We do not comment,” spokesman Anthony Coley said.\n\n"
        "Manchin has said repeatedly that he opposes the bill. "
        "“I cannot vote for it,” the West Virginia senator told CNN in an interview on Sunday."
    )
    speakers = [quote.speaker for quote in facts.quotes]
    assert speakers == ["Mitch McConnell", "Anthony Coley", "Manchin", "Manchin"]
    assert not [quote for quote in facts.quotes if quote.text.startswith("in an interview")]


def test_a_party_member_of_a_town_or_county_is_the_one_tagged_with_it_and_no_name():
    facts = extract_facts(
        "The chairman of the Ways and Means Committee, Sen. Dale Brekke, R-Spencer, wants changes. "
        "Sen. Lorraine Tibbs-McKee, D-Allegheny, pressed Brian Tuttle.\n\n"
        '"The House bill is a good starting point," the Spencer Republican said.\n\n'
        '"We have been having this same hearing for a decade," the Allegheny County Democrat said. '
        "House Democrats agreed."
    )
    assert quote_starting(facts, "The House bill").speaker == "Dale Brekke"
    assert quote_starting(facts, "We have been").speaker == "Lorraine Tibbs-McKee"
    assert [entity.name for entity in facts.entities if entity.kind == "organisation"] == [
        "Ways and Means Committee",
        "House Democrats",
    ]


def test_a_person_of_a_place_speaks_and_where_something_was_said_is_not_what_was_said():
    facts = extract_facts(
        '"I think the president is wrong," Sen. Susan Collins of Maine said in an interview.\n\n'
        "Trump spoke at a rally in Ohio. Mr Trump said at a rally in Ohio. "
        "Mr Blair said in November he would stand down."
    )
    assert facts.quotes[0].speaker == "Susan Collins"
    reported = [quote.text for quote in facts.quotes if quote.kind == "indirect"]
    assert reported == ["he would stand down"]


def test_a_participle_after_a_subordinate_clause_shares_the_main_clauses_subject():
    facts = extract_facts(
        "Johnny Carson died on Sunday.\n\nWhen Carson died, President Bush led the public tributes, saying "
        'the presenter "had a profound influence on American life".'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Bush"]


def test_the_corporation_or_the_party_is_the_latest_organisation_any_of_whose_names_says_so():
    facts = extract_facts(
        "The Conservative Party proposed a cut. The Liberal Democrats want to scrap the tax. "
        'The party says it would aim for a "tax-free allowance".\n\n'
        'The BBC moved the show. The corporation said the show "aims to appeal to music lovers".'
    )
    assert [quote.speaker for quote in facts.quotes if quote.kind == "partial"] == ["Liberal Democrats", "BBC"]


def test_a_verb_after_but_shares_the_organisation_its_sentence_opens_with():
    facts = extract_facts(
        "The Federal Reserve raised rates. The Fed did not rule out raising rates again but noted that "
        'any future increases would take place at a "measured" pace.'
    )
    assert quote_starting(facts, "measured").speaker == "Federal Reserve"


def test_a_participle_after_the_object_of_its_own_verb_shares_the_sentences_subject():
    facts = extract_facts(
        'Tony Lavender spoke first. Internet service provider (ISP) Plus.net backed the proposals saying "we '
        'are entirely happy with them". The carrier Delta Air Lines issued a statement on Monday saying "we '
        'are working to restore service".'
    )
    assert quote_starting(facts, "we are entirely").speaker == "Plus.net"
    assert quote_starting(facts, "we are working").speaker == "Delta Air Lines"


def test_a_participle_after_a_thing_that_says_it_is_not_the_sentences_subject():
    facts = extract_facts(
        "Mr Blair insisted nothing would derail the campaign, despite a new book saying he had upset his "
        "chancellor. The newspaper Gara received a telephone call saying a bomb was due to explode."
    )
    speakers = {quote.text: quote.speaker for quote in facts.quotes if quote.kind == "indirect"}
    assert speakers.get("he had upset his chancellor") is None
    assert speakers.get("a bomb was due to explode") is None


def test_a_full_stop_inside_a_word_ends_no_sentence():
    # The sentence is the one after "said so.": the dot of "Amazon.com" does not join them.
    facts = extract_facts('Mr Jones said so. The Amazon.com shares were "a disaster" for investors.')
    assert [quote.speaker for quote in facts.quotes] == []


def test_a_role_a_relative_clause_defines_is_someone_of_its_own():
    facts = extract_facts(
        "Michael Howard spoke on Monday about burglars. The barrister who had represented Tony Martin had said "
        'the rules were "weighted overwhelmingly" in favour of the householder.'
    )
    found = quote_starting(facts, "weighted")
    assert (found.speaker, found.speaker_text) == (None, "The barrister")


def test_a_speaker_of_a_website_whose_name_has_dots():
    facts = extract_facts('As Gavin Cox of the buildyourown.org.uk website put it: "It will be tough."')
    assert quote_starting(facts, "It will be tough").speaker == "Gavin Cox"


def test_words_going_on_after_a_partial_quote_are_not_its_attribution():
    facts = extract_facts(
        'Labour criticised "extravagant" Tory promises on policing. Costs had "risen by 20%" if you took out '
        "the self-employed, Mr Milburn told the BBC."
    )
    assert quote_starting(facts, "extravagant").speaker == "Labour"
    assert quote_starting(facts, "risen by").speaker == "Milburn"


def test_a_quote_attributed_to_a_name_found_nowhere_else_keeps_the_words():
    facts = extract_facts('"I disagree," McConnell told reporters. "Strongly."')
    assert [(quote.text, quote.speaker_text) for quote in facts.quotes] == [
        ("I disagree", "McConnell"),
        ("Strongly.", "McConnell"),
    ]


def test_an_age_and_a_nationality_refer_to_the_person_just_spoken_of():
    facts = extract_facts(
        "Stefan Koubek failed a drugs test in Paris.\n\n"
        '"I have acted correctly," the 27-year-old Austrian said in a statement.'
    )
    assert quote_starting(facts, "I have acted").speaker == "Stefan Koubek"


def test_the_acronym_of_a_role_means_its_holder():
    facts = extract_facts(
        "Amy Hood, the chief financial officer, and Satya Nadella, the chief executive, spoke on Monday. "
        "The CFO said costs would rise. The CEO said revenue would rise too."
    )
    speakers = {quote.text: quote.speaker for quote in facts.quotes}
    assert speakers["costs would rise"] == "Amy Hood"
    assert speakers["revenue would rise too"] == "Satya Nadella"


def test_a_sentence_after_a_quote_that_says_whose_words_they_were():
    facts = extract_facts(
        '"We have heard these scare tactics before." The words came from Sen. Ed Markey, D-Mass., at a rally '
        'in Boston on Saturday.\n\n"We will not stop." Those were the words of Treasury Secretary Janet Yellen.'
    )
    assert quote_starting(facts, "We have heard").speaker == "Ed Markey"
    assert quote_starting(facts, "We will not stop").speaker == "Janet Yellen"


def test_whose_message_or_answer_introduces_a_quote():
    facts = extract_facts(
        'John Smith was asked about the plan. His reply was short: "Never." Jane Roe spoke next. Roe\'s '
        'answer: "Maybe."'
    )
    assert quote_starting(facts, "Never").speaker == "John Smith"
    assert quote_starting(facts, "Maybe").speaker == "Jane Roe"


def test_a_second_partial_quote_further_on_in_the_same_sentence_is_the_same_voice():
    facts = extract_facts(
        'The committee stated there was a "significant risk" the new procedures were incompatible with the '
        'right to marry because they introduced restrictions which were "disproportionate". Vodafone\'s Jeremy '
        'Flynn said: "We can just cut them off." Under the rules consumers must be able to switch off the '
        'services at any time of the day by using a universal "stop" command.'
    )
    assert quote_starting(facts, "disproportionate").speaker_text == "The committee"
    assert all(quote.text != "stop" for quote in facts.quotes)


def test_what_a_study_or_body_found_or_fears_is_its_partial_quote():
    facts = extract_facts(
        'The British Chamber of Commerce (BCC) published its survey. The BCC found the economy still faced "major '
        'risks". The American Film Institute fears a landscape where "newscasters are more personalities". '
        'The device uses the "steady cam" technology found in camcorders.'
    )
    assert quote_starting(facts, "major risks").speaker == "British Chamber of Commerce"
    assert quote_starting(facts, "newscasters").speaker == "American Film Institute"
    assert all(quote.text != "steady cam" for quote in facts.quotes)


def test_according_to_a_source_speaks_when_the_clause_s_verb_has_no_speaker():
    facts = extract_facts(
        "The Low Pay Commission met on Monday. According to the commission, many businesses had found the "
        'last two increases "challenging".'
    )
    assert quote_starting(facts, "challenging").speaker == "Low Pay Commission"


def test_once_the_text_calls_someone_she_he_means_someone_else():
    facts = extract_facts(
        'Sen. Joe Manchin met Sen. Kyrsten Sinema on Tuesday.\n\n"We had a good talk," Manchin said.\n\n'
        'Sinema was less upbeat. "There is a long way to go," she said.\n\nHe disagreed. "We are close," he said.'
    )
    assert quote_starting(facts, "There is a long way").speaker == "Kyrsten Sinema"
    assert quote_starting(facts, "We are close").speaker == "Joe Manchin"


def test_a_gendered_role_with_no_holder_means_someone_of_that_sex_and_his_lawyer_no_one_named():
    facts = extract_facts(
        'Joe Manchin and Kyrsten Sinema met. Joe Manchin spoke. "We are close," the congresswoman said.\n\n'
        'Pete Doherty stayed in jail. "The money could not be raised on time," his lawyer said.'
    )
    assert quote_starting(facts, "We are close").speaker == "Kyrsten Sinema"
    lawyer = quote_starting(facts, "The money")
    assert (lawyer.speaker, lawyer.speaker_text) == (None, "his lawyer")


def test_a_spokesman_for_a_person_is_someone_unnamed_and_so_is_he_after_him():
    facts = extract_facts(
        'Gov. Greg Abbott signed the bill. "No comment," a spokesman for Gov. Greg Abbott said. He added that the '
        "governor would speak on Monday."
    )
    found = quote_starting(facts, "No comment")
    assert (found.speaker, found.speaker_text) == (None, "a spokesman for Gov. Greg Abbott")
    assert quote_starting(facts, "the governor would speak").speaker is None


def test_where_it_was_said_between_a_name_and_the_verb():
    facts = extract_facts('Rep. Matt Gaetz (R-Fla.) in a video posted to social media said, "We are done."')
    assert quote_starting(facts, "We are done").speaker == "Matt Gaetz"


def test_a_shared_verb_goes_with_the_pronoun_the_sentence_opens_with_not_its_object():
    facts = extract_facts('Morgan Freeman won. He thanked Clint Eastwood and described the film as "a labour of love".')
    assert quote_starting(facts, "a labour of love").speaker == "Morgan Freeman"


def test_a_title_of_several_roles_before_a_name():
    facts = extract_facts(
        '"We had a good year," said chairman and chief executive officer Bill Ford. "We also had problems," he added.'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Bill Ford", "Bill Ford"]


def test_a_named_spokeswoman_before_whom_she_speaks_for_with_no_closing_comma():
    facts = extract_facts(
        "Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was aware of the site. "
        "She said the e-mails started two days ago."
    )
    assert [quote.speaker for quote in facts.quotes] == ["Patricia Sanders", "Patricia Sanders"]


def test_a_lone_family_name_written_with_an_inner_capital_speaks():
    facts = extract_facts('"We will see," DeSantis said. "The plan failed," McConnell told reporters.')
    assert [quote.speaker for quote in facts.quotes] == ["DeSantis", "McConnell"]


def test_of_two_subjects_the_first_speaks_for_both():
    facts = extract_facts(
        'The Tories and the Liberal Democrats tabled a motion. The Tories and Lib Dems said the plans were "excessive".'
    )
    assert quote_starting(facts, "excessive").speaker == "Conservative Party"


def test_a_clause_of_its_own_after_a_partial_quote_is_not_its_attribution():
    facts = extract_facts(
        "Gov. Jay Inslee named her to the court.\n\nThe governor says naming of ‘exceptional’ Raquel "
        "Montoya-Lewis is historic, but he called on her for her record."
    )
    assert quote_starting(facts, "exceptional").speaker == "Jay Inslee"


def test_he_and_she_follow_social_security_first_names_missing_from_the_census():
    # "Kyrsten" and "Jair" are in the SSA's baby names, not the 1990 census's.
    facts = extract_facts('Jair Quintrell met Kyrsten Valmonde in the Capitol.\n\n"We will not back down," she said.')
    assert quote_starting(facts, "We will not").speaker == "Kyrsten Valmonde"


def test_words_someone_gave_before_a_quote_and_the_same_words_repeated_in_a_headline():
    facts = extract_facts(
        "‘It is impossible to overstate the magnitude of this ruling’\n\nAmazon lost the case on Thursday.\n\n"
        "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement after the ruling. “It is impossible to "
        "overstate the magnitude of this ruling. Consumers will feel it.”"
    )
    assert [quote.speaker for quote in facts.quotes] == ["Jeremy Robinson", "Jeremy Robinson"]


def test_a_partial_quote_in_a_sentence_that_ends_on_an_unnamed_source_is_a_quote():
    facts = extract_facts(
        "The hospital lost a box of masks.\n\n"
        "The incident is “regrettable” although the hospital has enough masks for its staff, an official said."
    )
    found = quote_starting(facts, "regrettable")
    assert (found.kind, found.speaker, found.speaker_text) == ("partial", None, "an official")


def test_a_partial_quote_right_after_the_name_a_sentence_opens_with_is_theirs():
    facts = extract_facts(
        'Storms grounded flights.\n\nMicrosoft "deeply regrets the inconvenience to all of our customers".\n\n'
        'Apple "Genius" staff were busy.'
    )
    assert quote_starting(facts, "deeply regrets").speaker == "Microsoft"
    assert [quote.text for quote in facts.quotes] == ["deeply regrets the inconvenience to all of our customers"]


def test_talking_about_and_a_plural_subject_with_claim_or_fear_introduce_partial_quotes():
    facts = extract_facts(
        'Tony Blair spoke in Brighton. The prime minister talked about a "manifesto for all".\n\n'
        'Critics fear it could allow "killing by omission".'
    )
    assert quote_starting(facts, "manifesto for all").speaker == "Tony Blair"
    assert quote_starting(facts, "killing by omission").speaker is None


def test_a_term_after_so_called_or_a_slogan_is_no_quote():
    facts = extract_facts(
        'Mr Putin said a period of so-called "cowboy capitalism" followed 1991. Both newspapers said the '
        'campaign would be centred around the slogan "Britain is Working".'
    )
    assert [quote for quote in facts.quotes if quote.kind != "indirect"] == []


def test_a_pronoun_reads_back_past_a_term_in_marks_to_the_subject_of_the_sentence_before():
    facts = extract_facts(
        'Michael Howard is to make a pitch urging people who feel "taken for granted" by Tony Blair to vote '
        "Conservative.\n\n"
        'He will say Conservatives "share the same values" as minorities.'
    )
    assert quote_starting(facts, "share the same values").speaker == "Michael Howard"


def test_she_in_a_story_about_a_man_is_the_woman_it_names_most_not_one_named_in_passing():
    facts = extract_facts(
        "Harry and Meghan spoke to Oprah Winfrey. Meghan said she felt alone. Meghan said she asked for help.\n\n"
        "Harry said he was ashamed. Harry said it was hard. Harry said they left.\n\n"
        "The duchess also reached out to a friend of Harry's mother, Princess Diana. "
        '"I didn\'t know who to even turn to," she told Winfrey.'
    )
    assert quote_starting(facts, "I didn't know").speaker == "Meghan"


def test_the_subject_before_a_relative_clause_holding_a_list_speaks():
    facts = extract_facts(
        "The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and the "
        'National Autistic Society, said "misunderstandings" over the bill had to be cleared up.'
    )
    assert quote_starting(facts, "misunderstandings").speaker == "Making Decisions Alliance"


def test_a_spokesman_for_a_place_s_organisation_is_someone_unnamed():
    facts = extract_facts(
        'A spokesman for Manchester\'s Trafford Centre said it was "the biggest Christmas to date" with sales up 5%.'
    )
    found = quote_starting(facts, "the biggest Christmas")
    assert (found.speaker, found.speaker_text) == (None, "A spokesman for Manchester's Trafford Centre")


def test_member_states_is_no_reporting_verb():
    facts = extract_facts(
        '"There is room for improvement," spokesman Jorg Wojahn said. He added that there is good co-operation '
        'with member states, with the statistics providing a "good overview for planning strategic ways".'
    )
    assert quote_starting(facts, "good overview").speaker == "Jorg Wojahn"


def test_a_document_named_for_its_author_speaks_for_them():
    facts = extract_facts(
        '"This is a profoundly tragic event for the region," the Microsoft statement said.\n\n'
        "The arrests may include “elected officials and doctors” and others, Microsoft’s statement said."
    )
    assert [quote.speaker for quote in facts.quotes if quote.kind != "indirect"] == ["Microsoft", "Microsoft"]


def test_a_report_speaks_for_the_author_its_own_sentence_or_an_earlier_one_names():
    facts = extract_facts(
        "The county heard from Harlan Mercer Associates on Monday. "
        '"We will respond," the firm said.\n\n'
        "The engineering report, prepared in 2023 by Ambrose & Lattimore Engineers, found "
        '"widespread spalling" on the balconies.\n\n'
        "A report was released Tuesday by the Agriculture Department's Office of Inspector General.\n\n"
        "The 62-page report, which The Washington Post reviewed, found that the deputy chief took "
        '"an extraordinary and improper interest" in three awards.'
    )
    assert quote_starting(facts, "widespread").speaker == "Ambrose & Lattimore Engineers"
    assert quote_starting(facts, "an extraordinary").speaker == "Office of Inspector General"


def test_a_pronoun_after_a_turn_no_one_is_named_for_means_the_one_heard_before_it():
    facts = extract_facts(
        "Its author, Assemblywoman Lucia Ferreira-Baptiste, said the bill would help. She spoke often.\n\n"
        "Ferreira-Baptiste said it again. Ferreira-Baptiste said it once more.\n\n"
        "The chairman, Victor Nakamura, pressed witnesses on both sides.\n\n"
        "Rebecca Tran-Holloway, president of the insurers' association, told lawmakers the industry objected.\n\n"
        '"Is 85% a number your members can meet?" Nakamura asked her.\n\n'
        '"Not in the first two years, no," Tran-Holloway said.\n\n'
        '"So your members want the models but not the obligation."\n\n'
        '"Our members want a market they can stay in," she said.'
    )
    assert quote_starting(facts, "Our members").speaker == "Rebecca Tran-Holloway"


def test_a_statement_a_sentence_opens_with_is_its_subject_s_even_after_a_conjunction_or_as_a_pronoun():
    facts = extract_facts(
        "Mayor Desmond Okafor did not speak to reporters. But in a statement released by his office, he repeated "
        'his denials.\n\n"I never asked anyone for a dollar," the statement said.\n\n'
        "Foothill Power & Light said it had shut off power. But in a statement, the company acknowledged it was "
        '"cooperating fully with Cal Fire investigators."\n\n'
        '"Our thoughts are with everyone affected," the statement said.'
    )
    assert quote_starting(facts, "I never asked").speaker == "Desmond Okafor"
    assert quote_starting(facts, "Our thoughts").speaker == "Foothill Power & Light"


def test_a_surname_ending_in_day_is_no_day_of_the_week():
    facts = extract_facts(
        '"We have fallen short," Chief Executive Diane Faraday said. Mr Thoday said the idea had been his. '
        "Mr Ruano on Monday said the plan was fine."
    )
    assert quote_starting(facts, "We have fallen").speaker == "Diane Faraday"
    assert quote_starting(facts, "the idea had").speaker == "Thoday"
    assert quote_starting(facts, "the plan was").speaker == "Ruano"


def test_a_surname_that_is_a_place_word_speaks_for_its_bearer_but_not_inside_a_clause_describing_a_noun():
    facts = extract_facts(
        "The authority's general manager, Hyun-woo Park, acknowledged those problems.\n\n"
        '"I understand the skepticism," Park said.\n\n'
        "Among them was council member Rashida Ocampo-Little, who had been persuaded by the provisions Park "
        'described.\n\n"I am not in love with a sales tax," she said.'
    )
    assert quote_starting(facts, "I understand").speaker == "Hyun-woo Park"
    assert quote_starting(facts, "I am not in love").speaker == "Rashida Ocampo-Little"


def test_the_armed_services_speak_and_a_dfl_tag_is_a_party_not_a_place():
    facts = extract_facts(
        "Halvorsen Dynamics won the contract over two rivals.\n\n"
        'The Army said in a statement that the process included "extensive public engagement."\n\n'
        '"Our offer was judged the best value," the company said.\n\n'
        "State Rep. Hodan Abdi, DFL-Minneapolis, who has sponsored a ban, called the decision "
        '"a tragedy in slow motion."'
    )
    assert quote_starting(facts, "extensive public").speaker == "Army"
    assert quote_starting(facts, "Our offer").speaker == "Halvorsen Dynamics"
    assert quote_starting(facts, "a tragedy").speaker == "Hodan Abdi"


def test_a_pronoun_after_a_short_opening_phrase_goes_on_with_the_one_it_meant():
    facts = extract_facts(
        "Sheriff Denise Okafor charged the deputy. Okafor said the video was clear. Okafor said more.\n\n"
        "Terrell Odom's mother, Gloria Odom, watched from the back of the crowd. Afterward, she spoke to "
        'reporters.\n\n"I watched that video one time," she said.'
    )
    assert quote_starting(facts, "I watched").speaker == "Gloria Odom"


def test_people_for_a_cause_are_a_group_and_a_lawsuit_filed_in_a_u_s_court_by_one_speaks_for_it():
    facts = extract_facts(
        "The lawsuit, filed in Mesquite County Superior Court by Arizonans for Ballot Integrity, claims the board "
        'broke the law.\n\n"The public has a right to verify the machines," the lawsuit says.\n\n'
        "Another lawsuit, filed in U.S. District Court in Detroit by the Great Lakes Legal Defense Center, seeks "
        'class-action status.\n\n"The Authority has treated water as a luxury," the lawsuit says.\n\n'
        "He played 20 games for Rangers for Scotland."
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Arizonans for Ballot Integrity"] == "organisation"
    assert "Rangers for Scotland" not in kinds
    assert quote_starting(facts, "The public").speaker == "Arizonans for Ballot Integrity"
    assert quote_starting(facts, "The Authority").speaker == "Great Lakes Legal Defense Center"


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_that_opens_the_next():
    facts = extract_facts(
        "Chair Lorraine Okafor-Bell said investigators had requested records.\n\n"
        "In a lengthy opening statement, she laid out the board's early findings:\n\n"
        '"We have recovered the two main truss sections. I want to be careful here."'
    )
    assert quote_starting(facts, "We have recovered").speaker == "Lorraine Okafor-Bell"


def test_a_lone_word_opening_a_firm_s_name_is_the_firm_and_a_body_before_an_appositive_speaks():
    facts = extract_facts(
        "(Bloomberg) -- Castellan Maritime Holdings Inc. agreed to pay a $62 million penalty.\n\n"
        "A crew member aboard the Castellan Aurora contacted the Coast Guard in 2022.\n\n"
        'Castellan said in a statement that it "accepts responsibility for the conduct of certain crew members."\n\n'
        "The Pacific Carriers Association, a trade group whose members include Castellan, said the case was "
        '"an outlier."'
    )
    assert quote_starting(facts, "accepts").speaker == "Castellan Maritime Holdings Inc."
    assert quote_starting(facts, "an outlier").speaker == "Pacific Carriers Association"


def test_where_a_speaker_is_based_a_public_body_and_a_general_manager_s_title_do_not_speak():
    facts = extract_facts(
        "Saguaro Power & Light cut the power. The Arizona Corporation Commission opened an inquiry.\n\n"
        '"We are heartbroken," the company said.\n\n'
        '"We do not dispute the findings," General Manager Kevin Strand-Alvarez said.'
    )
    assert quote_starting(facts, "We are heartbroken").speaker == "Saguaro Power & Light"
    assert quote_starting(facts, "We do not dispute").speaker == "Kevin Strand-Alvarez"
    facts = extract_facts(
        "Brightline Recovery Partners sued 400 patients. Brightline, based in Columbia, South Carolina, said in a "
        'statement that it "follows all applicable state and federal laws."'
    )
    assert quote_starting(facts, "follows all").speaker == "Brightline Recovery Partners"


def test_he_and_his_partners_speak_as_he_does():
    facts = extract_facts(
        "Thomas Malone wrote a paper in 1987.\n\n"
        'Yet he and his co-authors predicted "an overall shift toward markets". '
        '"It was a shift toward markets," she and her husband said.'
    )
    assert quote_starting(facts, "an overall shift").speaker == "Thomas Malone"
    assert quote_starting(facts, "It was a shift").speaker_text == "she"


def test_he_in_the_speech_someone_is_reported_giving_is_them():
    facts = extract_facts(
        'Jack Law, chief executive of a charity, called the remark "ill-advised".\n\n'
        'Scotsman journalist Hamish MacDonell said he believed the bigger picture had been "obscured" by the remark.'
    )
    assert quote_starting(facts, "obscured").speaker == "Hamish MacDonell"


def test_he_after_a_subordinate_clause_is_not_its_subject():
    facts = extract_facts(
        'Harry spoke to the host.\n\n"That conversation, I am never going to share," Harry added.\n\n'
        'When Winfrey asked if he could share the questions, he declined, saying "I\'m not comfortable with that."'
    )
    assert quote_starting(facts, "I'm not comfortable").speaker == "Harry"


def test_said_an_organisation_s_statement_is_the_organisation_speaking():
    facts = extract_facts('"We don\'t know how many red cards he was shown," said an SFA statement.')
    assert quote_starting(facts, "We don't know").speaker_text == "SFA"
    assert quote_starting(facts, "We don't know").speaker is not None


def test_the_one_a_paper_quoted_as_saying_speaks():
    facts = extract_facts(
        '"We\'re mourning the passing of a great company," the agency quoted worker David Ogden as saying. '
        'Video games are "big business", the paper quoted Mr Chernin as saying.'
    )
    assert quote_starting(facts, "We're mourning").speaker == "David Ogden"
    assert quote_starting(facts, "big business").speaker_text == "Chernin"


def test_a_ranked_role_no_one_is_named_to_is_read_as_a_pronoun_not_as_the_story_s_subject():
    facts = extract_facts(
        "Gordon Brown spoke. Gordon Brown said it. Gordon Brown smiled.\n\n"
        'Oliver Letwin, for the Tories, attacked government debt. The shadow chancellor said the rule had "turned '
        'to dross".'
    )
    assert quote_starting(facts, "turned to dross").speaker == "Oliver Letwin"


def test_police_are_no_one_the_story_is_about_and_no_he_or_she():
    facts = extract_facts(
        'Ossie Davis was found dead in his hotel room. "He appeared to have died of natural causes," police said.'
    )
    found = quote_starting(facts, "He appeared")
    assert (found.speaker, found.speaker_text) == (None, "police")


def test_he_reads_back_across_a_partial_quote_that_ends_a_sentence_to_its_subject():
    facts = extract_facts(
        "Tim Yeo spoke first. Tim Yeo said it. Tim Yeo left.\n\n"
        'Mr Howard said the police had said ID cards could "help them foil a terror bomb plot". He added: "When '
        'the police say that, you have to take them seriously."'
    )
    assert quote_starting(facts, "help them foil").speaker is None
    assert quote_starting(facts, "When the police").speaker == "Howard"


def test_a_tail_attribution_after_a_clause_of_its_own_still_attributes_the_partial_quote():
    facts = extract_facts(
        'The decision was a "sensible thing to do", since he was talking about skills at the time, Mr Balls '
        "told the BBC."
    )
    assert quote_starting(facts, "sensible thing").speaker_text == "Balls"


def test_said_the_n_year_old_name():
    facts = extract_facts(
        'Fernando Morientes wants to play.\n\n"I would be keen to leave," admitted the 28-year-old Morientes.'
    )
    assert quote_starting(facts, "I would be keen").speaker == "Fernando Morientes"


def test_a_partial_quote_after_a_name_is_its_words_when_the_reference_after_it_means_no_one_named():
    facts = extract_facts(
        "Computer failures at Comair left passengers stranded. Delta Air Lines owns Comair.\n\n"
        'Comair "deeply regrets the inconvenience to all of our customers," the Delta subsidiary said.'
    )
    assert quote_starting(facts, "deeply regrets").speaker == "Comair"


def test_a_story_named_for_its_publisher_speaks_for_it_and_continues_to_is_no_speech():
    facts = extract_facts(
        'The inquiry followed a BBC story claiming Downing Street "sexed up" the dossier.\n\n'
        'The Economist says the article continues to "needlessly spread fear among patients".'
    )
    assert quote_starting(facts, "sexed up").speaker == "BBC"
    assert quote_starting(facts, "needlessly spread").speaker == "The Economist"


def test_the_first_of_two_speaks_for_both_past_an_acronym_or_the():
    facts = extract_facts(
        "The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship (LCF) said the bill would "
        'allow euthanasia by the "back door". The Christian Medical Fellowship and the Lawyers Christian '
        'Fellowship said it was "dangerous".'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Christian Medical Fellowship"] * 2


def test_someone_unnamed_in_reported_speech_goes_on_in_the_quote_after_it():
    facts = extract_facts(
        'Open chief Paul McNamee had said: "Kim\'s wrist is not going to heal." But her spokesman insisted she '
        'had simply delayed her entry. "The doctors are assessing her injury on a weekly basis."'
    )
    found = quote_starting(facts, "The doctors")
    assert (found.speaker, found.speaker_text) == (None, "her spokesman")


def test_said_then_an_adverb_and_a_verb_opens_the_reported_clause_not_an_inverted_subject():
    facts = extract_facts(
        "Martin Bell, who won the Tatton seat from Tory Neil Hamilton, said politicians often failed to see "
        'themselves as others did. "We need public figures we trust to tell the truth."'
    )
    assert quote_starting(facts, "We need public").speaker == "Martin Bell"


def test_a_party_and_state_tag_before_an_appositive_is_not_the_speaker():
    facts = extract_facts(
        'Sen. John Thune, R-S.D., the Republican whip, called the vote "a missed opportunity."\n\n'
        'Rep. Virginia Foxx, R-N.C., the chairwoman of the committee, called it "a blatant vote-buying scheme."'
    )
    assert quote_starting(facts, "a missed opportunity").speaker == "John Thune"
    assert quote_starting(facts, "a blatant").speaker == "Virginia Foxx"


def test_a_pronoun_means_the_subject_after_an_opening_clause_not_the_name_inside_it():
    facts = extract_facts(
        "Gov. Gavin Newsom signed the law. Florida Gov. Ron DeSantis criticised it.\n\n"
        'Asked about DeSantis, Newsom laughed. "I\'ll let him worry about Florida," he said.'
    )
    assert quote_starting(facts, "I'll let him").speaker == "Gavin Newsom"


def test_a_gendered_role_after_an_opening_clause_means_the_person_of_that_sex():
    facts = extract_facts(
        "Nancy Pelosi said she would run. Saikat Chakrabarti is challenging her. "
        '"It is time," Chakrabarti said. Chakrabarti has raised money.\n\n'
        'Asked about Chakrabarti, the congresswoman was dismissive. "He is entitled to run," she said.'
    )
    assert quote_starting(facts, "He is entitled").speaker == "Nancy Pelosi"


def test_an_age_with_a_role_no_one_holds_is_the_person_just_spoken_of():
    facts = extract_facts(
        'Brad Raffensperger said he had no regrets.\n\n"I did my job," the 56-year-old official said.'
    )
    assert quote_starting(facts, "I did my job").speaker == "Brad Raffensperger"


def test_a_paragraph_ending_said_colon_introduces_the_quote_of_the_next():
    facts = extract_facts(
        'Hakeem Jeffries praised the former speaker. He said:\n\n"She is a legend. She will always have my support."'
    )
    assert quote_starting(facts, "She is a legend").speaker == "Hakeem Jeffries"


def test_how_something_was_said_is_not_reported_speech():
    facts = extract_facts("Debbie Stabenow said in a floor speech Tuesday, her voice rising.")
    assert not [quote for quote in facts.quotes if "voice" in quote.text]


def test_an_office_speaks_for_no_one_named():
    facts = extract_facts(
        "Gov. Gavin Newsom signed the bill.\n\n"
        '"We are leading," Newsom\'s office said.\n\n'
        "The district attorney's office said it would not file charges."
    )
    leading = quote_starting(facts, "We are leading")
    assert (leading.speaker, leading.speaker_text) == (None, "Newsom's office")
    charges = quote_starting(facts, "it would not file")
    assert (charges.speaker, charges.speaker_text) == (None, "The district attorney's office")


def test_a_source_the_text_names_no_one_for_after_a_quote():
    facts = extract_facts(
        '"The enemy suffered losses," the General Staff of Ukraine\'s armed forces said.\n\n'
        '"We held the line," the military said.'
    )
    losses = quote_starting(facts, "The enemy")
    assert (losses.speaker, losses.speaker_text) == (None, "the General Staff of Ukraine's armed forces")
    assert quote_starting(facts, "We held").speaker_text == "the military"


def test_it_after_a_document_subject_is_the_document_not_the_last_organisation():
    facts = extract_facts(
        "The House Homeland Security Committee will hold hearings.\n\n"
        "An inspector general's review had flagged problems. The review found that servers were outdated. "
        '"Significant weaknesses persist," it concluded.'
    )
    persist = quote_starting(facts, "Significant weaknesses")
    assert (persist.speaker, persist.speaker_text) == (None, "it")


def test_the_statement_read_is_the_words_of_whoever_issued_it():
    facts = extract_facts(
        "The team's owner, Mat Ishbia, thanked the council in a statement. "
        '"Today is a great day for Phoenix," the statement read.'
    )
    today = quote_starting(facts, "Today is")
    assert (today.speaker, today.speaker_text) == ("Mat Ishbia", "the statement")


def test_a_reporting_word_after_a_possessive_is_a_noun_not_the_verb():
    facts = extract_facts(
        'Christopher Conroy disagreed. The prosecutor said Trump\'s comments were "designed to intimidate." '
        'Ken Livingstone stood by his "Nazi" comment.'
    )
    assert quote_starting(facts, "designed to").speaker == "Christopher Conroy"
    assert not [quote for quote in facts.quotes if quote.text == "Nazi"]


def test_the_democrat_is_a_role_read_like_a_pronoun_not_a_person_named_democrat():
    facts = extract_facts(
        "Sen. James Lankford of Oklahoma backed the bill. Lankford spoke twice. Lankford voted yes.\n\n"
        "Sen. Elizabeth Warren of Massachusetts said she had concerns. "
        'The Democrat told reporters that she was still reading the text. "There are things I dislike," she said.'
    )
    assert "Democrat" not in {entity.name for entity in facts.entities}
    assert quote_starting(facts, "There are things").speaker == "Elizabeth Warren"
    assert quote_starting(facts, "she was still reading").speaker == "Elizabeth Warren"


def test_the_short_form_of_a_publication_and_one_woman_after_a_quote():
    facts = extract_facts(
        'The Washington Post reported the figures. "The scale is staggering," the Post wrote.\n\n'
        'Supporters waved flags. "We love you, Trump!" one woman shouted.'
    )
    assert quote_starting(facts, "The scale").speaker == "Washington Post"
    shouted = quote_starting(facts, "We love you")
    assert (shouted.speaker, shouted.speaker_text) == (None, "one woman")


def test_a_pull_quote_is_who_the_article_later_attributes_its_words_to_not_the_voice_before_it():
    facts = extract_facts(
        '"Amazon placed itself in the chain of distribution," explained the court in its ruling.\n\n'
        "‘It is impossible to overstate the magnitude of this ruling.’\n\n"
        "Legal experts were surprised.\n\n"
        "Bolger's lawyer, Jeremy Robinson, had a more succinct statement after the ruling. "
        "“It is impossible to overstate the magnitude of this ruling. Consumers will feel it.”"
    )
    pulled = [quote for quote in facts.quotes if quote.text.startswith("It is impossible")]
    assert [quote.speaker for quote in pulled] == ["Jeremy Robinson", "Jeremy Robinson"]


def test_the_person_before_a_chain_of_appositives_speaks_not_the_bank_that_ends_it():
    facts = extract_facts(
        "Hans Reckers, a board member of Germany's central bank, the Bundesbank, said that cash trading "
        "should also remain in Frankfurt."
    )
    assert quote_starting(facts, "cash trading").speaker == "Hans Reckers"


def test_a_show_named_after_on_is_no_quote_and_a_long_lead_in_to_a_colon_still_introduces():
    facts = extract_facts(
        '"We will not back down," Sen. Ted Cruz told NBC News\' Kristen Welker on "Meet the Press" on Sunday.\n\n'
        'Senator Lindsey Graham said in a statement to NBC News: "We must act now."'
    )
    assert [quote.text for quote in facts.quotes if "Press" in quote.text] == []
    act = quote_starting(facts, "We must act")
    assert (act.kind, act.speaker) == ("direct", "Lindsey Graham")


def test_reported_speech_around_an_aside_and_a_clause_after_an_owner():
    facts = extract_facts(
        "Mayor Lauren McLean spoke. She grew up in a rental, she said, and watched her parents struggle.\n\n"
        "Housing experts say Boise's struggle mirrors that of many fast-growing cities.\n\n"
        'One of them, a retired teacher named Gloria Sims, told the council she feared it would be "unrecognizable."'
    )
    rental = quote_starting(facts, "She grew up")
    assert (rental.text, rental.speaker) == ("She grew up in a rental", "Lauren McLean")
    assert quote_starting(facts, "Boise's struggle").kind == "indirect"
    assert quote_starting(facts, "unrecognizable").speaker == "Gloria Sims"


def test_an_infinitive_of_speech_has_the_sentence_s_subject():
    facts = extract_facts(
        'Charles Kennedy spoke. Mr Kennedy used a speech to say his party faced "painful economic realities". '
        'Mr Kennedy is to tell the audience: "Many people were angry about the war in Iraq."'
    )
    assert quote_starting(facts, "painful").speaker == "Charles Kennedy"
    assert quote_starting(facts, "Many people").speaker == "Charles Kennedy"


def test_a_role_phrase_starts_after_a_clause_word_before_it():
    facts = extract_facts(
        'They want a new "half-way house" where social workers tell people how much money is available. '
        'A judge ruled last year, when a judge said the system was "no more or less objectionable" than visas.'
    )
    assert quote_starting(facts, "half-way").speaker_text == "social workers"
    assert quote_starting(facts, "no more or less").speaker_text == "a judge"


def test_the_last_word_of_an_organisation_s_name_refers_back_to_it():
    facts = extract_facts(
        "Last week, the Countryside Alliance said 250 hunts would meet. "
        'The alliance said the meets would show the law was "impossibly difficult to determine".'
    )
    assert quote_starting(facts, "impossibly").speaker == "Countryside Alliance"


def test_a_lone_name_before_any_common_reporting_verb_speaks():
    facts = extract_facts('"Absolutely," Biden replied when asked whether he would veto the bill.')
    assert quote_starting(facts, "Absolutely").speaker == "Biden"


def test_a_source_after_a_dash():
    facts = extract_facts(
        '"We are not going to let this stand" — that was the message from House Minority Leader Hakeem Jeffries.'
    )
    assert quote_starting(facts, "We are not going").speaker == "Hakeem Jeffries"


def test_a_lone_name_speaks_after_where_it_spoke():
    facts = extract_facts(
        'Trump, in a post on Twitter, wrote that the inquiry was "the greatest witch hunt in history."'
    )
    assert quote_starting(facts, "the greatest").speaker == "Trump"


def test_the_person_before_an_appositive_naming_a_body_and_another_describing_it():
    facts = extract_facts(
        "Erin Hawley, a lawyer for Alliance Defending Freedom, the conservative legal group representing the "
        "doctors, told the justices that the agency had ignored safety risks."
    )
    assert quote_starting(facts, "the agency had ignored").speaker == "Erin Hawley"


def test_a_role_word_that_covers_a_title_means_its_holder():
    story = "Donald Trump spoke. Trump left. Trump smiled. "
    facts = extract_facts(story + 'Rep. Jim Jordan disagreed. "We will subpoena them," the lawmaker said.')
    assert quote_starting(facts, "We will subpoena").speaker == "Jim Jordan"
    facts = extract_facts(story + 'District Attorney Alvin Bragg disagreed. "We will prosecute," the prosecutor said.')
    assert quote_starting(facts, "We will prosecute").speaker == "Alvin Bragg"


def test_a_title_of_something_is_its_head_s_role():
    facts = extract_facts(
        "Donald Trump spoke. Trump left. Trump smiled. "
        'Secretary of State Antony Blinken disagreed. "We will win," the secretary said.'
    )
    assert quote_starting(facts, "We will win").speaker == "Antony Blinken"


def test_a_pronoun_reads_across_a_title_in_marks_in_its_own_sentence():
    facts = extract_facts(
        "Rep. Matt Gaetz spoke. Speaker Kevin McCarthy spoke. McCarthy left. McCarthy smiled. "
        'Gaetz, for his part, doubled down on Sunday. Asked on CNN\'s "State of the Union" whether he had the '
        'votes to remove McCarthy, he replied: "I think I do."'
    )
    assert quote_starting(facts, "I think I do").speaker == "Matt Gaetz"


def test_an_organisation_named_after_the_verb_and_the_word_the_speaks():
    facts = extract_facts('"It is a disaster for the whole country," wrote the New York Times in an editorial.')
    assert quote_starting(facts, "It is a disaster").speaker == "New York Times"
    facts = extract_facts('"Fast networks are here at last," said the Global Mobile Suppliers Association.')
    assert quote_starting(facts, "Fast networks").speaker == "Global Mobile Suppliers Association"
    # Someone of the organisation, not the organisation: a role after it.
    facts = extract_facts('"It is a disaster for the whole country," said the Labour Party leader.')
    assert quote_starting(facts, "It is a disaster").speaker is None


def test_an_abbreviation_before_its_number_or_a_name_ends_no_sentence_before_a_quote():
    facts = extract_facts('Eulois Cleckley said on Nov. 13 that the department "would be able to meet that standard."')
    assert quote_starting(facts, "would be able").speaker == "Eulois Cleckley"
    for aside in ("who lives in St. Louis", "who works for the U.S. Department of Labor", "who took office Jan. 1"):
        facts = extract_facts(f'Eulois Cleckley, {aside}, said the department "would be able to meet that standard."')
        assert quote_starting(facts, "would be able").speaker == "Eulois Cleckley", aside


def test_one_member_of_a_body_speaks_unnamed_and_not_for_the_body():
    facts = extract_facts(
        "One House Republican, speaking on the condition of anonymity, said the speaker was "
        '"in a very tough spot." Two House Democrats said the plan was "dead on arrival."'
    )
    unnamed = quote_starting(facts, "in a very tough spot")
    assert unnamed.speaker is None and unnamed.speaker_text == "One House Republican"
    assert quote_starting(facts, "dead on arrival").speaker == "House Democrats"
    # A body's document is the body's own.
    facts = extract_facts('An IAAF statement said: "The Doping Review Board concluded that the decision is wrong."')
    assert quote_starting(facts, "The Doping Review Board").speaker == "IAAF"


def test_a_side_opening_the_sentence_speaks_through_a_participle():
    facts = extract_facts('Joe Biden spoke. The Biden campaign fired back, calling the record "a disaster."')
    quote = quote_starting(facts, "a disaster")
    assert quote.speaker is None and quote.speaker_text == "The Biden campaign"


def test_an_owner_after_an_inverted_verb_opens_the_reported_clause_unless_a_speaker_follows():
    facts = extract_facts(
        "Joshua Turner, representing Idaho, said the state's law already protected women whose lives were at risk."
    )
    assert quote_starting(facts, "the state's law").speaker == "Joshua Turner"
    facts = extract_facts(
        "The surge in numbers should be a wake-up call to the industry, said Sandvine's chief technology "
        "officer Marc Morin."
    )
    assert quote_starting(facts, "The surge in numbers").speaker == "Marc Morin"


def test_an_unnamed_source_after_the_verb_after_a_quote():
    for source in ("chanted one group", "said one woman, who declined to give her name", "said a woman in the crowd"):
        facts = extract_facts(f'Hundreds gathered. "We will not go back," {source}.')
        quote = quote_starting(facts, "We will not go back")
        assert quote.speaker is None and quote.speaker_text and quote.speaker_text in source, source


def test_someone_speaking_for_an_organisation_described_by_an_appositive():
    facts = extract_facts(
        'A spokesperson for United Neighborhoods, a coalition of homeowner groups, said the group was "reviewing '
        'its legal options." Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said: "We have plans '
        'to integrate TV with mobile internet services."'
    )
    unnamed = quote_starting(facts, "reviewing its legal")
    assert unnamed.speaker is None and unnamed.speaker_text == "A spokesperson for United Neighborhoods"
    assert quote_starting(facts, "We have plans").speaker == "Shin-Bae Kim"


def test_a_pronoun_after_an_opening_phrase_of_place_or_time_is_the_subject_of_a_participle():
    facts = extract_facts(
        "Laura Whitcomb spoke. Celia Marchetti has been careful. At a town hall in Lorain on Thursday, she "
        'declined to criticize Ms. Whitcomb by name, saying that spouses "ought to be off limits."'
    )
    assert quote_starting(facts, "ought to be off limits").speaker == "Celia Marchetti"


def test_a_participle_after_with_and_a_name_is_that_name_s():
    facts = extract_facts(
        "At its peak, The Osbournes had eight million viewers, with America's TV Guide magazine describing the "
        'series as "a cross between The Simpsons and This Is Spinal Tap".'
    )
    assert quote_starting(facts, "a cross between").speaker == "TV Guide"
    facts = extract_facts(
        "Graeme Souness has reopened his dispute with Craig Bellamy after claiming the Welshman was "
        '"not good enough" for the Magpies.'
    )
    assert quote_starting(facts, "not good enough").speaker == "Graeme Souness"


def test_an_organisation_opening_the_sentence_is_the_subject_of_its_participle():
    facts = extract_facts(
        'Angela Prewitt spoke. The AFL-CIO came out against Prewitt last week, calling her "the most anti-worker '
        'nominee in a generation." Michael Howard spoke. The Tory leader will also call for tolerance, arguing '
        'that Hindus got "caught in the downdraft of Islamaphobia".'
    )
    assert quote_starting(facts, "the most anti-worker").speaker == "AFL-CIO"
    assert quote_starting(facts, "caught in the downdraft").speaker == "Michael Howard"
    facts = extract_facts(
        'According to a statement from the Oakland Unified School District, counselors were there. "Our hearts '
        'are with these two young men and their families," the district said.'
    )
    assert quote_starting(facts, "Our hearts").speaker == "Oakland Unified School District"


def test_participles_of_writing_declaring_accusing_and_urging_report_but_a_gerund_noun_does_not():
    facts = extract_facts(
        "Chairman Wesley Harbaugh, R-Ky., gave the mayor until Aug. 15 to produce the records, writing that the "
        'answers had been "evasive at best and misleading at worst." Mr Kennedy was in buoyant mood, declaring '
        'the Tories were not going to be "significant players" in the poll.'
    )
    assert quote_starting(facts, "evasive at best").speaker == "Wesley Harbaugh"
    assert quote_starting(facts, "significant players").speaker == "Kennedy"
    facts = extract_facts('They may be content if it does not "close too many doors" in writing.')
    assert facts.quotes == []


def test_a_pronoun_means_the_speaker_of_a_partial_quote_in_the_sentence_before_unless_a_clause_follows_it():
    facts = extract_facts(
        'Michael Howard is to make a pitch for the ethnic vote urging people who feel "taken for granted" by Tony '
        'Blair to vote Conservative.\n\nHe will say Conservatives "share the same values" as the minorities.'
    )
    assert quote_starting(facts, "taken for granted").speaker == "Michael Howard"
    assert quote_starting(facts, "share the same values").speaker == "Michael Howard"
    facts = extract_facts(
        'Lleyton Hewitt said he had had a "gutful" of trying to make the surface faster but Tennis Australia\'s '
        'Geoff Pollard rejected his comments. "We did ask for it to be made faster than last year," he said.'
    )
    assert quote_starting(facts, "We did ask").speaker == "Geoff Pollard"


def test_a_clause_reads_across_a_show_s_title_in_marks():
    facts = extract_facts(
        'Homeland Security Secretary Roland Pike, appearing on NBC\'s "Meet the Press," said the operation would '
        'continue "until the job is done." Sen. Ted Corliss (R-Neb.) told CBS\' "Face the Nation" that he was '
        '"uneasy" with the scale of the deployment.'
    )
    assert quote_starting(facts, "until the job is done").speaker == "Roland Pike"
    assert quote_starting(facts, "uneasy").speaker == "Ted Corliss"
    facts = extract_facts('Jake Tapper spoke. On "State of the Union," Tapper pressed her on reports.')
    assert facts.quotes == []


def test_a_name_addressed_in_a_quote_keeps_the_sex_its_first_name_gives():
    facts = extract_facts(
        "Gov. Elena Castellano told CNN's Jake Tapper that the state would sue. Tapper pressed Castellano on "
        'reports.\n\n"That\'s not accurate," she said.\n\n"Jake, I\'ve been in politics for 20 years," she said.'
    )
    assert quote_starting(facts, "That's not accurate").speaker == "Elena Castellano"


def test_a_role_word_after_an_unnamed_holder_of_it_is_that_unnamed_one():
    facts = extract_facts(
        'Sen. Howard Lindqvist (D-Minn.) said it was "a parade of complaints." One GOP senator, speaking on '
        'condition of anonymity, told The Hill the nomination was "on thinner ice than leadership is letting on."'
        '\n\n"There are four or five of us who could go either way," the senator said.'
    )
    assert quote_starting(facts, "There are four or five").speaker is None


def test_a_person_titled_alone_is_the_same_person_opening_a_sentence_and_a_first_name_in_a_quote_keeps_the_sex():
    facts = extract_facts(
        "Senators doubt President Trump's pick, Angela Prewitt. \"I've known Angela for a decade,\" Hawley said."
        '\n\nTrump weighed in Tuesday night on Truth Social.\n\n"Angela will be a GREAT Secretary," he wrote.'
    )
    assert quote_starting(facts, "Angela will be").speaker == "Trump"


def test_a_gesture_before_a_colon_and_a_short_answer_before_a_quote_give_their_subject():
    facts = extract_facts(
        'Steve Scalise spoke. Asked whether the rule would come to the floor, he shrugged: "That\'s the plan." '
        'Renata Okafor spoke. Asked whether she regretted the post, she said no. "I said what I said."'
    )
    assert quote_starting(facts, "That's the plan").speaker == "Steve Scalise"
    assert quote_starting(facts, "I said what I said").speaker == "Renata Okafor"


def test_someone_close_to_or_advising_a_person_speaks_not_that_person():
    facts = extract_facts(
        "Mike Johnson spoke. One Republican lawmaker close to Johnson, who was granted anonymity, described the "
        'holdouts as "people who want a fight more than they want a win." Graham Vellacott spoke. A senior '
        'adviser to Vellacott, Trevor Lindqvist, replied that the secretary wanted "eyes on every dollar."'
    )
    unnamed = quote_starting(facts, "people who want a fight")
    assert unnamed.speaker is None and unnamed.speaker_text == "One Republican lawmaker close to Johnson"
    assert quote_starting(facts, "eyes on every dollar").speaker == "Trevor Lindqvist"


def test_where_a_post_was_made_is_not_who_made_it():
    facts = extract_facts(
        "Rep. Lena Okonkwo (D-Mich.), whose district would be among the most affected, posted a video on "
        'Instagram saying: "They can redraw the lines. They can\'t redraw Detroit."'
    )
    assert quote_starting(facts, "They can redraw").speaker == "Lena Okonkwo"


def test_a_pronoun_inside_what_an_earlier_verb_reports_gives_the_words_to_that_verb_s_subject():
    facts = extract_facts(
        "Darnell Whitaker spoke. Councilmember Ramon Ibarra, whose district includes the park, said in a "
        'statement that he had asked for more lighting "for two years" with little response.'
    )
    assert quote_starting(facts, "for two years").speaker == "Ramon Ibarra"
    # Not across a comma: a subordinate clause before the subject.
    facts = extract_facts(
        "Prince Harry spoke to Oprah Winfrey. When Winfrey asked if he could share the questions, he declined, "
        'saying "I\'m not comfortable with sharing that."'
    )
    assert quote_starting(facts, "I'm not comfortable").speaker == "Harry"


def test_a_person_of_an_institution_and_someone_unnamed_from_a_place_speak():
    facts = extract_facts(
        'Judge Maria Delgado of the Western District of Texas wrote in an opinion that the map "cannot be '
        'reconciled with the Voting Rights Act." Ken Paxton spoke. One Republican strategist in Austin, who was '
        'not authorized to speak publicly, said the party had been "greedy." "We could have had four seats," the '
        "strategist said."
    )
    assert quote_starting(facts, "cannot be reconciled").speaker == "Maria Delgado"
    unnamed = quote_starting(facts, "greedy")
    assert unnamed.speaker is None and unnamed.speaker_text == "One Republican strategist in Austin"
    assert quote_starting(facts, "We could have had").speaker is None


def test_debate_verbs_dismissed_as_and_a_long_lead_in_after_a_pronoun():
    facts = extract_facts(
        'Greg Hollister moderated. Sharon Pryce and Kurt Maddox debated. "Let\'s stay on taxes," Hollister '
        'interjected. "That is a lie," Maddox shot back. Maddox dismissed that as "a talking point, not a plan." '
        'John Thune spoke. He was blunt about what happens if they fail: "Then we\'ll vote on it anyway."'
    )
    assert quote_starting(facts, "Let's stay on taxes").speaker == "Greg Hollister"
    assert quote_starting(facts, "That is a lie").speaker == "Kurt Maddox"
    assert quote_starting(facts, "a talking point").speaker == "Kurt Maddox"
    assert quote_starting(facts, "Then we'll vote").speaker == "John Thune"


def test_people_at_a_firm_and_a_woman_who_gives_no_name_are_unnamed():
    facts = extract_facts(
        'Analysts at Tideline Research said in a note the rules were "manageable for the large players." '
        "Carol Whitfield spoke. One woman, who declined to give her name, told the council she had moved. "
        '"I didn\'t move here to be watched," she said. An official at the United Arab Emirates embassy in '
        'Washington said the country was "a reliable partner on technology security."'
    )
    for start in ("manageable", "I didn't move here", "a reliable partner"):
        assert quote_starting(facts, start).speaker is None, start


def test_told_whom_then_a_clause_reports_it_and_dismissed_as_alone_is_a_scare_quote():
    facts = extract_facts("First Minister Rhodri Morgan told BBC Wales he had agreed with Ms Hutt in 2003.")
    assert [(quote.text, quote.speaker) for quote in facts.quotes] == [
        ("he had agreed with Ms Hutt in 2003", "Rhodri Morgan")
    ]
    facts = extract_facts('Japan acknowledged the talks but dismissed as "unacceptable" the preconditions.')
    assert facts.quotes == []


def test_a_pronoun_chain_goes_on_across_paragraphs_that_open_with_it():
    facts = extract_facts(
        'Rachel Amara asked the questions. "Are you going to finalize it?" Amara asked.\n\n'
        "Dr. Kavita Rao runs the emergency department.\n\n"
        '"These are 30-year-old men who were fine at breakfast," Rao says.\n\n'
        "She remembers one patient in particular.\n\n"
        '"We packed him in ice. We did everything," she says.'
    )
    assert quote_starting(facts, "We packed him in ice").speaker == "Kavita Rao"


def test_the_company_is_not_the_paper_the_story_was_told_to():
    facts = extract_facts(
        "Meridian Correctional Health ran the prison clinic. A nurse told ProPublica the clinic was short of "
        "staff. Another described it in an interview with ProPublica. Records obtained by ProPublica show the "
        'same. Meridian did not answer. In a statement, the company said it "strongly disputes the account."'
    )
    assert quote_starting(facts, "strongly disputes").speaker == "Meridian Correctional Health"


def test_a_state_and_party_role_means_the_one_tagged_so_and_a_role_before_a_clause_verb_is_its_subject():
    facts = extract_facts(
        "Sen. Dale Whitaker, R-Okla., spoke. Senate Minority Leader Chuck Schumer, D-N.Y., said Republicans had "
        '"blown up a deal." The Oklahoma Republican told GOP senators that the changes were "the price of '
        'admission." One GOP senator, who spoke on condition of anonymity, said several colleagues pushed back.'
        ' "Nobody wants to be the one who killed it," the senator said.'
    )
    assert quote_starting(facts, "the price of admission").speaker == "Dale Whitaker"
    assert quote_starting(facts, "Nobody wants").speaker is None


def test_a_pronoun_means_the_subject_after_two_opening_phrases_of_place():
    facts = extract_facts(
        'Rachel Amara hosted. "Are you going to finalize it?" Amara asked.\n\n'
        "Across the state line, in California's Imperial Valley, Maria Delgado picks cantaloupes. Speaking "
        'through an interpreter, she describes a day last August: "It was 115 degrees by ten in the morning."'
    )
    assert quote_starting(facts, "It was 115 degrees").speaker == "Maria Delgado"


def test_a_paragraph_ending_in_a_recounting_verb_or_a_colon_introduces_the_next_one_s_quote():
    facts = extract_facts(
        "Greene's cellmate, Angela Ruiz, who has since been released, described the night in an interview.\n\n"
        '"She was burning up. She was shaking so hard the bunk was rattling.\n\n'
        '"By morning she wasn\'t talking anymore."\n\n'
        "In one passage, Judge Annette Fontenot addressed the state's argument:\n\n"
        '"Compliance with a numerical standard is not the end of the inquiry."'
    )
    assert quote_starting(facts, "She was burning up").speaker == "Angela Ruiz"
    assert quote_starting(facts, "Compliance with").speaker == "Annette Fontenot"


def test_an_unattributed_quote_after_a_paragraph_about_one_person_alone_is_theirs():
    facts = extract_facts(
        "Denise Kowalczyk lost her house in the fire.\n\n"
        "For Kowalczyk, who has been living with her daughter in Glendale, the debate feels far away.\n\n"
        '"Every time I call, it\'s a new adjuster."\n\n'
        "Mark Pell and Ruth Ames met the insurers on Friday.\n\n"
        '"Nobody has a straight answer. Nobody has told us when the money will come."'
    )
    assert quote_starting(facts, "Every time I call").speaker == "Denise Kowalczyk"
    assert quote_starting(facts, "Nobody has").speaker is None


def test_a_spokeswoman_for_someone_named_is_not_them_but_her_name_in_apposition_is_hers():
    facts = extract_facts(
        'Tony Blair spoke. "We will see," said a spokeswoman for Mr Blair.\n\n'
        "A spokeswoman for Mr. Haverford, Tess Amundsen, disputed that account, saying the decision had "
        'been "his and his alone."\n\n"We will not," said a spokesman for Gov. Greg Abbott, Dan Reyes.'
    )
    assert quote_starting(facts, "We will see").speaker is None
    assert quote_starting(facts, "We will see").speaker_text == "a spokeswoman for Mr Blair"
    assert quote_starting(facts, "his and his alone").speaker == "Tess Amundsen"
    assert quote_starting(facts, "We will not").speaker == "Dan Reyes"


def test_someone_unnamed_brought_in_with_words_between_role_and_verb_stays_unnamed():
    facts = extract_facts(
        "Kurt Valdane and Jane Montoya-Gill debate tonight.\n\n"
        "A Democratic strategist close to the Montoya-Gill campaign said she had spent the weekend in mock "
        'debates. "She\'s ready for him to interrupt," the strategist said.\n\n'
        "Dale Haverford ran for the Senate. One longtime friend and adviser, who spoke on the condition of "
        'anonymity, said Mr. Haverford had "agonized for months" before entering.'
    )
    assert quote_starting(facts, "She's ready").speaker is None
    assert quote_starting(facts, "agonized").speaker is None


def test_someone_unnamed_opening_a_sentence_whose_verb_comes_after_an_aside_stays_unnamed():
    facts = extract_facts(
        'Nathan Greeley, the campaign adviser, spoke. "We won," Greeley said.\n\n'
        "One adviser to several of the PAC's major donors, who spoke on the condition of anonymity, said the "
        'owner wanted quiet. "Nobody broke any rules," the adviser said.\n\n'
        "Aurelio Benitez, a diplomat, spoke. But a European diplomat involved in the talks, who asked not to "
        'be named, said Brussels was watching. "Nobody here would say that out loud," the diplomat said.'
    )
    assert quote_starting(facts, "Nobody broke").speaker is None
    assert quote_starting(facts, "Nobody here").speaker is None


def test_a_participle_after_a_quote_inside_the_sentence_shares_the_sentence_s_subject():
    facts = extract_facts(
        'Rep. Buck Hollister vowed Tuesday to do "everything in my power" to defeat the Senate border '
        'package, telling Breitbart News the bill would "reward the exact behavior it claims to stop."\n\n'
        'Keys said she was "very excited", describing Charles as "an artist I admire".'
    )
    assert quote_starting(facts, "reward the exact").speaker == "Buck Hollister"
    assert quote_starting(facts, "an artist I admire").speaker == "Keys"


def test_a_role_of_a_state_is_the_one_a_postal_code_tag_places_there():
    facts = extract_facts(
        "Rep. Buck Hollister (R-TN) took aim at Sen. Gareth Pennington (R-KS).\n\n"
        '"They can read," Hollister said.\n\n'
        "The host played a clip of a floor speech in which the Kansas senator said the deal would "
        '"give the next president tools no president has ever had."'
    )
    assert quote_starting(facts, "give the next").speaker == "Gareth Pennington"


def test_a_short_sentence_opening_with_the_one_person_it_names_gives_the_quote_after_it():
    facts = extract_facts(
        '"You can say it," Kurt Valdane shot back.\n\n'
        'Moderator Rachel Oyelaran stepped in. "Mr. Valdane, you\'ll have your time to respond, sir."\n\n'
        'Teresa Montoya-Gill said no. "We did."\n\n'
        'She then turned to her opponent. "Kurt has been in the legislature for 12 years. Name one bill."\n\n'
        'Hannah Ward, a refugee worker, disagreed. "It is cruel," she said. Michael Howard\'s policy means no '
        'safe haven. "We need good quality decision-making on asylum applications."'
    )
    assert quote_starting(facts, "Mr. Valdane").speaker == "Rachel Oyelaran"
    assert quote_starting(facts, "Kurt has been").speaker == "Teresa Montoya-Gill"
    assert quote_starting(facts, "We need good").speaker == "Hannah Ward"
    facts = extract_facts(
        'Kelly Ann Dorsey ran the campaign. "Wade says what he thinks," Dorsey said.\n\n'
        'Asked whether anyone had tried to take his phone away, she laughed. "Nobody takes that phone away. '
        'Nobody has tried, and nobody will."\n\n'
        'Rick Dean spoke. If studios want more, it could mean extra hours. "If the decision is theirs, it costs."'
    )
    assert quote_starting(facts, "Nobody takes").speaker == "Kelly Ann Dorsey"
    assert quote_starting(facts, "If the decision").speaker != "Star Wars"


def test_the_sponsor_is_the_one_the_text_made_the_bill_s_sponsor():
    facts = extract_facts(
        "Rep. Gary Lindell, the bill's sponsor, spoke first.\n\n"
        'Rep. Tanya Broussard opposed it. "It is wrong," she said.\n\n'
        "In his closing remarks, the sponsor asked colleagues to think about districts unlike their own:\n\n"
        '"Some of you have a police station on every corner. I envy you."'
    )
    assert quote_starting(facts, "Some of you").speaker == "Gary Lindell"


def test_a_role_whose_last_word_is_a_title_leads_to_the_titled_person():
    facts = extract_facts(
        "Rep. Gary Lindell, a Republican, sponsored the bill.\n\n"
        'Democratic Rep. Tanya Broussard of Baton Rouge rose to question him. "Will the gentleman yield?"\n\n'
        '"I will," Lindell said.'
    )
    assert quote_starting(facts, "Will the gentleman").speaker == "Tanya Broussard"


def test_a_verb_joined_by_but_shares_the_subject_and_one_named_leads_others():
    facts = extract_facts(
        "Corveda Corrections Group runs prisons. In a statement to HuffPost, Corveda did not dispute that the "
        'memo was authentic but said it had been "taken out of context."\n\n'
        "Rep. Nkechi Adeyemi (D-Minn.) spoke. In the letter, Adeyemi and 14 other Democrats wrote that the "
        'memo "raises grave questions about whether Corveda can be trusted."'
    )
    assert quote_starting(facts, "taken out of").speaker == "Corveda Corrections Group"
    assert quote_starting(facts, "raises grave").speaker == "Nkechi Adeyemi"
    facts = extract_facts(
        "Chancellor Gordon Brown spoke. The chancellor would not comment on the reports, but insisted he "
        'would not be "diverted or distracted" from the job.'
    )
    assert quote_starting(facts, "diverted or distracted").speaker == "Gordon Brown"


def test_one_named_and_their_colleagues_speak_as_the_one_named():
    facts = extract_facts(
        'Thomas Brightwell is an economist. "We think the supply concern is overdone," Brightwell and his '
        'colleagues wrote in a note. Tony Blair and his wife said they were "delighted".'
    )
    assert quote_starting(facts, "We think").speaker == "Thomas Brightwell"
    assert quote_starting(facts, "delighted").speaker == "Tony Blair"


def test_he_in_a_sentence_whose_subject_speaks_past_an_appositive_is_that_subject():
    facts = extract_facts(
        "Dale Huntsinger, a former actuary, wrote the report.\n\n"
        '"I tell my clients the same thing every year," said Luis Carrasquillo, a financial planner.\n\n'
        "Huntsinger, the former actuary, agreed, though he added a caveat for younger workers. "
        '"If you\'re 35, you should assume something will change," he said.'
    )
    assert quote_starting(facts, "If you're 35").speaker == "Dale Huntsinger"


def test_who_said_with_no_comma_is_whom_the_relative_stands_for():
    facts = extract_facts(
        'Councilwoman Renita Bassey-Holt backed the plan. "We need it," she said.\n\n'
        "Outside City Hall, we met a woman who said she has been living in her car. She gave no name.\n\n"
        '"I just want somewhere to take a shower," she said.\n\n'
        'Her call was backed by Culture Secretary Tessa Jowell who said: "You would not let your child go."'
    )
    assert quote_starting(facts, "I just want").speaker is None
    assert quote_starting(facts, "You would not").speaker == "Tessa Jowell"
    facts = extract_facts(
        "The revolt is led by Rep. Dale Kessinger (R-Texas), a second-term Freedom Caucus member who has "
        'called the package "a surrender document".'
    )
    assert quote_starting(facts, "a surrender document").speaker == "Dale Kessinger"


def test_someone_unnamed_opening_a_clause_before_a_colon_introduces_the_quote():
    facts = extract_facts(
        'Press secretary Dana Kessling spoke. A White House official pushed back: "Nobody is freezing anyone '
        'out." A Senate GOP aide was less diplomatic about the other chamber: "The House needs to act first."'
    )
    assert quote_starting(facts, "Nobody is freezing").speaker_text == "A White House official"
    assert quote_starting(facts, "The House needs").speaker is None


def test_a_role_after_an_opening_participle_is_its_holder_of_the_pronoun_s_sex():
    facts = extract_facts(
        'Kansas Sen. Brock Ellery spoke in Erie. "Senator Elena Ruiz-Tanner had her chance," Ellery said.\n\n'
        "Pressed by reporters afterward on the posts, the senator paused for several seconds.\n\n"
        '"He\'s his own man," he said.'
    )
    assert quote_starting(facts, "He's his own man").speaker == "Brock Ellery"


def test_a_pronoun_after_in_which_or_where_goes_on_about_the_clause_s_subject():
    facts = extract_facts(
        'Wade Halloran posted. "We win," Halloran said. Teresa Dorsey spoke.\n\n'
        "Democratic Senate hopeful Keisha Marlowe-Banks is up with a 30-second spot in which she tells "
        'viewers, "I am tired of Washington games, and so are you."'
    )
    assert quote_starting(facts, "I am tired").speaker == "Keisha Marlowe-Banks"
    facts = extract_facts(
        'Marguerite Olander spoke. "No," she said.\n\nIn the Times, Rachel Dunsworth profiles the '
        'parliamentarian, who she writes is "famously immune to pressure from either party".'
    )
    assert quote_starting(facts, "famously immune").speaker == "Rachel Dunsworth"


def test_a_ward_number_after_a_name_is_left_out_as_a_party_tag_is():
    facts = extract_facts(
        "Ald. Felipe López (23rd), a former police sergeant whose ward is home to officers, warned the plan "
        'would leave districts "running on fumes" by July.'
    )
    assert quote_starting(facts, "running on fumes").speaker == "Felipe López"


def test_prop_before_its_number_ends_no_sentence():
    facts = extract_facts(
        'Trevor Lindahl, a spokesman for the opposing committee, called Prop. 41 "a blunt instrument written by '
        'people who have never run a warehouse."'
    )
    assert quote_starting(facts, "a blunt instrument").speaker == "Trevor Lindahl"


def test_us_before_a_lowercase_word_ends_no_sentence():
    facts = extract_facts(
        'Marcelo Duarte-Kuhn, a political scientist, said the break was rare. "It is new," he said.\n\n'
        "Minister Aurelio Benitez Ocampo is due to travel to Washington next month. Asked whether he expected "
        'to meet senior U.S. officials there, he said: "My door is open. I hope theirs is too."'
    )
    assert quote_starting(facts, "My door is open").speaker == "Aurelio Benitez Ocampo"


def test_the_person_named_in_apposition_to_someone_s_role_is_the_participle_s_subject():
    facts = extract_facts(
        'Wade Halloran posted again. "No," Halloran said.\n\n'
        "Halloran's campaign manager, Kelly Ann Dorsey, was less restrained on CBS' \"Face the Nation\" on "
        'Sunday, insisting that the posting was "a feature, not a bug." The Biden campaign fired back, '
        'calling it "sad."'
    )
    assert quote_starting(facts, "a feature").speaker == "Kelly Ann Dorsey"
    assert quote_starting(facts, "sad").speaker_text == "The Biden campaign"


def test_a_role_after_a_preposition_is_an_object_unless_an_article_or_conjunction_opens_a_subject():
    facts = extract_facts(
        "Judge Evelyn Marcotte presided. Under his plea agreement, the government will write a letter to his "
        'sentencing judge describing his "substantial assistance" if he testifies.\n\n'
        "Chancellor Gordon Brown spoke. Tony Blair denied it, and before he left for Africa on Tuesday the "
        'chancellor told reporters: "Of course I trust the prime minister."'
    )
    assert quote_starting(facts, "substantial assistance").speaker is None
    assert quote_starting(facts, "Of course I trust").speaker == "Gordon Brown"


def test_as_someone_put_it_after_a_quote_gives_its_speaker():
    facts = extract_facts(
        'Gerald Finkelstein is a lawyer. His lawyers have portrayed Mr. Papadakis as a man "saying whatever '
        'it takes to stay out of prison," as one of them, Gerald Finkelstein, put it last week.\n\n'
        'Tony Blair spoke. But they could rely on one "secret weapon", as one activist put it.'
    )
    assert quote_starting(facts, "saying whatever").speaker == "Gerald Finkelstein"
    secret = quote_starting(facts, "secret weapon")
    assert secret.speaker is None and secret.speaker_text == "one activist"


def test_a_spokesperson_for_someone_set_off_by_an_aside_and_a_subject_after_an_opening_clause():
    facts = extract_facts(
        'Rep. Bradley Voss leads the panel. "We will see," Voss said.\n\n'
        "A spokesperson for Voss, asked whether the committee would release the transcript, said the "
        'chairman "will make additional material public" soon.\n\n'
        'Asked whether he expected to bring Anderberg back, Voss was blunt: "If he wants to remember, the '
        'door is open."\n\nFor Henry Reichhold, this is progress: "That\'s the whole thing about it."'
    )
    unnamed = quote_starting(facts, "will make additional")
    assert unnamed.speaker is None and unnamed.speaker_text == "A spokesperson for Voss"
    assert quote_starting(facts, "If he wants").speaker == "Bradley Voss"
    assert quote_starting(facts, "That's the whole").speaker == "Henry Reichhold"


def test_one_of_those_people_is_someone_unnamed_unless_named_after_it():
    facts = extract_facts(
        "Gen. Raymond Castellano-Reyes wants to avoid another departure. \"Every time somebody leaves, it's a "
        'two-week story," said one of those people, describing his view.\n\n'
        'The pair face bans. "A decision is now expected by mid-March," said one of their lawyers, Michalis '
        "Dimitrakopoulos."
    )
    unnamed = quote_starting(facts, "Every time")
    assert unnamed.speaker is None and unnamed.speaker_text == "one of those people"
    assert quote_starting(facts, "A decision").speaker == "Michalis Dimitrakopoulos"


def test_the_company_is_not_the_agency_whose_story_it_is_and_a_malay_name_keeps_its_binti():
    facts = extract_facts(
        "KUALA LUMPUR, March 4 (Reuters) - Malaysia weighed an exemption. Trade Minister Nor Azizah binti "
        'Abdul Rahman said it would not "single out investors based on nationality." The ministry said in a '
        "statement to Reuters that talks went on.\n\nMeridian Glassworks, a glass maker, would gain. In an "
        'emailed response, Meridian said it was "fully compliant." The company added: "We welcome any '
        'framework that distinguishes legitimate makers."'
    )
    assert quote_starting(facts, "single out").speaker == "Nor Azizah binti Abdul Rahman"
    assert quote_starting(facts, "We welcome").speaker == "Meridian Glassworks"


def test_the_group_is_the_one_an_appositive_before_its_name_calls_a_group():
    facts = extract_facts(
        "The Digital Commerce Coalition sued. A parents' group that backed the law, Hoosier Families for Safe "
        'Tech, said it would keep pressing.\n\n"Our kids can\'t wait for the courts," the group said.'
    )
    assert quote_starting(facts, "Our kids").speaker == "Hoosier Families for Safe Tech"


def test_she_replying_to_a_question_is_the_one_asked_not_the_asker():
    facts = extract_facts(
        '"It means they got yelled at," Jeanette Kowalczyk said.\n\n'
        '"How many poll workers do you need on a normal Election Day?" Leila Ashdown asked.\n\n'
        '"About 40 across the county," she said.\n\n'
        'Steve Green spoke. David Davis spoke. Green asked: "Which premises do you blame for a fight?"\n\n'
        "He warned that drinking hours would stretch the police."
    )
    assert quote_starting(facts, "About 40").speaker == "Jeanette Kowalczyk"
    assert quote_starting(facts, "drinking hours").speaker == "Steve Green"


def test_the_company_is_no_paper_named_for_its_story():
    facts = extract_facts(
        "WASHINGTON (Reuters) - Officials weighed new limits. Shares of Halcyon Vantor fell 2.3% "
        'following the Reuters report. "We work closely with the government," the company said.'
    )
    assert quote_starting(facts, "We work closely").speaker == "Halcyon Vantor"


def test_tabloid_verbs_and_a_reference_set_off_by_an_aside_speak():
    facts = extract_facts(
        'Mayor Vincent Abruzzo tore into the council. "They want to talk about rats? Fine," the mayor fumed. '
        "The Department of Sanitation counted bins. The department, in a statement, insisted the rollout was "
        '"on track."'
    )
    assert quote_starting(facts, "They want to talk").speaker == "Vincent Abruzzo"
    assert quote_starting(facts, "on track").speaker == "Department of Sanitation"


def test_a_reference_means_a_body_whose_name_says_what_it_is_read_from_where_it_stands():
    facts = extract_facts(
        "The White House reversed course. The White House said so twice. The American Veterans Coalition had "
        'organized letters. The group called the reversal "a win for every veteran." Harbrook Industries '
        'lobbied. The company tells Playbook it "supports strong ethics rules."'
    )
    assert quote_starting(facts, "a win for every veteran").speaker == "American Veterans Coalition"
    assert quote_starting(facts, "supports strong ethics").speaker == "Harbrook Industries"


def test_a_chair_with_a_party_tag_in_brackets_and_a_name_after_a_dash_speak():
    facts = extract_facts(
        'House Financial Services Chair Harlan Voss (R-Ky.) says the House "will not rubber-stamp" the bill.'
        '\n\n"If I wanted drama, I\'d have stayed in community theater." — Voss, asked by reporters.'
    )
    assert quote_starting(facts, "will not rubber-stamp").speaker == "Harlan Voss"
    assert quote_starting(facts, "If I wanted drama").speaker == "Harlan Voss"


def test_a_role_after_an_opening_clause_before_a_colon_introduces_the_quote():
    facts = extract_facts(
        "Majority Whip Lena Moberg counts votes. Asked about Carrow's demand, the whip was noticeably cooler: "
        '"Dwight has made his views known. Loudly."'
    )
    assert quote_starting(facts, "Dwight has made").speaker == "Lena Moberg"


def test_a_role_after_someone_unnamed_brought_in_with_it_is_that_one():
    facts = extract_facts(
        "Chuck Schumer spoke. Per a Democratic leadership aide, Minority Leader Chuck Schumer's team has begun "
        'counting votes. "It\'s closer than people think," the aide says. They have a mayor who is calm. '
        'Mayor Ken Livingstone spoke. "We will deliver," the mayor said.'
    )
    assert quote_starting(facts, "It's closer").speaker is None
    assert quote_starting(facts, "We will deliver").speaker == "Ken Livingstone"


def test_where_words_were_said_and_a_participle_after_it_report_nothing():
    facts = extract_facts(
        '"We did our job," Mayor Eric Adams said at a news conference Monday, flanked by police officials.'
    )
    assert [quote.text for quote in facts.quotes] == ["We did our job"]


def test_a_pronoun_means_the_subject_after_any_short_opening_phrase_naming_no_one():
    facts = extract_facts(
        'Andrea Lutz testified. "I\'m hoping for less," Lutz replied.\n\n'
        "Twice during the morning, U.S. District Judge Harriet Lindgren admonished the defense. "
        '"Mr. Perlmutter, you\'ll have your turn," she said.'
    )
    assert quote_starting(facts, "Mr. Perlmutter").speaker == "Harriet Lindgren"


def test_an_unattributed_question_after_an_answer_goes_back_to_the_one_who_asked():
    facts = extract_facts(
        "Jonathan Perlmutter cross-examined Andrea Lutz.\n\n"
        '"You were facing 20 years, weren\'t you?" he asked.\n\n'
        '"That\'s what they told me," she said.\n\n'
        '"And now you\'re facing two?"\n\n'
        '"I\'m hoping for less," Lutz replied.'
    )
    assert quote_starting(facts, "And now you're facing two").speaker == "Jonathan Perlmutter"


def test_an_unattributed_answer_to_an_unattributed_question_goes_to_the_one_who_answered_before():
    facts = extract_facts(
        "Under questioning by Meredith Szymanski, Nikolaos Papadakis described the meeting.\n\n"
        '"What did you bring to that meeting?" Szymanski asked.\n\n'
        '"An envelope," Papadakis said.\n\n'
        '"What was in the envelope?"\n\n'
        '"Fifteen thousand dollars. Hundred-dollar bills."\n\n'
        '"Where did you put it?"\n\n'
        '"In the glove box of his car. He told me to."'
    )
    speakers = [quote.speaker for quote in facts.quotes if quote.kind == "direct"]
    assert speakers == ["Meredith Szymanski", "Nikolaos Papadakis"] * 3


def test_a_pronoun_of_the_sex_the_topic_is_not_reaches_back_a_paragraph_further():
    facts = extract_facts(
        "Paul Henderson ran the department. Paul Henderson wrote again. Henderson left.\n\n"
        'Kimberly Henderson replied that staffing "is improving week over week."\n\n'
        '"I need numbers, not promises," he wrote.\n\n'
        'In response, she wrote that Meridian was "doing everything within our control."'
    )
    assert quote_starting(facts, "doing everything").speaker == "Kimberly Henderson"


def test_the_union_is_the_body_whose_name_holds_a_union_word_wherever_it_stands():
    facts = extract_facts(
        "House Democrats walked out. House Democrats spoke again. The Texas Federation of Educators backed them. "
        '"Teachers were told this was their session," the union said.'
    )
    assert quote_starting(facts, "Teachers were told").speaker == "Texas Federation of Educators"


def test_someone_serving_a_role_speaks_unnamed_not_its_holder():
    facts = extract_facts(
        'Mayor Jim Hale spoke. An aide to the mayor said it was "a mess." Chief Justice Paul Lindqvist spoke. '
        "One former clerk to the chief justice, who asked not to be named, said the question looked like "
        '"a lifeboat" for a narrow ruling.'
    )
    for start in ("a mess", "a lifeboat"):
        quote = quote_starting(facts, start)
        assert quote.speaker is None and quote.speaker_text.lower().startswith(("an aide", "one former clerk")), start


def test_a_reporting_word_after_an_owner_is_a_noun_but_a_name_may_own_its_s():
    facts = extract_facts(
        "Labour's claimed black hole was a myth, and the minister's claims about Iraq were wrong. "
        "Sainsbury's said profits would fall. "
        'Sainsbury\'s said: "We are very happy with the year and with its results."'
    )
    assert [quote.speaker for quote in facts.quotes] == ["Sainsbury's", "Sainsbury's"]


def test_an_aside_opening_with_for_stands_between_the_subject_and_its_verb():
    facts = extract_facts(
        "Michael Howard spoke on Sunday. But he did, for the first time, say there would be tax cuts.\n\n"
        '"At this election, people will have a clear choice between two parties."'
    )
    assert quote_starting(facts, "there would be").speaker == "Michael Howard"
    assert quote_starting(facts, "At this election").speaker == "Michael Howard"


def test_a_firm_described_as_a_steelmaker_speaks_as_it():
    facts = extract_facts(
        "Capital Economics said demand was weak.\n\n"
        "Aceros del Norte, the country's second-largest steelmaker, said on Thursday it would idle a furnace.\n\n"
        '"The company regrets the impact on our workers and their families," it said in a statement.'
    )
    kinds = {entity.name: entity.kind for entity in facts.entities}
    assert kinds["Aceros del Norte"] == "organisation"
    assert quote_starting(facts, "The company regrets").speaker == "Aceros del Norte"


def test_a_body_based_in_a_place_speaks_not_the_place():
    facts = extract_facts('The U.S. Embassy in Jakarta said: "We welcome the talks and hope for more of them."')
    assert quote_starting(facts, "We welcome").speaker == "U.S. Embassy"


def test_a_person_after_a_title_with_of_in_it_is_whom_the_sentence_opens_with():
    for title in ("White House counsel", "White House chief of staff"):
        facts = extract_facts(
            f"{title} Priya Natarajan-Shaw met senators and emerged insisting that the schedule was "
            '"entirely reasonable" after all.'
        )
        assert quote_starting(facts, "entirely reasonable").speaker == "Priya Natarajan-Shaw", title


def test_a_document_speaks_for_who_issued_it_not_the_owner_before_them_nor_the_last_body_heard():
    facts = extract_facts(
        "Vell's attorney, Sabrina Kessel-Durant, said in a statement that her client was grateful. "
        '"Conrad Vell has always maintained his innocence," the statement said.\n\n'
        "Not every witness agreed. A letter submitted to the committee by the Minnesota Corn and Soybean "
        'Council urged lawmakers to act. "Farm families cannot afford another year of this," the letter said.'
    )
    assert quote_starting(facts, "Conrad Vell has").speaker == "Sabrina Kessel-Durant"
    assert quote_starting(facts, "Farm families").speaker == "Minnesota Corn and Soybean Council"


def test_a_role_read_back_for_a_pronoun_means_no_holder_named_only_further_on():
    facts = extract_facts(
        "Gov. Teresa Halvorsen-Ruiz spoke on Tuesday.\n\n"
        "The governor seemed to anticipate the objection. Near the end of her address, she turned toward "
        "the Republican side of the chamber.\n\n"
        '"Some of you will say we cannot afford this," she said.\n\n'
        "Rep. Jolene Kretschmer, a Republican from Oshkosh, was not moved."
    )
    assert quote_starting(facts, "Some of you").speaker == "Teresa Halvorsen-Ruiz"


def test_the_press_office_of_a_named_body_speaks_for_it_but_a_person_s_campaign_for_no_one():
    facts = extract_facts(
        'In an emailed statement, the VA press office said the department "takes all allegations of data '
        'manipulation seriously." Joe Biden spoke too. The Biden campaign said it was "not worried at all."'
    )
    assert quote_starting(facts, "takes all allegations").speaker == "VA"
    assert quote_starting(facts, "not worried").speaker is None


def test_a_name_ending_in_an_abbreviation_speaks_and_its_surname_is_the_word_before_jr():
    facts = extract_facts(
        'Gulfstar Refining Co. said: "We are sorry for the disruption to our neighbours." '
        'Carl Weatherby Jr. said the court was "inventing a standard out of thin air." '
        'Weatherby said: "We will appeal this ruling to the very end."'
    )
    assert quote_starting(facts, "We are sorry").speaker == "Gulfstar Refining Co."
    assert quote_starting(facts, "inventing a standard").speaker == "Carl Weatherby Jr."
    assert quote_starting(facts, "We will appeal").speaker == "Carl Weatherby Jr."


def test_pressed_reports_a_question():
    facts = extract_facts(
        'Reid Weingarten cross-examined David Myers. "Not that I am aware of," Mr Myers replied. '
        '"Did you ever know Mr Ebbers to make an accounting entry?" Mr Weingarten pressed.'
    )
    assert quote_starting(facts, "Did you ever know").speaker == "Reid Weingarten"


def test_after_an_answer_an_unattributed_retort_is_the_questioner_s_turn():
    facts = extract_facts(
        "Sen. Priya Raghunathan pressed the nominee, Marisol Quintero-Haas.\n\n"
        '"Your company was sued by its own workers," Raghunathan said. "Why should they believe you?"\n\n'
        '"Senator, the settlement included no admission of wrongdoing," Quintero-Haas replied.\n\n'
        '"That\'s not what I asked."\n\n'
        '"I understand. What I would say is that we changed our practices."\n\n'
        '"According to whom?"\n\n'
        '"According to the auditor, Senator."'
    )
    speakers = [quote.speaker for quote in facts.quotes if quote.kind == "direct"]
    raghunathan, nominee = "Priya Raghunathan", "Marisol Quintero-Haas"
    assert speakers == [raghunathan, raghunathan, nominee, raghunathan, nominee, raghunathan, nominee]


def test_in_an_exchange_a_pronoun_of_the_other_sex_than_the_last_voice_is_the_one_heard_before():
    facts = extract_facts(
        "Delphine Yazzie runs the library. Delphine Yazzie said the signal was weak. Yazzie left early.\n\n"
        "FCC Commissioner Natalie Greer-Abrams spoke with host Daniel Ashworth.\n\n"
        '"It has improved enormously," Greer-Abrams answered.\n\n'
        '"But is better than nothing the standard?" Ashworth pressed.\n\n'
        '"I would say the standard is delivering it," she said.'
    )
    assert quote_starting(facts, "I would say").speaker == "Natalie Greer-Abrams"


def test_a_document_speaks_for_who_a_sentence_it_opens_names_who_sued_or_whose_research_it_is():
    facts = extract_facts(
        "In a letter to Interior Secretary Warren Hollister, Sen. Gloria Tsosie-Bennett demanded a pause.\n\n"
        '"Rural communities depend on these employees for everything," the letter says.\n\n'
        "In a memo to supporters, campaign manager Tyler Brisbane wrote that turnout would be high.\n\n"
        '"Our opponents have momentum in the press," the memo says.\n\n'
        "Norvance Pharmaceuticals Inc. sued HHS in federal court in August.\n\n"
        '"This is price control by another name," the lawsuit says.'
    )
    assert quote_starting(facts, "Rural communities").speaker == "Gloria Tsosie-Bennett"
    assert quote_starting(facts, "Our opponents").speaker == "Tyler Brisbane"
    assert quote_starting(facts, "This is price control").speaker == "Norvance Pharmaceuticals Inc."
    facts = extract_facts(
        "Phones are selling, according to research from technology analysts Gartner.\n\n"
        "More than 674 million were sold last year, said the report."
    )
    assert quote_starting(facts, "More than 674 million").speaker == "Gartner"


def test_a_pronoun_after_a_sentence_opening_with_someone_unnamed_is_that_someone():
    facts = extract_facts(
        "Lodestar Proxy Advisory has not issued a report. Danielle Osei, an analyst, said the vote was close.\n\n"
        'A Harborline spokeswoman declined to comment. "We don\'t comment on market rumors," she said.\n\n'
        'A spokesman for the BPI said the chart was late. "Work is going on across the business," he said.'
    )
    assert quote_starting(facts, "We don't comment").speaker is None
    assert quote_starting(facts, "Work is going on").speaker is None
    assert {entity.name: entity.kind for entity in facts.entities}["Lodestar Proxy Advisory"] == "organisation"


def test_a_hyphenated_role_of_a_party_with_no_holder_is_read_as_a_pronoun_would_be():
    facts = extract_facts(
        "Trevor Phillips, chairman of the Commission for Racial Equality, spoke. The Lib Dems will look at his "
        'plans, but Tory Liam Fox said his party offered a "clear choice" on the issue. The Conservative Party '
        'Co-Chairman said Labour had "done nothing for eight years" on immigration. '
        '"We have to get that under control," said vice-chairman Vivek Paul.'
    )
    assert quote_starting(facts, "done nothing").speaker == "Liam Fox"
    assert quote_starting(facts, "We have to get").speaker == "Vivek Paul"


def test_a_quote_after_lines_that_name_no_one_and_report_nothing_goes_on_in_the_voice_before():
    facts = extract_facts(
        '"When the new stadium opens we will go through a review," Mr Dein said.\n\n'
        "The club is funding its move through a number of sources. It is also looking to overseas markets, "
        'including Asia. "We have two executives travelling round Japan and China at the moment."\n\n'
        "Not everyone agrees. Analysts at Barclays doubt it. "
        '"The numbers do not add up for a club of this size at all."'
    )
    assert quote_starting(facts, "We have two executives").speaker == "Dein"
    assert quote_starting(facts, "The numbers do not").speaker is None


def test_a_name_then_an_aside_then_a_colon_introduces_the_quote():
    facts = extract_facts(
        "Sen. Travis Boudreaux spoke.\n\n"
        'Boudreaux, on whether he had heard from the White House: "They have my number."'
    )
    assert quote_starting(facts, "They have my number").speaker == "Travis Boudreaux"


def test_a_partial_quote_after_a_party_tag_or_a_lettered_proposition_keeps_its_clause():
    facts = extract_facts(
        'The House Ethics Committee said Thursday that Rep. Daniel Kessling (R-Pa.) "knowingly and repeatedly" '
        "used campaign money. The Market Street Business Council, which represents 300 employers, said in a "
        'statement that Prop. M would "accelerate the exodus of jobs" from the city.'
    )
    assert quote_starting(facts, "knowingly").speaker == "House Ethics Committee"
    assert quote_starting(facts, "accelerate").speaker == "Market Street Business Council"


def test_an_aside_between_dashes_stands_between_the_subject_and_its_verb():
    facts = extract_facts(
        "Character actor Phil Mbatha — Danielle Mbatha's older brother — posted on Instagram that the deal "
        '"left background performers behind." Rep. Andrea Hale (D-Calif.) — no relation — said: "I am going '
        'to assume my colleague has never served."'
    )
    assert quote_starting(facts, "left background").speaker == "Phil Mbatha"
    assert quote_starting(facts, "I am going to assume").speaker == "Andrea Hale"


def test_a_quote_with_words_reporting_it_is_no_retort_even_when_they_go_unread():
    facts = extract_facts(
        "Justice Amara Oyelaran-Reyes wrote the dissent. Justice Roland Pettibone wrote for the majority.\n\n"
        '"The majority insists that disclosure is enough," Oyelaran-Reyes wrote.\n\n'
        'Pettibone answered in a footnote that the dissent "mistakes a policy preference for a command."\n\n'
        '"We do not doubt the sincerity of Colorado\'s concern," the majority opinion said.'
    )
    assert quote_starting(facts, "We do not doubt").speaker != "Amara Oyelaran-Reyes"


def test_the_company_is_the_one_a_firms_legal_ending_names_not_the_agency_named_last():
    facts = extract_facts(
        "Investigators blamed equipment owned by Northstate Electric Co. for the fire. FEMA has paid out $40 "
        "million, and FEMA said more would come.\n\n"
        '"We continue to cooperate fully with investigators," the company said in a statement.'
    )
    assert quote_starting(facts, "We continue").speaker == "Northstate Electric Co."


def test_a_pronoun_after_an_opening_clause_that_names_no_one_goes_on_with_the_one_before():
    facts = extract_facts(
        'Commerce Secretary Douglas Pryor said the talks were hard. "We will see," Pryor said. Trade Commissioner '
        "Henrik Vasstrand said little.\n\n"
        "Commissioner Anna Kowalczyk-Brandt declined to say whether the suspension would be extended.\n\n"
        "Vasstrand was more forthcoming. Asked by a reporter what would happen, he paused.\n\n"
        '"Then we\'ll have a decision to make," he said.\n\n'
        'Pryor spoke later. When I relayed this to Vasstrand, he laughed. "Douglas is a good man," he said.'
    )
    assert quote_starting(facts, "Then we").speaker == "Henrik Vasstrand"
    assert quote_starting(facts, "Douglas is").speaker == "Henrik Vasstrand"


def test_a_document_seen_by_a_paper_is_not_the_papers_and_a_chamber_of_commerce_is_the_chamber():
    facts = extract_facts(
        "The committee has opened an inquiry, according to a letter seen by the Guardian.\n\n"
        '"The allegations, if true, may be violations," the letter says.\n\n'
        "The Seattle Metropolitan Chamber of Commerce endorsed the levy Thursday. "
        '"Reliable transit is essential," the chamber said in a statement.'
    )
    assert quote_starting(facts, "The allegations").speaker != "Guardian"
    assert quote_starting(facts, "Reliable transit").speaker == "Seattle Metropolitan Chamber of Commerce"


def test_a_noun_that_looks_like_a_verb_and_a_place_in_a_subject_do_not_attribute():
    facts = extract_facts(
        "Legislator Denise Akintola, who represents parts of eastern Jackson County, made her case in blunt terms "
        'before the vote:\n\n"We have roads in my district that have not been repaved in 20 years."\n\n'
        'The Lakeport City Council voted 5-2. At one point a man in the back of the chamber shouted, "Who voted for '
        'this?" before the mayor asked him to sit down.'
    )
    assert quote_starting(facts, "We have roads").speaker == "Denise Akintola"
    assert quote_starting(facts, "Who voted").speaker is None


def test_a_shared_surname_means_the_bearer_just_brought_in_as_a_subject_not_the_one_it_meant_before():
    facts = extract_facts(
        "In Minnesota, state Sen. Kristin Lindgren, a Democrat, took the opposite view.\n\n"
        '"You get 300 different rules," Lindgren said.\n\n'
        "Indiana state Rep. Carl Lindgren, a Republican who is not related to the senator, said he had spoken "
        'with lawmakers.\n\n"I tell all of them the same thing," Lindgren said.\n\n'
        "Rep. Tom Kessling backed the bill. Kessling spoke first. He sat with his wife, Christine Kessling, there. "
        '"We need this," Kessling said.'
    )
    assert quote_starting(facts, "You get 300").speaker == "Kristin Lindgren"
    assert quote_starting(facts, "I tell all").speaker == "Carl Lindgren"
    assert quote_starting(facts, "We need this").speaker == "Tom Kessling"


def test_a_pronoun_after_an_opening_clause_of_time_means_the_one_it_brought_something_to():
    facts = extract_facts(
        'Board member Lisa Tran voted no. "They did that," Tran said.\n\n'
        'Denise Okafor-Hale disputed that. The decision was lawful, she said, and "the board has the final say."\n\n'
        'When a reporter read that comment back to Tran, she said: "Advisory does not mean optional."'
    )
    assert quote_starting(facts, "Advisory").speaker == "Lisa Tran"


def test_a_pronoun_in_what_or_which_goes_on_with_the_subject_of_its_sentence():
    facts = extract_facts(
        '"Voters ask who can fix rents," Ms. Venkataraman said on Saturday.\n\n'
        "At a rally on Sunday morning, Ms. Achebe-Marsh offered a sharper message, casting herself as the only "
        'candidate who had not spent years in what she called "the comfortable rooms of city government."'
    )
    assert quote_starting(facts, "the comfortable rooms").speaker == "Achebe-Marsh"


def test_the_regulator_is_an_agency_and_a_place_ending_an_appositive_does_not_speak():
    facts = extract_facts(
        "The Office of the Comptroller of the Currency fined Harwell Ridge Bank on Monday. Harwell Ridge Bank "
        'said it would comply.\n\n"The bank processed billions of dollars in transactions," the regulator said.\n\n'
        "Evergreen Crest Healthcare, a chain that operates 23 homes in Missouri and Arkansas, said in a statement "
        'that it "strongly disputes" the allegations.'
    )
    assert quote_starting(facts, "The bank processed").speaker == "Office of the Comptroller of the Currency"
    assert quote_starting(facts, "strongly disputes").speaker == "Evergreen Crest Healthcare"


def test_a_sentence_a_possessive_opens_about_no_one_else_goes_on_with_the_one_before():
    facts = extract_facts(
        'Assemblywoman Lucia Ferreira-Baptiste wrote the bill. "Our members want a market," she said.\n\n'
        "Dana Kirkpatrick, a retired schoolteacher from Grass Valley, told the committee her insurer dropped her. "
        'Her FAIR Plan policy now costs $9,800 a year.\n\n"I did everything they told me to do," she said.'
    )
    assert quote_starting(facts, "I did everything").speaker == "Dana Kirkpatrick"


def test_a_party_word_with_no_one_named_so_before_it_is_not_someone_named_so_later():
    facts = extract_facts(
        "Wisconsin Gov. Teresa Valdivia-Moore gave her address on Tuesday.\n\n"
        "The Democrat, who is in her first term, said the rebate would help. She also proposed child care, which "
        'she called "the single best investment we can make."\n\n'
        '"People are hurting," said Rep. Anjali Sethuraman, a Democrat from Milwaukee.'
    )
    assert quote_starting(facts, "the single best").speaker == "Teresa Valdivia-Moore"


def test_a_place_after_in_is_where_the_subject_is_and_the_reporter_is_unnamed():
    facts = extract_facts(
        'Gov. Anita Ruelas held a briefing. "We are ready," Ruelas said.\n\n'
        'The National Weather Service office in Corpus Christi posted on X: "Storm surge of this magnitude is '
        'not survivable."\n\nCorrespondent Sarah Rainsford in Moscow said most Russians were unmoved.\n\n'
        '"Have all of those residents been moved?" the reporter asked.'
    )
    assert quote_starting(facts, "Storm surge").speaker == "National Weather Service"
    assert quote_starting(facts, "most Russians").speaker == "Sarah Rainsford"
    assert quote_starting(facts, "Have all").speaker is None


def test_a_study_speaks_for_its_owner_and_a_lawsuit_for_whoever_filed_it():
    facts = extract_facts(
        "The National Weather Service said the tornado was strong. The weather service's damage survey found "
        'that the storm "maintained EF-4 intensity for nearly six miles."\n\n'
        "The Minnesota Department of Natural Resources (DNR) held hearings. The DNR's own environmental review, "
        'completed last year, found the mine could be operated "within applicable water quality standards."\n\n'
        "She pointed to a 2023 report by the Seattle Office of City Auditor, which found that the district "
        '"did not consistently track service hours."\n\nABC said the claims had no merit. The lawsuit, filed in '
        'Fulton County Superior Court by the Georgia Voter Access Coalition, asks a judge to act. "The Board has '
        'no power to grant that," the complaint says.'
    )
    assert quote_starting(facts, "maintained EF-4").speaker == "National Weather Service"
    assert quote_starting(facts, "within applicable").speaker in ("DNR", "Minnesota Department of Natural Resources")
    assert quote_starting(facts, "did not consistently").speaker == "Seattle Office of City Auditor"
    assert quote_starting(facts, "The Board has").speaker == "Georgia Voter Access Coalition"


def test_of_several_holders_of_a_role_the_one_spoken_of_just_before_is_meant():
    facts = extract_facts(
        "The committee's chair, Sen. Walter Dunmore (R-Kan.), opened the session. The cap was written by the "
        'subcommittee chair, Sen. Gordon Pike (R-Ind.).\n\n"I can name several," Pike replied.\n\n'
        "Dunmore, for his part, sounded unbothered after the vote.\n\n"
        '"We\'ll go to conference with the House," the chair told reporters.'
    )
    assert quote_starting(facts, "We'll go").speaker == "Walter Dunmore"


def test_a_place_someone_is_from_is_not_the_speaker_and_a_first_name_with_an_age_is_a_person():
    facts = extract_facts(
        'State Sen. Priscilla Nwosu-Kent said the grid failed. She said it needed "every tool in the box."\n\n'
        "Guadalupe Treviño, 73, of southwest Houston, who is not related to the senator, said her power went "
        'out.\n\n"My grandson had to drive over with a battery pack," she said.\n\n'
        'Eli, 51, lost his job in 2023. "They will take her, or they will take me," he said.'
    )
    assert quote_starting(facts, "her power went out").speaker == "Guadalupe Treviño"
    assert quote_starting(facts, "My grandson").speaker == "Guadalupe Treviño"
    assert quote_starting(facts, "They will take").speaker == "Eli"


def test_the_role_of_someone_unnamed_brought_in_with_an_acronym_is_still_unnamed():
    facts = extract_facts(
        "Karim Bensalah-Toumi, an OPEC+ delegate from Algeria, spoke on Monday.\n\n"
        "A Gulf OPEC+ delegate, who declined to be named, said the cut had been discussed for weeks.\n\n"
        '"The big producers wanted to send a message," the delegate said.'
    )
    assert quote_starting(facts, "The big producers").speaker is None


def test_someone_unnamed_opening_a_sentence_is_meant_by_the_role_unless_someone_named_holds_it_since():
    facts = extract_facts(
        "Store manager Douglas Kerrigan said the company planned ahead.\n\n"
        "A manager at one of the three stores, who asked not to be named, described weekly calls.\n\n"
        '"They send us a script on Monday," the manager said.\n\n'
        "A US judge has set a trial date. US district court judge Susan Ilston rejected a motion.\n\n"
        "The judge said that she may hold hearings in January."
    )
    assert quote_starting(facts, "They send us").speaker is None
    assert quote_starting(facts, "she may hold").speaker == "Susan Ilston"


def test_the_group_is_the_body_just_heard_of_not_a_public_body_or_an_older_one_by_its_name():
    facts = extract_facts(
        "The Charleston Area Civic League held a forum on Thursday.\n\n"
        "Charleston Parents First has mailed three flyers backing Whitlock-Ames. The group said in a statement "
        'that it supports "candidates committed to transparency" and does not coordinate with campaigns.\n\n'
        "The Sonoran Rivers Alliance said in a statement that it would ask the City Council to delay its vote.\n\n"
        '"Saguaro Springs can afford to wait 90 days," the group said.\n\n'
        "The Digital Rights Alliance, an advocacy group based in Washington, D.C., said in a letter that "
        "confiscation policies go too far."
    )
    assert quote_starting(facts, "candidates committed").speaker == "Charleston Parents First"
    assert quote_starting(facts, "Saguaro Springs").speaker == "Sonoran Rivers Alliance"
    assert quote_starting(facts, "confiscation policies").speaker == "Digital Rights Alliance"


def test_a_short_sentence_that_is_a_paragraph_is_a_turn_and_a_place_before_based_is_where():
    facts = extract_facts(
        "WASHINGTON/AUSTIN, Texas, Oct 14 (Reuters) - Sen. Janet Kowalczyk spoke to a reporter.\n\n"
        '"Have you decided?"\n\n"I have not."\n\n'
        "Halberg Foods, the Sioux Falls, S.D.-based company that owns the plant, said it was "
        '"disappointed" by the vote.'
    )
    assert quote_starting(facts, "Have you decided").kind == "direct"
    assert quote_starting(facts, "I have not").kind == "direct"
    assert quote_starting(facts, "disappointed").speaker == "Halberg Foods"
    assert {entity.name: entity.kind for entity in facts.entities}["Austin"] == "place"


def test_mr_before_a_shared_surname_is_the_man_and_an_interviews_question_keeps_the_one_answering():
    facts = extract_facts(
        "Walt Brenner flew for the airline for 24 years. His daughter, Kaylee Brenner, flew as a first officer.\n\n"
        '"I loved flying," Ms. Brenner said.\n\nMr. Brenner said he did not blame her.\n\n'
        "Dr. Lorenzo Haddad, who oversees safety at the FDA, said inspectors were at the plant.\n\n"
        "Dr. Anil Deshpande-Moore, a pediatrician in Baltimore, answered some common questions.\n\n"
        '"Do not panic. Most babies will be fine," Deshpande-Moore said.\n\n'
        "Can I switch to a different brand?\n\n"
        '"For most healthy, full-term babies, yes," he said.'
    )
    assert quote_starting(facts, "he did not blame").speaker == "Walt Brenner"
    assert quote_starting(facts, "For most healthy").speaker == "Anil Deshpande-Moore"


def test_the_lawsuit_is_the_plaintiffs_named_by_a_description_or_a_reference_and_a_country_leads_an_agency():
    facts = extract_facts(
        "A group called Ratepayers for Fair Rates sued the state in April.\n\n"
        '"Customers did not start this fire," the lawsuit says.\n\n'
        "The Galena Park Clean Air Project has tracked complaints since 2019.\n\n"
        "The group filed a federal lawsuit against Gulfmark in March.\n\n"
        '"Gulfmark has treated its air permit as a suggestion," the lawsuit says.\n\n'
        'In a written statement, U.S. Customs and Border Protection said its agents "acted within their '
        'lawful authority."'
    )
    assert quote_starting(facts, "Customers did not").speaker == "Ratepayers for Fair Rates"
    assert quote_starting(facts, "Gulfmark has treated").speaker == "Galena Park Clean Air Project"
    assert quote_starting(facts, "acted within").speaker == "U.S. Customs and Border Protection"


def test_the_office_is_a_body_named_office_just_before_else_someones_unnamed():
    facts = extract_facts(
        "The Office of the Inspector General, which reviews procurements, confirmed it had a copy of the "
        'protest. "We are reviewing the material," the office said.\n\n'
        'Newsom\'s office said the claim was "simply not true."'
    )
    assert quote_starting(facts, "We are reviewing").speaker == "Office of the Inspector General"
    assert quote_starting(facts, "simply not true").speaker is None


def test_the_company_is_the_body_that_spoke_or_opened_the_sentence_before_within_its_paragraph():
    facts = extract_facts(
        "Vantrel Motors to close plant; UAW vows to fight\n\n"
        "Vantrel Motors will end production at its plant next spring, the automaker told workers on Friday.\n\n"
        'The company said demand "has not recovered."\n\n'
        "Halvorsen Capital Partners bought Corvane in 2019. Halvorsen Capital Partners owns it still.\n\n"
        'In a written response to questions, Corvane said it "categorically rejects" the claims.\n\n'
        '"Every claim we submit is documented," the company said.'
    )
    assert quote_starting(facts, "has not recovered").speaker == "Vantrel Motors"
    assert quote_starting(facts, "Every claim").speaker == "Corvane"


def test_an_honorific_and_surname_go_on_meaning_the_one_titled_so_and_judge_executive_is_a_title():
    facts = extract_facts(
        "Veridian said its chief executive, Anders Halvorsen, will step down.\n\n"
        'Mr. Halvorsen, 67, will become executive chairman. "This was not a close call," Mr. Halvorsen said.\n\n'
        "The choice settles questions about the future of Erik Halvorsen, the CEO's son. Erik Halvorsen, 39, "
        "will keep his job.\n\n"
        '"This job should not be inherited," Mr. Halvorsen said.\n\n'
        "Hollister County Judge-Executive Wayne Satterfield closed the roads. "
        '"Our first concern was people," Satterfield said.'
    )
    assert quote_starting(facts, "This job should not").speaker == "Anders Halvorsen"
    assert quote_starting(facts, "Our first concern").speaker == "Wayne Satterfield"


def test_after_someone_unnameds_question_a_pronoun_means_the_one_asked():
    facts = extract_facts(
        "U.S. Attorney Garrett Vukovich said no charges had been filed.\n\n"
        '"We follow the evidence wherever it goes," Vukovich said.\n\n'
        "Reporters pressed him on how the detentions were carried out.\n\n"
        '"Were any children detained?" one reporter asked.\n\n'
        '"No minors were taken into custody," he said.'
    )
    assert quote_starting(facts, "Were any children").speaker is None
    assert quote_starting(facts, "No minors").speaker == "Garrett Vukovich"


def test_a_documents_author_is_whom_it_was_by_or_who_sent_it_not_who_ordered_it():
    facts = extract_facts(
        "A 2023 report by the state's Office of Energy Infrastructure Safety found that Pacific Sierra had "
        "fallen behind on clearing.\n\n"
        'The report said its record keeping was "insufficient to verify" the work.\n\n'
        "A 2024 study by Inspector General Renata Solis found that the billing system lacked safeguards.\n\n"
        '"Without a second check, errors go out," the study said.\n\n'
        "Walter Ng, the refinery's general manager, sent a letter to employees Friday urging them to come back. "
        "Union leaders said no.\n\n"
        'The letter said that "any employee who wishes to return may do so without penalty."\n\n'
        "The audit, ordered by the City Council last spring, found two clerks for 26,000 accounts.\n\n"
        '"Staffing levels are inadequate," the audit said.'
    )
    assert quote_starting(facts, "insufficient to verify").speaker == "Office of Energy Infrastructure Safety"
    assert quote_starting(facts, "Without a second check").speaker == "Renata Solis"
    assert quote_starting(facts, "any employee who wishes").speaker == "Walter Ng"
    assert quote_starting(facts, "Staffing levels").speaker is None


def test_a_town_and_its_state_ending_an_appositive_are_where_the_speaker_is():
    facts = extract_facts(
        "Colette Marchand, FEMA's regional administrator in Denton, Texas, said a decision would come in "
        '"days, not weeks."\n\n'
        "Police Chief Anthony Delacroix-Moore spoke at City Hall.\n\n"
        "Delacroix-Moore, hired from Durham, N.C., after the investigation began, said the department would "
        '"own every page" of the agreement.\n\n'
        "The world's biggest tobacco consumer, China, has said it will not allow any new tobacco factories."
    )
    assert quote_starting(facts, "days, not weeks").speaker == "Colette Marchand"
    assert quote_starting(facts, "own every page").speaker == "Anthony Delacroix-Moore"
    assert quote_starting(facts, "it will not allow").speaker == "China"


def test_the_turns_of_a_narrated_questioning_go_to_the_one_asking_and_the_one_answering_in_turn():
    facts = extract_facts(
        "Senator Trent Kowalczyk later pressed Raymond Osei on the scheduling software, asking whether anyone "
        "had warned the company. The exchange went like this:\n\n"
        '"Did anyone inside your company raise concerns about this system?"\n\n'
        '"There were discussions about upgrading it, yes."\n\n'
        '"When?"\n\n'
        '"I believe the first memo was in 2022."\n\n'
        '"So you knew for two years."\n\n'
        "Annette Pruszynski, the hospital's billing director, was questioned by Garrett Fenwick, a lawyer.\n\n"
        '"Before an account goes to court, does anyone check it?"\n\n'
        '"Not as a routine matter, no."\n\n'
        "Judge Leonard Mastroianni spoke to the prosecutor, Nadia Kovalenko.\n\n"
        '"Ms. Kovalenko, you have asked this witness the same question four times," the judge said.\n\n'
        '"Five, Your Honor," she replied.'
    )
    turns = [
        ("Did anyone inside", "Trent Kowalczyk"),
        ("There were discussions", "Raymond Osei"),
        ("When?", "Trent Kowalczyk"),
        ("I believe the first", "Raymond Osei"),
        ("So you knew", "Trent Kowalczyk"),
        ("Before an account", "Garrett Fenwick"),
        ("Not as a routine", "Annette Pruszynski"),
        ("Five, Your Honor", "Nadia Kovalenko"),
    ]
    assert [(start, quote_starting(facts, start).speaker) for start, _ in turns] == turns


def test_a_paragraph_of_words_after_one_whose_last_sentence_names_one_person_is_theirs_unless_a_question():
    facts = extract_facts(
        "The founder of Brightwater Collegiate Charter Schools, Marisol Fenwick-Adeyemi, spoke to the Board of "
        "Elementary and Secondary Education for nearly 20 minutes.\n\n"
        '"When we started Brightwater in a church basement, we had 84 kids and a borrowed copier.\n\n'
        '"Today we have 2,600 students. I am asking you to look at the data."\n\n'
        "In a deposition reviewed by ProPublica, the former operations manager, Kurt Vandermolen, was asked how "
        "the company chose whom to sue.\n\n"
        '"Did anyone check whether these patients qualified for charity care?" a lawyer for the plaintiffs asked.'
    )
    assert quote_starting(facts, "When we started").speaker == "Marisol Fenwick-Adeyemi"
    assert quote_starting(facts, "Did anyone check").speaker is None


def test_an_answer_a_colon_brings_in_is_the_answerers_not_a_turn_back_to_the_one_before():
    facts = extract_facts(
        "The company's chairman, Douglas Amberley, has led the board since 2019.\n\n"
        '"We will not be rushed," the chairman said in the memo.\n\n'
        "Teodor Varga said his campaign was not a demand for a quick exit. Asked why Larkspur had gone public "
        "now, he answered at length:\n\n"
        '"We have owned this stock for two years. We were patient when the deal closed."'
    )
    assert quote_starting(facts, "We have owned").speaker == "Teodor Varga"


def test_a_pronoun_after_but_or_and_opening_the_sentence_before_goes_on_with_its_subject():
    facts = extract_facts(
        "Nadia Kowalczyk, a supervisor, opposed the plan.\n\n"
        "Vivian Tsang, who directs a tenants' group, said her group stayed neutral. But she echoed some of "
        "Kowalczyk's concerns.\n\n"
        '"Twenty percent is the floor, not a favor," she said.'
    )
    assert quote_starting(facts, "Twenty percent").speaker == "Vivian Tsang"


def test_the_lawsuit_is_who_filed_or_sued_even_paragraphs_before_but_not_the_one_sued():
    facts = extract_facts(
        "Yvette Carrington-Bell filed a federal lawsuit Monday against the county jail.\n\n"
        "The county declined to comment. Its board meets next week.\n\n"
        "Jail staff were short-handed that weekend, records show.\n\n"
        '"Officers told the cellmate to stop banging on the door," the lawsuit says.\n\n'
        "Rapper Snoop Dogg has been sued for $25m by a make-up artist.\n\n"
        "ABC said the claims had no merit. The star has not been charged.\n\n"
        "The lawsuit, filed in Los Angeles on Friday, says the woman's drink was spiked."
    )
    assert quote_starting(facts, "Officers told").speaker == "Yvette Carrington-Bell"
    assert quote_starting(facts, "the woman's drink").speaker is None


def test_a_pronoun_passes_over_a_sentence_naming_no_one_to_one_naming_one_person_not_a_question():
    facts = extract_facts(
        '"They bought houses," said Priscilla Van Houten-Mbeki, the chairwoman.\n\n'
        "Back on Edmondson Avenue on Thursday morning, Tameka Brooks was at the bus stop at 5:20, as usual. "
        "The No. 40 was six minutes late.\n\n"
        '"You see?" she said, climbing aboard.'
    )
    assert quote_starting(facts, "You see?").speaker == "Tameka Brooks"
    asked = extract_facts(
        '"Nothing is off the table," said Nadine Holloway, the commission chair.\n\n'
        "Brenda Kowalczyk asked whether the commission would block the charge. The answer was careful.\n\n"
        '"We will look at every dollar," she said.'
    )
    assert quote_starting(asked, "We will look").speaker == "Nadine Holloway"


def test_a_pronoun_reads_across_a_partial_quote_the_sentence_goes_on_from_and_past_a_who_clause():
    facts = extract_facts(
        '"I was teaching two sections," Jin-woo Park said.\n\n'
        "Eunice Park, who chairs the faculty senate and is not related to Jin-woo Park, said many professors "
        'felt "caught in the middle" during the strike.\n\n'
        '"A lot of us supported the students," she said.\n\n'
        'Robert Jackson, the MP, defected on Saturday. While saying he admired Mr Blair\'s "courageous" '
        "leadership of the country, he bitterly criticised the Conservatives.\n\n"
        '"Their hostility to Europe has hardened," he wrote.'
    )
    assert quote_starting(facts, "A lot of us").speaker == "Eunice Park"
    assert quote_starting(facts, "Their hostility").speaker == "Robert Jackson"


def test_the_subject_before_said_stands_before_a_whose_clause_and_a_long_party_tag():
    facts = extract_facts(
        "The bill's sponsor, Assemblywoman Selena Arceneaux-Diaz (D-North Las Vegas), said on the floor that "
        'renters were being "squeezed out of the communities they built."\n\n'
        "Prairie Eastern Railroad, whose train derailed near Fergus Crossing, Minn., in 2023, spilling about "
        '30,000 gallons of ethanol, said in a statement that it supported "reasonable safety improvements."'
    )
    assert quote_starting(facts, "squeezed out").speaker == "Selena Arceneaux-Diaz"
    assert quote_starting(facts, "reasonable safety").speaker == "Prairie Eastern Railroad"


def test_a_paragraph_of_words_after_one_whose_last_sentence_opens_with_he_or_she_is_whom_it_means():
    facts = extract_facts(
        'Sen. Lucia Abernathy-Cole spoke first. "We agreed to the terms," she said.\n\n'
        "In a floor speech that evening, she went further.\n\n"
        '"I have sat across the table from my Republican colleagues for eight months.\n\n'
        '"I am done waiting for them to move."'
    )
    assert quote_starting(facts, "I have sat").speaker == "Lucia Abernathy-Cole"  # (both paragraphs: one quote)


def test_a_role_in_the_clause_a_sentence_opens_with_is_not_its_subject():
    facts = extract_facts(
        'Teresa Okafor-Lindqvist, the committee chairwoman, opened the hearing. "We will hear from them," she said.'
        '\n\n"We have heard the criticism," Linh Marchetti said.\n\n'
        "Asked by the chairwoman whether Pinecrest would endorse the legislation, Marchetti was more cautious.\n\n"
        '"We support the goal," she said.'
    )
    assert quote_starting(facts, "We support").speaker == "Linh Marchetti"


def test_after_a_narrated_question_an_answer_is_the_one_askeds_and_a_question_the_askers():
    facts = extract_facts(
        'Ellen Whitehorse, a commissioner, spoke first. "I was struck by the costs," she said.\n\n'
        "Renata Sandoval then asked whether Whitehorse would support an amendment removing incentive pay.\n\n"
        '"I would," she said.\n\n'
        "Some of the sharpest questions came from Rep. Talia Ferreira-Nakamura, who pressed Casey Lundgren on how "
        "much water the program would deliver.\n\n"
        '"How many acre-feet are we buying?" she asked.\n\n'
        "Tomas Echeverri, asked about Whitehorse's comments, was unmoved.\n\n"
        '"It is a pattern," he said.'
    )
    assert quote_starting(facts, "I would").speaker == "Ellen Whitehorse"
    assert quote_starting(facts, "How many acre-feet").speaker == "Talia Ferreira-Nakamura"
    assert quote_starting(facts, "It is a pattern").speaker == "Tomas Echeverri"


def test_a_pronoun_that_replies_is_not_the_voice_it_replies_to_unless_the_question_was_someone_unnameds():
    facts = extract_facts(
        'Naomi Trinh-Callahan said she had pushed the developer. "We got more," she said.\n\n'
        '"Thirty-six is not enough," Carla Medeiros said from her seat.\n\n'
        '"It is 12 more than we had on Monday," she replied.\n\n'
        '"Every farm bill looks dead," said Howard Pettibone, the chairman. "I am not ready to write the obituary."'
        '\n\nAsked whether he would drop the provision, he replied: "Everything is negotiable."'
    )
    assert quote_starting(facts, "It is 12 more").speaker == "Naomi Trinh-Callahan"
    assert quote_starting(facts, "Everything is negotiable").speaker == "Howard Pettibone"


def test_the_report_is_whose_the_text_said_the_document_was_by_a_possessive():
    facts = extract_facts(
        "The Office of the State Auditor's special audit of Sangre Ridge Behavioral Health identified $6.2 million "
        "in payments.\n\n"
        '"The pattern we identified is not consistent with clerical error," the report found.'
    )
    assert quote_starting(facts, "The pattern").speaker == "Office of the State Auditor"
    group = extract_facts(
        '"The growth has attracted publishers," said Clint Wheelock, director of In-Stat\'s wireless research group. '
        "Six developers offer games, said the report."
    )
    assert quote_starting(group, "Six developers").speaker is None


def test_a_narrated_question_reads_past_a_phrase_set_off_by_commas_after_the_asker():
    facts = extract_facts(
        "Warren Pike, the plant manager, testified first.\n\n"
        "Sen. Ruth Obermann, D-Fargo, asked Luis Cardenas whether anyone had visited his farm.\n\n"
        '"Once," he said.\n\n'
        '"It was a long time," Pike said.\n\n'
        "Delia Marsh, seated at the end of the table, asked Nora Quist whether she had reported it.\n\n"
        '"I did," she said.'
    )
    assert quote_starting(facts, "Once").speaker == "Luis Cardenas"
    assert quote_starting(facts, "I did").speaker == "Nora Quist"


def test_a_sentence_opening_with_a_possessive_goes_on_with_its_owner_past_someone_named_only_as_an_owner():
    facts = extract_facts(
        '"I have a garden hose," said Rosa Atwell.\n\n'
        "Her neighbor, Greta Lund, has her own worries. Her well is 80 feet deeper than Atwell's, but the driller "
        "told her it was dropping.\n\n"
        '"I would start saving," she said.'
    )
    assert quote_starting(facts, "I would start").speaker == "Greta Lund"
    # (But "Her mother" is someone else, perhaps that owner's: not Alisha.)
    kin = extract_facts(
        '"The leak is back," Tameka Ruffin said. Her daughter, Alisha Ruffin, is 17.\n\n'
        "Alisha graduates next spring. Her mother said she has been searching for a place close to Alisha's school."
        '\n\n"I am not leaving because they want me to," she said.'
    )
    assert quote_starting(kin, "I am not leaving").speaker != "Alisha Ruffin"


def test_a_word_that_covers_roles_covers_their_deputies():
    facts = extract_facts(
        "Deputy District Attorney Mara Quell told jurors the money was gone.\n\n"
        "His attorney, Harold Fenn, said his client was ill.\n\n"
        "Under questioning from Ms. Quell, the first witness described the ledger.\n\n"
        '"What did you find?" the prosecutor asked.'
    )
    assert quote_starting(facts, "What did you find").speaker == "Mara Quell"


def test_the_company_is_no_public_board_or_bureau():
    facts = extract_facts(
        "The bus was operated by Summit Crest Coachlines. The National Transportation Safety Board opened an "
        'inquiry, and the company said it was "cooperating fully with the NTSB".\n\n'
        '"Our hearts remain with the families," the company said.'
    )
    assert quote_starting(facts, "Our hearts").speaker == "Summit Crest Coachlines"


def test_a_lone_given_name_that_is_a_word_acts_before_a_negative_contraction():
    facts = extract_facts(
        "Wade Harmsworth, 52, has worked at the plant for 22 years.\n\n"
        '"You can\'t think about it every day," Wade says.\n\n'
        'Dillon Reyes, a company spokesman, said the plant would close. "We looked at every option," Reyes said. '
        '"None of them worked," Reyes said.\n\n'
        "Jolene wants to stay. Wade isn't sure they can.\n\n"
        '"If something opens up in Gillette, I have got to look at it," he says.'
    )
    assert quote_starting(facts, "If something opens").speaker == "Wade Harmsworth"


def test_the_chief_of_a_body_is_whoever_heads_it():
    facts = extract_facts(
        "Kenneth Nakamura, who heads the department's Drinking Water Bureau, said his staff had helped.\n\n"
        '"We are trying," said Luis Ortega, a county official. "The rules are too strict," Ortega said.\n\n'
        "Pressed on whether the rules had gone too far, the bureau chief paused.\n\n"
        '"I think there is a reasonable argument that they have," he said.'
    )
    assert quote_starting(facts, "I think there is").speaker == "Kenneth Nakamura"


def test_the_subject_stands_before_a_party_aside_and_a_town_and_state_inside_an_appositive():
    facts = extract_facts(
        "Representative Joan Pettibone, Republican of Kansas, whose district includes Callow Springs, wrote on X: "
        '"Kansas hospitals are not a bargaining chip."\n\n'
        "Kessling Coatings makes paint. Tidewater Capital Partners, the Stamford, Conn., firm run by Bram Okafor, "
        'said in a letter that the company had "lost a decade" to poor capital allocation.'
    )
    assert quote_starting(facts, "Kansas hospitals").speaker == "Joan Pettibone"
    assert quote_starting(facts, "lost a decade").speaker == "Tidewater Capital Partners"


def test_a_role_the_sentence_gives_as_its_verb_or_a_vice_title_is_whose_the_role_reference_is():
    facts = extract_facts(
        "Maren Ekwueme-Dahl, D-Gig Harbor, chairs the Senate Transportation Committee. Rosa Castellanos runs a "
        "bakery by the landing.\n\n"
        '"We are going to fund engineers," the chair said.\n\n'
        "Vice Mayor Celestine Abernathy-Park called a recess. Mayor Russell Teague did not attend.\n\n"
        '"We are going to hear every person," the vice mayor said.'
    )
    assert quote_starting(facts, "We are going to fund").speaker == "Maren Ekwueme-Dahl"
    assert quote_starting(facts, "We are going to hear").speaker == "Celestine Abernathy-Park"


def test_a_person_before_a_role_and_a_body_described_after_it_speaks():
    facts = extract_facts(
        "Lupe Arellano, executive director of Willamette Bridge Housing, a Salem nonprofit that received "
        '$3.4 million through the program, said the rules changed. "We would build a spreadsheet, and then the '
        'state would send a new template."'
    )
    assert quote_starting(facts, "We would build").speaker == "Lupe Arellano"


def test_the_answer_to_an_unnamed_askers_question_is_whoever_the_paragraph_before_says_was_pressed():
    facts = extract_facts(
        '"We need the money now," said Gabriel Tso, a hospital administrator.\n\n'
        "Dale Brandvold was pressed on his position as he stepped onto an elevator.\n\n"
        '"Are you still a yes?" a reporter asked.\n\n'
        '"I am a yes on a bill I have not seen yet," he said.'
    )
    assert quote_starting(facts, "I am a yes").speaker == "Dale Brandvold"


def test_a_pronoun_reads_past_an_opening_phrase_of_where_that_names_only_places():
    facts = extract_facts(
        '"She listened politely," Simone Achebe-Larkin said. "Identity is not a strategy."\n\n'
        "Elise Marchetti declined to comment. But at an industry conference in Chicago last month, she defended "
        "the company's structure.\n\n"
        '"We have been told for 40 years that we should be smaller," she said.'
    )
    assert quote_starting(facts, "We have been told").speaker == "Elise Marchetti"


def test_a_list_bullet_does_not_hide_the_subject_its_item_opens_with():
    facts = extract_facts(
        '- "The evidence gives the court little reason to do so," Judge Samuel Ostrowski wrote.\n\n'
        '- He was skeptical of the sale, calling the buyer "untested" and the package "a collection of leftovers."\n\n'
        "• Rep. Leandra Voss-Whitman spoke last.\n\n"
        '• "That is the question this campaign is about," she said.'
    )
    assert quote_starting(facts, "untested").speaker == "Samuel Ostrowski"
    assert quote_starting(facts, "a collection of").speaker == "Samuel Ostrowski"
    assert quote_starting(facts, "That is the question").speaker == "Leandra Voss-Whitman"


def test_a_short_aside_in_brackets_after_a_name_leaves_it_the_subject():
    facts = extract_facts(
        'Halcyon Compute said it was "reviewing the rule."\n\n'
        '"We have $4 billion of projects," Halcyon president Tobias Oyelaran (no relation) told Axios.\n\n'
        'Councilwoman Karen Blalock (D9), who voted no, called the ordinance "a ticket to nowhere."\n\n'
        "In 2004, exports to China (and Hong Kong) added up to 22,201bn yen."
    )
    assert quote_starting(facts, "We have $4 billion").speaker == "Tobias Oyelaran"
    assert quote_starting(facts, "a ticket to nowhere").speaker == "Karen Blalock"
    assert [quote.speaker for quote in facts.quotes if quote.text.startswith("up to")] == []


def test_a_name_ending_in_a_place_word_is_a_person_before_a_who_clause_and_so_is_its_surname_alone():
    facts = extract_facts(
        "Hyun-joo Park, who studies Medicaid enrollment at the Ozark Health Policy Institute, says the pattern "
        "echoes 2018.\n\n"
        "“What we saw then is that the people losing coverage are working,” Park says.\n\n"
        "Crowds gathered in Hyde Park, which was full."
    )
    assert quote_starting(facts, "What we saw").speaker == "Hyun-joo Park"
    assert {entity.name: entity.kind for entity in facts.entities}["Hyde Park"] == "place"


def test_a_role_phrase_with_a_field_means_the_holder_whose_role_gives_that_field():
    facts = extract_facts(
        "The county's planning director, Adebayo Okafor-Hines, told commissioners that staff recommended "
        "approval.\n\n"
        'Its executive director, Paulette Sorensen, said the group would fight. "Not the last word," Sorensen '
        "said.\n\n"
        "Town Manager Rebecca Lindahl-Stroud said the mill pays 40% of the taxes. At the diner, owner Jeannine "
        'Pelletier said, "I laughed."\n\n'
        '"Every decision like this becomes a reference point," the planning director said.\n\n'
        '"Nobody is giving up on this town," the town manager said.'
    )
    roles = {entity.name: entity.roles for entity in facts.entities}
    assert roles["Adebayo Okafor-Hines"] == ["planning director"]
    assert roles["Rebecca Lindahl-Stroud"] == ["Town Manager"]
    assert quote_starting(facts, "Every decision").speaker == "Adebayo Okafor-Hines"
    assert quote_starting(facts, "Nobody is giving").speaker == "Rebecca Lindahl-Stroud"


def test_a_chair_given_by_a_passive_a_who_clause_after_the_or_a_party_before_the_title_is_the_chairman():
    passive = extract_facts(
        "The legislation cleared the Senate Health Policy Committee last month. The committee is chaired by Sen. "
        "Marcus Oduya (D-Detroit), a co-sponsor of the bill.\n\n"
        "Sen. Roger Hallstrom (R-Traverse City), the committee's minority vice chair, called the bill \"price "
        'controls dressed up in a lab coat."\n\n'
        '"If you cap what a drug can cost, the company stops making it," Hallstrom said.\n\n'
        '"We heard eight hours of testimony on this bill," the chairman told reporters after the vote.'
    )
    assert quote_starting(passive, "We heard eight hours").speaker == "Marcus Oduya"
    who = extract_facts(
        '"We have spent a decade promising," said Sen. Harlan Beckwith, the Kansas Republican who chairs the committee.'
    )
    assert "chair of the committee" in {entity.name: entity.roles for entity in who.entities}["Harlan Beckwith"]
    party = extract_facts(
        "The subcommittee's chairman, Republican Sen. Roger Thibodeaux of Louisiana, opened the hearing."
    )
    assert "chairman" in {entity.name: entity.roles for entity in party.entities}["Roger Thibodeaux"]


def test_an_evaluation_a_petition_and_a_memorandum_are_documents():
    facts = extract_facts(
        "A 2022 program evaluation by the Legislative Finance Committee reached a similar conclusion. The "
        "evaluation found the division's enforcement was \"largely reactive and dependent on operator "
        'self-reporting."\n\n'
        "Great Basin Water Watch filed a petition in 3rd District Court on Tuesday asking a judge to halt the "
        "review.\n\n"
        'The petition says the division is relying on data "more than two decades out of date."'
    )
    assert quote_starting(facts, "largely reactive").speaker == "Legislative Finance Committee"
    assert quote_starting(facts, "more than two decades").speaker == "Great Basin Water Watch"


def test_a_role_after_said_is_the_subject_of_the_reported_clause_when_an_irregular_verb_follows():
    facts = extract_facts(
        "Gov. Teresa Valdez-Hume vetoed the bill on Friday.\n\n"
        "Priya Raman, executive director of the Desert Water Alliance, said the governor made the right call.\n\n"
        '"Local control sounds great," she said. The bill is dead, said the governor on Friday.'
    )
    assert quote_starting(facts, "the governor made").speaker == "Priya Raman"
    assert quote_starting(facts, "Local control").speaker == "Priya Raman"
    assert quote_starting(facts, "The bill is dead").speaker == "Teresa Valdez-Hume"


def test_a_lawyer_is_an_attorney_and_an_owner_before_the_role_rules_out_anothers():
    facts = extract_facts(
        "Brightstone's attorney, Kyle Abernathy-Soto, argued that the lease had ended. Lamar said his lawyer, Ruth "
        "Castellanos-Beach, had told him not to get his hopes up.\n\n"
        '"They wanted this to be a story about sentiment," the attorney said.\n\n'
        "In his closing argument, Harwell attorney Grant Whitaker told jurors the case was about farming. Mona "
        "Pettiford-Dunn, the lead attorney for the residents, said it was not.\n\n"
        'The company\'s lawyer declined to answer questions, saying only that the team would "be back in the morning."'
    )
    assert quote_starting(facts, "They wanted").speaker == "Ruth Castellanos-Beach"
    assert quote_starting(facts, "be back").speaker == "Grant Whitaker"


def test_it_after_a_study_the_sentence_before_is_about_is_the_studys_author():
    facts = extract_facts(
        "An audit by the Multnomah County Auditor's Office found $14 million in payments it could not trace. The "
        "Housing Stability Division, which ran the program, said it would respond.\n\n"
        'The audit was not entirely negative. It found that a new payment system "substantially addresses" several '
        "weaknesses."
    )
    assert quote_starting(facts, "substantially").speaker == "Multnomah County Auditor's Office"


def test_a_document_opening_its_sentence_speaks_for_the_author_its_clause_gives():
    facts = extract_facts(
        "The barrier was designed by the county's Office of Resilience. A report released by the office in January "
        'found that "more than 3,800 homes will face repeated tidal flooding."\n\n'
        "Sam Quigley runs the Family Economics Institute. A report Quigley's group published in March found that the "
        'decline was "concentrated in states that relied most heavily" on federal money.\n\n'
        "A review released last week by the VA's Office of Inspector General found the figure left out claims "
        '"effectively invisible to the department."\n\n'
        "A study commissioned by the Fairbourne County Department of Economic Development found that data centers "
        'paid "nearly 38 percent of general fund revenue." The transit board met. An independent review '
        'commissioned by the board found the risk "moderate to high."'
    )
    assert quote_starting(facts, "more than 3,800").speaker == "Office of Resilience"
    assert quote_starting(facts, "concentrated in").speaker == "Family Economics Institute"
    assert quote_starting(facts, "effectively").speaker == "Office of Inspector General"
    assert quote_starting(facts, "nearly 38").speaker == "Fairbourne County Department of Economic Development"
    assert quote_starting(facts, "moderate to high").speaker is None


def test_a_hyphenated_word_that_opens_a_firms_name_is_that_firm():
    facts = extract_facts(
        "The board said the offer from Carrow-Pembroke Holdings LLC was inadequate. Carrow-Pembroke sued on Monday "
        'in the Delaware Court of Chancery. The lawsuit says the board adopted the plan "not to protect '
        'shareholders."'
    )
    firm = next(entity for entity in facts.entities if entity.name == "Carrow-Pembroke Holdings LLC")
    assert len(firm.mentions) == 2
    assert quote_starting(facts, "not to protect").speaker == "Carrow-Pembroke Holdings LLC"


def test_a_document_filed_by_a_body_the_text_refers_back_to_is_that_bodys():
    facts = extract_facts(
        "The Greater Millbrook Civic Association opposes the project. The civic association filed an Article 78 "
        "petition in State Supreme Court last month, seeking to annul the review. The petition says the town "
        '"predetermined the outcome" of that review.'
    )
    assert quote_starting(facts, "predetermined").speaker == "Greater Millbrook Civic Association"


def test_a_role_in_the_lede_is_its_one_holder_named_in_the_paragraphs_after():
    facts = extract_facts(
        "Former fiscal officer gets 6 years\n\n"
        "A former township fiscal officer was sentenced Thursday to six years in prison, after a Franklin County "
        'judge said he had "robbed a small community of its trust."\n\n'
        "Gregory Pfister-Lane, 58, pleaded guilty in August.\n\n"
        "Franklin County Common Pleas Judge Adaeze Morrow said she had weighed his lack of a record.\n\n"
        'Later in the story, a resident said the money was "never coming back." Resident Tom Baker agreed.'
    )
    assert quote_starting(facts, "robbed a small").speaker == "Adaeze Morrow"
    assert quote_starting(facts, "never coming").speaker is None
