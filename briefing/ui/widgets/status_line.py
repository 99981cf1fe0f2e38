"""One line that always says where you are (article, selection, mention) and what is loading.

A plain ``Widget`` with a fixed height rather than a ``Static``: ``Static.update`` asks for
a layout of the whole screen, and the status line changes on every n / N keypress.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class StatusLine(Widget):
    """Shows plain text only: whatever it is given is never parsed as markup."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.location = ""
        self.activity = ""
        self.problems = 0

    def set_location(self, text: str) -> None:
        if text != self.location:
            self.location = text
            self.refresh()

    def set_activity(self, text: str) -> None:
        if text != self.activity:
            self.activity = text
            self.refresh()

    def set_problems(self, count: int) -> None:
        if count != self.problems:
            self.problems = count
            self.refresh()

    @property
    def text(self) -> str:
        return self.render().plain

    def render(self) -> Content:
        parts = [Content(part) for part in (self.location, self.activity) if part]
        if self.problems:
            label = f"{self.problems} problem{'s' if self.problems != 1 else ''} (p)"
            parts.append(Content.styled(label, "bold $warning"))
        return Content("  ·  ").join(parts)
