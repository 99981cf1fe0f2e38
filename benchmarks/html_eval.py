"""Score the HTML loader on trafilatura's evaluation pages in ../shared/html.

For each page, every ``with`` snippet must be in the extracted body and every
``without`` snippet must be absent. Prints one line per page and the total.

    .venv/bin/python benchmarks/html_eval.py [FOLDER]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.model import Article
from briefing.sources import html

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "html"


@dataclass(frozen=True, slots=True)
class PageScore:
    name: str
    passed: int
    checks: int
    failures: tuple[str, ...]  # the snippets that failed, marked "missing: " or "present: "


def score_page(folder: Path, name: str, expected: dict) -> PageScore:
    loaded = html.load((folder / name).read_bytes(), str(folder / name))
    body = loaded[0].body if loaded and isinstance(loaded[0], Article) else ""
    failures = [f"missing: {snippet}" for snippet in expected.get("with", []) if snippet not in body]
    failures += [f"present: {snippet}" for snippet in expected.get("without", []) if snippet in body]
    checks = len(expected.get("with", [])) + len(expected.get("without", []))
    return PageScore(name, checks - len(failures), checks, tuple(failures))


def score_folder(folder: Path = DEFAULT_FOLDER) -> list[PageScore]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return [score_page(folder, name, expected[name]) for name in sorted(expected)]


def total(scores: list[PageScore]) -> tuple[int, int]:
    return sum(score.passed for score in scores), sum(score.checks for score in scores)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_FOLDER
    scores = score_folder(folder)
    for score in scores:
        print(f"{score.passed:>2}/{score.checks:<2} {score.name}")
        for failure in score.failures:
            print(f"       {failure}")
    passed, checks = total(scores)
    print(f"total: {passed}/{checks} snippet checks pass ({passed / checks:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
