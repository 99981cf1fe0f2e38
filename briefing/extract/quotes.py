"""Quotes and who said them.

1. Quote marks are read paragraph by paragraph with a small state machine that tells opening
   from closing marks by what is around them, so a stray mark spoils at most its paragraph.
   An opening mark inside an open quote after a full stop closes the first quote (copy that
   lost its paragraph breaks); a paragraph left open whose successor opens with a mark runs on
   (news style for quotes of several paragraphs).
2. Attribution is looked for in the clause around each quote: after the closing mark
   (``"…," X said`` / ``said X``), before the opening mark (``X said: "…"``, ``X told
   reporters "…"``, ``according to X``), else anywhere in the clause for a partial quote.
3. Speakers resolve to entities: a name directly, a pronoun to the latest fitting speaker (or
   person), a role ("the spokesman") to the person the article names in that role. A quote
   with no attribution of its own keeps the previous speaker of its paragraph, or of the
   previous paragraph when it opens its own.
4. Reported speech without marks (``X said (that) …``, ``…, said X``) is recorded as indirect.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from briefing.extract.aliases import (
    LOCATED_BEFORE,
    PARTY,
    PARTY_PLACE,
    PARTY_TAG,
    Linked,
    LinkedMention,
    RoleHolder,
)
from briefing.extract.gazetteer import (
    FIRM_ABBREVIATIONS,
    GENERATION_ABBREVIATIONS,
    Gazetteer,
    load_gazetteer,
    normalise_name,
    word_alternation,
)
from briefing.extract.sentences import Segment, last_match, last_run_start, last_word, search_after_word
from briefing.model import CONFIDENT, Quote, QuoteKind

# A quote mark: one of these, or two apostrophes. Written to start with one character class, so a
# search skips ahead in C to the next candidate (a pattern starting with a branch cannot).
# ("``" opens a quote in text typed for TeX or tokenised the Penn Treebank way: ``like this''.)
_MARKS = re.compile(r"``|['\"“”„«»](?:(?<=')'|(?<!'))")
_SINGLE_MARKS = '"“”„«»'
_OPENING_CONTEXT = frozenset("([{—–-/‘")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…’'")
_OPEN, _CLOSE, _EITHER = 1, 2, 3
_CLAUSE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[^\s\w]*[A-Z\d]|\s*$)")
_PRONOUN_BEFORE = re.compile(r"\b(he|she|they|it|we|He|She|They|It|We)\s*$")
# "he and his co-authors", "Brightwell and his colleagues": the first, who speaks for both.
_AND_PARTNERS = r"\s+and\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*$"
_PRONOUN_AND_PARTNERS = re.compile(rf"\b(he|she|He|She){_AND_PARTNERS}")
_NAME_AND_PARTNERS = re.compile(_AND_PARTNERS)
_PRONOUN_AT = re.compile(r"(he|she|they|it|we)\b")
_OPENING_PRONOUN = re.compile(r"(?:He|She|he|she)\b")
_SUBJECT_PRONOUN = re.compile(r"\b(?:He|She|he|she)\b")
_OPENING_POSSESSIVE = re.compile(r"(?:His|Her)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")  # (after a name: "Atcitty's,", "Paris'")
_PRONOUN_OF = {"he": "he", "she": "she", "his": "he", "her": "she"}
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s*$")
# The last words of the patterns above (and of _DOCUMENT_BEFORE, _AGE_REFERENCE, _ORG_REFERENCE):
# each ends with a whole word, so text whose last word (see last_word) is none of these cannot
# match, and is not searched.
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "He", "She", "They", "It", "We"])
_ADVERBS = frozenset(
    [
        *("also", "later", "then", "previously", "earlier", "recently", "once", "has", "had", "have", "would"),
        *("did", "does"),  # "But he did say"
        *("will", "again", "further", "subsequently", "today", "yesterday", "repeatedly", "simply", "reportedly"),
        *("himself", "herself", "themselves"),  # "as Montoya-Lewis herself said"
    ]
)  # and "…day"
_TIME_NOUNS = frozenset(["week", "month", "year", "night", "weekend"])
# The days a word ending "day" may be ("Mr Ruano on Monday said"; not "Diane Faraday said").
_DAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
_DAY = f"(?:{'|'.join(sorted(_DAYS))})"
# ("A report released by the office in January found": a month, after "in", is when.)
_MONTHS = frozenset(load_gazetteer().months.values())
_ADVERB_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_ADVERBS))}|(?:on|last|this)\s+{_DAY}|{_DAY}"
    rf"|(?:in|last|this)\s+(?:{'|'.join(sorted(_MONTHS))})"
    rf"|(?:last|this)\s+(?:{'|'.join(sorted(_TIME_NOUNS))}))\s*$"
)
_ANTECEDENT_PARAGRAPHS = 1
_LEDE_PARAGRAPHS = 2  # a headline and the first paragraph: where a story may name someone only further on
_TOPIC_MENTIONS = 3  # named this often, someone the story is about (not one named in passing)
_PRONOUN_CHAIN = 4  # sentences opening with the same pronoun, read back to the one it follows
# Words standing for a person: a sentence holding one speaks of someone (see _speaks_of_no_one).
_PERSONAL_WORDS = frozenset(
    ["he", "she", "him", "his", "her", "hers", "they", "them", "their", "i", "me", "my", "we", "us", "our", "you"]
)
_LOWER_WORD = re.compile(r"[A-Za-z]+")
_MAX_WINDOW = 400
_MAX_SUBJECT_CHARS = 160
_MIN_UNATTRIBUTED_WORDS = 6
_ANSWERER_PARAGRAPHS = 3  # how far before someone unnamed's question the one it was put to was heard
_TURN_ENDS = frozenset(".?!")
# Quotes and verbs of speech read for a speaker in one body: past this many the rest are passed over.
# Real articles read about a hundred at most (the most in the BBC corpus, the web pages and the forms:
# 103); 2 MB of 85,000 quotes, or of 90,000 verbs ("Baba said it would."), took seconds.
MAX_READINGS = 5_000
# Quotes found in one body, read or passed over: past this many (or twice as many quote marks) the
# rest of the body is passed over.
# Real articles hold far fewer (the most in the BBC corpus, the web pages and the forms: 72); 2 MB of
# 400,000 short quotes ('"ab" ') took over a second to list alone, though none is read for a speaker.
MAX_QUOTES = 20_000
_SOURCE_WORDS = 8  # "according to a statement from the Sanders campaign,"
_CONJUNCTIONS = frozenset(["and", "but", "yet", "while", "though", "although"])
# A force or body whose members the story does not name: never the person it is about, nor "he" or "she".
_COLLECTIVE_ROLES = frozenset(["police"])
_ANYONE = frozenset(["woman", "man"])  # role nouns that say no more than the sex
# ("the reporter asked": a questioner at a briefing, whom the story names no more than a spokesman)
_UNNAMED_ROLES = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "official",
        "source",
        "aide",
        "reporter",
        "administrator",
    ]
)
_OPENING_PHRASE_CHARS = 25  # "Afterward," "On Tuesday," "In a brief interview,": before a sentence's subject
_WHERE_OPENING = re.compile(r"(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore)\s")
_SUBJECT_REACH = 40  # a sentence's subject is named within its first few words
_LEAD_IN_WORDS = 10  # before a colon: 'said in a statement to NBC News:', 'He was blunt about what happens:'
_INTRODUCER_WORDS = 6  # "Kevin McCarthy was blunt:", "Smith had a message for Democrats:"
# "His answer was short:", "Her message to parents:", "Smith's reply:" (a name's possessive: the
# name's mention starts the match).
_POSSESSOR_OPENING = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(His|Her|[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?(?=['’]s\s))(?:['’]s)?\s+"
    r"(?:message|answer|reply|response|verdict|advice|view|warning|reaction|explanation|plea|retort|words)\b"
)
_TITLE_REACH = 100  # or after a title of capitalised words and roles
# "Gavin Cox of buildyourown.org.uk", "Rep. Matt Gaetz (R-Fla.) in a video posted to social media"
# (Where it was said needs a determiner, and no "and" after: not "Richard Dunne in time added on",
# nor "congratulated President Bush on his victory and stressed".)
_OF_PHRASE = re.compile(
    r"(?:\s*\([^()]{1,14}\))?\s+(?:(?:of|from|at|with)\s+|(?:in|on|during|via)\s+(?:a|an|the|his|her|their)\s+)"
    r"(?:(?!\band\b)(?:[^,;:.!?\"“”]|\.(?=\w))){1,60}$"
)
_SENTENCE_TAIL = frozenset(" \t\n.!?…\"”’')")
_EMPLOYED_AT = re.compile(r",?\s+(?:[\w'’-]+\s+){0,6}(?:at|of|for|from|with)\s+(?:[\w'’-]+\s+){0,4}")
# A sentence after a quote that says whose it was: "Those were the words of …", "The remarks came
# from …", "That was how … put it".
_DASH_AFTER = re.compile(r"[ \t]*[—–][ \t]*")
_SOURCE_SENTENCE = re.compile(
    r"(?:(?:[Tt]h(?:ose|ese|at|is)|[Ss]uch)\s+(?:were|was|are|is)\s+(?:the\s+)?"
    r"(?:words|remarks|message|comments?|verdict|view|assessment|warning)\s+(?:of|from)"
    r"|The\s+(?:words|remarks|comments?|message|warning)\s+came\s+from|That\s+was\s+how)\s+"
)
# Words someone gave, after their name: "Jeremy Robinson, had a more succinct statement".
_GAVE_WORDS = re.compile(
    r",?\s+(had|gave|issued|made|offered|released|delivered|posted|shared|sent)\s+(?:a|an|the|this|that|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?:statement|message|remarks|comments?|response|reaction|answer|reply|verdict|warning|words)\b"
)
# "she said no.", "Smith replied yes.": a short answer, which the quote after it goes on with.
_ANSWERED = re.compile(r"\b([\w'’-]+)\s+(said|replied|answered)\s+(?:no|yes)\s*[.:]$")
_APPOSITIVE_CHARS = 80  # ", the former actuary," between a subject and its verb: at most this long
_DATELINE_CHARS = 300  # a dateline stands this near the body's start
_TURN_CHARS = 80  # a sentence this short before a quote may only say who speaks next ("X stepped in.")
_ATTRIBUTION_WORDS = 12  # a sentence this short after a quote can be only its attribution
_ADVERB_AFTER = re.compile(r"\s+(?:also|later|then|added|has|had|once|again|previously|recently)\s+")
_OTHER_SEX = {"m": "f", "f": "m"}
_THE_WORD = re.compile(r"\b[Tt]he\b")
# 'described as "idle speculation" by Downing Street': a passive verb before a quote, its agent after.
_PASSIVE_VERB = re.compile(
    r"\b(described|called|branded|dismissed|labelled|labeled|criticised|criticized|hailed|condemned|denounced|"
    r"rejected|attacked|praised|welcomed|termed)\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)
_BY_AGENT = re.compile(r",?\s+by\s+(?:the\s+)?")
_AGE_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:\d{1,3}-year-old(?:\s+[A-Z][a-z]+)?|(?:grand)?(?:mother|father)-of-[a-z]+)\s*$"
)
_CONTINUED_WORDS = 30  # a second quote this close after the first, in the same sentence, is the same voice
_CONTINUED_WORDS_AFTER_STOP = 15  # or this close after a quote that ended its sentence
_INDIRECT_CUES = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "warned",
        "warns",
        "stressed",
        "stresses",
        "insisted",
        "insists",
        "argued",
        "argues",
        "claimed",
        "claims",
        "noted",
        "notes",
        "explained",
        "explains",
        "saying",
        "adding",
    ]
)
_DOCUMENT_NOUNS = frozenset(
    [
        *("statement", "letter", "note", "website", "blog", "memo", "book", "autobiography", "email", "report"),
        *("release", "story", "article"),
        *("lawsuit", "complaint", "filing", "indictment", "ruling", "document", "post", "tweet", "message"),
        *("memorandum", "petition"),
    ]
)
# "the report by telecoms giant BT": who wrote the document.
_STUDIES = frozenset(["report", "study", "survey", "research", "poll", "review", "analysis", "audit", "evaluation"])
# "Mr Tanzi's statement", "The DNR's own environmental review": whose the document is.
_DOCUMENT_BEFORE = re.compile(rf"['’]s\s+(?:\w+\s+){{0,2}}(?:{'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})\s*$")
# "The Office of the State Auditor's special audit of …", "Stillwater's letter took aim": whose the document is
# (not a noun before the head of a name: "In-Stat/MDR's wireless research group").
_DOCUMENT_OWNED = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?({'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})\b"
    r"(?!\s+(?:group|team|unit|division|department|committee|board|center|centre|institute|firm|arm|staff|director|"
    r"chief|head|manager|editor|card)\b)"
)
_DOCUMENT_READ = re.compile(
    rf"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(sorted(_DOCUMENT_NOUNS))}))"
    r"\s+(read)\b"
)
# A document as a sentence's subject: "The report found", "The inspector general's study said".
_DOCUMENT_SUBJECT = re.compile(
    rf"(?:The|This|That|Its|Their|His|Her)\s+(?:[\w'’-]+\s+){{0,3}}?({'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})"
    r"(?:\s+(?:also|has|had|have|then|later))?\s*"
)
_DOCUMENT_BEING = re.compile(rf"{_DOCUMENT_SUBJECT.pattern}(?=(?:is|was)\s)")
_OWNER_AFTER = re.compile(r"['’]s?\s")
_FILED_BY = re.compile(
    r"\b(?:lawsuit|suit|complaint|petition),?\s+(?:was\s+)?filed\b(?:[^.;\"“”]|\.(?!\s)|(?<=\b[A-Z])\.){0,80}?\bby\s+(?:the\s+)?"
)
_SUED = re.compile(r"\b(?:sued|filed\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:lawsuit|suit|complaint))\b")
# "a report by the state's Office of Energy Infrastructure Safety", "a memo from his pollster, Dana Whitlock",
# "a 2023 report by Inspector General Renata Solis": who wrote the document.
_AUTHORED_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:(?!(?:by|from)\s)[\w'’-]+,?\s+){0,3}$")
# "Walter Ng, the refinery's general manager, sent a letter to employees": who sent the document.
# ("Yvette Carrington-Bell sued the sheriff in May": the lawsuit's.)
_SENT_DOCUMENT = re.compile(
    r"\b(?:(?:sent|released|issued|published|wrote|signed|circulated|submitted|filed)\s+(?:a|an|the|his|her|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?({'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})|(sued))\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:[a-z]+ly\s+)?$")
_BY_OR_FOR = re.compile(r"\s+(?:by|for)\b")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# The names of one filing in court: "the lawsuit" may be the complaint the text said was filed.
_LEGAL_FILINGS = frozenset(["lawsuit", "complaint", "suit", "petition"])
# Who had a document made, or read it, is not its author: "The audit, ordered by the City Council".
_NOT_WRITTEN_BY = frozenset(
    [
        *("commissioned", "ordered", "requested", "sought", "obtained", "reviewed", "seen", "received", "cited"),
        *("funded", "sponsored", "paid", "criticized", "criticised", "disputed", "rejected", "praised"),
    ]
)
# "The report found that drivers from the state's poorest ZIP codes": a clause of its own, not the author.
_CLAUSE_AFTER_DOCUMENT = frozenset(["that", "which", "who", "found", "finds", "said", "says", "shows", "showed"])
# What an organisation issues ("the report said": the organisation heard last), not a person's email or post.
_INSTITUTIONAL_DOCUMENTS = frozenset(
    [
        "statement",
        "report",
        "letter",
        "memo",
        "memorandum",
        "filing",
        "ruling",
        "lawsuit",
        "complaint",
        "petition",
        "website",
    ]
)
# "thanked the council in a statement": who issued the document "the statement read" quotes.
_IN_A_DOCUMENT = re.compile(rf"\b[Ii]n an?\s+(?:[\w-]+\s+)?({'|'.join(sorted(_INSTITUTIONAL_DOCUMENTS))})\b")
# "the statement said", "a copy of the letter read": a document no one is named as writing.
_UNSIGNED_DOCUMENT = re.compile(
    rf"\b[Tt]he\s+(?:\d[\w-]*\s+)?(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})\s*$"
)
# ", a youth climate group": the noun an appositive gives a name (its last word before a stop).
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?([a-z][\w-]*|PAC)(?=\s*[,;.]|\s+(?:that|which|of)\b)"
)
_WORD_AT_STOP = re.compile(r"[\w.]+$")
_PUT_IT = re.compile(r"\bputs? it\b")
_LEADING_CONJUNCTION = re.compile(r"(?:while|but|whereas|although|though|and|as|when|because|which|after|before)\b")
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")
_CONTRAST_WORDS = ("but", "while", "whereas", "though", "yet")  # one is in each match
_LEADING_CONJUNCTION_WORD = re.compile(r"(?:But|And|Yet|So)\s+")
_OWN_VERB = re.compile(r"\s+(?:also\s+|then\s+)?[a-z]+ed\b")  # "but dismissed as": the subject's own verb
_SHARED_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$")  # before a verb with no subject of its own
_CONJUNCTION = re.compile(r"\b(?:while|but|whereas|although|though|and|as|when|because|since|if|unless|until)\b")
# (Not after an owner: "say Boise's struggle mirrors that of …" reports all of it.)
_THAT_AFTER = re.compile(r"(?![^\s.!?;:\"“”]+['’]s\s)(?:[^\s.!?;:\"“”]+\s+){0,8}?that\s+")
# Where or how something was said, not what: "said in a statement", "told CNN in an interview".
_CHANNEL_AFTER = re.compile(
    r"(?:in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|tweet|post|letter|email|"
    r"speech|release|note|message)|on\s+(?:Twitter|Facebook|Instagram|television|TV|radio))\b[\s,]*"
)
_ENDS_HERE = re.compile(r"[ \t]*[.!?]")
_ASIDE_ENDS = re.compile(r",\s+(?:and|but)\s")  # "…, she said, and watched …": an aside, then the sentence goes on
# "She wrapped up by describing …": a participle after a preposition shares the sentence's subject.
# The object a participle without a comma can follow: "backed the proposals saying", "issued a statement saying".
# A participle whose subject is a thing named just before it, not the sentence's subject: "despite
# a new book saying", "received a telephone call saying".
_THING_BEFORE = re.compile(
    r"\b(?:despite|amid|amidst|following|received|receiving|got|saw|read|heard|obtained|seen)\s+"
    r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){1,5}$"
)
_BY_DOING = re.compile(r"\b(?:by|after|before|while|when|in)\s+$")
_CLAUSE_VERB = re.compile(r"(?:was|is|were|are|had|has|have|would|will|could|should|did|does|do|must|may|might|can)\b")
# "said politicians often failed …": a verb of the reported clause after an adverb.
_ADVERB_AND_VERB = re.compile(r"\s*(?:often|also|never|still|always|just|now|already|[a-z]+ly)\s+[a-z]+(?:ed|es)\b")
_CLAUSE_VERB_INSIDE = re.compile(rf"\s{_CLAUSE_VERB.pattern}")
_IN_ON = ("in ", "on ")
_ARTICLE_IN = re.compile(r"\b(?:(?:the|a|an)\s|(and|but)\s+(?=[a-z]))")
_PREPOSITION_AT = re.compile(r"(?:at|during|in|on|before|after|from|to|with|outside|inside)\s")
_CLAUSE_INSIDE = re.compile(r",\s(?![a-z]+(?:ed|ing)\b)|\b(?:he|she|it|they|we|I|there)\s")  # (not ", flanked by …")
_TIME_AFTER = re.compile(
    r"(?:(?:on|late|early|later|earlier|last|this)\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\b[\s,]*"
    r"|(?:in|last|this|early|late)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?\b[\s,]*"
)


# Who spoke a quote, as the quotes after it carry it on: (speaker's name, the words naming them, cue).
_Voice = tuple[str | None, str, str]


class _Exchange(NamedTuple):
    """A questioning the text narrated ("Kowalczyk pressed Osei on the software. The exchange went like this:"),
    whose turns the paragraphs of quotes after it are: who asks, who answers, the paragraph of the next turn
    and who spoke the turn before it (no one before the first)."""

    asker: _Voice
    answerer: _Voice
    paragraph: int
    last: str | None = None


class _RawQuote(NamedTuple):
    # Flat and immutable: a body of many quotes keeps them all until they are attributed, and each
    # object the garbage collector tracks makes its collections longer.
    paragraph: int
    open_start: int  # the opening mark
    bounds: tuple[int, ...]  # the inner text's start and end in each paragraph, one after the other
    close_end: int  # just after the closing mark (or the end of the text when unclosed)
    closed: bool


class _Ranges(NamedTuple):
    """Ranges of the body in text order, not overlapping one another: two lists of numbers rather
    than a list of pairs, which would be one more object per range for the garbage collector."""

    starts: list[int]
    ends: list[int]


@dataclass(slots=True)
class _Speaker:
    text: str
    name: str | None
    kind: str  # "person", "organisation", "place", "pronoun", "role", "reference", "document", "unnamed", ""
    start: int = -1  # where ``text`` stands in the body (-1: no words of its own)


# A speaker found for a quote, the cue that attributes it and where the cue stands.
_Attribution = tuple[_Speaker, str, int]


@dataclass(slots=True)
class _Event:
    position: int
    paragraph: int
    name: str  # "" for someone unnamed
    kind: str  # the speaker's kind, or "unnamed"
    gender: str = ""  # of someone unnamed, from the role ("spokeswoman": "f")
    role: str = ""  # of someone unnamed, the role noun ("One GOP senator": "senator")
    asked: bool = False  # the words were a question put to someone ('"…?" Ashdown asked.')


@dataclass(slots=True)
class _Topic:
    """Who _topic_person found among the mentions before ``index``: counts of confident people."""

    index: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # in which order each was first counted
    name: str | None = None
    count: int = 0
    by_sex: dict[str, tuple[str, int]] = field(default_factory=dict)  # the same, of each sex ("" unknown)


@dataclass
class QuoteFinder:
    body: str
    linked: Linked
    gazetteer: Gazetteer
    paragraphs: list[Segment]
    _events: list[_Event] = field(default_factory=list)
    _previous_close: int = -1  # where the last quote of the paragraph being read closed
    # Where a clause read back from a pronoun would start but the sentence goes on: past a term in marks,
    # or inside a partial quote (see _person_meant).
    _read_across: set[int] = field(default_factory=set)
    _partial_closes: set[int] = field(default_factory=set)  # where partial quotes close (see _person_meant)
    _asker: _Voice | None = None  # the voice of the paragraphs before the last voice heard (see find)
    _asked_in: int = -1  # the paragraph of the last unattributed turn given back to the one who asked
    _exchange: _Exchange | None = None  # the questioning the paragraphs of bare quotes read now are turns of
    # Where the titles in marks read so far close, and where each opens: a clause reads across them
    # ('Roland Pike, appearing on NBC's "Meet the Press," said … "until the job is done."').
    _titles: dict[int, int] = field(default_factory=dict)
    _around: tuple[int, int] = (-1, 0)  # where the quote before the one read closes, the one after opens
    _event_positions: list[int] = field(default_factory=list)
    _topic: _Topic | None = None
    _role_holders: dict[str, list[RoleHolder]] | None = None
    _senders: list[tuple[int, str, str | None]] | None = None  # see _documents_sent
    _organisation_by_role: dict[str, str | None] = field(default_factory=dict)
    _role_phrases: dict[str, int] = field(default_factory=dict)  # see _subject_before
    _role_readings: dict[str, tuple[str, bool, list[str]]] = field(default_factory=dict)  # see _resolve_role
    _phrase_holders: dict[str, list[RoleHolder]] = field(default_factory=dict)  # see _resolve_role
    _descriptions: dict[tuple[int, str], bool] = field(default_factory=dict)  # see _described
    _bare_quotes: dict[int, bool] = field(default_factory=dict)  # see _bare_quote
    _role_nouns_named: dict[str, str] = field(default_factory=dict)  # see _heard
    # The sex of each person from their first name, and of those the text calls "he" or "she" since.
    _genders: dict[str, str] = field(default_factory=dict)
    _cue_starts: list[int] | None = None  # see _indirect_cues
    _quote_spans: _Ranges = field(
        default_factory=lambda: _Ranges([], [])
    )  # every quote, from its opening mark to its closing one

    def __post_init__(self) -> None:
        self._by_start = {mention.start: mention for mention in self.linked.mentions}
        for mention in self.linked.mentions:
            if mention.title_start >= 0:  # "said Prime Minister Tony Blair": the title leads to the name
                # "said ECB President Christine Lagarde": the titled person, not the name the title opens with.
                standing = self._by_start.get(mention.title_start)
                if standing is None or (mention.kind == "person" and standing.kind != "person"):
                    self._by_start[mention.title_start] = mention
        self._by_end = {mention.end: mention for mention in self.linked.mentions}
        self._genders = dict(self.linked.genders)
        self._starts = [mention.start for mention in self.linked.mentions]
        self._kinds = {mention.name: mention.kind for mention in self.linked.mentions}
        self._organisations = {mention.name for mention in self.linked.mentions if mention.kind == "organisation"}
        self.limited = False  # past MAX_QUOTES or MAX_READINGS: the rest of the body was passed over
        self._organisations_by_last_word: dict[str, list[str]] | None = None  # (made when first asked)
        self._people = {mention.name for mention in self.linked.mentions if mention.kind == "person"}
        self._paragraph_starts = [paragraph.start for paragraph in self.paragraphs]
        self._first_person_start = next(
            (mention.start for mention in self.linked.mentions if mention.kind == "person"), len(self.body)
        )
        patterns = _patterns(self.gazetteer)
        # Which stops and quote marks the body holds at all: the others are never looked for.
        body = self.body
        self._stops = tuple(char for char in ".!?;" if char in body)
        self._ellipsis = "…" in body
        self._enders = tuple(char for char in ".!?…" if char in body)  # what _CLAUSE_END starts with
        self._marks = _Marks(tuple(char for char in _SINGLE_MARKS if char in body), "''" in body, "``" in body)
        (
            self._verb,
            self._role_before,
            self._role_at,
            self._according,
            self._role_end_reversed,
            self._role_before_at,
            self._verb_text,
            self._cue,
        ) = patterns
        self._role_set = _ROLE_SETS[id(self.gazetteer)]

    # ---------------------------------------------------------------- public

    def find(self) -> list[Quote]:
        raw = self._raw_quotes()
        self._quote_spans = _Ranges([item.open_start for item in raw], [item.close_end for item in raw])
        quotes: list[Quote] = []
        # (In paragraph order already: grouped in C, as a hostile body holds 400,000 of them.)
        by_paragraph = {paragraph: list(items) for paragraph, items in itertools.groupby(raw, _paragraph_of)}
        previous_paragraph_speaker: _Voice | None = None
        # A quote that runs over paragraphs is read with its first one; the paragraph where it
        # ends starts out with its speaker, for the quotes that follow there.
        running_speaker: dict[int, _Voice] = {}
        readings = 0  # (see MAX_READINGS)
        for index, paragraph in enumerate(self.paragraphs):
            if readings >= MAX_READINGS:
                break
            items = by_paragraph.get(index, [])
            used_cues: set[int] = set()
            paragraph_speaker: _Voice | None = None
            # (Read only for indirect speech: where the paragraph holds no verb of it, none is needed.)
            quote_ranges = (
                _Ranges([item.open_start for item in items], [item.close_end for item in items])
                if items and self._cues_in(paragraph)
                else _Ranges([], [])
            )
            last_speaker = running_speaker.get(index)
            # In text order, so that reported speech before a quote ("Mr Florin said the challenge was
            # … "There's an indication …"") is who an unattributed quote after it goes on; a verb that
            # attributes a quote after it is used by that quote, not read again as indirect speech.
            cues = self._indirect_cues(paragraph, quote_ranges)
            cue_index = 0
            self._previous_close = -1
            silent = bool(items) and self._silent(index)
            for number, item in enumerate(items):
                if readings >= MAX_READINGS:
                    break
                if (
                    silent
                    and last_speaker is None
                    and len(bounds := item.bounds) == 2
                    and (previous_paragraph_speaker is None or item.open_start != paragraph.start)
                    # (Fewer than 11 characters hold fewer than six words.)
                    and (
                        bounds[1] - bounds[0] < 2 * _MIN_UNATTRIBUTED_WORDS - 1
                        or len(self.body[bounds[0] : bounds[1]].split()) < _MIN_UNATTRIBUTED_WORDS
                    )
                    and not self._turn_of_talk(item, paragraph)
                ):
                    # (What _attribute would find: no speaker, no voice to carry on, too short.)
                    self._read_across.add(item.close_end)
                    continue
                if (
                    number
                    and (previous := items[number - 1]).close_end in self._read_across
                    and self.body[previous.bounds[0] : previous.bounds[0] + 1].isupper()
                ):
                    # A short quote passed over just before may be a title the clause reads across (told
                    # only now: a body may hold 400,000 short quotes and nothing else).
                    self._is_named_title(previous, self.body[previous.bounds[0] : previous.bounds[-1]])
                # The quotes on either side bound its clause (those in single marks too, which the
                # clause's own search for marks does not see).
                self._around = (
                    items[number - 1].close_end if number and items[number - 1].closed else -1,
                    items[number + 1].open_start if number + 1 < len(items) else paragraph.end,
                )
                while readings < MAX_READINGS and cue_index < len(cues) and cues[cue_index] < item.open_start:
                    cue = cues[cue_index]
                    cue_index += 1
                    if cue in used_cues and self._reports_nothing(cue):
                        continue  # '"…," he said.': the verb attributed the quote before, and nothing more
                    readings += 1
                    reported = self._indirect(cue, index, paragraph, quote_ranges)
                    if reported is not None:
                        quotes.append(reported)
                        if reported.speaker is not None or reported.speaker_text:
                            # (Someone unnamed too: 'One leading Karachi broker said the reasons may be
                            # political. "If you file …"' goes on in the broker's voice, not the one before.)
                            last_speaker = (reported.speaker, reported.speaker_text, reported.cue)
                readings += 1
                quote, cue_at = self._attribute(item, index, paragraph, last_speaker, previous_paragraph_speaker)
                if quote is None:
                    self._read_across.add(item.close_end)
                    continue
                if quote.kind == "partial":
                    self._read_across.add(
                        _after_last_mark(self.body, item.open_start, item.open_start + 2, self._marks)
                    )
                    self._partial_closes.add(item.close_end)
                if cue_at is not None:
                    used_cues.add(cue_at)
                quotes.append(quote)
                self._previous_close = item.close_end
                last_speaker = (quote.speaker, quote.speaker_text, quote.cue)
                paragraph_speaker = last_speaker
                if len(item.bounds) > 2:
                    running_speaker[index + len(item.bounds) // 2 - 1] = last_speaker
            reported_speaker: _Voice | None = None
            for position in cues[cue_index:]:
                if readings >= MAX_READINGS:
                    break
                if position not in used_cues:
                    readings += 1
                    quote = self._indirect(position, index, paragraph, quote_ranges)
                    if quote is not None:
                        quotes.append(quote)
                        if quote.speaker is not None:
                            reported_speaker = (quote.speaker, quote.speaker_text, quote.cue)
            # A paragraph of reported speech ("But he did say there would be tax cuts.") is whose
            # voice an unattributed quote opening the next paragraph goes on in.
            voice = self._introduced_voice(index, paragraph) or paragraph_speaker or running_speaker.get(index)
            voice = voice or reported_speaker or self._described_voice(index, paragraph)
            self._exchange = self._exchange_after(index, paragraph, voice)
            if voice != previous_paragraph_speaker:
                self._asker = previous_paragraph_speaker
            previous_paragraph_speaker = voice
        self.limited = self.limited or readings >= MAX_READINGS
        quotes.sort(key=lambda quote: (quote.start, quote.end))
        _repeated_speakers(quotes)
        return quotes

    def _quote_opens_next(self, index: int) -> bool:
        """Whether the paragraph after the ``index``-th opens with a quote mark."""
        following = self.paragraphs[index + 1].start if index + 1 < len(self.paragraphs) else len(self.body)
        return self.body[following : following + 1] in _OPENING_MARK_CHARS

    def _introduced_voice(self, index: int, paragraph: Segment) -> _Voice | None:
        """Whose words the next paragraph opens with when this one ends introducing them: "He said:"."""
        body = self.body
        if not self._quote_opens_next(index):
            return None  # (the next paragraph opens with no quote: nothing to introduce, nothing read)
        end = paragraph.end
        end = _strip_end(body, end, paragraph.start)
        if end <= paragraph.start:
            return None
        clause_start = self._clause_start(paragraph.start, end)
        if body[end - 1] == ":":
            found = self._before_attribution(clause_start, end)
            speaker = found[0] if found is not None else self._first_subject(clause_start, end)
            # ("In one passage, Fontenot addressed the state's argument …:": the clause's subject.)
            cue = found[1] if found is not None else ""
        elif body[end - 1] == "." and _next_mark(body, paragraph.start, end, self._marks) == end:
            # "Angela Ruiz … described the night of Aug. 19 in an interview with ProPublica." before a
            # paragraph of her words: a verb of recounting ends the paragraph, with no quote in it.
            recount = _RECOUNT.search(body, clause_start, end)
            speaker = self._verb_subject(recount, clause_start) if recount is not None else None
            cue = recount.group() if recount is not None else ""
        else:
            return None
        if speaker is None:
            return None
        name = self._resolve(speaker, speaker.start, index)
        return (name, speaker.text, cue) if name is not None or speaker.text else None

    def _exchange_after(self, index: int, paragraph: Segment, voice: _Voice | None) -> _Exchange | None:
        """The questioning whose turn the paragraph after the ``index``-th may be: the one going on when this
        paragraph was a turn of it (opening with a quote, spoken by ``voice``), else one this paragraph
        narrates before a paragraph of quotes, else none."""
        exchange = self._exchange
        opens_with_quote = self.body[paragraph.start : paragraph.start + 1] in _OPENING_MARK_CHARS
        speaking = voice[0] if voice is not None else None
        if exchange is not None and exchange.paragraph == index and opens_with_quote:
            if speaking not in (exchange.asker[0], exchange.answerer[0]):
                return None  # (a third voice broke in: "…," Montoya-Steele said.)
            return exchange._replace(paragraph=index + 1, last=speaking)
        if not self._quote_opens_next(index):
            return None
        return self._exchange_narrated(index, paragraph)

    def _exchange_narrated(self, index: int, paragraph: Segment) -> _Exchange | None:
        """A questioning the end of the paragraph narrates, one person asking another: "During questioning,
        Commissioner Daniel Oshiro asked Ashcombe whether …", "Annette Pruszynski … was questioned by Garrett
        Fenwick, a lawyer …"."""
        body = self.body
        lower = max(paragraph.start, paragraph.end - _MAX_WINDOW)
        asked = last_match(_QUESTIONED, body, lower, paragraph.end)
        if asked is None:
            return None
        sentence = self._sentence_start(paragraph.start, asked.start())
        if _next_mark(body, sentence, paragraph.end, self._marks) < paragraph.end:
            return None  # (told in the writer's words, not in a quote: "you have asked this witness")
        subject = self._subject_before(asked.start(), sentence)
        after = self._by_start.get(self._first_mention_at_or_after(asked.end()))
        if (
            subject is None
            or after is None
            or after.start - asked.end() > _MAX_SUBJECT_CHARS
            or self._first_stop(asked.end(), after.start) < after.start
            # (whom it was put to comes before what was asked: not "asked about the plan, and Smith …")
            or _ASKED_WHAT.search(body, asked.end(), after.start) is not None
        ):
            return None
        asking, answering = (_from_mention(after), subject) if asked.group(1) else (subject, _from_mention(after))
        asker = self._resolve(asking, asking.start, index)
        answerer = self._resolve(answering, answering.start, index)
        if (
            asker is None
            or answerer is None
            or asker == answerer
            or self._kind_of(asker, asking) != "person"
            or self._kind_of(answerer, answering) != "person"
        ):
            return None
        return _Exchange((asker, asking.text, ""), (answerer, answering.text, ""), index + 1)

    def _described_voice(self, index: int, paragraph: Segment) -> _Voice | None:
        """Whose words an unattributed quote opening the next paragraph are when this one, with no quote
        and no speech in it, is about one person alone: "For Kowalczyk, who has been living with her
        daughter, the debate feels far away." before a paragraph of her words."""
        body = self.body
        if not self._quote_opens_next(index):
            return None
        if _next_mark(body, paragraph.start, paragraph.end, self._marks) < paragraph.end:
            return None
        start = bisect.bisect_left(self._starts, paragraph.start)
        mentions = self._mentions_between(start, paragraph.end)
        named = {mention.name: mention for mention in mentions if mention.kind != "place"}
        if not named and not self._question_follows(index):
            # "In a floor speech that evening, she went further.": whom its "he" or "she" means.
            last = self._sentence_start(paragraph.start, _strip_end(body, paragraph.end, paragraph.start) - 1)
            pronoun = self._opening_subject(last, paragraph.end)
            found = _SUBJECT_PRONOUN.search(body, last, paragraph.end) if pronoun else None
            meant = self._resolve_pronoun(pronoun, found.start(), index) if found is not None else None
            return (meant, found.group(), "") if found is not None and meant is not None else None
        if len(named) != 1:
            # "Brightwater's founder, Marisol Fenwick-Adeyemi, spoke to the board for nearly 20 minutes.": the
            # one person its last sentence names, before a paragraph of words.
            last = self._sentence_start(paragraph.start, _strip_end(self.body, paragraph.end, paragraph.start) - 1)
            named = {
                mention.name: mention for mention in mentions if mention.kind == "person" and mention.start >= last
            }
            if len(named) != 1 or self._question_follows(index):
                return None  # (a question after it is as often put to that person as asked by them)
        (mention,) = named.values()
        return (mention.name, mention.text, "") if mention.kind == "person" else None

    def _question_follows(self, index: int) -> bool:
        """Whether the quote opening the paragraph after the ``index``-th ends with a question."""
        following = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else None
        if following is None:
            return False
        close = _next_mark(self.body, following.start + 1, following.end, self._marks)
        return self.body[close - 1 : close] == "?"

    def _silent(self, index: int) -> bool:
        """Whether nothing in the ``index``-th paragraph can attribute a quote: no reporting verb (not even
        its letters), no "according to", no colon and no name, and no colon ending the paragraph before
        (see _introduced_before). A quote there has a speaker only when it goes on in a voice heard before;
        a short one with none to go on in is no quote (scare quotes, a run of stray marks), and is passed
        over without reading its clause."""
        body, start, end = self.body, self.paragraphs[index].start, self.paragraphs[index].end
        first_mention = bisect.bisect_left(self._starts, start)
        return (
            (first_mention == len(self._starts) or self._starts[first_mention] >= end)
            and body.find(":", start, end) < 0
            and not (index and self._ends_with_colon(index - 1))
            and body.find("ccording to", start, end) < 0
            and self._verb_text.search(body, start, end) is None
        )

    # ---------------------------------------------------------------- quote marks

    def _raw_quotes(self) -> list[_RawQuote]:
        body = self.body
        found: list[_RawQuote] = []
        singles = "'" in body or "‘" in body
        marks_left = 2 * MAX_QUOTES  # (two a quote)
        for index, paragraph in enumerate(self.paragraphs):
            paragraph_start, paragraph_end = paragraph.start, paragraph.end
            first = len(found)
            opened: int | None = None  # position of the opening mark
            opened_end = 0
            spans = _mark_spans(body, paragraph_start, paragraph_end, self._marks, marks_left + 1)
            if len(spans) > marks_left:
                # Past the bound: the rest of the body, from the first mark not read, is passed over.
                paragraph_end = spans[marks_left][0]
                del spans[marks_left:]
                self.limited = True
            marks_left -= len(spans)
            for start, end in spans:
                direction = _direction(body, start, end, paragraph_start, paragraph_end)
                if opened is None:
                    if direction != _CLOSE:
                        opened, opened_end = start, end
                    continue  # a closing mark with nothing open is stray: ignore it
                if direction == _OPEN:
                    # A new opening mark inside a quote: the paragraph break was lost; close here.
                    _add_quote(found, body, index, opened, opened_end, start, start, False)
                    opened, opened_end = start, end
                    continue
                _add_quote(found, body, index, opened, opened_end, start, end, True)
                opened = None
            if opened is not None and not self.limited:
                _add_quote(found, body, index, opened, opened_end, paragraph_end, paragraph_end, False)
            if singles:
                doubles = [(item.open_start, item.close_end) for item in found[first:]]
                if _single_quotes(found, body, index, paragraph_start, paragraph_end, doubles) and doubles:
                    found[first:] = sorted(found[first:], key=_open_start)  # (added after the doubles, in order)
            if self.limited or len(found) >= MAX_QUOTES:
                self.limited = True
                break
        return self._join_running_paragraphs(found)

    def _join_running_paragraphs(self, found: list[_RawQuote]) -> list[_RawQuote]:
        if all(map(_is_closed, found[:-1])):
            return found  # only a quote left open runs on into the next paragraph
        joined: list[_RawQuote] = []
        # The last quote's bounds while paragraphs run on into it, grown in place: a tuple made anew for
        # each paragraph would copy all those before it (a long run of them was quadratic).
        grown: list[int] = []
        for item in found:
            if joined:
                previous = joined[-1]
                bounds = grown or previous.bounds
                runs_on = (
                    not previous.closed
                    and item.paragraph == previous.paragraph + len(bounds) // 2
                    and item.open_start == self.paragraphs[item.paragraph].start
                    and previous.close_end == self.paragraphs[previous.paragraph + len(bounds) // 2 - 1].end
                    # A quote that runs on reads as sentences: it opens with a capital and ends a
                    # sentence. A stray mark before lowercase words is not the start of one.
                    and self.body[bounds[0]].isupper()
                    and self.body[bounds[-2] : bounds[-1]].rstrip("\"”’' ").endswith((".", "!", "?", "…", ":"))
                )
                if runs_on:
                    grown = grown or list(previous.bounds)
                    grown.extend(item.bounds)
                    joined[-1] = previous._replace(close_end=item.close_end, closed=item.closed)
                    continue
                if grown:
                    joined[-1], grown = previous._replace(bounds=tuple(grown)), []
            joined.append(item)
        if grown:
            joined[-1] = joined[-1]._replace(bounds=tuple(grown))
        return joined

    # ---------------------------------------------------------------- attribution

    def _is_named_title(self, item: _RawQuote, text: str) -> bool:
        """NBC's "Meet the Press", a seller called "E-Life", a booklet titled "The Wit and Wisdom of
        Michael Bloomberg": the name of a show, firm or work, not words anyone said (remembered, for
        the clause to read across it)."""
        body = self.body
        if (
            text[:1].isupper()
            and (
                _possessive_before(body, item.open_start)
                or search_after_word(
                    _NAMED_BEFORE, _NAMED_BEFORE_LAST_WORDS, body, max(0, item.open_start - 24), item.open_start
                )
            )
            and _is_title(text)
        ):
            self._titles[item.close_end] = item.open_start
            return True
        return False

    def _attribute(
        self,
        item: _RawQuote,
        index: int,
        paragraph: Segment,
        last_speaker: _Voice | None,
        previous_paragraph_speaker: _Voice | None,
    ) -> tuple[Quote | None, int | None]:
        body = self.body
        bounds = item.bounds
        first_start, last_end = bounds[0], bounds[-1]
        # One piece (the usual case) is one slice; a quote over paragraphs joins its pieces.
        text = (
            "\n\n".join([body[start:end] for start, end in zip(bounds[::2], bounds[1::2], strict=True)])
            if len(bounds) > 2
            else body[first_start:last_end]
        )
        if self._is_named_title(item, text):
            return None, None
        if _TERM_BEFORE.search(body, max(0, item.open_start - 24), item.open_start):
            # 'a period of so-called "cowboy capitalism"', 'the slogan "Britain is Working"': the writer's
            # marks for a term or a name, whatever its case.
            return None, None
        clause_start = self._clause_start(paragraph.start, item.open_start)
        if clause_start in self._titles:
            clause_start = self._clause_start(paragraph.start, self._titles[clause_start])
        else:
            clause_start = max(clause_start, self._around[0])
        before = body[clause_start : item.open_start]
        last_paragraph = self.paragraphs[item.paragraph + len(bounds) // 2 - 1]
        after_end = self._clause_end(item.close_end, last_paragraph.end)
        if len(bounds) == 2:
            after_end = min(after_end, self._around[1])
        direct = not before.strip(" \t—–-(")
        # Every attribution read from the clause needs a reporting verb or "according to" in it: a
        # clause without even their letters (scare quotes, a run of stray marks) tries none of them.
        # (Read after the quote, before it, then inside it: most often the verb follows the quote, and the
        # quote's words are the most to read. A verb is letters and spaces, so none takes in a quote mark:
        # the three parts find what the whole clause does.)
        verb_text = self._verb_text
        cued = (
            verb_text.search(body, item.close_end, after_end) is not None
            or verb_text.search(body, clause_start, item.open_start) is not None
            or verb_text.search(body, item.open_start, min(item.close_end, after_end)) is not None
            or body.find("ccording to", clause_start, after_end) >= 0
            or body.find(" read", item.close_end, after_end) >= 0  # '"…," the statement read'
        )
        # "BBC Two controller Roly Keating: "It's an exciting new era …"": a name and a colon, no verb.
        introducer = self._named_before_colon(clause_start, item.open_start) if not direct else None
        if introducer is not None:
            direct = True
        if not cued and not direct:
            return self._unattributed(text, first_start, last_end, item, clause_start, index, last_speaker), None

        words = len(text.split())
        speaker: _Speaker | None = None
        cue = ""
        cue_at: int | None = None
        # A quote that ends its own sentence ("… misdirected.") takes no attribution from the
        # next sentence; "Why?" he asked goes on in lowercase and still does.
        following = _skip_space(body, item.close_end, after_end)
        ends_sentence = text.rstrip("'’\"” ").endswith((".", "!", "?", "…"))
        if ends_sentence and following < after_end and not body[following].islower():
            after_end = item.close_end
        set_off = direct or any(
            char in ",.!?…—–" for char in body[last_end : _skip_space(body, item.close_end, after_end) + 1]
        )
        found = self._after_attribution(item.close_end, after_end, set_off) if cued else None
        if found is not None and found[0].kind == "pronoun" and not direct:
            # 'Colonel Bob Stewart said: "…," he said.': the name before the quote is whom "he" means.
            named = self._before_attribution(clause_start, item.open_start)
            if named is not None and named[0].kind in ("person", "organisation"):
                found = None
        if found is not None and found[1] in ("reported", "reports") and not direct:
            # 'Malaysia said damage will be "significant", Agence France Presse reported.': the agency
            # reports who said it, when the clause names them.
            source = self._clause_attribution(clause_start, item.open_start, item.open_start, item.open_start)
            if source is not None and source[0].kind in ("person", "organisation", "place"):
                found = None
        if found is None and not direct:
            found = self._passive_agent(clause_start, item.open_start, item.close_end, after_end)
        if found is None:
            found_before = self._before_attribution(clause_start, item.open_start) if cued else None
            if found_before is not None:
                speaker, cue, cue_at, introduces = found_before
                direct = direct or introduces or (text[:1].isupper() and words >= 4 and cue != "according to")
            elif introducer is not None:
                speaker = introducer
            elif direct and (ends_sentence or _DASH_AFTER.match(body, item.close_end)):
                found = self._next_sentence_attribution(item.close_end, last_paragraph.end)
                if found is not None:
                    speaker, cue, cue_at = found
            if speaker is None and direct and clause_start == item.open_start:
                # (A reporting verb right after the quote, whose speaker went unread, attributes it: no
                # sentence before gives it a turn.)
                turn = self._verb.match(body, _past_set_off(body, item.close_end, after_end), after_end) is None
                found = self._words_given_before(paragraph.start, item.open_start, turn)
                if found is None and item.open_start == paragraph.start:
                    found = self._introduced_before(item.paragraph, item.open_start)
                if found is not None:
                    speaker, cue, cue_at = found
        else:
            speaker, cue, cue_at = found
        if speaker is None and not direct:
            # A partial quote: the clause's reporting verb, wherever it is, gives the speaker.
            found = self._clause_attribution(clause_start, item.open_start, item.close_end, after_end) if cued else None
            if found is None:
                return self._unattributed(text, first_start, last_end, item, clause_start, index, last_speaker), None
            speaker, cue, cue_at = found

        own_cue = ""
        if speaker is not None and not speaker.text and last_speaker and self._continues_quote(item.open_start):
            # "He said … "a step," but added that … "far more"": the quote before's voice, this cue.
            speaker, own_cue = None, cue
        if speaker is None:
            carried = last_speaker
            if carried is None and clause_start == paragraph.start and item.open_start == paragraph.start:
                carried = previous_paragraph_speaker
                asker = self._asker
                question = text.rstrip("\"”’' ").endswith("?")
                exchange = self._exchange
                if exchange is not None and exchange.paragraph == index:
                    # "Oshiro asked Ashcombe whether … ¶ "Have you drilled a single test well?" ¶ "Not yet."":
                    # the one asking opens, and a question is always theirs; an answer follows their turn.
                    answers = exchange.last == exchange.asker[0] and not question
                    carried = exchange.answerer if answers else exchange.asker
                elif question and asker is not None and asker[2] in _ASKING:
                    # '"You were facing 20 years?" he asked. ¶ "That's what they told me," she said. ¶ "And
                    # now you're facing two?"': a question of its own goes back to the one who asked.
                    carried = asker
                    self._asked_in = index
                elif not question and asker is not None and self._asked_in == index - 1:
                    # … ¶ "What was in the envelope?" ¶ "Fifteen thousand dollars.": and its answer to the
                    # one who answered before.
                    carried = asker
                elif (
                    asker is not None
                    and carried is not None
                    and carried[2] in _ANSWERING
                    and asker[0] is not None
                    and asker[0] != carried[0]
                    # (not the answer a colon brings in: "Asked why, he answered at length: ¶ "We've owned …")
                    and not self._ends_with_colon(index - 1)
                    # (not '"…," the majority opinion said': words that report it, if not read)
                    and self._verb_text.search(body, item.close_end, after_end) is None
                ):
                    # '"Why should they believe you?" Raghunathan said. ¶ "Senator, …," Quintero-Haas replied.
                    # ¶ "That's not what I asked."': after an answer, the turn goes back.
                    carried = asker
                    self._asked_in = index
            elif (
                carried is None
                and direct
                and words >= _MIN_UNATTRIBUTED_WORDS
                and previous_paragraph_speaker is not None
                and previous_paragraph_speaker[0] is not None
                and self._previous_close < paragraph.start
                and self._names_no_one(paragraph.start, item.open_start)
                and self._verb_text.search(body, paragraph.start, item.open_start) is None
                and self._verb_text.search(body, item.close_end, after_end) is None
            ):
                # '"…," Mr Dein said. ¶ The club is funding its move … "We have two executives travelling
                # round Japan …"': a quote after lines that name no one and report nothing, with nothing
                # reporting it, goes on in the voice before them.
                carried = previous_paragraph_speaker
            if (
                (carried is None or carried[0] is None)
                and direct
                and cued
                and (source := self._source_after(item.close_end, after_end))
            ):
                # (A phrase like "the agent" after a named voice is that voice going on, whom it means.)
                speaker, cue, cue_at = source
        if speaker is None:
            if carried is None and words < _MIN_UNATTRIBUTED_WORDS and not self._turn_of_talk(item, paragraph):
                return None, None
            name, speaker_text, cue = carried if carried is not None else (None, "", "")
            cue = own_cue or cue
        else:
            name = self._resolve(speaker, item.open_start, index)
            if (
                speaker.kind == "pronoun"
                and cue in _REPLYING
                and name is not None
                # (not a reply to someone unnamed: "Asked whether he would consider it, he replied: "…"")
                and _ASKED_WORD.search(self.body, max(paragraph.start, item.open_start - _MAX_WINDOW), item.open_start)
                is None
            ):
                name = self._replier(name, speaker.text.lower(), item.open_start, index)
            if name is None and not direct and speaker.kind != "unnamed":
                # 'Comair "deeply regrets …," the Delta subsidiary said': the words the name before the
                # quote says, whom the reference after it means.
                speaker = self._quoted_predicate(text, clause_start, item.open_start) or speaker
                name = speaker.name
            speaker_text = speaker.text
            asked = cue in _ASKING and text.rstrip("\"”’' ").endswith("?")
            self._heard(speaker, name, item.open_start, index, asked)
        kind: QuoteKind = "direct" if direct else "partial"
        return Quote(text, first_start, last_end, kind, name, speaker_text, cue, *_ranges(speaker, cue, cue_at)), cue_at

    def _replier(self, meant: str, pronoun: str, position: int, paragraph: int) -> str:
        """Who "she replied" means when the pronoun was read as the voice heard last: the one replied to is
        that voice, the one replying another of the pronoun's sex heard shortly before ('"Thirty-six is not
        enough," Medeiros said. ¶ "It's 12 more than we had," she replied.': not Medeiros)."""
        heard = self._events_before(position)
        if not heard or heard[-1].name != meant or heard[-1].kind != "person":
            return meant
        unwanted = _OTHER_SEX["m" if pronoun == "he" else "f"] if pronoun in ("he", "she") else ""
        return self._voice_before(position, unwanted, other_than=meant, since=paragraph - _ANSWERER_PARAGRAPHS) or meant

    def _voice_before(self, position: int, unwanted: str, other_than: str = "", since: int = -1) -> str | None:
        """The person heard last before ``position`` (of the 50 heard before it), in paragraph ``since`` or
        after, not of the sex ``unwanted`` and not ``other_than``: whom an answer or a reply is from."""
        return next(
            (
                earlier.name
                for earlier in reversed(self._events_before(position))
                if earlier.paragraph >= since
                and earlier.kind == "person"
                and earlier.name != other_than
                and self._genders.get(earlier.name) != unwanted
            ),
            None,
        )

    def _paragraph_at(self, position: int) -> int:
        """The index of the paragraph ``position`` stands in."""
        return max(0, bisect.bisect_right(self._paragraph_starts, position) - 1)

    def _office_named(self, phrase: str, position: int) -> _Speaker | None:
        """The body "the office" means when one whose name holds "Office" was named shortly before ("The
        Office of the Inspector General … confirmed it … "…," the office said"); else ``None``, and the
        office is someone's, unnamed ("Newsom's office said")."""
        if phrase.strip().lower() != "the office":
            return None
        paragraph = self._paragraph_at(position)
        index = bisect.bisect_left(self._starts, self._read_back_start(position, paragraph))
        for mention in reversed(self._mentions_between(index, position)):
            if mention.kind == "organisation" and "Office" in mention.name.split():
                return _Speaker(phrase.strip(), mention.name, "organisation", position)
        return None

    def _turn_of_talk(self, item: _RawQuote, paragraph: Segment) -> bool:
        """Whether a quote is a sentence that makes a paragraph of its own, however short: a turn of talk
        ('"Have you decided?" ¶ "I have not."'), not a title or a word set apart (nor a headline, which
        opens the body)."""
        bounds = item.bounds
        return (
            len(bounds) == 2
            and 0 < item.open_start == paragraph.start
            and item.close_end == paragraph.end
            and self.body[bounds[1] - 1 : bounds[1]] in _TURN_ENDS
        )

    def _unattributed(
        self,
        text: str,
        start: int,
        end: int,
        item: _RawQuote,
        clause_start: int,
        index: int,
        last_speaker: _Voice | None,
    ) -> Quote | None:
        """A partial quote no reporting verb attributes: the predicate of the name it follows, else
        the voice of the quote before it in its sentence, else none."""
        subject = self._quoted_predicate(text, clause_start, item.open_start)
        if subject is None:
            return self._continued(text, start, end, item.open_start, last_speaker)
        name = self._resolve(subject, item.open_start, index)
        self._heard(subject, name, item.open_start, index)
        return Quote(text, start, end, "partial", name, subject.text, "", *_ranges(subject, "", None))

    def _continued(self, text: str, start: int, end: int, open_start: int, last_speaker: _Voice | None) -> Quote | None:
        """A partial quote with no attribution of its own: the voice of the quote just before in its
        sentence ('described the novel as a "great thriller" but "lousy history"'), else none (scare
        quotes: no speech cue, not a quote)."""
        if self._continues_quote(open_start) and last_speaker is not None:
            name, speaker_text, cue = last_speaker
            return Quote(text, start, end, "partial", name, speaker_text, cue)
        return None

    def _continues_quote(self, open_start: int) -> bool:
        """Whether the quote opening at ``open_start`` follows the last quote within its sentence."""
        previous = self._previous_close
        if previous < 0 or previous > open_start:
            return False
        gap = self.body[previous:open_start]
        words = len(gap.split())
        if words > _CONTINUED_WORDS or any(stop in gap for stop in ".!?;"):
            return False
        # Further only within one sentence: not after a quote that ended its own ('… cut them off."
        # Under the rules consumers must be able to switch off the services by using a "stop" …').
        return words <= _CONTINUED_WORDS_AFTER_STOP or not self.body[max(0, previous - 3) : previous].rstrip(
            "\"”’'"
        ).endswith((".", "!", "?", "…"))

    def _clause_start(self, lower: int, position: int) -> int:
        # Never reach back past an earlier quote's closing mark in the same paragraph.
        return _after_last_mark(self.body, self._sentence_start(lower, position), position, self._marks)

    def _sentence_start(self, lower: int, position: int) -> int:
        lower = max(lower, position - _MAX_WINDOW)
        return _last_clause_start(self.body, lower, position, self._stops, self._ellipsis)

    def _clause_end(self, position: int, upper: int) -> int:
        upper = min(upper, position + _MAX_WINDOW)
        return self._first_stop(position, _next_mark(self.body, position, upper, self._marks))

    def _sentence_end(self, position: int, upper: int) -> int:
        return self._first_stop(position, min(upper, position + _MAX_WINDOW * 2))

    def _first_stop(self, position: int, upper: int) -> int:
        """Where the sentence ends: a stop that does not follow an abbreviation ("Sen.", "U.S.")."""
        # The same as reading _CLAUSE_END.finditer(body, position, upper), which can match only at
        # a stop character: each next one is found by str.find, not by trying every position.
        body = self.body
        enders = self._enders
        abbreviations = self.gazetteer.abbreviations
        start = position
        while position < upper:
            at = upper
            for char in enders:
                index = body.find(char, position, at)
                if index >= 0:
                    at = index
            if at == upper:
                return upper
            stop = _CLAUSE_END.match(body, at, upper)
            if stop is None:
                position = at + 1
                continue
            position = stop.end()
            word = _search_last_run(_WORD_AT_STOP, body, max(start, at - 12), at)
            if word and body[at] == ".":
                token = word.group().rstrip(".")
                if token in abbreviations or (len(token) == 1 and token.isupper()):
                    continue
            return at
        return upper

    def _after_attribution(self, position: int, end: int, set_off: bool = True) -> _Attribution | None:
        """``"…," X said`` / ``"…," said X`` / ``"…," according to X``; the first only when a comma or
        a stop sets the quote (``set_off``) or the subject apart from the words between (not 'criticised
        "extravagant" Tory promises', where those words go on with the sentence)."""
        body = self.body
        position = _past_set_off(body, position, end)
        if position >= end:
            return None
        according = self._according.match(body, position, end)
        if according:
            speaker = self._speaker_at(according.end(), end)
            if speaker:
                return speaker[0], "according to", position
        read = _DOCUMENT_READ.match(body, position, end)
        if read:
            # '"…," the statement read': "read" reports a document's words only.
            return _stripped_speaker(read, 1, "document"), "read", read.start(2)
        verb = self._verb.match(body, position, end)
        if verb:
            at = _skip_space(body, verb.end(), end)
            speaker = self._speaker_at(at, end)
            if speaker is None:
                # "wrote the influential Edge magazine": the name after a determiner and a word or two.
                described = _DESCRIBED_NAME.match(body, at, end)
                mention = self._by_start.get(described.end()) if described else None
                if mention is not None:
                    speaker = _from_mention(mention), mention.end
            if speaker:
                return speaker[0], verb.group(), verb.start()
            return None
        # "X said", "X, a professor at Y, said", "BCC director general David Frost said": the
        # first reporting verb close after the quote, with its subject right before it.
        if _LEADING_CONJUNCTION.match(body, position, end) and not (
            body.startswith("as ", position) and _PUT_IT.search(body, position, min(end, position + _MAX_SUBJECT_CHARS))
        ):
            # '"desperate", while the Liberal Democrats said': another speaker (but '"…," as one of them,
            # Gerald Finkelstein, put it': the speaker).
            return None
        if body.startswith("as ", position):
            position = _skip_space(body, position + 3, end)
        for verb in self._verb.finditer(body, position, min(end, position + _MAX_SUBJECT_CHARS)):
            if verb.start() == position:
                break
            if not set_off:
                # The attribution after a comma ("… in real terms" if you took out the self-employed, Mr
                # Milburn told"), not a clause of its own ("… historic, but he called on her").
                comma = body.rfind(",", position, verb.start())
                if comma < 0 or _LEADING_CONJUNCTION.match(body, _skip_space(body, comma + 1, verb.start())):
                    break
            if _OPEN_RELATIVE.search(body, position, verb.start()):
                continue  # "…," one senator, who asked not to be named, told: the verb after the clause
            subject = self._subject_before(verb.start(), position)
            # (A bare word only when capitalised, a name the text gives no other sign of: '"…,"
            # McConnell told reporters'.)
            if subject is not None and (subject.kind or subject.text[:1].isupper()):
                return subject, verb.group(), verb.start()
            break
        return None

    def _source_after(self, position: int, end: int) -> _Attribution | None:
        """'"…," the military said', '"…," the General Staff of Ukraine's armed forces said': a source
        set off after a quote that names no one, when nothing else attributed it."""
        body = self.body
        position = _past_set_off(body, position, end)
        verb = self._verb.search(body, position, min(end, position + _MAX_SUBJECT_CHARS))
        if verb is not None and verb.start() == position:
            # '"…," chanted one group', '"…," said one woman, who declined to give her name'
            inverted = _SOURCE_AFTER_VERB.match(body, _skip_space(body, verb.end(), end), end)
            if inverted is None:
                return None
            return _stripped_speaker(inverted, 1, "unnamed"), verb.group(), verb.start()
        phrase = _SOURCE_PHRASE.fullmatch(body, position, verb.start()) if verb is not None else None
        if verb is None or phrase is None:
            return None
        words = phrase.group(1).split()
        # "the Times", "the Post": the short form of an organisation named before, if one is.
        kind = "reference" if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() else "unnamed"
        return _stripped_speaker(phrase, 1, kind), verb.group(), verb.start()

    def _quoted_predicate(self, text: str, clause_start: int, open_start: int) -> _Speaker | None:
        """The person or organisation a sentence opens with, when the quote right after their name is
        what they do or say: 'Comair "deeply regrets the inconvenience …"', 'Richard Thomas "totally
        condemned" the deletion'."""
        if not text[:1].islower() or len(text.split()) < 2:
            return None  # (not 'Apple "Genius" staff', a name's "brand")
        body = self.body
        end = open_start
        end = _strip_end(body, end, clause_start)
        mention = self._by_end.get(end)
        if mention is None or mention.kind not in ("person", "organisation"):
            return None
        opening = _skip_space(body, clause_start, mention.start)
        leading = _LEADING_CONJUNCTION_WORD.match(body, opening, mention.start)
        opening = leading.end() if leading else opening
        if mention.kind == "organisation" and body.startswith("The ", opening):
            opening += 4
        if opening != mention.start:
            return None
        return _from_mention(mention)

    def _named_before_colon(self, clause_start: int, open_start: int) -> _Speaker | None:
        """The person named right before a colon that opens the quote at ``open_start``, or the one
        the clause opens with a few words before it, with no reporting verb in the clause."""
        body = self.body
        colon = open_start
        colon = _strip_end(body, colon, clause_start)
        if colon <= clause_start or body[colon - 1] != ":":
            return None
        end = colon - 1
        end = _strip_end(body, end, clause_start)
        if any(not _no_cue(body, verb, clause_start) for verb in self._verb.finditer(body, clause_start, end)):
            return None  # "He told Sky News' Sunday with Adam Boulton:": the verb's subject speaks
        opening = _skip_space(body, clause_start, end)
        subordinate = _SUBORDINATE_OPENING.match(body, opening, end)
        comma = body.find(",", subordinate.end(), end) if subordinate is not None else -1
        subject_at = _skip_space(body, comma + 1, end) if comma >= 0 else opening
        pronoun = _OPENING_SUBJECT.match(body, subject_at, end)
        if pronoun is not None and len(body[pronoun.end() : end].split()) <= _LEAD_IN_WORDS:
            # "He shrugged:", "Asked about the rule, she smiled:", "He was blunt about what happens if they
            # fail:": the pronoun's, as a name's would be.
            return _Speaker(pronoun.group(1), None, "pronoun", pronoun.start(1))
        read_role = (comma >= 0 and body.startswith("the ", subject_at)) or _INDEFINITE_AT.match(body, subject_at)
        role = self._role_at.match(body, subject_at, end) if read_role else None
        if role is not None and len(body[role.end() : end].split()) <= _LEAD_IN_WORDS:
            # "Asked about Carrow's demand, the whip was noticeably cooler:": whom the role means; "A
            # White House official pushed back:": someone unnamed.
            return _stripped_speaker(role, 0, "role")
        possessor = _POSSESSOR_OPENING.match(body, opening, end)
        if possessor is not None and len(body[possessor.end() : end].split()) <= _INTRODUCER_WORDS:
            # "Her message to parents was simple: "…"": hers; "Smith's answer: "…"": Smith's.
            named = self._by_start.get(possessor.start(1))
            if named is not None and named.kind in ("person", "organisation"):
                return _from_mention(named)
            if named is None and possessor.group(1) in ("His", "Her"):
                return _Speaker("he" if possessor.group(1) == "His" else "she", None, "pronoun", possessor.start(1))
        named = self._by_start.get(subject_at)
        if (
            named is not None
            and named.kind == "person"
            and body.startswith(",", named.end)
            and len(body[named.end : end].split()) <= _LEAD_IN_WORDS
        ):
            return _from_mention(named)  # "Odom, on whether the vote happens Thursday: "…"" (an aside, no verb)
        mention = self._by_end.get(end)
        if mention is None or mention.kind != "person" or mention.start < clause_start:
            # "Republican leader Kevin McCarthy was blunt: "…"": the person the clause opens with (after
            # an opening clause: "Asked whether he expected to bring Anderberg back, Voss was blunt:").
            mention = self._first_person(subject_at, min(end, subject_at + _SUBJECT_REACH))
            mention = mention or self._titled_subject(subject_at, end, "")
            # ("For Henry Reichhold, this is progress:": the one the opening phrase names, if no one after it.)
            mention = mention or self._first_person(clause_start, min(end, clause_start + _SUBJECT_REACH))
            if mention is None or len(body[mention.end : end].split()) > _INTRODUCER_WORDS:
                return None
        return _from_mention(mention)

    def _passive_agent(self, clause_start: int, open_start: int, close_end: int, end: int) -> _Attribution | None:
        """'described as "idle speculation" by Downing Street': who a passive verb before the quote
        says spoke, named after "by"."""
        body = self.body
        agent = _BY_AGENT.match(body, close_end, end)
        if agent is None:
            return None
        verb = _PASSIVE_VERB.search(body, max(clause_start, open_start - 40), open_start)
        mention = self._by_start.get(agent.end())
        if verb is None or mention is None or mention.kind not in ("person", "organisation", "place"):
            return None
        return _from_mention(mention), verb.group(1), verb.start(1)

    def _words_given_before(self, lower: int, open_start: int, turn: bool = True) -> _Attribution | None:
        """'Bolger's lawyer, Jeremy Robinson, had a more succinct statement after the ruling. "…"': the
        person the sentence before says gave the words that follow (with ``turn``, also one whose turn
        it says it is, see _turn_before)."""
        body = self.body
        end = open_start
        end = _strip_end(body, end, lower)
        if end <= lower or body[end - 1] not in ".:":
            return None
        start = self._sentence_start(lower, end - 1)
        index = bisect.bisect_left(self._starts, start)
        for mention in self._mentions_between(index, end):
            gave = _GAVE_WORDS.match(body, mention.end, end) if mention.kind == "person" else None
            if gave is not None:
                return _from_mention(mention), gave.group(1), gave.start(1)
        answer = _ANSWERED.search(body, max(start, end - 30), end)
        if answer is not None:
            # 'Asked whether she regretted the post, she said no. "I said what I said."': the answer goes on.
            answerer = self._by_end.get(answer.end(1))
            speaker = _from_mention(answerer) if answerer is not None and answerer.kind == "person" else None
            if speaker is None and answer.group(1).lower() in ("he", "she"):
                speaker = _Speaker(answer.group(1), None, "pronoun", answer.start(1))
            if speaker is not None:
                return speaker, answer.group(2), answer.start(2)
        return self._turn_before(start, end) if turn else None

    def _introduced_before(self, paragraph: int, open_start: int) -> _Attribution | None:
        """'In a lengthy opening statement, she laid out the board's early findings: ¶ "…"': the one a
        paragraph ending with a colon introduces, for the quote that opens the next."""
        if paragraph == 0 or not self._ends_with_colon(paragraph - 1):
            return None
        previous = self.paragraphs[paragraph - 1]
        if previous.end <= self._previous_close:
            return None  # (nor a colon inside a quote before)
        introduced = self._named_before_colon(self._sentence_start(previous.start, previous.end - 1), previous.end)
        return (introduced, "", introduced.start) if introduced is not None else None

    def _ends_with_colon(self, paragraph: int) -> bool:
        """Whether the paragraph's last character is a colon (paragraphs are trimmed of whitespace)."""
        segment = self.paragraphs[paragraph]
        return segment.end > segment.start and self.body[segment.end - 1] == ":"

    def _turn_before(self, start: int, end: int) -> _Attribution | None:
        """'Moderator Rachel Oyelaran stepped in. "…"', 'She then turned to her opponent. "…"': a short
        sentence opening with the one person it names, whose words the quote after it is."""
        body = self.body
        if body[end - 1] != "." or start < self._previous_close:
            return None  # (nor a sentence inside the quote before: 'said: "… gave me my future. "…')
        if _next_mark(body, start, end, self._marks) < end:
            return None
        start = _skip_space(body, self._past_subordinate(start, end), end)  # "Asked whether …, she laughed."
        if end - start > _TURN_CHARS:
            return None
        pronoun = self._opening_pronoun(start, end)
        found = (
            (pronoun, pronoun.start + len(pronoun.text))
            if pronoun is not None
            else self._speaker_at(_skip_space(body, start, end), end)
        )
        if (
            found is None
            or (found[0].kind != "person" and found[0] is not pronoun)
            or body.startswith(("'s", "’s"), found[1])
        ):
            return None  # (not "Michael Howard's policy means …", nor "it could mean …")
        index = bisect.bisect_left(self._starts, start)
        if any(
            mention.kind == "person" and mention.start >= found[1] for mention in self._mentions_between(index, end)
        ):
            return None  # ("Smith turned to Jones.": either may speak next)
        return found[0], "", found[0].start

    def _next_sentence_attribution(self, position: int, paragraph_end: int) -> _Attribution | None:
        """'"We will win." Smith said on Monday.': a short sentence of its own that only attributes."""
        body = self.body
        start = _skip_space(body, position, paragraph_end)
        dashed = _DASH_AFTER.match(body, position)
        if dashed:
            start = dashed.end()  # '"…" — that was the message from …': only a source sentence, below
        end = self._first_stop(start, min(paragraph_end, start + _MAX_SUBJECT_CHARS))
        if end >= paragraph_end and end - start >= _MAX_SUBJECT_CHARS:
            return None
        sentence = body[start:end]
        if _MARKS.search(sentence):
            return None
        after_dash = self._by_start.get(start) if dashed else None
        if after_dash is not None and after_dash.kind == "person":
            # '"…" — Moberg, asked by reporters whether …': the person right after the dash.
            return _from_mention(after_dash), "—", start
        source = _SOURCE_SENTENCE.match(body, start, end)
        if source is not None:
            # '"We will not stop." Those were the words of Gov. Gavin Newsom.': the person named first
            # after, else the organisation.
            index = bisect.bisect_left(self._starts, source.end())
            named = sorted(
                (m for m in self._mentions_between(index, min(end, source.end() + 40)) if m.kind != "place"),
                key=lambda mention: mention.kind != "person",
            )
            return (_from_mention(named[0]), source.group().rstrip(), source.start()) if named else None
        if dashed or len(sentence.split()) > _ATTRIBUTION_WORDS:
            return None
        speaker = self._speaker_at(start, end)
        if speaker is None:
            return None
        verb = self._verb.match(body, _skip_space(body, speaker[1], end), end)
        if verb is None:
            adverb = _ADVERB_AFTER.match(body, speaker[1], end)
            verb = self._verb.match(body, adverb.end(), end) if adverb else None
        if verb is None:
            return None
        return speaker[0], verb.group(), verb.start()

    def _before_attribution(self, clause_start: int, open_start: int) -> tuple[_Speaker, str, int, bool] | None:
        """``X said: "…"``, ``X told reporters "…"``, ``according to X, "…"``.

        Returns the speaker, cue, cue position and whether the cue introduces the quote
        (a colon or comma right before it), which makes the quote direct.
        """
        body = self.body
        according = self._according.search(body, clause_start, open_start)
        if according:
            speaker = self._speaker_at(according.end(), open_start)
            if speaker and not body[speaker[1] : open_start].strip(" ,:"):
                return speaker[0], "according to", according.start(), True
            source = body[according.end() : open_start].rstrip()
            if source.endswith(",") and 0 < len(source.split()) <= _SOURCE_WORDS:
                # "According to a statement from the campaign, "…"": a source the text names no one for.
                start = according.end()
                return _Speaker(source[:-1], None, "unnamed", start), "according to", according.start(), True
        last = None
        for verb in self._verb.finditer(body, clause_start, open_start):
            if not _no_cue(body, verb, clause_start):
                last = verb
        if last is None:
            return None
        tail = body[last.end() : open_start]
        if (
            # (Longer before a colon: 'said in a statement to NBC News: "…"'.)
            len(tail.split()) > (_LEAD_IN_WORDS if tail.rstrip().endswith(":") else 5)
            or any(char in tail for char in ".!?;")
            or self._contrast_after(last.end(), open_start)
        ):
            return None
        subject = self._verb_subject(last, clause_start) or self._shared_subject(last, clause_start)
        if subject is None:
            return None
        introduces = tail.rstrip().endswith((":", ","))
        reporter = self._reporter(subject, clause_start)
        if reporter is not None:
            return *reporter, introduces
        return subject, last.group(), last.start(), introduces

    def _reporter(self, subject: _Speaker, clause_start: int) -> _Attribution | None:
        """'Ramon Ibarra … said in a statement that he had asked for more lighting "for two years"': a
        pronoun subject inside what an earlier verb of the clause reports; that verb's subject gives
        the words."""
        if subject.kind != "pronoun":
            return None
        outer = self._verb.search(self.body, clause_start, subject.start)
        if outer is None or "," in self.body[outer.end() : subject.start]:
            return None  # (not "When Winfrey asked if he could share them, he declined, saying": his)
        reporter = self._verb_subject(outer, clause_start)
        if reporter is None or reporter.kind not in ("person", "organisation"):
            return None
        return reporter, outer.group(), outer.start()

    def _shared_subject(self, verb: re.Match[str], clause_start: int) -> _Speaker | None:
        """The subject a verb after "and" or "but" shares with its sentence: that of a reporting verb
        before it ("He said … but added that …"), else the person the sentence opens with ("Mr Strauss
        doubted …, but added: "…"")."""
        body = self.body
        if not _SHARED_SUBJECT.search(body, max(clause_start, verb.start() - 12), verb.start()):
            return None
        clause_start = self._past_subordinate(clause_start, verb.start())
        for earlier in self._verb.finditer(body, clause_start, verb.start()):
            subject = self._subject_before(earlier.start(), clause_start)
            if subject is not None:
                return subject
        pronoun = self._opening_pronoun(clause_start, verb.start())
        if pronoun is not None:
            return pronoun  # "He thanked Eastwood and described"
        subject_at = _skip_space(body, clause_start, verb.start())
        role = self._role_at.match(body, subject_at, verb.start()) if body.startswith("The ", subject_at) else None
        if role is not None:
            return _stripped_speaker(role, 0, "role")  # "The chancellor would not comment …, but insisted"
        first = self._first_person(clause_start, min(verb.start(), clause_start + _SUBJECT_REACH))
        if first is None:
            # "The Fed did not rule out … but noted that …": an organisation the sentence opens with.
            index = bisect.bisect_left(self._starts, clause_start)
            opening = next(iter(self._mentions_between(index, min(verb.start(), clause_start + 12))), None)
            if opening is not None and opening.kind == "organisation":
                first = opening
        return _from_mention(first) if first is not None else None

    def _clause_attribution(
        self, clause_start: int, open_start: int, close_end: int, after_end: int
    ) -> _Attribution | None:
        body = self.body
        candidates = [
            verb
            for verb in self._verb.finditer(body, clause_start, open_start)
            if not self._contrast_after(verb.end(), open_start) and not _no_cue(body, verb, clause_start)
        ]
        for verb in reversed(candidates):
            subject = (
                self._verb_subject(verb, clause_start)
                or self._inverted_subject(verb, open_start)
                or self._shared_subject(verb, clause_start)
            )
            if subject is not None:
                return self._reporter(subject, clause_start) or (subject, verb.group(), verb.start())
        if candidates:
            # "According to the commission, many businesses had found the rises "challenging"": the
            # source the clause names, when its verb has no subject to speak.
            according = self._according.search(body, clause_start, open_start)
            speaker = self._speaker_at(according.end(), open_start) if according else None
            if according and speaker and speaker[0].kind in ("person", "organisation", "reference"):
                return speaker[0], "according to", according.start()
            return _Speaker("", None, ""), candidates[-1].group(), candidates[-1].start()
        for verb in self._verb.finditer(body, close_end, after_end):
            tail = _TAIL_ATTRIBUTION.search(body, max(close_end, verb.start() - 40), verb.start()) or _TAIL_ROLE.search(
                body, max(close_end, verb.start() - 40), verb.start()
            )
            if tail is None and _CONJUNCTION.search(body, close_end, verb.start()):
                # "… as "desperate", while the Liberal Democrats said …": another speaker's clause; but
                # "… and Labour "fades away", he said." attributes the whole sentence, and so does
                # '"a sensible thing to do", since he was talking about skills, Mr Balls told the BBC.'
                continue
            if verb.group() in self.gazetteer.reporting_verbs and not _no_cue(body, verb, close_end):
                subject = self._subject_before(verb.start(), close_end)
                if subject is None:
                    speaker = self._speaker_at(_skip_space(body, verb.end(), after_end), after_end)
                    subject = speaker[0] if speaker else _Speaker("", None, "")
                return subject, verb.group(), verb.start()
        according = self._according.search(body, clause_start, open_start) or self._according.search(
            body, close_end, after_end
        )
        if according:
            speaker = self._speaker_at(according.end(), max(after_end, according.end() + 80))
            return (speaker[0] if speaker else _Speaker("", None, "")), "according to", according.start()
        return None

    # ---------------------------------------------------------------- speakers

    def _speaker_at(self, position: int, end: int) -> tuple[_Speaker, int] | None:
        """A speaker written at ``position``: a name, a pronoun, or a role (with its holder's name)."""
        body = self.body
        mention = self._by_start.get(position)
        if mention is not None and not (mention.kind != "person" and body.startswith("-", mention.end)):
            # (Not "Maryland-based lawyer Jim Dunham": a place before a hyphen describes the role after it.)
            if mention.kind != "person":
                employee = self._employee_after(mention, end)
                if employee is not None:
                    return _from_mention(employee), employee.end
            return _from_mention(mention), mention.end
        pronoun = _PRONOUN_AT.match(body, position, end)
        if pronoun:
            return _Speaker(pronoun.group(), None, "pronoun", pronoun.start()), pronoun.end()
        determiner = _DETERMINER_AT.match(body, position, end)
        author = self._by_start.get(determiner.end()) if determiner else None
        if author is not None and author.kind in ("person", "organisation"):
            issued = _NEXT_WORD.match(body, author.end, end)
            if issued is not None and issued.group(1).lower() in _DOCUMENT_NOUNS:
                return _from_mention(author), issued.end()  # "said an FA statement": its author's
            if (
                author.kind == "organisation"
                and body.startswith("the", position)
                and _ORGANISATION_ENDS.match(body, author.end, end)
                and self.linked.confidence.get(author.name, 1.0) >= CONFIDENT
                and not (author.evidence == "acronym" and len(author.text) < 3)
            ):
                # "said the BBC", "wrote the New York Times in an editorial": the organisation itself;
                # not "said the BBC's correspondent" or "said the Labour Party leader" (someone of it),
                # nor "said the Birchfield Harrier" (a weak guess) or "says the DJ" (a short acronym,
                # as often a role).
                return _from_mention(author), author.end
        one_of = _ONE_OF_AT.match(body, position, end)
        if one_of:
            # "said one of those people": someone unnamed; "said one of their lawyers, Michalis Dimitrakopoulos": he.
            comma = one_of.end()
            apposed = self._by_start.get(_skip_space(body, comma + 1, end)) if body.startswith(",", comma) else None
            if apposed is not None and apposed.kind == "person":
                return _from_mention(apposed), apposed.end
            return _Speaker(one_of.group(), None, "unnamed", position), one_of.end()
        role = self._role_at.match(body, position, end)
        if role and _CLAUSE_VERB_INSIDE.search(role.group()):
            role = None  # "said the move would energize supporters": a clause, not who said it
        if not role:
            # "said the company", "explained the court in its ruling", "said the statement", "said the campaign"
            reference = _REFERENCE_AT.match(body, position, end)
            if reference:
                noun = reference.group(1)
                office = self._office_named(reference.group(), position)
                if office is not None:
                    return office, reference.end()
                kind = "document" if noun in _DOCUMENT_NOUNS else "unnamed" if noun in _SIDE_NOUNS else "reference"
                return _Speaker(reference.group(), None, kind, position), reference.end()
        if role:
            # "said analyst Moon Seong Mook", "said a government spokesman, Yoshimasa Hayashi"
            after = position + len(role.group())
            titled, serving = self._titled_after_role(role, after)
            if titled is not None and not serving:
                return _from_mention(titled), titled.end  # "Democratic Rep. Tanya Broussard" herself
            owner = titled or self._role_owner(after, end)
            if owner is not None:
                # "said a spokeswoman for Mr. Haverford" is no one named, "…, Tess Amundsen," is she.
                named = _skip_space(body, owner.end, end)
                appositive = (
                    self._by_start.get(_skip_space(body, named + 1, end)) if body[named : named + 1] == "," else None
                )
                if appositive is not None and appositive.kind == "person":
                    return _from_mention(appositive), appositive.end
                return _Speaker(body[role.start() : owner.end], None, "role", role.start()), owner.end
            while (more := _NEXT_WORD.match(body, after, end)) and more.group(1) in (self._role_set or ()):
                after = more.end()  # "chairman and chief executive officer Bill Ford"
            named = _skip_space(body, after, end)
            if named < end and body[named] == ",":
                named = _skip_space(body, named + 1, end)
            mention = self._by_start.get(named)
            if mention is not None and mention.kind == "person":
                return _from_mention(mention), mention.end
            return _stripped_speaker(role, 0, "role"), after
        return None

    def _titled_after_role(self, role: re.Match[str], after: int) -> tuple[LinkedMention | None, bool]:
        """The person whose title the role pattern read as the role's last word ("Democratic Rep." of
        "Democratic Rep. Tanya Broussard", "a spokeswoman for Mr." of "… for Mr. Haverford"), and
        whether the role serves them rather than being theirs."""
        text = role.group()
        last = text.rsplit(" ", 1)[-1]
        if last not in self.gazetteer.titles:
            return None, False
        titled = self._by_start.get(after - len(last))
        if titled is None or titled.kind != "person" or titled.start <= after - len(last):
            return None, False
        before = text[: -len(last)].rstrip().rsplit(" ", 1)[-1]
        return titled, before in _SERVING

    def _role_owner(self, after: int, end: int) -> LinkedMention | None:
        """Whom a role serves when the text names them right after it: "an aide to Abbott"."""
        serving = _SERVING_AT.match(self.body, after, end)
        owner = self._by_start.get(serving.end()) if serving is not None else None
        return owner if owner is not None and owner.kind in ("person", "organisation") else None

    def _possessed_thing(self, position: int, end: int) -> bool:
        """Whether a possessive at ``position`` owns a thing rather than a speaker: "the state's law",
        "Mr Lynch's job" (not "Sandvine's chief technology officer Marc Morin", "Flight International's
        Mr Learmount")."""
        body = self.body
        if not body.startswith(("'s ", "’s "), position):
            return False
        owned = _skip_space(body, position + 2, end)
        return body[owned : owned + 1].islower() and self._role_at.match(body, owned, end) is None

    def _contrast_after(self, position: int, open_start: int) -> bool:
        """Whether a contrast starts a clause of its own between a verb and a quote: "Japan
        acknowledged … but dismissed as "unacceptable" …" (a scare quote); but not when the quote
        follows the contrast at once ("Clarke said migration helped but "needed proper policing""),
        nor when a subject follows it, in what the verb reports ("Mr Blair said a decision had yet
        to be taken but the chancellor's role would be "central"")."""
        contrast = _holding_search(_CONTRAST, _CONTRAST_WORDS, self.body, position, open_start)
        return (
            contrast is not None
            and bool(self.body[contrast.end() : open_start].strip(" \t"))
            and _OWN_VERB.match(self.body, contrast.end(), open_start) is not None
        )

    def _inverted_subject(self, verb: re.Match[str], end: int) -> _Speaker | None:
        """The speaker set off by commas after the verb: "But, says Nick Donofrio, it was not "…"."""
        body = self.body
        if not _COMMA_BEFORE.search(body, max(0, verb.start() - 4), verb.start()):
            return None
        found = self._speaker_at(_skip_space(body, verb.end(), end), end)
        if found is None or found[0].kind not in ("person", "organisation"):
            return None
        return found[0] if body.startswith(",", _skip_space(body, found[1], end)) else None

    def _verb_subject(self, verb: re.Match[str], clause_start: int) -> _Speaker | None:
        """Who the reporting ``verb`` has as its subject."""
        body = self.body
        if self._owned(verb.start()):
            return None  # "Trump's comments were", "his claims": a noun, no verb
        if body.endswith("to ", max(clause_start, verb.start() - 3), verb.start()):
            # "Mr Kennedy used a speech to say …": the infinitive's subject is the sentence's.
            return self._first_subject(clause_start, verb.start())
        participle = verb.group().endswith("ing")
        if not participle:
            # ("Corveda did not dispute that the memo was authentic but said": the subject it shares.)
            return self._subject_before(verb.start(), clause_start) or self._shared_subject(verb, clause_start)
        with_subject = _WITH_SUBJECT.search(body, max(clause_start, verb.start() - 60), verb.start())
        if with_subject is not None:
            # "…, with America's TV Guide magazine describing the series as": the participle's own subject.
            index = bisect.bisect_left(self._starts, with_subject.end())
            named = next(
                (m for m in self._mentions_between(index, verb.start()) if m.kind in ("person", "organisation")),
                None,
            )
            if named is not None and _WITH_SUBJECT_END.fullmatch(body, named.end, verb.start()):
                return _from_mention(named)  # (not "his dispute with Craig Bellamy after claiming")
        if not self._after_clause(verb.start(), clause_start):
            subject = self._subject_before(verb.start(), clause_start)
            if subject is not None and _PREPOSITION_BEFORE.search(
                body, max(clause_start, subject.start - 8), subject.start
            ):
                subject = None  # "posted a video on Instagram saying": where, not who; the sentence's subject
            elif subject is not None or self._thing_says(verb.start(), clause_start):
                return subject
            # "Plus.net backed the proposals saying "…"", "The airline issued a statement saying "…"":
            # after the object of its own verb, the participle shares the sentence's subject.
        # A participle after a comma shares the subject of the sentence, not the words just before
        # the comma: "…, he claimed, saying …" is his; "Pence refused to rule out a run for the White
        # House, telling a crowd …" is Pence's. A sentence opening with a subordinate clause has its
        # subject after it: "When Winfrey asked …, he declined, saying …" is his.
        clause_start = self._past_subordinate(clause_start, verb.start())
        for earlier in self._verb.finditer(body, clause_start, verb.start()):
            subject = self._subject_before(earlier.start(), clause_start)
            if subject is not None:
                return subject
        if (
            clause_start > 0
            and body[clause_start - 1] in _OPENING_MARK_CHARS
            and self._after_clause(verb.start(), clause_start)
        ):
            # 'Rep. Buck Hollister vowed to do "everything in my power" to defeat the Senate package,
            # telling …': a quote inside the sentence bounds the clause, not the participle's subject.
            clause_start = self._sentence_start(0, clause_start)
        # "But he is not envious, insisting: "…"": the pronoun the clause opens with, as any subject.
        return self._first_subject(clause_start, verb.start())

    def _named_role_of(self, owner_end: int, end: int) -> LinkedMention | None:
        """The person named in apposition to someone's role: "Halloran's campaign manager, Kelly Ann
        Dorsey," after the owner ending at ``owner_end``."""
        body = self.body
        if not body.startswith(("'s ", "’s "), owner_end):
            return None
        role = self._role_at.match(body, owner_end + 3, end)
        if role is None or not body.startswith(", ", role.end()):
            return None
        named = self._by_start.get(role.end() + 2)
        return named if named is not None and named.kind == "person" and body.startswith(",", named.end) else None

    def _before_party_aside(self, position: int, lower: int) -> int:
        """Where a party and state set off by commas end before ``position`` start, if one does ("Joan
        Pettibone, Republican of Kansas, whose district …": the subject is before the state), else ``position``."""
        aside = _PARTY_ASIDE_END.search(self.body, max(lower, position - 40), position)
        return aside.start() if aside is not None else position

    def _spokesperson_for(self, person: _Speaker, lower: int) -> _Speaker | None:
        """Someone unnamed who speaks for the person named: "A spokesman for Gov. Greg Abbott said" (but
        "a statement from Sen. Bob Menendez" is his)."""
        unnamed = self._speaks_for(person, lower)
        if unnamed is None or "statement" in unnamed.group():
            return None
        return _Speaker(self.body[unnamed.start() : person.start + len(person.text)], None, "unnamed", unnamed.start())

    def _past_subordinate(self, clause_start: int, verb_start: int) -> int:
        """Where the subject of a verb may start: after a subordinate clause or phrase the sentence opens
        with ("When Winfrey asked …, he declined", "In a statement to HuffPost, Corveda …")."""
        body = self.body
        subordinate = _SUBORDINATE_OPENING.match(body, _skip_space(body, clause_start, verb_start), verb_start)
        if subordinate is not None:
            comma = body.find(",", subordinate.end(), verb_start)
            if comma != -1 and comma + 1 < verb_start - 4:
                return comma + 1
        return clause_start

    def _after_clause(self, position: int, lower: int) -> bool:
        """Whether a participle at ``position`` follows a clause of its own: "…, saying", "by saying"."""
        body = self.body
        return bool(
            _COMMA_BEFORE.search(body, max(lower, position - 4), position)
            or _BY_DOING.search(body, max(lower, position - 8), position)
        )

    def _thing_says(self, position: int, lower: int) -> bool:
        """Whether a participle at ``position`` has the thing named just before it as its subject."""
        return _THING_BEFORE.search(self.body, max(lower, position - 60), position) is not None

    def _document_opening(self, end: int, lower: int) -> _Speaker | None:
        """The document that opens the sentence and whose clause runs to ``end`` ("A report released by the office
        in January", "A report Quigley's group published in March", "A department report released in January"),
        spoken for by the author that clause gives: a name, or a body it refers back to ("the office", "his
        group"); else the document itself, whose author is then looked for as for "the report said"."""
        body = self.body
        start = _skip_space(body, self._sentence_start(lower, end), end)
        opened = _DOCUMENT_OPENING.fullmatch(body, start, end) if end - start <= _MAX_SUBJECT_CHARS else None
        if opened is None:
            return None
        document = _Speaker(body[start : opened.end(2)], None, "document", start)
        index = bisect.bisect_left(self._starts, opened.end(2))
        for mention in self._mentions_between(index, end):
            if mention.kind not in ("person", "organisation"):
                continue
            if body.startswith(("'s ", "’s "), mention.end):
                owned = _OWNED_BODY.match(body, mention.end, end)
                if owned is not None:
                    # "Quigley's group": the body of the one named.
                    name = self._resolve_reference(owned.group(1), start)
                    return document if name is None else _Speaker(document.text, name, "organisation", start)
                if self._first_mention_at_or_after(mention.end) != mention.end + 3:
                    return None  # "by the Justice Department's inspector general": someone of it, unnamed
                continue  # "by the VA's Office of Inspector General": the office
            if _AUTHORED_BY.search(body, max(0, mention.start - 40), mention.start) or _MADE_AFTER.match(
                body, mention.end, end
            ):
                return _from_mention(mention)  # "… by the Louisville firm Brightwater Utility Advisors"
        if opened.group(4) == "commissioned":
            return document  # ("An independent review commissioned by the board": a body that had it made, unnamed)
        by_body = _BY_BODY.search(body, opened.end(2), end)
        reference = opened.group(1) or opened.group(3) or (by_body.group(1) if by_body is not None else None)
        if reference is not None:
            name = self._resolve_reference(reference, start)  # "the office", "his group", "A department report"
            if name is not None:
                return _Speaker(document.text, name, "organisation", start)
        return document

    def _subject_before(self, position: int, lower: int) -> _Speaker | None:
        """The subject right before a reporting verb at ``position``."""
        body = self.body
        lower = max(lower, position - 200)
        end = position
        last, last_end = "", -1  # the last word before last_end (see last_word)
        for _ in range(3):
            end = _strip_end(body, end, lower)
            last, last_end = last_word(body, max(lower, end - 40), end), end
            if last not in _ADVERBS and last not in _DAYS and last not in _TIME_NOUNS and last not in _MONTHS:
                break  # (not "Mr Ruano last week said")
            adverb = _ADVERB_BEFORE.search(body, max(lower, end - 30), end)
            if adverb is None or adverb.start() == adverb.end():
                break
            end = adverb.start()
        end = _strip_end(body, end, lower)
        made = self._document_opening(end, lower)
        if made is not None:
            return made
        if last == "who" and last_end == end and end - 3 > lower and body[_strip_end(body, end - 3, lower) - 1] != ",":
            # "we met a woman who said she …": whom the relative pronoun stands for (from its article on:
            # the role pattern may take in words before it). ("Rooney, who believes": read as before.)
            meant = self._subject_before(end - 3, lower)
            article = _INDEFINITE_AT.search(meant.text) if meant is not None and meant.kind == "role" else None
            if meant is not None and article is not None:
                start = meant.start + article.start()
                before = _strip_end(body, start, lower)
                if before > lower and body[before - 1] == ",":
                    # ("Rep. Dale Kessinger, a second-term member who has called …": the one it describes.)
                    return self._mention_ending(before - 1, lower) or meant
                meant = _Speaker(meant.text[article.start() :], None, "role", start)
            return meant
        if last == "which" and last_end == end:
            comma_end = _strip_end(body, end - 5, lower)
            antecedent = (
                self._mention_ending(comma_end - 1, lower) if comma_end > lower and body[comma_end - 1] == "," else None
            )
            if antecedent is not None and antecedent.kind == "organisation":
                return antecedent  # "a report by the Seattle Office of City Auditor, which found": the body it names
        if last == "as" and last_end == end:
            quoted = self._mention_ending(end - 2, lower)
            if quoted is not None and _QUOTED_BEFORE.search(body, max(lower, quoted.start - 30), quoted.start):
                return quoted  # "Arab News quoted Prince Saud as saying": the one quoted speaks
        if end > lower and body[end - 1] in _DASHES:
            dash_open = max(body.rfind(dash, max(lower, end - 150), end - 1) for dash in _DASHES)
            if dash_open > lower and body[dash_open - 1 : dash_open] == " ":
                # "Character actor Phil Mbatha — Danielle Mbatha's older brother — posted": the subject
                # before the aside between dashes.
                return self._subject_before(dash_open, lower)
        if end > lower and body[end - 1] == ")":
            bracket = body.rfind("(", max(lower, end - 30), end)  # ("(D-North Las Vegas)")
            if bracket != -1 and (
                _BRACKET_ASIDE.fullmatch(body, bracket + 1, end - 1) or _PARTY_TAG.fullmatch(body, bracket, end)
            ):
                # "the British Chamber of Commerce (BCC) has said", "Harlan Voss (R-Ky.) says", "Halcyon president
                # Tobias Oyelaran (no relation) told", "Karen Blalock (D9), who voted no, called"
                end = bracket
                end = _strip_end(body, end, lower)
        # 'Roland Pike, appearing on NBC's "Meet the Press," said': the comma inside a title's marks.
        title_open = self._titles.get(end, -1) if body[end - 2 : end - 1] == "," else -1
        if end > lower and (body[end - 1] == "," or title_open > lower):
            # "Kim Yo Jong, said", "Easley, a professor at Ewha, said", "Glenn Maguire, chief economist
            # at Societe Generale, told": a person before an appositive speaks, not the firm inside it.
            comma = end - 1 if title_open < 0 else end - 2
            at_comma = self._mention_ending(comma, lower) if title_open < 0 else None
            if at_comma is None and body[comma - 1 : comma] == ")":
                # "The bill's sponsor, Assemblywoman Selena Arceneaux-Diaz (D-North Las Vegas), said"
                bracket = body.rfind("(", max(lower, comma - 30), comma)
                if bracket != -1 and _PARTY_TAG.fullmatch(body, bracket, comma) is not None:
                    at_comma = self._mention_ending(_strip_end(body, bracket, lower), lower)
            earlier = None
            previous_comma = body.rfind(",", max(lower, comma - 150), title_open if title_open >= 0 else comma)
            unquoted_end = title_open if title_open >= 0 else comma
            if previous_comma != -1 and not any(mark in body[previous_comma:unquoted_end] for mark in '"“”'):
                opener = max(
                    body.rfind(", which ", max(lower, comma - 150), previous_comma),
                    body.rfind(", who ", max(lower, comma - 150), previous_comma),
                    body.rfind(", whose ", max(lower, comma - 150), previous_comma),
                )
                if opener != -1 and not any(mark in body[opener:comma] for mark in '"“”'):
                    # "The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern
                    # and Mencap, said": a list inside the clause, the subject still before it (and before
                    # a phrase the clause ends with: "Prairie Eastern Railroad, whose train derailed near
                    # Fergus Crossing, Minn., in 2023, spilling 30,000 gallons, said").
                    return self._subject_before(self._before_party_aside(opener, lower), lower)
                if _RELATIVE_OPENING.match(body, previous_comma):
                    # "Dan Gillmor, founder of Grassroots Media, which supports …, said": the clause is
                    # about the firm; the subject stands before it.
                    return self._subject_before(self._before_party_aside(previous_comma, lower), lower)
                earlier = self._mention_ending(previous_comma, lower)
            if (
                at_comma is not None
                and at_comma.kind == "place"
                and (
                    earlier.kind == "place"
                    if earlier is not None
                    else _NAME_WORD_BEFORE.search(body, max(lower, previous_comma - 30), previous_comma) is not None
                )
                and _skip_space(body, previous_comma + 1, comma) == at_comma.start
            ):
                # "Colette Marchand, FEMA's regional administrator in Denton, Texas, said": a town and its state
                # are one place, read as the one ending the appositive (the town known as a place or not).
                return self._subject_before(previous_comma + 1, lower)
            if earlier is not None and earlier.kind == "person":
                if at_comma is not None and at_comma.kind == "person" and self._speaks_for(earlier, lower):
                    return at_comma  # "A spokesman for Sen. Bernie Sanders, Mike Casca, said": the spokesman
                # ("A spokesperson for Voss, asked whether …, said": someone unnamed, for Voss.)
                return self._spokesperson_for(earlier, lower) or earlier
            if at_comma is not None and _PREPOSITION_BEFORE.search(
                body, max(lower, at_comma.start - 8), at_comma.start
            ):
                at_comma = None  # "Trump, in a post on Twitter, wrote": Twitter is where, not who
            if (
                at_comma is not None
                and at_comma.kind == "place"
                and previous_comma != -1
                and _APPOSITIVE_OPENING.match(body, previous_comma)
            ):
                # "Evergreen Crest Healthcare, a chain that operates homes in Missouri and Arkansas, said": the
                # place ends the appositive; the one before it speaks.
                at_comma = None
            based = (
                last_match(_BASED_ASIDE, body, max(lower, at_comma.start - 80), at_comma.start)
                if at_comma is not None and at_comma.kind == "place"
                else None
            )
            if based is not None:
                # "Brightline, based in Columbia, South Carolina, said": where the one before it is.
                return self._subject_before(based.start(), lower)
            if (
                at_comma is None
                and earlier is not None
                and earlier.kind == "place"
                and _LOWER_AT.match(body, _skip_space(body, previous_comma + 1, comma))
                and (town_comma := body.rfind(",", max(lower, earlier.start - 40), earlier.start)) != -1
                and (opener := body.rfind(",", max(lower, town_comma - 60), town_comma)) != -1
                and _APPOSITIVE_OPENING.match(body, opener)
            ):
                # "Tidewater Capital Partners, the Stamford, Conn., firm run by Bram Okafor, said": a town and its
                # state inside an appositive the noun after them goes on with; the one before it speaks.
                return self._subject_before(opener, lower)
            if (
                at_comma is None
                and (earlier is None or earlier.kind == "place")
                and previous_comma != -1
                and (
                    _APPOSITIVE_OPENING.match(body, previous_comma)
                    or _PARTICIPLE_ASIDE.match(body, previous_comma)
                    or _PREPOSITION_AT.match(body, aside := _skip_space(body, previous_comma + 1, comma))
                    or body.startswith("for ", aside)
                )
            ):
                # "one senator, a Republican from Ohio, told", "The department, in a statement, insisted",
                # "But he did, for the first time, say": the subject before the appositive or the aside
                # (read with its comma after a place: "hired from Durham, N.C., after the inquiry began, said").
                return self._subject_before(previous_comma + (earlier is not None), lower)
            subject = at_comma or earlier
            if (
                subject is not None
                and subject.kind == "place"
                and _BASED_AFTER.match(body, subject.start + len(subject.text))
            ):
                # "Halberg Foods, the Sioux Falls, S.D.-based company that owns the plant, said": where the
                # one before the appositive is.
                opener = body.rfind(",", max(lower, subject.start - 80), subject.start)
                if opener != -1:
                    return self._subject_before(opener, lower)
            if subject is not None and subject.kind == "organisation":
                # "Hans Reckers, a board member of Germany's central bank, the Bundesbank, said", "Erin
                # Hawley, a lawyer for Alliance Defending Freedom, the group representing …, told": the
                # person before a chain of appositives, not a body inside it.
                # (Else the body before it: "The Pacific Carriers Association, a trade group whose members include
                # Castellan, said".)
                comma_at, body_before = comma, None
                for _ in range(4):
                    comma_at = body.rfind(",", max(lower, comma_at - 150), comma_at)
                    # (a role is an appositive too: "Lupe Arellano, executive director of Willamette Bridge Housing,
                    # a Salem nonprofit that …, said")
                    if comma_at == -1 or not (
                        _APPOSITIVE_OPENING.match(body, comma_at) or _ROLE_OF_OPENING.match(body, comma_at)
                    ):
                        break
                    named = self._mention_ending(comma_at, lower)
                    if named is not None and named.kind == "person":
                        return named
                    if named is not None and named.kind == "organisation" and body_before is None:
                        body_before = named
                subject = body_before or subject
            if subject is not None and subject.kind == "organisation":
                # "A spokesperson for United Neighborhoods, a coalition of homeowner groups, said"
                return self._spoken_for(subject.start, subject.start + len(subject.text), lower) or subject
            return subject
        end = _strip_affiliation(body, end, lower)
        mention = self._mention_at(end)  # _mention_ending(end, lower): ``end`` is past the spaces already
        if mention is not None and mention.kind == "place" and mention.start > lower:
            # (and "Guadalupe Treviño, 73, of southwest Houston, who …, said": where the speaker is from)
            located = LOCATED_BEFORE.search(body, max(lower, mention.start - 8), mention.start) or _HOME_BEFORE.search(
                body, max(lower, mention.start - 30), mention.start
            )
            located_subject = self._subject_before(located.start(), lower) if located is not None else None
            if located_subject is not None and (
                located_subject.kind in ("person", "organisation") or " " in located_subject.text
            ):
                # "The National Weather Service office in Corpus Christi posted", "Sarah Rainsford in Moscow
                # said": the place is where the subject is. (A lone word before it reads on as before: "A
                # spokesman for the Albanian embassy in London".)
                return located_subject
        subject = self._person_from(mention, lower) if mention is not None and mention.start >= lower else None
        if subject is not None and (
            relative := _holding_search(
                _RELATIVE_OBJECT, _RELATIVE_OBJECT_WORDS, body, max(lower, subject.start - 40), subject.start
            )
        ):
            # "The barrister who had represented Mr Martin had said": whom the clause is about speaks;
            # a role it defines so is someone of its own, not a holder named before nor the topic.
            described = self._subject_before(relative.start(), lower)
            if described is not None and described.kind == "role":
                return _Speaker(described.text, None, "unnamed", described.start)
            return described
        if subject is not None and subject.kind in ("person", "organisation"):
            both = _AND_BEFORE.search(body, max(lower, subject.start - 24), subject.start)
            first_end = both.start() if both else -1
            if first_end > lower and body[first_end - 1] == ")":
                bracket = body.rfind("(", max(lower, first_end - 12), first_end)
                if bracket != -1 and body[bracket + 1 : first_end - 1].isalpha():
                    first_end = bracket  # "The Christian Medical Fellowship (CMF) and …"
            first = self._mention_ending(first_end, lower) if both else None
            if first is not None and first.kind == subject.kind:
                subject = first  # "Harry and Meghan felt": the first of the two speaks for both
            others = _AND_OTHERS_BEFORE.search(body, max(lower, subject.start - 30), subject.start)
            first = self._mention_ending(others.start(), lower) if others else None
            if first is not None and first.kind == "person":
                subject = first  # "Adeyemi and 14 other Democrats wrote": the one named leads them
        if subject is not None:
            if subject.kind == "organisation" and mention is not None:
                spoken_for = self._spoken_for(mention.start, mention.end, lower)
                if spoken_for is not None:
                    return spoken_for
                employee = self._employee_before(mention.start, lower)
                if employee is not None:
                    return employee
            spokesperson = self._spokesperson_for(subject, lower) if subject.kind == "person" else None
            if spokesperson is not None:
                return spokesperson
            return subject
        # Each pattern below ends with one of a few words: it is searched only when the text does.
        if last_end != end:
            last = last_word(body, max(lower, end - 40), end)
        if last in _DOCUMENT_NOUNS or last in _STUDIES:
            document = _DOCUMENT_BEFORE.search(body, max(lower, end - 50), end)
            if document:
                # "Mr Tanzi's statement said": the statement speaks for its author ("The weather service's damage
                # survey found": the organisation the words refer back to).
                subject = self._mention_ending(document.start(), lower)
                if subject is not None:
                    return subject
                owning = _ORG_REFERENCE.search(body, max(lower, document.start() - 40), document.start())
                if owning is not None:
                    return _stripped_speaker(owning, 0, "reference")
            if last in _DOCUMENT_NOUNS:
                author = self._mention_ending(end - len(last), lower)
                if author is not None and author.kind in ("person", "organisation"):
                    return author  # "the DOJ release states", "the Microsoft statement said": its author's
            unsigned = _UNSIGNED_DOCUMENT.search(body, max(lower, end - 40), end)
            # Not "As Gavin Cox of the website put it": the document is where the speaker works.
            if unsigned and not _WORKPLACE_BEFORE.search(body, max(lower, unsigned.start() - 6), unsigned.start()):
                return _stripped_speaker(unsigned, 0, "document")
        if last in _PRONOUNS:
            pronoun = _PRONOUN_BEFORE.search(body, max(lower, end - 8), end)
            if pronoun:
                return _Speaker(pronoun.group(1), None, "pronoun", pronoun.start(1))
        partners = (
            _PRONOUN_AND_PARTNERS.search(body, max(lower, end - 40), end)
            if " and " in body[max(lower, end - 40) : end]
            else None
        )
        if partners:
            # "he and his co-authors predicted", "She and her husband said": the first speaks for both.
            return _Speaker(partners.group(1), None, "pronoun", partners.start(1))
        partners = (
            _NAME_AND_PARTNERS.search(body, max(lower, end - 40), end)
            if " and " in body[max(lower, end - 40) : end]
            else None
        )
        leader = self._mention_ending(partners.start(), lower) if partners else None
        if leader is not None and leader.kind == "person":
            return leader  # "Brightwell and his colleagues wrote", "Tony Blair and his wife said"
        if (
            last == "old"
            or (last.isalpha() and body.startswith("-of-", end - len(last) - 4))
            or (last[:1].isupper() and body.find("-year-old", max(lower, end - len(last) - 12), end - len(last)) >= 0)
        ):
            age = _AGE_REFERENCE.search(body, max(lower, end - 40), end)
            if age:
                # "the 36-year-old said", "the 27-year-old Austrian said" (but "the 60-year-old actor" is
                # a role): the person just spoken of, of either sex; "the mother-of-nine said": the woman
                # just spoken of.
                return _Speaker(
                    age.group().strip(), None, "pronoun", age.start() + len(age.group()) - len(age.group().lstrip())
                )
        reference = None
        if last in _ORG_REFERENCE_WORDS:
            reference = _ORG_REFERENCE.search(body, max(lower, end - 40), end)
            place = _PLACE_OF.search(body, max(lower, reference.start() - 30), reference.start()) if reference else None
            if place is not None and place.group(1).lower() not in self.gazetteer.role_nouns:
                # "a man in the back of the chamber shouted", "president of the division at the firm says": a
                # place in it, not its subject (but "a spokesman for the company", "a source at the club").
                reference = None
            if reference is None:
                body_of = _BODY_OF.search(body, max(lower, end - 40), end)
                owner = self._by_end.get(body_of.start()) if body_of else None
                if (
                    owner is not None
                    and owner.kind == "organisation"
                    and last not in _RELATED_BODIES
                    # (not "Mark Serwotka, from the Public and Commercial Services union said")
                    and not _PREPOSITION_BEFORE.search(body, max(lower, owner.start - 12), owner.start)
                ):
                    return _from_mention(owner)  # "The Los Angeles Times editorial board wrote"
        if reference:
            # "the company said", "the council added": the organisation named before.
            return _stripped_speaker(reference, 0, "reference")
        if _holding_search(_ANONYMOUS_HINT, _ANONYMOUS_HINT_WORDS, body, max(lower, end - 60), end):
            anonymous = _ANONYMOUS.search(body, max(lower, end - 100), end)
            if anonymous:
                # "Two people familiar with the matter said", "a person close to the governor said"
                return _stripped_speaker(anonymous, 0, "unnamed")
        if last in _SIDE_NOUNS:
            side = _SIDE.search(body, max(lower, end - 50), end)
            # (not "Scott Stanzel, a spokesman for the Bush-Cheney campaign said:")
            if side and not _PREPOSITION_BEFORE.search(body, max(lower, side.start() - 12), side.start()):
                index = bisect.bisect_left(self._starts, side.start())
                bodies = [mention for mention in self._mentions_between(index, end) if mention.kind == "organisation"]
                if bodies:
                    return _from_mention(bodies[-1])  # "the VA press office said": the body it is part of
                office = self._office_named(side.group(), side.start())
                if office is not None:
                    return office
                # "her campaign said", "the Trump administration said": the words, and no one they name.
                return _stripped_speaker(side, 0, "unnamed")
        window = max(lower, end - 60)
        # The same as self._role_before.search(body, window, end), done backwards: the window
        # read from its end must start with a role word (else there is no match), and a match
        # can only start within the last five words, so the search starts there.
        backwards = body[window:end][::-1]
        if self._role_end_reversed.match(backwards):
            start = end - _LAST_WORDS_REVERSED.match(backwards).end()  # type: ignore[union-attr]  # matches anything
            # Where the role phrase starts depends only on the text from just before ``start`` to
            # ``end``: the same words ("the company spokesman said") are read once per article.
            key = body[start - 1 : end] if start else "\0" + body[:end]
            offset = self._role_phrases.get(key)
            if offset is None:
                role_start = self._role_phrase_start(start, end)
                self._role_phrases[key] = role_start - start if role_start >= 0 else -1
            else:
                role_start = start + offset if offset >= 0 else -1
            if role_start >= 0:
                # The match runs to ``end``; it starts with a word, so only spaces at its end go.
                conjunction = _LEADING_CONJUNCTION_WORD.match(body, role_start, end)
                if conjunction:
                    role_start = conjunction.end()  # "But a senior aide said": the aide
                for clause in _CLAUSE_IN_ROLE.finditer(body, role_start, end):
                    role_start = clause.end()  # "which critics say", "when a judge said": the role after it
                if _SERVES.search(body, role_start, end):
                    # "An aide to the mayor said", "One former clerk to the chief justice, who …, said":
                    # someone unnamed who serves the role, not its holder.
                    opening = _SERVES_OPENING.search(body, max(lower, role_start - 40), role_start)
                    start = opening.start() if opening is not None else role_start
                    return _Speaker(body[start:end].strip(), None, "unnamed", start)
                if _PREPOSITION_AT.match(body, role_start, end):
                    # "before he left on Tuesday the chancellor told": the role from its article on, "in
                    # 2004 and experts say": after the conjunction; "write a letter to his sentencing judge
                    # describing": an object, with no subject in it.
                    article = _ARTICLE_IN.search(body, role_start, end)
                    if article is None:
                        return None
                    role_start = article.end() if article.group(1) else article.start()
                return _Speaker(body[role_start:end].strip(), None, "role", role_start)
        comma = body.rfind(",", max(lower, end - 100), end)
        if comma != -1 and not any(mark in body[comma:end] for mark in '"“”'):
            # "John Houlihan, editor of Computerandvideogames.com told BBC News"
            subject = self._mention_ending(comma, lower)
            if subject is not None and subject.kind == "person":
                return subject
        index = bisect.bisect_left(self._starts, max(lower, end - 80))
        for mention in self._mentions_between(index, end):
            if mention.kind == "person" and _OF_PHRASE.match(body, mention.end, end):
                # "As Gavin Cox of the excellent buildyourown.org.uk website put it:"
                return _from_mention(mention)
        word = _search_last_run(_WORD_BEFORE, body, max(lower, end - 40), end)
        if (
            word
            and word.group(1).islower()
            and body.endswith(("the ", "The "), max(lower, word.start(1) - 4), word.start(1))
        ):
            # "The alliance said", after the Countryside Alliance: the organisation whose name ends with the word.
            if self._organisations_by_last_word is None:
                by_last: dict[str, list[str]] = defaultdict(list)
                for name in self._organisations:
                    head, _, last = name.lower().rpartition(" ")
                    if head:
                        by_last[last].append(name)
                self._organisations_by_last_word = by_last
            owners = self._organisations_by_last_word.get(word.group(1), [])
            if len(owners) == 1:
                return _Speaker(body[word.start(1) - 4 : end].strip(), owners[0], "organisation", word.start(1) - 4)
        if word and (word.group(1).lower() in _NOUNLIKE or word.group(1).lower() not in self.gazetteer.common_words):
            return _Speaker(word.group(1), None, "", word.start(1))
        return None

    def _role_phrase_start(self, start: int, end: int) -> int:
        """Where ``self._role_before_at.match(body, start, end) or self._role_before.search(body, start,
        end)`` starts (-1 for no match), read word by word rather than by trying every position.

        Both end with a role word (plus "s") and spaces up to ``end``, after up to three words of
        ``[\\w'’-]`` (four when the first is a determiner after a ``\\b``), so the role is the last
        word and a match starts on a word (or on ``start``): at its first character, or after a
        character outside ``[\\w'’-]`` (the search's lookbehind), or after an apostrophe or hyphen
        when a determiner follows. The last word itself, when it is no role, is left to the regexes
        (a role may end it: "ex-minister").
        """
        body = self.body
        tail = end
        while tail > start and body[tail - 1].isspace():
            tail -= 1
        roles = self._role_set
        words = body[start:tail].split()
        if roles is None or not words:
            match = self._role_before_at.match(body, start, end) or self._role_before.search(body, start, end)
            return match.start() if match else -1
        last = len(words) - 1
        final = words[last]
        if not (final in roles or (final[-1] == "s" and final[:-1] in roles)):
            position = tail - len(final)
            match = self._role_before_at.match(body, start, end) if position == start else None
            match = match or self._role_before.search(body, position, end)
            return match.start() if match else -1
        # Read from the role back (at most four words), each word's first possible start kept: the
        # match starts at the one furthest back. A word not all [\w'’-] stops the reading: a match
        # from further back would have it among its words.
        position = best = tail - len(final)
        for index in range(last - 1, max(-1, last - 5), -1):
            word = words[index]
            position = body.rfind(word, start, position)
            if word.isalnum():  # the usual word: a start only at its first letter
                if last - index <= 3 or (
                    word in _ROLE_DETERMINERS and (position == 0 or not _is_word_char(body[position - 1]))
                ):
                    best = position
                continue
            for offset in _word_starts(word):
                piece = word[offset:] if offset else word
                if last - index <= 3:
                    if _is_plain(piece):
                        best = position + offset
                        break
                elif piece in _ROLE_DETERMINERS and (
                    position + offset == 0 or not _is_word_char(body[position + offset - 1])
                ):
                    best = position + offset
                    break
            if not _is_plain(word):
                break
        return best

    def _employee_after(self, mention: LinkedMention, end: int) -> LinkedMention | None:
        """The person named right after an organisation and a role: "said Wallabies coach Eddie Jones",
        "said BT chief executive Ben Verwaayen", "said Sandvine's chief technology officer Marc Morin"."""
        index = bisect.bisect_right(self._starts, mention.start)
        if index >= len(self._starts):
            return None
        person = self.linked.mentions[index]
        between = self.body[mention.end : person.start].split()
        if between and between[0] in ("'s", "’s"):
            between = between[1:]
        if person.kind != "person" or person.start > end or not 0 < len(between) <= 3:
            return None
        if all(word.islower() for word in between) and between[-1] in self.gazetteer.role_nouns:
            return person
        return None

    def _spoken_for(self, start: int, end: int, lower: int) -> _Speaker | None:
        """Who speaks for the organisation named at ``start``: someone unnamed ("A spokesman for
        Darlington Council said"), or the person named before that ("Patricia Sanders, spokeswoman for
        the committee, said"); None when the words before it say no one speaks for it."""
        body = self.body
        owner = self._by_end.get(start - 3) if body[start - 3 : start - 1] in ("'s", "’s") else None
        anchor = owner.start if owner is not None else start  # "a spokesman for Manchester's Trafford Centre"
        unnamed = search_after_word(_SPEAKS_FOR, _SPEAKS_FOR_LAST_WORDS, body, max(lower, anchor - 60), anchor)
        if unnamed is None:
            return None
        comma = body.rfind(",", max(lower, unnamed.start() - 30), unnamed.start())
        if comma != -1 and not any(char in body[comma + 1 : unnamed.start()] for char in '.;:"“”'):
            # "Eva Lichtenberg, an Austrian Green member of the European Parliament said": the person before.
            named = self._mention_ending(comma, lower)
            if named is not None and named.kind == "person":
                return named
        return _Speaker(body[unnamed.start() : end], None, "unnamed", unnamed.start())

    def _speaks_for(self, mention: _Speaker, lower: int) -> re.Match[str] | None:
        """The words before ``mention`` that say someone unnamed speaks for it: "a spokesman for Sen.
        Bernie Sanders"."""
        body = self.body
        start = mention.start
        title = _TITLE_BEFORE.search(body, max(lower, start - 12), start)
        if title is not None:
            start = title.start()
        return search_after_word(_SPEAKS_FOR, _SPEAKS_FOR_LAST_WORDS, body, max(lower, start - 60), start)

    def _employee_before(self, position: int, lower: int) -> _Speaker | None:
        """ "Dr Mark Tuffy games systems director at digital content firm THX told": the person whose
        job at the organisation just before the verb is described speaks, not the organisation."""
        index = bisect.bisect_left(self._starts, max(lower, position - 100))
        for mention in self._mentions_between(index, position):
            if mention.kind == "person" and _EMPLOYED_AT.fullmatch(self.body, mention.end, position):
                return _from_mention(mention)
        return None

    def _mention_ending(self, end: int, lower: int) -> _Speaker | None:
        body = self.body
        mention = self._mention_at(_strip_affiliation(body, _strip_end(body, end, lower), lower))
        if mention is None or mention.start < lower:
            return None
        return self._person_from(mention, lower)

    def _owned(self, position: int) -> bool:
        """Whether the word at ``position`` has an owner before it ("Trump's comments", "his claims"),
        and so is a noun or an adjective, not a verb; not after a name whose "'s" is its own
        ("Sainsbury's said")."""
        return _possessive_before(self.body, position) and self._mention_at(_strip_end(self.body, position, 0)) is None

    def _names_no_one(self, start: int, end: int) -> bool:
        """Whether no person or organisation is named between ``start`` and ``end``."""
        index = bisect.bisect_left(self._starts, start)
        return not any(mention.kind in ("person", "organisation") for mention in self._mentions_between(index, end))

    def _mention_at(self, end: int) -> LinkedMention | None:
        """The mention that ends at ``end``; or the name before an abbreviation's stop ("Carl Weatherby
        Jr. said", where the name was written without it), or whose "'s" is its own ("Sainsbury's said"):
        the mention stops before either."""
        mention = self._by_end.get(end)
        if (
            mention is None
            and self.body[end - 1 : end] == "."
            and last_word(self.body, end - 6, end - 1) in _NAME_ENDINGS
        ):
            return self._by_end.get(end - 1)  # "Carl Weatherby Jr. said": the name, less the stop after it
        if mention is None and self.body[end - 2 : end] in ("'s", "’s"):
            owner = self._by_end.get(end - 2)
            if owner is not None and owner.name.endswith(self.body[end - 2 : end]):
                return owner
        return mention

    def _person_from(self, mention: LinkedMention, lower: int) -> _Speaker:
        """The speaker a name before a verb gives: "Rep. Jim Jordan of Ohio, the top Republican on the
        panel, told", "Sen. Susan Collins of Maine said", "Sen. John Thune, R-S.D., the Republican whip,
        called": the person from the place, not the place."""
        if mention.kind in ("place", "organisation"):
            # (and "Judge Maria Delgado of the Western District of Texas wrote": the person from the court)
            of = _FROM_PLACE.search(self.body, max(lower, mention.start - 24), mention.start) or _PARTY_BEFORE.search(
                self.body, max(lower, mention.start - 8), mention.start
            )
            person = self._by_end.get(of.start()) if of else None
            if person is not None and person.kind == "person" and person.start >= lower:
                return _from_mention(person)
            if mention.kind == "place":
                # "The U.S. Embassy in Jakarta said": the body based there, not the place.
                based = _BASED_IN.search(self.body, max(lower, mention.start - 6), mention.start)
                body_there = self._by_end.get(based.start()) if based else None
                if body_there is not None and body_there.kind == "organisation" and body_there.start >= lower:
                    return _from_mention(body_there)
        if mention.kind != "person" or " " not in mention.name:  # (a lone word after "in" is seldom a person)
            someone = _SOMEONE_IN.search(self.body, max(lower, mention.start - 60), mention.start)
            if someone is not None:
                # "One Republican strategist in Austin, who …, said": someone unnamed from there.
                return _Speaker(self.body[someone.start() : mention.end], None, "unnamed", someone.start())
        if mention.kind == "organisation":
            member = _MEMBER_BEFORE.search(self.body, max(lower, mention.start - 9), mention.start)
            after = _skip_space(self.body, mention.end, len(self.body))
            if member is not None and (self.body.startswith(",", after) or self._verb.match(self.body, after)):
                # "one House Republican said", "a Senate Democrat, who …, told": someone of the body,
                # unnamed (not "A Financial Times report said", "a BBC story claiming": the body's).
                return _Speaker(self.body[member.start() : mention.end], None, "unnamed", member.start())
        return _from_mention(mention)

    def _resolve(self, speaker: _Speaker, position: int, paragraph: int) -> str | None:
        if speaker.kind in ("person", "organisation", "place"):
            return speaker.name
        if speaker.kind == "pronoun":
            return self._resolve_pronoun(speaker.text.lower(), position, paragraph)
        if speaker.kind == "role":
            last_heard = next(self._heard_lately(position, paragraph), None)
            if last_heard is not None and last_heard.role and speaker.text.lower().endswith(" " + last_heard.role):
                # 'One GOP senator, speaking on condition of anonymity, told The Hill … "…," the senator
                # said': the one just heard, unnamed, not a senator named elsewhere.
                return None
            if self._introduced_unnamed(speaker, paragraph):
                return None  # "Per a Democratic leadership aide, … "…," the aide says": that aide
            if speaker.start > 0 and _MEMBER_BEFORE.search(self.body, max(0, speaker.start - 9), speaker.start):
                return None  # "One longtime friend and adviser, who …, said": read without its "One"
            # ("The woman said", "the man shouted" are someone the text names as one, never the story's
            # topic by default; "the Waterford man says" describes someone known.)
            words = speaker.text.lower().split()
            held_only = len(words) <= 2 and words[-1] in _ANYONE
            name = self._resolve_role(speaker.text, position, held_only)
            if name is None and paragraph <= _LEDE_PARAGRAPHS and words[0] in ("a", "an"):
                name = self._named_soon_after(speaker, paragraph)
            if name is None and "-year-old " in speaker.text:
                # "The 56-year-old official added": an age is given to someone named, the one just spoken of.
                return self._person_meant(position, paragraph, "", speaker.text.lower())
            return name
        if speaker.kind == "reference":
            # Read from where the reference stands: "The company tells Playbook it "…"" is no paper.
            return self._resolve_reference(
                speaker.text, min(position, speaker.start) if speaker.start >= 0 else position
            )
        if speaker.kind == "document" and speaker.text.split()[-1].lower() in _INSTITUTIONAL_DOCUMENTS | _STUDIES:
            return self._document_author(speaker.text.split()[-1].lower(), position, paragraph)
        return None

    def _named_soon_after(self, role: _Speaker, paragraph: int) -> str | None:
        """Whom a lede's "a Franklin County judge said" means: the one holder of that role the article has, named
        in the paragraphs right after ("Franklin County Common Pleas Judge Adaeze Morrow said")."""
        holders = self._holders_by_role().get(role.text.rsplit(" ", 1)[-1].lower(), [])
        if len({holder.name for holder in holders}) != 1:
            return None
        first = holders[0]
        last_paragraph = min(len(self.paragraphs) - 1, paragraph + _LEDE_PARAGRAPHS + 1)
        if not role.start < first.position < self.paragraphs[last_paragraph].end:
            return None
        return first.name if all(word in first.phrase for word in _modifiers(role.text)) else None

    def _introduced_unnamed(self, role: _Speaker, paragraph: int) -> bool:
        """Whether "the aide" stands where the paragraph, or the one before, brought in "a … aide" or
        "one … aide" whom it never named."""
        noun = role.text.rsplit(" ", 1)[-1]
        if not role.text.lower().startswith("the ") or not noun.isalpha():
            return False
        lower = max(self.paragraphs[max(0, paragraph - 1)].start, role.start - _MAX_WINDOW * 2)
        brought = last_match(_brought_in(noun), self.body, lower, role.start)
        if brought is None:
            return False
        # Not when someone named holds the role in a later sentence ("A US judge has set a date. … US district
        # court judge Susan Ilston rejected … The judge said"; but "A spokesperson for the attorney general, Rubén
        # Ortega-Vance," is still unnamed).
        holders = self._holders_by_role().get(noun.lower(), [])
        return not any(
            brought.end() <= _holder_position(holder) < role.start
            and self._sentence_start(brought.end(), _holder_position(holder)) > brought.end()
            for holder in holders
        )

    def _first_mention_at_or_after(self, position: int) -> int:
        """Where the first mention at or after ``position`` starts (the body's end if none)."""
        index = bisect.bisect_left(self._starts, position)
        return self._starts[index] if index < len(self._starts) else len(self.body)

    def _heard_lately(self, position: int, paragraph: int) -> Iterator[_Event]:
        """Who spoke before ``position``, latest first, back to the paragraph before (what a pronoun
        or "the report" may refer to)."""
        reach = paragraph - _ANTECEDENT_PARAGRAPHS
        if reach > 0 and self._asked_only(reach):
            reach -= 1  # ("… ," Deshpande-Moore said. ¶ Can I switch brands? ¶ "…," he said.": the one answering)
        for event in reversed(self._events_before(position)):
            if event.paragraph < reach:
                return
            yield event

    def _asked_only(self, index: int) -> bool:
        """Whether a paragraph is only a question in the writer's words, naming no one: an interview's
        question, between an answer and the next ("Can I switch to a different brand?")."""
        segment = self.paragraphs[index]
        if segment.end - segment.start > _MAX_SUBJECT_CHARS or self.body[segment.end - 1] != "?":
            return False  # (told before the paragraph is read: one may hold the whole of a 2 MB body)
        text = self.body[segment.start : segment.end]
        return (
            not any(mark in text for mark in _OPENING_MARK_CHARS)
            and self._first_mention_at_or_after(segment.start) >= segment.end
        )

    def _document_author(self, noun: str, position: int, paragraph: int) -> str | None:
        """Whose "the report said" is: the one who spoke "in a statement" or sued, for those documents;
        the author its own sentence names; the organisation heard last, nearby ("The NAO urged … It said …
        The report said:"); else the author named earlier ("the report by telecoms giant BT"); no one when
        none was ("the statement said", and nothing before it)."""
        issuer = self._issuer(noun, position, paragraph)
        if issuer is not None:
            return issuer  # 'Mat Ishbia thanked the council in a statement. "…," the statement read.'
        if noun in _LEGAL_FILINGS:
            # "Norvance sued HHS in August. … "…," the lawsuit says.'; else no one: the body heard last is as
            # often the one sued ("ABC said the claims had no merit. The lawsuit, filed on Friday, says").
            # ("Denise Whitfield-Okoro filed a lawsuit in January. … "…," the lawsuit says": said further back.)
            return self._plaintiff(position, paragraph) or self._author_named(noun, 0, position)
        # ("The engineering report, prepared in 2023 by Ambrose & Lattimore Engineers, found")
        sentence = self._sentence_start(self.paragraphs[paragraph].start, position)
        author = self._author_named(noun, sentence, position)
        if author is not None:
            return author
        if noun not in _INSTITUTIONAL_DOCUMENTS:
            # (An audit or a study is its author's, as the text named it: not the council that spoke last.)
            return self._author_named(noun, 0, position)
        heard = next(
            (event.name for event in self._heard_lately(position, paragraph) if event.kind == "organisation"), None
        )
        return heard if heard is not None else self._author_named(noun, 0, position)

    def _documents_sent(self) -> list[tuple[int, str, str | None]]:
        """Where the text said someone sent, released, wrote or filed a document, or sued, with the document's
        noun and who did (``None``: someone it does not name), in text order (read once: every "the letter
        said" looks it up)."""
        if self._senders is None:
            self._senders = []
            for sent in _SENT_DOCUMENT.finditer(self.body):
                told, sender = self._sender_told(sent)
                if told:
                    self._senders.append((sent.start(), (sent.group(1) or "lawsuit").lower(), sender))
        return self._senders

    def _sender_told(self, sent: re.Match[str]) -> tuple[bool, str | None]:
        """Whether the sentence tells who sent the document (or sued) at ``sent``, and who: the person or
        organisation before the verb; someone unnamed when the verb is passive ("Snoop Dogg has been sued by a
        make-up artist", "Snoop Dogg sued for") or a clause of its own stands before it ("The mother of a man
        who died in the Meherrin Valley Regional Jail filed a lawsuit"), unless the name opens the sentence
        ("Walter Greer, a Republican whose district …, sent a letter"); not told by a pronoun, or by a passive
        with no agent ("will not be sued into surrendering")."""
        body, start = self.body, sent.start()
        if sent.group(2):  # "sued"
            agent = _BY_OR_FOR.match(body, sent.end()) is not None
            if agent or _PASSIVE_BEFORE.search(body, max(0, start - 24), start):
                return agent, None
        sentence = self._sentence_start(0, start)
        subject = self._subject_before(start, sentence)
        if subject is not None and subject.kind == "reference":
            # "The civic association filed an Article 78 petition": the body it refers back to, by a word of its
            # name (not "The group sent a letter": a group of lawmakers as often as a body named before).
            meant = self._resolve_reference(subject.text, subject.start)
            named = meant is not None and subject.text.rsplit(" ", 1)[-1].lower() in meant.lower()
            subject = _Speaker(subject.text, meant, "organisation", subject.start) if named else None
        if subject is None or subject.name is None or subject.kind not in ("person", "organisation"):
            return False, None
        if _RELATIVE_WORD.search(body, sentence, start) and any(
            mention.kind in ("person", "organisation")
            for mention in self._mentions_between(bisect.bisect_left(self._starts, sentence), subject.start)
        ):
            return True, None
        return True, subject.name

    def _author_named(self, noun: str, lower: int, position: int) -> str | None:
        """The person or organisation the text gave as the author of the document ``noun`` between ``lower``
        and ``position`` (within the 40 mentions before it): "the report by telecoms giant BT", "A letter
        submitted to the committee by the Council", or who sent it (see _documents_sent); not the paper that saw
        it ("a letter seen by the Guardian"), nor who ordered it."""
        index = bisect.bisect_left(self._starts, position)
        sent = self._sender(noun, max(lower, self._starts[max(0, index - 40)] if index else position), position)
        for mention in reversed(self.linked.mentions[max(0, index - 40) : index]):
            if sent is not None and mention.start < sent[0]:
                return sent[1]  # ("Walter Ng … sent a letter to employees Friday … The letter said")
            if mention.start < lower:
                return None
            if mention.kind not in ("person", "organisation") or _ASKED_BY.search(
                self.body, max(0, mention.start - 24), mention.start
            ):
                continue
            document = _DOCUMENT_OWNED.match(self.body, mention.end)
            if document is not None and _same_document(noun, document.group(1).lower()):
                return mention.name  # "The Office of the State Auditor's special audit of …": the office's
            by = _AUTHORED_BY.search(self.body, max(0, mention.start - 40), mention.start)
            if by is None:
                continue
            words = _PLAIN.findall(self.body[max(0, by.start() - 50) : by.start()].lower())[-6:]
            named = [i for i, word in enumerate(words) if _same_document(noun, word)]
            if named and words[-1] in _NOT_WRITTEN_BY:
                return None  # ("The audit, ordered by the City Council": the document meant, its author unnamed)
            if named and _CLAUSE_AFTER_DOCUMENT.isdisjoint(words[named[-1] + 1 :]):
                owned = self._by_start.get(self._first_mention_at_or_after(mention.end))
                if (
                    owned is not None
                    and owned.kind == "organisation"
                    and _OWNER_AFTER.fullmatch(self.body, mention.end, owned.start)
                ):
                    return owned.name  # "by the Agriculture Department's Office of Inspector General": the office
                return mention.name
        return sent[1] if sent is not None else None

    def _sender(self, noun: str, lower: int, position: int) -> tuple[int, str | None] | None:
        """Where the text last said, between ``lower`` and ``position``, that someone sent the document
        ``noun``, and who (``None``: the document meant, whose sender the text does not give)."""
        senders = self._documents_sent()
        index = bisect.bisect_left(senders, (position,))
        while index > 0 and senders[index - 1][0] >= lower:
            index -= 1
            start, sent, name = senders[index]
            if _same_document(noun, sent):
                return start, name
        return None

    def _read_back_start(self, position: int, paragraph: int) -> int:
        """Where the text read back from ``position`` (in paragraph ``paragraph``) starts: the paragraph
        before, within _MAX_WINDOW."""
        return max(self.paragraphs[max(0, paragraph - 1)].start, position - _MAX_WINDOW)

    def _plaintiff(self, position: int, paragraph: int) -> str | None:
        """Who the text said filed a lawsuit, or sued, shortly before ``position``: whom it was filed by, or
        the subject of the last such verb (a person or organisation)."""
        lower = self._read_back_start(position, paragraph)
        filed = last_match(_FILED_BY, self.body, lower, position)
        if filed is not None:
            # "The lawsuit, filed in Fulton County Superior Court by the Georgia Voter Access Coalition": whom by.
            by = self._by_start.get(self._first_mention_at_or_after(filed.end()))
            if by is not None and by.start == filed.end() and by.kind in ("person", "organisation"):
                return by.name
        sued = last_match(_SUED, self.body, lower, position)
        if sued is None:
            return None
        subject = self._subject_before(sued.start(), self._sentence_start(lower, sued.end()))
        if subject is None:
            return None
        if subject.kind in ("person", "organisation"):
            return subject.name
        if subject.kind == "reference":
            return self._resolve_reference(subject.text, subject.start)  # "The coalition sued"
        # "A group called Ratepayers for Fair Rates sued": the body the description names.
        named = self._mention_ending(_strip_end(self.body, sued.start(), lower), lower)
        return named.name if named is not None and named.kind in ("person", "organisation") else None

    def _issuer(self, noun: str, position: int, paragraph: int) -> str | None:
        """Who the text said spoke "in a statement" (the document ``noun``) shortly before ``position``:
        the first person or organisation of that sentence."""
        body = self.body
        lower = self._read_back_start(position, paragraph)
        issued = last_match(_IN_A_DOCUMENT, body, lower, position)
        if issued is None or issued.group(1).lower() != noun:
            return None
        start = self._sentence_start(lower, issued.start())
        index = bisect.bisect_left(self._starts, start)
        for mention in self._mentions_between(index, issued.start()):
            if mention.kind in ("person", "organisation") and not _OWNER_AFTER.match(body, mention.end):
                return mention.name  # (not "Vell's" of "Vell's attorney, Sabrina Kessel-Durant, said")
        opening = _skip_space(body, start, issued.start())
        conjunction = _LEADING_CONJUNCTION_WORD.match(body, opening, issued.start())
        if (conjunction.end() if conjunction else opening) == issued.start():
            # "In a letter to Interior Secretary Warren Hollister, Sen. Gloria Tsosie-Bennett demanded":
            # the phrase opens the sentence, whose subject follows it (not whom the letter went to).
            comma = body.find(",", issued.end(), min(position, issued.end() + _MAX_SUBJECT_CHARS))
            if comma == -1:
                return None
            after = _skip_space(body, comma + 1, position)
            pronoun = _OPENING_PRONOUN.match(body, after, position)
            if pronoun is not None:
                # "But in a statement released by his office that evening, he repeated his denials."
                return self._resolve_pronoun(pronoun.group().lower(), after, paragraph)
            first = self._first_mention_at_or_after(after)
            subject = self._by_start.get(first)
            # The subject opens the clause, after a title at most ("campaign manager Tyler Brisbane wrote"), not a
            # name further on ("In a statement, the company acknowledged it was cooperating with Cal Fire").
            if (
                subject is not None
                and subject.kind in ("person", "organisation")
                and first < position
                and len(body[after:first].split()) <= 2
            ):
                return subject.name
        return None

    def _resolve_reference(self, text: str, position: int) -> str | None:
        """The organisation "the company" or "the council" refers to: the latest one named, the
        latest whose name holds the noun ("the council": Darlington Council) first."""
        noun = text.split()[-1].lower()
        index = bisect.bisect_left(self._starts, position)
        recent = [m for m in self.linked.mentions[max(0, index - 60) : index] if m.kind == "organisation"]
        alias_words = _alias_words(self.gazetteer)
        heads = _REFERENCE_HEADS.get(noun, frozenset())
        private = noun in ("company", "firm", "group", "union")
        # (Only for the nouns any body may be: "the regulator" is no bank the sentence before opened with.)
        opener = self._opening_body(position) if noun in _ANY_BODY_NOUNS else None
        for mention in reversed(recent):
            if opener is not None and mention.start < opener.start:
                # "Charleston Parents First has mailed three flyers. The group said": the body the sentence
                # before opens with, whose name says nothing of what it is, before an older group by name.
                return opener.name
            if noun in mention.name.lower() or noun in alias_words.get(mention.name, ()):
                return mention.name  # "the corporation": the BBC, the British Broadcasting Corporation
            if noun in ("company", "firm") and mention.name.rsplit(" ", 1)[-1] in _PUBLIC_HEADS:
                continue  # (a company is no public body: not the Arizona Corporation Commission)
            if (
                private
                and mention.name.split(" ", 1)[0] in _GOVERNMENT_LEVELS
                and mention.name.rsplit(" ", 1)[-1] in _PUBLIC_HEADS
            ):
                continue  # (nor is a group the City Council or the House Ethics Committee; State Farm may be)
            if heads and not heads.isdisjoint(mention.name.split()):
                return (
                    mention.name
                )  # "the group": the American Veterans Coalition; "the union": the Texas Federation of …
            if self._described(mention, noun):
                return mention.name
        if opener is not None:
            return opener.name  # (no body named before it was read: it is the earliest of those named lately)
        if not recent:
            return None
        # Otherwise the one named most often lately, the latest of equals: "it said" is the firm
        # the story is about more often than one just named in passing ("a new Access Services division");
        # and not the paper that asked ("told Reuters", "in an interview with ProPublica"), if any other.
        body = self.body
        # (nor a paper named for its story: "fell 2.3% following the Reuters report"; nor the agency
        # whose story it is.)
        agency = _DATELINE_AGENCY.search(body, 0, min(len(body), _DATELINE_CHARS))
        recent = [
            m
            for m in recent
            if not _ASKED_BY.search(body, max(0, m.start - 24), m.start)
            and not _ITS_STORY.match(body, m.end)
            and (agency is None or m.text != agency.group(1))
        ] or recent
        if private:
            # (A company or a group is no public body: not the White House, Congress or a ministry named more often.)
            recent = [m for m in recent if m.name.rsplit(" ", 1)[-1] not in _PUBLIC_HEADS] or recent
        counts = Counter(mention.name for mention in recent)
        return max(reversed(recent), key=lambda mention: counts[mention.name]).name

    def _opening_body(self, position: int) -> LinkedMention | None:
        """The organisation that opens the sentence before the one at ``position`` (after an opening phrase
        if it speaks: "In a written response to questions, Meridian said"), when no institution word ends
        its name (so it may be any kind of body)."""
        body = self.body
        start = self._sentence_start(0, position)
        before = start
        while before > 0 and body[before - 1].isspace() and start - before < _MAX_WINDOW:
            before -= 1
        if before == 0:
            return None
        paragraph = self._paragraph_at(before - 1)
        previous = self._sentence_start(self.paragraphs[paragraph].start, before - 1)  # (not across a paragraph)
        mention = self._by_start.get(self._first_mention_at_or_after(previous))
        if mention is not None:
            described = self._by_start.get(self._first_mention_at_or_after(mention.end))
            if described is not None and _DESCRIBED_BY_NAME.fullmatch(body, mention.end, described.start):
                mention = described  # "Channel Tunnel operator Eurotunnel has seen sales fall": Eurotunnel
        if (
            mention is None
            or mention.kind != "organisation"
            or mention.start >= start
            or mention.name.rsplit(" ", 1)[-1] in _INSTITUTION_HEADS
        ):
            return None
        opening = body[previous : mention.start].strip()
        if opening not in ("", "The") and not (
            opening.endswith(",") and self._verb.match(body, _skip_space(body, mention.end, start), start)
        ):
            return None
        for other in self._mentions_between(bisect.bisect_right(self._starts, mention.start), start):
            if other.kind == "organisation" and self._verb.match(body, _skip_space(body, other.end, start), start):
                return None  # ("GMAC has been a strong contributor, but GM said": the body that spoke last)
        return mention

    def _described(self, mention: LinkedMention, noun: str) -> bool:
        """``_described_as``, read once per mention and noun: each reference reads back over the same
        organisations (up to 60 mentions), which an article of many references would read again and again."""
        key = (mention.start, noun)
        described = self._descriptions.get(key)
        if described is None:
            described = self._descriptions[key] = self._described_as(mention, noun)
        return described

    def _described_as(self, mention: LinkedMention, noun: str) -> bool:
        """Whether the text calls the organisation named at ``mention`` a ``noun``: "the Sunrise
        Movement, a youth climate group," or "the climate group Sunrise Movement"."""
        body = self.body
        after = _DESCRIBED_AFTER.match(body, mention.end, mention.end + 60)
        if after and after.group(1).lower() == noun:
            return True
        before = _search_last_run(_WORD_BEFORE, body, max(0, mention.start - 30), _strip_comma(body, mention.start))
        if before is not None and before.group(1).lower() == noun:
            return True
        # "A parents' group that backed the law, Hoosier Families for Safe Tech,"
        return _described_before(noun).search(body, max(0, mention.start - 100), mention.start) is not None

    def _resolve_pronoun(self, pronoun: str, position: int, paragraph: int) -> str | None:
        if pronoun in ("he", "she"):
            meant = self._person_meant(position, paragraph, _OTHER_SEX["m" if pronoun == "he" else "f"], pronoun)
            if meant is not None:
                # "Kyrsten Sinema … she said. … He disagreed": once "she", never "he".
                self._genders.setdefault(meant, "m" if pronoun == "he" else "f")
            return meant
        if "-year-old" in pronoun:
            return self._person_meant(position, paragraph, "", pronoun)
        if "-of-" in pronoun:
            return self._person_meant(position, paragraph, "m" if "mother" in pronoun else "f", pronoun)
        if pronoun == "it":
            document = self._document_subject_before(position, paragraph)
            if document is not None:
                # 'The report found that … "Significant weaknesses persist," it concluded.': whose the
                # report is, as for "the report said".
                return (
                    self._document_author(document, position, paragraph)
                    if document in _INSTITUTIONAL_DOCUMENTS | _STUDIES
                    else None
                )
            for event in self._heard_lately(position, paragraph):
                if event.kind in ("organisation", "place"):
                    return event.name
            return self._resolve_reference("it", position)
        return None

    def _document_subject_before(self, position: int, paragraph: int) -> str | None:
        """The document noun the sentence before ``position`` has for its subject ("The report found"), if any."""
        body = self.body
        lower = self.paragraphs[max(0, paragraph - 1)].start
        end = _end_of_sentence_before(body, self._sentence_start(lower, position), lower)
        start = _skip_space(body, self._sentence_start(lower, end), end)
        verb = self._verb.search(body, start, end)
        subject = (
            _DOCUMENT_SUBJECT.fullmatch(body, start, verb.start())
            if verb is not None
            else _DOCUMENT_BEING.match(body, start, end)  # "The audit was not entirely negative. It found"
        )
        return subject.group(1).lower() if subject is not None else None

    def _person_meant(self, position: int, paragraph: int, unwanted: str, pronoun: str = "") -> str | None:
        """The person a pronoun (or, with no ``pronoun``, a role that no one named holds) at ``position``
        means: a speaker of the sentence before (for a pronoun: a role brings someone back rather than
        going on with the voice just heard), its subject, the person the story is about, the person
        named last; never one of the sex ``unwanted``."""
        genders = self._genders
        if position <= self._first_person_start and (not self._events or self._event_positions[0] >= position):
            return None  # no one named or heard before it: everything below finds no one
        lower = self.paragraphs[max(0, paragraph - 1)].start
        if pronoun:
            # "Hamish MacDonell said he believed …": the one whose speech the pronoun stands in.
            # (After a subordinate clause it opens with: "When Winfrey asked if he could share them,
            # he declined" is not hers.)
            own_clause = self._clause_start(self.paragraphs[paragraph].start, position)
            clause_opening = _skip_space(self.body, own_clause, position)
            if _SUBORDINATE_OPENING.match(self.body, clause_opening):
                comma = self.body.find(",", own_clause, position)
                own_clause = position if comma < 0 else comma
                addressed = self._addressed(clause_opening, comma, pronoun, unwanted) if comma >= 0 else None
                if addressed is not None:
                    return addressed
            speaking = self._speaking_person(own_clause, position, unwanted, finite=True)
            if speaking is not None:
                return speaking
            subject = self._subject_going_on(own_clause, position, unwanted)
            if subject is not None:
                return subject
        passed_over: tuple[int, int, int, int, int, int, int] | None = None  # see below
        for _ in range(_PRONOUN_CHAIN):
            sentence_start = self._clause_start(lower, position)
            if sentence_start in self._read_across:
                # (Across a title or term in marks: 'Asked on CNN's "State of the Union" whether …, he replied')
                sentence_start = self._sentence_start(lower, position)
            previous_end = _end_of_sentence_before(self.body, sentence_start, lower)
            # For a role, the whole sentence before, across any quote in it: its subject may come
            # before the quote. (A pronoun reads its clause: a quote in between speaks for someone.)
            previous_start = heard_from = self._sentence_start(lower, previous_end)
            if pronoun:
                clause_start = self._clause_start(lower, previous_end)
                new_subject = _NEW_SUBJECT.search(self.body, clause_start, previous_end) is not None
                if clause_start not in self._read_across and (clause_start not in self._partial_closes or new_subject):
                    # A pronoun reads the clause after a quote (a quote in between speaks for someone),
                    # but the whole sentence around a term in marks ('urging people who feel "taken for
                    # granted" by Tony Blair to vote Conservative. He …': the one urging) or one a partial
                    # quote ends ('Mr Howard said the police had said ID cards could "help …". He added'),
                    # or goes on from ('Eunice Park, who …, said many professors felt "caught in the middle"
                    # during the strike. ¶ "…," she said').
                    previous_start = clause_start
                    if new_subject:
                        # ('Hewitt said he had had a "gutful" but Geoff Pollard rejected his comments. "…,"
                        # he said': a clause of its own after the quote, whose subject the pronoun means.)
                        heard_from = clause_start
            opening = self._opening_subject(previous_start, previous_end) if pronoun else ""
            if passed_over is not None:
                if opening != pronoun and (
                    self._one_person(previous_start, previous_end) is None
                    or _QUESTIONED.search(self.body, previous_start, previous_end) is not None
                ):
                    # (Not to a sentence naming two, nor to a question: "Kowalczyk asked whether … The answer
                    # was careful. ¶ "…," she said" is the one asked, whom the sentence passed over is read for.)
                    sentence_start, previous_start, previous_end, heard_from, position, paragraph, lower = passed_over
                    break
                passed_over = None
            if not pronoun or previous_start >= position:
                break
            if opening != pronoun:
                if not self._speaks_of_no_one(previous_start, previous_end):
                    break
                # "Tameka Brooks was at the bus stop. The No. 40 was six minutes late. ¶ "…," she said": a
                # sentence of the writer's naming no one is passed over, to one naming one person.
                passed_over = (sentence_start, previous_start, previous_end, heard_from, position, paragraph, lower)
            # "Warren … She compares him to Trump. … she said": the sentence before opens with the
            # same pronoun, so both mean whoever that one does.
            position = previous_start
            if position == lower and paragraph > 1:
                # ('"…," Rao says. ¶ She remembers one patient … ¶ "…," she says': on across paragraphs.)
                paragraph -= 1
                lower = self.paragraphs[paragraph - 1].start
        if pronoun and (questioning := self._questioning(previous_start, previous_end)) is not None:
            # "Sandoval then asked whether Whitehorse would support an amendment … ¶ "I would," she said.": an
            # answer is the one asked's, a question ("…?" she asked) the asker's.
            asks = self._quote_asks(position)
            if asks is not None:
                meant = questioning[0] if asks else questioning[1]
                if genders.get(meant) != unwanted:
                    return meant
        for event in self._heard_lately(position, paragraph) if pronoun else ():
            if (
                event.asked
                and event.kind == "unnamed"
                and event.paragraph < paragraph
                and self.body[self.paragraphs[paragraph].start] in _OPENING_MARK_CHARS
            ):
                # '"…," Vukovich said. ¶ Reporters pressed him. ¶ "Were any children detained?" one reporter
                # asked. ¶ "No," he said.': the one asked answers, the last one of that sex heard shortly before
                # (or the one the paragraph before the question says was asked: "Brandvold was pressed on his
                # position as he stepped onto an elevator.").
                answerer = self._pressed(event.paragraph - 1, unwanted) or self._voice_before(
                    event.position, unwanted, since=event.paragraph - _ANSWERER_PARAGRAPHS
                )
                if answerer is not None:
                    return answerer
                continue  # (else whom the question named: 'a reporter asked Montoya-Lewis, "…?"')
            if event.kind == "unnamed" and event.gender != unwanted and event.position >= previous_start:
                return None  # "A BBC spokeswoman said … She said": the same unnamed woman
            if event.kind == "person" and genders.get(event.name) != unwanted:
                if (
                    event.asked
                    and event.paragraph < paragraph
                    and self.body[self.paragraphs[paragraph].start] in _OPENING_MARK_CHARS
                ):
                    # '"How many do you need?" Ashdown asked. ¶ "About 40," she said.': the one asked
                    # answers, the last other one heard of that sex (a reply opening its paragraph).
                    answerer = self._voice_before(event.position, unwanted, other_than=event.name)
                    if answerer is not None:
                        return answerer
                    break
                if event.position >= heard_from:
                    # A speaker of the sentence before goes on ("…," he said. "…"), also one of a partial
                    # quote in it ('Howard made a pitch urging people who feel "taken for granted" by
                    # Tony Blair to vote Conservative. He will say …').
                    return event.name
                break
        # Otherwise the subject of the sentence before, if it is a person: "Robben … claims he knew
        # … felled by Aaron Mokoena. "I felt my leg go," he said."
        subject = self._speaking_person(previous_start, sentence_start, unwanted)
        if subject is not None:
            return subject
        someone = _SOMEONE_OPENING.match(
            self.body, _skip_space(self.body, previous_start, sentence_start), sentence_start
        )
        if (
            pronoun
            and someone is not None
            and someone.group(1) in (self._role_set or ())
            and self.gazetteer.role_nouns.get(someone.group(1), "") != unwanted
        ):
            return None  # "A Harborline spokeswoman declined to comment. "…," she said.": that woman, unnamed
        subject_start = previous_start
        comma = self.body.find(",", previous_start, sentence_start)
        mark = _next_mark(self.body, previous_start, sentence_start, self._marks)
        if (
            comma >= 0
            and (
                _SUBORDINATE_OPENING.match(self.body, _skip_space(self.body, previous_start, sentence_start))
                # or a short phrase naming no one: "Twice during the morning, U.S. District Judge … admonished"
                or (comma - previous_start <= 40 and self._first_mention_at_or_after(previous_start) >= comma)
            )
            # (Not a sentence inside a quote, which its first mark closes, nor a clause a quote opens.)
            and comma < mark
            and (mark == sentence_start or _direction(self.body, mark, mark + 1, 0, len(self.body)) != _CLOSE)
        ):
            # "Asked about DeSantis, Newsom laughed.": the subject comes after the opening clause (and
            # after a second phrase of place: "Across the state line, in California's Imperial Valley,").
            subject_start = comma
            more = _PLACE_PHRASE.match(self.body, comma + 1, sentence_start)
            if more is not None:
                subject_start = more.end() - 1
            after_comma = _skip_space(self.body, comma + 1, sentence_start)
            role = self._role_at.match(self.body, after_comma, sentence_start)
            if role is not None and self.body.startswith("the ", after_comma):
                # "Asked about Chakrabarti, the congresswoman was dismissive. … she said": whom the role means.
                name = self._resolve_role(role.group(), role.start(), unwanted=unwanted)
                if name is not None and name in self._people and genders.get(name) != unwanted:
                    return name
        reach = min(sentence_start, subject_start + _SUBJECT_REACH)
        first = (
            self._first_person(subject_start, reach, unwanted)
            or self._first_person(previous_start, subject_start, unwanted)
            or self._titled_subject(previous_start, sentence_start, unwanted)
        )
        # (Not a role in the clause the sentence opens with: "Asked by the chairwoman whether …, Marchetti was
        # more cautious.")
        holder = self._first_role_holder(subject_start, first.start if first is not None else reach, unwanted)
        if holder is not None:
            return holder  # "… prompted the prime minister to say … He told MPs"
        if first is not None:
            return first.name
        for event in self._heard_lately(position, paragraph):
            if event.kind == "person" and genders.get(event.name) != unwanted:
                return event.name
        last_heard = next(self._heard_lately(position, paragraph), None) if pronoun and unwanted else None
        if last_heard is not None and last_heard.kind == "person" and genders.get(last_heard.name) == unwanted:
            # '"…," Greer-Abrams answered. ¶ "…?" Ashworth pressed. ¶ "…," she said.': in an exchange, the
            # one heard before the other, if of the pronoun's sex, rather than the story's topic.
            wanted = _OTHER_SEX[unwanted]
            for event in self._heard_lately(position, max(0, paragraph - 1)):
                if event.kind == "person" and genders.get(event.name) == wanted:
                    return event.name
        if pronoun and paragraph > 1 and self._bare_quote(paragraph - 1):
            # '"…," Tran-Holloway said. ¶ "So your members want the models." ¶ "…," she said.': a turn no one
            # is named for stands between; the one the pronoun means was heard before it.
            for event in self._heard_lately(position, paragraph - 1):
                if event.kind == "person" and genders.get(event.name) != unwanted:
                    return event.name
        # No one speaking or named as a subject nearby: the person the story is about, rather than
        # whoever was named last in passing ("… his rift with Chancellor Gordon Brown. … he said").
        topic = self._topic_person(position)
        if topic is not None and genders.get(topic) != unwanted:
            return topic
        if pronoun and unwanted and paragraph > 1:
            # "Kimberly Henderson … replied … ¶ "…," he wrote. ¶ In response, she wrote" (in a story about a
            # man): one paragraph further back, the last speaker known to be of the pronoun's sex.
            wanted = _OTHER_SEX[unwanted]
            for event in self._heard_lately(position, paragraph - 1):
                if event.kind == "person" and genders.get(event.name) == wanted:
                    return event.name
        if topic is not None and self._topic is not None:
            # "she" in a story about Harry: the woman it names most, not Princess Diana, named last
            # in passing. (Each sex's most named, as counted: one learned since may be under "".)
            named = [
                counted
                for sex, counted in self._topic.by_sex.items()
                if sex != unwanted and counted[1] >= _TOPIC_MENTIONS
            ]
            if named:
                return max(named, key=lambda counted: counted[1])[0]
        index = bisect.bisect_left(self._starts, position)
        for mention in reversed(self.linked.mentions[max(0, index - 40) : index]):
            if mention.kind == "person" and genders.get(mention.name) != unwanted:
                return mention.name
        return None

    def _speaks_of_no_one(self, start: int, end: int) -> bool:
        """Whether the short sentence from ``start`` to ``end`` is the writer's and speaks of no one: no
        person named, no pronoun or role for one, no quote ("The No. 40 was six minutes late.")."""
        if end - start > _MAX_SUBJECT_CHARS or _inside_any(self._quote_spans, start, end):
            return False
        index = bisect.bisect_left(self._starts, start)
        if any(mention.kind == "person" for mention in self._mentions_between(index, end)):
            return False
        roles = self._role_set or frozenset()
        words = (word.lower() for word in _LOWER_WORD.findall(self.body, start, end))
        return not any(word in _PERSONAL_WORDS or word in roles or word[:-1] in roles for word in words)

    def _one_person(self, start: int, end: int) -> str | None:
        """The one person the sentence from ``start`` to ``end`` names outside quotes, if it names one (not
        counting an owner, "Loretta has taped a second index card to the refrigerator, beneath Harold's list",
        nor a name where a place stands, which may be one: "the house … outside Alder Springs")."""
        index = bisect.bisect_left(self._starts, start)
        body = self.body
        named = {
            mention.name
            for mention in self._mentions_between(index, end)
            if mention.kind == "person"
            and not _inside_any(self._quote_spans, mention.start, mention.end)
            and not _POSSESSIVE_AFTER.match(body, mention.end)
            and not LOCATED_BEFORE.search(body, max(0, mention.start - 8), mention.start)
        }
        return named.pop() if len(named) == 1 else None

    def _quote_asks(self, position: int) -> bool | None:
        """Whether the quote around ``position``, or the one opening just after it, is a question (None when
        there is none)."""
        spans = self._quote_spans
        index = bisect.bisect_right(spans.starts, position) - 1
        if index < 0 or spans.ends[index] <= position:
            index += 1
            if index >= len(spans.starts) or spans.starts[index] - position > _ATTRIBUTION_WORDS * 8:
                return None
        close_end = spans.ends[index]
        return self.body[close_end - 2 : close_end - 1] == "?"

    def _questioning(self, start: int, end: int) -> tuple[str, str] | None:
        """The asker and the one asked of a sentence of the writer's that narrates a question between two people
        ("Sandoval then asked whether Whitehorse would support …", "who pressed Lundgren on how much …"; "Voss
        was questioned by Garrett Fenwick"), outside quotes."""
        if end - start > _MAX_WINDOW or _inside_any(self._quote_spans, start, end):
            return None
        body = self.body
        if _SPEECH_REPORTED.search(body, start, end):
            return None  # "Castellanos said she had pressed Oyelaran on …": her speech, not a questioning
        index = bisect.bisect_left(self._starts, start)
        for verb in _QUESTIONED.finditer(body, start, end):  # (not the noun: "Some of the questions came")
            before = [m for m in self._mentions_between(index, verb.start()) if m.kind == "person"]
            after = [m for m in self._mentions_between(bisect.bisect_left(self._starts, verb.end()), end)]
            if (
                before
                and after
                and after[0].kind == "person"
                and before[-1].name != after[0].name
                # The asker is the verb's subject ("Sandoval then asked", "Ferreira-Nakamura, who pressed"; not
                # "Echeverri, asked about …, was unmoved"), the one asked right after it or its "whether".
                and _ASKER_GAP.fullmatch(body, before[-1].end, verb.start())
                and _ASKED_GAP.fullmatch(
                    body, verb.end(), after[0].title_start if after[0].title_start >= 0 else after[0].start
                )
            ):
                if verb.group(1):  # (passive: "was questioned by Garrett Fenwick")
                    return after[0].name, before[-1].name
                return before[-1].name, after[0].name
        return None

    def _pressed(self, paragraph: int, unwanted: str) -> str | None:
        """The person a paragraph of the writer's says was asked, with no asker named ("Brandvold was pressed on
        his position"), not of the sex ``unwanted``."""
        if paragraph < 0:
            return None
        segment = self.paragraphs[paragraph]
        if segment.end - segment.start > _MAX_WINDOW or _inside_any(self._quote_spans, segment.start, segment.end):
            return None
        index = bisect.bisect_left(self._starts, segment.start)
        for mention in self._mentions_between(index, segment.end):
            if (
                mention.kind == "person"
                and self._genders.get(mention.name) != unwanted
                and _PRESSED_AFTER.match(self.body, mention.end, segment.end)
            ):
                return mention.name
        return None

    def _bare_quote(self, paragraph: int) -> bool:
        """Whether the paragraph is one quoted stretch and nothing else: a turn in an exchange. (Read once per
        paragraph: each pronoun after it may ask.)"""
        bare = self._bare_quotes.get(paragraph)
        if bare is None:
            body, segment = self.body, self.paragraphs[paragraph]
            start, end = segment.start, segment.end  # (trimmed of whitespace)
            bare = self._bare_quotes[paragraph] = (
                end - start > 2
                and body[start] in _OPENING_MARK_CHARS
                and body[end - 1] in _OPENING_MARK_CHARS
                and _MARKS.search(body, start + 1, end - 1) is None
            )
        return bare

    def _addressed(self, opening: int, comma: int, pronoun: str, unwanted: str) -> str | None:
        """The person an opening clause of time brings something to, when the pronoun right after it is
        the sentence's subject: "When a reporter read that comment back to Tran, she said:" (not "Asked if
        Mr Blunkett could return, he replied", nor "At a conference hosted by Gordon Brown, he said")."""
        body = self.body
        subject = _OPENING_PRONOUN.match(body, _skip_space(body, comma + 1, len(body)))
        if subject is None or subject.group().lower() != pronoun or not _TIME_OPENING.match(body, opening):
            return None
        index = bisect.bisect_left(self._starts, opening)
        named = {
            mention.name
            for mention in self._mentions_between(index, comma)
            if mention.kind == "person"
            and self._genders.get(mention.name) != unwanted
            and _TO_BEFORE.search(body, max(opening, mention.start - 12), mention.start)
        }
        return named.pop() if len(named) == 1 else None

    def _opening_subject(self, start: int, end: int) -> str:
        """The pronoun ("he" or "she", else "") the sentence from ``start`` to ``end`` is about: its subject,
        first or after an opening clause or short phrase ("Asked by a reporter what would happen, he paused.",
        "Afterward, she spoke to reporters."; not "When I relayed this to Ashby, he laughed": Ashby), or a
        possessive opening it ("Her FAIR Plan policy now costs $9,800 a year.")."""
        body = self.body
        conjunction = _LEADING_CONJUNCTION_WORD.match(body, start, end)  # ("But she echoed some of …")
        begin = conjunction.end() if conjunction is not None else start
        opening = _OPENING_PRONOUN.match(body, begin, begin + 4)
        if opening is None and (possessive := _OPENING_POSSESSIVE.match(body, start, start + 4)):
            # (Not when the sentence names someone: "His party leader, Michael Howard, argued", "His assurances
            # came after Sir Digby Jones said"; but one it names only as an owner does not act in it: "Her well
            # is 80 feet deeper than Atcitty's", unless the possessive is of kin or an aide, who may be that
            # owner's: "Her mother said she … close to Alisha's school".)
            index = bisect.bisect_left(self._starts, start)
            word = _NEXT_WORD.match(body, possessive.end(), end)
            kin = word is not None and word.group(1) in self.gazetteer.role_nouns
            if not any(
                mention.kind == "person" and (kin or not _POSSESSIVE_AFTER.match(body, mention.end))
                for mention in self._mentions_between(index, end)
            ):
                opening = possessive
        comma = body.find(",", start, min(end, start + _OPENING_PHRASE_CHARS)) if opening is None else -1
        where = (
            body.find(",", begin, min(end, begin + _MAX_SUBJECT_CHARS // 2))
            if opening is None and _WHERE_OPENING.match(body, begin)
            else -1
        )
        if opening is None and (
            _SUBORDINATE_OPENING.match(body, start)
            # ("Afterward, she spoke to reporters.", "On Tuesday, he …": a short phrase naming no one)
            or (comma >= 0 and self._first_mention_at_or_after(start) >= comma)
            # (or a phrase of where or when naming no one but places: "But at an industry conference in Chicago
            # last month, she defended the company's structure.")
            or (where >= 0 and self._names_no_one(begin, where))
        ):
            comma = body.find(",", start, end)
            # (Not a comma inside a quote; across a term or partial quote in marks: 'While saying he admired
            # Mr Blair's "courageous" leadership, he …')
            if comma >= 0 and not _inside_any(self._quote_spans, comma, comma + 1):
                after = _skip_space(body, comma + 1, end)
                opening = _OPENING_PRONOUN.match(body, after, after + 4)
                pronoun = opening.group().lower() if opening is not None else ""
                if pronoun and self._addressed(start, comma, pronoun, _OTHER_SEX["m" if pronoun == "he" else "f"]):
                    return ""  # (the one the clause brings something to: "When I relayed this to Ashby, he laughed")
        return "" if opening is None else _PRONOUN_OF[opening.group().lower()]

    def _topic_person(self, position: int) -> str | None:
        """The person named most often before ``position`` (the earliest of equals).

        Counted on from the last call when ``position`` is not before it (speech is read in text
        order), so an article full of such references is read once, not once per reference."""
        index = bisect.bisect_left(self._starts, position)
        topic = self._topic
        if topic is None or topic.index > index:
            topic = self._topic = _Topic()
        counts, order = topic.counts, topic.order
        confidence = self.linked.confidence
        for mention in self.linked.mentions[topic.index : index]:
            if mention.kind == "person" and confidence.get(mention.name, 1.0) >= CONFIDENT:
                name = mention.name
                count = counts[name] = counts.get(name, 0) + 1
                if count == 1:
                    order[name] = len(order)
                if (
                    topic.name is None
                    or count > topic.count
                    or (count == topic.count and order[name] < order[topic.name])
                ):
                    topic.name, topic.count = name, count
                sex = self._genders.get(name, "")
                if count > topic.by_sex.get(sex, ("", 0))[1]:
                    topic.by_sex[sex] = (name, count)
        topic.index = index
        return topic.name

    def _holders_by_role(self) -> dict[str, list[RoleHolder]]:
        """The article's role holders by their role word (lowercase), in text order."""
        if self._role_holders is None:
            self._role_holders = {}
            for holder in sorted(self.linked.roles, key=_holder_position):  # stable: ties keep their order
                self._role_holders.setdefault(holder.role.lower(), []).append(holder)
        return self._role_holders

    def _speaking_person(self, start: int, end: int, unwanted: str, finite: bool = False) -> str | None:
        """A person right before a reporting verb between ``start`` and ``end`` (outside quotes): the
        subject of "Speaking after Mr Brown's Budget, Mr Kennedy acknowledged that …" (with ``finite``,
        not of a participle: "heaped praise on Mr Brown saying" is no speech of Mr Brown's)."""
        index = bisect.bisect_left(self._starts, start)
        for mention in self._mentions_between(index, end):
            if mention.kind != "person" or self._genders.get(mention.name) == unwanted:
                continue
            if _next_mark(self.body, start, mention.start, self._marks) < mention.start:
                return None
            verb_at = _skip_space(self.body, mention.end, end)
            if _APPOSITIVE_OPENING.match(self.body, verb_at, end):
                # "Huntsinger, the former actuary, agreed, though he added": past the appositive.
                closing = self.body.find(",", verb_at + 1, min(end, verb_at + _APPOSITIVE_CHARS))
                verb_at = closing if closing >= 0 else verb_at
            elif _WHO_OPENING.match(self.body, verb_at, end):
                # "Eunice Park, who chairs the senate and is not related to Jin-woo Park, said": past the
                # clause, whose names are not the subject.
                closing = self.body.find(",", verb_at + 1, min(end, verb_at + _MAX_SUBJECT_CHARS))
                verb_at = closing if closing >= 0 else verb_at
            if self.body.startswith(",", verb_at):  # "a retired teacher named Gloria Sims, told"
                verb_at = _skip_space(self.body, verb_at + 1, end)
            verb = self._verb.match(self.body, verb_at, end)
            if verb is not None and not (finite and verb.group().endswith("ing")):
                if self._object_relative(mention.start, verb.end()):
                    continue  # "persuaded by the provisions Park described.": what Park said is the object
                return mention.name
        return None

    def _object_relative(self, start: int, verb_end: int) -> bool:
        """Whether the name at ``start`` and its verb ending at ``verb_end`` close a clause that describes a noun
        before them ("the accountability provisions Park described."): a lowercase word before the name that is
        neither a word a clause follows nor a role, and the sentence's end right after the verb."""
        body = self.body
        if not _STOP_AFTER.match(body, verb_end) or body.startswith(",", verb_end):
            return False
        before = last_word(body, max(0, start - 30), _strip_end(body, start, max(0, start - 30)))
        return (
            before.isalpha()
            and before.islower()
            and before not in _CLAUSE_WORDS
            and before not in self.gazetteer.role_nouns  # (a title: "Fiction Records spokesman Paul Smernicki said.")
        )

    def _tagged_from(self, place: str, position: int) -> str | None:
        """The person last named before ``position`` with a tag or "of" placing them in ``place``
        ("Dale Whitaker, R-Okla.", "Susan Collins of Maine"; a town or county the gazetteer does not know by
        its words: "Dale Brekke, R-Spencer" is "the Spencer Republican", "D-Allegheny" "the Allegheny County
        Democrat")."""
        body, names = self.body, self.gazetteer.names
        known = names.get(normalise_name(place))
        index = bisect.bisect_left(self._starts, position)
        for mention in reversed(self.linked.mentions[max(0, index - 60) : index]):
            if mention.kind != "person":
                continue
            tag = _PARTY_TAG.match(body, mention.end)
            # ("(R-Okla.)", ", D-Texas", "(R-KS)": the state after the party's letter)
            state = (
                tag.group().strip(" ,()")[2:] if tag else place if body.startswith(" of " + place, mention.end) else ""
            )
            if not state:
                continue
            if known is None:
                if place == state or place.startswith(state + " "):
                    return mention.name
                continue
            state = self.gazetteer.postal_codes.get(state, state)
            if names.get(normalise_name(state), ("", ""))[0] == known[0]:
                return mention.name
        return None

    def _places_or_sides(self, words: list[str]) -> bool:
        """Whether ``words`` name a place or a people or party ("West Virginia", "Welsh", "Labour")."""
        if words[-1:] == ["Party"] and len(words) > 1:
            words = words[:-1]  # "the Conservative Party co-chairman": a party's
        phrase = " ".join(words)
        known = self.gazetteer.names.get(normalise_name(phrase))
        return phrase in self.gazetteer.demonyms or (known is not None and known[1] == "place")

    def _first_role_holder(self, start: int, end: int, unwanted: str) -> str | None:
        """The person a role written with "the" between ``start`` and ``end`` means ("the prime
        minister": whoever the article names so), outside quotes; None when there is none."""
        body = self.body
        for the in _THE_WORD.finditer(body, start, end):
            if _next_mark(body, start, the.start(), self._marks) < the.start():
                return None
            role = self._role_at.match(body, the.start(), end)
            if role is None or body.startswith(("'", "’", ","), role.end()):
                continue  # not "the home secretary's plans" (no subject), nor "the chairman, Ann Lee" (named)
            name = self._resolve_role(role.group(), the.start(), held_only=True)
            if name is not None and name in self._people and self._genders.get(name) != unwanted:
                return name
        return None

    def _subject_going_on(self, start: int, position: int, unwanted: str) -> str | None:
        """The person a clause opens with, when a pronoun at ``position`` goes on about them in a clause
        of its own, with no one else named between: "Kansas Sen. Brock Ellery tried …, where he
        described", "Senate hopeful Keisha Marlowe-Banks is up with a spot in which she tells"."""
        body = self.body
        start = _skip_space(body, start + 1 if body.startswith(",", start) else start, position)
        going_on = _GOING_ON.search(body, start, position)
        if going_on is None or _next_mark(body, start, going_on.start(), self._marks) < going_on.start():
            return None
        subject = self._titled_subject(start, going_on.start(), unwanted)
        if subject is None or body.startswith(("'s", "’s"), subject.end):
            return None
        index = bisect.bisect_left(self._starts, subject.end)
        if any(mention.kind == "person" for mention in self._mentions_between(index, going_on.start())):
            return None
        return subject.name

    def _titled_subject(self, start: int, end: int, unwanted: str) -> LinkedMention | None:
        """The person a sentence opens with after a long title: "Presumptive Democratic White House
        nominee Joe Biden joined …", "White House chief of staff Ana Ruiz", where every word before the
        name is capitalised or a role, or follows "of" after one."""
        first = self._first_person(start, end, unwanted)
        if first is None or first.start - start > _TITLE_REACH:
            return None
        roles = self._role_set or frozenset()
        previous = ""
        for word in self.body[start : first.start].split():
            titled = word[:1].isupper() or word.rsplit("-", 1)[-1] in roles or previous == "of"
            if not titled and (word != "of" or not previous):
                return None
            previous = word
        return first if previous != "of" else None

    def _first_person(self, start: int, end: int, unwanted: str = "") -> LinkedMention | None:
        """The first person named between ``start`` and ``end`` whose sex is not ``unwanted``, outside quotes."""
        index = bisect.bisect_left(self._starts, start)
        for mention in self._mentions_between(index, end):
            if _next_mark(self.body, start, mention.start, self._marks) < mention.start:
                return None  # a name inside a quote is no subject of the sentence
            if mention.kind == "person" and self._genders.get(mention.name) != unwanted:
                return mention
        return None

    def _resolve_role(self, text: str, position: int, held_only: bool = False, unwanted: str = "") -> str | None:
        """Who the role phrase ``text`` at ``position`` means: its holder named in the article (not one of
        the sex ``unwanted``), else (unless ``held_only``) the person the article is about or the
        organisation it names."""
        head, _, last = text.rpartition(" ")
        if last in _ROLE_ACRONYMS:
            text = f"{head} {_ROLE_ACRONYMS[last]}".lstrip()  # "the CFO": the chief financial officer
        reading = self._role_readings.get(text)
        if reading is None:
            reading = self._role_readings[text] = self._read_role(text)
        role, may_be_topic, named_for = reading
        if not role:
            return None
        # Which holders the phrase can mean depends on its words only: found once per phrase, not
        # once per mention of it (an article of many holders and mentions would be read through for each).
        holders = self._phrase_holders.get(text)
        if holders is None:
            holders = self._phrase_holders[text] = self._holders_of_phrase(text, role, named_for)
        if unwanted:
            # ("Pressed by reporters, the senator paused. … he said": the senator who is a man.)
            holders = [holder for holder in holders if self._genders.get(holder.name) != unwanted]
        if holders:
            # The last one named at or before ``position`` (they are in text order), else the first
            # (but not for a role only a holder may mean: "she turned toward the Republican side" means
            # no Republican named further on).
            before = bisect.bisect_right(holders, position, key=_holder_position)
            if before > 1 and len({holder.name for holder in holders[:before]}) > 1:
                # Of several holders, the one spoken of just before ("Dunmore, for his part, sounded unbothered. ¶
                # "…," the chair told reporters": the committee's chair, not the subcommittee's named since).
                spoken_of = self._holder_spoken_of(holders[:before], position)
                if spoken_of is not None:
                    return spoken_of
            if before or not (held_only or role in _PARTY_ROLES):
                return holders[before - 1 if before else 0].name
        if held_only:
            return None
        if may_be_topic and (
            not _RANK_WORDS.isdisjoint(_role_words_of(text))
            or (named_for and self._places_or_sides(named_for))
            or role in _PARTY_ROLES
        ):
            # A role the text gives no holder, read as a pronoun would be (mostly the subject of the
            # sentence before): one of a rank ("The shadow chancellor said", after "Oliver Letwin, for
            # the Tories, attacked …": not the chancellor the story is about), or of a state or party
            # ("the Kentucky Republican", after "Sen. Mitch McConnell, R-Ky., dismissed the plan."; "The
            # Democrat told reporters", after Sen. Elizabeth Warren).
            if named_for:
                # "The Oklahoma Republican told …", after "Sen. Dale Whitaker, R-Okla."; "the Kansas senator",
                # after "Sen. Gareth Pennington (R-KS)": the one of that state.
                tagged = self._tagged_from(" ".join(named_for), position)
                if tagged is not None:
                    return tagged
            paragraph = self._paragraph_at(position)
            meant = self._person_meant(position, paragraph, _OTHER_SEX.get(self.gazetteer.role_nouns.get(role, ""), ""))
            if meant is not None:
                return meant
        if may_be_topic:
            # "the England captain said" with no one given that role: the person the article is about
            # (not "Big Brother's spokeswoman" or "the council spokesman": someone unnamed).
            topic = self._topic_person(position)
            sex = self.gazetteer.role_nouns.get(role, "")
            unwanted = _OTHER_SEX.get(sex, "")
            if unwanted and topic is not None and topic not in self._genders and self._topic is not None:
                # "the congresswoman said": a woman the text names before someone of unknown sex.
                topic = self._topic.by_sex.get(sex, (topic, 0))[0]
            if topic is not None and (not unwanted or self._genders.get(topic) != unwanted):
                return topic
            if unwanted:
                # "the congresswoman said" when the story is about a man: the woman the text means.
                paragraph = self._paragraph_at(position)
                meant = self._person_meant(position, paragraph, unwanted)
                if meant is not None:
                    return meant
        # "the ministry said": the organisation whose name ends with that word (the same for every
        # such reference, so looked for once).
        if role not in self._organisation_by_role:
            self._organisation_by_role[role] = next(
                (name for name in sorted(self._organisations) if name.lower().endswith(role.lower())), None
            )
        return self._organisation_by_role[role]

    def _holder_spoken_of(self, holders: list[RoleHolder], position: int) -> str | None:
        """The holder named last in the paragraph before ``position`` or the one before it (within
        _MAX_WINDOW), if any."""
        lower = self._read_back_start(position, self._paragraph_at(position))
        names = {holder.name for holder in holders}
        index = bisect.bisect_left(self._starts, lower)
        for mention in reversed(self._mentions_between(index, position)):
            if mention.name in names:
                return mention.name
        return None

    def _holders_of_phrase(self, text: str, role: str, named_for: list[str]) -> list[RoleHolder]:
        """The holders of ``role`` the role phrase ``text`` can mean (see _read_role), in text order."""
        by_role = self._holders_by_role()

        def named_so(holders: list[RoleHolder]) -> list[RoleHolder]:
            # "the Ferrari driver" is not the holder introduced as "Mercedes driver Lewis Hamilton".
            return [holder for holder in holders if all(word in holder.phrase for word in named_for)]

        holders = named_so(by_role.get(role, []))
        same = [holder for word in _ROLE_SYNONYMS.get(role, ()) for holder in by_role.get(word, ())]
        if same:
            # "the attorney" is as much Lamar's lawyer, named last, as "The company's attorney" before.
            holders = sorted(holders + named_so(same), key=_holder_position)
        kin = named_so(
            sorted(
                (holder for word in _ROLE_KIN.get(role, ()) for holder in by_role.get(word, ())), key=_holder_position
            )
        )
        # "the subcommittee chairman": of the holders of the role or a role the word covers ("the lawmaker said",
        # after "Rep. Jim Jordan"), those whose role names that body ("Curtis Lindqvist, who chairs the panel's
        # border security subcommittee", not "House Homeland Security Chair Wade Hollister").
        bodies = {word for word in text.lower().split()[:-1] if word in _ROLE_BODIES}
        of_body = [
            holder for holder in sorted(holders + kin, key=_holder_position) if bodies <= _role_words_of(holder.phrase)
        ]
        holders = of_body if bodies and of_body else holders or kin
        # "the planning director": of those, the holders whose role gives its field ("The county's planning
        # director, Adebayo Okafor-Hines", not "Its executive director, Paulette Sorensen").
        field = _role_words_of(text) - _RANK_WORDS - {"the", "a", "an", text.lower().rsplit(" ", 1)[-1]}
        fielded = [holder for holder in holders if field <= _role_words_of(holder.phrase)] if field else []
        holders = fielded or holders
        owner = _LOWERCASE_OWNER.search(text)
        if owner is not None:
            # "the county's top lawyer" is not "the family's attorney", nor "the company's lawyer" "the lead attorney
            # for the residents" (an owner by name may be the company: "Harwell attorney Grant Whitaker").
            holders = [
                holder
                for holder in holders
                if (served := _LOWERCASE_OWNER.match(holder.phrase) or _SERVES_LOWERCASE.search(holder.phrase)) is None
                or served.group(1) == owner.group(1)
            ]
        if holders:
            # "the prime minister" is neither the "Deputy Prime Minister" (a rank the phrase does not
            # give), nor "the shadow foreign secretary" the foreign secretary (a rank the holder lacks),
            # nor "former welfare minister Frank Field" (not the office the phrase names).
            # (But a word that covers roles covers their deputies: "the prosecutor" is "Deputy District Attorney
            # Anjali Brennan-Shah".)
            words = _role_words_of(text)
            ranks, offices = words & _RANK_WORDS, words & _OFFICES
            holders = [
                holder
                for holder in holders
                if (
                    (held := _role_words_of(holder.phrase)) & _RANK_WORDS == ranks
                    or (holder in kin and held & _RANK_WORDS <= ranks | _SUBORDINATE_RANKS)
                )
                and offices <= held
            ]
        return holders or []

    def _read_role(self, text: str) -> tuple[str, bool, list[str]]:
        """The role word of a role phrase ("" for someone unnamed), whether the phrase, when no one
        holds the role, may mean the person the article is about, and whose the role is (see
        ``_modifiers``). Read once per phrase."""
        words = text.split()
        if words and words[0].lower() in _CONJUNCTIONS:
            words = words[1:]  # "but one insider"
        if not words or words[0].lower() in ("a", "an", "one", "another"):
            return "", False, []  # "a spokesman said": someone the article does not name
        role = words[-1].lower()
        if role.endswith("s") and (role not in self.gazetteer.role_nouns or role[:-1] in self.gazetteer.role_nouns):
            return "", False, []  # "officials said": several unnamed people
        # "Big Brother's spokeswoman", "his wife": someone of another's, not whom the story is about.
        possessive = "'" in text or "’" in text or words[0].lower() in ("his", "her", "their", "its")
        may_be_topic = (
            role not in _UNNAMED_ROLES
            and role not in _COLLECTIVE_ROLES
            and not possessive
            and (role in self.gazetteer.role_nouns or role.capitalize() in self.gazetteer.title_words)
        )
        return role, may_be_topic, _modifiers(text)

    def _mentions_between(self, index: int, end: int) -> list[LinkedMention]:
        """The mentions from the ``index``-th on that start before ``end`` (a slice of that many, not of
        every mention to the end of the article)."""
        return self.linked.mentions[index : bisect.bisect_left(self._starts, end, index)]

    def _heard(self, speaker: _Speaker, name: str | None, position: int, paragraph: int, asked: bool = False) -> None:
        """Remember who spoke where, for the pronouns that follow: a name, or someone unnamed ("a
        BBC spokeswoman said … She said": she is no one the article names)."""
        if name is not None:
            self._add_event(_Event(position, paragraph, name, self._kind_of(name, speaker), asked=asked))
        elif speaker.kind in ("role", "unnamed") and speaker.text:
            # The last role word ("a spokesman for Gov. Greg Abbott": the spokesman).
            nouns = self.gazetteer.role_nouns
            role = self._role_nouns_named.get(speaker.text)
            if role is None:
                role = self._role_nouns_named[speaker.text] = next(
                    (word for word in reversed(speaker.text.lower().split()) if word in nouns), ""
                )
            if role and role not in _COLLECTIVE_ROLES and not (role.endswith("s") and role[:-1] in nouns):
                # Heard where the words naming them stand: '"…," the spokesman said. He added' is his.
                heard = max(position, speaker.start)
                self._add_event(_Event(heard, paragraph, "", "unnamed", nouns[role], role, asked))

    def _add_event(self, event: _Event) -> None:
        # Kept in text order: quotes of a paragraph are read before its indirect speech.
        index = bisect.bisect_right(self._event_positions, event.position)
        self._events.insert(index, event)
        self._event_positions.insert(index, event.position)

    def _events_before(self, position: int) -> list[_Event]:
        end = bisect.bisect_left(self._event_positions, position)
        return self._events[max(0, end - 50) : end]

    def _kind_of(self, name: str, speaker: _Speaker) -> str:
        if speaker.kind in ("person", "organisation", "place"):
            return speaker.kind
        return self._kinds.get(name, "person")

    # ---------------------------------------------------------------- indirect speech

    def _reports_nothing(self, cue: int) -> bool:
        """Whether the reporting verb at ``cue`` is followed by a stop or a comma ("he said.")."""
        verb = self._verb.match(self.body, cue)
        return verb is not None and _STOP_AFTER.match(self.body, verb.end()) is not None

    def _indirect_cues(self, paragraph: Segment, quote_ranges: _Ranges) -> list[int]:
        """Where ``self._verb`` finds a verb of ``_INDIRECT_CUES`` in the paragraph, outside quotes.

        ``self._verb`` matches whole words only (no word character or hyphen before, ``\\b`` after),
        so the same places are those where ``self._cue`` matches with no such character before.
        ``self._cue`` starts with its words' first letters, which the engine skips ahead to; a
        pattern that starts with a lookbehind is tried at every position of the paragraph. Those
        places are found once for the whole body (see _cue_starts): a verb ends before a paragraph
        ends (a paragraph ends before a space or the end of the body), so its matches are the same.
        """
        cues = []
        for start in self._cues_in(paragraph):
            if quote_ranges.starts and _inside_any(quote_ranges, start, start + 1):
                continue
            cues.append(start)
        return cues

    def _cues_in(self, paragraph: Segment) -> list[int]:
        """Where the verbs of _indirect_cues stand in the paragraph, inside quotes or not."""
        if self._cue_starts is None:
            self._cue_starts = _cue_starts(self.body, self._cue, _CUE_STEMS[id(self.gazetteer)])
        starts = self._cue_starts
        return starts[bisect.bisect_left(starts, paragraph.start) : bisect.bisect_left(starts, paragraph.end)]

    def _indirect(self, position: int, index: int, paragraph: Segment, quote_ranges: _Ranges) -> Quote | None:
        body = self.body
        verb = self._verb.match(body, position)
        if verb is None or self._owned(position):
            return None  # "Labour's claimed black hole", "the minister's claims about Iraq": no verb
        sentence_start = self._clause_start(paragraph.start, position)
        sentence_end = self._sentence_end(verb.end(), paragraph.end)
        if quote_ranges.starts and _inside_any(quote_ranges, sentence_start, sentence_end):
            return None  # sentences with quote marks are reported as quotes
        cue = verb.group()
        # Inverted: "The North likely thinks about aid, said analyst Moon Seong Mook ..."
        before_end = position  # the end of the words before the verb
        while before_end > sentence_start and body[before_end - 1].isspace():
            before_end -= 1
        inverted = None
        if before_end > sentence_start and body[before_end - 1] == "," and cue in _INVERTED_INDIRECT:
            inverted = self._speaker_at(_skip_space(body, verb.end(), sentence_end), sentence_end)
            after = _skip_space(body, inverted[1], sentence_end) if inverted is not None else sentence_end
            if inverted is not None and (
                _CLAUSE_VERB.match(body, after, sentence_end)
                or _ADVERB_AND_VERB.match(body, after, sentence_end)
                or (inverted[0].kind == "role" and _PAST_VERB.match(body, after, sentence_end))
                or (inverted[0].kind == "pronoun" and after < sentence_end and body[after].islower())
                or self._possessed_thing(inverted[1], sentence_end)
            ):
                # "Allianz, a German insurer, said it did not know", "Cosby's lawyer, Walter Phillips, said
                # the comedian was pleased", "Joshua Turner, representing Idaho, said the state's law …":
                # the words after the verb open the clause it reports.
                inverted = None
        if inverted is not None:
            return self._indirect_quote(inverted[0], cue, position, sentence_start, before_end - 1, index)
        whole_sentence = sentence_start == paragraph.start or body[sentence_start - 1].isspace()
        aside = _ASIDE_ENDS.match(body, verb.end())
        if (
            whole_sentence
            and (aside or _ENDS_HERE.match(body, verb.end()))
            and (tail := _TAIL_ATTRIBUTION.search(body, max(sentence_start, position - 60), position))
        ):
            # "Taking Archie out is his favourite activity, he said.": the words before the speaker (also
            # before an aside: "She grew up in a rental, she said, and watched …").
            subject = self._subject_before(position, tail.start() + 1)
            if subject is not None:
                return self._indirect_quote(subject, cue, position, sentence_start, tail.start(), index)
        if aside:
            # "Half the world's population has a telephone, the report said, and 77% …": the words before it.
            comma = body.rfind(",", sentence_start, position)
            subject = self._subject_before(position, comma + 1) if whole_sentence and comma > sentence_start else None
            if subject is None:
                return None
            return self._indirect_quote(subject, cue, position, sentence_start, comma, index)
        # Not inverted after all ("Cory Doctorow, coordinator for …, said that …"): the subject speaks.
        clause_start = _skip_space(body, verb.end(), sentence_end)
        time = _TIME_AFTER.match(body, clause_start, sentence_end)
        if time:
            clause_start = time.end()
        # "said in a statement on Monday that": where it was said, then perhaps when (tried only
        # where "in" or "on" follows: the usual case is neither).
        channel = (
            _CHANNEL_AFTER.match(body, clause_start, sentence_end) if body.startswith(_IN_ON, clause_start) else None
        )
        if channel:
            clause_start = channel.end()
            time = _TIME_AFTER.match(body, clause_start, sentence_end)
            if time:
                clause_start = time.end()
        that = (  # (each match holds "that": str.find rules most sentences out first)
            _THAT_AFTER.match(body, clause_start, sentence_end)
            if body.find("that", clause_start, sentence_end) >= 0
            else None
        )
        told_whom = (
            _TOLD_WHOM.match(body, clause_start, sentence_end) if cue in ("told", "tells") and not that else None
        )
        if that:
            clause_start = that.end()
        elif told_whom:
            clause_start = told_whom.end()  # "told the council she had moved …": the clause after whom
        elif cue in ("told", "tells") or (
            _PREPOSITION_AT.match(body, clause_start, sentence_end)
            and not _CLAUSE_INSIDE.search(body, clause_start, sentence_end)
        ):
            # "told reporters", "said at a rally in Ohio": nothing reported (but "said in November he
            # would stand down" reports a clause)
            return None
        reported = _reported_words(body, clause_start, sentence_end)
        if reported is None or (not that and _ABSOLUTE.match(body, reported[0], reported[1])):
            # (Nor is "said Tuesday, her voice rising": how it was said, not what.)
            return None  # nothing reported, whoever the subject is (so it is looked for only now)
        subject = self._subject_before(position, sentence_start)
        if cue in ("saying", "adding") and not self._thing_says(position, sentence_start):
            subject = self._first_subject(sentence_start, position)
        if subject is None:
            return None
        return self._reported_quote(subject, cue, position, *reported, index)

    def _opening_pronoun(self, start: int, end: int) -> _Speaker | None:
        """The "he" or "she" a clause from ``start`` opens with (perhaps after "But", "And" …)."""
        pronoun = _OPENING_SUBJECT.match(self.body, _skip_space(self.body, start, end), end)
        return _Speaker(pronoun.group(1), None, "pronoun", pronoun.start(1)) if pronoun else None

    def _first_subject(self, start: int, end: int) -> _Speaker | None:
        """Who a sentence from ``start`` is about, for a participle before ``end`` ("…, saying"): the
        pronoun it opens with ("He attacked Michael Howard, saying …"), the person it opens with after
        any title, the role, organisation or country it opens with ("A Labour spokesman criticised
        Michael Howard, saying …"), else the first person it names."""
        pronoun = self._opening_pronoun(start, end)
        if pronoun is not None:
            return pronoun
        opening = _skip_space(self.body, start, end)
        side = _SIDE_OPENING.match(self.body, opening, end)
        if side is not None:
            # "The Biden campaign fired back, calling …": the side speaks, no one named.
            return _Speaker(side.group(), None, "unnamed", opening)
        if self.body.startswith("The ", opening):
            body_named = self._by_start.get(_skip_space(self.body, opening + 4, end))
            if (
                body_named is not None
                and body_named.kind == "organisation"
                and self._role_at.match(self.body, _skip_space(self.body, body_named.end, end), end) is None
            ):
                # "The AFL-CIO came out against Prewitt, calling her …" (not "The Tory leader will …")
                return _from_mention(body_named)
        owner = self._by_start.get(opening)
        named = self._named_role_of(owner.end, end) if owner is not None else None
        if named is not None:
            return _from_mention(named)  # "Halloran's campaign manager, Kelly Ann Dorsey, was …, insisting"
        titled = self._titled_subject(start, end, "")  # "Conservative co-chairman Liam Fox derided …"
        if titled is not None:
            return _from_mention(titled)
        found = self._speaker_at(opening, end)
        if found is not None and found[0].kind != "pronoun":
            after = _skip_space(self.body, found[1], end)
            # (not the dateline of "DES MOINES, Iowa (AP) — Former Vice President Mike Pence …")
            if found[0].kind != "place" or after >= end or self.body[after] not in ",(—–-":
                return found[0]
        first = self._first_person(start, min(end, start + _SUBJECT_REACH)) or self._first_person(start, end)
        if first is None:
            # "Internet service provider (ISP) Plus.net backed the proposals saying …": a firm it opens
            # with (not the short form in brackets).
            index = bisect.bisect_left(self._starts, start)
            first = next(
                (
                    mention
                    for mention in self._mentions_between(index, min(end, start + _SUBJECT_REACH))
                    if mention.kind == "organisation" and not self.body.startswith("(", mention.start - 1)
                ),
                None,
            )
        return _from_mention(first) if first is not None else None

    def _indirect_quote(
        self, subject: _Speaker, cue: str, cue_at: int, start: int, end: int, index: int
    ) -> Quote | None:
        reported = _reported_words(self.body, start, end)
        if reported is None:
            return None
        return self._reported_quote(subject, cue, cue_at, *reported, index)

    def _reported_quote(self, subject: _Speaker, cue: str, cue_at: int, start: int, end: int, index: int) -> Quote:
        """The indirect quote of the words at ``[start, end)`` (see _reported_words)."""
        text = self.body[start:end]
        name = self._resolve(subject, start, index)
        self._heard(subject, name, start, index)
        return Quote(text, start, end, "indirect", name, subject.text, cue, *_ranges(subject, cue, cue_at))


# Verbs that follow the reported words, after a comma, with their speaker after them ("Costs will
# fall, argues Mr Jones, a banker."); other verbs after a comma start a clause of their own, and
# "warned" takes whom it warns ("…, CBI director general, warned Mr Brown not to …").
_INVERTED_INDIRECT = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "argued",
        "argues",
        "insisted",
        "insists",
        "explained",
        "explains",
        "noted",
        "notes",
    ]
)

# Capitalised words that can stand alone as unnamed speakers: "Observers say", "Experts say".
_NOUNLIKE = frozenset(
    [
        "observers",
        "experts",
        "analysts",
        "officials",
        "critics",
        "diplomats",
        "sources",
        "police",
        "witnesses",
        "residents",
        "economists",
        "investors",
        "traders",
        "scientists",
        "researchers",
        "lawyers",
        "campaigners",
        "opponents",
        "supporters",
        "media",
        "reports",
        "authorities",
        "prosecutors",
        "doctors",
    ]
)


# ", he said" closing a sentence: the attribution covers everything before it.
_TAIL_ATTRIBUTION = re.compile(r",\s+(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$")
# ", an official said.", ", the affidavit said.": an unnamed source closing the sentence
_TAIL_ROLE = re.compile(
    r",\s+(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+)[a-z][\w'’-]*\s+$"
)
_SPEAKS_FOR = re.compile(
    r"\b(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+)?(?:[\w-]+\s+)?(?i:spokes(?:man|woman|person)|representative|source|official|aide|"
    r"lawyer|lawyers|statement|insider|executive|member|members|lawmaker|adviser|advisor|ally|allies|friend|"
    r"confidant|confidante|colleague|strategist|operative|analysts|strategists|economists|researchers|officials|"
    r"executives)\s+(?:for|at|from|of|with|close to|to)\s+(?:the\s+)?$"
)
_SPEAKS_FOR_LAST_WORDS = frozenset(["for", "at", "from", "of", "with", "to", "the"])  # the words it ends with
# "the company said", "the council added": a kind of organisation that refers back to one (a data file).
_ORG_REFERENCE_WORDS = load_gazetteer().institution_references
_ORG_NOUNS = word_alternation(_ORG_REFERENCE_WORDS)
_ORG_REFERENCE = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ORG_NOUNS})\s*$")
_MADE_PARTICIPLES = (
    "released|published|issued|prepared|conducted|commissioned|completed|compiled|produced|filed|sent|written|signed"
)
# (And "office", "center", "bureau", which refer back to a body as a document's author: "the office said" is as often
# a politician's.)
_INSTITUTION_NOUN = word_alternation(_ORG_REFERENCE_WORDS | {"office", "center", "centre", "bureau"})
# "A report released by the office in January", "A report the center released", "A department report released", "A
# management audit conducted for the commission by … and released in March": a document, then a clause that says
# who made it (group 1 or 3: a body named by a noun; group 2 ends the document's words; group 4 is how it was made).
_DOCUMENT_OPENING = re.compile(
    rf"(?:An?|The)\s+(?:({_INSTITUTION_NOUN})\s+)?(?:[a-z][\w-]*\s+)?"
    rf"({'|'.join(sorted(_DOCUMENT_NOUNS | _STUDIES))})\s+"
    rf"(?:(?:the|his|her|its|their)\s+({_INSTITUTION_NOUN})\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+[a-z]+\s+)?"
    rf"({_MADE_PARTICIPLES})\b[^,.;:!?\"“”]{{0,120}}"
)
_BY_BODY = re.compile(rf"\bby\s+the\s+({_INSTITUTION_NOUN})\b(?!['’])")  # (not "the department's inspector general")
_OWNED_BODY = re.compile(rf"['’]s\s+({_INSTITUTION_NOUN})\b")
_MADE_AFTER = re.compile(rf"\s+(?:{_MADE_PARTICIPLES})\b")  # "A report Quigley's group published": see _OWNED_BODY

