"""A scroll of a few lines renders only the lines it exposes, and of the scrollbar only the cells that change.

Textual repaints the whole of a ``ScrollView`` when it scrolls, and renders each of its lines
again (content, border, tint: the bulk of a key's time when the article list moves down a row).
After a scroll by ``shift`` lines, content line ``y`` shows what line ``y + shift`` showed: the
rendered line is taken from there when it was drawn and nothing has asked for it to be redrawn
since. The screen still repaints the whole widget; only the rendering is saved.

This reads Textual's per-widget line cache (``Widget._styles_cache``), which has no public
interface: if its shape changes, scrolling falls back to rendering every line, as before. A new
scrollable size (``resize_scroll``) uses Textual's private ``_refresh_scrollbars`` and
``_scroll_update`` the same way: without them, Textual's general path.

The panes' vertical scrollbars are ``KeptScrollBar``s, which keep what they drew for their last few
states and can be drawn ahead; making one and keeping its drawing use Textual 8's private
``_vertical_scrollbar``, ``App._start_widget``, ``Widget._render_content`` and ``_RenderCache``.
"""

from __future__ import annotations

from collections.abc import Hashable
from math import ceil
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget, _RenderCache

from briefing.ui.widgets.styled_lines import StyledLines, textual_line_cache

# A mixin, not a widget class: Textual takes a widget's CSS and component classes from its first base only.
if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Mixin
else:
    _Mixin = object


def clean_lines(widget: Widget) -> dict[int, Strip]:
    """The widget's rendered lines that nothing has asked to redraw, by line of the widget."""
    cache = textual_line_cache(widget)
    if cache is None:
        return {}
    lines, dirty = cache
    return {y: strip for y, strip in lines.items() if y not in dirty}


def reuse_scrolled_lines(widget: Widget, clean: dict[int, Strip], shift: int) -> None:
    """After a scroll by ``shift`` lines (down if positive), keep each content line that was only moved.

    ``clean`` is what ``clean_lines`` returned just before the scroll.
    """
    cache = textual_line_cache(widget)
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


def _bar_cells(bar: ScrollBar, virtual_size: float, window_size: float, position: float) -> list[Segment]:
    """What a vertical scrollbar draws in each cell of its length, as ``ScrollBar.render`` lays it out
    (in the default colours: which cells change does not depend on them)."""
    window = ceil(window_size) if window_size < virtual_size else 0
    return bar.renderer.render_bar(bar.size.height, ceil(virtual_size), window, position, bar.thickness).segments


def set_bar(
    bar: ScrollBar, *, virtual_size: int | None = None, window_size: int | None = None, position: float | None = None
) -> None:
    """Change what a vertical scrollbar shows, repainting only the cells of it drawn differently: where the
    thumb was and where it goes, and the cells between, whose click now scrolls the other way. Setting
    these on the bar repaints all of it: in a long list, on every scroll, though the thumb moves by
    eighths of a cell."""
    old = (bar.window_virtual_size, bar.window_size, bar.position)
    new = (
        old[0] if virtual_size is None else virtual_size,
        old[1] if window_size is None else window_size,
        old[2] if position is None else bar.validate_position(position),
    )
    if new == old:
        return
    before, after = _bar_cells(bar, *old), _bar_cells(bar, *new)
    bar.set_reactive(ScrollBar.window_virtual_size, new[0])
    bar.set_reactive(ScrollBar.window_size, new[1])
    bar.set_reactive(ScrollBar.position, new[2])
    if len(before) != len(after):  # drawn past its end (a position beyond the size): all of it, then
        bar.refresh()
        return
    width = bar.size.width
    changed = [Region(0, y, width, 1) for y, (was, now) in enumerate(zip(before, after, strict=True)) if was != now]
    if changed:
        bar.refresh(*changed)


def resize_scroll(view: Widget, size: Size) -> bool:
    """Set a scroll view's virtual size as Textual does (``Widget._scroll_update``), without a layout of the
    whole screen (which redraws every scrollbar on it) and repainting of its own vertical scrollbar only
    the cells drawn differently.

    Uses Textual's private ``_refresh_scrollbars`` and ``_scroll_update``: when either is missing it does
    nothing and returns False, and the caller sets ``virtual_size`` (Textual's general path).
    """
    refresh_scrollbars, scroll_update = (
        getattr(view, "_refresh_scrollbars", None),
        getattr(view, "_scroll_update", None),
    )
    if not callable(refresh_scrollbars) or not callable(scroll_update):
        return False
    shown = (view.show_vertical_scrollbar, view.show_horizontal_scrollbar)
    view.set_reactive(type(view).virtual_size, size)
    refresh_scrollbars()  # which bars the new size needs
    if (view.show_vertical_scrollbar, view.show_horizontal_scrollbar) != shown or view.show_horizontal_scrollbar:
        scroll_update(size)  # a bar appears or goes (a layout either way), or a horizontal one shows: Textual's way
        return True
    scroll_y = view.validate_scroll_y(view.scroll_y)  # within the new size
    if view.show_vertical_scrollbar and view.styles.scrollbar_size_vertical:
        window = view.container_size.height - view.scrollbar_size_horizontal
        set_bar(view.vertical_scrollbar, virtual_size=size.height, window_size=window, position=scroll_y)
    view.scroll_y = scroll_y
    return True


