"""Key facts packed into bytes: how a briefing holds them, how workers return them, how the cache stores them.

Unpacked, the facts of 10,000 news articles are about two million small objects (some
400 MB); packed they are a few kilobytes an article. A loaded briefing keeps them packed
(``briefing.facts.FactTable``) and unpacks one article's when it is shown or walked.

Layout (little-endian): ``MAGIC``, then eight uint32 counts (strings, entities, mentions,
quotes, figures, dates, bytes of text, flags: 1 for ``Facts.limited``), then one uint32 array of
fields, then the article's distinct strings as UTF-8 joined by NUL. Strings are referred to by
number from 1; 0 stands for None (a quote without a known speaker). Per record, in the fields array:

    entity  name, kind, mention count, confidence (per mille), roles (joined by newlines)
    mention start, end, text
    quote   text, start, end, kind, speaker, speaker_text, cue, then the speaker's and the cue's
            start and end stored plus one (0: none)
    figure  text, start, end, kind           date     text, start, end, kind

No pickle or marshal: packed facts are read back from a cache file that may be damaged,
and a damaged value must only ever be a miss (``DamagedFacts``), never code or a crash.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from briefing.model import DateRef, Entity, Facts, Figure, Mention, Quote

MAGIC = b"BF4\x00"  # BF2: entities gained confidence and roles; BF3: quotes, attribution ranges; BF4: flags
_COUNTS = struct.Struct("<8I")  # strings, entities, mentions, quotes, figures, dates, text bytes, flags
_HEADER = len(MAGIC) + _COUNTS.size
_WIDTHS = (5, 3, 11, 4, 4)  # fields per entity, mention, quote, figure, date
_LIMITED = 1  # the flag for Facts.limited
_NUL_STAND_IN = "\u2400"  # what the sanitiser shows NUL as: same length, so ranges stay valid

if sys.byteorder != "little":  # pragma: no cover - every platform we ship on is little-endian
    raise ImportError("packed facts assume a little-endian machine")


class DamagedFacts(ValueError):
    """Packed facts that do not decode: treat as missing."""


def pack(facts: Facts) -> bytes:
    strings: dict[str | None, int] = {None: 0}  # reference 0 is None; the strings written are 1, 2, …

    def ref(text: str | None) -> int:
        found = strings.get(text)
        if found is None:
            found = strings[text] = len(strings)
        return found

    fields: list[int] = []
    for entity in facts.entities:
        roles = ref("\n".join(entity.roles)) if entity.roles else 0
        confidence = round(entity.confidence * 1000)
        fields += (ref(entity.name), ref(entity.kind), len(entity.mentions), confidence, roles)
    for entity in facts.entities:
        for mention in entity.mentions:
            fields += (mention.start, mention.end, ref(mention.text))
    for q in facts.quotes:
        fields += (ref(q.text), q.start, q.end, ref(q.kind), ref(q.speaker), ref(q.speaker_text), ref(q.cue))
        fields += (q.speaker_start + 1, q.speaker_end + 1, q.cue_start + 1, q.cue_end + 1)
    spans: list[Figure | DateRef] = [*facts.figures, *facts.dates]
    for item in spans:
        fields += (ref(item.text), item.start, item.end, ref(item.kind))
    texts = [text for text in strings if text is not None]  # in the order referred to: 1, 2, …
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        joined = "\x00".join(text.replace("\x00", _NUL_STAND_IN) for text in texts)
    text = joined.encode("utf-8", "surrogatepass")
    mention_count = sum(len(entity.mentions) for entity in facts.entities)
    counts = (len(texts), len(facts.entities), mention_count, len(facts.quotes), len(facts.figures), len(facts.dates))
    flags = _LIMITED if facts.limited else 0
    return b"".join((MAGIC, _COUNTS.pack(*counts, len(text), flags), array("I", fields).tobytes(), text))


def check(blob: object) -> bytes:
    """``blob`` if its header and length agree (a cheap test, no unpacking), else ``DamagedFacts``."""
    if not isinstance(blob, bytes) or len(blob) < _HEADER or not blob.startswith(MAGIC):
        raise DamagedFacts("not packed facts")
    counts = _COUNTS.unpack_from(blob, len(MAGIC))
    field_bytes = 4 * sum(count * width for count, width in zip(counts[1:6], _WIDTHS, strict=True))
    if _HEADER + field_bytes + counts[6] != len(blob):
        raise DamagedFacts("packed facts of the wrong length")
    return blob


class _Reader:
    """The string table and the fields of one packed value, read off in order."""

    def __init__(self, blob: object) -> None:
        check(blob)
        assert isinstance(blob, bytes)
        counts = _COUNTS.unpack_from(blob, len(MAGIC))
        self.counts = counts[1:6]  # entities, mentions, quotes, figures, dates
        self.flags = counts[7]
        fields = array("I")
        end = _HEADER + 4 * sum(count * width for count, width in zip(self.counts, _WIDTHS, strict=True))
        fields.frombytes(blob[_HEADER:end])
        try:
            written = blob[end:].decode("utf-8", "surrogatepass").split("\x00") if counts[0] else []
        except UnicodeDecodeError as error:
            raise DamagedFacts("packed facts with broken text") from error
        if len(written) != counts[0]:
            raise DamagedFacts("packed facts with the wrong number of strings")
        self.texts: list[str | None] = [None, *written]
        self.values = fields.tolist()
        self.cursor = 0

    def take(self, count: int, width: int) -> list[list[int]]:
        """The next ``count`` records of ``width`` fields, as one list per field."""
        block = self.values[self.cursor : self.cursor + count * width]
        self.cursor += count * width
        return [block[offset::width] for offset in range(width)]

    def strings(self, refs: list[int]) -> list:
        try:
            return list(map(self.texts.__getitem__, refs))
        except IndexError as error:
            raise DamagedFacts("packed facts refer to a missing string") from error


def unpack(blob: bytes) -> Facts:
    read = _Reader(blob)
    string = read.strings
    n_entities, n_mentions, n_quotes, n_figures, n_dates = read.counts
    names, kinds, mention_counts, confidences, roles = read.take(n_entities, 5)
    starts, ends, mention_texts = read.take(n_mentions, 3)
    mentions = list(map(Mention, starts, ends, string(mention_texts)))
    q_text, q_start, q_end, q_kind, q_speaker, q_speaker_text, q_cue, *ranges = read.take(n_quotes, 11)
    s_start, s_end, c_start, c_end = ([value - 1 for value in column] for column in ranges)
    quotes = list(
        map(Quote, string(q_text), q_start, q_end, string(q_kind), string(q_speaker), string(q_speaker_text),
            string(q_cue), s_start, s_end, c_start, c_end)
    )  # fmt: skip
    figures = _records(Figure, read.take(n_figures, 4), string)
    dates = _records(DateRef, read.take(n_dates, 4), string)
    if sum(mention_counts) != n_mentions:
        raise DamagedFacts("packed facts with mention counts that disagree")
    bounds = list(accumulate(mention_counts, initial=0))
    entity_mentions = map(mentions.__getitem__, map(slice, bounds, bounds[1:]))
    role_lists = [text.split("\n") if text else [] for text in string(roles)]
    entities = list(
        map(Entity, string(names), string(kinds), entity_mentions, role_lists, [c / 1000 for c in confidences])
    )
    return Facts(entities, quotes, figures, dates, limited=bool(read.flags & _LIMITED))


@dataclass(slots=True)
class Outline:
    """What briefing-wide lookups need from one article's facts, read without making objects of them."""

    entity_names: list[str]
    entity_kinds: list[str]
    entity_confidences: list[int]  # per mille
    entity_roles: list[str | None]  # each entity's roles joined by newlines, None for none
    mention_counts: list[int]  # the mentions of entity i are the next mention_counts[i] of:
    mention_starts: list[int]
    mention_ends: list[int]
    mention_texts: list[str]
    quote_starts: list[int]
    quote_ends: list[int]
    quote_speakers: list[str | None]
    quote_speaker_texts: list[str]


