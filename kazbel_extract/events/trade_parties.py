"""The sides of a trade figure and its reporter, from the text only.

Parties are the countries, blocs or regions its sentence names as sides, and the cities its clause
makes sides ("trade between Almaty and Minsk", "Karaganda's exports"); a sentence naming none takes
the sides of the last figure of its paragraph, and a side the sentence leaves out comes from that
paragraph, else from the pair the article is about (the two countries it names most). Nothing is
defaulted: a figure whose article names no sides has none, and a country's foreign or total trade
has that country alone; the countries of a speaker's title ("Belarus' ambassador to Kazakhstan")
and of the dateline complete "the two countries" only when they make two sides. Whose export,
import or investment a figure is, is `trade_reporters`'.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from .places import Place, Places
from .syntax import paragraph_of, paragraph_starts
from .trade_partners import PartnerRoles

SIDE_KINDS = ("country", "bloc", "region")


class Parties:
    """Decides the sides of a figure: the places its clause or sentence names as sides, a country's own total,
    the rest of a pair from the lede, speakers' titles and the dateline."""

    def __init__(self, doc: Doc, places: Places, ents_in: dict[int, list[Span]], words: dict, home: str | None,
                 city_country: dict[str, str]):
        """`home`: the country of the dateline city ("ASTANA. KAZINFORM -"); `city_country`: the country of each city
        of the gazetteer (a city that is a side stands for its country, as a region does)."""
        self.doc = doc
        self.places = places
        self.city_country = city_country
        self.trade_words = trade_words(words)
        self.roles = PartnerRoles(doc, ents_in, self.trade_words, frozenset(words["gap_words"]))
        self.ents_in = ents_in
        self.whole_trade_words = set(words["whole_trade_words"])  # "foreign", "total": a country's trade with the world
        self.location_prepositions = set(words["location_prepositions"])  # "partner in the region"
        self.partner_nouns = frozenset(words["partner_nouns"])
        self.plural_region_words = places.plural_region_words
        self.singular_region_words = places.singular_region_words
        self.paragraphs = paragraph_starts(doc)
        self.pair = ArticlePair(doc, places, ents_in, words, home, city_country, self.paragraphs)
        self.lede = self.pair.lede
        self.last_named: tuple[int, list[str]] | None = None  # (paragraph, sides) of the last figure naming its sides
        self.countries = {p.name for p in places.all if p.kind == "country"}
        self.article_total: str | None = None  # the country whose total trade the headline or lede gives
        self.totals: set[str] = set()  # the countries whose total trade the text has stated so far

    def named_sides(self, sent: Span) -> list[Place]:
        """The places a sentence names as sides; a region written without a region word only where its role makes it
        one (`is_side_city`, or the subject it names: "Xinjiang Autonomous Region saw its trade ... grow"); a capital
        that is a clause's subject stands for its country ("Astana and Minsk agreed to boost trade")."""
        return [as_side(self.doc, place, self.places.capital_country) for place in self.places.within(sent)
                if is_side(self.doc, self.ents_in, place, sent) and not area_of_partner(
                    self.doc, place, self.location_prepositions, self.partner_nouns) and (not place.bare or names_subject(self.doc, place)
                                                                     or is_side_city(self.doc, place, self.trade_words))]

    def sides(self, sent: Span, figure: Token | None = None, owner: Place | None = None) -> list[str]:
        """The sorted parties of a figure of `sent` at token `figure`. A sentence that names no side takes the sides
        of the last figure of its paragraph that named them ("In 2017 trade between Mogilev Oblast and Kazakhstan
        totalled $48.6 million. In January-July 2018 it grew by 27%."); otherwise `_named_sides` decides. `owner`:
        the side "its" or "the republic's" of the figure's metric word stands for (`Reporters.referent`), a side
        its clause names ("Uzbekistan plans ... Its trade with Kazakhstan reached $4.4 billion")."""
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        named = self.named_sides(sent)
        part = part_of_total(sent) if figure is not None else None
        if part is not None and any(part[0] <= p.start <= part[1] for p in named):
            outside = {p.name for p in named if not part[0] <= p.start <= part[1]}
            inside = {p.name for p in named if part[0] <= p.start <= part[1]}
            if len(outside) == 1 and all(p.kind == "country" for p in named if p.name in outside):
                chosen = sorted(inside | outside) if part[0] <= figure.i <= part[1] and len(inside) == 1 else \
                    sorted(outside) if not part[0] <= figure.i <= part[1] else None
                if chosen:  # "Kazakhstan's exports reached $79 billion, with China accounting for $15 billion": a
                    self.last_named = paragraph, chosen  # total broken down by partner is the one's, a part the pair's
                    return chosen
        if owner is None and not any(p.kind in SIDE_KINDS or p.kind == "region_of" or p.kind == "city" and is_side_city(
                self.doc, p, self.trade_words) for p in named):
            if self.last_named and self.last_named[0] == paragraph:
                return list(self.last_named[1])
            if self.article_total and not self.pair.of_a_pair(sent):
                return [self.article_total]  # "Kazakhstan's foreign trade turnover reaches ... Exports decreased"
            return self._named_sides(sent, named, figure, paragraph)
        chosen = self._named_sides(sent, named, figure, paragraph, owner)
        if figure is not None:  # only a figure's sides carry: a sentence read for what "they" stand for is none
            self.last_named = paragraph, chosen
        return chosen

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
        President Tokayev received the Foreign Minister of Uzbekistan ... trade between the two countries")."""
        own = clause_of(figure) if figure is not None else set()
        named = sorted(named, key=lambda p: p.start not in own)
        if figure is not None and any(p.kind == "country" and p.start in own for p in named):
            named = [p for p in named if p.kind != "region" or p.start in own or heads(self.doc, p, figure)]
            # "trade between K and U reached $4.4 billion, with Turkestan region accounting for a third"
        scope = [t for t in sent if t.i in own] if own else list(sent)
        words = {t.lower_ for t in scope if not (t.dep_ == "pobj" and t.head.lower_ in self.location_prepositions)}
        # "the region" of the figure's clause points at a side, "its main partner in the region" at none
        countries = list(dict.fromkeys(p.name for p in named if p.kind == "country"))
        regions = list(dict.fromkeys(p.name for p in named if p.kind == "region" or p.kind == "city" and (
            not own or p.start in own) and is_side_city(self.doc, p, self.trade_words)))  # "between Almaty and Minsk"
        regions += [r for r in (self.pair.region_of(p.country) for p in named if p.kind == "region_of") if r]
        carried = self.last_named[1] if self.last_named and self.last_named[0] == paragraph else []
        listed, owners = self.roles.listed_partners(sent, named)
        if figure is not None and listed and any(p.start < figure.i for p in listed):
            partner = max((p for p in listed if p.start < figure.i), key=lambda p: p.start).name
            # "with Hungary it grew to $612 million": the partner before the amount
            return sorted([partner, *self._owner([p.name for p in owners], carried, {p.name for p in listed})])
        gapped = self._gapped_partner(named, figure) if figure is not None else None
        if gapped is not None:  # "trade between Kazakhstan and Russia ..., and with China - 31.5 billion dollars"
            others = [p.name for p in named if p.kind == "country" and p.name != gapped.name]
            return sorted([gapped.name, *self._owner(others, carried, {gapped.name})])
        pairs = self.roles.between_pairs(sent, named) if figure is not None else []
        before = [pair for pair in pairs if pair[0].start < figure.i]
        if before:  # "..., and between Uzbekistan and Kyrgyzstan $1.5 billion": the pair before the amount
            return sorted({p.name for p in before[-1]})
        bloc_places = [p for p in named if p.kind == "bloc"]
        blocs = [p.name for p in bloc_places]
        in_clause = {p.name for p in named if p.start in own}
        if owner is not None and owner.kind == "country" and owner.name not in countries:
            countries.append(owner.name)
            in_clause.add(owner.name)  # "Its trade with Kazakhstan": the side "its" stands for is of the clause
        if owner is not None and owner.kind == "region" and owner.name not in regions:
            regions.insert(0, owner.name)
        partners = [name for name in countries if name in in_clause] if in_clause & set(blocs) else countries
        # "Kazakhstan's trade with the EAEU countries ..., and Russia accounts for 89% of it": the bloc's clause
        if blocs and not partners and not regions and self.roles.trades_with(bloc_places[0], ("with", "from", "to")):
            partners = self._owner([], carried, set(blocs))  # "trade with the EAEU countries", "investment from the
            # EU": a partner of the paragraph's or the article's country
        if blocs and len(partners) < 2 and not regions:
            return sorted([blocs[0], *partners])  # "trade between the CIS countries"; "Kazakhstan-EU trade"
        wanted = 2 if words & self.plural_region_words else 1 if words & self.singular_region_words else 0
        if len(regions) < wanted:
            regions += [name for name in self.pair.ranked_regions(paragraph) if name not in regions][: wanted - len(regions)]
        chosen = list(regions[:2])
        covered = {self.places.region_country.get(r) or self.city_country.get(r) for r in chosen}
        ranked = sorted(countries, key=lambda name: (name not in in_clause, name not in self.lede))  # "Belarus,
        # Kazakhstan and Russia": the lede's
        total = [self.article_total] if self.article_total else []
        for name in ranked + blocs + self.pair.source_countries(sent) + carried + total + self.lede:
            if len(chosen) == 2:
                break
            if name not in chosen and name not in covered:
                chosen.append(name)
                covered.add(name)
        if len(chosen) < 2 and self.pair.of_a_pair(sent):
            chosen += self.pair.rest_of_the_pair(sent, chosen, covered)
        return sorted(chosen)

    def _gapped_partner(self, named: list[Place], figure: Token) -> Place | None:
        """The partner country written right before the figure's amount in a gapped clause ("..., and with China -
        $31.5 billion"), when the sentence lists no partners (`PartnerRoles.listed_partners` reads those)."""
        start = figure.i
        while start > figure.sent.start and self.doc[start].ent_iob_ == "I":
            start -= 1  # the amount's first token
        return next((p for p in named if p.kind == "country" and start - 2 <= p.end <= start and self.roles.gapped(p)),
                    None)

    def _owner(self, countries: list[str], carried: list[str], partners: set[str]) -> list[str]:
        """The country whose trade with the partners a sentence gives: a country it names that is no partner, else
        one of the paragraph's last sides, else of the pair the article is about."""
        total = [self.article_total] if self.article_total else []
        owner = next((name for name in countries + carried + total + self.lede
                      if name in self.countries and name not in partners), None)
        return [owner] if owner else []

    def own_total(self, metric_token: Token, figure: Token | None = None) -> str | None:
        """ "Kazakhstan's foreign trade turnover", "the total exports of Belarus": a country's trade with the world has
        that country as its only side, and so have the figures after it in its paragraph that name no side, and in
        the whole article when the headline or lede gives it; the owner is the country it hangs on, else the one
        country its sentence names ("Kazakhstan has attracted $420 billion in foreign direct investment"); with a
        partner named ("foreign trade with Belarus") it is trade of the pair, and so is the amount of a listed partner
        at `figure` ("Kazakhstan's foreign trade reached $139.8 billion, with China $31.5 billion and with ...")."""
        words = [metric_token, *(c for c in metric_token.children if c.dep_ == "compound")]
        if not any(c.dep_ in ("amod", "compound") and c.lower_ in self.whole_trade_words for w in words for c in w.children):
            return None
        sent = metric_token.sent
        part = part_of_total(sent)
        if part is not None and figure is not None and part[0] <= figure.i <= part[1] and not part[0] <= metric_token.i <= part[1]:
            if any(p.kind in SIDE_KINDS and part[0] <= p.start <= part[1] for p in self.places.within(sent)):
                return None  # "..., of which $1.2 billion went to Kazakhstan": the part's partner makes it the pair's
        named = [p for p in self.places.within(sent) if p.kind in SIDE_KINDS
                 and (part is None or not part[0] <= p.start <= part[1] or part[0] <= metric_token.i <= part[1])]
        # "Kazakhstan received $400 billion of FDI, of which $5 billion from South Korea": the total's sides
        preps = [prep for w in words for prep in w.children if prep.dep_ == "prep"]
        if any(prep.lower_ != "of" and prep.i < p.start <= prep.right_edge.i for prep in preps for p in named):
            return None
        if figure is not None:
            listed, _ = self.roles.listed_partners(metric_token.sent, self.named_sides(metric_token.sent))
            if any(p.start < figure.i for p in listed):
                return None
        owners = [p for p in named if p.kind == "country" and (metric_token.left_edge.i <= p.start and p.end <= metric_token.i
                  or any(prep.lower_ == "of" and prep.i < p.start <= prep.right_edge.i for prep in preps))]
        pronouns = [c.lower_ for w in words for c in w.children if c.dep_ == "poss" and c.pos_ in ("PRON", "DET")]
        if not owners and pronouns:
            verbs = [t for t in [metric_token, *metric_token.ancestors] if t.pos_ in ("VERB", "AUX")]
            relative = next((t for t in verbs if t.dep_ == "relcl"), None) if pronouns[0] == "whose" else None
            if relative is not None:  # "Kazakhstan, whose foreign trade reached $140 billion, ...": the relative
                held = relative.head  # clause's noun; other places beside the clause are not its
                others = [p for p in named if relative.left_edge.i <= p.start <= relative.right_edge.i]
            else:
                held = next((c for t in verbs for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                others = named
            owners = [p for p in named if p.kind == "country" and held is not None and p.start <= held.i < p.end]
            if any(p.kind == "country" and p.name != owners[0].name for p in others) if owners else False:
                owners = []  # "China, Kazakhstan's largest partner, accounted for $31.5 billion of its foreign trade"
            # "Kazakhstan remains the largest economy of Central Asia, with its total foreign trade of $120 billion"
        if not owners and len({p.name for p in named}) == 1 and named[0].kind == "country":
            owners = named  # "Kazakhstan has attracted $420 billion in foreign direct investment": the one side named
        if not owners:
            return None
        paragraph = paragraph_of(self.paragraphs, metric_token.sent.start_char)
        self.last_named = paragraph, [owners[-1].name]
        self.totals.add(owners[-1].name)
        if paragraph <= 1 and self.article_total is None:
            self.article_total = owners[-1].name  # the headline's or the lede's: what the article is about
        return owners[-1].name

def part_of_total(sent: Span) -> tuple[int, int] | None:
    """The token span of the part a total's sentence gives after it: ", of which $5 billion from Korea", ", among
    them ...", "including $3.5 billion with Kazakhstan"; a relative pronoun or a personal one after "of"/"among"
    opens it and it runs to the end of the sentence, "including" covers its phrase."""
    for tok in sent:
        if tok.lower_ in ("of", "among") and any(c.dep_ == "pobj" and c.pos_ == "PRON" and c.i == tok.i + 1
                                                 for c in tok.children) and tok.i > sent.start \
                and tok.nbor(-1).text in (",", "(", ";", "-", "–", "—"):
            return tok.i, sent.end - 1
        if tok.lower_ == "including" and tok.i > sent.start:
            return tok.i, tok.right_edge.i
        if tok.lower_ == "with" and any(c.dep_ in ("pcomp", "acl") and c.pos_ == "VERB" and any(
                g.dep_ == "nsubj" for g in c.children) for c in tok.children):
            return tok.i, tok.right_edge.i  # "..., with China accounting for $15 billion"
    return None


class ArticlePair:
    """Decides where the sides a figure's sentence leaves out come from: the pair the article is about, the
    regions "the two regions" point at, the countries of the bodies a sentence cites, of its speakers' titles and
    of the dateline."""

    def __init__(self, doc: Doc, places: Places, ents_in: dict[int, list[Span]], words: dict, home: str | None,
                 city_country: dict[str, str], paragraphs: list[int]):
        self.doc = doc
        self.places = places
        self.ents_in = ents_in
        self.city_country = city_country
        self.paragraphs = paragraphs
        self.pair_words = set(words["pair_words"])  # "bilateral", "mutual", "sides": trade of two sides
        self.pair_nouns = set(words["pair_nouns"])  # "two countries", "our states": after a word of `pair_numerals`
        self.pair_numerals = set(words["pair_numerals"]) | set(words["first_person_pronouns"])  # or the speakers'"
        self.home = home
        self.lede = self._pair(words)

    def _pair(self, words: dict) -> list[str]:
        """The two sides the article is about: the countries it names most as sides, the first named first among
        equals; a country named once in passing ("a tour that took him to Turkmenistan") does not outrank the pair
        the article keeps naming, and a speaker's nationality ("..., Kazakh Trade Minister X said") is no side; a
        capital that is a subject ("Astana and Minsk agreed") names its country; an article naming one country and a
        bloc is about the two ("Kazakhstan and the European Union held ...")."""
        areas = set(words["location_prepositions"]), frozenset(words["partner_nouns"])
        sides = [as_side(self.doc, place, self.places.capital_country) for sent in self.doc.sents
                 for place in self.places.within(sent) if is_side(self.doc, self.ents_in, place, sent)
                 and not area_of_partner(self.doc, place, *areas)]
        pair = _most_named([place.name for place in sides if place.kind == "country"])
        if len(pair) == 1:  # "Kazakhstan and the European Union held ... Trade reached $40 billion": a bloc completes it
            pair += _most_named([place.name for place in sides if place.kind == "bloc"])[:1]
        return pair

    def of_a_pair(self, sent: Span) -> bool:
        """ "bilateral trade", "mutual trade", "the sides noted", "trade between the two countries", "between our
        countries": two sides."""
        return any(t.lower_ in self.pair_words or t.lower_ in self.pair_nouns and t.i > sent.start and
                   self.doc[t.i - 1].lower_ in self.pair_numerals for t in sent)

    def ranked_regions(self, paragraph: int) -> list[str]:
        """The regions "the two regions" or "the region" point at: the most mentioned of the paragraph first, then
        of the article."""
        here = Counter(p.name for p in self.places.all if p.kind == "region"
                       and paragraph_of(self.paragraphs, self.doc[p.start].idx) == paragraph)
        return list(dict.fromkeys([name for name, _ in here.most_common()] +
                                  [name for name, _ in self.places.regions.most_common()]))

    def rest_of_the_pair(self, sent: Span, chosen: list[str], covered: set) -> list[str]:
        """The sides "mutual trade" or "the two countries" leave unnamed, when the countries of the sentence's titles
        ("Belarus' ambassador to Kazakhstan X said"), then of the titles before it ("Belarusian Prime Minister X met
        Uzbek Deputy Prime Minister Y. Mutual trade ...") and then the dateline's make two with those named; a
        speaker's nationality alone completes nothing ("..., Kazakh Trade Minister X said")."""
        titled = [p.name for p in self.places.within(sent) + self.places.within(self.doc[: sent.start])
                  if p.kind == "country" and in_title(self.doc, p)]
        rest = [name for name in dict.fromkeys(titled + ([self.home] if self.home else []))
                if name not in chosen and name not in covered]
        return rest[: 2 - len(chosen)] if len(chosen) + len(rest) >= 2 else []

    def source_countries(self, sent: Span) -> list[str]:
        """The countries of the bodies a sentence cites ("according to the Bureau of National Statistics of
        Kazakhstan", "the Kazakh Ministry of Trade reported"): a body reports its own country's trade."""
        out = []
        for org in (e for e in self.ents_in[sent.start] if e.label_ == "ORG"):
            head = org.root.head
            cited = (org.root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX")) or (
                org.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")
            if cited:
                out += [p.name for p in self.places.within(org) if p.kind == "country"]
        return out

    def region_of(self, country: str) -> str | None:
        counts = self.places.regions.most_common()
        return next((name for name, _ in counts if self.places.region_country[name] == country), None)


def _most_named(names: list[str]) -> list[str]:
    """The two names written most, the first written first among equals."""
    counts = Counter(names)
    return sorted(counts, key=lambda name: (-counts[name], names.index(name)))[:2]


def is_side(doc: Doc, ents_in: dict[int, list[Span]], place: Place, sent: Span) -> bool:
    """Not a place in a person's title ("Akim of Akmola Region Yermek Marzhikpayev", "Kazakh Trade Minister
    X"), in an organisation's name ("Minsk Oblast Executive Committee") or in an amount ("US $10 billion")."""
    if any(o.label_ in ("ORG", "MONEY") and o.start <= place.start and place.end <= o.end
           and len(o) > place.end - place.start for o in ents_in[sent.start]):
        return False
    return not in_title(doc, place)


def area_of_partner(doc: Doc, place: Place, location_prepositions: set[str], partner_nouns: frozenset[str]) -> bool:
    """ "Russia remains our main partner in the EAEU", "Kazakhstan's key partner in Central Asia": the area a
    partnership is in is no side of it."""
    tok = doc[place.start : place.end].root
    if tok.dep_ != "pobj" or tok.head.lower_ not in location_prepositions:
        return False
    holder = tok.head.head
    return holder.lower_ in partner_nouns or holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("attr", "dobj", "oprd") and c.lower_ in partner_nouns for c in holder.children)


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
    for its country; elsewhere ("talks in Minsk", "trade between Almaty and Minsk") it is a city."""
    country = capital_country.get(place.name)
    if place.kind != "city" or country is None or not names_subject(doc, place):
        return place
    return Place("country", country, country, place.start, place.end)


def names_subject(doc: Doc, place: Place) -> bool:
    """ "Xinjiang saw its trade grow", "Tatarstan Republic exported ...": the place is, or names, a clause's subject."""
    tok = doc[place.start : place.end].root
    while tok.dep_ in ("compound", "conj") and tok.head.i > tok.i or tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def in_title(doc: Doc, place: Place) -> bool:
    """A place in a person's title: the first name or verb above it is a PERSON ("Kazakh Trade Minister X")."""
    for ancestor in doc[place.start].ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.ent_type_ == "PERSON":
            return True
    return False


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
