"""Joint-venture records: joint ventures, joint companies and enterprises, assembly plants and lines.

The mentions and their counts are read by `mentions`, their status from the clause by
`status`; the companies are the ORGs of the mention's phrase or clause, the location the
place after "in". A restatement ("the plants", "the joint venture", the same count again) is one record
with the first.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...records import JointVenture
from ..clause import Clause, read_clause, read_verb
from ..agreements.restatements import in_headline
from ..evidence import evidence, original_text, sources
from ..lexicon import Lexicon
from ..places import Places
from ..syntax import count_of, ents_by_sentence, phrase, token_words
from .assembly import AssemblyMentions
from .mentions import VentureMentions
from .status import VentureStatus


class JointVentureFinder:
    """Finds the venture mentions of a doc, builds their records and keeps one per venture."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, assembly_tokens_after: int):
        self.doc = doc
        self.words = lexicon.joint_venture_words
        self.grammar = lexicon.grammar
        self.number_words = lexicon.number_words
        self.places = places
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)
        self.mentions = VentureMentions(doc, self.text, self.words, lexicon, assembly_tokens_after)
        self.assemblies = AssemblyMentions(self.words, places, lexicon.country_of, lexicon.city_country, lexicon.grammar)
        self.anchor_words = self.words["heads"] | self.assemblies.verbs  # a venture noun, an assembling or making verb
        self.status = VentureStatus(self.words, lexicon.document_forms)
        self.last: tuple[int, JointVenture] | None = None  # the sentence of the last venture recorded, and its record
        self.from_headline: set[int] = set()  # the ids of the records a headline's mention made
        self.in_body = False  # whether a venture of the body was recorded yet

    def __call__(self) -> list[JointVenture]:
        records: list[JointVenture] = []
        mentions = self.mentions
        lower = token_words(self.doc).lower
        for sent in self.doc.sents:
            for tok in sent:
                if lower[tok.i] not in self.anchor_words and not (mentions.named and tok.like_num):
                    continue  # the one set test per word: no other word anchors a venture
                if mentions.is_joint_venture(tok):
                    mentions.named.add(tok.lower_)
                    self._add(records, tok, read_clause(tok, self.grammar), mentions.count(tok), mentions.restates(tok),
                              mentions.more_than_named(tok))
                    for number, verb in mentions.partitives(tok):
                        self._add(records, number, read_verb(verb, self.grammar), count_of(number, self.number_words), False)
                elif self.assemblies.told(tok) and not mentions.example(tok):  # "ten assembly productions operate,
                    # including the assembly of MTZ tractors in Kostanay": one of the group
                    clause = read_verb(tok, self.grammar) if tok.pos_ == "VERB" else read_clause(tok, self.grammar)
                    self._add(records, tok, clause, self._plants_counted(clause), False)
                elif mentions.named and mentions.more_of_them(tok):
                    self._add(records, tok, read_clause(tok, self.grammar), count_of(tok, self.number_words), False)
        return records

    def _add(self, records: list[JointVenture], anchor: Token, clause: Clause, count: int | None,
             restates: bool, more: bool = False) -> None:
        status = self.status.of(anchor, clause, counted=count is not None)
        if status is None:
            return
        before = self.last if self.last is not None and self.last[0] == anchor.sent.start else None
        if status == "operating" and before is not None and not self.status.states_stage(anchor, clause):
            status = before[1].status  # "KIA began building a plant, marking its first investment in a joint venture"
        orgs = self._companies(anchor)
        new = JointVenture(
            count=count, status=status, location=self._location(anchor),
            companies=list(dict.fromkeys(self.text[e.start_char : e.end_char] for e in orgs)),
            evidence=evidence(anchor.sent, [self.doc[anchor.i : anchor.i + 1]]),
            sources=sources(orgs),
        )
        if more:  # "another three joint ventures are planned": not the ones named before
            records.append(new)
        elif self._lede_of_headline(records, anchor, count):
            records[-1].status = new.status  # "Kazakh, Belarusian firms set up joint venture" over "signed an agreement
            new = _merge(records, new, True)  # on the establishment of a joint venture": its stage as the lede tells it
        else:
            new = _merge(records, new, restates)
        self.last = (anchor.sent.start, new)
        if in_headline(anchor):
            self.from_headline.add(id(new))
        else:
            self.in_body = True

    def _lede_of_headline(self, records: list[JointVenture], anchor: Token, count: int | None) -> bool:
        """Whether the mention is the body's first venture under the headline's only one, of the same count."""
        return len(records) == 1 and id(records[0]) in self.from_headline and records[0].count == count \
            and not self.in_body

    def _plants_counted(self, clause: Clause) -> int | None:
        """The number of plants an assembly is told at: "tractors are assembled at 5 plants", "the assembly of trucks
        has been established at 20 enterprises"."""
        plants = [g for c in (clause.verb.children if clause.verb is not None else ()) if c.dep_ == "prep"
                  and c.lower_ == "at" for g in c.children if g.dep_ == "pobj" and g.lower_ in self.words["heads"]]
        counts = (count_of(n, self.number_words) for p in plants for n in p.children if n.dep_ == "nummod")
        return next((n for n in counts if n is not None), None)

    def _companies(self, anchor: Token) -> list[Span]:
        """The companies named in the anchor's phrase, else in its clause, up through the verbs whose complement it
        is ("... including those made by BelAZ", "X and Y agreed to set up ...")."""
        orgs = [e for e in self.ents_in[anchor.sent.start] if e.label_ == "ORG" and self._company(e)]
        head = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        while head is not None and head.dep_ == "xcomp":
            head = head.head  # "Amkodor and Uzavtosanoat agreed to set up the production of ..."
        for scope in (anchor, head):
            if scope is not None:
                covered = phrase(scope)
                inside = [e for e in orgs if e.root.i in covered]
                if inside:
                    return inside
        return []

    def _location(self, anchor: Token) -> str | None:
        """The place written after "in" in the anchor's phrase or clause ("operate in Kazakhstan", "in Hisor,
        Tajikistan"), not in a clause under it with a subject of its own ("MAZ buses are produced in Kostanay,
        BelAZ trucks are put together in Karaganda region": the parse hangs the first clause on the second)."""
        head = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), anchor)
        scope = _own_clause(head) | ({t.i for t in anchor.subtree} if anchor != head else set())
        for place in self.places.within(anchor.sent):
            if place.start in scope and place.kind in ("city", "region", "country") and \
                    place.start > 0 and self.doc[place.start - 1].lower_ == "in":
                return place.name
        return None

    def _company(self, org: Span) -> bool:
        """An organisation that can own a plant: not a ministry, agency or union, and not a mis-tagged place."""
        words = {w.lower() for w in re.findall(r"\w+", org.text)}
        if any(p.start == org.start and p.end == org.end for p in self.places.within(org)):
            return False
        return not words & self.words["not_companies"]


