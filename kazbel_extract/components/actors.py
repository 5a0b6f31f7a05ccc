"""`kazbel_actors`: names and role phrases to registry actors, and the role each person is given.

Runs after the entity rules and before event linking. For PERSON and ORG entities it sets
`Span._.actor` (canonical name from the registry, `models/actors/`, or None); for ORG entities also
`Span._.actor_country` (the actor's country); for PERSON entities also
`Span._.role`: {"title", "organisation", "country"} read off the text (a title before the
name, or an appositive after it), with what the text leaves out taken from the registry's
office for the article's year. Role phrases that stand for a person introduced earlier
("the Kazakh Premier", "the head of the upper chamber") become `Doc._.role_mentions`, each
with `Span._.person`; `Doc._.roles` maps each such phrase (lowercased) to its person.
`PersonResolver` decides who each person is and their role, `InstitutionResolver` which institution each
organisation is, and `ActorResolver`, the component, holds the registry and runs them. The registry lookups
live in `kazbel_extract.registry`, the reading of role phrases in `kazbel_extract.roles`.
"""
from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import vocabulary
from ..data import models_path
from ..registry import INSTITUTION, PERSON, Actor, Registry, fold, name_words
from ..roles import RoleMentions, RoleReader, RoleWords, TitlePhrases, sentence_of

DEFAULT_DATA = "actors"
# tokens before an ORG read for its country; tokens after a name's comma that must hold its title; tokens before
# "counterpart" read for the counterpart's country
DEFAULT_CONFIG = {"data_path": None, "country_tokens_before": 2, "appositive_title_tokens": 3, "counterpart_country_tokens": 3}
LIMITS = ("country_tokens_before", "appositive_title_tokens", "counterpart_country_tokens")


class PersonResolver:
    """Decides which registry person each PERSON entity is, and the role the text gives them completed from the
    registry office held in the article's year. A surname alone is the person named in full before it
    ("Myasnikovich" after "Mikhail Myasnikovich"); where the text gives a surname no role, that person's holds."""

    def __init__(self, registry: Registry, phrases: TitlePhrases, reader: RoleReader):
        self.registry = registry
        self.phrases = phrases
        self.reader = reader

    def __call__(self, people: list[Span], year: int | None) -> None:
        """Set `._.actor` and `._.role` of each PERSON span of a doc, in text order."""
        by_surname: dict[str, Span] = {}
        by_first: dict[str, Span | None] = {}  # the first word of one full name only: None when two share it
        for n, span in enumerate(people):
            self._resolve(span, by_surname, by_first, year, people[:n])

    def _resolve(self, span: Span, by_surname: dict[str, Span], by_first: dict[str, Span | None], year: int | None,
                 earlier: list[Span]) -> None:
        words = name_words(span.text)
        if not words:
            return
        # "Myasnikovich" after "Mikhail Myasnikovich"; a family name written first, "Moon" after "Moon Jae-in", when no
        # full name ends in it and one full name alone begins with it (the entity rules tag it only so)
        same = (by_surname.get(words[-1]) or by_first.get(words[0])) if len(words) == 1 else None
        if same is not None:
            span._.actor = same._.actor
            actor = next(iter(self.registry.find(PERSON, same._.actor)), None) if same._.actor else None
            span._.role = self._role(span, year, actor, earlier, fallback=False) or same._.role
            return
        actor = self.registry.person(span.text)
        span._.actor = actor.name if actor else None
        first = by_surname.setdefault(words[-1], span)
        if len(words) > 1:
            known = by_first.get(words[0], span)
            one = known is not None and (known is span or known.text == span.text or (known._.actor and known._.actor == span._.actor))
            by_first[words[0]] = known if one else None
        span._.role = self._role(span, year, actor, earlier, fallback=first is span) or first._.role

    def _role(self, span: Span, year: int | None, actor: Actor | None, earlier: list[Span],
              fallback: bool = True) -> dict | None:
        """The role the text gives `span` (a title phrase, or "counterpart" of a person named before it),
        completed from the registry office `actor` held in `year`."""
        phrase = self.phrases.before(span) or self.phrases.appositive(span)
        role = self.reader.read_role(phrase, actor) if phrase is not None else self.phrases.counterpart(span, earlier)
        if role.get("title") and not role.get("country"):  # "Sultan Haitham bin Tariq of Oman", "President X of Tajikistan"
            role["country"] = self.phrases.country_after(span)
        if not role and not fallback:
            return None
        written_class = self.registry.role_class(role.get("title"))
        if actor is not None:
            office = (self.registry.office(actor, year, written_class)
                      or (None if written_class else self.registry.office(actor, year)))
            if office is not None:
                role["title"] = role.get("title") if written_class else office.title  # "the head of ..." names no office
                role["organisation"] = role.get("organisation") or office.organisation
            role["country"] = actor.country or role.get("country")
        if role.get("title") and not role.get("organisation"):  # "Minister of Foreign Affairs" of Kazakhstan: its ministry
            role["organisation"] = self.reader.ministry(role["title"], role.get("country"))
        if not any(role.values()):
            return None
        return {key: role.get(key) for key in ("title", "organisation", "country")}


