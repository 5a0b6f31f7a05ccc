"""Documents listed in a group take the group's status: "the documents signed include an agreement on
...", "among them is ...", "three agreements were signed:" followed by the named documents."""
from __future__ import annotations

from spacy.tokens import Token

from .agreement_restatements import Mention
from .clause import Grammar, read_clause


class DocumentGroups:
    """Decides which group of documents a listed one belongs to, and which counted group a list spells out."""

    def __init__(self, words: dict, grammar: Grammar):
        self.words = words
        self.grammar = grammar

    def group_of(self, noun: Token, mentions: list[Mention]) -> Mention | None:
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

    def expand_colon_lists(self, mentions: list[Mention]) -> None:
        """ "Three agreements were signed:" followed by the named documents: the documents are the records,
        each with the count's status when its own clause gives none."""
        for n, counted in enumerate(mentions):
            if counted.record.count is None or not _opens_list(counted.noun):
                continue
            parts = [m for m in mentions[n + 1 : n + 1 + counted.record.count] if m.record.title is not None]
            if parts:
                counted.is_record = False
                for part in parts:
                    if not part.stated:
                        part.record.status, part.stated = counted.record.status, True


def _opens_list(noun: Token) -> bool:
    """Whether the noun's clause ends in a colon: "three agreements were signed: ..."."""
    return any(t.text == ":" for t in noun.doc[noun.i + 1 : noun.sent.end])
