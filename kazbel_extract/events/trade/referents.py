"""The side a possessive pronoun or noun stands for as the owner of a metric word: "its exports", "the country's
exports", "the region's trade" point back at the last country or region named before them in their paragraph, and
"whose trade" at the one its relative clause hangs on.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..places import Place, Places
from ..syntax import paragraph_of
from .metric_phrase import phrase_of
from .side_places import in_title


class Referents:
    """Decides which side "its", "the country's", "the republic's" or "the region's" stands for."""

    def __init__(self, doc: Doc, places: Places, paragraphs: list[int]):
        self.doc = doc
        self.places = places
        self.paragraphs = paragraphs

    def of(self, metric_token: Token) -> Place | None:
        """The side "its", "the country's", "the republic's" or "the region's" stands for, as the owner of a metric
        word ("Uzbekistan's economy grew by 6%, and its exports rose to $24 billion", "Belarus is among Kazakhstan's
        partners. The country's exports ..."): the last country or region named before it in its paragraph as a
        subject or a subject's owner (a region word points at the last region named in any role, a title's too)."""
        poss = next((c for c in phrase_of(metric_token).children if c.dep_ == "poss"), None)
        return self.stands_for(poss) if poss is not None else None

    def stands_for(self, poss: Token) -> Place | None:
        """The side a pointing word stands for: "its", "the country('s)", "the republic('s)", "the oblast('s)" (also as
        a subject: "Last year the oblast exported goods worth $38 million"), "whose"."""
        word = poss.lower_
        if poss.tag_ == "WP$":
            return self._relative_owner(poss)
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
            if place.kind not in kinds or in_title(self.doc, place) and not any_role:
                continue  # "Brest Oblast Governor X met ... the region exported": a region word's region in any role
            root = self.doc[place.start : place.end].root
            while root.dep_ in ("compound", "conj") and root.head.i != root.i:
                root = root.head
            if any_role or root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "poss" and root.head.dep_ in (
                    "nsubj", "nsubjpass"):  # "Uzbekistan's economy grew, and its exports ...": the subject's owner
                return place
        return None

    def _relative_owner(self, whose: Token) -> Place | None:
        """ "..., after Kazakhstan, whose trade with Belarus reached $1.3 billion": "whose" stands for the country or
        region its relative clause hangs on."""
        relative = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
        if relative is None:
            return None
        held = relative.head
        return next((p for p in self.places.all if p.start <= held.i < p.end and p.kind in ("country", "region")
                     and not in_title(self.doc, p)), None)
