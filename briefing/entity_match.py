"""Which entity of the briefing a typed name means (``briefing timeline --who NAME``, the app's timeline).

A small first version: the entity whose name or one of its other names is the query, ignoring case;
else rapidfuzz's best match above ``MIN_SCORE``. A fuller fuzzy lookup that also reports ambiguity
belongs with entity profiles; this one is kept apart so the two can become one.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from briefing.fact_index import FactIndex

MIN_SCORE = 85.0


def match_entity(fact_index: FactIndex, query: str) -> str | None:
    """The canonical name of the entity ``query`` names, or None when nothing is close enough."""
    wanted = " ".join(query.split()).casefold()
    if not wanted:
        return None
    summaries = fact_index.summaries
    exact = [name for name in summaries if name.casefold() == wanted]
    if exact:
        # "Blair" may be a person and an organisation's short name: the most mentioned wins.
        return fact_index.identity.canonical(max(exact, key=lambda name: (summaries[name].mentions, name)))
    found = process.extract(
        query, list(summaries), scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=MIN_SCORE, limit=10
    )
    if not found:
        return None
    # Among equally close names, the most mentioned: "blair" is Tony Blair before Cherie Blair.
    best = max(found, key=lambda match: (match[1], summaries[match[0]].mentions))
    return fact_index.identity.canonical(best[0])
