"""Documents listed in a group take the group's status: "the documents signed include an agreement on
...", "among them is ...", "15 documents were signed, 10 of which are contracts"."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause import Grammar, read_clause
from .restatements import Mention


class DocumentGroups:
    """Decides which group of documents a listed one belongs to, and whether the group or the member is the record."""

    def __init__(self, words: dict, grammar: Grammar):
        self.words = words
        self.grammar = grammar
        self.stage_words = words["signing_words"] | words["drafting_words"] | words["in_force_words"] \
            | words["ahead_modifiers"]  # "among them a draft agreement": a stage of the document's own

    def join(self, mention: Mention, mentions: list[Mention], merged: dict[int, Mention]) -> None:
        """A document listed in a group takes the group's status when its own clause states none; an uncounted,
        unnamed group ("signed agreements, including an agreement on transit") is the documents named in it,
        no record of its own. A counted group keeps its record: its other documents are not named, and a member
        with no name of its own, counted or not, is part of it (one record, as the guidelines count a group)."""
        part = self._partitive_group(mention, mentions)
        if part is not None:  # "15 documents were signed, 10 of which are contracts": a part of the count
            if not mention.stated:
                mention.record.status, mention.stated = part.record.status, True
            mention.is_record = False
            return
        group = self.group_of(mention.noun, mentions, merged)
        if group is not None and self._after_member_pronoun(mention.noun) is not None and not self._own_stage(mention):
            mention.stated = False  # "nine documents were inked, among these a roadmap ...": a verbless apposition;
            # the clause the parse hangs it in is not its own
        particularised = group is None and self._particularised(mention, mentions)
        group = group or particularised
        if not group:
            return
        if not mention.stated:
            mention.record.status, mention.stated = group.record.status, True
        listed_here = group.noun.sent == mention.noun.sent or bool(particularised)
        if group.record.count is None and (group.record.title is None or listed_here
                                           and group.noun.tag_ in ("NNS", "NNPS") and not _named(group)):
            group.is_record = False  # "signed agreements", "a number of bilateral documents, including ..."
        elif group.record.count is not None and not _named(mention):
            mention.is_record = False  # "18 documents, including intergovernmental agreements", "15 documents,
            # including 10 contracts": an unnamed member, counted or not, is part of the group's count

    def _particularised(self, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """The plural group of the sentence before whose members a named document's sentence spells out, opening
        with a word that particularises ("The sides signed several documents. In particular, an agreement on ...")."""
        sent = mention.noun.sent
        opener = [t.lower_ for t in sent[:2]]
        if not _named(mention) or not set(opener) & self.words["particularising_words"]:
            return None
        return next((m for m in reversed(mentions) if m.is_record and m.noun.tag_ in ("NNS", "NNPS")
                     and m.noun.sent != sent and next_sentence(m.noun, mention.noun)), None)

    def _partitive_group(self, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """The counted group a mention is a numbered part of: a number with "of which/them/these" that is the subject
        of the copula the noun is the attribute of ("10 of which are contracts", "Of these, 10 are contracts") or that
        modifies the noun ("15 documents, 10 of them commercial contracts"); the group is the last counted one, in
        this sentence or the one before."""
        noun = mention.noun
        numbers = [c for c in noun.children if c.like_num]
        if noun.dep_ == "attr":
            numbers += [c for c in noun.head.children if c.dep_ == "nsubj" and c.like_num]
        pronouns = self.words["partitive_pronouns"]
        def partitive(number: Token) -> bool:
            ofs = [c for c in (*number.children, *number.head.children) if c.dep_ == "prep" and c.lower_ == "of"]
            return any(g.lower_ in pronouns for c in ofs for g in c.children) or number.head.dep_ == "relcl" and any(
                c.lower_ == "of" and any(g.lower_ in pronouns for g in c.children) for c in number.head.children)
        if not any(partitive(n) for n in numbers):
            return None
        group = next((m for m in reversed(mentions) if m.record.count is not None and m.is_record), None)
        return group if group is not None and next_sentence(group.noun, noun) else None

    def group_of(self, noun: Token, mentions: list[Mention], merged: dict[int, Mention]) -> Mention | None:
        """The documents a listed one belongs to: the group a member preposition hangs on ("agreements, including
        an agreement on ..."; on a verb, the verb's documents: "were signed, including ..."), the subject of
        "include" ("the documents signed include an agreement on ..."), the group after "among" ("among the
        documents signed is ..."), or, for "they", "them" or "these", the documents just named ("... signed 10
        documents. Among them is a loan agreement", "They include ..."); a group named again is the group named
        before ("signed a package of documents. The package includes ...", "The documents include ...": `merged`
        holds each restatement's mention)."""
        while noun.dep_ == "conj":
            if noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # "including intergovernmental agreements and commercial contracts": the list's first
                title = None if any(m.noun == noun for m in mentions) else _title_owner(
                    noun, mentions, self.words["member_preps"])
                noun = title if title is not None else noun  # "among them an agreement on X and a memorandum on Y": the
                # parse coordinated the memorandum with the agreement's topic X; its list is the agreement's
                continue
            owner = next((a for a in noun.head.ancestors if any(m.noun == a for m in mentions)), None) \
                if noun.head.ent_type_ == "MONEY" else None
            if owner is None:
                break
            noun = owner  # "including 10 contracts worth $45 million and five memorandums": hung on the amount
        aside = self._after_member_pronoun(noun)
        if aside is not None:
            return next((m for m in reversed(mentions) if m.noun.i < aside.i and next_sentence(m.noun, noun)), None)
        verb = read_clause(noun, self.grammar).verb
        member = [c for c in noun.children if self._lists_members(c)]
        among = [c for c in (verb.children if verb is not None else ()) if c.lower_ == "among"
                 and (c.i < noun.i or verb.lower_ in self.words["be_forms"])]
        # "Among them is a loan agreement", "... were among them"; not "20 documents were signed, among them ...":
        # that lists the noun's members
        groups = [g for c in member + among for g in c.children if g.dep_ == "pobj"]
        if self._lists_members(noun.head) and noun.dep_ == "pobj":
            over = noun.head.head
            if over.pos_ in ("NOUN", "PROPN") and not any(m.noun == over for m in mentions) and over.i not in merged:
                over = read_clause(over, self.grammar).verb or over  # "signed during the session, including ..."
            groups += [over] if over.pos_ in ("NOUN", "PROPN") else [
                c for c in over.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if verb is not None and verb.lower_ in self.words["including_verbs"]:
            groups += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for group in groups:
            if group.lower_ in self.words["collectives"]:  # "the package of documents to be signed includes ..."
                members = next((g for c in group.children if c.lower_ == "of" for g in c.children), None)
                if members is None:
                    return next((m for m in reversed(mentions) if m.noun.head.lower_ == "of"
                                 and m.noun.head.head.lower_ == group.lower_), None)  # "The package includes"
                group = members
            if group.lower_ in ("they", "them", "these", "those"):
                return mentions[-1] if mentions else None
            named = next((m for m in mentions if m.noun.i == group.i), None) or merged.get(group.i)
            if named is None and group.tag_ in ("NNS", "NNPS") and any(
                    c.dep_ == "det" and c.lower_ in self.words["definite_determiners"] for c in group.children):
                named = next((m for m in reversed(mentions) if m.record.title is None), None)  # "The documents include"
            if named is not None:
                return named
        return None

    def _own_stage(self, mention: Mention) -> bool:
        """Whether a word of the document's own phrase states a stage ("among them a draft agreement")."""
        return any(t.lower_ in self.stage_words for t in mention.noun.subtree)

    def _after_member_pronoun(self, noun: Token) -> Token | None:
        """The member preposition of a pronoun the document stands right after, in apposition ("were signed, among
        them an agreement on ...", "among these, a memorandum"): the parse cannot hang a noun on a pronoun and puts
        the document anywhere, but the words in a row list it among the documents just named; None otherwise."""
        pronouns = self.words["partitive_pronouns"] - {"which"}
        doc = noun.doc
        start = min((t.i for t in noun.subtree if t.i <= noun.i and t.lower_ not in pronouns), default=noun.i)
        before = [t for t in doc[max(noun.sent.start, start - 3) : start] if not t.is_punct]  # "among these a roadmap":
        # the parse may hang the pronoun on the document as its determiner
        if len(before) < 2 or before[-1].lower_ not in pronouns:
            return None
        prep = before[-2]
        return prep if prep.lower_ in self.words["member_preps"] and prep.i == before[-1].i - 1 else None

    def _lists_members(self, prep: Token) -> bool:
        """A preposition that names members of a group: "including", "among", "like", "such as"."""
        return prep.dep_ == "prep" and (prep.lower_ in self.words["member_preps"] or prep.lower_ == "as" and any(
            c.lower_ == "such" for c in prep.children))


def _title_owner(noun: Token, mentions: list[Mention], member_preps: set[str]) -> Token | None:
    """The document whose title a noun (not a document) stands in, through prepositions of a title only ("an
    agreement on the protection of ..." owns "protection"; not "documents, including ..."); None when it stands in
    none."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head != tok:
        tok = tok.head
        if tok.lower_ in member_preps:
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok if any(m.noun == tok for m in mentions) else None
    return None


def next_sentence(first: Token, then: Token) -> bool:
    """Whether a token stands in the sentence of another or in the one right after it."""
    return then.sent == first.sent or then.sent.start == first.sent.end or then.sent.start > first.sent.end and all(
        t.is_space for t in first.doc[first.sent.end : then.sent.start])


def _named(mention: Mention) -> bool:
    """Whether a document is named: a title that runs past its noun ("an agreement on transit", "Memorandum of
    Understanding"), or a single document a noun of its subject names ("a loan agreement", "a gas supply contract");
    not a noun with modifiers only ("intergovernmental agreements", "a protocol", "road map", "export contracts":
    plural, a part of the count)."""
    title = (mention.record.title or "").lower()
    noun = mention.noun
    subject = noun.tag_ == "NN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_
                                        for c in noun.children)
    return bool(title) and (subject or not title.endswith(noun.lower_))
