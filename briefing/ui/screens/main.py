"""The main screen: article list, article, key facts, status line and load progress.

The screen owns the current selection (a ``Walk`` over mentions, quotes or search hits)
and decides what the widgets' messages mean; the widgets only show things and post
messages upward.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from briefing.model import Article
from briefing.ui.messages import ArticlesAdded, FactsReady, IndexReady, LoadFinished, LoadProgress, ProblemsFound
from briefing.ui.state import Library
from briefing.ui.walk import (
    Segment,
    Stop,
    Walk,
    article_quotes_walk,
    entity_walk,
    search_walk,
    speaker_walk,
)
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView, Highlight
from briefing.ui.widgets.facts_pane import FactsPane
from briefing.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from briefing.ui.screens.search import SearchChoice

# Below this width three panes side by side get too cramped: the facts pane goes under the article.
NARROW_WIDTH = 120
# Below this width even two columns are too tight: the article list is hidden (Tab still reaches the rest).
TINY_WIDTH = 90
STAGE_LABELS = {"read": "Reading files", "extract": "Extracting key facts", "index": "Building the search index"}


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_stop", "Next", id="main.next"),
        Binding("N", "previous_stop", "Previous", id="main.previous"),
        Binding("slash", "search", "Search", key_display="/", id="main.search"),
        Binding("quotation_mark", "speaker_quotes", "Their quotes", key_display='"', id="main.speaker_quotes"),
        Binding("right_parenthesis", "next_quote", "Next quote", key_display=")", id="main.next_quote"),
        Binding("left_parenthesis", "previous_quote", "Prev quote", key_display="(", show=False,
                id="main.previous_quote"),
        Binding("left_square_bracket", "previous_article", "Prev article", key_display="[", show=False,
                id="main.previous_article"),
        Binding("right_square_bracket", "next_article", "Next article", key_display="]", show=False,
                id="main.next_article"),
        Binding("escape", "clear_selection", "Clear", id="main.clear"),
        Binding("p", "problems", "Problems", id="main.problems"),
        Binding("question_mark", "help", "Help", key_display="?", id="main.help"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.current: Article | None = None
        self.walk: Walk | None = None
        self.last_query = ""
        # Marks of the walk in the shown article, computed once per (walk, article), not per keypress.
        self._marked: tuple[int, int] | None = None

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

    def on_articles_added(self, message: ArticlesAdded) -> None:
        self.query_one(ArticleList).add_articles(message.articles)
        self.query_one(ArticleList).border_title = f"Articles ({len(self.library.articles):,})"
        self._update_status()

    def on_problems_found(self, message: ProblemsFound) -> None:
        count = len(message.problems)
        # One short notice; the file names (untrusted) are listed on the Problems screen, never parsed.
        self.notify(
            f"{count} input{'s' if count != 1 else ''} could not be read: press p to see why",
            title="Problems",
            severity="warning",
            markup=False,
        )
        self._update_status()

    def on_load_progress(self, message: LoadProgress) -> None:
        progress = message.progress
        label = STAGE_LABELS.get(progress.stage, progress.stage)
        counts = f"{progress.done:,}" + (f" of {progress.total:,}" if progress.total else "")
        # One line of fixed height: no layout pass for a new count (ten of them a second while loading).
        self.query_one("#progress-label", Static).update(f"{label}: {counts}", layout=False)
        self.query_one("#progress-bar", ProgressBar).update(total=progress.total, progress=progress.done)
        self.query_one(StatusLine).set_activity(f"{label}…")

    def on_facts_ready(self, message: FactsReady) -> None:
        self.query_one(FactsPane).show_facts(self.current, message.index)

    def on_index_ready(self, _: IndexReady) -> None:
        self.query_one(StatusLine).set_activity("")

    def on_load_finished(self, message: LoadFinished) -> None:
        self.query_one("#progress-panel").display = False
        self.query_one(StatusLine).set_activity(self._summary(message.skipped))

    def _summary(self, skipped: int) -> str:
        count = len(self.library.articles)
        parts = [f"{count:,} article{'s' if count != 1 else ''}"]
        if skipped:
            parts.append(f"{skipped} files skipped")
        return ", ".join(parts)

    # --- articles ----------------------------------------------------------------------

    @on(ArticleList.Chosen)
    def _article_chosen(self, message: ArticleList.Chosen) -> None:
        self.show_article(message.article_id)

    def show_article(self, article_id: str) -> None:
        article = self.library.get(article_id)
        if article is None or article is self.current:
            return
        self.current = article
        self.query_one(ArticleList).select_article(article_id)
        self.query_one(ArticleView).show_article(article)
        # The article is drawn first; its facts follow a frame later, so browsing stays quick.
        self.call_after_refresh(self._show_facts_of, article)
        self._marked = None
        if self.walk is not None:
            # Keep the selection's marks in view while browsing; n / N continue from here.
            self._mark_walk_in_current(focus=False)
        self._update_status()

    def _show_facts_of(self, article: Article) -> None:
        if article is self.current:
            self.query_one(FactsPane).show_facts(article, self.library.facts if self.library.facts_ready else None)

    def _position(self) -> int:
        return self.library.position(self.current.id) if self.current else -1

    def _step_article(self, step: int) -> None:
        if not self.library.articles:
            return
        target = (self._position() + step) % len(self.library.articles)
        self.show_article(self.library.articles[target].id)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_article(self) -> None:
        self._step_article(1)

    # --- selections: entities, speakers, quotes, search hits -----------------------------

    @on(FactsPane.EntityChosen)
    def _entity_chosen(self, message: FactsPane.EntityChosen) -> None:
        self.select_entity(message.name)

    @on(FactsPane.SpeakerChosen)
    def _speaker_chosen(self, message: FactsPane.SpeakerChosen) -> None:
        self.walk_speaker(message.name)

    @on(FactsPane.QuoteChosen)
    def _quote_chosen(self, message: FactsPane.QuoteChosen) -> None:
        self.show_quote(message.article_id, message.index)

    @on(FactsPane.SpanChosen)
    def _span_chosen(self, message: FactsPane.SpanChosen) -> None:
        article = self.library.get(message.article_id)
        if article is None:
            return
        label = " ".join(article.body[message.start : message.end].split())
        segment = Segment(self.library.position(article.id), [Stop(message.start, message.end)])
        self._start_walk(Walk(label, "place", [segment]))

    def select_entity(self, name: str) -> None:
        """Highlight every mention of an entity and go to the first (in this article if it has one)."""
        if not self.library.facts_ready:
            self.notify("Key facts are still being extracted", markup=False)
            return
        walk = entity_walk(self.library.articles, self.library.facts, name)
        self._start_walk(walk)
        self.query_one(FactsPane).select_entity_row(name)

    def walk_speaker(self, speaker: str) -> None:
        if not self.library.facts_ready:
            return
        self._start_walk(speaker_walk(self.library.articles, self.library.facts, speaker))

    def show_quote(self, article_id: str, number: int) -> None:
        article = self.library.get(article_id)
        if article is None or article.facts is None or not 0 <= number < len(article.facts.quotes):
            return
        walk = article_quotes_walk(article, self.library.position(article_id))
        quote = article.facts.quotes[number]
        walk.go_to(walk.article, quote.start)
        self._set_walk(walk)

    def show_search(self, choice: SearchChoice) -> None:
        """Walk the hits of a search in briefing order, starting at the chosen one."""
        self.last_query = choice.query
        merged: dict[tuple[int, int, int], set[tuple[int, int]]] = {}
        for hit in choice.hits:
            position = self.library.position(hit.article_id)
            if position < 0:
                continue
            merged.setdefault((position, hit.start, hit.end), set()).update(map(tuple, hit.body_highlights))
        stops = [
            (position, Stop(start, end, "search", tuple(sorted(extra))))
            for (position, start, end), extra in merged.items()
        ]
        walk = search_walk(f"“{choice.query}”", stops)
        if not walk:
            return
        chosen = choice.hits[choice.index]
        walk.go_to(self.library.position(chosen.article_id), chosen.start)
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
        article = self.library.articles[walk.article]
        self.show_article(article.id)
        self._mark_walk_in_current(focus=True)
        self._update_status()

    def _mark_walk_in_current(self, *, focus: bool) -> None:
        walk, view = self.walk, self.query_one(ArticleView)
        if walk is None:
            return
        here = self._position()
        if self._marked != (id(walk), here):
            view.set_highlights(_marks(walk.stops_in(here)))
            self._marked = (id(walk), here)
        if focus and walk.article == here:
            stop = walk.current
            view.set_focus_ranges(_focus(stop), scroll_to=stop.start)
        else:
            view.set_focus_ranges(())

    def action_next_stop(self) -> None:
        self._step_walk(forward=True)

    def action_previous_stop(self) -> None:
        self._step_walk(forward=False)

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
        self.query_one(ArticleView).clear_highlights()
        self._update_status()

    def action_speaker_quotes(self) -> None:
        """Walk the quotes of the selected person (or the person highlighted in the facts pane)."""
        walk, index = self.walk, self.library.facts
        if walk is not None and walk.unit == "quote" and walk.subject:
            self._step_walk(forward=True)
            return
        person = None
        if walk is not None and walk.subject and walk.subject in index.speakers:
            person = walk.subject
        if person is None:
            person = self.query_one(FactsPane).highlighted_person()
        if person is None or person not in index.speakers:
            self.notify("Choose a person who is quoted first", markup=False)
            return
        self.walk_speaker(person)

    def action_next_quote(self) -> None:
        self._step_quote(forward=True)

    def action_previous_quote(self) -> None:
        self._step_quote(forward=False)

    def _step_quote(self, *, forward: bool) -> None:
        article = self.current
        if article is None:
            return
        walk = self.walk
        if walk is not None and walk.unit == "quote" and not walk.subject and walk.article == self._position():
            self._step_walk(forward=forward)
            return
        walk = article_quotes_walk(article, self._position())
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

        self.app.push_screen(SearchScreen(self.library, self.last_query), chosen)

    def action_problems(self) -> None:
        if not self.library.problems:
            self.notify("No problems: every input was read", markup=False)
            return
        from briefing.ui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.library.problems))

    def action_help(self) -> None:
        from briefing.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.binding_nodes()))

    def binding_nodes(self) -> list[Any]:
        """Where the keys of this screen live: the app, the screen and its panes (for the help screen)."""
        return [self.app, self, *self.query("ArticleList, ArticleView, FactsPane")]

    # --- status ------------------------------------------------------------------------

    def _update_status(self) -> None:
        status = self.query_one(StatusLine)
        status.set_problems(len(self.library.problems))
        if self.walk is not None and self.walk and self.walk.article == self._position():
            status.set_location(self.walk.status())
            return
        if self.current is None:
            status.set_location("")
            return
        where = f"article {self._position() + 1} of {len(self.library.articles):,}"
        if self.walk is not None and self.walk:
            count = len(self.walk.stops_in(self._position()))
            where += f" · {self.walk.label}: {count} here, n / N to walk"
        status.set_location(where)


def _marks(stops: Sequence[Stop]) -> list[Highlight]:
    marks: list[Highlight] = []
    for stop in stops:
        if stop.kind == "search":
            if stop.end > stop.start:
                marks.append(Highlight(stop.start, stop.end, "search"))
            marks.extend(Highlight(start, end, "search-word") for start, end in stop.extra)
        else:
            marks.append(Highlight(stop.start, stop.end, stop.kind))  # type: ignore[arg-type]
    return marks


def _focus(stop: Stop) -> tuple[Highlight, ...]:
    if stop.kind.startswith("quote"):
        return (Highlight(stop.start, stop.end, "quote-current"),
                *(Highlight(start, end, "attribution") for start, end in stop.extra))
    if stop.kind == "search" and stop.extra:
        return tuple(Highlight(start, end, "current") for start, end in stop.extra)
    return (Highlight(stop.start, stop.end, "current"),)

