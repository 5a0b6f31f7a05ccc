"""The attributes of a trade figure on wordings the rules were not written from (issue 11, families 3 and 6, and
the reporter and status): its period, its sides, whose trade it is and whether it is a result, a goal or an
expectation. Each sentence is written for this file in the wire style and annotated by GUIDELINES.md ("Decisions
on borderline cases"); every field the scorer reads is compared."""
import pytest

from test_trade_families import PUBLISHED, rec, trade

B, K, U, C, EU, R, T = "Belarus", "Kazakhstan", "Uzbekistan", "China", "European Union", "Russia", "Tajikistan"
EAEU = "Eurasian Economic Union"  # blocs are written out, as the guidelines write the EU


def check(text, published, expected):
    assert trade(text, published) == expected


# -- periods ---------------------------------------------------------------------------------------------------
# A year and year-less months of the same clause are one period: the months of that year.
YEAR_AND_MONTHS = [
    pytest.param("Last year, in January-November, trade between Kazakhstan and Uzbekistan rose 12%.", PUBLISHED,
                 [rec(period="2023-01/2023-11", pct=12.0, parties=(K, U))], id="last year, in January-November"),
    pytest.param("This year, over five months, Belarusian exports to Kazakhstan reached $420 million.", PUBLISHED,
                 [rec("export", value=4.2e8, period="2024-01/2024-05", parties=(B, K), reporter=B)],
                 id="this year, over five months"),
    pytest.param("This year trade between Belarus and China rose by 9% in January-April.", PUBLISHED,
                 [rec(period="2024-01/2024-04", pct=9.0, parties=(B, C))], id="this year ... in January-April"),
    pytest.param("In 2023 Kazakh exports to Russia reached $9 billion in the first ten months.", PUBLISHED,
                 [rec("export", value=9e9, period="2023-01/2023-10", parties=(K, R), reporter=K)],
                 id="in 2023 ... in the first ten months"),
]

# Quarter and half shorthands are periods whatever the tagger made of them.
SHORTHANDS = [
    pytest.param("Trade between the Minsk region and Kazakhstan reached $85 million in H1.", PUBLISHED,
                 [rec(value=8.5e7, period="2024-01/2024-06", parties=("Minsk Region", K))], id="in H1"),
    pytest.param("Belarusian exports to Uzbekistan rose 6% in Q1.", PUBLISHED,
                 [rec("export", period="2024-01/2024-03", pct=6.0, parties=(B, U), reporter=B)], id="in Q1"),
    pytest.param("In Q2 trade between Kazakhstan and Tajikistan grew to $300 million.", "2024-08-01",
                 [rec(value=3e8, period="2024-04/2024-06", parties=(K, T))], id="in Q2, leading"),
    pytest.param("In 9M2023, trade between Kazakhstan and Azerbaijan reached $300 million.", PUBLISHED,
                 [rec(value=3e8, period="2023-01/2023-09", parties=("Azerbaijan", K))], id="9M2023, glued"),
    pytest.param("In 9M 2023, Kazakh exports to Georgia rose by 14%.", PUBLISHED,
                 [rec("export", period="2023-01/2023-09", pct=14.0, parties=("Georgia", K), reporter=K)], id="9M 2023"),
    pytest.param("Trade between Uzbekistan and Azerbaijan grew by 5% in 1H2024.", "2024-08-01",
                 [rec(period="2024-01/2024-06", pct=5.0, parties=("Azerbaijan", U))], id="1H2024"),
    pytest.param("In 1Q 2024, trade between Kazakhstan and Belarus reached $300 million.", PUBLISHED,
                 [rec(value=3e8, period="2024-01/2024-03", parties=(B, K))], id="1Q 2024"),
    pytest.param("Kazakhstan exported goods worth $9M to Azerbaijan.", PUBLISHED,
                 [rec("export", value=9e6, parties=("Azerbaijan", K), reporter=K)], id="$9M is no period"),
    pytest.param("In the first half-year of 2023 trade between Kazakhstan and Belarus reached $600 million.", PUBLISHED,
                 [rec(value=6e8, period="2023-01/2023-06", parties=(B, K))], id="the first half-year of 2023"),
]

# Year-less months compared with the same months of a stated year are of the current year, not the stated one.
SAME_MONTHS_COMPARED = [
    pytest.param("In January-April, trade between Kazakhstan and Belarus reached $400 million, compared to $350 million "
                 "in January-April 2023.", PUBLISHED,
                 [rec(value=4e8, period="2024-01/2024-04", parties=(B, K)),
                  rec(value=3.5e8, period="2023-01/2023-04", parties=(B, K))], id="compared to the months of 2023"),
    pytest.param("Over the first quarter Belarusian exports to Uzbekistan came to $90 million against $80 million in "
                 "the first quarter of 2023.", PUBLISHED,
                 [rec("export", value=9e7, period="2024-01/2024-03", parties=(B, U), reporter=B),
                  rec("export", value=8e7, period="2023-01/2023-03", parties=(B, U), reporter=B)],
                 id="against the quarter of 2023"),
]

