"""Search results: each hit's title and kind, then its snippet with the matched words highlighted.

Titles and snippets are document text: they become ``Content`` from plain strings and are
styled by the ranges the search engine returns, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.search import Hit

MATCH_STYLE = "bold reverse $accent"
KIND_LABELS = {"passage": "", "title": "title", "dek": "dek", "quote": "quote", "entity": "name"}


def hit_prompt(hit: Hit) -> Content:
    """Two lines: the article title (and what matched, e.g. a quote by someone), then the snippet."""
    title = Content.styled(hit.title or "(untitled)", "bold")
    kind = KIND_LABELS.get(hit.kind, hit.kind)
    if hit.kind == "quote" and hit.speaker:
        kind = f"quote by {hit.speaker}"
    if kind:
        title = title.append(Content.styled(f"  · {kind}", "dim"))
    snippet = Content(hit.snippet)
    for start, end in hit.highlights:
        if 0 <= start < end <= len(hit.snippet):
            snippet = snippet.stylize(MATCH_STYLE, start, end)
    return Content.assemble(title, "\n", Content("  "), snippet)


class SearchResults(OptionList):
    """Posts ``HitChosen`` with the position of the hit chosen by Enter or a click."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="results.down"),
        Binding("k", "cursor_up", "Up", show=False, id="results.up"),
        Binding("g", "first", "First", show=False, id="results.first"),
        Binding("G", "last", "Last", show=False, id="results.last"),
    ]

    @dataclass
    class HitChosen(Message):
        position: int  # in ``hits``

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.hits: list[Hit] = []

    def show_hits(self, hits: Sequence[Hit]) -> None:
        self.hits = list(hits)
        self.clear_options()
        self.add_options(Option(hit_prompt(hit), id=str(number)) for number, hit in enumerate(self.hits))
        if self.hits:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.HitChosen(int(event.option_id)))
