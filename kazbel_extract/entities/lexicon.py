"""The entity rules' word lists (`models/entity_rules/`) and the shared vocabularies, as case-folded sets, with
the word tests every rule asks (a place, a website, a compound modifier; those of personal names in `name_words`)."""
from __future__ import annotations

import re

from .. import vocabulary
from .name_words import PersonalNameWords
from .words import Word


class Lexicon(PersonalNameWords):
    """The word lists of `models/entity_rules/` and the shared vocabularies, as case-folded sets, and the tests of
    places, websites and compound modifiers (those of personal names are `PersonalNameWords`')."""

    def __init__(self, data: dict, stop_words: set[str]):
        lexicon, places, people, marks = data["lexicon"], data["places"], data["people"], data["marks"]
        self.quotes = set(marks["quotes"])
        self.form_quotes = self.quotes | set(marks["single_quotes"])  # quotes beside a legal form, the single ones too
        self.possessives = set(marks["possessives"])
        self.hyphens = set(marks["hyphens"])
        self.connectors = set(marks["connectors"])
        self.name_links = set(marks["name_links"])  # the lowercase words a name may hold ("Bank of China")
        self.trailing_marks = self.possessives | set(marks["trailing_marks"])
        self.proper_tags = set(marks["proper_tags"])
        self.regnal_numbers = set(marks["regnal_numbers"])
        self.number_signs = set(marks["number_signs"])  # "Plant [No. 1]"
        self.digraph_initials = set(marks["digraph_initials"])
        self.function_words = fold(marks["function_words"])
        letters = "|".join(sorted(self.digraph_initials, key=len, reverse=True) + ["[A-Z]"])
        self.initials = re.compile(rf"(?:(?:{letters})\.){{1,3}}$")  # "A.", "A.A.", "Sh."
        self.glued_initials = re.compile(rf"(?:(?:{letters})\.){{1,3}}[A-Z][a-z]{{2,}}$")  # "S.Aleinik", "Sh.Mirziyoyev"
        self.stop_words = fold(stop_words)
        self.web_address = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")  # "Kapital.kz", "Kursiv.media"
        self.heads = fold(lexicon["heads"])
        self.standalone_heads = fold(lexicon["standalone_heads"])
        self.carrier_heads = fold(lexicon["carrier_heads"])  # "Uzbek Railways": the country's carrier, no generic body
        self.plural_heads = {h[:-1] + "ies" if h.endswith("y") else h + ("es" if h.endswith("s") else "s") for h in self.heads}
        self.links = fold(lexicon["links"])
        self.vocabulary = fold(lexicon["vocabulary"])
        self.sites = fold(lexicon["sites"])
        self.sites |= {w + "s" for w in self.sites}  # "the Khvalynskoye and Kurmangazy fields"
        self.documents = fold(lexicon["documents"])
        self.abstract_nouns = fold(lexicon["abstract_nouns"])  # "Comprehensive Strategic [Partnership]": a relation
        self.sector_heads = fold(lexicon["sector_heads"])  # "the Agro-Industrial [Complex] of Belarus": a sector
        self.not_org = fold(lexicon["not_org"]) | self.documents | self.sites
        self.legal_forms = fold(lexicon["legal_forms"])
        self.venue_prepositions = fold(lexicon["venue_prepositions"])
        self.plant_heads = fold(lexicon["plant_heads"])
        self.mission_heads = fold(lexicon["mission_heads"])
        self.office_heads = fold(lexicon["office_heads"])
        # "Chairman of the [Board] of KTZ": a company's organ that its officers' titles name
        self.title_organs = sorted((tuple(w.casefold() for w in organ.split()) for organ in lexicon["title_organs"]), key=len, reverse=True)
        self.organ_seats = fold(lexicon["organ_seats"])
        self.name_conjunctions = fold(lexicon["name_conjunctions"])  # the "and" of the partners' languages: "Sanayi ve Ticaret A.S."  # "member [of the Board of Directors]": a seat, no title
        self.bilateral_words = fold(lexicon["bilateral_words"])
        self.pair_heads = fold(lexicon["pair_heads"])  # "Business Council [of Kazakhstan and Belarus]"
        self.undertakings = fold(lexicon["undertakings"])  # "the Hyrasia One [project]"
        self.descriptors = fold(lexicon["descriptors"])
        self.sector_words = fold(lexicon["sector_words"])  # "Mining" of "Tobol Mining"
        self.product_nouns = fold(lexicon["product_nouns"])
        self.compound_modifiers = fold(lexicon["compound_modifiers"])
        self.list_openers = [tuple(w.casefold() for w in phrase.split()) for phrase in lexicon["list_openers"]]
        self.family_first = fold(lexicon["family_names_first"])
        self.pair_links = fold(lexicon["pair_links"])
        self.local_heads = [tuple(w.casefold() for w in phrase.split()) for phrase in lexicon["local_heads"]]
        self.local_head_starts = {head[0] for head in self.local_heads}  # a word no head begins with starts none
        self.local_modifiers = fold(lexicon["local_modifiers"]) | fold(places["region_words"])
        self.months = fold(vocabulary.month_words(data["calendar"]))
        self.determiners = fold(lexicon["determiners"])
        self.indefinite_articles = fold(lexicon["indefinite_articles"])
        self.date_trim = fold(lexicon["date_trim"])
        self.places = fold(vocabulary.place_names(places))
        countries = fold(n for forms in places["countries"].values() for n in forms["names"])
        self.local_places = fold(vocabulary.city_names(places) + [r for names in places["regions"].values() for r in names]) - countries
        self.country_names = countries
        self.longest_place = max(len(p.split()) for p in self.places)  # words of the longest place name
        self.region_words = fold(places["region_words"])
        self.nationalities = fold(vocabulary.nationality_words(places))
        self.surname_suffixes = tuple(fold(people["surname_suffixes"]))
        self.patronymic_suffixes = tuple(fold(people["patronymic_suffixes"]))
        self.given_name_particles = fold(people["given_name_particles"])  # "de la" of "Carlos de la Fuente", "du" of "Cirque du Soleil"
        self.name_particles = fold(people["name_particles"]) | self.given_name_particles
        self.given_names = fold(people["given_names"])
        self.byline_openers = [tuple(w.casefold() for w in opener.split()) for opener in people["byline_openers"]]  # "By"
        self.speech_verbs = fold(people["speech_verbs"])  # "Said" of "Said Smailov, adding ..."
        self.surname_prefixes = tuple(people["surname_prefixes"])  # "Mc" of "McDonald", as written
        self.known_surnames = {name.split()[-1].casefold() for name in people["names"]}  # "Li", "Wang" alone: only after the full name
        self.known_people = fold(people["names"])
        self.known_organisations = fold(data["organisations"]["names"] + data["institutions"]["names"])
        self.known_names = self.known_organisations | self.known_people | fold(data["registry_people"]["names"])
        self.longest_organisation = 2 * max((len(n.split()) for n in self.known_organisations), default=1)  # in tokens, about
        self.institution_words = self.heads | self.vocabulary | self.not_org
        self.office_words = self.vocabulary | self.links | self.connectors  # "[Investment, Industry and Trade]" after a title
        self.place_words = self.places | self.nationalities
        self.titles = self._title_words(data["titles"])
        self.title_phrases = fold(data["titles"]["titles"])  # "chief executive": a title whose last word is no title word
        self.honorifics = fold(data["titles"]["honorifics"])  # "Mr.", "Dr.": only a person's name follows one
        self.kinship_nouns = fold(data["titles"]["kinship_nouns"])  # "son" of "his son Nikolai": a name follows
        self.title_modifiers = fold(data["titles"]["modifiers"])  # "First", "Deputy", "Acting": words inside a title
        # "Presidents", "Deputies": plurals end a headline's "Kazakh, Belarusian Presidents"; inside a name they are
        # its words ("Council of Heads of State"), so they are no title words
        self.title_plurals = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in self.titles if w.isalpha()}
        self._name_candidates: dict[tuple[str, bool], bool] = {}  # (text, lowered) -> is_name_candidate

    def _title_words(self, titles: dict) -> set[str]:
        """The words titles are made of ("Prime", "Minister", "Sultan") and the counterpart words ("his Zimbabwean
        counterpart, ..."), without the institution words that also stand in titles ("Foreign Minister", "State
        Secretary") and the legal forms."""
        phrases = [*titles["titles"], *titles["honorifics"], *titles["modifiers"], *titles["head_words"]]
        words = fold(w for phrase in phrases for w in phrase.split()) | fold(titles["counterpart_words"])
        return words - self.vocabulary - self.heads - self.links - self.determiners - self.legal_forms - {"and", "-"}

    def is_website(self, name: list[Word]) -> bool:
        """Is a name one web address ("Kapital.kz", "Kursiv.media"): a website cited as a source, no ORG (the
        guidelines), unless a known company's name is written so ("Kaspi.kz", "JD.com")?"""
        return (len(name) == 1 and "." in name[0].text and self.web_address.match(name[0].text) is not None
                and name[0].key not in self.known_organisations)

    def opens_with_own_name(self, name: list[Word]) -> bool:
        """Do the words open with a known organisation's name, whatever follows it ("Sinopec [Engineering Group]",
        "Lukoil [Overseas]"), or with a city or a region ("Pavlodar [Petrochemical Plant]")? A nationality before such
        words describes the body they name. Not when they open with an institution word ("National University")."""
        first = name[0] if name else None
        if first is None or first.key in self.institution_words:
            return False
        if first.key in self.local_places and first.key not in self.nationalities:
            return True
        return not self.is_place(first) and any(
            " ".join(w.key for w in name[:n]) in self.known_organisations for n in range(1, len(name) + 1))

    def is_place_phrase(self, words: list[Word]) -> bool:
        """Words that are a place together ("Hong Kong", "Ho Chi Minh City"), each ("Belarus-Kazakhstan"), or between
        their hyphens ("Belarus-Nizhny Novgorod")."""
        text = " ".join(w.key for w in words)
        return (text in self.places or all(self.is_place(w) for w in words)
                or all(part.strip() in self.place_words for part in text.replace("\u2010", "-").split("-")))

    def is_compound_modifier(self, word: Word) -> bool:
        """A hyphenated adjective ending on a participle ("Kostanay-based", "Zhodino-made"): it describes a name."""
        parts = word.parts
        return len(parts) > 1 and parts[-1] in self.compound_modifiers

    def is_place(self, word: Word) -> bool:
        """A country, city, region or nationality word, or a hyphenated pair of them ("Belarus-Kazakhstan")."""
        return word.key in self.place_words or all(p in self.place_words for p in word.parts)


def fold(items) -> set[str]:
    return {item.casefold() for item in items}
