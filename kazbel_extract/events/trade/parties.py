"""The sides of a trade figure, from the text only.

Parties are the countries, blocs or regions its sentence names as sides, and the cities its clause
makes sides ("trade between Almaty and Minsk", "Karaganda's exports"); a sentence naming none takes
the pair its paragraph wrote since its last figure ("Kazakhstan and Russia also discussed trade. Trade
between them ...") or the sides of that figure, and a side the sentence leaves out comes from that
paragraph, else from the pair the article is about (its headline's, else the two countries it names
most). Nothing is defaulted: a figure whose article names no sides has none, and a country's foreign or
total trade has that country alone; the countries of a speaker's title ("Belarus' ambassador to
Kazakhstan") and of the dateline complete "the two countries" only when they make two sides, and the
dateline's country is the owner of a partner's trade whose text names no owner ("ASTANA - ... trade
with Belarus reached ..."). Whose export, import or investment a figure is, is `reporters`'.
"""
from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..places import Place, Places
from ..syntax import paragraph_of, paragraph_starts
from .article_pair import ArticlePair
from .metric_phrase import joined
from .partners import PARTNER_PREPOSITIONS, PartnerRoles, first_of_amount
from .side_places import SIDE_KINDS, SidePlaces, clause_of, heads, is_side_city
from .sole_sides import SoleSides
from .totals import OwnTotals

if TYPE_CHECKING:
    from .metrics import MetricWords


