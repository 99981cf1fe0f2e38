"""The main screen: article list, article, key facts, status line and load progress.

The screen owns the current selection (a ``Walk`` over mentions, quotes or search hits)
and decides what the widgets' messages mean; the widgets only show things and post
messages upward.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.timer import Timer
from textual.widgets import Footer, ProgressBar, Static

from briefing.events import (
    ArticlesRead,
    FactIndexReady,
    FactsReady,
    Finished,
    ProblemsFound,
    Progress,
    Refreshed,
    SearchIndexReady,
    Warned,
)
from briefing.loaded import Briefing
from briefing.model import Article, Facts
from briefing.ui.messages import SessionEvent
from briefing.ui.screens.reading import ReadingScreen
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from briefing.ui.widgets.status_line import StatusLine
from briefing.walk import (
    Stop,
    Walk,
    article_quotes_walk,
    article_spans_walk,
    entity_walk,
    search_walk,
    speaker_walk,
    timeline_walk,
)

if TYPE_CHECKING:
    from briefing.ui.screens.search import SearchChoice
    from briefing.ui.screens.timeline import TimelineChoice

# Below this width three panes side by side get too cramped: the facts pane goes under the article.
NARROW_WIDTH = 120
# Below this width even two columns are too tight: the article list is hidden (Tab still reaches the rest).
TINY_WIDTH = 90
STAGE_LABELS = {"read": "Reading files", "extract": "Extracting key facts", "index": "Building the search index"}
# Articles changing faster than this means a held key: the facts pane waits until they stop that
# long (rebuilding it costs more than a frame, and facts flashing past help nobody).
FACTS_SETTLE_S = 0.12


class MainScreen(ReadingScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_stop", "Next", id="main.next"),
        Binding("N", "previous_stop", "Previous", id="main.previous"),
        Binding("slash", "search", "Search", key_display="/", id="main.search"),
        Binding("quotation_mark", "speaker_quotes", "Their quotes", key_display='"', id="main.speaker_quotes"),
        Binding("right_parenthesis", "next_quote", "Next quote", key_display=")", id="main.next_quote"),
        Binding(
            "left_parenthesis", "previous_quote", "Prev quote", key_display="(", show=False, id="main.previous_quote"
        ),
        Binding(
            "left_square_bracket",
            "previous_article",
            "Prev article",
            key_display="[",
            show=False,
            id="main.previous_article",
        ),
        Binding(
            "right_square_bracket", "next_article", "Next article", key_display="]", show=False, id="main.next_article"
        ),
        Binding("t", "timeline", "Timeline", id="main.timeline"),
        Binding("escape", "clear_selection", "Clear", id="main.clear"),
        Binding("p", "problems", "Problems", id="main.problems"),
        Binding("question_mark", "help", "Help", key_display="?", id="main.help"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.current: Article | None = None
        self.walk: Walk | None = None
        self.last_query = ""
        # Marks of the walk in the shown article, computed once per (walk, article), not per keypress.
        self._marked: tuple[int, int] | None = None
        self._article_shown_at = float("-inf")  # monotonic time of the last article change
        self._facts_timer: Timer | None = None
        self._drawings_ahead = 0  # drawings ahead begun: one under way stops once another has begun

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="article-list")
            yield ArticleView(id="article-view")
            yield FactsPane(id="facts-pane")
        with Vertical(id="progress-panel"):
            yield Static("", id="progress-label", markup=False)
            yield ProgressBar(id="progress-bar", show_eta=True)
        yield StatusLine(id="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleList).border_title = "Articles"
        self.query_one(FactsPane).border_title = "Key facts"
        self.query_one(ArticleList).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(self.size.width < TINY_WIDTH, "-tiny")

    # --- loading ------------------------------------------------------------------------

    def on_session_event(self, message: SessionEvent) -> None:
        """What the screen does with each event of the load (the app has already put it in the briefing)."""
        match message.event:
            case ArticlesRead(articles=articles):
                self._articles_read(articles)
            case ProblemsFound(problems=problems):
                self._problems_found(len(problems))
            case Warned(message=warning):
                self._warned(warning)
            case Progress() as progress:
                self._progressed(progress)
            case FactsReady(start=start, end=end):
                here = self._position()
                if self.current is not None and start <= here < end:
                    self._show_facts_of(self.current)  # the pane fills in as soon as the facts are here
            case FactIndexReady():
                self._show_facts_of(self.current)
            case SearchIndexReady():
                self.query_one(StatusLine).set_activity("")
            case Finished(skipped=skipped):
                self.query_one("#progress-panel").display = False
                self.query_one(StatusLine).set_activity(self._summary(skipped))
            case Refreshed() as refreshed:
                self.action_clear_selection()  # its places were in the briefing as it was
                self.refreshed(refreshed)
                self._update_status()

    def _articles_read(self, articles: Sequence[Article]) -> None:
        self.query_one(ArticleList).add_articles(articles)
        self.query_one(ArticleList).border_title = self.list_title()
        self._update_status()

    def _problems_found(self, count: int) -> None:
        # One short notice; the file names (untrusted) are listed on the Problems screen, never parsed.
        self.notify(
            f"{count} input{'s' if count != 1 else ''} could not be read: press p to see why",
            title="Problems",
            severity="warning",
            markup=False,
        )
        self._update_status()

    def _warned(self, warning: str) -> None:
        # Trouble with the cache or the workers: it costs time, not articles. Kept on the Problems screen too.
        self.notify(warning, title="Warning", severity="warning", markup=False)
        self._update_status()

    def _progressed(self, progress: Progress) -> None:
        label = STAGE_LABELS.get(progress.stage, progress.stage)
        counts = f"{progress.done:,}" + (f" of {progress.total:,}" if progress.total else "")
        # One line of fixed height: no layout pass for a new count (ten of them a second while loading).
        self.query_one("#progress-label", Static).update(f"{label}: {counts}", layout=False)
        self.query_one("#progress-bar", ProgressBar).update(total=progress.total, progress=progress.done)
        self.query_one(StatusLine).set_activity(f"{label}…")

    def _summary(self, skipped: int) -> str:
        count = len(self.briefing.articles)
        parts = [f"{count:,} article{'s' if count != 1 else ''}"]
        if skipped:
            parts.append(f"{skipped} files skipped")
        return ", ".join(parts)

    # --- articles ----------------------------------------------------------------------

    @on(ArticleList.Chosen)
    async def _article_chosen(self, message: ArticleList.Chosen) -> None:
        self.show_article(message.article_id)
        await self._drawn_together()

    async def _drawn_together(self) -> None:
        """Let the panes this key changed ask for their repaint before the screen goes idle, so that one frame
        draws them all. Each pane asks when it is next idle itself; the screen draws as soon as it is idle,
        and would otherwise draw the list's cursor alone and the article and its facts a frame later
        (16 ms on, or more)."""
        await asyncio.sleep(0)

    def show_article(self, article_id: str) -> None:
        article = self.briefing.get(article_id)
        if article is None or article is self.current:
            return
        self.current = article
        self.article_shown(article)
        self.query_one(ArticleList).select_article(article_id)
        self.query_one(ArticleView).show_article(article)
        self._follow_with_facts(article)
        self._marked = None
        if self.walk is not None:
            # Keep the selection's marks in view while browsing; n / N continue from here.
            self._mark_walk_in_current(focus=False)
        self._update_status()

    def _follow_with_facts(self, article: Article) -> None:
        """The facts are drawn with the article when their list was drawn ahead (``_prepare_next``); otherwise
        the article is drawn first and its facts follow a frame later, or once a held key is let go."""
        now = time.monotonic()
        held = now - self._article_shown_at < FACTS_SETTLE_S
        self._article_shown_at = now
        if self._facts_timer is not None:
            self._facts_timer.stop()
            self._facts_timer = None
        if held:
            self._facts_timer = self.set_timer(FACTS_SETTLE_S, lambda: self._show_facts_of(article))
        elif self.query_one(FactsPane).is_ready(article, facts := self._facts_of(article)):
            self._show_facts(article, facts)
        else:
            self.call_after_refresh(self._show_facts_of, article)

    def _show_facts_of(self, article: Article | None) -> None:
        if article is self.current:
            self._show_facts(article, self._facts_of(article) if article is not None else None)

    def _show_facts(self, article: Article | None, facts: Facts | None) -> None:
        self.query_one(FactsPane).show_facts(article, facts, self.briefing.fact_index)
        self.call_after_refresh(self._start_drawing_ahead, article)

    @work(name="draw ahead", group="draw-ahead")
    async def _start_drawing_ahead(self, article: Article | None) -> None:
        # In a worker, not in this screen's handling of messages: the screen goes on drawing frames (facts that
        # follow a frame later, say) between its pieces. Not cancelled when a new one starts (whoever awaits
        # the app's workers would see it fail): the one under way stops at its next piece.
        await self._prepare_next(article)

    async def _prepare_next(self, article: Article | None) -> None:
        """Once the screen is complete, draw ahead where n and j lead from here (the article, the list's rows
        there and the facts pane's list, as on the screen), so those keys need not wait for any of it.

        A piece at a time, letting the event loop run between pieces: a key pressed meanwhile is handled once
        the piece under way is done (a millisecond or two), not after all of them (tens), and the pieces left
        are dropped once it has moved on (or another drawing ahead has begun)."""
        self._drawings_ahead += 1
        this = self._drawings_ahead
        for _ in self._draw_ahead(article):
            await asyncio.sleep(0)
            if article is not self.current or this != self._drawings_ahead:
                return

    def _draw_ahead(self, article: Article | None) -> Iterator[None]:
        articles = self.briefing.articles
        if article is None or article is not self.current or not articles:
            return
        here, walk = self._position(), self.walk
        view, rows, facts = self.query_one(ArticleView), self.query_one(ArticleList), self.query_one(FactsPane)
        # Where n leads (its next stop current: here, scrolled to it, or the next article's first), then j
        # (the next article, no stop current).
        ahead: list[tuple[int, Stop | None]] = [((here + 1) % len(articles), None)]
        if walk is not None and walk and walk.article == here:
            segment = walk.segments[walk.segment]
            if walk.stop + 1 < len(segment.stops):
                after = segment.stops[walk.stop + 1]
                top = round(view.scroll_y)
                yield from view.draw_ahead(article, walk.marks_in(here), after.current_marks, after.mark.start, top=top)
            # The next article n reaches, now or after this article's other stops.
            following = walk.segments[(walk.segment + 1) % len(walk.segments)]
            ahead.insert(0, (following.article, following.stops[0]))
        for position, stop in ahead:
            target = articles[position]
            marks = walk.marks_in(position) if walk is not None else []
            if stop is None:
                yield from view.draw_ahead(target, marks)
            else:
                yield from view.draw_ahead(target, marks, stop.current_marks, stop.mark.start)
            yield from rows.draw_ahead(target.id)
            yield from facts.draw_ahead(target, self.briefing.facts.unpack(position))

    def _facts_of(self, article: Article) -> Facts | None:
        return self.briefing.facts.unpack(self.briefing.position(article.id))

    def _position(self) -> int:
        return self.briefing.position(self.current.id) if self.current else -1

    def _step_article(self, step: int) -> None:
        if not self.briefing.articles:
            return
        target = (self._position() + step) % len(self.briefing.articles)
        self.show_article(self.briefing.articles[target].id)

    async def action_previous_article(self) -> None:
        self._step_article(-1)
        await self._drawn_together()

    async def action_next_article(self) -> None:
        self._step_article(1)
        await self._drawn_together()

    # --- selections: entities, speakers, quotes, search hits -----------------------------

    @on(FactsPane.EntityChosen)
    def _entity_chosen(self, message: FactsPane.EntityChosen) -> None:
        """Select the entity, as ever (Escape from its profile leaves it selected), and open its profile over it."""
        self.select_entity(message.name)
        self.open_profile(message.name)

    @on(FactsPane.ProfileAsked)
    def _profile_asked(self, message: FactsPane.ProfileAsked) -> None:
        self.open_profile(message.name)

    @on(FactsPane.SpeakerChosen)
    def _speaker_chosen(self, message: FactsPane.SpeakerChosen) -> None:
        self.walk_speaker(message.name)

    @on(FactsPane.QuoteChosen)
    def _quote_chosen(self, message: FactsPane.QuoteChosen) -> None:
        self.show_quote(message.article_id, message.quote_position)

    @on(FactsPane.SpanChosen)
    def _span_chosen(self, message: FactsPane.SpanChosen) -> None:
        article = self.briefing.get(message.article_id)
        if article is None:
            return
        position = self.briefing.position(article.id)
        # Every figure (or date) of the article, starting at the one chosen.
        walk = article_spans_walk(self._facts_of(article), position, message.unit)
        if not walk:
            return
        walk.go_to(position, message.start)
        self._set_walk(walk)

    def select_entity(self, name: str) -> None:
        """Highlight every mention of an entity and go to the first (in this article if it has one)."""
        if self.briefing.fact_index is None:
            self.notify("Key facts are still being extracted", markup=False)
            return
        walk = entity_walk(self.briefing, self.briefing.fact_index, name)
        self._start_walk(walk)
        self.query_one(FactsPane).select_entity_row(name)

    def walk_speaker(self, speaker: str) -> None:
        if self.briefing.fact_index is None:
            return
        self._start_walk(speaker_walk(self.briefing, self.briefing.fact_index, speaker))

    def show_quote(self, article_id: str, quote_position: int) -> None:
        article = self.briefing.get(article_id)
        facts = self._facts_of(article) if article is not None else None
        if article is None or facts is None or not 0 <= quote_position < len(facts.quotes):
            return
        walk = article_quotes_walk(article, facts, self.briefing.position(article_id))
        walk.go_to(walk.article, facts.quotes[quote_position].start)
        self._set_walk(walk)

    def show_search(self, choice: SearchChoice) -> None:
        """Walk the hits of a search in the order it ranked them, starting at the chosen one."""
        self.last_query = choice.query
        walk = search_walk(f"“{choice.query}”", choice.hits)
        if not walk:
            return
        chosen = choice.hits[choice.position].mark
        walk.go_to(chosen.position, chosen.start)
        self._set_walk(walk)

    def show_timeline(self, choice: TimelineChoice) -> None:
        """Show the chosen date of a timeline in its sentence; n / N then walk the timeline's rows."""
        walk = timeline_walk(choice.timeline)
        if not walk:
            return
        walk.go(choice.row)
        self._set_walk(walk)

    def _start_walk(self, walk: Walk) -> None:
        if not walk:
            self.notify(f"{walk.label}: nothing to show", markup=False)
            return
        here = self._position()
        if walk.stops_in(here):
            walk.go_to(here, 0)
        self._set_walk(walk)

    def _set_walk(self, walk: Walk) -> None:
        self.walk = walk
        self._marked = None
        self._go_to_stop()

    def _go_to_stop(self) -> None:
        walk = self.walk
        if walk is None or not walk:
            return
        article = self.briefing.articles[walk.article]
        moved = article is not self.current
        self.show_article(article.id)
        self._mark_walk_in_current(focus=True)
        self._update_status()
        if not moved:  # (a new article draws ahead once its facts are shown)
            self.call_after_refresh(self._start_drawing_ahead, article)

    def _mark_walk_in_current(self, *, focus: bool) -> None:
        walk, view = self.walk, self.query_one(ArticleView)
        if walk is None:
            return
        here = self._position()
        if self._marked != (id(walk), here):
            view.set_marks(walk.marks_in(here))
            self._marked = (id(walk), here)
        if focus and walk.article == here:
            stop = walk.current
            view.set_current_marks(stop.current_marks, scroll_to=stop.mark.start)
        else:
            view.set_current_marks(())

    async def action_next_stop(self) -> None:
        self._step_walk(forward=True)
        await self._drawn_together()

    async def action_previous_stop(self) -> None:
        self._step_walk(forward=False)
        await self._drawn_together()

    def _step_walk(self, *, forward: bool) -> None:
        walk = self.walk
        if walk is None or not walk:
            self.notify("Nothing selected: choose an entity, a quote, or search with /", markup=False)
            return
        here = self._position()
        # Unfocused marks in this article mean the reader browsed here by hand: continue from this article.
        browsed = here if here != walk.article else None
        if forward:
            walk.next(browsed)
        else:
            walk.previous(browsed)
        self._go_to_stop()

    def action_clear_selection(self) -> None:
        self.walk = None
        self._marked = None
        self.query_one(ArticleView).clear_marks()
        self._update_status()

    def action_speaker_quotes(self) -> None:
        """Walk the quotes of the selected person (or the person highlighted in the facts pane)."""
        walk, speakers = self.walk, self.briefing.fact_index.speakers if self.briefing.fact_index else {}
        if walk is not None and walk.unit == "quote" and walk.subject:
            self._step_walk(forward=True)
            return
        person = None
        if walk is not None and walk.subject and walk.subject in speakers:
            person = walk.subject
        if person is None:
            person = self.query_one(FactsPane).highlighted_person()
        if person is None or person not in speakers:
            self.notify("Choose a person who is quoted first", markup=False)
            return
        self.walk_speaker(person)

    async def action_next_quote(self) -> None:
        self._step_quote(forward=True)
        await self._drawn_together()

    async def action_previous_quote(self) -> None:
        self._step_quote(forward=False)
        await self._drawn_together()

    def _step_quote(self, *, forward: bool) -> None:
        article = self.current
        if article is None:
            return
        walk = self.walk
        if walk is not None and walk.unit == "quote" and not walk.subject and walk.article == self._position():
            self._step_walk(forward=forward)
            return
        walk = article_quotes_walk(article, self._facts_of(article), self._position())
        if not walk:
            self.notify("No quotes in this article", markup=False)
            return
        if not forward:
            walk.previous()
        self._set_walk(walk)

    # --- other screens -----------------------------------------------------------------

    def action_search(self) -> None:
        from briefing.ui.screens.search import SearchScreen

        def chosen(choice: SearchChoice | None) -> None:
            if choice is not None:
                self.show_search(choice)

        self.app.push_screen(SearchScreen(self.briefing, self.last_query), chosen)

    def open_profile(self, name: str) -> None:
        """The entity's profile; a row chosen there comes back as the walk to follow."""
        if self.briefing.fact_index is None:
            return  # select_entity has said why
        from briefing.ui.screens.profile import open_profile

        screen = open_profile(self.briefing, name)
        if screen is None:
            self.notify(f"No profile of {name}: not a person, organisation or place", markup=False)
            return

        def followed(walk: Walk | None) -> None:
            if walk is not None:
                self._set_walk(walk)

        self.app.push_screen(screen, followed)

    def action_timeline(self) -> None:
        """The timeline of the selected entity (the one being walked), else of the whole briefing."""
        from briefing.timeline import build_timeline
        from briefing.ui.screens.timeline import TimelineScreen

        walk, fact_index = self.walk, self.briefing.fact_index
        subject = walk.subject if walk is not None else ""
        if subject and fact_index is None:
            self.notify("Key facts are still being extracted", markup=False)
            return
        if subject and fact_index is not None:
            subject = fact_index.identity.canonical(subject)
        # Reopened while walking a timeline: the cursor goes back to the date the reader is on.
        at = walk.current.mark if walk is not None and walk and walk.unit == "date" and walk.ranked else None

        def chosen(choice: TimelineChoice | None) -> None:
            if choice is not None:
                self.show_timeline(choice)

        # An entity's timeline is built at once (tens of milliseconds at 10,000 articles), so the screen opens
        # listed; the whole briefing's is built by the screen, in a worker.
        built = build_timeline(self.briefing, subject) if subject else None
        self.app.push_screen(TimelineScreen(self.briefing, subject, at, built), chosen)

    def action_problems(self) -> None:
        if not self.briefing.problems and not self.briefing.warnings:
            self.notify("No problems: every input was read", markup=False)
            return
        from briefing.ui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.briefing.problems, self.briefing.warnings))

    def action_help(self) -> None:
        from briefing.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.binding_nodes()))

    def binding_nodes(self) -> list[DOMNode]:
        """Where the keys of this screen live: the app, the screen and its panes (for the help screen)."""
        return [self.app, self, *self.query("ArticleList, ArticleView, FactsPane")]

    # --- status ------------------------------------------------------------------------

    def _update_status(self) -> None:
        status = self.query_one(StatusLine)
        status.set_problems(len(self.briefing.problems) + len(self.briefing.warnings))
        if self.walk is not None and self.walk and self.walk.article == self._position():
            status.set_location(self.walk.status())
            return
        if self.current is None:
            status.set_location("")
            return
        where = f"article {self._position() + 1} of {len(self.briefing.articles):,}"
        if self.walk is not None and self.walk:
            count = len(self.walk.stops_in(self._position()))
            where += f" · {self.walk.label}: {count} here, n / N to walk"
        status.set_location(where)