# Those who speak for a person or a government, the words of no one organisation the text names:
# "her campaign said", "the Biden campaign said", "the Trump administration said", "Newsom's office
# said", "the governor's press office said".
_SIDE_NOUNS = frozenset(["campaign", "administration", "office"])
_SIDE = re.compile(
    rf"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|(?:\b[Tt]he\s+(?:[a-z]+\s+)?[a-z]+|\b[A-Z][\w.-]*)['’]s)\s+"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:[a-z]+\s+)?(?:{'|'.join(_SIDE_NOUNS)})\s*$"
)
# (not "Halloran's campaign manager, Kelly Ann Dorsey,": someone of the side, whom the text names)
_SIDE_OPENING = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:{'|'.join(_SIDE_NOUNS)})\b(?!\s+(?:manager|chair|chairman|chairwoman|"
    r"spokesman|spokeswoman|spokesperson|aide|adviser|advisor|director|official|staffer|strategist))"
)
# "The Los Angeles Times editorial board": an organisation's own body, after its name.
_BODY_OF = re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ORG_NOUNS})\s*$")
# (not "the Delta subsidiary said": another company, Delta's)
_RELATED_BODIES = frozenset(["subsidiary", "unit", "partner", "parent", "division", "affiliate", "rival", "owner"])
# Sources who are not named, by what they know or whom they are close to.
_ANONYMOUS_HINT = re.compile(r"\b(?:familiar|close to|briefed|knowledge|involved in|knowledgeable)\b")
_ANONYMOUS_HINT_WORDS = ("familiar", "close to", "briefed", "knowledge", "involved in")  # one is in each match
_ANONYMOUS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Mm]ultiple|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:person|people|sources?|officials?|aides?|advisers?|advisors?|allies|ally|insiders?|"
    r"individuals?|members?)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|involved\s+in|"
    r"knowledgeable\s+about)\s+[^.!?;:,\"“”]{1,60}?\s*$"
)
# An organisation, a document or a side referred to after the verb: "said the company".
_REFERENCE_AT = re.compile(
    rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}?({_ORG_NOUNS}|{'|'.join(sorted(_DOCUMENT_NOUNS | _SIDE_NOUNS))})\b"
    # where the clause ends, not "said the club needs …" nor "said the giant winger"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:in|on|at|to|of|on)\s)"
)

