"""What a place phrase in a meeting's sentence hangs on, and so whether it can tell where the meeting was held:
an event word ("met in Astana", "the summit in Astana"), not a word in a clause of its own ("the exhibition that
opened in the Kremlin"); a city fronted before the subject; the word beyond a date, a building or a body the parser
hung the place on.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..places import Place
from ..syntax import CLAUSES, SUBJECTS


class PlaceLinks:
    """Decides whether the word a place phrase hangs on is one a meeting's place is told on (a verb, a meeting,
    visit or gathering noun, a participant) and whether the phrase sits in a clause of another event."""

    def __init__(self, doc: Doc, words: dict):
        self.doc = doc
        self.words = words

    def fronted(self, place: Place, verb: Token) -> bool:
        """ "On 12 May in Astana X met Y", "Yesterday in the city of Aktobe X held talks with Y": a city in a phrase
        opening the meeting's clause, before its subject, with no comma after it (so the parser often hangs it on the
        subject's name, or the subject on it). The phrase starts the sentence, "in" or "at" is the city's
        preposition, and no verb or person stands before it."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)  # none where the parser hung it on "of"
        end = subject.i if subject is not None else verb.i
        if place.kind != "city" or not (verb.sent.start <= place.start and place.end <= end) \
                or not any(t.ent_type_ == "PERSON" for t in self.doc[place.end : verb.i]):
            return False
        i = place.start - 1
        if i >= 2 and self.doc[i].lower_ == "of" and self.doc[i - 1].lower_ in self.words["city_nouns"]:
            i -= 2 + (self.doc[i - 2].lower_ == "the")  # "in the city of Aktobe"
        if i < verb.sent.start or self.doc[i].lower_ not in self.words["fronted_place_preps"]:
            return False
        before = self.doc[verb.sent.start : i]
        return not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" or t.text == "," for t in before) \
            and not any(t.text == "," for t in self.doc[place.end : end] if t.ent_type_ != "PERSON")

    def in_a_clause_of_its_own(self, token: Token, own: tuple[Token, ...]) -> bool:
        """ "They discussed the exhibition that opened in the Kremlin": a place in a clause on a word that is neither
        the meeting's trigger, its verb, one of `own` (its people: "X, who arrived in Astana,") nor a gathering it was
        held at ("at the forum that opened in Astana") tells where something else happened; not a "led by" clause of
        its sides ("received the delegation headed by X at the Akorda"), nor a clause the trigger is in ("travel to
        Astana to hold talks")."""
        own_ids = {t.i for t in own}
        above = {a.i for a in own[0].ancestors}  # "is expected to travel to Astana to hold talks": the clause it is in
        while token.head.i != token.i and token.i not in own_ids and token.i not in above:
            if token.dep_ in CLAUSES and token.head.i not in own_ids and not self._held_at(token.head) \
                    and token.lower_ not in self.words["leading_verbs"]:
                return True
            token = token.head
        return False

    def _held_at(self, noun: Token) -> bool:
        """A gathering in a phrase ("at the forum", "on the sidelines of the summit"), not one talked about ("discussed
        the exhibition")."""
        return noun.lower_ in self.words["gathering_nouns"] and noun.dep_ == "pobj"

    def beyond_body(self, token: Token) -> Token:
        """The meeting a body's place phrase tells the place of: "the meeting of the commission in Minsk", "a session
        of the Supreme State Council in Minsk" (Minsk under the body) tell where it was held; else the token itself."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in self.words["nouns"]:
            return token.head.head
        return token

    def event_word(self, token: Token) -> bool:
        """A verb, a noun that names a meeting, visit or the gathering it was held at ("on the sidelines of the
        summit in Astana"), or a participant ("the meeting of X and Y in Astana", parsed as Y in Astana): what "in
        Astana" can tell the place of."""
        w = self.words
        return token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON" or token.lower_ in w["nouns"] \
            or token.lower_ in w["visit_nouns"] or token.lower_ in w["with_nouns"] or token.lower_ in w["gathering_nouns"]


def bracketed(name: Span) -> bool:
    """A name standing alone in brackets: "(Minsk)", "(Nur-Sultan)"."""
    doc = name.doc
    return 0 < name.start and name.end < len(doc) and doc[name.start - 1].text == "(" and doc[name.end].text == ")"

def beyond_venue(token: Token) -> Token:
    """What the building a place phrase hangs on hangs on: "met at the Ministry of Foreign Affairs in Minsk" (Minsk
    under "Ministry") tells where they met; else the token itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return token.head.head
    return token

def beyond_date(token: Token) -> Token:
    """What a date's phrase hangs on, for a place the parser hung on the date or on its preposition: "held on 5
    March in Almaty" (Almaty under "March"), "From 3 to 5 May in Aktobe a meeting was held" (Aktobe under "From")
    tell where it was held; else the token itself."""
    while True:
        if token.ent_type_ == "DATE" and token.dep_ == "pobj" and token.head.head.i != token.head.i:
            token = token.head.head
        elif token.dep_ == "prep" and any(c.dep_ in ("pobj", "npadvmod") and c.ent_type_ == "DATE"
                                          for c in token.children):
            token = token.head
        else:
            return token


def sidelines_of(noun: Token, sidelines_nouns: list[str]) -> bool:
    """Whether a noun stands in the "of" phrase of a sidelines noun ("on the sidelines of the summit", "on the margins
    of the heads of state council meeting"), through the nouns and "of" between them."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        tok = tok.head.head
        if tok.lower_ in sidelines_nouns:
            return True
    return False
