"""The main screen's reading keys: refresh (r), read and unread (m, M, u), stars (s), notes (a) and
copying a quote (y), and what the list shows of them.

Kept apart from ``main`` (which derives from this): the reading state is one concern, and the
article list only shows what it is told (``ArticleList.prompt_of``, ``show_articles``).
An article counts as read once it has been shown for ``READ_AFTER_S``, never as the cursor passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, cast

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer

from briefing.events import Refreshed
from briefing.loaded import Briefing
from briefing.model import Article
from briefing.reading import Reading
from briefing.sanitize import one_line
from briefing.starring import article_star, citation, entity_star, figure_star, quote_star
from briefing.state import Star
from briefing.ui.messages import ReadingReady, RefreshDone
from briefing.ui.widgets.article_list import ArticleList, article_prompt
from briefing.ui.widgets.facts_pane import FactsPane
from briefing.walk import Walk


class Refreshes(Protocol):
    """What this screen needs of the app, which owns the sources and runs the refresh."""

    @property
    def refreshing(self) -> bool: ...

    def request_refresh(self) -> object: ...


READ_AFTER_S = 1.5  # shown this long, the article counts as read


class ReadingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh_sources", "Refresh", show=False, id="main.refresh"),
        Binding("m", "toggle_read", "Read/unread", show=False, id="main.toggle_read"),
        Binding("M", "all_read", "All read", show=False, id="main.all_read"),
        Binding("u", "unread_only", "Unread only", show=False, id="main.unread_only"),
        Binding("s", "star", "Star", show=False, id="main.star"),
        Binding("a", "note", "Note", show=False, id="main.note"),
        Binding("y", "copy_quote", "Copy quote", show=False, id="main.copy_quote"),
    ]

    briefing: Briefing
    current: Article | None
    walk: Walk | None

    def __init__(self) -> None:
        super().__init__()
        self.reading: Reading | None = None
        self.unread_only = False
        self._read_timer: Timer | None = None
        self._word_counts: dict[str, tuple[Article, int]] = {}

    # --- hooks for the main screen -----------------------------------------------------

    def on_mount(self) -> None:
        # From the first article on, so each word count is made while loading, not all at once after it.
        self.query_one(ArticleList).prompt_of = self.prompt_of

    def article_shown(self, article: Article) -> None:
        """The reader moved to an article: it is read if they are still on it in a moment."""
        if self._read_timer is not None:
            self._read_timer.stop()
        if self.reading is not None and self.reading.is_unread(article.id):
            self._read_timer = self.set_timer(READ_AFTER_S, lambda: self._read_still_shown(article))

    def list_title(self) -> str:
        """The article list's title: how many articles, how many unread and new."""
        total = f"Articles ({len(self.briefing.articles):,}"
        if self.reading is None:
            return total + ")"
        unread, new = self.reading.counts(self.briefing.articles)
        return total + f" · {unread:,} unread" + (f" · {new:,} new" if new else "") + ")"

    def prompt_of(self, article: Article) -> Content:
        reading = self.reading
        if reading is None:
            return article_prompt(article, words=self._words(article))
        badges = ["★"] if reading.article_starred(article.id) else []
        note = reading.notes.get(article.id)
        if note:
            badges.append(f"✎ {one_line(note, limit=60)}")
        unread, mark = reading.is_unread(article.id), reading.mark(article.id)
        return article_prompt(article, unread=unread, mark=mark, badges=" ".join(badges), words=self._words(article))

    def _words(self, article: Article) -> int:
        """The article's word count, counted once: all the rows are drawn again when the read state arrives."""
        counted = self._word_counts.get(article.id)
        if counted is None or counted[0] is not article:  # an updated article is a new object
            counted = self._word_counts[article.id] = (article, article.word_count)
        return counted[1]

    # --- messages ----------------------------------------------------------------------

    def on_reading_ready(self, message: ReadingReady) -> None:
        self.reading = message.reading
        self._show_list()
        if self.current is not None:
            self.article_shown(self.current)

    def refreshed(self, event: Refreshed) -> None:
        """The briefing changed under the reader: the list follows, the shown article stays."""
        if self.reading is not None:
            self.reading.refreshed(event.articles, event.new, event.updated)
        self._show_list()
        if event.new or event.updated or event.removed:
            parts = [f"{len(event.new)} new", f"{len(event.updated)} updated", f"{len(event.removed)} removed"]
            self.notify("Refreshed: " + ", ".join(parts), title="Refresh", markup=False)

    def on_refresh_done(self, message: RefreshDone) -> None:
        outcome = message.outcome
        if not outcome.changed:
            self.notify("Refreshed: nothing new", title="Refresh", markup=False)
        if outcome.problems:
            count = len(outcome.problems)
            self.notify(
                f"{count} source{'s' if count != 1 else ''} could not be refreshed: press p to see why",
                title="Refresh",
                severity="warning",
                markup=False,
            )

    # --- actions -----------------------------------------------------------------------

    def action_refresh_sources(self) -> None:
        app = cast(Refreshes, self.app)
        if self.briefing.search_index is None or app.refreshing:
            self.notify("Still loading or refreshing: try again in a moment", markup=False)
            return
        self.notify("Refreshing…", title="Refresh", markup=False, timeout=2)
        app.request_refresh()

    def action_toggle_read(self) -> None:
        article = self.current
        if article is None or self.reading is None:
            return
        if self._read_timer is not None:
            self._read_timer.stop()  # the reader said what they want: no timer overrides it
        self._set_read([article], self.reading.is_unread(article.id))

    def action_all_read(self) -> None:
        if self.reading is None:
            return
        self._set_read([a for a in self.briefing.articles if self.reading.is_unread(a.id)], True)

    def action_unread_only(self) -> None:
        if self.reading is None:
            self.notify("The reading state is not loaded yet", markup=False)
            return
        self.unread_only = not self.unread_only
        self._show_list()
        self.notify("Unread articles only" if self.unread_only else "All articles", markup=False, timeout=2)

    def action_star(self) -> None:
        """Star (or unstar) the selected quote, entity or figure (see ``_selected_star``), else the article."""
        reading, article = self.reading, self.current
        if reading is None or article is None:
            return
        star, what = self._selected_star(article)
        starred = reading.toggle_star(star)
        self.run_worker(lambda: reading.save_star(star, starred), thread=True, group="reading")
        self.notify(f"Starred {what}" if starred else f"Star taken from {what}", markup=False, timeout=2)
        if star.kind == "article":
            self.query_one(ArticleList).redraw_articles([article])

    def action_note(self) -> None:
        reading, article = self.reading, self.current
        if reading is None or article is None:
            return
        from briefing.ui.screens.note import NoteScreen

        def written(text: str | None) -> None:
            if text is None or text == reading.notes.get(article.id, ""):
                return
            reading.set_note(article.id, text)
            self.run_worker(lambda: reading.save_note(article.id, text), thread=True, group="reading")
            self.query_one(ArticleList).redraw_articles([article])
            self.notify("Note kept" if text.strip() else "Note removed", markup=False, timeout=2)

        self.app.push_screen(NoteScreen(article.title, reading.notes.get(article.id, "")), written)

    def action_copy_quote(self) -> None:
        """Copy the selected quote with its citation (Textual's clipboard: OSC 52, so over ssh too)."""
        article = self.current
        if article is None:
            return
        star, _ = self._selected_star(article)
        if star.kind != "quote":
            self.notify("Select a quote first: in Key facts, or walk them with ( and )", markup=False)
            return
        self.app.copy_to_clipboard(citation(star))
        self.notify(f"Copied: {one_line(citation(star), limit=120)}", title="Clipboard", markup=False)

    # --- helpers -----------------------------------------------------------------------

    def _selected_star(self, article: Article) -> tuple[Star, str]:
        """What ``s`` stars, and how to name it: the facts pane's row when it has the focus, else the
        quote the walk stands on, else the article."""
        facts = self.briefing.facts.unpack(self.briefing.position(article.id))
        if facts is not None:
            pane = self.query_one(FactsPane)
            option = pane.highlighted_option if pane.has_focus and pane.scope == "article" else None
            kind, _, value = (option.id or "").partition(":") if option is not None else ("", "", "")
            if kind == "quote" and value.isdigit() and int(value) < len(facts.quotes):
                return quote_star(article, facts.quotes[int(value)]), "the quote"
            if kind == "entity":
                for entity in facts.entities:
                    if entity.name == value:
                        return entity_star(article, entity), entity.name
            if kind in ("figure", "date"):
                start = int(value.partition(":")[0])
                for figure in facts.figures if kind == "figure" else facts.dates:
                    if figure.start == start:
                        return figure_star(article, figure), figure.text
            walk = self.walk
            if walk and walk.unit == "quote" and walk.article == self.briefing.position(article.id):
                at = walk.current.mark.start
                for quote in facts.quotes:
                    if quote.start <= at < max(quote.end, quote.start + 1):
                        return quote_star(article, quote), "the quote"
        return article_star(article), "the article"

    def _read_still_shown(self, article: Article) -> None:
        if article is self.current and self.reading is not None and self.reading.is_unread(article.id):
            self._set_read([article], True)

    def _set_read(self, articles: Sequence[Article], read: bool) -> None:
        if self.reading is None or not articles:
            return
        reading = self.reading
        reading.set_read(articles, read)
        # The database write (milliseconds, seconds if another process holds it) is off the screen's thread.
        self.run_worker(lambda: reading.save_read(articles, read), thread=True, group="reading")
        if len(articles) > 1:  # all read: every row, and unread only leaves just the one being read
            self._show_list()
            return
        article_list = self.query_one(ArticleList)
        article_list.redraw_articles(articles)
        article_list.border_title = self.list_title()

    def _show_list(self) -> None:
        article_list = self.query_one(ArticleList)
        article_list.prompt_of = self.prompt_of
        shown: Sequence[Article] = self.briefing.articles
        if self.unread_only and self.reading is not None:
            reading = self.reading
            # The article being read stays, so switching does not take it away from under the reader.
            shown = [a for a in shown if reading.is_unread(a.id) or a is self.current]
        article_list.show_articles(shown, self.current.id if self.current else None)
        article_list.border_title = self.list_title()
