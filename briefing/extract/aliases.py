"""Linking mentions to one canonical entity each.

- Full person names (two or more tokens) are the canonical people.
- A lone token ("Kishida", "Mr Blair", "Kim") is the person whose surname (last token) or,
  failing that, family name written first ("Kim" of Kim Jong Un) it is. When several people
  share it, the most prominent one (most full-name mentions, then earliest) wins: in news
  copy a bare "Kim" is the Kim the story is about, never a new person "Kim".
- A shorter full name inside a longer one ("George Bush" in "George W. Bush") is the longer one.
- Context aliases ("the North") name an entity only when that entity is named in the article.
- An acronym defined in brackets ("the British Chamber of Commerce (BCC)") is that organisation.
- A lone unknown word is a name only with evidence: it speaks, stands where an institution does,
  a known place places it ("Phoenix, Arizona"), or it recurs.
- Role nouns next to a name ("spokesman Yoshimasa Hayashi", "Easley, a professor") are kept
  so that "the spokesman said" can be resolved later.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from briefing.extract.entities import Candidate, is_sentence_initial
from briefing.extract.gazetteer import (
    GENERATION_ABBREVIATIONS,
    Gazetteer,
    first_name_gender,
    load_gazetteer,
    normalise_name,
    spelling_key,
    without_accents,
    word_alternation,
)
from briefing.extract.sentences import last_match, last_word, search_after_word

# A US party's letters before a state: "R-Texas", "DFL-Minneapolis".
PARTY = r"(?:[DRI]|DFL)"
# A US party and state after a name: "Cruz (R-Texas)", "Schumer, D-N.Y." (then a comma), "(D-North Las Vegas)".
PARTY_PLACE = rf"{PARTY}[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}}"
PARTY_TAG = rf"(?:\s*\({PARTY_PLACE}\)|,\s*{PARTY_PLACE}(?=,))"
_PARTY_TAG = re.compile(PARTY_TAG)
_RECURRING = 3  # how often an unknown lone word must recur to count as a name without other evidence


@dataclass(slots=True)
class LinkedMention:
    start: int
    end: int
    text: str
    name: str
    kind: str
    evidence: str = ""  # the candidate's (see ``Candidate.evidence``); "speaker" for a lone name that speaks
    title: str = ""
    title_start: int = -1  # where a title written before the name starts ("Prime Minister Tony Blair")


@dataclass(slots=True)
class RoleHolder:
    position: int
    role: str  # the role noun ("professor"), which "the professor said" is matched against
    name: str
    phrase: str = ""  # the role as written ("a professor at Ewha Womans University" gives "professor at ...")


@dataclass(slots=True)
class Linked:
    mentions: list[LinkedMention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    roles: list[RoleHolder] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)  # filled in by ``kinds``


# After a name, what only a person's takes: a role in apposition ("Linda Park, a spokeswoman for the city,")
# or a verb of speech ("Tom Hill said"); before it, a role in apposition ("The authority's general manager,
# Hyun-woo Park,").
_ROLE_WORDS = word_alternation(frozenset(load_gazetteer().role_nouns))
_ROLE_OR_SPEECH_AFTER = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){{0,3}}(?:{_ROLE_WORDS})\b"
    r"|,?\s+(?:said|says|told|tells|added|argued|warned)\b"
    r"|,\s+who\b"  # ("Hyun-joo Park, who studies Medicaid enrollment, says": a person's clause)
)
_PLACED_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|through|across|around)\s+$")
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_WORDS}),\s+$")
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Hye-jin", "Hyun-woo": no list holds them all


def _named_like_a_person(name: str, gazetteer: Gazetteer) -> bool:
    """A first name then a census surname ("Lucinda Park", "Tom Hill"): a place word may be a surname too."""
    words = name.split()
    return (
        len(words) == 2
        and (words[0] in gazetteer.first_names or KOREAN_GIVEN.fullmatch(words[0]) is not None)
        and words[1].lower() in gazetteer.surnames
    )


def _people_named_like_places(body: str, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """The candidates, with a person's name that a place word ends made a person wherever it stands, when a
    role or speech stands beside one of its mentions ("Lucinda Park, finance chief of Trellis Home, told";
    "The schools chancellor, Hyun-woo Park, acknowledged …": a woman, a man named Park, whose "Park said" is
    theirs), or when a person the text names shares its last word and the given name stands alone too ("Min-ji
    Park and her husband, Dae-jung Park … Min-ji said")."""
    like_people = [
        candidate
        for candidate in candidates
        if candidate.kind == "place"
        and candidate.evidence == "suffix"
        and _named_like_a_person(candidate.name, gazetteer)
    ]
    if not like_people:
        return candidates  # (most bodies: the sets below are not read)
    named = {
        candidate.name
        for candidate in like_people
        if _ROLE_OR_SPEECH_AFTER.match(body, candidate.end)
        or _ROLE_BEFORE.search(body, max(0, candidate.start - 30), candidate.start)
    }
    families = {
        candidate.name.rsplit(" ", 1)[-1]
        for candidate in candidates
        if (candidate.kind == "person" and len(candidate.tokens) > 1) or candidate.name in named
    }
    # (Only when the text calls them by the given name alone too, "Min-ji said"; and not a name it ever writes as
    # a place: "They met in Victoria Park", after "Linda Park … said".)
    alone = {candidate.text for candidate in candidates if len(candidate.tokens) <= 1}
    placed = {
        candidate.name
        for candidate in like_people
        if _PLACED_BEFORE.search(body, max(0, candidate.start - 9), candidate.start)
    }
    named.update(
        candidate.name
        for candidate in like_people
        if candidate.name.rsplit(" ", 1)[-1] in families
        and candidate.name.split(" ", 1)[0] in alone
        and candidate.name not in placed
    )
    if not named:
        return candidates
    return [
        replace(candidate, kind="person") if candidate.kind == "place" and candidate.name in named else candidate
        for candidate in candidates
    ]


def link(body: str, candidates: list[Candidate], gazetteer: Gazetteer) -> Linked:
    candidates = _people_named_like_places(body, candidates, gazetteer)
    people = _full_people(candidates, gazetteer)
    candidates = _joined_surnames(body, candidates, {_surname(person.tokens) for person in people.values()})
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_word_first: dict[str, list[str]] = defaultdict(list)  # given names that are ordinary words too
    # The first of two surnames: "Rodríguez" of "María Rodríguez Salas".
    paternal: dict[str, list[str]] = defaultdict(list)
    middle: dict[str, list[str]] = defaultdict(list)
    # A word that opens an organisation's name is no given name of a name only guessed a person's ("Castellan
    # Maritime Holdings Inc. … the Castellan Aurora … Castellan said": the firm).
    firms_opened: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        if candidate.kind == "organisation" and len(candidate.tokens) > 1:
            firms_opened[candidate.tokens[0]].add(_normalised(candidate.name))
    for name, info in people.items():
        if info.canonical != name:
            continue  # "George Bush" of George W. Bush: a lone "Bush" is the one it is part of
        tokens = info.tokens
        by_last[_surname(tokens)].append(name)
        # ("The" of "The Aviator" stands for no one.)
        if tokens[0].lower() not in gazetteer.common_words and (
            name in firms_opened.get(tokens[0], (name,))
            or tokens[0] in gazetteer.first_names
            or KOREAN_GIVEN.fullmatch(tokens[0]) is not None  # ("Min-ji Park … Min-ji said")
        ):
            by_first[tokens[0]].append(name)
        elif tokens[0] in gazetteer.first_names and len(tokens) == 2:
            by_word_first[tokens[0]].append(name)  # "Wade Kettleman": a given name that is a word too
        if _two_surnames(tokens, gazetteer):
            paternal[tokens[-2]].append(name)
        elif (
            len(tokens) > 2
            and tokens[-2][:1].isupper()
            and tokens[-2] not in gazetteer.first_names
            and tokens[-2].lower() not in gazetteer.common_words
            and tokens[-1].lower() not in gazetteer.common_words
            and normalise_name(tokens[-1]) not in gazetteer.names
        ):
            # "Juan Sebastián Ordóñez Villacrés … Ordóñez said": a word before the last that is no given
            # name may be a first surname the census does not list (read only when nothing else matches;
            # not "United" of "Independent Manchester United Supporters", nor "West" of "South West
            # Edinburgh").
            middle[tokens[-2]].append(name)
    for token, bearers in paternal.items():
        # "María Elena Rodríguez Salas … Daniela Vega Rodríguez … Rodríguez said": a lone surname is the
        # first of someone's two, not the second of someone else's.
        by_last[token] = bearers + [
            name for name in by_last.get(token, []) if not _two_surnames(people[name].tokens, gazetteer)
        ]

    def prominence(name: str) -> tuple[int, int]:
        info = people[name]
        return (info.count, -info.first)

    chosen: dict[tuple[str, str, str, bool], str | None] = {}  # person_for_token's answers, for the same question
    meant_alone: dict[str, str] = {}  # the person a surname written alone meant last
    alone_at: dict[str, int] = {}  # and where it was written

    def person_for_token(
        token: str, gender: str = "", title: str = "", position: int = -1, told: bool = False
    ) -> str | None:
        """``told``: the mention itself gives ``gender`` ("Mr."), not a pronoun after it."""
        key = (token, gender, title, told)
        if key in chosen:
            return chosen[key]
        choices = by_last.get(token) or by_first.get(token) or middle.get(token)
        if choices and len(choices) > 1:
            # "Ms. Whitcomb" is the woman of the Whitcombs, "Senator Whitcomb" the one titled so: what the
            # mention says of its person narrows those sharing the name, before prominence decides.
            title = _title_key(title)
            choices = [name for name in choices if title in people[name].titles] or choices
            if gender:
                # One of that sex, else (when the mention says so itself) one whose first name tells no sex:
                # "Mr. Brenner" is Walt Brenner, not his daughter Kaylee.
                sexes = {name: _gender_of(people[name], gazetteer) for name in choices}
                if position >= 0 and all(people[name].last_before(position) < 0 for name in choices if sexes[name]):
                    # "Hovig Sarkisian … Sarkisian told jurors he …": the one named by then, whose sex the
                    # census does not tell, not his nephew Aram, named only further on.
                    # (A name holding no given name the census knows, not "East Midlands MEP Robert Kilroy-Silk".)
                    unknown = [
                        name
                        for name in choices
                        if people[name].last_before(position) >= 0
                        and not any(token in gazetteer.first_names for token in people[name].tokens)
                    ]
                    if len(unknown) == 1:
                        return unknown[0]
                choices = (
                    [name for name in choices if sexes[name] == gender]
                    or (told and [name for name in choices if not sexes[name]])
                    or choices
                )
            if len(choices) > 1 and position >= 0 and token in by_last:
                # A surname the article already used alone goes on meaning whom it meant ("Kessling" after
                # "his wife, Christine Kessling" is still the congressman); else "Rep. Joanne Whitaker, …
                # "…," Whitaker said": the one named in full last before it (answers that depend on where,
                # so not remembered); not a family name written first ("Kim" of Kim Jong Un and Kim Yo
                # Jong), too common for that.
                latest, nearest = max((people[name].last_before(position), name) for name in choices)
                meant = meant_alone.get(token)
                if meant in choices and (
                    nearest == meant
                    or latest < alone_at[token]
                    or position - latest > _INTRODUCED_REACH
                    or not _opens_sentence(body, latest, gazetteer)
                ):
                    # (Unless another bearer was brought in since, just before, as a sentence's subject:
                    # "Indiana state Rep. Carl Lindgren, … said … ¶ "…," Lindgren said.")
                    return meant
                if latest >= 0:
                    # ("Lorraine Pruitt, whose younger brother, Eddie Pruitt, is missing, sat …": the one the
                    # sentence is about, named first in it.)
                    same_sentence = [
                        (start, name)
                        for name in choices
                        if max(0, latest - _SENTENCE_REACH) <= (start := people[name].last_before(position)) < latest
                        and not _SENTENCE_BREAK.search(body, start, latest)
                    ]
                    return min(same_sentence)[1] if same_sentence else nearest
        person = max(choices, key=prominence) if choices else None
        chosen[key] = person
        return person

    linked = Linked()
    mentions = linked.mentions
    unresolved: list[Candidate] = []
    lone_names: set[str] = set()  # lone words that speak or stand where an institution does
    for number, candidate in enumerate(candidates):
        if candidate.kind in ("place", "organisation"):
            bearer = (
                person_for_token(candidate.name, position=candidate.start)
                if candidate.kind == "place" and candidate.name in by_last and _acts(body, candidate, gazetteer)
                else None
            )
            if bearer is not None and people[bearer].tokens[0] in gazetteer.first_names:
                # "Vikram Saldanha … Saldanha did not rule it out": the surname of someone the article names
                # in full, acting, not the place it also names (Saldanha Bay). (Not a firm named after its
                # founder: "Roy Disney … Disney said".)
                mentions.append(_mention(body, candidate, bearer, "person"))
                continue
            mentions.append(_mention(body, candidate, candidate.name, candidate.kind))
            continue
        if candidate.kind == "person" and len(candidate.tokens) > 1:
            name = people[_normalised(candidate.name)].canonical
            mentions.append(_mention(body, candidate, name, "person"))
            if candidate.gender:
                linked.genders.setdefault(name, candidate.gender)
            continue
        token = candidate.tokens[0] if candidate.tokens else candidate.name
        if candidate.weak and (token in gazetteer.days or token in gazetteer.months):
            continue
        gender = candidate.gender
        if not gender and len(by_last.get(token, ())) > 1:
            # "Rappaport, told of the statement, laughed. "…?" he said.": the pronoun that follows tells
            # which of those sharing the surname it is.
            gender = _pronoun_gender(body, candidates, number)
        person = person_for_token(token, gender, candidate.title, candidate.start, bool(candidate.gender))
        if person is not None:
            meant_alone[token], alone_at[token] = person, candidate.start
            if candidate.title:
                # ("Mr. Halvorsen" goes on meaning the father the paper titled so, after "Erik Halvorsen, the
                # CEO's son", whom it calls by his full name)
                people[person].titles.add(_title_key(candidate.title))
            mentions.append(_mention(body, candidate, person, "person"))
            if candidate.gender:
                linked.genders.setdefault(person, candidate.gender)
        elif len(bearers := by_word_first.get(token, [])) == 1 and _acts(body, candidate, gazetteer):
            # "Wade Kettleman … Wade was blunter": a given name that is a word too, acting as a person does
            # (not "Will the council act?", "My view is": the word).
            mentions.append(_mention(body, candidate, bearers[0], "person"))
        elif token[-1:] == "s" and len(candidate.tokens) <= 1 and token[:-1] in by_last:
            continue  # "the Ferreiras" of Gabriel and Lucia Ferreira: a family, no name of its own
        elif candidate.kind == "person":  # titled lone name: "Mr Smith" with no full name in the article
            mentions.append(_mention(body, candidate, candidate.name, "person"))
            if candidate.gender:
                linked.genders.setdefault(candidate.name, candidate.gender)
        elif token in gazetteer.title_words or candidate.evidence == "shouted":
            continue  # "the Bishop said": a title standing alone is a role (``quotes`` resolves it), not a name
        elif _speaks(body, candidate, gazetteer):
            # "said Moya", "Gerrard added:", "Yukos said", "Trump tweeted:" (a sentence's first word): a
            # lone name that speaks is a name in its own right (``kinds`` decides its kind).
            mentions.append(_mention(body, candidate, candidate.name, "person", "speaker"))
            lone_names.add(candidate.name)
        elif not candidate.weak and _institution_context(body, candidate, gazetteer):
            mentions.append(_mention(body, candidate, candidate.name, "person", "context"))
            lone_names.add(candidate.name)
        elif not candidate.weak and _placed_word(body, candidate, gazetteer):
            mentions.append(_mention(body, candidate, candidate.name, "place", "context"))
        elif not candidate.weak and _after_place_word(body, candidate, gazetteer):
            mentions.append(_mention(body, candidate, candidate.name, "person", "context"))
            lone_names.add(candidate.name)
        elif not candidate.weak:
            unresolved.append(candidate)

    named = {mention.name for mention in mentions}
    # "President Trump's pick … Trump weighed in": a person titled alone elsewhere in the article.
    lone_people = {
        mention.name for mention in mentions if mention.kind == "person" and mention.title and " " not in mention.name
    }
    # A lone unknown word written again and again ("Robben ... Robben") is a name in its own right.
    counts = Counter(candidate.name for candidate in unresolved if "-" not in candidate.text)
    lone_names.update(
        name
        for name, count in counts.items()
        if count >= _RECURRING
        and not name.isupper()
        and name.lower() not in gazetteer.common_words
        and name not in gazetteer.suffix_kind  # "the Bank", "the Commission": a short form, not a name
        and name not in gazetteer.title_words
        and name not in gazetteer.days
        and normalise_name("the " + name) not in gazetteer.context_aliases  # "the impoverished North"
    )
    # "Delta Air Lines … troubled Delta": a lone word that opens one organisation's name is that one.
    firms: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.kind == "organisation" and " " in mention.name:
            first, rest = mention.name.split(" ", 1)
            if gazetteer.names.get(normalise_name(rest), ("", ""))[1] != "place":  # not "Yukos USA": a branch
                firms[first].add(mention.name)
    for index, mention in enumerate(mentions):
        firm = firms.get(mention.name, ()) if mention.evidence == "speaker" else ()
        if len(firm) == 1:  # "Southwest Airlines … Southwest, which …, said": that firm speaks
            mentions[index] = replace(mention, name=next(iter(firm)), kind="organisation", evidence="known")
            lone_names.discard(mention.name)
    # Full names that open with a first name, by where they start and end: whom a lone word is listed with.
    listed_people = {
        position: mention
        for mention in mentions
        if mention.kind == "person" and " " in mention.text and mention.text.split(" ", 1)[0] in gazetteer.first_names
        for position in (mention.start, mention.end)
    }
    listed_first: dict[str, str] = {}  # "Sal and Teresa DiNardo … Sal is less sure": Sal DiNardo's first name
    for candidate in unresolved:
        if candidate.text in listed_first:
            mentions.append(_mention(body, candidate, listed_first[candidate.text], "person"))
            continue
        if candidate.name in lone_people:
            mentions.append(_mention(body, candidate, candidate.name, "person"))
            continue
        firm = firms.get(candidate.text, ())
        if len(firm) == 1 and "-" in candidate.text:
            # "Carrow-Pembroke Holdings LLC … Carrow-Pembroke sued": the firm, not two names joined.
            mentions.append(_mention(body, candidate, next(iter(firm)), "organisation", "known"))
            continue
        if _link_leftover(body, candidate, gazetteer, named, person_for_token, mentions):
            continue
        if (
            candidate.text in _REGIONS_OF_COMPASS
            and _THE_BEFORE.search(body, max(0, candidate.start - 5), candidate.start)
            and _REGION_ENDS.match(body, candidate.end)
            and not _NAMED_OF_THE.search(body, max(0, candidate.start - 30), candidate.start)
        ):
            # "in the West.", "the Midwest and …" (of no country the article names): a region; not a team
            # ("his North team", "the South pack") nor a name's end ("Queen of the South").
            mentions.append(_mention(body, candidate, candidate.name, "place", "context"))
            continue
        if len(firm) == 1:
            mentions.append(_mention(body, candidate, next(iter(firm)), "organisation", "known"))
            continue
        if "-" in candidate.text:
            continue
        if _named_like_people(body, candidate, gazetteer):
            mentions.append(_mention(body, candidate, candidate.name, "person", "like people"))
        elif candidate.name not in lone_names and (
            listed := _listed_with_person(body, candidate, listed_people, gazetteer)
        ):
            mentions.append(_mention(body, candidate, listed, "person", "like people"))
            if candidate.text in gazetteer.first_names and listed != candidate.name:
                listed_first[candidate.text] = listed
            if gender := first_name_gender(gazetteer, candidate.text) or "":
                linked.genders.setdefault(listed, gender)  # "Gabriel and Lucia Ferreira": Gabriel's sex
        elif candidate.name in lone_names:
            mentions.append(_mention(body, candidate, candidate.name, "person", "context"))

    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    _defined_acronyms(body, mentions)
    _initialled_acronyms(mentions)
    linked.mentions = _one_spelling(_joined_shouted(body, _drop_overlaps(mentions)))
    # A census first name tells the sex, unless the article calls the person by that word alone and it
    # is a surname too: then it is a family name written first ("Moon Seong Mook" ... "Moon said").
    # (Not a name opening a quote, which a friend may say: '"Jake, I've been in politics …"', '"Angela
    # will be a GREAT Secretary," he wrote'; nor a given name shared out, "Gabriel and Lucia Ferreira".)
    called_by = {
        (mention.name, mention.text)
        for mention in linked.mentions
        if body[mention.start - 1 : mention.start] not in _OPENING_MARKS and not body.startswith(" and ", mention.end)
    }
    by_census: set[str] = set()  # (whose sex only a census count gives: kin the text names tell better)
    for name, info in people.items():
        given = info.tokens[0]
        gender = _gender_of(info, gazetteer)
        if (
            gender
            and info.canonical == name
            and name not in linked.genders
            and (
                (name, given) not in called_by
                or given.lower() not in gazetteer.surnames
                # ("Jaber said" … "Omar talked about Leandra": called by the last name too, which is the family's)
                or (len(info.tokens) > 1 and (name, info.tokens[-1]) in called_by)
                # ("by Gabriel's count" of Gabriel and Lucia Ferreira: a given name tells a couple apart)
                or len(by_last.get(_surname(info.tokens), ())) > 1
            )
        ):
            linked.genders[name] = gender
            by_census.add(name)
    for name in lone_names:  # "Meghan said … she said"
        if name not in linked.genders and (gender := first_name_gender(gazetteer, name) or ""):
            linked.genders[name] = gender
            by_census.add(name)
    linked.roles = _role_holders(body, linked.mentions, gazetteer, linked.genders, by_census)
    return linked


_OPENING_MARKS = frozenset("\"“‘'")


@dataclass(slots=True)
class _Person:
    canonical: str
    tokens: tuple[str, ...]
    count: int = 0
    first: int = 0
    titles: set[str] = field(default_factory=lambda: {""})  # (see _title_key) the empty title: any person
    starts: list[int] = field(default_factory=list)  # where the full name stands, in text order

    def last_before(self, position: int) -> int:
        """Where the full name last stands before ``position`` (-1 if nowhere)."""
        index = bisect.bisect_left(self.starts, position)
        return self.starts[index - 1] if index else -1


# Before a place, where someone or something is: "At a shelter in Del Rio, a man …", "the office in Corpus Christi".
LOCATED_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 300  # characters: two names further apart are read in different sentences
_INTRODUCED_REACH = 600  # characters: a bearer brought in further back no longer takes a surname over
_OPENING_WORDS = 5  # a title and a place at most before the subject: "Indiana state Rep. Carl Lindgren"
# A sentence's end before a name: not the stop of an abbreviated title ("Rep.", "Mrs.", "Dr.").
_END_BEFORE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s|\n")


def _opens_sentence(body: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether the name at ``start`` opens its sentence, as its subject: at most a title and a place before it."""
    lower = max(0, start - 60)
    end = last_match(_END_BEFORE, body, lower, start)
    if end is None and lower > 0:
        return False
    words = body[end.end() if end else 0 : start].split()
    # (Titles and places, no verb: not "So I asked Marguerite Ashby", nor one of a pair, "Graham and Sherry Edwards",
    # nor after a conjunction, "As Azmat Begg arrived".)
    return len(words) <= _OPENING_WORDS and all(
        (word[:1].isupper() and word.lower() not in gazetteer.common_words) or word in _OPENING_LOWER for word in words
    )


_OPENING_LOWER = frozenset(["state", "former", "then", "the", "county", "city"])
_PRONOUN_SEX = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
_PRONOUN_REACH = 200  # characters after a name read for a pronoun that refers back to it


def _pronoun_gender(body: str, candidates: list[Candidate], index: int) -> str:
    """The sex, "m" or "f", of the first personal pronoun after the name ``candidates[index]``, before
    any other name that may be a person, within _PRONOUN_REACH and its paragraph, outside quotation
    marks (where anyone may be meant); "" for none."""
    start = candidates[index].end
    end = min(len(body), start + _PRONOUN_REACH)
    paragraph_end = body.find("\n\n", start, end)
    if paragraph_end != -1:
        end = paragraph_end
    for number in range(index + 1, len(candidates)):  # (not a slice: a copy of the rest, per name)
        candidate = candidates[number]
        if candidate.start >= end:
            break
        if candidate.kind not in ("place", "organisation") and not _quoted(body[start : candidate.start]):
            end = candidate.start
            break
    for pronoun in _PRONOUN_SEX.finditer(body, start, end):
        if not _quoted(body[start : pronoun.start()]):
            return "m" if pronoun.group(1) else "f"
    return ""


def _quoted(before: str) -> bool:
    """Whether text after ``before`` is inside quotation marks that ``before`` opens."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _joined_surnames(body: str, candidates: list[Candidate], surnames: set[str]) -> list[Candidate]:
    """The candidates with a hyphenated surname of someone named in full made one again where it was
    read as two names ("Villalobos-Kent said", of Renata Villalobos-Kent: not Villalobos and the county of
    Kent)."""
    hyphenated = {surname for surname in surnames if "-" in surname}
    if not hyphenated:
        return candidates
    joined: list[Candidate] = []
    for candidate in candidates:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.end + 1 == candidate.start
            and body[before.end] == "-"
            and (text := body[before.start : candidate.end]) in hyphenated
        ):
            joined[-1] = Candidate(before.start, candidate.end, text, text, "", (text,))
        else:
            joined.append(candidate)
    return joined


_GENERATIONS = frozenset(
    [*GENERATION_ABBREVIATIONS, *(word + "." for word in GENERATION_ABBREVIATIONS), "II", "III", "IV"]
)


def _surname(tokens: tuple[str, ...]) -> str:
    """The surname of a full name: its last word, but the one before "Jr." ("Carl Weatherby Jr.": Weatherby)."""
    return tokens[-2] if len(tokens) > 2 and tokens[-1] in _GENERATIONS else tokens[-1]


def _two_surnames(tokens: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a full name ends with two surnames, as Spanish names do ("Ramón Vega Castillo"): the last
    two words are census surnames and the first of them no given name."""
    return (
        len(tokens) >= 3
        and tokens[-2] not in gazetteer.first_names
        and all(without_accents(word).lower() in gazetteer.surnames for word in tokens[-2:])
    )


def _title_key(title: str) -> str:
    return title.rstrip(".").lower()


def _gender_of(person: _Person, gazetteer: Gazetteer) -> str:
    return first_name_gender(gazetteer, person.tokens[0]) or ""


def _full_people(candidates: list[Candidate], gazetteer: Gazetteer) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    for candidate in candidates:
        if candidate.kind != "person" or len(candidate.tokens) < 2:
            continue
        key = _normalised(candidate.name)
        person = people.get(key)
        if person is None:
            person = people[key] = _Person(key, candidate.tokens, 1, candidate.start)
        else:
            person.count += 1
        person.starts.append(candidate.start)
        if candidate.title:
            person.titles.add(_title_key(candidate.title))
    # A shorter name that sits inside exactly one longer name is that person ("George Bush", "Baez Silva").
    # Only a name that ends with the same word can hold it (see _contains_in_order), so only those are
    # compared: an article of many people is not read once per person.
    by_last: dict[str, list[_Person]] = defaultdict(list)
    for person in people.values():
        by_last[person.tokens[-1]].append(person)
    for key, person in people.items():
        containing = [
            other
            for other in by_last[person.tokens[-1]]
            if len(other.tokens) > len(person.tokens) and _contains_in_order(other.tokens, person.tokens, gazetteer)
        ]
        if not containing and len(person.tokens[0]) >= _SHORT_GIVEN_NAME:
            # "Dan Kessling" of Rep. Daniel Kessling: a given name cut short, the rest the same.
            given, rest = person.tokens[0], person.tokens[1:]
            containing = [
                other
                for other in by_last[person.tokens[-1]]
                if other.tokens[1:] == rest and other.tokens[0] != given and other.tokens[0].startswith(given)
            ]
        if len(containing) == 1:
            person.canonical = containing[0].canonical
            containing[0].count += person.count
            containing[0].starts = sorted(containing[0].starts + person.starts)
            del key
    return people


_SHORT_GIVEN_NAME = 3  # letters at least of a given name cut short ("Dan"; not "Al" of Alan or Alice)


_NORMALISED: dict[str, str] = {}


def _normalised(name: str) -> str:
    """``normalise_name(name)``, remembered: an article names the same people again and again."""
    key = _NORMALISED.get(name)
    if key is None:
        if len(_NORMALISED) >= 100_000:
            _NORMALISED.clear()
        key = _NORMALISED[name] = normalise_name(name)
    return key


def _contains_in_order(longer: tuple[str, ...], shorter: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    given = longer[0]
    if (
        longer[-len(shorter) :] == shorter
        and given in gazetteer.first_names
        and given.lower() not in gazetteer.common_words
    ):
        return True  # "Mr Baez Silva" is Carlos Baez Silva: a family name of two words (not "My Ask Jeeves")
    if longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    position = 0
    for token in shorter:
        try:
            position = longer.index(token, position) + 1
        except ValueError:
            return False
    return True


# "rapper Kenzie", "model Caprice": one role noun right before. (Not "his son Stephen": a relative
# named in passing, whom the pronouns after it seldom mean, is left to the full names.)
_ROLE_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_KIN = frozenset(
    ["wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "girlfriend", "boyfriend",
     "partner", "fiancee", "fiance", "widow", "widower", "grandson", "granddaughter", "uncle", "aunt", "cousin"]
)  # fmt: skip


def _named_like_people(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """Whether a lone unknown word is a person's name by where it stands: right after a role noun
    ("rapper Kenzie", "Happy Mondays star Bez"), among examples of people ("authors like Cicero and
    Virgil"), between "the" and what a leader gives a name to ("the Biden campaign", "the Bush
    administration", "the Hutton inquiry"), or after "anti-" or "pro-" ("an anti-Musharraf campaign")."""
    role = search_after_word(
        _ROLE_WORD_BEFORE, gazetteer.role_nouns, body, max(0, candidate.start - 20), candidate.start
    )
    word = role.group(1) if role is not None else ""
    if word in gazetteer.role_nouns and word not in _KIN and not word.endswith("s"):
        return True
    if candidate.text in gazetteer.first_names and (
        _AGE_AFTER.match(body, candidate.end)
        or _FIRST_NAME_ONLY.search(body, max(0, candidate.start - 40), candidate.start)
    ):
        # "her daughter Kiana, 15,", "Eli, 51, lost his job" (not "his son Stephen"), "who gave only his first
        # name, Wilmer,"
        return True
    word_after = _WORD_AFTER.match(body, candidate.end)
    if (word_after is None or word_after.group(1) in ("and", "or")) and _PEOPLE_LISTED_BEFORE.search(
        body, max(0, candidate.start - 80), candidate.start
    ):
        return True  # "classical authors like Cicero, Virgil and Tacitus" (not "stars such as Oscar winner …")
    lone = candidate.text
    return bool(
        lone[1:].islower()
        and lone.lower() not in gazetteer.common_words  # "the Yes campaign"
        and lone not in gazetteer.demonyms  # "the Indonesian government"
        and (
            (
                _LED_AFTER.match(body, candidate.end)
                and _THE_BEFORE.search(body, max(0, candidate.start - 5), candidate.start)
            )
            # "an anti-Musharraf campaign", "pro-Chavez crowds": whom people rally for or against (not what:
            # "anti-Semitism", "anti-Aids")
            or (
                body.endswith(_FOR_OR_AGAINST, max(0, candidate.start - 5), candidate.start)
                and _plain_word(lone, gazetteer)
                and not lone.endswith(_NOT_NAME_ENDINGS)
            )
        )
    )


_AGE_AFTER = re.compile(r",\s+\d{1,2},")
_FIRST_NAME_ONLY = re.compile(r"\b(?:first name|identified(?: only)? as|asked to be identified as|known only as),?\s+$")
_FOR_OR_AGAINST = ("anti-", "Anti-", "pro-", "Pro-")
_NOT_NAME_ENDINGS = ("ic", "ism", "ist", "ite", "ian")  # "anti-Semitic", "pro-Islamist"


# People named as examples of people, the first or one after it.
_PEOPLE_LISTED_BEFORE = re.compile(
    r"\b(?:authors|writers|poets|composers|painters|artists|philosophers|thinkers|singers|musicians|actors|"
    r"actresses|stars|players|leaders|politicians|figures|people)\s+(?:such as|like|including)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)){0,4}$"
)
# (Not "report": "the Demos report" is a think tank's.)
LED = frozenset(["campaign", "administration", "presidency", "government", "era", "years", "doctrine", "inquiry"])
_LED_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(LED))})\b")


