"""Messages the loading worker posts to the screen; the widgets' own messages live on each widget."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.events import Event


@dataclass
class SessionEvent(Message):
    """One event of the loading session (``briefing.events``), carried from the loading thread to the screen."""

    event: Event