def outline(blob: bytes) -> Outline:
    read = _Reader(blob)
    n_entities, n_mentions, n_quotes = read.counts[:3]
    names, kinds, mention_counts, confidences, roles = read.take(n_entities, 5)
    starts, ends, texts = read.take(n_mentions, 3)
    _, quote_starts, quote_ends, _, speakers, speaker_texts, *_ = read.take(n_quotes, 11)
    if sum(mention_counts) != n_mentions:
        raise DamagedFacts("packed facts with mention counts that disagree")
    return Outline(
        read.strings(names),
        read.strings(kinds),
        confidences,
        read.strings(roles),
        mention_counts,
        starts,
        ends,
        read.strings(texts),
        quote_starts,
        quote_ends,
        read.strings(speakers),
        read.strings(speaker_texts),
    )


def dates_and_ranges(
    blob: bytes, entities: Sequence[int] = (), quotes: Sequence[int] = ()
) -> tuple[list[DateRef], list[tuple[int, int]]]:
    """The article's dates, and the body ranges of the mentions of some of its entities and of some of its
    quotes (by their place in ``Facts.entities`` and ``Facts.quotes``), read straight from the bytes.

    What a timeline needs of each article that names someone: a tenth of the cost of ``unpack``, which
    makes objects of every entity, mention and quote.
    """
    check(blob)
    _strings, n_entities, n_mentions, n_quotes, n_figures, n_dates, _text, _flags = _COUNTS.unpack_from(
        blob, len(MAGIC)
    )
    mentions_at = _HEADER + 4 * n_entities * _WIDTHS[0]
    quotes_at = mentions_at + 4 * n_mentions * _WIDTHS[1]
    dates_at = quotes_at + 4 * (n_quotes * _WIDTHS[2] + n_figures * _WIDTHS[3])
    text_at = dates_at + 4 * n_dates * _WIDTHS[4]
    ranges: list[tuple[int, int]] = []
    if entities:
        counts = struct.unpack_from(f"<{n_entities * _WIDTHS[0]}I", blob, _HEADER)[2 :: _WIDTHS[0]]
        if sum(counts) != n_mentions:
            raise DamagedFacts("packed facts with mention counts that disagree")
        firsts = list(accumulate(counts, initial=0))
        for number in entities:
            if not 0 <= number < n_entities:
                raise DamagedFacts("no such entity in the packed facts")
            fields = struct.unpack_from(f"<{counts[number] * 3}I", blob, mentions_at + 12 * firsts[number])
            ranges += zip(fields[0::3], fields[1::3], strict=True)
    for number in quotes:
        if not 0 <= number < n_quotes:
            raise DamagedFacts("no such quote in the packed facts")
        ranges.append(struct.unpack_from("<2I", blob, quotes_at + 4 * (number * _WIDTHS[2] + 1)))
    fields = struct.unpack_from(f"<{n_dates * _WIDTHS[4]}I", blob, dates_at)
    if not fields:
        return [], ranges
    written = blob[text_at:].split(b"\x00")
    try:
        texts = {ref: written[ref - 1].decode("utf-8", "surrogatepass") for ref in {*fields[0::4], *fields[3::4]}}
    except (IndexError, UnicodeDecodeError) as error:
        raise DamagedFacts("packed facts refer to a missing or broken string") from error
    if 0 in texts:
        raise DamagedFacts("a date without text in the packed facts")
    dates = [
        DateRef(texts[text], start, end, texts[kind])
        for text, start, end, kind in zip(fields[0::4], fields[1::4], fields[2::4], fields[3::4], strict=True)
    ]
    return dates, ranges


