"""The actor registry: people and institutions of Belarus, Kazakhstan and their partners.

Read from plain files that users extend without code (see README, "Actors"):
`people*.jsonl`, `institutions*.jsonl` and `roles.json` in one folder, with the shared places and
titles of `models/vocabulary/`.
Every name is compared through `fold`, so spellings that differ only by accents or by the usual
Russian/Kazakh transliteration choices (Toqayev/Tokayev, Qassym/Kassym, Zhaparov/Japarov) meet.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import srsly

from . import vocabulary

ROLE_KEYS = {"organisation_kinds", "portfolios", "name_connectors", "host_prepositions"}
VOCABULARY = ("places", "titles")
PERSON, INSTITUTION = "person", "institution"
_TRANSLITERATION = (("q", "k"), ("x", "ks"), ("w", "v"), ("dzh", "j"), ("zh", "j"), ("kh", "h"))
_NAME_WORDS = re.compile(r"\s+|(?<=\.)(?=\w)")  # "S.Aleinik" and "A.A. Erofeev" are initials and a surname


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A spelling-insensitive key: no accents, case, punctuation, leading article or possessive;
    one spelling for each transliteration choice; doubled letters single in words of four letters or
    more (Massimov/Masimov meet; the acronyms EEU and EU stay apart)."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`]s?\b", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    for written, spoken in _TRANSLITERATION:
        text = text.replace(written, spoken)
    text = re.sub(r"y(?=[aeiou])", "", text).replace("y", "i")
    return re.sub(r"[a-z0-9]{4,}", lambda word: re.sub(r"([a-z])\1+", r"\1", word[0]), text)


def _title_key(text: str) -> str:
    """A title's words to compare with the title list: no accents, case or marks but the hyphen ("Chargé d’Affaires"
    is "charge d affaires", "Vice-Premier" stays one word)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^a-z-]+", " ", text).split())


def name_words(name: str) -> list[str]:
    """The folded words of a personal name as written: a hyphenated word is one ("Dae-sik" of "Kim Dae-sik" is a
    given name, "Kul-Mohammed" a surname), initials are words even when glued to the surname ("S.Aleinik")."""
    return [word for word in map(fold, _NAME_WORDS.split(name.strip())) if word]


