"""A note on an article: one line of plain text in an input box (Enter keeps it, Escape leaves it as it was)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from briefing.ui.type_ahead import TypeAheadScreen

MAX_NOTE_CHARS = 2000


class NoteScreen(TypeAheadScreen[str | None]):
    """Dismissed with the note's text ("" to take it away), or None when cancelled."""

    BOX = "#note-input"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.article_title = title
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            # The title is document text: a Label without markup shows it as it is.
            yield Label(f"Note on: {self.article_title}", id="note-title", markup=False)
            yield Input(self.note, placeholder="A short note (empty: none)", max_length=MAX_NOTE_CHARS, id="note-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
