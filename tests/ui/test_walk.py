"""The walker, without a screen: order, wrapping, positions, and cost at 10,000 articles."""

from __future__ import annotations

from briefing.extract import extract_facts
from briefing.fact_index import FactIndex
from briefing.loaded import Briefing
from briefing.model import Article, Entity, Facts, Mention, Quote, Span
from briefing.ui.walk import Stop, entity_walk, quote_stop, search_walk, speaker_walk
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
    walk = entity_walk(made, FactIndex.build(made.facts), "Fumio Kishida")
    assert walk.total == 3
    assert walk.status() == "Fumio Kishida · mention 1 of 3 · article 1 of 2"
    assert walk.next() == Stop(23, 30)
    assert walk.next().start == 0 and walk.article == 2
    assert walk.status() == "Fumio Kishida · mention 3 of 3 · article 2 of 2"
    walk.next()
    assert (walk.article, walk.ordinal) == (0, 1)  # wrapped to the start
    walk.previous()
    assert (walk.article, walk.ordinal) == (2, 3)  # and back over the start to the end


def test_walk_continues_from_an_article_the_reader_moved_to() -> None:
    made = briefing()
    walk = entity_walk(made, FactIndex.build(made.facts), "Fumio Kishida")
    assert walk.next(from_article=1).start == 0 and walk.article == 2
    assert walk.stops_in(1) == []
    walk.go(0)
    assert walk.previous(from_article=1) == Stop(23, 30) and walk.article == 0


def test_speaker_quotes_carry_attribution() -> None:
    made = briefing()
    walk = speaker_walk(made, FactIndex.build(made.facts), "Fumio Kishida")
    assert walk.total == 1 and walk.unit == "quote"
    stop = walk.current
    assert stop.kind == "quote-direct"
    body = made.articles[2].body
    assert [body[start:end] for start, end in stop.extra] == ["Kishida", "said"]
    assert "Fumio Kishida · direct · said" in walk.status()


def test_the_cue_marked_is_the_one_the_extractor_read() -> None:
    body = 'Mary Lopez said she had said it before, and she said: "We will not give up."'
    facts = extract_facts(body)
    quote = next(quote for quote in facts.quotes if quote.kind == "direct")
    stop = quote_stop(article(0, body), quote)
    marked = [(start, body[start:end]) for start, end in stop.extra]
    assert marked == [(body.index("she said:"), "she"), (body.index("said:"), "said")]


def test_a_quote_without_attribution_words_marks_none() -> None:
    body = 'x "Hi," y.'
    carried = Quote("Hi,", 3, 6, "direct", "Mary Lopez", "she", "said")  # carried on: no ranges of its own
    assert quote_stop(article(0, body), carried).extra == ()


def test_search_walk_is_in_briefing_order() -> None:
    walk = search_walk("q", [(2, Stop(5, 9, "search")), (0, Stop(8, 9, "search")), (0, Stop(1, 2, "search"))])
    assert [(walk.article, walk.current.start) for _ in range(3) if walk.next()] == [(0, 8), (2, 5), (0, 1)]


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
    fact_index = FactIndex.build(made.facts)
    walk = entity_walk(made, fact_index, "Fumio Kishida")
    assert walk.total == 200_000 and len(fact_index.summaries) == 10_001
    assert walk.status().startswith("Fumio Kishida · mention 1 of 200,000")
    for _ in range(1000):
        walk.next()
    assert walk.ordinal == 1001 and walk.article == 50
    # Counts come from the fact index; an article's stops are worked out only when the walk reaches it.
    worked_out = [segment.article for segment in walk.segments if segment._stops is not None]
    assert worked_out == list(range(51))
