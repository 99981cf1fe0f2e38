"""The rows of a timeline: a heading for each day, month, year or period, then each date's sentence and article.

Sentences and titles are document text: they become ``Content`` from plain strings, styled by the
ranges the timeline gives, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.search.hits import snippet
from briefing.timeline import UNRESOLVED, Event, Timeline
from briefing.ui.widgets.article_list import RowPrompt

DATE_STYLE = "bold reverse $accent"
DEFAULT_WIDTH = 120  # a row's width before the list is laid out
MIN_WIDTH = 30
CHUNK = 5_000  # options added at a time when a timeline is long
CHUNK_PAUSE = 0.01  # seconds between them


def heading_prompt(heading: str, count: int | None = None) -> Content:
    label = heading if count is None else f"{heading} ({count:,})"
    return RowPrompt(label, [Span(0, len(label), "bold $accent")])


def event_prompt(event: Event, title: str, width: int = DEFAULT_WIDTH) -> Content:
    """Two lines: the sentence with its date marked, cut to ``width`` around the date so the date is always
    seen, then the article's title (dim)."""
    width = max(width - 2, MIN_WIDTH)
    sentence, highlights = event.sentence, [event.highlight]
    if len(sentence) > width:
        sentence, highlights = snippet(sentence, highlights, width)
    title = title.replace("\n", " ")
    first = f"  {sentence}"
    spans = [Span(2 + start, 2 + end, DATE_STYLE) for start, end in highlights if start < end]
    spans.append(Span(len(first) + 1, len(first) + 5 + len(title), "dim"))
    return RowPrompt(f"{first}\n    {title}", spans)


def timeline_options(timeline: Timeline, titles: Sequence[str], width: int = DEFAULT_WIDTH) -> list[Option]:
    """A heading option for each day, month, year or period, then an option per row (its id: the row's number).

    Pure, so a worker thread can make them: a whole briefing of 10,000 articles has a quarter of a million.
    """
    options: list[Option] = []
    heading = None
    for number, event in enumerate(timeline.rows):
        if event.heading != heading:
            heading = event.heading
            count = len(timeline.unresolved) if heading == UNRESOLVED else None
            options.append(Option(heading_prompt(heading, count), disabled=True))
        options.append(Option(event_prompt(event, titles[event.position], width), id=str(number)))
    return options


class TimelineList(OptionList):
    """Posts ``RowChosen`` with the number of the row (in ``Timeline.rows``) chosen by Enter or a click."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="timeline.down"),
        Binding("k", "cursor_up", "Up", show=False, id="timeline.up"),
        Binding("g", "first", "First", show=False, id="timeline.first"),
        Binding("G", "last", "Last", show=False, id="timeline.last"),
    ]

    @dataclass
    class RowChosen(Message):
        row: int  # in ``Timeline.rows``

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._pending: list[Option] = []  # the options of the timeline shown, the first ``_added`` in the list
        self._added = 0

    def show(self, timeline: Timeline, options: list[Option], row: int = 0) -> None:
        """List the timeline's options (``timeline_options``) with the cursor on ``row``.

        A long list goes in ``CHUNK`` options at a time, a moment apart: a whole briefing of 10,000 articles
        has a quarter of a million rows, seconds of work that would otherwise hold every key.
        """
        self.clear_options()
        self._pending, self._added = options, 0
        if not timeline.rows:
            return
        wanted = str(min(max(row, 0), len(timeline.rows) - 1))
        # Rows up to the cursor's go in at once, so it can be put there.
        first = next(number for number, option in enumerate(options) if option.id == wanted)
        self._add_next(first + 1)
        self.highlighted = self.get_option_index(wanted)

    def _add_next(self, at_least: int = 0) -> None:
        end = self._added + max(CHUNK, at_least)
        self.add_options(self._pending[self._added : end])
        self._added = min(end, len(self._pending))
        if self._added < len(self._pending):
            self.set_timer(CHUNK_PAUSE, self._add_next)  # a pause, so keys pressed meanwhile are handled

    @property
    def listing(self) -> bool:
        """Whether options of a long timeline are still being added."""
        return self._added < len(self._pending)

    @property
    def row(self) -> int | None:
        """The highlighted row's number in ``Timeline.rows``."""
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return int(option_id) if option_id is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.RowChosen(int(event.option_id)))
