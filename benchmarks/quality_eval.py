"""Key-facts quality on the hand-annotated development set (``benchmarks/devset/``).

Usage: .venv/bin/python benchmarks/quality_eval.py [--set devset|holdout] [--errors] [--only NAME] [--json]

Each annotated article is read through the project's own loader from ``../shared`` and
extracted with ``extract_facts``; the annotations (format in ``benchmarks/devset/GUIDELINES.md``)
are then compared with what came out:

- **quotes**: a gold quote is *found* when a reported direct or partial quote covers where its
  words start; its speaker is *right* when the reported speaker is one of the gold entity's
  forms (or both are null). Speaker accuracy counts over all gold quotes, so a missed quote is
  a wrong speaker; the same two figures for direct quotes alone follow (the key-facts issue's
  quote targets are for direct quotes). *Precision* is the share of reported direct and partial
  quotes that cover a gold quote.
- **names**: every whole-word occurrence of every annotated form is a gold mention with a kind
  (longest forms first, no overlaps; forms marked ambiguous are left out, with whatever is
  reported over them). Reported mentions score by exact span and kind, per kind and overall.
- **articles**: gold people not found as people (by any overlapping mention), and reported
  people that are not people (no mention overlapping a gold person), per article.

``--set forms`` scores ``benchmarks/forms/``: short US political news texts written for this set,
one passage per hard attribution form of the key-facts issue (organisational and nominal sources,
"X tweeted:", the attribution in the next sentence, split quotes, appositives, roles reaching
back across paragraphs, quotes running over paragraphs). Only their quotes are scored; their
``names`` list the speakers' forms and nothing else.

``--set holdout`` scores ``benchmarks/holdout/`` instead: articles annotated the same way but never
used while writing the rules, so its figures estimate how the rules do on news they have not seen
(look at its errors only when the rules are no longer being changed against it).

Figures print with the targets of the key-facts issue beside them. Articles whose source is
missing (no ``../shared``) are skipped with one line saying so.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.extract import extract_facts  # noqa: E402
from briefing.model import Article, Facts  # noqa: E402
from briefing.sources import load_bytes  # noqa: E402

SETS = {name: REPO / "benchmarks" / name for name in ("devset", "forms", "holdout")}
DEVSET = SETS["devset"]
KINDS = ("person", "organisation", "place")
TARGETS = {
    "quotes found": 0.95,
    "right speaker": 0.90,
    "quote precision": 0.95,
    "names F1": 0.85,
    "organisation F1": 0.75,
}


@dataclass(slots=True)
class Gold:
    name: str
    body: str
    facts: Facts
    mentions: dict[tuple[int, int], str]  # span -> kind
    ambiguous: list[tuple[int, int]]
    forms: dict[str, set[str]]  # entity -> its forms (lowercased)
    quotes: list[dict]
    quote_starts: list[int]
    names_scored: bool  # false for texts whose names are annotated only as speakers


@dataclass(slots=True)
class Tally:
    gold_quotes: int = 0
    found: int = 0
    right: int = 0
    direct: int = 0  # the same three counts for direct quotes alone
    direct_found: int = 0
    direct_right: int = 0
    no_speaker: int = 0
    wrong_speaker: int = 0
    reported: int = 0
    real: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    span_tp: int = 0
    people_missed: int = 0
    people_gold: int = 0
    non_people: list[int] = field(default_factory=list)
    articles: int = 0


def load_article(source: Path) -> Article:
    loaded = load_bytes(source.read_bytes(), str(source))
    articles = [item for item in loaded if isinstance(item, Article)]
    if not articles:
        raise ValueError(f"{source}: no article ({loaded})")
    return articles[0]


def _word_occurrences(body: str, form: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])")
    return [(match.start(), match.end()) for match in pattern.finditer(body)]


def read_gold(path: Path) -> Gold | None:
    data = json.loads(path.read_text(encoding="utf-8"))
    source = (REPO / data["source"]).resolve()
    if not source.exists():
        return None
    article = load_article(source)
    body = article.body
    taken = [False] * (len(body) + 1)
    mentions: dict[tuple[int, int], str] = {}
    ambiguous: list[tuple[int, int]] = []
    forms: dict[str, set[str]] = {}
    for name in sorted(data["names"], key=lambda item: -len(item["text"])):
        forms.setdefault(name["entity"], {name["entity"].lower()}).add(name["text"].lower())
        for start, end in _word_occurrences(body, name["text"]):
            if any(taken[start:end]):
                continue
            for position in range(start, end):
                taken[position] = True
            if name.get("ambiguous"):
                ambiguous.append((start, end))
            else:
                mentions[(start, end)] = name["kind"]
    quote_starts = [body.find(quote["text"]) for quote in data["quotes"]]
    names_scored = data.get("score_names", True)
    return Gold(
        path.stem, body, extract_facts(body), mentions, ambiguous, forms, data["quotes"], quote_starts, names_scored
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(gold: Gold, tally: Tally, errors: list[str]) -> None:
    facts = gold.facts
    tally.articles += 1
    spoken = [quote for quote in facts.quotes if quote.kind in ("direct", "partial")]
    covered: set[int] = set()
    for quote, start in zip(gold.quotes, gold.quote_starts, strict=True):
        tally.gold_quotes += 1
        is_direct = quote["kind"] == "direct"
        tally.direct += is_direct
        if start < 0:
            errors.append(f"  gold quote not in body: {quote['text']!r}")
            continue
        match = next((q for q in spoken if q.start - 2 <= start < q.end), None)
        if match is None:
            errors.append(f"  MISSED  {quote['text'][:50]!r} ({quote.get('speaker')})")
            continue
        covered.add(id(match))
        tally.found += 1
        tally.direct_found += is_direct
        wanted = quote.get("speaker")
        got = match.speaker
        if wanted is None:
            right = got is None
        else:
            right = got is not None and got.lower() in gold.forms.get(wanted, {wanted.lower()})
        if right:
            tally.right += 1
            tally.direct_right += is_direct
        elif got is None:
            tally.no_speaker += 1
            errors.append(f"  NONE    {quote['text'][:50]!r} want {wanted!r} (said by {match.speaker_text!r})")
        else:
            tally.wrong_speaker += 1
            errors.append(f"  WRONG   {quote['text'][:50]!r} want {wanted!r} got {got!r} ({match.speaker_text!r})")
    for quote in spoken:
        tally.reported += 1
        if id(quote) in covered or any(quote.start - 2 <= start < quote.end for start in gold.quote_starts):
            tally.real += 1
        else:
            errors.append(f"  UNREAL  {quote.text[:50]!r} ({quote.kind}, {quote.speaker})")
    if not gold.names_scored:
        return

    predicted: dict[tuple[int, int], str] = {}
    for entity in facts.entities:
        for mention in entity.mentions:
            span = (mention.start, mention.end)
            if not _overlaps(gold.ambiguous, *span):
                predicted[span] = entity.kind
    for span, kind in predicted.items():
        wanted = gold.mentions.get(span)
        if wanted is not None:
            tally.span_tp += 1
        if wanted == kind:
            tally.tp[kind] += 1
        else:
            tally.fp[kind] += 1
            errors.append(f"  NAME+   {gold.body[span[0] : span[1]]!r} as {kind} (gold {wanted})")
    for span, kind in gold.mentions.items():
        if predicted.get(span) != kind:
            tally.fn[kind] += 1
            if span not in predicted:
                errors.append(f"  NAME-   {gold.body[span[0] : span[1]]!r} {kind}")

    gold_people = [span for span, kind in gold.mentions.items() if kind == "person"]
    gold_entities = {}
    for entity, entity_forms in gold.forms.items():
        spans = [span for span in gold_people if gold.body[span[0] : span[1]].lower() in entity_forms]
        if spans:
            gold_entities[entity] = spans
    people = [entity for entity in facts.entities if entity.kind == "person"]
    for entity, spans in gold_entities.items():
        tally.people_gold += 1
        if not any(_overlaps(spans, m.start, m.end) for person in people for m in person.mentions):
            tally.people_missed += 1
            errors.append(f"  PERSON- {entity!r}")
    wrong = [p.name for p in people if not any(_overlaps(gold_people, m.start, m.end) for m in p.mentions)]
    tally.non_people.append(len(wrong))
    for name in wrong:
        errors.append(f"  PERSON+ {name!r}")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def figures(tally: Tally) -> dict[str, float]:
    out = {
        "quotes found": _ratio(tally.found, tally.gold_quotes),
        "right speaker": _ratio(tally.right, tally.gold_quotes),
        "found, no speaker": _ratio(tally.no_speaker, tally.gold_quotes),
        "found, wrong speaker": _ratio(tally.wrong_speaker, tally.gold_quotes),
        "quote precision": _ratio(tally.real, tally.reported),
        "direct quotes found": _ratio(tally.direct_found, tally.direct),
        "direct quotes, right speaker": _ratio(tally.direct_right, tally.direct),
    }
    all_tp = sum(tally.tp.values())
    all_fp = sum(tally.fp.values())
    all_fn = sum(tally.fn.values())
    for kind in (*KINDS, "names"):
        tp, fp, fn = (all_tp, all_fp, all_fn) if kind == "names" else (tally.tp[kind], tally.fp[kind], tally.fn[kind])
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        out[f"{kind} P"] = precision
        out[f"{kind} R"] = recall
        out[f"{kind} F1"] = _ratio(int(2 * precision * recall * 10**6), int((precision + recall) * 10**6))
    out["name spans F1 (any kind)"] = _ratio(2 * tally.span_tp, all_tp + all_fp + all_tp + all_fn)
    out["people found"] = _ratio(tally.people_gold - tally.people_missed, tally.people_gold)
    out["non-people called people, per article"] = _ratio(sum(tally.non_people), len(tally.non_people))
    out["articles with more than one"] = float(sum(1 for count in tally.non_people if count > 1))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="devset", help="which annotated articles to score")
    parser.add_argument("--errors", action="store_true", help="list every miss per article")
    parser.add_argument("--only", help="score only annotation files whose name contains this")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    tally = Tally()
    skipped = 0
    for path in sorted(SETS[args.set].glob("*.json")):
        if args.only and args.only not in path.name:
            continue
        gold = read_gold(path)
        if gold is None:
            skipped += 1
            continue
        errors: list[str] = []
        score(gold, tally, errors)
        if args.errors and errors:
            print(f"{path.stem}:")
            print("\n".join(errors))
    if skipped:
        print(f"skipped {skipped} annotated articles: their sources are not in ../shared", file=sys.stderr)
    result = figures(tally)
    if args.json:
        print(json.dumps({"articles": tally.articles, "gold_quotes": tally.gold_quotes, **result}, indent=1))
        return 0
    mentions = sum(tally.tp.values()) + sum(tally.fn.values())
    print(f"{tally.articles} articles, {tally.gold_quotes} gold quotes, {mentions} gold name mentions")
    for key, value in result.items():
        target = TARGETS.get(key)
        shown = f"{value:.0f}" if key == "articles with more than one" else f"{value:.3f}"
        print(f"  {key:40} {shown}" + (f"   (target {target:.2f}: {value / target:.2f}x)" if target else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