def _own_clause(head: Token) -> set[int]:
    """Token indices of a predicate's subtree without the clauses under it that have subjects of their own."""
    out, stack = set(), [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack += [c for c in tok.children if not (c.pos_ in ("VERB", "AUX") and c.dep_ in _CLAUSES and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    return out


_CLAUSES = ("conj", "advcl", "ccomp", "parataxis")  # clauses beside or under a predicate that can have their own subject


def _merge(records: list[JointVenture], new: JointVenture, restates: bool) -> JointVenture:
    """One record per venture: "the plants" restates the last one named; the same count and status again
    is the same fact; an uncounted mention of the same status and place (or of no place) fills in a counted
    one ("the joint enterprises which operate in Kazakhstan ... Eight joint ventures operate in Kazakhstan"), and
    a headline's venture is the lede's ("... launch joint tractor plant / A joint plant was opened in Kostanay")."""
    old = records[-1] if restates and records else next(
        (r for r in reversed(records) if r.status == new.status and (
            (r.count is not None and r.count == new.count)
            or (None in (r.count, new.count) and (r.location == new.location or None in (r.location, new.location))))),
        None)
    if old is None:
        records.append(new)
        return new
    old.count = old.count if old.count is not None else new.count
    old.location = old.location or new.location
    old.companies += [c for c in new.companies if c not in old.companies]
    return old


def find_joint_ventures(doc: Doc, lexicon: Lexicon, places: Places, assembly_tokens_after: int) -> list[JointVenture]:
    return JointVentureFinder(doc, lexicon, places, assembly_tokens_after)()
