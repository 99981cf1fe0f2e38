"""A tiny stand-in for ``briefing.extract.extract_facts``, used only while the real one is a stub.

It knows a handful of names from the seed article, so the UI paths (walking mentions,
quotes by speaker) can be exercised before the extractor lands. Once the real extractor
finds entities in the seed, the fixtures use it instead (see conftest.py).
"""

from __future__ import annotations

import re

from briefing.model import DateRef, Entity, Facts, Figure, Mention, Quote

NAMES = {
    "Fumio Kishida": ("person", ("Fumio Kishida", "Kishida")),
    "Kim Yo Jong": ("person", ("Kim Yo Jong",)),
    "Kim Jong Un": ("person", ("Kim Jong Un",)),
    "Leif-Eric Easley": ("person", ("Leif-Eric Easley", "Easley")),
    "Ewha Womans University": ("organisation", ("Ewha Womans University",)),
    "North Korea": ("place", ("North Korea",)),
    "Japan": ("place", ("Japan",)),
}
QUOTE = re.compile(r"[\"“]([^\"”]{2,600})[\"”]")


def fake_extract_facts(body: str) -> Facts:
    entities: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for name, (kind, forms) in NAMES.items():
        mentions = []
        for form in forms:
            for match in re.finditer(rf"\b{re.escape(form)}\b", body):
                span = (match.start(), match.end())
                if any(start < span[1] and span[0] < end for start, end in taken):
                    continue
                taken.append(span)
                mentions.append(Mention(span[0], span[1], match.group()))
        if mentions:
            mentions.sort(key=lambda mention: mention.start)
            entities.append(Entity(name, kind, mentions))  # type: ignore[arg-type]
    quotes = []
    people = [entity for entity in entities if entity.kind == "person"]
    for match in QUOTE.finditer(body):
        start, end = match.span()
        speaker, speaker_text = None, ""
        best = 10**9
        for person in people:
            for mention in person.mentions:
                distance = mention.start - end if mention.start >= end else start - mention.end
                if 0 <= distance < min(best, 200):
                    best, speaker, speaker_text = distance, person.name, mention.text
        words = len(match.group(1).split())
        kind = "direct" if words >= 6 else "partial"
        quotes.append(Quote(match.group(1), start, end, kind, speaker, speaker_text, "said"))  # type: ignore[arg-type]
    figures = [Figure(m.group(), m.start(), m.end(), "money") for m in re.finditer(r"\$\d+ million", body)]
    dates = [DateRef(m.group(), m.start(), m.end(), "year") for m in re.finditer(r"\b(19|20)\d\d\b", body)]
    return Facts(entities, quotes, figures, dates)
