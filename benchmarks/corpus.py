"""A generated corpus of news-like articles, for benchmarks (never committed).

    generate_articles(count, seed=0) -> Iterator[(file name, text)]
    write_corpus(directory, count, seed=0)
    python benchmarks/corpus.py OUT_DIR --count N [--seed S]

Each text is a headline on line 1, a blank line, then paragraphs (600-900
words in all) with named people and their titles, quotes (``"…," X said.`` and
``said X, a professor at …``), numbers, money, percentages, dates,
organisations and places. Deterministic for a seed; 10,000 articles take a few
seconds. Surnames, places and some rarer words are made from syllables, so the
vocabulary grows with the corpus as real news does.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

FIRST_NAMES = (  # noqa: SIM905
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
    "Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Donald "
    "Ashley Steven Emily Paul Kimberly Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian "
    "Melissa George Deborah Fumio Yoshimasa Junichiro Hiroshi Yuki Kenji Aiko Min Jae Seong Ji Hye Wei Li "
    "Xiao Ming Chen Priya Rahul Anil Sunita Arjun Fatima Omar Ahmed Layla Youssef Amina Ibrahim Olga "
    "Dmitri Sergei Natasha Ivan Elena Pierre Marie Jean Camille Luc Hans Greta Klaus Ingrid Lars Sofia "
    "Mateo Lucia Diego Carmen Javier Isabel Chidi Ngozi Kwame Amara Tunde Zanele Sipho Leif Astrid Bjorn "
    "Freya Emeka Adaeze Kofi Abena Tariq Leila Nadia Rafael"
).split()
SURNAMES = (  # noqa: SIM905
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson "
    "Walker Young Allen Kishida Hayashi Koizumi Tanaka Suzuki Watanabe Kim Park Choi Moon Yoon Wang Zhang "
    "Liu Patel Sharma Singh Gupta Khan Hassan Ali Ivanov Petrov Volkov Dubois Laurent Moreau Muller "
    "Schmidt Schneider Rossi Russo Ferrari Silva Santos Oliveira Okafor Adeyemi Mensah Nkosi Dlamini "
    "Easley Eriksson Lindqvist Novak Kowalski Nowak Horvat"
).split()
TITLES = (
    "Prime Minister",
    "President",
    "Foreign Minister",
    "Finance Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Chancellor",
    "Dr.",
    "Professor",
    "General",
    "Ambassador",
    "Secretary of State",
    "Defence Secretary",
)
ROLES = (
    "a professor of international studies at {uni}",
    "a senior fellow at {org}",
    "chief executive of {org}",
    "a spokesman for {org}",
    "an analyst at {org}",
    "director of {org}",
    "a researcher at {uni}",
    "a former adviser to {org}",
    "chief economist at {org}",
    "a spokeswoman for the {ministry}",
)
ORG_HEADS = "National Global United Federal Central Northern Pacific Atlantic Royal International Eastern".split()  # noqa: SIM905
ORG_TAILS = (
    "Institute for Strategy",
    "Bank",
    "Research Council",
    "Energy Group",
    "Health Service",
    "Policy Centre",
    "Motors",
    "Airlines",
    "Telecom",
    "Security Forum",
    "Trade Association",
    "Investment Fund",
    "Press Agency",
)
UNI_TAILS = ("University", "Institute of Technology", "School of Economics", "College")
MINISTRIES = ("Foreign Ministry", "Defence Ministry", "Finance Ministry", "Interior Ministry", "Health Ministry")
COUNTRIES = (
    "Japan",
    "North Korea",
    "South Korea",
    "China",
    "India",
    "Germany",
    "France",
    "Britain",
    "Brazil",
    "Nigeria",
    "Kenya",
    "Egypt",
    "Mexico",
    "Canada",
    "Australia",
    "Russia",
    "Ukraine",
    "Turkey",
    "Indonesia",
    "Vietnam",
    "Poland",
    "Spain",
    "Italy",
    "Sweden",
    "Argentina",
    "South Africa",
    "Pakistan",
    "Iran",
    "Israel",
    "Chile",
)
CITIES = (
    "Tokyo",
    "Seoul",
    "Pyongyang",
    "Beijing",
    "Delhi",
    "Berlin",
    "Paris",
    "London",
    "Washington",
    "Lagos",
    "Nairobi",
    "Cairo",
    "Ottawa",
    "Sydney",
    "Moscow",
    "Kyiv",
    "Ankara",
    "Jakarta",
    "Hanoi",
    "Warsaw",
    "Madrid",
    "Rome",
    "Stockholm",
    "Geneva",
    "Brussels",
    "Singapore",
    "Dubai",
    "Johannesburg",
    "Santiago",
    "Lima",
)
TOPICS = (
    "summit",
    "election",
    "budget",
    "trade deal",
    "ceasefire",
    "inflation",
    "interest rates",
    "climate talks",
    "border dispute",
    "vaccine rollout",
    "merger",
    "strike",
    "sanctions",
    "referendum",
    "investigation",
    "tax reform",
    "energy crisis",
    "housing shortage",
    "cyber attack",
    "peace talks",
    "pension reform",
    "missile test",
    "drought",
    "flooding",
    "earnings report",
    "privatisation",
    "corruption scandal",
)
NOUNS = (  # noqa: SIM905
    "government officials economy markets talks agreement proposal negotiations leaders voters workers "
    "companies prices growth spending policy reforms plan measures concerns tensions relations ties "
    "allies forces troops weapons programme deal investors shares profits losses revenue jobs wages "
    "families schools hospitals courts judges lawmakers parliament committee report data figures survey "
    "crisis recovery security stability region countries neighbours partners sector industry technology "
    "infrastructure network system process decision"
).split()
VERBS = (  # noqa: SIM905
    "announced warned said expected rejected approved criticised welcomed proposed delayed confirmed "
    "denied launched suspended extended signalled pledged urged questioned defended insisted acknowledged "
    "dismissed"
).split()
ADJECTIVES = (  # noqa: SIM905
    "new major significant unprecedented controversial bilateral economic political diplomatic financial "
    "military regional national global local rapid slow sharp modest strong weak fragile crucial urgent"
).split()
ADVERBS = "quickly sharply closely carefully publicly privately repeatedly recently finally largely".split()  # noqa: SIM905
MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()  # noqa: SIM905
SYLLABLES = (  # noqa: SIM905
    "ka ri to na mi lo ve sa do ru be ta ni ko mar sel vin dor lan ter bro gan hal wen kis ham ber tra "
    "zel quo fen ost ula ard ing ley ton mor vic dre pan sto lux fir gra nel"
).split()


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[tuple[str, str, str]] = []

    def coined(self, parts: int = 3) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def surname(self) -> str:
        return self.rng.choice(SURNAMES) if self.rng.random() < 0.6 else self.coined(self.rng.randint(2, 3))

    def place(self) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return self.rng.choice(COUNTRIES)
        if roll < 0.8:
            return self.rng.choice(CITIES)
        return self.coined(self.rng.randint(2, 4))

    def org(self) -> str:
        if self.rng.random() < 0.3:
            return f"{self.coined(2)} {self.rng.choice(ORG_TAILS)}"
        return f"{self.rng.choice(ORG_HEADS)} {self.rng.choice(ORG_TAILS)}"

    def uni(self) -> str:
        return f"{self.rng.choice(CITIES + COUNTRIES)} {self.rng.choice(UNI_TAILS)}"

    def person(self) -> tuple[str, str, str]:
        """(full name, surname, title or role) — reused within an article so names recur."""
        if self.people and self.rng.random() < 0.55:
            return self.rng.choice(self.people)
        first, last = self.rng.choice(FIRST_NAMES), self.surname()
        if self.rng.random() < 0.5:
            role = self.rng.choice(TITLES)
        else:
            role = self.rng.choice(ROLES).format(uni=self.uni(), org=self.org(), ministry=self.rng.choice(MINISTRIES))
        person = (f"{first} {last}", last, role)
        self.people.append(person)
        return person

    def number(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            return f"${rng.randint(1, 900)}{rng.choice(['', '.5', '.2'])} {rng.choice(['million', 'billion'])}"
        if roll < 0.45:
            return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
        if roll < 0.65:
            return f"{rng.randint(2, 90_000):,}"
        if roll < 0.85:
            return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2025)}"
        return str(rng.randint(1950, 2030))

    def clause(self) -> str:
        rng = self.rng
        return (
            f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(VERBS)} by {rng.choice(NOUNS)} in "
            f"{self.place()}"
        )

    def statement(self, topic: str) -> str:
        rng = self.rng
        forms = (
            lambda: f"We are {rng.choice(ADVERBS)} committed to the {topic} and to {self.clause()}",
            lambda: f"This {topic} is {rng.choice(ADJECTIVES)} for {rng.choice(NOUNS)} and for {self.place()}",
            lambda: f"Nobody expected {self.number()} in {rng.choice(NOUNS)}, but the {topic} changed that",
            lambda: f"The {rng.choice(NOUNS)} will not accept {self.clause()}",
        )
        return rng.choice(forms)()

    def sentence(self, topic: str) -> str:
        rng = self.rng
        name, last, role = self.person()
        roll = rng.random()
        if roll < 0.18:
            return f'"{self.statement(topic)}," {last} said.'
        if roll < 0.30:
            return (
                f'"{self.statement(topic)}," said {name}, {role}.'
                if role[0].islower()
                else (f'"{self.statement(topic)}," said {role} {name}.')
            )
        if roll < 0.40:
            titled = f"{role} {name}" if role[0].isupper() else name
            return f'{titled} said on {rng.choice(DAYS)} that {self.clause()} would "{self.statement(topic)}".'
        if roll < 0.55:
            return (
                f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} in {self.place()} {rng.choice(VERBS)} "
                f"the {topic} on {rng.choice(DAYS)}, according to the {self.org()}."
            )
        if roll < 0.70:
            return (
                f"The {self.org()} said {rng.choice(NOUNS)} rose to {self.number()} in {rng.choice(MONTHS)}, "
                f"up from {self.number()} a year earlier."
            )
        if roll < 0.85:
            return (
                f"{name} {rng.choice(VERBS)} {self.clause()}, {rng.choice(ADVERBS)} raising {rng.choice(NOUNS)} "
                f"about the {topic} and the {self.coined(rng.randint(2, 4)).lower()} {rng.choice(NOUNS)}."
            )
        return (
            f"Since {self.number()}, {rng.choice(NOUNS)} and {rng.choice(NOUNS)} in {self.place()} have "
            f"{rng.choice(VERBS)} {self.clause()}."
        )

    def article(self) -> str:
        rng = self.rng
        self.people = []
        topic = rng.choice(TOPICS)
        target = rng.randint(600, 900)
        _name, last, _role = self.person()
        headline = rng.choice(
            (
                f"{last} {rng.choice(VERBS)} {topic} in {self.place()}",
                f"{self.place()} {topic}: {rng.choice(NOUNS)} {rng.choice(VERBS)} as {last} steps in",
                f"{rng.choice(ADJECTIVES).capitalize()} {topic} {rng.choice(VERBS)}, {self.org()} says",
            )
        )
        paragraphs: list[str] = []
        words = 0
        while words < target:
            paragraph = " ".join(self.sentence(topic) for _ in range(rng.randint(1, 4)))
            paragraph_words = len(paragraph.split())
            if words + paragraph_words > 900 and words >= 600:
                break
            if words + paragraph_words > 900:
                paragraph = " ".join(paragraph.split()[: 900 - words])
                paragraph_words = 900 - words
            paragraphs.append(paragraph)
            words += paragraph_words
        return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_articles(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, plain text) for ``count`` articles, the same for the same seed."""
    writer = _Writer(random.Random(seed))
    for number in range(count):
        yield f"{number:06d}.txt", writer.article()


def write_corpus(directory: str | Path, count: int, seed: int = 0) -> Path:
    """Write the articles as files in ``directory`` (created if needed) and return it."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in generate_articles(count, seed):
        (out / name).write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_corpus(args.out_dir, args.count, args.seed)
    print(f"wrote {args.count} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
