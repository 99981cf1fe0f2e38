"""A scroll of a few lines re-renders only the lines it exposes, not every line of the widget.

Textual repaints the whole of a ``ScrollView`` when it scrolls, and renders each of its lines
again (content, border, tint: the bulk of a key's time when the article list moves down a row).
After a scroll by ``shift`` lines, content line ``y`` shows what line ``y + shift`` showed: the
rendered line is taken from there when it was drawn and nothing has asked for it to be redrawn
since. The screen still repaints the whole widget; only the rendering is saved.

This reads Textual's per-widget line cache (``Widget._styles_cache``), which has no public
interface: if its shape changes, scrolling falls back to rendering every line, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.strip import Strip
from textual.widget import Widget

# A mixin, not a widget class: Textual takes a widget's CSS and component classes from its first base only.
if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Mixin
else:
    _Mixin = object


def clean_lines(widget: Widget) -> dict[int, Strip]:
    """The widget's rendered lines that nothing has asked to redraw, by line of the widget."""
    cache = getattr(widget, "_styles_cache", None)
    lines, dirty = getattr(cache, "_cache", None), getattr(cache, "_dirty_lines", None)
    if not isinstance(lines, dict) or not isinstance(dirty, set):
        return {}
    return {y: strip for y, strip in lines.items() if y not in dirty}


def reuse_scrolled_lines(widget: Widget, clean: dict[int, Strip], shift: int) -> None:
    """After a scroll by ``shift`` lines (down if positive), keep each content line that was only moved.

    ``clean`` is what ``clean_lines`` returned just before the scroll.
    """
    cache = getattr(widget, "_styles_cache", None)
    lines, dirty = getattr(cache, "_cache", None), getattr(cache, "_dirty_lines", None)
    if not shift or not clean or not isinstance(lines, dict) or not isinstance(dirty, set):
        return
    gutter = widget.styles.gutter
    top, bottom = gutter.top, widget.outer_size.height - gutter.bottom  # content lines: top <= y < bottom
    for y in range(top, bottom):
        source = y + shift
        if top <= source < bottom and (strip := clean.get(source)) is not None:
            lines[y] = strip
            dirty.discard(y)


class ReusesScrolledLines(_Mixin):
    """Mixed into a ``ScrollView`` (listed before it): vertical scrolls render only the lines they expose."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        shift = round(new_value) - round(old_value)
        clean = clean_lines(self) if shift else {}
        super().watch_scroll_y(old_value, new_value)
        reuse_scrolled_lines(self, clean, shift)
