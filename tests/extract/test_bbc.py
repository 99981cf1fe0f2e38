"""Real BBC articles (UK style), annotated by hand from ../shared/corpus/bbc."""

from __future__ import annotations

from tests.extract.conftest import bbc_article, people, quote_starting


def test_politics_001_maternity_pay():
    _, facts = bbc_article("politics/001.txt")
    assert {"Patricia Hewitt", "Theresa May", "Gordon Brown", "Tony Blair", "Sandra Gidley", "David Frost"} <= people(
        facts
    )
    expected = {
        "We have already doubled the length": "Patricia Hewitt",
        "We are going to extend the pay": "Patricia Hewitt",
        "We have made a firm commitment": "Patricia Hewitt",
        "These plans were announced by Gordon Brown": "Theresa May",
        "While mothers would welcome": "Sandra Gidley",
        "crippled": "David Frost",
        "While the majority of any salary costs": "David Frost",
    }
    for prefix, speaker in expected.items():
        assert quote_starting(facts, prefix).speaker == speaker, prefix
    assert quote_starting(facts, "crippled").kind == "partial"
    assert quote_starting(facts, "While the majority").speaker_text == "he"
    # "The Tories dismissed the plan as "desperate", while the Liberal Democrats said ...":
    # never the Liberal Democrats' words.
    assert not any(q.text == "desperate" and q.speaker == "Liberal Democrats" for q in facts.quotes)


def test_business_020_call_centres():
    _, facts = bbc_article("business/020.txt")
    assert quote_starting(facts, "Customers are getting used to").speaker == "Cara Diemont"
    assert quote_starting(facts, "Customers are getting used to").cue == "says"
    assert quote_starting(facts, "Once a call centre may have").speaker == "Cara Diemont"
    assert quote_starting(facts, "scary").speaker == "Cara Diemont"
    found = quote_starting(facts, "You can make call centres perform anywhere")
    assert (found.speaker, found.speaker_text) == ("Cara Diemont", "she")


def test_sport_274_quotes_over_paragraphs_keep_the_speaker():
    _, facts = bbc_article("sport/274.txt")
    assert quote_starting(facts, "He's a great player").speaker == "Gerrard"
    assert quote_starting(facts, "I really think he wants to stay").speaker == "Rafael Benitez"


def test_sport_060_double_apostrophe_quotes():
    _, facts = bbc_article("sport/060.txt")
    found = quote_starting(facts, "I had to go out and go through all the gears")
    assert found.speaker == "James McIlroy"
    assert found.kind == "direct"
