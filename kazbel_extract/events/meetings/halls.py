"""The city of the residence or hall a meeting was held at: "received Y at the Akorda", "talks in the Kremlin"."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..settings import LinkingSettings
from ..syntax import tree_distance
from .place_links import PlaceLinks, beyond_date


class HallCities:
    """Decides the city a meeting's sentence tells by the venue it names (venue_cities): the venue is written
    "at/in" on the meeting like a city would be, and it stands in one city only."""

    def __init__(self, doc: Doc, words: dict, links: PlaceLinks, counterparts, settings: LinkingSettings,
                 host_country, city_country: dict[str, str]):
        self.doc = doc
        self.words = words
        self.host_country = host_country  # the country of the person a token names, if known
        self.city_country = city_country
        self.links = links
        self.counterparts = counterparts  # the objects of a meeting verb
        self.settings = settings
        self.venues: dict[str, list[tuple[list[str], list[str]]]] = {}  # first word -> (words, cities) of the venues
        for name, cities in words["venue_cities"].items():
            self.venues.setdefault(name.split()[0], []).append((name.split(), cities))

    def city(self, sent: Span, anchor: Token, near: list[Token] = ()) -> list[str]:
        """The city of the residence or hall a meeting was held at ("received Y at the Akorda", "talks in the
        Kremlin"), written "at/in" near `anchor`, its verb or `near` like a city; a name of two cities' venues
        ("Palace of Independence") tells the host's city when a receiving verb names the host, else none, and the
        visit or the dateline decides."""
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
                head = beyond_date(prep.head)
                if not self.links.event_word(head) and head not in self.counterparts(verb):
                    continue
                if min(tree_distance(t, named) for t in (anchor, verb, *near)) > self.settings.max_place_distance:
                    continue
                if self.links.in_a_clause_of_its_own(named, (anchor, verb, *near)):
                    continue
                if len(cities) == 1:
                    return cities
                hosts = self._hosts_city(verb, cities)
                if hosts:
                    return hosts
        return []

    def _hosts_city(self, verb: Token, cities: list[str]) -> list[str]:
        """ "Lukashenko received Y at the Palace of Independence": of a venue's cities, the one in the country of the
        person who receives (the subject of a receiving verb, or its "by" agent)."""
        if verb.lower_ not in self.words["receiving_verbs"]:
            return []
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        hosts = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive \
            else [c for c in verb.children if c.dep_ == "nsubj"]
        countries = {self.host_country(h) for h in hosts} - {None}
        found = [c for c in cities if self.city_country.get(c) in countries]
        return found if len(found) == 1 else []