@dataclass(frozen=True)
class Office:
    """A post a person held: `start`/`end` are years, None when open or not known."""

    title: str
    organisation: str | None = None
    start: int | None = None
    end: int | None = None

    def held_in(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Actor:
    """A person or an institution, under its canonical name."""

    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    kinds: tuple[str, ...] = ()  # for institutions: "upper chamber", "ministry", "company"...

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _person(record: dict) -> Actor:
    offices = tuple(Office(o["title"], o.get("organisation"), o.get("from"), o.get("to")) for o in record.get("offices", []))
    return Actor(record["name"], PERSON, record.get("country"), tuple(record.get("aliases", [])), offices)


def _institution(record: dict) -> Actor:
    return Actor(record["name"], INSTITUTION, record.get("country"), tuple(record.get("aliases", [])),
                 kinds=tuple(record.get("kinds", [])))


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class CountryNames:
    """How a country is written inside an institution's name: "Kazakh ...", "Kazakhstan ...", "... of Kazakhstan",
    "... of the Republic of Kazakhstan", from the forms of the shared places list (folded)."""

    def __init__(self, countries: dict[str, list[str]]):
        self._countries = {fold(word): country for country, words in countries.items() for word in [country, *words]}
        self._longest = max((len(form.split()) for form in self._countries), default=0)
        # countries the places list names as some "Republic": their own forms decide what "Republic of ..." is
        self._republic_named = {country for form, country in self._countries.items() if "republic" in form.split()}

    def country(self, folded: str) -> str | None:
        return self._countries.get(folded)

    def split(self, key: str) -> tuple[str, str] | None:
        """(country, the other words) of a folded name that begins with a country's form ("kazakh ...") or ends with
        "of" and one ("... of the republic of kazakhstan"), else None."""
        words = key.split()
        for n in range(min(self._longest, len(words) - 1), 0, -1):
            head, tail, rest = " ".join(words[:n]), " ".join(words[-n:]), words[:-n]
            if head in self._countries:
                return self._countries[head], " ".join(words[n:])
            if tail not in self._countries:
                continue
            country = self._countries[tail]
            if rest[-2:] == ["republic", "of"] and country not in self._republic_named:
                rest = rest[:-2]  # "... of the Republic of Türkiye"; not China's: the "Republic of China" is another
            rest = rest[:-1] if rest[-1:] == ["the"] else rest
            if len(rest) > 1 and rest[-1] == "of":
                return country, " ".join(rest[:-1])
        return None


@dataclass
class Registry:
    """Actors indexed by every folded spelling; people also by surname; plus the country and role vocabularies.

    `roles` is the registry's own `roles.json`; `places` and `titles` are the shared vocabularies, from which
    `countries` (canonical country -> forms) and the role classes are read."""

    people: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    roles: dict = field(default_factory=dict)
    places: dict = field(default_factory=lambda: vocabulary.default("places"))
    titles: dict = field(default_factory=lambda: vocabulary.default("titles"))

    def __post_init__(self):
        vocabulary.check("actors/roles", self.roles, ROLE_KEYS)
        self.countries = vocabulary.country_forms(self.places)
        self.role_classes = vocabulary.title_classes(self.titles)
        self.actors = [_person(r) for r in self.people] + [_institution(r) for r in self.institutions]
        self._by_spelling: dict[tuple[str, str], list[Actor]] = {}
        self._by_surname: dict[str, list[Actor]] = {}
        self._first_names: dict[Actor, set[str]] = {}
        self._by_kind: dict[str, list[Actor]] = {}  # institutions by kind ("upper chamber")
        for actor in self.actors:
            for kind in actor.kinds if actor.kind == INSTITUTION else ():
                self._index(self._by_kind, kind, actor)
            for spelling in actor.spellings:
                self._index(self._by_spelling, (actor.kind, fold(spelling)), actor)
                words = name_words(spelling)
                if actor.kind == PERSON and len(words) > 1:
                    self._index(self._by_surname, words[-1], actor)
                    self._first_names.setdefault(actor, set()).add(words[0])
        self.country_names = CountryNames(self.countries)
        self._by_country_rest: dict[tuple[str, str], list[Actor]] = {}  # ("Kazakhstan", "foreign ministri") -> ministry
        for actor in self.actors:
            for spelling in actor.spellings if actor.kind == INSTITUTION and actor.country else ():
                split = self.country_names.split(fold(spelling))
                if split is not None and split[0] == actor.country:
                    self._index(self._by_country_rest, split, actor)
        self._role_classes: dict[str, str | None] = {}
        self._class_keys = {_title_key(key): value for key, value in self.role_classes.items()}

    @staticmethod
    def _index(index: dict, key, actor: Actor) -> None:
        if actor not in index.setdefault(key, []):
            index[key].append(actor)

    @classmethod
    def from_dir(cls, path: Path) -> "Registry":
        """`people*.jsonl`, `institutions*.jsonl` and `roles.json` of `path`, with the shared places and titles
        (from `path` when a saved pipeline holds them)."""
        path = Path(path)
        return cls(
            people=[r for p in sorted(path.glob("people*.jsonl")) for r in _read_jsonl(p)],
            institutions=[r for p in sorted(path.glob("institutions*.jsonl")) for r in _read_jsonl(p)],
            roles=json.loads((path / "roles.json").read_text(encoding="utf-8")),
            **vocabulary.read_tables(path, VOCABULARY),
        )

    def tables(self) -> dict:
        """Everything the registry is made of, by file name: what `to_dir` writes and `to_bytes` packs."""
        return {"people": self.people, "institutions": self.institutions, "roles": self.roles,
                "places": self.places, "titles": self.titles}

    def to_dir(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, content in self.tables().items():
            if name in exclude:
                continue
            if isinstance(content, list):
                text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in content)
                (path / f"{name}.jsonl").write_text(text, encoding="utf-8")
            else:
                (path / f"{name}.json").write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")

    def to_bytes(self, exclude=()) -> bytes:
        return srsly.msgpack_dumps({name: t for name, t in self.tables().items() if name not in exclude})

    def replaced(self, tables: dict, exclude=()) -> "Registry":
        """This registry with the given tables (those not in `exclude`) in place of its own."""
        return Registry(**{**self.tables(), **{name: t for name, t in tables.items() if name not in exclude}})

    def add(self, people=(), institutions=()) -> "Registry":
        """This registry with more people and institutions (records as in the jsonl files)."""
        return self.replaced({"people": [*self.people, *people], "institutions": [*self.institutions, *institutions]})

    # --- lookups
    def find(self, kind: str, name: str) -> list[Actor]:
        """Actors of `kind` with a spelling that folds like `name`; for an institution not listed under that spelling,
        those whose country is written in another of its forms around the same words: "Kazakhstan Energy Ministry"
        is the "Kazakh Energy Ministry", "MFA of Belarus" the "Belarusian MFA", "Ministry of Energy of the Republic of
        Uzbekistan" the "Ministry of Energy of Uzbekistan"."""
        key = fold(name)
        found = self._by_spelling.get((kind, key), [])
        if found or kind != INSTITUTION:
            return found
        split = self.country_names.split(key)
        return self._by_country_rest.get(split, []) if split is not None else []

    def person(self, name: str) -> Actor | None:
        """The one person a name can be: a known spelling, first name (or initial) and surname, or a surname only one
        person has; a name that begins with a lowercase particle is a surname ("von der Leyen")."""
        found = self.find(PERSON, name)
        if len(found) == 1:
            return found[0]
        words = name_words(name)
        matches = self._by_surname.get(words[-1], []) if words else []
        if len(words) > 1 and name.strip()[:1].isupper():
            matches = [a for a in matches
                       if any(first.startswith(words[0]) or words[0].startswith(first) for first in self._first_names[a])]
        return matches[0] if len(matches) == 1 else None

    def country(self, word: str) -> str | None:
        """The country a name or adjective stands for ("Kazakh" -> "Kazakhstan"), or None."""
        return self.country_names.country(fold(word))

    def institutions_of_kind(self, kind: str, country: str | None) -> list[Actor]:
        return [a for a in self._by_kind.get(kind, []) if country is None or a.country == country]

    def role_class(self, title: str | None) -> str | None:
        """The office class a title names ("First Deputy Prime Minister" -> "deputy prime minister"), or None."""
        if not title:
            return None
        if title not in self._role_classes:
            self._role_classes[title] = self._classify(title)
        return self._role_classes[title]

    def _classify(self, title: str) -> str | None:
        """The class of the longest office phrase in `title`, of the last one when two are as long ("Deputy Akim" is
        a deputy governor, not a deputy of parliament); "Deputy" or "Vice" before it makes it a deputy's."""
        text = _title_key(title)
        found = [(len(key.split()), match.end(), key) for key in self._class_keys
                 for match in [re.search(rf"(^| ){re.escape(key)}( |$)", text)] if match]
        if not found:
            return None
        best = self._class_keys[max(found)[2]]
        return f"deputy {best}" if best and {"deputy", "vice"} & set(text.split()) else best

    def office(self, actor: Actor, year: int | None, role_class: str | None = None) -> Office | None:
        """The office `actor` held in `year` (of `role_class` when given). Without a year: their only office of
        that class, else the one they held longest when all have ended (the office an undated text names them by);
        an open office's length is unknown, so then none."""
        offices = [o for o in actor.offices if role_class is None or self.role_class(o.title) == role_class]
        if year is not None:
            held = [o for o in offices if o.held_in(year)]
            return max(held, key=lambda o: o.start or 0) if held else None
        if len(offices) == 1:
            return offices[0]
        if not offices or any(o.start is None or o.end is None for o in offices):
            return None
        longest = max(o.end - o.start for o in offices)
        ranked = [o for o in offices if o.end - o.start == longest]
        return ranked[0] if len({o.title for o in ranked}) == 1 else None


# --- across a batch: the same actor in many articles of a store

@dataclass
class ActorCount:
    """How often an actor turns up in a store: its mentions, the articles and meetings it is in, its spellings."""

    actor: str
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    meetings: int = 0
    spellings: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"actor": self.actor, "mentions": self.mentions, "articles": len(self.articles), "meetings": self.meetings,
                "spellings": sorted(self.spellings)}


