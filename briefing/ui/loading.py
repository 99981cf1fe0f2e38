"""The app's side of loading: the core's session, paced for a screen, each event posted as one message.

Runs in a Textual thread worker. Every message redraws the screen, so events are handed on a few
times a second (ten thousand articles arrive as a few dozen updates, not ten thousand), and the
indexes wait while the reader is pressing keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.events import Cancelled
from briefing.loaded import Briefing
from briefing.session import Options, Pacing, Session
from briefing.ui.messages import SessionEvent

# How often (seconds) events are handed to the screen: often at first, so the first articles appear
# at once, then less often, since every update redraws the screen.
FIRST_INTERVAL = 0.1
LATER_INTERVAL = 0.5
FIRST_SECONDS = 1.0


def run_load(
    paths: Sequence[str],
    options: Options,
    post: Callable[[SessionEvent], object],
    cancelled: Callable[[], bool],
    reader_busy: Callable[[], bool] = lambda: False,
    loaded: Callable[[Briefing], object] = lambda briefing: None,
) -> None:
    """Load everything, posting each event; while ``reader_busy()`` (keys were just pressed) the indexes wait.

    ``loaded`` gets the session's own briefing once it is loaded, before the search index is warmed.
    """
    pacing = Pacing(FIRST_INTERVAL, LATER_INTERVAL, FIRST_SECONDS, reader_busy)
    session = Session(paths, options, pacing=pacing, cancelled=cancelled)
    try:
        for event in session.events():
            post(SessionEvent(event))
    except Cancelled:
        return
    loaded(session.briefing)
    if session.briefing.fact_index is not None:
        session.briefing.fact_index.warm()
    if session.briefing.search_index is not None:
        # The screen is live: make ready what the first searches would wait for.
        session.briefing.search_index.warm(cancelled)
