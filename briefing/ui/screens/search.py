"""Search as you type over every article: a query box, a line of counts, and the hits.

Every keystroke starts a search in a thread worker; ``exclusive=True`` cancels the
previous one, and the engine polls the worker's cancel flag, so typing never waits
for an older, slower query. ``Enter`` (or a click) closes the screen with the hits
and the chosen one; the main screen then walks them with n / N, as in less.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from briefing.loaded import Briefing
from briefing.search import Hit
from briefing.ui.type_ahead import TypeAheadScreen
from briefing.ui.widgets.search_results import SearchResults

LIMIT = 50
HINT = 'Type to search every article: words (typos are fine), "exact phrases", speaker:NAME, who:NAME'
# While the search index is still being built, look again this often (seconds).
INDEX_POLL = 0.2


@dataclass(frozen=True, slots=True)
class SearchChoice:
    query: str
    hits: list[Hit]  # in rank order
    position: int  # of the chosen hit in ``hits``


class SearchScreen(TypeAheadScreen[SearchChoice | None]):
    BOX = "#search-input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close"),
        Binding("down", "cursor(1)", "Next result", show=False, id="search.down"),
        Binding("up", "cursor(-1)", "Previous result", show=False, id="search.up"),
    ]

    def __init__(self, briefing: Briefing, query: str = "") -> None:
        super().__init__()
        self.briefing = briefing
        self.initial_query = query
        self._shown_query: str | None = None
        self._entered: str | None = None  # what was typed when Enter came before its results

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(value=self.initial_query, placeholder="Search all articles…", id="search-input")
            yield Static(HINT, id="search-summary", markup=False)
            yield SearchResults(id="search-results")

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = "Search"
        if self.initial_query:
            self.run_search(self.initial_query)

    @property
    def results(self) -> SearchResults:
        return self.query_one(SearchResults)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, thread=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        worker = get_current_worker()
        if not query.strip():
            self.app.call_from_thread(self._show, query, [], HINT)
            return
        search_index = self.briefing.search_index
        if search_index is None:
            self.app.call_from_thread(self._waiting, query)
            return
        hits = search_index.search(query, limit=LIMIT, cancel=lambda: worker.is_cancelled)
        if worker.is_cancelled:
            return
        articles = len({hit.article_id for hit in hits})
        if hits:
            more = "+" if len(hits) >= LIMIT else ""
            summary = f"{len(hits)}{more} hit{'s' if len(hits) != 1 else ''}"
            summary += f" in {articles} article{'s' if articles != 1 else ''}"
            summary += " · Enter jumps to the highlighted hit, then n / N walk the rest"
        else:
            summary = "No hits"
        self.app.call_from_thread(self._show, query, hits, summary)

    def _waiting(self, query: str) -> None:
        self.query_one("#search-summary", Static).update("Building the search index…")
        self.set_timer(INDEX_POLL, lambda: self._retry(query))

    def _retry(self, query: str) -> None:
        if self.is_attached and self.query_one(Input).value == query:
            self.run_search(query)

    def _show(self, query: str, hits: list[Hit], summary: str) -> None:
        # A slower, older search must not overwrite a newer one's results.
        if not self.is_attached or self.query_one(Input).value != query:
            return
        self._shown_query = query
        self.query_one("#search-summary", Static).update(summary)
        self.results.show_hits(hits)
        if self._entered == query and hits:
            self._choose(0)  # "/sov⏎" typed in one go, as in fzf: the first hit, once there are hits

    @property
    def settled(self) -> bool:
        """The results on screen belong to what is typed (tests and scripts wait for this)."""
        return self._shown_query == self.query_one(Input).value

    # --- choosing ----------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        results = self.results
        if not results.option_count:
            return
        if step > 0:
            results.action_cursor_down()
        else:
            results.action_cursor_up()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, _: Input.Submitted) -> None:
        if self.settled:
            if self.results.hits:
                self._choose(self.results.highlighted or 0)
        else:
            self._entered = self.query_one(Input).value

    @on(SearchResults.HitChosen)
    def _hit_chosen(self, message: SearchResults.HitChosen) -> None:
        self._choose(message.position)

    def _choose(self, position: int) -> None:
        hits = self.results.hits
        if 0 <= position < len(hits):
            self.dismiss(SearchChoice(self.query_one(Input).value, hits, position))

    def action_close(self) -> None:
        self.dismiss(None)