# A role word and up to four words before it, read backwards (see _subject_before).
_LAST_WORDS_REVERSED = re.compile(r"\s*[\w'’-]*(?:\s+[\w'’-]+){0,4}")
# Abbreviated titles before a name, whose full stop ends no sentence ("Sen. Bernie Sanders").
_NAME_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt"])
# Abbreviations written before a number: "Nov. 13", "Sept. 30", "No. 2" (AP style writes every date so).
_NUMBERED_ABBREVIATIONS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol", "Prop"]
)
_NUMBER_NEXT = re.compile(r"\s+(?:\d|[A-HJ-Z]\b)")  # (or a letter: "Prop. M"; not "No. I think")
_INDEFINITE = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)"  # someone not named: "a", "one", "another" (aide)
_MEMBER_BEFORE = re.compile(rf"\b{_INDEFINITE}\s+$")
_SOMEONE_OPENING = re.compile(rf"{_INDEFINITE}\s+(?:[\w'’-]+\s+){{0,3}}?([a-z]+)\b")  # "A Harborline spokeswoman"
_PLACE_ABBREVIATIONS = frozenset(["St", "Mt", "Ft"])  # "St. Louis", "Mt. Hood"
_WORD_NEXT = re.compile(r"\s+[A-Za-z]")
_NAME_ENDINGS = frozenset(FIRM_ABBREVIATIONS + GENERATION_ABBREVIATIONS)  # "Gulfstar Refining Co. said"
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_DASHES = ("—", "–")
_LOWER_AT = re.compile(r"[\"“‘']?[a-z]|[—–]")  # a lowercase word, perhaps in quotation marks, or a dash
_STOP_AT = re.compile(r"[.!?…][\"”’')\]]*\s+|;\s+")
_ELLIPSIS_STOP = re.compile(r"…[\"”’')\]]*\s+")


