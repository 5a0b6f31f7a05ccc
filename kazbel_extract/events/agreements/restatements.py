"""One document, one record: a later noun that restates an earlier document is merged into it.

A document named again (same kind, its title's words within the other's, no other year), the same count
again, "the document", an apposition, a conjunct sharing its determiner and count, or "other documents" after
a count (the rest of that group) restate it; the status a clause stated wins over the in-force default, and
empty fields are filled from the restatement; a restatement that reports a later stage as reached ("the document
entered into force in 2023") moves the record on to it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...records import Agreement
from .pointing_back import PointingBack, determiners_of


@dataclass
class Mention:
    """One document noun: its record, and what tells whether a later noun restates it."""

    noun: Token
    record: Agreement
    kind: str
    words: frozenset[str]  # the content words of its title
    years: frozenset[str]  # the years written in its phrase ("concluded in 2006")
    stated: bool  # whether a word of the clause gave the status (else the in-force default)
    reported: bool = False  # whether its clause reports the status as reached (past or perfect, asserted)
    is_record: bool = True  # False for a background mention (a bloc's founding treaty)
    restated: bool = False  # whether a later mention was merged into it


class Restatements:
    """Decides whether a new mention restates an earlier one, and merges it into that one if so."""

    def __init__(self, words: dict):
        self.generic = words["generic"]
        self.definite = words["definite_determiners"]
        self.indefinite = words["indefinite_determiners"]
        self.distinct = words["distinct_determiners"]
        self.distinct_modifiers = words["distinct_modifiers"]
        self.rest_modifiers = words["rest_modifiers"]
        self.successor_modifiers = words["successor_modifiers"]
        self.headline_kinds = words["headline_kinds"]
        self.headline_general = words["headline_general_kinds"]
        self.floor_words = words["floor_words"]
        self.collectives = words["collectives"]
        self.pointing = PointingBack(words)
        self.merged: dict[int, Mention] = {}  # the noun of each restatement, and the mention it was merged into

    def add(self, mentions: list[Mention], new: Mention) -> bool:
        """Add a mention, or merge it into the earlier one it restates (the status a clause stated wins);
        whether it was merged."""
        named = self.pointing.named_ones_again(mentions, new)
        if named:  # "signed an agreement on X and a memorandum on Y. Both documents ...": no record, no field moved
            for m in named:
                m.restated = True
                if new.stated and new.reported and _further(new.record.status, m.record.status):
                    m.record.status = new.record.status  # "... Both documents entered into force in 2023"
            self.merged[new.noun.i] = named[-1]
            return True
        old = self._restated(mentions, new)
        if old is None:
            mentions.append(new)
            return False
        old.restated = True
        self.merged[new.noun.i] = old
        moved_on = new.reported and (new.noun.tag_ in ("NN", "NNP") or in_headline(old.noun)) \
            and _further(new.record.status, old.record.status)  # the text reports what the headline put ahead
        if new.stated and (not old.stated or moved_on):  # one document moved on, not "the documents signed" of a group
            old.record.status, old.stated = new.record.status, True  # "was signed in 2022. It entered into force in 2023"
        if old.kind in self.generic and new.kind not in self.generic:
            old.kind, old.words, old.record.title = new.kind, new.words, new.record.title  # "the main document is ..."
        if old.record.count is not None and new.record.count is not None and new.record.count > old.record.count:
            old.record.count = new.record.count  # the headline's "over 10 documents" is the lede's 12
        for field in ("title", "count", "value", "currency"):
            if getattr(old.record, field) is None and not (field == "title" and old.record.count is not None):
                setattr(old.record, field, getattr(new.record, field))
        old.words |= new.words
        return True

    def _restated(self, mentions: list[Mention], new: Mention) -> Mention | None:
        generic, definite, indefinite = self.generic, self.definite, self.indefinite
        noun = new.noun
        determiners = determiners_of(noun)
        group = _group_of(noun, self.collectives)  # "the next package of documents": what is said of the group
        lefts = [*noun.lefts, *(group.lefts if group is not None else ())]
        if determiners & self.distinct or {t.lower_ for t in lefts if t.dep_ == "det"} & self.distinct \
                or not determiners & definite and {
                t.lower_ for t in lefts if t.dep_ in ("amod", "advmod")} & self.distinct_modifiers:
            return None  # "another memorandum on tourism", "a second contract for ...": not the one named before
        same = {noun.head.i} if noun.dep_ in ("appos", "conj") else set()
        if noun.dep_ == "attr":
            same = {c.i for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not any(t.text == ":" for t in noun.doc[c.i : noun.i])}  # not the first item of a list
        head = next((m for m in reversed(mentions) if m.noun.i in same), None) or next(
            (self.merged[i] for i in same if i in self.merged), None)  # "other agreements and memorandums"
        if head is not None and _same_document(head, new, determiners):
            return head  # "the roadmap, a bilateral program ...", "memorandums and contracts", "the document is a plan"
        if self._rest_of_a_count(new):
            return next((m for m in reversed(mentions) if m.record.count is not None and m.kind in (new.kind, *generic)
                         and (not new.stated or m.record.status == new.record.status)), None)
        ours = self.pointing.sides_own(new)
        if ours is not None:
            own = next((m for m in reversed(mentions) if m.kind == new.kind and m.is_record), None)
            if own is not None and (not ours or not own.words or ours <= own.words or own.words <= ours):
                return own  # "signed a roadmap ... 'We will fulfil a roadmap of our cooperation'": the one they have
        successor = {t.lower_ for t in lefts} & self.successor_modifiers
        counted_since = False  # whether a counted mention stands between `old` and the new one
        for old in reversed(mentions):
            if not old.is_record and old.record.title is None and old.record.count is None:
                continue  # a group spelled out by its members ("a package of documents ... includes"): they are the
                # documents, none of them restates it
            if not counted_since and _group_counted(old, new):
                return old  # "a package of documents was signed ... In total, 12 documents were signed"
            counted_since = counted_since or old.record.count is not None
            loose = in_headline(old.noun) and (old.kind in self.headline_kinds or (
                old.kind in self.headline_general and bool(_stems(old.words) & _stems(new.words)) and not old.restated))
            # the headline's "deal" for the lede's agreement; its "agreement on digital cooperation" for the lede's
            # first "memorandum of cooperation in the digital sphere" (not for a later document sharing a word)
            if old.kind != new.kind and new.kind not in generic and not loose:
                continue
            if successor and not {t.lower_ for t in old.noun.lefts} & successor:
                continue  # "the next programme" follows the programme named before
            if new.years and old.years and not new.years & old.years:
                continue  # "the bilateral agreement signed in 2013" is not the one concluded in 2006
            if _headline_group_counted(old, new):
                return old  # the headline's "sign contracts worth $420 million" is the lede's "signed 47 contracts"
            counts = (old.record.count, new.record.count)
            if None not in counts:
                if counts[0] == counts[1] or self._headline_floor(old, new):
                    return old
                continue
            plural = noun.tag_ in ("NNS", "NNPS")
            if counts != (None, None) and not (new.record.count is None and plural and (determiners & definite
                                                                                           or not new.words)):
                continue  # a named document is not one of a count; "the cooperation MOUs" restate "seven MOUs"
            nested = _nested(old, new)
            if determiners & definite and nested:
                return old  # "the roadmap", "the comprehensive roadmap", "these MOUs", "the document"
            if _headline_first(old, new) and old.noun.tag_ == noun.tag_:
                return old  # the headline's "memorandum on digital cooperation" is the lede's first memorandum
            if determiners & indefinite and determiners_of(old.noun) & indefinite:
                theirs, ours = signatories(old.noun), signatories(noun)
                if theirs and ours and not theirs & ours:
                    continue  # "Gomel and Pavlodar signed an agreement on cooperation. Mogilev and Akmola also signed ..."
                if new.words and _stems(new.words) == _stems(old.words):
                    return old  # "an agreement on cooperation" twice is two documents unless named alike
            elif nested and ((new.words and old.words) or _headline_style(old.noun) or in_headline(old.noun)):
                return old  # the headline's "agreement on strategic cooperation" or "8 documents" again in the lede
        last = mentions[-1] if mentions else None
        if not (determiners & definite and not new.words and new.record.count is None and last is not None
                and 0 <= noun.sent.start - last.noun.sent.end <= 1):
            return None
        if noun.tag_ in ("NN", "NNP") and not new.stated:
            return last  # the document of the sentence before: "... is the plan of action. The roadmap covers ..."
        if noun.tag_ in ("NNS", "NNPS") and (last.noun.tag_ in ("NNS", "NNPS") or last.record.count is not None):
            return last  # "... signed a number of memorandums. The agreements are designed to ..."
        return None

    def _headline_floor(self, old: Mention, new: Mention) -> bool:
        """Whether a headline's count given as a floor ("sign over 10 documents", "more than 10") is the first count of
        the body above it, of the same status ("signed 12 documents"): the headline rounds the lede's number down."""
        if not in_headline(old.noun) or in_headline(new.noun) or old.restated or new.record.count <= old.record.count:
            return False
        agree = not (old.stated and new.stated) or old.record.status == new.record.status
        numbers = [c for c in old.noun.children if c.dep_ == "nummod"]
        hedges = {t.lower_ for n in numbers for t in old.noun.doc[max(n.left_edge.i - 2, 0) : n.i]}  # "sign over 10",
        # however the parse attaches "over" ("more than 10")
        return agree and bool(hedges & self.floor_words)

    def _rest_of_a_count(self, new: Mention) -> bool:
        """ "Other agreements", "a number of other documents": an uncounted plural that is the rest of a group."""
        noun = new.noun
        return noun.tag_ in ("NNS", "NNPS") and new.record.count is None and bool(
            {t.lower_ for t in noun.lefts} & self.rest_modifiers)


