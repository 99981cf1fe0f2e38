"""The inputs that could not be read, and why (file and reason), then the warnings, as plain text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from briefing.model import Problem


class ProblemsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "close", "Close", id="problems.close"),
    ]

    def __init__(self, problems: Sequence[Problem], warnings: Sequence[str]) -> None:
        super().__init__()
        self.problems = list(problems)
        self.warnings = list(warnings)  # trouble that cost time, not articles (an unusable cache, say)

    def compose(self) -> ComposeResult:
        count, warned = len(self.problems), len(self.warnings)
        parts = [f"{count} input{'s' if count != 1 else ''} could not be read"] if count or not warned else []
        if warned:
            parts.append(f"{warned} warning{'s' if warned != 1 else ''}")
        yield Static(f"{' · '.join(parts)}  (Escape closes)", id="problems-title", markup=False)
        yield DataTable(id="problems-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        table.add_columns("File", "Reason")
        for problem in self.problems:
            # File names and reasons may hold anything: Rich Text built from plain text is never
            # parsed as markup (and, unlike Content, DataTable measures it for column widths).
            table.add_row(Text(problem.path, no_wrap=True), Text(problem.reason, no_wrap=True))
        for warning in self.warnings:
            table.add_row(Text("(warning)", style="italic"), Text(warning, no_wrap=True))
        table.focus()

    def action_close(self) -> None:
        self.dismiss()
