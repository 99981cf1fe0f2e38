"""The main screen: article list, article, key facts, status line and load progress."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from briefing.model import Article
from briefing.ui.messages import ArticlesAdded, FactsReady, IndexReady, LoadFinished, LoadProgress, ProblemsFound
from briefing.ui.state import Library
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.facts_pane import FactsPane
from briefing.ui.widgets.status_line import StatusLine

NARROW_WIDTH = 120
STAGE_LABELS = {"read": "Reading files", "extract": "Extracting key facts", "index": "Building the search index"}


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket", "previous_article", "Prev article", key_display="[", id="main.previous_article"),
        Binding("right_square_bracket", "next_article", "Next article", key_display="]", id="main.next_article"),
        Binding("question_mark", "help", "Help", key_display="?", id="main.help"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.current: Article | None = None

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
        # Below this width three side-by-side panes get too cramped to read; stack instead.
        self.set_class(self.size.width < NARROW_WIDTH, "-narrow")

    # --- loading ------------------------------------------------------------------------

    def on_articles_added(self, message: ArticlesAdded) -> None:
        self.query_one(ArticleList).add_articles(message.articles)
        self.query_one(ArticleList).border_title = f"Articles ({len(self.library.articles):,})"

    def on_problems_found(self, message: ProblemsFound) -> None:
        for problem in message.problems:
            self.notify(str(problem), title="Could not load", severity="warning", markup=False)

    def on_load_progress(self, message: LoadProgress) -> None:
        progress = message.progress
        label = STAGE_LABELS.get(progress.stage, progress.stage)
        counts = f"{progress.done:,}" + (f" of {progress.total:,}" if progress.total else "")
        self.query_one("#progress-label", Static).update(f"{label}: {counts}")
        self.query_one("#progress-bar", ProgressBar).update(total=progress.total, progress=progress.done)
        self.query_one(StatusLine).set_activity(f"{label}…")

    def on_facts_ready(self, _: FactsReady) -> None:
        self.query_one(FactsPane).show_facts(self.current)

    def on_index_ready(self, _: IndexReady) -> None:
        self.query_one(StatusLine).set_activity("")

    def on_load_finished(self, message: LoadFinished) -> None:
        self.query_one("#progress-panel").display = False
        self.query_one(StatusLine).set_activity(self._summary(message.skipped))

    def _summary(self, skipped: int) -> str:
        parts = [f"{len(self.library.articles):,} articles"]
        if self.library.problems:
            parts.append(f"{len(self.library.problems)} problems")
        if skipped:
            parts.append(f"{skipped} files skipped")
        return ", ".join(parts)

    # --- navigation ---------------------------------------------------------------------

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
        self.query_one(FactsPane).show_facts(article)
        position = self.library.position(article_id) + 1
        self.query_one(StatusLine).set_location(f"article {position} of {len(self.library.articles):,}")

    def _step_article(self, step: int) -> None:
        if not self.library.articles:
            return
        position = self.library.position(self.current.id) if self.current else -1
        target = (position + step) % len(self.library.articles)
        self.show_article(self.library.articles[target].id)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_help(self) -> None:
        from briefing.ui.screens.help import HelpScreen

        nodes = [self.app, self, *self.query("ArticleList, ArticleView, FactsPane")]
        self.app.push_screen(HelpScreen(nodes))
