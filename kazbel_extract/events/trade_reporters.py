"""The reporter of a trade figure: whose export or import it is ("Belarus' export", "exports from Kazakhstan",
"Kazakhstan exported", "our exports" said by a Belarusian minister), and for investment the investing side
("investment from the EU", "Korea invested"). From the text only; a figure right after one with a reporter
keeps it ("Belarus' export was ..., import reached ..."), and so does one after a sentence naming whose
exports it speaks of ("The main items of Belarusian export are ...").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .places import Place, Places
from .syntax import paragraph_of, paragraph_starts
from .trade_parties import SIDE_KINDS, in_title, is_side_city


class Reporters:
    """Decides whose figure it is, from the metric word's phrase, its verb's subject, its preposition ("from",
    "of") or a first-person speaker's title, and carries a reporter to the next sentence's figure."""

    def __init__(self, doc: Doc, places: Places, words: dict, totals: set[str], trade_words: frozenset[str]):
        """`totals`: the countries whose total trade the text has stated (`Parties.own_total`), kept up to date;
        `trade_words`: the words of every metric (`Parties.trade_words`)."""
        self.doc = doc
        self.totals = totals
        self.places = places
        self.trade_words = trade_words
        self.metric_words = {metric: set(forms) for metric, forms in words["metrics"].items()}
        self.paragraphs = paragraph_starts(doc)
        self.first_person = set(words["first_person_pronouns"])  # "our exports", "we exported": the speaker's side
        self.partner_nouns = set(words["partner_nouns"])  # "Russia remains our main partner, with trade of ..."
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
        if metric not in ("export", "import", "investment"):
            return None
        named = self._sides(metric_token.sent)
        phrase = _phrase(metric_token)
        referent = self.referent(metric_token)
        reporter = _owner(phrase, named) or (referent.name if referent else None)
        verb = verb_of(phrase)
        if reporter is None and verb is not None:  # "Kazakhstan exported ...", "Kazakhstan increased its exports"
            controller = verb
            while controller.dep_ in ("xcomp", "conj", "acomp") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                         for c in controller.children):
                controller = controller.head  # "Belarus plans to increase deliveries ...": the subject of "plans"
            subjects = [c for c in controller.children if c.dep_ in ("nsubj", "nsubjpass")]
            there = [p for s in subjects for p in named if s.left_edge.i <= p.start and p.end <= s.right_edge.i + 1]
            reporter = there[0].name if there else None
        if reporter is None:
            preps = sorted((c for c in phrase.children if c.dep_ in ("prep", "agent")), key=lambda c: c.lower_ != "by")
            for prep in preps:  # "imports of Belarusian machinery by Kazakhstan": the agent's before the goods'
                there = [p for p in named if prep.i < p.start <= prep.right_edge.i]
                if not there:
                    continue
                goods = next((c for c in prep.children if c.dep_ == "pobj"), None)
                goods_origin = prep.lower_ == "of" and metric == "import" and goods is not None and not (
                    there[0].start <= goods.i < there[0].end)  # "of Belarusian machinery": the goods' country
                owner_side = prep.lower_ in ("of", "by") and not goods_origin or (
                    prep.lower_ == "from" and metric != "import")
                reporter = there[0].name if owner_side else other_side(there[0].name, parties)
                break  # "imports of Belarusian machinery": the goods' country sells them
        if reporter is None and metric == "investment":
            reporter = self._source_of_received(phrase, named)
        if reporter is None and metric == "investment" and figure is not None:
            verb = next((t for t in figure.ancestors if t.pos_ == "VERB"), None)
            if verb is not None and verb != next((t for t in phrase.ancestors if t.pos_ == "VERB"), None):
                there = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                         for p in named if prep.i < p.start <= prep.right_edge.i]
                reporter = there[0].name if there else None  # "..., of which $5 billion came from Korea": the
                # part's own verb names its investor
            there = [p for prep in figure.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for p in named if prep.i < p.start <= prep.right_edge.i]
            reporter = reporter or (there[0].name if there else None)  # "including $4 billion from the Netherlands"
        if reporter is None and metric == "investment" and phrase.dep_ == "pobj" and phrase.head.lower_ == "with":
            holder = phrase.head.head  # "The Netherlands is the largest investor in Kazakhstan, with investment of ...":
            if any(c.dep_ == "attr" and c.lower_ in self.metric_words[metric] for c in holder.children):  # the
                there = [p for c in holder.children if c.dep_ == "nsubj"  # subject the investor noun is said of
                         for p in named if c.left_edge.i <= p.start and p.end <= c.right_edge.i + 1]
                reporter = there[0].name if there else None
        if reporter is None and self._first_person(metric_token, verb):
            reporter = self._speaker_country(metric_token)  # "we have doubled our supplies", said the Belarusian PM
        if reporter is None and n - self.reporter_sentence <= 1 and self.reporter_paragraph in (
                None, paragraph_of(self.paragraphs, metric_token.sent.start_char)):
            reporter = self.reporter_in_force
        if reporter is None:
            reporter = self._named_before(metric_token.sent, metric)
        if reporter is None and metric != "investment" and len(parties) == 1 and parties[0] in self.totals:
            reporter = parties[0]  # "Kazakhstan's foreign trade reached ... Exports decreased by 6.6%": its own
        reporter = self.places.regional(reporter, parties)
        if reporter is not None:
            self.reporter_in_force, self.reporter_sentence, self.reporter_paragraph = reporter, n, None
        return reporter

    def note(self, antecedent: Token, metric: str, parties: list[str], n: int) -> None:
        """Whose trade a sentence without figures speaks of ("The main items of Belarusian export are trucks."):
        the next sentence's figure keeps it only in the same paragraph (a figure's own reporter also carries
        across a paragraph break, to the restatement of its change)."""
        if self.reporter(antecedent, metric, parties, n) is not None:
            self.reporter_paragraph = paragraph_of(self.paragraphs, antecedent.sent.start_char)

    def referent(self, metric_token: Token) -> Place | None:
        """The side "its", "the country's", "the republic's" or "the region's" stands for, as the owner of a metric
        word ("Uzbekistan's economy grew by 6%, and its exports rose to $24 billion", "Belarus is among Kazakhstan's
        partners. The country's exports ..."): the last country or region named before it in its paragraph as a
        subject or a subject's owner (a region word points at the last region named in any role)."""
        poss = next((c for c in _phrase(metric_token).children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        word = poss.lower_
        if poss.pos_ == "NOUN" and not any(c.dep_ == "det" for c in poss.children) or any(
                c.dep_ in ("compound", "amod", "nmod") for c in poss.children):
            return None  # "Kostanay region's trade" names its region; "the region's trade" points back at one
        if word in self.places.referring_possessives:
            kinds, any_role = ("country", "region"), False
        elif word in self.places.country_nouns and poss.pos_ == "NOUN":
            kinds, any_role = ("country",), False
        elif word in self.places.singular_region_words and poss.pos_ == "NOUN":
            kinds, any_role = ("region",), True
        else:
            return None
        paragraph = paragraph_of(self.paragraphs, poss.idx)
        for place in reversed(self.places.within(self.doc[: poss.i])):
            if paragraph_of(self.paragraphs, self.doc[place.start].idx) != paragraph:
                return None
            if place.kind not in kinds or in_title(self.doc, place):
                continue
            root = self.doc[place.start : place.end].root
            while root.dep_ in ("compound", "conj") and root.head.i != root.i:
                root = root.head
            if any_role or root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "poss" and root.head.dep_ in (
                    "nsubj", "nsubjpass"):  # "Uzbekistan's economy grew, and its exports ...": the subject's owner
                return place
        return None

    def _sides(self, sent) -> list:
        return [p for p in self.places.within(sent) if p.kind in SIDE_KINDS or p.kind == "city" and
                is_side_city(self.doc, p, self.trade_words)]  # "Karaganda's exports"

    def _named_before(self, sent, metric: str) -> str | None:
        """ "The main items of Belarusian export are trucks and tractors. Exports of trucks amounted to ...": the
        owner of the same metric word in the nearest sentence before that names one, in the same paragraph."""
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        while sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            if paragraph_of(self.paragraphs, sent.start_char) != paragraph:
                return None
            named = self._sides(sent)
            owner = next((o for o in (_owner(_phrase(t), named) for t in sent if t.lower_ in self.metric_words[metric])
                          if o), None)
            if owner:
                return owner
        return None

    @staticmethod
    def _source_of_received(phrase: Token, named: list) -> str | None:
        """ "Uzbekistan attracted $2 billion in investment from China", "the investments attracted from Kazakhstan into
        the economy of Belarus": the "from" of the verb that receives the investment, or of the participle that
        qualifies it, names the investor (the subject of the verb is the recipient)."""
        nouns = [phrase] + ([phrase.head.head] if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else [])
        verbs = [c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "the volume of
        # investments attracted from ..."
        verbs += [next((t for t in phrase.ancestors if t.pos_ == "VERB"), None)]
        for verb in (v for v in verbs if v is not None):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
                there = [p for p in named if prep.i < p.start <= prep.right_edge.i]
                if there:
                    return there[0].name
        return None

    def first_person_side(self, metric_token: Token) -> str | None:
        """ "Our trade with Kazakhstan grew by 10%, the Belarusian Prime Minister said": the speaker's country."""
        return self._speaker_country(metric_token) if self._first_person(metric_token, verb_of(metric_token)) else None

    def _first_person(self, metric_token: Token, verb: Token | None) -> bool:
        """ "our exports", "supplies of our products", "we exported", "we have increased exports"."""
        owners = [c for c in metric_token.children if c.dep_ == "poss"]
        owners += [g for c in metric_token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children for g in o.children if g.dep_ == "poss"]
        if verb is not None:
            owners += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if metric_token.dep_ == "pobj" and metric_token.head.lower_ == "with":  # "X remains our main partner, with
            owners += [g for c in metric_token.head.head.children if c.lower_ in self.partner_nouns  # trade of $26
                       for g in c.children if g.dep_ == "poss"]  # billion": the speaker's side is the other
        return any(o.lower_ in self.first_person for o in owners)

    def _speaker_country(self, tok: Token) -> str | None:
        """The country of the person speaking in the first person: named in the title of the person of its
        sentence ('..., Belarusian Prime Minister X said'), else of the last person titled before it."""
        sent_end = tok.sent.end
        for place in reversed([p for p in self.places.all if p.start < sent_end]):
            if place.kind == "country" and in_title(self.doc, place):
                return place.name
        return None


def _phrase(metric_token: Token) -> Token:
    """The noun the metric word qualifies: "sales" of "Belarus' export sales to Kazakhstan"."""
    return metric_token.head if metric_token.dep_ == "compound" and metric_token.head.pos_ == "NOUN" else metric_token


def _owner(phrase: Token, named: list) -> str | None:
    """The place written before a metric word in its phrase: "Belarus' export", "Belarusian exports"."""
    owner = [p for p in named if phrase.left_edge.i <= p.start and p.end <= phrase.i]
    return owner[-1].name if owner else None


def verb_of(metric_token: Token) -> Token | None:
    """The verb a metric word is or is the object of: "exported", "increased" in "increased its exports"."""
    return metric_token if metric_token.pos_ == "VERB" else metric_token.head if metric_token.dep_ == "dobj" else None


def other_side(name: str, parties: list[str]) -> str | None:
    others = [p for p in parties if p != name]
    return others[0] if len(parties) == 2 and len(others) == 1 else None
