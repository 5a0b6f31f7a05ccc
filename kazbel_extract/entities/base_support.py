"""Which base-model ORG spans the rest of the doc supports. The small English model calls many capitalised phrases
an organisation (a misspelt country, a city it does not know, an event, a culture's day); where no rule found the
name, its guess is kept only with support: an acronym, a known name written in another case ("Belaz" for
"BelAZ"), a brand and its line of business ("EPAM Systems"), an institution's head or a chain to a place ("the
Esil Credit Bank-owned plant", "National Electric Grids of Uzbekistan"), "the" and a nationality before it ("the
Turkish Tekfen Construction"), the last word of a name the rules found in the doc standing alone ("the
Consortium"), or a conjunct or apposition of a supported name ("Belaz and Soyuz"); and the same name where the
article writes it again. A known name in another case that the model labels otherwise is an ORG ("Kazmunaygas",
read as a place, is KazMunayGas), and so is a brand of letters and digits before a country ("A1 Belarus", which
the model reads as a person)."""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import Lexicon
from .words import Word, word_range, words_within


class BaseOrgSupport:
    """Decides which base-model ORG spans to keep beside the rule spans."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def supported(self, words: list[Word], base: list[Span], rule_orgs: list[Span]) -> list[Span]:
        """`base` without the ORG spans nothing supports; other labels pass, a known organisation's name relabelled."""
        names = [words_within(words, s.start, s.end) for s in rule_orgs]
        last_words = {name[-1].key for name in names if len(name) > 1}
        orgs = [s for s in base if s.label_ == "ORG"]
        kept = {id(s) for s in orgs if self._self_supported(words_within(words, s.start, s.end), last_words)
                or any(t.lower_ in self.lexicon.heads for t in s)  # tokens: "[Esil Credit Bank]-owned" ends inside a word
                or self._after_nationality(words, s)}
        tokens = {i for s in rule_orgs for i in range(s.start, s.end)}
        for _ in range(2):  # a conjunct of a kept span may support the next one ("Belaz, Soyuz and Amkodor")
            tokens |= {i for s in orgs if id(s) in kept for i in range(s.start, s.end)}
            # the model may label the conjunct otherwise there and ORG where the article names it again
            kept |= {id(s) for s in base if id(s) not in kept and self._linked(s, tokens)}
        texts = {s.text.casefold() for s in base if id(s) in kept}
        known = self.lexicon.known_organisations
        return [Span(s.doc, s.start, s.end, label="ORG") if s.label_ != "ORG" and s.text.casefold() in known and s.text[:1].isupper()
                else s for s in base if s.label_ != "ORG" or s.text.casefold() in texts]

    def brands_relabelled(self, words: list[Word], spans) -> list[Span]:
        """The base model's spans, a brand of a country among them an ORG whatever its label."""
        return [Span(s.doc, s.start, s.end, label="ORG") if s.label_ != "ORG" and self._brand_of_a_country(words_within(words, s.start, s.end))
                else s for s in spans]

    def _brand_of_a_country(self, name: list[Word]) -> bool:
        """Are the words a coined brand, a word of letters and digits ("A1", "K7"), and a country: the brand's company
        in that country ("A1 Belarus"), as no personal name is written?"""
        return (len(name) == 2 and name[0].is_cap and any(c.isdigit() for c in name[0].text)
                and any(c.isalpha() for c in name[0].text) and name[1].key in self.lexicon.country_names)

    def _self_supported(self, name: list[Word], last_words: set[str]) -> bool:
        """An acronym, a known name in any case, a brand with its sector word or a chain to a place, or a found name's
        last word alone."""
        lex = self.lexicon
        if not name:
            return False
        if self._brand_of_a_country(name):
            return True
        if len(name) == 1:
            return name[0].is_acronym or name[0].key in lex.known_organisations or name[0].key in last_words
        return (" ".join(w.key for w in name) in lex.known_organisations or name[-1].key in lex.sector_words
                or any(w.key in lex.links and lex.is_place(n) for w, n in zip(name, name[1:])))  # "... Grids of Uzbekistan"

    def _after_nationality(self, words: list[Word], span: Span) -> bool:
        """Does "the" and a nationality stand right before the span ("the Turkish [Tekfen Construction]")? It
        describes a company, as "the company" does."""
        first = word_range(words, span.start, span.end)[0]
        return first >= 2 and words[first - 1].key in self.lexicon.nationalities and words[first - 2].key == "the"

    @staticmethod
    def _linked(span: Span, tokens: set[int]) -> bool:
        """Is a token of the span a conjunct or an apposition of a token in `tokens`, or the other way round?"""
        for token in span:
            if token.dep_ in ("conj", "appos") and token.head.i in tokens and not span.start <= token.head.i < span.end:
                return True
            if any(c.dep_ in ("conj", "appos") and c.i in tokens for c in token.children):
                return True
        return False
