"""A scroll of a few lines renders only the lines it exposes, and the scrollbar only if its thumb moves.

Textual repaints the whole of a ``ScrollView`` when it scrolls, and renders each of its lines
again (content, border, tint: the bulk of a key's time when the article list moves down a row).
After a scroll by ``shift`` lines, content line ``y`` shows what line ``y + shift`` showed: the
rendered line is taken from there when it was drawn and nothing has asked for it to be redrawn
since. The screen still repaints the whole widget; only the rendering is saved.

This reads Textual's per-widget line cache (``Widget._styles_cache``), which has no public
interface: if its shape changes, scrolling falls back to rendering every line, as before.
"""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget

# A mixin, not a widget class: Textual takes a widget's CSS and component classes from its first base only.
if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Mixin
else:
    _Mixin = object


def _line_cache(widget: Widget) -> tuple[dict[int, Strip], set[int]] | None:
    """Textual's rendered lines of the widget, by line, and those asked to be drawn again."""
    cache = getattr(widget, "_styles_cache", None)
    lines, dirty = getattr(cache, "_cache", None), getattr(cache, "_dirty_lines", None)
    return (lines, dirty) if isinstance(lines, dict) and isinstance(dirty, set) else None


def clean_lines(widget: Widget) -> dict[int, Strip]:
    """The widget's rendered lines that nothing has asked to redraw, by line of the widget."""
    cache = _line_cache(widget)
    if cache is None:
        return {}
    lines, dirty = cache
    return {y: strip for y, strip in lines.items() if y not in dirty}


def reuse_scrolled_lines(widget: Widget, clean: dict[int, Strip], shift: int) -> None:
    """After a scroll by ``shift`` lines (down if positive), keep each content line that was only moved.

    ``clean`` is what ``clean_lines`` returned just before the scroll.
    """
    cache = _line_cache(widget)
    if not shift or not clean or cache is None:
        return
    lines, dirty = cache
    gutter = widget.styles.gutter
    top, bottom = gutter.top, widget.outer_size.height - gutter.bottom  # content lines: top <= y < bottom
    for y in range(top, bottom):
        source = y + shift
        if top <= source < bottom and (strip := clean.get(source)) is not None:
            lines[y] = strip
            dirty.discard(y)


def thumb_moves(bar: ScrollBar, position: float) -> bool:
    """Whether the scrollbar is drawn differently at this position (its thumb moves by eighths of a cell).

    In a long list a row's scroll seldom moves the thumb, yet the bar repaints on every change of position.
    """
    window = ceil(bar.window_size) if bar.window_size < bar.window_virtual_size else 0
    virtual, size = ceil(bar.window_virtual_size), bar.size.height if bar.vertical else bar.size.width

    def drawn(at: float) -> list[Segment]:
        return bar.renderer.render_bar(size, virtual, window, at, bar.thickness, bar.vertical).segments

    return drawn(bar.position) != drawn(bar.validate_position(position))


class ReusesScrolledLines(_Mixin):
    """Mixed into a ``ScrollView`` (listed before it): vertical scrolls render only the lines they expose,
    and leave the scrollbar alone when its thumb does not move."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        shift = round(new_value) - round(old_value)
        clean = clean_lines(self) if shift else {}
        if self.show_vertical_scrollbar and not thumb_moves(bar := self.vertical_scrollbar, new_value):
            # Set quietly: ScrollView's watcher then sets the same value, which repaints nothing.
            bar.set_reactive(ScrollBar.position, bar.validate_position(new_value))
        super().watch_scroll_y(old_value, new_value)
        reuse_scrolled_lines(self, clean, shift)