class InstitutionResolver:
    """Decides which registry institution each ORG entity is: by its name as written, through an abbreviation the
    article defines ("Eurasian Energy Corporation (EEC)" makes EEC that name), and, when the name alone fits
    several, by the country written just before it ("the Kazakh Senate", "Belarus' Ministry of Industry")."""

    def __init__(self, registry: Registry, possessives: frozenset[str], country_tokens_before: int):
        self.registry = registry
        self.possessives = possessives
        self.country_tokens_before = country_tokens_before

    def __call__(self, organisations: list[Span]) -> None:
        """Set `._.actor` and `._.actor_country` of each ORG span of a doc: whose country its products are ("MAZ
        buses")."""
        abbreviations = self._abbreviations(organisations)
        for span in organisations:
            actor = self._actor(span, abbreviations)
            span._.actor = actor.name if actor is not None else None
            span._.actor_country = actor.country if actor is not None else None

    def _abbreviations(self, organisations: list[Span]) -> dict[str, Span]:
        """Abbreviations an article defines: a name followed by one token in brackets."""
        defined = {}
        for span in organisations:
            doc = span.doc
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                defined[fold(doc[span.end + 1].text)] = span
        return defined

    def _actor(self, span: Span, abbreviations: dict[str, Span]) -> Actor | None:
        defined = abbreviations.get(fold(span.text))
        if defined is not None and defined != span:
            return self._actor(defined, {})
        name, country = span.text, self._country_before(span)
        if len(span) > 2 and self.registry.country(span[0].text) and span[1].lower_ in self.possessives:
            name, country = span[2:].text, self.registry.country(span[0].text)  # "Kazakhstan's Ministry of ..."
        found = self.registry.find(INSTITUTION, name)
        if len(found) != 1 and country:
            found = [a for a in found if a.country == country] or self.registry.find(INSTITUTION, f"{name} of {country}")
        return found[0] if len(found) == 1 else None

    def _country_before(self, span: Span) -> str | None:
        """The country named just before a span: "Belarus' Ministry of Industry", "the Kazakh Senate"."""
        for token in span.doc[max(sentence_of(span).start, span.start - self.country_tokens_before):span.start]:
            if self.registry.country(token.text):
                return self.registry.country(token.text)
        return None


