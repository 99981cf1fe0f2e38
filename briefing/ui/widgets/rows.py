"""Rows of the option lists (the article list, the facts pane, a profile): prompts whose height is known,
and what a row is drawn with, for the lists that draw their own rows rather than lay each one out.

The lists are styled ``text-wrap: nowrap``: a row's height is then its number of lines, and
OptionList's general path (wrap, then format, for every line) does for them no more than cut
each line with an ellipsis, at several times the cost of doing just that.

Drawn lines are kept (``RowLines``), as OptionList keeps the rows of its general path: a row
scrolled back into view, or drawn ahead while idle, is not drawn again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

State = Literal["disabled", "highlighted", "hover", "plain"]
# Drawn lines kept per list: a few screens of the article list (a jump draws one, and one is drawn ahead).
KEPT_LINES = 1024


class RowPrompt(Content):
    """A prompt whose lines never wrap (the list is styled ``text-wrap: nowrap``).

    Its height is then its number of lines, known without laying it out: the option list asks
    every new option for its height, which for 10,000 articles was a second of layout.
    """

    def get_height(self, rules: RulesMap, width: int) -> int:
        if rules.get("text_wrap", "wrap") == "nowrap":
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)


def row_prompt(*parts: str | tuple[str, str]) -> RowPrompt:
    """One line made of plain pieces and (text, style) pieces, as ``Content.assemble`` would make it, but as
    one ``Content`` rather than one per piece: a list of thousands of rows is made several times faster."""
    pieces: list[str] = []
    spans: list[Span] = []
    at = 0
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else part
        if style and text:
            spans.append(Span(at, at + len(text), style))
        pieces.append(text)
        at += len(text)
    return RowPrompt("".join(pieces), spans)


def drawing_width(option_list: OptionList) -> int | None:
    """The width a list's own drawing of its rows fills, or None when it must take the general path."""
    width = option_list.scrollable_content_region.width
    if width < 2 or option_list.get_component_styles("option-list--option").padding:
        return None  # too narrow for an ellipsis, or padded rows: OptionList's own drawing
    return width


def draw_row_line(option_list: OptionList, index: int, line: Content, y: int, width: int, style: Style) -> Strip:
    """Line ``y`` of a row (``line``: that line of its prompt), as OptionList's general path draws it in ``style``."""
    line = line.truncate(width, ellipsis=True)  # what text-overflow: ellipsis does
    segments, x = [], 0
    for text, text_style in line.render(style, end="", parse_style=option_list._get_style):
        segments.append(Segment(text, (style + text_style).rich_style_with_offset(x, y)))
        x += len(text)
    strip = Strip(segments, line.cell_length)
    return strip.extend_cell_length(width, style.rich_style).apply_meta({"option": index})


def row_state(option_list: OptionList, index: int, option: Option) -> State:
    """A row's state, as OptionList decides it: disabled, highlighted, under the mouse, or plain."""
    if option.disabled:
        return "disabled"
    if option_list.highlighted == index:
        return "highlighted"
    if option_list._mouse_hovering_over == index:
        return "hover"
    return "plain"


def state_style(option_list: OptionList, state: State) -> Style:
    """The style OptionList draws a row in that state with."""
    if state == "plain":
        return option_list.get_visual_style("option-list--option")
    return option_list.get_visual_style("option-list--option", f"option-list--option-{state}")


class RowLines:
    """The lines a list has drawn of its rows, each kept with what it was drawn from (the row's prompt,
    number, style and the width), so a row drawn once is taken from here until one of those changes.

    Within ``drawing`` (one pass over the list's lines) the width and the style of each state are
    looked up once, not per line. The owner clears it when its styles change (``notify_style_update``):
    a theme also changes the colours that spans in a prompt name.
    """

    def __init__(self, lines_per_row: int) -> None:
        self.lines_per_row = lines_per_row
        self._kept: LRUCache[tuple[int, int, int, int, Style], tuple[Content, Strip]] = LRUCache(KEPT_LINES)
        self._pass: tuple[int | None, dict[State, Style]] | None = None
        self._blank: tuple[tuple[int, RichStyle], Strip] | None = None

    def clear(self) -> None:
        self._kept.clear()
        self._blank = None

    def blank(self, option_list: OptionList) -> Strip:
        """A line below the last row, as OptionList draws it: the same strip while the width and style stay."""
        width = option_list.scrollable_content_region.width
        style = option_list.get_visual_style("option-list--option").rich_style
        if self._blank is None or self._blank[0] != (width, style):
            self._blank = ((width, style), Strip.blank(width, style))
        return self._blank[1]

    @contextmanager
    def drawing(self, option_list: OptionList) -> Iterator[None]:
        self._pass = (drawing_width(option_list), {})
        try:
            yield
        finally:
            self._pass = None

    def line(
        self, option_list: OptionList, index: int, part: int, state: State | None = None, option: Option | None = None
    ) -> Strip | None:
        """Line ``part`` of row ``index`` (in its own state, unless one is given), or None when the row is
        not one this list draws itself (OptionList's general path draws it).

        ``option``: the row's option when it is not yet the list's (a list made ahead, whose rows are drawn
        before it is shown); it is then drawn in ``state``, or as a row that is not highlighted."""
        if option is None:
            option = option_list.get_option_at_index(index)
        elif state is None:
            state = "disabled" if option.disabled else "plain"
        prompt = option.prompt
        if not isinstance(prompt, RowPrompt):
            return None
        width, styles = self._pass or (drawing_width(option_list), {})
        if width is None:
            return None
        state = state or row_state(option_list, index, option)
        style = styles.get(state)
        if style is None:
            style = styles[state] = state_style(option_list, state)
        # By the prompt too, so the rows of a list made ahead are kept beside those shown. Its id is never
        # another's while the line is kept: the prompt is kept with it.
        key = (index, id(prompt), part, width, style)
        kept = self._kept.get(key)
        if kept is not None:
            return kept[1]
        if "\t" in prompt.plain:
            return None
        lines = prompt.split("\n", allow_blank=True)
        if len(lines) != self.lines_per_row:
            return None
        strip = draw_row_line(option_list, index, lines[part], part, width, style)
        self._kept[key] = (prompt, strip)
        return strip
