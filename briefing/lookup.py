"""Which entity of the briefing a typed name means: exactly, by a name it goes by, or fuzzily.

A name the briefing holds, in any case or spacing ("tony blair", "BLAIR"), means the entity it is a
name of (``FactIndex.identity``: "Blair" is Tony Blair when he is the Blair the briefing is about);
a short name shared by several ("Blair" with two Blairs of similar weight) lists them. Anything
else is matched by rapidfuzz against every name and alias: the best entity is chosen when it scores
clearly above the next, else the close ones are the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from briefing.fact_index import FactIndex
from briefing.model import EntityKind

# Below this score (0-100, rapidfuzz's token_set_ratio) a name is no match at all.
CUTOFF = 80.0
# The best match is chosen only when it scores this much above the next entity's best.
MARGIN = 5.0
CANDIDATES = 10


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str  # the canonical name
    kind: EntityKind
    mentions: int
    matched: str  # the name or alias the query matched
    score: float  # 100 for an exact name


@dataclass(frozen=True, slots=True)
class Found:
    """The entity chosen (``chosen``), or none, with the candidates when the query is ambiguous."""

    query: str
    chosen: Candidate | None
    candidates: tuple[Candidate, ...] = ()


def find_entity(fact_index: FactIndex, query: str) -> Found:
    identity = fact_index.identity
    summaries = fact_index.summaries
    wanted = utils.default_process(query)
    if not wanted:
        return Found(query, None)

    def candidate(name: str, matched: str, score: float) -> Candidate:
        canonical = identity.canonical(name)
        mentions = sum(summaries[member].mentions for member in identity.names_of(canonical) if member in summaries)
        return Candidate(canonical, summaries[canonical].kind, mentions, matched, score)

    exact = [name for name in summaries if utils.default_process(name) == wanted]
    if exact:
        found = {identity.canonical(name): name for name in exact}
        if len(found) == 1 and not any(name in identity.ambiguous and name not in identity.aliases for name in exact):
            name = next(iter(found.values()))
            return Found(query, candidate(name, name, 100.0))
        meant = {full: name for name in exact for full in identity.ambiguous.get(name, ())} or found
        return _ambiguous(query, [candidate(full, name, 100.0) for full, name in meant.items()])
    best: dict[str, Candidate] = {}
    matches = process.extract(
        wanted,
        list(summaries),
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        score_cutoff=CUTOFF,
        limit=None,
    )
    for name, score, _ in matches:
        found_one = candidate(name, name, score)
        if found_one.name not in best or best[found_one.name].score < score:
            best[found_one.name] = found_one
    ranked = sorted(best.values(), key=lambda one: (-one.score, -one.mentions, one.name))
    if not ranked:
        return Found(query, None)
    if len(ranked) == 1 or ranked[0].score - ranked[1].score >= MARGIN:
        return Found(query, ranked[0])
    return _ambiguous(query, [one for one in ranked if ranked[0].score - one.score < MARGIN])


def _ambiguous(query: str, candidates: list[Candidate]) -> Found:
    ranked = sorted(candidates, key=lambda one: (-one.score, -one.mentions, one.name))
    return Found(query, None, tuple(ranked[:CANDIDATES]))
