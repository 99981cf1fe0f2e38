"""The shortcuts that keep extraction fast on hostile bodies give what the plain definitions give.

Each shortcut (a search ruled out by a look at the last word, a stop or quote mark found by
``str.find``, a role phrase read word by word, a pattern rewritten to start with a character
class, counts carried from one call to the next) replaces a plain definition: a regex search over
a window, or a loop over every mention. These tests hold each one to its definition on text built
at random from the pieces that matter to it. Speed is measured by ``benchmarks/extract_bench.py``,
never asserted here.
"""

from __future__ import annotations

import bisect
import random
import re

import pytest

from briefing.extract import aliases, entities, kinds, numbers, quotes
from briefing.extract.aliases import Linked, LinkedMention
from briefing.extract.gazetteer import load_gazetteer
from briefing.extract.quotes import QuoteFinder
from briefing.extract.sentences import last_run_start, last_word, search_after_word, split_paragraphs

SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\x1c", ""]


def _texts(pieces: list[str], count: int, seed: int, most: int = 9) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(SPACES) + rng.choice(pieces) for _ in range(rng.randint(1, most))) + rng.choice(SPACES)
        for _ in range(count)
    ]


def _finder(body: str) -> QuoteFinder:
    return QuoteFinder(body, Linked(), load_gazetteer(), split_paragraphs(body))


# ---------------------------------------------------------------- words before a position


def test_last_word_is_the_word_characters_that_end_the_text():
    assert last_word("the minister  ", 0, 14) == "minister"
    assert last_word("Mr Tanzi's statement\n", 0, 21) == "statement"
    assert last_word("London. ", 0, 8) == ""
    assert last_word("ex-minister", 0, 11) == "minister"
    assert last_word("minister", 3, 8) == "ister"  # the window bounds it
    for text in _texts(["word", "x-y", "a_b", "9", "é", ".", ",", "'", "’"], 2000, seed=1):
        expected = re.search(r"(\w*)\s*\Z", text).group(1)  # type: ignore[union-attr]
        assert last_word(text, 0, len(text)) == expected, repr(text)


def test_a_subject_pattern_matches_only_after_its_last_words():
    """_subject_before searches each of these only when the last word is one they end with."""
    pieces = [
        *["said", "also", "later", "Monday", "on Monday", "yesterday", "he", "she", "They", "it", "the"],
        *["Mr Tanzi's", "'s", "statement", "website", "36-year-old", "The", "company", "council", "firm"],
        *["old", "x", "ally", "heat", ",", ".", "-", "'"],
    ]
    for text in _texts(pieces, 4000, seed=2):
        end = len(text)
        last = last_word(text, max(0, end - 40), end)
        if quotes._ADVERB_BEFORE.search(text, max(0, end - 30), end):
            assert last in quotes._ADVERBS or last.endswith("day"), repr(text)
        if quotes._DOCUMENT_BEFORE.search(text, max(0, end - 40), end):
            assert last in quotes._DOCUMENT_NOUNS, repr(text)
        if quotes._PRONOUN_BEFORE.search(text, max(0, end - 8), end):
            assert last in quotes._PRONOUNS, repr(text)
        if quotes._AGE_REFERENCE.search(text, max(0, end - 40), end):
            aged = last[:1].isupper() and "-year-old" in text[max(0, end - len(last) - 12) : end - len(last)]
            assert last == "old" or aged, repr(text)
        if quotes._ORG_REFERENCE.search(text, max(0, end - 40), end):
            assert last in quotes._ORG_REFERENCE_WORDS, repr(text)


def test_a_kind_pattern_matches_only_after_its_last_words():
    """decide_kinds searches _ORG_BEFORE, _PLACE_BEFORE and _WORK_BEFORE only after their words."""
    pieces = [
        *["oil", "firm", "FIRM", "Firm", "shares in", "Shares of", "owned by", "chief executive of", "analyst at"],
        *["in", "near", "Outside", "the film", "the new game", "hit show", "film,", "ſhares", "bank"],
        *["x", "Vera", ",", ".", "-", "'", "K"],
    ]
    for text in _texts(pieces, 4000, seed=3):
        start = len(text)
        text += "Drake"
        last, comma_last = kinds._words_before(text, start)
        before = max(0, start - kinds._WINDOW)
        if kinds._ORG_BEFORE.search(text, before, start):
            assert kinds._ends_with(last, kinds._ORG_LAST_WORDS, kinds._ORG_LAST), repr(text)
        if kinds._PLACE_BEFORE.search(text, before, start):
            assert kinds._ends_with(last, kinds._PLACE_LAST_WORDS, kinds._PLACE_LAST), repr(text)
        if kinds._WORK_BEFORE.search(text, before, start):
            assert kinds._ends_with(last or comma_last, kinds._WORK_LAST_WORDS, kinds._WORK_LAST), repr(text)