def _last_clause_start(
    body: str, lower: int, position: int, stops: tuple[str, ...] = tuple(".!?;"), ellipsis: bool = True
) -> int:
    """Where the last clause before ``position`` starts: the end of the first stop in
    ``body[lower:position]`` with no ".", "!", "?" or ";" after it (else ``lower``), where the full
    stop of an abbreviated title ("Sen.") is no stop, nor one inside a word ("Plus.net"), without
    trying every position of the window (tests/extract/test_fast_paths.py holds the same as a regex).

    A stop that has no ".", "!", "?" or ";" after it is either the last of those characters or
    an ellipsis after it. ``stops`` are those of ".!?;" the body holds, ``ellipsis`` whether it
    holds an ellipsis: what the body does not hold is not looked for.
    """
    match = None
    end = position
    # The last place of each stop character before ``position``; only the one passed over is looked
    # for again, so a window full of "Plus.net"s is read once, not once per dot.
    lasts = [body.rfind(char, lower, position) for char in stops]
    while match is None:
        last = max(lasts) if lasts else -1
        if last < 0:
            break
        char = body[last]
        which = stops.index(char)
        lasts[which] = body.rfind(char, lower, last)
        if char == ".":
            word = last_word(body, max(0, last - 8), last)
            if (
                word in _NAME_TITLES
                or (word in _NUMBERED_ABBREVIATIONS and _NUMBER_NEXT.match(body, last + 1, position) is not None)
                or (
                    (word in _PLACE_ABBREVIATIONS or body.endswith(" U.S", max(0, last - 4), last))
                    and _WORD_NEXT.match(body, last + 1, position) is not None
                )
                or (word in _NAME_ENDINGS and _LOWER_NEXT.match(body, last + 1, position) is not None)
            ):
                # "A spokesman for Sen. Bernie Sanders", "said on Nov. 13 that", "who lives in St. Louis",
                # "the U.S. Department of Labor", "senior U.S. officials", "Gulfstar Refining Co. said": a
                # title's stop, or that of an abbreviation before its number or a word, ends no sentence.
                position = last
                continue
        match = _STOP_AT.match(body, last, position)
        if match and body.startswith(".)", last) and _LOWER_AT.match(body, match.end()):
            # "Nancy Pelosi (D-Calif.) said", "Rep. Daniel Kessling (R-Pa.) "knowingly …" used", "Rep.
            # Andrea Hale (D-Calif.) — no relation — said": an abbreviation closing a parenthesis ends no
            # sentence.
            match, position = None, last
        elif match is None:
            position = last  # "Plus.net", "3.5", "?q=": a stop with no space after ends no sentence
    if match is None and ellipsis:
        match = _ELLIPSIS_STOP.search(body, lower, end)
    return match.end() if match else lower