# States of a scrollbar kept drawn (the last few it showed, and those drawn ahead).
BAR_STATES_KEPT = 16


class KeptScrollBar(ScrollBar):
    """A scrollbar that keeps what it drew for its last few states (size, thumb, colours), and can draw one
    ahead: Textual draws all of a scrollbar again for any cell that changes, through Rich (a millisecond
    or more, for each pane's bar on a key that changes them all)."""

    def __init__(self, vertical: bool = True, name: str | None = None, *, thickness: int = 1) -> None:
        super().__init__(vertical, name, thickness=thickness)
        self._kept: LRUCache[tuple[Hashable, ...], list[Strip]] = LRUCache(BAR_STATES_KEPT)
        self._styled = StyledLines()

    def _state(self, bar: ScrollBarRender) -> tuple[Hashable, ...]:
        """Everything a drawing of the bar depends on."""
        return (
            self.size,
            bar.virtual_size,
            bar.window_size,
            bar.position,
            bar.thickness,
            bar.vertical,
            bar.style,
            self.visual_style,
        )

    def _draw(self, bar: ScrollBarRender) -> list[Strip]:
        """The bar drawn as ``Widget._render_content`` draws it."""
        visual = visualize(self, bar, markup=self._render_markup)
        return Visual.to_strips(self, visual, self.size.width, self.size.height, self.visual_style)

    def notify_style_update(self) -> None:
        self._kept.clear()  # a theme, hover or grab: other colours
        self._styled.clear()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._styled.reuse(self, crop, self._content_line)
        return super().render_lines(crop)

    def _content_line(self, y: int) -> Strip | None:
        if self._dirty_regions:
            self._render_content()
        lines = self._render_cache.lines
        return lines[y] if 0 <= y < len(lines) else None

    def _render_content(self) -> None:
        bar = self.render()
        if not isinstance(bar, ScrollBarRender) or self.text_selection is not None:
            super()._render_content()
            return
        state = self._state(bar)
        lines = self._kept.get(state)
        if lines is None:
            lines = self._kept[state] = self._draw(bar)
        self._render_cache = _RenderCache(self.size, lines)
        self._dirty_regions.clear()

    def draw_ahead(self, virtual_size: int, window_size: int, position: float) -> None:
        """Draw the bar as it would be for a scrollable size, window and position (as ``set_bar`` sets them)."""
        if self.parent is None:
            return  # (taken off the screen since the drawing was asked for: a screen closed in between)
        shown = self.render()
        if not isinstance(shown, ScrollBarRender) or not self.size:
            return
        bar = self.renderer(
            virtual_size=ceil(virtual_size),
            window_size=ceil(window_size) if window_size < virtual_size else 0,
            position=self.validate_position(position),
            thickness=self.thickness,
            vertical=self.vertical,
            style=shown.style,
        )
        state = self._state(bar)
        lines = self._kept.get(state)
        if lines is None:
            lines = self._kept[state] = self._draw(bar)
        self._styled.draw(self, dict(enumerate(lines)))  # as on the screen too


class ReusesScrolledLines(_Mixin):
    """Mixed into a ``ScrollView`` (listed before it): vertical scrolls render only the lines they expose,
    and repaint of the scrollbar only the cells drawn differently (in a long list, most scrolls none); its
    vertical scrollbar keeps what it drew (``KeptScrollBar``)."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        # As Widget.vertical_scrollbar makes it (with Textual's private _vertical_scrollbar and _start_widget).
        if self._vertical_scrollbar is not None:
            return self._vertical_scrollbar
        bar = self._vertical_scrollbar = KeptScrollBar(
            vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
        )
        bar.display = False
        self.app._start_widget(self, bar)
        return bar

    def draw_bar_ahead(self, virtual_height: int, scroll_y: float) -> None:
        """Draw ahead the vertical scrollbar as a scrollable height and scroll would show it."""
        bar = self._vertical_scrollbar
        if isinstance(bar, KeptScrollBar) and self.show_vertical_scrollbar:
            window = self.container_size.height - self.scrollbar_size_horizontal
            bar.draw_ahead(virtual_height, window, scroll_y)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        shift = round(new_value) - round(old_value)
        clean = clean_lines(self) if shift else {}
        if self.show_vertical_scrollbar:
            # Set quietly: ScrollView's watcher then sets the same value, which repaints nothing.
            set_bar(self.vertical_scrollbar, position=new_value)
        super().watch_scroll_y(old_value, new_value)
        reuse_scrolled_lines(self, clean, shift)
