"""Fuzzy search: typos, phrases, filters, ranking, ranges, hostile queries."""

from __future__ import annotations

import json

import pytest

from briefing.facts import FactTable
from briefing.marks import Mark
from briefing.model import Article
from briefing.search import Hit, SearchIndex
from briefing.search.hits import snippet
from briefing.search.query import parse
from briefing.search.tokens import sentences, words


def by_id(articles: list[Article]) -> dict[str, Article]:
    return {article.id: article for article in articles}


def check_well_formed(hits: list[Hit], articles: list[Article]) -> None:
    known = by_id(articles)
    assert len({(hit.article_id, hit.kind, hit.mark, hit.snippet) for hit in hits}) == len(hits)
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    for hit in hits:
        article = known[hit.article_id]
        assert hit.title == article.title
        assert hit.kind in {"passage", "title", "dek", "quote", "entity"}
        # The hit's mark is a place in its article, by that article's position.
        mark = hit.mark
        assert articles[mark.position] is article and mark.role == "hit"
        assert 0 <= mark.start <= mark.end <= len(article.body)
        for word in hit.words:
            assert word.position == mark.position and word.role == "hit-word"
            assert mark.start <= word.start < word.end <= mark.end
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
        assert "\n" not in hit.snippet
        assert len(hit.snippet) <= 210
        json.dumps(hit.to_dict())


def passage_text(hit: Hit, articles: list[Article]) -> str:
    return by_id(articles)[hit.article_id].body[hit.mark.start : hit.mark.end]


# Tokens and query parsing -------------------------------------------------------


def test_words_normalise_case_accents_and_possessives() -> None:
    assert words("Kishida’s CAFÉ don't Leif-Eric") == ["kishida", "cafe", "dont", "leif", "eric"]


def test_sentences_respect_abbreviations() -> None:
    text = 'Mr. Smith went to the U.S. Senate. He said "no." Then he left!'
    assert [text[a:b] for a, b in sentences(text)] == [
        "Mr. Smith went to the U.S. Senate.",
        'He said "no."',
        "Then he left!",
    ]


def test_parse_words_phrases_filters() -> None:
    query = parse('kim "Summit Meeting" speaker:easley who:"Kim Jong" tok')
    assert query.words == ["kim", "tok"]
    assert query.prefix_last
    assert query.phrases == [["summit", "meeting"]]
    assert query.speakers == [["easley"]]
    assert query.who == [["kim", "jong"]]
    assert not parse("kim ").prefix_last
    assert parse('"summit mee').open_phrase


# Matching ------------------------------------------------------------------------


def test_empty_query_returns_nothing(index: SearchIndex) -> None:
    for text in ["", "   ", '""', "speaker:", "who:", "!!!", "\x00\x1b[31m"]:
        assert index.search(text) == []


