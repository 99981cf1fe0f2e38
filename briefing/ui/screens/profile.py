"""One entity's profile over the reader: who it is, then every row a jump back into the articles.

Choosing an article, a quote by the entity or a quote about it closes the screen with the walk to
follow (``briefing.walk``): the main screen goes to the chosen place and ``n`` / ``N`` walk the rest,
as after a search. Choosing an entity it appears with opens that one's profile on top; Escape goes
back, a screen at a time, and a jump made there closes this one too.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.loaded import Briefing
from briefing.profile import Profile, build_profile, quote_at
from briefing.ui.widgets.profile_list import ProfileList
from briefing.walk import Walk, entity_walk, quotes_walk, speaker_walk


def open_profile(briefing: Briefing, name: str) -> ProfileScreen | None:
    """The profile screen of the entity ``name`` is, None when the briefing has no such entity (or is not indexed)."""
    if briefing.fact_index is None:
        return None
    profile = build_profile(briefing, briefing.fact_index, name)
    return ProfileScreen(briefing, profile) if profile is not None else None


def _summary(profile: Profile) -> Content:
    count = len(profile.articles)
    counts = f" · {profile.kind} · {profile.mentions:,} mentions in {count:,} article{'s' if count != 1 else ''}"
    return Content.assemble((profile.name, "bold"), (counts, "dim"))


def _details(profile: Profile) -> Content:
    roles = ", ".join(profile.roles) or "none found"
    forms = ", ".join(f"{form} ({count})" for form, count in profile.forms)
    return Content.assemble(("Roles: ", "bold"), roles, "\n", ("Written as: ", "bold"), forms)


class ProfileScreen(Screen[Walk | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="profile.close"),
    ]

    def __init__(self, briefing: Briefing, profile: Profile) -> None:
        super().__init__()
        self.briefing = briefing
        self.profile = profile

    def compose(self) -> ComposeResult:
        yield Static(_summary(self.profile), id="profile-title", markup=False)
        yield Static(_details(self.profile), id="profile-details", markup=False)
        yield ProfileList(self.briefing, self.profile, id="profile-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ProfileList).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    # --- jumps ---------------------------------------------------------------------------

    @on(ProfileList.ArticleChosen)
    def _article_chosen(self, message: ProfileList.ArticleChosen) -> None:
        """The article, its mentions of the entity marked: n / N walk them on through the briefing."""
        assert self.briefing.fact_index is not None  # a profile is made from it
        walk = entity_walk(self.briefing, self.briefing.fact_index, self.profile.name)
        if walk:
            walk.go_to(message.position, 0)
            self.dismiss(walk)

    @on(ProfileList.QuoteChosen)
    def _quote_chosen(self, message: ProfileList.QuoteChosen) -> None:
        """The quote in its article: n / N walk the entity's quotes (or the quotes about it) from there."""
        assert self.briefing.fact_index is not None
        place, name = message.place, self.profile.name
        if message.side == "by":
            walk = speaker_walk(self.briefing, self.briefing.fact_index, name)
        else:
            places = ((at.position, at.number) for at in self.profile.quotes_about)
            walk = quotes_walk(self.briefing, f"Quotes about {name}", places, subject=name)
        quote = quote_at(self.briefing, place)
        if walk and quote is not None:
            walk.go_to(place.position, quote.start)
            self.dismiss(walk)

    @on(ProfileList.EntityChosen)
    def _entity_chosen(self, message: ProfileList.EntityChosen) -> None:
        screen = open_profile(self.briefing, message.name)
        if screen is None:
            self.notify(f"No profile of {message.name}", markup=False)
            return

        def followed(walk: Walk | None) -> None:
            if walk is not None:
                self.dismiss(walk)  # a jump from the other profile: back to the articles at once

        self.app.push_screen(screen, followed)
