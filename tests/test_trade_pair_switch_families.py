"""Parties across a paragraph (issue 11, family 2): a figure of a pair ("the two countries", "bilateral", "between
them") whose sentence names no side is the pair its paragraph named last, also when the article's lede or an
earlier figure is about another pair ("Kazakhstan and Russia also discussed trade. Trade between them reached ...");
and a list of partners each with its amount, in a paragraph that names no owner, is the trade of the country the
article names as the owner of those partners ("Kazakhstan's main trading partners were ..."), not of one partner
alone. Each sentence is written for this file in the wire style and annotated by GUIDELINES.md ("Parties are never
guessed from a default pair")."""
import pytest

from test_trade_families import B, C, K, R, U, rec, trade

PUB = "2024-03-05"
LEDE = "ASTANA. KAZINFORM - Trade between Kazakhstan and Belarus rose by 10% in 2023.\n\n"
LEDE_RECORD = rec(period="2023", pct=10.0, parties=(B, K))
TALKS = "MINSK. BelTA - Belarus and Kazakhstan discussed industrial cooperation.\n\n"

PAIR_SWITCH = [
    pytest.param(LEDE + "Kazakhstan and Russia also discussed trade. Trade between them reached $27 billion in 2023.",
                 [LEDE_RECORD, rec(value=2.7e10, period="2023", parties=(K, R))], id="between them, the pair before"),
    pytest.param(TALKS + "Belarus and Uzbekistan signed a roadmap last month. Trade between the two countries grew to "
                 "$1 billion in 2023.",
                 [rec(value=1e9, period="2023", parties=(B, U))], id="the two countries of the paragraph's pair"),
    pytest.param(TALKS + "Earlier, Kazakhstan and Uzbekistan signed a transit deal. Trade between the two republics "
                 "grew by 8% in 2023.", [rec(period="2023", pct=8.0, parties=(K, U))], id="the two republics"),
    pytest.param(TALKS + "Earlier, Kazakhstan and Uzbekistan signed a transit deal. Trade between both economies grew "
                 "by 8% in 2023.", [rec(period="2023", pct=8.0, parties=(K, U))], id="both economies"),
    pytest.param(TALKS + "Earlier, Kazakhstan and Uzbekistan signed a transit deal. Trade between the neighbours grew "
                 "by 8% in 2023.", [rec(period="2023", pct=8.0, parties=(K, U))], id="between the neighbours"),
    pytest.param(TALKS + "Earlier, Kazakhstan and Uzbekistan signed a transit deal. Trade between the countries grew "
                 "by 8% in 2023.", [rec(period="2023", pct=8.0, parties=(K, U))], id="between the countries"),
    pytest.param(LEDE + "Kazakhstan and China, in turn, agreed to open a new border crossing. Bilateral trade reached "
                 "$41 billion in 2023.",
                 [LEDE_RECORD, rec(value=4.1e10, period="2023", parties=(C, K))], id="bilateral, the pair before"),
    pytest.param("ASTANA. KAZINFORM - Kazakhstan and Belarus signed a roadmap.\n\nOn the same day, Tokayev met with "
                 "Uzbek President Shavkat Mirziyoyev. Trade between the two countries reached $4.4 billion in 2023.",
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="the two countries of officials who met"),
    pytest.param("MINSK. BelTA - Belarus and Kazakhstan signed a roadmap. Trade between the two countries reached $1.3 "
                 "billion in 2023.\n\nLater, Belarusian Prime Minister Roman Golovchenko received Chinese "
                 "Ambassador Xie Xiaoyong. Mutual trade grew by 12% in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)), rec(period="2023", pct=12.0, parties=(B, C))],
                 id="mutual, of the officials of another paragraph's meeting"),
    pytest.param("ASTANA. KAZINFORM - Trade between Kazakhstan and Belarus rose by 10% in 2023. Kazakhstan and "
                 "Uzbekistan held talks on transit the same week. Mutual trade grew by 7% to $4.4 billion in 2023.",
                 [LEDE_RECORD, rec(value=4.4e9, period="2023", pct=7.0, parties=(K, U))],
                 id="a pair after the figure of the same paragraph"),
]

# A partner named after a pair's figure of the paragraph trades with the side of that pair the dateline names.
PARTNER_AFTER_A_PAIR = [
    pytest.param("MINSK. BelTA - Trade between Kazakhstan and Belarus rose by 10% in 2023, to $1.3 billion. Trade with "
                 "Russia, meanwhile, grew to $50 billion.",
                 [rec(value=1.3e9, period="2023", pct=10.0, parties=(B, K)), rec(value=5e10, period="2023", parties=(B, R))],
                 id="the Minsk dateline's side"),
    pytest.param("ASTANA. KAZINFORM - Trade between Belarus and Kazakhstan rose by 10% in 2023, to $1.3 billion. Trade "
                 "with Russia, meanwhile, grew to $27 billion.",
                 [rec(value=1.3e9, period="2023", pct=10.0, parties=(B, K)), rec(value=2.7e10, period="2023", parties=(K, R))],
                 id="the Astana dateline's side"),
    pytest.param("ASTANA. KAZINFORM - Trade between Belarus and Kazakhstan rose by 10% in 2023, to $1.3 billion, with "
                 "Russia $27 billion and with China $31 billion.",
                 [rec(value=1.3e9, period="2023", pct=10.0, parties=(B, K)), rec(value=2.7e10, period="2023", parties=(K, R)),
                  rec(value=3.1e10, period="2023", parties=(C, K))], id="gapped partners, the dateline's side"),
]

