"""Assemblies told by a verb: an assembly at a plant is an assembly plant, whoever assembles; one side's
products made in the other's country are joint production.

"Kostanay Engineering Plant assembles tractors" (the plant its subject), "tractors are assembled by/at Kostanay
Engineering Plant" (the agent or place of a passive), "Chery assembles cars at the Allur plant", "tractors have
been assembled at a plant in Kostanay" (a plant the verb's "at" names), "the plant in Kostanay, where tractors
have been assembled since 2011" (the plant a "where" clause hangs on). A maker assembling with no plant named
("KAMAZ assembles trucks in its home town") tells its own production, no venture. "Belarusian drones will be
assembled in Kazakhstan", "the production of Belarusian buses in Kazakhstan", "MAZ buses are produced in
Kostanay": products named by one country or by a maker the registry knows, made in another (a country, a region,
or a city of the gazetteer's country_cities), are the guidelines' joint production of one side's products in the
other's country. The sides are those of the article's opening (headline and lede) when it names two countries: in
a story on Belarus and China, "Chinese cars are also assembled in Egypt" is the maker's production elsewhere, no
venture between the sides.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..clause import Grammar, read_clause
from ..places import Place, Places
from ..syntax import phrase
from ..trade.titles import headed_paragraph_starts


class AssemblyMentions:
    """Decides whether an assembling verb tells an assembly at a plant."""

    def __init__(self, words: dict, places: Places, country_of: dict[str, str], city_country: dict[str, str],
                 grammar: Grammar):
        self.words = words
        self.grammar = grammar
        self.places = places
        self.country_of = country_of  # "Belarusian" -> "Belarus"
        self.city_country = city_country  # "Kostanay" -> "Kazakhstan"
        self.verbs = words["assembling_words"] | words["making_words"] | {p.split()[0] for p in words["making_phrasals"]}
        self._opening: tuple[Doc, set[str]] | None = None  # the doc last read and the countries of its opening

    def told(self, anchor: Token) -> bool:
        """Whether an assembling verb tells an assembly at a plant or by partners, or an assembling verb or activity
        noun tells one side's products made in the other's country."""
        if anchor.dep_ in ("acl", "relcl") and anchor.head.lower_ in self.words["heads"]:
            return False  # "joint plants assembling Belarusian machinery in Kazakhstan": the plants' mention
        return self.at_a_plant(anchor) or self.made_across(anchor) or self.by_partners(anchor)

    def by_partners(self, verb: Token) -> bool:
        """ "Gomselmash and a Kazakh partner assemble combines", "MTZ assembles tractors together with a local
        partner", "X assembles tractors in cooperation with MTZ": coordinated subjects, "together"/"jointly", or a
        partnership "with" someone make an assembly joint."""
        if verb.pos_ != "VERB" or verb.lower_ not in self.words["assembling_words"]:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        adverbs = [c for c in verb.children if c.dep_ == "advmod"] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"]
        partnered = any(g.lower_ in self.words["partnership_nouns"] and any(p.lower_ == "with" for p in g.children)
                        for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)
        return partnered or any(c.dep_ == "conj" for s in subjects for c in s.children) or any(
            a.lower_ in self.words["together_words"] for a in adverbs)

    def made_across(self, anchor: Token) -> bool:
        """ "Belarusian tractors are assembled in Kazakhstan", "MAZ buses are produced in Kostanay", "the assembly of
        Belarusian elevators in Uzbekistan": the products (the verb's object or passive subject, the noun's "of")
        are of one country's maker, and a place after "in" in the anchor's phrase, or in the clause of the verb that
        sets the noun up, is of another."""
        w = self.words
        if self._makes(anchor):
            products = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            if anchor.dep_ in ("acl", "relcl") and anchor.tag_ == "VBN":
                products.append(anchor.head)  # "Belarusian trucks to be assembled in Kazakhstan", a headline's
        elif anchor.lower_ in w["activity_heads"] and anchor.pos_ == "NOUN":
            products = [g for c in anchor.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        else:
            return False
        makers = self._makers(products)
        covered = phrase(anchor)
        setup = self._setting_up(anchor)
        if setup is not None:
            covered = phrase(setup)  # "the production of Belarusian tractors was launched / is to be localised in
            # Kazakhstan"
        doc = anchor.doc
        hosts = {self._country(p) for p in self.places.within(anchor.sent) if p.start in covered and p.kind != "bloc"
                 and p.start > 0 and doc[p.start - 1].lower_ == "in"} - {None}
        sides = self.opening_countries(doc)
        if len(sides) >= 2:
            makers, hosts = makers & sides, hosts & sides
        return bool(makers) and bool(hosts - makers)

    def _makes(self, verb: Token) -> bool:
        """Whether a verb makes products: an assembling or making verb ("made up 40% of sales", with a particle, is
        another verb), or a making verb with its particle ("are put together")."""
        if verb.pos_ != "VERB":
            return False
        if any(f"{verb.lower_} {c.lower_}" in self.words["making_phrasals"] for c in verb.children
               if c.dep_ in ("prt", "advmod")):
            return True  # the parse takes "together" of "put together" for an adverb
        return not any(c.dep_ == "prt" for c in verb.children) and (
            verb.lower_ in self.words["assembling_words"] or verb.lower_ in self.words["making_words"])

    def _makers(self, products: list[Token]) -> set[str]:
        """The countries of the products' makers: a country's name or adjective, or a company the registry knows
        (its `actor_country`), before them ("Belarusian tractors", "MAZ buses", "BelAZ's trucks") or after them
        ("buses of MAZ", "trucks made by KAMAZ")."""
        names = [t for p in products for c in p.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                 for t in c.subtree]
        names += [t for p in products for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree]
        names += [t for p in products for v in p.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"
                  for t in a.subtree]
        countries = {self.country_of[t.text] for t in names if t.text in self.country_of}
        orgs = {t.i for t in names if t.ent_type_ == "ORG"}
        if orgs:
            countries |= {e._.actor_country for e in products[0].doc.ents if e.label_ == "ORG" and e._.actor_country
                          and orgs.intersection(range(e.start, e.end))}
        return countries

    def _country(self, place: Place) -> str | None:
        """The country a place is of: a country's or region's own, a city's by the gazetteer's country_cities."""
        return place.country if place.country is not None else self.city_country.get(place.name)

    def opening_countries(self, doc: Doc) -> set[str]:
        """The countries the article's opening names: its first paragraph with the titles over it (a headline, as
        `headed_paragraph_starts` joins it to the lede)."""
        if self._opening is None or self._opening[0] is not doc:
            starts = headed_paragraph_starts(doc)
            end = starts[0] if starts else len(doc.text)
            self._opening = (doc, {p.country for p in self.places.all
                                   if p.kind == "country" and p.country and doc[p.start].idx < end})
        return self._opening[1]

    def at_a_plant(self, verb: Token) -> bool:
        """Whether the verb assembles at a plant: its subject, the agent or place of its passive, its "at", or the
        plant its "where" clause hangs on."""
        w = self.words
        if verb.lower_ not in w["assembling_words"]:
            return False
        if verb.pos_ == "NOUN" and any(c.lower_ == "of" for c in verb.children):
            setup = self._setting_up(verb)  # "the assembly of buses has been set up at the SemAZ plant", "reviewed
            # the assembly of MAZ trucks at the plant of X"
            places = (self._places(setup) if setup is not None else []) + self._noun_places(verb)
            return any(place.lower_ in w["plant_words"] for place in places)
        if verb.pos_ != "VERB":
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "auxpass" for c in verb.children):
            doers += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at")
                      for g in c.children if g.dep_ == "pobj"]
        if any(d.lower_ in w["plant_words"] for d in doers):
            return True  # "Kostanay Engineering Plant assembles tractors", "the plant in Kostanay assembles"
        return any(place.lower_ in w["plant_words"] for place in self._places(verb))

    def _setting_up(self, noun: Token) -> Token | None:
        """The verb of setting up an activity noun is the subject or object of, through a raising verb ("the
        production of X is to be localised"), or None."""
        if noun.pos_ != "NOUN" or noun.lower_ not in self.words["activity_heads"] \
                or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None
        verb = read_clause(noun, self.grammar).verb
        return verb if verb is not None and verb.lower_ in self.words["setup_words"] else None

    def _places(self, verb: Token) -> list[Token]:
        """The nouns an "at" of the verb's own clause names ("assembles cars at the Allur plant", however the parse
        attaches the "at"), and for a "where" clause the noun it hangs on and the noun that one is a place of ("the
        plant in Kostanay, where ...")."""
        places = [g for t in verb.subtree if t.lower_ == "at" and t.dep_ == "prep" and _clause_of(t) == verb
                  for g in t.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            places.append(verb.head)
            if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
                places.append(verb.head.head.head)
        return places

    def _noun_places(self, noun: Token) -> list[Token]:
        """The nouns an "at" names in an assembling noun's phrase, or right after it wherever the parse attaches it
        ("reviewed the assembly of MAZ trucks at the plant of X", the "at" hung on "reviewed")."""
        doc = noun.doc
        after = noun.right_edge.i + 1
        ats = [t for t in noun.subtree if t.lower_ == "at" and t.dep_ == "prep"]
        ats += [doc[after]] if after < len(doc) and doc[after].lower_ == "at" and doc[after].dep_ == "prep" else []
        return [g for t in ats for g in t.children if g.dep_ == "pobj"]


def _clause_of(token: Token) -> Token:
    """The nearest verb above a token: the predicate of the clause it stands in."""
    up = token.head
    while up.pos_ not in ("VERB", "AUX") and up.head != up:
        up = up.head
    return up
