"""The search index: built once per load, queried on every keystroke.

Two stages per query. First a cheap candidate filter: every query word is
expanded to vocabulary words (exact, completions of the word being typed, the
closest corrections; cached per word), and each section keeps, per vocabulary
word, the sorted numbers of the items containing it. Those become bit masks
(Python integers), so "items with all words", "with all words exact" and "in an
article whose title matches" are a few ANDs. Then at most ``BUDGET`` candidates,
best masks first, are scored exactly from the stored word ids (``rank.match``).

Sections: sentences of every body (``passages``), titles and deks (``heads``),
entity names with their aliases (``entities``) and quote speakers
(``speakers``). Items are kept as numbers into the articles' bodies, never as
copies of the text.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import accumulate

from briefing.facts import FactTable
from briefing.model import Article, Entity, Quote
from briefing.packed import Outline
from briefing.search import bits, rank
from briefing.search.vocab import EXACT, PREFIX, Vocabulary

WORD_MASK_CACHE = 768  # masks of frequent words, per section
WORD_MASK_MIN = 128  # words in fewer items are cheap to turn into a mask each time
TERM_MASK_CACHE = 192


class Section:
    """Items of one kind, each a list of word ids, with an inverted index."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.article = array("I")  # item -> article number
        self.offsets = array("I", [0])  # item i's words: forward[offsets[i]:offsets[i + 1]]
        self.forward = array("I")
        self._packed = array("I")  # every word's sorted items, word after word
        self._starts = array("Q", [0])  # word w's items: _packed[_starts[w]:_starts[w + 1]]
        self._word_masks: OrderedDict[int, int] = OrderedDict()
        self._term_masks: OrderedDict[tuple, tuple[int, int, int]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        return len(self.article)

    def add(self, article: int, ids: list[int]) -> int:
        item = len(self.article)
        self.article.append(article)
        self.forward.extend(ids)
        self.offsets.append(len(self.forward))
        return item

    def pack(self, vocabulary_size: int):  # -> numpy array of counts
        """Make the inverted index from the items' words; return how many items contain each word.

        Every (word, item) pair becomes one 64-bit number, word in the high half, and one sort
        of all of them lists each word's items in order: numpy does in a second what a Python
        loop over 8 million words does in ten. Duplicates (a word twice in an item) are dropped.
        """
        import numpy as np

        lengths = np.diff(np.frombuffer(self.offsets, dtype=np.uint32))
        pairs = np.frombuffer(self.forward, dtype=np.uint32).astype(np.uint64)
        pairs <<= np.uint64(32)
        pairs |= np.repeat(np.arange(self.size, dtype=np.uint32), lengths.astype(np.int64))
        pairs.sort()
        if len(pairs):
            distinct = np.empty(len(pairs), dtype=bool)
            distinct[0] = True
            np.not_equal(pairs[1:], pairs[:-1], out=distinct[1:])
            pairs = pairs[distinct]
            del distinct
        # Sorted, so word w's items start where the first pair of word w would go.
        starts = np.searchsorted(pairs, np.arange(vocabulary_size + 1, dtype=np.uint64) << np.uint64(32))
        self._starts = _array("Q", starts.astype(np.uint64))
        self._packed = _array("I", np.ascontiguousarray(pairs.view(np.uint32)[0::2]))  # the low halves: items
        return np.diff(starts)

    def items_of(self, wid: int) -> array:
        """The sorted numbers of the items containing a word."""
        if wid + 1 >= len(self._starts):
            return array("I")
        return self._packed[self._starts[wid] : self._starts[wid + 1]]

    def words(self, item: int) -> array:
        return self.forward[self.offsets[item] : self.offsets[item + 1]]

    def count(self, wid: int) -> int:
        if wid + 1 >= len(self._starts):
            return 0
        return self._starts[wid + 1] - self._starts[wid]

    def word_mask(self, wid: int) -> int:
        if self.count(wid) < WORD_MASK_MIN:
            return bits.from_sorted(self.items_of(wid))
        with self._lock:
            mask = self._word_masks.get(wid)
            if mask is not None:
                self._word_masks.move_to_end(wid)
                return mask
        mask = bits.from_sorted(self.items_of(wid))
        with self._lock:
            self._word_masks[wid] = mask
            if len(self._word_masks) > WORD_MASK_CACHE:
                self._word_masks.popitem(last=False)
        return mask

    def term_masks(self, term: rank.Term, cache_key: tuple) -> tuple[int, int, int]:
        """Items matching the term (at all, exactly or as a completion, exactly)."""
        with self._lock:
            cached = self._term_masks.get(cache_key)
            if cached is not None:
                self._term_masks.move_to_end(cache_key)
                return cached
        if term.is_phrase:
            mask = -1
            for part in term.parts:
                any_part = 0
                for wid in part:
                    any_part |= self.word_mask(wid)
                mask &= any_part
                if not mask:
                    break
            mask = max(mask, 0)
            result = (mask, mask, mask)
        else:
            any_mask = good = exact = 0
            for wid, quality in term.parts[0].items():
                mask = self.word_mask(wid)
                any_mask |= mask
                if quality >= PREFIX:
                    good |= mask
                    if quality == EXACT:
                        exact |= mask
            result = (any_mask, good, exact)
        with self._lock:
            self._term_masks[cache_key] = result
            if len(self._term_masks) > TERM_MASK_CACHE:
                self._term_masks.popitem(last=False)
        return result

    def frequent_words(self, count: int) -> list[int]:
        """The ids of the ``count`` words found in the most items."""
        return sorted(range(len(self._starts) - 1), key=lambda wid: -self.count(wid))[:count]

    def all_items(self) -> int:
        return (1 << self.size) - 1


class Corpus:
    """What the index keeps besides the sections: where items are in the articles."""

    def __init__(self, articles: Sequence[Article], facts: FactTable) -> None:
        self.articles = list(articles)
        self.facts = facts  # the articles' key facts, by position: records point into them
        self.vocab = Vocabulary()
        self.passages = Section("passages")
        self.passage_start = array("I")
        self.passage_end = array("I")
        self.first_passage = array("I", [0])  # article a's passages: first_passage[a]..first_passage[a + 1]
        self.heads = Section("heads")
        self.head_kind: list[str] = []
        self.title_mask = 0  # the heads that are titles (the others are deks)
        # Records point at facts by position (the article's facts stay packed until a hit is shown),
        # with the ranges that ranking needs copied, so scoring a candidate never unpacks anything.
        self.entities = Section("entities")
        self.entity_position = array("I")  # entity record -> its position in the article's facts.entities
        self.entity_start = array("I")  # the record's first mention (its article: entities.article)
        self.entity_end = array("I")
        self._entity_passages = array("I")  # passages mentioning each entity, entity after entity
        self._entity_starts = array("I", [0])
        self.speakers = Section("speakers")
        self.quote_position = array("I")  # speaker record -> its position in the article's facts.quotes
        self.quote_start = array("I")
        self.quote_end = array("I")
        self._name_ids: dict = {}  # while building: names recur across articles, cut each into words once

    # Building ---------------------------------------------------------------

    def ids(self, words: list[str]) -> list[int]:
        ids = list(map(self.vocab.ids.get, words))
        if None in ids:
            add = self.vocab.add
            return [add(word) for word in words]
        return ids  # type: ignore[return-value]  # no None left: checked above

    def build(self) -> None:
        """Index every article given to the constructor."""
        articles, self.articles = self.articles, []
        for article in articles:
            position = self.add_text(article)
            self.add_facts(position, self.facts.outline(position))
        self.finish()

    def add_text(self, article: Article) -> int:
        """Index the passages, title and dek of one more article; return its number.

        Articles can be added while their facts are still being extracted (``add_facts`` later).
        """
        from briefing.search.tokens import sentences, words

        number = len(self.articles)
        self.articles.append(article)
        body, add_passage, to_ids = article.body, self.passages.add, self.ids
        for span in article.paragraphs:
            for start, end in sentences(body[span.start : span.end], span.start):
                add_passage(number, to_ids(words(body[start:end])))
                self.passage_start.append(start)
                self.passage_end.append(end)
        self.first_passage.append(self.passages.size)
        for kind, text in (("title", article.title), ("dek", article.dek)):
            if text:
                self.heads.add(number, to_ids(words(text)))
                self.head_kind.append(kind)
        return number

    def add_facts(self, number: int, facts: Outline | None) -> None:
        """Index the entities and speakers of an article already added (``facts``: their outline; None: it has none)."""
        if facts is not None:
            self._add_facts(number, facts)

    def finish(self) -> None:
        """Pack the inverted indexes and the vocabulary: the index is ready to search."""
        self.title_mask = bits.from_sorted([item for item, kind in enumerate(self.head_kind) if kind == "title"])
        size = len(self.vocab.words)
        frequency = sum(section.pack(size) for section in (self.passages, self.heads, self.entities, self.speakers))
        self.vocab.frequency = _array("I", frequency.astype("uint32"))
        self.vocab.freeze()
        self._name_ids = {}

    def _add_facts(self, number: int, facts: Outline) -> None:
        """Entity and speaker records of one article (word ids of names seen before come from a cache)."""
        from briefing.search.tokens import words

        cache = self._name_ids
        bounds = list(accumulate(facts.mention_counts, initial=0))
        texts, starts, ends = facts.mention_texts, facts.mention_starts, facts.mention_ends
        for position, (name, low, high) in enumerate(zip(facts.entity_names, bounds, bounds[1:], strict=False)):
            # The words of the name and of every distinct way it is mentioned ("Fumio Kishida", "Kishida").
            key = (name, *sorted(set(texts[low:high])))
            ids = cache.get(key)
            if ids is None:
                names = dict.fromkeys(word for text in key for word in words(text))
                ids = cache[key] = self.ids(list(names))
            if not ids:
                continue
            self.entities.add(number, ids)
            start, end = min(zip(starts[low:high], ends[low:high], strict=True), default=(0, 0))
            self.entity_position.append(position)
            self.entity_start.append(start)
            self.entity_end.append(end)
            self._entity_passages.extend(sorted({self.passage_at(number, at) for at in starts[low:high]}))
            self._entity_starts.append(len(self._entity_passages))
        for position, (speaker, speaker_text) in enumerate(
            zip(facts.quote_speakers, facts.quote_speaker_texts, strict=True)
        ):
            name = speaker or speaker_text or ""
            ids = cache.get(name)
            if ids is None:
                ids = cache[name] = self.ids(words(name))
            if ids:
                self.speakers.add(number, ids)
                self.quote_position.append(position)
                self.quote_start.append(facts.quote_starts[position])
                self.quote_end.append(facts.quote_ends[position])

    def passage_at(self, article: int, offset: int) -> int:
        """The passage of an article containing (or nearest before) a body offset."""
        low, high = self.first_passage[article], self.first_passage[article + 1]
        if low == high:
            return low
        found = bisect_right(self.passage_start, offset, low, high) - 1
        return max(found, low)

    # Lookup -----------------------------------------------------------------

    def entity_passages(self, record: int) -> array:
        """The passages mentioning an entity record."""
        return self._entity_passages[self._entity_starts[record] : self._entity_starts[record + 1]]

    def entity(self, record: int) -> Entity:
        facts = self.facts.unpack(self.entities.article[record])
        assert facts is not None
        return facts.entities[self.entity_position[record]]

    def quote(self, record: int) -> Quote:
        facts = self.facts.unpack(self.speakers.article[record])
        assert facts is not None
        return facts.quotes[self.quote_position[record]]


def _array(typecode: str, values) -> array:
    """A numpy array's contents as a standard-library array (what the rest of the index and the saved file use)."""
    made = array(typecode)
    made.frombytes(memoryview(values).cast("B"))
    return made


def speaker_name(quote: Quote) -> str:
    return quote.speaker or quote.speaker_text or ""


Cancel = Callable[[], bool] | None
