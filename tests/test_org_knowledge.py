"""Organisations completed from public knowledge (issue 12): news agencies and outlets, universities and academies,
companies and holdings, international and regional bodies.

Each class is a family of sentences written for these tests, in which the name is one ORG entity, the whole name, and
a registry institution resolves to its actor (a plain gazetteer name to none). The collision checks run over every
name the registry and the gazetteer hold, so a name a user adds is checked too: no spelling is a place, a nationality,
a title or a common word, and no short form folds like another institution's.
"""
from __future__ import annotations

import re

import pytest
import spacy

from kazbel_extract import vocabulary
from kazbel_extract.data import models_path
from kazbel_extract.entities.data import read_data
from kazbel_extract.registry import INSTITUTION, Registry, fold
from test_registry import INSTITUTIONS, entities


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_dir(models_path("actors"))


def orgs(nlp, text: str) -> dict[str, str | None]:
    """ORG entity -> its actor; a PERSON read in the sentence fails the case (no name here is a person)."""
    found = entities(nlp, text)
    assert all(label == "ORG" for label, _ in found.values()), found
    return {text: actor for text, (_, actor) in found.items()}


MEDIA = [
    ("The Saudi Press Agency and Armenpress carried the text of the joint statement on Sunday.",
     {"Saudi Press Agency": "Saudi Press Agency", "Armenpress": "Armenpress"}),
    ("A correspondent of the Associated Press of Pakistan asked about the railway corridor.",
     {"Associated Press of Pakistan": "Associated Press of Pakistan"}),
    ("According to the Turkmenistan State News Agency, the gas talks will resume in spring.",
     {"Turkmenistan State News Agency": "Turkmenistan State News Agency"}),
    ("Jiji Press and the China News Service published interviews with the minister.",
     {"Jiji Press": "Jiji Press", "China News Service": "China News Service"}),
    ("The National Information Agency of Tajikistan quoted the deputy minister as saying the road would open in May.",
     {"National Information Agency of Tajikistan": "National Information Agency of Tajikistan"}),
    ("The Minsk Herald and Narodnaya Gazeta reported the figures, as did Radio Belarus.",
     {"Minsk Herald": None, "Narodnaya Gazeta": None, "Radio Belarus": None}),
    ("Central Asia Monitor and Atameken Business covered the opening of the plant.",
     {"Central Asia Monitor": None, "Atameken Business": None}),
]


@pytest.mark.parametrize("text, expected", MEDIA)
def test_news_agencies_and_outlets_are_one_org_each(nlp, text, expected):
    assert orgs(nlp, text) == expected


UNIVERSITIES = [
    ("Students of Karaganda Technical University will do internships at the Belarusian plant.",
     {"Karaganda Technical University": "Karaganda Technical University"}),
    ("Toraighyrov University and Polotsk State University signed a memorandum on joint degrees.",
     {"Toraighyrov University": "Toraighyrov University", "Polotsk State University": "Polotsk State University"}),
    ("The Kazakh-British Technical University hosted researchers from the Belarusian State Pedagogical University.",
     {"Kazakh-British Technical University": "Kazakh-British Technical University",
      "Belarusian State Pedagogical University": "Belarusian State Pedagogical University"}),
    ("Scientists of the National Academy of Sciences of Kazakhstan and the Russian Academy of Sciences will study the lake.",
     {"National Academy of Sciences of Kazakhstan": "National Academy of Sciences of Kazakhstan",
      "Russian Academy of Sciences": "Russian Academy of Sciences"}),
    ("A branch of the Belarusian-Russian University may open in Kostanay, the rector said.",
     {"Belarusian-Russian University": "Belarusian-Russian University"}),
    ("Graduates of KIMEP and BSMU took part in the exchange programme.", {"KIMEP": None, "BSMU": None}),
]


@pytest.mark.parametrize("text, expected", UNIVERSITIES)
def test_universities_and_academies_are_one_org_each(nlp, text, expected):
    assert orgs(nlp, text) == expected


COMPANIES = [
    ("Toyota and Komatsu are studying the market for mining trucks.", {"Toyota": "Toyota", "Komatsu": "Komatsu"}),
    ("A contract between Boeing and the carrier was announced at the air show.", {"Boeing": "Boeing"}),
    ("Saudi Aramco, QatarEnergy and ADNOC are interested in the petrochemical project.",
     {"Saudi Aramco": "Saudi Aramco", "QatarEnergy": "QatarEnergy", "ADNOC": "ADNOC"}),
    ("Rio Tinto and HSBC opened offices in the capital last year.", {"Rio Tinto": "Rio Tinto", "HSBC": "HSBC"}),
    ("Supply contracts were signed by Bellegprom Concern and Belresursy.",
     {"Bellegprom Concern": "Bellegprom", "Belresursy": "Belresursy"}),
    ("Altyn Bank and Nurbank cut their deposit rates on Monday.", {"Altyn Bank": "Altyn Bank", "Nurbank": "Nurbank"}),
]


