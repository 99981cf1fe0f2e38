"""`briefing facts --json` and `--jsonl`: articles written as JSON as soon as they are loaded.

Articles arrive in briefing order as their facts come in (the session's ``FactsReady`` events) and
are encoded by orjson in batches. Each article's JSON is saved in the cache (``store``) under a
digest of everything it is made from (``json_key``), so a warm run copies saved bytes and encodes
only what changed: encoding is most of the work otherwise (unpacking the facts of 10,000 articles
into objects and writing over 200 MB). What must be encoded, in a large briefing whose facts are
already known, is encoded in worker processes, one per core, while this process goes on reading;
the bytes are written in the order the articles came, so the output never depends on the cache or
on timing.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import zlib
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, BinaryIO

import orjson

from briefing.code_version import code_version
from briefing.model import Article, Problem
from briefing.packed import unpack
from briefing.serialize import article_to_dict, dates_to_dicts, problem_to_dict

if TYPE_CHECKING:  # not imported at run time: the worker processes that encode need none of the cache
    from briefing.store import FactStore

Warn = Callable[[str], object]


def _ignore(message: str) -> None:
    return None


def article_json(article: Article, blob: bytes | None) -> bytes:
    """One article and its packed facts in the ``--json`` schema (``serialize.article_to_dict``), encoded by orjson.

    The facts go to orjson as the dataclasses they are, which it writes as ``asdict`` would,
    without first copying some two million objects into dicts (11 of the 16 seconds that
    ``article_to_dict`` took on 10,000 articles). They are unpacked here rather than through
    ``FactTable.unpack``, whose cache of recent ones would keep them alive and the garbage
    collector busy (a third of the time), since each is written once and dropped.
    """
    record = article_to_dict(article, None)  # every field but the facts
    if blob is not None:
        facts = unpack(blob)
        record.update((field.name, getattr(facts, field.name)) for field in fields(facts))
        record["dates"] = dates_to_dicts(article, facts.dates)  # each with its resolution, worked out here
    return orjson.dumps(record)


def encode(articles: Sequence[Article], blobs: Sequence[bytes | None]) -> list[bytes]:
    """Each article's JSON: what a worker process does with a batch."""
    return [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]


def json_key(article: Article, blob: bytes | None) -> bytes:
    """What ``article_json(article, blob)`` is saved under: a digest of the code that writes it
    (``code_version``: the schema, the date resolver, orjson) and of everything it writes."""
    bounds = f"{[span.start for span in article.paragraphs]}{[span.end for span in article.paragraphs]}"
    fields = (article.id, article.path, article.url, article.title, article.dek, article.byline, article.published)
    # Each text after its length, so that none runs into the next.
    head = "".join(f"{len(text)}:{text}" for text in (*fields, bounds))
    body = article.body.encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(code_version().encode(), digest_size=16)
    digest.update(head.encode("utf-8", "surrogatepass"))
    digest.update(len(body).to_bytes(8, "little"))
    digest.update(body)
    digest.update(b"no facts" if blob is None else b"facts")
    digest.update(blob or b"")
    return digest.digest()


def _saved_line(saved: tuple[object, object]) -> bytes | None:
    """The JSON as saved, if its check (a CRC-32) says it is undamaged."""
    check, line = saved
    return line if isinstance(line, bytes) and check == zlib.crc32(line) else None


@dataclass(slots=True)
class _Batch:
    """Articles in briefing order: their JSON (``b""`` until encoded), and which of them are still to be."""

    lines: list[bytes]
    keys: list[bytes] | None  # what each is saved under; None without a cache
    missing: list[int]  # places in ``lines`` being encoded
    future: Future[list[bytes]] | None = None  # their JSON, when a worker encodes them


