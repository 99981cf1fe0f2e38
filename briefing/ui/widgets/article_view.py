"""The article: title, dek and body, drawn line by line (the Line API), highlighted by range.

Only visible lines are rendered; a new highlight or a jump re-renders what is on
screen, never the whole text. Document text is only ever put into ``rich.text.Text``
as plain text, so markup in an article is shown, never interpreted.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.model import Article
from briefing.ui.layout_text import Layout, lay_out

HighlightKind = Literal["mention", "quote", "search", "current"]


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: HighlightKind


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; highlights ranges of its body and scrolls to them."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--dek",
        "article-view--meta",
        "article-view--mention",
        "article-view--quote",
        "article-view--search",
        "article-view--current",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="view.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="view.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="view.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="view.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="view.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="view.bottom"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self._layout: Layout | None = None
        self._layout_width = 0
        self._highlights: list[Highlight] = []
        self._highlight_starts: list[int] = []
        self._longest_highlight = 0
        self._current: Highlight | None = None

    # --- what to show -------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        if article is self.article:
            return
        self.article = article
        self._highlights, self._highlight_starts, self._current = [], [], None
        self._longest_highlight = 0
        self._layout = None
        self._relayout()
        self.scroll_to(0, 0, animate=False)

    def set_highlights(self, highlights: list[Highlight], current: Highlight | None = None) -> None:
        self._highlights = sorted(highlights, key=lambda item: (item.start, item.end))
        self._highlight_starts = [item.start for item in self._highlights]
        self._longest_highlight = max((item.end - item.start for item in self._highlights), default=0)
        self._current = current
        self.refresh()
        if current is not None:
            self.scroll_to_offset(current.start)

    def clear_highlights(self) -> None:
        self.set_highlights([])

    def scroll_to_offset(self, body_offset: int) -> None:
        """Bring the line holding a body offset into view, a third of the way down."""
        layout = self._ensure_layout()
        if layout is None:
            return
        line = layout.line_of(body_offset)
        target = max(line - self.scrollable_content_region.height // 3, 0)
        self.scroll_to(y=target, animate=False)

    def line_of(self, body_offset: int) -> int:
        layout = self._ensure_layout()
        return layout.line_of(body_offset) if layout else 0

    # --- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._relayout()

    def _text_width(self) -> int:
        return max(self.scrollable_content_region.width - 1, 20)

    def _ensure_layout(self) -> Layout | None:
        if self.article is None:
            return None
        if self._layout is None or self._layout_width != self._text_width():
            self._relayout()
        return self._layout

    def _relayout(self) -> None:
        article = self.article
        if article is None:
            self._layout = None
            self.virtual_size = Size(0, 0)
            self.refresh()
            return
        width = self._text_width()
        meta = " · ".join(part for part in (article.byline, article.published, article.source_name) if part)
        self._layout = lay_out(
            article.title,
            article.dek,
            meta,
            article.body,
            [(span.start, span.end) for span in article.paragraphs],
            width,
        )
        self._layout_width = width
        self.virtual_size = Size(width, len(self._layout.lines))
        self.refresh()

    # --- drawing -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        layout = self._ensure_layout()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if layout is None or index >= len(layout.lines):
            return Strip.blank(width, self.rich_style)
        line = layout.lines[index]
        text = self._line_text(line)
        segments = list(text.render(self.app.console))
        strip = Strip(segments).crop(scroll_x, scroll_x + width)
        return strip.extend_cell_length(width, self.rich_style).simplify()

    def _line_text(self, line) -> Text:
        article = self.article
        assert article is not None
        base = self.rich_style
        if line.part == "blank":
            return Text("", style=base)
        if line.part == "body":
            text = Text(article.body[line.start : line.end], style=base, no_wrap=True, end="")
            self._apply_highlights(text, line.start, line.end)
            return text
        source = {"title": article.title, "dek": article.dek}.get(line.part)
        if source is None:
            source = " · ".join(part for part in (article.byline, article.published, article.source_name) if part)
        style = base + self.get_component_rich_style(f"article-view--{line.part}", partial=True)
        return Text(source[line.start : line.end], style=style, no_wrap=True, end="")

    def _apply_highlights(self, text: Text, start: int, end: int) -> None:
        # Highlights are sorted by start; only those that can reach this line are visited.
        first = bisect_left(self._highlight_starts, start - self._longest_highlight)
        for highlight in self._highlights[first:]:
            if highlight.start >= end:
                break
            if highlight.end > start:
                text.stylize(self._style_for(highlight.kind), max(highlight.start - start, 0), highlight.end - start)
        current = self._current
        if current is not None and current.start < end and current.end > start:
            text.stylize(self._style_for("current"), max(current.start - start, 0), current.end - start)

    def _style_for(self, kind: HighlightKind) -> Style:
        return self.get_component_rich_style(f"article-view--{kind}", partial=True)
