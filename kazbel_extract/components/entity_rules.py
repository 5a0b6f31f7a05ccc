"""`kazbel_entity_rules`: fixes the base model's entities on Belarus-Kazakhstan wire news.

Runs after the statistical `ner`. The small English model splits and mislabels what this news is
made of: long institutional names, names after long titles, agencies, companies, amounts with
qualifiers. The component proposes spans from rules (the dateline agency, amounts, gazetteers,
institution name shapes, names after titles), cleans the base model's spans (titles off names,
places that are not organisations), and keeps, where spans overlap, the rule's span.

Its data (gazetteers and word lists) lives in `models/entity_rules/`, with the shared places, titles
and months of `models/vocabulary/`; `to_disk`/`to_bytes` save all of it with the pipeline.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import evaluate  # noqa: F401  (registers the scorers)
from .. import values, vocabulary
from ..data import models_path
from ..text import doc_text

DEFAULT_DATA = "entity_rules"
OWN_TABLES = {
    "lexicon": {"heads", "standalone_heads", "links", "vocabulary", "not_org", "sites", "legal_forms", "plant_heads", "mission_heads",
                "office_heads", "bilateral_words", "descriptors", "product_nouns", "list_openers", "source_cues", "determiners", "indefinite_articles", "date_trim", "family_names_first"},
    "organisations": {"names", "not_organisations"},
    "institutions": {"names"},
    "people": {"names", "surname_suffixes", "patronymic_suffixes", "name_particles"},
    "marks": {"quotes", "possessives", "hyphens", "connectors", "trailing_marks", "name_links", "proper_tags",
              "regnal_numbers", "digraph_initials", "function_words"},
}
VOCABULARY = ("places", "titles", "calendar")
CURRENCIES = "currencies"  # `models/currencies.json`: read by `values`, for this pipeline (`values.use_values`)
REGISTRY_DATA = "actors"
DEFAULT_CONFIG = {"data_path": None, "max_name_modifiers": 8, "max_name_words": 40}  # no real name is longer; bounds the work on adversarial text

# Where spans overlap, the lower rank wins; within a rank, the longer span.
(RANK_AGENCY, RANK_NOT_ORG, RANK_AMOUNT, RANK_ORG, RANK_PERSON, RANK_BASE_NAME, RANK_SURNAME, RANK_REGION,
 RANK_BASE) = range(9)


class Word(NamedTuple):
    """Tokens `start:end` read as one word: an in-word hyphen joins them ("Kassym-Jomart"). A tuple, not a
    dataclass: a doc has thousands, and the rules ask each word's `key` many times."""

    start: int
    end: int
    text: str
    key: str  # the text case-folded, as the word lists are
    headline: bool = False  # in a title-case line ("Tokayev Meets Head Of ..."), whose function words are capitalised
    lowered: bool = False  # a function word capitalised only by the title case ("Of")

    @property
    def parts(self) -> list[str]:
        return [p for p in self.key.replace("\u2010", "-").split("-") if p]

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper() and not self.lowered

    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def words_of(doc: Doc, hyphens: set[str], initials: set[str], function_words: set[str]) -> list[Word]:
    """The doc's words: tokens joined by an in-word hyphen ("Kassym-Jomart"), and a transliterated initial the
    tokenizer split off ("Sh" "." of "Sh.Mirziyoyev" and "Sh. Mirziyoyev") with its full stop and, when nothing
    stands between them, the surname. The words of a title-case line are marked `headline`."""
    texts, spaces = [t.text for t in doc], [t.whitespace_ for t in doc]  # read once: token access is slow
    words, line, i, n = [], [], 0, len(texts)
    while i < n:
        end = i + 1
        if texts[i] in initials and end < n and texts[end] == "." and not spaces[i]:
            end += 1
            if end < n and not spaces[end - 1] and texts[end][:1].isupper() and texts[end].isalpha():
                end += 1
        while (end + 1 < n and texts[end] in hyphens and not spaces[end - 1] and not spaces[end]
               and texts[end + 1][:1].isalnum()):
            end += 2
        text = texts[i] if end == i + 1 else "".join(texts[k] + spaces[k] for k in range(i, end - 1)) + texts[end - 1]
        line.append(Word(i, end, text, text.casefold()))
        if end == n or "\n" in spaces[end - 1] or "\n" in texts[end]:
            words += _headline(line, function_words)
            line = []
        i = end
    return words


def _headline(line: list[Word], function_words: set[str]) -> list[Word]:
    """`line` with its words marked `headline` when it is in title case: four or more words, none of them lowercase,
    function words included ("Belarusian PM Meets Kazakh Minister Of Trade And Integration"; a byline "By Sanjay
    Kumar" is shorter)."""
    lettered = [w for w in line if w.text[:1].isalpha()]
    if len(lettered) < 4 or any(w.text[:1].islower() for w in lettered):
        return line
    return [Word(w.start, w.end, w.text, w.key, headline=True, lowered=w.key in function_words) for w in line]


