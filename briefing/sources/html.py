"""HTML pages: the article's main text and its title, author and date, via trafilatura.

trafilatura leads the public benchmarks for main-text extraction (its own evaluation
set is what ``benchmarks/html_eval.py`` scores), so we use it rather than our own
boilerplate heuristics. It only ever sees bytes or a tree we parsed: never a path or
a URL, so it cannot open files or fetch anything.

Its cost grows faster than linearly with the number of elements (a 5 MB page of tag
soup takes most of a minute), and it has no time limit that works outside the main
thread. So we bound its work instead: the tree is parsed once with lxml, scripts and
styles are removed, and only the first ``MAX_ELEMENTS`` elements and ``MAX_TEXT_CHARS``
characters of text are kept. Real news pages have 300-2,100 elements and under 40,000
characters, so the caps leave room four to ten times over; a 5 MB page of tag soup
then takes about two seconds instead of most of a minute.

``fragment_paragraphs`` reduces an HTML fragment (a feed entry's content) to
paragraphs; trafilatura is tuned for whole pages and drops short fragments as
boilerplate, so fragments get a plain block-by-block reading instead.
"""

from __future__ import annotations

import copy
import logging
import re

import lxml.etree
import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources.build import make_article

SUFFIXES = (".html", ".htm", ".xhtml")

MAX_ELEMENTS = 8_000
MAX_TEXT_CHARS = 400_000  # real pages hold 5-40 thousand characters of text
MAX_DEK_CHARS = 600
# trafilatura prunes these on full pages but not when it falls back to a baseline reading of a short one.
PRUNE = ["//nav", "//aside"]

# Elements whose text is never article text; removed before anything reads the tree.
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed")
# Page furniture removed only by the fallback reading (trafilatura judges these itself).
_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog")
_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li"),
        *("main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead"),
        *("tr", "ul"),
    )
)
_BLOCK_MARK = "\ue000"  # private-use stand-ins for block and line breaks while reading text
_LINE_MARK = "\ue001"
_SPACES = re.compile(r"\s+")

# trafilatura and htmldate log parse trouble at WARNING; in a terminal app that would
# print over the screen. Library convention: a NullHandler keeps the last-resort
# handler away while still letting an app that configures logging see them.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _drop(element) -> None:
    """Remove an element but keep its tail (the text after it), which belongs to the page."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _strip(tree: HtmlElement, tags: tuple[str, ...]) -> None:
    # Comments and processing instructions go too: they are never visible text.
    for element in list(tree.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *tags)):
        _drop(element)


def _trim(tree: HtmlElement, max_elements: int = MAX_ELEMENTS, max_chars: int = MAX_TEXT_CHARS) -> None:
    """Keep the first elements and text in document order, within budget: the article is near the top."""
    elements = list(tree.iter())
    cut = min(len(elements), max_elements)
    budget = max_chars
    for position, element in enumerate(elements[:cut]):
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and len(value) >= budget:
                setattr(element, attribute, value[:budget])
                budget = 0
            elif value:
                budget -= len(value)
        if budget == 0:
            cut = position + 1
            break
    for element in reversed(elements[cut:]):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def parse_html(data: bytes | str) -> HtmlElement | None:
    """Parse a page with trafilatura's loader (encoding detection, repairs), then make it safe and bounded."""
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    _strip(root, _NEVER_TEXT)  # <head> stays: the title, author and date live there
    _trim(root)
    return root


def _body_paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def extract_page(
    data: bytes | str, source: str, *, url: str = "", position: int = 0, identity: str | None = None
) -> Article | Problem:
    """One HTML page to one Article, or a Problem if it holds no readable text."""
    import trafilatura

    try:
        tree = parse_html(data)
    except (ParserError, ValueError) as error:
        return Problem(one_line(source), f"not readable HTML ({one_line(str(error), 100)})")
    if tree is None:
        return Problem(one_line(source), "not readable HTML (no document found)")
    fallback_tree = _copy(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        include_comments=False,  # reader comments are not the article
        include_tables=True,
        with_metadata=True,
        prune_xpath=PRUNE,
        deduplicate=False,  # trafilatura's dedup cache is global state: results would depend on load order
    )
    paragraphs = _body_paragraphs(getattr(document, "text", None) or "")
    if not paragraphs:
        # trafilatura returns nothing for very short pages; read the visible blocks instead.
        paragraphs = _tree_paragraphs(fallback_tree, furniture=True)
    title = getattr(document, "title", None) or _title_of(fallback_tree)
    if title and paragraphs and _fold(paragraphs[0]) == _fold(title):
        paragraphs = paragraphs[1:]  # the headline printed again above the story
    if not paragraphs:
        return Problem(one_line(source), "no article text found in the page")
    dek = getattr(document, "description", None) or ""
    if len(dek) > MAX_DEK_CHARS or (paragraphs and _fold(paragraphs[0]).startswith(_fold(dek)[:80])):
        dek = ""  # a meta description that merely repeats the lead is noise
    return make_article(
        source,
        paragraphs,
        title=title or "",
        position=position,
        dek=dek,
        byline=getattr(document, "author", None) or "",
        published=getattr(document, "date", None) or "",
        url=url,
        identity=identity,
    )


def _copy(tree: HtmlElement) -> HtmlElement:
    # trafilatura edits the tree it is given; the fallback needs the original.
    return copy.deepcopy(tree)


def _title_of(tree: HtmlElement) -> str:
    for path in ("//title", "//h1"):
        found = tree.xpath(path)
        if found:
            return " ".join(found[0].text_content().split())
    return ""


def _tree_paragraphs(tree: HtmlElement, *, furniture: bool) -> list[str]:
    """Visible text, one paragraph per block element; ``<br>`` becomes a line break."""
    _strip(tree, ("head", *_NEVER_TEXT, *(_FURNITURE if furniture else ())))
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "br":
            element.tail = _LINE_MARK + (element.tail or "")
        elif tag in _BLOCKS:
            element.text = _BLOCK_MARK + (element.text or "")
            element.tail = _BLOCK_MARK + (element.tail or "")
    text = tree.text_content()
    paragraphs = []
    for block in text.split(_BLOCK_MARK):
        lines = (_SPACES.sub(" ", line).strip() for line in block.split(_LINE_MARK))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def fragment_paragraphs(fragment: str) -> list[str]:
    """An HTML fragment (a feed entry's content) as paragraphs of plain text."""
    # Markers in the input itself would split paragraphs wrongly; they carry no meaning.
    fragment = fragment.replace(_BLOCK_MARK, "").replace(_LINE_MARK, "")
    if not fragment.strip():
        return []
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return []  # only markup lxml cannot read at all (comments alone, say): no visible text
    _trim(tree)
    return _tree_paragraphs(tree, furniture=False)


def load(data: bytes, source: str, *, identity: str | None = None) -> list[Article | Problem]:
    return [extract_page(data, source, identity=identity)]
