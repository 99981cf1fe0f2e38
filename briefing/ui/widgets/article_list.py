"""The list of articles: title, source and word count; scales to tens of thousands of rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article


class RowPrompt(Content):
    """A prompt whose lines never wrap (the list is styled ``text-wrap: nowrap``).

    Its height is then its number of lines, known without laying it out: the option list asks
    every new option for its height, which for 10,000 articles was a second of layout.
    """

    def get_height(self, rules: RulesMap, width: int) -> int:
        if rules.get("text_wrap", "wrap") == "nowrap":
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)


def article_prompt(article: Article) -> Content:
    """Two lines: the title, then source and word count. Plain text, never markup."""
    title = article.title.replace("\n", " ")
    details = f"{article.source_name} · {article.word_count:,} words".replace("\n", " ")
    return RowPrompt(f"{title}\n{details}", [Span(len(title) + 1, len(title) + 1 + len(details), "dim")])


class ArticleList(OptionList):
    """Posts ``ArticleList.Chosen`` when the highlighted article changes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
    ]

    @dataclass
    class Chosen(Message):
        article_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._ids: list[str] = []

    def add_articles(self, articles: Sequence[Article]) -> None:
        first_batch = not self._ids
        self.add_options(Option(article_prompt(article), id=article.id) for article in articles)
        self._ids.extend(article.id for article in articles)
        if first_batch and self._ids:
            self.highlighted = 0

    def select_article(self, article_id: str) -> None:
        try:
            position = self.get_option_index(article_id)
        except Exception:  # OptionDoesNotExist: the article is not in the list
            return
        if self.highlighted != position:
            self.highlighted = position

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.Chosen(event.option_id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.Chosen(event.option_id))
