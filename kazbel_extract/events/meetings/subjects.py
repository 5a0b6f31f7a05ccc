"""Who does what a clause says: the subject of a meeting verb, of the verb it is conjoined to or completes, or of
the first verb above a word that has one; an inverted "Also attending was X" counts as one.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import SUBJECTS

CLIMB_DEPS = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "pcomp"}


def subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it is conjoined to or completes ("I am glad to meet")."""
    subjects = [c for c in verb.children if c.dep_ in (*SUBJECTS, "agent")]
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not subjects and (verb.dep_ in ("conj", "xcomp") or purpose):  # "X travelled to Astana to hold talks"
        head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "I am glad to meet": glad's "am"
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    return (_comma_joined(verb, subjects) + subjects) or _inverted_subject(verb)


def _comma_joined(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Tokayev, Lukashenko hold talks": a headline's names joined by a comma alone, the parser hanging the first on
    the verb (npadvmod, dep) rather than on the subject; a name right before the subject with only a comma between."""
    if len(subjects) != 1:
        return []
    start = subjects[0].left_edge.i
    doc = verb.doc
    return [c for c in verb.children if c.dep_ in ("npadvmod", "dep", "nmod") and c.ent_type_ == "PERSON"
            and c.i < start and all(t.text == "," for t in doc[c.i + 1 : start])]

def subject_above(tok: Token) -> list[Token]:
    """The subject of the first verb above a word that has one ("Speaking at the talks, X said"); none above a
    participle of what was done there ("reviewed the roadmap adopted at the previous meeting": who adopted it
    is not said)."""
    while tok.dep_ in CLIMB_DEPS or tok.dep_ in ("prep", "pobj", "acomp"):
        if _participle(tok):
            return []
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and (tok.head.ent_type_ == "PERSON" or tok.head.dep_ in SUBJECTS):
            # "X, speaking after talks with Y, said", "The two ministers, X and Y, meeting in Minsk, agreed": the
            # person or subject the participle is on does what it says
            return [tok.head]
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as":  # "TASS quotes X as saying at the meeting", "X was quoted as"
            said_of = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON"]
            if said_of:
                return said_of
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ in (*SUBJECTS, "agent")] or _inverted_subject(tok)
        if subjects:
            return subjects
    return []


def _inverted_subject(verb: Token) -> list[Token]:
    """ "Also attending the meeting was X", "Also present at the talks was X": a clause without a subject whose
    copula ("was", the verb's own or its auxiliary) has a person as its attribute: that person does it."""
    copulas = [verb] + [c for c in verb.children if c.dep_ == "aux"]
    return [c for v in copulas for c in v.children if c.dep_ == "attr" and c.ent_type_ == "PERSON"]


def _participle(token: Token) -> bool:
    """ "adopted" of "the roadmap adopted at the meeting": a past form heading a clause on a word, with no subject
    or auxiliary of its own (the tagger often reads it VBD)."""
    return token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "advcl") and not any(
        c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in token.children)
