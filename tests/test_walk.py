"""Walking marks, without a screen: order, wrapping, positions, what is current, and cost at 10,000 articles."""

from __future__ import annotations

from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.marks import Mark
from briefing.model import Article, DateRef, Entity, Facts, Figure, Mention, Quote, Span
from briefing.search import Hit, SearchIndex
from briefing.walk import article_spans_walk, entity_walk, quote_stop, search_walk, speaker_walk
from tests.helpers import briefing_of


def article(number: int, body: str) -> Article:
    return Article(str(number), f"{number}.txt", f"Story {number}", body, (Span(0, len(body)),))


def mentions_of(body: str, word: str) -> list[Mention]:
    found, start = [], body.find(word)
    while start != -1:
        found.append(Mention(start, start + len(word), word))
        start = body.find(word, start + 1)
    return found


def briefing() -> Briefing:
    bodies = ["Kishida met Kim. Later Kishida left.", "No one here.", 'Kishida said "yes" to it.']
    facts = []
    for number, body in enumerate(bodies):
        entities = [Entity("Fumio Kishida", "person", mentions_of(body, "Kishida"))] if "Kishida" in body else []
        said = Quote("yes", 14, 19, "direct", "Fumio Kishida", "Kishida", "said", 0, 7, 8, 12)
        quotes = [said] if number == 2 else []
        facts.append(Facts(entities, quotes))
    return briefing_of([article(number, body) for number, body in enumerate(bodies)], facts)


def test_entity_walk_goes_across_articles_and_wraps() -> None:
    made = briefing()
    walk = entity_walk(made, FactIndex.build(made.articles, made.facts), "Fumio Kishida")
    assert walk.total == 3
    assert walk.status() == "Fumio Kishida · mention 1 of 3 · article 1 of 2"
    assert walk.next().mark == Mark(0, 23, 30, "mention")
    assert walk.next().mark == Mark(2, 0, 7, "mention") and walk.article == 2
    assert walk.status() == "Fumio Kishida · mention 3 of 3 · article 2 of 2"
    walk.next()
    assert (walk.article, walk.ordinal) == (0, 1)  # wrapped to the start
    walk.previous()
    assert (walk.article, walk.ordinal) == (2, 3)  # and back over the start to the end


def test_walk_continues_from_an_article_the_reader_moved_to() -> None:
    made = briefing()
    walk = entity_walk(made, FactIndex.build(made.articles, made.facts), "Fumio Kishida")
    assert walk.next(from_article=1).mark.start == 0 and walk.article == 2
    assert walk.stops_in(1) == [] and walk.marks_in(1) == []
    walk.go(0)
    assert walk.previous(from_article=1).mark == Mark(0, 23, 30, "mention") and walk.article == 0


def test_speaker_quotes_carry_attribution() -> None:
    made = briefing()
    walk = speaker_walk(made, FactIndex.build(made.articles, made.facts), "Fumio Kishida")
    assert walk.total == 1 and walk.unit == "quote"
    stop = walk.current
    assert stop.mark == Mark(2, 14, 19, "quote-direct")
    body = made.articles[2].body
    assert [(body[mark.start : mark.end], mark.role) for mark in stop.parts] == [
        ("Kishida", "speaker"),
        ("said", "cue"),
    ]
    assert stop.current_marks == stop.marks == (stop.mark, *stop.parts)  # the quote with its attribution
    assert walk.marks_in(2) == list(stop.marks)
    assert "Fumio Kishida · direct · said" in walk.status()


def test_the_cue_marked_is_the_one_the_extractor_read() -> None:
    body = 'Mary Lopez said she had said it before, and she said: "We will not give up."'
    facts = extract_facts(body)
    quote = next(quote for quote in facts.quotes if quote.kind == "direct")
    stop = quote_stop(article(0, body), 0, quote)
    marked = [(mark.start, body[mark.start : mark.end], mark.role) for mark in stop.current_marks[1:]]
    assert marked == [(body.index("she said:"), "she", "speaker"), (body.index("said:"), "said", "cue")]


def test_a_quote_without_attribution_words_marks_none() -> None:
    body = 'x "Hi," y.'
    carried = Quote("Hi,", 3, 6, "direct", "Mary Lopez", "she", "said")  # carried on: no ranges of its own
    assert quote_stop(article(0, body), 0, carried).parts == ()


