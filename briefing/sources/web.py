"""URLs: fetch a page or a feed over http(s), bounded in time, size and redirects.

httpx streams the body, so the size cap is enforced while reading rather than after a
hostile server has filled memory. Redirects are followed by hand, not by httpx, so that
every hop is checked: only http and https, at most ``MAX_REDIRECTS`` of them. httpx's
timeout bounds each connect and read; a server that drips a byte at a time could
still hold us forever, so the whole fetch also has a deadline.

What came back is a page or a feed: the content type says so when it is specific, and
the bytes themselves decide when it is not (servers label feeds ``text/xml``,
``text/html`` or ``application/octet-stream`` often enough).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import httpx

from briefing import __version__
from briefing.model import Problem
from briefing.sanitize import one_line
from briefing.sources import feeds, html, records
from briefing.sources.files import DEFAULT_MAX_BYTES
from briefing.sources.formats import Loaded, guarded, load_bytes

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 15.0  # for each connect and each read
DEADLINE_SECONDS = 60.0  # for the whole fetch, redirects included
WEB_SCHEMES = ("http", "https")

USER_AGENT = f"briefing/{__version__} (terminal news reader)"
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, application/json;q=0.8, text/plain;q=0.7, */*;q=0.5"
)

FEED_TYPES = frozenset(("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/rss"))
XML_TYPES = frozenset(("application/xml", "text/xml"))
HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
JSON_TYPES = frozenset(("application/json", "text/json", "application/x-ndjson", "application/jsonl"))

_HTML_HEAD = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)


class FetchError(Exception):
    """A fetch that failed, with a one-line reason for the person who asked for it."""


class NotModified(Exception):
    """The server answered 304: what was fetched with these validators is still current."""


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies this version of a resource, for a conditional request next time."""

    etag: str = ""
    last_modified: str = ""

    def headers(self) -> dict[str, str]:
        sent = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in sent.items() if value}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # the media type alone, lower case, without parameters
    data: bytes
    validators: Validators = Validators()


def _check_scheme(url: httpx.URL, what: str) -> None:
    if url.scheme not in WEB_SCHEMES:
        raise FetchError(f"refused {what} a non-web address ({one_line(url.scheme or '?', 20)}: is not http or https)")


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response too large ({int(declared):,} bytes; the limit is {max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    # No chunk size: httpx would buffer up to it before yielding, and the deadline is checked per piece.
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:  # counted after decompression, so a gzip bomb stops here too
            raise FetchError(f"response too large (over the limit of {max_bytes:,} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out (the download took longer than {timeout:g} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    deadline_seconds: float = DEADLINE_SECONDS,
    max_redirects: int = MAX_REDIRECTS,
    validators: Validators | None = None,
) -> Fetched:
    """GET a URL, following at most ``max_redirects`` http(s) redirects. Raises FetchError.

    With ``validators`` the request is conditional: an unchanged resource raises ``NotModified``.
    """
    deadline = time.monotonic() + deadline_seconds
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise FetchError(f"not a valid URL ({one_line(str(error), 100)})") from None
    _check_scheme(current, "to fetch")
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, **(validators.headers() if validators else {})}
    try:
        with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers) as client:
            for _hop in range(max_redirects + 1):
                with client.stream("GET", current) as response:
                    if response.status_code == 304 and validators is not None:
                        raise NotModified  # before redirects: httpx counts every 3xx as one
                    if response.is_redirect:
                        target = current.join(response.headers["location"])
                        _check_scheme(target, "a redirect to")
                        current = target
                        continue
                    if response.status_code >= 400 or response.status_code < 200:
                        phrase = response.reason_phrase or "error"
                        raise FetchError(f"the server answered HTTP {response.status_code} {one_line(phrase, 60)}")
                    data = _read_capped(response, max_bytes, deadline, deadline_seconds)
                    media_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
                    found = Validators(_validator(response, "etag"), _validator(response, "last-modified"))
                    return Fetched(str(response.url), media_type, data, found)
    except httpx.TimeoutException:
        raise FetchError(f"timed out (no answer within {timeout:g} s)") from None
    except httpx.ConnectError as error:
        raise FetchError(f"could not connect ({one_line(str(error), 120) or 'connection failed'})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise FetchError(f"not a valid URL ({one_line(str(error), 100)})") from None
    except httpx.HTTPError as error:  # protocol errors, broken connections, undecodable compression
        raise FetchError(f"the download failed ({type(error).__name__}: {one_line(str(error), 100)})") from None
    raise FetchError(f"too many redirects (more than {max_redirects})")


def _validator(response: httpx.Response, name: str) -> str:
    """A validator header to send back as it came; one a request header could not carry is dropped."""
    value = response.headers.get(name, "")
    return value if value.isascii() and value.isprintable() and len(value) <= 500 else ""


def classify(content_type: str, data: bytes) -> str | None:
    """'feed', 'html', 'json' or 'text' for what was fetched; None when it is none of these."""
    head = data[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe")
    if content_type in FEED_TYPES:
        return "feed"
    if _HTML_HEAD.match(head):
        return "html"
    if feeds.looks_like_feed(head):
        return "feed"
    if content_type in HTML_TYPES:
        return "html"
    if content_type in XML_TYPES or content_type.endswith("+xml"):
        return "feed"  # the feed loader says so clearly if it is XML of another kind
    stripped = head.lstrip()
    if content_type in JSON_TYPES or content_type.endswith("+json") or stripped[:1] in (b"{", b"["):
        return "json"
    if content_type.startswith("text/"):
        return "text"
    if not content_type or content_type == "application/octet-stream":
        return "html" if stripped[:1] == b"<" else "text"
    return None


def load_url(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    deadline_seconds: float = DEADLINE_SECONDS,
) -> Loaded:
    """Fetch a URL and load it as a page (one article) or a feed (one article per entry)."""
    try:
        fetched = fetch(url, max_bytes=max_bytes, timeout=timeout, deadline_seconds=deadline_seconds)
    except FetchError as error:
        return [Problem(one_line(url), f"could not fetch: {error}")]
    return load_fetched(url, fetched)


def load_fetched(url: str, fetched: Fetched) -> Loaded:
    """What was fetched from ``url``, as a page (one article) or a feed (one article per entry)."""
    kind = classify(fetched.content_type, fetched.data)
    if kind == "feed":
        return guarded(url, lambda: feeds.load(fetched.data, url))
    if kind == "html":
        return guarded(url, lambda: html.extract_page(fetched.data, url, url=fetched.url))
    if kind == "json":
        return guarded(url, lambda: records.load(fetched.data, url))
    if kind == "text":
        return load_bytes(fetched.data, url, name="page.txt")
    return [Problem(one_line(url), f"not a page or a feed (content type {one_line(fetched.content_type, 60)})")]
