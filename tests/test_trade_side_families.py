"""The sides, the reporter and the metric of a trade figure on wordings of issue 11, families 5 and 6: a country's
own total named through "its", "of which" parts of a total, "its"/"the country's"/"the republic's"/"the region's"
exports, a partner "with trade of $X", "the figure"/"this volume" taking its antecedent's metric, an amount whose
clause hangs on one of several trade nouns, and supplies, shipments and deliveries as exports. Each sentence is
written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline cases")."""
import pytest

from test_trade_families import PUBLISHED, rec, trade

B, K, U, C, R, SK = "Belarus", "Kazakhstan", "Uzbekistan", "China", "Russia", "South Korea"


def check(text, published, expected):
    assert trade(text, published) == expected


# A country's own total named through its possessive pronoun or the country it hangs on has that country alone.
OWN_TOTALS = [
    pytest.param("Belarus and Kazakhstan discussed industrial cooperation in Minsk.\n\nKazakhstan remains the largest "
                 "economy of Central Asia, with its total foreign trade of $120 billion in 2023.", PUBLISHED,
                 [rec(value=1.2e11, period="2023", parties=(K,))], id="its total foreign trade of $X"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nIn 2023 Uzbekistan increased its foreign trade turnover by 12% "
                 "to $63 billion.", PUBLISHED,
                 [rec(value=6.3e10, period="2023", pct=12.0, parties=(U,))], id="increased its foreign trade turnover"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nLast year Belarus brought its total exports to $40 billion.",
                 PUBLISHED, [rec("export", value=4e10, period="2023", parties=(B,), reporter=B)],
                 id="brought its total exports to"),
]

# "of which", "including": the total keeps its own sides; the part takes the partner it names.
PARTS_OF_A_TOTAL = [
    pytest.param("Belarus and Kazakhstan held talks.\n\nSince 2005 Kazakhstan has received $400 billion of foreign "
                 "direct investment, of which $5 billion came from South Korea.", PUBLISHED,
                 [rec("investment", value=4e11, parties=(K,)),
                  rec("investment", value=5e9, parties=(K, SK), reporter=SK)], id="FDI, of which from a partner"),
    pytest.param("Belarus and China held talks.\n\nIn January-June Belarus' total exports amounted to $20 billion, of "
                 "which $1.2 billion went to Kazakhstan.", PUBLISHED,
                 [rec("export", value=2e10, period="2024-01/2024-06", parties=(B,), reporter=B),
                  rec("export", value=1.2e9, period="2024-01/2024-06", parties=(B, K), reporter=B)],
                 id="total exports, of which to a partner"),
]

# "its exports", "the country's exports", "the republic's", "the region's": the side the pronoun stands for.
PRONOUN_OWNERS = [
    pytest.param("Kazakhstan sells wheat and flour to Uzbekistan. Last year its exports to Uzbekistan rose by 15% to $800 "
                 "million.", PUBLISHED,
                 [rec("export", value=8e8, period="2023", pct=15.0, parties=(K, U), reporter=K)], id="its exports"),
    pytest.param("Belarus is among Kazakhstan's ten largest trading partners. The country's exports to Kazakhstan "
                 "amounted to $1.1 billion in 2023.", PUBLISHED,
                 [rec("export", value=1.1e9, period="2023", parties=(B, K), reporter=B)], id="the country's exports"),
    pytest.param("Uzbekistan has doubled its textile output since 2020. The republic's exports to Kazakhstan grew by 30% "
                 "to $1.2 billion in 2023.", PUBLISHED,
                 [rec("export", value=1.2e9, period="2023", pct=30.0, parties=(K, U), reporter=U)],
                 id="the republic's exports"),
    pytest.param("Trade between Akmola Region and Belarus reached $50 million in 2023. The region's exports to Belarus "
                 "amounted to $20 million.", PUBLISHED,
                 [rec(value=5e7, period="2023", parties=("Akmola Region", B)),
                  rec("export", value=2e7, period="2023", parties=("Akmola Region", B), reporter="Akmola Region")],
                 id="the region's exports"),
]