@pytest.mark.parametrize("text, expected", COMPANIES)
def test_companies_and_holdings_are_one_org_each(nlp, text, expected):
    assert orgs(nlp, text) == expected


BODIES = [
    ("The International Renewable Energy Agency and the International Energy Agency presented their outlook in Astana.",
     {"International Renewable Energy Agency": "International Renewable Energy Agency",
      "International Energy Agency": "International Energy Agency"}),
    ("Experts of the Universal Postal Union and the World Meteorological Organization met in Geneva.",
     {"Universal Postal Union": "Universal Postal Union", "World Meteorological Organization": "World Meteorological Organization"}),
    ("The Multilateral Investment Guarantee Agency will insure the loan.",
     {"Multilateral Investment Guarantee Agency": "Multilateral Investment Guarantee Agency"}),
    ("The International Union of Railways admitted the operator, the CAREC Institute said.",
     {"International Union of Railways": "International Union of Railways", "CAREC Institute": "CAREC Institute"}),
    ("The NDB and the World Bank Group will co-finance the power line.",
     {"NDB": "New Development Bank", "World Bank Group": "World Bank"}),
]


@pytest.mark.parametrize("text, expected", BODIES)
def test_international_and_regional_bodies_are_one_org_each(nlp, text, expected):
    assert orgs(nlp, text) == expected


@pytest.mark.parametrize("name, country", [
    ("Armenpress", "Armenia"), ("Report News Agency", "Azerbaijan"), ("BelaPAN", "Belarus"), ("Kazakhstan Today", "Kazakhstan"),
    ("Karaganda University", "Kazakhstan"), ("Vitebsk State University", "Belarus"), ("Bank Dabrabyt", "Belarus"),
    ("Russian Post", "Russia"), ("Japan Bank for International Cooperation", "Japan"), ("Tekfen", "Türkiye"),
    ("Qatar Airways", "Qatar"), ("National Iranian Oil Company", "Iran"), ("Universal Postal Union", None),
])
def test_a_new_institution_has_its_country(registry, name, country):
    assert [a.country for a in registry.find(INSTITUTION, name)] == [country]


# --- collisions

def _common_words() -> set[str]:
    """Words no organisation's short form may be: English stop words and the project's own vocabulary of institution
    heads, months and currency words."""
    data = read_data(models_path("entity_rules"))
    words = set(spacy.lang.en.stop_words.STOP_WORDS)
    words |= {w.casefold() for w in data["lexicon"]["heads"] + data["lexicon"]["not_org"]}
    words |= {w.casefold() for w in vocabulary.month_words(data["calendar"])}
    words |= {w.casefold() for w in [*data["currencies"]["before"], *data["currencies"]["after"], *data["currencies"]["scales"]]}
    return words


def _all_names() -> list[str]:
    data = read_data(models_path("entity_rules"))
    return [*data["organisations"]["names"], *(s for r in INSTITUTIONS for s in [r["name"], *r.get("aliases", [])])]


def test_no_organisation_name_is_a_place_a_nationality_or_a_title():
    places = vocabulary.default("places")
    titles = vocabulary.default("titles")
    taken = {fold(w) for w in vocabulary.place_names(places) + vocabulary.nationality_words(places)}
    taken |= {fold(t) for t in [*titles["titles"], *titles["role_phrases"]]}
    # a name written with its article is a publication's title, not the noun: "The Diplomat"
    assert [n for n in _all_names() if fold(n) in taken and not n.startswith("The ")] == []


# short forms that are words, kept because the body is known by no other: matched only as written, in capitals
WORD_ACRONYMS = {"WHO"}


def test_no_short_form_is_a_common_word():
    common = _common_words() - {w.casefold() for w in WORD_ACRONYMS}
    short = [n for n in _all_names() if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", n) and n.upper() == n]
    assert [n for n in short if n.casefold() in common] == []


def test_no_spelling_names_institutions_of_one_country_twice(registry):
    """Two institutions of one country (or two international bodies) never share a folded spelling: 'IITU' would be
    the ITU, 'QIA' Kia."""
    owners: dict[tuple, set[str]] = {}
    for record in INSTITUTIONS:
        for spelling in [record["name"], *record.get("aliases", [])]:
            owners.setdefault((record.get("country"), fold(spelling)), set()).add(record["name"])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
