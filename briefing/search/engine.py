"""``SearchIndex``: build once per load, then ``search`` on every keystroke.

Cancellation: ``search(..., cancel=...)`` polls ``cancel()`` between stages and
every few dozen candidates and returns ``[]`` as soon as it is true, so a newer
query supersedes an older one. Restarting is cheap too: word expansions, word
masks and term masks are cached, so typing one more letter reuses the work done
for the words before it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from briefing.facts import FactTable
from briefing.marks import Mark, span_marks
from briefing.model import Article
from briefing.search import bits, rank
from briefing.search.hits import Hit, snippet
from briefing.search.index import Corpus, Section, speaker_name
from briefing.search.query import Query, parse
from briefing.search.tokens import word_spans, words
from briefing.search.vocab import EXACT, PREFIX

_Filter = TypeVar("_Filter")  # what a cached filter holds: a mask or a list of records

BUDGET = 200  # candidates per section scored exactly (at least 3 x limit)
SLACK = 16
MAX_LIFTED = 3000  # articles whose title or dek matches; beyond this the lift is too common to mean much
MAX_STEERING = 400  # lifted articles whose passages are scored first
MAX_FILTERED = 5000  # quotes examined for a speaker: filter
CHECK_EVERY = 64
FILTER_CACHE = 64
WARM_MASKS = 400  # masks of the most frequent words made by ``warm``


class Cancelled(Exception):
    pass


@dataclass(slots=True)
class _Scored:
    key: tuple
    section: str
    item: int
    result: rank.Match


class SearchIndex:
    """Fuzzy search over the passages, titles, deks and key facts of some articles."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._filters: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.Lock()  # the app searches from worker threads

    @classmethod
    def build(cls, articles: Sequence[Article], facts: FactTable) -> SearchIndex:
        corpus = Corpus(articles, facts)
        corpus.build()
        return cls(corpus)

    def warm(self, cancel: Callable[[], bool] = lambda: False) -> None:
        """Make now what the first searches would otherwise make as they go (a few tens of milliseconds
        each): the correction tables of every first and second letter and the masks of the most frequent
        words. Meant for a background thread once the index is in use; stops early when ``cancel()``.
        """
        vocab, passages = self._corpus.vocab, self._corpus.passages
        for letter in vocab.first_letters():
            if cancel():
                return
            vocab.tables(letter)
        for letter in vocab.second_letters():
            if cancel():
                return
            vocab.second_tables(letter)
        for wid in passages.frequent_words(WARM_MASKS):
            if cancel():
                return
            passages.word_mask(wid)

    @property
    def articles(self) -> list[Article]:
        return self._corpus.articles

    @property
    def passage_count(self) -> int:
        return self._corpus.passages.size

    def passages(self) -> list[tuple[int, int, int]]:
        """Every passage as (article number, start, end) into that article's body."""
        corpus = self._corpus
        return list(zip(corpus.passages.article, corpus.passage_start, corpus.passage_end, strict=True))

    def search(self, query: str, limit: int = 50, cancel: Callable[[], bool] | None = None) -> list[Hit]:
        """The best ``limit`` hits for a query, best first; ``[]`` for an empty query or when cancelled.

        Never raises on odd input (any string is a query). Safe to call from a worker thread while an
        older call is still finishing; pass ``cancel`` so the older one stops early.
        """
        if limit <= 0 or not isinstance(query, str):
            return []
        parsed = parse(query)
        if parsed.is_empty:
            return []
        check = cancel or (lambda: False)
        try:
            return self._search(parsed, limit, check)
        except Cancelled:
            return []

    # Stages -----------------------------------------------------------------

    def _search(self, query: Query, limit: int, cancel: Callable[[], bool]) -> list[Hit]:
        corpus = self._corpus
        word_terms, phrase_terms, keys = self._terms(query)
        if cancel():
            raise Cancelled
        if any(not term.parts or any(not part for part in term.parts) for term in phrase_terms):
            return []  # a phrase with a word the briefing never uses
        terms = word_terms + phrase_terms
        # With one word there is no closeness to compare: the masks already give the order.
        budget = limit + SLACK if len(terms) == 1 and not query.speakers else max(BUDGET, 3 * limit)
        if query.speakers:
            scored = self._speaker_quotes(query, terms, budget, cancel)
        else:
            who = self._who_mask(query) if query.who else None
            if who == 0:
                return []
            lift, lifts = self._lift(word_terms, phrase_terms, keys) if terms else (0, {})
            if cancel():
                raise Cancelled
            scored = self._section(
                corpus.passages, "passage", word_terms, phrase_terms, keys, who, lift, lifts, limit, budget, cancel
            )
            if terms and who is None:
                for section, kind in ((corpus.heads, "head"), (corpus.entities, "entity"), (corpus.speakers, "quote")):
                    if section.size:
                        small_budget = min(budget, limit + SLACK)
                        scored += self._section(
                            section, kind, word_terms, phrase_terms, keys, None, 0, lifts, limit, small_budget, cancel
                        )
        scored.sort(key=lambda found: found.key, reverse=True)
        matched = _Matched(self._corpus.vocab.words, {wid for term in terms for part in term.parts for wid in part})
        return [self._hit(found, matched) for found in scored[:limit]]

    def _terms(self, query: Query) -> tuple[list[rank.Term], list[rank.Term], list[tuple]]:
        vocab = self._corpus.vocab
        total = max(self._corpus.passages.size, 1)
        word_terms = []
        keys: list[tuple] = []
        last = len(query.words) - 1
        for position, word in enumerate(query.words):
            prefix = query.prefix_last and position == last
            expansion = vocab.expand(word, prefix)
            frequency = sum(vocab.frequency[wid] for wid in expansion.qualities)
            word_terms.append(rank.Term([expansion.qualities], rank.idf(frequency, total)))
            keys.append(("w", word, prefix))
        phrase_terms = []
        last_phrase = len(query.phrases) - 1
        for position, phrase in enumerate(query.phrases):
            parts = []
            for offset, word in enumerate(phrase):
                if query.open_phrase and position == last_phrase and offset == len(phrase) - 1:
                    qualities = vocab.expand(word, True).qualities
                    parts.append({wid: quality for wid, quality in qualities.items() if quality >= PREFIX})
                else:
                    wid = vocab.ids.get(word)
                    parts.append({wid: EXACT} if wid is not None else {})
            frequency = min((sum(vocab.frequency[wid] for wid in part) for part in parts), default=0)
            phrase_terms.append(rank.Term(parts, rank.idf(frequency, total)))
            keys.append(("p", tuple(phrase), query.open_phrase and position == last_phrase))
        return word_terms, phrase_terms, keys

    def _lift(self, word_terms: list[rank.Term], phrase_terms: list[rank.Term], keys: list[tuple]) -> tuple[int, dict]:
        """Passages whose article's title matches: (mask, article -> lift 1 (some words) or 2 (all))."""
        corpus = self._corpus
        heads = corpus.heads
        if not heads.size:
            return 0, {}
        terms = word_terms + phrase_terms
        masks = [heads.term_masks(term, key)[0] for term, key in zip(terms, keys, strict=True)]
        titles = corpus.title_mask
        any_mask = every = 0
        if masks:
            every = titles
            for mask in masks:
                any_mask |= mask & titles
                every &= mask
        lifts: dict[int, int] = {}
        if any_mask.bit_count() <= MAX_LIFTED:
            for item in bits.members(any_mask):
                lifts[heads.article[item]] = 1
        if every.bit_count() <= MAX_LIFTED:
            for item in bits.members(every):
                lifts[heads.article[item]] = 2
        # The mask only steers which candidates are scored first; it costs a little per lifted article.
        steer = sorted(lifts) if len(lifts) <= MAX_STEERING else sorted(a for a, lift in lifts.items() if lift == 2)
        if not steer or len(steer) > MAX_STEERING:
            return 0, lifts
        first = corpus.first_passage
        ranges = [(first[article], first[article + 1]) for article in steer]
        return bits.from_ranges(ranges, corpus.passages.size), lifts

    def _section(
        self,
        section: Section,
        kind: str,
        word_terms: list[rank.Term],
        phrase_terms: list[rank.Term],
        keys: list[tuple],
        required: int | None,
        lift: int,
        lifts: dict[int, int],
        limit: int,
        budget: int,
        cancel: Callable[[], bool],
    ) -> list[_Scored]:
        candidates = self._candidates(section, word_terms, phrase_terms, keys, required, lift, limit, budget)
        if cancel():
            raise Cancelled
        terms = word_terms + phrase_terms
        scored: list[_Scored] = []
        corpus = self._corpus
        words_of = section.words
        first_phrase = len(word_terms)
        for count, item in enumerate(candidates):
            if count % CHECK_EVERY == 0 and cancel():
                raise Cancelled
            ids = words_of(item)
            result = rank.match(ids, terms)
            if phrase_terms and not all(result.positions[first_phrase:]):
                continue  # a phrase is required
            if word_terms and not result.matched:
                continue
            article = section.article[item]
            if kind == "passage":
                item_kind, start, item_lift = "passage", corpus.passage_start[item], lifts.get(article, 0)
            elif kind == "head":
                item_kind, start = corpus.head_kind[item], 0
                item_lift = 3 if item_kind == "title" else lifts.get(article, 0)
            elif kind == "entity":
                item_kind, start, item_lift = "entity", corpus.entity_start[item], 0
            else:
                item_kind, start, item_lift = "quote", corpus.quote_start[item], 0
            key = rank.key(result, len(terms), item_lift, item_kind, len(ids), article, start)
            scored.append(_Scored(key, kind, item, result))
        return scored

    def _candidates(
        self,
        section: Section,
        word_terms: list[rank.Term],
        phrase_terms: list[rank.Term],
        keys: list[tuple],
        required: int | None,
        lift: int,
        limit: int,
        budget: int,
    ) -> list[int]:
        """Up to ``budget`` items worth scoring, most promising first."""
        hard = required
        for term, key in zip(phrase_terms, keys[len(word_terms) :], strict=True):
            mask = section.term_masks(term, key)[0]
            hard = mask if hard is None else hard & mask
        if hard == 0:
            return []
        if not word_terms:
            return _take([hard], budget, set()) if hard is not None else []
        masks = [section.term_masks(term, key) for term, key in zip(word_terms, keys[: len(word_terms)], strict=True)]
        every = hard if hard is not None else -1
        good = exact = every
        for any_mask, good_mask, exact_mask in masks:
            every &= any_mask
            good &= good_mask
            exact &= exact_mask
        every, good, exact = max(every, 0), max(good, 0), max(exact, 0)
        taken: set[int] = set()
        order = [exact & lift, exact, good & lift, good, every & lift, every] if lift else [exact, good, every]
        chosen = _take(order, budget, taken)
        if len(chosen) >= limit or len(word_terms) == 1:
            return chosen
        # Too few items match every word: add those matching most of them.
        count = len(word_terms)
        at_least = [hard if hard is not None else section.all_items()] + [0] * count
        for any_mask, _, _ in masks:
            for matched in range(count, 0, -1):
                at_least[matched] |= at_least[matched - 1] & any_mask
        for matched in range(count - 1, 0, -1):
            tier = at_least[matched] & ~at_least[matched + 1]
            chosen += _take([tier & lift, tier] if lift else [tier], budget - len(chosen), taken)
            if len(chosen) >= limit:
                break
        return chosen

    # Filters ----------------------------------------------------------------

    def _cached_filter(self, key: tuple, make: Callable[[], _Filter]) -> _Filter:
        with self._lock:
            found = self._filters.get(key)
        if found is not None:
            return cast(_Filter, found)  # what ``make`` made for this key
        made = make()
        with self._lock:
            self._filters[key] = made
            if len(self._filters) > FILTER_CACHE:
                self._filters.popitem(last=False)
        return made

    def _name_mask(self, section: Section, name: list[str], prefix: bool) -> int:
        """Items of a names section (entities or speakers) matching every word of a name.

        Each word matches exactly, as a typo of a name word, or (while it is being typed) as a prefix.
        """
        vocab = self._corpus.vocab
        mask = -1
        for position, word in enumerate(name):
            expansion = vocab.expand(word, prefix and position == len(name) - 1)
            found = 0
            for wid in expansion.qualities:
                found |= section.word_mask(wid)
            mask &= found
            if not mask:
                return 0
        return max(mask, 0)

    def _who_mask(self, query: Query) -> int:
        corpus = self._corpus

        def make() -> int:
            mask = -1
            for number, name in enumerate(query.who):
                prefix = query.name_prefix and query.who_last and number == len(query.who) - 1
                records = self._name_mask(corpus.entities, name, prefix)
                mask &= bits.from_sorted(sorted({p for r in bits.members(records) for p in corpus.entity_passages(r)}))
            return max(mask, 0)

        key = ("who", query.name_prefix and query.who_last, *map(tuple, query.who))
        return self._cached_filter(key, make)

    def _speaker_records(self, query: Query) -> list[int]:
        corpus = self._corpus

        def make() -> list[int]:
            mask = -1
            for number, name in enumerate(query.speakers):
                prefix = query.name_prefix and not query.who_last and number == len(query.speakers) - 1
                mask &= self._name_mask(corpus.speakers, name, prefix)
            return list(bits.members(mask))

        key = ("speaker", query.name_prefix and not query.who_last, *map(tuple, query.speakers))
        return self._cached_filter(key, make)

    def _speaker_quotes(
        self, query: Query, terms: list[rank.Term], budget: int, cancel: Callable[[], bool]
    ) -> list[_Scored]:
        corpus = self._corpus
        records = self._speaker_records(query)[:MAX_FILTERED]
        who = self._who_mask(query) if query.who else None
        vocab_ids = corpus.vocab.ids
        word_count = sum(1 for term in terms if not term.is_phrase)
        scored = []
        for count, record in enumerate(records):
            if count % CHECK_EVERY == 0 and cancel():
                raise Cancelled
            article_number = corpus.speakers.article[record]
            quote_start = corpus.quote_start[record]
            if who is not None and not who >> corpus.passage_at(article_number, quote_start) & 1:
                continue
            body = corpus.articles[article_number].body
            start, end = _clamp(quote_start, corpus.quote_end[record], len(body))
            ids = [vocab_ids.get(word, -1) for word in words(body[start:end])]
            result = rank.match(ids, terms)
            if any(not found for found in result.positions[word_count:]):
                continue
            if word_count and not result.matched:
                continue
            key = rank.key(result, len(terms), 0, "quote", len(ids), article_number, start)
            scored.append(_Scored(key, "quote", record, result))
        return scored

    # Results ----------------------------------------------------------------

    def _hit(self, found: _Scored, matched: _Matched) -> Hit:
        corpus = self._corpus
        item = found.item
        score = rank.score(found.key)
        if found.section == "passage":
            number = corpus.passages.article[item]
            start, end = corpus.passage_start[item], corpus.passage_end[item]
            return self._body_hit(number, "passage", start, end, matched, score, None)
        if found.section == "head":
            number = corpus.heads.article[item]
            article = corpus.articles[number]
            kind = corpus.head_kind[item]
            text = article.title if kind == "title" else article.dek
            first = article.paragraphs[0] if article.paragraphs else None
            start, end = _clamp(first.start, first.end, len(article.body)) if first else (0, 0)
            cut, highlights = snippet(text, matched.ranges(text))
            mark = Mark(number, start, end, "hit")
            return Hit(article.id, article.title, kind, mark, cut, tuple(highlights), (), score, None)
        if found.section == "entity":
            number = corpus.entities.article[item]
            article = corpus.articles[number]
            entity = corpus.entity(item)
            text = entity_label(entity)
            start, end = _clamp(corpus.entity_start[item], corpus.entity_end[item], len(article.body))
            cut, highlights = snippet(text, matched.ranges(text))
            mark = Mark(number, start, end, "hit")
            words = (Mark(number, start, end, "hit-word"),) if end > start else ()
            return Hit(article.id, article.title, "entity", mark, cut, tuple(highlights), words, score, None)
        number = corpus.speakers.article[item]
        quote = corpus.quote(item)
        start, end = _clamp(quote.start, quote.end, len(corpus.articles[number].body))
        return self._body_hit(number, "quote", start, end, matched, score, speaker_name(quote) or None)

    def _body_hit(
        self,
        number: int,
        kind: str,
        start: int,
        end: int,
        matched: _Matched,
        score: float,
        speaker: str | None,
    ) -> Hit:
        article = self._corpus.articles[number]
        text = article.body[start:end]
        ranges = matched.ranges(text)
        cut, highlights = snippet(text, ranges)
        words = span_marks(number, ((start + a, start + b) for a, b in ranges), "hit-word")
        mark = Mark(number, start, end, "hit")
        return Hit(article.id, article.title, kind, mark, cut, tuple(highlights), tuple(words), score, speaker)


