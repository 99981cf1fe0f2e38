"""XML feeds, HTML and JSON from strangers: no entity expansion, no external entities, no script text.

These loaders belong to another module; the tests go through the one public door
(``load_bytes``) and skip while no loader is registered for the suffix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Article, Problem
from briefing.sources import feeds, load_bytes
from briefing.sources.formats import LOADERS
from tests.hostile.corpus import (
    BILLION_LAUGHS,
    SCRIPT_MARKER,
    STYLE_MARKER,
    XXE_SECRET,
    Corpus,
)
from tests.hostile.helpers import assert_loaded_safe


def _needs(suffix: str) -> None:
    assert suffix in LOADERS, f"no loader for {suffix}"


def _load(data: bytes, name: str) -> list[Article | Problem]:
    items = load_bytes(data, f"/hostile/{name}")
    assert_loaded_safe(items)
    return items


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What reached feedparser (which would expand entities): a refused document never does."""
    import feedparser

    seen: list[object] = []
    real_parse = feedparser.parse

    def spy(source, *args, **kwargs):
        seen.append(source)
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(feedparser, "parse", spy)
    return seen


def _all_text(items: list[Article | Problem]) -> str:
    parts: list[str] = []
    for item in items:
        if isinstance(item, Article):
            parts += [item.title, item.body, item.dek, item.byline, item.url]
        else:
            parts.append(item.reason)
    return "\n".join(parts)


def _xxe_variants(secret: Path) -> dict[str, str]:
    return {
        "general entity": f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><title>&x;</title><item><title>&x;</title><description>&x;</description></item>"
        "</channel></rss>",
        "parameter entity": f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'
        "<rss><channel><title>T</title><item><title>I</title></item></channel></rss>",
        "external DTD": f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file://{secret}">'
        "<rss><channel><title>T</title><item><title>I</title><description>D</description></item></channel></rss>",
        "xinclude": '<?xml version="1.0"?><rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>T</title>'
        f'<item><title>I</title><description><xi:include href="file://{secret}" parse="text"/></description>'
        "</item></channel></rss>",
    }


@pytest.mark.parametrize("suffix", [".xml", ".rss", ".atom"])
def test_billion_laughs_is_refused_before_parsing(suffix: str, parsed: list[object]) -> None:
    _needs(suffix)
    items = _load(BILLION_LAUGHS.encode(), f"laughs{suffix}")
    assert items == [Problem(f"/hostile/laughs{suffix}", feeds.ENTITY_REASON)]
    assert parsed == []  # refused on sight: nothing was expanded, however little
    assert "lollollollollol" not in _all_text(items)


@pytest.mark.parametrize("suffix", [".xml", ".rss"])
@pytest.mark.parametrize("variant", ["general entity", "parameter entity", "external DTD", "xinclude"])
def test_external_entities_never_read_local_files(hostile: Corpus, suffix: str, variant: str) -> None:
    _needs(suffix)
    data = _xxe_variants(hostile.secret)[variant].encode()
    items = _load(data, f"xxe{suffix}")
    assert XXE_SECRET not in _all_text(items)


def test_quadratic_blowup_is_bounded(parsed: list[object]) -> None:
    """One large entity referenced many times (no nesting): refused before any parser expands it."""
    _needs(".rss")
    entity = "A" * 50_000
    data = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{entity}">]><rss><channel><title>T</title>'
        f"<item><title>I</title><description>{'&a;' * 5000}</description></item></channel></rss>"
    ).encode()
    items = _load(data, "quadratic.rss")
    assert items == [Problem("/hostile/quadratic.rss", feeds.ENTITY_REASON)] and parsed == []
    assert len(_all_text(items)) < 10_000_000


def test_html_script_and_style_text_never_shown(hostile: Corpus) -> None:
    _needs(".html")
    items = _load(hostile.path("script.html").read_bytes(), "script.html")
    text = _all_text(items)
    assert SCRIPT_MARKER not in text and STYLE_MARKER not in text
    assert "visible paragraph" in text


@pytest.mark.parametrize(
    "html",
    [
        "<p>Escape \x1b]0;PWNED-TITLE\x07 in text and &#27;]52;c;QUJD&#7; as references</p>" * 3,
        "<title>[@click=app.quit]T[/]</title><p>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</p>",
        "<p>" + "x" * 300_000 + "</p><p>&#x202e;bidi &#xd800; &#x9b;2J</p>",
    ],
    ids=["escapes-and-references", "deep-divs", "long-and-numeric-references"],
)
def test_html_hostile_text_is_display_safe(html: str) -> None:
    _needs(".html")
    items = _load(html.encode(), "page.html")
    assert items  # an article or a problem, never nothing


def test_json_records_are_display_safe(hostile: Corpus) -> None:
    _needs(".json")
    items = _load(hostile.path("records.json").read_bytes(), "records.json")
    assert any(isinstance(item, Article) and "PWNED-TITLE" in item.title for item in items)


def test_deep_json_is_a_problem(hostile: Corpus) -> None:
    _needs(".json")
    items = _load(hostile.path("deep.json").read_bytes(), "deep.json")
    assert all(isinstance(item, Problem) for item in items)
