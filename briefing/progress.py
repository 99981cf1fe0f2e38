"""A progress bar on standard error for the command line, only when it is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing.events import Progress

if TYPE_CHECKING:
    from rich.progress import TaskID

_LABELS = {"read": "Reading files", "extract": "Extracting facts", "index": "Indexing"}


@contextmanager
def progress_reporter(enabled: bool = True) -> Iterator[Callable[[Progress], None]]:
    if not enabled or not sys.stderr.isatty():
        yield lambda progress: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def report(progress: Progress) -> None:
        if progress.stage not in _LABELS:
            return
        if progress.stage not in tasks:
            tasks[progress.stage] = bar.add_task(_LABELS[progress.stage], total=progress.total)
        bar.update(tasks[progress.stage], completed=progress.done, total=progress.total)

    with bar:
        yield report