class Lexicon:
    """The word lists of `models/entity_rules/` and the shared vocabularies, as case-folded sets."""

    def __init__(self, data: dict, stop_words: set[str]):
        lexicon, places, people, marks = data["lexicon"], data["places"], data["people"], data["marks"]
        self.quotes = set(marks["quotes"])
        self.possessives = set(marks["possessives"])
        self.hyphens = set(marks["hyphens"])
        self.connectors = set(marks["connectors"])
        self.trailing_marks = self.possessives | set(marks["trailing_marks"])
        self.proper_tags = set(marks["proper_tags"])
        self.regnal_numbers = set(marks["regnal_numbers"])
        self.digraph_initials = set(marks["digraph_initials"])
        self.function_words = _fold(marks["function_words"])
        letters = "|".join(sorted(self.digraph_initials, key=len, reverse=True) + ["[A-Z]"])
        self.initials = re.compile(rf"(?:(?:{letters})\.){{1,3}}$")  # "A.", "A.A.", "Sh."
        self.glued_initials = re.compile(rf"(?:(?:{letters})\.){{1,3}}[A-Z][a-z]{{2,}}$")  # "S.Aleinik", "Sh.Mirziyoyev"
        self.stop_words = _fold(stop_words)
        self.heads = _fold(lexicon["heads"])
        self.standalone_heads = _fold(lexicon["standalone_heads"])
        self.plural_heads = {h[:-1] + "ies" if h.endswith("y") else h + ("es" if h.endswith("s") else "s") for h in self.heads}
        self.links = _fold(lexicon["links"])
        self.vocabulary = _fold(lexicon["vocabulary"])
        self.sites = _fold(lexicon["sites"])
        self.sites |= {w + "s" for w in self.sites}  # "the Khvalynskoye and Kurmangazy fields"
        self.not_org = _fold(lexicon["not_org"]) | self.sites
        self.legal_forms = _fold(lexicon["legal_forms"])
        self.plant_heads = _fold(lexicon["plant_heads"])
        self.mission_heads = _fold(lexicon["mission_heads"])
        self.office_heads = _fold(lexicon["office_heads"])
        self.bilateral_words = _fold(lexicon["bilateral_words"])
        self.descriptors = _fold(lexicon["descriptors"])
        self.product_nouns = _fold(lexicon["product_nouns"])
        self.list_openers = [tuple(w.casefold() for w in phrase.split()) for phrase in lexicon["list_openers"]]
        self.family_first = _fold(lexicon["family_names_first"])
        self.months = _fold(vocabulary.month_words(data["calendar"]))
        self.determiners = _fold(lexicon["determiners"])
        self.indefinite_articles = _fold(lexicon["indefinite_articles"])
        self.date_trim = _fold(lexicon["date_trim"])
        self.places = _fold(vocabulary.place_names(places))
        self.region_words = _fold(places["region_words"])
        self.nationalities = _fold(vocabulary.nationality_words(places))
        self.surname_suffixes = tuple(_fold(people["surname_suffixes"]))
        self.patronymic_suffixes = tuple(_fold(people["patronymic_suffixes"]))
        self.name_particles = _fold(people["name_particles"])
        self.known_surnames = {name.split()[-1].casefold() for name in people["names"]}  # "Li", "Wang" alone: only after the full name
        self.known_people = _fold(people["names"])
        self.institution_words = self.heads | self.vocabulary | self.not_org
        self.place_words = self.places | self.nationalities
        self.titles = self._title_words(data["titles"])
        # "Presidents", "Deputies": plurals end a headline's "Kazakh, Belarusian Presidents"; inside a name they are
        # its words ("Council of Heads of State"), so they are no title words
        self.title_plurals = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in self.titles if w.isalpha()}

    def _title_words(self, titles: dict) -> set[str]:
        """The words titles are made of ("Prime", "Minister", "Sultan") and the counterpart words ("his Zimbabwean
        counterpart, ..."), without the institution words that also stand in titles ("Foreign Minister", "State
        Secretary") and the legal forms."""
        phrases = [*titles["titles"], *titles["honorifics"], *titles["modifiers"], *titles["head_words"]]
        words = _fold(w for phrase in phrases for w in phrase.split()) | _fold(titles["counterpart_words"])
        return words - self.vocabulary - self.heads - self.links - self.determiners - self.legal_forms - {"and", "-"}

    def surnames_of(self, names: list[str]) -> set[str]:
        """The words of a full name that may later stand alone for it: the last ("Lukashenko", the Vietnamese
        "Chinh" of "Pham Minh Chinh"), and the first of a Chinese or Korean name ("Xi" of "Xi Jinping")."""
        folded = [n.casefold() for n in names]
        return {folded[-1], folded[0]} if len(folded) > 1 and folded[0] in self.family_first else {folded[-1]}

    def is_place_phrase(self, words: list[Word]) -> bool:
        """Words that are a place together ("Hong Kong", "Ho Chi Minh City") or each ("Belarus-Kazakhstan")."""
        return " ".join(w.key for w in words) in self.places or all(self.is_place(w) for w in words)

    def is_place(self, word: Word) -> bool:
        """A country, city, region or nationality word, or a hyphenated pair of them ("Belarus-Kazakhstan")."""
        return word.key in self.place_words or all(p in self.place_words for p in word.parts)

    def is_name_candidate(self, word: Word) -> bool:
        """Could be part of a personal name: capitalised, not an acronym, in none of the word lists."""
        key = word.key
        return (word.is_cap and not word.is_acronym and any(c.isalpha() for c in key)
                and not self.is_place(word) and key not in self.titles and key not in self.institution_words
                and key not in self.months and key not in self.stop_words and key not in self.region_words)

    def looks_like_surname(self, word: Word) -> bool:
        """A known surname, or a longer word with a surname ending ("Bakauov", "Dvornik" is not)."""
        return word.key in self.known_surnames or (len(word.key) > 4 and word.key.endswith(self.surname_suffixes))


