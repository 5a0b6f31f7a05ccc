"""`kazbel_pos_rules`: the base model's attribute-ruler rules for POS, TAG and DEP, without the Matcher.

en_core_web_sm maps fine tags to coarse POS with an `attribute_ruler`: some 180 Matcher patterns
that also set lemmas and morphology, and that cost as much time as the parser. Extraction reads
POS, tags and dependencies but neither lemmas nor morphology, so this component applies the same
rules, kept to those three attributes and looked up by tag, with the same result token for token
(`tests/test_pipeline_components.py` checks it against the attribute ruler). Its rules are taken
from the base model when the pipeline is built (`add_patterns`, or `initialize(patterns=...)`), and
saved with the pipeline by `to_disk` and `to_bytes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import srsly
from spacy import util
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

SET_ATTRS = ("POS", "TAG", "DEP")  # what extraction reads; LEMMA and MORPH are dropped
READ_ATTRS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE")  # what the patterns may test
OPERATORS = ("IN", "NOT_IN", "REGEX")
TAG = READ_ATTRS.index("TAG")


class UnsupportedPattern(ValueError):
    """A pattern uses a token attribute or operator that this component does not evaluate."""


@dataclass(frozen=True)
class Condition:
    """One test on one token attribute, on the integer ids that `Doc.to_array` gives."""

    column: int  # index into READ_ATTRS
    op: str  # "==", "IN", "NOT_IN" or "REGEX"
    arg: object  # an id, a frozenset of ids, or a compiled regex

    def holds(self, row: list[int], strings: StringStore) -> bool:
        value = row[self.column]
        if self.op == "==":
            return value == self.arg
        if self.op == "IN":
            return value in self.arg
        if self.op == "NOT_IN":
            return value not in self.arg
        return self.arg.search(strings[value]) is not None


@dataclass(frozen=True)
class Rule:
    """One attribute-ruler pattern: decides whether it matches around a token, and what it sets there."""

    tokens: tuple[tuple[Condition, ...], ...]  # the conditions on each token of the pattern
    index: int  # which token of the pattern gets the attributes
    values: dict[int, int]  # column of SET_ATTRS -> id to set

    def matches_at(self, rows: list[list[int]], i: int, strings: StringStore) -> bool:
        """Whether the pattern matches with its `index` token at token i."""
        start = i - self.index
        if start < 0 or start + len(self.tokens) > len(rows):
            return False
        for k, conditions in enumerate(self.tokens):  # a loop, not all(...): asked at every token of every doc
            row = rows[start + k]
            for condition in conditions:
                if not condition.holds(row, strings):
                    return False
        return True

    def gate(self) -> tuple[int, frozenset[int]] | None:
        """(column, ids) of a test on the token that gets the attributes, that a token must pass for the rule
        to match there (its first "==" or "IN" condition), or None when it has none."""
        for condition in self.tokens[self.index]:
            if condition.op in ("==", "IN"):
                return condition.column, condition.arg if condition.op == "IN" else frozenset([condition.arg])
        return None

    def tags(self) -> int | None:
        """The one tag id a one-token rule requires, or None when it requires none (or several)."""
        tags = [c.arg for c in self.tokens[0] if c.column == TAG and c.op == "=="]
        return tags[0] if tags else None


def _id(key: str, value) -> int:
    return int(value) if key == "IS_SPACE" else get_string_id(value)


def _condition(key: str, value) -> Condition:
    if key not in READ_ATTRS:
        raise UnsupportedPattern(f"token attribute {key}")
    column = READ_ATTRS.index(key)
    if not isinstance(value, dict):
        return Condition(column, "==", _id(key, value))
    if len(value) != 1 or next(iter(value)) not in OPERATORS:
        raise UnsupportedPattern(f"operator {value}")
    op, arg = next(iter(value.items()))
    if op == "REGEX":
        return Condition(column, op, re.compile(arg))
    return Condition(column, op, frozenset(_id(key, v) for v in arg))


def compile_rules(patterns: list[dict], strings: StringStore) -> list[Rule]:
    """Rules, in order, of the attribute-ruler patterns that set POS, TAG or DEP."""
    rules = []
    for pattern in patterns:
        values = {SET_ATTRS.index(k): POS_IDS[v] if k == "POS" else strings.add(v)
                  for k, v in pattern["attrs"].items() if k in SET_ATTRS}
        if not values:
            continue
        for alternative in pattern["patterns"]:
            index = pattern.get("index", 0)
            tokens = tuple(tuple(_condition(k, v) for k, v in spec.items()) for spec in alternative)
            rules.append(Rule(tokens, index + len(tokens) if index < 0 else index, values))
    return rules


class PosRules:
    """Decides each token's POS, TAG and DEP as the base model's attribute ruler would: the last matching rule's
    value for each attribute, one-token rules looked up by tag, the others gated by their anchor's attribute."""

    def __init__(self, nlp: Language, name: str, cache_size: int = 65536, scorer: Callable | None = None):
        if cache_size < 0:
            raise ValueError(f"kazbel_pos_rules: cache_size must be at least 0, not {cache_size}")
        self.name = name
        self.scorer = scorer
        self.strings = nlp.vocab.strings
        self.patterns: list[dict] = []
        self.single_by_tag: dict[int, list[tuple[int, Rule]]] = {}  # (order, rule) of one-token rules, by tag
        self.untagged: list[tuple[int, Rule]] = []  # the one-token rules that hold for any tag
        self.multi: list[tuple[int, Rule, tuple | None]] = []  # (order, rule, gate) of the rules that look at neighbours
        # A one-token rule's verdict depends on the token's row alone, and rows repeat (same word,
        # tag and relation), so the verdicts per row are cached; the cache is bounded.
        self._settings = lru_cache(maxsize=cache_size)(self._settings_of_row)

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   patterns: Iterable[dict] | None = None) -> None:
        """Start again from `patterns` (the attribute ruler's format), as `AttributeRuler.initialize` does."""
        self.patterns = []
        self.add_patterns(list(patterns or []))

    def add_patterns(self, patterns: list[dict]) -> None:
        """Patterns in the attribute ruler's format (`AttributeRuler.patterns`); later ones win, as there."""
        self.patterns = self.patterns + list(patterns)
        rules = list(enumerate(compile_rules(self.patterns, self.strings)))
        single = [(order, rule) for order, rule in rules if len(rule.tokens) == 1]
        self.untagged = [(order, rule) for order, rule in single if rule.tags() is None]
        self.single_by_tag = {tag: [(order, rule) for order, rule in single if rule.tags() in (None, tag)]
                              for _, rule in single for tag in [rule.tags()] if tag is not None}
        self.multi = [(order, rule, rule.gate()) for order, rule in rules if len(rule.tokens) > 1]
        self._settings.cache_clear()

    def _settings_of_row(self, row: tuple[int, ...]) -> dict[int, tuple[int, int]]:
        """column -> (order, id) set by the last one-token rule that matches a token with this row."""
        settings = {}
        for order, rule in self.single_by_tag.get(row[TAG], self.untagged):
            if rule.matches_at([row], 0, self.strings):
                settings.update((column, (order, value)) for column, value in rule.values.items())
        return settings

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Rules read the doc as it was before any of them applied, as the attribute ruler's matches do.
        rows = [tuple(row) for row in doc.to_array(list(READ_ATTRS)).tolist()]
        values = doc.to_array(list(SET_ATTRS))
        for i, row in enumerate(rows):
            settings = self._settings(row)
            for order, rule, gate in self.multi:
                if (gate is None or row[gate[0]] in gate[1]) and rule.matches_at(rows, i, self.strings):
                    settings = {**settings, **{column: (order, value) for column, value in rule.values.items()
                                               if order > settings.get(column, (-1, 0))[0]}}
            for column, (_, value) in settings.items():
                values[i, column] = value
        doc.from_array(list(SET_ATTRS), values)
        return doc

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return util.to_bytes({"patterns": lambda: srsly.msgpack_dumps(self.patterns)}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "PosRules":
        util.from_bytes(data, {"patterns": lambda b: self.initialize(patterns=srsly.msgpack_loads(b))}, exclude)
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        util.to_disk(path, {"patterns.json": lambda p: srsly.write_json(p, self.patterns)}, exclude)

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()) -> "PosRules":
        util.from_disk(path, {"patterns.json": lambda p: self.initialize(patterns=srsly.read_json(p))}, exclude)
        return self


@Language.factory(
    "kazbel_pos_rules",
    default_config={"cache_size": 65536, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
    assigns=["token.pos", "token.tag", "token.dep"],
    requires=["token.tag", "token.dep"],
)
def make_pos_rules(nlp: Language, name: str, cache_size: int, scorer: Callable | None) -> PosRules:
    """`cache_size`: distinct token rows (word, tag, relation) whose verdicts are kept (0: none)."""
    return PosRules(nlp, name, cache_size, scorer)