def quote_of(blob: bytes, number: int) -> Quote:
    """The article's quote at ``number`` (its place in ``Facts.quotes``), read straight from the bytes.

    What a list of quotes from many articles (a profile's) needs of each: a small part of the cost of
    ``unpack``, which makes objects of every entity, mention and quote of the article.
    """
    check(blob)
    _strings, n_entities, n_mentions, n_quotes, n_figures, n_dates, _text, _flags = _COUNTS.unpack_from(
        blob, len(MAGIC)
    )
    if not 0 <= number < n_quotes:
        raise DamagedFacts("no such quote in the packed facts")
    quotes_at = _HEADER + 4 * (n_entities * _WIDTHS[0] + n_mentions * _WIDTHS[1])
    text_at = quotes_at + 4 * (n_quotes * _WIDTHS[2] + n_figures * _WIDTHS[3] + n_dates * _WIDTHS[4])
    text, start, end, kind, speaker, speaker_text, cue, *ranges = struct.unpack_from(
        f"<{_WIDTHS[2]}I", blob, quotes_at + 4 * _WIDTHS[2] * number
    )
    written = blob[text_at:].split(b"\x00")

    def string(ref: int) -> str:
        if not 0 < ref <= len(written):
            raise DamagedFacts("packed facts refer to a missing string")
        try:
            return written[ref - 1].decode("utf-8", "surrogatepass")
        except UnicodeDecodeError as error:
            raise DamagedFacts("packed facts with broken text") from error

    s_start, s_end, c_start, c_end = (value - 1 for value in ranges)
    return Quote(
        string(text), start, end, string(kind), string(speaker) if speaker else None,  # type: ignore[arg-type]  # packed kinds are QuoteKind values
        string(speaker_text), string(cue), s_start, s_end, c_start, c_end,
    )  # fmt: skip


def outline_of(blob: bytes | None) -> Outline | None:
    """``outline(blob)``, or None for an article without facts or with damaged ones (it has none to show)."""
    if blob is None:
        return None
    try:
        return outline(blob)
    except DamagedFacts:
        return None


def _records(cls: type, columns: list[list[int]], string: Callable[[list[int]], list]) -> list:
    text, start, end, kind = columns
    return list(map(cls, string(text), start, end, string(kind)))