@dataclass(frozen=True, slots=True)
class _Marks:
    """The quote marks a body holds: its single-character marks, and whether it has two apostrophes
    or two backticks."""

    singles: tuple[str, ...] = tuple(_SINGLE_MARKS)
    apostrophes: bool = True
    backticks: bool = True


def _after_last_mark(body: str, start: int, end: int, marks: _Marks = _Marks()) -> int:
    """The end of the last quote mark in ``[start, end)``, else ``start``: the same as the last
    of ``_MARKS.finditer(body, start, end)``, without reading every mark (nor looking for a mark
    ``marks`` says the body does not hold)."""
    last = start
    for char in marks.singles:
        index = body.rfind(char, start, end)
        if index >= last:
            last = index + 1
    for pair, present in (("''", marks.apostrophes), ("``", marks.backticks)):
        index = body.rfind(pair, start, end) if present else -1
        if index >= 0:
            # Two apostrophes (backticks) make a mark, taken in pairs from the start of their run.
            run = index
            while run > start and body[run - 1] == pair[0]:
                run -= 1
            last = max(last, run + 2 * ((index + 2 - run) // 2))
    return last


_ROLE_DETERMINERS = ("the", "a", "an", "one", "another", "its", "his", "her", "their")
_PLAIN = re.compile(r"[\w'’-]+")


def _is_plain(word: str) -> bool:
    """Whether ``word`` is all ``[\\w'’-]`` (a word of the role patterns)."""
    return word.isalnum() or _PLAIN.fullmatch(word) is not None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_starts(word: str) -> list[int]:
    """Where in ``word`` (a run without spaces, not the last) a role phrase may start: at 0; after a
    character outside ``[\\w'’-]``; after an apostrophe or hyphen when a determiner follows."""
    if word.isalnum():
        return [0]
    starts = [0]
    for offset in range(1, len(word)):
        before = word[offset - 1]
        if before in "'’-":
            if word[offset:] in _ROLE_DETERMINERS:
                starts.append(offset)
        elif not _is_word_char(before):
            starts.append(offset)
    return starts


_THREE_WORDS = re.compile(r"\S+\s+\S+\s+\S")  # at a word: the text holds three words or more


# A source set off after a quote: a determiner or an owner, then a few words with no comma nor
# auxiliary at the end ("the military", "Ukraine's General Staff"; not "the plan, he", "the minister had").
_AUXILIARY = r"(?:has|had|have|was|were|is|are|will|would|also|then|later|did|does)\s"
_SOURCE_PHRASE = re.compile(
    rf"((?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){{0,6}}?(?!{_AUXILIARY})[\w'’.-]+"
    rf"|[Ss]ome|[Mm]any|[Oo]thers))\s+(?:{_AUXILIARY}\s*)?"
)
# After the verb: "one group", "a woman in the crowd", "another protester", up to where the clause ends.
_SOURCE_AFTER_VERB = re.compile(r"((?:[Oo]ne|[Aa]n?|[Aa]nother)(?:\s+[a-z][\w'’-]*){1,5})\s*(?=[,.;!?]|$)")
# A noun phrase and a participle, no finite verb: "her voice rising", "his hands shaking".
_ABSOLUTE = re.compile(r"(?:his|her|their|its)\s+[a-z]+\s+[a-z]+ing\b(?:\s+[a-z]+){0,4}$")


def _reported_words(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of indirect speech in ``[start, end)`` without the spaces and stops around them,
    or None when they are fewer than three or open with a quote mark."""
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:"):
        end -= 1
    while start < end and body[start].isspace():
        start += 1
    if body[start : start + 1] in "\"“”'" or not _THREE_WORDS.match(body, start, end):
        return None
    return start, end


def _next_mark(body: str, start: int, end: int, marks: _Marks) -> int:
    """Where the first quote mark in ``[start, end)`` starts, else ``end``: the same as
    ``_MARKS.search(body, start, end)``, found by str.find for each mark the body holds."""
    first = end
    for char in marks.singles:
        index = body.find(char, start, first)
        if index >= 0:
            first = index
    for pair, present in (("''", marks.apostrophes), ("``", marks.backticks)):
        index = body.find(pair, start, first) if present else -1  # ends before ``first``: a pair before it
        if index >= 0:
            first = index
    return first


def _mark_spans(body: str, start: int, end: int, marks: _Marks, limit: int) -> list[tuple[int, int]]:
    """The spans of the first ``limit`` of ``_MARKS.finditer(body, start, end)``. In a body with no
    two apostrophes or backticks in a row (most), its marks are the characters of ``marks.singles``,
    found by str.find: the pattern, which starts with a branch, is tried at every position of a
    paragraph."""
    if marks.apostrophes or marks.backticks:
        return [mark.span() for mark in itertools.islice(_MARKS.finditer(body, start, end), limit)]
    spans: list[tuple[int, int]] = []
    for char in marks.singles:
        # (The first ``limit`` of each mark hold the first ``limit`` of all.)
        count = 0
        at = body.find(char, start, end)
        while at >= 0 and count < limit:
            spans.append((at, at + 1))
            count += 1
            at = body.find(char, at + 1, end)
    if len(marks.singles) > 1:
        spans.sort()
        del spans[limit:]
    return spans


def _strip_comma(body: str, end: int) -> int:
    """``end`` less the comma and spaces before it: "the company, Boeing" read as "the company Boeing"."""
    stripped = end
    while stripped > 0 and body[stripped - 1] == " ":
        stripped -= 1
    return stripped - 1 if stripped > 0 and body[stripped - 1] == "," else end


def _end_of_sentence_before(body: str, start: int, lower: int) -> int:
    """Where the sentence before the one at ``start`` ends: back past its stop, closing marks and spaces."""
    while start > lower and body[start - 1] in _SENTENCE_TAIL:
        start -= 1
    return start


def _strip_end(body: str, end: int, lower: int) -> int:
    while end > lower and body[end - 1] in " \t":
        end -= 1
    return end


_AND_OTHERS_BEFORE = re.compile(r"\s+and\s+(?:\d+|two|three|four|five|several|some|many|dozens\s+of)\s+other\s+$")
# "Harry and ", "… and the ", "… and Lawyers' " (the owner of the name after it)
_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+|[A-Z][\w-]*['’]s?\s+)?$")
_QUOTED_BEFORE = re.compile(r"\bquot(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?$")
_DETERMINER_AT = re.compile(r"(?:a|an|the)\s+")
_ORGANISATION_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:in|on|at|last|this|earlier|later|yesterday|today|citing|quoting|which)\b"
)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
# An owner before a word: "NBC's", "Lawyers'", "his", "their". (One pattern for both uses: a reporting
# word after it is a noun, "Trump's comments"; a title after it is a name, NBC's "Meet the Press".)
_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our))\s+$")
_TERM_BEFORE = re.compile(r"\b(?:[Ss]o[ -]called|slogan|motto|titled|entitled|headlined)\s+$")
_NAMED_BEFORE_WORDS = [
    "called",
    "calls",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    r"known\s+as",
    "slogan",
    "motto",
    "on",  # 'told Kristen Welker on "Meet the Press"': a show
    "in",  # 'wrote in "The Art of the Deal"': a book
    "On",  # 'On "State of the Union," Tapper pressed Castellano'
    "In",
]
_NAMED_BEFORE = re.compile(rf"\b(?:{'|'.join(_NAMED_BEFORE_WORDS)})\s+$")
_NAMED_BEFORE_LAST_WORDS = frozenset(words.rsplit("+", 1)[-1] for words in _NAMED_BEFORE_WORDS)  # ("as" of "known as")


def _possessive_before(body: str, position: int) -> bool:
    """Whether ``_POSSESSIVE_BEFORE`` ends at ``position`` (in the four characters before it), of the
    owners that end in an "s" or an apostrophe ("NBC's", "Lawyers'", "his", "its"): searched only when
    the last of those characters that is no space is one."""
    window = body[max(0, position - 4) : position]
    if window.rstrip()[-1:] not in ("s", "'", "’"):
        return False
    return _POSSESSIVE_BEFORE.search(body, max(0, position - 4), position) is not None


# ", who asked not to be named": a relative clause not closed yet at the end of the text searched.
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*$")
# "Uber, which …, said", "a senior aide, speaking on condition of anonymity, said"
_RELATIVE_OBJECT = re.compile(r"\b(?:who|that)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|s)\s+(?:[\w.]+\s+){0,2}?$")
_RELATIVE_OBJECT_WORDS = ("who", "that")  # one is in each match
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|[a-z]+ing)\b")
# Words a clause with a subject of its own may follow ("as Smith said.", "and then Jones added."): not a noun the
# clause describes.
_CLAUSE_WORDS = frozenset(
    [
        *("as", "and", "but", "or", "nor", "so", "that", "what", "when", "whenever", "while", "because", "then"),
        *("where", "after", "before", "since", "until", "if", "though", "although", "which", "who", "whom", "how"),
        *("why", "than", "also", "later", "once", "now", "again", "finally", "first"),
    ]
)
_STOP_AFTER = re.compile(r"\s*[.,;:!?]")
_PARTY_ROLES = frozenset(["democrat", "republican", "independent", "conservative", "tory"])  # "the Democrat said"
# Role words that cover the roles titles give ("the lawmaker" is "Rep. Jim Jordan" or "Sen. Ted Cruz").
_LAWMAKERS = ("senator", "representative", "congressman", "congresswoman", "legislator", "assemblyman", "assemblywoman")
_ROLE_KIN: dict[str, tuple[str, ...]] = {
    "lawmaker": _LAWMAKERS,
    "legislator": _LAWMAKERS,
    "prosecutor": ("attorney",),
    "judge": ("justice",),
    "justice": ("judge",),
    "chairman": ("chair",),  # "the subcommittee chairman", after "Curtis Lindqvist, who chairs the … subcommittee"
    "chairwoman": ("chair",),
    "chief": ("head",),  # "the bureau chief", after "Kenneth Nakamura, who heads the department's … Bureau"
    "head": ("chief",),
}
# Roles that are one ("the lawyer said" after "Weil's attorney, Renata Castellanos-Fry"), where _ROLE_KIN's
# roles are only read when no one holds the role itself.
_ROLE_SYNONYMS = {
    "lawyer": ("attorney", "counsel"),
    "attorney": ("lawyer", "counsel"),
    "counsel": ("lawyer", "attorney"),
}
_CLAUSE_IN_ROLE = re.compile(
    r"\b(?:why|where|when|how|what|whether|if|he|she|they|we|I|who|which|but|yet|while|whereas|although|though|including)\s"
)
_TOLD_WHOM = re.compile(r"(?:[\w'’.-]+\s+){1,4}?(?=(?:he|she|they|we|I)\s+[a-z])")
_ASKED_BY = re.compile(
    r"\b(?:told|tells|telling|interview\s+with|(?:statement|remarks|comments?|interview)\s+to|obtained\s+by|"
    r"reviewed\s+by|seen\s+by|shared\s+with|provided\s+to)\s+(?:the\s+)?$"
)
# The agency a dateline names as the story's own ("KUALA LUMPUR, March 4 (Reuters) -"): never "the company".
_DATELINE_AGENCY = re.compile(r"\(([A-Z][\w&. ]{0,30})\)\s*[-—–]")
# "a spot in which she tells", "where he described", "profiles the parliamentarian, who she writes is"
_GOING_ON = re.compile(r"\b(?:in which|where|when|who|what|which)\s+(?:he|she)\b")
_ONE_OF_AT = re.compile(r"one of (?:the|those|these|them|his|her|their|its)\b(?: [a-z][\w'’-]*){0,3}")
_INDEFINITE_AT = re.compile(rf"\b{_INDEFINITE}\s")
# What ties a role to whom it serves: "a spokeswoman for Mr. Haverford", "an aide to Abbott".
_SERVING = frozenset(["for", "to"])
_SERVING_AT = re.compile(rf"\s+(?:{'|'.join(sorted(_SERVING))})\s+")
_ITS_STORY = re.compile(
    r"(?:'s)? (?:report|reporting|story|article|investigation|analysis|interview|poll|review|examined|analyzed|"
    r"analysed|reviewed)\b"
)
_PARTY_TAG = re.compile(PARTY_TAG)  # "(R-Okla.)", ", D-Texas,"
# "said several colleagues pushed back", "said the governor made the right call": the clause's own verb.
_PAST_VERB = re.compile(
    r"(?:[a-z]+ed|made|gave|took|got|kept|left|came|went|put|set|held|ran|won|lost|found|thought|knew|saw|brought|"
    r"bought|meant|felt|paid|sent|spent|built|led|met|stood|wrote|became|began|broke|chose|fell|grew|rose|sold|"
    r"struck|understood)\b"
)
# One asking another in the writer's words, before the turns of their exchange: "Pratt questioned Superintendent
# Coral Ng-Sorensen about", "was questioned by Garrett Fenwick" (not "asked the council to …").
_QUESTIONED = re.compile(
    r"\b(?:(?:was|were)\s+(?:(?:later|then|also|repeatedly|closely|sharply)\s+)?(asked|pressed|questioned|grilled|"
    r"quizzed|cross-examined)\s+by|(?:asked|pressed|questioned|grilled|quizzed|cross-examined|asks|presses|"
    r"questions|grills))\s+(?!to\b)"
)
# A passive questioning with no asker named: "Brandvold was pressed on his position" (not "was asked by").
_PRESSED_AFTER = re.compile(
    r"\s+(?:was|were)\s+(?:again\s+|later\s+|repeatedly\s+)?(?:asked|pressed|questioned)\b(?!\s+by\b)"
)
_SPEECH_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|wrote)\b")
# (Past a short phrase set off by commas: "Sen. Angela Roybal-Dunn, D-El Paso, asked", "Solberg-Yusuf, seated
# at the end of the committee table, asked".)
_ASKER_GAP = re.compile(
    r"(?:,\s+who|,\s+[^,.;:!?\"“”]{1,60},)?\s+(?:(?:then|later|also|again|repeatedly|sharply|first)\s+)?"
)
_ASKED_GAP = re.compile(r"(?:(?:whether|if)\s+)?")
_ASKED_WHAT = re.compile(r"\b(?:about|whether|if|why|how|what|when|where|on|for|that|and|but|to)\b")
_RECOUNT = re.compile(r"\b(?:described|describes|recalled|recalls|recounted|recounts|explained|explains)\b")
# The last words of the names a reference noun can mean, beyond the noun itself (none for "the company":
# a firm named in passing is seldom the one meant, which the counts below find better).
_PUBLIC_HEADS = frozenset(
    ["House", "Congress", "Senate", "Department", "Ministry", "Commission", "Court", "Party", "Council",
     "Committee", "Agency", "Office", "Government", "Administration", "Reserve", "Police", "Parliament",
     "Army", "Navy", "Force", "Corps", "Guard", "Pentagon", "Board", "Bureau", "Authority"]
)  # fmt: skip
# First words that make a council or a committee a public body: "City Council", "House Ethics Committee".
_GOVERNMENT_LEVELS = frozenset(
    ["City", "County", "Town", "Village", "Borough", "Parish", "Township", "State", "House", "Senate", "Legislative"]
)
_GROUP_HEADS = frozenset(
    ["Coalition", "Federation", "Association", "Alliance", "Caucus", "Council", "Union", "League", "Society",
     "Network", "Foundation", "Committee", "Project", "Center", "Centre", "Institute", "Movement", "Fund"]
)  # fmt: skip
_FIRM_HEADS = frozenset(
    # (Not "Bros": "Warner Bros" is a studio of TimeWarner, the company the story is about.)
    [
        *(ending for word in FIRM_ABBREVIATIONS if word != "Bros" for ending in (word, word + ".")),
        *("PLC", "plc", "LLC", "L.L.C.", "AG", "GmbH", "SA", "S.A.", "NV", "N.V.", "SE"),
        *("Company", "Corporation", "Incorporated", "Limited", "Holdings"),
    ]
)
_AGENCY_HEADS = frozenset(
    ["Commission", "Administration", "Bureau", "Service", "Department", "Office", "Authority", "Board", "Agency"]
)
_DESCRIBED_BY_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}")  # "Channel Tunnel operator Eurotunnel"
_ANY_BODY_NOUNS = frozenset(["group", "organization", "organisation", "company", "firm"])
_INSTITUTION_HEADS = _PUBLIC_HEADS | _GROUP_HEADS | _FIRM_HEADS | _AGENCY_HEADS
_REFERENCE_HEADS: dict[str, frozenset[str]] = {
    "group": _GROUP_HEADS,
    "organization": _GROUP_HEADS,
    "organisation": _GROUP_HEADS,
    "agency": _AGENCY_HEADS,
    "regulator": _AGENCY_HEADS,  # "the regulator said": the Office of the Comptroller of the Currency
    "watchdog": _AGENCY_HEADS,
    "union": frozenset(["Union", "Federation", "Lodge", "Association", "Guild", "Brotherhood", "Teamsters", "Workers"]),
    # "the company": one whose name a firm's legal ending closes ("Northstate Electric Co.", "Nordhavn Stahl AG").
    "company": _FIRM_HEADS,
    "firm": _FIRM_HEADS,
}
_OPENING_MARK_CHARS = frozenset("\"“”„«»'‘`")
_SERVES = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_SERVING))})\s+(?:the|a|an)\s"
)  # "aide to the mayor", "clerk to the chief justice"
_SERVES_OPENING = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,3}?$")
_ASKING = frozenset(["asked", "asks", "pressed", "questioned"])
_ANSWERING = frozenset(["replied", "replies", "answered", "answers", "responded", "responds"])
_ASKED_WORD = re.compile(r"\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\b")
_REPLYING = _ANSWERING | {"countered", "counters", "retorted", "retorts", "shot back", "fired back"}
_AS_NEXT = re.compile(r"\s+as\b")
# Before an -ing form that is a noun, not a participle: "in writing", "the warning", "his saying".
_GERUND_BEFORE = re.compile(r"\b(?:in|the|his|her|its|their|a|an)\s+$")


def _same_document(noun: str, word: str) -> bool:
    """Whether ``word`` may name the document "the ``noun``" refers to: a study, a survey or a report are
    the same document, however the text calls it, as are a lawsuit and a complaint."""
    return (
        word == noun or (noun in _STUDIES and word in _STUDIES) or (noun in _LEGAL_FILINGS and word in _LEGAL_FILINGS)
    )


@lru_cache(maxsize=64)
def _described_before(noun: str) -> re.Pattern[str]:
    """An appositive naming ``noun`` before the name it describes: "A parents' group that backed the law, …"."""
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\b[^,.;:!?\"“”]{{0,60}},\s*$")


@lru_cache(maxsize=256)
def _brought_in(noun: str) -> re.Pattern[str]:
    """Someone unnamed brought in to speak with ``noun``: "Per a Democratic leadership aide,", "one aide
    said", or opening a sentence: "A Democratic strategist close to the Montoya-Gill campaign said", "One
    adviser to several of the PAC's donors, who …, said", "A manager at one of the stores … described" (not
    "they have a mayor who listens, Smith said", nor "a spokesman, John Doe,", nor "a spokesman John Doe
    said")."""
    # (Words of an acronym too: "A Gulf OPEC+ delegate, who declined to be named, said".)
    return re.compile(
        rf"\b{_INDEFINITE}\s+(?:[\w'’.+-]+\s+){{0,3}}{noun}"
        r"(?=,(?!\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)|\s+(?:said|says|told))"
        rf"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?:(?:But|And|Yet|Still)\s+)?{_INDEFINITE}\s+"
        rf"(?:[\w'’.+-]+\s+){{0,3}}{noun}"
        r"(?=,|\s+(?![A-Z]))"
    )


def _no_cue(body: str, verb: re.Match[str], lower: int) -> bool:
    """Whether a reporting verb's word reports nothing here: an -ing form that is a noun ("in writing"),
    "terms" the noun ("in blunt terms"), or "dismissed as" with no object between ('Japan … dismissed as
    "unacceptable" North Korea's preconditions': a scare quote; but 'Maddox dismissed that as "a talking
    point"' is his words)."""
    word = verb.group()
    if word.endswith("ing"):
        return _GERUND_BEFORE.search(body, max(lower, verb.start() - 6), verb.start()) is not None
    if word == "terms":
        # The noun: "made her case in blunt terms", "the terms of the deal".
        return _TERMS_BEFORE.search(body, max(lower, verb.start() - 30), verb.start()) is not None
    return word.startswith("dismiss") and _AS_NEXT.match(body, verb.end()) is not None


_TERMS_BEFORE = re.compile(r"\b(?:in\s+(?:[\w-]+\s+){0,2}|(?:the|its|their|his|her|our|these|those|new|on)\s+)$")


_NEW_SUBJECT = re.compile(r"\b(?:but|while|whereas|although|though|and)\s+(?:[A-Z]|(?:he|she|they)\b)")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=(?:[\w'’.-]+\s+){1,6}$)")
_WITH_SUBJECT_END = re.compile(
    r"\s+(?:(?!(?:after|before|by|while|when|since|without|for|in|on)\b)[a-z]+\s+)?(?:quoted\s+as\s+)?"
)
# A clause or phrase a sentence may open with before its subject: "When Winfrey asked …, he", "At a town
# hall in Lorain on Thursday, she".
_TIME_OPENING = re.compile(r"(?:When|After|Once)\b")
_TO_BEFORE = re.compile(r"\bto\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_SUBORDINATE_OPENING = re.compile(
    r"(?:When|If|As|After|Before|While|Although|Though|Since|Because|Once|Asked|Pressed|Questioned|Reached|At|In|On"
    r"|During|Outside|Inside"
    r"|Despite|Back|Speaking|Across|Along|Around|Among|Amid|Behind|Beyond|Near|Under|Throughout|Unlike|Like"
    r"|Without|With|From|For|Over|Through|Within|Following|Earlier|Later|Meanwhile)\b"
)
_PLACE_PHRASE = re.compile(r"\s*(?:in|on|at|near|across|outside|inside)\b[^,.;:!?\"“”]{1,60},")
_OPENING_SUBJECT = re.compile(r"(?:(?:But|And|Yet|So|Still)\s+)?(he|she|He|She)\b")
_HOME_BEFORE = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:of|from)\s+(?:[a-z]+\s+){0,2}$")
# Words in brackets after a name, no clause of their own (not "China (and Hong Kong) added up to": a second subject).
_BRACKET_ASIDE = re.compile(r"(?!(?:and|or|with|plus)\b)\w[\w ]*")
# (Also inside an appositive: "The Digital Rights Alliance, an advocacy group based in Washington, D.C., said".)
_BASED_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?)?(?:based|headquartered|located)\s+in\b")
_BASED_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?-based\b")  # "Sioux Falls, S.D.-based"
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:completed|filed|released|published|issued|obtained|commissioned|prepared|conducted|written|compiled)\b"
)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+$")  # "hired from Durham": a town the gazetteer may not know
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the)\b")  # "one senator, a Republican from Ohio, said"
_ROLE_OF_OPENING = re.compile(r",\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s")  # ", executive director of"
_WHO_OPENING = re.compile(r",\s+(?:who|whose)\b")  # "Eunice Park, who chairs the faculty senate, said"
_DESCRIBED_NAME = re.compile(r"(?:the|a|an)\s+(?:[a-z\d][\w-]*\s+){1,2}")  # "the influential", "the 28-year-old"
_WORKPLACE_BEFORE = re.compile(r"\b(?:of|from|at)\s+$")  # "Gavin Cox of the website": where the speaker works