STAGES = ("planned", "signed", "in_force")  # the stages a document goes through, in order


def _further(status: str, than: str) -> bool:
    """Whether a status is a later stage than another: signed after planned, in force after signed."""
    return STAGES.index(status) > STAGES.index(than)


def signatories(noun: Token) -> frozenset[str]:
    """The names of who signs or concludes a document, as the parse gives them: the named entities of its
    predicate's subject or agent and of the "with" or "between" phrases of the predicate or the noun ("Gomel
    Oblast and Pavlodar Region signed an agreement", "a contract was signed by MAZ with the akimat")."""
    parts = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        parts += [c for c in noun.head.children if c.dep_ in ("nsubj", "agent")
                  or c.dep_ == "prep" and c.lower_ in ("with", "between")]
    names = set()
    for part in parts:
        for tok in part.subtree:
            if tok.ent_iob_ == "B" and tok.ent_type_ in ("ORG", "GPE", "LOC", "PERSON", "NORP"):
                end = tok.i + 1
                while end < len(noun.doc) and noun.doc[end].ent_iob_ == "I":
                    end += 1
                names.add(noun.doc[tok.i : end].text.lower())  # the whole name, from its first token
    return frozenset(names)


def _group_of(noun: Token, collectives) -> Token | None:
    """The group noun a document noun is counted in ("package" of "the next package of documents"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in collectives:
        return noun.head.head
    return None


def _nested(old: Mention, new: Mention) -> bool:
    """Whether one title's words are all in the other's (an empty title is in every one), singular or plural."""
    ours, theirs = _stems(new.words), _stems(old.words)
    return ours <= theirs or theirs <= ours


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Title words with a plural ending taken off, so that a headline's "tractor supplies" names the lede's "supply of
    tractors" (the pipeline has no lemmas; English plurals of title nouns end in -s or -ies)."""
    return frozenset(w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else
                     w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words)


