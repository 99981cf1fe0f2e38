"""Extraction throughput in words per second on one core, and the time of hostile bodies.

Usage: .venv/bin/python benchmarks/extract_bench.py [--corpus DIR] [--generated N] [--repeat R]
       [--hostile-repeat H] [--only-hostile]

Runs ``extract_facts`` over every ``*.txt`` article of the BBC corpus (default
``../shared/corpus/bbc`` next to the repository) and over a generated corpus from
``benchmarks.corpus.generate_articles`` when that module exists, and prints words per second (of
wall time, and of CPU time) and their ratio to the 200,000 words/s target. Single process, so one
core.

Then "hostile bodies": 2 MB bodies of one shape each (digits, one word repeated, one token
without spaces, one paragraph without a full stop, 100,000 quote marks, all capitals, dense
figures and dates, dense real-looking text, a list of distinct names, new names in other
shapes), each extracted on its own; prints the wall and CPU seconds and the ratio of CPU seconds
to the 1 s target (lower is better; above 1.00 misses it). ``--hostile-repeat 0`` skips them.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.extract import extract_facts  # noqa: E402
from briefing.sources.text import parse_text  # noqa: E402

TARGET_WORDS_PER_SECOND = 200_000
TARGET_HOSTILE_SECONDS = 1.0
HOSTILE_SIZE = 2_000_000


def _repeated(unit: str, size: int = HOSTILE_SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


_SYLLABLES = [consonant + vowel for consonant in "bdgklmnprstvz" for vowel in "aeiou"]


def _distinct_names(size: int = HOSTILE_SIZE) -> str:
    """ "Baba Bababa, Babe Bababe, …": a list of people (a cast, results, a roll), each name new, so
    none is read from what an earlier one taught (each runs the whole reading of a name)."""
    firsts = [(one + two).capitalize() for one, two in itertools.product(_SYLLABLES, repeat=2)]
    parts: list[str] = []
    length = 0
    for index, syllable in enumerate(itertools.product(_SYLLABLES, repeat=3)):
        part = f"{firsts[index % len(firsts)]} {''.join(syllable).capitalize()}" + (". " if index % 8 == 7 else ", ")
        parts.append(part)
        length += len(part)
        if length >= size:
            break
    return "".join(parts)[:size]


def _each_new(template: str, size: int = HOSTILE_SIZE) -> str:
    """``template`` again and again, its ``{a}`` and ``{b}`` a new pair of words each time ("Baba", "Abab"):
    every sentence holds names not seen before."""
    parts: list[str] = []
    length = 0
    for syllable in itertools.product(_SYLLABLES, repeat=3):
        part = template.format(a="".join(syllable).capitalize(), b="".join(reversed(syllable)).capitalize())
        parts.append(part)
        length += len(part)
        if length >= size:
            break
    return "".join(parts)[:size]


# name -> body. Each is about 2 MB; the ones from the issue keep their exact shape.
HOSTILE_BODIES: dict[str, str] = {
    "digits and spaces ('1 ' x 1,000,000)": "1 " * 1_000_000,
    "one run of digits ('1' x 2,000,000)": "1" * 2_000_000,
    "one token without spaces": "x" * HOSTILE_SIZE,
    "one word repeated": _repeated("word "),
    "one number word repeated": _repeated("ten "),
    "100,000 quote marks": ('"' + "word " * 3) * 100_000,
    "one paragraph, no full stop (indirect speech)": "the minister said that prices rise and " * 55_000,
    "all capitals": _repeated("THE PRIME MINISTER SAID PRICES WILL RISE AGAIN "),
    "capitalised words, no full stop": _repeated("Prime Minister Tony Blair Said "),
    "years": _repeated("1999 "),
    "money figures": _repeated("£5 "),
    "counts": _repeated("5 new cars "),
    "dense quotes (real-looking)": '"We will win," he said. ' * 85_000,
    "dense names (real-looking)": "Tony Blair said Mr Blair met Gordon Brown in London. " * 40_000,
    "distinct names (a list of people)": _distinct_names(),
    "new names that speak, reporting nothing": _each_new("{a} said it would. "),
    "new lone words in lists": _each_new("{a}, {b} and "),
    "new people with roles and quotes": _each_new('The spokesman, {a} {b}, said: "No." She added: "Yes." '),
    "short quotes (400,000 in double marks)": _repeated('"ab" '),
    "short quotes (400,000 in single marks)": _repeated("'ab' "),
    "single marks that open, one that closes": " 'ab" * 499_999 + " x' ",
    "first names between dashes, then a quote": _repeated("Bob — " * 30 + 'said "yes it is true and fine." '),
    "shared surnames, then bare ones that speak": _repeated(
        'Sheldon Rappaport met Marlene Rappaport. Rappaport said he was "fine and well today." '
    ),
}


def load_bbc(directory: Path) -> list[str]:
    bodies = []
    for path in sorted(directory.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        bodies.append(parse_text(text, str(path)).body)
    return bodies


def load_generated(count: int) -> list[str] | None:
    try:
        from benchmarks.corpus import generate_articles
    except ImportError:
        path = REPO / "benchmarks" / "corpus.py"
        if not path.exists():
            return None
        spec = importlib.util.spec_from_file_location("benchmarks_corpus", path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        generate_articles = module.generate_articles
    return [parse_text(text, name).body for name, text in generate_articles(count, seed=0)]


def measure(label: str, bodies: list[str], repeat: int) -> None:
    words = sum(len(body.split()) for body in bodies)
    extract_facts(bodies[0])  # load the data files outside the timing
    best = best_cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        for body in bodies:
            extract_facts(body)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    rate = words / best if best > 0 else float("inf")
    # Words per CPU second are words per second on one core even when other work shares the machine.
    cpu_rate = words / best_cpu if best_cpu > 0 else float("inf")
    print(
        f"{label}: {len(bodies):,} articles, {words:,} words in {best:.2f} s ({best_cpu:.2f} s CPU) "
        f"-> {rate:,.0f} words/s, {cpu_rate:,.0f} per CPU second "
        f"({rate / TARGET_WORDS_PER_SECOND:.2f}x, {cpu_rate / TARGET_WORDS_PER_SECOND:.2f}x the "
        f"{TARGET_WORDS_PER_SECOND:,} target)"
    )


def measure_hostile(repeat: int) -> None:
    extract_facts("Warm up: the data files load outside the timing, said Mr Smith on Monday.")
    print(
        f"hostile bodies (best of {repeat}; target {TARGET_HOSTILE_SECONDS:g} s each; ratio = CPU seconds / target, "
        "as CPU time is time on one core even when other work shares the machine):"
    )
    worst = 0.0
    for name, body in HOSTILE_BODIES.items():
        wall = cpu = float("inf")
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            extract_facts(body)
            wall = min(wall, time.perf_counter() - started)
            cpu = min(cpu, time.process_time() - started_cpu)
        worst = max(worst, cpu)
        ratio = cpu / TARGET_HOSTILE_SECONDS
        print(
            f"  {name:<46} {len(body):>9,} chars  {wall:6.2f} s wall {cpu:6.2f} s CPU  "
            f"{ratio:5.2f}x{'  SLOW' if ratio > 1 else ''}",
            flush=True,
        )
    print(f"  worst: {worst:.2f} s CPU ({worst / TARGET_HOSTILE_SECONDS:.2f}x the {TARGET_HOSTILE_SECONDS:g} s target)")


def measure_corpora(corpus: Path, generated_count: int, repeat: int) -> None:
    if corpus.is_dir():
        bodies = load_bbc(corpus)
        if bodies:
            measure(f"BBC corpus ({corpus})", bodies, repeat)
        else:
            print(f"BBC corpus: no articles under {corpus}")
    else:
        print(f"BBC corpus: {corpus} not found, skipped")

    if generated_count:
        generated = load_generated(generated_count)
        if generated is None:
            print("generated corpus: benchmarks/corpus.py (generate_articles) not present, skipped")
        elif generated:
            measure("generated corpus", generated, repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "bbc")
    parser.add_argument("--generated", type=int, default=2000, help="articles to generate (0 to skip)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best is reported")
    parser.add_argument("--hostile-repeat", type=int, default=1, help="runs per hostile body (0 to skip)")
    parser.add_argument("--only-hostile", action="store_true", help="skip the corpora")
    args = parser.parse_args()

    if not args.only_hostile:
        measure_corpora(args.corpus, args.generated, args.repeat)
    if args.hostile_repeat:
        measure_hostile(args.hostile_repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
