"""Agreement records: agreements, memorandums, protocols, roadmaps, programmes, plans of action, contracts.

A document noun is a mention unless it is used in another sense: an agreement "reached" (an
understanding), a plan that is no plan of action, the programme or protocol of a visit or session,
a programme without a word of cooperation (one country's own), a document named inside another's title.
A treaty naming a bloc is its founding treaty, and any other document naming a bloc that no clause signs,
plans or puts in force is the bloc's: background, kept only so that its restatements are not records either. A bare plural ("agreements") is a record only when its clause signs, plans or drafts it.

Its title is its noun phrase as written, its count the number before it, its value a MONEY inside
it, and its status comes from its clause (`clause.read_clause`): a signing word reported as done is
signed; a signing put ahead (future, modal, "plan to", "is expected to", "the need to") or a drafting
word is planned; an implementing word, or none, is in force. Restatements are one record: a
document named again (same kind, its title's words within the other's, no other year), the same count
again, "the document", an apposition, or a conjunct sharing its determiner and count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Agreement
from ..values import parser_of
from .clause import Clause, predicate_nouns, read_clause, read_verb
from .evidence import evidence, original_text, sources
from .lexicon import Lexicon
from .syntax import count_of, ents_by_sentence


@dataclass
class Mention:
    """One document noun: its record, and what tells whether a later noun restates it."""

    noun: Token
    record: Agreement
    kind: str
    words: frozenset[str]  # the content words of its title
    years: frozenset[str]  # the years written in its phrase ("concluded in 2006")
    stated: bool  # whether a word of the clause gave the status (else the in-force default)
    is_record: bool = True  # False for a background mention (a bloc's founding treaty)


class AgreementFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.words = {k: set(v) if isinstance(v, list) else v for k, v in lexicon.agreements.items()}
        self.words["signing_words"] = self.words["signing_words"] | self.words["adopting_words"]
        self.words["drafting_words"] = self.words["drafting_words"] | self.words["discussing_words"]
        self.kind_of = {form: kind for kind, forms in lexicon.agreements["nouns"].items() for form in forms}
        self.document_nouns = set(self.kind_of) | {head for heads in self.words["compound_nouns"].values() for head in heads}
        self.kind_words = set(self.kind_of) | {word for heads in self.words["compound_nouns"].values()
                                               for head, needs in heads.items() for word in (head, *needs)}
        self.document_heads = (self.kind_words | self.words["signing_words"] | self.words["drafting_words"]
                               | self.words["in_force_words"] | self.words["entry_words"] | {"text"})
        self.filler = (self.words["title_filler"] | self.kind_words | self.words["signing_words"] | self.words["drafting_words"]
                       | self.words["party_words"] | {form.lower() for form in lexicon.country_of})
        self.grammar = lexicon.grammar
        self.number_words = lexicon.number_words
        self.scales = lexicon.number_scales
        self.bloc_forms = {form.lower() for form in lexicon.bloc_of}
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)

    def __call__(self) -> list[Agreement]:
        mentions: list[Mention] = []
        for sent in self.doc.sents:
            for noun in sent:
                if noun.lower_ not in self.document_nouns:
                    continue  # the one set test per word: no other word names a document
                kind = self._kind(noun)
                if kind is not None and self._in_sense(noun, kind):
                    mention = self._mention(noun, kind)
                    group = self._group_of(noun, mentions) if mention is not None and not mention.stated else None
                    if group is not None:
                        mention.record.status, mention.stated = group.record.status, True
                    if mention is not None and not _add(mentions, mention, self.words):
                        mention.is_record = mention.is_record and not self._refers_to_agreeing(mention)
        self._expand_colon_lists(mentions)
        return [m.record for m in mentions if m.is_record]

    def _group_of(self, noun: Token, mentions: list[Mention]) -> Mention | None:
        """The documents a listed one belongs to, whose status it takes: the subject of "include" ("the
        documents signed include an agreement on ..."), the group after "among" ("among the documents signed
        is ..."), or, for "they", "them" or "these", the documents just named ("... signed 10 documents.
        Among them is a loan agreement", "They include ...")."""
        verb = read_clause(noun, self.grammar).verb
        if verb is None:
            return None
        groups = [g for c in verb.children if c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
        if verb.lower_ in self.words["including_verbs"]:
            groups += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for group in groups:
            if group.lower_ in self.words["collectives"]:  # "the package of documents to be signed includes ..."
                group = next((g for c in group.children if c.lower_ == "of" for g in c.children), group)
            if group.lower_ in ("they", "them", "these", "those"):
                return mentions[-1] if mentions else None
            named = next((m for m in mentions if m.noun.i == group.i), None)
            if named is not None:
                return named
        return None

    def _refers_to_agreeing(self, mention: Mention) -> bool:
        """ "Geely agreed to set up a venture ... Under the agreement, ...": a bare "the agreement" with no
        document before it names the understanding a verb of agreeing reported in its or the last sentence,
        unless its own verb signs or drafts it."""
        noun = mention.noun
        if mention.kind != "agreement" or mention.words or mention.record.count is not None \
                or not _determiners(noun) & self.words["definite_determiners"]:
            return False
        verb = read_clause(noun, self.grammar).verb
        if verb is not None and verb.lower_ in self.words["signing_words"] | self.words["drafting_words"]:
            return False  # "agreed to sign the agreement": a document
        start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
        return any(t.lower_ in self.words["agreeing_verbs"] and t.pos_ == "VERB"
                   for t in noun.doc[start : noun.sent.end])

    def _kind(self, noun: Token) -> str | None:
        """The canonical kind of a document noun ("memoranda" is a memorandum, "road map" a roadmap)."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "ORG":
            return None
        low = noun.lower_
        for kind, heads in self.words["compound_nouns"].items():
            needs = heads.get(low)
            if needs and any(c.dep_ == "compound" and c.lower_ in needs for c in noun.lefts):
                return kind
        return self.kind_of.get(low)

    def _in_sense(self, noun: Token, kind: str) -> bool:
        """Whether the noun names a document here, not an understanding, an agenda or the minutes."""
        w = self.words
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        if kind == "plan" and not {t.lower_ for t in modifiers + objects} & w["plan_needs"]:
            return False  # "a plan of action" is a document, "a plan to set up a plant" is not
        if noun.head.lower_ in w["understanding_verbs"] or any(
                c.lower_ in w["understanding_verbs"] for c in noun.children):
            return False  # "agreements reached by the heads of state"
        if any(t.lower_ in w["event_nouns"] for t in modifiers + objects):
            return False  # "the program of the expo", "the meeting's protocol"
        if {t.lower_ for t in modifiers} & w["quantity_modifiers"]:
            return False  # "a great deal of attention"
        if any(c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in noun.children):
            return False  # "there is an agreement that the next session will be held in Astana"
        if noun.tag_ == "NN" and noun.dep_ == "pobj" and all(c.dep_ == "amod" for c in noun.children):
            return False  # a manner, no article and no title: "according to protocol", "in full agreement"
        if kind == "agreement" and noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") \
                and not any(c.dep_ in ("det", "poss") for c in noun.children):
            return False  # agreeing: "in full agreement on security", "by agreement of the parties"
        if noun.dep_ == "compound" and noun.head.lower_ not in self.document_heads:
            return False  # "a contract basis", "the contract value"; not "the agreement draft"
        return not self._nested(noun)

    def _nested(self, noun: Token) -> bool:
        """Whether the noun is part of another document's title ("protocol on amendments to the agreement")."""
        tok = noun
        if tok.dep_ == "appos" and tok.i > 0 and tok.nbor(-1).text == "(":
            tok = tok.head  # an abbreviation in brackets: "memorandums of understanding (MOU)"
        while tok.dep_ in ("pobj", "prep", "compound") and tok.head != tok:
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ in self.words["title_stop_preps"]:
                return False
            if tok.pos_ in ("NOUN", "PROPN") and self._kind(tok) is not None:
                return True
        return False

    def _mention(self, noun: Token, kind: str) -> Mention | None:
        w = self.words
        status, stated = self._status(noun)
        title, count = self._title(noun), self._count(noun)
        words = frozenset(word for word in re.findall(r"\w+", (title or "").lower())
                          if word not in self.filler and not self.doc.vocab[word].is_stop)
        if ((noun.tag_ in ("NNS", "NNPS") and not words) or kind in w["generic"]) and count is None \
                and status == "in_force":
            return None  # "the existing agreements", "a series of agreements", "the global document"
        if kind in w["needs_bilateral_cue"] and not self._bilateral(noun, status):
            return None  # "educational programs", "Kazakhstan's programme of industrial development"
        moneys = [e for e in self.ents_in[noun.sent.start] if e.label_ == "MONEY"
                  and noun.i < e.start <= noun.right_edge.i]
        value, currency = parser_of(self.doc.vocab).parse_money(moneys[0].text) if moneys else (None, None)
        record = Agreement(
            title=title, count=count, value=value, currency=currency, status=status,
            evidence=evidence(noun.sent, [self.doc[noun.i : noun.i + 1]]),
            sources=sources(moneys[:1]),
        )
        years = frozenset(t.text for t in noun.subtree if t.like_num and re.fullmatch(r"(19|20)\d\d", t.text))
        background = (noun.lower_ in w["founding_nouns"] or not stated) and any(
            form in (title or "").lower() for form in self.bloc_forms)  # a bloc's document, not one between the sides
        return Mention(noun, record, kind, words, years, stated, is_record=not background)

    def _bilateral(self, noun: Token, status: str) -> bool:
        """Whether a programme is one between sides: a word of cooperation in its phrase, a signing (an
        adoption alone is not one), or sides as the subject of its clause ("Belarus and Kazakhstan will put together", "the sides will")."""
        verb = read_clause(noun, self.grammar).verb
        adopted = verb is not None and verb.lower_ in self.words["adopting_words"]
        if status == "signed" and not adopted or {t.lower_ for t in noun.subtree} & self.words["bilateral_cues"]:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        return any(s.lower_ in self.words["party_words"] and s.tag_ in ("NNS", "NNPS")
                   or any(c.dep_ == "conj" for c in s.children) for s in subjects)  # not "the government"

    def _title(self, noun: Token) -> str | None:
        """The document's name as written, from its first modifier through its "on/of/for/to ..." phrases, on
        the noun's line; None for a counted or bare plural ("more than 60 agreements", "signed agreements")."""
        if self._count(noun) is not None:
            return None
        skip = self.words["signing_words"] | self.words["title_skip_modifiers"]
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod") and not t.like_num
                 and t.lower_ not in skip]
        signing = [t.i for t in noun.lefts if t.lower_ in self.words["signing_words"]]
        lefts = [t for t in lefts if not signing or t.i > max(signing)]  # headline "X and Y ink agreement on Z"
        rights = [t for t in noun.rights if (t.dep_ == "prep" and t.lower_ not in self.words["title_stop_preps"])
                  or (t.dep_ == "acl" and any(c.lower_ == "to" for c in t.children))]
        start = min((t.left_edge.i for t in lefts), default=noun.i)
        end = max((t.right_edge.i for t in rights), default=noun.i) + 1
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ == "to" and after.head.pos_ == "VERB" and after.head.i > noun.i:
            end = max(end, after.head.right_edge.i + 1)  # "a program to guide ...", however the parse attaches it
        if noun.tag_ in ("NNS", "NNPS") and start == noun.i and end == noun.i + 1:
            return None
        first, last = self.doc[start], self.doc[end - 1]
        title = self.text[first.idx : last.idx + len(last)]
        title = title[title.rfind("\n", 0, noun.idx - first.idx) + 1 :]  # a headline is not part of it
        title = re.split(r"\n|,? which |,? that ", title)[0]
        for article in ("the ", "a ", "an "):
            title = title[len(article):] if title.lower().startswith(article) else title
        return title.strip(" ,.;:") or None

    def _count(self, noun: Token) -> int | None:
        counted = [c for c in noun.children if c.dep_ == "nummod"]
        if noun.head.dep_ == "prep" and noun.head.head.lower_ in self.words["collectives"]:
            counted += [c for c in noun.head.head.children if c.dep_ == "nummod"]
        counts = (count_of(tok, self.number_words, self.scales) for tok in counted)
        return next((n for n in counts if n is not None), None)

    def _status(self, noun: Token) -> tuple[str, bool]:
        """The status the noun's clause gives, and whether a word of the clause gave it: a participle of
        its own ("signed in May", "to be signed"), a signing or drafting word in its phrase ("draft
        agreement", a headline's "ink"), else the nearest signing, drafting or implementing word between
        the noun and its predicate, or the predicate itself; a predicate put ahead gives planned."""
        w = self.words
        clause = read_clause(noun, self.grammar)
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["in_force_words"]:
            return "in_force", True  # "the implementation of the roadmap signed in October"
        if noun.head.lower_ == "of" and noun.head.head.lower_ in w["drafting_words"]:
            return "planned", True  # "the draft of the agreement", "the preparation of a roadmap"
        modifiers = {c.lower_ for c in noun.lefts}
        if modifiers & w["drafting_words"]:
            return "planned", True
        if modifiers & w["in_force_words"]:
            return "in_force", True  # "the existing agreements"
        participle = next((c for c in self._title_tokens(noun) if c.dep_ in ("acl", "amod", "relcl")
                           and c.lower_ in w["signing_words"] and c.tag_ in ("VBN", "VBD", "VB")), None)
        if participle is not None:
            if not clause.nominals and self._clause_status(noun, clause) == ("in_force", True):
                return "in_force", True  # "the agreement, concluded in 2015, is being implemented": its predicate is now
            return ("planned" if self._ahead(read_verb(participle, self.grammar)) else "signed"), True
        relative = next((c for c in self._title_tokens(noun) if c.dep_ == "relcl"), None)
        if relative is not None:
            subject = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")), relative)
            status, stated = self._clause_status(subject, read_verb(relative, self.grammar))
            if stated:
                return status, True  # "discussed the agreement, which has been in force since 2015": its own predicate
        if {c.lower_ for c in noun.lefts if c.pos_ != "NOUN" or c.i > 0 and c.nbor(-1).pos_ == "PROPN"} \
                & w["signing_words"]:
            return "signed", True  # "the signed agreement", a headline's "Uzbekistan sign agreement"; not "exchange programmes"
        return self._clause_status(noun, clause)

    def _clause_status(self, noun: Token, clause: Clause) -> tuple[str, bool]:
        """The status the clause's words give: the nearest signing, drafting, ratifying or implementing word
        between the noun and its predicate, or the predicate itself (an implementing verb only when the document
        is what it acts on: not "the agreement extended the cooperation"); a drafting noun a copula states ("is
        under consideration"); a predicate put ahead gives planned; none gives the in-force default."""
        w = self.words
        acting = noun.dep_ == "nsubj" and not clause.passive
        if clause.verb is not None and clause.verb.lower_ in w["be_forms"] and any(
                t.lower_ in w["drafting_words"] for t in predicate_nouns(clause.verb)):
            return "planned", True  # "is under consideration", "is in preparation", "has been under discussion"
        events = [t for n in clause.nominals for t in (n, *(c for c in n.children if c.dep_ in ("compound", "amod")))]
        for word in (*events, *((clause.verb,) if clause.verb is not None else ())):
            low = word.lower_  # "the signing of ...", "the signing ceremony of ...", the verb
            if low in w["entry_words"] or word is clause.verb and {t.lower_ for t in predicate_nouns(word)} & w["entry_words"]:
                pending = self._ahead(clause) or low in w["awaiting_words"]
                return ("signed" if pending else "in_force"), True  # "is to be ratified", "awaits ratification"
            if low in w["drafting_words"]:
                done = clause.asserted and (clause.tense == "past" or clause.perfect) and not clause.progressive \
                    and not clause.frame and low not in w["discussing_words"]  # not "agreed to draft", "discussed"
                return ("in_force" if done else "planned"), True  # "have developed a roadmap" / "are drafting"
            if low in w["signing_words"]:
                return ("planned" if self._ahead(clause) else "signed"), True
            if low in w["in_force_words"] and not (word is clause.verb and acting):
                return "in_force", True
        if clause.tense == "future" or clause.modal is not None or self._framed_ahead(clause, w["be_forms"]):
            return "planned", True  # "will put together a program", "is expected to cover"; not "is yet to be made"
        return "in_force", False

    def _title_tokens(self, noun: Token) -> list[Token]:
        """The words hanging on the noun and on the nouns of its "on/of ..." phrases: "the Treaty on
        Good-Neighbourliness signed in 1996" reports the treaty's signing however the parse attaches it."""
        out, stack = [], [noun]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                out.append(child)
                if child.dep_ in ("prep", "pobj") and child.lower_ not in self.words["title_stop_preps"]:
                    stack.append(child)
        return out

    def _ahead(self, clause: Clause) -> bool:
        """A signing not yet done: put in the future, under a modal or a planning frame (also the subject of the
        clause's predicate: "preparations are under way for the signing of"), or negated."""
        subjects = {c.lower_ for c in clause.verb.children if c.dep_ in ("nsubj", "nsubjpass") and self._kind(c) is None} \
            if clause.verb is not None and clause.nominals else set()
        prospective = clause.prospective and clause.verb is not None  # a verbless headline ("X, Y ink 10 documents") reports
        return prospective or clause.negated or self._framed_ahead(clause) or bool(subjects & self.words["planning_words"])

    def _framed_ahead(self, clause: Clause, besides: set[str] = frozenset()) -> bool:
        return bool((clause.framing - besides) & self.words["planning_words"])

    def _expand_colon_lists(self, mentions: list[Mention]) -> None:
        """ "Three agreements were signed:" followed by the named documents: the documents are the records,
        each with the count's status when its own clause gives none."""
        for n, counted in enumerate(mentions):
            if counted.record.count is None or not self._opens_list(counted.noun):
                continue
            parts = [m for m in mentions[n + 1 : n + 1 + counted.record.count] if m.record.title is not None]
            if parts:
                counted.is_record = False
                for part in parts:
                    if not part.stated:
                        part.record.status, part.stated = counted.record.status, True

    @staticmethod
    def _opens_list(noun: Token) -> bool:
        """Whether the noun's clause ends in a colon: "three agreements were signed: ..."."""
        return any(t.text == ":" for t in noun.doc[noun.i + 1 : noun.sent.end])


def _add(mentions: list[Mention], new: Mention, words: dict) -> bool:
    """Add a mention, or merge it into the earlier one it restates (the status a clause stated wins);
    whether it was merged. `words` are the agreement word lists."""
    generic = words["generic"]
    old = _restated(mentions, new, words)
    if old is None:
        mentions.append(new)
        return False
    if new.stated and not old.stated:
        old.record.status, old.stated = new.record.status, True
    if old.kind in generic and new.kind not in generic:
        old.kind, old.words, old.record.title = new.kind, new.words, new.record.title  # "the main document is ..."
    for field in ("title", "count", "value", "currency"):
        if getattr(old.record, field) is None:
            setattr(old.record, field, getattr(new.record, field))
    old.words |= new.words
    return True


def _restated(mentions: list[Mention], new: Mention, words: dict) -> Mention | None:
    generic, definite, indefinite = words["generic"], words["definite_determiners"], words["indefinite_determiners"]
    noun = new.noun
    determiners = _determiners(noun)
    same = {noun.head.i} if noun.dep_ in ("appos", "conj") else set()
    if noun.dep_ == "attr":
        same = {c.i for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    head = next((m for m in reversed(mentions) if m.noun.i in same), None)
    if head is not None and _same_document(head, new, determiners):
        return head  # "the roadmap, a bilateral program ...", "memorandums and contracts", "the document is a plan"
    for old in reversed(mentions):
        if old.kind != new.kind and new.kind not in generic:
            continue
        if new.years and old.years and not new.years & old.years:
            continue  # "the bilateral agreement signed in 2013" is not the one concluded in 2006
        counts = (old.record.count, new.record.count)
        if None not in counts:
            if counts[0] == counts[1]:
                return old
            continue
        plural = noun.tag_ in ("NNS", "NNPS")
        if counts != (None, None) and not (new.record.count is None and plural and (determiners & definite
                                                                                       or not new.words)):
            continue  # a named document is not one of a count; "the cooperation MOUs" restate "seven MOUs"
        nested = _nested(old, new)
        if determiners & definite and nested:
            return old  # "the roadmap", "the comprehensive roadmap", "these MOUs", "the document"
        if determiners & indefinite and _determiners(old.noun) & indefinite:
            if new.words and new.words == old.words:
                return old  # "an agreement on cooperation" twice is two documents unless named alike
        elif nested and ((new.words and old.words) or _headline_style(old.noun) or _in_headline(old.noun)):
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


def _nested(old: Mention, new: Mention) -> bool:
    """Whether one title's words are all in the other's (an empty title is in every one)."""
    return new.words <= old.words or old.words <= new.words


def _headline_style(noun: Token) -> bool:
    """A singular document noun without a determiner: a headline's ("Kazakhstan, Belarus sign roadmap")."""
    return noun.tag_ in ("NN", "NNP") and not _determiners(noun) and not any(
        c.dep_ in ("poss", "nummod") for c in noun.children)


def _in_headline(noun: Token) -> bool:
    """Whether the noun stands in a headline: a line of its own without a full stop."""
    words = [t for t in noun.sent if not t.is_space]
    return bool(words) and words[-1].text not in ".!?\"\u201d" and "\n" in noun.sent[-1].text


def _determiners(noun: Token) -> set[str]:
    """The determiners of the noun's phrase; of its head's for a compound ("the agreement draft")."""
    head = noun.head if noun.dep_ == "compound" else noun
    return {t.lower_ for t in noun.doc[head.left_edge.i : noun.i] if t.dep_ == "det"}


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


def find_agreements(doc: Doc, lexicon: Lexicon) -> list[Agreement]:
    return AgreementFinder(doc, lexicon)()