def test_a_role_pattern_matches_only_after_its_last_words():
    """_role_holders searches its "before" and "leading" patterns only where _may_hold_role allows."""
    gazetteer = load_gazetteer()
    before_pattern, _, leading_pattern = aliases._role_patterns(gazetteer)
    endings = aliases._ROLE_ENDINGS[id(gazetteer)]
    pieces = [
        *["chief executive", "minister", "co-founder", "England captain", "The Bishop of Durham", "the"],
        *["Rt", "Rev.", "Rev", "Hon", "Dr", "x", ",", ".", "said", "spokesman", "Lib Dem leader"],
        *["of", "for", "at", "Durham", "Baba Bababa,", "co-chairman,", "minister,", "ex-Minister,", "Ann"],
    ]
    for text in _texts(pieces, 8000, seed=4):
        start = len(text)
        text += "Tom Wright"
        may_hold, may_lead = aliases._may_hold_role(text, start, endings)
        if before_pattern.search(text, max(0, start - 40), start):
            assert may_hold, repr(text)
        if leading_pattern.search(text, max(0, start - 80), start):
            assert may_lead, repr(text)
            assert aliases._may_lead(text, max(0, start - 80), start, aliases._TITLE_ENDINGS[id(gazetteer)]), repr(text)


# ---------------------------------------------------------------- role phrases


@pytest.mark.parametrize("seed", [5, 6])
def test_a_role_phrase_starts_where_the_role_regexes_say(seed):
    roles = sorted(_finder("x")._role_set)  # type: ignore[arg-type]
    pieces = [
        *roles[::7],
        *["minister", "ministers", "Minister", "president", "resident", "vice-president", "chief", "executive"],
        *["the", "a", "an", "another", "one", "its", "their", "x", "Mr", "ex", "s", "_", "9", "é"],
        *["-", "'", "’", "(", ",", ".", "x-the", "(the", "it's"],
    ]
    rng = random.Random(seed)
    for text in _texts(pieces, 3000, seed=seed):
        finder = _finder(text)
        for start in sorted({0, rng.randrange(len(text)), rng.randrange(len(text))}):
            end = len(text) - rng.randint(0, 1)
            if end < start:
                continue
            match = finder._role_before_at.match(text, start, end) or finder._role_before.search(text, start, end)
            expected = match.start() if match else -1
            assert finder._role_phrase_start(start, end) == expected, (text, start, end)


def test_the_spokesman_said_names_the_spokesman():
    body = "Prices rose on Monday. The company spokesman said that sales would fall next year."
    finder = _finder(body)
    speaker = finder._subject_before(body.index("said"), body.index("The"))
    assert speaker is not None
    assert (speaker.text, speaker.kind) == ("The company spokesman", "role")


# ---------------------------------------------------------------- stops and quote marks


STOP_PIECES = [
    *[
        "word",
        "Mr.",
        "U.S.",
        "Sen.",
        "Nov.",
        "St.",
        "Co.",
        "A.",
        "x.",
        "Yes!",
        "Why?",
        "so…",
        "...",
        "end.",
        "Next",
        "9",
    ],
    *['"', "“", "”", "„", "«", "»", "'", "''", "'''", "`", "``", "’", ")", "]", ";", ":", ",", "—", "\n\n"],
]


# What quotes._last_clause_start finds: a title's full stop ("Sen.") is no stop, nor that of an
# abbreviation before its number ("Nov. 13") or a word ("St. Louis", "U.S. Senate", "U.S. officials"), nor
# that of a name's ending before a lowercase word ("Gulfstar Co. said"), nor one closing a parenthesis before a
# lowercase word, perhaps quoted, or a dash ("Nancy Pelosi (D-Calif.) said"), nor one inside a word ("Plus.net").
def _after_one_of(words: frozenset[str]) -> str:
    return "(?:" + "|".join(rf"(?<=\b{word})" for word in sorted(words)) + ")"


