"""ORG spans proposed by rules: gazetteer names (extended by the base model's reading of a brand's full name),
institution, company and announced shapes, merged where they overlap, and the acronym in brackets after one."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .announced import AnnouncedNames
from .chains import OfChains
from .companies import CompanyNames
from .institutions import InstitutionNames
from .lexicon import Lexicon
from .local_executives import LocalExecutives
from .shapes import NameShapes
from .words import Word, word_range


class OrganisationFinder(NameShapes):
    """Decides the rule ORG spans of a doc: the union of each shape's ranges, without sites."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, matchers: dict[str, PhraseMatcher]):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        limits = (lexicon, max_name_modifiers, max_name_words)
        chains = OfChains(*limits)
        self.org_matcher = matchers["organisations"]
        self.institutions = InstitutionNames(*limits, chains)
        self.companies = CompanyNames(*limits, chains, matchers["legal_forms"], matchers["spelt_legal_forms"])
        self.announced = AnnouncedNames(*limits, matchers["source_cues"])
        self.local_executives = LocalExecutives(*limits)

    def __call__(self, doc: Doc, words: list[Word]) -> list[Span]:
        """Gazetteer names and institution-shaped names; overlapping ones become their union."""
        base_ends = {i: e.end for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}  # token: its span's end
        ranges = [self._extended(doc, words, s, e, base_ends) for _, s, e in self.org_matcher(doc)]
        ranges += [(words[a].start, words[b - 1].end) for a, b in self.institutions.find(words)]
        ranges += self.companies.with_legal_form(doc, words) + self.companies.named_plants(words) + self.announced.find(doc, words)
        ranges += self.companies.joined_by_ampersand(words)
        ranges += self.local_executives.find(words)
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        spans = [Span(doc, s, e, label="ORG") for s, e in merged if not self.names_a_site(words, *word_range(words, s, e))]
        return spans + self._acronyms_after(doc, spans)

    def _extended(self, doc: Doc, words: list[Word], start: int, end: int, base_ends: dict[int, int]) -> tuple[int, int]:
        """A brand of the gazetteer (tokens `start:end`) with the proper name words after it that the base model reads
        as part of the same organisation: the company's full name ("Samsung Electronics", "LG Chem"); not a place,
        title, descriptor or person after it ("Kazatomprom CEO ...", "the Belarus 1 TV channel"), nor anything after a
        name ending on a head or a place."""
        lex, first = self.lexicon, word_range(words, end, end + 1)[0]
        last = words[first - 1] if first else None
        base = base_ends.get(start, 0)
        if base <= end or last is None or last.key in lex.heads or lex.is_place(last):
            return start, end  # "European Commission", "State Council of China": complete; a name after it is a person
        k = first
        while (k < len(words) and words[k].end <= base and not words[k].headline and self.is_proper_name_word(doc, words[k])
               and not lex.is_place(words[k]) and words[k].key not in lex.not_org and words[k].key not in lex.descriptors
               and not self.person_at(words, k)):
            k += 1
        return start, words[k - 1].end if k > first else end

    def _acronyms_after(self, doc: Doc, orgs: list[Span]) -> list[Span]:
        """"Eurasian Energy Corporation (EEC)": the acronym in brackets after a name is ORG too."""
        spans = []
        for org in orgs:
            i = org.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
                if 2 <= len(doc[i + 1]) <= 8 and doc[i + 1].is_alpha:
                    spans.append(Span(doc, i + 1, i + 2, label="ORG"))
        return spans
