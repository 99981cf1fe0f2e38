"""How often a mistyped query finds its sentence first (issue 16, item 4).

    .venv/bin/python benchmarks/search_eval.py [--bbc ../shared/corpus/bbc] [--queries 1000] [--seed 16]

Each query is three words of one sentence (passage) of a BBC article, in the
sentence's order, one of them (of five letters or more) mistyped by one edit: a
dropped letter, two neighbouring letters swapped, a letter replaced by another,
or a letter doubled. Two sets are drawn with a fixed seed: typos anywhere in
the word (the first letter included), and typos in the first letter only. The
query is searched as typed (the last word still a prefix, as in the app), and
again finished with a space (the last word whole). It counts as right first
when the first hit is the source sentence (or a sentence with exactly the same
words: the corpus repeats some stories). The same sentences without the typo,
as typed, are a control.

Targets: right first >= 95% overall, >= 90% for first-letter typos.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from search_bench import draw_words  # noqa: E402

from briefing.facts import FactTable  # noqa: E402
from briefing.model import Article  # noqa: E402
from briefing.search import SearchIndex  # noqa: E402
from briefing.search.tokens import words  # noqa: E402
from briefing.sources import iter_load  # noqa: E402

KINDS = ("drop", "swap", "replace", "double")
MIN_TYPO = 5  # letters of a word to be mistyped (shorter ones are matched exactly)


def mistype(word: str, kind: str, position: int, rng: random.Random) -> str:
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "swap":
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if kind == "replace":
        letter = rng.choice([c for c in string.ascii_lowercase if c != word[position]])
        return word[:position] + letter + word[position + 1 :]
    return word[:position] + word[position] + word[position:]


def make_queries(
    index: SearchIndex, articles: list[Article], count: int, first_letter: bool, seed: int
) -> list[tuple[str, str, str, int]]:
    """(query without typo, query with typo, kind, source passage) for ``count`` sentences."""
    rng = random.Random(seed)
    passages = index.passages()
    made: list[tuple[str, str, str, int]] = []
    while len(made) < count:
        number, candidates, chosen = draw_words(rng, articles, passages, 3)
        long_enough = [i for i, w in enumerate(chosen) if len(w) >= MIN_TYPO]
        if not long_enough:
            continue
        which = rng.choice(long_enough)
        word = chosen[which]
        kind = KINDS[len(made) % len(KINDS)]
        last = len(word) - 1 if kind == "swap" else len(word)
        position = 0 if first_letter else rng.randrange(last)
        wrong = mistype(word, kind, position, rng)
        if wrong == word or wrong in candidates:
            continue
        typed = [*chosen[:which], wrong, *chosen[which + 1 :]]
        made.append((" ".join(chosen), " ".join(typed), kind, number))
    return made


def evaluate(
    label: str, index: SearchIndex, articles: list[Article], queries: list, control: bool, end: str = ""
) -> float:
    passages = index.passages()

    def same_words(where: tuple[int, int, int]) -> list[str]:
        # A passage repeated word for word elsewhere (a quote and its sentence) counts as the right one.
        article, start, end = where
        return words(articles[article].body[start:end])

    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    times: list[float] = []
    for exact, typed, kind, number in queries:
        started = time.perf_counter()
        hits = index.search((exact if control else typed) + end)
        times.append((time.perf_counter() - started) * 1000)
        total[kind] += 1
        if hits and hits[0].kind == "passage":
            mark = hits[0].mark
            found = (mark.position, mark.start, mark.end)
            if found == passages[number] or same_words(found) == same_words(passages[number]):
                right[kind] += 1
    share = sum(right.values()) / max(sum(total.values()), 1)
    kinds = ", ".join(f"{kind} {right[kind]}/{total[kind]}" for kind in KINDS if total[kind])
    times.sort()
    print(
        f"{label:34} right first {share:6.1%} ({sum(right.values())}/{sum(total.values())}; {kinds}); "
        f"median {times[len(times) // 2]:.1f} ms"
    )
    return share


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Right-first share of mistyped three-word queries.")
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpus" / "bbc"))
    parser.add_argument("--queries", type=int, default=1000, help="queries per set")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    articles = [item for item in iter_load([args.bbc]) if isinstance(item, Article)]
    index = SearchIndex.build(articles, FactTable())
    print(f"{len(articles):,} articles, {index.passage_count:,} passages, {args.queries} queries per set")
    anywhere = make_queries(index, articles, args.queries, first_letter=False, seed=args.seed)
    first = make_queries(index, articles, args.queries, first_letter=True, seed=args.seed + 1)
    evaluate("no typo (control)", index, articles, anywhere + first, control=True)
    evaluate("typo anywhere", index, articles, anywhere, control=False)
    evaluate("typo in the first letter", index, articles, first, control=False)
    # Finished with a space, the last word is no longer a prefix (so a misspelt prefix of real words is corrected).
    evaluate("typo anywhere, then a space", index, articles, anywhere, control=False, end=" ")
    evaluate("first letter, then a space", index, articles, first, control=False, end=" ")


if __name__ == "__main__":
    main()