_REGIONS_OF_COMPASS = frozenset(["North", "South", "East", "West", "Midwest", "Mideast", "Northeast", "Southwest"])
_REGION_ENDS = re.compile(r"[.,;:!?\"'’”)]|\s+(?:and|or|of|to|in|is|are|was|were|has|have|had|will|would)\b")
_NAMED_OF_THE = re.compile(r"[A-Z][\w'’-]* of the\s+$")
# Between two names of a list: "Luis Figo, Dani and Patrick Kluivert", "strikes from Rivaldo (2), Luis Figo".
_LIST_GAP = r"(?:\s*\(\d{1,2}\))?(?:,\s+(?:and\s+)?|\s+and\s+)"
_LIST_GAP_AFTER = re.compile(_LIST_GAP)
_WORD_AFTER = re.compile(r" ([a-z]+)")
_LIST_GAP_BEFORE = re.compile(_LIST_GAP + "$")


def _plain_word(word: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word of letters that is no ordinary word, plural, month or day: one that may be a name."""
    return (
        word.isalpha()
        and word[1:].islower()
        and not word.endswith("s")
        and word.lower() not in gazetteer.common_words
        and word not in gazetteer.months
        and word not in gazetteer.days
    )


def _listed_with_person(
    body: str, candidate: Candidate, listed_people: dict[int, LinkedMention], gazetteer: Gazetteer
) -> str:
    """The name of a lone unknown word listed next to a person's full name, or "" when it is not: "Luis
    Figo, Dani and Patrick Kluivert" lists a person "Dani"; "Bill and Hillary Clinton" is Bill Clinton,
    a first name sharing the surname after it. A list has "and" between the word and the person, people
    on both sides, or goes on after the person (not "between Homestead and Dadeland, Alex Barrios, the
    director"), and no word follows it. Not a word that is ordinary, plural, owned or a date's, which lists
    of names hold too."""
    word = candidate.text
    if not _plain_word(word, gazetteer) or body.startswith(("'", "’"), candidate.end):
        return ""
    word_after = _WORD_AFTER.match(body, candidate.end)
    if word_after is not None and word_after.group(1) != "and":
        return ""  # "Burt Reynolds and Oscar nominee Alan Alda", "Touching the Void": a word before a word
    after = _LIST_GAP_AFTER.match(body, candidate.end)
    after_gap = after.group() if after is not None else ""
    before = _LIST_GAP_BEFORE.search(body, max(0, candidate.start - 12), candidate.start)
    before_gap = before.group() if before is not None else ""
    following = listed_people.get(candidate.end + len(after_gap)) if after_gap else None
    if following is not None and following.start != candidate.end + len(after_gap):
        following = None  # (a name that ends there)
    preceding = listed_people.get(candidate.start - len(before_gap)) if before_gap else None
    if preceding is not None and preceding.end != candidate.start - len(before_gap):
        preceding = None
    if following is not None and word in gazetteer.first_names and after_gap.strip() == "and":
        return f"{word} {following.name.rsplit(' ', 1)[-1]}"
    # "and" between the word and a person, people on both sides, or a person after it and the list going on
    # ("strikes from Rivaldo (2), Luis Figo, Dani and Patrick Kluivert").
    if (
        (following and "and" in after_gap)
        or (preceding and "and" in before_gap)
        or (following and preceding)
        or (following and _list_goes_on(body, following.end))
    ):
        return candidate.name
    return ""


def _list_goes_on(body: str, end: int) -> bool:
    """Whether another name follows the list gap after ``end`` (not "Alex Barrios, assistant director")."""
    gap = _LIST_GAP_AFTER.match(body, end)
    return gap is not None and body[gap.end() : gap.end() + 1].isupper()


_DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")


def _defined_acronyms(body: str, mentions: list[LinkedMention]) -> None:
    """ "the British Chamber of Commerce (BCC)", "the Bank of England (BoE)": the acronym in brackets
    after an organisation's name is that organisation wherever the article writes it after that
    (``mentions`` is sorted, and stays so)."""
    meaning: dict[str, str] = {}
    first_defined: dict[str, tuple[int, str]] = {}  # an acronym to find: where it is defined, and as what
    for index, mention in enumerate(mentions):
        if mention.name in meaning:
            mention.name = meaning[mention.name]
            continue
        if mention.kind != "organisation" or not body.startswith(" (", mention.end):
            continue
        defined = _DEFINED_ACRONYM.match(body, mention.end)
        if defined is None or defined.group(1)[0] != mention.text[0] or sum(c.isupper() for c in defined.group(1)) < 2:
            continue
        acronym = defined.group(1)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None and following.start == defined.start(1):
            if following.name == acronym:
                meaning[acronym] = mention.name
            continue
        # An acronym no run of capitals made a name of ("BoE"): each time it is written from here on.
        # (Defined again, it keeps its first meaning: link keeps the first of two mentions of the
        # same words, and the first definition's come first.)
        first_defined.setdefault(acronym, (defined.start(1), mention.name))
    if not first_defined:
        return
    # Every acronym is looked for in one reading of the body, not one each: a body that defines
    # thousands would be read thousands of times.
    taken = {other.start for other in mentions}
    found: list[LinkedMention] = []
    for at, acronym in _written_acronyms(body):
        defined_at, name = first_defined.get(acronym, (len(body), ""))
        if at >= defined_at and at not in taken:
            found.append(LinkedMention(at, at + len(acronym), acronym, name, "organisation", "known"))
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda mention: (mention.start, -mention.end))


def _initialled_acronyms(mentions: list[LinkedMention]) -> None:
    """ "the Federal Trade Commission" … "the FTC": an acronym no brackets defined is the one organisation of
    the article whose initials it spells (with or without its "of" and "and", after a leading "U.S."), when
    just one does."""
    spelled: dict[str, set[str]] = {}
    for name in {mention.name for mention in mentions if mention.kind == "organisation" and " " in mention.name}:
        for initials in _initials(name):
            spelled.setdefault(initials, set()).add(name)
    if not spelled:
        return
    for mention in mentions:
        names = spelled.get(mention.name) if mention.kind == "organisation" and mention.name == mention.text else None
        if names is not None and len(names) == 1 and mention.name.isupper():
            (mention.name,) = names


_LEADING_NATION = frozenset(["U.S.", "US", "U.S"])


def _initials(name: str) -> set[str]:
    """The acronyms a name of several words may go by: "Department of Justice" as DOJ or DJ, "U.S. Federal Trade
    Commission" as FTC (or USFTC)."""
    words = name.replace("-", " ").split()
    found = set()
    for start in {0, 1 if words[0] in _LEADING_NATION else 0}:
        kept = words[start:]
        found.add("".join(word[0].upper() for word in kept if word[:1].isalpha()))
        found.add("".join(word[0] for word in kept if word[:1].isupper()))
    # (Not "BT Together" for BT: a name holding the acronym as a word is something of that body's.)
    return {initials for initials in found if len(initials) >= 2 and initials not in words}


# Where an acronym may be written: a capital after no letter, digit, "_" or hyphen, and the letters
# and "&" after it (an "&" may end one and start another: "AT&T", "BBC&ITV").
_ACRONYM_LETTERS = re.compile(r"[A-Z](?<![\w-].)[A-Za-z&]*")


def _written_acronyms(body: str) -> Iterator[tuple[int, str]]:
    """Every place, and its text, where ``(?<![\\w-])ACRONYM(?![\\w-])`` matches for some ACRONYM of
    a capital, then letters and "&" (as ``_DEFINED_ACRONYM`` reads one), in one reading of ``body``."""
    for run in _ACRONYM_LETTERS.finditer(body):
        start, end = run.span()
        text = run.group()
        closed = end == len(body) or not (body[end].isalnum() or body[end] in "_-")
        if "&" not in text:
            if closed:
                yield start, text
            continue
        ampersands = [index for index, char in enumerate(text) if char == "&"]
        ends = [*ampersands, len(text)] if closed else ampersands
        for first in (0, *(index + 1 for index in ampersands)):
            if first < len(text) and "A" <= text[first] <= "Z":
                for last in ends:
                    if last > first:
                        yield start + first, text[first:last]


def _link_leftover(
    body: str,
    candidate: Candidate,
    gazetteer: Gazetteer,
    named: set[str],
    person_for_token: Callable[[str], str | None],
    mentions: list[LinkedMention],
) -> bool:
    """A lone capitalised word that is not a known name: a context alias or a hyphen compound.

    True when it was one of those (whether or not it named anything)."""
    before = body[max(0, candidate.start - 4) : candidate.start]
    if before.lower().endswith("the "):
        meant = gazetteer.context_aliases.get(normalise_name("the " + candidate.text), ())
        canonical = next((name for name in meant if name in named), None)
        if canonical:
            kind = gazetteer.names.get(canonical, (canonical, "place"))[1]
            mentions.append(_mention(body, candidate, canonical, kind, "known"))
            return True
    if "-" not in candidate.text:
        return False
    # "Kishida-Kim meeting": each side that names a known person is a mention of them.
    offset = candidate.start
    for piece in candidate.text.split("-"):
        person = person_for_token(piece)
        if person is not None:
            mentions.append(LinkedMention(offset, offset + len(piece), piece, person, "person"))
        offset += len(piece) + 1
    return True


# A capital and lowercase letters, the way a family name is written ("Trump", "McConnell",
# "DeSantis", "O'Rourke", "Ocasio-Cortez").
_NAME_SHAPE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_SPEECH_WORDS = "said|says|added|adds|according to"
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH_WORDS})\s+$")
_SPEECH_LAST_WORDS = frozenset(words.split()[-1] for words in _SPEECH_WORDS.split("|"))  # what it ends with
_PRONOUNS = frozenset(["he", "she", "it", "we", "they", "you", "i", "who"])  # "He" is a census surname too
_OF_BEFORE = re.compile(r"\bof\s+$")
_SPEECH_AFTER = re.compile(
    # perhaps after a US party and state ("Cruz (R-Texas) said", "Schumer, D-N.Y., said"), a relative clause
    # ("Uber, which spent millions fighting the measure, said"), an age ("Brannock, 64, said"), an
    # appositive ("Brannock, a Democrat, said", "Yukos, Russia's biggest oil firm, said") or where
    # ("Trump, in a post on Twitter, wrote")
    rf"(?:{PARTY_TAG},?|,\s+(?:which|who|a|an|the|in|on|at|speaking|writing)\s[^,.;:!?\"“”]{{1,80}},|,\s+\d{{1,3}},)?"
    r"(?:\s+(?:also|then|later|has|had))?\s+(?:said|says|added|adds|told|insisted|explained|admitted|tweeted|wrote|"
    r"replied|responded|warned|argued|claimed|noted|declared|acknowledged|posted|called)\b"
)


