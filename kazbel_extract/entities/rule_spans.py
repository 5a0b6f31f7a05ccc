"""The entity rules' spans beside the names found by gazetteer or shape: the news agency of the dateline, amounts
of the shapes `values` reads, the names of sites and programmes that are no ORG, a body's seat named as a venue,
and regions."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import values
from ..text import doc_text
from .lexicon import Lexicon
from .words import Word


class OtherRuleSpans:
    """Decides the agency, amount, not-organisation, venue and region spans of a doc."""

    def __init__(self, lexicon: Lexicon, not_organisations: PhraseMatcher, seats: PhraseMatcher, percentage_points: PhraseMatcher):
        self.lexicon = lexicon
        self.not_org_matcher = not_organisations
        self.seat_matcher = seats
        self.points_matcher = percentage_points

    def not_organisations(self, doc: Doc, orgs: list[Span]) -> list[Span]:
        """The listed names that are no organisation (sites, programmes, events), and seats named as venues; a
        site's or a programme's name inside a body's, with the body's head after it ("Hi-Tech Park Administration"),
        is no entity of its own, but one that ends the span is the site with its modifiers ("the Central Asia
        International Center for Industrial Cooperation"), no body."""
        not_orgs = [Span(doc, s, e, label=label) for label, s, e in self.not_org_matcher(doc)
                    if not any(o.start <= s and e < o.end for o in orgs)]
        return not_orgs + self._seats_as_venues(doc)

    @staticmethod
    def agency(doc: Doc) -> list[Span]:
        """The news agency of the dateline ("MINSK. KAZINFORM -")."""
        dateline = doc._.dateline
        if dateline is None or dateline.agency_start is None:
            return []
        agency = doc.char_span(dateline.agency_start, dateline.agency_end, label="ORG", alignment_mode="expand")
        return [agency] if agency is not None else []

    def amounts(self, doc: Doc) -> list[Span]:
        """MONEY and PERCENT spans of the shapes `values` can read, without qualifiers, and percentage points."""
        spans = []
        money_mentions = values.parser_of(doc.vocab).money_mentions
        text = doc_text(doc)
        for label, finder in (("MONEY", money_mentions), ("PERCENT", values.percent_mentions)):
            for start, end in finder(text):
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        # "6.2 percentage points": PERCENT too (the guidelines), though no percentage of a trade figure
        spans += [Span(doc, start - 1, end, label="PERCENT") for _, start, end in self.points_matcher(doc)
                  if start > 0 and doc[start - 1].like_num and any(c.isdigit() for c in doc[start - 1].text)]
        return spans

    def _seats_as_venues(self, doc: Doc) -> list[Span]:
        """A body's name that is also its building, after a preposition of place, names the building ("received in
        Akorda", "talks at the Kremlin"); elsewhere it is the body ("the Akorda press service")."""
        spans = []
        for _, start, end in self.seat_matcher(doc):
            before = start - (start > 0 and doc[start - 1].lower_ == "the")
            if before > 0 and doc[before - 1].lower_ in self.lexicon.venue_prepositions:
                spans.append(Span(doc, start, end, label="FAC"))
        return spans

    def regions(self, doc: Doc, words: list[Word]) -> list[Span]:
        """"Gomel Oblast", "Almaty Region": places, whatever the base model says."""
        lex = self.lexicon
        return [Span(doc, words[i - 1].start, word.end, label="GPE") for i, word in enumerate(words)
                if i and word.key in lex.region_words and words[i - 1].is_cap and words[i - 1].key not in lex.determiners]

    # --- serialisation ----------------------------------------------------------------------
