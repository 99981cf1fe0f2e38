"""Rows of the option lists (the article list, the facts pane, a profile): prompts whose height is known,
and what a row is drawn with, for the lists that draw their own rows rather than lay each one out.

The lists are styled ``text-wrap: nowrap``: a row's height is then its number of lines, and
OptionList's general path (wrap, then format, for every line) does for them no more than cut
each line with an ellipsis, at several times the cost of doing just that.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option


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


def draw_row_line(option_list: OptionList, index: int, option: Option, line: Content, y: int, width: int) -> Strip:
    """Line ``y`` of a row (``line``: that line of its prompt), as OptionList's general path draws it."""
    style = row_style(option_list, index, option)
    line = line.truncate(width, ellipsis=True)  # what text-overflow: ellipsis does
    segments, x = [], 0
    for text, text_style in line.render(style, end="", parse_style=option_list._get_style):
        segments.append(Segment(text, (style + text_style).rich_style_with_offset(x, y)))
        x += len(text)
    strip = Strip(segments, line.cell_length)
    return strip.extend_cell_length(width, style.rich_style).apply_meta({"option": index})


def row_style(option_list: OptionList, index: int, option: Option) -> Style:
    """The style OptionList draws a row with in its state: disabled, highlighted, under the mouse, or plain."""
    if option.disabled:
        state = "option-list--option-disabled"
    elif option_list.highlighted == index:
        state = "option-list--option-highlighted"
    elif option_list._mouse_hovering_over == index:
        state = "option-list--option-hover"
    else:
        return option_list.get_visual_style("option-list--option")
    return option_list.get_visual_style("option-list--option", state)
