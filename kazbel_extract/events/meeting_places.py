"""Where a meeting was held: the city its sentence states, the visit it was held on, the dateline.

A city written "in/at/to X" near the trigger or its verb ("met in Astana", "a meeting held in
Nur-Sultan"), the subject of that verb ("Astana hosted the talks"), a city in brackets, or the
capital of a country named with "capital"; not a city in a name or far off in the sentence. Failing
that, the place of the visit a sentence naming one of the meeting's people tells ("X arrived in
Harare. He held talks with Y"), else the dateline city.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon
from .people import People, surname
from .places import Place, Places
from .settings import LinkingSettings
from .syntax import tree_distance


class MeetingPlaces:
    """Decides the city of a meeting."""

    def __init__(self, doc: Doc, words: dict, lexicon: Lexicon, places: Places, people: People,
                 persons_in: dict[int, list[Span]], ents_in: dict[int, list[Span]], counterparts, planned,
                 settings: LinkingSettings):
        self.doc = doc
        self.words = words
        self.lexicon = lexicon
        self.places = places
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.ents_in = ents_in
        self.counterparts = counterparts  # the objects of a meeting verb
        self.planned = planned  # whether a trigger or travel word tells a future or planned event
        self.settings = settings
        self._venues: list[tuple[int, Place, set[str]]] | None = None  # (sentence start, place, surnames named)

    def city(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[str]:
        """Cities written "in/at/to X" near `anchor` or the verb it hangs on, nearest first ("met in Astana", "a
        meeting held in Nur-Sultan", "during a trip to Minsk ... held a number of meetings", "at the Palace of
        Independence in Minsk"), or the subject of that verb ("Astana hosted the talks"); not a city in a name
        ("Minsk City Executive Committee") or far off in the sentence ("to discuss a plant in Kostanay"). `near`
        are other words the city may be near: the gatherings the meeting was held at, its people ("held talks on
        trade and the supply of tractors with Y in Astana")."""
        return [name for _, place, name in self._stated(sent, anchor, near) if name is not None]

    def country(self, sent: Span, anchor: Token) -> Place | None:
        """The country stated for a meeting whose nearest place stated is no city: "met with Y in China", "In
        Qatar, X held talks"."""
        stated = self._stated(sent, anchor)
        return stated[0][1] if stated and stated[0][2] is None else None

    def _stated(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[tuple[int, Place, str | None]]:
        """(distance, place, city name) of the cities and countries stated for a meeting, nearest first; the name
        is None for a country."""
        orgs = [e for e in self.ents_in[sent.start] if e.label_ == "ORG"]
        verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), anchor)
        found = []
        for place in self.places.within(sent):
            token, name = self._city_mention(place)
            if (name is None and place.kind != "country") or any(o.start <= place.start < o.end for o in orgs):
                continue
            if token.dep_ == "nsubj" and token.head == verb and verb != anchor:
                found.append((0, place, name))  # "Astana has hosted talks between X and Y"
                continue
            if _bracketed(token) and anchor.left_edge.i <= token.i <= anchor.right_edge.i:
                found.append((1, place, name))  # "a meeting of the working commission (Minsk)"
                continue
            named = self._city_named(token)  # "in the city of Khiva" is "in Khiva"
            prep = next((a for a in islice(named.ancestors, self.settings.city_preposition_heads) if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in self.words["place_preps"]:
                continue
            # "the Sultan of Oman in Muscat" tells where the Sultan was; "at the Palace in Minsk", where the meeting
            head = _beyond_venue(_beyond_date(self._beyond_country(prep.head)))
            if not self._event_word(head) and head not in self.counterparts(verb):
                continue  # "a tractor plant in Kostanay" is where the plant is, not the meeting
            distance = min(tree_distance(t, token) for t in (anchor, verb, *near))
            if distance <= self.settings.max_place_distance:
                found.append((distance, place, name))
        return sorted(found, key=lambda f: f[0])

    def _city_mention(self, place: Place) -> tuple[Token, str | None]:
        """The token that stands for a city and the city's name: a city mention; or the capital of a country named
        with "capital" ("in the Belarusian capital", "in the capital of Belarus"), in the form the article writes
        ("Nur-Sultan" in an article that names it so), else its first; (token, None) for other places."""
        token = self.doc[place.start]
        if place.kind == "city":
            return token, place.name
        capital = None
        if place.kind == "country" and token.head.lower_ == "capital" and token.dep_ in ("amod", "compound", "nmod", "poss"):
            capital = token.head
        elif place.kind == "country" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "capital":
            capital = token.head.head
        forms = self.lexicon.capitals.get(place.name)
        if capital is None or not forms:
            return token, None
        written = {p.name for p in self.places.all if p.kind == "city"}
        return capital, next((form for form in forms if form in written), forms[0])

    def _city_named(self, token: Token) -> Token:
        """The noun a city is the name of: "city" in "the city of Khiva"; else the token itself."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in self.words["city_nouns"]:
            return token.head.head
        return token

    def _beyond_country(self, token: Token) -> Token:
        """The noun a country names the country of: "the Emir of Qatar" for Qatar; else the token itself."""
        while token.dep_ == "pobj" and token.head.lower_ == "of" and token.text in self.lexicon.country_of:
            token = token.head.head
        return token

    def _event_word(self, token: Token) -> bool:
        """A verb, a noun that names a meeting, visit or the gathering it was held at ("on the sidelines of the
        summit in Astana"), or a participant ("the meeting of X and Y in Astana", parsed as Y in Astana): what "in
        Astana" can tell the place of."""
        w = self.words
        return token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON" or token.lower_ in w["nouns"] \
            or token.lower_ in w["visit_nouns"] or token.lower_ in w["with_nouns"] or token.lower_ in w["gathering_nouns"]

    def venue(self, trigger: Token, people: list[Span]) -> Place | None:
        """The country or city a meeting was held in when its sentence states no city: the country stated for it
        ("met with Y in China"); else the place of the visit it was held on, told by a sentence that names one of
        its people: the meeting's own ("during his visit to Oman, X met Y"), else the last one before it ("X arrived
        in Harare. He held talks with Y"); not someone else's trip ("Y's visit to Astana will help ...")."""
        sent = trigger.sent
        stated = self.country(sent, trigger)
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
        for tok in sent:
            if tok.lower_ not in travel or self.planned(tok):
                continue
            holders = [tok]
            if tok.lower_ in w["visit_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "on":
                holders.append(tok.head.head)
            objects = [c for h in holders for c in h.children if c.dep_ == "dobj"]
            objects += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                        for g in c.children if g.dep_ == "pobj"]
            found += [p for p in map(self._place_of, objects) if p is not None]
        return found

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
        dateline city, unless the visit was to another country than the dateline city's (a MINSK story of talks in
        Oman)."""
        if stated:
            return stated
        dateline = self.doc._.dateline.city if self.doc._.dateline else None
        if venue is None:
            return dateline
        if venue.kind == "city":
            return venue.name
        home = self.lexicon.city_country.get(dateline)
        return dateline if home is None or home == venue.country else None


def _bracketed(token: Token) -> bool:
    """A word standing alone in brackets: "(Minsk)"."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _beyond_venue(token: Token) -> Token:
    """What the building a place phrase hangs on hangs on: "met at the Ministry of Foreign Affairs in Minsk" (Minsk
    under "Ministry") tells where they met; else the token itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return token.head.head
    return token


def _beyond_date(token: Token) -> Token:
    """What a date's phrase hangs on, for a place the parser hung on the date: "held on 5 March in Almaty" (Almaty
    under "March") tells where it was held; else the token itself."""
    while token.ent_type_ == "DATE" and token.dep_ == "pobj" and token.head.head.i != token.head.i:
        token = token.head.head
    return token
