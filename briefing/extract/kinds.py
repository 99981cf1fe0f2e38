"""What kind of thing each name is, and how sure the text makes us: evidence weighed per entity.

A name the gazetteer knows, or whose last word says what it is ("... Bank", "... Party"), is
settled before this step. Every other name starts as a guess, and the text around each of its
mentions is read for evidence:

- a person: a title or honorific ("Mr Khodorkovsky" linked to the full name), a census first
  name (alone only when it speaks: "Meghan said"), a census surname, a role in apposition
  ("Easley, a professor"), "X, who", an age, "X said that he";
- an organisation: an institution noun before it ("oil firm Yukos", "carmaker Fiat"),
  "X's chief executive", "shares in X", "X shares", "X, which", "X said in a statement",
  "X cut its forecast";
- no entity: a title of a work ("the film Vera Drake"), or what a person's possessive names
  when nothing makes it an organisation ("Clint Eastwood's Million Dollar Baby").

The kind with more evidence wins, for every mention of the entity (one name, one kind); the
confidence says by how much. A name with no evidence either way gets the kind its shape suggests
(``_unsure_kind``) with a low confidence, which the facts pane lists apart as "Other names"
rather than calling it a person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing.extract.aliases import (
    FIRM_OF_PEOPLE,
    KOREAN_GIVEN,
    LED,
    PARTY_TAG,
    Linked,
    LinkedMention,
    owns_person,
)
from briefing.extract.gazetteer import Gazetteer, load_gazetteer, normalise_name, word_alternation
from briefing.extract.sentences import last_run_start, last_word, search_after_word

_SETTLED = {
    "known": 0.95,
    "suffix": 0.9,
    "joined": 0.9,
    "dateline": 0.8,
    "titled": 0.95,
    "acronym": 0.8,
    "placed": 0.6,
    "compass": 0.6,
}

# "oil firm Yukos", "Yukos, a Russian oil company": the kinds of organisation (a data file).
_INSTITUTION_NOUNS = load_gazetteer().institution_nouns
_ORG_NOUNS = word_alternation(_INSTITUTION_NOUNS)
_ORG_BEFORE = re.compile(
    rf"(?:\b(?:{_ORG_NOUNS}|{FIRM_OF_PEOPLE})|\b(?:shares|stake|stakes|investment|listing) in|\bshares of|"
    rf"\b(?:takeover of|merger with|bid for|"
    rf"owned by|subsidiary of|acquisition of|customers of|chief executive of|chairman of|boss of|head of|"
    rf"spokes(?:man|woman|person) for|staff at|workers at|rival to|signed for|play for|plays for|playing for|"
    rf"driving for|drives for|races for|"
    rf"(?:economist|analyst|professor|director|chief|executive|strategist|researcher|fellow|lawyer|partner|"
    rf"editor|correspondent|banker|trader|lecturer|scientist|spokes(?:man|woman|person))s? (?:at|with)))\s+$",
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(
    r"(?:['’]s?\s+(?:[a-z]+\s+){0,2}(?:chief executive|chief|boss|chairman|chairwoman|shares|share price|stock|board|"
    r"profits?|sales|revenues?|earnings|shareholders|stake|bid|offer|takeover|customers|subscribers|staff|"
    r"workers|employees|spokes(?:man|woman|person)|results|subsidiary|parent|management|directors|headquarters|"
    r"factory|factories|plants?|stores|products|brand|division|website|services|manager|players|squad|fans|"
    r"members|MPs|leader|leadership|policy|policies|manifesto)\b"
    r"|\s+(?:shares|share|stock|executives?|bosses|officials|spokes(?:man|woman|person)|chairman|chief executive|"
    r"manager|boss|players|fans|supporters|MPs|MP|members|leader|spokesman|headquarters|driver|drivers|coach|"
    r"striker|midfielder|defender|goalkeeper|teammate|team-mate|newspaper|daily|tabloid|news agency)\b"
    r"|,\s+(?:which|whose\s+(?:shares|profits|sales))\b"
    r"|\s+(?:said|says)\s+(?:it|its|in a statement)\b"
    # "Swiss Re put its losses at …", "Fiat has cut its forecast": a verb's subject that owns "its"
    # (not "Kanye West and Beanie Sigel on its roster").
    r"|\s+(?:(?:has|had|have|will|would|is|was)\s+)?(?!(?:on|in|at|of|for|with|to|from|by|and|or)\s)[a-z]+\s+its\b"
    r"|\s+(?:has|had|have)\s+(?:(?:also|now)\s+)?(?:posted|reported|announced)\s+(?:a|an|its|record|annual|pre-tax)\b)"
)
_ORG_APPOSITIVE = re.compile(
    # (the noun heads the appositive: not "Ken Perkins, an analyst at research firm RetailMetrics")
    rf",\s+(?:a|an|the|one of(?:\s+the)?|[A-Z][\w.-]*['’]s)\s+(?:(?!(?:at|with|of|for|in|by|from)\s)[\w'’-]+\s+){{0,4}}"
    rf"(?:{_ORG_NOUNS}|companies|firms|groups|banks)\b"
)
_PLAYS_FOR = re.compile(r"\b(?:signed|play|plays|playing|driving|drives|races)\s+for\s+$")
_PLACE_WORDS = "in|near|outside|across|throughout|around"
_PLACE_BEFORE = re.compile(rf"\b(?:{_PLACE_WORDS})[ \t]+$", re.IGNORECASE)  # not across a paragraph
# "the film Vera Drake", "the game Halo": nouns that are also verbs or sports words ("will play Cyril
# Saulnier") count only after a determiner.
_WORKS = (
    "film|films|movie|movies|book|novel|album|song|musical|drama|sitcom|series|programme|"
    "documentary|biopic|blockbuster|thriller|comedy|epic|franchise|sequel"
)
_WORKS_AFTER_DETERMINER = "play|game|games|show|single|title"
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{_WORKS})"
    rf"|\b(?:the|a|an|his|her|their|its|new|latest|hit)\s+(?:[\w-]+\s+)?(?:{_WORKS_AFTER_DETERMINER})),?\s+$",
    re.IGNORECASE,
)
# "his role in X", "starred in X", "a remake of X": what a part is played in, or a version made of, is a work.
# ("the role of Howard Hughes" is a person's, played.)
_WORK_PART_BEFORE = re.compile(
    r"\b(?:(?:role|roles|starred|starring|stars|star|appeared|appears|appearing)\s+in"
    r"|(?:version|versions|remake|adaptation)\s+of)\s+$"
)
# "games such as Halo", "titles such as Fifa and John Madden": works named as examples of works, the first
# or the one after it.
_WORKS_LISTED_BEFORE = re.compile(
    r"\b(?:films|movies|titles|games|books|novels|shows|series|songs|albums|hits|programmes|dramas|sitcoms|"
    r"blockbusters|franchises)\s+(?:such as|like|including)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s+|\s+(?:and|or)\s+))?(?:the\s+)?$"
)
_LISTED_LAST = frozenset(["as", "like", "including", "and", "or", "the"])
# "activities such as yoga and Tai Chi": a name listed with things named by ordinary words (not "officers
# and John Smith", people, nor "rivals like Rooney").
_THINGS_LISTED_BEFORE = re.compile(r"\b(?:such as|like|including)\s+(?:[a-z][a-z-]*[a-rt-z],?\s+)+(?:and|or)\s+$")
_AND_OR = frozenset(["and", "or"])
# "a Torta Ahogada (drowned)", "a generous “Mole Dish,”", "the Mac Mini puts": an article before a name, and
# between them a few words that are no preposition or verb ("a spokesman for Rangers" is the club's, "a film
# starring Tom Hanks" the actor's), counts it like a thing, which a person's name seldom is. (A capital "A" is
# as often an initial: "A Lo Cicero, F Ongaro".)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:(an?|An)\s+(?:(?!(?:for|of|at|with|by|from|to|in|on|and|or|as|like|about)\s)[a-z-]+(?<!ing)(?<!ed)\s+){0,2}"
    r"|[Tt]he\s+)[“\"‘]?$"
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_FULL_NAME = 2.25  # what a census first name and surname give (see ``_name_evidence``): "Tom Hanks"
# A title in quotation marks: the opening mark before the name (and the title's other capitalised words),
# the closing one after it ("a paper, “Electronic Markets and Electronic Hierarchies”", "a generous “Mole Dish,”").
_TITLE_OPENS_BEFORE = re.compile(r"(?:^|[\s(])[“\"](?:[A-Z][\w'’-]*\s+(?:(?:and|of|the|in|on|for|to|a|an|&)\s+)*)*$")
_TITLE_CLOSES_AFTER = re.compile(r"[,.]?[”\"]")
# The words each pattern above ends with (before spaces; for _WORK_BEFORE, before a comma too), as
# the pattern reads them (whatever their case): a mention whose last word before it (see
# ``last_word``) is none of them is not searched.
_ORG_LAST_WORDS = frozenset(
    [*_INSTITUTION_NOUNS, *FIRM_OF_PEOPLE.split("|"), "in", "of", "with", "for", "by", "to", "at"]
)
_PLACE_LAST_WORDS = frozenset(_PLACE_WORDS.split("|"))
_WORK_LAST_WORDS = frozenset([*_WORKS.split("|"), *_WORKS_AFTER_DETERMINER.split("|")])
_ORG_LAST, _PLACE_LAST, _WORK_LAST = (
    re.compile(f"(?:{'|'.join(sorted(words))})", re.IGNORECASE)
    for words in (_ORG_LAST_WORDS, _PLACE_LAST_WORDS, _WORK_LAST_WORDS)
)
_PERSON_AFTER = re.compile(
    # "Manchin has said repeatedly that he opposes …": a speaker who reports on himself or herself.
    r"(?:\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|insisted|added)\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:he|she)\b"
    r"|,\s+(?:who|whose)\b|,\s+\d{1,3},|\s+\(\d{1,3}\)|['’]s?\s+(?:wife|husband|son|daughter|father|mother|"
    r"brother|sister|girlfriend|boyfriend|death|birthday|resignation)\b"
    rf"|\s+(?:himself|herself)\b|,\s+(?:aged\s+)?\d{{2}}\b|{PARTY_TAG}"
    # "Obama told reporters", "Pelosi said in an interview", "Schumer tweeted": ways only a person reports.
    r"|\s+(?:(?:has|had|also|later)\s+)?(?:told|tells)\s+(?:reporters|journalists|the\s+press|supporters|"
    r"the\s+crowd|a\s+(?:rally|crowd|news\s+conference|press\s+conference|town\s+hall)|lawmakers|colleagues)\b"
    r"|\s+(?:(?:has|had|also|later)\s+)?(?:said|says|told\s+[\w ]{1,30}?)\s+in\s+an?\s+(?:\w+\s+)?"
    r"(?:interview|speech|tweet|podcast|op-ed)\b"
    r"|\s+(?:(?:has|had|also|later)\s+)?(?:tweeted|(?:wrote|posted|said)\s+on\s+"
    r"(?:Twitter|X|Facebook|Instagram|Truth\s+Social|social\s+media)\b))"
)
# A name as a reporting verb's subject ("Schumer said", "Pelosi has also argued"), and the words after it up to
# the first word of the next sentence: "Schumer said the vote would come on Friday, and he ...",
# "... on Friday. He added ...". A quote opens other people's words, so it ends the search.
_SUBJECT_VERB = re.compile(
    r"(?:\s+(?:has|had|also|then|later|now|again|never|still|repeatedly|previously|publicly))*\s+([a-z]+)\b"
)
_ONWARD = re.compile(r"[\"“”«»]|['‘’](?=\s|$)|(?<=\s)['‘](?=\w)|[.!?;:](?=\s)|[A-Za-z][\w'’-]*")
_ONWARD_LIMIT = 240
# ("him" and "her" before no noun are an object, whom the subject's own verb cannot mean: "Rangers told him".)
_HIS_HER = frozenset(["he", "she", "his", "himself", "herself"])
_OBJECTS = frozenset(["him", "her"])
_NOT_OWNED = frozenset(["to", "that", "the", "a", "an", "of", "on", "in", "about", "with", "for", "and", "it", "was"])
_ITS_THEIR = frozenset(["it", "its", "itself", "they", "their", "them", "we", "our"])
# Nouns for another person whom "he" or "she" may mean ("Comair said the pilot ... He ...").
_PEOPLE_NOUNS = frozenset(["man", "woman", "men", "women", "boy", "girl", "child", "person", "people", "family"])
_TEAM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:new\s+)?(?:striker|midfielder|defender|goalkeeper|keeper|winger|coach|manager|boss|captain|"
    r"skipper|squad|fans|supporters|players|player|team-mate|teammate|forward|beat|drew with|lost to)\b"
)
# "Barcelona are accustomed to …", "Ulster were playing": a city that takes a plural verb is a club, when
# it is the verb's subject (not "trials in Helsinki are", "shops in central London were", "… and Sydney have";
# but "Nevertheless, Barcelona are").
_TEAM_VERB_AFTER = re.compile(r"\s+(?:are|were|have)\b(?!-)")
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:in|of|from|at|to|and|or|with|by|for|across|around|near)(?:\s+[a-z]+)?\s+$")
_TEAM_WORDS_BEFORE = (
    "beat|beating|drew with|lost to|defeat of|win over|victory over|joined|join|played|play|plays|face|faces|"
    "faced|facing|against|leaders|champions|hosts|visitors|clash with|take on|takes on|took on|taking on|"
    "coached|knocked out"
)
_TEAM_BEFORE = re.compile(rf"\b(?:{_TEAM_WORDS_BEFORE})\s+$")
_TEAM_LAST_WORDS = frozenset(words.split()[-1] for words in _TEAM_WORDS_BEFORE.split("|"))  # what it ends with
_ROLE_THEN_NAME = re.compile(r"\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+[A-Z][a-z]")
_RANKS = frozenset(["chief", "deputy", "vice", "managing", "general", "former", "acting", "senior", "assistant"])
_WINDOW = 48
_SAINTS = ("St ", "St. ", "Saint ")
_COUNTED_BEFORE = re.compile(r"\b(?:a|an)\s+$")
# The first words of French, Italian, Spanish and Portuguese names that are no person's: an article
# ("La Liga", "Le Figaro") or a saint ("San Sebastian", "Sao Paolo"). ("El" and "Les" open people's names
# too: "El Guerrouj", "Les Ferdinand".)
_ARTICLES = frozenset(["La", "Le"])
# Kinds of organisation that name people too ("broadcaster Chris Evans", "film-maker Ed Wood", "Linda
# Kasabian" of the band Kasabian): before a full name, no more than any evidence.
_PEOPLE_TOO = frozenset(["broadcaster", "maker", "publisher", "band", "side", "team", "club", "party"])
_FAMILY_PARTICLES = frozenset(
    ["de", "del", "della", "da", "di", "du", "dos", "das", "van", "von", "der", "den", "la", "le", "bin", "ibn"]
)
_SAINTS_OF_PLACES = frozenset(["San", "Sao", "São"])


@dataclass(frozen=True, slots=True)
class Typed:
    kind: str
    confidence: float


def decide_kinds(body: str, linked: Linked, gazetteer: Gazetteer) -> dict[str, Typed]:
    """The kind and confidence of every entity named in ``linked``."""
    by_name: dict[str, list[LinkedMention]] = defaultdict(list)
    for mention in linked.mentions:
        by_name[mention.name].append(mention)
    # "producer", "owner": a noun for a firm as well makes no person of one word ("oil producer Yukos"),
    # though it does of a full name ("producer Don Mischer").
    role_holders = {
        holder.name for holder in linked.roles if " " in holder.name or holder.role not in gazetteer.institution_nouns
    }
    # Where each full person's name ends: "Mike Leigh's Vera Drake" is a person's work, not a person.
    people_ends = {mention.end for mention in linked.mentions if mention.kind == "person" and " " in mention.name}
    # "Hereford County Hospital", "Hereford Hospital Trust": the word that opens institutions' names, and how many.
    opened = Counter(name.split(" ", 1)[0] for name, mentions in by_name.items() if mentions[0].kind == "organisation")
    decided: dict[str, Typed] = {}
    for name, mentions in by_name.items():
        # (.get: a Counter's own lookup of a missing name goes through a Python method, and most names open none.)
        decided[name] = _decide(body, name, mentions, name in role_holders, gazetteer, people_ends, opened.get(name, 0))
    _short_forms_of_organisations(decided, by_name, role_holders)
    return decided


# Bodies often named in someone's memory: "the John Coltrane Foundation" leaves John Coltrane a person.
_NAMED_AFTER_PEOPLE = frozenset(
    ["Foundation", "Institute", "Center", "Centre", "Trust", "Fund", "Award", "Awards", "Prize", "School", "College",
     "University", "Library", "Museum", "Hospital", "Society", "Memorial", "Scholarship", "Lecture"]
)  # fmt: skip


def _short_forms_of_organisations(
    decided: dict[str, Typed], by_name: dict[str, list[LinkedMention]], role_holders: set[str]
) -> None:
    """A name guessed a person's by its shape that opens exactly one organisation's name in the same
    article is that organisation's short form: "Harmony Ridge disputed the analysis", after "Harmony Ridge
    Senior Living" (not a person the text titles, gives a role or calls by a surname alone: "Stan Lee", of
    "Stan Lee Media", is "Lee" too; nor one a foundation or a prize is named after)."""
    # The organisations each run of first words opens, two at most (a name that opens several, "Cedar Ridge
    # High School" and "Cedar Ridge Public Schools", is what they are named after, a town).
    opened: dict[str, list[str]] = defaultdict(list)
    for name, typed in decided.items():
        if typed.kind == "organisation" and " " in name:
            words = name.split(" ")
            for length in range(2, len(words)):
                bodies = opened[" ".join(words[:length])]
                if len(bodies) < 2:
                    bodies.append(name)
    if not opened:
        return
    for name, typed in decided.items():
        bodies = opened.get(name, [])
        if (
            len(bodies) == 1
            and bodies[0].rsplit(" ", 1)[-1] not in _NAMED_AFTER_PEOPLE
            and typed.kind == "person"
            and typed.confidence < _SETTLED["titled"]
            and name not in role_holders
            and all(" " in mention.text for mention in by_name[name])
        ):
            decided[name] = _typed("organisation", typed.confidence)


# Before a name, a person described and named: "a rancher named Wade Ellingsen", "a woman named Ruth".
_NAMED_PERSON_BEFORE = re.compile(
    rf"\b(?:{word_alternation(frozenset(load_gazetteer().role_nouns) | _PEOPLE_NOUNS)})\s+(?:named|called)\s+$"
)


def _decide(
    body: str,
    name: str,
    mentions: list[LinkedMention],
    has_role: bool,
    gazetteer: Gazetteer,
    people_ends: set[int],
    opens: int,
) -> Typed:
    kind = mentions[0].kind
    # (Most names are mentioned once: a set of their one piece of evidence, made without a comprehension.)
    evidence = {mentions[0].evidence} if len(mentions) == 1 else {mention.evidence for mention in mentions}
    for settled in _SETTLED if not evidence.isdisjoint(_SETTLED) else ():
        # A title written before any one mention settles a person ("Mr Khodorkovsky").
        # (A role given to a surname a place leads is a person's: "Jordan Achebe-Kline, the campaign manager".)
        if (
            settled in evidence
            and (settled != "titled" or kind == "person")
            and not (settled == "placed" and has_role and _surname_last(name, gazetteer))
        ):
            found = mentions[0] if len(mentions) == 1 else next(m for m in mentions if m.evidence == settled)
            if (
                settled == "suffix"
                and found.kind == "place"
                and _surnamed_person(body, name, mentions, has_role, gazetteer)
            ):
                return _typed("person", _SETTLED[settled])  # "Eunice Park, who chairs the faculty senate"
            city = settled in ("known", "compass") and found.kind == "place" and name not in gazetteer.countries
            if city and _plays(body, mentions):
                return _typed("organisation", _SETTLED[settled])  # "Barcelona striker Samuel Eto'o"
            return _typed("organisation" if settled == "placed" else found.kind, _SETTLED[settled])
    if kind != "person":
        return _typed(kind, 0.6)
    person, organisation, place, work = _name_evidence(name, gazetteer, "speaker" in evidence), 0.0, 0.0, 0
    # What a person's possessive names is theirs ("Mike Leigh's The Aviator"), unless a first name
    # opens it: "Led Zeppelin's Jimmy Page" is a person still.
    owned, possessed = name.split()[0] not in gazetteer.first_names, 0
    spaced = " " in name
    if not spaced and any(_COUNTED_BEFORE.search(body, max(0, m.start - 4), m.start) for m in mentions):
        person = 0.0  # "won an Oscar", "a Bafta": a word counted like a thing is no one's name by its shape
    if has_role or "like people" in evidence:  # (see aliases: "rapper Kenzie", listed with people)
        person += 1.0
    shape, counted, articled = person, False, 0  # what the name's shape alone gives; mentions after an article
    if opens >= 2 and not spaced:
        # A word that opens two institutions' names is what they are named after, most often a town, no one: as
        # much a place as "in Hereford" says.
        place += 1.0
    for mention in mentions:
        start = mention.start
        before_start = max(0, start - _WINDOW)
        # Each pattern before the name ends with spaces after one of a few words: it is searched
        # only when the word there is one of them.
        last, comma_last = _words_before(body, start)
        if (
            last
            and _ends_with(last, _ORG_LAST_WORDS, _ORG_LAST)
            # (its matches are three words at most: searched from the third last, not every position)
            and _ORG_BEFORE.search(body, last_run_start(body, before_start, start, 3), start)
        ):
            # "oil producer Yukos", but "film producer Shogo Tomiyama", "writing partner Stephen Merchant": a
            # noun for a firm and a person alike says nothing of a name of two words or more; a firm's kind
            # ("investment bank Merrill Lynch", "accountancy firm Grant Thornton") outweighs a name's shape
            # (and "stake in Gazprom" is no place).
            noun = last.lower()
            if spaced and (
                (noun in gazetteer.institution_references and noun not in _PEOPLE_TOO)
                or (noun == "for" and _PLAYS_FOR.search(body, last_run_start(body, before_start, start, 2), start))
            ):
                # (and what one plays, drives or signs for is a team, whatever its name's shape: "driving for
                # Aston Martin")
                organisation += 2.5
            elif not (spaced and noun in gazetteer.role_nouns):
                organisation += 1.0
        elif (
            last
            and _ends_with(last, _PLACE_LAST_WORDS, _PLACE_LAST)
            and _PLACE_BEFORE.search(body, before_start, start)
        ):
            place += 1.0
        work_last = last or comma_last
        if (
            work_last
            and _ends_with(work_last, _WORK_LAST_WORDS, _WORK_LAST)
            and _WORK_BEFORE.search(body, before_start, start)
        ):
            work += 1
        elif last in _LISTED_LAST and _WORKS_LISTED_BEFORE.search(body, max(0, start - 60), start):
            work += 1  # "titles such as Fifa and John Madden", "films like Harry Potter"
        elif last in _AND_OR and _THINGS_LISTED_BEFORE.search(body, max(0, start - 60), start):
            work += 1  # "activities such as yoga and Tai Chi"
        elif owned and _quoted_title(body, start, mention.end):
            work += 1  # “Electronic Markets and Electronic Hierarchies”
        elif (
            last in ("in", "of")
            and not body.startswith(("'", "’"), mention.end)
            and _WORK_PART_BEFORE.search(body, max(0, start - 30), start)
        ):
            work += 1  # "her role in Vera Drake", "a remake of Closer" (not "a version of Dan Brown's novel")
        if owned and start - 3 in people_ends and body[start - 3 : start - 1] in ("'s", "’s"):
            possessed += 1
        if (
            spaced
            and shape < _FULL_NAME
            and (article := _ARTICLE_BEFORE.search(body, max(0, start - 30), start))
            and _thing_after(body, mention.end)
        ):
            articled += 1
            counted = counted or article.group(1) is not None
        after_end = min(len(body), mention.end + _WINDOW)
        employs = _employs(body, mention.end, after_end, gazetteer)
        if employs in _SCREEN_ROLES:
            work += 1  # "Ray actor Jamie Foxx", "X Files actress Gillian Anderson"
        elif (
            employs
            or _ORG_AFTER.match(body, mention.end, after_end)
            or _ORG_APPOSITIVE.match(body, mention.end, after_end)
            or owns_person(body, mention.end, gazetteer)
        ):
            organisation += 1.0
        if (
            _PERSON_AFTER.match(body, mention.end, after_end)
            or _referred_to_as_a_person(body, mention.end, gazetteer)
            or (last in _NAMING and _NAMED_PERSON_BEFORE.search(body, max(0, start - 30), start))
        ):
            person += 1.0
    if (work or (possessed and organisation <= person)) and not has_role:
        return _typed("none", 0.0)  # "the film Vera Drake": a title of a work, not a person
    if articled and (articled >= 2 or articled * 2 >= len(mentions)) and person == shape and not has_role:
        # Named like a thing in half its mentions or more, and nothing in the text says it is a person: a dish,
        # a drink or a model when counted ("a Torta Ahogada", "a Mac Mini"), else what "the" names.
        if counted and not organisation:
            return _typed("none", 0.0)
        return _typed("organisation", min(0.95, 0.3 + 0.15 * organisation))
    if name.startswith(_SAINTS) and any(body.startswith(("'s", "’s"), mention.end) for mention in mentions):
        return _typed("place", 0.7)  # "St Mary's", "St David's Centre": a church, a ground, a hospital
    if place > max(person, organisation) and " " not in name:
        return _typed("place", min(0.9, 0.4 + 0.15 * place))
    if organisation > person:
        return _typed("organisation", min(0.95, 0.5 + 0.15 * (organisation - person)))
    if person > 0:
        return _typed("person", min(0.95, 0.5 + 0.15 * (person - organisation)))
    return _typed(_unsure_kind(name, gazetteer), 0.3)


_TYPED: dict[tuple[str, float], Typed] = {}


def _typed(kind: str, confidence: float) -> Typed:
    """``Typed(kind, confidence)``, one shared instance for each pair (it is frozen): most names get one
    of a few, and making a frozen instance costs several times a lookup."""
    typed = _TYPED.get((kind, confidence))
    if typed is None:
        if len(_TYPED) >= 10_000:  # (confidences are sums of a few weights: far fewer in practice)
            _TYPED.clear()
        typed = _TYPED[kind, confidence] = Typed(kind, confidence)
    return typed


def _quoted_title(body: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` ends a title in quotation marks, one not given as what
    someone is called ("the candidate he calls “Mini Mike.”")."""
    if not _TITLE_CLOSES_AFTER.match(body, end):
        return False
    opening = _TITLE_OPENS_BEFORE.search(body, max(0, start - 80), start)
    return opening is not None and last_word(body, max(0, opening.start() - 20), opening.start() + 1) not in _NAMING


