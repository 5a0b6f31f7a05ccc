"""Short names beside an organisation's name: the acronym or short name in brackets after it, and the acronym
before the name in brackets that spells it out; with the shape of an organisation's acronym."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .shapes import NameShapes
from .words import Word


class ShortNames(NameShapes):
    """Decides the ORG spans of the short names written in brackets beside organisations already found."""

    def find(self, doc: Doc, words: list[Word], orgs: list[Span]) -> list[Span]:
        """The acronym or short name in brackets after a name ("Eurasian Energy Corporation (EEC)", "... Corporation
        (K-SURE)", "Federal Statistical Office (Destatis)"), and the acronym before the name in brackets that spells
        it out ("KazAID (Kazakhstan Agency for International Development)", its first letter the name's): ORG too."""
        at = {w.start: k for k, w in enumerate(words)}
        spans = []
        for org in orgs:
            k = at.get(org.end + 1)
            if org.end < len(doc) and doc[org.end].text == "(" and k is not None and self._bracketed_short_name(doc, words, k):
                spans.append(Span(doc, words[k].start, words[k].end, label="ORG"))
            k = at.get(org.start - 2)
            if (org.start >= 2 and doc[org.start - 1].text == "(" and org.end < len(doc) and doc[org.end].text == ")"
                    and k is not None and words[k].end == org.start - 1 and is_acronym_name(words[k], self.lexicon)
                    and words[k].text[0] == org.text[0]):
                spans.append(Span(doc, words[k].start, words[k].end, label="ORG"))
        return spans

    def _bracketed_short_name(self, doc: Doc, words: list[Word], k: int) -> bool:
        """Is word `k` alone in brackets an organisation's short name: an acronym ("EEC") or a proper noun that is no
        place or institution word ("Federal Statistical Office (Destatis)"; not "Belshina (Bobruisk)")?"""
        word, lex = words[k], self.lexicon
        proper = (self.is_proper_name_word(doc, word) and not lex.is_place(word) and word.key not in lex.institution_words
                  and not lex.looks_like_surname(word))
        return word.end < len(doc) and doc[word.end].text == ")" and (is_acronym_name(word, lex) or proper)


def is_acronym_name(word: Word, lex: Lexicon) -> bool:
    """An acronym's shape: two to ten letters, digits, hyphens or "&", two or more of them capitals, no place or
    word that is no organisation ("EEC", "K-SURE", "KazAID", "BelTA"; not "VAT", "Kazakhstan")."""
    text = word.text
    return (2 <= len(text) <= 10 and text[0].isupper() and sum(c.isupper() for c in text) >= 2
            and all(c.isalnum() or c in "-&" for c in text) and not lex.is_place(word) and word.key not in lex.not_org)
