"""The place gazetteer (models/vocabulary/places.json) holds the world, not the countries a corpus happened to name:
every UN member state, the UN observer states and the self-governing states a UN member recognises, each with its
short and official names and its nationality words; a capital for each; and the regions of the partners in every
spelling the wire writes (Russian-based, Latin-based, older). Each family below names places no gold article names,
in sentences written for this file in the wire style, with the records GUIDELINES.md gives ("parties: the two sides,
sorted; a region where the text names one"; "location: the city where it took place when stated, else the dateline
city"). A region comes out as the article writes it; its spellings share its country.
"""
import pytest

import kazbel_extract
from kazbel_extract import vocabulary
from kazbel_extract.events.settings import LinkingSettings

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)
from test_trade_families import B, K, U, rec, trade

PUB = "2024-03-05"
KG = "Kyrgyzstan"
PLACES = vocabulary.default("places")


# -- a trade figure with a newly listed country, by its short or its official name -------------------------------------

NEW_COUNTRIES = [
    pytest.param("Kazakhstan's exports to Ivory Coast grew by 35% to $18 million in 2023.",
                 [rec("export", value=1.8e7, period="2023", pct=35.0, parties=("Côte d'Ivoire", K), reporter=K)],
                 id="a country's usual English name gives its canonical one"),
    pytest.param("Trade between Belarus and the United Republic of Tanzania reached $41 million last year.",
                 [rec(value=4.1e7, period="2023", parties=(B, "Tanzania"))], id="an official name of four words"),
    pytest.param("Last year Uzbekistan increased its trade with the Hashemite Kingdom of Jordan by 14%.",
                 [rec(period="2023", pct=14.0, parties=("Jordan", U))], id="a kingdom's official name"),
    pytest.param("Belarus supplied goods worth $64 million to Eswatini last year.",
                 [rec("export", value=6.4e7, period="2023", parties=(B, "Eswatini"), reporter=B)],
                 id="a renamed country by its current name"),
    pytest.param("Kazakhstan's trade with the Islamic Republic of Mauritania grew 2.5 times last year.",
                 [rec(period="2023", factor=2.5, parties=(K, "Mauritania"))], id="an Islamic republic's official name"),
    pytest.param("Last year Kazakhstan's imports from the DRC rose by 22% to $5 million.",
                 [rec("import", value=5e6, period="2023", pct=22.0, parties=("Democratic Republic of the Congo", K),
                      reporter=K)], id="a country by its abbreviation"),
]

# states outside the UN that govern themselves: parties like any country
PARTLY_RECOGNISED = [
    pytest.param("Trade between Kyrgyzstan and Taiwan fell by 6% to $90 million last year.",
                 [rec(value=9e7, period="2023", pct=-6.0, parties=(KG, "Taiwan"))], id="Taiwan"),
    pytest.param("Kazakhstan's trade with Kosovo grew by 5% to $3 million last year.",
                 [rec(value=3e6, period="2023", pct=5.0, parties=(K, "Kosovo"))], id="Kosovo"),
    pytest.param("Trade between Belarus and Palestine reached $2 million last year.",
                 [rec(value=2e6, period="2023", parties=(B, "Palestine"))], id="a UN observer state"),
]

# -- a nationality word of a newly listed country gives the country ---------------------------------------------------

NEW_ADJECTIVES = [
    pytest.param("Last year Kazakh-Icelandic trade reached $12 million.",
                 [rec(value=1.2e7, period="2023", parties=("Iceland", K))], id="-ic"),
    pytest.param("Uzbek-Paraguayan trade rose by 40% last year.",
                 [rec(period="2023", pct=40.0, parties=("Paraguay", U))], id="-an"),
    pytest.param("The Belarusian-Zambian trade reached $9 million last year.",
                 [rec(value=9e6, period="2023", parties=(B, "Zambia"))], id="-ian after 'the'"),
    pytest.param("Rwandan exports to Belarus grew by 10% to $4 million last year.",
                 [rec("export", value=4e6, period="2023", pct=10.0, parties=(B, "Rwanda"), reporter="Rwanda")],
                 id="the reporter by its adjective"),
    pytest.param("Last year Kazakhstan's imports of Ecuadorean bananas rose by 30%.",
                 [rec("import", period="2023", pct=30.0, parties=("Ecuador", K), reporter=K)],
                 id="a second spelling of an adjective"),
]

