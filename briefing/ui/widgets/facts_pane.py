"""Key facts of the current article: people, organisations, places, quotes by speaker, figures, dates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article

SECTIONS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))


def _heading(label: str, count: int) -> Option:
    return Option(Content.styled(f"{label} ({count})", "bold"), disabled=True)


class FactsPane(OptionList):
    """Lists an article's facts; posts ``EntityChosen`` or ``QuoteChosen`` on Enter or click."""

    @dataclass
    class EntityChosen(Message):
        name: str

    @dataclass
    class QuoteChosen(Message):
        article_id: str
        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: Article | None = None

    def show_facts(self, article: Article | None) -> None:
        self.article = article
        self.clear_options()
        facts = article.facts if article else None
        if article is None:
            return
        if facts is None:
            self.add_option(Option(Content.styled("Extracting key facts…", "dim italic"), disabled=True))
            return
        options: list[Option] = []
        for kind, label in SECTIONS:
            entities = [entity for entity in facts.entities if entity.kind == kind]
            if entities:
                options.append(_heading(label, len(entities)))
                options.extend(
                    Option(Content(f"  {entity.name}").append(Content.styled(f"  {len(entity.mentions)}", "dim")),
                           id=f"entity:{entity.name}")
                    for entity in entities
                )
        by_speaker: dict[str, list[int]] = defaultdict(list)
        for index, quote in enumerate(facts.quotes):
            by_speaker[quote.speaker or quote.speaker_text or "unattributed"].append(index)
        if facts.quotes:
            options.append(_heading("Quotes", len(facts.quotes)))
            for speaker, indices in by_speaker.items():
                options.append(Option(Content.styled(f"  {speaker}", "italic"), disabled=True))
                for index in indices:
                    quote = facts.quotes[index]
                    text = " ".join(quote.text.split())
                    clipped = text if len(text) <= 70 else text[:69] + "…"
                    options.append(Option(Content(f"    “{clipped}”"), id=f"quote:{index}"))
        for label, items in (("Figures", facts.figures), ("Dates", facts.dates)):
            if items:
                options.append(_heading(label, len(items)))
                options.extend(Option(Content(f"  {item.text}"), id=f"{label.lower()}:{n}") for n, item in enumerate(items))
        if not options:
            options.append(Option(Content.styled("No key facts found", "dim italic"), disabled=True))
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option_id or ""
        kind, _, value = option_id.partition(":")
        if kind == "entity":
            self.post_message(self.EntityChosen(value))
        elif kind == "quote" and self.article is not None:
            self.post_message(self.QuoteChosen(self.article.id, int(value)))
