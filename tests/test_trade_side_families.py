"""The sides, the reporter and the metric of a trade figure on wordings of issue 11, families 5 and 6: a country's
own total named through "its", "of which" parts of a total, "its"/"the country's"/"the republic's"/"the region's"
exports, a partner "with trade of $X", "the figure"/"this volume" taking its antecedent's metric, an amount whose
clause hangs on one of several trade nouns, and supplies, shipments and deliveries as exports. Each sentence is
written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline cases")."""
import pytest

from test_trade_families import B, C, K, PUBLISHED, R, U, rec, trade
from test_trade_families import KR as SK


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
    pytest.param("Belarus and Kazakhstan held talks.\n\nKazakhstan, whose foreign trade reached $140 billion last year, is "
                 "Belarus' main partner in Central Asia.", PUBLISHED, [rec(value=1.4e11, period="2023", parties=(K,))],
                 id="whose foreign trade"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nUzbekistan, with its foreign trade turnover of $63 billion in "
                 "2023, is the second largest economy in the region.", PUBLISHED,
                 [rec(value=6.3e10, period="2023", parties=(U,))], id="with its foreign trade turnover of"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nChina, Kazakhstan's largest trading partner, accounted for $31.5 "
                 "billion of its foreign trade in 2023.", PUBLISHED,
                 [rec(value=3.15e10, period="2023", parties=(C, K))],
                 id="a partner's share of its foreign trade is the pair's"),
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
    pytest.param("Belarus and Kazakhstan held talks.\n\nKazakhstan attracted $24 billion of foreign direct investment "
                 "in 2023, including $4 billion from the Netherlands.", PUBLISHED,
                 [rec("investment", value=2.4e10, period="2023", parties=(K,)),
                  rec("investment", value=4e9, period="2023", parties=(K, "Netherlands"), reporter="Netherlands")],
                 id="FDI, including from a partner"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nIn 2023 Uzbekistan's foreign trade reached $63 billion, "
                 "including $4.4 billion with Kazakhstan.", PUBLISHED,
                 [rec(value=6.3e10, period="2023", parties=(U,)), rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="foreign trade, including with a partner"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nKazakhstan has received a total of $400 billion of FDI since "
                 "independence, of which $5 billion from South Korea.", PUBLISHED,
                 [rec("investment", value=4e11, parties=(K,)),
                  rec("investment", value=5e9, parties=(K, SK), reporter=SK)], id="a total of FDI, of which from"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nLast year Kazakhstan's exports amounted to $79 billion, with "
                 "China accounting for $15 billion.", PUBLISHED,
                 [rec("export", value=7.9e10, period="2023", parties=(K,), reporter=K),
                  rec("export", value=1.5e10, period="2023", parties=(C, K), reporter=K)],
                 id="exports, with a partner accounting for a part"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nIn 2023 Kazakhstan's total foreign trade grew by 3% to $140 "
                 "billion, with the EU accounting for $41 billion.", PUBLISHED,
                 [rec(value=1.4e11, period="2023", pct=3.0, parties=(K,)),
                  rec(value=4.1e10, period="2023", parties=("European Union", K))],
                 id="foreign trade, with a bloc accounting for a part"),
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
    pytest.param("Trade between Vitebsk Oblast and Kazakhstan grew by 10% to $60 million in 2023. The oblast's exports to "
                 "Kazakhstan amounted to $45 million.", PUBLISHED,
                 [rec(value=6e7, period="2023", pct=10.0, parties=(K, "Vitebsk Oblast")),
                  rec("export", value=4.5e7, period="2023", parties=(K, "Vitebsk Oblast"), reporter="Vitebsk Oblast")],
                 id="the oblast's exports"),
    pytest.param("Uzbekistan and Kazakhstan signed a roadmap.\n\nIn 2023 the republic's foreign trade turnover reached $63 "
                 "billion, the Uzbek statistics agency said.", PUBLISHED, [rec(value=6.3e10, period="2023", parties=(U,))],
                 id="the republic's foreign trade"),
    pytest.param("Kazakhstan and Belarus held talks.\n\nKazakhstan increased its exports to Belarus by 25% to $600 "
                 "million in 2023.", PUBLISHED,
                 [rec("export", value=6e8, period="2023", pct=25.0, parties=(B, K), reporter=K)],
                 id="increased its exports to Y"),
    pytest.param("Uzbekistan's economy grew by 6% last year, and its exports rose to $24 billion.", PUBLISHED,
                 [rec("export", value=2.4e10, period="2023", parties=(U,), reporter=U)],
                 id="its exports, no partner: the owner of the first conjunct's subject"),
    pytest.param("Kazakhstan is a major grain exporter. In 2023 its exports reached $79 billion.", PUBLISHED,
                 [rec("export", value=7.9e10, period="2023", parties=(K,), reporter=K)],
                 id="its exports, the subject of the sentence before"),
    pytest.param("In 2023 trade between Mogilev Oblast and Kazakhstan amounted to $48 million. The region's exports "
                 "reached $40 million.", PUBLISHED,
                 [rec(value=4.8e7, period="2023", parties=(K, "Mogilev Oblast")),
                  rec("export", value=4e7, period="2023", parties=(K, "Mogilev Oblast"), reporter="Mogilev Oblast")],
                 id="the region's exports, no partner"),
    pytest.param("Uzbekistan plans to open trade houses abroad. The republic's imports rose by 12% to $38 billion in "
                 "2023.", PUBLISHED,
                 [rec("import", value=3.8e10, period="2023", pct=12.0, parties=(U,), reporter=U)],
                 id="the republic's imports, no partner"),
    pytest.param("Kazakhstan and Belarus signed a roadmap. Belarus is ready to buy more Kazakh grain, and the country's "
                 "imports from Kazakhstan may reach $300 million this year.", PUBLISHED,
                 [rec("import", value=3e8, period="2024", status="forecast", parties=(B, K), reporter=B)],
                 id="the country's imports from Y, the subject of the first conjunct"),
    pytest.param("Kazakhstan and Belarus held talks.\n\nUzbekistan plans to open trade houses abroad. The republic's trade "
                 "with Kazakhstan reached $4.4 billion in 2023.", PUBLISHED,
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="the republic's trade with Y: a side, not the lede's"),
    pytest.param("Kazakhstan and Belarus held talks.\n\nUzbekistan plans to open trade houses abroad. Its trade with "
                 "Kazakhstan reached $4.4 billion in 2023.", PUBLISHED,
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="its trade with Y: a side, not the lede's"),
    pytest.param("Brest Oblast seeks to expand its presence in Kazakhstan. Its exports to Kazakhstan grew by 20% to $38 "
                 "million in 2023.", PUBLISHED,
                 [rec("export", value=3.8e7, period="2023", pct=20.0, parties=("Brest Oblast", K), reporter="Brest Oblast")],
                 id="its exports: a region"),
]

