"""Where a place stands in its sentence as a side of trade: a country, bloc or region named as a side, not one of a
person's title, an organisation's name or the area a partnership is in; a city or a region written without a
region word only as the owner or partner of a trade word, or as a clause's subject; and the clause a figure stands
in, whose sides come first.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..places import Place, Places
from .metric_phrase import PAIR_JOINERS

SIDE_KINDS = ("country", "bloc", "region")


class SidePlaces:
    """Decides which places a sentence names as sides of trade."""

    def __init__(self, doc: Doc, places: Places, ents_in: dict[int, list[Span]], words: dict):
        self.doc = doc
        self.places = places
        self.ents_in = ents_in
        self.trade_words = trade_words(words)
        self.location_prepositions = set(words["location_prepositions"])  # "partner in the region"
        self.partner_nouns = frozenset(words["partner_nouns"])
        self.data_sources = frozenset(words["data_sources"])  # "according to Kazakh statistics": a source, no side

    def named(self, sent: Span) -> list[Place]:
        """The places a sentence names as sides; a region written without a region word only where its role makes it
        one (`is_side_city`, or the subject it names: "Xinjiang Autonomous Region saw its trade ... grow") or its
        name runs on to one (`_titled_region`); a capital
        that is a clause's subject stands for its country ("Astana and Minsk agreed to boost trade"), and a city that
        names a region the article writes with its region word stands for that region (`as_region`)."""
        return [as_region(as_side(self.doc, place, self.places.capital_country), self.places)
                for place in self.places.within(sent)
                if is_side(self.doc, self.ents_in, place, sent, self.places)
                and not area_of_partner(self.doc, place, self.location_prepositions, self.partner_nouns)
                and not of_data_source(self.doc, place, self.data_sources, self.trade_words)
                and (not place.bare or names_subject(self.doc, place) or is_side_city(self.doc, place, self.trade_words)
                     or self._titled_region(place))]

    def _titled_region(self, place: Place) -> bool:
        """ "China's Xinjiang Uygur Autonomous Region": a region whose name runs on to a region word after words the
        gazetteer does not hold is written with its region word, a side like "Brest Oblast"."""
        tok = self.doc[place.end - 1]
        while tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
            if tok.text in self.places.region_words:
                return place.kind == "region"
        return False


def is_side(doc: Doc, ents_in: dict[int, list[Span]], place: Place, sent: Span, places: Places) -> bool:
    """Not a place in a person's title ("Akim of Akmola Region Yermek Marzhikpayev", "Kazakh Trade Minister
    X"), in an organisation's name ("Minsk Oblast Executive Committee") or in an amount ("US $10 billion"); an
    organisation the tagger reads in places and the marks joining them ("Kazakh–Chinese trade") names none."""
    if any(o.label_ in ("ORG", "MONEY") and o.start <= place.start and place.end <= o.end
           and len(o) > place.end - place.start and (o.label_ == "MONEY" or not _only_places(o, places))
           for o in ents_in[sent.start]):
        return False
    return not in_title(doc, place)


def _only_places(span: Span, places: Places) -> bool:
    """ "Kazakh–Chinese", "Belarus—Russia": the span holds nothing but places and the words joining them."""
    covered = {i for p in places.within(span) for i in range(p.start, p.end)}
    return all(t.i in covered or t.lower_ in PAIR_JOINERS for t in span)


def area_of_partner(doc: Doc, place: Place, location_prepositions: set[str], partner_nouns: frozenset[str]) -> bool:
    """ "Russia remains our main partner in the EAEU", "Kazakhstan's key partner in Central Asia": the area a
    partnership is in is no side of it."""
    tok = doc[place.start : place.end].root
    if tok.dep_ != "pobj" or tok.head.lower_ not in location_prepositions:
        return False
    holder = tok.head.head
    return holder.lower_ in partner_nouns or holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("attr", "dobj", "oprd") and c.lower_ in partner_nouns for c in holder.children)


def of_data_source(doc: Doc, place: Place, data_sources: frozenset[str], trade_words: frozenset[str]) -> bool:
    """ "according to Kazakh statistics", "Uzbek customs data show", "Vietnam's customs figures put ...": the place
    qualifies the statistics a number is cited from, so it is the number's source, not a side of it; the statistics
    of a trade word ("Kazakhstan's trade statistics") keep their owner a side."""
    tok = doc[place.start : place.end].root
    if tok.dep_ not in ("amod", "poss", "compound", "nmod"):
        return False
    head = tok.head
    while head.lower_ not in data_sources and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Chinese customs data": the adjective may hang on the first noun of the compound
    return head.lower_ in data_sources and not any(
        c.dep_ == "compound" and c.lower_ in trade_words for c in [*head.children, *head.head.children])


def heads(doc: Doc, place: Place, figure: Token) -> bool:
    """ "Kostanay region, whose trade with Belarus reached $90 million", "Xinjiang saw its trade with Kazakhstan
    grow": the figure's clause stands under the clause naming the place, not as a clause of its own beside it
    ("..., while Kostanay region's trade with Russia reached $2.1 billion")."""
    above = clause_head(doc[place.start])
    for tok in [clause_head(figure), *clause_head(figure).ancestors]:
        if tok == above:
            return True
        if tok.dep_ in ("advcl", "conj"):
            return False
    return False


def trade_words(words: dict) -> frozenset[str]:
    """The words of every trade metric ("trade", "exports", "investment"): the heads a side hangs on."""
    return frozenset(w for forms in words["metrics"].values() for w in forms)


def is_side_city(doc: Doc, place: Place, trade_words: frozenset[str]) -> bool:
    """A city (or a region written without a region word) named as a side of trade: the object of "between", the
    owner or the partner of a trade word ("trade between Almaty and Minsk", "Karaganda's exports", "exports to
    Grodno", "the turnover of Almaty with Belarus"); a city where something happens ("talks in Almaty") is none."""
    tok = doc[place.start : place.end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "between Almaty and Minsk": Minsk is the conjunct of Almaty
    if tok.dep_ == "poss":
        return tok.head.lower_ in trade_words
    return tok.dep_ == "pobj" and tok.head.lower_ in ("between", "with", "to", "from", "of") and \
        tok.head.head.lower_ in trade_words


def as_side(doc: Doc, place: Place, capital_country: dict[str, str]) -> Place:
    """ "Astana and Minsk agreed to boost trade", "Tashkent aims to ...": a capital that is a clause's subject stands
    for its country, and so do capitals of two countries that are the objects of one "between" ("trade between
    Astana and Minsk"); elsewhere ("talks in Minsk", "trade between Almaty and Minsk") it is a city."""
    country = capital_country.get(place.name)
    if place.kind != "city" or country is None or not (
            names_subject(doc, place) or _between_capitals(doc, place, capital_country)):
        return place
    return Place("country", country, country, place.start, place.end)


def as_region(place: Place, places: Places) -> Place:
    """ "Kostanay region and Mogilev Oblast signed a roadmap ... Kostanay's exports to the Belarusian region fell":
    where the article writes a region with its region word, a side written with the region's name alone is that
    region, though a city bears the name too; elsewhere a city stays a city. A region keeps the name the article first
    writes it with (`_first_written`)."""
    if place.kind == "region":
        return _first_written(place, places)
    if place.kind != "city":
        return place
    region = next((name for name in places.regions if name.rsplit(" ", 1)[0] == place.name
                   and name.rsplit(" ", 1)[-1] in places.region_words), None)
    return place if region is None else Place("region", region, places.region_country[region], place.start, place.end)


def _first_written(place: Place, places: Places) -> Place:
    """ "Brest Oblast and Kazakhstan held talks. The Brest region's exports ...": one region written with two region
    words is one side, named as the article first writes it."""
    base, _, word = place.name.rpartition(" ")
    if not base or word not in places.region_words:
        return place
    first = next((p.name for p in places.all if p.kind == "region" and p.name.rpartition(" ")[0] == base
                 and p.name.rpartition(" ")[2] in places.region_words or p is place), place.name)
    return place if first == place.name else Place("region", first, place.country, place.start, place.end, place.bare)


def _between_capitals(doc: Doc, place: Place, capital_country: dict[str, str]) -> bool:
    """ "between Astana and Minsk", "between Tashkent, Astana and Bishkek": the place is one of the objects of a
    "between" that are all capitals, of as many countries."""
    tok = doc[place.start : place.end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "between":
        return False
    group = [tok, *tok.conjuncts]
    countries = [capital_country.get(" ".join(t.text for t in [*(c for c in g.lefts if c.dep_ == "compound"), g]))
                 for g in group]
    return len(group) >= 2 and None not in countries and len(set(countries)) == len(group)


def names_subject(doc: Doc, place: Place) -> bool:
    """ "Xinjiang saw its trade grow", "Tatarstan Republic exported ...": the place is, or names, a clause's subject."""
    tok = doc[place.start : place.end].root
    while tok.dep_ in ("compound", "conj") and tok.head.i > tok.i or tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def in_title(doc: Doc, place: Place) -> bool:
    """A place in a person's title: the first name or verb above it is a PERSON ("Kazakh Trade Minister X"), or a
    PERSON hangs on a title word above it as its apposition ("China's Deputy Prime Minister Wang Wentao") or beside
    the place in its "of" phrase ("Deputy Prime Minister of South Korea Ahn Duk-geun", parsed as two objects); or a
    PERSON right after it whose role the actors read as of that country, however the parser hung the name ("First
    Deputy Prime Minister of Belarus Lee Dong-wook", the name's last word made another object)."""
    after = doc[place.end] if place.end < len(doc) else None
    if after is not None and after.ent_iob_ == "B" and after.ent_type_ == "PERSON" and \
            any(e.start == after.i and (e._.role or {}).get("country") == place.name for e in doc.ents):
        return True
    below = doc[place.start]
    for ancestor in below.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.ent_type_ == "PERSON":
            return True
        if any(c.ent_type_ == "PERSON" and c is not below and (
                c.dep_ == "appos" and ancestor.pos_ in ("NOUN", "PROPN") or c.dep_ == "pobj" and ancestor.dep_ == "prep")
               for c in ancestor.children):
            return True
        below = ancestor
    return False


def people_countries(doc: Doc, start: int, end: int) -> list[tuple[Token, str]]:
    """The named people of tokens `start` to `end` with the country their role gives (`Span._.role`: the title the
    text writes, else the registry's: "Tokayev" is Kazakhstan's, "Foreign Minister of Uzbekistan Saidov" Uzbekistan's),
    as (the name's root, country), in text order."""
    return [(e.root, e._.role["country"]) for e in doc.ents if e.label_ == "PERSON" and start <= e.start < end
            and e._.role and e._.role.get("country")]


def clause_head(tok: Token) -> Token:
    """The first verb above a token that has a subject or heads the sentence."""
    return next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children))), tok.sent.root)


def clause_of(tok: Token) -> set[int]:
    """Token indices of the clause a token stands in: the subtree of its `clause_head`, without the clauses under
    it that have subjects of their own ("with Turkestan region accounting for a third")."""
    out, stack = set(), [clause_head(tok)]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack += [c for c in t.children if not (c.pos_ in ("VERB", "AUX") and c.dep_ in ("conj", "advcl", "ccomp", "relcl", "pcomp")
                                                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    return out