# "X remains our/Y's main partner, with trade of $N": the partner and the owner of the partnership are the sides.
PARTNERS_WITH_TRADE = [
    pytest.param("Belarus and Kazakhstan held talks.\n\nChina is Kazakhstan's largest trading partner, with trade of $31 "
                 "billion in 2023.", PUBLISHED, [rec(value=3.1e10, period="2023", parties=(C, K))],
                 id="Y's largest partner, with trade of"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nUzbekistan remains Kazakhstan's key partner in Central Asia, with "
                 "mutual trade of $4.4 billion last year.", PUBLISHED, [rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="Y's key partner in a region, with mutual trade"),
]

# "the figure", "this volume", "the indicator" with a trade antecedent in the paragraph take its metric.
ANAPHORIC_METRICS = [
    pytest.param("Belarusian exports to Kazakhstan reached $1.2 billion in 2023. This year the figure is expected to grow "
                 "to $1.5 billion.", PUBLISHED,
                 [rec("export", value=1.2e9, period="2023", parties=(B, K), reporter=B),
                  rec("export", value=1.5e9, period="2024", status="forecast", parties=(B, K), reporter=B)],
                 id="the figure is expected to grow"),
    pytest.param("Imports from China to Kazakhstan grew by 20% in 2023. The indicator reached $16 billion.", PUBLISHED,
                 [rec("import", value=1.6e10, period="2023", pct=20.0, parties=(C, K), reporter=K)],
                 id="the indicator reached: one fact, one record"),
    pytest.param("Kazakh investment in Uzbekistan reached $500 million in 2023. This volume rose to $650 million in the "
                 "first half of this year.", PUBLISHED,
                 [rec("investment", value=5e8, period="2023", parties=(K, U), reporter=K),
                  rec("investment", value=6.5e8, period="2024-01/2024-06", parties=(K, U), reporter=K)],
                 id="this volume rose to"),
]

# The metric of the trade noun the amount's clause hangs on, whatever nouns stand beside it.
NOUN_METRICS = [
    pytest.param("Exports of goods and services from Kazakhstan to Belarus amounted to $700 million in 2023.", PUBLISHED,
                 [rec("export", value=7e8, period="2023", parties=(B, K), reporter=K)], id="exports of goods and services"),
    pytest.param("Trade in services between Belarus and Kazakhstan grew by 12% to $150 million in 2023.", PUBLISHED,
                 [rec("services", value=1.5e8, period="2023", pct=12.0, parties=(B, K))], id="trade in services"),
    pytest.param("Non-commodity exports of Kazakhstan to Uzbekistan rose to $2 billion in 2023.", PUBLISHED,
                 [rec("export", value=2e9, period="2023", parties=(K, U), reporter=K)], id="non-commodity exports"),
    pytest.param("Exports of agricultural products from Kazakhstan to China reached $1.1 billion in 2023.", PUBLISHED,
                 [rec("export", value=1.1e9, period="2023", parties=(C, K), reporter=K)],
                 id="exports of agricultural products"),
    pytest.param("In 2023 imports of Belarusian machinery and equipment by Kazakhstan amounted to $300 million.",
                 PUBLISHED, [rec("import", value=3e8, period="2023", parties=(B, K), reporter=K)],
                 id="imports of X's machinery by Y"),
]

# Supplies, shipments and deliveries of goods from one side to the other are its exports.
SUPPLIES = [
    pytest.param("Supplies of Belarusian dairy products to Kazakhstan increased by 18% to $120 million in 2023.",
                 PUBLISHED, [rec("export", value=1.2e8, period="2023", pct=18.0, parties=(B, K), reporter=B)],
                 id="supplies of X's products to Y"),
    pytest.param("Shipments of Kazakh grain to Uzbekistan reached $450 million in January-May.", PUBLISHED,
                 [rec("export", value=4.5e8, period="2024-01/2024-05", parties=(K, U), reporter=K)],
                 id="shipments of X's grain to Y"),
    pytest.param("Deliveries of goods from Belarus to Kazakhstan exceeded $1 billion in 2023.", PUBLISHED,
                 [rec("export", value=1e9, period="2023", parties=(B, K), reporter=B)], id="deliveries from X to Y"),
    pytest.param("In 2023 Kazakhstan's delivery of coal to Kyrgyzstan amounted to $90 million.", PUBLISHED,
                 [rec("export", value=9e7, period="2023", parties=(K, "Kyrgyzstan"), reporter=K)],
                 id="X's delivery of coal to Y"),
    pytest.param("The shipment of Belarusian tractors to Uzbekistan was worth $25 million in 2023.", PUBLISHED,
                 [rec("export", value=2.5e7, period="2023", parties=(B, U), reporter=B)], id="the shipment of X's tractors"),
]


@pytest.mark.parametrize("text, published, expected", OWN_TOTALS + PARTS_OF_A_TOTAL + PRONOUN_OWNERS +
                         PARTNERS_WITH_TRADE + ANAPHORIC_METRICS + NOUN_METRICS + SUPPLIES)
def test_sides_reporters_and_metrics(text, published, expected):
    check(text, published, expected)