def test_typos_find_the_real_words(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search("kishda sumit")
    assert hits
    first = passage_text(hits[0], articles)
    assert hits[0].kind == "passage"
    assert "Kishida" in first and "summit" in first
    check_well_formed(hits, articles)


@pytest.mark.parametrize(
    "query",
    [
        "ksihida summit",  # two neighbouring letters swapped: one edit
        "kishida smumit",
        "ishida summit",  # a typo in the first letter
        "kishida usmmit",
        "xishida summit ",
    ],
)
def test_swaps_and_first_letter_typos_find_the_real_words(
    index: SearchIndex, articles: list[Article], query: str
) -> None:
    hits = index.search(query)
    assert hits and hits[0].kind == "passage"
    first = passage_text(hits[0], articles)
    assert "Kishida" in first and "summit" in first
    check_well_formed(hits, articles)


def test_exact_words_then_the_same_first_letter_rank_first() -> None:
    from tests.search.conftest import make_article

    lines = ["The diner opened late.", "The dinner opened late.", "The winner opened late.", "The wines opened."]
    found = SearchIndex.build([make_article("a.txt", "Notes", lines)], FactTable())

    def order(query: str) -> list[str]:
        return [hit.snippet for hit in found.search(query) if hit.kind == "passage"]

    # "winner" is rare enough to be corrected too ("dinner"), but as typed it ranks first.
    assert order("winner opened ")[:2] == ["The winner opened late.", "The dinner opened late."]
    # "winer" is one edit from winner, wines and diner: those keeping the first letter first, the
    # shorter of two alike first (and "dinner", two edits away, matches "opened" only).
    assert order("winer opened ") == [
        "The wines opened.",
        "The winner opened late.",
        "The diner opened late.",
        "The dinner opened late.",
    ]


def test_words_in_any_order(index: SearchIndex, articles: list[Article]) -> None:
    first = index.search("summit kishida")[0]
    assert first.kind == "passage"
    text = passage_text(first, articles)
    assert "Kishida" in text and "summit" in text


def test_last_word_is_a_prefix_while_typing(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search("kish")
    assert hits and all("Kishida" in (h.snippet) for h in hits if h.kind == "passage")
    assert index.search("kish ") == []  # a finished word is a whole word (too short to correct)


def test_exact_before_corrected(index: SearchIndex, articles: list[Article]) -> None:
    hits = [h for h in index.search("club ") if h.kind == "passage"]
    assert hits and "club" in passage_text(hits[0], articles)


def test_all_words_before_some(index: SearchIndex, articles: list[Article]) -> None:
    hits = [h for h in index.search("summit finance") if h.kind == "passage"]
    assert "finance" in passage_text(hits[0], articles) and "summit" in passage_text(hits[0], articles)
    assert len(hits) > 1  # passages with only one of the words follow


def test_closeness_orders_passages(index: SearchIndex, articles: list[Article]) -> None:
    hits = [h for h in index.search("kishida summit") if h.kind == "passage"]
    texts = [passage_text(hit, articles) for hit in hits]
    # "Kim-Kishida summit" (adjacent) before "Kishida ... summit" further apart
    assert texts[0].startswith("Easley said a Kim-Kishida summit")


def test_title_match_lifts_article(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search("budget")
    assert hits[0].kind == "title" and hits[0].title == "Brown unveils budget"
    assert hits[0].snippet == "Brown unveils budget"
    assert hits[0].highlights == ((14, 20),)
    assert hits[0].words == ()


def test_phrase_must_occur_as_written(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search('"summit meeting"')
    assert len(hits) == 1
    assert "summit meeting" in passage_text(hits[0], articles).casefold()
    assert index.search('"meeting summit"') == []
    assert index.search('"sumit meeting"') == []  # no typo tolerance inside a phrase
    assert index.search('"SUMMIT Meeting"')


def test_open_phrase_last_word_is_a_prefix(index: SearchIndex) -> None:
    assert index.search('"summit mee')


def test_speaker_filter_lists_only_their_quotes(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search("speaker:easley")
    assert hits
    assert {hit.kind for hit in hits} == {"quote"}
    assert {hit.speaker for hit in hits} == {"Leif-Eric Easley"}
    assert passage_text(hits[0], articles) == "Kishida feels political urgency to address the abductions issue"
    assert index.search("speaker:easly") == hits  # fuzzy on the name
    assert index.search("speaker:nobodyatall") == []
    check_well_formed(hits, articles)


def test_speaker_filter_with_words(index: SearchIndex) -> None:
    assert len(index.search("speaker:kishida crucial")) == 1
    assert index.search("speaker:kishida urgency") == []


def test_who_filter_through_aliases(index: SearchIndex, articles: list[Article]) -> None:
    hits = index.search("who:kishida")
    assert hits and {hit.kind for hit in hits} == {"passage"}
    for hit in hits:
        assert "Kishida" in passage_text(hit, articles)
    summit = index.search("who:kishida summit")
    assert all("summit" in passage_text(hit, articles) for hit in summit)
    assert index.search("who:zzzzzz") == []


def test_entity_and_speaker_names_are_searched(index: SearchIndex) -> None:
    kinds = {hit.kind for hit in index.search("easley")}
    assert {"entity", "quote", "passage"} <= kinds


def test_ranges_point_at_passages(index: SearchIndex, articles: list[Article]) -> None:
    for text in ["kishida", "summit", "budget", "club", "easley", "korea japan"]:
        hits = index.search(text)
        check_well_formed(hits, articles)
        for hit in hits:
            if hit.kind in {"passage", "quote"}:
                body = by_id(articles)[hit.article_id].body
                for word in hit.words:
                    assert words(body[word.start : word.end])


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "kishida " * 2000,
        ".*+?[](){}|^$\\",
        "(?P<x>a)\\1 [[:alpha:]]",
        "\x00\x01\x1b[2J\x7f\u202e\ud800",
        '"""" "" " speaker:"" who:"',
        "speaker:" + "e" * 5000,
        "ＫＩＳＨＩＤＡ",
    ],
)
def test_absurd_queries(index: SearchIndex, articles: list[Article], text: str) -> None:
    check_well_formed(index.search(text), articles)


def test_limit_and_determinism(index: SearchIndex) -> None:
    hits = index.search("the", limit=3)
    assert len(hits) <= 3
    assert hits == index.search("the", limit=3)
    assert index.search("the", limit=0) == []


def test_cancel_returns_early(index: SearchIndex) -> None:
    assert index.search("kishida", cancel=lambda: True) == []
    calls = []

    def later() -> bool:
        calls.append(1)
        return len(calls) > 2

    index.search("summit the", cancel=later)  # must not raise


def test_articles_without_facts_and_empty_index() -> None:
    empty = SearchIndex.build([], FactTable())
    assert empty.search("anything") == []
    assert empty.search("speaker:x") == []


def test_snippet_cuts_around_match() -> None:
    text = "word " * 100 + "target " + "word " * 100
    start = text.index("target")
    cut, ranges = snippet(text, [(start, start + 6)])
    assert len(cut) <= 202 and cut.startswith("…") and cut.endswith("…")
    assert [cut[a:b] for a, b in ranges] == ["target"]


def test_hit_to_dict_is_json_with_body_ranges_as_numbers() -> None:
    hit = Hit("id", "T", "passage", Mark(3, 0, 4, "hit"), "text", ((0, 4),), (Mark(3, 1, 3, "hit-word"),), 1.0, None)
    assert json.loads(json.dumps(hit.to_dict())) == {
        "article_id": "id",
        "title": "T",
        "kind": "passage",
        "start": 0,
        "end": 4,
        "snippet": "text",
        "highlights": [[0, 4]],
        "body_highlights": [[1, 3]],
        "score": 1.0,
        "speaker": None,
    }


def test_filter_names_match_as_prefixes_while_typed(index: SearchIndex) -> None:
    typed = index.search("speaker:eas")
    assert typed and {hit.speaker for hit in typed} == {"Leif-Eric Easley"}
    assert index.search("speaker:eas ") == []  # a finished name is a whole word (or a near miss)
    assert index.search('speaker:"leif-eric easley"') == typed
    assert {hit.kind for hit in index.search("who:fumio")} == {"passage"}


def test_parse_filter_name_prefix() -> None:
    assert parse("speaker:eas").name_prefix
    assert not parse("speaker:eas ").name_prefix
    assert not parse("speaker:eas kim").name_prefix
    assert parse("kim who:fum").who_last
