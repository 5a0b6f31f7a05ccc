"""Where a meeting's own sentence says it was held: the city (or country) stated for it.

A city written "in/at/to X" near the trigger or its verb ("met in Astana", "a meeting held in
Nur-Sultan"), the subject of that verb ("Astana hosted the talks"), a city in brackets, the
capital of a country named with "capital", or the city a gathering held at is named for ("the Astana
International Forum"); not a city in a name, far off in the sentence, or of another event (a forum
discussed or invited to, a clause of a planned trip). When the sentence states none, `venues`
decides from the visit it was held on and the dateline.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..places import Place, Places
from ..settings import LinkingSettings
from ..syntax import tree_distance
from .halls import HallCities
from .place_links import PlaceLinks, beyond_date, beyond_venue, bracketed


class MeetingPlaces:
    """Decides the city or country a sentence states for a meeting: which place mentions are the meeting's
    (near its trigger or verb, on an event word, not inside a name) and which city a mention stands for."""

    def __init__(self, doc: Doc, words: dict, lexicon: Lexicon, places: Places, ents_in: dict[int, list[Span]],
                 counterparts, settings: LinkingSettings, planned, host_country):
        self.doc = doc
        self.planned = planned  # whether a verb tells a future or planned event
        self.words = words
        self.lexicon = lexicon
        self.places = places
        self.ents_in = ents_in
        self.counterparts = counterparts  # the objects of a meeting verb
        self.title_words = {w for title in lexicon.meetings["titles"] for w in title.split()}  # "Minister"
        self.settings = settings
        self.links = PlaceLinks(doc, words)
        self.halls = HallCities(doc, words, self.links, counterparts, settings,  # "received Y at the Akorda"
                                host_country, lexicon.city_country)

    def city(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[str]:
        """Cities written "in/at/to X" near `anchor` or the verb it hangs on, nearest first ("met in Astana", "a
        meeting held in Nur-Sultan", "during a trip to Minsk ... held a number of meetings", "at the Palace of
        Independence in Minsk"), or the subject of that verb ("Astana hosted the talks"); not a city in a name
        ("Minsk City Executive Committee") or far off in the sentence ("to discuss a plant in Kostanay"). `near`
        are other words the city may be near: the gatherings the meeting was held at, its people ("held talks on
        trade and the supply of tractors with Y in Astana")."""
        stated = [name for _, place, name in self._stated(sent, anchor, near) if name is not None]
        return stated or self.halls.city(sent, anchor, near)

    def on_people(self, sent: Span, people: list[Span]) -> list[str]:
        """Cities written "in/at X" right on or right after one of `people` ("and later with Z in Bishkek", "separately
        with Y in Astana and Z in Samarkand"): where the meeting with them was held, when one mention tells meetings
        with several counterparts apart."""
        roots, ends = {p.root.i for p in people}, {p.end for p in people}
        found = []
        for place in self.places.within(sent):
            token, name = self._city_mention(place)
            prep = token.head
            if name is not None and token.dep_ == "pobj" and prep.lower_ in ("in", "at") \
                    and (prep.head.i in roots or prep.i in ends):
                found.append(name)
        return found

    def country(self, sent: Span, anchor: Token) -> Place | None:
        """The country or region stated for a meeting whose nearest place stated is no city: "met with Y in China",
        "In Qatar, X held talks", "held talks in the Karaganda region" (a region tells its country)."""
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
            gathering = self._named_gathering(token) if name is not None else None
            if gathering is not None:  # "on the sidelines of the Astana International Forum": the forum's city
                distance = min(tree_distance(t, gathering) for t in (anchor, verb, *near))
                if distance <= self.settings.max_place_distance \
                        and not self.links.in_a_clause_of_its_own(gathering, (anchor, verb, *near)):
                    found.append((distance, place, name))
                continue
            venue = self._named_venue(token) if name is not None else None
            if (name is None and place.kind not in ("country", "region")) or any(o.start <= place.start < o.end and not self._in_phrase(place, o)
                                                                 and venue is None for o in orgs):
                continue  # "the Minsk City Executive Committee" names no meeting place; "the Kazakh Embassy in Minsk" does
            if name is None and token.dep_ in ("amod", "compound", "nmod") and token.head.lower_ not in self.words["city_nouns"]:
                continue  # "according to the Kazakh Ambassador": whose he is, not where they met ("the Kazakh city of")
            if name is None and token.dep_ == "poss" and (token.head.ent_type_ == "PERSON" or token.head.text in self.title_words):
                continue  # "granted an audience to Kazakhstan's Deputy Prime Minister": whose, not where
            if (token.dep_ == "nsubj" and token.head == verb and verb != anchor) or self._host(token, anchor):
                found.append((0, place, name))  # "Astana has hosted talks between X and Y", "were hosted by Almaty"
                continue
            if verb.dep_ == "relcl" and verb.head == token and any(c.lower_ == "where" for c in verb.children):
                found.append((0, place, name))  # "arrived from Samarkand, where he had met Y"
                continue
            if bracketed(self.doc[place.start : place.end]) and anchor.left_edge.i <= token.i <= anchor.right_edge.i:
                found.append((1, place, name))  # "a meeting of the working commission (Minsk)"
                continue
            if self.links.fronted(place, verb):
                found.append((0, place, name))  # "On 12 May in Astana X met Y", the parser gluing the city to X
                continue
            named = venue or self._city_named(token)  # "in the city of Khiva" is "in Khiva", "at the Minsk Tractor Works" "at Minsk"
            named, preps = self._beyond_vicinity(named)  # "at the residence near Moscow", "on the outskirts of Minsk"
            # "while in Uzbekistan": a verbless clause the parser makes of its preposition
            prep = next((a for a in islice(named.ancestors, self.settings.city_preposition_heads)
                         if a.dep_ == "prep" or (a.dep_ == "advcl" and a.pos_ == "ADP")), None)
            if prep is None or prep.lower_ not in preps:
                continue
            if prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX") and prep.head.lower_ not in self.words["travel_verbs"] \
                    and prep.head.lower_ not in self.words["receiving_verbs"]:
                continue  # "discussed the visit of Z to Astana", the parser hanging "to" on the verb: where Z goes (but
                # "welcomed Y to Grodno" is where the host received Y)
            # "the Sultan of Oman in Muscat" tells where the Sultan was; "at the Palace in Minsk", where the meeting
            head = beyond_date(self._beyond_country(prep.head))
            if not self.links.event_word(head):  # "at their talks in Minsk" is where the talks were, not what "at" is on
                head = self.links.beyond_body(beyond_venue(head))
            if not self.links.event_word(head) and head not in self.counterparts(verb) and head not in self.counterparts(anchor):
                continue  # "a tractor plant in Kostanay" is where the plant is, not the meeting ("held a meeting with
                # Governor of the region X in Chelyabinsk": the counterpart of the meeting noun is where it was)
            if head.lower_ in self.words["nouns"] and head.i != anchor.i and head.head.i != anchor.i and head not in near:
                continue  # "During the meeting, X recalled his talks with Y in Minsk": the place of those talks
            if head.ent_type_ != "PERSON" and self.links.event_word(head) and self._topic(head, anchor):
                continue  # "met Y and discussed the upcoming visit of Z to Astana": the visit's city
            if self._topic_event(head, token) or self._invited_to(head):
                continue  # "met Y to discuss the forum in Almaty" ("in Almaty" on "discuss"), "invited him to the forum in Almaty"
            distance = min(tree_distance(t, token) for t in (anchor, verb, *near))
            if self._planned_clause(token, anchor):
                continue  # "met Y, who will attend the forum in Minsk next week": where Y goes, not where they met
            if distance <= self.settings.max_place_distance and not self.links.in_a_clause_of_its_own(token, (anchor, verb, *near)):
                found.append((distance, place, name))
        return sorted(found, key=lambda f: f[0])

    def _planned_clause(self, token: Token, anchor: Token) -> bool:
        """Whether a place is in a relative or adverbial clause (not the meeting's own) that tells a future or planned
        event: "Y, who will attend the forum in Minsk", "Y, who is to travel to Almaty"."""
        above = {a.i for a in anchor.ancestors} | {anchor.i}
        clause = next((a for a in token.ancestors if a.dep_ in ("relcl", "advcl", "acl") and a.i not in above), None)
        return clause is not None and clause.pos_ in ("VERB", "AUX") and self.planned(clause)

    def _named_gathering(self, token: Token) -> Token | None:
        """The gathering a city names that the meeting was held at or during ("on the sidelines of the Astana
        International Forum", "at the Minsk summit"), not one before it ("ahead of the Minsk summit") or discussed."""
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if head is token or head.lower_ not in self.words["gathering_nouns"] or head.dep_ != "pobj":
            return None
        prep = head.head
        if prep.lower_ == "of":
            return head if prep.head.lower_ not in self.words["ahead_words"] and prep.head.dep_ == "pobj" else None
        return head if prep.lower_ in ("at", "during", "on") else None

    def _host(self, token: Token, anchor: Token) -> bool:
        """A place that hosts the meeting: the subject of a host verb on the meeting's noun (the parser's "the Kazakh
        capital hosted talks", "hosted" on "talks"), or the "by" agent of a host verb the meeting is the subject of
        ("the talks were hosted by Almaty")."""
        host = self.words["host_verbs"]
        if token.dep_ == "nsubj" and token.head.lower_ in host and token.head.head.i == anchor.i:
            return True
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "by" else None
        return verb is not None and verb.lower_ in host and any(c.i == anchor.i and c.dep_ == "nsubjpass" for c in verb.children)

    def _named_venue(self, token: Token) -> Token | None:
        """The building or body a city names that a phrase "at/in" places someone at ("at the Minsk Tractor Works",
        "in the Astana Hub"): it stands in that city; not a body whose people are named ("the head of the Minsk plant")."""
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head if head is not token and head.dep_ == "pobj" and head.head.lower_ in ("at", "in") else None

    def _in_phrase(self, place: Place, org: Span) -> bool:
        """A city after "in" or "at" inside an organisation's name ("the Kazakh Embassy in Minsk"): where it is."""
        return place.start > org.start and self.doc[place.start - 1].lower_ in ("in", "at")

    def _topic(self, event: Token, anchor: Token) -> bool:
        """Whether an event word is in what a verb of talking or reviewing has as its object ("discussed the visit of
        Z to Astana", "reviewed the results of the forum in Minsk"), a phrase without the meeting's trigger."""
        topic = topic_of(event, self.words["topic_verbs"])
        return topic is not None and not topic.left_edge.i <= anchor.i <= topic.right_edge.i

    def _invited_to(self, gathering: Token) -> bool:
        """A gathering someone is asked or sent "to" by a verb that is no travel ("invited him to the forum in Almaty"):
        an event to come elsewhere, not one the meeting was held at ("travelled to the summit in Astana")."""
        prep = gathering.head
        return gathering.lower_ in self.words["gathering_nouns"] and gathering.dep_ == "pobj" and prep.lower_ == "to" \
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.lower_ not in self.words["travel_verbs"]

    def _topic_event(self, head: Token, place: Token) -> bool:
        """Whether a place hangs on a verb of talking or reviewing right after its object, a visit or gathering ("to
        discuss the forum in Almaty", "reviewed the visit to Minsk"): the place of that event, not of the meeting."""
        if head.lower_ not in self.words["topic_verbs"]:
            return False
        events = set(self.words["visit_nouns"]) | set(self.words["gathering_nouns"])
        return any(c.dep_ == "dobj" and c.lower_ in events and c.i < place.i for c in head.children)

    def _city_mention(self, place: Place) -> tuple[Token, str | None]:
        """The token that stands for a city and the city's name: a city mention; or the capital of a country named
        with "capital" ("in the Belarusian capital", "in the capital of Belarus"), in the form the article writes
        ("Nur-Sultan" in an article that names it so), else its first; (token, None) for other places."""
        token = self.doc[place.start]
        if place.kind == "city":  # a city of several words stands as its root ("Nur-Sultan" under "of")
            return self.doc[place.start : place.end].root, place.name
        if place.kind == "region":  # "in the Karaganda region" stands as "region": no city, but of a country
            return self.doc[place.start : place.end].root, None
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

    def _beyond_vicinity(self, token: Token) -> tuple[Token, set[str]]:
        """A city the meeting was held next to is its city: the word whose preposition then places the meeting, and
        the prepositions that can. "on the outskirts of Minsk" is placed by "on" (the vicinity noun's), "at the
        residence near Moscow" by the residence's "at", "met outside Astana" by "outside" itself."""
        w, preps = self.words, set(self.words["place_preps"])
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in w["vicinity_nouns"]:
            return token.head.head, preps | {"on"}
        if token.dep_ == "pobj" and token.head.lower_ in w["vicinity_preps"]:
            near = token.head
            if near.head.dep_ == "pobj" and near.head.pos_ in ("NOUN", "PROPN"):
                return near.head, preps
            return token, preps | {near.lower_}
        return token, preps

    def _beyond_country(self, token: Token) -> Token:
        """The noun a country names the country of: "the Emir of Qatar" for Qatar; else the token itself."""
        while token.dep_ == "pobj" and token.head.lower_ == "of" and token.text in self.lexicon.country_of:
            token = token.head.head
        return token


def topic_of(token: Token, topic_verbs: list[str]) -> Token | None:
    """The object of a verb of talking or reviewing that `token` is in ("the visit" of "discussed the visit of Z to
    Astana"), or None."""
    return next((a for a in [token, *token.ancestors] if a.dep_ == "dobj" and a.head.lower_ in topic_verbs), None)