# -- the regions of the partners in their Latin-based and older spellings ---------------------------------------------

REGION_SPELLINGS = [
    pytest.param("Trade between the Qostanai region and Belarus reached $200 million last year.",
                 [rec(value=2e8, period="2023", parties=(B, "Qostanai Region"))], id="Kazakh Latin spelling"),
    pytest.param("Trade between Belarus and Kazakhstan's Qaraghandy region grew by 20% to $100 million last year.",
                 [rec(value=1e8, period="2023", pct=20.0, parties=(B, "Qaraghandy Region"))],
                 id="a Latin spelling is a region of its country: it stands for it"),
    pytest.param("Trade between Belarus and Kazakhstan's Aqtobe region grew by 20% to $50 million last year.",
                 [rec(value=5e7, period="2023", pct=20.0, parties=("Aqtobe Region", B))],
                 id="Aqtobe, the same region as Aktobe"),
    pytest.param("Trade between Kazakhstan and Belarus' Mahilyow region grew by 12% to $60 million last year.",
                 [rec(value=6e7, period="2023", pct=12.0, parties=(K, "Mahilyow Region"))],
                 id="a Belarusian region transliterated from Belarusian"),
    pytest.param("Trade between the Hrodna region and Kazakhstan reached $35 million last year.",
                 [rec(value=3.5e7, period="2023", parties=("Hrodna Region", K))], id="Hrodna, the same as Grodno"),
    pytest.param("Trade between the Homiel region and Kazakhstan grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=("Homiel Region", K))], id="Homiel, the same as Gomel"),
    pytest.param("Trade between the Viciebsk and Qostanai regions grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=("Qostanai Region", "Viciebsk Region"))],
                 id="two Latin spellings before one plural region word"),
]

OTHER_REGIONS = [
    pytest.param("Last year the Lebap velayat exported to Belarus products worth $30 million.",
                 [rec("export", value=3e7, period="2023", parties=(B, "Lebap Velayat"), reporter="Lebap Velayat")],
                 id="a Turkmen velayat"),
    pytest.param("Trade between Karakalpakstan and Kazakhstan grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=("Karakalpakstan", K))], id="Uzbekistan's republic"),
    pytest.param("Trade between Tajikistan's Gorno-Badakhshan and Kazakhstan grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=("Gorno-Badakhshan", K))], id="Tajikistan's autonomous region"),
    pytest.param("Trade between Nakhchivan and Belarus grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=(B, "Nakhchivan"))], id="Azerbaijan's exclave"),
    pytest.param("Last year the Ulyanovsk region exported to Kazakhstan goods worth $80 million.",
                 [rec("export", value=8e7, period="2023", parties=(K, "Ulyanovsk Region"), reporter="Ulyanovsk Region")],
                 id="a Russian oblast beyond the border regions"),
]


@pytest.mark.parametrize("text, expected", NEW_COUNTRIES + PARTLY_RECOGNISED + NEW_ADJECTIVES + REGION_SPELLINGS
                         + OTHER_REGIONS)
def test_a_figure_of_a_newly_listed_place_has_it_as_a_party(text, expected):
    assert trade(text, PUB) == expected


# -- meetings in a newly listed capital, by name, by "the X capital", by dateline; Latin-spelled Kazakh cities ---------

NURTLEU, GOLOVCHENKO, BEKTENOV, RYZHENKOV = "Murat Nurtleu", "Roman Golovchenko", "Olzhas Bektenov", "Maxim Ryzhenkov"
GUEST = "Abdoulaye Diop"


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} held talks with {GUEST} in Bamako on Friday.", "Bamako",
                     id="a capital by its name"),
        pytest.param(f"MINSK (BelTA) - {RYZHENKOV} met with {GUEST} in the Jordanian capital on Friday.", "Amman",
                     id="the capital by the country's adjective"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} was received by {GUEST} in the capital of Mauritania on Friday.",
                     "Nouakchott", id="the capital of a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {GUEST} in the Paraguayan capital on Friday.", "Asuncion",
                     id="a capital written without its accent first"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {GUEST} in the capital of Kosovo on Friday.", "Pristina",
                     id="the capital of a partly recognised state"),
        pytest.param(f"MONTEVIDEO (BelTA) - {RYZHENKOV} held talks with {GUEST} on Friday.", "Montevideo",
                     id="a capital as the dateline"),
    ],
)
def test_a_meeting_in_a_newly_listed_capital_is_located_there(meetings, text, city):
    people = [NURTLEU, GOLOVCHENKO, RYZHENKOV, GUEST]
    assert [m["location"] for m in meetings(text, PUB, people)] == [city]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Qostanai on Friday.", "Qostanai",
                     id="Qostanai"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Semei on Friday.", "Semei", id="Semei"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Taldyqorgan on Friday.", "Taldyqorgan",
                     id="Taldyqorgan"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Turkistan on Friday.", "Turkistan",
                     id="Turkistan, the city"),
        pytest.param(f"AQTAU. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} on Friday.", "Aqtau",
                     id="a Latin spelling as the dateline"),
    ],
)
def test_a_meeting_in_a_latin_spelled_kazakh_city_is_located_there_as_written(meetings, text, city):
    assert meetings(text, PUB, [GOLOVCHENKO, BEKTENOV]) == [meeting([GOLOVCHENKO, BEKTENOV] if text.startswith("MINSK")
                                                                    else [BEKTENOV, GOLOVCHENKO], "2024-03-01", city)]