_ACTS_AFTER = re.compile(
    r"\s+(?:did|does|is|was|has|had|would|will|could|also|then|later|declined|refused|added|told|said|says|"
    r"asked|replied|answered|spoke|agreed|disagreed|argued|insisted|acknowledged|laughed|smiled|paused|shrugged|"
    r"(?:is|was|does|did|has|had|would|could|ca|wo)n['’]t)\b"
)


def _acts(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """Whether a lone name acts as a person does, as the subject of a verb ("Saldanha did not rule it out",
    "said Saldanha"), with no preposition of place before it."""
    if _PLACE_PREPOSITION_BEFORE.search(body, max(0, candidate.start - 8), candidate.start):
        return False
    return bool(_ACTS_AFTER.match(body, candidate.end)) or _speaks(body, candidate, gazetteer)


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|across|outside|around)\s+$", re.IGNORECASE)


def _speaks(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    word = candidate.text
    if not _NAME_SHAPE.fullmatch(word):
        return False  # not an acronym ("BBC") nor a brand ("eBay", "YouTube")
    lower = word.lower()
    if lower in gazetteer.common_words and (lower not in gazetteer.surnames or lower in _PRONOUNS):
        return False  # "Observers said", "He said"; but "Trump said", "Young added" are people
    if word in gazetteer.demonyms or word in gazetteer.days or word in gazetteer.months:
        return False
    if word.lower() in gazetteer.role_nouns and _THE_BEFORE.search(body, max(0, candidate.start - 5), candidate.start):
        return False  # "The Democrat told reporters": a role ("quotes" resolves it), not a name
    if word in gazetteer.suffix_kind:
        return False  # "the Bank said": a short form of an institution (an alias, or "the company"), not a name
    if search_after_word(_SPEECH_BEFORE, _SPEECH_LAST_WORDS, body, max(0, candidate.start - 20), candidate.start):
        return True
    # "the Archbishop of Canterbury wrote": a name after "of" is not who speaks.
    return bool(_SPEECH_AFTER.match(body, candidate.end, candidate.end + 120)) and not _OF_BEFORE.search(
        body, max(0, candidate.start - 4), candidate.start
    )


def _mention(body: str, candidate: Candidate, name: str, kind: str, evidence: str = "") -> LinkedMention:
    title_start = candidate.start - len(candidate.title) - 1 if candidate.title else -1
    return LinkedMention(
        candidate.start,
        candidate.end,
        body[candidate.start : candidate.end],
        name,
        kind,
        evidence or candidate.evidence,
        candidate.title,
        title_start,
    )


# "oil firm Yukos", "shares in Yukos": a lone word standing where a firm does (the nouns are a data file).
_INSTITUTION_NOUNS = word_alternation(load_gazetteer().institution_nouns)
# A firm named by what its people do: "analysts Ovum", "consultants Deloitte" (but "analyst Jo Smith").
FIRM_OF_PEOPLE = "analysts|consultants|consultancy|researchers|pollsters"
_INSTITUTION_BEFORE = re.compile(
    rf"\b(?:{_INSTITUTION_NOUNS}|[Ss]hares (?:in|of)|[Ss]take in|spokes(?:man|woman|person) for|{FIRM_OF_PEOPLE})\s+$"
)
_INSTITUTION_LAST_WORDS = frozenset(
    [*load_gazetteer().institution_nouns, "in", "of", "for", *FIRM_OF_PEOPLE.split("|")]
)
_INSTITUTION_AFTER = re.compile(
    r"['’]s?\s+(?:chief executive|chairman|boss|shares|board|profits?|sales|shareholders)\b"
    # "Allianz, a leading German insurer,": an institution noun in apposition (closed by a comma: not
    # "In September, the company said").
    rf"|,\s+(?:a|an|the|one of the|[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){{0,3}}(?:{_INSTITUTION_NOUNS}),"
    # "the Ferrari driver", "the Real coach": a name before a team role is the team's.
    r"|\s+(?:driver|drivers|coach|striker|midfielder|defender|goalkeeper|teammate|team-mate)\b"
    r"|\s+(?:newspaper|news agency)\b"  # "the Antara news agency"
)
# "McLaren's Lando Norris": a name that owns a person (a first name, then a name) is a team, a firm or
# a place; not "Puccini's Madama Butterfly".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the University's Reid Hall": a short form, not a name
OWNS_PERSON = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z][a-z]")


