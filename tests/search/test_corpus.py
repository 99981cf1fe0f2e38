"""The benchmark corpus generator: deterministic, news-like, the documented shape."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_articles_are_deterministic_and_news_like(tmp_path: Path) -> None:
    corpus = load_generator()
    first = list(corpus.generate_articles(12, seed=7))
    assert first == list(corpus.generate_articles(12, seed=7))
    assert first != list(corpus.generate_articles(12, seed=8))
    for name, text in first:
        assert re.fullmatch(r"\d{6}\.txt", name)
        headline, blank, rest = text.partition("\n\n")
        assert headline and "\n" not in headline and blank
        assert 600 <= len(rest.split()) <= 900
    everything = " ".join(text for _, text in first)
    assert re.search(r'"[^"]+," \w+ said\.', everything)
    assert re.search(r"said [A-Z]\w+ [A-Z]\w+, a ", everything)
    assert "$" in everything and "%" in everything
    written = corpus.write_corpus(tmp_path / "out", 3, seed=7)
    assert sorted(p.name for p in written.iterdir()) == ["000000.txt", "000001.txt", "000002.txt"]
    assert (written / "000000.txt").read_text(encoding="utf-8") == first[0][1]
