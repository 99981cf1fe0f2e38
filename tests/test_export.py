"""The Markdown digest: facts rendered per article, escaped text, titles that round-trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.export import escape, render_digest
from briefing.model import Article, DateRef, Entity, Facts, Figure, Mention, Quote
from briefing.sources import markdown
from briefing.sources.build import make_article
from tests.helpers import table

HOSTILE_TITLES = [
    "# x",
    "*y*",
    "[a](b)",
    "![img](http://evil.example/x.png)",
    "<script>alert(1)</script>",
    "<b>bold</b> & AT&amp;T",
    "1. item",
    "2) second",
    "- dash",
    "+ plus",
    "> quoted",
    "```fenced```",
    "~~~",
    "ends with a backslash \\",
    "a | b | c",
    "***",
    "___",
    "=====",
    "Heading closers ##",
    "<https://autolink.example>",
    "\\# already escaped",
    "$x$ and $y$ maths",
    "`code`",
    "Ordinary title: nothing special",
]


def _article(title: str, position: int = 0, **extra: str) -> Article:
    return make_article("briefing/sample.txt", ["Body text."], title=title, position=position, **extra)


def _digest(articles: list[Article], *facts: Facts) -> str:
    """The digest of the articles, the first ones with these facts (the rest were not extracted)."""
    return render_digest(articles, table(facts))


def _mentions(count: int) -> list[Mention]:
    return [Mention(0, 3, "Ann") for _ in range(count)]


FACTS = Facts(
    entities=[
        Entity("Ann Lee", "person", _mentions(3)),
        Entity("Bo *Star*", "person", _mentions(1)),
        Entity("Acme Corp", "organisation", _mentions(2)),
        Entity("Paris", "place", _mentions(1)),
    ],
    quotes=[
        Quote("We will build it", 0, 10, "direct", "Ann Lee", "she", "said"),
        Quote("costs were rising", 0, 10, "indirect", "Bo *Star*", "he", "warned"),
        Quote("a [fair] deal", 0, 10, "partial", "Ann Lee", "Lee", "called it"),
        Quote("Nobody knows", 0, 10, "direct", None, "", "said"),
    ],
    figures=[Figure("$3bn", 0, 4, "money"), Figure("$3bn", 9, 13, "money"), Figure("40%", 20, 23, "percent")],
    dates=[DateRef("Tuesday", 0, 7, "day"), DateRef("2024", 8, 12, "year")],
)


def test_digest_renders_each_section() -> None:
    article = _article(
        "Bridge opens",
        dek="A standfirst *with* stars.",
        byline="Jane Roe",
        published="2024-03-05",
        url="https://example.com/bridge",
    )
    digest = _digest([article], FACTS)
    expected_lines = [
        "# Bridge opens",
        "**Source:** briefing/sample.txt · <https://example.com/bridge>",
        "By Jane Roe · 2024-03-05",
        "> A standfirst \\*with\\* stars.",
        "## People",
        "- Ann Lee — 3 mentions\n- Bo \\*Star\\* — 1 mention",
        "## Organisations",
        "- Acme Corp — 2 mentions",
        "## Places",
        "- Paris — 1 mention",
        "## Quotes",
        "### Ann Lee",
        "- “We will build it”\n- “a \\[fair\\] deal” (partial)",
        "### Bo \\*Star\\*",
        "- costs were rising (reported)",
        "### Unattributed",
        "- “Nobody knows”",
        "## Figures",
        "- \\$3bn (money, ×2)\n- 40% (percent)",
        "## Dates",
        "- Tuesday (day)\n- 2024 (year)",
    ]
    blocks = digest.split("\n\n")
    assert blocks[0].startswith("<!-- briefing digest: 1 article -->")
    assert [block.strip() for block in blocks[1:]] == expected_lines


def test_articles_without_facts_say_so() -> None:
    digest = _digest([_article("Nothing found", 1), _article("Not extracted")], Facts())
    assert "*Key facts were not extracted.*" in digest
    assert "*No people, quotes, figures or dates found.*" in digest


def test_round_trip_keeps_titles_in_order() -> None:
    articles = [_article(title, position) for position, title in enumerate(HOSTILE_TITLES)]
    reloaded = markdown.load(_digest(articles, *[FACTS] * (len(articles) // 2)), "digest.md")
    assert [a.title for a in reloaded] == [a.title for a in articles]


def test_single_article_round_trips() -> None:
    reloaded = markdown.load(_digest([_article("Only one")], FACTS), "digest.md")
    assert [a.title for a in reloaded] == ["Only one"]


def _tokens(text: str) -> list[str]:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    found = []
    for token in parser.parse(text):
        found.append(token.type)
        found += [child.type for child in token.children or []]
    return found


def test_document_text_cannot_inject_structure() -> None:
    hostile = "Evil [link](http://x) ![i](y) <b>html</b> *em* _em_ `code` ~~s~~ a|b"
    article = _article(
        "# Fake heading",
        dek="> fake quote\n\n# another heading",
        byline=hostile,
        url="javascript:alert(1)",
    )
    digest = _digest([article], Facts(entities=[Entity("1. Fake list", "person", _mentions(1))], quotes=[]))
    structure = _tokens(digest)
    # Only the digest's own structure: one h1, our h2 and list, our blockquote, no links, images, HTML or code.
    assert structure.count("heading_open") == 2  # the title and "## People"
    assert structure.count("ordered_list_open") == 0
    assert structure.count("blockquote_open") == 1
    assert structure.count("html_block") == 1  # the digest's own header comment
    for kind in ("link_open", "image", "html_inline", "code_inline", "em_open", "s_open", "table_open"):
        assert kind not in structure, kind


def test_escape_leaves_ordinary_text_alone() -> None:
    assert escape("Prices rose 3.5% in May, officials said (again).") == (
        "Prices rose 3.5% in May, officials said (again)."
    )
    assert escape("2024. A year") == "2024\\. A year"
    assert escape("line\nbreak\ttab") == "line break tab"


def test_empty_digest() -> None:
    assert _digest([]) == "<!-- briefing digest: 0 articles -->\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4))
def test_any_titles_round_trip(titles: list[str]) -> None:
    articles = [_article(title, position) for position, title in enumerate(titles)]
    reloaded = markdown.load(_digest(articles), "digest.md")
    assert [a.title for a in reloaded] == [a.title for a in articles]
