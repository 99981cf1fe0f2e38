"""`briefing facts --json` and `--jsonl`: articles written as JSON as soon as they are loaded.

Articles arrive in briefing order as their facts come in (the session's ``FactsReady`` events) and
are encoded by orjson in batches. On a warm cache, encoding is most of the work (unpacking the
facts of 10,000 articles into objects and writing over 200 MB), so in a large briefing it runs
in worker processes, one per core, while this process goes on reading; the bytes are written in
the order the articles came, so the output never depends on the cache or on timing.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import fields
from typing import BinaryIO

import orjson

from briefing.model import Article, Problem
from briefing.packed import unpack
from briefing.serialize import article_to_dict, dates_to_dicts, problem_to_dict


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


def encode(articles: Sequence[Article], blobs: Sequence[bytes]) -> list[bytes]:
    """Each article's JSON: what a worker process does with a batch."""
    return [article_json(article, blob) for article, blob in zip(articles, blobs, strict=True)]


class Encoding:
    """Articles to JSON in order, handed to ``emit`` batch by batch.

    The first ``HERE_FIRST`` articles are encoded here, so the first lines go out at once and a
    briefing of up to that many never waits for workers to start (measured: 417 articles took
    0.48 s with workers, 0.32 s without); the rest go to worker processes (when they can be
    started) and are emitted, in order, as soon as they are done.
    """

    HERE_FIRST = 1024

    def __init__(self, emit: Callable[[list[bytes]], object]) -> None:
        self.emit = emit
        self.encoded_here = 0
        self.pool: Executor | None = None
        self.pool_failed = False
        self.pending: deque[Future[list[bytes]]] = deque()  # in briefing order

    def add(self, articles: Sequence[Article], blobs: Sequence[bytes]) -> None:
        pool = self._workers() if self.encoded_here >= self.HERE_FIRST else None
        if pool is None:
            self.encoded_here += len(articles)
            self.emit(encode(articles, blobs))
            return
        self.pending.append(pool.submit(encode, list(articles), list(blobs)))
        while self.pending and self.pending[0].done():
            self.emit(self.pending.popleft().result())

    def _workers(self) -> Executor | None:
        """The worker processes, started on first use; None where they cannot be."""
        if self.pool is None and not self.pool_failed:
            self.pool = _pool()
            self.pool_failed = self.pool is None
        return self.pool

    def finish(self) -> None:
        """Emit what the workers still have, in order."""
        while self.pending:
            self.emit(self.pending.popleft().result())

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

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.encoding = Encoding(self._write)

    def _write(self, encoded: list[bytes]) -> None:
        self.out.write(b"".join(line + b"\n" for line in encoded))
        self.out.flush()  # for `| head` and `| jq`: out now, not when a buffer fills

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes]) -> None:
        self.encoding.add(articles, blobs)

    def end(self, problems: Sequence[Problem]) -> None:
        self.encoding.finish()

    def close(self) -> None:
        self.encoding.close()


class JsonDocument:
    """One JSON document, ``{"articles": [...], "problems": [...]}``, each article on a line of its own."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.separator = b"\n"
        self.encoding = Encoding(self._write)
        out.write(b'{"articles":[')

    def _write(self, encoded: list[bytes]) -> None:
        if encoded:
            self.out.write(self.separator + b",\n".join(encoded))
            self.separator = b",\n"

    def articles(self, articles: Sequence[Article], blobs: Sequence[bytes]) -> None:
        self.encoding.add(articles, blobs)

    def end(self, problems: Sequence[Problem]) -> None:
        self.encoding.finish()
        listed = orjson.dumps([problem_to_dict(problem) for problem in problems])
        self.out.write(b'\n],\n"problems":' + listed + b"}\n")
        self.out.flush()

    def close(self) -> None:
        self.encoding.close()