# A partner ("trade with Belarus") whose text names no owner trades with the country of the dateline; a speaker's or
# a lede official's nationality is no side (test_trade.py: "nor a side of the lede").
PARTNER_ONLY = [
    pytest.param("ASTANA. KAZINFORM - The Ministry of Trade and Integration reported that trade with Belarus reached "
                 "$1.3 billion in 2023.", [rec(value=1.3e9, period="2023", parties=(B, K))], id="the dateline's"),
    pytest.param("MINSK. BelTA - According to the National Statistics Committee, exports to Uzbekistan grew by 9% in "
                 "2023.", [rec("export", period="2023", pct=9.0, parties=(B, U), reporter=B)],
                 id="exports to a partner, the dateline's"),
]

# Regions of two countries are a pair as countries are: written as one in the paragraph, or the article's lede.
REGION_PAIRS = [
    pytest.param("West Kazakhstan Oblast and Gomel Oblast discussed cooperation. Trade turnover between them exceeded "
                 "$5 million in 2023.",
                 [rec(value=5e6, period="2023", parties=("Gomel Oblast", "West Kazakhstan Oblast"))],
                 id="between them, two regions before"),
    pytest.param("URALSK. KAZINFORM - West Kazakhstan Oblast and Gomel Oblast discussed cooperation.\n\nLast year "
                 "bilateral trade exceeded $5 million.",
                 [rec(value=5e6, period="2023", parties=("Gomel Oblast", "West Kazakhstan Oblast"))],
                 id="bilateral, a lede of two regions"),
    pytest.param("VITEBSK. BelTA - The governor of Vitebsk Oblast received a delegation of Kostanay region.\n\nMutual "
                 "trade grew by 14% in 2023.",
                 [rec(period="2023", pct=14.0, parties=("Kostanay Region", "Vitebsk Oblast"))],
                 id="mutual, regions of a meeting's lede"),
]

# A headline that names two sides is the article's pair, over a body that names third countries more often.
HEADLINE_PAIRS = [
    pytest.param("Kazakhstan, Uzbekistan eye closer trade\n\nTASHKENT - Russia and China remain the main partners of "
                 "Uzbekistan. Russia's share is 18%, China's 20%. Trade between the two countries reached $4.4 billion "
                 "in 2023.", [rec(value=4.4e9, period="2023", parties=(K, U))], id="a comma pair headline"),
    pytest.param("Belarus and Uzbekistan to expand cooperation\n\nMINSK - Russia is Belarus' main partner, and China "
                 "is second; Russia and China together account for 60% of its trade. Bilateral trade grew by 9% in "
                 "2023.", [rec(period="2023", pct=9.0, parties=(B, U))], id="an 'and' pair headline"),
    pytest.param("Belarusian tractors in demand in Kazakhstan\n\nMINSK - Russia and China buy most Belarusian "
                 "tractors, and Russia and China are also expanding their own plants. Mutual trade rose to $1.3 "
                 "billion in 2023.", [rec(value=1.3e9, period="2023", parties=(B, K))], id="an adjective and a name"),
]

# The pair of the paragraph does not move a figure that names its own sides, nor one of another paragraph, nor one
# of a group ("between the EAEU countries").
PAIR_KEPT = [
    pytest.param(TALKS + "Earlier, Kazakhstan and Uzbekistan signed a transit deal. Trade between the EAEU countries "
                 "grew by 8% in 2023.", [rec(period="2023", pct=8.0, parties=("Eurasian Economic Union",))],
                 id="between a bloc's countries"),
    pytest.param(TALKS + "Belarus and Uzbekistan signed a roadmap last month.\n\nBilateral trade grew by 9% in 2023.",
                 [rec(period="2023", pct=9.0, parties=(B, K))], id="a pair of another paragraph"),
    pytest.param("Belarus and Kazakhstan signed a roadmap.\nBelarus and Russia form the Union State.\nBilateral trade "
                 "grew by 10% in 2023.", [rec(period="2023", pct=10.0, parties=(B, K))],
                 id="a pair of another line, in a text without blank lines"),
    pytest.param(TALKS + "Belarus and Uzbekistan signed a roadmap last month. Trade between Belarus and Kazakhstan grew "
                 "by 9% in 2023.",
                 [rec(period="2023", pct=9.0, parties=(B, K))], id="a figure naming its sides"),
]

LISTED_PARTNERS = [
    pytest.param("Kazakhstan's main trading partners in 2023 were Russia, China and Italy.\n\nTrade with Russia "
                 "amounted to $27 billion, with China $31 billion and with Italy $15 billion.",
                 [rec(value=2.7e10, parties=(K, R)), rec(value=3.1e10, parties=(C, K)),
                  rec(value=1.5e10, parties=(K, "Italy"))], id="partners of the owner of a paragraph before"),
    pytest.param("Uzbekistan's largest trading partners are China, Russia and Kazakhstan.\n\nIn 2023 trade with China "
                 "reached $13 billion, with Russia $10 billion.",
                 [rec(value=1.3e10, period="2023", parties=(C, U)), rec(value=1e10, period="2023", parties=(R, U))],
                 id="the owner of the largest partners"),
]


@pytest.mark.parametrize("text, expected", PAIR_SWITCH + PARTNER_AFTER_A_PAIR + PARTNER_ONLY + REGION_PAIRS + HEADLINE_PAIRS + PAIR_KEPT + LISTED_PARTNERS)
def test_the_pair_of_the_paragraph_and_the_owner_of_listed_partners(text, expected):
    assert trade(text, PUB) == expected