class Parties:
    """Decides the sides of a figure: the places its clause or sentence names as sides, a country's own total,
    the sides its paragraph carries, the rest of a pair from the lede, speakers' titles and the dateline."""

    def __init__(self, doc: Doc, places: Places, ents_in: dict[int, list[Span]], words: dict, home: str | None,
                 city_country: dict[str, str], metric_words: MetricWords):
        """`home`: the country of the dateline city ("ASTANA. KAZINFORM -"); `city_country`: the country of each city
        of the gazetteer (a city that is a side stands for its country, as a region does)."""
        self.doc = doc
        self.places = places
        self.city_country = city_country
        self.ents_in = ents_in  # the entities of each sentence, by sentence start
        self.side_places = SidePlaces(doc, places, ents_in, words)
        self.trade_words = self.side_places.trade_words
        self.roles = PartnerRoles(doc, ents_in, self.trade_words, frozenset(words["gap_words"]),
                                  frozenset(words["partner_nouns"]))
        self.location_prepositions = self.side_places.location_prepositions
        self.plural_region_words = places.plural_region_words
        self.singular_region_words = places.singular_region_words
        self.interregional_words = set(words["interregional_words"])  # "interregional trade": the two regions'
        self.paragraphs = paragraph_starts(doc)
        self.pair = ArticlePair(doc, places, ents_in, words, home, city_country, self.paragraphs)
        self.lede = self.pair.lede
        self.own = OwnTotals(places, self.side_places, self.roles, words, self.paragraphs)
        self.sole = SoleSides(doc, self.side_places, self.roles, self.pair, words, metric_words, self.own.totals)
        self.totals = self.own.totals  # the countries whose total trade the text has stated so far
        self.last_named: tuple[int, list[str]] | None = None  # (paragraph, sides) of the last figure naming its sides
        self.last_named_sent = -1  # the first token of that figure's sentence
        self.countries = {p.name for p in places.all if p.kind == "country"}

    def sides(self, sent: Span, figure: Token | None = None, owner: Place | None = None) -> list[str]:
        """The sorted parties of a figure of `sent` at token `figure` (`_sides`); the pairs of the figures are kept, so a
        later figure of one of their sides is read as theirs (`SoleSides`)."""
        chosen = self._sides(sent, figure, owner)
        if figure is not None and len(chosen) == 2:
            self.sole.paired_sides.update(chosen)
        return chosen

    def _sides(self, sent: Span, figure: Token | None = None, owner: Place | None = None) -> list[str]:
        """The sorted parties of a figure of `sent` at token `figure`. A sentence that names no side takes the sides
        of the last figure of its paragraph that named them ("In 2017 trade between Mogilev Oblast and Kazakhstan
        totalled $48.6 million. In January-July 2018 it grew by 27%."); otherwise `_named_sides` decides. `owner`:
        the side "its" or "the republic's" of the figure's metric word stands for (`Reporters.referent`), a side
        its clause names ("Uzbekistan plans ... Its trade with Kazakhstan reached $4.4 billion")."""
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        named = self.side_places.named(sent)
        chosen = self.own.breakdown(sent, named, figure) if figure is not None else None
        if chosen:  # "Kazakhstan's exports reached $79 billion, with China accounting for $15 billion": a total broken
            self._keep(sent, paragraph, chosen)  # down by partner is the one's, a part the pair's
            return chosen
        if owner is None and not any(p.kind in SIDE_KINDS or p.kind == "region_of" or p.kind == "city" and is_side_city(
                self.doc, p, self.trade_words) for p in named):
            pair = self._paragraph_pair(sent, paragraph) if self.pair.of_a_pair(sent) else []
            if pair:  # "Kazakhstan and Russia also discussed trade. Trade between them reached $27 billion"
                if figure is not None:
                    self._keep(sent, paragraph, pair)
                return pair
            carried = self._carried(sent, paragraph)
            if carried:
                return carried
            if self.own.article_total and not self.pair.of_a_pair(sent):
                return [self.own.article_total]  # "Kazakhstan's foreign trade turnover reaches ... Exports decreased"
            return self._named_sides(sent, named, figure, paragraph)
        chosen = self._named_sides(sent, named, figure, paragraph, owner)
        if figure is not None:  # only a figure's sides carry: a sentence read for what "they" stand for is none
            self._keep(sent, paragraph, chosen)
        return chosen

    def _keep(self, sent: Span, paragraph: int, chosen: list[str]) -> None:
        """Keeps the sides of a figure of `sent` for the figures after it in its paragraph (`_carried`)."""
        self.last_named, self.last_named_sent = (paragraph, chosen), sent.start

    def _paragraph_pair(self, sent: Span, paragraph: int) -> list[str]:
        """The two sides a sentence before `sent` in its paragraph writes as a pair ("Kazakhstan and Russia also
        discussed trade", "Belarus and Uzbekistan signed a roadmap", "West Kazakhstan Oblast and Gomel Oblast discussed
        cooperation") or whose officials act in it ("Tokayev met with Uzbek President Shavkat Mirziyoyev"): the
        nearest sentence naming sides or such officials, when it names just those two and is later than the
        paragraph's last figure that named its sides ("Trade between Kazakhstan and Belarus rose by 10%. Kazakhstan
        and Uzbekistan held talks. Mutual trade grew by 7%")."""
        start = sent.start
        while start > 0:
            before = self.doc[start - 1].sent
            gap = self.doc.text[before.start_char + len(before.text.rstrip()) : self.doc[start].idx]
            if paragraph_of(self.paragraphs, before.start_char) != paragraph or before.start == self.last_named_sent \
                    or "\n" in gap:
                return []  # a line break ends a paragraph too where the text has no blank lines
            sides = [p for p in self.side_places.named(before) if p.kind in SIDE_KINDS]
            if sides:
                names = sorted({p.name for p in sides})
                pair = len(names) == 2 and any(a.name != b.name and joined(self.doc, a, b)
                                               for a, b in zip(sides, sides[1:]))
                return names if pair else []
            acting = self.pair.acting_pair(before)
            if acting:  # "On the same day, Tokayev met with Uzbek President Shavkat Mirziyoyev. Trade between the two
                return acting  # countries reached $4.4 billion"
            start = before.start
        return []

    def _named_sides(self, sent: Span, named: list[Place], figure: Token | None, paragraph: int,
                     owner: Place | None = None) -> list[str]:
        """The sorted parties of a figure of `sent` at token `figure`: the sides of its own clause first ("...,
        while its trade with Kyrgyzstan stood at $1.8 billion"), then of its sentence, then of the lede. A bloc
        named without two countries gives the bloc and the country named with it ("trade between the CIS
        countries", "Kazakhstan-EU trade"), and with a region the bloc comes before the lede's countries ("Xinjiang's
        trade with the Central Asian countries"); regions replace their country; "the two regions" are the article's
        two most mentioned regions, "the region" the most mentioned one and "the Kazakh region" the most
        mentioned region of Kazakhstan, when the figure's clause says so ("partner in the region" says nothing);
        regions of another clause are no sides of a figure whose clause names its countries. A figure of a pair ("the two countries", "bilateral") whose text and lede
        name fewer than two sides is completed by the countries of its speakers' titles and the dateline's ("ASTANA -
        President Tokayev received the Foreign Minister of Uzbekistan ... trade between the two countries"); a figure
        that no text before it gives a side has the two countries of the officials' titles, when there are two."""
        own = clause_of(figure) if figure is not None else set()
        named = sorted(named, key=lambda p: p.start not in own)
        if figure is not None and any(p.kind == "country" and p.start in own for p in named):
            named = [p for p in named if p.kind != "region" or (p.start in own or heads(self.doc, p, figure))
                     and not self._of_other_amount(p, figure)]
            # "trade between K and U reached $4.4 billion, with Turkestan region accounting for a third"; "...
            # reached $1.3 billion, including $300 million with Minsk Oblast"
        scope = [t for t in sent if t.i in own] if own else list(sent)
        in_names = {i for p in self.places.within(sent) for i in range(p.start, p.end)}
        words = {t.lower_ for t in scope if not (t.dep_ == "pobj" and t.head.lower_ in self.location_prepositions)
                 and t.i not in in_names}
        # "the region" of the figure's clause points at a side, "its main partner in the region" at none, and the
        # region word of a name ("..., including $300 million with Minsk Oblast") at none but that name
        countries = list(dict.fromkeys(p.name for p in named if p.kind == "country"))
        regions = list(dict.fromkeys(p.name for p in named if p.kind == "region" or p.kind == "city" and (
            not own or p.start in own) and is_side_city(self.doc, p, self.trade_words)))  # "between Almaty and Minsk"
        regions += [r for r in (self.pair.region_of(p.country) for p in named if p.kind == "region_of") if r]
        carried = self._carried(sent, paragraph)
        sole = self.sole.side(sent, named, figure, owner) if figure is not None and (
            not carried or len(carried) == 1) else None  # sides carried in the paragraph make it a pair's; one side
        # carried keeps that side's figures its own ("Uzbekistan's foreign trade reached ... Its exports grew ...")
        if sole is not None:
            return [sole]
        listed, owners = self.roles.listed_partners(sent, named)
        if figure is not None and listed and any(p.start < figure.i for p in listed):
            partner = max((p for p in listed if p.start < figure.i), key=lambda p: p.start).name
            # "with Hungary it grew to $612 million": the partner before the amount
            return sorted([partner, *self._owner([p.name for p in owners], carried, {p.name for p in listed}, sent)])
        gapped = self.roles.gapped_partner(named, figure) if figure is not None else None
        if gapped is not None:  # "trade between Kazakhstan and Russia ..., and with China - 31.5 billion dollars"
            others = [p.name for p in named if p.kind == "country" and p.name != gapped.name]
            return sorted([gapped.name, *self._owner(others, carried, {gapped.name}, sent)])
        amounts = [(p, self.roles.bracketed_amount(p)) for p in named] if figure is not None else []
        bracketed = [p for p, amount in amounts if amount is not None]
        partner = next((p for p, amount in amounts if amount is not None and amount == first_of_amount(figure)), None)
        if partner is not None:  # "Uzbekistan's main partners were China ($13 billion), Russia ($10 billion) and ..."
            others = [p.name for p in named if p.kind == "country" and p not in bracketed]
            return sorted([partner.name, *self._owner(others, carried, {p.name for p in bracketed}, sent)])
        pairs = self.roles.between_pairs(sent, named) if figure is not None else []
        before = [pair for pair in pairs if pair[0].start < figure.i]
        if before:  # "..., and between Uzbekistan and Kyrgyzstan $1.5 billion": the pair before the amount
            return sorted({p.name for p in before[-1]})
        if figure is not None:  # "Azerbaijan's trade with the Central Asian countries grew by 30%, and with Kazakhstan
            # by 40%": the partner of a gapped clause after the figure is that clause's amount's, not the figure's
            later = {p.name for p in named if p.start > figure.i and self.roles.gapped(p)}
            countries = [name for name in countries if name not in later]
        bloc_places = [p for p in named if p.kind == "bloc" and not (
            own and p.start not in own and self.pair.names_pair(scope))]  # "trade within the CIS rose by 8%, and
        # mutual trade of the two countries grew by 12%": a bloc of another clause is no side of the pair's figure
        blocs = [p.name for p in bloc_places]
        in_clause = {p.name for p in named if p.start in own}
        if owner is not None and owner.kind == "country":
            countries += [owner.name] if owner.name not in countries else []
            in_clause.add(owner.name)  # "Its trade with Kazakhstan", "..., after Kazakhstan, whose trade with Belarus":
            # the side "its" or "whose" stands for is of the clause
        if owner is not None and owner.kind == "region" and self.places.region_country.get(owner.name) in in_clause:
            owner = self._region_beside(owner, paragraph)  # "X of Grodno Oblast met the akim of Turkestan region. The
            # region's trade with Kazakhstan ...": a region trades with no country of its own, so "the region" is the other
        if owner is not None and owner.kind == "region" and owner.name not in regions:
            regions.insert(0, owner.name)
        partners = [name for name in countries if name in in_clause] if in_clause & set(blocs) else countries
        # "Kazakhstan's trade with the EAEU countries ..., and Russia accounts for 89% of it": the bloc's clause
        if blocs and not partners and not regions and self.roles.trades_with(bloc_places[0], ("with", "from", "to")):
            partners = self._owner([], carried, set(blocs), sent)  # "trade with the EAEU countries", "investment from the
            # EU": a partner of the paragraph's or the article's country
        if blocs and not partners and not regions and len(set(blocs)) == 2 and self.roles.between_one(bloc_places[:2]):
            return sorted(set(blocs))  # "trade between Central Asia and the EU"
        if blocs and len(partners) < 2 and not regions:
            return sorted([blocs[0], *partners])  # "trade between the CIS countries"; "Kazakhstan-EU trade"
        interregional = not countries and any(w in self.doc[scope[0].i : scope[-1].i + 1].text.lower()
                                              for w in self.interregional_words)  # "inter-regional" is three tokens
        wanted = 2 if words & self.plural_region_words or interregional else \
            1 if words & self.singular_region_words else 0  # "the two regions", "interregional trade", "the region"
        if len(regions) < wanted:
            regions += [name for name in self.pair.ranked_regions(paragraph) if name not in regions][: wanted - len(regions)]
        chosen = list(regions[:2])
        covered = {self.places.region_country.get(r) or self.city_country.get(r) for r in chosen}
        ranked = sorted(countries, key=lambda name: (name not in in_clause, name not in self.lede))  # "Belarus,
        # Kazakhstan and Russia": the lede's
        total = [self.own.article_total] if self.own.article_total else []
        carried = self._owners_first(carried)  # "Kazakhstan's trade with EAEU countries reached $28 billion. Trade
        # with Belarus ...": the country of the carried pair is the owner, not the bloc; "ASTANA - Trade between
        # Kazakhstan and Belarus rose by 10%. Trade with Russia grew to $27 billion": the dateline's, then the lede's
        for name in ranked + blocs + self.pair.source_countries(sent) + carried + total + self.lede:
            if len(chosen) == 2:
                break
            if name not in chosen and name not in covered:
                chosen.append(name)
                covered.add(name)
        if len(chosen) < 2 and self.pair.of_a_pair(sent):
            chosen += self.pair.rest_of_the_pair(sent, chosen, covered)
        if len(chosen) == 1 and any(p.name == chosen[0] and self.roles.trades_with(p, PARTNER_PREPOSITIONS)
                                    for p in named):  # "ASTANA - ... trade with Belarus reached $1.3 billion": the
            chosen += self.pair.home_partner(chosen)  # dateline's country trades with the partner; a title's is no side
        if not chosen and figure is not None:
            chosen = self.pair.titled_pair(sent)  # "A's Minister X met B's Minister Y. Trade turnover rose to ..."
        return sorted(chosen)

    def _region_beside(self, owner: Place, paragraph: int) -> Place | None:
        """The region "the region" stands for when the one it was read as is of the country its clause trades with:
        the most mentioned region of another country (`ArticlePair.ranked_regions`), else none."""
        country = self.places.region_country[owner.name]
        name = next((r for r in self.pair.ranked_regions(paragraph) if self.places.region_country.get(r) not in (
            None, country)), None)
        return None if name is None else Place("region", name, self.places.region_country[name], owner.start, owner.end)

    def _of_other_amount(self, place: Place, figure: Token) -> bool:
        """ "Kazakhstan's trade with Belarus reached $1.3 billion, including $300 million with Minsk Oblast": the place
        stands in a phrase that holds another amount of its sentence and not the figure, so it is that amount's side."""
        amounts = [e for e in self.ents_in[figure.sent.start] if e.label_ == "MONEY" and not e.start <= figure.i < e.end]
        for phrase in self.doc[place.start : place.end].root.ancestors:
            if phrase.left_edge.i <= figure.i <= phrase.right_edge.i or phrase.pos_ in ("VERB", "AUX"):
                return False
            if any(phrase.left_edge.i <= e.start and e.end <= phrase.right_edge.i + 1 for e in amounts):
                return True
        return False

    def _carried(self, sent: Span, paragraph: int) -> list[str]:
        """The sides of the paragraph's last figure that named them; none for a sentence of a pair ("bilateral trade")
        when they are one side ("Trade between the EAEU countries grew by 9%. Bilateral trade grew by 10%")."""
        if not self.last_named or self.last_named[0] != paragraph:
            return []
        carried = list(self.last_named[1])
        return [] if len(carried) < 2 and self.pair.of_a_pair(sent) else carried

    def _owners_first(self, sides: list[str]) -> list[str]:
        """The sides of a pair in the order they own a partner's trade the text names no owner of: countries before
        blocs and regions, the dateline's country first, then in the order of the article's pair."""
        return sorted(sides, key=lambda name: (name not in self.countries, name != self.pair.home,
                                               self.lede.index(name) if name in self.lede else len(self.lede)))

    def _owner(self, countries: list[str], carried: list[str], partners: set[str], sent: Span) -> list[str]:
        """The country whose trade with the partners a sentence gives: a country it names that is no partner, else
        one of the paragraph's last sides (of several, `_owners_first`), else of the pair the article is about, else
        the country the text before names as the owner of trade or of partners, the nearest first ("Kazakhstan's main
        trading partners were Russia, China and Italy. Trade with Russia amounted to $27 billion, with China ...")."""
        total = [self.own.article_total] if self.own.article_total else []
        owners = (p.name for p in reversed(self.places.within(self.doc[: sent.start]))  # read only when the rest fail
                  if p.kind == "country" and (self.roles.owns_trade(p) or self.roles.owns_partners(p)))
        candidates = chain(self._owners_first(countries) + self._owners_first(carried) + total + self.lede, owners)
        owner = next((name for name in candidates if name in self.countries and name not in partners), None)
        return [owner] if owner else []

    def own_total(self, metric_token: Token, figure: Token | None = None) -> str | None:
        """The country whose trade with the world the metric word names (`OwnTotals.owner`), its only side, carried
        to the figures after it in its paragraph that name no side."""
        owner = self.own.owner(metric_token, figure)
        if owner is not None:
            self._keep(metric_token.sent, paragraph_of(self.paragraphs, metric_token.sent.start_char), [owner])
        return owner