def _institution_context(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """ "oil firm Yukos", "Fiat's chief executive": a lone unknown word standing where a firm does
    (not "shares in Anglo-Swedish drugs firm AstraZeneca": peoples, not a name)."""
    if any(part in gazetteer.demonyms for part in candidate.text.split("-")[1:]):
        return False
    return bool(
        search_after_word(
            _INSTITUTION_BEFORE, _INSTITUTION_LAST_WORDS, body, max(0, candidate.start - 30), candidate.start
        )
        or _INSTITUTION_AFTER.match(body, candidate.end, candidate.end + 60)
        or (
            owns_person(body, candidate.end, gazetteer)
            and not _THE_BEFORE.search(body, max(0, candidate.start - 5), candidate.start)
        )
    )


# "Phoenix, Arizona", "Southwark, south London": a known place after a comma places the word before
# it, unless either stands in a list ("Harvard, Oxford and Yale") or the place owns it ("Varig, Brazil's").
_IN_PLACE = re.compile(
    r",\s+(?:(?:north|south|east|west|central)(?:ern)?\s+)?([A-Z]\w*(?:\s[A-Z]\w*)?\.?)(?![\w'’]|,\s*[A-Z]|\s+and\b)"
)
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s+$")
# "in Korea and Japan", "in Japan and Korea": a word joined to a country after "in".
_AND_PLACE_AFTER = re.compile(r"\s+and\s+([A-Z]\w*(?:\s[A-Z]\w*)?)(?!\w)")
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_IN_PLACE_AND_BEFORE = re.compile(r"\b(?:in|near|outside)\s+([A-Z]\w*(?:\s[A-Z]\w*)?)\s+and\s+$")
_AND = frozenset(["and"])


def _placed_word(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """A lone unknown word that a known place places: "Phoenix, Arizona", "in Korea and Japan"."""
    word = candidate.text
    if (
        not word[1:].islower()
        or word.lower() in gazetteer.common_words
        or word in gazetteer.demonyms
        or word in gazetteer.days
        or word in gazetteer.months
        or word in gazetteer.suffix_kind
        or word in gazetteer.title_words
    ):
        return False

    def is_place(match: re.Match[str] | None, country: bool = False) -> bool:
        if match is None:
            return False  # (most often: no name is looked up)
        name = match.group(1)
        known = gazetteer.names.get(normalise_name(name)) or gazetteer.names.get(normalise_name(name.rstrip(".")))
        return known is not None and known[1] == "place" and (not country or known[0] in gazetteer.countries)

    start, end = candidate.start, candidate.end
    if not _LISTED_BEFORE.search(body, max(0, start - 5), start) and is_place(_IN_PLACE.match(body, end, end + 40)):
        return True
    if _IN_BEFORE.search(body, max(0, start - 8), start) and is_place(
        _AND_PLACE_AFTER.match(body, end, end + 30), country=True
    ):
        return True
    return is_place(search_after_word(_IN_PLACE_AND_BEFORE, _AND, body, max(0, start - 40), start), country=True)


def _after_place_word(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """ "a school in Lanarkshire", "talks near Seville": a lone unknown word after a preposition of place
    is a name (``kinds`` weighs "in" as a place's evidence against the rest), unless it reads as something
    else: a common word, a first name, a plural ("in Tests"), or what one stars, writes, believes or
    invests in ("starred in Closer", "written in Latin", "a stake in Sega")."""
    word, start = candidate.text, candidate.start
    return (
        _plain_word(word, gazetteer)
        and len(word) > 2
        and word not in gazetteer.first_names
        and word not in gazetteer.demonyms
        and word not in gazetteer.suffix_kind
        and word not in gazetteer.title_words
        and bool(_IN_BEFORE.search(body, max(0, start - 8), start))
        and not _NOT_PLACE_IN.search(body, max(0, start - 30), start)
        and not _OWNED_OR_NUMBERED.match(body, candidate.end)  # "in Sega's launch title", "in Chapter 11"
    )


_OWNED_OR_NUMBERED = re.compile(r"['’]|\s\d")


_NOT_PLACE_IN = re.compile(
    r"\b(?:role|roles|starred|starring|star|stars|appears|appeared|appearing|cast|character|part|parts|scene|"
    r"scenes|written|wrote|writes|writing|sung|spoken|published|translated|fluent|lost|interest|interests|"
    r"believe|believes|believed|faith|trust|invest|invested|investing|stake|stakes|shares|performance|"
    r"performances|seen|played|playing|plays)\s+in\s+$"
)


def owns_person(body: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name ending at ``end`` owns a person named after it (see ``OWNS_PERSON``)."""
    owned = OWNS_PERSON.match(body, end, end + 40) if body.startswith(("'", "’"), end) else None
    return owned is not None and owned.group(1) in gazetteer.first_names


def _joined_shouted(body: str, mentions: list[LinkedMention]) -> list[LinkedMention]:
    """ "TONY" "BLAIR" side by side in capitals, both linked to Tony Blair: one mention "TONY BLAIR"."""
    joined: list[LinkedMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and mention.name == previous.name
            and mention.text.isupper()
            and previous.text.isupper()
            and not body[previous.end : mention.start].strip()
        ):
            previous.end = mention.end
            previous.text = body[previous.start : mention.end]
            continue
        joined.append(mention)
    return joined


def _drop_overlaps(mentions: list[LinkedMention]) -> list[LinkedMention]:
    kept: list[LinkedMention] = []
    last_end = -1
    for mention in mentions:
        if mention.start >= last_end and mention.end > mention.start:
            kept.append(mention)
            last_end = mention.end
    return kept


_ROLE_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}
# Words that may stand before a role noun in a role ("chief executive", "shadow home secretary").
_ROLE_MODIFIERS = (
    "chief|deputy|vice|prime|foreign|finance|home|health|education|trade|defence|defense|interior|justice|"
    "culture|environment|transport|treasury|shadow|junior|senior|former|acting|assistant|general|managing|"
    "executive|economics|political|technology|marketing|sales|financial|operating|team|club|party|group|"
    "company|government|campaign|press|associate|principal|lead|head|national|regional|local|first|chief"
)


def _role_patterns(gazetteer: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    key = id(gazetteer)
    if key not in _ROLE_CACHE:
        roles = word_alternation(frozenset(gazetteer.role_nouns))
        titles = word_alternation(frozenset(gazetteer.role_nouns) | {w for w in gazetteer.title_words if w.isalpha()})
        # "The Bishop of Durham, the Rt Rev Dr Tom Wright", "The city's finance director, Margaret Liu-Hargrove": the
        # role in apposition before the name.
        # ("The chair of the board, Marjorie Halloran", "The chairman of the House Agriculture subcommittee on
        # forestry, Rep. Travis Kettering": after "of the" or an owner's "of council's", a body's words in any case,
        # but no verb; "The county's planning director, Adebayo Okafor-Hines", "The presiding chairman" (not "The new
        # President"): after an owner or "The", one lowercase word too; "The president of United Food and Commercial
        # Workers Local 2290": a capitalised name with "and" or a number.)
        word = rf"(?!(?:{_NOT_APPOSITIVE})\b)[\w'’-]+"
        # (A body's name after "of the" may hold a comma before a capitalised word, "the House Science, Technology
        # and Energy Committee"; a title may stand between the comma and the name, "The committee chairman,
        # Council member Roberto Kessler-Ibáñez".)
        leading = re.compile(
            rf"\b((?:(?:[A-Z][\w'’-]*|{_ROLE_MODIFIERS})\s+){{0,2}}"
            rf"(?:(?:(?<=['’]s )|(?<=The )(?!new\s|current\s))[a-z]+\s+)?({titles})"
            rf"(?:\s+(?:of|for|at)\s+(?:[A-Z][\w'’-]*"
            rf"(?:\s+(?:[A-Z][\w'’-]*|and|&|\d+)){{0,6}}"
            rf"|(?:the|[a-z]+['’]s)\s+(?:{word}(?:,(?=\s+[A-Z]))?\s+){{0,11}}{word}))?),\s+"
            rf"(?:(?:{'|'.join(_LEADING_ARTICLES)})\s+)?(?:(?:{'|'.join(_LEADING_PARTIES)})\s+)?"
            rf"(?:[A-Z][a-z]+\s+(?:{roles})\s+)?(?:(?:{'|'.join(_LEADING_ADDRESS)})\.?\s+)*$"
        )
        # "chief executive", "England captain", "Lib Dem leader": modifiers, or capitalised words, before the noun.
        # ("ex-Conservative chancellor Ken Clarke" is a former one)
        before = re.compile(rf"\b((?:(?:{_ROLE_MODIFIERS}|(?:ex-)?[A-Z][\w'’-]*)\s+){{0,3}}({roles}))\s+$")
        # ", a professor at Ewha Womans University," / ", the party's chairman and chief executive," / ", a Democrat,"
        after = re.compile(
            rf",\s+(?!{_NOT_APPOSITIVE}\b)(?:(?:a|an|the|his|her|its|their)\s+)?((?:[\w'’-]+\s+){{0,3}}?({roles}|Democrat|Republican)\b"
            rf"(?:\s+(?:and|of|at|for|in|to|from|with)\s+[^,.;:!?()\"“”]{{1,60}})?)(?=\s*[,.;:)]|\s+(?:said|says|told)\b)"
        )
        _ROLE_CACHE[key] = (before, after, leading)
        # ``before`` ends with a role and ``leading`` with a comma, "the" or a form of address
        # (then spaces): their last words, to rule out a search by a look at the last word.
        _ROLE_ENDINGS[key] = frozenset(re.findall(r"\w+", role)[-1] for role in gazetteer.role_nouns)
        # What ``leading``'s group ends with before its comma: a title (its last run of word
        # characters, each title ending with one), or a capitalised word after "of", "for" or "at".
        title_words = frozenset(gazetteer.role_nouns) | {w for w in gazetteer.title_words if w.isalpha()}
        _TITLE_ENDINGS[key] = (
            frozenset(re.findall(r"\w+", title)[-1] for title in title_words)
            if all(title[-1:].isalnum() for title in title_words)
            else None
        )
    return _ROLE_CACHE[key]


_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*$")
_ROLE_ENDINGS: dict[int, frozenset[str]] = {}
_TITLE_ENDINGS: dict[int, frozenset[str] | None] = {}
# "The Bishop of Durham, …": the words before ``leading``'s comma that let a capitalised word end it.
_OF_FOR_AT = re.compile(r"\s(?:of|for|at)\s")
# ", became Britain's longest-serving chancellor": a verb, not a role in apposition.
_NOT_APPOSITIVE = "(?:became|becomes|become|was|is|has|had|have|will|would|said|says|told|who|which|whose)"
_AS_BEFORE = re.compile(r"\bas\s+$")
# ", who chairs the panel's border security subcommittee,", ", a Republican from Duncan who chairs the Senate Public
# Safety Committee,": the role a verb gives, as a noun would.
# (", who chairs the …", or "chairs" as the sentence's own verb: "Maren Ekwueme-Dahl, D-Gig Harbor, chairs the …";
# not "leads": "The Aviator leads the field")
_HOLDS_AFTER = re.compile(
    r"(?:,\s+(?:(?:an?|the)\s+[^,.;:!?()\"“”]{1,50}?\s+)?who\s+(?:also\s+)?|,?\s+(?:also\s+)?(?=chairs\b))"
    r"(chairs|heads|leads|directs)"
    r"\s+(the\s+[^,.;:!?()\"“”]{1,60}?)(?=\s*[,.;]|\s+(?:and|but)\s)"
)
_HOLDS_BEFORE = re.compile(r"\bwho\s+(?:also\s+)?(chairs|heads|leads|directs)\s+(the\s+[^,.;:!?()\"“”]{1,60}?),\s+$")
_ROLE_OF_VERB = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director"}
# "The committee is chaired by Sen. Marcus Oduya": the role a passive gives the name after it.
_HELD_BY = re.compile(r"\b(?:is|was|are|were|been)\s+(?:now\s+)?(chaired|headed)\s+by\s+$")
_ROLE_OF_PARTICIPLE = {"chaired": "chair", "headed": "head"}
_LEADING_CHARS = 120  # "The chairman of the Appropriations subcommittee that oversees housing, Rep. Tom Keller"
# What may stand between ``leading``'s comma and the name: "the", a party, a form of address ("Rt Rev").
_LEADING_ARTICLES = ("the", "state", "former")
_LEADING_PARTIES = ("Republican", "Democratic", "Democrat", "Independent")
_LEADING_ADDRESS = ("Rt", "Rev", "Hon", "Revd", "Very", "Most")
_LEADING_ENDINGS = frozenset([*_LEADING_ARTICLES, *_LEADING_PARTIES, *_LEADING_ADDRESS])


def _role_holders(
    body: str, mentions: list[LinkedMention], gazetteer: Gazetteer, genders: dict[str, str], by_census: set[str]
) -> list[RoleHolder]:
    """The roles the text gives its people; a role of one sex gives theirs, and kin tell it better than a census
    count ("Her husband, Bao Nguyen": a man, though the census counts more women called Bao)."""
    before_pattern, after_pattern, leading_pattern = _role_patterns(gazetteer)
    role_endings = _ROLE_ENDINGS[id(gazetteer)]
    title_endings = _TITLE_ENDINGS[id(gazetteer)]
    holders: list[RoleHolder] = []
    for mention in mentions:
        if mention.kind != "person":
            continue
        start = mention.title_start if mention.title_start >= 0 else mention.start
        if mention.title and not _honorific(mention.title):
            # "Bishop Tom Wright" is who "the Bishop said" means.
            # "Illinois Gov." is a governor; "Secretary of State" a secretary, not a state.
            title = mention.title.split(" of ", 1)[0].rsplit(" ", 1)[-1]
            role = gazetteer.title_roles.get(title) or title.lower()
            # "Former Vice President Mike Pence" is who "the former vice president" means.
            former = _FORMER_BEFORE.search(body, max(0, start - 8), start)
            phrase = f"former {mention.title}" if former else mention.title
            holders.append(RoleHolder(mention.start, role, mention.name, phrase))
        before = leading = None
        may_hold, may_lead = _may_hold_role(body, start, role_endings)
        if may_hold:
            before = before_pattern.search(body, max(0, start - 40), start)
        if may_lead and _may_lead(body, max(0, start - _LEADING_CHARS), start, title_endings):
            leading = leading_pattern.search(body, max(0, start - _LEADING_CHARS), start)
            if leading and _AS_BEFORE.search(body, max(0, leading.start() - 4), leading.start()):
                leading = None  # "his second term as US President, Tony Blair has said": someone else's
        # ``after`` starts with a comma (after a party and state: "Jerrold Nadler, D-N.Y., the chairman").
        tag = _PARTY_TAG.match(body, mention.end)
        end = tag.end() if tag else mention.end
        after = after_pattern.match(body, end, end + 100) if body.startswith(",", end) else None
        if after is not None and LOCATED_BEFORE.search(body, max(0, start - 8), start):
            # "At a shelter in Del Rio, a 34-year-old man from Honduras …, said": the subject after a
            # phrase of place, not the place's role.
            after = None
        holds = _HOLDS_AFTER.match(body, end, end + 100)
        if holds is None and may_lead and body[start - 2 : start - 1] == ",":
            # "The council member who chairs the Housing Committee, Calvin Osterhout, …": before the name.
            holds = _HOLDS_BEFORE.search(body, max(0, start - _LEADING_CHARS), start)
        if holds is not None:
            role = _ROLE_OF_VERB[holds.group(1)]
            holders.append(RoleHolder(mention.start, role, mention.name, f"{role} of {holds.group(2)}"))
        elif body.endswith("by ", max(0, start - 3), start) and (
            held := _HELD_BY.search(body, max(0, start - 30), start)
        ):
            role = _ROLE_OF_PARTICIPLE[held.group(1)]
            holders.append(RoleHolder(mention.start, role, mention.name, role))
        for match in (before, after, leading):
            if match:
                role = match.group(2).lower()
                if role.endswith("s") and role[:-1] in gazetteer.role_nouns:
                    continue  # "analysts Ovum": a firm of them, not one person's role
                phrase = " ".join(match.group(1).split()).removeprefix("The ").removeprefix("the ")
                holders.append(RoleHolder(mention.start, role, mention.name, phrase))
                gender = gazetteer.role_nouns.get(role, "")
                # (Kin only, a woman may chair a party: "UKIP chairman Petrina Holdsworth"; and kin that open the
                # sentence or follow the name, not "As she left the hall with her brother, Maria Gutierrez-Soto".)
                told = role in _KIN and (match is after or is_sentence_initial(body, match.start()))
                if gender and (mention.name not in genders or (mention.name in by_census and told)):
                    genders[mention.name] = gender
                    by_census.discard(mention.name)
    return holders


def _may_hold_role(body: str, start: int, role_endings: frozenset[str]) -> tuple[bool, bool]:
    """Whether the role patterns before a name at ``start`` can match there: ``before`` ends with a
    role (whose last word is among ``role_endings``), ``leading`` with a comma, "the" or a form of
    address ("Rev."), each then spaces. A look at the last word before those spaces (see
    ``last_word``) rules out a search that would try every position of the window."""
    if start == 0 or not body[start - 1].isspace():
        return False, False
    tail = start - 1
    while tail > 0 and body[tail - 1].isspace():
        tail -= 1
    last = last_word(body, max(0, tail - 40), tail) if tail > 0 and _is_word_char(body[tail - 1]) else ""
    may_hold = last in role_endings
    if tail > 0 and body[tail - 1] == "." and not last:  # "Rev."
        last = last_word(body, max(0, tail - 41), tail - 1)
    # (``leading`` may end with a role too: "The committee chairman, Council member Roberto Kessler-Ibáñez")
    return may_hold, may_hold or last in _LEADING_ENDINGS or (tail > 0 and body[tail - 1] == ",")


def _may_lead(body: str, lower: int, start: int, title_endings: frozenset[str] | None) -> bool:
    """Whether ``leading`` can match in ``body[lower:start]``: what follows its comma holds no comma,
    so the comma is the window's last; a title ends right before it (its last word among
    ``title_endings``), or "of", "for" or "at" stand before it. (A list of names, "Baba Bababa, Babe
    Bababe, …", is then not searched once per name.)"""
    if title_endings is None:
        return True
    comma = body.rfind(",", lower, start)
    if comma <= lower:
        return False
    if _is_word_char(body[comma - 1]) and last_word(body, lower, comma) in title_endings:
        return True
    return _OF_FOR_AT.search(body, lower, comma) is not None


# Remembered: the same names come back article after article (bounded, the least recent dropped).
_spelling_key = lru_cache(maxsize=1 << 16)(spelling_key)
_name_of = attrgetter("name")


def _one_spelling(mentions: list[LinkedMention]) -> list[LinkedMention]:
    """The mentions with each name's spellings ("TimeWarner" and "Time Warner") under the one written
    most often (the first of equals): one entity, as across the briefing (``fact_index.Identity``).
    A known name the article only ever writes another way ("Lloyds of London" for Lloyd's) takes the
    article's spelling."""
    counts = Counter(map(_name_of, mentions))
    written: dict[str, Counter[str]] = defaultdict(Counter)  # a name's other spellings, as written
    as_is: set[str] = set()
    for mention in mentions:
        if mention.text == mention.name:
            as_is.add(mention.name)
        elif (
            not mention.text.isupper()
            and mention.text.rstrip(".") != mention.name  # (not "Corp." for "Corp": the same spelling)
            and _spelling_key(mention.text) == _spelling_key(mention.name)
        ):
            written[mention.name][mention.text] += 1
    spelt = {name: spellings.most_common(1)[0][0] for name, spellings in written.items() if name not in as_is}
    main: dict[str, str] = {}
    for name in counts:  # in text order
        key = _spelling_key(name)
        if key not in main or counts[name] > counts[main[key]]:
            main[key] = name
    if len(main) == len(counts) and not spelt:
        return mentions
    renamed: dict[str, str] = {}
    for name in counts:
        chosen = main[_spelling_key(name)]
        renamed[name] = spelt.get(chosen, chosen)
    return [
        mention if renamed[mention.name] == mention.name else replace(mention, name=renamed[mention.name])
        for mention in mentions
    ]


def roles_by_name(linked: Linked) -> dict[str, list[str]]:
    """Each person's titles ("Prime Minister") and roles ("professor at Ewha"), in the order first seen."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    # (Every title before a name is a holder's phrase too: ``_role_holders`` reads them, "former" and all.)
    for holder in linked.roles:
        if holder.phrase:
            found[holder.name].append((holder.position, holder.phrase))
    roles: dict[str, list[str]] = {}
    for name, items in found.items():
        seen: dict[str, None] = {}
        for _, role in sorted(items, key=lambda item: item[0]):
            seen.setdefault(role, None)
        roles[name] = list(seen)
    return roles


# Forms of address, not roles: "Mr Blair" and "the Rt Rev Dr Tom Wright" have no role from them.
_HONORIFICS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr",
        "Dr.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Rt",
        "Rev",
        "Revd",
        "Rev.",
        "Hon",
        "Hon.",
        "Very",
        "Most",
    ]
)


_HONORIFIC_TITLES: dict[str, bool] = {}


def _honorific(title: str) -> bool:
    honorific = _HONORIFIC_TITLES.get(title)
    if honorific is None:
        if len(_HONORIFIC_TITLES) >= 10_000:
            _HONORIFIC_TITLES.clear()
        honorific = _HONORIFIC_TITLES[title] = all(word in _HONORIFICS for word in title.split())
    return honorific


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches."""
    return char.isalnum() or char == "_"
