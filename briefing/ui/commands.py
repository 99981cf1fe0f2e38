"""Command palette providers: articles, entities, and "Quotes by …" speakers.

Names and titles are document text: every hit's display is ``Content`` built from plain
strings (Textual parses a plain ``str`` prompt as markup, and ``Matcher.highlight`` does
too, so neither is used). Matching uses rapidfuzz, which stays fast over 10,000 titles
or 100,000 names. Choosing an entity calls the same ``MainScreen.select_entity`` as
choosing it in the facts pane.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from rapidfuzz import fuzz, process, utils
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from briefing.ui.screens.main import MainScreen

LIMIT = 20
DISCOVERY_LIMIT = 8
CUTOFF = 60
MATCH_STYLE = "bold underline"


def _main_screen(provider: Provider) -> MainScreen | None:
    from briefing.ui.screens.main import MainScreen

    screen = getattr(provider.app, "main_screen", None)
    return screen if isinstance(screen, MainScreen) else None


def _plain_help(text: str) -> str:
    """Help shown as written, never read as markup (a file name may hold brackets). Textual takes
    Content here although its hint says str: the cast is only for the checker."""
    return cast(str, Content(text))


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' if number != 1 else ''}"


def highlighted(candidate: str, query: str) -> Content:
    """The candidate as plain text, its characters that match the query's words in bold."""
    content = Content(candidate)
    folded = candidate.casefold()
    for word in query.casefold().split():
        start = folded.find(word)
        if start != -1:
            content = content.stylize(MATCH_STYLE, start, start + len(word))
    return content


def rank(query: str, choices: Sequence[str], limit: int = LIMIT) -> list[tuple[int, float]]:
    """(position in ``choices``, score 0..1) of the best fuzzy matches, best first; an exact name scores 1."""
    found = process.extract(
        query, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=CUTOFF
    )
    folded = query.casefold().strip()
    ranked = []
    for _, score, position in found:
        exact = choices[position].casefold() == folded
        ranked.append((position, 1.0 if exact else min(score / 100, 0.99)))
    return ranked


class EntityProvider(Provider):
    """People, organisations and places across the briefing, and "Quotes by …" for each speaker."""

    async def startup(self) -> None:
        screen = _main_screen(self)
        fact_index = screen.briefing.fact_index if screen is not None else None
        summaries = list(fact_index.entity_summaries().values()) if fact_index is not None else []
        summaries.sort(key=lambda summary: (-summary.mentions, summary.name))
        self._summaries = summaries
        self._names = [summary.name for summary in summaries]
        speakers = fact_index.speaker_names() if fact_index is not None else []
        self._speakers = speakers
        self._quote_counts = {name: fact_index.quote_count(name) for name in speakers} if fact_index else {}

    def _entity_hit(self, position: int, score: float, query: str) -> Hit:
        summary = self._summaries[position]
        return Hit(
            score,
            highlighted(summary.name, query),
            self._select(summary.name),
            text=summary.name,
            help=_plain_help(
                f"{summary.kind} · {_count(summary.mentions, 'mention')} in {_count(summary.articles, 'article')}"
            ),
        )

    def _speaker_hit(self, speaker: str, score: float, query: str) -> Hit:
        label = f"Quotes by {speaker}"
        return Hit(
            score,
            Content("Quotes by ").append(highlighted(speaker, query)),
            self._speaker(speaker),
            text=label,
            help=_plain_help(f"{_count(self._quote_counts.get(speaker, 0), 'quote')}: n / N walk them"),
        )

    def _select(self, name: str) -> Callable[[], None]:
        screen = _main_screen(self)
        assert screen is not None
        return partial(screen.select_entity, name)

    def _speaker(self, name: str) -> Callable[[], None]:
        screen = _main_screen(self)
        assert screen is not None
        return partial(screen.walk_speaker, name)

    async def search(self, query: str) -> Hits:
        if not self._names:
            return
        for position, score in rank(query, self._names):
            yield self._entity_hit(position, score, query)
        # "Quotes by Kim" should find the speaker too, so match on the name without the prefix.
        bare = query.casefold().removeprefix("quotes").strip().removeprefix("by").strip() or query
        for position, score in rank(bare, self._speakers, limit=LIMIT // 2):
            # Just below the person themself, so Enter on a typed name selects the entity.
            yield self._speaker_hit(self._speakers[position], score * 0.98, bare)

    async def discover(self) -> Hits:
        for summary in self._summaries[:DISCOVERY_LIMIT]:
            yield DiscoveryHit(
                Content(summary.name),
                self._select(summary.name),
                text=summary.name,
                help=_plain_help(f"{summary.kind} · {_count(summary.mentions, 'mention')}"),
            )
        for speaker in self._speakers[: DISCOVERY_LIMIT // 2]:
            yield DiscoveryHit(Content(f"Quotes by {speaker}"), self._speaker(speaker), text=f"Quotes by {speaker}")


class ArticleProvider(Provider):
    """Every article, by title."""

    async def startup(self) -> None:
        screen = _main_screen(self)
        self._articles = list(screen.briefing.articles) if screen is not None else []
        self._titles = [article.title or article.source_name for article in self._articles]

    def _open(self, article_id: str) -> Callable[[], None]:
        screen = _main_screen(self)
        assert screen is not None
        return partial(screen.show_article, article_id)

    async def search(self, query: str) -> Hits:
        for position, score in rank(query, self._titles):
            article = self._articles[position]
            yield Hit(
                # An article never outranks an entity of the same score: names are what people type.
                score * 0.95,
                highlighted(self._titles[position], query),
                self._open(article.id),
                text=self._titles[position],
                help=_plain_help(f"article · {article.source_name} · {article.word_count:,} words"),
            )

    async def discover(self) -> Hits:
        for article, title in list(zip(self._articles, self._titles, strict=True))[:DISCOVERY_LIMIT]:
            yield DiscoveryHit(
                Content(title), self._open(article.id), text=title, help=_plain_help(f"article · {article.source_name}")
            )
