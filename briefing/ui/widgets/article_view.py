"""The article: title, dek and body, drawn line by line (the Line API), with marks drawn by role.

Only visible lines are rendered; new marks or a jump re-render what is on
screen, never the whole text. Document text is only ever put into ``rich.text.Text``
as plain text, so markup in an article is shown, never interpreted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.marks import Mark, Role
from briefing.model import Article
from briefing.ui.layout_text import Layout, Line, lay_out
from briefing.ui.widgets.scrolled_lines import ReusesScrolledLines, resize_scroll
from briefing.ui.widgets.styled_lines import StyledLines, pieces

# The component class (``article-view--…``) that draws each role of mark, and the one that draws it
# where the reader is. Figures and dates look like mentions; a quote's speaker and cue are drawn only
# on the quote the reader is on, as its attribution.
MARKED: dict[Role, str | None] = {
    "mention": "mention",
    "figure": "mention",
    "date": "mention",
    "quote-direct": "quote-direct",
    "quote-partial": "quote-partial",
    "quote-indirect": "quote-indirect",
    "speaker": None,
    "cue": None,
    "hit": "hit",
    "hit-word": "hit-word",
}
CURRENT: dict[Role, str] = {
    "mention": "current",
    "figure": "current",
    "date": "current",
    "quote-direct": "quote-current",  # drawn over its kind
    "quote-partial": "quote-current",
    "quote-indirect": "quote-current",
    "speaker": "attribution",
    "cue": "attribution",
    "hit": "current",
    "hit-word": "current",
}

# Layouts of recently shown articles, so flipping between two long articles does not re-wrap them.
LAYOUT_CACHE_SIZE = 8
# Drawn lines kept (a few screenfuls: the one shown, and those drawn ahead for where j and n lead).
LINES_KEPT = 512


@dataclass(frozen=True)
class MarksDrawn:
    """The marks drawn in the body: those drawn when not current (sorted once, by start), and what is current."""

    marks: tuple[Mark, ...] = ()
    starts: tuple[int, ...] = ()
    longest: int = 0
    current: tuple[Mark, ...] = ()

    @classmethod
    def of(cls, marks: Sequence[Mark], current: tuple[Mark, ...] = ()) -> MarksDrawn:
        drawn = sorted(
            (mark for mark in marks if MARKED[mark.role] is not None), key=lambda mark: (mark.start, mark.end)
        )
        longest = max((mark.end - mark.start for mark in drawn), default=0)
        return cls(tuple(drawn), tuple(mark.start for mark in drawn), longest, current)

    def with_current(self, current: tuple[Mark, ...]) -> MarksDrawn:
        return MarksDrawn(self.marks, self.starts, self.longest, current)

    def on(self, start: int, end: int) -> Iterator[tuple[Mark, str]]:
        """The marks, then the current ones, that touch the body between two offsets, each with the
        component class that draws it."""
        # Marks are sorted by start; only those that can reach this line are visited.
        first = bisect_left(self.starts, start - self.longest)
        for mark in self.marks[first:]:
            if mark.start >= end:
                break
            marked = MARKED[mark.role]
            if mark.end > start and marked is not None:
                yield mark, marked
        for mark in self.current:
            if mark.start < end and mark.end > start:
                yield mark, CURRENT[mark.role]


class ArticleView(ReusesScrolledLines, ScrollView, can_focus=True):
    """Shows one article; draws marks in its body and scrolls to them."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--dek",
        "article-view--meta",
        "article-view--mention",
        "article-view--current",
        "article-view--quote-direct",
        "article-view--quote-partial",
        "article-view--quote-indirect",
        "article-view--quote-current",
        "article-view--attribution",
        "article-view--hit",
        "article-view--hit-word",
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
        self._drawn = MarksDrawn()
        self._layouts: dict[tuple[str, int], Layout] = {}
        # Resolved styles, so drawing a line does not walk the DOM (cleared when CSS or the theme changes).
        self._styles: dict[str, Style] = {}
        self._drawing: tuple[Layout | None, int, int, int] | None = None  # within render_lines
        # Drawn lines by (layout, line, scroll, width, marks on it): the same line gives the same strip, so
        # lines drawn ahead are found again as the screen shows them (StyledLines).
        self._lines: LRUCache[tuple[object, ...], tuple[Layout, Strip]] = LRUCache(LINES_KEPT)
        self._styled = StyledLines()

    # --- what to show -------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        if article is self.article:
            return
        self.article = article
        self._drawn = MarksDrawn()
        self._layout = None
        self._relayout()
        # Now, not after the next frame: that frame would show the new article at the old one's scroll.
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_marks(self, marks: Sequence[Mark], current: tuple[Mark, ...] = ()) -> None:
        """Draw marks in the body (those drawn when not current, sorted once here), and optionally what is current."""
        self._drawn = MarksDrawn.of(marks, current)
        self.refresh()

    def set_current_marks(self, current: tuple[Mark, ...], scroll_to: int | None = None) -> None:
        """Change only what is current: the cheap path taken by every n / N keypress.

        Repaints the lines of the old and new current marks, not the whole view (a scroll
        repaints the view anyway).
        """
        previous = self._drawn.current
        self._drawn = self._drawn.with_current(current)
        if scroll_to is not None:
            self.scroll_to_offset(scroll_to)
        for mark in (*previous, *current):
            self._refresh_range(mark.start, mark.end)

    def _refresh_range(self, start: int, end: int) -> None:
        layout = self._ensure_layout()
        if layout is None:
            return
        first, last = layout.line_of(start), layout.line_of(max(end - 1, start))
        self.refresh_lines(first, last - first + 1)

    def clear_marks(self) -> None:
        self.set_marks([])

    @property
    def marks(self) -> list[Mark]:
        """The marks drawn in the body (a quote's speaker and cue are drawn only while current, so are not here)."""
        return list(self._drawn.marks)

    @property
    def current_marks(self) -> tuple[Mark, ...]:
        return self._drawn.current

    def scroll_to_offset(self, body_offset: int) -> None:
        """Bring the line holding a body offset into view, a third of the way down, unless it already is."""
        layout = self._ensure_layout()
        if layout is None:
            return
        top = round(self.scroll_y)
        target = self._scroll_for(layout, body_offset, top)
        if target != top:
            self.scroll_to(y=target, animate=False, immediate=True)

    def _scroll_for(self, layout: Layout, body_offset: int, top: int) -> int:
        """Where the view scrolls to from ``top`` to show a body offset: a third of the way down, unless shown."""
        line = layout.line_of(body_offset)
        height = self.scrollable_content_region.height
        if height > 6 and top + 2 <= line < top + height - 2:
            return top
        return max(line - height // 3, 0)

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
            self._set_virtual_size(Size(0, 0))
            self.refresh()
            return
        width = self._text_width()
        self._layout = self._layout_of(article, width)
        self._layout_width = width
        self._set_virtual_size(Size(width, len(self._layout.lines)))
        self.refresh()

    def draw_ahead(
        self,
        article: Article,
        marks: Sequence[Mark] = (),
        current: tuple[Mark, ...] = (),
        scroll_to: int | None = None,
        *,
        top: int = 0,
    ) -> Iterator[None]:
        """Lay out an article the reader is likely to see next, while idle, and draw the lines it would show
        with these marks, scrolled from ``top`` to a body offset as ``scroll_to_offset`` would, as on the
        screen: showing it then takes them from what was kept (``StyledLines``). A piece at a time (the
        layout, then a few lines at a time): each step of the iterator draws one."""
        if not self.is_mounted:
            return
        width = self._text_width()
        layout = self._layout_of(article, width)
        yield
        drawn = MarksDrawn.of(marks, current)
        top = self._scroll_for(layout, scroll_to, top) if scroll_to is not None else top
        height = self.scrollable_content_region.height
        top = max(0, min(top, len(layout.lines) - height))  # as far as the view scrolls
        self.draw_bar_ahead(len(layout.lines), top)
        content_width = self.scrollable_content_region.width
        for piece in pieces(range(height)):
            self._styled.draw(self, {y: self._line(article, layout, top + y, 0, content_width, drawn) for y in piece})
            yield

    def _layout_of(self, article: Article, width: int) -> Layout:
        key = (article.id, width)
        layout = self._layouts.get(key)
        if layout is None:
            meta = " · ".join(part for part in (article.byline, article.published, article.source_name) if part)
            layout = lay_out(
                article.title,
                article.dek,
                meta,
                article.body,
                [(span.start, span.end) for span in article.paragraphs],
                width,
            )
            if len(self._layouts) >= LAYOUT_CACHE_SIZE:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[key] = layout
        return layout

    def _set_virtual_size(self, size: Size) -> None:
        """Set the scrollable size without a layout of the whole screen (see ``resize_scroll``): assigning
        ``virtual_size`` asks for one, which redraws every scrollbar on screen, on each new article."""
        if size == self.virtual_size:
            return
        if not self.is_mounted or not resize_scroll(self, size):
            self.virtual_size = size

    # --- drawing -----------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._lines.clear()
        self._styled.clear()
        super().notify_style_update()

    def _base_style(self) -> Style:
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def render_lines(self, crop: Region) -> list[Strip]:
        # What every line needs, looked up once for the lines drawn together (each lookup walks styles).
        self._drawing = self._drawing_state()
        try:
            self._styled.reuse(self, crop, self._kept_line)
            return super().render_lines(crop)
        finally:
            self._drawing = None

    def _drawing_state(self) -> tuple[Layout | None, int, int, int]:
        scroll_x, scroll_y = self.scroll_offset
        return self._ensure_layout(), scroll_x, scroll_y, self.scrollable_content_region.width

    def render_line(self, y: int) -> Strip:
        layout, scroll_x, scroll_y, width = self._drawing or self._drawing_state()
        if layout is None or self.article is None:
            return Strip.blank(width, self._base_style())
        return self._line(self.article, layout, scroll_y + y, scroll_x, width, self._drawn)

    def _kept_line(self, y: int) -> Strip | None:
        """Line ``y`` as drawn before, if it was (its strip, the very one), else None."""
        layout, scroll_x, scroll_y, width = self._drawing or self._drawing_state()
        if layout is None:
            return None
        key, _line, _styled = self._line_key(layout, scroll_y + y, scroll_x, width, self._drawn)
        kept = self._lines.get(key)
        return kept[1] if kept is not None and kept[0] is layout else None

    def _line(
        self, article: Article | None, layout: Layout, position: int, scroll_x: int, width: int, drawn: MarksDrawn
    ) -> Strip:
        """Line ``position`` of an article's layout, kept once drawn."""
        key, line, styled = self._line_key(layout, position, scroll_x, width, drawn)
        kept = self._lines.get(key)
        if kept is not None and kept[0] is layout:
            return kept[1]
        strip = self._draw_line(article, line, scroll_x, width, styled)
        self._lines[key] = (layout, strip)
        return strip

    @staticmethod
    def _line_key(
        layout: Layout, position: int, scroll_x: int, width: int, drawn: MarksDrawn
    ) -> tuple[tuple[object, ...], Line | None, tuple[tuple[Mark, str], ...]]:
        """What a line is drawn from: the layout (the article, at a width), the line, the scroll, the width and
        the marks on it; and the line and its marks."""
        line = layout.lines[position] if position < len(layout.lines) else None
        styled = tuple(drawn.on(line.start, line.end)) if line is not None and line.part == "body" else ()
        return (id(layout), position, scroll_x, width, styled), line, styled

    def _draw_line(
        self,
        article: Article | None,
        line: Line | None,
        scroll_x: int,
        width: int,
        styled: tuple[tuple[Mark, str], ...],
    ) -> Strip:
        base = self._base_style()
        if line is None or article is None:
            return Strip.blank(width, base)
        if line.part == "body" and not styled:
            # Most lines: one plain segment, without building and rendering a rich Text.
            text = article.body[line.start : line.end]
            cells = cell_len(text)
            if scroll_x == 0 and cells <= width:  # padded in the one segment: one strip, not four
                return Strip([Segment(text + " " * (width - cells), base)], width)
            strip = Strip([Segment(text, base)])
        else:
            # Text.render drops the Text's own style when it has no spans: apply the base style beneath.
            strip = Strip(self._line_text(article, line, styled).render(self.app.console)).apply_style(base)
        strip = strip.crop(scroll_x, scroll_x + width)
        return strip.extend_cell_length(width, base).simplify()

    def _line_text(self, article: Article, line: Line, styled: tuple[tuple[Mark, str], ...]) -> Text:
        base = self._base_style()
        if line.part == "blank":
            return Text("", style=base)
        if line.part == "body":
            text = Text(article.body[line.start : line.end], style=base, no_wrap=True, end="")
            for mark, kind in styled:  # marks first, what is current drawn over them
                text.stylize(self._style_for(kind), max(mark.start - line.start, 0), mark.end - line.start)
            return text
        source = {"title": article.title, "dek": article.dek}.get(line.part)
        if source is None:
            source = " · ".join(part for part in (article.byline, article.published, article.source_name) if part)
        text = Text(source[line.start : line.end], no_wrap=True, end="")
        text.stylize(self._style_for(line.part))  # a span, so render keeps it (see render_line)
        return text

    def _style_for(self, kind: str) -> Style:
        style = self._styles.get(kind)
        if style is None:
            # Not partial: translucent backgrounds ($warning 35%) are blended over the view's own background.
            full = self.get_component_rich_style(f"article-view--{kind}")
            declared = self.get_component_rich_style(f"article-view--{kind}", partial=True)
            # Only what the class declares (a class without a background must not paint over another's).
            style = self._styles[kind] = Style(
                color=full.color if declared.color is not None else None,
                bgcolor=full.bgcolor if declared.bgcolor is not None else None,
                bold=declared.bold,
                italic=declared.italic,
                underline=declared.underline,
            )
        return style