_SKIPPED_DOT = (
    rf"(?:{_after_one_of(quotes._NAME_TITLES)}\."
    rf"|{_after_one_of(quotes._NUMBERED_ABBREVIATIONS)}\.(?=\s+(?:\d|[A-HJ-Z]\b))"
    rf"|(?:{_after_one_of(quotes._PLACE_ABBREVIATIONS)}|(?<= U\.S))\.(?=\s+[A-Za-z])"
    rf"|{_after_one_of(quotes._NAME_ENDINGS)}\.(?=\s+[a-z]))"
)
_IN_BRACKETS = r"\.(?=\)\s+(?:[\"“‘']?[a-z]|[—–]))"
_IN_WORD = r"[.!?](?![\"”’')\]]*\s)|;(?!\s)"  # a stop with no space after, "Plus.net"
_REFERENCE_CLAUSE_START = re.compile(
    rf"(?:(?:(?!{_SKIPPED_DOT})\.(?!\)\s+(?:[\"“‘']?[a-z]|[—–]))|[!?…])[\"”’')\]]*\s+|;\s+)"
    rf"(?=(?:[^.!?;]|{_SKIPPED_DOT}|{_IN_BRACKETS}|{_IN_WORD})*$)"
)
_AT_BRACKET_END = re.compile(r"\.\)\s+$")


def _reference_first_stop(finder: QuoteFinder, position: int, upper: int) -> int:
    body, abbreviations = finder.body, finder.gazetteer.abbreviations
    for stop in quotes._CLAUSE_END.finditer(body, position, upper):
        word = quotes._WORD_AT_STOP.search(body, max(position, stop.start() - 12), stop.start())
        if word and body[stop.start()] == ".":
            token = word.group().rstrip(".")
            if token in abbreviations or (len(token) == 1 and token.isupper()):
                continue
        return stop.start()
    return upper


def test_stops_and_marks_are_found_where_the_regexes_find_them():
    rng = random.Random(7)
    for text in _texts(STOP_PIECES, 3000, seed=7, most=14):
        finder = _finder(text)
        for _ in range(3):
            start = rng.randrange(len(text) + 1)
            end = rng.randint(start, len(text))
            assert finder._first_stop(start, end) == _reference_first_stop(finder, start, end), (text, start, end)
            mark = quotes._MARKS.search(text, start, end)
            assert quotes._next_mark(text, start, end, finder._marks) == (mark.start() if mark else end)
            marks = list(quotes._MARKS.finditer(text, start, end))
            assert quotes._after_last_mark(text, start, end, finder._marks) == (marks[-1].end() if marks else start)
            limit = rng.randint(0, 6)
            assert quotes._mark_spans(text, start, end, finder._marks, limit) == [mark.span() for mark in marks][:limit]
            if _AT_BRACKET_END.search(text, start, end) and quotes._LOWER_AT.match(text, end):
                continue  # the word after the window decides, which a regex on the window cannot see
            clause = _REFERENCE_CLAUSE_START.search(text, start, end)
            assert quotes._last_clause_start(text, start, end, finder._stops, finder._ellipsis) == (
                clause.end() if clause else start
            ), (text, start, end)


CUE_PIECES = ["said", "says", "told", "adding", "stated", "un", "-", "_", "x", "9", "é", ",", ".", '"', "\n\n"]


def test_indirect_cues_are_where_the_verb_pattern_finds_them():
    for text in _texts(CUE_PIECES, 3000, seed=11, most=12):
        finder = _finder(text)
        for paragraph in finder.paragraphs:
            ranges = quotes._Ranges([], [])
            expected = [
                verb.start()
                for verb in finder._verb.finditer(text, paragraph.start, paragraph.end)
                if verb.group() in quotes._INDIRECT_CUES
            ]
            assert finder._indirect_cues(paragraph, ranges) == expected, text


def test_reported_words_are_three_words_or_more():
    rng = random.Random(8)
    for text in _texts(["a", "bb", '"', ".", ",", ";", ":"], 3000, seed=8, most=6):
        start = rng.randrange(len(text) + 1)
        end = rng.randint(start, len(text))
        stripped_end = end
        while stripped_end > start and (text[stripped_end - 1].isspace() or text[stripped_end - 1] in ".,;:"):
            stripped_end -= 1
        stripped_start = start
        while stripped_start < stripped_end and text[stripped_start].isspace():
            stripped_start += 1
        words = text[stripped_start:stripped_end]
        expected = None if len(words.split()) < 3 or words[:1] in "\"“”'" else (stripped_start, stripped_end)
        assert quotes._reported_words(text, start, end) == expected, (text, start, end)


