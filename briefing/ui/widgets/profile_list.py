"""One entity's profile as a list: the articles naming it, quotes by and about it, the entities it appears with.

Every row is a jump; choosing one posts a message and the screen decides what it means. Titles,
names and quotes are document text: they go in as ``Content`` built from plain strings.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar, Literal, TypeVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.loaded import Briefing
from briefing.profile import ArticleMentions, Companion, Profile, QuotePlace, quote_at
from briefing.sanitize import one_line
from briefing.ui.widgets.facts_pane import quote_look
from briefing.ui.widgets.rows import row_prompt

T = TypeVar("T")

# Rows shown per section at first: an entity named in thousands of articles has thousands of rows, and
# reading the quotes of them all would hold the screen up. A last row shows the rest when asked.
FIRST_ROWS = 50
TITLE_CLIP = 60

Section = Literal["article", "by", "about", "with"]
QuoteSide = Literal["by", "about"]


def _heading(section: Section, label: str, count: int) -> Option:
    return Option(row_prompt((f"{label} ({count:,})", "bold $accent")), id=f"heading:{section}", disabled=True)


class ProfileList(OptionList):
    """Posts ``ArticleChosen``, ``QuoteChosen`` or ``EntityChosen``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="profile.down"),
        Binding("k", "cursor_up", "Up", show=False, id="profile.up"),
        Binding("g", "first", "First", show=False, id="profile.first"),
        Binding("G", "last", "Last", show=False, id="profile.last"),
        Binding("right_square_bracket", "section(1)", "Next section", key_display="]", id="profile.next_section"),
        Binding(
            "left_square_bracket",
            "section(-1)",
            "Prev section",
            key_display="[",
            show=False,
            id="profile.previous_section",
        ),
    ]

    @dataclass
    class ArticleChosen(Message):
        position: int  # the article's place in the briefing

    @dataclass
    class QuoteChosen(Message):
        side: QuoteSide  # a quote by the entity, or about it
        place: QuotePlace

    @dataclass
    class EntityChosen(Message):
        """An entity it appears with: open that one's profile."""

        name: str

    def __init__(self, briefing: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.briefing = briefing
        self.profile: Profile | None = None
        self.shown: dict[str, int] = {}  # rows shown per section

    def show_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.shown = dict.fromkeys(("article", "by", "about", "with"), FIRST_ROWS)
        self.set_options(self._rows())
        self.highlighted = next((number for number in range(self.option_count) if not self._disabled(number)), None)

    def _disabled(self, number: int) -> bool:
        return self.get_option_at_index(number).disabled

    def _rows(self) -> list[Option]:
        profile = self.profile
        if profile is None:
            return []
        return [
            *self._section("article", "Articles", profile.articles, self._article_row),
            *self._section("by", "Quotes by", profile.quotes_by, partial(self._quote_row, "by")),
            *self._section("about", "Quotes about", profile.quotes_about, partial(self._quote_row, "about")),
            *self._section("with", "Appears with", profile.companions, self._companion_row),
        ]

    def _section(
        self, section: Section, label: str, items: Sequence[T], row: Callable[[int, T], Option | None]
    ) -> list[Option]:
        limit = self.shown[section]
        options = [_heading(section, label, len(items))]
        options += filter(None, (row(number, item) for number, item in enumerate(items[:limit])))
        if len(items) > limit:
            more = row_prompt((f"  … {len(items) - limit:,} more: Enter shows them", "dim italic"))
            options.append(Option(more, id=f"more:{section}"))
        return options

    def _article_row(self, number: int, at: ArticleMentions) -> Option:
        mentions = f"  {at.mentions} mention{'s' if at.mentions != 1 else ''}"
        title = one_line(self.briefing.articles[at.position].title, TITLE_CLIP)
        return Option(row_prompt("  ", title, (mentions, "dim")), id=f"article:{at.position}")

    def _quote_row(self, side: QuoteSide, number: int, place: QuotePlace) -> Option | None:
        quote = quote_at(self.briefing, place)
        if quote is None:
            return None
        title = (f"  · {one_line(self.briefing.articles[place.position].title, 40)}", "dim")
        if side == "about":
            speaker = quote.speaker or quote.speaker_text or "unattributed"
            prompt = row_prompt("  ", (f"{one_line(speaker, 30)}:", "italic"), " ", quote_look(quote), title)
        else:
            prompt = row_prompt("  ", quote_look(quote), title)
        return Option(prompt, id=f"{side}:{number}")

    def _companion_row(self, number: int, one: Companion) -> Option:
        counts = f"  {one.kind} · {one.count} sentence{'s' if one.count != 1 else ''}"
        return Option(row_prompt("  ", one.name, (counts, "dim")), id=f"with:{one.name}")

    def action_section(self, step: int) -> None:
        """To the first row of the next (or previous) section."""
        headings = [
            n for n in range(self.option_count) if (self.get_option_at_index(n).id or "").startswith("heading:")
        ]
        if not headings:
            return  # the profile is still being made
        here = self.highlighted if self.highlighted is not None else -1
        if step > 0:
            later = [n for n in headings if n > here]
            target = later[0] if later else headings[0]
        else:
            current = max((n for n in headings if n < here), default=headings[-1])
            earlier = [n for n in headings if n < current]
            target = earlier[-1] if earlier else headings[-1]
        rows = [n for n in range(target + 1, self.option_count) if not self._disabled(n)]
        if rows:
            self.highlighted = rows[0]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, value = (event.option_id or "").partition(":")
        if self.profile is None:
            return
        if kind == "article":
            self.post_message(self.ArticleChosen(int(value)))
        elif kind == "by":
            self.post_message(self.QuoteChosen("by", self.profile.quotes_by[int(value)]))
        elif kind == "about":
            self.post_message(self.QuoteChosen("about", self.profile.quotes_about[int(value)]))
        elif kind == "with":
            self.post_message(self.EntityChosen(value))
        elif kind == "more" and value in self.shown:
            self._show_all(event.option_index, value)

    def _show_all(self, row: int, section: str) -> None:
        """Every row of a section, from the one that said there were more."""
        self.shown[section] = sys.maxsize
        self.set_options(self._rows())
        self.highlighted = row
