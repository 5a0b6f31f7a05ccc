"""The pair of sides an article is about, and where the sides a figure's sentence leaves out come from: the
countries the article names most as sides, the regions "the two regions" point at, the countries of the bodies a
sentence cites, of its speakers' titles and of the dateline.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..places import Places
from ..syntax import paragraph_of
from .side_places import area_of_partner, as_side, in_title, is_side, of_data_source, people_countries, trade_words
from .titles import title_spans


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
        self.pair_pronouns = set(words["pair_pronouns"])  # "trade between them"
        self.home = home
        self.report_verbs = set(words["report_verbs"])
        self.data_sources, self.trade_words = frozenset(words["data_sources"]), trade_words(words)
        self.lede = self._pair(words)

    def _pair(self, words: dict) -> list[str]:
        """The two sides the article is about: the two its headline names (`_headline_pair`), else the countries it
        names most as sides, the first named first among equals, or with no country the two regions of two countries
        it names most; a country named once in passing ("a tour that took him to Turkmenistan") does not outrank the
        pair the article keeps naming, and a speaker's nationality ("..., Kazakh Trade Minister X said") is no side; a
        capital that is a subject ("Astana and Minsk agreed") names its country; an article naming one country and a
        bloc is about the two ("Kazakhstan and the European Union held ...")."""
        areas = set(words["location_prepositions"]), frozenset(words["partner_nouns"])
        sides = [as_side(self.doc, place, self.places.capital_country) for sent in self.doc.sents
                 for place in self.places.within(sent) if is_side(self.doc, self.ents_in, place, sent, self.places)
                 and not area_of_partner(self.doc, place, *areas)]
        pair = _most_named([place.name for place in sides if place.kind == "country"])
        headline = self._headline_pair(sides)
        if headline:  # "Kazakhstan, Uzbekistan eye $10bn trade" over a body that names Russia and China more
            return headline
        if not pair:  # "West Kazakhstan Oblast and Gomel Oblast discussed cooperation. Bilateral trade exceeded $5
            # million": an article naming no country but regions of two countries is about the two regions
            regions = _most_named([place.name for place in sides if place.kind == "region"])
            pair = regions if len({self.places.region_country.get(name) for name in regions}) == 2 else []
        if len(pair) == 1:  # "Kazakhstan and the European Union held ... Trade reached $40 billion": a bloc completes it
            pair += _most_named([place.name for place in sides if place.kind == "bloc"])[:1]
        if len(pair) == 1:  # "Mogilev Oblast and Kazakhstan signed a roadmap": a region of another country completes it
            pair += _most_named([place.name for place in sides if place.kind == "region"
                                 and self.places.region_country.get(place.name) not in (None, pair[0])])[:1]
        if len(pair) == 1:  # "Belarus's Trade Minister X met with the Kazakh ambassador", "Minsk Oblast Governor X met
            # with the Kazakh ambassador": the participant's country or region
            sentences = {self.doc[place.start].sent.start for place in sides if place.name in pair}
            pair += [name for name in self._participants_countries(set(words["report_verbs"]), sentences, pair[0])
                     if name not in pair][:1]
        if len(pair) == 1:  # "The Belarusian delegation arrived in Astana for talks": the country of a city of another
            # country where its sentence puts the one side
            sentences = {self.doc[place.start].sent.start for place in sides if place.name in pair}
            pair += [country for place in self.places.all if place.kind == "city"
                     and self.doc[place.start].sent.start in sentences
                     and (country := self.city_country.get(place.name)) not in (None, pair[0])][:1]
        if len(pair) < 2:  # "Kazakh Prime Minister X received Belarusian Deputy Prime Minister Y. ... According to the
            # Kazakh side, trade ...": the countries of the acting officials, when they are two and hold the pair's side
            acting = self._participants_countries(set(words["report_verbs"]), {s.start for s in self.doc.sents})
            if len(acting) == 2 and set(pair) <= set(acting):
                pair = [*pair, *(name for name in acting if name not in pair)]
        return pair

    def _headline_pair(self, sides: list) -> list[str]:
        """The two sides the article's headline (a first block ending without a full stop) names, when it names two
        and a country among them ("Kazakhstan, Uzbekistan eye $10bn trade", "Belarusian exports to Kazakhstan up
        15%"), in the order the article names them most; else none."""
        head = next(((start, end) for start, end in title_spans(self.doc) if start == 0), None)
        if head is None:
            return []
        named = [place for place in sides if head[0] <= self.doc[place.start].idx < head[1]]
        names = list(dict.fromkeys(place.name for place in named))
        if len(names) != 2 or not any(place.kind == "country" for place in named):
            return []
        everywhere = [place.name for place in sides]
        return sorted(names, key=lambda name: (-everywhere.count(name), everywhere.index(name)))

    def _participants_countries(self, report_verbs: set[str], sentences: set[int], other: str | None = None) -> list[str]:
        """The countries of the titles of people who act in a clause of a sentence that names the article's one side
        ("Belarus's Trade Minister X met with the Kazakh ambassador", "the Uzbek side received Kazakhstan's Foreign
        Minister X"), in text order; the title of one who only speaks ("..., Kazakh Trade Minister X said"), or of one
        in a sentence that names no side ("Belarusian Ambassador X met the akim"), names no side. With `other` (the one
        country the article names as a side), a region of another country in such a title counts too ("Minsk Oblast
        Governor X met with the Kazakh ambassador")."""
        out = []
        for place in self.places.all:
            region = other is not None and place.kind == "region" and \
                self.places.region_country.get(place.name) not in (None, other)
            if place.kind != "country" and not region or not in_title(self.doc, place) or \
                    self.doc[place.start].sent.start not in sentences:
                continue
            if _acts(self.doc[place.start], report_verbs):
                out.append((place.start, place.name))
        out += [(person.i, country) for sent in self.doc.sents if sent.start in sentences
                for person, country in people_countries(self.doc, sent.start, sent.end) if _acts(person, report_verbs)]
        return list(dict.fromkeys(name for _, name in sorted(out)))  # "Tokayev received X": the registry's country

    def acting_pair(self, sent: Span) -> list[str]:
        """The two countries of the officials who act in `sent` ("Tokayev met with Uzbek President Shavkat
        Mirziyoyev"), by their titles or the registry, when they are two; else none."""
        acting = self._participants_countries(self.report_verbs, {sent.start})
        return sorted(acting) if len(acting) == 2 else []

    def of_a_pair(self, sent: Span) -> bool:
        """ "bilateral trade", "mutual trade", "the sides noted", "trade between the two countries", "between our
        countries": two sides."""
        return self.names_pair(list(sent))

    def names_pair(self, tokens: list) -> bool:
        """ "bilateral", "mutual", "the two countries", "between them", "between the countries" (with nothing but an
        article: "between the EAEU countries", "between the countries of the region" are more) among `tokens`."""
        return any(t.lower_ in self.pair_words or t.lower_ in self.pair_nouns and t.i > t.sent.start and
                   self.doc[t.i - 1].lower_ in self.pair_numerals or
                   (t.lower_ in self.pair_pronouns or t.lower_ in self.pair_nouns and all(
                       c.dep_ == "det" for c in t.children)) and t.dep_ == "pobj" and t.head.lower_ == "between"
                   for t in tokens)

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
        titled += [country for _, country in people_countries(self.doc, sent.start, sent.end)
                   + people_countries(self.doc, 0, sent.start)]  # "Lukashenko held talks with Tokayev"
        rest = [name for name in dict.fromkeys(titled + ([self.home] if self.home else []))
                if name not in chosen and name not in covered]
        return rest[: 2 - len(chosen)] if len(chosen) + len(rest) >= 2 else []

    def home_partner(self, chosen: list[str]) -> list[str]:
        """The dateline's country as the owner of a partner's trade that the text names no owner of ("ASTANA. KAZINFORM
        - ... trade with Belarus reached $1.3 billion"), when it is no side chosen nor the country of one."""
        covered = set(chosen) | {self.places.region_country.get(name) or self.city_country.get(name) for name in chosen}
        return [self.home] if self.home and self.home not in covered else []

    def titled_pair(self, sent: Span) -> list[str]:
        """The two countries of the officials' titles up to `sent`, when the titles name exactly two ("Kazakhstan's
        Deputy Prime Minister X met with Uzbekistan's Deputy Prime Minister Y. Trade turnover rose to $4.4
        billion"): a figure that names no side, in an article that names no side but through the titles of the
        officials of two countries, is theirs; the titles of one country, or of three, give none."""
        titled = sorted([(p.start, p.name) for p in self.places.within(self.doc[: sent.end])
                         if p.kind == "country" and in_title(self.doc, p)]
                        + [(person.i, country) for person, country in people_countries(self.doc, 0, sent.end)])
        titled = list(dict.fromkeys(name for _, name in titled))  # "Golovchenko met with Bektenov": the registry's
        return sorted(titled) if len(titled) == 2 else []

    def source_countries(self, sent: Span) -> list[str]:
        """The countries of the bodies a sentence cites ("according to the Bureau of National Statistics of
        Kazakhstan", "the Kazakh Ministry of Trade reported") or the statistics it cites ("according to Kazakh
        statistics"): a body reports its own country's trade."""
        out = []
        for org in (e for e in self.ents_in[sent.start] if e.label_ == "ORG"):
            head = org.root.head
            cited = (org.root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX")) or (
                org.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")
            if cited:
                out += [p.name for p in self.places.within(org) if p.kind == "country"]
        return out + [p.name for p in self.places.within(sent) if p.kind == "country"
                      and of_data_source(self.doc, p, self.data_sources, self.trade_words)]  # "Kazakh statistics"

    def region_of(self, country: str) -> str | None:
        counts = self.places.regions.most_common()
        return next((name for name, _ in counts if self.places.region_country[name] == country), None)


def _acts(tok: Token, report_verbs: set[str]) -> bool:
    """The first verb above a title's place or a person's name is no verb of reporting ("X met", not "X said")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lower_ not in report_verbs and verb.lemma_.lower() not in report_verbs


def _most_named(names: list[str]) -> list[str]:
    """The two names written most, the first written first among equals."""
    counts = Counter(names)
    return sorted(counts, key=lambda name: (-counts[name], names.index(name)))[:2]
