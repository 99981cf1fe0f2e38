"""People, organisations and places: capitalised phrases found, cleaned and classified.

One regex finds runs of capitalised tokens (with name particles, hyphens, initials and
dotted acronyms). Each run is then trimmed (sentence-initial common words, days, months,
nationality adjectives), split where it joins two names ("North Korea and Japan",
"DPRK-Japan", "South Korea's Foreign Ministry"), stripped of titles ("Prime Minister",
"Mr") and classified with the gazetteer, name suffixes ("... University") and cues (a
title or a lowercase role noun before it makes a person).
Linking short forms to full names is ``aliases``' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.extract.gazetteer import (
    FIRM_ABBREVIATIONS,
    GENERATION_ABBREVIATIONS,
    Gazetteer,
    first_name_gender,
    load_gazetteer,
    normalise_name,
)


def _uppercase_class() -> str:
    """A character class of the uppercase letters of the scripts news is written in."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x530):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


UPPER = _uppercase_class()
_LETTER = r"[^\W\d_]"
# One capitalised unit: an abbreviated title that keeps its full stop ("Sen. Lopez"), a dotted
# acronym (U.S.), an initial before a name ("W. Bush"), O'Brien, or a capitalised word (McDonald,
# Kishida, DPRK, G7). Hyphen compounds of these join.
# (And the abbreviations that open names of places and institutions: "St. Brendan Regional Medical Center",
# "Mt. Hood", "Ft. Worth".)
_TITLE_ABBREVIATIONS = (
    "Sen|Rep|Gov|Ald|Del|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Prof|Dr|Mr|Mrs|Ms|Supt|Insp|Det|Cmdr|Pres|St|Mt|Ft"
)
# Written to start with the uppercase class (each abbreviation's first letter is read by it, then
# checked by a lookbehind), so that a search skips ahead in C to the next capital: a pattern that
# starts with a branch is tried at every position. The alternatives keep the order of
# "(?:Sen|Rep|…)\.(?= X)|X(?:…)", and so its matches; the abbreviations (one to three lowercase
# letters and a full stop after the capital) are tried only where such letters follow.
assert all(re.fullmatch(r"[A-Z][a-z]{1,3}", word) for word in _TITLE_ABBREVIATIONS.split("|"))
_ABBREVIATED = "|".join(rf"(?<={word[0]}){word[1:]}\.(?= {UPPER})" for word in _TITLE_ABBREVIATIONS.split("|"))
_UNIT = (
    rf"{UPPER}(?:(?=[a-z]{{1,3}}\.)(?:{_ABBREVIATED})"
    rf"|\.(?:{UPPER}\.)+|\.(?= {UPPER}[a-z])|['’]{UPPER}{_LETTER}*|\w*)"
)
# A lowercase syllable after a hyphen ends a romanised Korean given name ("Jae-in", "Yo-jong"); the
# short English words that follow hyphens ("Tory-led", "UK-based" is longer) are left out.
_NOT_SYLLABLES = (
    "led|born|run|era|type|like|wide|free|made|held|only|term|year|old|day|week|long|up|off|out|fed|side|"
    "ward|less|ish|ist|ism|ite|ian|rich|poor|area|zone|than|from|and|the|for|to|by|on|at|of|as|is|was|its|"
    "new|few|all|not|size|sized|run|ran|wing|line|led|lite|plus|free|tech|way|ways|hit|set|bred|made"
)
_TOKEN = rf"{_UNIT}(?:-{_UNIT})*(?:-(?!(?:{_NOT_SYLLABLES})\b)[a-z]{{1,4}}\b(?!-))?"
_PARTICLES = "of|for|and|&|de|del|della|da|di|du|dos|das|van|von|der|den|la|le|al|el|bin|binti|ibn|ben|y|the|on|upon"
# (Two particles in a row in a family name: "Nikolaus van der Pas", "Ursula von der Leyen", "de la Hoya".)
_JOIN = rf"(?:\s|['’]s\s|(?<=s)['’]\s|\s(?:{_PARTICLES})(?:\s(?:der|den|la|los|las))?\s(?:the\s)?)"
# Starts with the uppercase class itself (no lookbehind, no branch) so the engine can skip ahead
# fast; a run that continues a word ("eBay") is rejected in Python.
CANDIDATE = re.compile(rf"{_TOKEN}(?:[ \t]?{_JOIN}(?:{_TOKEN}))*")
_WORD_BEFORE = frozenset("'’")
_POSSESSIVES = frozenset(["'s", "’s", "'", "’"])  # (a plural's: "Travelers’ Fairness Project")
_SPLIT_TOKENS = re.compile(rf"{_TOKEN}|['’]s\b|\S+")
_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on", "upon"})
_JOINING_CONNECTORS = frozenset({"of", "for", "the", "on", "upon"})
_DOMAIN = re.compile(r"\.(?:com|org|net|gov|edu|io|ai|co\.uk|org\.uk|ac\.uk)\b(?![.\w])")
_NUMBERED_HEADS = ("Radio", "Channel", "Formula", "Studio", "Apollo", "Local", "Lodge")  # ("… Union Local 417")
_NUMBERED_BODIES = ("Radio", "Channel", "Local", "Lodge")  # a broadcaster's, a union's: "Channel 4", "Local 417"
_NUMBERED_ACRONYM = re.compile(r"[A-Z]{2,4}\d{1,2}")
# (Not "IPods", "ITunes": a product's "i" opening a sentence; nor a plural, "SMSes".)
_ACRONYM_WORD = re.compile(r"(?!I[A-Z][a-z])[A-Z]{2,4}[a-z]{2,}(?:[A-Z][a-z]+)?(?<!es)")
_NUMBER_AFTER = re.compile(r" \d{1,4}\b(?![.,]\d)")
# "Ward 8 Councilwoman Yvette Carrington-Moss", "Precinct 4 Commissioner …": a numbered seat before a titled name.
_SEAT_TITLE = re.compile(r" \d{1,3} ([A-Z][\w'’-]*) [A-Z]")
_SPACE_DIGITS = tuple(f" {digit}" for digit in "0123456789")  # (where _SEAT_TITLE may match, told without a slice)
_GENERATIONS = tuple(" " + word for word in GENERATION_ABBREVIATIONS)
_ABBREVIATED_ENDINGS = tuple(" " + word for word in FIRM_ABBREVIATIONS) + _GENERATIONS
# What follows a dateline's place: a date ("May 25", "1996-08-22"), an agency "(Reuters)", a dash, a state.
_DATELINE = re.compile(
    r",? (?:[A-Z][a-z]{2,8}\.? \d{1,2}\b|\([A-Z]|[-—–] |\d{4}-\d{2}-\d{2})|, [A-Z][a-z]{1,5}\. "
    # "AUSTIN, Texas —", "PORTLAND, Maine (AP) —", "AUSTIN, Texas, Oct 14 (Reuters)"
    r"|, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:\([A-Z]|[-—–] )|, [A-Z][a-z]{2,8}\.? \d{1,2}\b)"
)
_DATELINE_CHARS = 40  # "WASHINGTON/AUSTIN": how far a dateline's places run before the last one
_MAX_RUN_TOKENS = 12  # a longer run of capitals is a shouted line or a title, not a name
_MAX_RUN_CHARS = 200
# Classification of a run depends only on its text and on whether it opens a sentence, so
# results are shared across articles (bounded; cleared when full): by text, one table for runs
# that open a sentence and one for the rest. Each holds the run's candidates as templates (the
# fields of each, as found at offset 0) and whether its text ends with one of _NUMBERED_HEADS,
# _ABBREVIATED_ENDINGS or _NUMBERED_BODIES.
_Template = tuple[int, int, str, str, str, tuple[str, ...], bool, str, bool, str, str]
_Reading = tuple[tuple[_Template, ...], bool, bool, bool]
_MEMO: dict[bool, dict[str, _Reading]] = {True: {}, False: {}}
_MEMO_LIMIT = 200_000
# Distinct runs of capitals read in one body: past this many, a run not read already is passed over.
# Real articles hold a few hundred (the most in the BBC corpus, the web pages and the forms: 221); a
# body of hundreds of thousands of new names (a 2 MB roll of people) is a list, not an article, and
# reading each (its kinds and links too) would take seconds. Mentions of the names read go on.
MAX_NAMES = 5_000
# Candidates (mentions before linking) found in one body: the search stops at this many. Real articles
# hold a few hundred (the most in the BBC corpus, the web pages and the forms: 382); 2 MB of one
# sentence naming three people holds 160,000, and linking and weighing each took over a second (30,000
# lone first names between dashes, "Bob — Bob — … said", still took 1.3 s; 10,000, 0.7 s).
MAX_MENTIONS = 10_000
_SENTENCE_OPENERS = ".!?:;\"“”‘'(—–[\n•▪●◦‣"  # (and list bullets: "• The Michigan Republican Party")