def _holding_search(
    pattern: re.Pattern[str], words: tuple[str, ...], body: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(body, start, end)``, tried only when the window holds one of ``words``, one of
    which each match holds: a pattern that starts with ``\\b`` is tried at every position of the window,
    and most windows hold none of them (which str.find tells far faster)."""
    for word in words:
        if body.find(word, start, end) >= 0:
            return pattern.search(body, start, end)
    return None


def _search_last_run(pattern: re.Pattern[str], body: str, lower: int, end: int) -> re.Match[str] | None:
    """``pattern.search(body, lower, end)`` for a pattern that matches only the end of the window's last
    run without whitespace (and the whitespace after it): searched from that run's start (see
    ``last_run_start``), not from every position of the window, which such a pattern reads to its end."""
    return pattern.search(body, last_run_start(body, lower, end), end)


@lru_cache(maxsize=4096)
def _role_words_of(phrase: str) -> frozenset[str]:
    """The words of a role phrase in lowercase, "ex-" read as "former" ("ex-Conservative chancellor").
    (Remembered: an article names the same roles again and again.)"""
    return frozenset(phrase.lower().replace("ex-", "former ").split())


# "the county's", "the company's" (at a holder's phrase's start: not "chair of the board's nominating committee")
_LOWERCASE_OWNER = re.compile(r"(?:the\s+)?\b([a-z]+)['’]s\s")
_SERVES_LOWERCASE = re.compile(r"\bfor\s+(?:the\s+)?([a-z]+)\b")  # "lead attorney for the residents"
_ROLE_BODIES = frozenset(["committee", "subcommittee", "panel", "board", "council", "commission", "caucus"])
_RANK_WORDS = frozenset(["deputy", "vice", "shadow", "former", "acting", "assistant", "junior"])
_SUBORDINATE_RANKS = frozenset(["deputy", "assistant", "acting"])  # (who still hold the office: not "former")
_OFFICES = frozenset(
    [
        *("prime", "foreign", "home", "finance", "health", "education", "trade", "defence", "defense", "interior"),
        *("justice", "culture", "environment", "transport", "treasury", "welfare", "work", "pensions"),
        *("financial", "operating", "technology"),
    ]
)
_ROLE_ACRONYMS = {
    "CEO": "chief executive",
    "CFO": "chief financial officer",
    "COO": "chief operating officer",
    "CTO": "chief technology officer",
    "PM": "prime minister",
}
_COMMA_BEFORE = re.compile(r",\s*$")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_NAME_TITLES))})\.\s+$")  # "Sen. ", "Gov. ", "Rep. "
_PLACE_OF = re.compile(r"\b([a-z][\w-]*)\s+(?:of|in|at)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|to|of|with|for|from|by|via|through)\s+(?:the\s+|a\s+|an\s+)?$")
_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "or", "from", "by"])


def _is_title(text: str) -> bool:
    """Words set as a title: a few, each capitalised but for small ones ("Meet the Press", "Face the Nation")."""
    words = text.rstrip(".,!?;: ").split()
    return 0 < len(words) <= 8 and all(word[:1].isupper() or word in _SMALL_WORDS for word in words)


_ALIAS_WORDS: dict[int, dict[str, frozenset[str]]] = {}


def _alias_words(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """The lowercase words of every other name of each known organisation ("corporation" of the BBC)."""
    key = id(gazetteer)
    if key not in _ALIAS_WORDS:
        words: dict[str, set[str]] = defaultdict(set)
        for alias, (canonical, kind) in gazetteer.names.items():
            if kind == "organisation" and alias != canonical:
                words[canonical].update(alias.lower().split())
        _ALIAS_WORDS[key] = {canonical: frozenset(found) for canonical, found in words.items()}
    return _ALIAS_WORDS[key]


def _modifiers(role_phrase: str) -> list[str]:
    """The capitalised words that say whose the role is: "Ferrari" in "the Ferrari driver"; not an
    owner before a possessive ("Michael Jackson's mother" is a role of whoever is his mother)."""
    words = role_phrase.split()[:-1]
    owned = next((i for i in range(len(words) - 1, -1, -1) if words[i].endswith(("'s", "’s", "s'", "s’"))), -1)
    return [word for word in words[owned + 1 :] if word[:1].isupper() and word not in ("The", "A", "An")]


# A US party and state after a name: "Sen. Lindsey Graham (R-S.C.)", "Rep. Adam Schiff (D-Calif.)".
# "(R-Ky.)", and a ward's number: "Ald. Felipe López (23rd)"
_AFFILIATION = re.compile(
    rf"\s*\((?:(?:{PARTY}|Dem|Rep|Ind)[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?|\d{{1,2}}(?:st|nd|rd|th))\)$"
)
_BASED_IN = re.compile(r"\s+in\s+$")
_FROM_PLACE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")  # ("of the Western District")
_SOMEONE_IN = re.compile(rf"(?<!, )\b{_INDEFINITE}\s+(?:[\w-]+\s+){{0,8}}?(?:in|from|at)\s+$")
# A party and state set off by commas, as the wires write it or the New York Times ("Republican of Kansas").
_PARTY_ASIDE_END = re.compile(
    rf",\s*(?:{PARTY_PLACE}|(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}})$"
)
_PARTY_BEFORE = re.compile(rf",\s*(?:{PARTY}|Dem|Rep|Ind)[-–]$")  # the state in "Thune, R-S.D., the whip"


def _strip_affiliation(body: str, end: int, lower: int) -> int:
    """Where the text before ``end`` ends once a party-and-state tag there is left out."""
    if end > lower and body[end - 1] == ")":
        tag = _AFFILIATION.search(body, max(lower, end - 20), end)
        if tag:
            return tag.start()
    return end


def _inside_any(ranges: _Ranges, start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``ranges`` (none of them empty)."""
    index = bisect.bisect_left(ranges.starts, end)
    return index > 0 and ranges.ends[index - 1] > start


