"""Where a merged organisation name ends: with the legal form right after it, the number of a numbered plant or
school, the acronym of an organisation's body after its own; without the name of a title's holder after it. And
where it starts: after the company organ a title names ("Chairman of the Board of [Kazakhstan Temir Zholy JSC]")."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .short_names import is_acronym_name
from .words import Word, word_range


class NameEnds(NameShapes):
    """Decides the end of each organisation name found by name or shape, after the overlapping ones are merged."""

    def __call__(self, doc: Doc, words: list[Word], merged: list[list[int]], form_ends: dict[int, int]) -> list[tuple[int, int]]:
        """The token ranges `merged` (start, end pairs) with their ends moved to where each name ends."""
        at = {w.start: k for k, w in enumerate(words)}
        for span in merged:  # a legal form right after a name is its own ("Halyk Savings Bank of Kazakhstan JSC")
            span[1] = form_ends.get(span[1], span[1])
            span[1] = self._with_number(doc, words, at, *span)
            span[1] = self._with_body_acronym(words, at, *span)
        ends = [(self._without_title_organ(words, s, e), self._without_holder(words, s, e)) for s, e in merged]
        return [(s, e) for s, e in ends if s < e]

    def _without_title_organ(self, words: list[Word], start: int, end: int) -> int:
        """The start of a name (tokens `start:end`) without the company organ that opens it after a title
        (`NameShapes.title_organ_owner`); `end` when the name is the organ alone."""
        first, stop = word_range(words, start, end)
        owner = self.title_organ_owner(words, first, stop)
        return start if owner is None else words[owner].start if owner < stop else end

    def _with_number(self, doc: Doc, words: list[Word], at: dict[int, int], start: int, end: int) -> int:
        """The end of a name ending on a head (tokens `start:end`) with the number written after it ("Minsk Dairy Plant
        No. 1", "Meat Factory No 2", "Farm No.3"): a numbered plant's or school's name; else `end`."""
        signs, k = self.lexicon.number_signs, end
        last = words[at[end] - 1] if end in at and at[end] > 0 else None
        if last is None or last.key not in self.lexicon.heads or not last.is_cap or k >= len(doc):
            return end
        text = doc[k].text
        if text in signs:
            k += 1 + (k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_)
            return k + 1 if k < len(doc) and doc[k].text.isdigit() else end
        sign = next((s for s in signs if text.startswith(s) and text[len(s):].isdigit()), None)  # "No.3"
        return k + 1 if sign else end

    def _without_holder(self, words: list[Word], start: int, end: int) -> int:
        """The end of a body's name after a title (tokens `start:end`) without the two words of no word list after its
        institution words (three for a name opening with an East Asian family name), which name the title's holder ("President of the European Bank for Reconstruction and
        Development [Odile Renaud-Basso]"), or after a known body's whole name ("Chairman of the Board of Kazakhstan
        Temir Zholy [Anna Brenner]"); elsewhere two such words may end a name ("Center for International Programs
        Bolashak")."""
        lex, (first, stop) = self.lexicon, word_range(words, start, end)
        # a three-word name opening with an East Asian family name ("Nguyen Van Thanh") is the holder's whole
        size = 3 if stop - first >= 5 and words[stop - 3].key in lex.family_first and lex.is_name_candidate(words[stop - 3]) else 2
        holder = stop - size
        if (stop - first >= size + 1 and all(lex.is_name_candidate(w) for w in words[holder:stop])
                and ((stop - first >= size + 2 and words[holder - 1].key in lex.institution_words) or self._ends_known_name(words, first, holder))
                and self.follows_title_office(words, first)):
            return words[holder - 1].end
        return end

    def _ends_known_name(self, words: list[Word], first: int, stop: int) -> bool:
        """Do words `first:stop` end on a known organisation's whole name ("Board of [Samruk-Kazyna]")? The base
        model runs a known name on into the holder's unknown name after it; the known name says where the body ends."""
        known = self.lexicon.known_organisations
        return any(" ".join(w.key for w in words[k:stop]) in known for k in range(max(first, stop - self.lexicon.longest_organisation), stop))

    def _with_body_acronym(self, words: list[Word], at: dict[int, int], start: int, end: int) -> int:
        """The end of an organisation's acronym (tokens `start:end`) with the acronym of its body written right after
        it ("OSCE PA", "CSTO CA", "UN ESCAP"): a body of that organisation; not a title, a descriptor, a unit or a
        tax ("the EAEU GDP", "the CIS CEO"), nor another organisation ("EEC EAEU")."""
        lex, k = self.lexicon, at.get(end)
        first = at.get(start)
        if k is None or first is None or k != first + 1 or not words[first].is_acronym:
            return end
        word = words[k]
        if (word.is_acronym and is_acronym_name(word, lex) and word.key not in lex.titles and word.key not in lex.descriptors
                and word.key not in lex.legal_forms and word.key not in lex.known_organisations and not word.headline and (k + 1 == len(words) or not words[k + 1].is_acronym)):
            return word.end
        return end