_NAMING = frozenset(["call", "calls", "called", "dubbed", "nicknamed", "named"])


def _thing_after(body: str, end: int) -> bool:
    """Whether what follows a name after an article leaves it a thing's: no possessive, and no word after it
    that it modifies as a person's name would ("a Tony Blair speech", "the Bush administration"); a plural
    ("the James Bond films"), a verb's "-s" ("the Mac Mini puts") or a function word leaves it a thing."""
    if body.startswith(("'s", "’s"), end):
        return False
    after = _WORD_AFTER.match(body, end, end + 30)
    if after is None:
        return True
    word = after.group(1)
    return word not in LED and ((word.endswith("s") and not word.endswith("ss")) or word in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset(
    ["for", "with", "in", "at", "of", "on", "to", "from", "by", "and", "or", "but", "which", "that", "who", "is",
     "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "as", "than", "then", "when"]
)  # fmt: skip


def _referred_to_as_a_person(body: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name ending at ``end`` is a verb's subject that "he", "she", "his" or "her" refers back to:
    the first pronoun after it in its sentence, with no other name, no one named by a role or a noun for a
    person, and no quote between ("In a statement, Pelosi said her caucus was united"; not "Yukos said Mr
    Reid had lost his seat"), or "He said" opening the next ("Schumer said the vote would come on Friday.
    He added ..."; not "Comair said the pilot was suspended. He was not named")."""
    verb = _SUBJECT_VERB.match(body, end, end + 60)
    if verb is None or verb.group(1) not in gazetteer.reporting_verbs:
        return False
    limit = min(len(body), end + _ONWARD_LIMIT)
    opening = -1  # where the next sentence's "He" or "She" ends, once the sentence ends
    for token in _ONWARD.finditer(body, verb.end(), limit):
        word = token.group()
        if opening >= 0:
            if token.start() < opening:
                continue
            return word.lower() in gazetteer.reporting_verbs
        if not word[0].isalpha():
            if word not in ".!?":
                return False  # a quote or a colon: other people's words
            following = _ONWARD.match(body, _skip_spaces(body, token.end(), limit), limit)
            if following is None or following.group() not in ("He", "She"):
                return False
            opening = following.end()
            continue
        lower = word.lower()
        if lower in _HIS_HER:
            return True
        if lower in _OBJECTS:
            following = _ONWARD.match(body, _skip_spaces(body, token.end(), limit), limit)
            owned = following is not None and following.group().islower() and following.group() not in _NOT_OWNED
            return lower == "her" and owned  # "Pelosi told her caucus", not "Rangers told him"
        if lower in _ITS_THEIR:
            return False
        if word[0].isupper() and word not in gazetteer.days and word not in gazetteer.months:
            return False  # another name ("Mr Reid"): "he" may be his
        if lower in gazetteer.role_nouns or lower in gazetteer.institution_nouns or lower in _PEOPLE_NOUNS:
            return False
    return False


def _skip_spaces(body: str, start: int, limit: int) -> int:
    while start < limit and body[start].isspace():
        start += 1
    return start


def _plays(body: str, mentions: list[LinkedMention]) -> bool:
    """Whether a city is named as a club in at least half its mentions ("Barcelona striker …", "beat
    Tottenham"; "Tottenham manager …" and "my time at Tottenham"); a country's side stays a place."""
    playing = 0
    for mention in mentions:
        before = max(0, mention.start - 20)
        if (
            _TEAM_AFTER.match(body, mention.end, mention.end + _WINDOW)
            or search_after_word(_TEAM_BEFORE, _TEAM_LAST_WORDS, body, before, mention.start)
            or (
                " " not in mention.name
                and _TEAM_VERB_AFTER.match(body, mention.end, mention.end + 6)
                and not _NOT_SUBJECT_BEFORE.search(body, before, mention.start)
            )
        ):
            playing += 1
    return playing * 2 >= len(mentions) and playing >= 1


def _employs(body: str, end: int, limit: int, gazetteer: Gazetteer) -> str:
    """ "BT chief executive Ben Verwaayen", "White House nominee Joe Biden": a name before a role and a
    person's name is whom that person works for or stands for; the role ("executive"), or ""."""
    role = _ROLE_THEN_NAME.match(body, end, limit)
    if role is None:
        return ""
    words = role.group(1).split()  # "chief executive": every word a role or a word that ranks one
    if words[-1] in gazetteer.role_nouns and all(w in gazetteer.role_nouns or w in _RANKS for w in words):
        return words[-1]
    return ""


# What a person is to a film or a show, not to a firm: the name before is a work's ("star" and "director"
# are a band's, a team's or an institute's too: "Happy Mondays star Bez", "Pipa director Steven Kull").
_SCREEN_ROLES = frozenset(["co-star", "actor", "actress", "screenwriter"])


def _words_before(body: str, start: int) -> tuple[str, str]:
    """The word (see ``last_word``) before the spaces before ``start``, and the word before a comma
    there; empty when there are no spaces, or no such word."""
    last = comma_last = ""
    if start > 0 and body[start - 1].isspace():
        tail = start - 1
        while tail > 0 and body[tail - 1].isspace():
            tail -= 1
        last = last_word(body, max(0, tail - _WINDOW), tail)
        if not last and tail > 0 and body[tail - 1] == ",":
            comma_last = last_word(body, max(0, tail - 1 - _WINDOW), tail - 1)
    return last, comma_last


def _ends_with(word: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Whether ``word`` is one of ``words`` as ``pattern`` (their alternation, ignoring case) reads it."""
    if word.isascii():
        return word.lower() in words
    return pattern.fullmatch(word) is not None


def _unsure_kind(name: str, gazetteer: Gazetteer) -> str:
    """With no evidence either way: two unknown words read like a person's name ("Gianluca Vialli");
    one word, three or more, or ordinary words among them read like a firm ("Yukos", "Air Deccan",
    "Standard Life", "Dresdner Kleinwort Wasserstein"), unless a family particle stands in the middle
    ("Ruud van Nistelrooy"); an article or a saint opens no person's ("Le Figaro", "San Sebastian")."""
    words = name.split()
    if words[0] in _SAINTS_OF_PLACES:
        return "place"  # "San Sebastian", "Sao Paolo"
    # (A first name that is a word too, before a census surname, opens a person's: "Don Cheadle", not "Star Wars".)
    if (
        len(words) == 2
        and words[1].lower() not in gazetteer.common_words
        and (
            words[0].lower() not in gazetteer.common_words
            or (words[0] in gazetteer.first_names and words[1].lower() in gazetteer.surnames)
        )
    ):
        return "person" if words[0] not in _ARTICLES else "organisation"  # "La Liga", "Le Figaro"
    if (
        (len(words) == 3 or (len(words) == 4 and words[2].lower() in _FAMILY_PARTICLES))  # ("J van der Westhuyzen")
        and words[1].lower() in _FAMILY_PARTICLES
        and words[0].lower() not in gazetteer.common_words
    ):
        # "Alessandro Del Piero", "Graeme Le Saux": a family name with a particle, unless of a place ("Stade de
        # France", "Sopa de Lima").
        return "organisation" if _of_a_place(words, gazetteer) else "person"
    return "organisation"


def _name_evidence(name: str, gazetteer: Gazetteer, speaks: bool) -> float:
    tokens = name.split()
    first = tokens[0]
    if len(tokens) > 1 and (first in _ARTICLES or first in _SAINTS_OF_PLACES):
        return 0.0  # "Le Figaro", "La Scala", "San Andreas": no given name opens these
    given = first in gazetteer.first_names and first.lower() not in gazetteer.common_words
    if len(tokens) == 1:
        # One word: a census surname ("Trump said"), or a first name that speaks ("Meghan said"): either
        # is as much a firm's name ("Dell", "Mercedes"), so the two together count no more than one.
        return 0.75 if _census_surname(first, gazetteer) or (given and speaks) else 0.0
    score = 1.5 if given else 0.0
    # A surname after an ordinary word is the name of a thing ("City Hall", "Green New Deal"),
    # after a first name a person's ("Will Smith").
    ordinary = first.lower() in gazetteer.common_words and first not in gazetteer.first_names
    if tokens[-1].lower() in gazetteer.surnames and not ordinary and not _of_a_place(tokens, gazetteer):
        score += 0.75
    return score


def _surnamed_person(body: str, name: str, mentions: list[LinkedMention], has_role: bool, gazetteer: Gazetteer) -> bool:
    """Whether a given name and a place's head that is a surname too ("Eunice Park", "Ricki Lake", not "Hyde
    Park") name a person by what the text says of them: a role, "X, who", an age, "X said she"."""
    given, _, head = name.partition(" ")
    if " " in head or not _census_surname(head, gazetteer):
        return False
    if not (
        all(part in gazetteer.first_names for part in given.split("-"))
        or KOREAN_GIVEN.fullmatch(given) is not None  # ("Hyun-woo Park", "Sung-min Park")
    ):
        return False
    return has_role or any(
        _PERSON_AFTER.match(body, mention.end, mention.end + _WINDOW)
        or _referred_to_as_a_person(body, mention.end, gazetteer)
        for mention in mentions
    )


def _surname_last(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the name's last word, or a part of it after a hyphen, is a census surname and no ordinary word."""
    return any(
        _census_surname(part, gazetteer) and part.lower() not in gazetteer.common_words
        for part in name.rsplit(" ", 1)[-1].split("-")
    )


def _of_a_place(tokens: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a known place ends the name after a lowercase particle: "Stade de France", "Sopa de Lima" (not
    "Charles de Gaulle", "Paolo di Canio")."""
    return (
        len(tokens) > 2
        and tokens[-2] in _FAMILY_PARTICLES
        and gazetteer.names.get(normalise_name(tokens[-1]), ("", ""))[1] == "place"
    )


def _census_surname(word: str, gazetteer: Gazetteer) -> bool:
    """A census surname ("Trump"), as the census spells it ("O'Rourke" as OROURKE). (Two joined by a hyphen
    are as often a firm's or a paper's name: "Merriam-Webster", "Herald-Sun".)"""
    return word.replace("'", "").replace("’", "").lower() in gazetteer.surnames


__all__ = ["Typed", "decide_kinds"]