# "X remains our/Y's main partner, with trade of $N": the partner and the owner of the partnership are the sides.
PARTNERS_WITH_TRADE = [
    pytest.param("Belarus and Kazakhstan held talks.\n\nChina is Kazakhstan's largest trading partner, with trade of $31 "
                 "billion in 2023.", PUBLISHED, [rec(value=3.1e10, period="2023", parties=(C, K))],
                 id="Y's largest partner, with trade of"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nUzbekistan remains Kazakhstan's key partner in Central Asia, with "
                 "mutual trade of $4.4 billion last year.", PUBLISHED, [rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="Y's key partner in a region, with mutual trade"),
    pytest.param("\"Russia remains our main partner in the EAEU, with trade of $26 billion last year,\" Kazakh Trade "
                 "Minister Arman Shakkaliyev said.", PUBLISHED, [rec(value=2.6e10, period="2023", parties=(K, R))],
                 id="our main partner in a bloc: the speaker's country, not the bloc"),
    pytest.param("\"China remains our largest trading partner, with mutual trade of $31 billion,\" Belarusian Prime "
                 "Minister Roman Golovchenko noted.", PUBLISHED, [rec(value=3.1e10, parties=(B, C))],
                 id="our largest trading partner, with mutual trade"),
    pytest.param("Belarus and Kazakhstan held talks.\n\nThe Netherlands is the largest investor in Kazakhstan, with "
                 "investment of $120 billion since 2005.", PUBLISHED,
                 [rec("investment", value=1.2e11, parties=(K, "Netherlands"), reporter="Netherlands")],
                 id="the largest investor in Y, with investment of"),
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
    pytest.param("Kazakhstan's exports to Uzbekistan reached $2.8 billion in 2023. It is planned to bring this volume to "
                 "$5 billion by 2030.", PUBLISHED,
                 [rec("export", value=2.8e9, period="2023", parties=(K, U), reporter=K),
                  rec("export", value=5e9, period="2030", status="target", parties=(K, U), reporter=K)],
                 id="bring this volume to"),
    pytest.param("Kazakh imports from Belarus totalled $850 million last year. By 2026 the sides intend to bring this "
                 "indicator to $1.2 billion.", PUBLISHED,
                 [rec("import", value=8.5e8, period="2023", parties=(B, K), reporter=K),
                  rec("import", value=1.2e9, period="2026", status="target", parties=(B, K), reporter=K)],
                 id="the sides bring this indicator to: the indicator's metric, not the sides' trade"),
    pytest.param("Belarusian exports to Kazakhstan amounted to $850 million in 2023. This figure rose to $420 million in "
                 "January-May of this year.", PUBLISHED,
                 [rec("export", value=8.5e8, period="2023", parties=(B, K), reporter=B),
                  rec("export", value=4.2e8, period="2024-01/2024-05", parties=(B, K), reporter=B)],
                 id="this figure rose to"),
    pytest.param("Kazakhstan and Korea intend to increase trade to $10 billion, President Kassym-Jomart Tokayev said. Last "
                 "year, the figure amounted to $6.5 billion. Korean investment in Kazakhstan's economy exceeded $9 "
                 "billion.", PUBLISHED,
                 [rec(value=1e10, status="target", parties=(K, SK)),
                  rec(value=6.5e9, period="2023", parties=(K, SK)),
                  rec("investment", value=9e9, period="2023", parties=(K, SK), reporter=SK)],
                 id="a stop after an amount ends the figure's sentence before a currency's country word"),
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
    pytest.param("Kazakhstan's exports of goods and services to Belarus in January-March of this year amounted to $310 "
                 "million, up 8.4%.", PUBLISHED,
                 [rec("export", value=3.1e8, period="2024-01/2024-03", pct=8.4, parties=(B, K), reporter=K)],
                 id="X's exports of goods and services"),
    pytest.param("Exports of services from Belarus to Kazakhstan increased 1.3 times to $95 million in 2023.", PUBLISHED,
                 [rec("services", value=9.5e7, period="2023", factor=1.3, parties=(B, K), reporter=B)],
                 id="exports of services"),
    pytest.param("The share of exports in trade between Belarus and Kazakhstan was 70%, and Belarusian exports amounted "
                 "to $800 million in 2023.", PUBLISHED,
                 [rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)],
                 id="the share of exports is none, the exports beside it one"),
    pytest.param("Belarus' exports of dairy products, meat and machinery to Kazakhstan amounted to $600 million in 2023.",
                 PUBLISHED, [rec("export", value=6e8, period="2023", parties=(B, K), reporter=B)],
                 id="exports of a list of goods"),
    pytest.param("In 2023 Kazakhstan's exports to Belarus exceeded imports by $600 million.", PUBLISHED,
                 [rec("surplus", value=6e8, period="2023", parties=(B, K))], id="exports exceeded imports by: a surplus"),
    pytest.param("Belarusian exports to Kazakhstan exceeded imports from Kazakhstan by $600 million in 2023.", PUBLISHED,
                 [rec("surplus", value=6e8, period="2023", parties=(B, K))], id="exports exceeded imports from Y by"),
    pytest.param("In January-May imports from China outstripped exports to China by $2 billion, Kazakh statistics show.",
                 PUBLISHED, [rec("surplus", value=2e9, period="2024-01/2024-05", parties=(C, K))],
                 id="imports outstripped exports by: the balance"),
    pytest.param("Exports of Kazakhstan to Belarus in 2023 exceeded $600 million.", PUBLISHED,
                 [rec("export", value=6e8, period="2023", parties=(B, K), reporter=K)], id="exports exceeded $N: no balance"),
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
    pytest.param("Last year Kazakhstan delivered goods worth $1.5 billion to Kyrgyzstan.", PUBLISHED,
                 [rec("export", value=1.5e9, period="2023", parties=(K, "Kyrgyzstan"), reporter=K)],
                 id="X delivered goods worth $N to Y"),
    pytest.param("In 2023 Belarus supplied Kazakhstan with tractors and trucks worth $150 million.", PUBLISHED,
                 [rec("export", value=1.5e8, period="2023", parties=(B, K), reporter=B)], id="X supplied Y with goods"),
    pytest.param("Supplies of Uzbek fruit and vegetables to Kazakhstan rose by 20% to $300 million in 2023.", PUBLISHED,
                 [rec("export", value=3e8, period="2023", pct=20.0, parties=(K, U), reporter=U)],
                 id="supplies of X's fruit to Y"),
    pytest.param("Belarus plans to increase deliveries of agricultural machinery to Kazakhstan to $200 million by 2025.",
                 PUBLISHED, [rec("export", value=2e8, period="2025", status="target", parties=(B, K), reporter=B)],
                 id="X plans to increase deliveries: the subject of the controlling verb"),
    pytest.param("Kazakhstan intends to boost exports of wheat to China to $2 billion by 2026.", PUBLISHED,
                 [rec("export", value=2e9, period="2026", status="target", parties=(C, K), reporter=K)],
                 id="X intends to boost exports"),
    pytest.param("Kazakhstan increased shipments of grain to Uzbekistan by 20% to $600 million in 2023.", PUBLISHED,
                 [rec("export", value=6e8, period="2023", pct=20.0, parties=(K, U), reporter=K)],
                 id="X increased shipments"),
    pytest.param("Kazakhstan increased purchases of Belarusian dairy products by 15% to $120 million in 2023.", PUBLISHED,
                 [rec("import", value=1.2e8, period="2023", pct=15.0, parties=(B, K), reporter=K)],
                 id="X increased purchases of Y's goods"),
    pytest.param("Purchases of Belarusian tractors by Kazakh farmers rose to $80 million in 2023.", PUBLISHED,
                 [rec("import", value=8e7, period="2023", parties=(B, K), reporter=K)],
                 id="purchases of Y's goods by X's buyers"),
    pytest.param("Sales of the company rose to $80 million in 2023, while purchases on the stock exchange reached $3 "
                 "million.", PUBLISHED, [], id="sales and purchases of no side are no trade"),
]


