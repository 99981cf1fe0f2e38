"""One entity's profile as a list: the articles naming it, quotes by and about it, the entities it appears with.

Every row is a jump; choosing one posts a message and the screen decides what it means. Titles,
names and quotes are document text: they go in as ``Content`` built from plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.loaded import Briefing
from briefing.profile import Profile, QuotePlace, quote_at
from briefing.ui.widgets.facts_pane import quote_prompt

# Rows listed per section: an entity named in thousands of articles would list thousands, and reading
# the quotes for them all would hold the screen up. The command line (`briefing who`) lists every one.
SECTION_LIMIT = 200
TITLE_CLIP = 60

QuoteSide = Literal["by", "about"]


def _heading(label: str, count: int) -> Option:
    return Option(Content.styled(f"{label} ({count:,})", "bold $accent"), disabled=True)


def _clip(text: str, limit: int = TITLE_CLIP) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _more(count: int) -> Option:
    return Option(Content.styled(f"  … {count:,} more: `briefing who` lists them all", "dim italic"), disabled=True)


class ProfileList(OptionList):
    """Posts ``ArticleChosen``, ``QuoteChosen`` or ``EntityChosen``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="profile.down"),
        Binding("k", "cursor_up", "Up", show=False, id="profile.up"),
        Binding("g", "first", "First", show=False, id="profile.first"),
        Binding("G", "last", "Last", show=False, id="profile.last"),
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

    def __init__(self, briefing: Briefing, profile: Profile, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.briefing = briefing
        self.profile = profile
        self.places: dict[str, QuotePlace] = {}  # option id -> the quote it shows

    def on_mount(self) -> None:
        self.set_options(self._rows())
        self.highlighted = next((number for number in range(self.option_count) if not self._disabled(number)), None)

    def _disabled(self, number: int) -> bool:
        return self.get_option_at_index(number).disabled

    def _rows(self) -> list[Option]:
        profile, articles = self.profile, self.briefing.articles
        options = [_heading("Articles", len(profile.articles))]
        for at in profile.articles[:SECTION_LIMIT]:
            mentions = f"  {at.mentions} mention{'s' if at.mentions != 1 else ''}"
            prompt = Content.assemble("  ", _clip(articles[at.position].title), (mentions, "dim"))
            options.append(Option(prompt, id=f"article:{at.position}"))
        if len(profile.articles) > SECTION_LIMIT:
            options.append(_more(len(profile.articles) - SECTION_LIMIT))
        options += self._quote_options("by", "Quotes by", profile.quotes_by)
        options += self._quote_options("about", "Quotes about", profile.quotes_about)
        options.append(_heading("Appears with", len(profile.companions)))
        options.extend(
            Option(
                Content.assemble(
                    "  ", one.name, (f"  {one.kind} · {one.count} sentence{'s' if one.count != 1 else ''}", "dim")
                ),
                id=f"with:{one.name}",
            )
            for one in profile.companions
        )
        return options

    def _quote_options(self, side: QuoteSide, label: str, places: tuple[QuotePlace, ...]) -> list[Option]:
        options = [_heading(label, len(places))]
        for number, place in enumerate(places[:SECTION_LIMIT]):
            quote = quote_at(self.briefing, place)
            if quote is None:
                continue
            prompt = quote_prompt(quote, "  ")
            if side == "about":
                speaker = quote.speaker or quote.speaker_text or "unattributed"
                prompt = Content.assemble("  ", (f"{_clip(speaker, 30)}:", "italic"), quote_prompt(quote, " "))
            title = _clip(self.briefing.articles[place.position].title, 40)
            option_id = f"{side}:{number}"
            self.places[option_id] = place
            options.append(Option(prompt.append(Content.styled(f"  · {title}", "dim")), id=option_id))
        if len(places) > SECTION_LIMIT:
            options.append(_more(len(places) - SECTION_LIMIT))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option_id or ""
        kind, _, value = option_id.partition(":")
        if kind == "article":
            self.post_message(self.ArticleChosen(int(value)))
        elif kind in ("by", "about"):
            side: QuoteSide = "by" if kind == "by" else "about"
            self.post_message(self.QuoteChosen(side, self.places[option_id]))
        elif kind == "with":
            self.post_message(self.EntityChosen(value))