# The base of a comparison is never the figure's period, also where the tagger put the comparison word in the date.
COMPARISON_BASES = [
    pytest.param("Exports from Belarus to Kazakhstan rose to $500 million, 15% more than a year earlier.", PUBLISHED,
                 [rec("export", value=5e8, pct=15.0, parties=(B, K), reporter=B)], id="15% more than a year earlier"),
    pytest.param("Trade between Kazakhstan and China fell to $3 billion, 4% less than a year ago.", PUBLISHED,
                 [rec(value=3e9, pct=-4.0, parties=(C, K))], id="4% less than a year ago"),
    pytest.param("Last year trade between Belarus and Vietnam amounted to $150 million, up 25% over 2022. Belarusian "
                 "exports grew 1.6 times to $72 million.", PUBLISHED,
                 [rec(value=1.5e8, period="2023", pct=25.0, parties=(B, "Vietnam")),
                  rec("export", value=7.2e7, period="2023", factor=1.6, parties=(B, "Vietnam"), reporter=B)],
                 id="up 25% over 2022, the period stated elsewhere"),
    pytest.param("In 2023 Kazakh exports to Georgia rose by 9% over 2022 to $300 million.", PUBLISHED,
                 [rec("export", value=3e8, period="2023", pct=9.0, parties=("Georgia", K), reporter=K)],
                 id="rose by 9% over 2022"),
    pytest.param("Trade between Kazakhstan and Belarus grew 12% over January-May.", PUBLISHED,
                 [rec(period="2024-01/2024-05", pct=12.0, parties=(B, K))], id="over January-May is its period"),
    pytest.param("In 2023 trade between Belarus and China exceeded $8 billion, and over the last five years it doubled.",
                 PUBLISHED, [rec(value=8e9, period="2023", parties=(B, C)), rec(factor=2.0, parties=(B, C))],
                 id="over the last five years: a span, no base"),
]

# A back-reference ("the same quarter of 2023") names another period: its year is not the year of the figure's
# year-less months.
BACK_REFERENCE_YEARS = [
    pytest.param("In the first quarter trade between Kazakhstan and Tajikistan was $250 million, compared with $200 "
                 "million in the same quarter of 2023.", PUBLISHED,
                 [rec(value=2.5e8, period="2024-01/2024-03", parties=(K, T)),
                  rec(value=2e8, period="2023-01/2023-03", parties=(K, T))], id="same quarter of 2023"),
    pytest.param("In January-May Belarus' exports to China reached $900 million, up 11% on the same period of 2023.",
                 PUBLISHED, [rec("export", value=9e8, period="2024-01/2024-05", pct=11.0, parties=(B, C), reporter=B)],
                 id="up on the same period of 2023"),
]


@pytest.mark.parametrize("text, published, expected", YEAR_AND_MONTHS + SHORTHANDS + SAME_MONTHS_COMPARED +
                         COMPARISON_BASES + BACK_REFERENCE_YEARS)
def test_periods(text, published, expected):
    check(text, published, expected)


