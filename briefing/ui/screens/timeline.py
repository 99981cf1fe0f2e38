"""The timeline: every date of the briefing (or of the selected entity) under its day, month or year.

The timeline of a whole briefing is built in a thread worker (10,000 articles hold a hundred thousand
dates); an entity's, which takes a few tens of milliseconds, may come built. ``Enter`` (or a click)
closes the screen with the timeline and the chosen row; the main screen then shows that date in its
sentence and walks the rows with n / N.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from briefing.loaded import Briefing
from briefing.marks import Mark
from briefing.timeline import Timeline, build_timeline
from briefing.ui.widgets.timeline_list import TimelineList, timeline_options

HINT = "Enter shows the date in its article, then n / N walk the rows"


@dataclass(frozen=True, slots=True)
class TimelineChoice:
    timeline: Timeline
    row: int  # in ``timeline.rows``


class TimelineScreen(Screen[TimelineChoice | None]):
    """A screen of its own, not a modal over the main one: the main screen is not drawn (dimmed) beneath it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,t,q", "close", "Close timeline", id="timeline.close"),
    ]

    def __init__(
        self, briefing: Briefing, subject: str = "", at: Mark | None = None, timeline: Timeline | None = None
    ) -> None:
        super().__init__()
        self.briefing = briefing
        self.subject = subject  # the entity's canonical name; empty for the whole briefing
        self.at = at  # the date to put the cursor on (the one the reader is on), if any
        self.built = timeline  # built already (an entity's is quick): listed as the screen opens
        self.timeline: Timeline | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="timeline-box"):
            yield Static("Building the timeline…", id="timeline-summary", markup=False)
            yield TimelineList(id="timeline-rows")

    def on_mount(self) -> None:
        self.query_one("#timeline-box").border_title = f"{self.subject} · timeline" if self.subject else "Timeline"
        self.query_one(TimelineList).focus()
        if self.built is not None:
            self._show(self.built)
        else:
            self.build()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def build(self) -> None:
        timeline = build_timeline(self.briefing, self.subject)
        options = timeline_options(timeline, self._titles(), self._width())
        self.app.call_from_thread(self._show, timeline, options)

    def _titles(self) -> list[str]:
        return [article.title for article in self.briefing.articles]

    def _width(self) -> int:
        """The rows' width: the screen's less the box's border (the list is not laid out when rows are made)."""
        return self.app.size.width - 4

    def _show(self, timeline: Timeline, options: list[Option] | None = None) -> None:
        if not self.is_attached:
            return
        self.timeline = timeline
        marks = [event.mark for event in timeline.rows]
        row = marks.index(self.at) if self.at in marks else 0
        if options is None:
            options = timeline_options(timeline, self._titles(), self._width())
        self.query_one(TimelineList).show(timeline, options, row)
        dated, unresolved = len(timeline.events), len(timeline.unresolved)
        if timeline.rows:
            summary = f"{dated:,} dated · {unresolved:,} unresolved · {HINT}"
        else:
            summary = "No dates" + (f" in sentences naming {self.subject}" if self.subject else "")
        self.query_one("#timeline-summary", Static).update(summary)

    @property
    def ready(self) -> bool:
        """The timeline is built and listed (tests and scripts wait for this)."""
        return self.timeline is not None

    @on(TimelineList.RowChosen)
    def _row_chosen(self, message: TimelineList.RowChosen) -> None:
        if self.timeline is not None and 0 <= message.row < len(self.timeline.rows):
            self.dismiss(TimelineChoice(self.timeline, message.row))

    def action_close(self) -> None:
        self.dismiss(None)
