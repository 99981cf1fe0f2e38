"""The list of articles: title, source and word count; scales to tens of thousands of rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import Article
from briefing.ui.widgets.rows import RowLines, RowPrompt, State
from briefing.ui.widgets.scrolled_lines import ReusesScrolledLines
from briefing.ui.widgets.styled_lines import StyledLines, pieces

ROW_LINES = 2  # every row: the title, then source and word count


def article_prompt(
    article: Article, *, unread: bool = False, mark: str = "", badges: str = "", words: int | None = None
) -> Content:
    """Two lines: the title (bold while unread), then any mark ("new", "updated") and badges (a star, a
    note), then source and word count. Plain text, never markup: a note is the reader's own text.
    ``words``: the article's word count when the caller has it (counting splits the whole body)."""
    title = article.title.replace("\n", " ")
    details = f"{article.source_name} · {article.word_count if words is None else words:,} words"
    pieces = [(f"● {mark}", "bold italic") if mark else None, (badges, "italic") if badges else None, (details, "dim")]
    spans = [Span(0, len(title), "bold")] if unread else []
    text, start = title + "\n", len(title) + 1
    for piece in pieces:
        if piece is None:
            continue
        shown = piece[0].replace("\n", " ")
        if start > len(title) + 1:
            text += " · "
            start += 3
        text += shown
        spans.append(Span(start, start + len(shown), piece[1]))
        start += len(shown)
    return RowPrompt(text, spans)


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
        self.prompt_of: Callable[[Article], Content] = article_prompt  # the screen may show more (read state)
        self._rows = RowLines(ROW_LINES)
        self._styled = StyledLines()

    def render_lines(self, crop: Region) -> list[Strip]:
        with self._rows.drawing(self):
            self._styled.reuse(self, crop, self._content_line)
            return super().render_lines(crop)

    def _content_line(self, y: int) -> Strip | None:
        """Line ``y`` as kept (the same strip for the same row), or None for OptionList's general path."""
        index, part = divmod(self.scroll_offset.y + y, ROW_LINES)
        return self._rows.line(self, index, part) if 0 <= index < self.option_count else None

    def render_line(self, y: int) -> Strip:
        """A line of a row, drawn as OptionList draws it (see rows.py): a row is two lines, each cut with an ellipsis.

        A jump to another part of the list (``n`` to another article) shows a screenful of other rows:
        drawn ahead while idle (``draw_ahead``) when the screen knows where the jump leads.
        """
        strip = self._content_line(y)
        return super().render_line(y) if strip is None else strip

    def draw_ahead(self, article_id: str) -> Iterator[None]:
        """Draw, while idle, the rows that moving the cursor to this article would show, as the list would
        scroll to it (the least it can, as ``scroll_to_highlight`` does): a jump then draws from ``RowLines``.
        Its lines are drawn as on the screen too (``StyledLines``). Rows already drawn cost nothing; a guess
        that turns out wrong costs only the time spent here. A few lines at a time: each step of the iterator
        draws one piece."""
        try:
            target = self.get_option_index(article_id)
        except OptionDoesNotExist:
            return
        height, first = self.scrollable_content_region.height, target * ROW_LINES
        top = round(self.scroll_y)
        if first < top:
            top = first
        elif first + ROW_LINES > top + height:
            top = first + ROW_LINES - height
        top = max(0, min(top, round(self.max_scroll_y)))
        self.draw_bar_ahead(self.option_count * ROW_LINES, top)
        for piece in pieces(range(top, min(top + height, self.option_count * ROW_LINES))):
            content: dict[int, Strip] = {}
            with self._rows.drawing(self):
                for y in piece:
                    index, part = divmod(y, ROW_LINES)
                    state: State = "highlighted" if index == target else "plain"
                    line = self._rows.line(self, index, part, state)
                    if line is not None:
                        content[y - top] = line
            self._styled.draw(self, content)
            yield

    def notify_style_update(self) -> None:
        self._rows.clear()
        self._styled.clear()
        super().notify_style_update()

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
        self.add_options(Option(self.prompt_of(article), id=article.id) for article in articles)
        self._ids.extend(article.id for article in articles)
        if first_batch and self._ids:
            self.highlighted = 0

    def show_articles(self, articles: Sequence[Article], keep: str | None) -> None:
        """Show these articles instead (a refresh, a filter): the cursor stays on ``keep``, at the same
        height in the list, when it is among them."""
        below_top = None
        if self.highlighted is not None and self.highlighted in self._index_to_line:
            below_top = self._index_to_line[self.highlighted] - self.scroll_offset.y
        self.set_options(Option(self.prompt_of(article), id=article.id) for article in articles)
        self._ids = [article.id for article in articles]
        self._cursor_drawn_at = None
        if keep is None:
            return
        with suppress(OptionDoesNotExist):
            index = self.get_option_index(keep)
            self.highlighted = index
            if below_top is not None:
                self.scroll_to(y=max(0, self._index_to_line[index] - below_top), animate=False, immediate=True)

    def redraw_articles(self, articles: Sequence[Article]) -> None:
        """Draw these articles' rows again (their read state, star or note changed)."""
        for article in articles:
            with suppress(OptionDoesNotExist):  # not shown (unread only)
                self.replace_option_prompt_at_index(self.get_option_index(article.id), self.prompt_of(article))

    def select_article(self, article_id: str) -> None:
        try:
            position = self.get_option_index(article_id)
        except Exception:  # OptionDoesNotExist: the article is not in the list
            return
        if self.highlighted != position:
            self.highlighted = position

    def _post_chosen(self, article_id: str) -> None:
        # Straight to the screen that decides, not bubbled there through the panes' container: it then
        # handles the choice before this list's repaint reaches it, and (MainScreen._drawn_together) the
        # moved cursor, the article and its facts are drawn in one frame, not the cursor alone first.
        self.screen.post_message(self.Chosen(article_id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # watch_highlighted has posted Chosen already

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self._post_chosen(event.option_id)
