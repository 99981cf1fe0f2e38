"""The Textual app: owns the loaded briefing and the background load; screens show it."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Sequence
from typing import ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType, Keymap
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.briefing_file import BriefingFile
from briefing.events import ArticlesRead, Finished, Progress, Refreshed, Warned
from briefing.loaded import Briefing
from briefing.reading import Reading
from briefing.refresh import ALL_KINDS, Kind, Signatures
from briefing.sanitize import one_line
from briefing.session import Options
from briefing.state import briefing_key
from briefing.ui.commands import ArticleProvider, EntityProvider
from briefing.ui.keymap import load_keymap
from briefing.ui.messages import ReadingReady, RefreshDone, SessionEvent
from briefing.ui.screens.main import MainScreen
from briefing.ui.themes import DEFAULT_THEME, register_themes
from briefing.ui.type_ahead import TypeAhead, TypeAheadScreen

# While loading, the indexes are built in the gaps between the reader's keys: they wait this long
# after a key press, click or scroll, so the screen has the interpreter to itself.
INPUT_QUIET_S = 0.25
READER_INPUT = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)
# Once loaded, a full garbage collection every this many middle-generation ones (Python's default: 10).
FULL_COLLECTION_EVERY = 100
# Once loaded, the youngest objects are collected after this many more are made (Python's default: 700),
# and whenever the reader has paused this long after a key, click or scroll: a key's frame then seldom
# collects at all, where it made about ten young collections and a middle one (a few milliseconds).
YOUNG_COLLECTION_AFTER = 10_000
COLLECT_WHEN_QUIET_S = 0.1
# From a key, click or scroll until that pause the collector does not run at all: a key and its frame
# make more than 10,000 objects, and the young collection they set off walked them in the middle of
# the frame (2-5 ms, a frame in four or so). Keys coming without a pause for this long (a held key) let
# it run as usual, so garbage cannot pile up.
COLLECTOR_PAUSED_AT_MOST_S = 1.0
# With --watch, feeds and URLs are fetched again this often when the briefing file does not say.
DEFAULT_REFRESH_MINUTES = 15.0


def _settle_collector() -> tuple[int, int, int]:
    """Keep the garbage collector's passes from pausing keys once the briefing is loaded.

    The loaded briefing (over half a million objects) lives as long as the app and holds no
    garbage, yet every full pass walked it: 50-200 ms, every few keys. It is set aside (collected
    first, so no garbage goes with it), and full passes come less often. Drawing makes thousands
    of short-lived objects a key: young garbage is collected when the reader pauses
    (``BriefingApp._collect_young``) rather than in the middle of drawing.
    Returns the thresholds to restore.
    """
    gc.collect()
    gc.freeze()
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_AFTER, before[1], FULL_COLLECTION_EVERY)
    return before


def _restore_collector(thresholds: tuple[int, int, int]) -> None:
    gc.unfreeze()
    gc.set_threshold(*thresholds)


class BriefingApp(App[int]):
    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        # Declared here (Textual adds an id-less one otherwise) so it can be remapped and shows in help.
        Binding("ctrl+p", "command_palette", "Command palette", show=False, priority=True, id="app.command_palette"),
    ]
    COMMANDS = App.COMMANDS | {ArticleProvider, EntityProvider}

    def __init__(
        self,
        paths: Sequence[str],
        options: Options | None = None,
        *,
        briefing_file: BriefingFile | None = None,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.options = options or Options()
        self.briefing_file = briefing_file  # when opened from one: its name is the title
        if briefing_file is not None:
            self.title = briefing_file.name
        self.briefing = Briefing()  # filled on this thread by the loading session's events
        self.main_screen = MainScreen(self.briefing)
        register_themes(self)
        self.theme = DEFAULT_THEME
        self.keymap: dict[str, str] = {}  # binding id to keys, as set: what the help screen shows
        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        self._keymap_problem = problem
        self.reading: Reading | None = None  # once the load is done: read, new and updated articles
        self._signatures: Signatures = {}  # each source as last read, so a refresh reads only what changed
        self.watching = watch  # follow the folders live, refresh feeds and URLs on the file's interval
        self._stop_watching = threading.Event()
        self._refresh_pending: frozenset[Kind] = frozenset()  # to refresh once the running refresh is done
        self._last_input = 0.0  # when the reader last pressed a key, clicked or scrolled (monotonic)
        self._collector_thresholds: tuple[int, int, int] | None = None  # set while the collector is settled
        self._quiet_timer: Timer | None = None  # collects young garbage once the reader pauses (when settled)
        self._collector_paused_at: float | None = None  # when input paused the collector, until it is collected
        self._type_ahead = TypeAhead(super().on_event)  # keys typed for a text box still opening

    def set_keymap(self, keymap: Keymap) -> None:
        # Kept here too: Textual's copy is private, and the help screen must show the keys in force.
        self.keymap = dict(keymap)
        super().set_keymap(keymap)

    def update_keymap(self, keymap: Keymap) -> None:
        self.keymap = {**self.keymap, **keymap}
        super().update_keymap(keymap)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, READER_INPUT):
            self._last_input = time.monotonic()
            if self._quiet_timer is not None:
                self._quiet_timer.reset()  # starts it again, from now
                if not event.is_forwarded:  # once a key: it comes back here on its way up from the screen
                    self._pause_collector(self._last_input)
        if isinstance(event, events.Key) and await self._type_ahead.took(event, self.screen):
            return
        await super().on_event(event)

    async def on_type_ahead_screen_ready(self, _: TypeAheadScreen.Ready) -> None:
        await self._type_ahead.release()

    def _pause_collector(self, now: float) -> None:
        """Keep the collector out of this key's frame (settled only: the quiet timer then runs)."""
        if self._collector_paused_at is None:
            if gc.isenabled():
                gc.disable()
                self._collector_paused_at = now
        elif now - self._collector_paused_at > COLLECTOR_PAUSED_AT_MOST_S:
            gc.enable()  # a held key: as usual until the reader pauses

    def _resume_collector(self) -> None:
        if self._collector_paused_at is not None:
            gc.enable()
            self._collector_paused_at = None

    def _collect_young(self) -> None:
        """The reader has paused: collect the garbage the last keys made, so the next key's frame need not."""
        if self._quiet_timer is not None:
            self._quiet_timer.pause()
        if self._collector_thresholds is not None:
            gc.collect(1)
        self._resume_collector()

    def on_mount(self) -> None:
        if self._keymap_problem:
            self.notify(self._keymap_problem, title="Keymap", severity="warning", markup=False)
        self.push_screen(self.main_screen)
        self.load_briefing()
        if self.watching:
            self._start_watching()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_briefing(self) -> None:
        from briefing.refresh import signatures_of
        from briefing.ui.loading import run_load

        worker = get_current_worker()
        signatures = signatures_of(self.paths)  # before reading: a file changed meanwhile is read again
        run_load(
            self.paths,
            self.options,
            post=self._deliver,
            cancelled=lambda: worker.is_cancelled,
            reader_busy=lambda: time.monotonic() - self._last_input < INPUT_QUIET_S,
            loaded=lambda loaded: self._open_reading(loaded, signatures),
        )

    def _open_reading(self, loaded: Briefing, signatures: Signatures) -> None:
        """In the loading worker: record this open and read what was read before (``briefing.reading``)."""
        key = briefing_key(self.paths, self.briefing_file.path if self.briefing_file else None)
        reading = Reading.open(key, loaded.articles, self._warn_from_thread)
        self.call_from_thread(self._reading_ready, reading, signatures)

    def _warn_from_thread(self, message: str) -> None:
        self._deliver(SessionEvent(Warned(message)))

    def _reading_ready(self, reading: Reading, signatures: Signatures) -> None:
        self.reading, self._signatures = reading, signatures
        self.main_screen.post_message(ReadingReady(reading))
        self.call_after_refresh(self._settle_again)
        self._refresh_if_pending()  # what changed while loading

    def _settle_again(self) -> None:
        """Set aside, as at the end of the load, what came since: the list's rows drawn anew for the reading
        state or a refresh (10,000 of them), the search tables warmed after the load (a million words),
        would otherwise be walked by every full collection."""
        if self._collector_thresholds is not None:
            gc.collect(1)
            gc.freeze()

    @property
    def refreshing(self) -> bool:
        return any(worker.group == "refresh" and worker.is_running for worker in self.workers)

    def request_refresh(self, kinds: frozenset[Kind] = ALL_KINDS) -> None:
        """Refresh these kinds of sources now, or as soon as the load or the running refresh is done."""
        if self.reading is None or self.briefing.search_index is None or self.refreshing:
            self._refresh_pending |= kinds
            return
        self.refresh_sources(kinds)

    def _refresh_if_pending(self) -> None:
        if self._refresh_pending:
            kinds, self._refresh_pending = self._refresh_pending, frozenset()
            self.request_refresh(kinds)

    @work(thread=True, group="refresh", exit_on_error=False)
    def refresh_sources(self, kinds: frozenset[Kind] = ALL_KINDS) -> None:
        """Read again what changed (``briefing.refresh``); its events reach the screen as a load's do."""
        from briefing.refresh import Refresh

        worker = get_current_worker()
        refresh = Refresh(
            self.paths, self.options, self._signatures, cancelled=lambda: worker.is_cancelled, kinds=kinds
        )
        self._deliver(SessionEvent(Progress("read", 0)))
        for event in refresh.events(self.briefing, self._warn_from_thread):
            if isinstance(event, Refreshed) and self.reading is not None:
                self.reading.record(event.articles)
            self._deliver(SessionEvent(event))
        self._signatures = refresh.signatures
        if self.briefing.fact_index is not None:
            self.briefing.fact_index.warm()  # the refreshed briefing's, before a profile or a walk asks
        assert refresh.outcome is not None
        self.call_from_thread(self.main_screen.post_message, RefreshDone(refresh.outcome))

    @work(thread=True, group="watch", exit_on_error=False)
    def watch_folders(self) -> None:
        """Refresh the folders and files as soon as they change (``briefing.watch``)."""
        from briefing.watch import changes, local_sources

        for _ in changes(local_sources(self.paths), self._stop_watching):
            self.call_from_thread(self.request_refresh, frozenset(("files",)))

    def _start_watching(self) -> None:
        from briefing.sources.files import is_url

        self.watch_folders()
        if any(is_url(path) for path in self.paths):
            minutes = (self.briefing_file.refresh_minutes if self.briefing_file else None) or DEFAULT_REFRESH_MINUTES
            self.set_interval(minutes * 60, lambda: self.request_refresh(frozenset(("web",))))

    def _deliver(self, message: SessionEvent) -> None:
        """Update the briefing first (in order, on the UI thread), then let the screen react."""
        self.call_from_thread(self._apply, message)

    def _apply(self, message: SessionEvent) -> None:
        event = message.event
        self.briefing.apply(event)
        self.main_screen.post_message(message)
        if isinstance(event, ArticlesRead) and self.main_screen.current is None and event.articles:
            self.main_screen.show_article(event.articles[0].id)
        if isinstance(event, Finished) and self._collector_thresholds is None:
            self._collector_thresholds = _settle_collector()
            self._quiet_timer = self.set_interval(COLLECT_WHEN_QUIET_S, self._collect_young, pause=True)

    def on_unmount(self) -> None:
        self._stop_watching.set()
        if self.reading is not None:
            self.reading.close()
        # The collector is the process's: leave it as found (tests run many apps in one process).
        self._resume_collector()
        if self._collector_thresholds is not None:
            _restore_collector(self._collector_thresholds)
            self._collector_thresholds = None
        if self._quiet_timer is not None:
            self._quiet_timer.stop()
            self._quiet_timer = None

    @property
    def fully_loaded(self) -> bool:
        """Every article read, its facts extracted, both indexes built, the progress panel gone and the
        reading state (read, new) shown."""
        return (
            self.reading is not None
            and self.main_screen.reading is not None
            and self.briefing.fact_index is not None
            and self.briefing.search_index is not None
            and not self.main_screen.query_one("#progress-panel").display
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A load that fails must say so, not leave a progress bar running forever."""
        if event.worker.group == "refresh" and event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
            self.call_after_refresh(self._settle_again)
            self._refresh_if_pending()  # what changed while it ran
        if event.worker.group == "load" and event.state == WorkerState.SUCCESS:
            self.call_after_refresh(self._settle_again)  # the search tables warmed once the screen was live
        if event.worker.group not in ("load", "refresh") or event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        reason = one_line(f"{type(error).__name__}: {error}")
        self.notify(f"Loading stopped: {reason}", severity="error", markup=False, timeout=30)
        self.main_screen.post_message(SessionEvent(Finished(skipped=0)))
