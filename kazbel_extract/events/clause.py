"""Reading a clause: what the verb that governs a noun says about the noun's event.

"An agreement is expected to be signed", "two plants could be opened", "the sides are working to launch
six plants", "the ministries have signed a memorandum": the status of a document or a venture is not in
the noun but in the clause around it: the predicate it hangs on, that predicate's tense, aspect, voice,
modal and negation, and the words that frame it ("expected", "plan", "interested in", "the need for").
`read_clause` collects these from the tags and the dependency parse only (the pipeline has no lemmas or
morphology); agreements and joint ventures map the reading to their own statuses. The English words it
reads (auxiliaries, negations) are data, `models/events/clause.json`, held by a `Grammar`.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from spacy.tokens import Token

PREDICATE_POS = ("VERB", "AUX", "ADJ")  # the parse's parts of speech that head a clause


@dataclass(frozen=True)
class Grammar:
    """The words of `models/events/clause.json` that tell a predicate's tense, aspect, modality and polarity:
    future auxiliaries ("will"), perfect ones ("has"), past ones ("was", "did"), the bare "be" of a
    progressive ("will be signing"), the "being" of a passive progressive, and negations."""

    future_auxiliaries: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    past_auxiliaries: frozenset[str]
    progressive_be: frozenset[str]
    passive_progressive: frozenset[str]
    negations: frozenset[str]

    @classmethod
    def from_table(cls, table: dict) -> "Grammar":
        return cls(**{f.name: frozenset(table[f.name]) for f in fields(cls)})


@dataclass(frozen=True)
class Clause:
    """The predicate a noun takes part in, and how its clause presents that predicate's event.

    `verb` is the lexical predicate ("signed" in "is expected to be signed"); `frame` the predicates
    and nouns that govern it from above ("expected"; "interested" in "interested in setting up"; "need"
    in "the need to sign"), nearest first; `nominals` the nouns between the noun and its predicate
    ("signing" in "resulted in the signing of an agreement"). `tense` is "past", "present", "future" or
    "nonfinite" (an infinitive or gerund no finite verb governs), read off the finite verb of the chain.
    """

    verb: Token | None
    frame: tuple[Token, ...] = ()
    nominals: tuple[Token, ...] = ()
    tense: str = "nonfinite"
    perfect: bool = False
    progressive: bool = False
    passive: bool = False
    modal: str | None = None
    negated: bool = False

    @property
    def words(self) -> set[str]:
        """Lowercased words of the predicate, its frame and the nominals on the way to it."""
        return {t.lower_ for t in (*self.nominals, *((self.verb,) if self.verb is not None else ()), *self.frame)}

    @property
    def framing(self) -> set[str]:
        """Lowercased words that frame the noun's event: the frame, the nominals, and the verb when a
        nominal stands between and it is a lexical verb ("the signing of the agreement is scheduled":
        "scheduled" frames it; "is" in "X is one of the ventures" frames nothing)."""
        governing = (self.verb,) if self.nominals and self.verb is not None and self.verb.pos_ == "VERB" else ()
        return {t.lower_ for t in (*self.frame, *self.nominals, *governing)}

    @property
    def asserted(self) -> bool:
        """The clause reports the event as real: past or present, no modal, not negated."""
        return self.tense in ("past", "present") and self.modal is None and not self.negated

    @property
    def prospective(self) -> bool:
        """The clause puts the event ahead: future, a modal, or an infinitive or gerund no finite verb states."""
        return self.tense in ("future", "nonfinite") or self.modal is not None


def read_clause(noun: Token, grammar: Grammar) -> Clause:
    """The reading of the clause a noun hangs on: climb through prepositions, objects and conjuncts to the
    first predicate, step down from a raising verb to its complement, then up its frame of governors."""
    nominals, tok = [], noun
    while tok.head != tok and not _is_predicate(tok.head):
        sibling = tok.dep_ in ("conj", "appos")  # "enterprises, 6 assembly plants": a sibling, not a governor
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and not sibling:
            nominals.append(tok)
    if tok.head == tok:
        return Clause(None, nominals=tuple(nominals))
    real = _past_postmodifier(tok.head) if tok.dep_ == "nsubj" else None
    if real is not None:  # "40 contracts worth $300 million were signed"
        return read_verb(_complement(real), grammar, nominals)
    inverted = _inverted_predicate(tok)
    if inverted is not None:  # "also signed was a memorandum on ...", "also to be signed is"
        reading = read_verb(inverted, grammar, nominals)
        if inverted.dep_ == "csubj" and not any(c.dep_ in ("aux", "auxpass") for c in inverted.children):
            reading = replace(reading, tense=read_verb(tok.head, grammar).tense, passive=True)  # "signed was"
        return reading
    verb = _complement(tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
    return read_verb(verb, grammar, nominals)


def read_verb(verb: Token, grammar: Grammar, nominals: list[Token] | None = None) -> Clause:
    """The reading of a given predicate ("signed" in "the agreement signed in May"; "assembles")."""
    frame, chain, top = [], [verb], verb  # chain: the predicates from the top of the frame down to the verb
    while (up := _governor(top)) is not None:
        frame.append(up)  # and on through the nouns and prepositions above it to the next predicate
        while not _is_predicate(up) and up.head != up:
            up = up.head
            frame.append(up)
        if not _is_predicate(up):
            break
        frame[-1:-1] = [c for c in up.children if c.dep_ == "acomp" and c != top]  # "it is important to set up"
        chain.insert(0, up)
        top = up
    finite = next((t for t in chain if t.pos_ in ("VERB", "AUX")), verb)
    return Clause(verb, tuple(frame), tuple(nominals or ()), *_tense_aspect(finite, verb, grammar),
                  negated=any(c.dep_ == "neg" or c.lower_ in grammar.negations for t in chain for c in t.children
                              if c.dep_ in ("neg", "advmod")))


def predicate_nouns(verb: Token) -> list[Token]:
    """The verb's object and the nouns of its prepositions: "ratification" in "awaits ratification", "force" in
    "entered into force", "construction" in "is under construction"."""
    return [g for c in verb.children if c.dep_ in ("dobj", "prep")
            for g in ((c,) if c.dep_ == "dobj" else c.children) if g.dep_ in ("dobj", "pobj")]


def _is_predicate(tok: Token) -> bool:
    """A verb, auxiliary or adjective heading a clause; not a participle used as a preposition ("including")."""
    return tok.pos_ in PREDICATE_POS and tok.dep_ != "prep"


def _inverted_predicate(tok: Token) -> Token | None:
    """The participle fronted before the copula a noun hangs on, in an inverted clause: the verb the auxiliary
    belongs to ("Also signed was a memorandum", "Signed were three agreements"), or the participle the parse made
    the copula's clausal subject ("Also to be signed is a roadmap", "Among them, signed was a protocol")."""
    head = tok.head
    if head.dep_ in ("aux", "auxpass") and head.head.i < head.i and head.head.pos_ == "VERB":
        return head.head
    if tok.dep_ == "attr" and head.pos_ == "AUX":
        return next((c for c in head.lefts if c.dep_ == "csubj" and c.tag_ == "VBN"), None)
    return None