class EntityRules:
    """Rule spans first, the base model's cleaned spans where no rule speaks.

    Its data is loaded by `initialize` (from `data_path`, else the shipped `models/entity_rules/`), or by
    `from_disk`/`from_bytes`; a pipeline used before either loads the shipped data on its first doc."""

    def __init__(self, nlp: Language, name: str, data_path: str | None,
                 max_name_modifiers: int = DEFAULT_CONFIG["max_name_modifiers"],
                 max_name_words: int = DEFAULT_CONFIG["max_name_words"], scorer: Callable | None = None):
        for setting, value in (("max_name_modifiers", max_name_modifiers), ("max_name_words", max_name_words)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"kazbel_entity_rules: {setting} must be a whole number of at least 1, not {value!r}")
        self.max_name_modifiers = max_name_modifiers  # words a name may run before or after its head
        self.max_name_words = max_name_words  # words of one organisation name, "of"-chain included
        self.nlp = nlp
        self.name = name
        self.scorer = scorer
        self.data_path = data_path
        self.data: dict = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_path: str | None = None) -> None:
        """Load the tables of `data_path` (or the configured one, or the shipped one)."""
        path = data_path or self.data_path
        self.set_data(read_data(Path(path) if path else models_path(DEFAULT_DATA)))

    def set_data(self, data: dict) -> None:
        check_tables(data)
        self.data = data
        values.use_values(self.nlp.vocab, data[CURRENCIES], data["calendar"])
        self._compile()

    def add_names(self, label: str, names: list[str]) -> None:
        """Add organisation (label "ORG") or person ("PERSON") names to the gazetteers at runtime."""
        self._loaded()
        table = {"ORG": "organisations", "PERSON": "people"}[label]
        self.data[table] = {**self.data[table], "names": [*self.data[table]["names"], *names]}
        self._compile()

    def _loaded(self) -> None:
        if not self.data:
            self.initialize()

    def _compile(self) -> None:
        """Word sets and phrase matchers, built once per loaded data set."""
        self.lexicon = Lexicon(self.data, self.nlp.Defaults.stop_words)
        organisations = self.data["organisations"]
        self.org_matcher = self._matcher({"ORG": organisations["names"] + self.data["institutions"]["names"]})
        self.not_org_matcher = self._matcher(organisations["not_organisations"])
        legal_forms = self.data["lexicon"]["legal_forms"]
        self.legal_form_matcher = self._matcher({"LEGAL_FORM": legal_forms})
        # "private limited company" written out in lowercase is the same form; a short one ("AO", "SE") is not
        self.spelt_legal_form_matcher = self._matcher({"LEGAL_FORM": [f for f in legal_forms if " " in f]}, attr="LOWER")
        self.source_cue_matcher = self._matcher({"SOURCE": self.data["lexicon"]["source_cues"]}, attr="LOWER")
        self.person_matcher = self._matcher({"PERSON": self.data["people"]["names"]})

    def _matcher(self, phrases: dict[str, list[str]], attr: str = "ORTH") -> PhraseMatcher:
        """A phrase matcher for each label's phrases, case-sensitive unless `attr` is "LOWER"."""
        matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
        for label, texts in phrases.items():
            matcher.add(label, list(self.nlp.tokenizer.pipe(texts)))
        return matcher

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    def __call__(self, doc: Doc) -> Doc:
        self._loaded()
        words = words_of(doc, self.lexicon.hyphens, self.lexicon.digraph_initials, self.lexicon.function_words)
        orgs = self._organisations(doc, words)
        people = self._people(doc, words, orgs)
        base = [s for s in (self._clean(span, words) for span in doc.ents) if s is not None]
        base_full_names = [s for s in base if s.label_ == "PERSON" and len(s) > 1]
        base_rest = [s for s in base if not (s.label_ == "PERSON" and len(s) > 1)]
        surnames = self._surnames(doc, words, people + base_full_names)
        not_orgs = [Span(doc, s, e, label=label) for label, s, e in self.not_org_matcher(doc)]
        ranked = ((RANK_AGENCY, self._agency(doc)), (RANK_NOT_ORG, not_orgs), (RANK_AMOUNT, self._amounts(doc)), (RANK_ORG, orgs),
                  (RANK_PERSON, people), (RANK_BASE_NAME, base_full_names), (RANK_SURNAME, surnames),
                  (RANK_REGION, self._regions(doc, words)), (RANK_BASE, base_rest))
        doc.ents = _resolve([(rank, span) for rank, spans in ranked for span in spans if _in_latin_script(span.text)])
        return doc

    # --- rule spans -------------------------------------------------------------------------

    def _agency(self, doc: Doc) -> list[Span]:
        """The news agency of the dateline ("MINSK. KAZINFORM -")."""
        dateline = doc._.dateline
        if dateline is None or dateline.agency_start is None:
            return []
        agency = doc.char_span(dateline.agency_start, dateline.agency_end, label="ORG", alignment_mode="expand")
        return [agency] if agency is not None else []

    def _amounts(self, doc: Doc) -> list[Span]:
        """MONEY and PERCENT spans of the shapes `values` can read, without qualifiers."""
        spans = []
        money_mentions = values.parser_of(doc.vocab).money_mentions
        text = doc_text(doc)
        for label, finder in (("MONEY", money_mentions), ("PERCENT", values.percent_mentions)):
            for start, end in finder(text):
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        return spans

    def _organisations(self, doc: Doc, words: list[Word]) -> list[Span]:
        """Gazetteer names and institution-shaped names; overlapping ones become their union."""
        base_ends = {i: e.end for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}  # token: its span's end
        ranges = [self._extended(doc, words, s, e, base_ends) for _, s, e in self.org_matcher(doc)]
        ranges += [(words[a].start, words[b - 1].end) for a, b in self._institutions(words)]
        ranges += self._with_legal_form(doc, words) + self._named_plants(words) + self._announced(doc, words)
        ranges += self._joined_by_ampersand(words)
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        spans = [Span(doc, s, e, label="ORG") for s, e in merged if not self._names_a_site(words, *_word_range(words, s, e))]
        return spans + self._acronyms_after(doc, spans)

    def _extended(self, doc: Doc, words: list[Word], start: int, end: int, base_ends: dict[int, int]) -> tuple[int, int]:
        """A brand of the gazetteer (tokens `start:end`) with the proper name words after it that the base model reads
        as part of the same organisation: the company's full name ("Samsung Electronics", "LG Chem"); not a place,
        title, descriptor or person after it ("Kazatomprom CEO ...", "the Belarus 1 TV channel"), nor anything after a
        name ending on a head or a place."""
        lex, first = self.lexicon, _word_range(words, end, end + 1)[0]
        last = words[first - 1] if first else None
        base = base_ends.get(start, 0)
        if base <= end or last is None or last.key in lex.heads or lex.is_place(last):
            return start, end  # "European Commission", "State Council of China": complete; a name after it is a person
        k = first
        while (k < len(words) and words[k].end <= base and not words[k].headline and self._is_proper_name_word(doc, words[k])
               and not lex.is_place(words[k]) and words[k].key not in lex.not_org and words[k].key not in lex.descriptors
               and not self._person_at(words, k)):
            k += 1
        return start, words[k - 1].end if k > first else end

    def _names_a_site(self, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` name a site or a product, not a body: a site noun after them, through up to two
        lowercase modifiers ("the Nur Zholy checkpoint", "the Khorgos free economic zone"), or a lowercase site or
        product noun before them ("the open pit Bogatyr", "the crossover LC-CROSS")? A name ending in an
        institution's head ("Halyk Bank deposit") stays that institution."""
        lex = self.lexicon
        if first >= end or words[end - 1].key in lex.heads:
            return False
        k = end
        while (k < len(words) and k - end < 2 and words[k].text.islower() and all(p.isalpha() for p in words[k].parts)
               and words[k].key not in lex.sites and words[k].key not in lex.stop_words):  # "cross-border field"
            k += 1
        if k < len(words) and words[k].key in lex.sites:
            return True
        before = words[first - 1] if first > 0 else None
        return before is not None and before.text.islower() and (before.key in lex.sites or before.key in lex.product_nouns)

    def _with_legal_form(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """Token ranges of names written with a legal form: a quoted name after it (`LLP "Kostanay Plant"`, up to
        the closing quote), or capitalised name words after or before it ("JSC Kaspi Bank", "Belshina OJSC")."""
        at = {w.start: k for k, w in enumerate(words)}
        ranges = []
        for _, start, end in [*self.legal_form_matcher(doc), *self.spelt_legal_form_matcher(doc)]:
            if end < len(doc) and doc[end].text in self.lexicon.quotes:
                close = next((t.i for t in doc[end + 1:end + 1 + self.max_name_modifiers] if t.text in self.lexicon.quotes or "\n" in t.text), None)
                if close is not None and doc[close].text in self.lexicon.quotes and close > end + 1:
                    ranges.append((start, close + 1))
                continue
            before = at.get(start)
            first = before
            while first and self._is_name_word(words[first - 1]) and before - first < self.max_name_modifiers:
                first -= 1
            if first is not None and first < before and not all(self.lexicon.is_place(w) for w in words[first:before]):
                ranges.append((words[first].start, end))
                continue
            after = at.get(end)
            last = after
            while last is not None and last < len(words) and self._is_name_word(words[last]) and last - after < self.max_name_modifiers:
                last += 1
            if after is not None and last > after:
                ranges.append((start, words[self._chain(words, last) - 1].end))  # "JSC National Electric Grids of Uzbekistan"
        return ranges

    def _is_name_word(self, word: Word) -> bool:
        """A capitalised word that can be part of a company name (not a title, month, determiner or legal form)."""
        lex = self.lexicon
        return (word.is_cap and any(c.isalpha() for c in word.text) and word.key not in lex.titles
                and word.key not in lex.determiners and word.key not in lex.months and word.key not in lex.legal_forms
                and word.key not in lex.stop_words)

    def _named_plants(self, words: list[Word]) -> list[tuple[int, int]]:
        """"Kostanay diesel plant": capitalised name words, lowercase modifiers and a lowercase plant noun. A
        nationality, a pair of countries or an acronym alone before them is a description ("a Belarusian tractor plant",
        "a Kazakh-Belarusian assembly plant", "the MTZ plant"), not a name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.key not in lex.plant_heads or word.is_cap:
                continue
            m = k
            while m > 0 and k - m < 2 and words[m - 1].text.islower() and words[m - 1].key.isalpha() \
                    and words[m - 1].key not in lex.stop_words:
                m -= 1
            first = m
            while first > 0 and m - first < 3 and self._is_name_word(words[first - 1]) and words[first - 1].key not in lex.institution_words:
                first -= 1
            names = words[first:m]
            described = all(w.key in lex.nationalities or (len(w.parts) > 1 and lex.is_place(w)) for w in names)
            if names and not described and not (len(names) == 1 and names[0].is_acronym):
                ranges.append((words[first].start, word.end))
        return ranges

    def _announced(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """Token ranges of the names a company noun or a source phrase announces: right before the noun ("the Samruk
        Energy holding", "Efe news"), right after it ("the Belarusian manufacturer Gefest"), each of a list after a
        plural noun or an opener ("companies such as X, Y and Z"), and a source cited ("citing Vlast") unless it is
        a person's name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.key not in lex.descriptors or (word.is_cap and not (doc[word.start].is_sent_start and word.text[1:].islower())):
                continue  # "the company", "Companies such as": not "Kazakh Invest Company", a name
            before = self._name_before_descriptor(doc, words, k)
            if before is not None:
                ranges.append(before)
            listed = self._names_listed(doc, words, k + 1, listing=doc[word.start].tag_ == "NNS")
            ranges += [r for r in listed if not self._looks_personal(_words_within(words, *r))]  # "CEO of the company Ivan Petrov"
        at = {w.start: k for k, w in enumerate(words)}
        for _, _, end in self.source_cue_matcher(doc):
            for start, stop in self._names_listed(doc, words, at.get(end, len(words)), listing=False):
                name = _words_within(words, start, stop)
                if not self._looks_personal(name) and not lex.looks_like_surname(name[-1]):  # "citing Tokayev"
                    ranges.append((start, stop))
        return ranges

    def _looks_personal(self, name: list[Word]) -> bool:
        """A personal name's shape: a known person, or several words ending in a surname or opening with an East
        Asian family name."""
        lex = self.lexicon
        return (" ".join(w.text for w in name).casefold() in lex.known_people
                or (len(name) > 1 and (lex.looks_like_surname(name[-1]) or name[0].key in lex.family_first)))

    def _joined_by_ampersand(self, words: list[Word]) -> list[tuple[int, int]]:
        """"Hyundai Engineering & Construction", "Ernst & Young": name words on both sides of "&" are one name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.text != "&":
                continue
            first, last = k, k + 1
            while first > 0 and k - first < self.max_name_modifiers and self._is_name_word(words[first - 1]):
                first -= 1
            while last < len(words) and last - k <= self.max_name_modifiers and self._is_name_word(words[last]):
                last += 1
            names = words[first:k] + words[k + 1:last]
            if first < k < last - 1 and not all(lex.is_place(w) for w in names):
                ranges.append((words[first].start, words[last - 1].end))
        return ranges

    def _name_before_descriptor(self, doc: Doc, words: list[Word], k: int) -> tuple[int, int] | None:
        """"the Zhas Alash newspaper", "Qazaq Silicon national company", "the Khabar TV channel": proper name words
        before descriptor `k` and its lowercase modifiers, not only places or institution words ("the Kazakh company")."""
        lex, m = self.lexicon, k
        while m > 0 and k - m < 2 and (words[m - 1].key in lex.descriptors or (
                words[m - 1].text.islower() and doc[words[m - 1].start].tag_ in ("JJ", "NN"))):
            m -= 1
        first = m
        while first > 0 and m - first < self.max_name_modifiers and self._is_proper_name_word(doc, words[first - 1]):
            first -= 1
        names = words[first:m]
        if not names or all(lex.is_place(w) or w.key in lex.institution_words for w in names):
            return None
        return words[first].start, words[m - 1].end

    def _names_listed(self, doc: Doc, words: list[Word], j: int, listing: bool) -> list[tuple[int, int]]:
        """Token ranges of the name (or, when `listing` or after an opener, the comma/"and" list of names) starting
        at word `j`: capitalised name words or a quoted name, not only places."""
        lex = self.lexicon
        opener = next((o for o in lex.list_openers if tuple(w.key for w in words[j:j + len(o)]) == o), None)
        if opener:
            j, listing = j + len(opener), True
        ranges = []
        while j < len(words):
            if words[j].key in lex.determiners and not words[j].is_cap:
                j += 1
            if j < len(words) and words[j].text in self.lexicon.quotes:
                close = next((t.i for t in doc[words[j].end:words[j].end + self.max_name_modifiers] if t.text in self.lexicon.quotes), None)
                if close is None or close == words[j].end:
                    break
                ranges.append((words[j].end, close))
                j = _word_range(words, close, close + 1)[1]
            else:
                end = j
                while end < len(words) and end - j < self.max_name_modifiers and self._is_name_word(words[end]):
                    end += 1
                if end == j or all(lex.is_place(w) for w in words[j:end]):
                    break
                ranges.append((words[j].start, words[end - 1].end))
                j = end
            if not listing or j + 1 >= len(words) or words[j].key not in (",", "and"):
                break
            j += 1 + (words[j].key == "," and words[j + 1].key == "and")
        return ranges

    def _is_proper_name_word(self, doc: Doc, word: Word) -> bool:
        """A name word (`_is_name_word`) the parse reads as a proper noun, or an acronym."""
        return self._is_name_word(word) and (word.is_acronym or doc[word.start].tag_ in self.lexicon.proper_tags)

    def _institutions(self, words: list[Word]):
        """Word ranges of names built on a head noun: "[Gomel Oblast Executive] Committee [of ...]"."""
        lex = self.lexicon
        for i, word in enumerate(words):
            if not (word.is_cap and word.key in lex.heads):
                continue
            start = i
            while (start > max(0, i - self.max_name_modifiers) and self._is_modifier(words[start - 1])
                   and words[start].key not in lex.legal_forms):  # "Kazakh LLP Agromash Holding": the form starts the name
                start -= 1
                if start > 1 and words[start - 1].key == "and" and self._coordinated(words[start - 2], words[start]):
                    start -= 1  # "Kazakh Trade and Integration Ministry", "Exhibitions and Congresses Department"
            modifiers = words[start:i]
            pair = any(w.key in lex.bilateral_words for w in modifiers)
            end = self._chain(words, i + 1, titled=word.key in lex.office_heads, pair=pair)
            if word.key in lex.mission_heads and modifiers and all(lex.is_place(w) for w in modifiers):
                yield start, self._located_in(words, end)  # "Kazakh Embassy [in Seoul]": one body per country pair
                continue
            bare = end == i + 1 and all(lex.is_place(w) for w in modifiers)
            if bare and word.key not in lex.standalone_heads:
                continue  # "Parliament", "Kazakh Government": generic, not a name
            if end == i + 1 and self._indefinite(words, start) and not any(lex.is_place(w) or w.is_acronym for w in modifiers):
                continue  # "a joint Working Group": a kind of body, not a name
            yield start, self._named_after(words, end)

    def _indefinite(self, words: list[Word], start: int) -> bool:
        """Is the phrase at word `start` introduced by an indefinite article, through lowercase modifiers ("a joint
        Working Group", "a new Business Council")?"""
        k = start - 1
        while k >= 0 and start - k <= 3 and words[k].text.islower() and words[k].key not in self.lexicon.indefinite_articles:
            k -= 1
        return k >= 0 and words[k].key in self.lexicon.indefinite_articles

    def _located_in(self, words: list[Word], k: int) -> int:
        """End of "in Seoul", "in the Republic of Belarus" after a diplomatic mission, or `k`."""
        if k + 1 < len(words) and words[k].key == "in":
            j = k + 1 + (words[k + 1].key == "the")
            end = j
            while end < len(words) and end - j < 4 and words[end].is_cap and (
                    self.lexicon.is_place(words[end]) or words[end].key in self.lexicon.vocabulary or words[end].key == "of"):
                end += 1
            if end > j and self.lexicon.is_place(words[end - 1]):
                return end
        return k

    def _named_after(self, words: list[Word], k: int) -> int:
        """End of "named after Ahmet Baitursynov", "named after L.N. Gumilyov" after a name, or `k`."""
        if k + 2 < len(words) and words[k].key == "named" and words[k + 1].key == "after":
            end = k + 2
            while end < len(words) and end - k < 6 and (self.lexicon.initials.match(words[end].text) or self.lexicon.is_name_candidate(words[end])):
                end += 1
            if end > k + 2:
                return end
        return k

    def _coordinated(self, first: Word, second: Word) -> bool:
        """Are `first` and `second`, joined by "and", two modifiers of one head: an institution word, or two plural
        nouns ("Trade and Integration Ministry", "Exhibitions and Congresses Department"; not "Steppe Cement and Alina
        Group" or "Belarus and Kazakh Railways")."""
        lex = self.lexicon
        plurals = first.key.endswith("s") and second.key.endswith("s")
        return (self._is_modifier(first) and not lex.is_place(first) and not lex.is_place(second)
                and (first.key in lex.vocabulary or plurals))

    def _is_modifier(self, word: Word) -> bool:
        lex = self.lexicon
        return (word.is_cap and any(c.isalpha() for c in word.text) and word.key not in lex.titles
                and word.key not in lex.determiners and word.key not in lex.months and word.key not in lex.not_org)

    def _chain(self, words: list[Word], k: int, titled: bool = False, pair: bool = False) -> int:
        """End of "of the Senate of the Parliament of the Republic of Kazakhstan" starting at `k`. Its phrases may be
        titles after an office head (`titled`: "Office of the First Deputy Prime Minister of Kazakhstan") and after
        "under" ("Statistics Agency under the President of Uzbekistan"). A phrase ending on a nationality describes
        the noun after it ("on the Kazakh-Uzbek border"), and one with a document or event word is no parent ("under
        the Digital Kazakhstan Programme"). A list of countries ends it, but the `pair` of a bilateral body."""
        lex = self.lexicon
        end, limit = k, k + self.max_name_words
        while k < min(len(words), limit) and words[k].key in lex.links:
            j = k + 1
            if j < len(words) and words[j].key == "the":
                j += 1
            stop = self._phrase(words, j, limit, titled or words[k].key == "under")
            if (stop == j or self._place_list(words, j, stop, pair) or self._is_nationality(words[stop - 1])
                    or any(w.key in lex.not_org for w in words[j:stop])):
                break
            end = k = stop
        return end

    def _is_nationality(self, word: Word) -> bool:
        """"Kazakh", "Kazakh-Uzbek": an adjective of nationality, alone or in a hyphenated pair."""
        nationalities = self.lexicon.nationalities
        return word.key in nationalities or (len(word.parts) > 1 and all(p in nationalities for p in word.parts))

    def _place_list(self, words: list[Word], j: int, stop: int, pair: bool = False) -> bool:
        """"of Kazakhstan, Belarus and Russia": a list of countries names an organisation's members, not its name;
        when `pair` is allowed, "of Kyrgyzstan and Kazakhstan" is no such list."""
        items = [w for w in words[j:stop] if w.key not in self.lexicon.connectors]
        if pair and len(items) == 2 and stop - j == 3:
            return False
        return len(items) < stop - j and all(self.lexicon.is_place(w) for w in items)

    def _phrase(self, words: list[Word], j: int, limit: int, titled: bool = False) -> int:
        """End of a capitalised phrase: item (, item)* (and item)? - a comma list needs its "and"."""
        ends, separators, k = [], [], j
        while True:
            m = self._item(words, k, limit, titled)
            if m == k:
                break
            if ends and any(w.key in self.lexicon.heads for w in words[k:m]):
                break  # "... of Belarus and Nazarbayev University": a second institution
            if ends and titled and self._holds_title(words[j:ends[0]]) and not self._holds_title(words[k:m]):
                break  # "under the President and UzA": a title is listed with titles only
            ends.append(m)
            nxt = words[m].key if m < len(words) else None
            if nxt in (",", "and", "&") and "and" not in separators:
                separators.append("and" if nxt == "&" else nxt)
                k = m + 1
                continue
            break
        if not ends:
            return j
        separators = separators[: len(ends) - 1]
        if "," in separators and separators[-1] != "and":
            return ends[0]
        return ends[-1]

    def _holds_title(self, phrase: list[Word]) -> bool:
        return any(w.key in self.lexicon.titles for w in phrase)

    def _item(self, words: list[Word], k: int, limit: int, titled: bool = False) -> int:
        """End of a run of name words. A title (unless `titled`) or a personal name stops it; a possessive ends it after
        its owner ("of Industry and Infrastructure Development's Committee"), or before it when that is a place ("of
        Kazakhstan's"); a place closes it unless an institution word follows ("of Chernobyl Veterans")."""
        lex = self.lexicon
        while k < min(len(words), limit):
            word = words[k]
            if not word.is_cap or (word.key in lex.titles and not titled) or word.key in lex.months or self._person_at(words, k):
                break
            if k + 1 < len(words) and words[k + 1].text in lex.possessives:
                return k if lex.is_place(word) else k + 1
            k += 1
            if lex.is_place(word) and not (k < len(words) and words[k].key in lex.institution_words):
                break
        return k

    def _person_at(self, words: list[Word], k: int) -> bool:
        """Does a personal name ("Laziz Kudratov") start at word `k`?"""
        lex = self.lexicon
        if k + 1 < len(words) and self.lexicon.initials.match(words[k].text) and not lex.is_place(words[k]):
            return lex.is_name_candidate(words[k + 1])  # "A.A. Erofeev"
        return (k + 1 < len(words) and lex.is_name_candidate(words[k]) and lex.is_name_candidate(words[k + 1])
                and lex.looks_like_surname(words[k + 1]))

    def _acronyms_after(self, doc: Doc, orgs: list[Span]) -> list[Span]:
        """"Eurasian Energy Corporation (EEC)": the acronym in brackets after a name is ORG too."""
        spans = []
        for org in orgs:
            i = org.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
                if 2 <= len(doc[i + 1]) <= 8 and doc[i + 1].is_alpha:
                    spans.append(Span(doc, i + 1, i + 2, label="ORG"))
        return spans

    def _people(self, doc: Doc, words: list[Word], orgs: list[Span]) -> list[Span]:
        """Gazetteer names, and capitalised names after a title, a place or an institution."""
        spans = [Span(doc, s, e, label="PERSON") for _, s, e in self.person_matcher(doc)]
        in_org = {i for org in orgs for i in range(org.start, org.end)}
        org_ends = {org.end for org in orgs}
        base_orgs = {i for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}
        lex = self.lexicon
        i = 0
        while i < len(words):
            if words[i].start in in_org:
                i += 1
                continue
            if lex.glued_initials.match(words[i].text) and lex.is_name_candidate(words[i]):
                spans.append(Span(doc, words[i].start, words[i].end, label="PERSON"))  # "S.Aleinik"
                i += 1
                continue
            if not lex.is_name_candidate(words[i]):
                i += 1
                continue
            j, particles = self._name_end(words, i, in_org)
            if j < len(words) and words[j].is_cap and (words[j].key in lex.heads or words[j].key in lex.vocabulary):
                i = j  # "Infrastructure Development", "Ho Chi Minh City": words of a longer name
                continue
            run = words[i:j]
            if run[0].headline:
                run = self._headline_name(run)  # "Alexander Yefimov" of "Alexander Yefimov Visits Karaganda"
                if not run:
                    i = j
                    continue
                j = i + len(run)
            first = i
            while first and self.lexicon.initials.match(words[first - 1].text) and not lex.is_place(words[first - 1]):
                first -= 1  # "A.A. Erofeev", "A. Aripov"
            previous = words[first - 1] if first else None
            after_title = self._after_title(words, first)
            # "... of Kazakhstan to Belarus Yermukhamet Yertysbayev", "... Executive Committee Vladimir Dvornik"
            after_office = run[0].start in org_ends or (previous is not None and previous.is_cap and lex.is_place(previous))
            name = run
            if not particles and len(run) >= 3 and run[-3].key in lex.family_first:
                name = run[-3:]  # "Yoon Suk Yeol", "Pham Minh Chinh"
            elif not particles and (len(run) > 3 or (len(run) == 3 and not run[1].key.endswith(lex.patronymic_suffixes))):
                name = run[-2:]  # "Trade Laziz Kudratov" after "Minister of Investment, Industry and"
            family_first = len(name) in (2, 3) and name[0].key in lex.family_first and not lex.is_place_phrase(name)
            evidence = (after_title or after_office or particles or first < i or lex.looks_like_surname(name[-1]) or family_first
                        or (self._alone_on_line(doc, words, first, j) and any(map(lex.looks_like_surname, run))))
            if first < i and name[0] is run[0]:
                name = words[first:i] + name
            if (previous is not None and previous.is_cap and previous.key in lex.vocabulary and not lex.looks_like_surname(name[-1])
                    and all(t in base_orgs for t in range(previous.start, name[-1].end))):
                i = j  # "head of National Electric Grids": no surname, after a word of a body the base model reads whole
                continue
            end = words[j].end if j < len(words) and words[j].text in lex.regnal_numbers else name[-1].end  # "Abdullah II"
            if len(name) >= 2 and evidence:
                spans.append(Span(doc, name[0].start, end, label="PERSON"))
            elif len(run) == 1 and after_title:
                spans.append(Span(doc, run[0].start, end, label="PERSON"))  # "Mr. Rachkov"
            i = j
        return spans

    def _headline_name(self, run: list[Word]) -> list[Word]:
        """The name in a title-case headline's run of capitalised words, where verbs and nouns are capitalised too
        ("Yefimov Visits", "Receives Credentials"): up to its last surname, or an East Asian name; else none."""
        lex = self.lexicon
        if run[0].key in lex.family_first:
            return run
        surnames = [k for k, w in enumerate(run) if lex.looks_like_surname(w)]
        return run[:surnames[-1] + 1] if surnames else []

    def _name_end(self, words: list[Word], i: int, in_org: set[int]) -> tuple[int, bool]:
        """End of the name words from `i`, through lowercase particles between them ("Ursula von der Leyen",
        "Haitham bin Tariq"); and whether a particle was crossed."""
        lex, j, crossed = self.lexicon, i, False
        while j < len(words) and words[j].start not in in_org:
            if lex.is_name_candidate(words[j]):
                j += 1
                continue
            k = j
            while k < len(words) and words[k].key in lex.name_particles and words[k].text.islower():
                k += 1
            if k == j or k >= len(words) or not lex.is_name_candidate(words[k]) or words[k].start in in_org:
                break
            j, crossed = k, True
        return j, crossed

    @staticmethod
    def _alone_on_line(doc: Doc, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` make a line of their own (a byline: "Aripov Abdulla")?"""
        start, stop = words[first].start, words[end - 1].end
        before = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
        after = stop == len(doc) or "\n" in doc[stop].text or "\n" in doc[stop - 1].whitespace_
        return before and after

    def _after_title(self, words: list[Word], i: int) -> bool:
        """Is word `i` right after a title ("President") or a title phrase ("Minister of Foreign Affairs")?"""
        lex = self.lexicon
        k = i - 1
        while k >= max(0, i - self.max_name_modifiers) and (words[k].key in (",", "and") or (
                words[k].is_cap and (words[k].key in lex.institution_words or lex.is_place(words[k])))):
            k -= 1
        if k < i - 1 and k >= 1 and words[k].key in lex.links:
            k -= 1
        return k >= 0 and words[k].key in lex.titles

    def _surnames(self, doc: Doc, words: list[Word], full_names: list[Span]) -> list[Span]:
        """A surname standing alone ("Lukashenko said") when the article or the gazetteer has the full name."""
        lex, first_word, last_word = self.lexicon, {w.start: w for w in words}, {w.end: w for w in words}
        surnames = set(lex.known_surnames)
        for name in full_names:
            if name.start in first_word and name.end in last_word:
                first, last = first_word[name.start].text, last_word[name.end].text
                surnames |= lex.surnames_of([first, last])
        return [Span(doc, w.start, w.end, label="PERSON") for w in words if w.is_cap and w.key in surnames]

    def _regions(self, doc: Doc, words: list[Word]) -> list[Span]:
        """"Gomel Oblast", "Almaty Region": places, whatever the base model says."""
        lex = self.lexicon
        return [Span(doc, words[i - 1].start, word.end, label="GPE") for i, word in enumerate(words)
                if i and word.key in lex.region_words and words[i - 1].is_cap and words[i - 1].key not in lex.determiners]

    # --- base model spans -------------------------------------------------------------------

    def _clean(self, span: Span, words: list[Word]) -> Span | None:
        """The base model's span trimmed to the guidelines, relabelled, or None when it is noise."""
        if span.label_ in ("MONEY", "PERCENT"):
            return None  # `_amounts` reads these shapes itself, without qualifiers
        if span.label_ == "DATE":
            return self._clean_date(span)
        return self._clean_name(span, words)

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

    def _is_topic(self, doc: Doc, inner: list[Word]) -> bool:
        """"the Treaty on Allied Relations", "a programme on Socio-Economic Cooperation": capitalised words after "on"
        that end on an institution word but no head are a document's topic, not a body (a body's name after "on" is
        read from its head by `_institutions`)."""
        lex, before = self.lexicon, inner[0].start - 1
        if before > 0 and doc[before].lower_ == "the":
            before -= 1
        last = inner[-1].key
        return before >= 0 and doc[before].lower_ == "on" and last in lex.vocabulary and last not in lex.heads

    def _headline_span(self, inner: list[Word], label: str) -> list[Word]:
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
            return self._headline_name(inner)
        return inner

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
        inner = _words_within(words, start, end)
        if inner and inner[0].headline:
            inner = self._headline_span(inner, label)
        while label == "ORG" and inner and (inner[-1].key in lex.links or inner[-1].key in ("and", "the", "between")):
            inner = inner[:-1]  # "Research Institutes of", "Trade between"
        if label == "ORG" and len(inner) > 2 and lex.is_place(inner[0]) and inner[1].text in lex.possessives:
            inner = inner[2:]  # "Kazakhstan's Union of Chernobyl Veterans"
        if label == "ORG" and inner:
            after = _word_range(words, inner[-1].end, inner[-1].end + 1)[0]
            described = after < len(words) and words[after].key in lex.descriptors and words[after].text.islower()
            # "the Kazakh TV channel Khabar": read with the descriptor after it, the base model's "Kazakh TV" describes
            inner = self._without_descriptors(inner + [words[after]] if described else inner)
        if label == "ORG" and inner and self._is_topic(doc, inner):
            return None
        if label in ("ORG", "PERSON") and inner and self._names_a_site(words, *_word_range(words, inner[0].start, inner[-1].end)):
            return None  # "the Rixos Borovoe hotel", "the open pit Bogatyr"
        if label == "PERSON":
            while inner and not lex.is_name_candidate(inner[0]):
                inner = inner[1:]
        if not inner or not any(c.isalpha() for w in inner for c in w.text):
            return None
        if label not in ("PERSON", "ORG"):
            return Span(doc, inner[0].start, inner[-1].end, label=label)
        places = [w for w in inner if w.key not in lex.connectors]
        if all(lex.is_place(w) for w in places):  # "Kazakhstan & Belarus"
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
        if not inner[0].is_cap or any(w.key in lex.titles or w.key in lex.not_org for w in inner):
            return None
        if inner[-1].key in lex.title_plurals and all(lex.is_place(w) or w.key in lex.connectors for w in inner[:-1]):
            return None  # "Kazakh, Belarusian Presidents hold talks"
        if inner[-1].end < len(doc) and doc[inner[-1].end].text.casefold() in lex.titles:
            return None  # "Kazakh Foreign" of "Kazakh Foreign Minister": part of a title
        if len(inner) == 1 and not inner[0].is_acronym and doc[inner[0].start].pos_ != "PROPN":
            return None  # "Time has passed": a capitalised common noun
        head = inner[-1].key
        if head in lex.heads and head not in lex.standalone_heads and all(lex.is_place(w) for w in inner[:-1]):
            return None  # "Parliament", "Kazakh Parliament": generic
        if all(w.key in lex.vocabulary or w.key in lex.plural_heads or w.key in lex.connectors for w in inner):
            return None  # "cooperation in Agriculture, Industry and Transport", "the Research Institutes": generic
        if (head in lex.heads and not any(lex.is_place(w) or w.is_acronym or w.key in lex.links for w in inner)
                and self._indefinite(words, _word_range(words, inner[0].start, inner[0].end)[0])):
            return None  # "a joint Working Group": a kind of body, not a name
        if 2 <= len(inner) <= 3 and all(lex.is_name_candidate(w) for w in inner) and lex.looks_like_surname(inner[-1]):
            return Span(doc, inner[0].start, inner[-1].end, label="PERSON")  # "Bulat Bakauov" read as ORG
        return Span(doc, inner[0].start, inner[-1].end, label="ORG")

    # --- serialisation ----------------------------------------------------------------------

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        self._loaded()
        return srsly.msgpack_dumps({name: table for name, table in self.data.items() if name not in exclude})

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._set_tables(srsly.msgpack_loads(data), exclude)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self._loaded()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, table in self.data.items():
            if name not in exclude:
                srsly.write_json(path / f"{name}.json", table)

    def from_disk(self, path, *, exclude=tuple()):
        self._set_tables(read_data(Path(path)), exclude)
        return self

    def _set_tables(self, tables: dict, exclude) -> None:
        """Use the loaded `tables`; the ones excluded or not saved keep their current content (spaCy's own fields
        such as "vocab" in `exclude` are not tables; `data_path` is read only when a table is kept)."""
        names = [*OWN_TABLES, *VOCABULARY, CURRENCIES]
        kept = [name for name in names if name in exclude or name not in tables]
        if kept:
            self._loaded()
            tables = {**tables, **{name: self.data[name] for name in kept}}
        self.set_data(tables)


def read_data(path: Path) -> dict[str, dict]:
    """The component's own tables from `path`, the shared vocabularies and the registry's institution names
    (each from `path` when a saved pipeline holds them there)."""
    own = {name: vocabulary.check(f"{DEFAULT_DATA}/{name}", srsly.read_json(path / f"{name}.json"), keys)
           for name, keys in OWN_TABLES.items() if name != "institutions"}
    saved = path / "institutions.json"
    institutions = srsly.read_json(saved) if saved.exists() else {"names": registry_names(path, own["lexicon"], own["marks"])}
    currencies = srsly.read_json(vocabulary.sibling(path, "", f"{CURRENCIES}.json"))  # `models/currencies.json` of a copy
    return {**own, "institutions": institutions, **vocabulary.read_tables(path, VOCABULARY), CURRENCIES: currencies}


def registry_names(path: Path, lexicon: dict, marks: dict) -> list[str]:
    """Names of the registry's institutions (`actors/` beside `path`, else the shipped one) as ORG names: the
    canonical names, and the aliases written as names ("Mazhilis", "MTZ", "Kazakh Foreign Ministry", "Belarusian
    Ministry of Industry"). Not a place and a bare head ("Kazakh Parliament", "Kazakh Government"), which the
    guidelines call generic, not an alias behind a possessive ("Kazakhstan's Government"): the name after it is
    the entity, and not one ending on a site ("Minsk City Hall")."""
    folder = path.parent / REGISTRY_DATA if (path.parent / REGISTRY_DATA).is_dir() else models_path(REGISTRY_DATA)
    places = vocabulary.read_tables(path, ["places"])["places"]
    described = _fold(vocabulary.place_names(places) + vocabulary.nationality_words(places))
    kinds = srsly.read_json(folder / "roles.json")["organisation_kinds"]  # "government", "cabinet": generic alone
    generic_heads = (_fold(lexicon["heads"]) - _fold(lexicon["standalone_heads"])) | {k for k in kinds if " " not in k}
    sites = _fold(lexicon["sites"])  # "Minsk City Hall" names the building as often as the body
    name_links, possessive = set(marks["name_links"]), tuple(marks["possessives"])

    def is_name(alias: str) -> bool:
        words = alias.split()
        rest = [w for w in words if w.casefold() not in described]
        return (all(w[:1].isupper() or w in name_links for w in words) and not words[0].endswith(possessive)
                and words[-1].casefold() not in sites
                and bool(rest) and not (len(rest) == 1 and rest[0].casefold() in generic_heads and rest[0] == words[-1]))

    names = []
    for record in (r for p in sorted(folder.glob("institutions*.jsonl")) for r in srsly.read_jsonl(p)):
        names.append(record["name"])
        names += [alias for alias in record.get("aliases", []) if is_name(alias)]
    return names


def check_tables(data: dict) -> None:
    """Every table, with exactly the keys the rules read: a misspelt key is an error."""
    for name, keys in OWN_TABLES.items():
        vocabulary.check(f"{DEFAULT_DATA}/{name}", data[name], keys)
    for name in VOCABULARY:
        vocabulary.check_vocabulary(name, data[name])
    vocabulary.check(CURRENCIES, data[CURRENCIES], values.CURRENCY_KEYS)


def _fold(items) -> set[str]:
    return {item.casefold() for item in items}


def _word_range(words: list[Word], start: int, end: int) -> tuple[int, int]:
    """The indexes `first:stop` of the words wholly inside tokens `start:end` (binary search: docs can be long)."""
    first = stop = bisect_left(words, start, key=lambda w: w.start)
    while stop < len(words) and words[stop].end <= end:
        stop += 1
    return first, stop


def _words_within(words: list[Word], start: int, end: int) -> list[Word]:
    first, stop = _word_range(words, start, end)
    return words[first:stop]


@lru_cache(maxsize=65536)
def _in_latin_script(text: str) -> bool:
    """Whether every letter is Latin ("Kurtulmuş" is): the English model's guesses over a Russian or Kazakh
    passage ("Президент Беларуси") are no names of English news."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _resolve(candidates: list[tuple[int, Span]]) -> list[Span]:
    """Non-overlapping spans: by rank, then the longer, then the earlier."""
    taken: set[int] = set()
    chosen = []
    for _, span in sorted(candidates, key=lambda c: (c[0], -len(c[1]), c[1].start)):
        tokens = range(span.start, span.end)
        if len(span) and not any(i in taken for i in tokens):
            taken.update(tokens)
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@Language.factory("kazbel_entity_rules",
                  default_config={**DEFAULT_CONFIG, "scorer": {"@scorers": "kazbel_extract.entities_scorer.v1"}},
                  assigns=["doc.ents"], requires=["doc.ents", "token.tag", "token.is_sent_start"])
def make_entity_rules(nlp: Language, name: str, data_path: str | None, max_name_modifiers: int,
                      max_name_words: int, scorer: Callable | None) -> EntityRules:
    return EntityRules(nlp, name, data_path, max_name_modifiers, max_name_words, scorer)
