"""A widget's lines drawn ahead as the screen shows them: its border, padding and colours around each content line.

Textual draws a changed line of a widget in two steps: the content line (``render_line``), then the line
as it is on the screen, within the widget's border and padding, in its colours (``StylesCache.render_line``,
private). For the lists here the first is kept already (``RowLines``), and the second is most of the cost
of a key that shows another article's facts, or jumps the article list: every line of the pane, again.

Lines drawn ahead while idle (``StyledLines.draw``) are kept by the content line they were drawn around
(the very strip: content lines here are kept, so the same row gives the same strip), their place, and
everything else Textual draws a line with (``_looks``). When the widget next draws, each line Textual is to
draw again whose content line is among them is put straight into Textual's cache of drawn lines
(``StyledLines.reuse``), as a scroll reuses the lines it only moved (scrolled_lines.py). A line whose content
or look differs in any way is not found, and is drawn as before. Without Textual's private line cache
(another Textual), nothing is kept and every line is drawn as before; ``StylesCache`` itself is Textual 8's
(pyproject bounds Textual below 9).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping

from textual._styles_cache import StylesCache
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

# Lines kept per widget: a few screenfuls (what is made ahead for two likely keys, and the last shown).
KEPT_LINES = 512
# Lines drawn ahead in one piece: the screen lets a key in between pieces (a millisecond or two each).
LINES_PER_PIECE = 12


def pieces(lines: range) -> Iterator[range]:
    """The lines, a piece at a time."""
    for first in range(lines.start, lines.stop, LINES_PER_PIECE):
        yield range(first, min(first + LINES_PER_PIECE, lines.stop))


def textual_line_cache(widget: Widget) -> tuple[dict[int, Strip], set[int]] | None:
    """Textual's rendered lines of the widget, by line, and those asked to be drawn again."""
    cache = getattr(widget, "_styles_cache", None)
    lines, dirty = getattr(cache, "_cache", None), getattr(cache, "_dirty_lines", None)
    return (lines, dirty) if isinstance(lines, dict) and isinstance(dirty, set) else None


def _looks(widget: Widget) -> tuple[Hashable, ...]:
    """Everything but the content line that Textual draws a line of this widget with (``StylesCache.render_widget``
    passes these to ``render_line``, which reads the rest from the styles)."""
    styles = widget.styles
    base_background, background = widget.background_colors
    title, subtitle = widget._border_title, widget._border_subtitle
    app = widget.app
    return (
        widget.region.size,
        widget.content_region.size,
        styles.padding,
        base_background,
        background,
        None if title is None else (title, *widget._get_title_style_information(base_background)),
        None if subtitle is None else (subtitle, *widget._get_subtitle_style_information(base_background)),
        widget.opacity,
        id(app.ansi_theme),
        app.native_ansi_color,
        styles.border,
        styles.outline,
        styles.border_title_align,
        styles.border_subtitle_align,
        styles.tint,
        styles.text_opacity,
        styles.hatch if styles.has_rule("hatch") else None,
    )


class StyledLines:
    """Lines of one widget drawn ahead as the screen shows them, by their content line, place and look."""

    def __init__(self) -> None:
        # (line of the widget, id of its content line or None for a border line, look): the content line
        # (kept so its id is never another's while here) and the line drawn.
        self._kept: LRUCache[tuple[int, int | None, tuple[Hashable, ...]], tuple[Strip | None, Strip]] = LRUCache(
            KEPT_LINES
        )

    def clear(self) -> None:
        self._kept.clear()

    def draw(self, widget: Widget, content: Mapping[int, Strip]) -> None:
        """Draw ahead the widget's lines as they would be with these content lines (by line of the content),
        and its border lines."""
        if textual_line_cache(widget) is None or not widget.is_mounted:
            return
        looks = _looks(widget)
        styles = widget.styles
        base_background, background = widget.background_colors
        title, subtitle = looks[5], looks[6]
        top, height = styles.gutter.top, widget.region.height
        content_height = widget.content_region.height
        app = widget.app
        filters = widget.get_line_filters()
        drawer = StylesCache()  # not the widget's: that one holds what is on the screen

        def drawn(y: int, line: Strip | None) -> None:
            key = (y, None if line is None else id(line), looks)
            if key in self._kept:
                return
            strip = drawer.render_line(
                styles,
                y,
                widget.region.size,
                widget.content_region.size,
                styles.padding,
                base_background,
                background,
                lambda _y: line if line is not None else Strip.blank(0),
                title,  # type: ignore[arg-type]  # the tuple _looks made, of the types render_line takes
                subtitle,  # type: ignore[arg-type]
                widget.opacity,
                app.ansi_theme,
                app.native_ansi_color,
            )
            self._kept[key] = (line, strip)
            for line_filter in filters:  # the strip keeps what each filter makes of it: drawing finds it there
                strip = strip.apply_filter(line_filter, background)

        for y in (*range(top), *range(top + content_height, height)):
            drawn(y, None)
        for y, line in content.items():
            if 0 <= y < content_height:
                drawn(top + y, line)

    def reuse(self, widget: Widget, crop: Region, content_line: Callable[[int], Strip | None]) -> None:
        """Before the widget draws ``crop``: put each line Textual is to draw again that was drawn ahead, with
        the content line it would now draw (``content_line``, by line of the content), into Textual's cache."""
        cache = textual_line_cache(widget)
        if cache is None or not self._kept:
            return
        lines, dirty = cache
        wanted = [y for y in crop.line_range if y in dirty or y not in lines]
        if not wanted:
            return
        looks = _looks(widget)
        top, content_height = widget.styles.gutter.top, widget.content_region.height
        for y in wanted:
            if top <= y < top + content_height:
                line = content_line(y - top)
                if line is None:
                    continue  # drawn by Textual's general path: not kept
            else:
                line = None  # a border line
            kept = self._kept.get((y, None if line is None else id(line), looks))
            if kept is not None and kept[0] is line:
                lines[y] = kept[1]
                dirty.discard(y)
