"""Company names by their written form: a legal form before or after the name (or a quoted name after it),
a named plant with a lowercase head ("Kostanay diesel plant"), names joined by "&" ("Ernst & Young")."""
from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .chains import OfChains
from .lexicon import Lexicon
from .shapes import NameShapes
from .words import Word


GLUED_PARTS = re.compile(r"[A-Z][a-z]+")  # the capitalised parts of a glued name ("Kaz", "Munay", "Gas")


class CompanyNames(NameShapes):
    """Decides the token ranges of company names marked by a legal form, a plant noun or an ampersand."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, chains: OfChains,
                 legal_forms: PhraseMatcher, spelt_legal_forms: PhraseMatcher):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.chains = chains
        self.legal_form_matcher = legal_forms
        self.spelt_legal_form_matcher = spelt_legal_forms  # "private limited company" in lowercase

    def legal_forms(self, doc: Doc) -> dict[int, int]:
        """Token start -> end of each legal form or state status written in the doc (read once per doc)."""
        form_ends: dict[int, int] = {}
        for _, start, end in [*self.legal_form_matcher(doc), *self.spelt_legal_form_matcher(doc)]:
            form_ends[start] = max(end, form_ends.get(start, end))  # "Limited Liability Company", not "Limited"
        return form_ends

    def with_legal_form(self, doc: Doc, words: list[Word], form_ends: dict[int, int]) -> list[tuple[int, int]]:
        """Token ranges of names written with a legal form: a quoted name after or before it (`LLP "Kostanay Plant"`,
        up to the closing quote; `"Kostanay Agro-Tech" LLP`), or capitalised name words after or before it ("JSC Kaspi
        Bank", "Belshina OJSC")."""
        at = {w.start: k for k, w in enumerate(words)}
        ranges = []
        for start, end in sorted(form_ends.items()):
            if end + 1 < len(doc) and doc[end].text == "," and end + 1 in form_ends and not self._opens_a_name(words, at, form_ends[end + 1]):
                end = form_ends[end + 1]  # "Hyundai Engineering Co., Ltd.": two forms, one name; not "X LLP, AO Y": a list
            elif end in form_ends:
                end = form_ends[end]  # 'JV LLC "Uz-Kor Gas Chemical"', "Shinhan Financial Group Co. Ltd"
            if end < len(doc) and doc[end].text in self.lexicon.form_quotes:
                close = self._closing_quote(doc, end)
                if close is not None:
                    ranges.append((start, close + 1))
                continue
            opening = self._opening_quote(doc, start)
            if opening is not None:
                k = at.get(opening)
                first = k
                while (first and k - first < self.max_name_modifiers and self.is_name_word(words[first - 1])
                       and not self.lexicon.is_place(words[first - 1])):
                    first -= 1  # 'Trading House "Belarus" LLP': the capitalised words before the quote are the name's
                ranges.append((words[first].start if first is not None else opening, end))  # '"Kostanay Agro-Tech" LLP'
                continue
            before = at.get(start)
            first = before
            while first and before - first < self.max_name_modifiers and (self.is_name_word(words[first - 1]) or (
                    first >= 2 and first < before and words[first - 1].key in self.lexicon.name_conjunctions
                    and words[first - 1].text.islower() and self.is_name_word(words[first - 2]))):
                first -= 1  # "Kolin Insaat Turizm Sanayi ve Ticaret A.S.": the partner's "and" inside the name
            if first is not None and first < before and not all(self.lexicon.is_place(w) for w in words[first:before]):
                first += self.after_nationality(words[first:before])  # "the Korean [Daewoo Bus Kazakhstan LLP]"
                ranges.append((words[first].start, end))
                continue
            after = at.get(end)
            last = after
            while (last is not None and last < len(words) and self.is_name_word(words[last]) and last - after < self.max_name_modifiers
                   and not self.person_at(words, last)):  # "JSC Kazakh Invest [Azamat Sarybayev]": the person after the name
                last += 1
            if after is not None and last > after:
                ranges.append((start, words[self.chains.chain(words, last, doc=doc) - 1].end))  # "JSC National Electric Grids of Uzbekistan"
        return ranges

    def _opens_a_name(self, words: list[Word], at: dict[int, int], end: int) -> bool:
        """Does a name follow the form ending at token `end` ("X LLP, AO Kyzylzhar Grain"), not a person ("Co., Ltd. Aidar")?"""
        k = at.get(end)
        return k is not None and k < len(words) and (self.is_name_word(words[k]) or words[k].text in self.lexicon.quotes) \
            and not self.person_at(words, k)

    def _opening_quote(self, doc: Doc, form: int) -> int | None:
        """The token of the quote that opens a quoted name closed right before the legal form at `form` ('"Kostanay
        Agro-Tech" LLP'): the nearest quote before it glued to the word after it; None without one on the line."""
        quotes = self.lexicon.form_quotes
        if form < 3 or doc[form - 1].text not in quotes or doc[form - 2].whitespace_:
            return None
        for token in reversed(doc[max(0, form - 2 - self.max_name_modifiers):form - 2]):
            if "\n" in token.text or "\n" in token.whitespace_:
                return None
            if token.text in quotes:
                return token.i if not token.whitespace_ else None
        return None

    def _closing_quote(self, doc: Doc, opening: int) -> int | None:
        """The token of the quote that closes the one at `opening`, through quotes nested in it (`LLP "Company "Agro
        Service""`, `JSC «Kazakh «Grain» Company»`): a quote glued to the word before it closes, another opens. Without
        a balanced close (inner quotes written with spaces around), the first quote after a word closes; none within
        the name's length or the line gives None."""
        quotes, limit = self.lexicon.form_quotes, min(len(doc), opening + 1 + 2 * self.max_name_modifiers)
        depth, first_close = 1, None
        for token in doc[opening + 1:limit]:
            if "\n" in token.text:
                break
            if token.text not in quotes:
                continue
            if first_close is None and opening + 1 < token.i <= opening + self.max_name_modifiers:
                first_close = token.i
            closes = not doc[token.i - 1].whitespace_ and token.i - 1 != opening
            depth += -1 if closes else 1
            if depth == 0:
                return token.i
        return first_close

    def named_plants(self, words: list[Word]) -> list[tuple[int, int]]:
        """"Kostanay diesel plant": capitalised name words, lowercase modifiers and a lowercase plant noun make a plant's
        name. Right before the plant noun, name words are the company that owns it ("the Saryarka AvtoProm plant", "the
        Gomselmash plant" give the company), as a known company is before lowercase modifiers too ("the Hyundai
        assembly plant" gives "Hyundai", from the gazetteer), and a place alone describes it ("the Kostanay plant"). A nationality, a
        pair of countries or an acronym alone is a description too ("a Belarusian tractor plant", "a Kazakh-Belarusian
        assembly plant", "the MTZ plant"), no new name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.key not in lex.plant_heads or word.is_cap:
                continue
            m, joined = k, False
            while m > 0 and k - m < 2 + 2 * joined and words[m - 1].text.islower() and all(p.isalpha() for p in words[m - 1].parts) \
                    and words[m - 1].key not in lex.stop_words:  # "the Semey meat-packing plant"
                m -= 1
                if not joined and m > 1 and words[m - 1].key == "and" and words[m - 2].text.isalpha() and words[m - 2].text.islower():
                    m, joined = m - 1, True  # "the Sarybulak mining and processing plant": two modifiers joined
            first = m
            while first > 0 and m - first < 3 and self.is_name_word(words[first - 1]) and words[first - 1].key not in lex.institution_words:
                first -= 1
            names = words[first:m]
            if not names or (len(names) == 1 and names[0].is_acronym):
                continue
            # a pair of places ("Kazakh-Belarusian"), not a hyphenated city ("Ust-Kamenogorsk")
            if all(w.key in lex.nationalities or (len(w.parts) > 1 and lex.is_place(w) and w.key not in lex.place_words) for w in names):
                continue
            if m < k and not self._known(names):
                ranges.append((words[first].start, word.end))
            elif not lex.is_place_phrase(names):
                ranges.append((words[first].start, names[-1].end))
        return ranges

    def _known(self, names: list[Word]) -> bool:
        """A known company, or known companies joined by a hyphen into their joint venture ("MAZ-Weichai")."""
        known = self.lexicon.known_organisations
        return " ".join(w.key for w in names) in known or (len(names) == 1 and len(names[0].parts) > 1
                                                           and all(p in known for p in names[0].parts))

    def glued_names(self, words: list[Word]) -> list[tuple[int, int]]:
        """"KazMunayGas", "BelKitStroy": one word of capitalised parts glued together, one of them a line of business
        (`sector_words`), is a company's name, as brands are coined; not a surname with a glued prefix ("McDonald",
        `people.surname_prefixes`), an event ("AgroExpo", a part of `not_org`) nor words run together by a lost space
        ("BelarusThe", "TradeMinistry": no sector)."""
        lex, ranges = self.lexicon, []
        for word in words:
            parts = [p.casefold() for p in GLUED_PARTS.findall(word.text)]
            if (len(parts) < 2 or len("".join(parts)) != len(word.text) or word.key in lex.known_people
                    or word.text[:len(parts[0])] in lex.surname_prefixes):
                continue
            if any(p in lex.sector_words for p in parts) and not any(p in lex.not_org for p in parts):
                ranges.append((word.start, word.end))
        return ranges

    def joined_by_ampersand(self, words: list[Word]) -> list[tuple[int, int]]:
        """"Hyundai Engineering & Construction", "Ernst & Young": name words on both sides of "&" are one name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.text != "&":
                continue
            first, last = k, k + 1
            while first > 0 and k - first < self.max_name_modifiers and self.is_name_word(words[first - 1]):
                first -= 1
            while last < len(words) and last - k <= self.max_name_modifiers and self.is_name_word(words[last]):
                last += 1
            names = words[first:k] + words[k + 1:last]
            if first < k < last - 1 and not all(lex.is_place(w) for w in names):
                ranges.append((words[first].start, words[last - 1].end))
        return ranges