@dataclass(slots=True)
class Candidate:
    """One mention before linking: a range in the body and what we think it is."""

    start: int
    end: int
    text: str
    name: str  # canonical name if known, else the name as written (without title)
    kind: str  # "person", "organisation", "place" or "" (undecided)
    tokens: tuple[str, ...] = ()
    titled: bool = False  # a title or honorific stood before it
    gender: str = ""
    weak: bool = False  # a lone sentence-initial common word: a mention only if it links to a name
    # Why the kind was given: "known" (gazetteer), "suffix" ("... Bank"), "joined" ("Ernst & Young"),
    # "dateline" ("MONTE CARLO, May 25"), "acronym", "titled",
    # "guess" (a capitalised phrase with no evidence yet; ``kinds`` weighs the text around it).
    evidence: str = ""
    title: str = ""  # the title written before the name ("Prime Minister"), not part of the span


class _Token(NamedTuple):
    # A tuple, made without a Python-level call (see _tokens): every new run of capitals makes a few.
    text: str
    start: int
    end: int
    connector: bool = False
    possessive: bool = False


@dataclass(slots=True)
class CandidateFinder:
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    limited: bool = False  # a body past MAX_NAMES or MAX_MENTIONS: the rest was passed over

    def find(self, body: str) -> list[Candidate]:
        found: list[Candidate] = []
        # The same run of capitals reads the same way wherever it stands (given whether it
        # opens a sentence), so it is classified once and its result shifted into place.
        opening, inside = _MEMO[True], _MEMO[False]
        # This body's readings (a few lookups in these small tables, rather than the shared ones),
        # which also count the distinct runs read against MAX_NAMES.
        read_opening: dict[str, _Reading] = {}
        read_inside: dict[str, _Reading] = {}
        append = found.append
        names, dotted = self.gazetteer.names, self.gazetteer.dotted_names
        searched = len(body)  # (where the search stopped, at MAX_MENTIONS)
        for match in CANDIDATE.finditer(body):
            if len(found) >= MAX_MENTIONS:
                searched = match.start()
                self.limited = True
                break
            text = match.group()
            if len(text) > _MAX_RUN_CHARS:
                continue
            offset, match_end = match.span()
            initial: bool | None = None  # (read below, unless told at once by the two characters before)
            if offset > 0:
                before = body[offset - 1]
                if before in _HYPHENS and text[1:3] == ". " and offset >= 2 and body[offset - 2].isalnum():
                    # "in 4-H. Janelle said", "Pre-K. Maria": the letter ends a word, and the name starts after it.
                    offset, text = offset + 3, text[3:]
                    before = " "
                if before.isalnum() or before == "_":  # (_continues_word, inlined: read for every run)
                    continue
                if before == " " and offset >= 2 and body[offset - 2].isalpha():
                    initial = False  # "the Blair": a word before, what is_sentence_initial reads first
                if before in _WORD_BEFORE and (
                    (offset >= 2 and _continues_word(body[offset - 2]))
                    or (body.startswith(before, match_end) and " " not in text)
                ):
                    # "d'Estaing", "rock'n'Roll", and one word in quotes ("the word 'Angels'", a term or a
                    # title); but an opening quote before a name starts one ("'Before Brando'").
                    continue
            if (
                text[1:2] in _HYPHENS
                and text[0] in "DRI"
                and body[offset - 2 : offset] in (", ", " (")
                and normalise_name(text[2:]) not in names
            ):
                # "Rep. Travis Kimbrough-Lee, R-Queen Creek, said": a party and a home town, no name (but
                # "Heath Shuler (D-N.C.)" names the state).
                continue
            if (
                (offset == 0 or body[offset - 1] == "\n" or _after_dateline_slash(body, offset))
                and text.isupper()
                and _DATELINE.match(body, match_end)
                and normalise_name(text.title()) not in names
            ):
                # "MONTE CARLO, May 25 (Reuters) -": a paragraph opening with a place in capitals; but
                # "SOCCER - LEEDS BEAT CHELSEA" is a topic before a headline, no name.
                if not _headline_after(body, match_end):
                    append(Candidate(offset, match_end, text, text.title(), "place", evidence="dateline"))
                continue
            if body.startswith(".", match_end) and text in dotted:
                # "Napa, Calif.": a place abbreviated with a full stop keeps it.
                text, match_end = text + ".", match_end + 1
            if initial is None:
                initial = is_sentence_initial(body, offset)
            read = read_opening if initial else read_inside
            reading = read.get(text)
            if reading is None:
                if len(read_opening) + len(read_inside) >= MAX_NAMES:
                    self.limited = True
                    continue
                memo = opening if initial else inside
                reading = memo.get(text)
                if reading is None:
                    reading = self._read_run(text, initial)
                    if len(opening) + len(inside) >= _MEMO_LIMIT:
                        opening.clear()
                        inside.clear()
                    memo[text] = reading
                read[text] = reading
            templates, numbered_head, abbreviated, numbered_body = reading
            if not numbered_head and body.startswith(_SPACE_DIGITS, match_end) and " " not in text:
                seat = _SEAT_TITLE.match(body, match_end)
                if seat is not None and seat.group(1) in self.gazetteer.titles:
                    continue  # the seat's word ("Ward") names no one
            dotted_end = False
            if body.startswith(".", match_end):
                # _DOMAIN starts with a full stop: only then is it tried.
                domain = _DOMAIN.match(body, match_end)
                if domain is not None and len(templates) == 1:
                    # "Amazon.com", "buildyourown.org.uk" (the part the run reached): a website is an organisation.
                    start, end = templates[0][0] + offset, domain.end()
                    append(Candidate(start, end, body[start:end], body[start:end], "organisation", evidence="acronym"))
                    continue
                # "Compaq Computer Corp. rose", "… by Gulfstar Refining Co.", "Carl Weatherby Jr.": a firm's or
                # a person's abbreviated ending keeps its full stop, in the name too (at a sentence's end the
                # stop is the sentence's as well).
                dotted_end = abbreviated
            numbered = _NUMBER_AFTER.match(body, match_end) if numbered_head else None
            if not dotted_end and numbered is None:
                # (Most runs: each template as it is, shifted into place.)
                for start, end, shown, name, kind, tokens, titled, gender, weak, evidence, title in templates:
                    append(
                        Candidate(
                            start + offset,
                            end + offset,
                            shown,
                            name,
                            kind,
                            tokens,
                            titled,
                            gender,
                            weak,
                            evidence,
                            title,
                        )
                    )
                continue
            for start, template_end, shown, name, kind, tokens, titled, gender, weak, evidence, title in templates:
                end = template_end + offset
                if dotted_end and end == match_end and (kind == "organisation" or shown.endswith(_GENERATIONS)):
                    end += 1
                    shown += "."
                    name += "."
                if numbered is not None and end == match_end:
                    # "BBC Radio 4", "Channel 4", "Transit Workers Union Local 417": the number is part of the
                    # name, and a broadcaster's or a union's.
                    end = numbered.end()
                    shown = body[start + offset : end]
                    if numbered_body and (not kind or evidence == "guess"):
                        kind, evidence = "organisation", "suffix"
                    name = normalise_name(shown) if kind != "person" else name
                append(Candidate(start + offset, end, shown, name, kind, tokens, titled, gender, weak, evidence, title))
        # "al-Qaeda", "eBay": known names that start in lowercase, which no run of capitals finds.
        lowercase = _lowercase_known(self.gazetteer)
        # Few bodies hold any of these names: a look for each (str's fast search) spares the pattern,
        # which is tried at every "a" and "e" of the body.
        matches = (
            list(lowercase[0].finditer(body))
            if lowercase is not None and any(name in body for name in lowercase[1])
            else []
        )
        for match in matches:
            if match.end() > searched:
                break
            name, kind = names[match.group()]
            found.append(Candidate(match.start(), match.end(), match.group(), name, kind, evidence="known"))
        if matches:
            found.sort(key=lambda candidate: candidate.start)
        self._restore_openings(body, found)
        _number_units(body, found)
        return found

    def _restore_openings(self, body: str, found: list[Candidate]) -> None:
        """Give a name back the common word that opened its sentence when the article names it with that
        word elsewhere: "Healthy Futures PA, a coalition, said …" after "members of Healthy Futures PA"."""
        common_words = self.gazetteer.common_words
        by_rest: dict[str, Candidate] = {}
        for candidate in found:
            first, _, rest = candidate.text.partition(" ")
            if (
                rest
                and first != "The"
                and first.lower() in common_words
                and (candidate.kind != "person" or candidate.evidence == "guess")
            ):
                by_rest.setdefault(rest, candidate)
        if not by_rest:
            return
        for index, candidate in enumerate(found):
            whole = by_rest.get(candidate.text)
            if whole is None:
                continue
            start = candidate.start - (len(whole.text) - len(candidate.text))
            if start >= 0 and body.startswith(whole.text, start) and is_sentence_initial(body, start):
                found[index] = Candidate(
                    start, candidate.end, whole.text, whole.name, whole.kind, whole.tokens, evidence=whole.evidence
                )

    def _read_run(self, text: str, initial: bool) -> _Reading:
        """What a run of capitals is, wherever it stands (see _MEMO)."""
        found: list[Candidate] = []
        tokens = self._tokens(text)
        if len(tokens) <= _MAX_RUN_TOKENS * 2:
            self._classify_run(text, tokens, initial, found)
        templates = tuple(
            (c.start, c.end, c.text, c.name, c.kind, c.tokens, c.titled, c.gender, c.weak, c.evidence, c.title)
            for c in found
        )
        return (
            templates,
            text.endswith(_NUMBERED_HEADS),
            text.endswith(_ABBREVIATED_ENDINGS),
            text.endswith(_NUMBERED_BODIES),
        )

    @staticmethod
    def _tokens(text: str, offset: int = 0) -> list[_Token]:
        tokens = []
        for part in _SPLIT_TOKENS.finditer(text):
            text = part.group()
            start, end = part.span()
            tokens.append(
                _new_token(_Token, (text, offset + start, offset + end, text in _CONNECTORS, text in _POSSESSIVES))
            )
        return tokens

    def _classify_run(self, body: str, tokens: list[_Token], initial: bool, found: list[Candidate]) -> None:
        gazetteer = self.gazetteer
        # Whole run known (including "Democratic People's Republic of Korea"): done.
        if self._known(body, tokens, found):
            return
        unknown = (tokens[0].start, tokens[-1].end)  # a span no known name has (see _classify_piece)
        if _shouted(tokens):
            self._classify_shouted(body, tokens, found)
            return
        # Days and months split a run and are never names; so do possessives.
        first = tokens[0]

        def is_date_word(token: _Token) -> bool:
            # A month inside a name stays ("Theresa May"); at the front of a run it is a date, unless it
            # is also a first name before a surname ("Jan Berry", "April Ashley"). The pronoun "I"
            # splits a run too ("a fan of Kilroy I do agree").
            if token.text in gazetteer.days or token.text == "I":
                return True
            if token.text not in gazetteer.months:
                return False
            if token is not first:
                # "Last June Grewcock was banned", "In May Smith said": a month after a word of time.
                return tokens[tokens.index(token) - 1].text in _TIME_WORDS
            return not (len(tokens) > 1 and token.text in gazetteer.first_names and tokens[1].text[:1].isupper())

        # "… you and I. The Charles I statue": an initial before a capitalised common word ended a sentence.
        for index in range(len(tokens) - 1):
            token, following = tokens[index], tokens[index + 1]
            if (
                len(token.text) == 2
                and token.text[1] == "."
                and following.text.isalpha()
                and len(following.text) > 1
                and following.text.lower() in gazetteer.common_words
            ):
                self._classify_run(body, tokens[index + 1 :], True, found)
                tokens = tokens[:index]
                break
        if not tokens:
            return
        first = tokens[0]
        days, months = gazetteer.days, gazetteer.months
        # (Most runs hold no day, month, "I" or possessive: one piece, one part, without the splitting.)
        dated = any(token.text in days or token.text in months or token.text == "I" for token in tokens)
        for piece in _split_on(tokens, is_date_word) if dated else [tokens]:
            parts = (
                [_trim_connectors(part) for part in _split_on_possessives(piece)]
                if any(token.possessive for token in piece)
                else [piece]
            )
            if len(parts) == 2 and initial and parts[0][0] is first and len(parts[0]) > 1 and first.text == "The":
                parts[0] = parts[0][1:]  # "The Pakistan People's Party" opening a sentence
            of_at = next((i for i, token in enumerate(parts[0]) if token.text == "of"), 0) if len(parts) == 2 else 0
            if (
                of_at >= 2
                and parts[0][0].text in gazetteer.first_names
                and not any(token.connector for token in parts[0][:of_at])  # (not "In the Bank of Japan's")
                and _trim_connectors(parts[0][of_at:])
            ):
                # "Mark Longden of the Independent Manchester United Supporters' Association": a person, then
                # the institution the possessive is inside.
                self._classify_piece(body, parts[0][:of_at], found, initial and parts[0][0] is first, unknown)
                parts[0] = _trim_connectors(parts[0][of_at:])
            if len(parts) == 2 and self._whole_institution(body, parts):
                # "Pakistan People's Party", "Harris County Sheriff's Office": the possessive is inside
                # the name (not "Britain's Labour Party", "Tony Blair's Office").
                kind = gazetteer.suffix_kind[_owned_head(parts[1]).text]
                found.append(_institution(body, parts[0][0].start, parts[1][-1].end, kind))
                continue
            for part in parts:
                self._classify_piece(body, part, found, initial and part[0] is first, unknown)

    def _whole_institution(self, body: str, parts: list[list[_Token]]) -> bool:
        """Whether an owner and what it owns are one institution's name: the owned part ends with an
        institution word, and either the owner is one unknown word ("Pakistan People's Party" is read
        as "People's Party" after the known "Pakistan"), or the owned part is that word alone and
        the owner no person ("Harris County Sheriff's Office")."""
        gazetteer = self.gazetteer
        owner, owned = parts
        head = _owned_head(owned)
        if head.text not in gazetteer.suffix_kind:
            return False
        at = owned.index(head)
        if _suffix_kind(owned[at - 1].text if at else "", head.text, gazetteer.suffix_kind) == "none":
            return False  # (nor "the Blues' Celtic League match": a competition the owner plays in)
        if normalise_name(" ".join(token.text for token in owner)) in gazetteer.names:
            return False
        last = owner[-1].text
        if last in gazetteer.suffix_kind:
            return False  # "the Bank's Monetary Policy Committee": one institution's part of it
        if len(owner) == 1:
            # (A group that owns it is part of the name: "Women's Tennis Association", "Teachers' Union".)
            return _owned_head(owned) is owned[-1] and (
                last in _GROUP_OWNERS
                or body.startswith(("' ", "’ "), owner[-1].end)  # a plural's: "Travelers’ Fairness Project"
                or (last.lower() not in gazetteer.common_words and last not in gazetteer.first_names)
            )
        # "Tony Blair's Office", "President Trump's Department of Justice" (not "Lord Chancellor's Department")
        # ("Gov. Marcia Teague's Senate campaign": a titled full name owns it too.)
        person = owner[-1].text not in gazetteer.title_words and (
            owner[-2].text in gazetteer.first_names or owner[0].text in gazetteer.titles
        )
        if person or len(owned) == 1:
            return not person
        # "U.S. Attorney's Office for the Northern District of Illinois": the word and what it is for
        # (not "Institute of Education's Centre for …", whose owner is an institution of its own).
        return owned[1].connector and not any(token.connector for token in owner)

    def _classify_shouted(self, body: str, tokens: list[_Token], found: list[Candidate]) -> None:
        """All capitals ("TONY BLAIR SAID ON MONDAY"): names already known, matched whatever their case,
        never acronyms. The longest known stretch wins; other words may still link to a name in the
        article ("BLAIR" to Tony Blair) but never make one of their own."""
        words = [token for token in tokens if not token.connector and not token.possessive]
        position = 0
        while position < len(words):
            for length in range(min(4, len(words) - position), 0, -1):
                stretch = words[position : position + length]
                if self._known(body, stretch, found):
                    position += length
                    break
            else:
                word = words[position]
                name = word.text.title()
                found.append(Candidate(word.start, word.end, word.text, name, "", (name,), evidence="shouted"))
                position += 1

    def _known(self, body: str, tokens: list[_Token], found: list[Candidate]) -> bool:
        if not tokens:
            return True
        start, end = tokens[0].start, tokens[-1].end
        key = normalise_name(body[start:end])
        known = self.gazetteer.names.get(key)
        if known is None and key.isupper() and len(key) > 3:
            # All capitals (a dateline, a shouted headline): a known name, not an acronym ("NEW YORK").
            known = self.gazetteer.names.get(key.title())
        if known is None:
            return False
        found.append(
            Candidate(start, end, body[start:end], known[0], known[1], tuple(t.text for t in tokens), evidence="known")
        )
        return True

    def _classify_piece(
        self, body: str, tokens: list[_Token], found: list[Candidate], initial: bool, unknown: tuple[int, int] = (0, 0)
    ) -> None:
        """Add the candidates of a piece of a run. ``unknown``: a span already looked up and known to be
        no known name, which is not looked up again."""
        gazetteer = self.gazetteer
        tokens = _trim_connectors(tokens)
        if not tokens or ((tokens[0].start, tokens[-1].end) != unknown and self._known(body, tokens, found)):
            return
        # "Americans for Prosperity", "Friends of the Earth", "Greeley for Arizona" (a campaign's committee);
        # opening a sentence, without its "The" ("The Friends of the Earth"), unless the word is the group's
        # own ("Citizens for Public Integrity").
        opening = initial and len(tokens) > 3 and tokens[0].text.lower() in gazetteer.common_words
        group = next(
            (
                piece
                for piece in ((tokens[1:], tokens) if opening else (tokens,))
                if len(piece) > 2 and self._advocates(body, piece)
            ),
            None,
        )
        if group is not None:
            found.append(_institution(body, group[0].start, group[-1].end, "organisation"))
            return
        # Drop a sentence-initial common word ("While", "Observers", "In"), but keep it as a weak
        # candidate: "Moon said ..." can still be the analyst Moon once full names are known.
        first_word = tokens[0].text
        # (What follows is read only for such a word: a new name is read once per article and run.)
        common_opening = initial and first_word.lower() in gazetteer.common_words
        # ("Board President Denise Haverford said": a body's word opens the title, as it would inside a sentence.)
        opens_title = common_opening and (
            first_word in gazetteer.titles
            or " ".join(t.text for t in tokens[:2]) in gazetteer.titles
            or (
                len(tokens) > 2
                and gazetteer.suffix_kind.get(first_word) == "organisation"
                and tokens[1].text in gazetteer.titles
            )
        )
        # "US Airways said" opens with a known acronym, not the word "us".
        acronym = common_opening and len(first_word) > 1 and first_word.isupper() and first_word in gazetteer.names
        # "Drew Mikkelsen reported", "Will Smith said", "Wade Kettleman said": a first name that is a word too
        # opens a name when a word that is no word follows it (a census surname, or one no list knows).
        given = (
            common_opening
            and len(tokens) > 1
            and len(first_word) > 2
            and first_word in gazetteer.first_names
            and (
                tokens[1].text.lower() in gazetteer.surnames
                # (no plural, no word of a known name: not "Many Caribs", "Man United"; not after a modal
                # opening a question: "Will Halcyon keep the workforce?")
                or (
                    first_word != "Will"
                    and _NAME_WORD.fullmatch(tokens[1].text) is not None
                    and not tokens[1].text.endswith("s")
                    and tokens[1].text not in _words_of_names(gazetteer)
                )
            )
            and tokens[1].text.lower() not in gazetteer.common_words
            and tokens[1].text not in gazetteer.demonyms
            and normalise_name(tokens[1].text) not in gazetteer.names
        )
        # "New York City Mayor Bill de Blasio indicated": a known name opens the sentence (one opening
        # with "The" only when it is the whole run: "The Independent said", not "The Independent
        # Retailers Coalition said").
        opens_known = (
            common_opening
            and len(tokens) > 1
            and any(
                normalise_name(" ".join(token.text for token in tokens[:length])) in gazetteer.names
                for length in (2, 3)
                if len(tokens) >= length and (first_word != "The" or length == len(tokens))
            )
        )
        # "Coastal Mutual Insurance, which …", "Front Range Electric Cooperative said": a word that is no
        # function word or descriptor opens an institution's name (its last word says so).
        firm_adjective = (
            common_opening
            and len(tokens) > 2
            and (gazetteer.suffix_kind.get(tokens[-1].text) == "organisation" or _is_acronym(tokens[-1].text))
            and tokens[-1].text not in gazetteer.titles  # (not "Labour MP")
            and first_word not in _OPENING_WORDS
            and first_word.lower() not in gazetteer.role_nouns  # (not "Distributor Sony Pictures")
            and first_word.lower() not in gazetteer.institution_nouns
            and (
                first_word.endswith(_ADJECTIVE_ENDINGS)  # ("Industrial and Commercial Bank of China")
                or (not any(token.connector for token in tokens) and _may_open_a_name(first_word))
            )
        )
        if common_opening and not (opens_title or acronym or given or opens_known or firm_adjective):
            first = tokens[0]
            if len(tokens) == 1 or tokens[1].connector:
                found.append(Candidate(first.start, first.end, first.text, first.text, "", (first.text,), weak=True))
            tokens = _trim_connectors(tokens[1:])
            if not tokens or self._known(body, tokens, found):
                return
        if _is_firm_pair(tokens, gazetteer):
            # "Ernst & Young", "Marks & Spencer": two names joined by "&" are one firm.
            start, end = tokens[0].start, tokens[-1].end
            text = body[start:end]
            found.append(Candidate(start, end, text, normalise_name(text), "organisation", evidence="joined"))
            return
        if any(token.text in ("and", "&") for token in tokens):
            if self._and_inside_institution(tokens):
                # One institution ("Transport and General Workers Union"), whatever titles it holds,
                # less a nation's adjective before a ministry ("Japanese Ministry of Trade and Industry").
                if not _keeps_demonym(tokens, gazetteer) and tokens[0].text in gazetteer.demonyms:
                    tokens = tokens[1:]
                kind = _institution_kind(tokens, gazetteer.suffix_kind)
                found.append(_institution(body, tokens[0].start, tokens[-1].end, kind))
                return
            # "Senator Maria Lopez and Professor Daniel Okafor", "Saudi Arabia and Russia": two names,
            # each read alone (before a nationality is taken off the front).
            for part in _split_on(tokens, lambda token: token.text in ("and", "&")):
                self._classify_piece(body, part, found, False)
            return
        # Nationality adjectives in front ("Japanese", "North Korean") are not part of a name, except of an
        # institution that is not a government's ("American Film Institute", not "Japanese Foreign Ministry").
        while tokens and not _keeps_demonym(tokens, gazetteer):
            two = " ".join(token.text for token in tokens[:2])
            if len(tokens) > 1 and two in gazetteer.demonyms and not tokens[1].connector:
                adjective, tokens = tokens[:2], tokens[2:]
            elif tokens[0].text in gazetteer.demonyms and not (len(tokens) > 2 and self._is_place(two)):
                # (not of a known place that leads a name: "Southern California Edison")
                adjective, tokens = tokens[:1], tokens[1:]
            else:
                break
            # "Tory leader Michael Howard", "Labour MP": a party word is still a mention of its party;
            # not before a title ("Labour Minister Ghazi al-Gosaibi" holds a portfolio).
            if not (tokens and tokens[0].text in gazetteer.title_words):
                self._known(body, adjective, found)
            tokens = _trim_connectors(tokens)
            if tokens and self._known(body, tokens, found):
                return
        if not tokens:
            return
        title_end = self._title_end(tokens)
        if title_end is not None and all(" " + token.text in _GENERATIONS for token in tokens[title_end + 1 :]):
            title_end = None  # "Martin Luther King Jr.": a name ending in a title word, then its generation
        if (
            title_end is not None
            and len(tokens) > 3
            and tokens[1].text == "of"
            and (tokens[2].text == "the" or tokens[2].text in gazetteer.title_words)
            and gazetteer.suffix_kind.get(tokens[0].text) == "organisation"
        ):
            # "Office of the Inspector General", "Office of the Comptroller of the Currency": an institution's
            # head, then the office it serves, no title before a name (but "Bank of England Governor Mark Carney").
            title_end = None
        if (
            title_end is not None
            and tokens[0].text in gazetteer.first_names
            and tokens[0].text not in gazetteer.title_words
            and any(token.connector for token in tokens[:title_end])
        ):
            # "Jeffrey Schwab of the Liberty Justice Center": a person, then an institution with a title
            # word in its name ("Justice"), not a title before a name.
            title_end = None
        if title_end is not None and any(
            " ".join(token.text for token in tokens[start:]) in gazetteer.titles
            for start in range(max(0, len(tokens) - 4), title_end + 1)
        ):
            # "Chief Secretary", "US Secretary of State": a title that runs to the end names no one after it, only
            # the place or body it belongs to.
            owner = self._title_owner(tokens)
            if owner and not self._known(body, owner, found):
                self._add_plain(body, owner, found)
            return
        if title_end is not None:
            title_tokens, name_tokens = tokens[: title_end + 1], tokens[title_end + 1 :]
            owner = self._title_owner(title_tokens)
            # "ECB President Christine Lagarde", "Illinois Gov. J.B. Pritzker": the institution or
            # place the title belongs to is a name of its own.
            if owner and not self._known(body, owner, found):
                self._add_plain(body, owner, found)
            # "Professor Daniel Okafor of Brighton University": the name stops at the connector.
            connector = next((i for i, token in enumerate(name_tokens) if token.connector), len(name_tokens))
            self._add_titled(body, title_tokens, name_tokens[:connector], found)
            rest = _trim_connectors(name_tokens[connector:])
            if rest:
                self._classify_piece(body, rest, found, False)
            return
        if any(token.connector for token in tokens):
            self._add_with_connectors(body, tokens, found)
            return
        self._add_hyphenated_or_plain(body, tokens, found)

    def _and_inside_institution(self, tokens: list[_Token]) -> bool:
        """Whether the one "and" in ``tokens`` is inside an institution's name: after its head and "of"
        ("Police Federation of England and Wales", "Department of Health and Human Services"), or
        between the words of its trade ("Ironhorse Oil and Gas", "Transport and General Workers Union");
        not between two names ("Bank of England and Barclays", "Exxon Mobil and British Petroleum")."""
        gazetteer = self.gazetteer
        ands = [index for index, token in enumerate(tokens) if token.text in ("and", "&")]
        if len(ands) != 1 or ands[0] in (0, len(tokens) - 1):
            return False
        before, after = tokens[: ands[0]], tokens[ands[0] + 1 :]
        if (
            any(token.connector for token in after)
            or after[0].text == before[0].text  # "Outlook and Outlook Express"
            or self._names_something(before)
            or self._names_something(after)
        ):
            return False
        suffix_kind = gazetteer.suffix_kind
        of = next((index for index, token in enumerate(before) if token.text in _JOINING_CONNECTORS), None)
        if of is not None:
            # Not "United Bank of Africa and Standard Trust Bank": two of a kind.
            head = before[of - 1].text if of > 0 else ""
            return suffix_kind.get(head) == "organisation" and after[-1].text != head
        if suffix_kind.get(after[-1].text) != "organisation":
            return False
        # "Minnesota Corn and Soybean Council", "Texas Oil and Gas Association", "U.S. Customs and Border
        # Protection": a place (a country too) may lead the trade.
        leading_place = self._is_place(before[0].text)
        placed = leading_place or self._names_something(before[:1])
        if placed and (len(before) < 2 or not leading_place):
            return False
        if len(after) == 1:
            # "Hotels and Resorts", not "BBC Three and News" or "Youth and Media"
            return len(before) > 1 and before[-1].text in suffix_kind
        # Words of a trade: common ones, or ones that name nothing ("Soybean") and are no name's own word:
        # not an acronym ("UPS and Deutsche Post"), a nation's adjective ("Continental and American
        # Airlines"), "The", or a head ("Citizens Bank and Canal Bank", "Land Rovers and Range Rovers").
        common, names, first_names = gazetteer.common_words, gazetteer.names, gazetteer.first_names
        return all(
            token.text != "The"
            and (
                token.text.lower() in common
                or (
                    token.text not in first_names
                    and normalise_name(token.text) not in names
                    and not (token.text.isupper() and len(token.text) > 1)
                    and token.text not in gazetteer.demonyms
                    and token.text not in suffix_kind
                )
            )
            for token in (*before[placed:], *after[:-1])
        )

    def _names_something(self, tokens: list[_Token]) -> bool:
        """Whether ``tokens`` are a known name other than a country or region's ("of England and Wales"
        is inside a name), or open with a person's first name."""
        known = self.gazetteer.names.get(normalise_name(" ".join(token.text for token in tokens)))
        if known is not None and known[0] not in self.gazetteer.countries:
            return True
        # (not a place that is a given name too: "Florida Department of Agriculture and Consumer Services")
        return len(tokens) > 1 and tokens[0].text in self.gazetteer.first_names and not self._is_place(tokens[0].text)

    def _title_owner(self, title_tokens: list[_Token]) -> list[_Token]:
        """The words before the titles proper when they are a known name, an institution or one acronym
        ("ECB President", "Metropolitan Police Commissioner Sir"); nothing otherwise ("Prime Minister",
        "Senate Majority Leader")."""
        gazetteer = self.gazetteer
        for length in range(min(4, len(title_tokens) - 1), 0, -1):
            phrase = " ".join(token.text for token in title_tokens[-length:])
            if phrase in gazetteer.titles:
                owner = title_tokens[:-length]
                while owner and owner[-1].text in gazetteer.titles:  # titles stacked: "Commissioner Sir"
                    owner = owner[:-1]
                if not owner:
                    return []
                key = normalise_name(" ".join(token.text for token in owner))
                if any(token.connector for token in owner) and key not in gazetteer.names:
                    return []  # (but "Bank of England Governor Mark Carney": a known name owns the title)
                institution = len(owner) > 1 and gazetteer.suffix_kind.get(owner[-1].text) == "organisation"
                if key in gazetteer.names or institution or (len(owner) == 1 and _is_acronym(owner[0].text)):
                    return owner  # "ECB President", "Metropolitan Police Commissioner"
                return []
        return []

    def _title_end(self, tokens: list[_Token]) -> int | None:
        """Index of the last token of a leading title ("Prime Minister", "Secretary of State")."""
        gazetteer = self.gazetteer
        last = None
        for index in range(len(tokens) - 1):
            if tokens[index].text not in gazetteer.title_words:
                continue
            for length in range(1, min(4, index + 1) + 1):
                phrase = " ".join(token.text for token in tokens[index - length + 1 : index + 1])
                if phrase in gazetteer.titles:
                    last = index
                    break
        return last

    def _add_titled(
        self, body: str, title_tokens: list[_Token], name_tokens: list[_Token], found: list[Candidate]
    ) -> None:
        gazetteer = self.gazetteer
        name_tokens = _trim_connectors(name_tokens)
        if not name_tokens:
            return
        honorific = title_tokens[-1].text if title_tokens else ""
        # "Mr Kennedy" is a person whatever else the name is; "President Bush" may still be a known name.
        if honorific not in gazetteer.honorific_gender and self._known(body, name_tokens, found):
            return
        lone = name_tokens[0].text if len(name_tokens) == 1 else ""
        lone_suffix_kind = gazetteer.suffix_kind.get(lone) if lone else None
        if lone_suffix_kind == "organisation" and honorific not in gazetteer.honorific_gender and title_tokens:
            # "General Assembly", "General Synod": a title word before an institution's is its name.
            found.append(_institution(body, title_tokens[0].start, name_tokens[0].end, "organisation"))
            return
        lone_common_word = bool(lone) and lone.lower() in gazetteer.common_words
        if (lone_common_word or lone_suffix_kind is not None) and honorific not in gazetteer.honorific_gender:
            return  # "General Election", "Criminal Justice Bill": a title word before a common word is no name
        # The title is not part of the name's span ("Mr Blair" is a mention "Blair"), but it is kept
        # as the person's role and lets "said Prime Minister Tony Blair" find its speaker.
        start, end = name_tokens[0].start, name_tokens[-1].end
        name = " ".join(token.text for token in name_tokens)
        title = " ".join(token.text for token in title_tokens)
        found.append(
            Candidate(
                start,
                end,
                body[start:end],
                name,
                "person",
                tuple(token.text for token in name_tokens),
                titled=bool(title_tokens),
                gender=gazetteer.honorific_gender.get(honorific, ""),
                evidence="titled",
                title=title,
            )
        )

    def _names_place(self, body: str, tokens: list[_Token]) -> bool:
        """Whether the words are a place's name the gazetteer knows ("Scotland", "New Mexico")."""
        return self._is_place(body[tokens[0].start : tokens[-1].end])

    def _is_place(self, text: str) -> bool:
        return self.gazetteer.names.get(normalise_name(text), ("", ""))[1] == "place"

    def _add_with_connectors(self, body: str, tokens: list[_Token], found: list[Candidate]) -> None:
        """ "Bank of England" stays whole; "Japan and South Korea" becomes two names."""
        suffix_kind = self.gazetteer.suffix_kind
        head_is_institution = any(
            token.text in suffix_kind and index + 1 < len(tokens) and tokens[index + 1].text in _JOINING_CONNECTORS
            for index, token in enumerate(tokens)
        )
        has_and = any(token.text in ("and", "&") for token in tokens)
        first_names = self.gazetteer.first_names
        person_at = next(
            (
                index
                for index in range(1, len(tokens) - 1)
                if tokens[index].text in first_names
                and not tokens[index - 1].connector
                and tokens[index + 1].text[:1].isupper()
            ),
            None,
        )
        of_at = next((index for index, token in enumerate(tokens) if token.connector), len(tokens))
        if (
            head_is_institution
            and 2 <= of_at < len(tokens) - 1
            and tokens[of_at].text == "of"
            and tokens[0].text in first_names
            and tokens[0].text not in self.gazetteer.title_words
            and tokens[of_at - 1].text not in suffix_kind  # (not "Royal College of Physicians")
        ):
            # "Andrea Villalobos of the Center for Working Families": a person, then where she works.
            self._classify_piece(body, tokens[:of_at], found, False)
            self._add_with_connectors(body, _trim_connectors(tokens[of_at + 1 :]), found)
            return
        if head_is_institution and person_at is not None:
            # "the District of Massachusetts Joshua Levy": the institution ends where a person's name begins.
            self._add_with_connectors(body, tokens[:person_at], found)
            self._classify_piece(body, tokens[person_at:], found, False)
            return
        if head_is_institution and not has_and:
            kind = _institution_kind(tokens, suffix_kind)
            if kind != "none":
                found.append(_institution(body, tokens[0].start, tokens[-1].end, kind))
            return
        if (
            len(tokens) > 2
            and tokens[-2].text == "of"
            and suffix_kind.get(tokens[-1].text) == "organisation"
            and not any(token.connector for token in tokens[:-2])
            and tokens[0].text not in self.gazetteer.title_words
            and tokens[0].text not in first_names
        ):
            # "Fraternal Order of Police": what the body is, "of" and the institution word ending its name.
            found.append(_institution(body, tokens[0].start, tokens[-1].end, "organisation"))
            return
        if (
            len(tokens) > 2
            and suffix_kind.get(tokens[-1].text) == "organisation"
            and [token.text for token in tokens if token.connector] == ["for"]
            and not tokens[0].text.isupper()  # (not "ICM for BBC News": a pollster, then whom it polled for)
            and tokens[0].text not in self.gazetteer.title_words
            and tokens[0].text not in first_names
        ):
            # "Digital Rights for Students Alliance", "Parents for Safe Schools Coalition": the institution
            # word ends one name, whose "for" says what the body is for.
            found.append(_institution(body, tokens[0].start, tokens[-1].end, "organisation"))
            return
        if not has_and and self._branch_of_place(body, tokens):
            # "the ACLU of Michigan", "the FA of Wales": a body's branch in a place, one organisation.
            found.append(_institution(body, tokens[0].start, tokens[-1].end, "organisation"))
            return
        for piece in _split_on(tokens, lambda token: token.connector):
            if piece and not self._known(body, piece, found):
                self._add_hyphenated_or_plain(body, piece, found)

    def _advocates(self, body: str, tokens: list[_Token]) -> bool:
        """Whether a name, "for" or "of", and more names a group by whom it gathers ("Americans for
        Prosperity", "Friends of the Earth", "Hoosier Families for Safe Tech", "Arizonans for Ballot
        Integrity") or a candidate's
        campaign committee by the office or place it runs for ("Biden for President", "Greeley for
        Arizona")."""
        gazetteer = self.gazetteer
        at = next((index for index, token in enumerate(tokens) if token.text in ("for", "of")), 0)
        if not 0 < at < len(tokens) - 1 or tokens[at + 1].text in gazetteer.titles:
            return False  # (nor "Lawyers for Mr Fawcett": for whom they act)
        gathered = tokens[at - 1].text
        if (
            not any(token.connector for token in tokens[: at - 1])
            and (
                gathered in _GATHERED
                # ("Arizonans for Ballot Integrity", "Democrats for Education Reform", "Ratepayers for Fair Rates"; not
                # "Rangers for Scotland", a team, then the country someone played for)
                or (
                    tokens[at].text == "for"
                    and gathered.endswith("s")
                    and (gathered.endswith(("ans", "ers")) or gathered[:-1].lower() in gazetteer.role_nouns)
                    and not self._names_place(body, tokens[at + 1 :])
                )
            )
        ):
            return True
        first, rest = tokens[0].text, tokens[2:]
        if (
            at != 1
            or tokens[1].text != "for"
            or first in gazetteer.title_words
            or first.lower() in gazetteer.common_words
            or normalise_name(first) in gazetteer.names  # ("Shell for Australia", "Rangers for Scotland")
        ):
            return False
        office = " ".join(token.text for token in rest)
        return office in _OFFICES_RUN_FOR or office in gazetteer.postal_codes.values()

    def _branch_of_place(self, body: str, tokens: list[_Token]) -> bool:
        """Whether the tokens are an organisation's acronym, "of" and a known place."""
        gazetteer = self.gazetteer
        first = tokens[0].text
        if len(tokens) < 3 or tokens[1].text != "of" or not _is_acronym(first) or first in gazetteer.common_acronyms:
            return False
        if gazetteer.names.get(first, ("", "organisation"))[1] != "organisation":
            return False  # ("the US of the 1950s": a place)
        return self._names_place(body, tokens[2:])

    def _add_hyphenated_or_plain(self, body: str, tokens: list[_Token], found: list[Candidate]) -> None:
        # "North Korea-Japan", "DPRK-Japan": split a hyphen compound when a side is a known name.
        names = self.gazetteer.names
        if len(tokens) > 1 and tokens[0].text in self.gazetteer.first_names and tokens[-1].text.count("-") == 1:
            # "Lina Ybarra-Kent": a given name, then a surname of two halves, one a place's name too.
            self._add_plain(body, tokens, found)
            return
        for token in tokens:
            if "-" not in token.text:
                continue
            left_end = token.start + token.text.index("-")
            left = normalise_name(body[tokens[0].start : left_end])
            right = normalise_name(body[left_end + 1 : tokens[-1].end])
            if left in names or right in names or right.split("-", 1)[0] in names:
                self._add_span(body, tokens[0].start, left_end, found)
                self._add_span(body, left_end + 1, tokens[-1].end, found)
                return
            break
        self._add_plain(body, tokens, found)

    def _add_span(self, body: str, start: int, end: int, found: list[Candidate]) -> None:
        match = CANDIDATE.fullmatch(body, start, end)
        if match is None:
            return
        tokens = self._tokens(match.group(), start)
        if not self._known(body, tokens, found):
            self._add_hyphenated_or_plain(body, tokens, found)

    def _add_plain(self, body: str, tokens: list[_Token], found: list[Candidate]) -> None:
        gazetteer = self.gazetteer
        start, end = tokens[0].start, tokens[-1].end
        text = body[start:end]
        words = tuple([token.text for token in tokens])
        last = words[-1]
        if last in gazetteer.suffix_kind and len(words) > 1:
            kind = _suffix_kind(words[-2], last, gazetteer.suffix_kind)
            if kind != "none":  # "Information Act", "World Cup": laws and events are not entities here
                found.append(Candidate(start, end, text, normalise_name(text), kind, words, evidence="suffix"))
            return
        if len(words) > 1 and last in _PARTY_MEMBERS and (words[0] not in gazetteer.first_names or last[-1] != "s"):
            # "a Texas Republican": the place; "the Spencer Republican", "the Allegheny County Democrat": one
            # member, of a place the text gave in a party tag ("R-Spencer"), no name.
            if not self._known(body, tokens[:-1], found) and last[-1] == "s":
                # "House Democrats": a party's members in one body, an organisation
                found.append(
                    Candidate(start, end, text, normalise_name(text), "organisation", words, evidence="suffix")
                )
            return
        if len(words) > 1 and words[0] in gazetteer.prefix_kind:
            kind = gazetteer.prefix_kind[words[0]]
            if kind != "none":  # "Hurricane Mitch", "Operation Overlord": events
                found.append(Candidate(start, end, text, normalise_name(text), kind, words, evidence="suffix"))
            return
        if len(words) == 1:
            word = words[0]
            if word in gazetteer.common_acronyms or (
                "-" in word and gazetteer.common_acronyms.intersection(word.split("-"))
            ):
                return  # ("HD-DVD": a format, as "DVD" is)
            if _is_acronym(word):
                found.append(Candidate(start, end, text, word, "organisation", words, evidence="acronym"))
            else:
                # A lone capitalised word is a name only if it links to one later (or has a title).
                found.append(Candidate(start, end, text, word, "", words))
            return
        if len(words) > 5 or all(word.rstrip(".").lower() in gazetteer.common_words for word in words):
            return  # "General Election", "Sunday Times Rich List", "I. The": not a person, not known
        if last in gazetteer.demonyms and words[0] not in gazetteer.first_names:
            return  # "South Asian", "Laguna Indian": a people or a cuisine, not a person (but "Philip French")
        if len(words) == 2 and words[0] in _COMPASS:
            # "East Renfrewshire", "South Dade": a part of a place the gazetteer does not know.
            found.append(Candidate(start, end, text, normalise_name(text), "place", words, evidence="compass"))
            return
        # (A particle that is a first name too opens a family name: "Alessandro Del Piero", "Vicente Del Bosque".)
        given = next(
            (
                i
                for i in (1, 2)
                if len(words) - i >= 2 and words[i] in gazetteer.first_names and words[i].lower() not in _NAME_PARTICLES
            ),
            0,
        )
        if given and not any(first_name_gender(gazetteer, word) is not None for word in words[:given]):
            # "Massachusetts Joshua Levy", "Democrat John Kerry", "Lib Dem Norman Baker": a place, party or
            # stray word runs into a person's name; the name starts at the first name.
            self._known(body, tokens[:given], found)
            self._add_plain(body, tokens[given:], found)
            return
        if len(words) > 2 and words[0].lower() in gazetteer.role_nouns:
            self._add_titled(body, tokens[:1], tokens[1:], found)  # "Supervisor Alfredo Pedroza"
            return
        if (
            last.rsplit("-", 1)[-1] in gazetteer.title_words
            and words[0] not in gazetteer.first_names
            and not _surname_after_name(words, gazetteer)
        ):
            return  # "Home Secretary", "Party Co-Chairman": a title with no name after it (not "Gayle King")
        leading = gazetteer.names.get(normalise_name(words[0]))
        if (
            leading is not None
            and leading[1] == "place"
            and all(word in gazetteer.common_acronyms for word in words[1:])
        ):
            self._known(body, tokens[:1], found)  # "US TV network", "UK DVD sales": the place, then no name
            return
        # (A word whose second letter is lowercase is no acronym: told before the call, for every word.)
        if any(
            not word[1:2].islower() and _is_acronym(word) and word not in gazetteer.common_acronyms for word in words
        ):
            # "BBC Radio", "AOL Europe": an acronym inside a name makes it an institution.
            found.append(Candidate(start, end, text, normalise_name(text), "organisation", words, evidence="acronym"))
            return
        placed = leading is not None and leading[1] == "place"
        if (last in _LANDMARK_HEADS and (words[0] not in gazetteer.first_names or placed)) or (
            placed and all(word in _COMPASS_POINTS for word in words[1:])
        ):
            # "White Hart Lane", "Paddington Green", "Windsor Castle": no first name (or a place) before a
            # street's or a building's word; "Nathan Lane" is a person still. "Aberdeen South", "Leeds North
            # West": a part of a known place (a constituency).
            found.append(Candidate(start, end, text, normalise_name(text), "place", words, evidence="compass"))
            return
        lead = gazetteer.names.get(normalise_name(" ".join(words[:2]))) if len(words) > 2 else None
        if (lead is not None and lead[1] == "place") or (
            leading is not None
            and words[1] not in gazetteer.first_names
            and not _person_shaped(words, leading, gazetteer)
        ):
            # "California Edison", "Oakland Coliseum": a place's name leading a name is likely an institution
            # (one of two words or more always: "Southern California Edison", "Los Angeles Lakers"),
            # unless a title links to it ("Vladimir Putin" ... "Mr Putin"): ``kinds`` decides, so it stays a
            # person for linking.
            found.append(Candidate(start, end, text, normalise_name(text), "person", words, evidence="placed"))
            return
        # Not known: a person for linking ("Mr Tanzi" -> "Calisto Tanzi"); ``kinds`` decides from the text.
        found.append(Candidate(start, end, text, normalise_name(text), "person", words, evidence="guess"))


