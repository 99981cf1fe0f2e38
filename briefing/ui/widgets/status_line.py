"""One line that always says where you are (article, selection, mention) and what is loading."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class StatusLine(Static):
    """Shows plain text only: whatever it is given is never parsed as markup."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.location = ""
        self.activity = ""

    def set_location(self, text: str) -> None:
        self.location = text
        self._redraw()

    def set_activity(self, text: str) -> None:
        self.activity = text
        self._redraw()

    def _redraw(self) -> None:
        parts = [part for part in (self.location, self.activity) if part]
        self.update(Content("  ·  ".join(parts)))