def _holder_position(holder: RoleHolder) -> int:
    return holder.position


def _from_mention(mention: LinkedMention) -> _Speaker:
    return _Speaker(mention.text, mention.name, mention.kind, mention.start)


def _stripped_speaker(match: re.Match[str], group: int, kind: str) -> _Speaker:
    """A speaker from a pattern's words, without the spaces around them."""
    raw = match.group(group)
    text = raw.strip()
    return _Speaker(text, None, kind, match.start(group) + len(raw) - len(raw.lstrip()))


def _ranges(speaker: _Speaker | None, cue: str, cue_at: int | None) -> tuple[int, int, int, int]:
    """Where the speaker's words and the cue stand (-1 for what this quote's sentence does not hold)."""
    speaker_start = speaker.start if speaker is not None and speaker.text else -1
    speaker_end = speaker_start + len(speaker.text) if speaker is not None and speaker_start >= 0 else -1
    cue_start = cue_at if cue_at is not None and cue else -1
    return speaker_start, speaker_end, cue_start, cue_start + len(cue) if cue_start >= 0 else -1


def _past_set_off(body: str, position: int, end: int) -> int:
    """Past the spaces, comma or dash that set an attribution off after a quote's closing mark."""
    while position < end and body[position] in " \t,—–-":
        position += 1
    return position


