"""The reporter of a trade figure: whose export or import it is ("Belarus' export", "exports from Kazakhstan",
"Kazakhstan exported", "our exports" said by a Belarusian minister), and for investment the investing side
("investment from the EU", "Korea invested"). From the text only; a figure right after one with a reporter
keeps it ("Belarus' export was ..., import reached ..."), and so does one after a sentence naming whose
exports it speaks of ("The main items of Belarusian export are ...").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..places import Place, Places
from ..syntax import paragraph_of, paragraph_starts
from .investors import Investors
from .metric_phrase import gapped_owner, joined, owner_before, phrase_of, verb_of
from .referents import Referents
from .side_places import SIDE_KINDS, as_region, is_side_city
from .speakers import Speakers


class Reporters:
    """Decides whose figure it is, from the metric word's phrase, its verb's subject, its preposition ("from",
    "of"), the investor (`Investors`) or a first-person speaker's title (`Speakers`), and carries a reporter to the
    next sentence's figure."""

    def __init__(self, doc: Doc, places: Places, words: dict, totals: set[str], trade_words: frozenset[str]):
        """`totals`: the countries whose total trade the text has stated (`Parties.own_total`), kept up to date;
        `trade_words`: the words of every metric (`SidePlaces.trade_words`)."""
        self.doc = doc
        self.totals = totals
        self.places = places
        self.trade_words = trade_words
        self.metric_words = {metric: set(forms) for metric, forms in words["metrics"].items()}
        self.partner_prepositions = {metric: set(p) for metric, p in words["partner_prepositions"].items()}
        self.paragraphs = paragraph_starts(doc)
        self.referents = Referents(doc, places, self.paragraphs)
        self.speakers = Speakers(doc, places, words)
        self.investors = Investors(self.metric_words["investment"])
        self.reporter_in_force: str | None = None
        self.reporter_sentence = -2
        self.reporter_paragraph: int | None = None  # the paragraph a reporter read from no figure is bound to

    def reporter(self, metric_token: Token, metric: str, parties: list[str], n: int,
                 figure: Token | None = None) -> str | None:
        """Whose export or import, or who invests: "Belarus' export", "exports of Belarus", "exports from
        Kazakhstan", "imports from Türkiye" (the other side), "Kazakhstan's investments", "Korea invested";
        a figure without one in the sentence after one keeps it ("Belarus' export was ..., import reached ..."); the
        surplus of a country's total trade is that country's ("Kazakhstan's foreign trade ... The surplus ...")."""
        if metric == "surplus":
            return parties[0] if len(parties) == 1 and parties[0] in self.totals else None
        if metric == "services":  # "Belarus' exports of services": whose the flow is, as of goods; "trade in services"
            metric = next((m for m in ("export", "import") if metric_token.lower_ in self.metric_words[m]), metric)
        if metric not in ("export", "import", "investment"):
            return None
        named = self._sides(metric_token.sent)
        phrase = phrase_of(metric_token)
        referent = self.referent(metric_token)
        reporter = gapped_owner(metric_token, figure, named, self.partner_prepositions.get(metric, set())) \
            if figure is not None and figure.sent == metric_token.sent else None  # "..., and Uzbekistan's $1.4 billion"
        reporter = reporter or owner_before(phrase, named) or self._pronoun_of_subject(phrase, named) or \
            self._referent_side(referent, parties)
        verb = verb_of(phrase)
        if reporter is None and verb is not None:  # "Kazakhstan exported ...", "Kazakhstan increased its exports"
            reporter = self._subject_of(verb, named)
        if reporter is None and verb is not None:  # "Last year the oblast exported goods worth $38 million"
            side = next((self.referents.stands_for(c) for c in verb.children if c.dep_ == "nsubj"), None)
            reporter = side.name if side is not None else None
        if reporter is None:
            reporter = self._of_preposition(phrase, named, metric, parties)
        if reporter is None:
            reporter = self._of_referent(phrase, metric)
        if reporter is None and metric == "investment":
            reporter = self.investors.source_of_received(phrase, named)
            if reporter is None and figure is not None:
                verb = next((t for t in figure.ancestors if t.pos_ == "VERB"), None)  # the part's own verb, which
                reporter = self.investors.of_part(phrase, figure, verb, named)  # the first person is read from below
            reporter = reporter or self.investors.of_investor_noun(phrase, named)
        if reporter is None and self.speakers.speaks_for(metric_token, verb):
            reporter = self.speakers.country(metric_token)  # "we have doubled our supplies", said the Belarusian PM
        if reporter is None and n - self.reporter_sentence <= 1 and self.reporter_paragraph in (
                None, paragraph_of(self.paragraphs, metric_token.sent.start_char)):
            reporter = self.reporter_in_force
        if reporter is None:
            reporter = self._named_before(metric_token.sent, metric)
        if reporter is None and metric != "investment" and len(parties) == 1 and parties[0] in self.totals:
            reporter = parties[0]  # "Kazakhstan's foreign trade reached ... Exports decreased by 6.6%": its own
        if reporter is None and metric != "investment" and len(parties) == 2:
            reporter = self._stated_by(metric_token, parties)  # "Exports grew by 12%, the Belarusian PM said"
        if reporter is None and metric != "investment" and len(parties) == 1:
            reporter = self._partner_stated_by(phrase, metric, parties[0])
        reporter = self.places.regional(reporter, parties)
        if reporter is not None:
            self.reporter_in_force, self.reporter_sentence, self.reporter_paragraph = reporter, n, None
        return reporter

    @staticmethod
    def _subject_of(verb: Token, named: list) -> str | None:
        """ "Kazakhstan exported ...", "Belarus plans to increase deliveries ...": the place in the subject of the
        verb, or of the verb that controls it."""
        controller = verb
        while controller.dep_ in ("xcomp", "conj", "acomp") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                     for c in controller.children):
            controller = controller.head  # "Belarus plans to increase deliveries ...": the subject of "plans"
        subjects = [c for c in controller.children if c.dep_ in ("nsubj", "nsubjpass")]
        there = [p for s in subjects for p in named if s.left_edge.i <= p.start and p.end <= s.right_edge.i + 1]
        if len(there) >= 2 and there[0].name != there[1].name and joined(verb.doc, there[0], there[1]):
            return None  # "Kazakhstan and Tajikistan are implementing investment projects": the pair, no one side
        return there[0].name if there else None

    @staticmethod
    def _of_preposition(phrase: Token, named: list, metric: str, parties: list[str]) -> str | None:
        """ "exports of Belarus", "imports by Kazakhstan", "imports to Kazakhstan" (the owner), "imports from Türkiye"
        (the other side), "imports of Belarusian machinery" (the goods' country sells them): the first preposition of the phrase that names a
        place, the agent's before the others."""
        preps = sorted((c for c in phrase.children if c.dep_ in ("prep", "agent")), key=lambda c: c.lower_ != "by")
        for prep in preps:  # "imports of Belarusian machinery by Kazakhstan": the agent's before the goods'
            there = [p for p in named if prep.i < p.start <= prep.right_edge.i]
            if not there:
                continue
            goods = next((c for c in prep.children if c.dep_ == "pobj"), None)
            goods_origin = prep.lower_ == "of" and metric == "import" and goods is not None and not (
                there[0].start <= goods.i < there[0].end)  # "of Belarusian machinery": the goods' country
            owner_side = prep.lower_ in ("of", "by") and not goods_origin or (
                prep.lower_ == "from" and metric != "import") or (prep.lower_ in ("to", "into") and metric == "import")
            # "imports to Kazakhstan", "imports into Belarus": the destination of imports is their importer
            return there[0].name if owner_side else other_side(there[0].name, parties)
        return None

    def note(self, antecedent: Token, metric: str, parties: list[str], n: int) -> None:
        """Whose trade a sentence without figures speaks of ("The main items of Belarusian export are trucks."):
        the next sentence's figure keeps it only in the same paragraph (a figure's own reporter also carries
        across a paragraph break, to the restatement of its change)."""
        if self.reporter(antecedent, metric, parties, n) is not None:
            self.reporter_paragraph = paragraph_of(self.paragraphs, antecedent.sent.start_char)

    def referent(self, metric_token: Token) -> Place | None:
        """The side "its" or "the country's" of the metric word stands for (`Referents.of`), or the region a regional
        official's "our" stands for (`Speakers.region`)."""
        return self.referents.of(metric_token) or self.speakers.region(metric_token)

    def first_person_side(self, metric_token: Token) -> str | None:
        """ "Our trade with Kazakhstan grew by 10%, the Belarusian Prime Minister said": the speaker's country."""
        return self.speakers.side(metric_token)

    def _sides(self, sent) -> list:
        return [as_region(p, self.places) for p in self.places.within(sent) if p.kind in SIDE_KINDS or p.kind == "city"
                and is_side_city(self.doc, p, self.trade_words)]  # "Karaganda's exports", "Kostanay region"'s too

    def _stated_by(self, metric_token: Token, parties: list[str]) -> str | None:
        """The side of a pair whose official states an export or import that names no owner in its sentence ("Exports
        rose by 12%, Kazakhstan's Ambassador to Belarus X said", "X said ... He added that exports grew to $1 billion"):
        the flows one side's official gives are that side's; a speaker of neither side gives none (`Speakers`)."""
        paragraph = paragraph_of(self.paragraphs, metric_token.sent.start_char)
        start = self.paragraphs[paragraph - 1] if paragraph else 0
        side = self.places.regional(self.speakers.stating_country(metric_token, start), parties)
        return side if side in parties else None

    def _partner_stated_by(self, phrase: Token, metric: str, partner: str) -> str | None:
        """ "Exports to Kazakhstan grew by 12%, Belarusian Ambassador X said": a flow that names only its partner
        ("to Kazakhstan", "from Türkiye") is of the side whose official states it, when that is another country; the
        side is read from the text (the speaker's title), never from the pair the article is usually about."""
        prepositions = self.partner_prepositions.get(metric, set())
        if not any(c.dep_ == "prep" and c.lower_ in prepositions and self.places.within(self.doc[c.i : c.right_edge.i + 1])
                   for c in phrase.children):
            return None
        paragraph = paragraph_of(self.paragraphs, phrase.sent.start_char)
        side = self.speakers.stating_country(phrase, self.paragraphs[paragraph - 1] if paragraph else 0)
        return side if side not in (None, partner) else None

    def _pronoun_of_subject(self, phrase: Token, named: list) -> str | None:
        """ "Belarus and Kazakhstan held talks. The Belarusian side increased its exports by 15%": "its" of the object
        of a verb whose subject names a side is that subject's, before the side named last."""
        verb = verb_of(phrase)
        if verb is None or verb is phrase or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in phrase.children):
            return None
        return self._subject_of(verb, named)

    def _referent_side(self, referent: Place | None, parties: list[str]) -> str | None:
        """The side "its" or "the region's" stands for; a region read there that is no side while its own country is
        ("X of Grodno Oblast met the akim of Turkestan region. The region's exports to Kazakhstan grew") is the
        region of the parties that is of another country, as `Parties` reads it."""
        if referent is None:
            return None
        country = self.places.region_country.get(referent.name)
        if referent.kind == "region" and referent.name not in parties and country in parties:
            return next((p for p in parties if self.places.region_country.get(p) not in (None, country)), None)
        return referent.name

    def _of_referent(self, phrase: Token, metric: str) -> str | None:
        """ "exports of the oblast", "exports of the region's enterprises", "supplies from the country's companies":
        the owner a preposition of the metric phrase points back at (`Referents.stands_for`), as a word of its own or
        as the owner of the companies it names."""
        owner_preps = {"of", "by"} | ({"from"} if metric == "export" else set())
        for prep in (c for c in phrase.children if c.dep_ in ("prep", "agent") and c.lower_ in owner_preps):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                poss = next((c for c in noun.children if c.dep_ == "poss"), None)
                side = self.referents.stands_for(noun) or (self.referents.stands_for(poss) if poss is not None else None)
                if side is not None:
                    return side.name
        return None

    def _named_before(self, sent, metric: str) -> str | None:
        """ "The main items of Belarusian export are trucks and tractors. Exports of trucks amounted to ...": the
        owner of the same metric word in the nearest sentence before that names one, in the same paragraph."""
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        while sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            if paragraph_of(self.paragraphs, sent.start_char) != paragraph:
                return None
            named = self._sides(sent)
            owner = next((o for o in (owner_before(phrase_of(t), named) for t in sent if t.lower_ in self.metric_words[metric])
                          if o), None)
            if owner:
                return owner
        return None


def other_side(name: str, parties: list[str]) -> str | None:
    others = [p for p in parties if p != name]
    return others[0] if len(parties) == 2 and len(others) == 1 else None
