"""Pilot tests for each path through the reader: entities, walking, quotes, search, help, palette, problems."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import DataTable, Input

from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.problems import ProblemsScreen
from briefing.ui.screens.profile import ProfileScreen
from briefing.ui.screens.search import SearchScreen
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from tests.ui.helpers import status, wait_loaded, wait_until

SIZE = (160, 48)


def view_of(app) -> ArticleView:
    return app.main_screen.query_one(ArticleView)


def facts_shown(app):
    """The key facts of the article on screen."""
    view = view_of(app)
    return app.briefing.facts.unpack(app.briefing.position(view.article.id))


def focus_texts(app) -> list[str]:
    view = view_of(app)
    return [view.article.body[mark.start : mark.end] for mark in view.current_marks]


async def test_choosing_an_entity_highlights_its_mentions_and_goes_to_the_first(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        pane = app.main_screen.query_one(FactsPane)
        pane.focus()
        pane.highlighted = pane.get_option_index("entity:Fumio Kishida")
        await pilot.press("enter")
        view = view_of(app)
        entity = next(e for e in facts_shown(app).entities if e.name == "Fumio Kishida")
        assert len(view.marks) == len(entity.mentions) >= 3
        assert {mark.role for mark in view.marks} == {"mention"}
        first = min(entity.mentions, key=lambda mention: mention.start)
        current = [(mark.start, mark.end, mark.role) for mark in view.current_marks]
        assert current == [(first.start, first.end, "mention")]
        assert status(app).startswith(f"Fumio Kishida · mention 1 of {len(entity.mentions)} · article 1 of 1")
        assert isinstance(app.screen, ProfileScreen)  # Enter opens the profile over the selection
        await pilot.press("escape")
        assert app.screen is app.main_screen and len(view.marks) == len(entity.mentions)
        await pilot.press("escape")
        assert view.marks == [] and view.current_marks == ()
        assert status(app).startswith("article 1 of 1")


async def test_n_and_N_walk_mentions_across_two_articles_and_wrap(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app.main_screen.select_entity("Fumio Kishida")
        await pilot.pause()
        first, second = app.briefing.articles
        facts_of_first, facts_of_second = app.briefing.facts.unpack(0), app.briefing.facts.unpack(1)
        in_first = len(next(e for e in facts_of_first.entities if e.name == "Fumio Kishida").mentions)
        in_second = len(next(e for e in facts_of_second.entities if e.name == "Fumio Kishida").mentions)
        total = in_first + in_second
        assert status(app).startswith(f"Fumio Kishida · mention 1 of {total} · article 1 of 2")
        await pilot.press(*["n"] * (in_first - 1))
        assert status(app).startswith(f"Fumio Kishida · mention {in_first} of {total} · article 1 of 2")
        await pilot.press("n")
        assert view_of(app).article is second
        assert status(app).startswith(f"Fumio Kishida · mention {in_first + 1} of {total} · article 2 of 2")
        assert app.main_screen.query_one(ArticleList).highlighted == 1  # the list follows
        assert focus_texts(app)[0].endswith("Kishida")
        await pilot.press("N")
        assert view_of(app).article is first
        assert status(app).startswith(f"Fumio Kishida · mention {in_first} of {total} · article 1 of 2")
        await pilot.press(*["n"] * (in_second + 1))  # past the last mention: wraps to the first
        assert status(app).startswith(f"Fumio Kishida · mention 1 of {total} · article 1 of 2")
        await pilot.press("N")
        assert status(app).startswith(f"Fumio Kishida · mention {total} of {total} · article 2 of 2")


async def test_a_persons_quotes_in_turn_and_the_quotes_list(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        fact_index = app.briefing.fact_index
        speaker = max(fact_index.speakers, key=fact_index.quote_count)
        count = fact_index.quote_count(speaker)
        assert count >= 2
        app.main_screen.select_entity(speaker)
        await pilot.press("quotation_mark")
        assert status(app).startswith(f"Quotes by {speaker} · quote 1 of {count}")
        view = view_of(app)
        assert view.current_marks[0].role.startswith("quote-")
        assert all(mark.role.startswith("quote-") for mark in view.marks)  # attribution only on the current one
        await pilot.press("quotation_mark")
        assert status(app).startswith(f"Quotes by {speaker} · quote 2 of {count}")

        # The Quotes list: Enter jumps to that quote, with its attribution highlighted.
        pane = app.main_screen.query_one(FactsPane)
        pane.focus()
        facts = facts_shown(app)
        number = next(n for n, quote in enumerate(facts.quotes) if quote.speaker and quote.speaker_text)
        pane.highlighted = pane.get_option_index(f"quote:{number}")
        await pilot.press("enter")
        quote = facts.quotes[number]
        current = [mark for mark in view.current_marks if mark.role.startswith("quote-")]
        assert [(mark.start, mark.end) for mark in current] == [(quote.start, quote.end)]
        attribution = [view.article.body[m.start : m.end] for m in view.current_marks if m.role in ("speaker", "cue")]
        assert quote.speaker_text in attribution
        assert status(app).startswith("Quotes in this article · quote ")
        assert quote.speaker in status(app)

        # ( and ) step through the article's quotes; direct, partial and indirect look different.
        before = status(app)
        await pilot.press("right_parenthesis")
        assert status(app) != before
        await pilot.press("left_parenthesis")
        assert status(app) == before
        assert {mark.role for mark in view.marks} <= {"quote-direct", "quote-partial", "quote-indirect"}
        styles = {view._style_for(kind) for kind in ("quote-direct", "quote-partial", "quote-indirect")}
        assert len(styles) == 3


async def test_on_a_quote_walked_with_n_the_cue_drawn_is_the_one_the_extractor_read(tmp_path: Path, make_app) -> None:
    # "said" stands twice before the cue of each quote: only the one the extractor read may be drawn.
    body = (
        'Mary Lopez said she had said it before, and she said: "We will not give up."\n\n'
        'Tom Reyes said he had said so too, and then he said: "We will win."\n'
    )
    (tmp_path / "a.txt").write_text(f"Two quotes\n\n{body}", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("right_parenthesis", "n")  # the article's quotes, then n to the second
        view = view_of(app)
        quote = facts_shown(app).quotes[1]
        assert status(app).startswith("Quotes in this article · quote 2 of 2")
        text = view.article.body
        cue = next(mark for mark in view.current_marks if mark.role == "cue")
        assert (cue.start, cue.end) == (quote.cue_start, quote.cue_end)
        sentence = text[text.index("Tom Reyes") : quote.start]
        assert text[cue.start : cue.end] == "said" and sentence.count("said") == 3
        assert cue.start == text.rindex(" he said:") + len(" he ")  # the third "said", not the first two
        # And it is what the view draws, in the attribution's style, on the cue's cells only.
        layout = view._ensure_layout()
        line = layout.lines[layout.line_of(cue.start)]
        drawn = view._line_text(view.article, line, tuple(view._drawn.on(line.start, line.end)))
        attribution = view._style_for("attribution")
        styled = [(line.start + span.start, line.start + span.end) for span in drawn.spans if span.style == attribution]
        assert (cue.start, cue.end) in styled
        assert all(text[start:end] != "said" or start == cue.start for start, end in styled)


async def test_search_with_a_typo_jumps_to_the_passage_and_n_walks_hits(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"sovereign rihgt")
        await wait_until(pilot, lambda: search.settled and search.results.hits, what="search results")
        hit = search.results.hits[0]
        assert "sovereign right" in hit.snippet
        prompt = search.results.get_option_at_index(0).prompt
        marked = {prompt.plain[span.start : span.end] for span in prompt.spans if "reverse" in str(span.style)}
        # Styled by the engine's ranges (it may or may not count the typo'd word as matched).
        assert marked == {hit.snippet[start:end] for start, end in hit.highlights}
        assert "sovereign" in marked
        await pilot.press("enter")
        assert app.screen is app.main_screen
        assert status(app).startswith("“sovereign rihgt” · hit 1 of")
        assert "sovereign" in focus_texts(app)

        # A query with several hits: n / N move through them as in less.
        await pilot.press("slash")
        search = app.screen
        await pilot.press("ctrl+u", *"Kishida")
        await wait_until(pilot, lambda: search.settled and len(search.results.hits) > 2, what="several hits")
        await pilot.press("enter")
        # Enter went to the best hit, the first in rank order; n / N walk the rest in that order, wrapping.
        walk = app.main_screen.walk
        total, start = walk.total, walk.ordinal
        assert start == 1
        assert status(app).startswith(f"“Kishida” · hit 1 of {total}")
        await pilot.press("n")
        assert status(app).startswith(f"“Kishida” · hit {start % total + 1} of {total}")
        await pilot.press("N")
        assert status(app).startswith(f"“Kishida” · hit {start} of {total}")
        await pilot.press(*["N"] * total)  # all the way round
        assert status(app).startswith(f"“Kishida” · hit {start} of {total}")


async def test_search_keeps_up_with_typing_and_escape_closes(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"abduc")
        search = app.screen
        await wait_until(pilot, lambda: search.settled, what="results for the last keystroke")
        assert search.query_one(Input).value == "abduc"
        assert all("abduct" in hit.snippet.lower() or hit.kind != "passage" for hit in search.results.hits)
        await pilot.press("down")
        assert search.results.highlighted == 1
        await pilot.press("escape")
        assert app.screen is app.main_screen
        assert not status(app).startswith("“")


async def test_help_lists_the_real_bindings_with_their_ids(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app.set_keymap({"main.next": "n,ctrl+n"})
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]
        by_id = {row[3]: row for row in rows}
        for binding_id in (
            "main.next",
            "main.previous",
            "main.search",
            "main.speaker_quotes",
            "main.next_article",
            "main.help",
            "app.quit",
            "app.command_palette",
            "facts.scope",
            "view.top",
        ):
            assert binding_id in by_id, binding_id
        assert by_id["main.next"][1] == "n Ctrl+n"  # the keymap shows as it works
        assert by_id["main.next_article"][1] == "]"
        await pilot.press("escape")
        assert app.screen is app.main_screen


async def test_palette_offers_an_entity_by_name_and_enter_selects_it(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*"Fumio Kishida")
        palette = app.screen

        def first_hit() -> str:
            commands = palette.query_one("CommandList")
            return commands.get_option_at_index(0).prompt.plain if commands.option_count else ""

        await wait_until(pilot, lambda: first_hit().startswith("Fumio Kishida"), what="the entity in the palette")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is app.main_screen, what="the palette to close")
        assert status(app).startswith("Fumio Kishida · mention 1 of")
        assert "article 1 of 2" in status(app)

        # "Quotes by …" entries jump to a speaker's quotes.
        speaker = max(app.briefing.fact_index.speakers, key=app.briefing.fact_index.quote_count)
        await pilot.press("ctrl+p", *f"Quotes by {speaker}")
        palette = app.screen

        def has_quotes_entry() -> bool:
            commands = palette.query_one("CommandList")
            return any(
                commands.get_option_at_index(i).prompt.plain.startswith(f"Quotes by {speaker}")
                for i in range(commands.option_count)
            )

        await wait_until(pilot, has_quotes_entry, what="a Quotes by entry")
        commands = palette.query_one("CommandList")
        target = next(
            i
            for i in range(commands.option_count)
            if commands.get_option_at_index(i).prompt.plain.startswith(f"Quotes by {speaker}")
        )
        commands.highlighted = target
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is app.main_screen, what="the palette to close")
        assert status(app).startswith(f"Quotes by {speaker} · quote 1 of")


async def test_facts_pane_switches_to_the_whole_briefing(two_articles: Path, make_app) -> None:
    app = make_app(two_articles)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        pane = app.main_screen.query_one(FactsPane)
        pane.focus()
        await pilot.press("f")
        assert pane.scope == "briefing"
        row = pane.get_option("entity:Fumio Kishida").prompt.plain
        assert "in 2 articles" in row
        pane.highlighted = pane.get_option_index("entity:Fumio Kishida")
        await pilot.press("enter")
        assert "article 1 of 2" in status(app)
        await pilot.press("escape")  # the profile Enter opened
        await pilot.press("f")
        assert pane.scope == "article"


async def test_problems_screen_lists_file_and_reason(tmp_path: Path, make_app) -> None:
    (tmp_path / "fine.txt").write_text("Fine\n\nA fine story.", encoding="utf-8")
    (tmp_path / "[bold]big[-].txt").write_text("x" * 5000, encoding="utf-8")
    app = make_app(tmp_path, max_bytes=1000)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        assert len(app.briefing.problems) == 1
        assert "1 problem (p)" in status(app)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        table = app.screen.query_one(DataTable)
        path, reason = (str(cell) for cell in table.get_row_at(0))
        assert path.endswith("[bold]big[-].txt") and reason
        await pilot.press("escape")
        assert app.screen is app.main_screen


async def test_document_text_is_never_markup(tmp_path: Path, make_app) -> None:
    title = "[bold red]Not bold[/] [link=http://x]link[/link] $accent"
    (tmp_path / "[i]odd[-i].txt").write_text(f"{title}\n\nFumio Kishida said [b]this[/b] today.", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        article_list = app.main_screen.query_one(ArticleList)
        prompt = article_list.get_option_at_index(0).prompt
        assert prompt.plain.startswith(title)
        assert "[i]odd[-i].txt" in prompt.plain
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "[bold red]Not bold[/]" in text
        assert "[b]this[/b]" in text
        await pilot.press("slash", *"bold")
        search = app.screen
        await wait_until(pilot, lambda: search.settled, what="search")
        for hit_number in range(search.results.option_count):
            assert "[bold red]" in search.results.get_option_at_index(hit_number).prompt.plain


async def test_narrow_and_wide_terminals_fit(seed_dir: Path, make_app) -> None:
    for size in ((80, 24), (100, 30), (200, 60)):
        app = make_app(seed_dir)
        async with app.run_test(size=size) as pilot:
            await wait_loaded(pilot)
            width, height = size
            for widget in app.main_screen.query("#article-view, #facts-pane, #article-list"):
                if not widget.display:
                    continue
                region = widget.region
                assert region.right <= width and region.bottom <= height, (size, widget.id, region)
                assert region.width >= 20 and region.height >= 3, (size, widget.id, region)
            assert app.main_screen.query_one("#article-list").display == (width >= 90)


async def test_mouse_click_chooses_an_entity(seed_dir: Path, make_app) -> None:
    app = make_app(seed_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        pane = app.main_screen.query_one(FactsPane)
        row = pane.get_option_index("entity:Fumio Kishida")
        await pilot.click(FactsPane, offset=(4, 1 + row - round(pane.scroll_y)))
        assert status(app).startswith("Fumio Kishida · mention 1 of")
        assert isinstance(app.screen, ProfileScreen)  # as Enter does