class _Matched:
    """Finds the matched words in a text (for highlights)."""

    def __init__(self, vocabulary: list[str], ids: set[int]) -> None:
        self.words = {vocabulary[wid] for wid in ids}
        alternatives = "|".join(sorted(map(re.escape, self.words), key=lambda w: (-len(w), w)))
        self.pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])") if alternatives else None

    def ranges(self, text: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        if text.isascii() and "'" not in text:  # words are exactly the [a-z0-9] runs of the casefolded text
            return [match.span() for match in self.pattern.finditer(text.casefold())]
        return [(start, end) for start, end, word in word_spans(text) if word in self.words]


def _take(masks: list[int], budget: int, taken: set[int]) -> list[int]:
    chosen: list[int] = []
    for mask in masks:
        if len(chosen) >= budget:
            break
        for item in bits.members(mask):
            if item not in taken:
                taken.add(item)
                chosen.append(item)
                if len(chosen) >= budget:
                    break
    return chosen


def entity_label(entity) -> str:
    aliases: list[str] = []
    for mention in entity.mentions:
        text = " ".join(mention.text.split())
        if text and text != entity.name and text not in aliases:
            aliases.append(text)
    label = entity.name
    if aliases:
        label += " — also " + ", ".join(aliases[:6])
    return label


def _clamp(start: int, end: int, size: int) -> tuple[int, int]:
    start = min(max(start, 0), size)
    return start, min(max(end, start), size)