def actors_in_store(db: Path) -> list[ActorCount]:
    """Every actor of a store (its `entities.actor` column), most widely reported first.

    Mentions are all occurrences in the texts (entity records list each spelling once per article). A
    meeting counts for an actor when a participant carries that actor, or when the participant's name
    is tagged with it in the same article.
    """
    import sqlite3

    from .pages import mentions

    connection = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    try:
        articles = connection.execute("SELECT id, record FROM articles WHERE id IN "
                                      "(SELECT article_id FROM entities WHERE actor IS NOT NULL)").fetchall()
        meetings = connection.execute("SELECT article_id, record FROM events WHERE type = 'meeting'").fetchall()
    finally:
        connection.close()
    counts: dict[str, ActorCount] = {}
    tagged: dict[tuple[str, str], str] = {}
    for article_id, record in articles:
        record = json.loads(record)
        for entity in (e for e in record["entities"] if e.get("actor")):
            count = counts.setdefault(entity["actor"], ActorCount(entity["actor"]))
            count.articles.add(article_id)
            count.spellings.add(entity["text"])
            tagged[(article_id, entity["text"].casefold())] = entity["actor"]
        for mention in mentions(record):
            if mention["actor"]:
                counts[mention["actor"]].mentions += 1
    for article_id, record in meetings:
        event = json.loads(record)
        people = event.get("participant_details") or [{"name": name} for name in event.get("participants", [])]
        for actor in {p.get("actor") or tagged.get((article_id, p["name"].casefold())) for p in people} - {None}:
            counts.setdefault(actor, ActorCount(actor)).meetings += 1
    return sorted(counts.values(), key=lambda c: (-len(c.articles), -c.meetings, c.actor))