def test_inside_any_reads_ranges_as_pairs_did():
    rng = random.Random(9)
    for _ in range(2000):
        points = sorted(rng.sample(range(200), 2 * rng.randint(0, 6)))
        pairs = list(zip(points[::2], points[1::2], strict=True))
        ranges = quotes._Ranges([start for start, _ in pairs], [end for _, end in pairs])
        start = rng.randrange(200)
        end = rng.randint(start, 200)
        index = bisect.bisect_right(pairs, (end, end))
        expected = index > 0 and pairs[index - 1][1] > start
        assert quotes._inside_any(ranges, start, end) == expected


def _reference_single_quotes(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotes in single marks of ``body[start:end]`` as the loop of searches before _SINGLE_PAIR found them."""
    found, position, closing = [], start, None
    while (opening := quotes._SINGLE_OPEN.search(body, position, end)) is not None:
        if closing is None or closing.start() < opening.end():
            closing = quotes._SINGLE_CLOSE.search(body, opening.end(), end)
        if closing is None:
            break
        following = quotes._SINGLE_OPEN.search(body, opening.end(), closing.start())
        if following is not None:
            position = following.start()
            continue
        if sum(char.isalpha() for char in body[opening.end() : closing.start()][:4]) >= 2:
            found.append((opening.start(), closing.end()))
        position = closing.end()
    return found


SINGLE_PIECES = ["'", "‘", "’", "ab", "x", "don't", "'n'", " ", "(", "[", "—", "–", ".", ",", "é", "9", "\n", "\t"]


def test_quotes_in_single_marks_are_those_the_searches_found():
    rng = random.Random(21)
    for text in _texts(SINGLE_PIECES, 4000, seed=21, most=16):
        start = rng.randrange(len(text) + 1)
        end = rng.randint(start, len(text))
        found: list[quotes._RawQuote] = []
        quotes._single_quotes(found, text, 0, start, end, [])
        assert [(item.open_start, item.close_end) for item in found] == _reference_single_quotes(text, start, end), (
            text,
            start,
            end,
        )


QUOTE_PIECES = ['"ab"', '"a b c d e f"', "'ab'", "“x y”", '"', "words", "Smith", "he", "said", "told", ":", "."]
QUOTE_PIECES += ["according to", "and", "\n\n", ",", "the spokesman", "His answer", "Her reply:"]


def test_a_short_quote_in_a_paragraph_that_names_no_one_is_what_reading_it_gives():
    """The quotes _silent passes over are those _attribute finds no speaker for, and too short to stand alone."""
    for text in _texts(QUOTE_PIECES, 1500, seed=22, most=12):
        expected = _facts_read_in_full(text)
        assert quotes.QuoteFinder(text, *_linked(text)).find() == expected, text


def _linked(text: str) -> tuple[Linked, object, list]:
    from briefing.extract.aliases import link
    from briefing.extract.entities import CandidateFinder

    gazetteer = load_gazetteer()
    return link(text, CandidateFinder(gazetteer).find(text), gazetteer), gazetteer, split_paragraphs(text)


def _facts_read_in_full(text: str) -> list:
    finder = quotes.QuoteFinder(text, *_linked(text))
    finder._silent = lambda paragraph: False  # type: ignore[method-assign]  # every quote read in full
    return finder.find()


# ---------------------------------------------------------------- capitalised runs


def _old_candidate() -> re.Pattern[str]:
    """CANDIDATE as it was written before it started with the uppercase class."""
    upper, letter = entities.UPPER, entities._LETTER
    unit = (
        rf"(?:(?:{entities._TITLE_ABBREVIATIONS})\.(?= {upper})"
        rf"|{upper}(?:\.(?:{upper}\.)+|\.(?= {upper}[a-z])|['’]{upper}{letter}*|\w*))"
    )
    token = rf"{unit}(?:-{unit})*(?:-(?!(?:{entities._NOT_SYLLABLES})\b)[a-z]{{1,4}}\b(?!-))?"
    return re.compile(rf"{token}(?:[ \t]?{entities._JOIN}(?:{token}))*")


def test_capitalised_runs_are_the_same_as_before_the_rewrite():
    old = _old_candidate()
    pieces = [
        *["Sen.", "Sen", "Mr.", "Mrs.", "Ms", "Dr.", "Gov.", "U.S.", "A.", "W.", "Cmdr.", "Pres.", "Capt"],
        *["O'Brien", "Smith", "de", "of", "the", "and", "'s", "Jae-in", "Tory-led", "x", ".", "É", "Lt.", "L"],
    ]
    for text in _texts(pieces, 5000, seed=10, most=14):
        assert [m.span() for m in entities.CANDIDATE.finditer(text)] == [m.span() for m in old.finditer(text)], text


RUN_PIECES = [
    *["Tony Blair", "Mr Blair", "Compaq Computer Corp", "BBC Radio", "Channel", "Amazon", "Calif", "Napa"],
    *["4", ".", ".com", ",", "said", "the", "The", "Monday", "May", "I", "Britain's", "LONDON", "(Reuters)"],
    *["\n", "Kim Jae-in", "and", "rose", "'", "x", "Sen."],
]


def test_a_run_read_before_is_placed_as_a_fresh_reading_places_it():
    """A run of capitals is read once (entities._MEMO) and its reading shifted to each place it stands:
    what that gives, with or without the checks for a number or a full stop after it, is what reading
    the run afresh there gives."""
    finder = entities.CandidateFinder(load_gazetteer())
    texts = _texts(RUN_PIECES, 1500, seed=23, most=10)
    fresh = []
    for text in texts:
        for table in entities._MEMO.values():
            table.clear()
        fresh.append(finder.find(text))
    for text, expected in zip(texts, fresh, strict=True):
        assert finder.find(text) == expected, text


# ---------------------------------------------------------------- counts carried over


def _reference_topic(linked: Linked, position: int) -> str | None:
    counts: dict[str, int] = {}
    for mention in linked.mentions:
        if mention.start < position and mention.kind == "person" and linked.confidence.get(mention.name, 1.0) >= 0.5:
            counts[mention.name] = counts.get(mention.name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def test_the_topic_person_is_counted_on_from_call_to_call():
    rng = random.Random(11)
    names = ["Ann Lee", "Bo Diaz", "Cy Ray", "Acme"]
    for _ in range(200):
        mentions = [
            LinkedMention(10 * i, 10 * i + 5, "x", name, "organisation" if name == "Acme" else "person")
            for i, name in enumerate(rng.choices(names, k=rng.randint(0, 30)))
        ]
        linked = Linked(mentions=mentions, confidence={"Cy Ray": 0.3})
        finder = QuoteFinder(" " * 400, linked, load_gazetteer(), [])
        for position in [rng.randrange(320) for _ in range(8)]:  # forwards and backwards
            assert finder._topic_person(position) == _reference_topic(linked, position)


def test_a_role_phrase_read_once_is_the_same_wherever_it_stands():
    """_subject_before remembers where a role phrase starts by the words around it."""
    rng = random.Random(12)
    phrases = ["the minister", "The company spokesman", "ex-minister", "x-the chief executive", "(the captain"]
    openings = ["Prices rose. ", "and ", ", ", "", "\n"]
    body = "".join(rng.choice(openings) + rng.choice(phrases) + " said that it fell. " for _ in range(60))
    shared = _finder(body)
    for match in re.finditer(r"\bsaid\b", body):
        lower = max(0, match.start() - 120)
        remembered = shared._subject_before(match.start(), lower)
        fresh = _finder(body)._subject_before(match.start(), lower)
        assert remembered == fresh, body[lower : match.start()]


# ---------------------------------------------------------------- read once for the whole article


def test_acronyms_are_found_where_a_pattern_for_each_finds_them():
    """_defined_acronyms finds every acronym in one reading of the body (_written_acronyms), where a
    pattern ``(?<![\\w-])ACRONYM(?![\\w-])`` for each would read it once per acronym."""
    acronyms = ["BoE", "BBC", "AT", "AT&T", "T&", "BBC&ITV", "ITV", "B&Q", "Bq"]
    pieces = [*acronyms, "&", "-", "_", "x", "9", "é", "(", ")", "a", "T", "Q"]
    for text in _texts(pieces, 3000, seed=13):
        found = {(at, acronym) for at, acronym in aliases._written_acronyms(text) if acronym in acronyms}
        expected = {
            (match.start(), acronym)
            for acronym in acronyms
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        }
        assert found == expected, repr(text)


def _linked_finder(body: str) -> QuoteFinder:
    gazetteer = load_gazetteer()
    linked = aliases.link(body, entities.CandidateFinder(gazetteer).find(body), gazetteer)
    return QuoteFinder(body, linked, gazetteer, split_paragraphs(body))


def test_role_phrases_and_references_read_once_are_the_same_wherever_they_stand():
    """_resolve_role keeps the holders a phrase can mean, and _resolve_reference what the text calls
    each organisation, from one call to the next: each answer is the one a fresh finder gives."""
    rng = random.Random(14)
    sentences = [
        *("Acme spokesman Ann Lee said prices rose. ", "BP spokesman Bo Diaz said sales fell. "),
        *("Deputy Prime Minister Cy Ray spoke. ", "Prime Minister Di Fox spoke. ", "Acme Corp, a carmaker, grew. "),
        *("The spokesman said no. ", "The Acme spokesman said yes. ", "The prime minister said so. "),
        *("The company said it grew. ", "The carmaker said it shrank. ", "BP Group gained. "),
    ]
    for _ in range(20):
        body = "".join(rng.choice(sentences) for _ in range(30))
        shared = _linked_finder(body)
        for phrase, noun in [
            ("the spokesman", "company"),
            ("the Acme spokesman", "carmaker"),
            ("the prime minister", "firm"),
        ]:
            for position in sorted(rng.randrange(len(body)) for _ in range(6)):
                assert shared._resolve_role(phrase, position) == _linked_finder(body)._resolve_role(phrase, position)
                reference = f"the {noun}"
                assert shared._resolve_reference(reference, position) == _linked_finder(body)._resolve_reference(
                    reference, position
                )


def test_a_quote_running_on_over_many_paragraphs_is_one_quote():
    paragraphs = [f'"Point {number} is made.' for number in range(1, 8)]
    body = "Ann Lee said:\n\n" + "\n\n".join(paragraphs) + '"\n\nThe end.'
    quotes_found = [quote for quote in _linked_finder(body).find() if quote.kind != "indirect"]
    assert [quote.text for quote in quotes_found] == ["\n\n".join(paragraph[1:] for paragraph in paragraphs)]


# ---------------------------------------------------------------- searches ruled out or shortened


WORD_PIECES = [
    *["said", "says", "added", "according to", "firm", "oil firm", "shares in", "stake in", "analysts"],
    *["in", "near", "Korea", "Japan", "and", "in Korea and", "near South Korea and", "rapper", "wife", "officials"],
    *["beat", "drew with", "lost to"],
    *["a spokesman for", "spokeswoman at", "close to", "the", "chief executive of", "takeover of", "film"],
    *["Ann", "x", "x-y", "it's", "9", "é", "_", ",", ".", "-", "'", "’", "(", "O'Neil", "ſaid"],
    *["called", "so-called", "known as", "known", "as", "motto", "titled"],
]


def test_a_pattern_ending_with_a_word_is_searched_only_after_it():
    """search_after_word gives what the search gives: a match ends with one of the words given."""
    gazetteer = load_gazetteer()
    patterns = [
        (aliases._SPEECH_BEFORE, aliases._SPEECH_LAST_WORDS, 20),
        (aliases._INSTITUTION_BEFORE, aliases._INSTITUTION_LAST_WORDS, 30),
        (aliases._IN_PLACE_AND_BEFORE, aliases._AND, 40),
        (aliases._ROLE_WORD_BEFORE, gazetteer.role_nouns, 20),
        (kinds._TEAM_BEFORE, kinds._TEAM_LAST_WORDS, 20),
        (quotes._SPEAKS_FOR, quotes._SPEAKS_FOR_LAST_WORDS, 60),
        (quotes._NAMED_BEFORE, quotes._NAMED_BEFORE_LAST_WORDS, 24),
    ]
    for text in _texts(WORD_PIECES, 4000, seed=15, most=8):
        end = len(text)
        for pattern, words, window in patterns:
            lower = max(0, end - window)
            match = pattern.search(text, lower, end)
            if pattern is aliases._ROLE_WORD_BEFORE and match and match.group(1) not in words:
                match = None  # _named_like_people asks only for a role noun there
            found = search_after_word(pattern, words, text, lower, end)
            assert (found and found.span()) == (match and match.span()), (pattern.pattern[:30], text)


def test_last_run_start_is_where_the_last_runs_without_spaces_start():
    rng = random.Random(16)
    for text in _texts(["a", "bc", "x.y", "-", ",", "é"], 3000, seed=16, most=8):
        lower = rng.randint(0, len(text))
        end = rng.randint(lower, len(text))
        starts = [match.start() for match in re.finditer(r"\S+", text[lower:end])]
        for runs in (1, 2, 3):
            expected = end if not starts else lower + starts[max(0, len(starts) - runs)]
            assert last_run_start(text, lower, end, runs) == expected, (text, lower, end, runs)


def test_a_pattern_over_the_last_words_is_searched_from_their_start():
    """Each of these matches only within the window's last runs without spaces (and spaces after them)."""
    patterns = [(quotes._WORD_BEFORE, 40, 1), (quotes._WORD_AT_STOP, 12, 1), (kinds._ORG_BEFORE, kinds._WINDOW, 3)]
    for text in _texts([*WORD_PIECES, "Mr.", "U.S.", "a.b", "said\n"], 4000, seed=17, most=8):
        end = len(text)
        for pattern, window, runs in patterns:
            lower = max(0, end - window)
            match = pattern.search(text, lower, end)
            found = pattern.search(text, last_run_start(text, lower, end, runs), end)
            assert (found and found.span()) == (match and match.span()), (pattern.pattern[:30], text)


def test_a_pattern_needing_words_is_searched_only_where_they_are():
    pieces = [*WORD_PIECES, "familiar", "briefed", "knowledgeable", "who", "that", "had", "represented"]
    pieces += ["but", "yet", "although", "whereas", "while", "Butter", "dismissed"]
    patterns = [
        (quotes._ANONYMOUS_HINT, quotes._ANONYMOUS_HINT_WORDS),
        (quotes._RELATIVE_OBJECT, quotes._RELATIVE_OBJECT_WORDS),
        (quotes._CONTRAST, quotes._CONTRAST_WORDS),
    ]
    for text in _texts(pieces, 4000, seed=18, most=10):
        for pattern, words in patterns:
            match = pattern.search(text)
            found = quotes._holding_search(pattern, words, text, 0, len(text))
            assert (found and found.span()) == (match and match.span()), (pattern.pattern[:30], text)


def test_a_possessive_before_a_quote_is_found_as_the_pattern_finds_it():
    for text in _texts(["NBC's", "Jones'", "it’s", "s", "'", "x", ".", "-"], 3000, seed=19, most=4):
        end = len(text)
        expected = quotes._POSSESSIVE_BEFORE.search(text, max(0, end - 4), end) is not None
        assert quotes._possessive_before(text, end) == expected, text


def test_an_acronym_is_what_it_was_before_the_shortcut():
    def reference(word: str) -> bool:
        letters = word.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha():
            return True
        if re.fullmatch(r"(?:[A-Z]{2,5}-)+[A-Z]{2,5}", letters):  # "AFL-CIO"
            return True
        return (
            entities._NUMBERED_ACRONYM.fullmatch(word) is not None or entities._ACRONYM_WORD.fullmatch(word) is not None
        )

    rng = random.Random(20)
    for _ in range(20000):
        word = "".join(rng.choice("ABCaé.1-É'") for _ in range(rng.randint(0, 8)))
        assert entities._is_acronym(word) == reference(word), word


def test_figures_are_tried_where_the_pattern_matches():
    """find_figures tries _FIGURE only after a space or another character a figure may follow: those
    places are every one where _FIGURE matches (a search for it tries every position)."""
    pieces = [
        *["5", "12,000", "3.5", "$5", "£1.2bn", "€ 300", "5p", "50%", "per cent", "years", "cars", "new"],
        *["five", "Five", "hundred", "a dozen", "A few", "an", "a", "old", "1999", "१९९९", "-", "_", ".", ","],
        *['"', "(", "'", "’", "x", "é", "%", "$", "\n"],
    ]
    for text in _texts(pieces, 3000, seed=21):
        expected = [position for position in range(len(text) + 1) if numbers._FIGURE.match(text, position)]
        assert list(numbers._figure_starts(text)) == expected, repr(text)
