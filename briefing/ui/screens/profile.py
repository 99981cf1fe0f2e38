"""One entity's profile over the reader: who it is, then every row a jump back into the articles.

A profile is lookups in the fact index (``briefing.profile``): one of an entity named in up to
``AT_ONCE`` articles (some 20 ms for 4,000 of them) is made at once, so it is on the screen's first
frame. One named in more, in a larger briefing, is made in a thread worker, the screen up at once
saying it is reading them.

Choosing an article, a quote by the entity or a quote about it closes the screen with the walk to
follow (``briefing.walk``): the main screen goes to the chosen place and ``n`` / ``N`` walk the rest,
as after a search. Choosing an entity it appears with opens that one's profile on top; Escape goes
back, a screen at a time, and a jump made there closes this one too.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.loaded import Briefing
from briefing.profile import Profile, build_profile, quote_at
from briefing.ui.widgets.profile_list import ProfileList
from briefing.walk import Walk, entity_walk, quotes_walk, speaker_walk

AT_ONCE = 10_000  # articles naming the entity, at most, for its profile to be made without a worker


def open_profile(briefing: Briefing, name: str) -> ProfileScreen | None:
    """The profile screen of the entity ``name`` is, None when the briefing has no such entity (or is not indexed)."""
    fact_index = briefing.fact_index
    if fact_index is None or fact_index.identity.canonical(name) not in fact_index.summaries:
        return None
    return ProfileScreen(briefing, fact_index.identity.canonical(name))


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

    def __init__(self, briefing: Briefing, entity: str) -> None:
        super().__init__()
        self.briefing = briefing
        self.entity = entity  # its canonical name
        self.profile: Profile | None = None  # once made

    def compose(self) -> ComposeResult:
        reading = Content.assemble((self.entity, "bold"), (" · reading the articles that name it…", "dim"))
        yield Static(reading, id="profile-title", markup=False)
        yield Static("", id="profile-details", markup=False)
        yield ProfileList(self.briefing, id="profile-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ProfileList).focus()
        fact_index = self.briefing.fact_index
        assert fact_index is not None  # see ``open_profile``
        names = fact_index.identity.names_of(self.entity)
        if sum(fact_index.summaries[name].articles for name in names if name in fact_index.summaries) > AT_ONCE:
            self._make_profile()
            return
        profile = build_profile(self.briefing, fact_index, self.entity)
        if profile is not None:
            self._show(profile)

    @work(thread=True, exclusive=True, group="profile", exit_on_error=False)
    def _make_profile(self) -> None:
        assert self.briefing.fact_index is not None
        profile = build_profile(self.briefing, self.briefing.fact_index, self.entity)
        if profile is not None:
            self.app.call_from_thread(self._show, profile)

    def _show(self, profile: Profile) -> None:
        if not self.is_attached:
            return  # closed while it was being made
        self.profile = profile
        self.query_one("#profile-title", Static).update(_summary(profile))
        self.query_one("#profile-details", Static).update(_details(profile))
        self.query_one(ProfileList).show_profile(profile)

    def action_close(self) -> None:
        self.dismiss(None)

    # --- jumps ---------------------------------------------------------------------------

    @on(ProfileList.ArticleChosen)
    def _article_chosen(self, message: ProfileList.ArticleChosen) -> None:
        """The article, its mentions of the entity marked: n / N walk them on through the briefing."""
        assert self.briefing.fact_index is not None  # a profile is made from it
        walk = entity_walk(self.briefing, self.briefing.fact_index, self.entity)
        if walk:
            walk.go_to(message.position, 0)
            self.dismiss(walk)

    @on(ProfileList.QuoteChosen)
    def _quote_chosen(self, message: ProfileList.QuoteChosen) -> None:
        """The quote in its article: n / N walk the entity's quotes (or the quotes about it) from there."""
        assert self.briefing.fact_index is not None and self.profile is not None  # its rows come from them
        place, name = message.place, self.entity
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
