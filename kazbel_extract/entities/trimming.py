"""The words of a base model span that are its name: in a title-case headline without the function words at its
ends; for an organisation without the links at its end, a company organ after a title ("Chairman of the [Board of]"),
a place and its possessive, a coordinated place or a nationality before it, the personal name after it, and
descriptors and lowercase words."""
from __future__ import annotations

from .shapes import NameShapes
from .words import Word, word_range


class SpanTrimmer(NameShapes):
    """Decides which words of the base model's span (a headline's, an organisation's) are the name."""

    def org_words(self, words: list[Word], inner: list[Word]) -> list[Word]:
        """The words `inner` of a base model ORG span without the words the guidelines keep out of a name."""
        lex = self.lexicon
        inner = self._without_title_organ(words, inner)  # "Chairman of the [Board of] Kazakhmys"
        inner = self._without_trailing_links(inner)  # "Research Institutes of", "Trade between"
        if len(inner) > 2 and lex.is_place(inner[0]) and inner[1].text in lex.possessives:
            inner = inner[2:]  # "Kazakhstan's Union of Chernobyl Veterans"
        if self._after_coordinated_place(inner):
            inner = inner[2:]  # "(between) Belarus and Sinosteel"
        if self.after_nationality(inner):
            inner = inner[1:]  # "the Italian [Maire Tecnimont]"
        inner = self._without_person_after(inner)  # "Chairman of [Korea Zinc] Choi Yoon-beom"
        if inner:
            after = word_range(words, inner[-1].end, inner[-1].end + 1)[0]
            described = after < len(words) and words[after].key in lex.descriptors and words[after].text.islower()
            # "the Kazakh TV channel Khabar": read with the descriptor after it, the base model's "Kazakh TV" describes
            inner = self._without_trailing_links(
                self._before_lowercase_words(self._without_descriptors(inner + [words[after]] if described else inner)))
        return inner

    def _without_title_organ(self, words: list[Word], inner: list[Word]) -> list[Word]:
        """The words without the company organ that opens them after a title (`NameShapes.title_organ_owner`): the
        owner's words, or none when the span is the organ alone."""
        first = word_range(words, inner[0].start, inner[0].end)[0] if inner else None
        owner = None if first is None else self.title_organ_owner(words, first, first + len(inner))
        return inner if owner is None else inner[owner - first:]

    def headline_span(self, inner: list[Word], label: str) -> list[Word]:
        """The base model's span in a title-case headline, whose capitalised verbs and function words it reads as
        names: without the function words at its ends ("Of Kazakhstan-Belarus Business Council"); none when one
        stands inside an organisation other than a link ("Foreign Ministers Meet In Tashkent") or when a person has
        no surname ("Receives Credentials")."""
        lex = self.lexicon
        while inner and inner[0].lowered:
            inner = inner[1:]
        while inner and inner[-1].lowered:
            inner = inner[:-1]
        if label == "ORG" and any(w.lowered and w.key not in lex.links and w.key not in lex.connectors for w in inner):
            return []
        if label == "PERSON":
            return self.headline_name(inner)
        if all(lex.is_place(w) or w.key in lex.vocabulary for w in inner):
            return []  # "To Invest $1 Bln In [Kazakh Energy]": a sector, capitalised by the title case
        return inner

    def _without_descriptors(self, inner: list[Word]) -> list[Word]:
        """"the Kazakh company Kazakhmys" and "the Khabar TV channel" name "Kazakhmys" and "Khabar": a lowercase
        descriptor noun, and what describes it, is no part of the name."""
        lex = self.lexicon
        at = next((k for k in range(len(inner) - 1, -1, -1) if inner[k].key in lex.descriptors and not inner[k].is_cap), None)
        if at is None:
            return inner
        if at < len(inner) - 1 and all(lex.is_place(w) or not w.is_cap for w in inner[:at]):
            return inner[at + 1:]
        end = at
        while end > 0 and (inner[end - 1].key in lex.descriptors or inner[end - 1].is_acronym and end - 1 > 0):
            end -= 1  # "TV channel"
        return inner[:end] if at == len(inner) - 1 else inner

    def _without_trailing_links(self, inner: list[Word]) -> list[Word]:
        """The words without the links, "and" and "the" at their end ("Research Institutes of", "Trade between")."""
        lex = self.lexicon
        while inner and (inner[-1].key in lex.links or inner[-1].key in ("and", "the") or inner[-1].key in lex.pair_links):
            inner = inner[:-1]
        return inner

    def _before_lowercase_words(self, inner: list[Word]) -> list[Word]:
        """The base model's organisation up to its first lowercase word that is no link of a name ("Kazakh [national
        chamber of entrepreneurs]", "Samruk-Kazyna [sovereign wealth fund]"): a lowercase noun phrase describes, a
        name's words are capitalised but for its links ("Bank of China", "Chamber of Commerce and Industry")."""
        lex = self.lexicon
        at = next((k for k in range(1, len(inner)) if inner[k].text.islower() and inner[k].text.isalpha()
                   and inner[k].key not in lex.name_links and inner[k].key not in lex.pair_links
                   and inner[k].key not in lex.name_particles), len(inner))
        return inner[:at]

    def _after_coordinated_place(self, inner: list[Word]) -> bool:
        """Is the span a place, a connector and a name ("Belarus and Sinosteel", "Kazakhstan and Turkmen Airlines"),
        whose place is the other side of a pair, no part of the name? Two places of one kind are a bilateral body's
        pair ("Belarus and Kazakhstan Business Council"), and a place's own name stays ("Bosnia and Herzegovina")."""
        lex = self.lexicon
        if len(inner) < 3 or inner[1].key not in lex.connectors or not lex.is_place(inner[0]) or lex.is_place_phrase(inner[:3]):
            return False
        return not (lex.is_place(inner[2]) and (inner[0].key in lex.nationalities) == (inner[2].key in lex.nationalities))

    def _without_person_after(self, inner: list[Word]) -> list[Word]:
        """The base model's organisation without the personal name of two or three words that ends it ("Chairman of
        Korea Zinc Choi Yoon-beom", the holder of the title after the body's name)."""
        lex = self.lexicon
        for k in range(1, len(inner) - 1):
            if len(inner) - k in (2, 3) and self.person_at(inner, k) and all(lex.is_name_candidate(w) for w in inner[k:]):
                return inner[:k]
        return inner
