"""Where a meeting's own sentence says it was held: the city (or country) stated for it.

A city written "in/at/to X" near the trigger or its verb ("met in Astana", "a meeting held in
Nur-Sultan"), the subject of that verb ("Astana hosted the talks"), a city in brackets, or the
capital of a country named with "capital"; not a city in a name or far off in the sentence. When the
sentence states none, `meeting_venues` decides from the visit it was held on and the dateline.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon
from .places import Place, Places
from .settings import LinkingSettings
from .syntax import CLAUSES, SUBJECTS, tree_distance


class MeetingPlaces:
    """Decides the city or country a sentence states for a meeting: which place mentions are the meeting's
    (near its trigger or verb, on an event word, not inside a name) and which city a mention stands for."""

    def __init__(self, doc: Doc, words: dict, lexicon: Lexicon, places: Places, ents_in: dict[int, list[Span]],
                 counterparts, settings: LinkingSettings):
        self.doc = doc
        self.words = words
        self.lexicon = lexicon
        self.places = places
        self.ents_in = ents_in
        self.counterparts = counterparts  # the objects of a meeting verb
        self.title_words = {w for title in lexicon.meetings["titles"] for w in title.split()}  # "Minister"
        self.settings = settings
        self.venues: dict[str, list[tuple[list[str], list[str]]]] = {}  # first word -> (words, cities) of the venues
        for name, cities in words["venue_cities"].items():
            self.venues.setdefault(name.split()[0], []).append((name.split(), cities))

    def city(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[str]:
        """Cities written "in/at/to X" near `anchor` or the verb it hangs on, nearest first ("met in Astana", "a
        meeting held in Nur-Sultan", "during a trip to Minsk ... held a number of meetings", "at the Palace of
        Independence in Minsk"), or the subject of that verb ("Astana hosted the talks"); not a city in a name
        ("Minsk City Executive Committee") or far off in the sentence ("to discuss a plant in Kostanay"). `near`
        are other words the city may be near: the gatherings the meeting was held at, its people ("held talks on
        trade and the supply of tractors with Y in Astana")."""
        stated = [name for _, place, name in self._stated(sent, anchor, near) if name is not None]
        return stated or self._venue_city(sent, anchor, near)

    def _venue_city(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[str]:
        """The city of the residence or hall a meeting was held at ("received Y at the Akorda", "talks in the
        Kremlin"), written "at/in" near `anchor`, its verb or `near` like a city; a name of two cities' venues
        ("Palace of Independence") tells none, and the visit or the dateline decides."""
        verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), anchor)
        for tok in sent:
            for words, cities in self.venues.get(tok.text, ()):
                if [t.text for t in self.doc[tok.i : tok.i + len(words)]] != words:
                    continue
                named = self.doc[tok.i : tok.i + len(words)].root
                prep = next((a for a in islice(named.ancestors, self.settings.city_preposition_heads)
                             if a.dep_ == "prep"), None)
                if prep is None or prep.lower_ not in ("at", "in"):
                    continue
                head = _beyond_date(prep.head)
                if not self._event_word(head) and head not in self.counterparts(verb):
                    continue
                if min(tree_distance(t, named) for t in (anchor, verb, *near)) > self.settings.max_place_distance:
                    continue
                if self._in_a_clause_of_its_own(named, (anchor, verb, *near)):
                    continue
                if len(cities) == 1:
                    return cities
        return []

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
            if name is None and token.dep_ in ("amod", "compound", "nmod") and token.head.lower_ not in self.words["city_nouns"]:
                continue  # "according to the Kazakh Ambassador": whose he is, not where they met ("the Kazakh city of")
            if name is None and token.dep_ == "poss" and (token.head.ent_type_ == "PERSON" or token.head.text in self.title_words):
                continue  # "granted an audience to Kazakhstan's Deputy Prime Minister": whose, not where
            if token.dep_ == "nsubj" and token.head == verb and verb != anchor:
                found.append((0, place, name))  # "Astana has hosted talks between X and Y"
                continue
            if verb.dep_ == "relcl" and verb.head == token and any(c.lower_ == "where" for c in verb.children):
                found.append((0, place, name))  # "arrived from Samarkand, where he had met Y"
                continue
            if _bracketed(self.doc[place.start : place.end]) and anchor.left_edge.i <= token.i <= anchor.right_edge.i:
                found.append((1, place, name))  # "a meeting of the working commission (Minsk)"
                continue
            if self._fronted(place, verb):
                found.append((0, place, name))  # "On 12 May in Astana X met Y", the parser gluing the city to X
                continue
            named = self._city_named(token)  # "in the city of Khiva" is "in Khiva"
            prep = next((a for a in islice(named.ancestors, self.settings.city_preposition_heads) if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in self.words["place_preps"]:
                continue
            # "the Sultan of Oman in Muscat" tells where the Sultan was; "at the Palace in Minsk", where the meeting
            head = _beyond_date(self._beyond_country(prep.head))
            if not self._event_word(head):  # "at their talks in Minsk" is where the talks were, not what "at" is on
                head = self._beyond_body(_beyond_venue(head))
            if not self._event_word(head) and head not in self.counterparts(verb) and head not in self.counterparts(anchor):
                continue  # "a tractor plant in Kostanay" is where the plant is, not the meeting ("held a meeting with
                # Governor of the region X in Chelyabinsk": the counterpart of the meeting noun is where it was)
            if head.lower_ in self.words["nouns"] and head.i != anchor.i and head.head.i != anchor.i:
                continue  # "During the meeting, X recalled his talks with Y in Minsk": the place of those talks
            distance = min(tree_distance(t, token) for t in (anchor, verb, *near))
            if distance <= self.settings.max_place_distance and not self._in_a_clause_of_its_own(token, (anchor, verb, *near)):
                found.append((distance, place, name))
        return sorted(found, key=lambda f: f[0])

    def _fronted(self, place: Place, verb: Token) -> bool:
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

    def _city_mention(self, place: Place) -> tuple[Token, str | None]:
        """The token that stands for a city and the city's name: a city mention; or the capital of a country named
        with "capital" ("in the Belarusian capital", "in the capital of Belarus"), in the form the article writes
        ("Nur-Sultan" in an article that names it so), else its first; (token, None) for other places."""
        token = self.doc[place.start]
        if place.kind == "city":  # a city of several words stands as its root ("Nur-Sultan" under "of")
            return self.doc[place.start : place.end].root, place.name
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

    def _in_a_clause_of_its_own(self, token: Token, own: tuple[Token, ...]) -> bool:
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

    def _beyond_body(self, token: Token) -> Token:
        """The meeting a body's place phrase tells the place of: "the meeting of the commission in Minsk", "a session
        of the Supreme State Council in Minsk" (Minsk under the body) tell where it was held; else the token itself."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in self.words["nouns"]:
            return token.head.head
        return token

    def _event_word(self, token: Token) -> bool:
        """A verb, a noun that names a meeting, visit or the gathering it was held at ("on the sidelines of the
        summit in Astana"), or a participant ("the meeting of X and Y in Astana", parsed as Y in Astana): what "in
        Astana" can tell the place of."""
        w = self.words
        return token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON" or token.lower_ in w["nouns"] \
            or token.lower_ in w["visit_nouns"] or token.lower_ in w["with_nouns"] or token.lower_ in w["gathering_nouns"]

def _bracketed(name: Span) -> bool:
    """A name standing alone in brackets: "(Minsk)", "(Nur-Sultan)"."""
    doc = name.doc
    return 0 < name.start and name.end < len(doc) and doc[name.start - 1].text == "(" and doc[name.end].text == ")"


def _beyond_venue(token: Token) -> Token:
    """What the building a place phrase hangs on hangs on: "met at the Ministry of Foreign Affairs in Minsk" (Minsk
    under "Ministry") tells where they met; else the token itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return token.head.head
    return token


def _beyond_date(token: Token) -> Token:
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