def hit(position: int, start: int, end: int, *words: tuple[int, int]) -> Hit:
    word_marks = tuple(Mark(position, a, b, "hit-word") for a, b in words)
    return Hit(str(position), "", "passage", Mark(position, start, end, "hit"), "", (), word_marks)


def test_search_walk_is_in_rank_order_and_goes_to_the_chosen_hit() -> None:
    walk = search_walk("q", [hit(2, 5, 9), hit(0, 8, 9), hit(0, 1, 2)])  # ranked best first
    assert (walk.article, walk.current.mark.start) == (2, 5)
    assert walk.status() == "q · hit 1 of 3 · in 2 articles"
    assert [(walk.article, walk.current.mark.start) for _ in range(3) if walk.next()] == [(0, 8), (0, 1), (2, 5)]
    assert (walk.previous().mark.start, walk.ordinal) == (1, 3)  # wrapping back
    walk.go_to(0, 1)
    assert walk.ordinal == 3  # the chosen hit, though a better one stands in the same article
    assert [stop.mark.start for stop in walk.stops_in(0)] == [8, 1]


def test_search_hits_at_one_place_are_one_stop_whose_matched_words_are_current() -> None:
    walk = search_walk("q", [hit(0, 0, 20, (5, 9)), hit(0, 0, 20, (12, 15), (5, 9)), hit(0, 30, 40)])
    assert walk.total == 2
    words = (Mark(0, 5, 9, "hit-word"), Mark(0, 12, 15, "hit-word"))
    assert walk.current.parts == words
    assert walk.current.current_marks == words  # the passage around them stays marked as a hit
    assert walk.next().current_marks == (Mark(0, 30, 40, "hit"),)  # no words matched: the hit itself
    assert walk.marks_in(0) == [Mark(0, 0, 20, "hit"), *words, Mark(0, 30, 40, "hit")]


def test_search_hits_walk_from_the_positions_the_index_gives() -> None:
    bodies = ["Nothing to see.", "The summit opened. Talks at the summit went on."]
    made = briefing_of([article(number, body) for number, body in enumerate(bodies)], [Facts(), Facts()])
    hits = SearchIndex.build(made.articles, made.facts).search("summit")
    walk = search_walk("summit", hits)
    assert walk.total == 2 and {stop.mark.position for stop in walk.stops_in(1)} == {1}
    assert [bodies[1][mark.start : mark.end] for mark in walk.current.current_marks] == ["summit"]


def test_figures_walk_counts_every_figure_of_the_article() -> None:
    facts = Facts(
        figures=[Figure("$5", 4, 6, "money"), Figure("80", 10, 12, "count")], dates=[DateRef("2004", 20, 24, "year")]
    )
    figures = article_spans_walk(facts, 3, "figure")
    figures.go_to(3, 10)
    assert figures.current.mark == Mark(3, 10, 12, "figure")
    assert figures.status() == "Figures in this article · figure 2 of 2 · article 1 of 1"
    assert article_spans_walk(facts, 3, "date").current.mark == Mark(3, 20, 24, "date")
    assert not article_spans_walk(None, 3, "date")


def test_ten_thousand_articles_walk_without_unpacking_every_article() -> None:
    body = "Kishida spoke. " * 20
    mentions = mentions_of(body, "Kishida")
    made = briefing_of(
        [article(number, body) for number in range(10_000)],
        [
            Facts([Entity("Fumio Kishida", "person", mentions), Entity(f"Place {number}", "place", mentions[:1])])
            for number in range(10_000)
        ],
    )
    fact_index = FactIndex.build(made.articles, made.facts)
    walk = entity_walk(made, fact_index, "Fumio Kishida")
    assert walk.total == 200_000 and len(fact_index.summaries) == 10_001
    assert walk.status().startswith("Fumio Kishida · mention 1 of 200,000")
    for _ in range(1000):
        walk.next()
    assert walk.ordinal == 1001 and walk.article == 50
    # Counts come from the fact index; an article's stops are worked out only when the walk reaches it.
    worked_out = [segment.article for segment in walk.segments if segment._stops is not None]
    assert worked_out == list(range(51))
