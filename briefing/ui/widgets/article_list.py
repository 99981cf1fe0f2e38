"""The list of articles: title, source and word count; scales to tens of thousands of rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article
from briefing.ui.widgets.rows import RowPrompt, drawing_width, row_style
from briefing.ui.widgets.scrolled_lines import ReusesScrolledLines

ROW_LINES = 2  # every row: the title, then source and word count


def article_prompt(article: Article) -> Content:
    """Two lines: the title, then source and word count. Plain text, never markup."""
    title = article.title.replace("\n", " ")
    details = f"{article.source_name} · {article.word_count:,} words".replace("\n", " ")
    return RowPrompt(f"{title}\n{details}", [Span(len(title) + 1, len(title) + 1 + len(details), "dim")])


DIM = Style(dim=True)


def plain_row(option: Option) -> list[str] | None:
    """The title and details of a row as ``article_prompt`` makes it, or None for anything else."""
    prompt = option.prompt
    if not isinstance(prompt, RowPrompt) or option.disabled or "\t" in prompt.plain:
        return None
    lines = prompt.plain.split("\n")
    if len(lines) != ROW_LINES or not all(lines):
        return None
    return lines if prompt.spans == [Span(len(lines[0]) + 1, len(prompt.plain), "dim")] else None


class ArticleList(ReusesScrolledLines, OptionList):
    """Posts ``ArticleList.Chosen`` when the highlighted article changes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
    ]

    @dataclass
    class Chosen(Message):
        article_id: str

    # Not repainted as a whole when the cursor moves: the watcher repaints the rows that changed.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._ids: list[str] = []
        self._cursor_drawn_at: int | None = None  # the row drawn highlighted, to repaint when it moves
        self._row_style_cache: dict[tuple[Style, int], tuple[RichStyle, RichStyle]] = {}

    # --- drawing rows -------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """A line of a row, drawn as OptionList draws it (see rows.py): two lines of plain text, the details dim.

        A jump to another part of the list (``n`` to another article) draws a screenful of new rows.
        """
        index, part = divmod(self.scroll_offset.y + y, ROW_LINES)
        if not 0 <= index < self.option_count:
            return super().render_line(y)
        option = self.get_option_at_index(index)
        lines, width = plain_row(option), drawing_width(self)
        if lines is None or width is None:
            return super().render_line(y)
        style = row_style(self, index, option)
        text_style, pad_style = self._row_styles(style, part)
        line = lines[part]
        cells = cell_len(line)
        if cells > width:  # what the list's text-overflow: ellipsis does
            line, cells = set_cell_size(line, width - 1) + "…", width
        strip = Strip([Segment(line, text_style)], cells)
        return strip.extend_cell_length(width, pad_style).apply_meta({"option": index})

    def _row_styles(self, style: Style, part: int) -> tuple[RichStyle, RichStyle]:
        """The text and padding styles of a row's line in one state (normal, highlighted, hover)."""
        key = (style, part)
        styles = self._row_style_cache.get(key)
        if styles is None:
            text_style = style + DIM if part else style  # the details line: dim over the row's style
            styles = self._row_style_cache[key] = (
                (style + text_style).rich_style_with_offset(0, part),
                style.rich_style,
            )
        return styles

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)  # scrolls the row into view, posts OptionHighlighted
        previous, self._cursor_drawn_at = self._cursor_drawn_at, highlighted
        # Also after a scroll: the rows it only moved are not drawn again (ReusesScrolledLines).
        self._refresh_option(previous)
        self._refresh_option(highlighted)
        if highlighted is not None and (article_id := self.options[highlighted].id) is not None:
            self._post_chosen(article_id)

    def _refresh_option(self, index: int | None) -> None:
        if index is not None and index in self._index_to_line:
            self.refresh_lines(self._index_to_line[index], self._heights[index])

    def add_articles(self, articles: Sequence[Article]) -> None:
        first_batch = not self._ids
        self.add_options(Option(article_prompt(article), id=article.id) for article in articles)
        self._ids.extend(article.id for article in articles)
        if first_batch and self._ids:
            self.highlighted = 0

    def select_article(self, article_id: str) -> None:
        try:
            position = self.get_option_index(article_id)
        except Exception:  # OptionDoesNotExist: the article is not in the list
            return
        if self.highlighted != position:
            self.highlighted = position

    def _post_chosen(self, article_id: str) -> None:
        # Straight to the screen that decides, not bubbled there through the panes' container: it then
        # handles the choice before this list's repaint reaches it, and the moved cursor and the article
        # are drawn in one frame (otherwise the cursor is often drawn alone, the article a frame later).
        self.screen.post_message(self.Chosen(article_id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # watch_highlighted has posted Chosen already

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self._post_chosen(event.option_id)
