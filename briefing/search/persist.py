"""Saving a built search index and loading it back, so reopening a briefing skips the build.

The index is arrays of numbers plus the vocabulary, so it is written as raw arrays
behind a small JSON header: no pickle, nothing in the file is ever executed. A file
is only used for exactly the articles it was built from (the key covers every
title, dek, body and the extractor's version), and a damaged file (checked with a
digest and by the arrays' lengths) is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path

from briefing.extract import EXTRACTOR_VERSION
from briefing.model import Article
from briefing.search.engine import SearchIndex
from briefing.search.index import Corpus, Section

FORMAT = 1
KEEP_FILES = 4  # the most recently used indexes kept on disk; older ones are removed
_SECTION_ARRAYS = ("article", "offsets", "forward", "_packed", "_starts")
_CORPUS_ARRAYS = ("passage_start", "passage_end", "first_passage", "_entity_passages", "_entity_starts")
_SECTIONS = ("passages", "heads", "entities", "speakers")


class DamagedIndex(ValueError):
    """The saved index does not fit the articles or is corrupt."""


def index_key(articles: Sequence[Article]) -> str:
    """A digest of everything the index is built from, in order."""
    digest = hashlib.blake2b(f"{FORMAT}\x00{EXTRACTOR_VERSION}\x00{len(articles)}".encode(), digest_size=16)
    for article in articles:
        for text in (article.title, article.dek, article.body):
            encoded = text.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "little"))
            digest.update(encoded)
    return digest.hexdigest()


def dump(index: SearchIndex) -> bytes:
    return b"".join(dump_parts(index))


def dump_parts(index: SearchIndex) -> list[bytes | memoryview]:
    """The saved form as a list of pieces, so a file can be written without joining copies."""
    corpus = index._corpus
    parts: list[tuple[str, array]] = []
    for name in _SECTIONS:
        section: Section = getattr(corpus, name)
        parts.extend((f"{name}.{field}", getattr(section, field)) for field in _SECTION_ARRAYS)
    parts.extend((name, getattr(corpus, name)) for name in _CORPUS_ARRAYS)
    parts.append(("frequency", corpus.vocab.frequency))
    parts.append(("entity_index", _positions(corpus, "entities", corpus.entity_objects, "entities")))
    parts.append(("quote_index", _positions(corpus, "speakers", corpus.quote_objects, "quotes")))
    words = "\x00".join(corpus.vocab.words).encode("utf-8", "surrogatepass")
    heads = "".join("t" if kind == "title" else "d" for kind in corpus.head_kind).encode()
    pieces = [memoryview(data).cast("B") for _, data in parts] + [memoryview(words), memoryview(heads)]
    digest = hashlib.blake2b(digest_size=16)
    for piece in pieces:
        digest.update(piece)
    header = {
        "format": FORMAT,
        "arrays": [[name, data.typecode, len(data) * data.itemsize] for name, data in parts],
        "words": len(words),
        "heads": len(heads),
        "digest": digest.hexdigest(),
    }
    encoded = json.dumps(header).encode()
    return [len(encoded).to_bytes(4, "little"), encoded, *pieces]


def _positions(corpus: Corpus, section: str, objects: list, field: str) -> array:
    """For each record, the position of its entity (or quote) within its article's facts."""
    positions = array("I")
    owners = getattr(corpus, section).article
    for record, item in enumerate(objects):
        facts = corpus.articles[owners[record]].facts
        listed = getattr(facts, field)
        positions.append(next(index for index, candidate in enumerate(listed) if candidate is item))
    return positions


def load(data: bytes | memoryview, articles: Sequence[Article]) -> SearchIndex:
    """Rebuild a SearchIndex over ``articles`` from ``dump`` output; raise DamagedIndex if it does not fit."""
    try:
        return _load(memoryview(data), articles)
    except DamagedIndex:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DamagedIndex(str(error)) from error