class Encoding:
    """Articles to JSON in order, handed to ``emit`` batch by batch.

    The JSON saved in ``store`` is used as it is; the rest is encoded, and saved. The first
    ``HERE_FIRST`` articles to encode are encoded here, so the first lines go out at once and a
    briefing of up to that many never waits for workers to start (measured: 417 articles took
    0.48 s with workers, 0.32 s without); the rest go to worker processes (when they can be
    started) and are emitted, in order, as soon as they are done.

    Articles whose facts were just extracted are encoded here too, however many: the extraction's
    worker processes have the cores and this one mostly waits on them, while sending articles to
    other workers and their JSON back costs more than encoding it (a cold `facts --json` of 10,000
    articles spent 11.4 CPU seconds on all but extraction with encoding workers, 10.3 without).
    """

    HERE_FIRST = 1024
    SAVE_BATCH = 128  # articles' JSON saved at a time: a few megabytes, a short write

    def __init__(
        self,
        emit: Callable[[list[bytes]], object],
        store: FactStore | None = None,
        warn: Warn = _ignore,
    ) -> None:
        self.emit = emit
        self.store = store
        self.warn = warn
        self.encoded_here = 0
        self.pool: Executor | None = None
        self.pool_failed = False
        self.pending: deque[_Batch] = deque()  # in briefing order
        self.fresh: list[tuple[bytes, int, bytes]] = []  # encoded, not yet saved: (key, CRC-32, JSON)
        self.warned = False

    def add(self, articles: Sequence[Article], blobs: Sequence[bytes | None], extracted: int = 0) -> None:
        """The next articles in order with their packed facts, ``extracted`` of which were extracted just now."""
        batch = self._saved(articles, blobs)
        if batch.missing:
            todo = [articles[place] for place in batch.missing], [blobs[place] for place in batch.missing]
            pool = self._workers() if not extracted and self.encoded_here >= self.HERE_FIRST else None
            if pool is None:
                self.encoded_here += len(batch.missing)
                self._fill(batch, encode(*todo))
            else:
                batch.future = pool.submit(encode, *todo)
        self.pending.append(batch)
        self._emit_done(wait=False)

    def _saved(self, articles: Sequence[Article], blobs: Sequence[bytes | None]) -> _Batch:
        """The batch, with the JSON the cache holds for it."""
        if self.store is None:
            return _Batch([b""] * len(articles), None, list(range(len(articles))))
        keys = [json_key(article, blob) for article, blob in zip(articles, blobs, strict=True)]
        saved = self.store.get_json(keys)
        lines = [_saved_line(saved[key]) if key in saved else None for key in keys]
        if not self.warned and any(line is None and key in saved for key, line in zip(keys, lines, strict=True)):
            self.warned = True  # once: the damaged rows are saved again as they are encoded
            self.warn(f"facts cache {self.store.path}: unreadable saved JSON ignored; writing those articles again")
        missing = [place for place, line in enumerate(lines) if line is None]
        return _Batch([line or b"" for line in lines], keys, missing)

    def _fill(self, batch: _Batch, encoded: list[bytes]) -> None:
        for place, line in zip(batch.missing, encoded, strict=True):
            batch.lines[place] = line
            if batch.keys is not None:
                self.fresh.append((batch.keys[place], zlib.crc32(line), line))
        if len(self.fresh) >= self.SAVE_BATCH:
            self._save()

    def _save(self) -> None:
        rows, self.fresh = self.fresh, []
        if self.store is not None:
            self.store.put_json(rows)

    def _emit_done(self, wait: bool) -> None:
        """Emit the batches that are done, in order, from the first; with ``wait``, every batch."""
        while self.pending:
            batch = self.pending[0]
            if batch.future is not None:
                if not (wait or batch.future.done()):
                    return
                self._fill(batch, batch.future.result())
                batch.future = None
            self.pending.popleft()
            self.emit(batch.lines)

    def _workers(self) -> Executor | None:
        """The worker processes, started on first use; None where they cannot be."""
        if self.pool is None and not self.pool_failed:
            self.pool = _pool()
            self.pool_failed = self.pool is None
        return self.pool

    def finish(self) -> None:
        """Emit what the workers still have, in order, and save what was encoded."""
        self._emit_done(wait=True)
        self._save()

    def close(self) -> None:
        """Stop the workers, dropping batches not yet started (after an error, or a closed pipe)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _pool() -> Executor | None:
    """Worker processes for encoding, or None (encode here) where they cannot be started."""
    try:
        # "spawn": the command line runs a progress thread, and forking a process with threads is unsafe.
        return ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError):
        return None


class JsonLines:
    """One article object per line, each batch written and flushed as soon as it is encoded.

    Problems are not lines here: every line is an article. They go to standard error, one line
    each, and the exit status is 1, as for every other output.
    """

    def __init__(self, out: BinaryIO, store: FactStore | None = None, warn: Warn = _ignore) -> None:
        self.out = out
        self.encoding = Encoding(self._write, store, warn)

    def _write(self, encoded: list[bytes]) -> None:
        if encoded:
            self.out.write(b"\n".join(encoded))
            self.out.write(b"\n")
        self.out.flush()  # for `| head` and `| jq`: out now, not when a buffer fills

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes], extracted: int = 0) -> None:
        self.encoding.add(articles, blobs, extracted)

    def end(self, problems: Sequence[Problem]) -> None:
        self.encoding.finish()

    def close(self) -> None:
        self.encoding.close()


class JsonDocument:
    """One JSON document, ``{"articles": [...], "problems": [...]}``, each article on a line of its own."""

    def __init__(self, out: BinaryIO, store: FactStore | None = None, warn: Warn = _ignore) -> None:
        self.out = out
        self.separator = b"\n"
        self.encoding = Encoding(self._write, store, warn)
        out.write(b'{"articles":[')

    def _write(self, encoded: list[bytes]) -> None:
        if encoded:
            self.out.write(self.separator)
            self.out.write(b",\n".join(encoded))
            self.separator = b",\n"

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes], extracted: int = 0) -> None:
        self.encoding.add(articles, blobs, extracted)

    def end(self, problems: Sequence[Problem]) -> None:
        self.encoding.finish()
        listed = orjson.dumps([problem_to_dict(problem) for problem in problems])
        self.out.write(b'\n],\n"problems":' + listed + b"}\n")
        self.out.flush()

    def close(self) -> None:
        self.encoding.close()
