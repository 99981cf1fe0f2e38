"""Messages the loading worker posts to the screen; the widgets' own messages live on each widget."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.events import Event
from briefing.reading import Reading
from briefing.refresh import Outcome


@dataclass
class SessionEvent(Message):
    """One event of the loading session (``briefing.events``), carried from the loading thread to the screen."""

    event: Event


@dataclass
class ReadingReady(Message):
    """What the reader has read, what is new and updated: the state database was opened after the load."""

    reading: Reading


@dataclass
class RefreshDone(Message):
    """A refresh has finished: what it found (its changes, if any, came as session events before)."""

    outcome: Outcome