# -- new country names are places, not names of people or bodies ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Delegations from Chad, Mali, Niger and Togo attended the forum in Astana.",
    "Guinea, Guinea-Bissau and Equatorial Guinea sent ministers to the forum.",
    "Exporters from Eswatini, Lesotho and Botswana took part in the fair.",
    "Ivorian, Malian and Senegalese exporters took part in the fair.",
])
def test_newly_listed_countries_and_their_adjectives_make_no_entity(text):
    assert [(e.text, e.label) for e in kazbel_extract.extract(text).entities] == []


# -- the gazetteer itself ---------------------------------------------------------------------------------------------

def test_every_form_names_one_country_and_no_city_or_region():
    forms = [f for c in PLACES["countries"].values() for f in c["names"] + c["adjectives"]]
    assert len(forms) == len(set(forms))
    places = set(vocabulary.city_names(PLACES)) | {r for rs in PLACES["regions"].values() for r in rs}
    assert not places & set(forms)


def test_every_country_has_a_capital_and_every_capital_a_listed_country():
    assert set(PLACES["capitals"]) == set(PLACES["countries"])
    assert all(forms for forms in PLACES["capitals"].values())
    assert set(PLACES["country_cities"]) <= set(PLACES["countries"]) and set(PLACES["regions"]) <= set(PLACES["countries"])


def test_the_canonical_names_records_depend_on_are_kept():
    for name in ("Türkiye", "South Korea", "United States", "United Kingdom", "Czech Republic", "Belarus", "Kazakhstan"):
        assert name in PLACES["countries"]
    assert {"Holy See", "Palestine", "Kosovo", "Taiwan"} <= set(PLACES["countries"])
    assert "Hong Kong" in PLACES["country_cities"]["China"] and "Crimea" in PLACES["areas"]


def test_every_place_name_fits_the_longest_mention_the_linker_reads():
    tokenizer = kazbel_extract.load().tokenizer
    longest = LinkingSettings().max_place_words
    forms = [f for c in PLACES["countries"].values() for f in c["names"] + c["adjectives"]]
    forms += vocabulary.city_names(PLACES) + [r for rs in PLACES["regions"].values() for r in rs]
    assert [f for f in forms if len(tokenizer(f)) > longest] == []