def _headline_style(noun: Token) -> bool:
    """A singular document noun without a determiner: a headline's ("Kazakhstan, Belarus sign roadmap")."""
    return noun.tag_ in ("NN", "NNP") and not determiners_of(noun) and not any(
        c.dep_ in ("poss", "nummod") for c in noun.children)


def in_headline(noun: Token) -> bool:
    """Whether the token stands in a headline: a line of its own without a full stop."""
    words = [t for t in noun.sent if not t.is_space]
    return bool(words) and words[-1].text not in ".!?\"\u201d" and "\n" in noun.sent[-1].text


def _headline_first(old: Mention, new: Mention) -> bool:
    """Whether `new` is the first mention of its kind after the headline document `old`, with no status against
    its own: the lede names the headline's document again, often in other words."""
    agree = not (old.stated and new.stated) or old.record.status == new.record.status
    return in_headline(old.noun) and not in_headline(new.noun) and not old.restated and agree


def _headline_group_counted(old: Mention, new: Mention) -> bool:
    """Whether `new` counts the uncounted plural of the headline, `old`, in the body ("Companies sign contracts worth
    $420 million" then "signed 47 contracts worth more than $420 million"): the first count after it, of no other value."""
    plural = old.noun.tag_ in ("NNS", "NNPS") and old.record.count is None and old.record.title is None
    values = (old.record.value, new.record.value)
    return plural and new.record.count is not None and in_headline(old.noun) and not in_headline(new.noun) \
        and not old.restated and (None in values or values[0] == values[1])


def _group_counted(old: Mention, new: Mention) -> bool:
    """Whether `new` counts `old`, an uncounted plural group with no name of the same kind and status told before it
    in the body ("a package of documents was signed" then "In total, 12 documents were signed" or a quoted "we have
    signed 12 documents"), or in a headline the body restated ("sign contracts worth $50 million" over "Contracts worth
    $50 million were signed ... In total, 30 contracts were concluded"), when no other count came between: one fact,
    its count told later."""
    plural = old.noun.tag_ in ("NNS", "NNPS") and old.record.count is None and not old.words
    values = (old.record.value, new.record.value)
    return plural and new.record.count is not None and not new.words and old.kind == new.kind \
        and old.record.status == new.record.status and (old.restated or not in_headline(old.noun)) \
        and not in_headline(new.noun) \
        and (None in values or values[0] == values[1])


def _same_document(head: Mention, new: Mention, determiners: set[str]) -> bool:
    """An apposition renames its head unless it lists a part of a count ("three agreements: a memorandum
    ..."); a conjunct shares its head's record when it shares its determiner and count and the head
    has no name of its own ("an agreement and program of cooperation", "memorandums and contracts")."""
    noun = new.noun
    if noun.dep_ == "appos":
        return head.record.count is None and _nested(head, new)
    if noun.dep_ == "conj":
        own = determiners or any(c.dep_ == "nummod" for c in noun.children)
        return not own and not (head.words and new.words)
    return True
