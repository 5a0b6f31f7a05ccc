"""Company names made of a brand and its line of business, without a legal form, head or descriptor ("Tobol Mining
has exported ...", "Karatau Mining, Zhetysu Agro and Ertis Pharm signed ..."): the base model reads most of them as
a person's name or a nationality, which the cleaning then drops."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word

# what the base model may call such a name: anything that is a name
NAME_LABELS = {"ORG", "PERSON", "NORP", "GPE", "FAC", "PRODUCT", "LOC", "WORK_OF_ART"}


class SectorNames(NameShapes):
    """Decides the token ranges of brand-and-sector company names."""

    def find(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """A run of two to four capitalised words (no headline's) ending on sector words ("Mining", "Agro") after a
        brand of proper names, each a name candidate or a place but not a nationality alone ("Kazakh Energy" is a
        sector); not a topic inside an of-chain ("Ministry of Energy and Natural Resources"), not sectors coordinated
        ("Caspian Oil and Gas"), and with the base model's word that it is a name, or listed with another name."""
        lex, ranges = self.lexicon, []
        named = {i for e in doc.ents if e.label_ in NAME_LABELS for i in range(e.start, e.end)}
        k = 0
        while k < len(words):
            if not self.is_name_word(words[k]) or words[k].headline:
                k += 1
                continue
            end = k
            while end < len(words) and end - k < self.max_name_modifiers and self.is_name_word(words[end]) and not words[end].headline:
                end += 1
            run, start = words[k:end], k
            k = end
            if not 2 <= len(run) <= 4 or run[-1].key not in lex.sector_words:
                continue
            lead = list(run)
            while lead and lead[-1].key in lex.sector_words:
                lead.pop()
            if not lead or not all((lex.is_name_candidate(w) or lex.is_place(w)) and doc[w.start].tag_ in lex.proper_tags for w in lead):
                continue
            if all(w.key in lex.nationalities or w.key in lex.region_words for w in lead) or self.looks_personal(lead):
                continue
            previous = words[start - 1] if start else None
            if previous is not None and (previous.key in lex.links or previous.key in lex.titles or previous.is_cap):
                continue  # "Ministry of [Energy]", "Minister of Natural Resources", part of a longer name
            if (end + 1 < len(words) and words[end].key in ("and", "&") and words[end + 1].is_cap
                    and (words[end + 1].key in lex.sector_words or words[end + 1].key in lex.institution_words)):
                continue  # "Caspian Oil and Gas", "Astana Mining and Metallurgy": coordinated sectors, a longer name's or an event's
            if self.names_an_undertaking(words, start, end) or self.names_a_site(words, start, end):
                continue
            # listed beside a name the base model saw ("Tobol Mining and [Zhaik Energy]"), or seen itself
            listed = ((start >= 2 and previous.key in (",", "and") and words[start - 2].end - 1 in named)
                      or (end + 1 < len(words) and words[end].key in (",", "and") and words[end + 1].start in named))
            if listed or any(i in named for i in range(run[0].start, run[-1].end)):
                ranges.append((run[0].start, run[-1].end))
        return ranges
