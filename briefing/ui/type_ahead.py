"""Type-ahead: the keys typed right after the key that opens a text box go into the box.

Readers type "/sov" in one go, as in less or fzf, but the search box needs a moment to mount and take
focus. Meanwhile Textual still delivers the keys, in order, to whatever has focus: keys that arrived
before "/" had been handled were already sent into the main screen's widgets and come back up to the
app unhandled after the box opened; keys that arrive before the box has focus go to its screen, which
has no use for them. Either way they were lost. Only the app sees every key in the order it was typed,
so it holds them (``TypeAhead``) while a ``TypeAheadScreen``'s box opens and sends them on once it has
focus, as if typed then; the screen decides which box that is and says when it is ready.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar, TypeVar

from textual import events
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

ResultType = TypeVar("ResultType")
_FOCUS_WAIT = 1.0  # seconds a box may take to get focus while keys are held for it


class TypeAheadScreen(ModalScreen[ResultType]):
    """A screen opened from a key, whose text box takes the keys typed from then on."""

    BOX: ClassVar[str]  # the text box's selector

    class Ready(Message):
        """The box has focus: the keys held for it can go to it."""

    def __init__(self) -> None:
        super().__init__()
        self.taking_keys = False

    @property
    def box(self) -> Widget:
        return self.query_one(self.BOX)

    def on_mount(self) -> None:
        self.box.focus()
        # Should the box never take focus, the keys held for it go on after a while rather than never.
        self.set_timer(_FOCUS_WAIT, self._ready)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is self.box:
            self._ready()

    def _ready(self) -> None:
        if not self.taking_keys:
            self.taking_keys = True
            self.post_message(self.Ready())


class TypeAhead:
    """The app's side: holds keys while a ``TypeAheadScreen`` opens, then sends them on in order.

    ``dispatch`` is Textual's own handling of a key as it arrives (bindings, then the focused widget).
    """

    def __init__(self, dispatch: Callable[[events.Event], Awaitable[None]]) -> None:
        self._dispatch = dispatch
        self._held: list[events.Key] = []

    async def took(self, key: events.Key, screen: Screen[object]) -> bool:
        """Whether the key was held or sent on here; if not, the app handles it as usual (``screen``: the top one)."""
        if isinstance(screen, TypeAheadScreen) and not screen.taking_keys:
            self._held.append(_typed_again(key))
            return True
        await self.release()
        if (
            isinstance(screen, TypeAheadScreen)
            and key.is_forwarded
            and screen.focused is screen.box
            and screen.box.check_consume_key(key.key, key.character)
        ):
            # Back up unhandled, yet the focused box takes every such key: it was sent into the screen
            # below before the box opened (whose bindings are out of reach: it never ran as a command).
            await self._dispatch(_typed_again(key))
            return True
        return False

    async def release(self) -> None:
        """Send the held keys on, in the order they were typed."""
        held, self._held = self._held, []
        for key in held:
            await self._dispatch(key)


def _typed_again(key: events.Key) -> events.Key:
    """The key as if just typed (the original may be on its way through other widgets)."""
    return events.Key(key.key, key.character)