def _past_postmodifier(adjective: Token) -> Token | None:
    """The noun's real predicate when the parse made an adjective after the noun the head of its clause, with no
    copula or auxiliary of its own: a reduced relative ("contracts worth $300 million were signed", "the documents
    necessary for the project were drafted") hung under the predicate that follows it, or made the head (the root,
    or a reported clause) with that predicate as its complement. None for an adjective that is the predicate ("the agreement is important")."""
    if adjective.pos_ != "ADJ" or any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in adjective.children):
        return None
    inner = next((c for c in adjective.rights if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB"), None)
    if inner is not None:
        return inner  # "contracts worth $25 million have been formed, the ambassador said": hung under the adjective
    if adjective.dep_ in ("advcl", "acl", "amod", "ccomp") and adjective.head.i > adjective.i \
            and _is_predicate(adjective.head):
        return adjective.head
    return None


def _complement(verb: Token) -> Token:
    """For the subject of a raising or aspect verb, the verb its complement names: "is expected to be
    signed", "is to be concluded", "are due to start" (`read_verb` climbs back up through them)."""
    while True:
        down = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                     and not any(g.dep_ == "dobj" for g in c.children)), None)  # not "are designed to develop X"
        adjective = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if down is None and adjective is not None:
            down = next((g for g in adjective.children if g.dep_ == "xcomp"), None)
        if down is None:
            return verb
        verb = down


def _governor(tok: Token) -> Token | None:
    """What governs an infinitive or gerund: "plan" over "to sign", "due" over "to start", "plans" over
    "to sign" in "plans to sign", the preposition over "setting up" in "interested in setting up" or over
    "signing" in "after signing"; None for a finite verb, whose clause is its own."""
    if tok.dep_ in ("xcomp", "acomp", "pcomp"):
        return tok.head
    if tok.dep_ == "conj" and tok.tag_ in ("VB", "VBG") and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children):
        return _governor(tok.head)  # a conjunct shares its first's frame: "interested in attracting X and creating Y"
    if tok.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head  # "are working to launch", "plans to sign"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return tok.head  # a participle clause shares its main clause: "..., encompassing the creation of"
    return None


def _tense_aspect(finite: Token, verb: Token, grammar: Grammar) -> tuple[str, bool, bool, bool, str | None]:
    """(tense, perfect, progressive, passive, modal) from the auxiliaries and tags of the chain."""
    auxes = [c for c in finite.children if c.dep_ in ("aux", "auxpass")]
    if finite != verb:
        auxes += [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not words)
    perfect = any(w in grammar.perfect_auxiliaries for w in words)
    progressive = verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP", "VBD", "VBN") or a.lower_ in grammar.progressive_be
                                             for a in auxes) or any(w in grammar.passive_progressive for w in words)
    modals = [a for a in auxes if a.tag_ == "MD"]
    modal = next((m.lower_ for m in modals if m.lower_ not in grammar.future_auxiliaries), None)
    if any(m.lower_ in grammar.future_auxiliaries for m in modals):
        tense = "future"
    elif modals:
        tense = "present"
    elif finite.tag_ == "VBD" or any(w in grammar.past_auxiliaries for w in words):
        tense = "past"
    elif finite.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        tense = "present"
    elif passive and verb.dep_ in ("acl", "amod"):
        tense = "past"  # a reduced participle: "the agreement signed in May"
    elif finite.tag_ == "VBN" and not auxes and (finite.dep_ == "ROOT" or finite.dep_ == "relcl" and any(
            c.dep_ == "nsubj" for c in finite.children)):
        tense = "past"  # a verb with no auxiliary tagged as a participle: "the agreement entered into force", "the
        # treaty that the two countries signed in 2019" (a participle has no subject of its own)
    elif finite.tag_ in ("VB", "VBP") and finite.dep_ == "ROOT" and not auxes:
        tense = "present"  # a bare main verb is no infinitive: a headline's "Kazakhstan, Belarus ink 10 documents"
    elif finite.tag_ == "VBG" and finite.dep_ in ("acl", "relcl"):
        tense = "present"  # "an enterprise assembling tractors"
    else:
        tense = "nonfinite"
    return tense, perfect, progressive, passive, modal