class ActorResolver:
    """The `kazbel_actors` component: holds the registry (its loading, runtime additions and serialisation) and
    runs over each doc `PersonResolver` on the PERSON entities, `InstitutionResolver` on the ORG ones, then
    `RoleMentions` on the role phrases that stand for a person named before.

    The registry is loaded by `initialize` (from `data_path`, else the shipped `models/actors/`), or by
    `from_disk`/`from_bytes`; used before either, the shipped registry is loaded on first use."""

    def __init__(self, nlp: Language, name: str, data_path: str | None,
                 country_tokens_before: int = DEFAULT_CONFIG["country_tokens_before"],
                 appositive_title_tokens: int = DEFAULT_CONFIG["appositive_title_tokens"],
                 counterpart_country_tokens: int = DEFAULT_CONFIG["counterpart_country_tokens"]):
        for setting in LIMITS:
            value = locals()[setting]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"kazbel_actors: {setting} must be a whole number of at least 1, not {value!r}")
        self.name = name
        self.data_path = data_path
        self.country_tokens_before = country_tokens_before  # "the Kazakh Senate", "Belarus' Ministry of Industry"
        self.appositive_title_tokens = appositive_title_tokens  # "Vladimir Andreichenko, Chairman of ..."
        self.counterpart_country_tokens = counterpart_country_tokens  # "met his Kazakh counterpart Bakytzhan Sagintayev"
        self._registry: Registry | None = None
        self._possessives: frozenset[str] | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_path: str | None = None) -> None:
        path = Path(data_path or self.data_path or models_path(DEFAULT_DATA))
        self._possessives = read_possessives(path)
        self.registry = Registry.from_dir(path)

    def _loaded(self) -> None:
        if self._registry is None:
            self.initialize()

    @property
    def registry(self) -> Registry:
        self._loaded()
        return self._registry

    @registry.setter
    def registry(self, registry: Registry) -> None:
        self._registry = registry
        words = RoleWords(registry)
        phrases = TitlePhrases(words, self.appositive_title_tokens, self.counterpart_country_tokens)
        self.people = PersonResolver(registry, phrases, RoleReader(words))
        self.institutions = InstitutionResolver(registry, self.possessives, self.country_tokens_before)
        self.mentions = RoleMentions(words, self.possessives)

    @property
    def possessives(self) -> frozenset[str]:
        """The possessive endings ("Kazakhstan's Ministry of ..."), read with the registry, else the shipped ones."""
        if self._possessives is None:
            self._possessives = read_possessives(models_path(DEFAULT_DATA))
        return self._possessives

    def add(self, people=(), institutions=()) -> None:
        """Add people and institutions (records as in the registry's jsonl files) at runtime."""
        self.registry = self.registry.add(people, institutions)

    def __call__(self, doc: Doc) -> Doc:
        self._loaded()
        entities = doc.ents  # spaCy builds the tuple on every read
        people = [span for span in entities if span.label_ == "PERSON"]
        self.people(people, int(doc._.published[:4]) if doc._.published else None)
        self.institutions([span for span in entities if span.label_ == "ORG"])
        doc._.role_links = []  # filled by `self.mentions` as it sets each phrase's `._.person`
        self.mentions(doc, people)
        return doc

    # --- serialisation
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return self.registry.to_bytes(exclude)

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._set_tables(srsly.msgpack_loads(data), exclude)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self.registry.to_dir(Path(path), exclude)

    def from_disk(self, path, *, exclude=tuple()):
        self._possessives = read_possessives(Path(path))
        self._set_tables(Registry.from_dir(Path(path)).tables(), exclude)
        return self

    def _set_tables(self, tables: dict, exclude) -> None:
        """Use the loaded registry `tables`; those in `exclude` keep their current content (spaCy's own fields
        such as "vocab" are no tables, and loading never reads `data_path` unless a table is excluded)."""
        kept = [name for name in exclude if name in tables]
        self.registry = self.registry.replaced(tables, kept) if kept else Registry(**tables)


def read_possessives(path: Path) -> frozenset[str]:
    """The possessive endings as the tokenizer splits them ("Kazakhstan" "'s"): one list, the entity rules' marks
    (`entity_rules/marks.json` of the copy of `models/` that `path` is in, else the shipped one)."""
    return frozenset(srsly.read_json(vocabulary.sibling(path, "entity_rules", "marks.json"))["possessives"])


@Language.factory("kazbel_actors", default_config=DEFAULT_CONFIG,
                  assigns=["span._.actor", "span._.actor_country", "span._.role", "doc._.role_links"], requires=["doc.ents"])
def make_actor_resolver(nlp: Language, name: str, data_path: str | None, country_tokens_before: int,
                        appositive_title_tokens: int, counterpart_country_tokens: int) -> ActorResolver:
    return ActorResolver(nlp, name, data_path, country_tokens_before, appositive_title_tokens, counterpart_country_tokens)
