"""Where a place stands as a side of trade in its sentence: the partner of "with", "from" or "to" ("trade with
the EAEU countries", "investment from the EU"), the owner of a trade word ("Kazakhstan's trade"), or one of a list
of partners each with its own amount ("trade with Belarus reached $1.3 billion, with Hungary it grew to $612
million, with Poland - $1.1 billion"). `parties.Parties` decides the sides from these roles.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...text import DASHES, LIST_MARKS
from ..places import Place


PARTNER_PREPOSITIONS = ("with", "to", "from")  # a listed partner: "trade with Belarus ..., with Hungary ...", "exports to ...", "imports from ..."


class PartnerRoles:
    """The partner and owner roles of a doc's places, read from the parse of their sentence."""

    def __init__(self, doc: Doc, ents_in: dict[int, list[Span]], trade_words: frozenset[str], gap_words: frozenset[str],
                 partner_nouns: frozenset[str]):
        self.doc = doc
        self.gap_words = gap_words  # "to", "at": what a gapped verb leaves before its amount
        self.partner_nouns = partner_nouns  # "Kazakhstan's main trading partners"
        self.ents_in = ents_in
        self.trade_words = trade_words

    def trades_with(self, place: Place, prepositions: tuple[str, ...] = ("with",)) -> bool:
        """ "trade with the EAEU countries", "with India ($1.9 billion), Iran (...) and Vietnam (...)": the place is the
        partner of "with" (or of another of `prepositions`: "investment from the EU"), directly or as a conjunct."""
        tok = self.doc[place.start : place.end].root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "pobj":
            tok = tok.head  # "with the EAEU countries"
        if tok.dep_ != "pobj" or tok.head.lower_ not in prepositions:
            return False
        prep = tok.head
        while prep.dep_ == "conj" and prep.head.i < prep.i:
            prep = prep.head  # "..., with Russia $5.9 billion and with Kazakhstan $2.8 billion": the first "with"'s
        return prep.head.lower_ in self.trade_words or prep.head.pos_ in ("VERB", "AUX")
        # "trade with", "grew with India"; "a meeting with the Russian delegation" is no trade

    def listed_partners(self, sent: Span, named: list[Place]) -> tuple[list[Place], list[Place]]:
        """The countries of a list of partners, each with its own amount ("trade with Belarus reached $1.3 billion,
        with Hungary it grew to $612 million, with Poland - $1.1 billion"), and the country whose trade they are
        when the sentence names it ("Kazakhstan's trade with ..."): partners of "with" with an amount between them,
        one owner at most and no region or bloc ("the trade of Omsk Oblast with Kazakhstan ..., while Pavlodar
        Region's trade with Russia ..." are two pairs)."""
        countries = sorted((p for p in named if p.kind == "country"), key=lambda p: p.start)
        owners = [p for p in countries if self.owns_trade(p)]
        listed = [p for p in countries if p not in owners]
        if len(owners) > 1 or any(p.kind in ("region", "bloc") for p in named) or len({p.name for p in listed}) < 2 \
                or not all(self.trades_with(p, PARTNER_PREPOSITIONS) or self.gapped(p) for p in listed):
            return [], []
        amounts = [e for e in self.ents_in[sent.start] if e.label_ == "MONEY"]
        if not any(listed[0].end <= e.start and e.end <= listed[-1].start for e in amounts):
            return [], []
        return listed, owners

    def between_pairs(self, sent: Span, named: list[Place]) -> list[list[Place]]:
        """The sides of each "between" of a sentence that names two or more such pairs, in text order ("Trade between
        Uzbekistan and Kazakhstan reached $4.4 billion, and between Uzbekistan and Kyrgyzstan $1.5 billion")."""
        groups: dict[int, list[Place]] = {}
        for place in named:
            tok = self.doc[place.start : place.end].root
            while tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ == "between":
                groups.setdefault(tok.head.i, []).append(place)
        pairs = [groups[i] for i in sorted(groups) if len({p.name for p in groups[i]}) >= 2]
        return pairs if len(pairs) >= 2 else []

    def between_one(self, places: list[Place]) -> bool:
        """ "trade between Central Asia and the EU": the places are all objects of one "between"."""
        heads = set()
        for place in places:
            tok = self.doc[place.start : place.end].root
            while tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head
            heads.add(tok.head.i if tok.dep_ == "pobj" and tok.head.lower_ == "between" else None)
        return len(heads) == 1 and None not in heads

    def gapped(self, place: Place) -> bool:
        """ "..., with Poland - $1.1 billion", "..., and with Japan $800 million", "and to Uzbekistan $3.1 billion", a list
        line "- Russia: $27 billion": a partner whose amount or change follows it, after a dash or, after a partner's preposition,
        directly or after a gapped verb's preposition ("and with China to $31.5 billion"), its verb left out; or, at the
        head of a list line, after a dash or colon, its amount or change."""
        after = self.doc[place.end : place.end + 2]
        if len(after) == 2 and (after[0].text in DASHES or after[0].lower_ in self.gap_words) and \
                after[1].ent_type_ in ("MONEY", "PERCENT") and (after[0].text in DASHES or self._after_partner_preposition(place)):
            return True  # "with Poland - $1.1 billion", "and with China to $31.5 billion", "and with Kazakhstan by 40%"
        if self._heads_list_line(place) and len(after) == 2 and after[0].text in (*DASHES, ":"):
            rest = [t for t in self.doc[place.end + 1 : place.end + 4] if t.lower_ not in self.gap_words]
            return bool(rest) and rest[0].ent_type_ in ("MONEY", "PERCENT")  # "- Russia: $27 billion;", "• Uzbekistan
            # - by 20%": a list line under "Kazakhstan's trade with its main partners:" reads "with Russia - ..."
        return len(after) >= 1 and after[0].ent_type_ == "MONEY" and self._after_partner_preposition(place)

    def _heads_list_line(self, place: Place) -> bool:
        return heads_list_line(self.doc, place)

    def gapped_partner(self, named: list[Place], figure: Token) -> Place | None:
        """The partner country written right before the figure's amount in a gapped clause ("..., and with China -
        $31.5 billion"), when the sentence lists no partners (`listed_partners` reads those)."""
        start = first_of_amount(figure)
        return next((p for p in named if p.kind == "country" and start - 2 <= p.end <= start and self.gapped(p)), None)

    def bracketed_amount(self, place: Place) -> int | None:
        """ "China ($13 billion), Russia ($10 billion) and Kazakhstan (about $4 billion)": the first token of the
        amount a country's bracket right after it gives, a hedge word before it allowed; None without one."""
        if place.kind != "country" or place.end >= len(self.doc) or self.doc[place.end].text != "(":
            return None
        for tok in self.doc[place.end + 1 : min(place.end + 4, len(self.doc))]:
            if tok.ent_type_ == "MONEY":
                return tok.i
            if tok.text == ")":
                return None
        return None

    def _after_partner_preposition(self, place: Place) -> bool:
        return place.start > 0 and self.doc[place.start - 1].lower_ in PARTNER_PREPOSITIONS

    def owns_trade(self, place: Place) -> bool:
        """ "Kazakhstan's trade", "the exports of Belarus": the place whose trade a trade word names."""
        tok = self.doc[place.start : place.end].root
        if tok.dep_ == "poss":
            return tok.head.lower_ in self.trade_words
        return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.lower_ in self.trade_words
        # "the exports of Belarus", "exports from Kazakhstan to Belarus ..., and to Uzbekistan ..."

    def owns_partners(self, place: Place) -> bool:
        """ "Kazakhstan's main trading partners", "Uzbekistan's largest partner": the place whose partners a partner
        noun names."""
        tok = self.doc[place.start : place.end].root
        return tok.dep_ == "poss" and tok.head.lower_ in self.partner_nouns


def heads_list_line(doc: Doc, place: Place) -> bool:
    """The place is written first on a line after a list mark ("- China: $41 billion")."""
    if place.start == 0 or doc[place.start - 1].text not in LIST_MARKS:
        return False
    mark = doc[place.start - 1]
    return mark.idx == 0 or doc.text[mark.idx - 1] == "\n"


def first_of_amount(figure: Token) -> int:
    """The index of the first token of the amount entity `figure` stands in."""
    start = figure.i
    while start > figure.sent.start and figure.doc[start].ent_iob_ == "I":
        start -= 1
    return start