_new_token = tuple.__new__
_GROUP_OWNERS = frozenset(["Women", "Men", "Children", "People", "Workers", "Teachers", "Veterans", "Farmers"])
# Those a group gathers, opening its name before "for" or "of" ("Americans for Prosperity", "Friends of
# the Earth", "Moms for Liberty").
_GATHERED = frozenset(
    ["Americans", "Citizens", "Students", "Friends", "Mothers", "Moms", "Parents", "Doctors", "Nurses",
     "Physicians", "Veterans", "Families", "Taxpayers", "Scientists", "Women", "Workers", "Teachers",
     "Farmers", "Lawyers", "Voters", "Patients", "Neighbors", "Neighbours", "Residents", "Clergy"]
)  # fmt: skip
_OFFICES_RUN_FOR = frozenset(["President", "America", "Congress", "Senate", "Governor", "Mayor", "Assembly"])
_HYPHENS = ("-", "–")
_PARTY_MEMBERS = frozenset(["Democrat", "Democrats", "Republican", "Republicans"])
_NAME_PARTICLES = frozenset(_PARTICLES.split("|"))
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")  # "Kettleman", "Nakamura-Price"
# Last words of the names of streets, greens and buildings that are surnames too ("Drury Lane", "Nathan
# Lane"), so no suffix (see ``name_suffixes.txt``) that would make every such name a place.
_LANDMARK_HEADS = frozenset(
    ["Lane", "Grove", "Green", "Castle", "Cathedral", "Wharf", "Moor", "Mews", "Crescent", "Terrace", "Gardens",
     "Quay", "Harbour", "Tower", "Abbey", "Drive"]
)  # fmt: skip
_ADJECTIVE_ENDINGS = ("al", "ern", "ic", "ive", "ous", "ful", "ary")
_COMPASS = frozenset(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"])
_COMPASS_POINTS = frozenset(["North", "South", "East", "West", "Central"])  # not "China Southern", an airline
_GOVERNMENT_HEADS = frozenset(
    ["Ministry", "Department", "Office", "Government", "Embassy", "Army", "Navy", "Police", "Forces", "Cabinet"]
)


# Adjectives of no one nation: the body they open is no national government's ("European Anti-Fraud Office").
_SUPRANATIONAL = frozenset(["European", "International", "Arab", "African", "Asian", "Commonwealth"])


_LOWERCASE_KNOWN: dict[int, tuple[re.Pattern[str], tuple[str, ...]] | None] = {}


def _lowercase_known(gazetteer: Gazetteer) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A pattern for the known names that start in lowercase, and those names (None when there are none)."""
    key = id(gazetteer)
    if key not in _LOWERCASE_KNOWN:
        words = sorted((name for name in gazetteer.names if name[:1].islower()), key=len, reverse=True)
        alternation = "|".join(re.escape(word) for word in words)
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
        _LOWERCASE_KNOWN[key] = (pattern, tuple(words)) if words else None
    return _LOWERCASE_KNOWN[key]


# Units named by their number: "4th District Court of Appeal", "101st Airborne Division".
_NUMBERED_UNITS = frozenset(
    ["District", "Circuit", "Division", "Regiment", "Battalion", "Brigade", "Precinct", "Ward", "Infantry", "Armored",
     "Airborne", "Fleet", "Army", "Corps", "Congressional", "Judicial", "Marine", "Cavalry"]
)  # fmt: skip
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th) $")


def _number_units(body: str, found: list[Candidate]) -> None:
    """Give an institution named by its number the number before it ("4th District Court of Appeal")."""
    for index, candidate in enumerate(found):
        start = candidate.start
        if (
            candidate.kind == "organisation"
            and body[start - 3 : start - 1] in ("st", "nd", "rd", "th")
            and candidate.text.split(" ", 1)[0] in _NUMBERED_UNITS
            and (ordinal := _ORDINAL_BEFORE.search(body, max(0, start - 6), start)) is not None
        ):
            text = body[ordinal.start() : candidate.end]
            found[index] = Candidate(
                ordinal.start(),
                candidate.end,
                text,
                normalise_name(text),
                candidate.kind,
                candidate.tokens,
                evidence=candidate.evidence,
            )


def _keeps_demonym(tokens: list[_Token], gazetteer: Gazetteer) -> bool:
    """ "American Film Institute", "British Chamber of Commerce" and "British Airways" keep their
    adjective; a ministry does not ("Japanese Foreign Ministry"), unless the adjective is no nation's;
    nor does a name that would be left with a word of two letters ("Swiss Re")."""
    last = tokens[-1].text
    if len(tokens) == 2 and len(last) == 2 and last.isalpha() and not last.isupper():
        return True
    if (
        len(tokens) > 2
        and tokens[0].text in _COMPASS
        and tokens[1].text not in gazetteer.demonyms  # (not "South Korean Hyung-Taik Lee", "Northern Irish FA")
        and f"{tokens[0].text} {tokens[1].text}" not in gazetteer.demonyms
        and normalise_name(" ".join(token.text for token in tokens[1:])) not in gazetteer.names
    ):
        return True  # "Northern Granite Metals", "Western Digital Corp": a region's word opens a firm's name
    # The head is the word before "of" when there is one: "Court" in "European Court of Justice".
    head = (
        next((tokens[i - 1].text for i in range(1, len(tokens)) if tokens[i].connector), last)
        if any(token.connector for token in tokens)
        else last
    )
    if len(tokens) < 2 or gazetteer.suffix_kind.get(head) != "organisation":
        return False
    # "Welsh Assembly Government": a government named for an institution of its own keeps its adjective.
    named = any(token.text in gazetteer.suffix_kind for token in tokens[1:-1] if not token.connector) and (
        normalise_name(tokens[0].text) not in gazetteer.names  # a party's "Labour Assembly Government" is not one
    )
    # ("Chinese Embassy", "British Army": without the adjective the head alone would name nothing.)
    return (
        head not in _GOVERNMENT_HEADS
        or len(tokens) == 2
        or tokens[0].text in _SUPRANATIONAL
        or (named and head == last)
    )


def _surname_after_name(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """ "Mervyn King", "Gustav Bishop": a title word that is a census surname, after a word that is no
    ordinary word, known name, nationality or title ("Burger King", "Home Secretary", "Tory Leader")."""
    first = words[0]
    return (
        len(words) == 2
        and words[1].lower() in gazetteer.surnames
        and first.isalpha()
        and first[1:].islower()
        and not first.endswith(("ing", "ary", "ial", "ive"))  # "Dancing Queen", "Parliamentary Leader"
        and first.lower() not in gazetteer.common_words
        and normalise_name(first) not in gazetteer.names
        and first not in gazetteer.demonyms
        and first not in gazetteer.title_words
    )


def _person_shaped(words: tuple[str, ...], leading: tuple[str, str], gazetteer: Gazetteer) -> bool:
    """ "Virginia Madsen", "Victoria Hamilton", "Vladimir Putin": a known name that is a first name too, before
    a census surname or a word that no list knows, makes a person's name by its shape (``kinds`` weighs it as
    one); not "China Daily" (a country's), nor "Sydney Harbour"."""
    if len(words) != 2 or words[0] not in gazetteer.first_names or leading[0] in gazetteer.countries:
        return False
    # (Each part of a hyphenated surname alike: "Sofia Marchetti-Kahn"; no plural: "Maryland Wal-Marts".)
    second = words[1]
    if "-" in second:
        return not second.endswith("s") and all(_surname_shaped(part, leading, gazetteer) for part in second.split("-"))
    return _surname_shaped(second, leading, gazetteer)


def _surname_shaped(word: str, leading: tuple[str, str], gazetteer: Gazetteer) -> bool:
    """A census surname, or a word no list knows, in no known name and no plural ("Vladimir Putin"; not
    "Houston Astros", "Sydney Olympic")."""
    if word.lower() in gazetteer.common_words or word in _LANDMARK_HEADS:
        return False
    return (
        word.lower() in gazetteer.surnames
        or (
            leading[1] == "place"  # (not a firm's: "Dell Optiplex")
            and word.isalpha()
            and word[1:].islower()
            and not word.endswith("s")
            and normalise_name(word) not in gazetteer.names
            and word not in gazetteer.suffix_kind
            and word not in gazetteer.title_words
            and word not in gazetteer.demonyms
            and word not in _words_of_names(gazetteer)
        )
    )


_WORDS_OF_NAMES: dict[int, frozenset[str]] = {}


def _words_of_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The words of the known names of two words or more ("International", "Olympic")."""
    key = id(gazetteer)
    if key not in _WORDS_OF_NAMES:
        _WORDS_OF_NAMES[key] = frozenset(
            word for canonical, _ in gazetteer.names.values() if " " in canonical for word in canonical.split()
        )
    return _WORDS_OF_NAMES[key]


def _institution(body: str, start: int, end: int, kind: str) -> Candidate:
    """The whole of an institution's name from ``start`` to ``end``, its kind settled by a word in it."""
    text = body[start:end]
    return Candidate(start, end, text, normalise_name(text), kind, evidence="suffix")


def _institution_kind(tokens: list[_Token], suffix_kind: dict[str, str]) -> str:
    """The kind of the head noun: the last suffix word before "of" ("District Court of Appeal" is a
    court, "Bank of England" a bank), else the first one after it."""
    kind = ""
    previous = ""
    for token in tokens:
        if token.text in ("of", "for") and kind:
            break
        if token.text in suffix_kind:
            kind = _suffix_kind(previous, token.text, suffix_kind)
        previous = token.text
    return kind or "organisation"  # (called only when some token is a suffix)


_TIME_WORDS = frozenset(
    ["Last", "Next", "This", "Early", "Late", "Mid", "In", "Since", "Until", "By", "During", "From", "Through"]
)
# (A league is a body that gathers members, "the Texas Taxpayers League", unless one of these words
# names it a competition.)
_COMPETITIONS = frozenset(
    ["Champions", "Premier", "Europa", "Super", "Celtic", "Irish", "Scottish", "English", "Welsh", "Nations",
     "Conference", "Football", "Rugby", "Cricket", "Basketball", "Baseball", "Hockey", "Soccer", "Professional"]
)  # fmt: skip
_SERVICE_DISTRICTS = frozenset(
    ["School", "Water", "Utility", "Utilities", "Sanitation", "Transit", "Fire", "Hospital", "Irrigation", "Library"]
)


# Words that open a sentence before a name rather than open the name: function words and descriptors.
_OPENING_WORDS = frozenset(
    ["The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "To", "With",
     "After", "Before", "When", "While", "Since", "Until", "If", "As", "But", "And", "Or", "So", "Yet", "Then",
     "Now", "Still", "Even", "Also", "Last", "Next", "Both", "Each", "Every", "All", "Some", "Many", "Most",
     "Other", "Another", "Such", "No", "Only", "Yesterday", "Today", "Tomorrow", "Meanwhile", "However",
     "Although", "Because", "Like", "Unlike", "Despite", "During", "Under", "Over", "Between", "Among", "Against",
     "Through", "Into", "About", "Around", "Within", "Why", "How", "What", "Where", "Who", "Which", "Whether",
     "Here", "There", "It", "Its", "His", "Her", "Their", "Our", "My", "Your", "We", "They", "He", "She", "Former",
     "Rival", "Fellow", "Parent", "Giant", "Budget", "Ailing", "Embattled", "Beleaguered", "New", "Top", "Big",
     "Small", "Major", "Leading", "Local", "State", "Federal", "Chief", "Senior", "Retail", "Online", "Past",
     "Early", "Late", "Mid"]
)  # fmt: skip


def _may_open_a_name(word: str) -> bool:
    """Whether a common word opening a sentence may be a name's first word: not a plural ("Shares"), an -ly
    adverb or a participle ("Struggling")."""
    return not (word.endswith(("s", "ly")) or (len(word) > 4 and word.endswith(("ing", "ed"))))


def _after_dateline_slash(body: str, offset: int) -> bool:
    """Whether a run follows a slash after a line's first place in capitals: "WASHINGTON/AUSTIN, Texas"."""
    if body[offset - 1] != "/":
        return False
    # (A dateline's places are short: the line's start is looked for only that far back.)
    lower = max(0, offset - _DATELINE_CHARS)
    line = body.rfind("\n", lower, offset)
    if line == -1 and lower > 0:
        return False
    opening = body[line + 1 : offset - 1]
    return opening.isupper() and opening.replace(" ", "").replace("/", "").isalpha()


def _suffix_kind(previous: str, suffix: str, suffix_kind: dict[str, str]) -> str:
    """The kind a suffix word gives a name, after the word before it: "Oakland Unified School District"
    is a body that runs a service, not a place as "Luohu District" is."""
    if suffix == "District" and previous in _SERVICE_DISTRICTS:
        return "organisation"
    if suffix == "League" and previous in _COMPETITIONS:
        return "none"  # "Champions League", "Premier League": a competition, not the body that runs it
    return suffix_kind[suffix]


def _shouted(tokens: list[_Token]) -> bool:
    """A run of capitals too long to be acronyms: two or more words, one of them longer than four letters."""
    first = tokens[0]
    if not (first.connector or first.possessive) and not first.text.replace(".", "").replace("-", "").isupper():
        return False  # (most runs: the first word is no capitals, which the test of every word reads first)
    words = [token.text for token in tokens if not token.connector and not token.possessive]
    return (
        len(words) > 1
        and all(word.replace(".", "").replace("-", "").isupper() for word in words)
        and any(len(word) > 4 for word in words)
    )


def _headline_after(body: str, position: int) -> bool:
    """Whether a dash and a line in capitals follow: "SOCCER - LEEDS BEAT CHELSEA", a topic and a
    headline, not a dateline."""
    line_end = body.find("\n", position)
    rest = body[position : line_end if line_end >= 0 else min(len(body), position + 200)]
    return rest.lstrip()[:1] in "-—–" and rest.isupper()


def _is_acronym(word: str) -> bool:
    if word[1:2].islower():
        return False  # "Blair": neither all capitals nor capitals then a number (most words, told at once)
    letters = word.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha():
        return True
    if "-" in letters and all(
        2 <= len(part) <= 5 and part.isascii() and part.isupper() and part.isalpha() for part in letters.split("-")
    ):
        return True  # "AFL-CIO", "SAG-AFTRA": acronyms joined
    # "MI6", "ABC13", "ITV1": capitals, then a number; "UMass", "JPMorgan": an acronym run into a word, which
    # no person's name is written as (a name's second capital follows a lowercase prefix: "McCain", "DeSantis").
    return _NUMBERED_ACRONYM.fullmatch(word) is not None or _ACRONYM_WORD.fullmatch(word) is not None


def _continues_word(char: str) -> bool:
    """Whether a name starting after ``char`` (or after an apostrophe after it) would continue a word."""
    return char.isalnum() or char == "_"


def is_sentence_initial(body: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: after a stop, a quote mark, a bullet or a dateline."""
    position = start - 1
    steps = 0
    while position >= 0 and steps < 8:
        char = body[position]
        if char in " \t":
            position -= 1
            steps += 1
            continue
        if char in _SENTENCE_OPENERS:
            return True
        # A dateline ends where its text begins: "LONDON (Reuters) - The", "BRUSSELS 1996-08-22 The".
        if char in "-*" and (position == 0 or body[position - 1] == "\n"):
            return True  # a list item's bullet: "- The council voted", "* The mayor said"
        if char == "-":  # a dash and a space after an agency's name only: one inside a sentence starts none
            dash = position
            while dash > 0 and body[dash - 1] == "-":
                dash -= 1  # ("(Bloomberg) -- The": two hyphens for a dash)
            return body.startswith(") ", dash - 2) and position < start - 1
        return char.isdigit() and _ISO_DATE_BEFORE.search(body, max(0, position - 11), position + 1) is not None
    return position < 0


_ISO_DATE_BEFORE = re.compile(r"(?:^|\s)\d{4}-\d{2}-\d{2}$")


def _split_on(tokens: list[_Token], is_separator: Callable[[_Token], bool]) -> list[list[_Token]]:
    pieces: list[list[_Token]] = [[]]
    for token in tokens:
        if is_separator(token):
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [piece for piece in pieces if piece]


def _owned_head(owned: list[_Token]) -> _Token:
    """The word naming what an owner owns: the last, or the first when a connector follows it
    ("Sheriff's Office", "Attorney's Office for the Northern District")."""
    return owned[0] if len(owned) > 1 and owned[1].connector else owned[-1]


def _split_on_possessives(tokens: list[_Token]) -> list[list[_Token]]:
    return _split_on(tokens, lambda token: token.possessive)


def _is_firm_pair(tokens: list[_Token], gazetteer: Gazetteer) -> bool:
    """One to three capitalised words, "&", one or two more: "Procter & Gamble", "Standard & Poor's",
    "Gulf Coast Power & Light"; not two known names ("Serbia & Montenegro") or two people ("Matt Lucas &
    David Walliams")."""
    texts = [token.text for token in tokens]
    if texts.count("&") != 1 or "and" in texts:
        return False
    at = texts.index("&")
    sides = (tokens[:at], tokens[at + 1 :])
    if not (1 <= len(sides[0]) <= 3 and 1 <= len(sides[1]) <= 2) or any(
        token.connector for side in sides for token in side
    ):
        return False
    known = all(normalise_name(" ".join(token.text for token in side)) in gazetteer.names for side in sides)
    people = all(len(side) == 2 and side[0].text in gazetteer.first_names for side in sides)
    return not (known or people)


def _trim_connectors(tokens: list[_Token]) -> list[_Token]:
    start, end = 0, len(tokens)
    while start < end and (tokens[start].connector or tokens[start].possessive):
        start += 1
    while end > start and (tokens[end - 1].connector or tokens[end - 1].possessive):
        end -= 1
    return tokens[start:end]


__all__ = ["CANDIDATE", "Candidate", "CandidateFinder"]
