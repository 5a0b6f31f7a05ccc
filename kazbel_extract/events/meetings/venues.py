"""Where a meeting was held when its sentence states no city: the visit it was held on, else the dateline.

The place of the visit a sentence naming one of the meeting's people tells ("during his visit to Oman,
X met Y", "X arrived in Harare. He held talks with Y"); a country there keeps the dateline city only
when it is the dateline's own country (a MINSK story of talks in Oman has no location).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..places import Place, Places
from ..syntax import token_words
from .people import People, surname
from .places import MeetingPlaces, topic_of


class VisitVenues:
    """Decides the visit a meeting was held on (the place someone named in it travelled to) and the meeting's
    final location from the city stated, that visit and the dateline."""

    def __init__(self, doc: Doc, words: dict, lexicon: Lexicon, places: Places, people: People,
                 persons_in: dict[int, list[Span]], stated: MeetingPlaces, planned):
        self.doc = doc
        self.words = words
        self.lexicon = lexicon
        self.places = places
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.stated = stated  # the places a meeting's own sentence states
        self.planned = planned  # whether a trigger or travel word tells a future or planned event
        self._venues: list[tuple[int, Place, set[str]]] | None = None  # (sentence start, place, surnames named)

    def venue(self, trigger: Token, people: list[Span]) -> Place | None:
        """The country or city a meeting was held in when its sentence states no city: the country stated for it
        ("met with Y in China"); else the place of the visit it was held on, told by a sentence that names one of
        its people: the meeting's own ("during his visit to Oman, X met Y"), else the last one before it ("X arrived
        in Harare. He held talks with Y"); not someone else's trip ("Y's visit to Astana will help ...")."""
        sent = trigger.sent
        stated = self.stated.country(sent, trigger)
        if stated is not None:
            return stated
        if self._venues is None:
            self._venues = [(s.start, place, {surname(self.people.name(p)) for p in self.persons_in[s.start]})
                            for s in self.doc.sents for place in self._travelled_to(s)]
        names = {surname(self.people.name(p)) for p in people}
        told = [(start, place) for start, place, named in self._venues if start <= sent.start and names & named]
        own = [place for start, place in told if start == sent.start]
        return own[0] if own else told[-1][1] if told else None

    def _travelled_to(self, sent: Span) -> list[Place]:
        """The places a sentence says someone went to or stays in: the object of "visit/trip to", "arrived/landed
        in", "visited", of the verb a visit is told on ("is in Tianjin on a working visit"); not a planned trip
        ("will visit Oman")."""
        w = self.words
        travel = set(w["visit_nouns"]) | set(w["travel_verbs"])
        found = []
        lower = token_words(sent.doc).lower
        for tok in sent:
            if self._staying(tok):  # "X, who is in Minsk at the invitation of Y", "X is in Astana for the summit"
                found += [p for p in map(self._place_of, [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                                                          for g in c.children if g.dep_ == "pobj"]) if p is not None]
                continue
            if lower[tok.i] not in travel or self.planned(tok) or topic_of(tok, w["topic_verbs"]) is not None \
                    or self._earlier_trip(tok):
                continue  # not "will visit Oman", the visit they discussed ("reviewed the results of the visit to ..."),
                # nor "Y, who had earlier visited Almaty" (a trip before the one the meeting was held on)
            holders = [tok]
            if tok.lower_ in w["visit_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "on":
                holders.append(tok.head.head)
            objects = [c for h in holders for c in h.children if c.dep_ == "dobj"]
            objects += [g for h in holders for c in h.children if c.dep_ == "prep" and (
                c.lower_ in ("to", "in") or (c.lower_ == "of" and h.lower_ in w["visit_nouns"]))
                        for g in c.children if g.dep_ == "pobj"]  # "his tour of Uzbekistan"
            found += [p for p in map(self._place_of, objects) if p is not None]
        return found

    def _earlier_trip(self, verb: Token) -> bool:
        """A trip a relative clause on someone tells as before ("Y, who had earlier visited Almaty", "who previously
        toured Grodno"): not where that person met anyone now."""
        return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in self.words["earlier_words"]
                                            for c in verb.children)

    def _staying(self, verb: Token) -> bool:
        """ "X is in Minsk", "who is in Astana": a finite "be" with a subject and no attribute, telling where someone is
        (a place after its "in" is where they stay)."""
        return verb.pos_ == "AUX" and verb.dep_ in ("ROOT", "relcl", "ccomp", "conj") and verb.tag_ in ("VBZ", "VBP", "VBD") \
            and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("attr", "acomp") for c in verb.children)

    def _place_of(self, token: Token) -> Place | None:
        """The place a noun names: a city, country or region mention at it, a bare region name ("Xinjiang"), or
        the place of its "of" ("the Sultanate of Oman")."""
        place = next((p for p in self.places.within(token.sent) if p.start <= token.i < p.end
                      and p.kind in ("city", "country", "region")), None)
        if place is None and token.text in self.lexicon.region_country:
            country = self.lexicon.region_country[token.text]
            place = Place("region", token.text, country, token.i, token.i + 1)
        if place is None:
            of = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            place = self._place_of(of[0]) if of else None
        return place

    def location(self, stated: str | None, venue: Place | None) -> str | None:
        """The city `stated` for the meeting; else the city of the `venue`, the visit it was held on; else the
        dateline city, unless the visit, or the country or region stated, is of another country than the dateline
        city's (a MINSK story of talks in Oman, or in the Karaganda region)."""
        if stated:
            return stated
        dateline = self.doc._.dateline.city if self.doc._.dateline else None
        if venue is None:
            return dateline
        if venue.kind == "city":
            return venue.name
        home = self.lexicon.city_country.get(dateline)
        return dateline if home is None or home == venue.country else None
