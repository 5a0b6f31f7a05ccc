"""`kazbel_entity_rules`: fixes the base model's entities on Belarus-Kazakhstan wire news.

Runs after the statistical `ner`. The small English model splits and mislabels what this news is
made of: long institutional names, names after long titles, agencies, companies, amounts with
qualifiers. The component proposes spans from rules (the dateline agency, amounts, gazetteers,
institution name shapes, names after titles), cleans the base model's spans (titles off names,
places that are not organisations), and keeps, where spans overlap, the rule's span. The rules
themselves live in `kazbel_extract.entities` (one module per kind of shape); this module ranks their
spans and holds the component's data and serialisation.

Its data (gazetteers and word lists) lives in `models/entity_rules/`, with the shared places, titles
and months of `models/vocabulary/`; `to_disk`/`to_bytes` save all of it with the pipeline.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import evaluate  # noqa: F401  (registers the scorers)
from .. import values
from ..data import models_path
from ..entities.base_support import BaseOrgSupport
from ..entities.cleaning import BaseSpanCleaner
from ..entities.data import CURRENCIES, DEFAULT_DATA, OWN_TABLES, VOCABULARY, check_tables, read_data
from ..entities.headline_names import HeadlineNames
from ..entities.later_person_mentions import LaterPersonMentions
from ..entities.lexicon import Lexicon
from ..entities.organisations import OrganisationFinder
from ..entities.people import PersonFinder
from ..entities.rule_spans import OtherRuleSpans
from ..entities.words import Word, words_of


DEFAULT_CONFIG = {"data_path": None, "max_name_modifiers": 8, "max_name_words": 40}  # no real name is longer; bounds the work on adversarial text

# Where spans overlap, the lower rank wins; within a rank, the longer span.
(RANK_AGENCY, RANK_NOT_ORG, RANK_AMOUNT, RANK_ORG, RANK_PERSON, RANK_BASE_NAME, RANK_SURNAME, RANK_REGION,
 RANK_BASE) = range(9)


class EntityRules:
    """Rule spans first, the base model's cleaned spans where no rule speaks.

    Its data is loaded by `initialize` (from `data_path`, else the shipped `models/entity_rules/`), or by
    `from_disk`/`from_bytes`; a pipeline used before either loads the shipped data on its first doc."""

    def __init__(self, nlp: Language, name: str, data_path: str | None,
                 max_name_modifiers: int = DEFAULT_CONFIG["max_name_modifiers"],
                 max_name_words: int = DEFAULT_CONFIG["max_name_words"], scorer: Callable | None = None):
        for setting, value in (("max_name_modifiers", max_name_modifiers), ("max_name_words", max_name_words)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"kazbel_entity_rules: {setting} must be a whole number of at least 1, not {value!r}")
        self.max_name_modifiers = max_name_modifiers  # words a name may run before or after its head
        self.max_name_words = max_name_words  # words of one organisation name, "of"-chain included
        self.nlp = nlp
        self.name = name
        self.scorer = scorer
        self.data_path = data_path
        self.data: dict = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_path: str | None = None) -> None:
        """Load the tables of `data_path` (or the configured one, or the shipped one)."""
        path = data_path or self.data_path
        self.set_data(read_data(Path(path) if path else models_path(DEFAULT_DATA)))

    def set_data(self, data: dict) -> None:
        check_tables(data)
        self.data = data
        values.use_values(self.nlp.vocab, data[CURRENCIES], data["calendar"])
        self._compile()

    def add_names(self, label: str, names: list[str]) -> None:
        """Add organisation (label "ORG") or person ("PERSON") names to the gazetteers at runtime."""
        self._loaded()
        table = {"ORG": "organisations", "PERSON": "people"}[label]
        self.data[table] = {**self.data[table], "names": [*self.data[table]["names"], *names]}
        self._compile()

    def _loaded(self) -> None:
        if not self.data:
            self.initialize()

    def _compile(self) -> None:
        """Word sets, phrase matchers and the rules reading them, built once per loaded data set."""
        self.lexicon = Lexicon(self.data, self.nlp.Defaults.stop_words)
        organisations, legal_forms = self.data["organisations"], self.data["lexicon"]["legal_forms"]
        matchers = {
            "organisations": self._matcher({"ORG": organisations["names"] + self.data["institutions"]["names"]}),
            "legal_forms": self._matcher({"LEGAL_FORM": legal_forms + self.data["lexicon"]["name_statuses"]}),
            # "private limited company" written out in lowercase is the same form; a short one ("AO", "SE") is not
            "spelt_legal_forms": self._matcher({"LEGAL_FORM": [f for f in legal_forms if " " in f]}, attr="LOWER"),
            "source_cues": self._matcher({"SOURCE": self.data["lexicon"]["source_cues"]}, attr="LOWER"),
        }
        self.other_spans = OtherRuleSpans(self.lexicon, self._matcher(organisations["not_organisations"]),
                                          self._matcher({"FAC": organisations["seats"]}),
                                          self._matcher({"PERCENT": self.data["lexicon"]["percentage_points"]}, attr="LOWER"))
        limits = (self.lexicon, self.max_name_modifiers, self.max_name_words)
        self.organisations = OrganisationFinder(*limits, matchers)
        self.people = PersonFinder(*limits, self._matcher({"PERSON": self.data["people"]["names"] + self.data["registry_people"]["names"]}))
        self.later_mentions = LaterPersonMentions(self.lexicon)
        self.headline_names = HeadlineNames(self.lexicon)
        self.cleaner = BaseSpanCleaner(*limits)
        self.base_support = BaseOrgSupport(self.lexicon)

    def _opener_before_org(self, name: Span, orgs: list[Span]) -> bool:
        """Is a base model's two-word name a sentence's capitalised opening word before a word read as an organisation
        elsewhere ("Partner Belaz is ..." after "the companies Belaz and Soyuz")? The capital is the
        sentence's and the name the organisation's: no person, unless the opening word is a given name."""
        first, last = name[0], name[-1]
        if not name.doc.has_annotation("SENT_START"):
            return False  # a doc without sentences (no parser) opens none
        opens = all(t.is_space for t in name.doc[first.sent.start:first.i])  # a line break may open the sentence
        return (len(name) == 2 and opens and first.text.casefold() not in self.lexicon.given_names
                and not self.lexicon.looks_like_surname(Word(last.i, last.i + 1, last.text, last.text.casefold()))
                and any(o.text == last.text for o in orgs))

    def _not_people(self, orgs: list[Span], people: list[Span]) -> list[Span]:
        """The rule organisations without those written as the article names a person elsewhere, in full or by
        the surname ("according to Brenner" after "Governor Anna Brenner"): a shape that announces a source or a
        body says nothing against the same words naming the person again. A person read on the organisation's own
        words is no mention elsewhere."""
        names = [(s, {s.text.casefold(), *self.lexicon.surnames_of([s[0].text, s[-1].text])}) for s in people if len(s) > 1]
        return [o for o in orgs if not any(o.text.casefold() in texts and (s.end <= o.start or s.start >= o.end)
                                           for s, texts in names)]

    def _matcher(self, phrases: dict[str, list[str]], attr: str = "ORTH") -> PhraseMatcher:
        """A phrase matcher for each label's phrases, case-sensitive unless `attr` is "LOWER"."""
        matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
        for label, texts in phrases.items():
            matcher.add(label, list(self.nlp.tokenizer.pipe(texts)))
        return matcher

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    def __call__(self, doc: Doc) -> Doc:
        self._loaded()
        words = words_of(doc, self.lexicon.hyphens, self.lexicon.digraph_initials, self.lexicon.function_words)
        orgs = self.organisations(doc, words)
        people = self.people(doc, words, orgs)
        base = [s for s in (self.cleaner(span, words) for span in self.base_support.brands_relabelled(words, doc.ents)) if s is not None]
        cut = self.headline_names.cutter(doc, words, orgs + people + base)
        orgs, people, base = cut(orgs), cut(people), cut(base)
        # a base full name the rules read otherwise ("[Belaz Anna Brenner]" after "Director of") is no name to repeat
        base_full_names = [s for s in base if s.label_ == "PERSON" and len(s) > 1
                           and not any(p.start < s.end and s.start < p.end and (p.start, p.end) != (s.start, s.end) for p in people)
                           and not self._opener_before_org(s, orgs + [b for b in base if b.label_ == "ORG"])]
        orgs = self._not_people(orgs, people + base_full_names)
        base_rest = self.base_support.supported(words, [s for s in base if not (s.label_ == "PERSON" and len(s) > 1)], orgs)
        repeated = self.later_mentions.repeated(doc, words, [s for s in people if len(s) > 1] + base_full_names)
        surnames = self.later_mentions.surnames(doc, words, people + base_full_names)
        other = self.other_spans
        ranked = ((RANK_AGENCY, other.agency(doc)), (RANK_NOT_ORG, other.not_organisations(doc, orgs)),
                  (RANK_AMOUNT, other.amounts(doc)), (RANK_ORG, orgs), (RANK_PERSON, people + repeated),
                  (RANK_BASE_NAME, base_full_names), (RANK_SURNAME, surnames), (RANK_REGION, other.regions(doc, words)),
                  (RANK_BASE, base_rest))
        doc.ents = _resolve([(rank, span) for rank, spans in ranked for span in spans if _in_latin_script(span.text)])
        return doc

    # --- serialisation ----------------------------------------------------------------------

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        self._loaded()
        return srsly.msgpack_dumps({name: table for name, table in self.data.items() if name not in exclude})

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._set_tables(srsly.msgpack_loads(data), exclude)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self._loaded()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, table in self.data.items():
            if name not in exclude:
                srsly.write_json(path / f"{name}.json", table)

    def from_disk(self, path, *, exclude=tuple()):
        self._set_tables(read_data(Path(path)), exclude)
        return self

    def _set_tables(self, tables: dict, exclude) -> None:
        """Use the loaded `tables`; the ones excluded or not saved keep their current content (spaCy's own fields
        such as "vocab" in `exclude` are not tables; `data_path` is read only when a table is kept)."""
        names = [*OWN_TABLES, *VOCABULARY, CURRENCIES]
        kept = [name for name in names if name in exclude or name not in tables]
        if kept:
            self._loaded()
            tables = {**tables, **{name: self.data[name] for name in kept}}
        self.set_data(tables)


@lru_cache(maxsize=65536)
def _in_latin_script(text: str) -> bool:
    """Whether every letter is Latin ("Kurtulmuş" is): the English model's guesses over a Russian or Kazakh
    passage ("Президент Беларуси") are no names of English news."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _resolve(candidates: list[tuple[int, Span]]) -> list[Span]:
    """Non-overlapping spans: by rank, then the longer, then the earlier."""
    taken: set[int] = set()
    chosen = []
    for _, span in sorted(candidates, key=lambda c: (c[0], -len(c[1]), c[1].start)):
        tokens = range(span.start, span.end)
        if len(span) and not any(i in taken for i in tokens):
            taken.update(tokens)
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@Language.factory("kazbel_entity_rules",
                  default_config={**DEFAULT_CONFIG, "scorer": {"@scorers": "kazbel_extract.entities_scorer.v1"}},
                  assigns=["doc.ents"], requires=["doc.ents", "token.tag", "token.is_sent_start"])
def make_entity_rules(nlp: Language, name: str, data_path: str | None, max_name_modifiers: int,
                      max_name_words: int, scorer: Callable | None) -> EntityRules:
    return EntityRules(nlp, name, data_path, max_name_modifiers, max_name_words, scorer)