# -- parties ---------------------------------------------------------------------------------------------------
# A city or a region written without a region word is a side where the clause makes it one: the object of
# "between", the owner of the trade word, the partner of "trade with" or "exports to"; its country is then no
# second side. A city where something happens is none.
CITY_SIDES = [
    pytest.param("Trade between Almaty and Minsk totalled $120 million last year.", PUBLISHED,
                 [rec(value=1.2e8, period="2023", parties=("Almaty", "Minsk"))], id="between two cities"),
    pytest.param("Trade between Grodno and Kazakhstan amounted to $25 million in 2023.", PUBLISHED,
                 [rec(value=2.5e7, period="2023", parties=("Grodno", K))], id="between a city and a country"),
    pytest.param("Karaganda's exports to Belarus grew by 30% in 2023.", PUBLISHED,
                 [rec("export", period="2023", pct=30.0, parties=(B, "Karaganda"), reporter="Karaganda")],
                 id="a city's exports"),
    pytest.param("Belarus and Kazakhstan discussed transport. Exports from Kazakhstan to Minsk rose by 12% in 2023.",
                 PUBLISHED, [rec("export", period="2023", pct=12.0, parties=(K, "Minsk"), reporter=K)],
                 id="exports to a city"),
    pytest.param("Belarus and Kazakhstan held talks in Almaty. Trade between the two countries reached $1.3 billion "
                 "in 2023.", PUBLISHED, [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a city of the meeting is no side"),
    pytest.param("At a forum in Minsk, trade between Belarus and Uzbekistan was said to have reached $1.2 billion in "
                 "2023.", PUBLISHED, [rec(value=1.2e9, period="2023", parties=(B, U))],
                 id="a city of the forum is no side"),
]

# Adjectives and prefixes of nationality name the sides ("Sino-Kazakh", "Uzbek-Belarusian"); a bloc is a side.
ADJECTIVE_SIDES = [
    pytest.param("Sino-Kazakh trade amounted to $31 billion in 2023.", PUBLISHED,
                 [rec(value=3.1e10, period="2023", parties=(C, K))], id="Sino-Kazakh"),
    pytest.param("Sino-Belarusian trade grew by 8% in January-May.", PUBLISHED,
                 [rec(period="2024-01/2024-05", pct=8.0, parties=(B, C))], id="Sino-Belarusian"),
    pytest.param("Uzbek-Belarusian trade turnover grew by 25% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=25.0, parties=(B, U))], id="Uzbek-Belarusian"),
    pytest.param("Trade between Kazakhstan and the EAEU countries reached $28 billion in 2023.", PUBLISHED,
                 [rec(value=2.8e10, period="2023", parties=(EAEU, K))], id="the EAEU countries"),
    pytest.param("Kazakhstan's trade with the EU reached $40 billion in 2023.", PUBLISHED,
                 [rec(value=4e10, period="2023", parties=(EU, K))], id="the EU"),
]


# A region that is no city is a side without its region word ("Xinjiang", "Tatarstan", "East Kazakhstan"), named as
# written, where its role makes it one: owner or partner of the trade word, object of "between", subject of the
# clause; mentioned only in passing it is none.
BARE_REGION_SIDES = [
    pytest.param("Xinjiang's trade with Kazakhstan grew by 18% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=18.0, parties=(K, "Xinjiang"))], id="a Chinese region's trade"),
    pytest.param("Trade between Tatarstan and Belarus amounted to $600 million in 2023.", PUBLISHED,
                 [rec(value=6e8, period="2023", parties=(B, "Tatarstan"))], id="between a Russian region and a country"),
    pytest.param("Guangdong's exports to Kazakhstan rose to $2 billion last year.", PUBLISHED,
                 [rec("export", value=2e9, period="2023", parties=("Guangdong", K), reporter="Guangdong")],
                 id="a region's exports"),
    pytest.param("Belarusian exports to East Kazakhstan reached $40 million in 2023.", PUBLISHED,
                 [rec("export", value=4e7, period="2023", parties=(B, "East Kazakhstan"), reporter=B)],
                 id="exports to a region"),
    pytest.param("Bashkortostan saw its trade with Uzbekistan increase by 30% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=30.0, parties=("Bashkortostan", U))], id="the region as subject"),
    pytest.param("Trade between the Brest and Kostanay regions grew by 20% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=20.0, parties=("Brest Region", "Kostanay Region"))],
                 id="two region names before one plural region word"),
    pytest.param("Trade between the Pavlodar and Omsk oblasts reached $300 million in 2023.", PUBLISHED,
                 [rec(value=3e8, period="2023", parties=("Omsk Oblast", "Pavlodar Oblast"))], id="oblasts"),
    pytest.param("Delegates from Sichuan attended the forum. Trade between Kazakhstan and Belarus reached $1.3 billion "
                 "in 2023.", PUBLISHED, [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a region in passing is no side"),
]


# A capital that is a clause's subject stands for its country ("Astana and Minsk agreed"), also for "the two
# capitals" after it; "our countries" is a pair like "the two countries"; the Central Asian countries are one side.
CAPITALS_AND_GROUPS = [
    pytest.param("Tashkent and Astana aim to bring trade to $10 billion.", PUBLISHED,
                 [rec(value=1e10, status="target", parties=(K, U))], id="capitals aiming"),
    pytest.param("Beijing and Astana want to raise trade to $40 billion by 2030.", PUBLISHED,
                 [rec(value=4e10, period="2030", status="target", parties=(C, K))], id="capitals wanting"),
    pytest.param("Minsk and Astana have agreed to expand cooperation. Trade between the two capitals reached $300 "
                 "million in 2023.", PUBLISHED, [rec(value=3e8, period="2023", parties=(B, K))],
                 id="the two capitals"),
    pytest.param("\"Trade between our countries grew by 12% last year,\" Kazakh Ambassador to Belarus Aidos Qwertyuly "
                 "said.", PUBLISHED, [rec(period="2023", pct=12.0, parties=(B, K))], id="our countries"),
    pytest.param("Kazakhstan's trade with the Central Asian countries grew by 10% to $7 billion in 2023.", PUBLISHED,
                 [rec(value=7e9, period="2023", pct=10.0, parties=("Central Asia", K))], id="the Central Asian countries"),
    pytest.param("Xinjiang's trade with the Central Asian states rose to $40 billion in 2023.", PUBLISHED,
                 [rec(value=4e10, period="2023", parties=("Central Asia", "Xinjiang"))], id="a region and a group"),
    # every bloc of the region a figure is given for is one side, by its abbreviation or its name, whose words
    # ("Shanghai") are no city of the bloc
    pytest.param("In 2023 Kazakhstan's trade with the SCO countries grew to $90 billion.", PUBLISHED,
                 [rec(value=9e10, period="2023", parties=("Shanghai Cooperation Organisation", K))],
                 id="the SCO countries"),
    pytest.param("Uzbekistan's trade with the member states of the Shanghai Cooperation Organization reached $35 "
                 "billion in 2023.", PUBLISHED,
                 [rec(value=3.5e10, period="2023", parties=("Shanghai Cooperation Organisation", U))],
                 id="the SCO by its name"),
    pytest.param("Trade between Kazakhstan and the Organisation of Turkic States countries reached $12 billion in "
                 "2023.", PUBLISHED, [rec(value=1.2e10, period="2023", parties=(K, "Organization of Turkic States"))],
                 id="the Turkic States"),
    pytest.param("Belarus' exports to the BRICS countries rose by 8% in 2023.", PUBLISHED,
                 [rec(metric="export", period="2023", pct=8.0, parties=("BRICS", B), reporter=B)], id="BRICS"),
    pytest.param("Kazakhstan's trade with ASEAN grew to $2 billion in 2023.", PUBLISHED,
                 [rec(value=2e9, period="2023", parties=("ASEAN", K))], id="ASEAN"),
]


@pytest.mark.parametrize("text, published, expected", CITY_SIDES + ADJECTIVE_SIDES + BARE_REGION_SIDES +
                         CAPITALS_AND_GROUPS)
def test_parties(text, published, expected):
    check(text, published, expected)


# -- reporters -------------------------------------------------------------------------------------------------
# For investment the reporter is the investing side: the owner of the investment, its "from", or the "from" of
# the verb that receives it ("attracted $2 billion in investment from China"); the receiving subject is not.
INVESTORS = [
    pytest.param("Uzbekistan attracted $2 billion in investment from China in 2023.", PUBLISHED,
                 [rec("investment", value=2e9, period="2023", parties=(C, U), reporter=C)],
                 id="attracted investment from"),
    pytest.param("Last year Kazakhstan received $500 million of investment from Belarus.", PUBLISHED,
                 [rec("investment", value=5e8, period="2023", parties=(B, K), reporter=B)],
                 id="received investment from"),
    pytest.param("In 2023 Belarus drew $300 million of investments from Russia.", PUBLISHED,
                 [rec("investment", value=3e8, period="2023", parties=(B, R), reporter=R)],
                 id="drew investments from"),
    pytest.param("Kazakhstan received $500 million of Korean investment last year.", PUBLISHED,
                 [rec("investment", value=5e8, period="2023", parties=(K, "South Korea"), reporter="South Korea")],
                 id="received Korean investment"),
    pytest.param("Investment from the EU in Kazakhstan reached $20 billion in 2023.", PUBLISHED,
                 [rec("investment", value=2e10, period="2023", parties=(EU, K), reporter=EU)],
                 id="investment from the EU"),
]


@pytest.mark.parametrize("text, published, expected", INVESTORS)
def test_reporters(text, published, expected):
    check(text, published, expected)


# -- status ----------------------------------------------------------------------------------------------------
# Expectations are forecasts whatever word states them; goals are targets; an undated goal of a conjunct clause
# takes no date of the result before it.
STATUSES = [
    pytest.param("Trade between Belarus and Kazakhstan has every chance of reaching $2 billion this year.", PUBLISHED,
                 [rec(value=2e9, period="2024", status="forecast", parties=(B, K))], id="every chance of reaching"),
    pytest.param("Trade between Kazakhstan and China is poised to exceed $45 billion this year.", PUBLISHED,
                 [rec(value=4.5e10, period="2024", status="forecast", parties=(C, K))], id="is poised to exceed"),
    pytest.param("Trade between Belarus and Kazakhstan is unlikely to exceed $1.5 billion this year.", PUBLISHED,
                 [rec(value=1.5e9, period="2024", status="forecast", parties=(B, K))], id="is unlikely to exceed"),
    pytest.param("According to projections, trade between Kazakhstan and Korea will rise to $8 billion.", PUBLISHED,
                 [rec(value=8e9, status="forecast", parties=(K, "South Korea"))], id="according to projections"),
    pytest.param("Kazakhstan is aiming to bring trade with Uzbekistan to $10 billion.", PUBLISHED,
                 [rec(value=1e10, status="target", parties=(K, U))], id="is aiming to bring"),
    pytest.param("Belarus and Tajikistan pledged to increase trade to $500 million by 2026.", PUBLISHED,
                 [rec(value=5e8, period="2026", status="target", parties=(B, T))], id="pledged to increase"),
    pytest.param("Kazakhstan and Azerbaijan are seeking to bring trade to $1 billion.", PUBLISHED,
                 [rec(value=1e9, status="target", parties=("Azerbaijan", K))], id="are seeking to bring"),
    pytest.param("Trade between Belarus and Kazakhstan stood at $1.3 billion in 2023, and the sides want to reach $2 "
                 "billion.", PUBLISHED,
                 [rec(value=1.3e9, period="2023", parties=(B, K)), rec(value=2e9, status="target", parties=(B, K))],
                 id="an undated goal after a result"),
    pytest.param("Kazakh exports to Uzbekistan rose to $2.5 billion in 2023, and officials expect them to reach $3 "
                 "billion.", PUBLISHED,
                 [rec("export", value=2.5e9, period="2023", parties=(K, U), reporter=K),
                  rec("export", value=3e9, status="forecast", parties=(K, U), reporter=K)],
                 id="an undated expectation after a result"),
]


# More wordings of expectations (a copula's prepositional predicate included: "is on track to") and of goals
# (instructions and commitments).
MORE_STATUSES = [
    pytest.param("Trade between Kazakhstan and Belarus is on track to reach $2 billion this year.", PUBLISHED,
                 [rec(value=2e9, period="2024", status="forecast", parties=(B, K))], id="is on track to reach"),
    pytest.param("Trade between Uzbekistan and China is on course to hit $15 billion in 2024.", PUBLISHED,
                 [rec(value=1.5e10, period="2024", status="forecast", parties=(C, U))], id="is on course to hit"),
    pytest.param("Kazakhstan and Belarus have every opportunity to reach $3 billion in trade.", PUBLISHED,
                 [rec(value=3e9, status="forecast", parties=(B, K))], id="every opportunity to reach"),
    pytest.param("The minister is confident of trade between Kazakhstan and Belarus reaching $2 billion next year.",
                 PUBLISHED, [rec(value=2e9, period="2025", status="forecast", parties=(B, K))], id="confident of reaching"),
    pytest.param("The ministry foresees trade between Kazakhstan and Uzbekistan reaching $7 billion in 2025.", PUBLISHED,
                 [rec(value=7e9, period="2025", status="forecast", parties=(K, U))], id="foresees"),
    pytest.param("The presidents instructed their governments to raise trade between Kazakhstan and Belarus to $3 "
                 "billion.", PUBLISHED, [rec(value=3e9, status="target", parties=(B, K))], id="instructed to raise"),
    pytest.param("Kazakhstan and Belarus are committed to increasing trade to $3 billion by 2027.", PUBLISHED,
                 [rec(value=3e9, period="2027", status="target", parties=(B, K))], id="committed to increasing"),
    pytest.param("The benchmark for trade between Kazakhstan and Belarus is $2 billion.", PUBLISHED,
                 [rec(value=2e9, status="target", parties=(B, K))], id="the benchmark is"),
    pytest.param("The next milestone for trade between Uzbekistan and Belarus is $2 billion.", PUBLISHED,
                 [rec(value=2e9, status="target", parties=(B, U))], id="the next milestone is"),
    pytest.param("Trade between Kazakhstan and Belarus was at $1.3 billion in 2023.", PUBLISHED,
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="was at: a result"),
]


@pytest.mark.parametrize("text, published, expected", STATUSES + MORE_STATUSES)
def test_statuses(text, published, expected):
    check(text, published, expected)


# A sentence naming no side takes the sides of the last figure of its paragraph that named them, not the lede's;
# a clause of its own beside the figure's ("..., while X's trade with Y reached") lends it no region; a bloc's
# clause keeps its country; "the two regions" are the regions of their paragraph first.
PARAGRAPH_SIDES = [
    pytest.param("Belarus and Kazakhstan signed a roadmap. In 2023 trade between Gomel Oblast and Kazakhstan totalled "
                 "$50 million. In January-May 2024 it grew by 12%.", PUBLISHED,
                 [rec(value=5e7, period="2023", parties=("Gomel Oblast", K)),
                  rec(period="2024-01/2024-05", pct=12.0, parties=("Gomel Oblast", K))], id="it grew: the last sides"),
    pytest.param("Belarus and Kazakhstan discussed trade. Uzbekistan's trade with Tajikistan reached $600 million in "
                 "2023. The goal is to bring it to $1 billion.", PUBLISHED,
                 [rec(value=6e8, period="2023", parties=(T, U)), rec(value=1e9, status="target", parties=(T, U))],
                 id="a goal of 'it': the last sides"),
    pytest.param("Belarus and Kazakhstan discussed trade. Uzbekistan's trade with Tajikistan reached $600 million in "
                 "2023.\n\nTrade grew by 10% in January-May.", PUBLISHED,
                 [rec(value=6e8, period="2023", parties=(T, U)), rec(period="2024-01/2024-05", pct=10.0, parties=(B, K))],
                 id="no sides across a blank line"),
    pytest.param("In 2023 the trade of Omsk Oblast with Kazakhstan amounted to $300 million, while Pavlodar Region's "
                 "trade with Russia reached $1.9 billion.", PUBLISHED,
                 [rec(value=3e8, period="2023", parties=(K, "Omsk Oblast")),
                  rec(value=1.9e9, period="2023", parties=("Pavlodar Region", R))], id="while: a clause of its own"),
    pytest.param("Kazakhstan's trade with the EAEU countries reached $28 billion in 2023, and Russia accounted for 90% "
                 "of it.", PUBLISHED, [rec(value=2.8e10, period="2023", parties=(EAEU, K))],
                 id="the bloc's clause"),
    pytest.param("The governor of Gomel Oblast met the akim of Pavlodar Region.\n\nThe head of Brest Oblast met the "
                 "akim of Kostanay Region in Brest. Trade between the two regions grew by 20% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=20.0, parties=("Brest Oblast", "Kostanay Region"))],
                 id="the two regions of the paragraph"),
]


@pytest.mark.parametrize("text, published, expected", PARAGRAPH_SIDES)
def test_sides_in_the_paragraph(text, published, expected):
    check(text, published, expected)


# A side the figure's sentence leaves out comes from the last sides of its paragraph, else from the pair the article
# is about: the countries it names most, not one named in passing before them.
LEDE_SIDES = [
    pytest.param("President Tokayev, back from a trip to Turkmenistan, received Vietnamese Prime Minister Pham Minh "
                 "Chinh on Monday.\n\nKazakhstan and Vietnam signed four documents. Vietnam is ready to open a trade "
                 "house in Kazakhstan.\n\nTrade between the two countries grew by 20% in 2023.",
                 PUBLISHED, [rec(period="2023", pct=20.0, parties=(K, "Vietnam"))],
                 id="the pair named most, not the stop on the way"),
    pytest.param("Belarus and Kazakhstan signed a roadmap.\n\nIn 2023 trade between Kazakhstan and Tajikistan reached "
                 "$1 billion. In January-May 2024 the turnover grew by 8%, and Kazakh exports rose by 10%.", PUBLISHED,
                 [rec(value=1e9, period="2023", parties=(K, T)),
                  rec(period="2024-01/2024-05", pct=8.0, parties=(K, T)),
                  rec("export", period="2024-01/2024-05", pct=10.0, parties=(K, T), reporter=K)],
                 id="one side named: the other from the paragraph"),
]


# "Mutual trade" or "the two countries" whose text names its countries only in the titles of the people who met
# take the countries of those titles; one nationality alone completes nothing.
TITLED_PAIRS = [
    pytest.param("Belarusian Prime Minister Roman Golovchenko met Uzbek Deputy Prime Minister Jamshid Khodjaev.\n\n"
                 "Mutual trade reached $1.2 billion in 2023.", PUBLISHED,
                 [rec(value=1.2e9, period="2023", parties=(B, U))], id="titles of the meeting before"),
    pytest.param("Kazakh Foreign Minister Murat Nurtleu received the Ambassador of Hungary. Trade between the two "
                 "countries grew by 6% in 2023.", PUBLISHED,
                 [rec(period="2023", pct=6.0, parties=("Hungary", K))], id="minister and ambassador"),
    pytest.param("Kazakh Trade Minister Arman Shakkaliyev spoke at the forum.\n\nBilateral trade grew by 6% in 2023.",
                 PUBLISHED, [rec(period="2023", pct=6.0)], id="one nationality completes nothing"),
]


@pytest.mark.parametrize("text, published, expected", LEDE_SIDES + TITLED_PAIRS)
def test_sides_left_out(text, published, expected):
    check(text, published, expected)


# A country's total trade has that country alone ("the foreign trade turnover of Kazakhstan"), and its paragraph's
# figures naming no side are of the same total, their exports and imports that country's; a bloc it trades
# "with" is its partner; in a list of partners each figure is of the partner before it and the country whose
# trade the list is; the exports and imports of a country's total are that country's.
COUNTRY_TOTALS = [
    pytest.param("In 2023 the foreign trade turnover of Kazakhstan amounted to $139.8 billion. Exports decreased by "
                 "6.6% to $78.7 billion, while imports grew by 21.2% to $61.1 billion.", PUBLISHED,
                 [rec(value=1.398e11, period="2023", parties=(K,)),
                  rec("export", value=7.87e10, period="2023", pct=-6.6, parties=(K,), reporter=K),
                  rec("import", value=6.11e10, period="2023", pct=21.2, parties=(K,), reporter=K)],
                 id="the total of a country and its parts"),
    pytest.param("In 2023 Uzbekistan's foreign trade turnover reached $63 billion. The trade surplus narrowed to $11 "
                 "billion.\n\nThe trade surplus of Belarus with Kazakhstan amounted to $500 million.", PUBLISHED,
                 [rec(value=6.3e10, period="2023", parties=(U,)),
                  rec("surplus", value=1.1e10, period="2023", parties=(U,), reporter=U),
                  rec("surplus", value=5e8, parties=(B, K))], id="the surplus of a country's total is its own"),
    pytest.param("Belarus' foreign trade grew by 5% in January-May. Imports rose by 3%.", PUBLISHED,
                 [rec(period="2024-01/2024-05", pct=5.0, parties=(B,)),
                  rec("import", period="2024-01/2024-05", pct=3.0, parties=(B,), reporter=B)],
                 id="a country's foreign trade, then its imports"),
    pytest.param("Kazakhstan and China discussed trade.\n\nLast year Kazakhstan's trade with the EAEU countries "
                 "amounted to $28.4 billion.", PUBLISHED,
                 [rec(value=2.84e10, period="2023", parties=(EAEU, K))], id="trade with a bloc, the owner named"),
    pytest.param("Kazakhstan's foreign trade reached $140 billion in 2023.\n\nLast year trade with the EAEU "
                 "countries amounted to $28.4 billion.", PUBLISHED,
                 [rec(value=1.4e11, period="2023", parties=(K,)), rec(value=2.84e10, period="2023", parties=(EAEU, K))],
                 id="trade with a bloc, the owner of the article"),
    pytest.param("Kazakhstan's foreign trade reached $140 billion in 2023.\n\nLast year trade with Belarus reached $1.3 "
                 "billion, with Hungary it grew to $612 million, with Poland - $1.1 billion.", PUBLISHED,
                 [rec(value=1.4e11, period="2023", parties=(K,)),
                  rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec(value=6.12e8, period="2023", parties=("Hungary", K)),
                  rec(value=1.1e9, period="2023", parties=(K, "Poland"))], id="a list of partners with 'with'"),
    pytest.param("Belarus' foreign trade grew in 2023.\n\nLast year trade with Latvia came to $400 million (+3.1%), with "
                 "Lithuania it rose 1.5 times to $520 million, with Estonia - $210 million (+8.2%).", PUBLISHED,
                 [rec(value=4e8, period="2023", pct=3.1, parties=(B, "Latvia")),
                  rec(value=5.2e8, period="2023", factor=1.5, parties=(B, "Lithuania")),
                  rec(value=2.1e8, period="2023", pct=8.2, parties=(B, "Estonia"))], id="a list of partners, gapped"),
    pytest.param("Uzbekistan's foreign trade rose in 2023.\n\nIn 2023 trade also grew with India ($1.9 billion), Iran "
                 "($512 million) and Vietnam ($1.05 billion).", PUBLISHED,
                 [rec(value=1.9e9, period="2023", parties=("India", U)),
                  rec(value=5.12e8, period="2023", parties=("Iran", U)),
                  rec(value=1.05e9, period="2023", parties=(U, "Vietnam"))], id="a list of partners in brackets"),
    pytest.param("Kazakhstan's foreign trade up 3% in 2023\n\nASTANA - Kazakhstan's foreign trade turnover reached $140 "
                 "billion in 2023.\n\nExports fell by 6% to $79 billion.\n\nMeanwhile, the UAE and Kazakhstan agreed "
                 "to open a hub in Aktau. The UAE is ready to invest in the UAE-Kazakhstan hub.", PUBLISHED,
                 [rec(value=1.4e11, period="2023", pct=3.0, parties=(K,)),
                  rec("export", value=7.9e10, pct=-6.0, parties=(K,), reporter=K)],
                 id="the article's total: its figures naming no side"),
]


# Foreign or total trade or investment of the one country its sentence names is that country's alone, whatever the
# parse puts the country on ("Kazakhstan has attracted ... in foreign direct investment"); a partner keeps the pair.
ONE_COUNTRY_TOTALS = [
    pytest.param("Kazakhstan and the Netherlands discussed cooperation.\n\nSince independence Kazakhstan has attracted "
                 "more than $400 billion in foreign direct investment. Last year the gross inflow of FDI amounted to $24 "
                 "billion.", PUBLISHED,
                 [rec("investment", value=4e11, parties=(K,)), rec("investment", value=2.4e10, period="2023", parties=(K,))],
                 id="attracted foreign direct investment"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nIn 2023 Uzbekistan's total exports rose by 20%.", PUBLISHED,
                 [rec("export", period="2023", pct=20.0, parties=(U,), reporter=U)], id="total exports of a third country"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nBelarus attracted $2 billion of foreign investment from Russia in "
                 "2023.", PUBLISHED, [rec("investment", value=2e9, period="2023", parties=(B, R), reporter=R)],
                 id="foreign investment from a partner"),
]


@pytest.mark.parametrize("text, published, expected", COUNTRY_TOTALS + ONE_COUNTRY_TOTALS)
def test_a_countrys_total_and_partners(text, published, expected):
    check(text, published, expected)


# A sentence without a figure naming whose exports it speaks of ("The main items of Belarusian export are ...")
# gives the reporter of the export figures after it in its paragraph.
OWNERS = [
    pytest.param("Trade between Belarus and China reached $3.6 billion in January-May. The main items of Belarusian "
                 "export are potash and dairy products. Exports of dairy products amounted to $112 million.",
                 PUBLISHED, [rec(value=3.6e9, period="2024-01/2024-05", parties=(B, C)),
                             rec("export", value=1.12e8, period="2024-01/2024-05", parties=(B, C), reporter=B)],
                 id="the items of Belarusian export"),
    pytest.param("Trade between Kazakhstan and Korea grew in 2023. Kazakh supplies to Korea are dominated by oil. "
                 "Exports of uranium came to $400 million.", PUBLISHED,
                 [rec("export", value=4e8, period="2023", parties=(K, "South Korea"), reporter=K)],
                 id="Kazakh supplies, then exports"),
    pytest.param("The main items of Belarusian export are trucks.\n\nExports of tractors amounted to $40 million in "
                 "2023.", PUBLISHED, [rec("export", value=4e7, period="2023", parties=(B,))],
                 id="not across a blank line"),
]


@pytest.mark.parametrize("text, published, expected", OWNERS)
def test_owners_report(text, published, expected):
    check(text, published, expected)


# Whose exports: the owner named sentences before in the paragraph; a country's own total's exports are its own.
OWNERS_FURTHER = [
    pytest.param("Trade between Belarus and China reached $3.6 billion in January-May. In the structure of Belarusian "
                 "exports, potash leads. It makes up 60% of supplies. Exports of beef amounted to $47 million.",
                 PUBLISHED, [rec(value=3.6e9, period="2024-01/2024-05", parties=(B, C)),
                             rec("export", value=4.7e7, period="2024-01/2024-05", parties=(B, C), reporter=B)],
                 id="two sentences back"),
    pytest.param("Kazakhstan's foreign trade turnover reached $140 billion in 2023.\n\nExports decreased by 6% to $79 "
                 "billion, while imports grew by 21% to $61 billion.", PUBLISHED,
                 [rec(value=1.4e11, period="2023", parties=(K,)),
                  rec("export", value=7.9e10, pct=-6.0, parties=(K,), reporter=K),
                  rec("import", value=6.1e10, pct=21.0, parties=(K,), reporter=K)],
                 id="a country's total, then its exports and imports"),
    pytest.param("Imports from Azerbaijan rose by 8% to $60 million in 2023.", PUBLISHED,
                 [rec("import", value=6e7, period="2023", pct=8.0, parties=("Azerbaijan",))],
                 id="a partner alone is no reporter"),
]


@pytest.mark.parametrize("text, published, expected", OWNERS_FURTHER)
def test_owners_named_before(text, published, expected):
    check(text, published, expected)


# Gapped periods: a date with its own amount after a dash is that amount's; a figure in the relative clause of a
# date ("the level of 2014, when trade exceeded") is of that date.
GAPPED_PERIODS = [
    pytest.param("In 2021 Belarus-Uzbekistan trade amounted to $700 million, in 2022 - $900 million.", PUBLISHED,
                 [rec(value=7e8, period="2021", parties=(B, U)), rec(value=9e8, period="2022", parties=(B, U))],
                 id="two years, one gapped"),
    pytest.param("In 2020 trade between Kazakhstan and Tajikistan was $800 million, in 2021 - $950 million, in 2022 - "
                 "$1.1 billion.", PUBLISHED,
                 [rec(value=8e8, period="2020", parties=(K, T)), rec(value=9.5e8, period="2021", parties=(K, T)),
                  rec(value=1.1e9, period="2022", parties=(K, T))], id="three years, two gapped"),
    pytest.param("Trade between Belarus and Kazakhstan reached $900 million in January-May. We must return to the level "
                 "of 2014, when trade exceeded $2 billion.", PUBLISHED,
                 [rec(value=9e8, period="2024-01/2024-05", parties=(B, K)), rec(value=2e9, period="2014", parties=(B, K))],
                 id="the year of 'when'"),
    pytest.param("In 2022 trade reached $1.2 billion and in 2023 - $1.3 billion, the minister said about Kazakhstan and "
                 "Belarus.", PUBLISHED,
                 [rec(value=1.2e9, period="2022", parties=(B, K)), rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="and in 2023 - the amount after the dash"),
]


@pytest.mark.parametrize("text, published, expected", GAPPED_PERIODS)
def test_gapped_periods(text, published, expected):
    check(text, published, expected)


# A bloc that is the partner of a figure ("from the EU", "exports to the EU") names one side; the other is the
# paragraph's or the article's country. Trade within a bloc has the bloc alone.
BLOC_PARTNERS = [
    pytest.param("EU countries have invested $170 billion in Kazakhstan since 2005. In 2023 the inflow of direct "
                 "investment from the EU amounted to $9.4 billion.", PUBLISHED,
                 [rec("investment", value=1.7e11, parties=(EU, K), reporter=EU),
                  rec("investment", value=9.4e9, period="2023", parties=(EU, K), reporter=EU)],
                 id="investment from the EU"),
    pytest.param("Kazakhstan's foreign trade grew by 3% in 2023.\n\nExports to the EU reached $32 billion.", PUBLISHED,
                 [rec(period="2023", pct=3.0, parties=(K,)), rec("export", value=3.2e10, parties=(EU, K), reporter=K)],
                 id="exports to the EU"),
    pytest.param("Mutual trade of the EAEU member states reached $73 billion in 2022.", PUBLISHED,
                 [rec(value=7.3e10, period="2022", parties=(EAEU,))], id="trade within a bloc"),
]


@pytest.mark.parametrize("text, published, expected", BLOC_PARTNERS)
def test_bloc_partners(text, published, expected):
    check(text, published, expected)
