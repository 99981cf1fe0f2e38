"""The Markdown digest: facts rendered per article, escaped text, titles that round-trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.export import escape, render_digest
from briefing.model import Article, DateRef, Entity, Facts, Figure, Mention, Quote
from briefing.sources import markdown
from briefing.sources.build import make_article

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


def _article(title: str, index: int = 0, facts: Facts | None = None, **extra: str) -> Article:
    article = make_article("briefing/sample.txt", ["Body text."], title=title, index=index, **extra)
    article.facts = facts
    return article


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
        facts=FACTS,
        dek="A standfirst *with* stars.",
        byline="Jane Roe",
        published="2024-03-05",
        url="https://example.com/bridge",
    )
    digest = render_digest([article])
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
    digest = render_digest([_article("Not extracted"), _article("Nothing found", 1, Facts())])
    assert "*Key facts were not extracted.*" in digest
    assert "*No people, quotes, figures or dates found.*" in digest


def test_round_trip_keeps_titles_in_order() -> None:
    articles = [_article(title, index, FACTS if index % 2 else None) for index, title in enumerate(HOSTILE_TITLES)]
    reloaded = markdown.load(render_digest(articles), "digest.md")
    assert [a.title for a in reloaded] == [a.title for a in articles]


def test_single_article_round_trips() -> None:
    reloaded = markdown.load(render_digest([_article("Only one", facts=FACTS)]), "digest.md")
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
        facts=Facts(entities=[Entity("1. Fake list", "person", _mentions(1))], quotes=[]),
        dek="> fake quote\n\n# another heading",
        byline=hostile,
        url="javascript:alert(1)",
    )
    digest = render_digest([article])
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
    assert render_digest([]) == "<!-- briefing digest: 0 articles -->\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4))
def test_any_titles_round_trip(titles: list[str]) -> None:
    articles = [_article(title, index) for index, title in enumerate(titles)]
    reloaded = markdown.load(render_digest(articles), "digest.md")
    assert [a.title for a in reloaded] == [a.title for a in articles]
