"""The steps of extraction, one after the other (``briefing.extract`` is the door to them)."""

from __future__ import annotations

import gc
import threading

from briefing.extract import numbers
from briefing.extract.aliases import LinkedMention, link, roles_by_name
from briefing.extract.entities import CandidateFinder
from briefing.extract.gazetteer import load_gazetteer
from briefing.extract.kinds import decide_kinds
from briefing.extract.quotes import QuoteFinder
from briefing.extract.sentences import split_paragraphs, without_bullets
from briefing.model import Entity, Facts, Mention


def extract(body: str) -> Facts:
    if not isinstance(body, str) or not body:
        return Facts()
    # Extraction makes many small objects and keeps most of them to the end (on a hostile body,
    # hundreds of thousands of figures, dates or mentions): garbage collections that its
    # allocations set off would walk them again and again and find next to nothing to free, as
    # they hold no reference cycles to speak of. So the collector waits until it is done; but
    # only on the main thread (a worker process, the command line): the collector is the whole
    # process's, and an app extracting in a thread must not stop it under the screen's feet.
    paused = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if paused:
        gc.disable()
    try:
        return _extract(body)
    finally:
        if paused:
            gc.enable()


def _extract(body: str) -> Facts:
    gazetteer = load_gazetteer()
    finder = CandidateFinder(gazetteer)
    candidates = finder.find(body)
    linked = link(body, candidates, gazetteer)
    kinds = decide_kinds(body, linked, gazetteer)
    linked.confidence = {name: typed.confidence for name, typed in kinds.items()}
    roles = roles_by_name(linked)
    # Titles of works ("the film Vera Drake") are no entity; every other name takes its entity's kind.
    # (One pass over the mentions, each name's kind looked up once.)
    kept: list[LinkedMention] = []
    entities: dict[str, Entity] = {}
    for mention in linked.mentions:
        typed = kinds[mention.name]
        if typed.kind == "none":
            continue
        mention.kind = typed.kind
        kept.append(mention)
        entity = entities.get(mention.name)
        if entity is None:
            entity = entities[mention.name] = Entity(
                mention.name,
                typed.kind,  # type: ignore[arg-type]  # never "none": those names were left out above
                roles=roles.get(mention.name, []),
                confidence=typed.confidence,
            )
        entity.mentions.append(Mention(mention.start, mention.end, mention.text))
    linked.mentions = kept
    # (Speech is read past list bullets: "- He was skeptical …, calling the buyer "untested"".)
    spoken = without_bullets(body)
    quote_finder = QuoteFinder(spoken, linked, gazetteer, split_paragraphs(spoken))
    quotes = quote_finder.find()
    figures, dates = numbers.find_figures(body), numbers.find_dates(body)
    return Facts(
        entities=list(entities.values()),
        quotes=quotes,
        figures=figures,
        dates=dates,
        limited=(
            finder.limited
            or quote_finder.limited
            or len(figures) >= numbers.MAX_FIGURES
            or len(dates) >= numbers.MAX_DATES
        ),
    )


__all__ = ["extract"]