def _load(data: memoryview, articles: Sequence[Article]) -> SearchIndex:
    size = int.from_bytes(data[:4], "little")
    header = json.loads(bytes(data[4 : 4 + size]))
    payload = data[4 + size :]
    if header.get("format") != FORMAT:
        raise DamagedIndex("another format")
    if hashlib.blake2b(payload, digest_size=16).hexdigest() != header["digest"]:
        raise DamagedIndex("digest does not match")
    arrays: dict[str, array] = {}
    offset = 0
    for name, typecode, length in header["arrays"]:
        values = array(typecode)
        values.frombytes(payload[offset : offset + length])
        arrays[name] = values
        offset += length
    words = bytes(payload[offset : offset + header["words"]]).decode("utf-8", "surrogatepass")
    offset += header["words"]
    heads = bytes(payload[offset : offset + header["heads"]]).decode()

    corpus = Corpus(articles)
    for name in _SECTIONS:
        section: Section = getattr(corpus, name)
        for field in _SECTION_ARRAYS:
            setattr(section, field, arrays[f"{name}.{field}"])
    for name in _CORPUS_ARRAYS:
        setattr(corpus, name, arrays[name])
    corpus.vocab.words = words.split("\x00") if words else []
    corpus.vocab.ids = {word: wid for wid, word in enumerate(corpus.vocab.words)}
    corpus.vocab.frequency = arrays["frequency"]
    corpus.head_kind = ["title" if mark == "t" else "dek" for mark in heads]
    corpus.entity_objects = _objects(articles, corpus.entities.article, arrays["entity_index"], "entities")
    corpus.quote_objects = _objects(articles, corpus.speakers.article, arrays["quote_index"], "quotes")
    _check(corpus)
    from briefing.search import bits

    corpus.title_mask = bits.from_sorted([item for item, kind in enumerate(corpus.head_kind) if kind == "title"])
    corpus.vocab.freeze()
    # The frequent words' masks are made on first use rather than here: opening comes first.
    return SearchIndex(corpus)


def _objects(articles: Sequence[Article], owners: array, positions: array, field: str) -> list:
    if len(owners) != len(positions):
        raise DamagedIndex(f"{field}: records and positions differ")
    return [getattr(articles[owner].facts, field)[position] for owner, position in zip(owners, positions, strict=True)]


def _check(corpus: Corpus) -> None:
    """Lengths that must agree, so a query can never index past an array."""
    vocabulary = len(corpus.vocab.words)
    if len(corpus.vocab.frequency) != vocabulary or len(corpus.first_passage) != len(corpus.articles) + 1:
        raise DamagedIndex("vocabulary or article counts differ")
    for name in _SECTIONS:
        section: Section = getattr(corpus, name)
        if (
            len(section.offsets) != section.size + 1
            or section.offsets[-1] != len(section.forward)
            or len(section._starts) != vocabulary + 1
            or section._starts[-1] != len(section._packed)
            or (section.forward and max(section.forward) >= vocabulary)
            or (section._packed and max(section._packed) >= section.size)
            or (section.article and max(section.article) >= len(corpus.articles))
        ):
            raise DamagedIndex(f"section {name} is inconsistent")
    passages = corpus.passages.size
    if len(corpus.passage_start) != passages or len(corpus.passage_end) != passages:
        raise DamagedIndex("passage ranges differ")
    if len(corpus._entity_starts) != corpus.entities.size + 1 or len(corpus.head_kind) != corpus.heads.size:
        raise DamagedIndex("entity or head records differ")


# --- the files --------------------------------------------------------------------------------


def cached_build(
    articles: Sequence[Article], folder: Path | None, warn=lambda message: None
) -> SearchIndex:
    """The index over ``articles``: loaded from ``folder`` when saved there before, else built and saved."""
    if folder is None:
        return SearchIndex.build(articles)
    path = folder / f"{index_key(articles)}.index"
    if path.is_file():
        try:
            index = load(path.read_bytes(), articles)
            os.utime(path)  # most recently used: kept the longest
            return index
        except (DamagedIndex, OSError):
            warn(f"{path}: saved search index is damaged; rebuilding it")
    index = SearchIndex.build(articles)
    _save(folder, path, dump_parts(index), warn)
    return index


def _save(folder: Path, path: Path, pieces: list[bytes | memoryview], warn) -> None:
    partial: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".index-", delete=False) as handle:
            partial = handle.name
            handle.writelines(pieces)
        os.replace(partial, path)  # readers never see a half-written file
        partial = None
        _prune(folder)
    except OSError as error:
        warn(f"could not save the search index in {folder}: {error.strerror or error}")
    finally:
        if partial is not None:
            Path(partial).unlink(missing_ok=True)


def clear_saved(folder: Path) -> int:
    """Remove every saved index; return how many there were."""
    removed = 0
    for saved in folder.glob("*.index"):
        saved.unlink(missing_ok=True)
        removed += 1
    return removed


def _prune(folder: Path) -> None:
    saved = sorted(folder.glob("*.index"), key=lambda item: item.stat().st_mtime, reverse=True)
    for old in saved[KEEP_FILES:]:
        old.unlink(missing_ok=True)