@pytest.mark.parametrize("text, published, expected", OWN_TOTALS + PARTS_OF_A_TOTAL + PRONOUN_OWNERS +
                         PARTNERS_WITH_TRADE + ANAPHORIC_METRICS + NOUN_METRICS + SUPPLIES)
def test_sides_reporters_and_metrics(text, published, expected):
    check(text, published, expected)


# Whose flow of services it is, as of goods (GUIDELINES: `reporter`, "whose export or import it is, when stated");
# trade in services has none; a goal's noun ("the task") points back at the trade figure before it.
SERVICES_AND_GOALS = [
    pytest.param("Belarus' exports of services to Kazakhstan grew by 10% to $100 million in 2023.", PUBLISHED,
                 [rec("services", value=1e8, period="2023", pct=10.0, parties=(B, K), reporter=B)],
                 id="a country's exports of services"),
    pytest.param("In 2023 Kazakhstan's imports of services from Belarus reached $40 million.", PUBLISHED,
                 [rec("services", value=4e7, period="2023", parties=(B, K), reporter=K)],
                 id="a country's imports of services"),
    pytest.param("Trade in services between Belarus and Kazakhstan grew by 10% to $150 million in 2023.", PUBLISHED,
                 [rec("services", value=1.5e8, period="2023", pct=10.0, parties=(B, K))], id="trade in services"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The task is to reach $2 billion by "
                 "2026.", PUBLISHED, [rec(value=1.3e9, period="2023", parties=(B, K)),
                                      rec(value=2e9, period="2026", status="target", parties=(B, K))],
                 id="the task points back at the trade figure"),
]


@pytest.mark.parametrize("text, published, expected", SERVICES_AND_GOALS)
def test_services_flows_have_their_reporter_and_a_task_points_back_at_trade(text, published, expected):
    assert trade(text, published) == expected


# "the country", "the republic" as the subject of a verb of trade stand for the side named before them, as "the
# country's exports" do: that side is the reporter.
POINTING_SUBJECTS = [
    pytest.param("Belarus is among Kazakhstan's key partners. Last year the country exported goods worth $900 million to "
                 "Kazakhstan.", PUBLISHED, [rec("export", value=9e8, period="2023", parties=(B, K), reporter=B)],
                 id="the country exported"),
    pytest.param("Uzbekistan plans to double its textile output. Last year the republic imported Kazakh grain worth $300 "
                 "million.", PUBLISHED, [rec("import", value=3e8, period="2023", parties=(K, U), reporter=U)],
                 id="the republic imported"),
]


@pytest.mark.parametrize("text, published, expected", POINTING_SUBJECTS)
def test_a_country_noun_as_the_subject_of_a_trade_verb_is_the_reporter(text, published, expected):
    assert trade(text, published) == expected
