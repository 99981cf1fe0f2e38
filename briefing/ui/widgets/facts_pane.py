"""Key facts: people, organisations, places, quotes by speaker, figures and dates, each with counts.

Shows either the current article or the whole briefing (entities across every article,
merged by canonical name). Every name and quote goes in as ``Content`` built from plain
text, so nothing from a document is parsed as markup. Choosing a row posts a message;
the screen decides what it means.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import ClassVar, Literal

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.fact_index import FactIndex, speaker_of
from briefing.model import CONFIDENT, Article, Entity, EntityKind, Facts, Quote
from briefing.ui.widgets.rows import RowLines, RowPrompt
from briefing.ui.widgets.scrolled_lines import ReusesScrolledLines, resize_scroll
from briefing.ui.widgets.styled_lines import StyledLines, pieces

Scope = Literal["article", "briefing"]
# None: names whose kind the text hardly supports, kept apart rather than called people.
SECTIONS: tuple[tuple[EntityKind | None, str], ...] = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("place", "Places"),
    (None, "Other names"),
)

# The briefing-wide view lists at most this many rows per section: the palette reaches the rest.
BRIEFING_SECTION_LIMIT = 200
QUOTE_CLIP = 70
# Lists of an article's facts kept (by article): the few made ahead for where the next key leads, and
# the last shown, to go back to.
LISTS_KEPT = 4

# How each kind of quote looks in the list (the article view uses matching colours, see briefing.tcss).
QUOTE_LOOK: dict[str, tuple[str, str, str]] = {
    "direct": ("“", "”", "$success"),
    "partial": ("‘", "’", "$warning italic"),
    "indirect": ("≈ ", "", "$text-muted italic"),
}


def _unique(options: list[Option]) -> list[Option]:
    """Drop rows whose id repeats (an extractor may list a name twice); OptionList ids must be unique."""
    seen: set[str] = set()
    kept = []
    for option in options:
        if option.id is not None:
            if option.id in seen:
                continue
            seen.add(option.id)
        kept.append(option)
    return kept


def _one_line(option: Option) -> Option:
    """The row with a prompt whose height is known without laying it out (every row here is one line)."""
    prompt = option.prompt
    if isinstance(prompt, Content) and "\n" not in prompt.plain:
        prompt = RowPrompt(prompt.plain, list(prompt.spans), prompt.cell_length, strip_control_codes=False)
    return Option(prompt, id=option.id, disabled=option.disabled)


def _heading(label: str, count: int) -> Option:
    return Option(Content.styled(f"{label} ({count:,})", "bold $accent"), disabled=True)


def _quotes_heading(count: int) -> Option:
    """The Quotes heading, with a legend for how each kind of quote is marked."""
    legend = [Content(" ")]
    for kind, (opening, closing, style) in QUOTE_LOOK.items():
        legend.append(Content.styled(f" {opening.strip()}{kind}{closing}", style))
    return Option(Content.styled(f"Quotes ({count:,})", "bold $accent").append(Content("").join(legend)), disabled=True)


def _in_section(entity: Entity, kind: EntityKind | None) -> bool:
    confident = entity.confidence >= CONFIDENT
    return (entity.kind == kind and confident) if kind is not None else not confident


def _entity_prompt(entity: Entity) -> Content:
    """The name, its mention count and its first role ("Prime Minister"), which may be clipped."""
    parts = Content.assemble("  ", entity.name, (f"  {len(entity.mentions)}", "dim"))
    if entity.roles:
        parts = parts.append(Content.styled(f"  {entity.roles[0]}", "italic $text-muted"))
    return parts


def quote_look(quote: Quote) -> tuple[str, str]:
    """A quote clipped to one line and marked by kind (“direct”, ‘partial’, ≈ indirect), and its style."""
    opening, closing, style = QUOTE_LOOK.get(quote.kind, QUOTE_LOOK["direct"])
    text = " ".join(quote.text.split())
    clipped = text if len(text) <= QUOTE_CLIP else text[: QUOTE_CLIP - 1] + "…"
    return f"{opening}{clipped}{closing}", style


def quote_prompt(quote: Quote) -> Content:
    return Content.assemble("    ", Content.styled(*quote_look(quote)))


# Said first when extraction stopped at one of its bounds: the facts below are not the whole text's.
LIMITED = "Facts from the first part only: this text holds more names, quotes or figures than any article"


class FactsPane(ReusesScrolledLines, OptionList):
    """Lists key facts; posts ``EntityChosen``, ``SpeakerChosen``, ``QuoteChosen`` or ``SpanChosen`` for the row
    chosen, and ``ProfileAsked`` for ``i``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="facts.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facts.up"),
        Binding("g", "first", "First", show=False, id="facts.first"),
        Binding("G", "last", "Last", show=False, id="facts.last"),
        Binding("f", "toggle_scope", "Article/briefing facts", id="facts.scope"),
        Binding("i", "profile", "Profile", id="facts.profile"),
    ]

    @dataclass
    class EntityChosen(Message):
        name: str

    @dataclass
    class ProfileAsked(Message):
        """The profile of an entity or a speaker (i)."""

        name: str

    @dataclass
    class SpeakerChosen(Message):
        """A speaker (their heading in the Quotes list): walk their quotes."""

        name: str

    @dataclass
    class QuoteChosen(Message):
        article_id: str
        quote_position: int  # in the article's quotes

    @dataclass
    class SpanChosen(Message):
        """A figure or date of the current article: show it in the text, then walk the others."""

        article_id: str
        start: int
        end: int
        unit: Literal["figure", "date"]

    # A new list changes only this pane's scrollable height: no layout of the whole screen, which
    # redraws every scrollbar on it (OptionList updates its own scrollbar; one appearing or going
    # still asks for a layout).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: Article | None = None
        self.facts: Facts | None = None  # the article's, None while they are being extracted
        self.fact_index: FactIndex | None = None
        self.scope: Scope = "article"
        self._rows = RowLines(1)
        self._styled = StyledLines()
        self._made: dict[str, tuple[Article, Facts | None, list[Option]]] = {}  # see _article_list

    # --- what to show ------------------------------------------------------------------

    def show_facts(self, article: Article | None, facts: Facts | None, fact_index: FactIndex | None = None) -> None:
        """Rebuild the list only if what it shows changed: each rebuild redraws the whole pane."""
        article_changed = article is not self.article or facts is not self.facts
        index_changed = fact_index is not None and fact_index is not self.fact_index
        self.article, self.facts = article, facts
        if index_changed:
            self.fact_index = fact_index
        # The briefing-wide list does not depend on the article: browsing leaves it (and its cursor) alone.
        changed = index_changed if self.scope == "briefing" else article_changed
        if changed or self.option_count == 0:
            self._render_scope()

    def is_ready(self, article: Article, facts: Facts | None) -> bool:
        """Whether showing this article's facts costs no more than a frame can spare: its list made ahead
        (``draw_ahead``), or nothing to change (the briefing-wide list)."""
        if self.scope == "briefing":
            return self.option_count > 0
        made = self._made.get(article.id)
        return made is not None and made[0] is article and made[1] is facts

    def draw_ahead(self, article: Article, facts: Facts | None) -> Iterator[None]:
        """Make, while idle, the list of an article the reader is likely to open next, and draw the lines it
        would show first, as on the screen: showing it then swaps the lists, and its lines are taken from
        what was kept (``StyledLines``). A piece at a time (the list, then a few lines at a time): each step
        of the iterator makes one."""
        if self.scope != "article" or not self.is_mounted:
            return
        options = self._article_list(article, facts)
        self.draw_bar_ahead(len(options), 0)
        yield
        for piece in pieces(range(self.scrollable_content_region.height)):
            content: dict[int, Strip] = {}
            with self._rows.drawing(self):  # as wide as any list here: its scrollbar always shows (briefing.tcss)
                for y in piece:
                    line = (
                        self._rows.line(self, y, 0, option=options[y]) if y < len(options) else self._rows.blank(self)
                    )
                    if line is not None:
                        content[y] = line
            self._styled.draw(self, content)
            yield

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        self._render_scope()

    def action_toggle_scope(self) -> None:
        self.set_scope("briefing" if self.scope == "article" else "article")

    def _render_scope(self) -> None:
        # A briefing-wide list does not change with the article: keep the reader's place in it.
        keep = self.highlighted_option.id if self.highlighted is not None and self.highlighted_option else None
        if self.scope == "briefing":
            self._set_title("Key facts · whole briefing")
            options = [_one_line(option) for option in _unique(self._briefing_options())]
        else:
            self._set_title("Key facts · this article")
            options = self._article_list(self.article, self.facts) if self.article is not None else []
        if options:
            if self.is_mounted:
                # The new length first, repainting only the scrollbar's cells that change (``resize_scroll``):
                # set_options then finds it set, and does not repaint the whole bar. Every row is one line.
                resize_scroll(self, Size(self.scrollable_content_region.width, len(options)))
            # In one go: clearing first would empty the pane for a moment, hiding its scrollbar (a layout).
            self.set_options(options)
        else:
            self.clear_options()
        if keep is not None and self.scope == "briefing":
            with suppress(OptionDoesNotExist):  # that row may be gone
                self.highlighted = self.get_option_index(keep)

    def _set_title(self, title: str) -> None:
        # Only when it changes: setting it parses it as markup and repaints the pane (each article, else).
        if self.border_title != title:
            self.border_title = title

    def _article_list(self, article: Article, facts: Facts | None) -> list[Option]:
        """The rows of an article's facts, as the list takes them: made once for these facts, and kept for
        the last few articles shown or made ahead."""
        made = self._made.pop(article.id, None)
        if made is None or made[0] is not article or made[1] is not facts:
            made = (article, facts, [_one_line(option) for option in _unique(self._article_options(facts))])
        if len(self._made) >= LISTS_KEPT:
            self._made.pop(next(iter(self._made)))
        self._made[article.id] = made  # the newest last
        return made[2]

    def _article_options(self, facts: Facts | None) -> list[Option]:
        if facts is None:
            return [Option(Content.styled("Extracting key facts…", "dim italic"), disabled=True)]
        options: list[Option] = []
        for kind, label in SECTIONS:
            entities = [entity for entity in facts.entities if _in_section(entity, kind) and entity.mentions]
            if entities:
                options.append(_heading(label, len(entities)))
                options.extend(Option(_entity_prompt(entity), id=f"entity:{entity.name}") for entity in entities)
        if facts.quotes:
            by_speaker: dict[str, list[int]] = {}
            for number, quote in enumerate(facts.quotes):
                by_speaker.setdefault(speaker_of(quote) or "unattributed", []).append(number)
            options.append(_quotes_heading(len(facts.quotes)))
            for speaker, numbers in by_speaker.items():
                options.append(self._speaker_option(speaker, len(numbers), selectable=speaker != "unattributed"))
                options.extend(Option(quote_prompt(facts.quotes[n]), id=f"quote:{n}") for n in numbers)
        for label, unit, items in (("Figures", "figure", facts.figures), ("Dates", "date", facts.dates)):
            if items:
                options.append(_heading(label, len(items)))
                options.extend(
                    Option(
                        Content.assemble("  ", item.text, (f"  {item.kind}", "dim")),
                        id=f"{unit}:{item.start}:{item.end}",
                    )
                    for item in items
                )
        if not options:
            options.append(Option(Content.styled("No key facts found", "dim italic"), disabled=True))
        if facts.limited:
            options.insert(0, Option(Content.styled(LIMITED, "italic"), disabled=True))
        return options

    def _speaker_option(self, speaker: str, count: int, *, selectable: bool = True) -> Option:
        prompt = Content.assemble("  ", (speaker, "italic"), (f" · {count} quote{'s' if count != 1 else ''}", "dim"))
        return Option(prompt, id=f"speaker:{speaker}" if selectable else None, disabled=not selectable)

    def _briefing_options(self) -> list[Option]:
        fact_index = self.fact_index
        if fact_index is None or (not fact_index.summaries and not fact_index.speakers):
            return [Option(Content.styled("Key facts appear once every article is read", "dim italic"), disabled=True)]
        options: list[Option] = []
        for kind, label in SECTIONS:
            ranked = fact_index.ranked(kind)
            if not ranked:
                continue
            options.append(_heading(label, len(ranked)))
            for summary in ranked[:BRIEFING_SECTION_LIMIT]:
                counts = f"  {summary.mentions} in {summary.articles} article{'s' if summary.articles != 1 else ''}"
                options.append(
                    Option(Content.assemble("  ", summary.name, (counts, "dim")), id=f"entity:{summary.name}")
                )
            if len(ranked) > BRIEFING_SECTION_LIMIT:
                options.append(self._more(len(ranked) - BRIEFING_SECTION_LIMIT))
        if fact_index.speakers:
            speakers = fact_index.speaker_names()
            total = sum(fact_index.quote_count(name) for name in speakers)
            options.append(_quotes_heading(total))
            options.extend(
                self._speaker_option(name, fact_index.quote_count(name)) for name in speakers[:BRIEFING_SECTION_LIMIT]
            )
            if len(speakers) > BRIEFING_SECTION_LIMIT:
                options.append(self._more(len(speakers) - BRIEFING_SECTION_LIMIT))
        return options

    @staticmethod
    def _more(count: int) -> Option:
        return Option(Content.styled(f"  … {count:,} more: Ctrl+P finds any of them", "dim italic"), disabled=True)

    # --- drawing rows ------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        with self._rows.drawing(self):
            self._styled.reuse(self, crop, self._content_line)
            return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """A row drawn as OptionList draws it (see rows.py): its one line, cut with an ellipsis."""
        strip = self._content_line(y)
        return super().render_line(y) if strip is None else strip

    def _content_line(self, y: int) -> Strip | None:
        """Line ``y`` as kept (the same strip for the same row), or None for OptionList's general path."""
        # Every row is a one-line RowPrompt (see _one_line): row n is then line n.
        index = self.scroll_offset.y + y
        return self._rows.line(self, index, 0) if 0 <= index < self.option_count else self._rows.blank(self)

    def notify_style_update(self) -> None:
        self._rows.clear()
        self._styled.clear()
        super().notify_style_update()

    # --- the highlighted row -----------------------------------------------------------

    def highlighted_person(self) -> str | None:
        """The person (or speaker) on the highlighted row, if it is one."""
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id or ""
        kind, _, value = option_id.partition(":")
        if kind == "speaker":
            return value
        if kind == "entity" and self.fact_index is not None:
            summary = self.fact_index.entity_summaries().get(self.fact_index.identity.canonical(value))
            if summary is not None and summary.kind == "person":
                return value
        return None

    def action_profile(self) -> None:
        """The highlighted entity's (or speaker's) profile."""
        option_id = self.highlighted_option.id if self.highlighted is not None and self.highlighted_option else None
        kind, _, value = (option_id or "").partition(":")
        if kind in ("entity", "speaker"):
            self.post_message(self.ProfileAsked(value))

    def select_entity_row(self, name: str) -> None:
        """Move the cursor to an entity's row, if it is listed (after the palette chose it)."""
        with suppress(OptionDoesNotExist):  # not in this article
            self.highlighted = self.get_option_index(f"entity:{name}")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option_id or ""
        kind, _, value = option_id.partition(":")
        if kind == "entity":
            self.post_message(self.EntityChosen(value))
        elif kind == "speaker":
            self.post_message(self.SpeakerChosen(value))
        elif kind == "quote" and self.article is not None:
            self.post_message(self.QuoteChosen(self.article.id, int(value)))
        elif kind in ("figure", "date") and self.article is not None:
            start, _, end = value.partition(":")
            unit: Literal["figure", "date"] = "figure" if kind == "figure" else "date"
            self.post_message(self.SpanChosen(self.article.id, int(start), int(end), unit))
