"""Saving a built search index and loading it back, so reopening a briefing skips the build.

The index is arrays of numbers plus the vocabulary, so it is written as raw arrays
behind a small JSON header: no pickle, nothing in the file is ever executed. A file
is only used for exactly the articles it was built from (the key covers every
title, dek, body and packed facts), and a damaged file (checked with a
digest and by the arrays' lengths) is ignored and rebuilt. Values inside the
arrays are not range-checked one by one (that cost half a second at 10,000
articles): the digest already says they are what was written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.extract import EXTRACTOR_VERSION
from briefing.fact_index import FactIndex
from briefing.facts import FactTable
from briefing.model import Article
from briefing.search.engine import SearchIndex
from briefing.search.index import Corpus, Section

FORMAT = 5  # 4: entity confidences in the fact index; 5: its sentences, roles and forms
KEEP_FILES = 4  # the most recently used indexes kept on disk; older ones are removed
_SECTION_ARRAYS = ("article", "offsets", "forward", "_packed", "_starts")
_CORPUS_ARRAYS = (
    "passage_start",
    "passage_end",
    "first_passage",
    "_entity_passages",
    "_entity_starts",
    "entity_position",
    "entity_start",
    "entity_end",
    "quote_position",
    "quote_start",
    "quote_end",
)
_SECTIONS = ("passages", "heads", "entities", "speakers")


class DamagedIndex(ValueError):
    """The saved index does not fit the articles or is corrupt."""


def index_key(articles: Sequence[Article], facts: FactTable) -> str:
    """A digest of everything the index is built from, in order."""
    digest = hashlib.blake2b(f"{FORMAT}\x00{EXTRACTOR_VERSION}\x00{len(articles)}".encode(), digest_size=16)
    for position, article in enumerate(articles):
        for text in (article.title, article.dek, article.body):
            encoded = text.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "little"))
            digest.update(encoded)
        # The facts too: records point into them by position.
        packed = facts.packed(position) or b""
        digest.update(len(packed).to_bytes(8, "little"))
        digest.update(packed)
    return digest.hexdigest()


def dump(search_index: SearchIndex, fact_index: FactIndex | None = None) -> bytes:
    return b"".join(dump_parts(search_index, fact_index))


def dump_parts(
    search_index: SearchIndex, fact_index: FactIndex | None = None, key: str = ""
) -> list[bytes | memoryview]:
    """The saved form as a list of pieces, so a file can be written without joining copies.

    ``key`` is ``index_key`` of the index's articles, when the caller has it already.
    """
    corpus = search_index._corpus
    arrays: list[tuple[str, array]] = []
    for name in _SECTIONS:
        section: Section = getattr(corpus, name)
        arrays.extend((f"{name}.{field}", getattr(section, field)) for field in _SECTION_ARRAYS)
    arrays.extend((name, getattr(corpus, name)) for name in _CORPUS_ARRAYS)
    arrays.append(("frequency", corpus.vocab.frequency))
    arrays.append(("vocab_order", corpus.vocab._sorted_ids))
    texts = [
        ("words", "\x00".join(corpus.vocab.words)),
        ("heads", "".join("t" if kind == "title" else "d" for kind in corpus.head_kind)),
    ]
    if fact_index is not None:
        fact_arrays, fact_texts = fact_index.saved_parts()
        arrays += [(f"facts.{name}", data) for name, data in fact_arrays.items()]
        texts += [(f"facts.{name}", text) for name, text in fact_texts.items()]
    encoded_texts = [(name, text.encode("utf-8", "surrogatepass")) for name, text in texts]
    pieces = [memoryview(data).cast("B") for _, data in arrays] + [memoryview(data) for _, data in encoded_texts]
    digest = hashlib.blake2b(digest_size=16)
    for piece in pieces:
        digest.update(piece)
    header = {
        "format": FORMAT,
        "arrays": [[name, data.typecode, len(data) * data.itemsize] for name, data in arrays],
        "texts": [[name, len(data)] for name, data in encoded_texts],
        "digest": digest.hexdigest(),
        "key": key or index_key(corpus.articles, corpus.facts),
    }
    encoded = json.dumps(header).encode()
    return [len(encoded).to_bytes(4, "little"), encoded, *pieces]


def load(
    data: bytes | memoryview, articles: Sequence[Article], facts: FactTable, key: str | None = None
) -> SearchIndex:
    """Rebuild a SearchIndex over ``articles`` and their ``facts`` from ``dump`` output; raise DamagedIndex
    if it does not fit.

    ``key`` is ``index_key(articles, facts)``, when the caller has it already.
    """
    return load_saved(data, articles, facts, key)[0]


def load_saved(
    data: bytes | memoryview, articles: Sequence[Article], facts: FactTable, key: str | None = None
) -> tuple[SearchIndex, FactIndex | None]:
    """The search index and (when it was saved with one) the fact index; DamagedIndex if they do not fit."""
    try:
        arrays, texts = _read(memoryview(data), key or index_key(articles, facts))
        search_index = _search_index(arrays, texts, articles, facts)
        fact_index = _fact_index(arrays, texts)
    except DamagedIndex:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DamagedIndex(str(error)) from error
    return search_index, fact_index


def _read(data: memoryview, key: str) -> tuple[dict[str, array], dict[str, str]]:
    size = int.from_bytes(data[:4], "little")
    header = json.loads(bytes(data[4 : 4 + size]))
    payload = data[4 + size :]
    if header.get("format") != FORMAT:
        raise DamagedIndex("another format")
    if header.get("key") != key:
        raise DamagedIndex("built from other articles or facts")
    if hashlib.blake2b(payload, digest_size=16).hexdigest() != header["digest"]:
        raise DamagedIndex("digest does not match")
    arrays: dict[str, array] = {}
    offset = 0
    for name, typecode, length in header["arrays"]:
        values = array(typecode)
        values.frombytes(payload[offset : offset + length])
        arrays[name] = values
        offset += length
    texts: dict[str, str] = {}
    for name, length in header["texts"]:
        texts[name] = bytes(payload[offset : offset + length]).decode("utf-8", "surrogatepass")
        offset += length
    return arrays, texts


def _search_index(
    arrays: dict[str, array], texts: dict[str, str], articles: Sequence[Article], facts: FactTable
) -> SearchIndex:
    corpus = Corpus(articles, facts)
    for name in _SECTIONS:
        section: Section = getattr(corpus, name)
        for field in _SECTION_ARRAYS:
            setattr(section, field, arrays[f"{name}.{field}"])
    for name in _CORPUS_ARRAYS:
        setattr(corpus, name, arrays[name])
    words = texts["words"]
    corpus.vocab.words = words.split("\x00") if words else []
    corpus.vocab.ids = {word: wid for wid, word in enumerate(corpus.vocab.words)}
    corpus.vocab.frequency = arrays["frequency"]
    corpus.head_kind = ["title" if mark == "t" else "dek" for mark in texts["heads"]]
    _check(corpus)
    from briefing.search import bits

    corpus.title_mask = bits.from_sorted([item for item, kind in enumerate(corpus.head_kind) if kind == "title"])
    order = arrays["vocab_order"]
    if len(order) != len(corpus.vocab.words):
        raise DamagedIndex("vocabulary order differs")
    corpus.vocab.freeze(order)
    # The frequent words' masks are made on first use rather than here: opening comes first.
    return SearchIndex(corpus)


def _fact_index(arrays: dict[str, array], texts: dict[str, str]) -> FactIndex | None:
    prefix = "facts."
    if f"{prefix}entity_names" not in texts:
        return None
    return FactIndex.from_saved(
        {name[len(prefix) :]: data for name, data in arrays.items() if name.startswith(prefix)},
        {name[len(prefix) :]: text for name, text in texts.items() if name.startswith(prefix)},
    )


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
        ):
            raise DamagedIndex(f"section {name} is inconsistent")
    passages = corpus.passages.size
    if len(corpus.passage_start) != passages or len(corpus.passage_end) != passages:
        raise DamagedIndex("passage ranges differ")
    if len(corpus._entity_starts) != corpus.entities.size + 1 or len(corpus.head_kind) != corpus.heads.size:
        raise DamagedIndex("entity or head records differ")
    records = {"entities": corpus.entities.size, "speakers": corpus.speakers.size}
    for name in _CORPUS_ARRAYS:
        owner = "entities" if name.startswith("entity_") else "speakers" if name.startswith("quote_") else None
        if owner is not None and len(getattr(corpus, name)) != records[owner]:
            raise DamagedIndex(f"{name} does not match the {owner} records")


# --- the files --------------------------------------------------------------------------------


def load_from(
    folder: Path, articles: Sequence[Article], facts: FactTable, key: str, warn: Callable[[str], object]
) -> tuple[SearchIndex, FactIndex] | None:
    """The indexes saved in ``folder`` under ``key`` (``index_key(articles, facts)``), or None."""
    path = folder / f"{key}.index"
    if not path.is_file():
        return None
    try:
        search_index, fact_index = load_saved(path.read_bytes(), articles, facts, key)
        os.utime(path)  # most recently used: kept the longest
    except (DamagedIndex, OSError):
        warn(f"{path}: saved search index is damaged; rebuilding it")
        return None
    return search_index, fact_index or FactIndex.build(articles, facts)


def save_to(
    folder: Path, key: str, search_index: SearchIndex, fact_index: FactIndex, warn: Callable[[str], object]
) -> None:
    _save(folder, folder / f"{key}.index", dump_parts(search_index, fact_index, key), warn)


def _save(folder: Path, path: Path, pieces: list[bytes | memoryview], warn: Callable[[str], object]) -> None:
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
