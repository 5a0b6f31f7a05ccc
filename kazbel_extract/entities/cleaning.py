"""The base model's spans made to follow the guidelines: dates without "on", names without titles, determiners,
descriptors and headline words; places relabelled GPE/NORP; topics, sites, generic and indefinite bodies
dropped; amounts left to the rules. Which words are the name is `trimming`'s to say, which names are no body
`non_bodies`'s."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

from .lexicon import Lexicon
from .non_bodies import NotABody
from .shapes import NameShapes
from .trimming import SpanTrimmer
from .words import Word, word_range, words_within


class BaseSpanCleaner(NameShapes):
    """Decides, for each span of the statistical `ner`, the span to keep (trimmed, relabelled) or none."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.trimmer = SpanTrimmer(lexicon, max_name_modifiers, max_name_words)
        self.not_a_body = NotABody(lexicon, max_name_modifiers, max_name_words)

    def __call__(self, span: Span, words: list[Word]) -> Span | None:
        """The base model's span trimmed to the guidelines, relabelled, or None when it is noise."""
        if span.label_ in ("MONEY", "PERCENT"):
            return None  # `_amounts` reads these shapes itself, without qualifiers
        if span.label_ == "DATE":
            return self._clean_date(span)
        return self._clean_name(span, words)

    def _clean_date(self, span: Span) -> Span | None:
        """"on 16 March" gives "16 March"; "last year's" gives "last year"."""
        doc, trim, marks = span.doc, self.lexicon.date_trim, self.lexicon.trailing_marks
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in trim:
            start += 1
        while end > start and (doc[end - 1].lower_ in trim or doc[end - 1].text in marks):
            end -= 1
        return Span(doc, start, end, label="DATE") if start < end else None

    def _clean_name(self, span: Span, words: list[Word]) -> Span | None:
        """PERSON without titles, ORG without places and generic words; places relabelled GPE/NORP."""
        doc, lex, label = span.doc, self.lexicon, span.label_
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in lex.determiners:
            start += 1
        while end > start and (doc[end - 1].text in lex.trailing_marks or doc[end - 1].is_space):
            end -= 1
        inner = words_within(words, start, end)
        owner_end = self._owner_end(words, inner, end) if label == "ORG" else None
        if label == "ORG" and len(inner) > 1 and lex.is_compound_modifier(inner[-1]) and owner_end is None:
            owner_end = self._owner_end(words, inner[:-1], inner[-1].end - 2)  # "the [Sozak Holding-owned]" as one span
        while inner and lex.is_compound_modifier(inner[0]):
            inner = inner[1:]  # "Kostanay-based [Agromashholding KZ JSC]"
        if inner and inner[0].headline:
            inner = self.trimmer.headline_span(inner, label)
        if label == "ORG":
            inner = self.trimmer.org_words(words, inner)
        if label == "ORG" and inner and self.not_a_body.names_something_else(doc, words, inner):
            return None
        if label in ("ORG", "PERSON") and inner and self.names_a_site(words, *word_range(words, inner[0].start, inner[-1].end)):
            return None  # "the Rixos Borovoe hotel", "the open pit Bogatyr"
        if label == "PERSON":
            if inner and self.opens_an_inverted_attribution(doc, words, word_range(words, inner[0].start, inner[0].end)[0]):
                inner = inner[1:]  # "Said" of "Said Smailov, adding ...": the verb
            while inner and not lex.is_name_candidate(inner[0]):
                inner = inner[1:]
        if not inner or not any(c.isalpha() for w in inner for c in w.text):
            return None
        if label not in ("PERSON", "ORG"):
            return Span(doc, inner[0].start, inner[-1].end, label=label)
        places = [w for w in inner if w.key not in lex.connectors]
        if lex.is_place_phrase(places):  # "Kazakhstan & Belarus", "Belarus-Nizhny Novgorod"
            kind = "NORP" if all(w.key in lex.nationalities for w in places) else "GPE"
            return Span(doc, inner[0].start, inner[-1].end, label=kind)
        if len(inner) == 2 and inner[-1].key in lex.region_words:
            return Span(doc, inner[0].start, inner[-1].end, label="GPE")  # "Gomel Oblast"
        if label == "PERSON":
            if not all(lex.is_name_candidate(w) for w in inner):
                return None
            if len(inner) == 1 and not lex.looks_like_surname(inner[0]):
                return None  # a lone capitalised word is a name only with more evidence
            return Span(doc, inner[0].start, inner[-1].end, label="PERSON")
        if self.not_a_body.is_common_phrase(doc, words, inner):
            return None
        if len(inner) >= 2 and inner[0].key in lex.nationalities and all(w.key in lex.sector_words for w in inner[1:]):
            return None  # "investments in [Kazakh Energy]": a country's sector, no company (a known one is the gazetteer's)
        if 2 <= len(inner) <= 3 and all(lex.is_name_candidate(w) for w in inner) and (
                lex.looks_like_surname(inner[-1]) or lex.opens_a_name(inner[0], inner[1])):
            return Span(doc, inner[0].start, inner[-1].end, label="PERSON")  # "Bulat Bakauov" read as ORG
        if owner_end and inner[-1].end > owner_end:
            inner = inner[:-1]  # the participle word itself goes; its owner's part stays
        return Span(doc, inner[0].start, owner_end if owner_end and inner[-1].end < owner_end else inner[-1].end, label="ORG")

    def _owner_end(self, words: list[Word], inner: list[Word], end: int) -> int | None:
        """The token end of a name the base model ends inside a hyphenated modifier ("the [Karatau Group]-owned
        plant"): the name's part of that word is the name's; None when the span ends where a word does."""
        k = bisect_left(words, end, key=lambda w: w.start) - 1
        if not inner or k < 0 or words[k] is inner[-1]:
            return None
        word = words[k]
        return (end if word.start < end < word.end and self.lexicon.is_compound_modifier(word) and inner[-1].end == word.start
                and word.end - end == 2 and word.text[:1].isupper() else None)  # "-owned" its last two tokens; not "state-owned"