def _skip_space(body: str, position: int, end: int) -> int:
    while position < end and body[position] in " \t":
        position += 1
    return position


def _direction(body: str, start: int, end: int, paragraph_start: int, paragraph_end: int) -> int:
    """Whether the mark at ``[start, end)`` opens or closes a quote, or could do either."""
    char = body[start]
    if char in "“„«`":
        return _OPEN
    if char in "”»":
        return _CLOSE
    before = body[start - 1] if start > paragraph_start else " "
    after = body[end] if end < paragraph_end else " "
    opening = before.isspace() or before in _OPENING_CONTEXT
    closing = after.isspace() or after in _CLOSING_CONTEXT
    if opening:
        return _EITHER if closing else _OPEN
    return _CLOSE if closing else _EITHER


# Single quote marks, which are apostrophes too: one opens before a letter after a space, a bracket,
# a dash or the start ("'trapped'", "‘exceptional’"; "‘" always opens), and closes after a letter
# or a stop, before no letter ("don't", "Bolger’s" neither open nor close).
_SINGLE_OPEN = re.compile(r"(?:(?<=[\s(\[—–])|^)'(?=[A-Za-z])|‘(?=\S)")
# The same, written to start with a character class (the mark), so that a search skips ahead in C to
# the next mark: "'" after no character but a space, a bracket or a dash (or at the start), or "‘".
_SINGLE_OPEN_MARK = r"['‘](?:(?<=')(?<![^\s(\[—–]')(?=[A-Za-z])|(?<=‘)(?=\S))"
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])['’](?!\w)")
_SINGLE_MIN_LETTERS = 2  # not "rock 'n' roll"
# An opening mark, then the first closing mark after it with no opening mark between (else the quote
# opens at the last of those): one match per quote, found in one pass of the engine. (No character is
# both an opening and a closing mark, nor is one read differently for the window's end.)
_SINGLE_PAIR = re.compile(rf"{_SINGLE_OPEN_MARK}(?:(?!{_SINGLE_OPEN_MARK})[\s\S])*?{_SINGLE_CLOSE.pattern}")


def _single_quotes(
    found: list[_RawQuote], body: str, paragraph: int, start: int, end: int, doubles: list[tuple[int, int]]
) -> bool:
    """Add the quotes in single marks of a paragraph outside its quotes in double marks (a headline's
    "Harry and Meghan felt 'trapped' in the family"; not one nested in double marks, which is part of
    its quote); whether any was added."""
    added = False
    gaps, position = [], start
    for open_start, close_end in doubles:
        gaps.append((position, open_start))
        position = close_end
    gaps.append((position, end))
    for gap_start, gap_end in gaps:
        for pair in _SINGLE_PAIR.finditer(body, gap_start, gap_end):
            if len(found) >= MAX_QUOTES:
                return added  # (and the caller passes over the rest of the body)
            open_start, close_end = pair.span()
            # (Marks of one character: the words quoted lie between the two.)
            inner = body[open_start + 1 : min(close_end - 1, open_start + 1 + _SINGLE_MIN_LETTERS + 2)]
            if sum(map(str.isalpha, inner)) >= _SINGLE_MIN_LETTERS:
                if inner[:1].isspace() or not body[close_end - 2].isalnum():
                    _add_quote(found, body, paragraph, open_start, open_start + 1, close_end - 1, close_end, True)
                else:  # (nothing to trim: what _add_quote adds, without its call)
                    found.append(
                        _new_raw_quote(
                            _RawQuote, (paragraph, open_start, (open_start + 1, close_end - 1), close_end, True)
                        )
                    )
                added = True
    return added


_REPEATED_WORDS = 5  # a quote of no one named, of at least these words, that another named one opens with
_REPEATED_TRIES = 4


def _repeated_speakers(quotes: list[Quote]) -> None:
    """Give a quote whose sentence names no one (none found, or a voice carried from before) the
    speaker of another that opens with the same words: a headline or pull quote repeats words the
    article attributes further on ("‘It is impossible to overstate the magnitude of this ruling’" …
    Jeremy Robinson … "It is impossible …")."""
    unnamed = [quote for quote in quotes if quote.speaker_start < 0 and quote.kind != "indirect"]
    if not unnamed:
        return  # (most articles: the words of every quote need not be read)
    named: dict[tuple[str, ...], list[tuple[list[str], Quote]]] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.speaker_start >= 0 and quote.kind != "indirect":
            words = _PLAIN.findall(quote.text.lower())
            if len(words) >= _REPEATED_WORDS:
                named.setdefault(tuple(words[:_REPEATED_WORDS]), []).append((words, quote))
    if not named:
        return
    for quote in unnamed:
        words = _PLAIN.findall(quote.text.lower())
        # (The first few only: a body of many quotes opening alike must not compare each with each.)
        for other_words, other in named.get(tuple(words[:_REPEATED_WORDS]), ())[:_REPEATED_TRIES]:
            if other_words[: len(words)] == words or words[: len(other_words)] == other_words:
                quote.speaker, quote.speaker_text, quote.cue = other.speaker, other.speaker_text, other.cue
                break


_new_raw_quote = tuple.__new__
_is_closed = operator.attrgetter("closed")
_paragraph_of = operator.attrgetter("paragraph")


def _open_start(item: _RawQuote) -> int:
    return item.open_start


def _add_quote(
    found: list[_RawQuote],
    body: str,
    paragraph: int,
    open_start: int,
    inner_start: int,
    inner_end: int,
    close_end: int,
    closed: bool,
) -> None:
    # The comma before a closing mark belongs to the attribution, not to the words quoted.
    while inner_start < inner_end and body[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (body[inner_end - 1].isspace() or body[inner_end - 1] == ","):
        inner_end -= 1
    if inner_end > inner_start:
        # (tuple.__new__ builds it without the Python-level __new__ of a NamedTuple: a hostile body adds 400,000.)
        found.append(_new_raw_quote(_RawQuote, (paragraph, open_start, (inner_start, inner_end), close_end, closed)))


_PATTERN_CACHE: dict[int, tuple[re.Pattern[str], ...]] = {}
_ROLE_SETS: dict[int, frozenset[str] | None] = {}
_CUE_STEMS: dict[int, tuple[str, ...]] = {}
assert all(word.isalpha() for word in _INDIRECT_CUES), "letters only (see _cue_starts)"


def _stems(words: frozenset[str]) -> tuple[str, ...]:
    """Beginnings of ``words`` (their first four letters, or all of a shorter word) such that each
    word starts with exactly one of them."""
    prefixes = {word[:4] for word in words}
    return tuple(sorted(prefix for prefix in prefixes if not any(prefix.startswith(p) for p in prefixes - {prefix})))


def _cue_starts(body: str, cue: re.Pattern[str], stems: tuple[str, ...]) -> list[int]:
    """Where ``cue`` matches in ``body`` with no word character or hyphen before, in order: its words
    start where one of ``stems`` does, which str.find finds far faster than a pattern whose first
    letters are most of the alphabet's. (Its words being letters only, a match that ``finditer``
    would take inside a word hides none of these, nor does one of them another.)"""
    starts = []
    for stem in stems:
        at = body.find(stem)
        while at >= 0:
            if (at == 0 or not (body[at - 1].isalnum() or body[at - 1] in "_-")) and cue.match(body, at):
                starts.append(at)
            at = body.find(stem, at + 1)
    starts.sort()
    return starts


def _role_forms(gazetteer: Gazetteer) -> frozenset[str]:
    """The role nouns and the titles' last words as the text may write them, lowercase or capitalised
    ("the spokesman said", "the Bishop said"), and the acronyms of roles ("the CFO said")."""
    words = set(gazetteer.role_nouns) | {word.lower() for word in gazetteer.title_words if word.isalpha()}
    capitalised = {word[:1].upper() + word[1:] for word in words}
    titled = {"-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in words if "-" in word}
    return frozenset(words | capitalised | titled | set(_ROLE_ACRONYMS))  # ("Co-Chairman" too)


def _patterns(gazetteer: Gazetteer) -> tuple[re.Pattern[str], ...]:
    key = id(gazetteer)
    if key not in _PATTERN_CACHE:
        verbs = word_alternation(gazetteer.reporting_verbs)
        role_set = _role_forms(gazetteer)
        roles = word_alternation(role_set)
        # (Not "found" as a participle of where something is: "technology found in camcorders"; nor
        # "states" as the noun in "member states", "the United States"; nor "continues to" do.)
        verb = re.compile(
            rf"(?<![\w-])(?:{verbs})\b(?<!member states)(?<!Member States)(?<!United States)"
            rf"(?!(?<=found)\s+(?:in|on|at|by|guilty|dead|to)\b)(?!(?<=continues|continued)\s+to\b)"
        )
        determiner = f"(?:{'|'.join(_ROLE_DETERMINERS)})"
        # The match ends at the end of the window, so only where it starts matters; a search tries
        # every start, so rule out at once those inside a word, unless a determiner or the role
        # itself starts there: the word's own start gives the same match, and earlier (unless the
        # word starts before the window: role_before_at tries the window's start).
        role_before = re.compile(
            rf"(?:(?<![\w'’-])|\b(?={determiner}\s)|(?<=[-'’])(?=(?:{roles})s?\s*$))"
            rf"(?:\b{determiner}\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{roles})s?\s*$"
        )
        reversed_roles = word_alternation(frozenset(word[::-1] for word in role_set))
        role_end_reversed = re.compile(rf"\s*s?(?:{reversed_roles})(?![\w])")  # a whole word (not "Johnson")
        role_before_at = re.compile(rf"(?:\b{determiner}\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{roles})s?\s*$")
        role_at = re.compile(rf"(?:{determiner}\s+)?(?:[\w'’.-]+\s+){{0,3}}(?:{roles})s?\b")
        according = re.compile(r"\b[Aa]ccording to\s+")
        # A reporting verb's letters anywhere, even inside a word: found wherever ``verb`` matches,
        # whatever the bounds of that search. (Letters and spaces, never a quote mark: see _attribute.)
        assert all(verb.replace(" ", "").isalpha() for verb in gazetteer.reporting_verbs)
        verb_text = re.compile(rf"(?:{verbs})")
        # The reporting verbs that report indirect speech, without ``verb``'s lookbehind (see _indirect_cues).
        cue_words = _INDIRECT_CUES & gazetteer.reporting_verbs
        cue = re.compile(rf"(?:{word_alternation(cue_words)})\b")
        _CUE_STEMS[key] = _stems(cue_words)
        _PATTERN_CACHE[key] = (verb, role_before, role_at, according, role_end_reversed, role_before_at, verb_text, cue)
        # The words the role alternation matches, for _role_phrase_start (which reads them as words
        # of [\w'’-] without spaces; were one not, the regexes would do).
        _ROLE_SETS[key] = role_set if all(_PLAIN.fullmatch(word) for word in role_set) else None
    return _PATTERN_CACHE[key]
