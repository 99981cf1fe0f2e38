"""URLs: pages and feeds over HTTP from a local server, with every limit exercised."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing.model import Article, Problem
from briefing.sources import iter_load, web
from tests.sources.test_feeds import ATOM, RSS

PAGE = b"""<!doctype html><html><head><title>Local page headline</title>
<meta name="author" content="Pat Doe"><script>var x = "SCRIPT-TEXT";</script></head>
<body><nav>Home News NAV</nav><article><h1>Local page headline</h1>
<p>The local council met on Thursday evening to discuss the new bus routes through the town centre.</p>
<p>Residents spoke for and against the plan, which would close two streets to cars at weekends.</p>
</article></body></html>"""

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/page": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
    "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS),
    "/atom-unlabelled": (200, {"Content-Type": "application/octet-stream"}, ATOM),
    "/feed-as-html": (200, {"Content-Type": "text/html"}, RSS),  # mislabelled: sniffing decides
    "/records": (200, {"Content-Type": "application/json"}, b'[{"title": "Json over http", "body": "Body."}]'),
    "/notes": (200, {"Content-Type": "text/plain"}, b"Plain headline\n\nPlain body.\n"),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00"),
    "/xxe": (200, {"Content-Type": "application/xml"}, b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss/>'),
    "/redirect": (302, {"Location": "/page"}, b""),
    "/redirect-twice": (301, {"Location": "/redirect"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/to-ftp": (307, {"Location": "ftp://example.com/x"}, b""),
    "/missing": (404, {"Content-Type": "text/html"}, b"<html><body>Not here</body></html>"),
    "/broken": (500, {}, b"oops"),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 50_000 + b"</p>"),
}


# Set when the module's tests are done: until then /slow never answers and /drip never ends, so only the
# client's own limits (its timeout, its deadline) can end those requests.
RELEASE = threading.Event()
HOLD_SECONDS = 60.0  # a last resort, so that a broken limit fails the test instead of hanging it


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            RELEASE.wait(HOLD_SECONDS)  # no status line, no headers: nothing for the client to read
        if self.path in ("/slow", "/drip", "/big-undeclared"):
            self._stream()
            return
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self) -> None:
        # No Content-Length: the body ends when the connection closes, so only the reader can stop it.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            if self.path == "/drip":
                # A piece every 50 ms (well within any read timeout), and no end until released.
                while not RELEASE.wait(0.05):
                    self.wfile.write(b"<p>drip</p>")
                    self.wfile.flush()
            else:
                for _ in range(100):
                    self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        except OSError:
            pass  # the client hung up, as it should

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    RELEASE.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()


def _one(loaded: list[Article | Problem]) -> Article | Problem:
    assert len(loaded) == 1, loaded
    return loaded[0]


def test_page(server: str) -> None:
    article = _one(web.load_url(f"{server}/page"))
    assert isinstance(article, Article)
    assert article.title == "Local page headline"
    assert article.byline == "Pat Doe"
    assert "new bus routes" in article.body and "SCRIPT-TEXT" not in article.body and "NAV" not in article.body
    assert article.path == f"{server}/page" and article.url == f"{server}/page"


def test_feed_yields_every_entry(server: str) -> None:
    loaded = web.load_url(f"{server}/feed")
    titles = [item.title for item in loaded if isinstance(item, Article)]
    assert titles == ["Council approves budget", "Harbour reopens", "Headline only"]
    assert all(item.path == f"{server}/feed" for item in loaded)


@pytest.mark.parametrize("path", ["/atom-unlabelled", "/feed-as-html"])
def test_feed_is_sniffed_when_the_type_is_wrong(server: str, path: str) -> None:
    assert any(isinstance(item, Article) and item.dek for item in web.load_url(server + path))


def test_json_and_text(server: str) -> None:
    assert _one(web.load_url(f"{server}/records")).title == "Json over http"
    assert _one(web.load_url(f"{server}/notes")).title == "Plain headline"


def test_redirects_are_followed(server: str) -> None:
    article = _one(web.load_url(f"{server}/redirect-twice"))
    assert isinstance(article, Article) and article.title == "Local page headline"
    assert article.url == f"{server}/page"  # where it was found
    assert article.path == f"{server}/redirect-twice"  # what was asked for


@pytest.mark.parametrize("path", ["/to-file", "/to-ftp"])
def test_redirect_to_a_non_web_scheme_is_refused(server: str, path: str) -> None:
    problem = _one(web.load_url(server + path))
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("could not fetch: refused a redirect to a non-web address")


def test_redirect_loop_stops(server: str) -> None:
    problem = _one(web.load_url(f"{server}/loop"))
    assert problem == Problem(f"{server}/loop", f"could not fetch: too many redirects (more than {web.MAX_REDIRECTS})")


def test_declared_oversize_body_is_refused(server: str) -> None:
    problem = _one(web.load_url(f"{server}/big", max_bytes=10_000))
    assert isinstance(problem, Problem) and "response too large" in problem.reason


def test_undeclared_oversize_body_is_cut_off_while_reading(server: str) -> None:
    problem = _one(web.load_url(f"{server}/big-undeclared", max_bytes=50_000))
    assert isinstance(problem, Problem) and "over the limit of 50,000 bytes" in problem.reason


def test_timeout(server: str) -> None:
    # The server never answers, so a result at all means the timeout ended the request; its reason names it.
    problem = _one(web.load_url(f"{server}/slow", timeout=0.3))
    assert problem == Problem(f"{server}/slow", "could not fetch: timed out (no answer within 0.3 s)")


def test_whole_download_has_a_deadline(server: str) -> None:
    # Each piece arrives well within the read timeout, but the body never ends: only the deadline stops it.
    problem = _one(web.load_url(f"{server}/drip", timeout=30, deadline_seconds=0.5))
    assert problem == Problem(f"{server}/drip", "could not fetch: timed out (the download took longer than 0.5 s)")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "could not fetch: the server answered HTTP 404 Not Found"),
        ("/broken", "could not fetch: the server answered HTTP 500 Internal Server Error"),
    ],
)
def test_http_errors_have_a_clear_message(server: str, path: str, reason: str) -> None:
    assert _one(web.load_url(server + path)) == Problem(server + path, reason)


def test_unreadable_content_types_and_hostile_xml(server: str) -> None:
    image = _one(web.load_url(f"{server}/image"))
    assert isinstance(image, Problem) and "content type image/png" in image.reason
    xxe = _one(web.load_url(f"{server}/xxe"))
    assert isinstance(xxe, Problem) and "declares entities" in xxe.reason


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    problem = _one(web.load_url(f"http://127.0.0.1:{port}/", timeout=2))
    assert isinstance(problem, Problem) and problem.reason.startswith("could not fetch: could not connect")


@pytest.mark.parametrize("url", ["http://", "http://[::1", "https://exa mple.com/"])
def test_invalid_urls(url: str) -> None:
    problem = _one(web.load_url(url, timeout=1))
    assert isinstance(problem, Problem) and problem.reason.startswith("could not fetch:")


def test_through_the_loader_door(server: str) -> None:
    loaded = list(iter_load([f"{server}/page", f"{server}/feed", f"{server}/missing"]))
    # The page; the feed's three entries and its empty entry; the 404.
    assert [type(item).__name__ for item in loaded] == ["Article"] * 3 + ["Problem", "Article", "Problem"]
