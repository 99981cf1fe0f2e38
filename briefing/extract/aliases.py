"""Linking mentions to one canonical entity each.

- Full person names (two or more tokens) are the canonical people.
- A lone token ("Kishida", "Mr Blair", "Kim") is the person whose surname (last token) or,
  failing that, family name written first ("Kim" of Kim Jong Un) it is. When several people
  share it, the most prominent one (most full-name mentions, then earliest) wins: in news
  copy a bare "Kim" is the Kim the story is about, never a new person "Kim".
- A shorter full name inside a longer one ("George Bush" in "George W. Bush") is the longer one.
- Context aliases ("the North") name an entity only when that entity is named in the article.
- Role nouns next to a name ("spokesman Yoshimasa Hayashi", "Easley, a professor") are kept
  so that "the spokesman said" can be resolved later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.extract.entities import Candidate
from briefing.extract.gazetteer import Gazetteer, normalise_name, word_alternation


@dataclass(slots=True)
class LinkedMention:
    start: int
    end: int
    text: str
    name: str
    kind: str


@dataclass(slots=True)
class RoleHolder:
    position: int
    role: str
    name: str


@dataclass(slots=True)
class Linked:
    mentions: list[LinkedMention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    roles: list[RoleHolder] = field(default_factory=list)


def link(body: str, candidates: list[Candidate], gazetteer: Gazetteer) -> Linked:
    people = _full_people(candidates)
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name, info in people.items():
        tokens = info.tokens
        by_last[tokens[-1]].append(name)
        by_first[tokens[0]].append(name)

    def prominence(name: str) -> tuple[int, int]:
        info = people[name]
        return (info.count, -info.first)

    def person_for_token(token: str) -> str | None:
        choices = by_last.get(token) or by_first.get(token)
        if not choices:
            return None
        return max(choices, key=prominence)

    linked = Linked()
    mentions = linked.mentions
    unresolved: list[Candidate] = []
    lone_speakers: dict[str, str] = {}
    for candidate in candidates:
        if candidate.kind in ("place", "organisation"):
            mentions.append(_mention(body, candidate.start, candidate.end, candidate.name, candidate.kind))
            continue
        if candidate.kind == "person" and len(candidate.tokens) > 1:
            name = people[normalise_name(candidate.name)].canonical
            mentions.append(_mention(body, candidate.start, candidate.end, name, "person"))
            if candidate.gender:
                linked.genders.setdefault(name, candidate.gender)
            continue
        token = candidate.tokens[0] if candidate.tokens else candidate.name
        if candidate.weak and (token in gazetteer.days or token in gazetteer.months):
            continue
        person = person_for_token(token)
        if person is not None:
            mentions.append(_mention(body, candidate.start, candidate.end, person, "person"))
            if candidate.gender:
                linked.genders.setdefault(person, candidate.gender)
        elif candidate.kind == "person":  # titled lone name: "Mr Smith" with no full name in the article
            mentions.append(_mention(body, candidate.start, candidate.end, candidate.name, "person"))
            if candidate.gender:
                linked.genders.setdefault(candidate.name, candidate.gender)
        elif not candidate.weak and _speaks(body, candidate, gazetteer):
            # "said Moya", "Gerrard added:": a lone name that speaks is a person in its own right.
            mentions.append(_mention(body, candidate.start, candidate.end, candidate.name, "person"))
            lone_speakers[candidate.name] = candidate.name
        elif not candidate.weak:
            unresolved.append(candidate)

    named = {mention.name for mention in mentions}
    for candidate in unresolved:
        if candidate.name in lone_speakers and "-" not in candidate.text:
            mentions.append(_mention(body, candidate.start, candidate.end, candidate.name, "person"))
            continue
        _link_leftover(body, candidate, gazetteer, named, person_for_token, mentions)

    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    linked.mentions = _drop_overlaps(mentions)
    linked.roles = _role_holders(body, linked.mentions, gazetteer, linked.genders)
    return linked


@dataclass(slots=True)
class _Person:
    canonical: str
    tokens: tuple[str, ...]
    count: int = 0
    first: int = 0


def _full_people(candidates: list[Candidate]) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    for candidate in candidates:
        if candidate.kind != "person" or len(candidate.tokens) < 2:
            continue
        key = normalise_name(candidate.name)
        person = people.get(key)
        if person is None:
            people[key] = _Person(key, candidate.tokens, 1, candidate.start)
        else:
            person.count += 1
    # A shorter name that sits inside exactly one longer name is that person ("George Bush").
    for key, person in people.items():
        containing = [
            other
            for other in people.values()
            if len(other.tokens) > len(person.tokens) and _contains_in_order(other.tokens, person.tokens)
        ]
        if len(containing) == 1:
            person.canonical = containing[0].canonical
            containing[0].count += person.count
            del key
    return people


def _contains_in_order(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    position = 0
    for token in shorter:
        try:
            position = longer.index(token, position) + 1
        except ValueError:
            return False
    return True


def _link_leftover(body, candidate, gazetteer, named, person_for_token, mentions) -> None:
    """A lone capitalised word that is not a known name: a context alias or a hyphen compound."""
    before = body[max(0, candidate.start - 4) : candidate.start]
    if before.lower().endswith("the "):
        canonical = gazetteer.context_aliases.get(normalise_name("the " + candidate.text))
        if canonical and canonical in named:
            kind = gazetteer.names.get(canonical, (canonical, "place"))[1]
            mentions.append(_mention(body, candidate.start, candidate.end, canonical, kind))
            return
    if "-" in candidate.text:
        # "Kishida-Kim meeting": each side that names a known person is a mention of them.
        offset = candidate.start
        for piece in candidate.text.split("-"):
            person = person_for_token(piece)
            if person is not None:
                mentions.append(_mention(body, offset, offset + len(piece), person, "person"))
            offset += len(piece) + 1


_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|adds|according to)\s+$")
_SPEECH_AFTER = re.compile(r"(?:\s+(?:also|then|later))?\s+(?:said|says|added|adds|told|insisted|explained|admitted)\b")


def _speaks(body: str, candidate: Candidate, gazetteer: Gazetteer) -> bool:
    word = candidate.text
    if not word[:1].isupper() or not word[1:].islower() or word.lower() in gazetteer.common_words:
        return False
    if word in gazetteer.demonyms or word in gazetteer.days or word in gazetteer.months:
        return False
    return bool(
        _SPEECH_BEFORE.search(body, max(0, candidate.start - 20), candidate.start)
        or _SPEECH_AFTER.match(body, candidate.end, candidate.end + 20)
    )


def _mention(body: str, start: int, end: int, name: str, kind: str) -> LinkedMention:
    return LinkedMention(start, end, body[start:end], name, kind)


def _drop_overlaps(mentions: list[LinkedMention]) -> list[LinkedMention]:
    kept: list[LinkedMention] = []
    last_end = -1
    for mention in mentions:
        if mention.start >= last_end and mention.end > mention.start:
            kept.append(mention)
            last_end = mention.end
    return kept


_ROLE_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _role_patterns(gazetteer: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str]]:
    key = id(gazetteer)
    if key not in _ROLE_CACHE:
        roles = word_alternation(frozenset(gazetteer.role_nouns))
        before = re.compile(rf"\b({roles})\s+$")
        after = re.compile(rf",\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?({roles})\b")
        _ROLE_CACHE[key] = (before, after)
    return _ROLE_CACHE[key]


def _role_holders(body: str, mentions: list[LinkedMention], gazetteer: Gazetteer, genders: dict[str, str]):
    before_pattern, after_pattern = _role_patterns(gazetteer)
    holders: list[RoleHolder] = []
    for mention in mentions:
        if mention.kind != "person":
            continue
        for match in (
            before_pattern.search(body, max(0, mention.start - 40), mention.start),
            after_pattern.match(body, mention.end, min(len(body), mention.end + 60)),
        ):
            if match:
                role = match.group(1)
                holders.append(RoleHolder(mention.start, role, mention.name))
                gender = gazetteer.role_nouns.get(role, "")
                if gender:
                    genders.setdefault(mention.name, gender)
    return holders
