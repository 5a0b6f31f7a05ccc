"""A figure of one side alone: a country's or region's trade with the world ("Kazakhstan's exports of grain reached
$2 billion", "Belarus exported goods worth $40 billion", "Uzbekistan's trade with the world"), read from the
figure's clause and what its paragraph and the article said before it, so that no side is filled in from the
article's pair where the text names one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .titles import headed_paragraph_starts
from ..places import Place
from ..syntax import paragraph_of
from .article_pair import ArticlePair
from .partners import PartnerRoles
from .side_places import SIDE_KINDS, SidePlaces, clause_head, clause_of, is_side_city, names_subject


class SoleSides:
    """Decides whether a figure is the trade of one side with the world, and which side; keeps the sides of the
    article's figures of two sides so far (`Parties.sides` adds them)."""

    def __init__(self, doc: Doc, side_places: SidePlaces, roles: PartnerRoles, pair: ArticlePair, words: dict):
        self.doc = doc
        self.side_places = side_places
        self.roles = roles
        self.pair = pair
        self.trade_words = side_places.trade_words
        self.import_words = frozenset(words["metrics"]["import"])
        self.headed_paragraphs = headed_paragraph_starts(doc)  # a headline with its lede, a colon with its list
        self.paired_sides: set[str] = set()  # the sides of the article's figures of two sides so far

    def side(self, sent: Span, named: list[Place], figure: Token, owner: Place | None) -> str | None:
        """ "Kazakhstan's exports of grain reached $2 billion", "Belarus exported goods worth $40 billion", "Uzbekistan's
        trade with the world": a figure whose clause names one side, as the owner of its trade word, the subject of
        the figure's clause or the side "its" stands for, and no partner, is that side's trade with the world and has
        that side alone, not the article's pair; unless the article has given a figure of that side with another
        before ("Trade between Kazakhstan and Kyrgyzstan rose by 9%. ... Kazakh exports amounted to $600 million"), or
        its paragraph speaks of a pair up to it: a pair word ("bilateral", "the two countries") or
        another side named before its clause ("Kazakhstan and China agreed on new routes. Kazakhstan's exports grew to
        $15 billion"; but "Belarus' exports grew to $40 billion, while its trade with Kazakhstan ..." are Belarus')."""
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
        return place.name

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
