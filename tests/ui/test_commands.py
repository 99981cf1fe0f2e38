"""The command palette's providers (``ui/commands``): entities, "Quotes by …" and articles, matched and chosen."""

from __future__ import annotations

from pathlib import Path

from textual.command import DiscoveryHit, Hit

from briefing.ui.commands import CUTOFF, DISCOVERY_LIMIT, LIMIT, ArticleProvider, EntityProvider, highlighted, rank
from briefing.ui.widgets.article_view import ArticleView
from tests.ui.helpers import status, wait_loaded

SIZE = (160, 48)

# --- matching, without an app ------------------------------------------------------------------


def test_highlighted_keeps_the_text_and_marks_each_query_word() -> None:
    content = highlighted("Fumio Kishida", "kishida fumio")
    assert content.plain == "Fumio Kishida"
    marked = sorted((span.start, span.end) for span in content.spans)
    assert marked == [(0, 5), (6, 13)]


def test_highlighted_never_reads_markup_in_the_text() -> None:
    text = "[@click=app.quit]Quit[/] [b]bold[/b]"
    content = highlighted(text, "quit")
    assert content.plain == text
    first = text.index("quit")  # inside the would-be markup: it is text like any other
    assert [(span.start, span.end) for span in content.spans] == [(first, first + 4)]


def test_highlighted_without_a_match_is_plain() -> None:
    assert highlighted("Tokyo", "paris").spans == []


def test_rank_puts_the_exact_name_first_with_a_full_score() -> None:
    names = ["Kim Jong Un", "Kim Yo Jong", "Fumio Kishida"]
    found = rank("kim yo jong", names)
    assert found[0] == (1, 1.0)
    assert all(score < 1.0 for _, score in found[1:])


def test_rank_tolerates_typos_and_drops_poor_matches() -> None:
    names = ["Fumio Kishida", "North Korea", "Tokyo"]
    found = rank("kishda", names)
    assert [index for index, _ in found] == [0]
    assert CUTOFF / 100 <= found[0][1] < 1.0
    assert rank("zzzz", names) == []


def test_rank_returns_at_most_the_limit_best_first() -> None:
    names = [f"Minister number {n}" for n in range(LIMIT * 2)]
    found = rank("minister number", names)
    assert len(found) == LIMIT
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True)
    assert len(rank("minister number", names, limit=3)) == 3


# --- the providers, in the app --------------------------------------------------------------------


async def _hits(provider, query: str | None = None) -> list[Hit | DiscoveryHit]:
    await provider.startup()
    found = provider.discover() if query is None else provider.search(query)
    return [hit async for hit in found]


async def test_entity_provider_finds_a_person_and_their_quotes(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        hits = await _hits(EntityProvider(app.main_screen), "Fumio Kishida")
        texts = [hit.text for hit in hits]
        assert texts[:2] == ["Fumio Kishida", "Quotes by Fumio Kishida"]
        person, quotes = hits[0], hits[1]
        assert person.score == 1.0 and quotes.score < person.score  # Enter on a typed name picks the person
        assert person.help.plain.startswith("person · ") and person.help.plain.endswith(" in 2 articles")
        assert quotes.help.plain.endswith(" quotes: n / N walk them")

        person.command()
        await pilot.pause()
        assert status(app).startswith("Fumio Kishida · mention 1 of")
        quotes.command()
        await pilot.pause()
        assert status(app).startswith("Quotes by Fumio Kishida · quote 1 of")


async def test_entity_provider_matches_quotes_by_without_its_prefix(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        hits = await _hits(EntityProvider(app.main_screen), "quotes by kishida")
        assert "Quotes by Fumio Kishida" in [hit.text for hit in hits]


async def test_entity_provider_discovers_the_most_mentioned_first(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        hits = await _hits(EntityProvider(app.main_screen))
        entities = [hit for hit in hits if not hit.text.startswith("Quotes by ")]
        speakers = [hit for hit in hits if hit.text.startswith("Quotes by ")]
        assert len(entities) == DISCOVERY_LIMIT and 0 < len(speakers) <= DISCOVERY_LIMIT // 2
        mentions = [int(hit.help.plain.split(" · ")[1].split()[0]) for hit in entities]
        assert mentions == sorted(mentions, reverse=True)
        assert "Fumio Kishida" in [hit.text for hit in entities]


async def test_providers_offer_nothing_in_an_empty_briefing(tmp_path: Path, make_app) -> None:
    app = make_app(tmp_path)  # an empty folder
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        assert await _hits(EntityProvider(app.main_screen), "kishida") == []
        assert await _hits(EntityProvider(app.main_screen)) == []
        assert await _hits(ArticleProvider(app.main_screen), "kishida") == []


async def test_article_provider_finds_a_title_and_opens_it(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        view = app.main_screen.query_one(ArticleView)
        assert view.article.title.startswith("Japan's PM offered")
        hits = await _hits(ArticleProvider(app.main_screen), "kishda investors")
        assert [hit.text for hit in hits] == ["Kishida meets investors in Tokyo"]
        assert hits[0].score < 0.95  # an article never outranks an entity that scores the same
        assert hits[0].help.plain.startswith("article · b_second.txt · ")
        hits[0].command()
        await pilot.pause()
        assert view.article.title == "Kishida meets investors in Tokyo"


async def test_article_provider_discovers_articles_in_briefing_order(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        hits = await _hits(ArticleProvider(app.main_screen))
        assert [hit.help.plain for hit in hits] == ["article · a_seed.txt", "article · b_second.txt"]


async def test_discovered_entities_count_one_mention_in_the_singular(tmp_path: Path, make_app) -> None:
    (tmp_path / "a.txt").write_text("Harbour news\n\nThe mayor of Dunmore, Alice Fenwick, opened the harbour.\n")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        hits = await _hits(EntityProvider(app.main_screen))
        helps = [hit.help.plain for hit in hits if hit.help is not None]
        assert helps and all(" 1 mentions" not in help for help in helps), helps
