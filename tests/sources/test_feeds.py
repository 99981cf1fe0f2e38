"""RSS and Atom feeds: one article per entry, hostile XML refused, and a folder mixing every format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefing.model import Article, Problem
from briefing.sources import feeds, iter_load, load_bytes

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://example.com/</link>
<item>
  <title>Council approves budget</title>
  <link>https://example.com/budget</link>
  <dc:creator>Sam Reed</dc:creator>
  <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
  <description>The council backed a smaller budget.</description>
  <content:encoded><![CDATA[<p>The council approved the budget on Monday.</p>
    <script>alert("SCRIPT-TEXT")</script><style>p { color: red }</style>
    <p>Spending falls by <b>3%</b> next year.</p>]]></content:encoded>
</item>
<item>
  <title>Harbour reopens</title>
  <link>javascript:alert(1)</link>
  <description>Boats returned to the harbour after the storm.</description>
</item>
<item><link>https://example.com/empty</link></item>
<item><title>Headline only</title><link>file:///etc/passwd</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title><id>urn:x</id>
<updated>2024-05-01T10:00:00Z</updated>
<entry>
  <title type="html">&lt;em&gt;Rail&lt;/em&gt; strike called off</title>
  <link rel="alternate" href="https://example.org/rail"/>
  <id>urn:1</id><updated>2024-05-01T10:00:00Z</updated>
  <author><name>Ada Byte</name></author>
  <summary>Unions and operators reached a deal late on Tuesday.</summary>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
    <p>The planned strike will not go ahead.</p><p>Talks lasted<br/>eleven hours.</p></div></content>
</entry>
</feed>"""

