"""How wire stories state the sides of a trade figure (issue 11, family 6): the sides come from the figure's clause,
then from its paragraph and the article's lede, never from a default pair. A figure whose text names one side
only, as the owner of its trade or the subject of its clause, is that side's trade with the world and has that
side alone; a paragraph that speaks of a pair ("bilateral", "the two countries") keeps its figures the pair's.
Each sentence is written for this file in the wire style and annotated by GUIDELINES.md ("Parties ... never
guessed from a default pair"; "a regional figure names the region and the other side")."""
import pytest

from test_trade_families import B, C, K, KG, PUBLISHED, R, U, rec, trade

TALKS = "Belarus and Kazakhstan discussed industrial cooperation in Minsk.\n\n"  # a lede whose pair is no figure's
KU_TALKS = "Kazakhstan and Uzbekistan held talks in Astana.\n\n"


def check(text, expected):
    assert trade(text, PUBLISHED) == expected


# One side named, as the owner or subject of the trade, and no partner: the side's trade with the world.
ONE_SIDE = [
    pytest.param(TALKS + "Kazakhstan's exports of wheat rose to $3 billion in 2023.",
                 [rec("export", value=3e9, period="2023", parties=(K,), reporter=K)], id="a country's exports of goods"),
    pytest.param(TALKS + "Last year Belarus exported goods worth $40 billion.",
                 [rec("export", value=4e10, period="2023", parties=(B,), reporter=B)], id="the subject of 'exported'"),
    pytest.param(TALKS + "In 2023 Kazakhstan imported machinery worth $9 billion.",
                 [rec("import", value=9e9, period="2023", parties=(K,), reporter=K)], id="the subject of 'imported'"),
    pytest.param(TALKS + "Exports from Belarus climbed to $41 billion in 2023.",
                 [rec("export", value=4.1e10, period="2023", parties=(B,), reporter=B)], id="exports from a country"),
    pytest.param(TALKS + "In 2023 imports to Kazakhstan grew by 21% to $61 billion.",
                 [rec("import", value=6.1e10, period="2023", pct=21.0, parties=(K,), reporter=K)],
                 id="imports to a country"),
    pytest.param(KU_TALKS + "Uzbekistan's trade with the world reached $63 billion in 2023.",
                 [rec(value=6.3e10, period="2023", parties=(U,))], id="trade with the world"),
    pytest.param(TALKS + "Karaganda region's foreign trade reached $5 billion in 2023.",
                 [rec(value=5e9, period="2023", parties=("Karaganda Region",))], id="a region's foreign trade"),
    pytest.param(KU_TALKS + "Uzbekistan's economy grew by 6% last year, and its exports rose to $24 billion.",
                 [rec("export", value=2.4e10, period="2023", parties=(U,), reporter=U)],
                 id="its exports, of the subject before"),
    pytest.param(TALKS + "In 2023 Belarus' exports grew by 10% to $40 billion, while its trade with Kazakhstan came to "
                 "$1 billion.", [rec("export", value=4e10, period="2023", pct=10.0, parties=(B,), reporter=B),
                                 rec(value=1e9, period="2023", parties=(B, K))],
                 id="a partner of the next clause is not the first clause's"),
]

