"""Countries, blocs, regions and cities named in a doc, searchable by span.

Mentions are read from tokens against the `places` gazetteer, so "Belarus-Kazakhstan trade",
"Kazakh-Chinese trade", "Belarus' export" and "Brest Oblast" are all found whatever the
statistical NER made of them.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .syntax import doc_tokens, token_words


@dataclass(frozen=True)
class Place:
    kind: str  # "country", "bloc", "region", "region_of" ("the Kazakh region") or "city"
    name: str  # canonical: "Belarus", "CIS", "Brest Oblast", "Minsk"
    country: str | None  # the country a region or a country mention belongs to
    start: int  # token offsets in the doc
    end: int
    bare: bool = False  # a region written without a region word ("Xinjiang", "Tatarstan"): a side only by its role


def find_places(doc: Doc, lexicon: Lexicon, max_words: int) -> "Places":
    """Every place mention of the doc, in text order, each of at most `max_words` tokens; a region word makes
    "Brest Oblast" a region, not a city, and a region that is no city needs none ("Xinjiang's trade")."""
    index = _index(lexicon)
    texts = token_words(doc).text  # most tokens begin no name
    pieces = [text + t.whitespace_ for text, t in zip(texts, doc_tokens(doc))]
    places, i, count = [], 0, len(texts)
    while i < count:
        if texts[i] not in index.prefixes or texts[i].isspace():
            i += 1  # a name begins at a word (" Astana" after a blanked dateline starts at "Astana"), one of the lists'
            continue
        for n in range(max_words, 0, -1):
            text = "".join(pieces[i : i + n]).strip()
            if text in lexicon.country_of and i + n < count and texts[i + n].lower() in index.region_words:
                country = lexicon.country_of[text]  # "the Kazakh region": one of the article's Kazakh regions
                places.append(Place("region_of", country, country, i, i + n + 1))
                i += n + 1
                break
            if text in lexicon.region_country and i + n < count and texts[i + n].lower() in index.plural_region_words:
                word = texts[i + n][:-1].capitalize()  # "the Pavlodar and Omsk regions": each of them a region
                for k in _conjuncts(places, texts, i, lexicon.region_country, pieces):
                    first = places[k]
                    places[k] = Place("region", f"{_written(pieces, first)} {word}", lexicon.region_country[
                        _written(pieces, first)], first.start, first.end)
                places.append(Place("region", f"{text} {word}", lexicon.region_country[text], i, i + n + 1))
                i += n + 1
                break
            if text in lexicon.region_country and i + n < count and texts[i + n] in index.region_words:
                name = f"{text} {texts[i + n].capitalize()}"
                places.append(Place("region", name, lexicon.region_country[text], i, i + n + 1))
                i += n + 1
                break
            if text in index.table:
                kind, name, country = index.table[text]
                places.append(Place(kind, name, country, i, i + n))
                i += n
                break
            if text in lexicon.region_country:
                places.append(Place("region", text, lexicon.region_country[text], i, i + n, bare=True))
                i += n
                break
        else:
            i += 1
    return Places(places, lexicon)


def _written(pieces: list[str], place: Place) -> str:
    return "".join(pieces[place.start : place.end]).strip()


def _conjuncts(places: list[Place], texts: list[str], i: int, region_country: dict, pieces: list[str]) -> list[int]:
    """Indices of the places just before token `i` that are its conjuncts ("Gomel, Mogilev and" of "Gomel, Mogilev
    and Vitebsk oblasts"): region names each followed by "and" or a comma."""
    out, k, at = [], len(places) - 1, i
    while k >= 0 and places[k].end == at - 1 and texts[at - 1] in ("and", ",") and \
            _written(pieces, places[k]) in region_country:
        out.append(k)
        at, k = places[k].start, k - 1
    return out


@dataclass(frozen=True)
class _Index:
    table: dict[str, tuple[str, str, str | None]]  # form -> (kind, canonical name, country) of cities, blocs, countries
    region_words: set[str]  # "Oblast", "region" and their lowercase forms
    plural_region_words: set[str]  # "regions", "oblasts": after two region names ("the Brest and Kostanay regions")
    prefixes: set[str]  # every beginning of every form: a word no form begins with starts no mention


@lru_cache(maxsize=4)
def _index(lexicon: Lexicon) -> _Index:
    """The gazetteer of a lexicon as `find_places` reads it, built once per lexicon, not per doc."""
    region_words = set(lexicon.places["region_words"])
    region_words |= {w.lower() for w in region_words}
    table = {form: ("city", form, None) for form in lexicon.cities}
    table.update({form: ("bloc", name, None) for form, name in lexicon.bloc_of.items()})
    table.update({form: ("country", name, name) for form, name in lexicon.country_of.items()})
    forms = {*table, *lexicon.country_of, *lexicon.region_country}
    plural = {w.lower() for w in lexicon.places["regional_plural"]}
    return _Index(table, region_words, plural, {form[:n] for form in forms for n in range(1, len(form) + 1)})


class Places:
    """The place mentions of a doc, searchable by span in log time (long docs have thousands)."""

    def __init__(self, places: list[Place], lexicon: Lexicon):
        self.all = places
        self.starts = [p.start for p in places]
        self.plural_region_words = set(lexicon.places["regional_plural"])
        self.region_words = set(lexicon.places["region_words"])  # "Oblast", "Region": "Xinjiang Uygur Autonomous Region"
        self.singular_region_words = set(lexicon.places["regional_singular"])
        self.country_nouns = set(lexicon.places["country_nouns"])  # "the country's exports", "the republic's"
        self.referring_possessives = set(lexicon.places["referring_possessives"])  # "its exports"
        self.region_country = {p.name: p.country for p in places if p.kind == "region"}
        self.capital_country = {form: country for country, forms in lexicon.capitals.items() for form in forms}
        self.regions = Counter(p.name for p in places if p.kind == "region")

    def within(self, span: Span) -> list[Place]:
        lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return [p for p in self.all[lo:hi] if p.end <= span.end]

    def regional(self, reporter: str | None, parties: list[str]) -> str | None:
        """A country stands for its region when the figure is the region's ("Belarusian export" of Brest Oblast)."""
        if reporter is None:
            return None
        return next((party for party in parties if self.region_country.get(party) == reporter), reporter)
