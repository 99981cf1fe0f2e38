"""A feed on 127.0.0.1 that changes between requests and answers conditional requests as a real server does."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def rss(*entries: tuple[str, str, str]) -> bytes:
    """A feed of (guid, title, text) entries."""
    items = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><description>{text}</description></item>"
        for guid, title, text in entries
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'.encode()


@dataclass
class Feed:
    body: bytes = b""
    version: int = 1  # the ETag: bumped whenever the body changes
    status: int = 200  # 500 to fail
    requests: list[dict[str, str]] = field(default_factory=list)  # the headers of each request
    answers: list[int] = field(default_factory=list)

    def publish(self, body: bytes) -> None:
        self.body, self.version = body, self.version + 1


@contextmanager
def serve(feed: Feed) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            feed.requests.append({name.lower(): value for name, value in self.headers.items()})
            etag = f'"v{feed.version}"'
            if feed.status != 200:
                code, body, headers = feed.status, b"broken", {}
            elif self.headers.get("If-None-Match") == etag:
                code, body, headers = 304, b"", {"ETag": etag}
            else:
                code, body = 200, feed.body
                headers = {"ETag": etag, "Content-Type": "application/rss+xml"}
            feed.answers.append(code)
            self.send_response(code)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()