# A paragraph that speaks of a pair, or a figure whose clause names two sides, keeps two sides.
TWO_SIDES = [
    pytest.param(TALKS + "Bilateral trade reached $900 million in 2023. Belarus' exports were $780 million.",
                 [rec(value=9e8, period="2023", parties=(B, K)),
                  rec("export", value=7.8e8, period="2023", parties=(B, K), reporter=B)],
                 id="exports after a bilateral figure of the paragraph"),
    pytest.param("Trade between Kazakhstan and Kyrgyzstan rose to $2 billion in 2023.\n\nThe sides also discussed "
                 "transit.\n\nKazakh exports amounted to $1.4 billion in 2023.",
                 [rec(value=2e9, period="2023", parties=(K, KG)),
                  rec("export", value=1.4e9, period="2023", parties=(K, KG), reporter=K)],
                 id="exports of a side of a pair the article gave before"),
    pytest.param(TALKS + "In 2023 trade between Belarus and Uzbekistan grew by 5%, and Belarus' exports reached $600 "
                 "million.", [rec(period="2023", pct=5.0, parties=(B, U)),
                              rec("export", value=6e8, period="2023", parties=(B, U), reporter=B)],
                 id="exports after a pair's clause of the same sentence"),
    pytest.param(KU_TALKS + "Trade between the two countries rose to $4.4 billion in 2023.",
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="the two countries of the lede"),
    pytest.param(KU_TALKS + "Mutual trade fell by 4% in 2023.",
                 [rec(period="2023", pct=-4.0, parties=(K, U))], id="mutual trade of the lede's pair"),
    pytest.param(TALKS + "Kazakh-Chinese trade reached $31 billion in 2023.",
                 [rec(value=3.1e10, period="2023", parties=(C, K))], id="a hyphenated pair of adjectives"),
    pytest.param(TALKS + "The trade turnover of Belarus and Kyrgyzstan reached $300 million in 2023.",
                 [rec(value=3e8, period="2023", parties=(B, KG))], id="the turnover of two countries"),
    pytest.param(TALKS + "In 2023 Kazakhstan's trade with Uzbek partners amounted to $4 billion.",
                 [rec(value=4e9, period="2023", parties=(K, U))], id="with partners of an adjective's country"),
    pytest.param(TALKS + "In 2023 Belarus' exports to Uzbekistan reached $800 million.",
                 [rec("export", value=8e8, period="2023", parties=(B, U), reporter=B)], id="exports to a partner"),
    pytest.param(TALKS + "In 2023 Kostanay region's trade with Russia came to $2 billion.",
                 [rec(value=2e9, period="2023", parties=("Kostanay Region", R))], id="a region and a country"),
    pytest.param(TALKS + "In 2023 Kazakhstan's trade with Belarus reached $1.2 billion, more than with Russia.",
                 [rec(value=1.2e9, period="2023", parties=(B, K))], id="a third country as a comparison"),
]

# A list of partners, each with its amount in brackets: each amount is the trade of its partner with the owner.
BRACKETED_PARTNERS = [
    pytest.param(TALKS + "In 2023 Uzbekistan's largest trading partners were China ($13 billion), Russia ($10 billion) "
                 "and Kazakhstan ($4 billion).",
                 [rec(value=1.3e10, period="2023", parties=(C, U)), rec(value=1e10, period="2023", parties=(R, U)),
                  rec(value=4e9, period="2023", parties=(K, U))], id="the main partners of an owner"),
    pytest.param(TALKS + "In 2023 Kazakhstan's trade grew with India ($1.9 billion), Iran ($500 million) and Vietnam "
                 "($1 billion).",
                 [rec(value=1.9e9, period="2023", parties=(K, "India")), rec(value=5e8, period="2023", parties=(K, "Iran")),
                  rec(value=1e9, period="2023", parties=(K, "Vietnam"))], id="trade grew with partners"),
    pytest.param("Kazakhstan's trade in 2023\n\nKazakhstan's foreign trade reached $140 billion in 2023. Its main "
                 "trading partners were China (about $31 billion) and Russia ($26 billion).",
                 [rec(value=1.4e11, period="2023", parties=(K,)), rec(value=3.1e10, period="2023", parties=(C, K)),
                  rec(value=2.6e10, period="2023", parties=(K, R))], id="its partners, a hedged amount"),
]

# Whose export or import it is, from the preposition of the trade word.
REPORTERS = [
    pytest.param(TALKS + "In 2023 imports from Uzbekistan fell to $90 million, Belarusian statistics show.",
                 [rec("import", value=9e7, period="2023", parties=(B, U), reporter=B)],
                 id="imports from a partner are not the partner's alone"),
    pytest.param(TALKS + "Imports to Kazakhstan from Belarus reached $500 million in 2023.",
                 [rec("import", value=5e8, period="2023", parties=(B, K), reporter=K)], id="imports to, from"),
    pytest.param(TALKS + "In 2023 imports into Belarus from Kazakhstan rose to $120 million.",
                 [rec("import", value=1.2e8, period="2023", parties=(B, K), reporter=B)], id="imports into"),
    pytest.param(TALKS + "In 2023 imports from Kazakhstan to Belarus rose to $120 million.",
                 [rec("import", value=1.2e8, period="2023", parties=(B, K), reporter=B)], id="imports from, to"),
    pytest.param(TALKS + "In 2023 exports to Kazakhstan from Belarus reached $700 million.",
                 [rec("export", value=7e8, period="2023", parties=(B, K), reporter=B)], id="exports to, from"),
]


@pytest.mark.parametrize("text, expected", ONE_SIDE + TWO_SIDES + BRACKETED_PARTNERS + REPORTERS)
def test_the_sides_and_reporter_come_from_the_text(text, expected):
    check(text, expected)