# The classic RSS 0.91 feed names Netscape's public DTD: that is not an entity declaration and must load.
RSS_091 = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><description>d</description>
<item><title>Old &amp; good</title><link>http://old.example/1</link><description>Still here.</description></item>
</channel></rss>"""

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b']><rss version="2.0"><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>'
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><item><title>t</title><description>&xxe;</description></item></channel></rss>'
)


def _articles(loaded: list[Article | Problem]) -> list[Article]:
    return [item for item in loaded if isinstance(item, Article)]


def test_rss_entries_become_articles() -> None:
    loaded = feeds.load(RSS, "news.rss")
    articles = _articles(loaded)
    assert [a.title for a in articles] == ["Council approves budget", "Harbour reopens", "Headline only"]
    budget = articles[0]
    assert budget.body == "The council approved the budget on Monday.\n\nSpending falls by 3% next year."
    assert budget.url == "https://example.com/budget"
    assert budget.byline == "Sam Reed"
    assert budget.published == "2024-03-05T09:30:00Z"
    assert budget.dek == "The council backed a smaller budget."
    assert "SCRIPT-TEXT" not in budget.body and "color" not in budget.body
    # Only http(s) links are kept.
    assert articles[1].url == "" and articles[2].url == ""
    assert articles[1].body == "Boats returned to the harbour after the storm."


def test_entry_without_title_or_text_is_a_problem_naming_it() -> None:
    problems = [item for item in feeds.load(RSS, "news.rss") if isinstance(item, Problem)]
    assert problems == [Problem("news.rss", "entry 3: no title or text")]


def test_ids_are_per_source_and_position() -> None:
    first = _articles(feeds.load(RSS, "news.rss"))
    again = _articles(feeds.load(RSS, "news.rss"))
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == len(first)
    assert first[0].id != _articles(feeds.load(RSS, "other.rss"))[0].id


def test_atom_entry() -> None:
    (article,) = feeds.load(ATOM, "feed.atom")
    assert isinstance(article, Article)
    assert article.title == "Rail strike called off"
    assert article.body == "The planned strike will not go ahead.\n\nTalks lasted\neleven hours."
    assert article.byline == "Ada Byte"
    assert article.url == "https://example.org/rail"
    assert article.published == "2024-05-01T10:00:00Z"
    assert article.dek == "Unions and operators reached a deal late on Tuesday."


def test_public_dtd_is_not_refused() -> None:
    (article,) = feeds.load(RSS_091, "old.xml")
    assert isinstance(article, Article) and article.title == "Old & good" and article.body == "Still here."


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        XXE,
        XXE.replace(b'<?xml version="1.0"?>', b"").decode().encode("utf-16"),  # BOM and NULs hide the ASCII
        XXE.replace(b'<?xml version="1.0"?>', b"").decode().encode("utf-16-le"),  # no BOM either
        b'<?xml version="1.0" encoding="utf-7"?>' + XXE[21:].replace(b"<!ENTITY", b"+ADw-!ENTITY"),
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><rss/>',
    ],
    ids=["billion-laughs", "xxe", "xxe-utf16", "xxe-utf16le-nobom", "xxe-utf7", "parameter-entity"],
)
def test_entity_declarations_are_refused_before_any_parser_reads_them(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused up front means no entity is ever expanded: feedparser, which would expand them, never runs.
    import feedparser

    parsed: list[object] = []
    monkeypatch.setattr(feedparser, "parse", lambda source, *args, **kwargs: parsed.append(source))
    loaded = load_bytes(data, "evil.xml")
    assert loaded == [Problem("evil.xml", feeds.ENTITY_REASON)]
    assert parsed == []


def test_feedparser_is_only_given_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    seen: list[object] = []
    real_parse = feedparser.parse

    def spy(source, *args, **kwargs):
        seen.append(source)
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(feedparser, "parse", spy)
    # Bytes that name a file: feedparser would open it if handed bytes or str.
    loaded = feeds.load(b"/etc/passwd", "path.xml")
    assert all(isinstance(source, io.BytesIO) for source in seen) and seen
    assert loaded == [Problem("path.xml", loaded[0].reason)] and "not an RSS or Atom feed" in loaded[0].reason


@pytest.mark.parametrize("data", [b"", b"<html><body>hello</body></html>", b"<note>x</note>", b"\x00\xff\x00"])
def test_non_feeds_are_problems(data: bytes) -> None:
    loaded = feeds.load(data, "x.xml")
    assert len(loaded) == 1 and isinstance(loaded[0], Problem)
    assert "feed" in loaded[0].reason


def test_empty_feed_is_a_problem() -> None:
    data = b'<rss version="2.0"><channel><title>Nothing</title></channel></rss>'
    assert feeds.load(data, "none.rss") == [Problem("none.rss", "the feed has no entries")]


def test_sniffing() -> None:
    assert feeds.looks_like_feed(RSS) and feeds.looks_like_feed(ATOM) and feeds.looks_like_feed(RSS_091)
    assert not feeds.looks_like_feed(b"<!doctype html><html><body>rss</body></html>")


def test_mixed_folder_loads_every_format(tmp_path: Path) -> None:
    """Every loader from one folder, through the same walk and the same article model."""
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Plain headline\n\nPlain body text here.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Markdown headline\n\nMarkdown body.\n", encoding="utf-8")
    (folder / "c.html").write_bytes(
        b"<html><head><title>Page headline</title></head><body><article><p>Page body, a paragraph of text "
        b"about the council and its plans for the year ahead.</p></article><script>x()</script></body></html>"
    )
    (folder / "d.rss").write_bytes(RSS)
    (folder / "sub" / "e.atom").write_bytes(ATOM)
    (folder / "f.json").write_text(
        json.dumps({"articles": [{"title": "Json headline", "body": "Json body."}, {"title": "No text"}]}),
        encoding="utf-8",
    )
    (folder / "g.jsonl").write_text('{"title": "Line headline", "text": "Line body."}\nnot json\n', encoding="utf-8")
    (folder / "h.xml").write_bytes(XXE)
    (folder / "ignored.bin").write_bytes(b"\x00\x01")

    loaded = list(iter_load([str(folder)]))
    titles = [item.title for item in loaded if isinstance(item, Article)]
    assert titles == [
        "Plain headline",
        "Markdown headline",
        "Page headline",
        "Council approves budget",
        "Harbour reopens",
        "Headline only",
        "Json headline",
        "Line headline",
        "Rail strike called off",
    ]
    problems = {(Path(p.path).name, p.reason.split(" (")[0]) for p in loaded if isinstance(p, Problem)}
    assert problems == {
        ("d.rss", "entry 3: no title or text"),
        ("f.json", "record 2: no text"),
        ("g.jsonl", "line 2: not valid JSON"),
        ("h.xml", feeds.ENTITY_REASON.split(" (")[0]),
    }
    articles = [item for item in loaded if isinstance(item, Article)]
    assert all(a.body for a in articles if a.title != "Headline only")  # a headline-only entry still loads
    assert len({a.id for a in articles}) == len(articles)


def test_tag_soup_entry_never_goes_through_feedparsers_html_sanitiser(monkeypatch: pytest.MonkeyPatch) -> None:
    # feedparser's sanitiser takes tens of seconds on a few megabytes of tag soup; the entry's HTML is
    # reduced to text by fragment_paragraphs instead (which drops scripts and caps what it reads).
    import feedparser.mixin

    sanitised: list[int] = []
    real_sanitize = feedparser.mixin._sanitize_html

    def spy(html_source, *args, **kwargs):
        sanitised.append(len(html_source))
        return real_sanitize(html_source, *args, **kwargs)

    monkeypatch.setattr(feedparser.mixin, "_sanitize_html", spy)
    soup = b"<div><p>alpha <b>beta <script>x()</script>" * 200_000
    data = b'<rss version="2.0"><channel><item><title>Soup</title><description><![CDATA[' + soup + b"]]></description>"
    data += b"</item></channel></rss>"
    (article,) = feeds.load(data, "soup.rss")
    assert sanitised == []
    assert isinstance(article, Article) and article.title == "Soup"
    assert "alpha beta" in article.body and "x()" not in article.body
