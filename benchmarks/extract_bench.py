"""Extraction throughput in words per second on one core.

Usage: .venv/bin/python benchmarks/extract_bench.py [--corpus DIR] [--generated N] [--repeat R]

Runs ``extract_facts`` over every ``*.txt`` article of the BBC corpus (default
``../shared/corpus/bbc`` next to the repository) and over a generated corpus from
``benchmarks.corpus.generate_articles`` when that module exists, and prints words per second
and the ratio to the 200,000 words/s target. Single process, so one core.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.extract import extract_facts  # noqa: E402
from briefing.sources.text import parse_text  # noqa: E402

TARGET_WORDS_PER_SECOND = 200_000


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
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for body in bodies:
            extract_facts(body)
        best = min(best, time.perf_counter() - started)
    rate = words / best if best > 0 else float("inf")
    print(
        f"{label}: {len(bodies):,} articles, {words:,} words in {best:.2f} s "
        f"-> {rate:,.0f} words/s ({rate / TARGET_WORDS_PER_SECOND:.2f}x the {TARGET_WORDS_PER_SECOND:,} target)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "bbc")
    parser.add_argument("--generated", type=int, default=2000, help="articles to generate (0 to skip)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best is reported")
    args = parser.parse_args()

    if args.corpus.is_dir():
        bodies = load_bbc(args.corpus)
        if bodies:
            measure(f"BBC corpus ({args.corpus})", bodies, args.repeat)
        else:
            print(f"BBC corpus: no articles under {args.corpus}")
    else:
        print(f"BBC corpus: {args.corpus} not found, skipped")

    if args.generated:
        generated = load_generated(args.generated)
        if generated is None:
            print("generated corpus: benchmarks/corpus.py (generate_articles) not present, skipped")
        elif generated:
            measure("generated corpus", generated, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
