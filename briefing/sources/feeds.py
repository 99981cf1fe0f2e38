"""RSS and Atom feeds: each entry becomes an article.

feedparser reads every flavour of RSS and Atom (and their broken real-world forms), so
we use it rather than parsing feeds ourselves. Two guards come first:

* feedparser treats a ``str`` or ``bytes`` argument as a possible URL or file name and
  would open it; it only ever gets a ``BytesIO`` from us, which it reads and nothing more.
* A document that declares entities (``<!ENTITY``, the mechanism of billion-laughs and
  XXE attacks) is refused before any parser sees it. The check runs on the raw bytes,
  on the bytes with NULs removed (UTF-16/32 text), on the text decoded with the
  encoding the XML declaration names (UTF-7 and friends), and finally through
  defusedxml's expat reader, which knows every encoding expat does.
"""

from __future__ import annotations

import codecs
import io
import re
import time
import xml.sax
from collections.abc import Iterator
from typing import Any
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException

from briefing.model import Article, Problem
from briefing.sanitize import one_line
from briefing.sources.build import make_article, source_identity
from briefing.sources.html import fragment_paragraphs
from briefing.sources.text import split_paragraphs

SUFFIXES = (".xml", ".rss", ".atom", ".rdf")

MAX_DEK_CHARS = 600

_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_ENTITY_TEXT = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf|channel)[\s>/]", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_SNIFF_BYTES = 4096

ENTITY_REASON = "refused: the XML declares entities (<!ENTITY>), which can expand without limit or read local files"


def looks_like_feed(data: bytes) -> bool:
    """Whether the start of a document is an RSS, RDF or Atom root (for URLs and unknown files)."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        head = head.replace(b"\x00", b"")
    return _FEED_ROOT.search(head) is not None


class _Ignore(ContentHandler):
    """The defusedxml pass only checks what the document declares; its content is not needed."""


def entity_problem(data: bytes) -> str | None:
    """A reason to refuse the document if it declares entities, else None."""
    probes = [data]
    if b"\x00" in data[:_SNIFF_BYTES]:
        probes.append(data.replace(b"\x00", b""))
    if any(_ENTITY_DECLARATION.search(probe) for probe in probes):
        return ENTITY_REASON
    declared = _DECLARED_ENCODING.match(data[:300])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
        except LookupError:
            codec = None
        if codec is not None and _ENTITY_TEXT.search(data.decode(codec.name, errors="replace")):
            return ENTITY_REASON
    try:
        # forbid_external stays off: it would refuse the public DTD that every RSS 0.91 feed names. That
        # DTD is never fetched (the SAX reader leaves external entities and parameter entities off), and
        # forbid_entities refuses any entity declaration, in the internal subset or anywhere else.
        defusedxml.sax.parseString(data, _Ignore(), forbid_dtd=False, forbid_entities=True, forbid_external=False)
    except DefusedXmlException:
        return ENTITY_REASON
    except (xml.sax.SAXException, ValueError, LookupError):
        pass  # not well-formed: feedparser's lenient reader may still read it, and it declared nothing
    return None


def _is_web_link(link: str) -> bool:
    return link.strip().lower().startswith(("http://", "https://"))


def _iso(parsed: time.struct_time | None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else ""


def _paragraphs(value: str, kind: str) -> list[str]:
    if any(marker in (kind or "").lower() for marker in _HTML_TYPES):
        return fragment_paragraphs(value)
    return split_paragraphs(value)


def _plain(value: str, kind: str) -> str:
    return " ".join(_paragraphs(value, kind))


def _content(entry: Any) -> tuple[str, str]:
    """The entry's fullest text and its type: the longest <content>, else the summary."""
    contents = [item for item in entry.get("content", []) if item.get("value")]
    if contents:
        best = max(contents, key=lambda item: len(item.get("value", "")))
        return best["value"], best.get("type", "")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), detail.get("type", "text/html")


def entry_key(entry: Any) -> str:
    """What names an entry across fetches: its id (guid), else its link; "" when it has neither."""
    for key in ("id", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _entry(
    entry: Any, source: str, number: int, identity: str | None = None, position: int | None = None
) -> Article | Problem:
    title_detail = entry.get("title_detail") or {}
    title = _plain(entry.get("title", ""), title_detail.get("type", "text/plain"))
    value, kind = _content(entry)
    paragraphs = _paragraphs(value, kind)
    if not title.strip() and not paragraphs:
        return Problem(one_line(source), f"entry {number + 1}: no title or text")
    dek = ""
    if entry.get("content") and entry.get("summary"):
        summary_detail = entry.get("summary_detail") or {}
        summary = _plain(entry["summary"], summary_detail.get("type", "text/html"))
        # A summary beside full content is the standfirst, unless it is just the opening cut short.
        if len(summary) <= MAX_DEK_CHARS and not (paragraphs and paragraphs[0].startswith(summary.rstrip(".…"))):
            dek = summary
    link = entry.get("link", "")
    return make_article(
        source,
        paragraphs,
        title=title,
        position=number if position is None else position,
        dek=dek,
        byline=entry.get("author", ""),
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        or entry.get("published", entry.get("updated", "")),
        url=link if _is_web_link(link) else "",  # javascript:, file: and data: links are dropped
        identity=identity,
    )


def parse_feed(data: bytes, source: str, *, identity: str | None = None) -> Iterator[Article | Problem]:
    reason = entity_problem(data)
    if reason:
        yield Problem(one_line(source), reason)
        return
    import feedparser  # imported here: it costs 70 ms at start-up and most runs read no feeds

    # A stream, never bytes or str: feedparser would try those as a file name or URL. Its HTML
    # sanitiser is off because we never keep HTML (fragment_paragraphs reduces it to text and drops
    # scripts and styles), and on a few megabytes of tag soup it takes tens of seconds.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        error = parsed.get("bozo_exception")
        detail = f" ({one_line(str(error), 100)})" if error else ""
        yield Problem(one_line(source), f"not an RSS or Atom feed{detail}")
        return
    if not parsed.entries:
        yield Problem(one_line(source), "the feed has no entries")
        return
    # Entries are named by their id or link, not their place: a feed's new entries come first and
    # push the rest down, and an article must stay the same article (read, starred) across fetches.
    base = identity or source_identity(source)
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries):
        key = entry_key(entry)
        if key and key not in seen:
            seen.add(key)
            yield _entry(entry, source, number, f"{base}\x00{key}", position=0)
        else:  # no name, or the same one twice: its place is all that tells it apart
            yield _entry(entry, source, number, identity)


def load(data: bytes, source: str, *, identity: str | None = None) -> list[Article | Problem]:
    return list(parse_feed(data, source, identity=identity))
