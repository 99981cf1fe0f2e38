"""HTML pages: main text, metadata, no scripts or furniture, bounded work on junk."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from briefing.model import Article, Problem
from briefing.sources import html, load_bytes
from tests.conftest import REPO, shared


def _benchmark():
    spec = importlib.util.spec_from_file_location("html_eval", REPO / "benchmarks" / "html_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


def _one(data: bytes, source: str = "page.html") -> Article:
    loaded = html.load(data, source)
    assert len(loaded) == 1 and isinstance(loaded[0], Article), loaded
    return loaded[0]


PAGE = b"""<!doctype html>
<html><head>
<title>Mayor opens the new bridge | The Daily Example</title>
<meta property="og:title" content="Mayor opens the new bridge">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<style>.headline { color: red } STYLE-TEXT</style>
<script>var secret = "SCRIPT-TEXT";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> NAV-TEXT</nav>
<article>
<h1>Mayor opens the new bridge</h1>
<p>The mayor opened the long-awaited bridge over the river on Tuesday morning, ending
three years of construction that had closed the old crossing to traffic.</p>
<p>"This bridge joins two halves of our city," she told the crowd of several hundred
people who had gathered on the eastern bank despite the rain.</p>
<script>document.write("INLINE-SCRIPT")</script>
<p>The project cost 40 million pounds, about 5 million more than planned, and was
finished four months late after floods in the spring of last year.</p>
<noscript>NOSCRIPT-TEXT</noscript>
</article>
<aside>Most read: ASIDE-TEXT celebrity gossip</aside>
<footer>Copyright 2024 FOOTER-TEXT. All rights reserved.</footer>
</body></html>"""


def test_page_main_text_and_metadata() -> None:
    article = _one(PAGE)
    assert article.title == "Mayor opens the new bridge"
    assert article.byline == "Jane Roe"
    assert article.published == "2024-03-05"
    assert "ending three years of construction" in article.body
    assert "joins two halves of our city" in article.body
    assert "finished four months late" in article.body
    for junk in (
        "STYLE-TEXT",
        "SCRIPT-TEXT",
        "INLINE-SCRIPT",
        "NOSCRIPT-TEXT",
        "NAV-TEXT",
        "ASIDE-TEXT",
        "FOOTER-TEXT",
    ):
        assert junk not in article.body
    # Paragraph ranges index the body, as every loader's do.
    first = article.paragraphs[0]
    assert article.body[first.start : first.end].startswith("The mayor opened")


def test_tiny_page_falls_back_to_visible_blocks() -> None:
    article = _one(
        b"<html><head><title>Note</title><script>evil()</script></head>"
        b"<body><nav>Menu</nav><p>Just one short line.</p><style>p{}</style></body></html>"
    )
    assert article.title == "Note"
    assert article.body == "Just one short line."


@pytest.mark.parametrize(
    "data", [b"", b"   ", b"\x00\x01\x02binary", b"<html><body><script>x()</script></body></html>"]
)
def test_pages_without_text_are_problems(data: bytes) -> None:
    loaded = html.load(data, "empty.html")
    assert len(loaded) == 1 and isinstance(loaded[0], Problem)
    assert loaded[0].path == "empty.html"


def test_bytes_that_look_like_a_path_are_not_opened() -> None:
    # trafilatura and lxml must only ever see the bytes, never treat them as a file name.
    loaded = html.load(b"/etc/passwd", "path.html")
    text = " ".join(item.body for item in loaded if isinstance(item, Article))
    assert "root:" not in text


def test_controls_in_pages_are_made_display_safe() -> None:
    article = _one(
        b"<html><head><title>Bad \x1b[31mred</title></head><body><p>Text \x1b]0;owned\x07 here.</p></body></html>"
    )
    assert "\x1b" not in article.title and "\x1b" not in article.body and "\x07" not in article.body


def test_registered_for_html_suffixes() -> None:
    for name in ("a.html", "b.HTM", "c.xhtml"):
        loaded = load_bytes(PAGE, name)
        assert isinstance(loaded[0], Article) and loaded[0].title == "Mayor opens the new bridge"


def test_ids_are_stable_per_source() -> None:
    assert _one(PAGE, "x.html").id == _one(PAGE, "x.html").id != _one(PAGE, "y.html").id


def test_fragment_paragraphs_keeps_blocks_and_line_breaks() -> None:
    fragment = "<p>One <b>two</b></p><script>alert(1)</script><div>three<br>four</div>tail <!-- hidden --> end"
    assert html.fragment_paragraphs(fragment) == ["One two", "three\nfour", "tail end"]


def test_junk_page_of_5_mb_reaches_trafilatura_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Mis-nested tag soup: trafilatura alone spends most of a minute on 5 MB of this, its cost growing
    # faster than the number of elements. What bounds it is the tree it is handed: capped, scripts gone.
    import trafilatura

    handed: list[tuple[int, int, int]] = []
    real_extraction = trafilatura.bare_extraction

    def spy(tree, *args, **kwargs):
        elements = list(tree.iter())
        text = sum(len(element.text or "") + len(element.tail or "") for element in elements)
        scripts = sum(1 for element in elements if element.tag == "script")
        handed.append((len(elements), text, scripts))
        return real_extraction(tree, *args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    unit = b"alpha <b>beta</b> <div> gamma <p> delta <a href='#'>link</a> </div> epsilon <script>var a=1</script> "
    data = b"<html><body>" + unit * (5_000_000 // len(unit)) + b"</body></html>"
    article = _one(data, "junk.html")
    [(elements, text, scripts)] = handed
    assert elements <= html.MAX_ELEMENTS and text <= html.MAX_TEXT_CHARS and scripts == 0
    assert "gamma" in article.body and "var a" not in article.body


def test_large_real_text_is_capped() -> None:
    data = b"<html><body>" + b"<p>" + b"word " * 1_000_000 + b"</p></body></html>"
    article = _one(data)
    assert len(article.body) <= html.MAX_TEXT_CHARS


def test_snippet_checks_on_real_news_pages() -> None:
    pages = shared("html/expected.json").parent
    bench = _benchmark()
    scores = bench.score_folder(pages)
    passed, checks = bench.total(scores)
    print(f"\nHTML snippet checks: {passed}/{checks} = {passed / checks:.1%}")
    for score in scores:
        for failure in score.failures:
            print(f"  {score.name}: {failure}")
    assert len(scores) == 20 and checks == 120
    assert passed / checks >= 0.90
