"""A figure of one side alone: a country's or region's trade with the world ("Kazakhstan's exports of grain reached
$2 billion", "Belarus exported goods worth $40 billion", "Uzbekistan's trade with the world"), read from the
figure's clause and what its paragraph and the article said before it, so that no side is filled in from the
article's pair where the text names one; in a story whose lede is about the pair's trade such a figure is a flow
between the two, unless its clause names the world as the partner ("to the world", "abroad", "to 60 countries").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .titles import headed_paragraph_starts
from ..places import Place
from ..syntax import paragraph_of
from .article_pair import ArticlePair
from .partners import PartnerRoles
from .side_places import SIDE_KINDS, SidePlaces, clause_head, clause_of, is_side_city, names_subject, people_countries

if TYPE_CHECKING:
    from .metrics import MetricWords

WORLD_PREPOSITIONS = ("to", "into", "with", "from")  # "exports to foreign markets", "trade with 120 countries"


class SoleSides:
    """Decides whether a figure is the trade of one side with the world, and which side; keeps the sides of the
    article's figures of two sides so far (`Parties.sides` adds them)."""

    def __init__(self, doc: Doc, side_places: SidePlaces, roles: PartnerRoles, pair: ArticlePair, words: dict,
                 metric_words: MetricWords, totals: set[str]):
        """`totals`: the countries whose trade with the world the text has stated so far (`OwnTotals.totals`)."""
        self.doc = doc
        self.totals = totals
        self.side_places = side_places
        self.roles = roles
        self.pair = pair
        self.metric_words = metric_words
        self.trade_words = side_places.trade_words
        self.import_words = frozenset(words["metrics"]["import"])
        self.whole_trade_words = frozenset(words["whole_trade_words"])  # "foreign", "total": trade with the world
        self.world_partners = frozenset(words["world_partners"])  # "exports to the world", "sold abroad"
        self.world_partner_nouns = frozenset(words["world_partner_nouns"])  # "to foreign markets", "to 120 countries"
        self.world_partner_modifiers = frozenset(words["world_partner_modifiers"]) | self.whole_trade_words
        self.pair_numerals = frozenset(words["pair_numerals"])  # "the two countries" are a pair, not the world
        self.headed_paragraphs = headed_paragraph_starts(doc)  # a headline with its lede, a colon with its list
        self.paired_sides: set[str] = set()  # the sides of the article's figures of two sides so far
        self._trade_lede: bool | None = None  # whether the lede speaks of the pair's trade (`trade_lede`)

    def side(self, sent: Span, named: list[Place], figure: Token, owner: Place | None) -> str | None:
        """ "Kazakhstan's exports of grain reached $2 billion", "Belarus exported goods worth $40 billion", "Uzbekistan's
        trade with the world": a figure whose clause names one side, as the owner of its trade word, the subject of
        the figure's clause or the side "its" stands for, and no partner, is that side's trade with the world and has
        that side alone, not the article's pair; unless the article has given a figure of that side with another
        before ("Trade between Kazakhstan and Kyrgyzstan rose by 9%. ... Kazakh exports amounted to $600 million"), or
        its paragraph speaks of a pair up to it: a pair word ("bilateral", "the two countries") or
        another side named before its clause ("Kazakhstan and China agreed on new routes. Kazakhstan's exports grew to
        $15 billion"; but "Belarus' exports grew to $40 billion, while its trade with Kazakhstan ..." are Belarus'), or
        the side is one of a lede about the pair's trade (`trade_lede`), the clause names no partner of the world and
        the text has stated no total of the side's trade with the world before it ("Kazakhstan and Uzbekistan
        discussed ways to expand trade. ... Uzbekistan's exports grew to $1.2 billion")."""
        own = clause_of(figure)
        named_sides = [p for p in named if p.kind in SIDE_KINDS or p.kind == "city" and is_side_city(
            self.doc, p, self.trade_words)]
        sides = {p.name: p for p in named_sides if p.start in own}
        if owner is not None:
            sides.setdefault(owner.name, owner)
        if len(sides) != 1:
            return None
        place = next(iter(sides.values()))
        subject = names_subject(self.doc, place) and clause_head(self.doc[place.start]) == clause_head(figure) and \
            not self._modifier(place)
        link = self._import_link(place)
        if place.name in self.paired_sides or not (
                place is owner or subject or self.roles.owns_trade(place) and link != "from" or link in ("to", "into")):
            return None
        before = self._paragraph_so_far(sent)
        earlier = [p for p in named_sides if p.start < min(own)] + [
            p for s in before for p in self.side_places.named(s) if p.kind in SIDE_KINDS]
        if any(self.pair.of_a_pair(s) for s in [*before, sent]) or any(p.name != place.name for p in earlier):
            return None
        if place.name in self.pair.lede and place.name not in self.totals and self.trade_lede() and \
                not self._world_partner(own) and \
                not any(p.name != place.name for p in named_sides if p.start not in own and p.start > figure.i):
            return None  # "Kazakhstan and Uzbekistan discussed ways to expand trade. ... Uzbekistan's exports grew to
            # $1.2 billion": in a story of the pair's trade, a side's trade of no partner is with the other side
        return place.name

    def trade_lede(self) -> bool:
        """Whether the article is about the trade of its pair (`ArticlePair.lede`): its lede (the first paragraph that
        names a side, with the headline over it) names both sides, as sides, in officials' titles or through the
        officials' countries, and a trade word that is no trade with the world ("Kazakhstan and Uzbekistan discussed
        ways to expand trade", "Belarus, Kazakhstan to boost trade", "Belarusian Prime Minister X and Kazakh Prime
        Minister Y discussed trade"); a lede of talks or of cooperation in general ("Belarus and Kazakhstan discussed
        industrial cooperation") is not."""
        if self._trade_lede is None:
            self._trade_lede = False
            starts = [0, *(i for i in self.headed_paragraphs if i), len(self.doc.text) + 1]
            for start, end in zip(starts, starts[1:]):
                sents = [s for s in self.doc.sents if start <= s.start_char < end]
                named = {p.name for s in sents for p in self.side_places.places.within(s) if p.kind in SIDE_KINDS}
                named |= {country for s in sents for _, country in people_countries(self.doc, s.start, s.end)}
                if named:
                    self._trade_lede = len(self.pair.lede) == 2 and set(self.pair.lede) <= named and any(
                        self.metric_words.of_word(t) and not any(c.lower_ in self.whole_trade_words for c in t.children)
                        for s in sents for t in s)
                    break
        return self._trade_lede

    def _world_partner(self, own: set[int]) -> bool:
        """ "exports to the world", "sold abroad", "exports to foreign markets", "supplies to 120 countries": the
        figure's clause names the rest of the world as the partner."""
        for tok in (self.doc[i] for i in own):
            if tok.lower_ in self.world_partners and (tok.dep_ == "pobj" or tok.pos_ == "ADV"):
                return True
            if tok.lower_ in self.world_partner_nouns and self._after_preposition(tok) and any(
                    c.lower_ in self.world_partner_modifiers or c.like_num and c.lower_ not in self.pair_numerals
                    for c in tok.children if c.dep_ in ("amod", "nummod", "compound")):
                return True
        return False

    def _after_preposition(self, noun: Token) -> bool:
        """ "to foreign markets", "worth $3 billion to 60 countries": the noun is the object of a partner's
        preposition, or is written right after one and its modifiers (the parser reads some "$3 billion to 60" as a
        range)."""
        if noun.dep_ == "pobj":
            return noun.head.lower_ in WORLD_PREPOSITIONS
        i = noun.i - 1
        while i > noun.sent.start and self.doc[i].head == noun and self.doc[i].dep_ in ("amod", "nummod", "det"):
            i -= 1
        return self.doc[i].lower_ in WORLD_PREPOSITIONS

    def _modifier(self, place: Place) -> bool:
        """ "Kazakh exports", "Kazakh companies exported": a country's word modifying a common noun says where the
        trade comes from, as "Belarusian exports" does, and owns it no more than that (the parser makes some such
        words compounds of the subject, others adjectives): in a story of a pair it is that pair's trade."""
        tok = self.doc[place.start : place.end].root
        return place.kind == "country" and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and \
            tok.head.i > tok.i

    def _paragraph_so_far(self, sent: Span) -> list[Span]:
        """The sentences before `sent` in its paragraph, a headline making one with the lede it heads and a paragraph
        ending in a colon one with the list it announces (`headed_paragraph_starts`)."""
        paragraph = paragraph_of(self.headed_paragraphs, sent.start_char)
        out: list[Span] = []
        start = sent.start
        while start > 0 and paragraph_of(self.headed_paragraphs, self.doc[start - 1].idx) == paragraph:
            out.insert(0, self.doc[start - 1].sent)
            start = out[0].start
        return out

    def _import_link(self, place: Place) -> str | None:
        """The preposition that ties the place to an import word, if one does: "imports from Belarus" (the origin,
        the partner, not the owner), "imports to Kazakhstan", "imports into Belarus" (the destination, the owner)."""
        tok = self.doc[place.start : place.end].root
        return tok.head.lower_ if tok.dep_ == "pobj" and tok.head.head.lower_ in self.import_words else None
