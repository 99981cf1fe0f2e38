"""Word lists shipped as package data (``briefing/data/*.txt``), loaded once.

Everything that is knowledge about the world (countries, organisations, titles, reporting verbs)
lives in data files so it can grow without touching code; this module only parses them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

_DATA_PACKAGE = "briefing.data"


def normalise_name(text: str) -> str:
    """The lookup key of a name: curly apostrophes straightened, whitespace collapsed."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


_SPELLING_MARKS = re.compile(r"[\s.\-‐–’']+")


def spelling_key(name: str) -> str:
    """What two spellings of one name share: "TimeWarner" and "Time Warner", "LONDON" and "London",
    "Kilroy Silk" and "Kilroy-Silk" (case, spaces, hyphens, full stops and apostrophes aside)."""
    return _SPELLING_MARKS.sub("", name).casefold()


def _lines(filename: str) -> list[str]:
    text = resources.files(_DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    # normalised name or alias -> (canonical name, kind)
    names: dict[str, tuple[str, str]]
    # normalised alias -> canonical name; used only when the canonical entity is named elsewhere
    context_aliases: dict[str, tuple[str, ...]]  # the names an alias may stand for, first named wins
    titles: frozenset[str]
    countries: frozenset[str]  # canonical names of countries (national sides stay places)
    institution_nouns: frozenset[str]  # "firm", "council", "owner": kinds of organisation (see the data file)
    institution_references: frozenset[str]  # those of them "the … said" refers back to an organisation by
    dotted_names: frozenset[str]  # one-word names written with a full stop, without it ("Calif")
    title_roles: dict[str, str]  # abbreviated title word -> the role noun it stands for ("Gov." -> "governor")
    title_words: frozenset[str]  # the last word of every title, to find where a title may end
    honorific_gender: dict[str, str]
    role_nouns: dict[str, str]  # role -> "m", "f" or ""
    reporting_verbs: frozenset[str]
    demonyms: frozenset[str]
    suffix_kind: dict[str, str]
    prefix_kind: dict[str, str]  # first words that say what a name is ("Lake", "Mount")
    days: dict[str, str]  # form -> canonical day name
    months: dict[str, str]
    abbreviations: frozenset[str]
    postal_codes: dict[str, str]  # "KS" -> "Kansas": a state as a party-and-state tag may write it
    common_words: frozenset[str]
    first_names: dict[str, str]  # census first name -> "m", "f" or "" (given to both)
    surnames: frozenset[str]  # census surnames, lowercased
    common_acronyms: frozenset[str]  # "TV", "CEO": capitals that name no organisation


def _add_named(names: dict[str, tuple[str, str]], filename: str, kind: str) -> None:
    for line in _lines(filename):
        forms = [form.strip() for form in line.split("|") if form.strip()]
        canonical = forms[0]
        for form in forms:
            # First file wins: a country keeps its kind even if a city list repeats it.
            names.setdefault(normalise_name(form), (canonical, kind))


@cache
def load_gazetteer() -> Gazetteer:
    names: dict[str, tuple[str, str]] = {}
    _add_named(names, "countries.txt", "place")
    countries = frozenset(names[key][0] for key in names)
    _add_named(names, "organisations.txt", "organisation")
    _add_named(names, "cities.txt", "place")
    _add_named(names, "regions.txt", "place")
    _add_named(names, "places.txt", "place")  # generated from GeoNames by scripts/make_data.py

    context_aliases: dict[str, tuple[str, ...]] = {}
    for line in _lines("aliases.txt"):
        alias, _, canonical = line.partition("=>")
        if canonical.strip():
            context_aliases[normalise_name(alias)] = tuple(name.strip() for name in canonical.split("|"))

    titles: set[str] = set()
    title_roles: dict[str, str] = {}
    for line in _lines("titles.txt"):
        title, _, role = line.partition("=>")
        title = normalise_name(title)
        titles.add(title)
        if role.strip():
            title_roles[title] = role.strip()
    honorific_gender = {}
    for line in _lines("honorifics.txt"):
        word, _, gender = line.rpartition(" ")
        honorific_gender[word] = gender
    role_nouns = {}
    for line in _lines("role_nouns.txt"):
        word, _, gender = line.partition(" ")
        role_nouns[word] = gender.strip()

    institution_nouns: set[str] = set()
    institution_references: set[str] = set()
    for line in _lines("institution_nouns.txt"):
        noun, _, mark = line.partition(" ")
        institution_nouns.add(noun)
        if mark.strip() != "typing":
            institution_references.add(noun)
    suffix_kind = {}
    for line in _lines("name_suffixes.txt"):
        kind, _, word = line.partition(" ")
        suffix_kind[word.strip()] = kind
    prefix_kind = {}
    for line in _lines("name_prefixes.txt"):
        kind, _, word = line.partition(" ")
        prefix_kind[word.strip()] = kind
    days: dict[str, str] = {}
    months: dict[str, str] = {}
    for line in _lines("calendar.txt"):
        kind, _, forms = line.partition(" ")
        variants = forms.split("|")
        target = days if kind == "day" else months
        for form in variants:
            target[form] = variants[0]

    return Gazetteer(
        names=names,
        context_aliases=context_aliases,
        countries=countries,
        institution_nouns=frozenset(institution_nouns),
        institution_references=frozenset(institution_references),
        dotted_names=frozenset(
            key[:-1] for key in names if key.endswith(".") and " " not in key and "." not in key[:-1]
        ),
        titles=frozenset(titles),
        title_roles=title_roles,
        title_words=frozenset(title.rsplit(" ", 1)[-1] for title in titles),
        honorific_gender=honorific_gender,
        role_nouns=role_nouns,
        reporting_verbs=frozenset(_lines("reporting_verbs.txt")),
        demonyms=frozenset(_lines("demonyms.txt")),
        suffix_kind=suffix_kind,
        prefix_kind=prefix_kind,
        days=days,
        months=months,
        abbreviations=frozenset(_lines("abbreviations.txt")),
        postal_codes=dict(line.split(" ", 1) for line in _lines("postal_codes.txt")),
        common_words=frozenset(_lines("common_words.txt")),
        first_names={name: gender for name, _, gender in (line.partition(" ") for line in _lines("first_names.txt"))},
        surnames=frozenset(line.lower() for line in _lines("surnames.txt")),
        common_acronyms=frozenset(_lines("common_acronyms.txt")),
    )


def first_name_gender(gazetteer: Gazetteer, word: str) -> str | None:
    """The sex a census first name gives ("m", "f", "" for both), None for no first name; a name written
    with accents is looked up without them ("María", "José"), as the census writes them."""
    gender = gazetteer.first_names.get(word)
    if gender is None and not word.isascii():
        gender = gazetteer.first_names.get(without_accents(word))
    return gender


# Abbreviations that end a name, whose full stop is the name's own ("Gulfstar Refining Co.", "Carl
# Weatherby Jr."): of firms, and of people (a generation).
FIRM_ABBREVIATIONS = ("Corp", "Inc", "Co", "Ltd", "Bros", "Plc")
GENERATION_ABBREVIATIONS = ("Jr", "Sr")


def without_accents(word: str) -> str:
    """The word without its accents ("Rodríguez": "Rodriguez"), as census names are written."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def word_alternation(words: set[str] | frozenset[str]) -> str:
    """A regex alternation for literal words, factored as a trie.

    Python's ``re`` tries alternatives one by one; sharing prefixes keeps a scan over a
    long body linear in practice even with hundreds of words.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        optional = False
        for char in sorted(node):
            if char == "":
                optional = True
                continue
            branches.append(re.escape(char) + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return build(trie)
