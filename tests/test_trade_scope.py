"""What a trade story states that is a trade figure and what is not, the sides of a country's own total, the
dates that are no period of a figure, and what a subject pointing back stands for.

Each sentence is written for this file in the wire style of Kazinform and BelTA stories on either country's
trade with its partners, and annotated by GUIDELINES.md ("Decisions on borderline cases"): contracts, prices,
duties, shares, GDP and domestic investment are no trade records; an investor's amount, planned investment and
a trade potential are ("potential" is an expectation); a headline restated in the lede is one fact; a
country's foreign trade as a whole has that country as its only side. Every field the scorer reads is compared."""
import pytest

from test_trade_families import B, C, K, KG, KR, R, T, U, rec, trade

PUBLISHED = "2024-06-15"

OTHER_MATTERS = [
    pytest.param("Trade between Belarus and Kazakhstan grew by 10% in 2023. The value of export contracts signed "
                 "at the forum exceeded $300 million.",
                 [rec(period="2023", pct=10.0, parties=(B, K))], id="the value of export contracts"),
    pytest.param("Trade between Kazakhstan and China is growing. The price of Kazakh wheat exports rose by 12%.",
                 [], id="the price of exports"),
    pytest.param("Trade between Kazakhstan and China is growing. The cost of Chinese imports went up by 9%.",
                 [], id="the cost of imports"),
    pytest.param("Trade between Belarus and Russia is growing. Export duties on Belarusian potash were raised by "
                 "10%.", [], id="export duties"),
    pytest.param("Belarus and Uzbekistan discussed trade. The trade agreement covers goods worth $500 million.",
                 [], id="a trade agreement's goods"),
    pytest.param("Kazakhstan's GDP reached $262 billion in 2023, and exports accounted for 30% of it.",
                 [], id="the GDP of a sentence about exports"),
    pytest.param("Belarus and Vietnam discussed trade. Bilateral trade amounted to $100 million in 2023, while the "
                 "potential is estimated at $500 million.",
                 [rec(value=1e8, period="2023", parties=("Belarus", "Vietnam"))], id="a potential beside a figure"),

    pytest.param("Trade between Kazakhstan and Türkiye grew in 2023. The country's foreign exchange reserves "
                 "reached $35 billion, and its state debt fell by 5%.", [], id="reserves and debts"),
    pytest.param("Kazakhstan's exports to China grew by 20%, mainly due to a 30% rise in oil prices.",
                 [rec("export", pct=20.0, parties=(C, K), reporter=K)], id="a rise in prices"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 10%, driven by a 25% increase in car sales.",
                 [rec(pct=10.0, parties=(B, K))], id="an increase in sales"),
    pytest.param("Belarus' exports of dairy products make up 20% of its total exports to Kazakhstan.",
                 [], id="a share made up"),
    pytest.param("Machinery makes up 40% of Belarusian exports to Uzbekistan.", [], id="a share made up 2"),
    pytest.param("Oil and gas represent 70% of Kazakhstan's exports to the EU.", [], id="a share represented"),
    pytest.param("Trade between Belarus and Kazakhstan is growing. Investment in fixed capital in Kazakhstan rose "
                 "by 8.1% in 2023.", [], id="investment in fixed capital"),
    pytest.param("Capital investment in Belarus grew by 5% in 2023, while exports to Kazakhstan rose by 10%.",
                 [rec("export", period="2023", pct=10.0, parties=(B, K), reporter=B)],
                 id="capital investment beside exports"),
    pytest.param("Trade between Uzbekistan and Kazakhstan is growing. Public investment in Uzbekistan's roads "
                 "reached $5 billion.", [], id="public investment"),
    pytest.param("Trade between Kazakhstan and Russia grew by 5%. Domestic investment increased by 12%.",
                 [rec(pct=5.0, parties=(K, R))], id="domestic investment"),
]

FIGURES = [
    pytest.param("Belarus' export sales to Kazakhstan reached $300 million in 2023.",
                 [rec("export", value=3e8, period="2023", parties=(B, K), reporter=B)], id="export sales"),
    pytest.param("Export deliveries of Kazakh wheat to Uzbekistan amounted to $600 million in 2023.",
                 [rec("export", value=6e8, period="2023", parties=(K, U), reporter=K)], id="export deliveries"),
    pytest.param("Kazakhstan's trade deficit with China amounted to $5 billion in 2023.",
                 [rec("surplus", value=5e9, period="2023", parties=(C, K))], id="a deficit is a balance, not turnover"),
    pytest.param("Kazakhstan's trade surplus with Uzbekistan stood at $1.9 billion in 2023.",
                 [rec("surplus", value=1.9e9, period="2023", parties=(K, U))], id="a surplus"),
    pytest.param("Türkiye is among the top ten investors in Uzbekistan, having put $1.2 billion into its economy in "
                 "2023.", [rec("investment", value=1.2e9, period="2023", parties=(T, U), reporter=T)],
                 id="an investor's amount"),
    pytest.param("With $26 billion since 2005, China is one of the largest investors in Kazakhstan.",
                 [rec("investment", value=2.6e10, parties=(C, K), reporter=C)], id="an investor's total since"),
    pytest.param("Last year the United Arab Emirates became the third largest investor in Kazakhstan with $2.1 "
                 "billion.", [rec("investment", value=2.1e9, period="2023", parties=(K, "United Arab Emirates"),
                                  reporter="United Arab Emirates")], id="an investor with an amount"),
    pytest.param("The Netherlands remains the largest investor in Kazakhstan's economy.", [],
                 id="an investor without an amount"),
    pytest.param("Trade between Kazakhstan and Uzbekistan is growing. The trade potential of the two countries is "
                 "estimated at $10 billion.", [rec(value=1e10, status="forecast", parties=(K, U))],
                 id="the trade potential is an expectation"),
    pytest.param("The goal is $2 billion in trade between Belarus and Kazakhstan.",
                 [rec(value=2e9, status="target", parties=(B, K))], id="a goal as the subject"),
    pytest.param("The target for mutual trade between Kazakhstan and Kyrgyzstan is $3 billion.",
                 [rec(value=3e9, status="target", parties=(K, KG))], id="a target as the subject"),
    pytest.param("Korean companies plan to invest $2 billion in new projects in Kazakhstan.",
                 [rec("investment", value=2e9, status="target", parties=(K, KR), reporter=KR)],
                 id="a plan to invest"),
    pytest.param("Chinese companies will invest $1.5 billion in Kazakhstan's agriculture.",
                 [rec("investment", value=1.5e9, status="forecast", parties=(C, K), reporter=C)],
                 id="companies will invest"),
    pytest.param("Turkish businesses are investing $300 million in a textile cluster in Uzbekistan.",
                 [rec("investment", value=3e8, parties=(T, U), reporter=T)], id="businesses are investing"),
    pytest.param("In 2023, trade between Kazakhstan and Uzbekistan totalled $4.4 billion. In 2024, the two "
                 "countries plan to increase it to $5 billion.",
                 [rec(value=4.4e9, period="2023", parties=(K, U)),
                  rec(value=5e9, period="2024", status="target", parties=(K, U))], id="a plan to increase it"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion last year. The presidents intend to "
                 "bring it to $2 billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)), rec(value=2e9, status="target", parties=(B, K))],
                 id="an intent to bring it"),
]

RESTATED_HEADLINES = [
    pytest.param("Kazakhstan, Uzbekistan trade up 15%\n\nTASHKENT. KAZINFORM - Trade between Kazakhstan and "
                 "Uzbekistan reached $1.1 billion in January-March 2024.",
                 [rec(value=1.1e9, period="2024-01/2024-03", pct=15.0, parties=(K, U))],
                 id="the headline's change of the lede's amount"),
    pytest.param("Kazakhstan-China trade up 20%\n\nASTANA. KAZINFORM - In 2023 trade between Kazakhstan and China "
                 "increased by 20%.\n\nIn January-May 2024 it reached $18 billion.",
                 [rec(period="2023", pct=20.0, parties=(C, K)),
                  rec(value=1.8e10, period="2024-01/2024-05", parties=(C, K))],
                 id="the headline is of its own paragraph's period only"),
    pytest.param("Kazakhstan, Uzbekistan trade up 15%\n\nTASHKENT. KAZINFORM - Trade between Kazakhstan and "
                 "Uzbekistan grew by 15% in January-March 2024 to $1.1 billion.",
                 [rec(value=1.1e9, period="2024-01/2024-03", pct=15.0, parties=(K, U))],
                 id="a change in the headline, the amount in the lede"),
    pytest.param("Belarus-Uzbekistan trade up 22%\n\nMINSK, 3 May (BelTA) - In January-March 2024, trade between "
                 "Belarus and Uzbekistan increased by 22%.",
                 [rec(period="2024-01/2024-03", pct=22.0, parties=(B, U))], id="a change in headline and lede"),
    pytest.param("Kazakhstan, Turkey eye $10 bln trade\n\nASTANA. KAZINFORM - The two countries discussed ways to "
                 "bring trade to $10 billion. Last year it stood at $6.4 billion.",
                 [rec(value=1e10, status="target", parties=(K, T)), rec(value=6.4e9, period="2023", parties=(K, T))],
                 id="a goal the headline eyes"),
    pytest.param("Kazakhstan-China trade up 20% in 2023\n\nASTANA. KAZINFORM - Trade between Kazakhstan and China "
                 "reached $41 billion in 2023, up 32% on the year before.",
                 [rec(period="2023", pct=20.0, parties=(C, K)), rec(value=4.1e10, period="2023", pct=32.0, parties=(C, K))],
                 id="two different changes stay two facts"),
]

OWN_TOTALS = [
    pytest.param("Trade between Kazakhstan and Kyrgyzstan grew 12% in 2023. Kazakhstan's foreign trade turnover "
                 "reached $140 billion in 2023.",
                 [rec(period="2023", pct=12.0, parties=(K, KG)), rec(value=1.4e11, period="2023", parties=(K,))],
                 id="a country's foreign trade"),
    pytest.param("Belarus and Kazakhstan discussed trade.\n\nIn 2023 Belarus' total exports grew by 5%.",
                 [rec("export", period="2023", pct=5.0, parties=(B,), reporter=B)], id="a country's total exports"),
    pytest.param("Uzbekistan's external trade amounted to $62 billion in 2023, and its trade with Kazakhstan "
                 "reached $4.4 billion.",
                 [rec(value=6.2e10, period="2023", parties=(U,)), rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="external trade beside a pair"),
    pytest.param("In 2023 Kazakhstan's foreign trade with Belarus reached $1.3 billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="foreign trade with a partner"),
]

LEDE = "Trade between Kazakhstan and Kyrgyzstan reached $1.1 billion in January-September 2023."
Q3 = "2023-01/2023-09"

POINTING_BACK = [
    pytest.param(LEDE + "\n\nThis is 12% more than in the same period of 2022.",
                 [rec(value=1.1e9, period=Q3, pct=12.0, parties=(K, KG))], id="'this' opening the next paragraph"),
    pytest.param(LEDE + "\n\nAccording to the statistics bureau, it grew by 12% compared to the same period of 2022.",
                 [rec(value=1.1e9, period=Q3, pct=12.0, parties=(K, KG))], id="'it' opening the next paragraph"),
    pytest.param(LEDE + "\n\nThe figure is 12% higher than a year earlier.",
                 [rec(value=1.1e9, period=Q3, pct=12.0, parties=(K, KG))], id="'the figure' opening the next paragraph"),
    pytest.param("Kazakhstan, Kyrgyzstan trade grows 12%\n\n" + LEDE + "\n\nThis is 12% more than in the same period "
                 "of 2022.", [rec(value=1.1e9, period=Q3, pct=12.0, parties=(K, KG))],
                 id="the headline's change restated after the lede"),
    pytest.param(LEDE + "\n\nThe sides discussed new projects.\n\nThis is 12% more than in 2022.",
                 [rec(value=1.1e9, period=Q3, parties=(K, KG))], id="a paragraph between: 'this' is something else"),
    pytest.param(LEDE + "\n\nThey also discussed the construction of a $100 million logistics centre.",
                 [rec(value=1.1e9, period=Q3, parties=(K, KG))], id="an amount inside the object of 'they'"),
    pytest.param(LEDE + " This will allow creating 500 jobs and attracting $100 million.",
                 [rec(value=1.1e9, period=Q3, parties=(K, KG))], id="an amount of another verb of 'this'"),
    pytest.param(LEDE + " The amount of $100 million will be allocated for the project.",
                 [rec(value=1.1e9, period=Q3, parties=(K, KG))], id="'the amount of' is no trade figure's"),
    pytest.param(LEDE + " In 2022 it amounted to $950 million.",
                 [rec(value=1.1e9, period=Q3, parties=(K, KG)), rec(value=9.5e8, period="2022", parties=(K, KG))],
                 id="an amount the verb of 'it' states"),
]


@pytest.mark.parametrize("text, expected", POINTING_BACK)
def test_a_subject_pointing_back_stands_for_the_last_figure_also_across_a_paragraph_break(text, expected):
    assert trade(text, PUBLISHED) == expected

DATELINE_PAIRS = [
    pytest.param("Tokayev receives Uzbek Foreign Minister\n\nASTANA. KAZINFORM - President Kassym-Jomart Tokayev "
                 "received Foreign Minister of Uzbekistan Bakhtiyor Saidov.\n\nThe President noted that trade between "
                 "the two countries reached $4.4 billion last year.",
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="the two countries: the dateline's and the named"),
    pytest.param("MINSK, 5 May (BelTA) - Prime Minister Roman Golovchenko met with the Ambassador of Vietnam.\n\n"
                 "Bilateral trade grew by 15% in 2023.",
                 [rec(period="2023", pct=15.0, parties=(B, "Vietnam"))], id="bilateral trade under a MINSK dateline"),
    pytest.param("Belarus' ambassador to Kazakhstan Pavel Utyupin said that mutual trade reached $1.3 billion in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="mutual trade: the countries of a speaker's title"),
    pytest.param("Mutual trade grew by 8% in 2023, Uzbek Foreign Minister Bakhtiyor Saidov said.",
                 [rec(period="2023", pct=8.0)], id="a speaker's nationality alone completes no pair"),
    pytest.param("ASTANA. KAZINFORM - Uzbekistan's exports rose by 10% in 2023.",
                 [rec("export", period="2023", pct=10.0, parties=(U,), reporter=U)],
                 id="no pair stated: the dateline is no side"),
    pytest.param("MINSK, 5 May (BelTA) - Trade between Kazakhstan and Uzbekistan, the two largest economies of the "
                 "region, grew by 10% in 2023.", [rec(period="2023", pct=10.0, parties=(K, U))],
                 id="two sides named: the dateline is no side"),
]

REGIONS_OF_THE_CLAUSE = [
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023, with Turkestan region "
                 "accounting for a third of it.", [rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="a region of another clause"),
    pytest.param("Akmola region hosted a Belarusian delegation.\n\nUzbekistan is Kazakhstan's main trade partner in "
                 "the region, with trade of $4.4 billion in 2023.", [rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="'in the region' is a location, no side"),
    pytest.param("The akim of Kostanay region met the Belarusian ambassador.\n\nIn 2023 trade between the region and "
                 "Belarus reached $90 million, while Kazakhstan's trade with Belarus totalled $1.3 billion.",
                 [rec(value=9e7, period="2023", parties=(B, "Kostanay Region")),
                  rec(value=1.3e9, period="2023", parties=(B, K))], id="'the region' of one clause only"),
    pytest.param("Kostanay region, whose trade with Belarus reached $90 million in 2023, hosted the forum.",
                 [rec(value=9e7, period="2023", parties=(B, "Kostanay Region"))],
                 id="a region the figure's clause hangs on"),
]


@pytest.mark.parametrize("text, expected", REGIONS_OF_THE_CLAUSE)
def test_regions_are_sides_of_the_figures_of_their_clause(text, expected):
    assert trade(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", DATELINE_PAIRS)
def test_the_dateline_country_is_the_other_of_two_sides_only_one_of_which_is_named(text, expected):
    assert trade(text, PUBLISHED) == expected

KU = dict(value=4.4e9, parties=(K, U))

DATES_OF_OTHER_THINGS = [
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion, according to data released in May.",
                 [rec(**KU)], id="the month a report is released"),
    pytest.param("The ministry said in June that trade between Kazakhstan and Uzbekistan had reached $4.4 billion.",
                 [rec(**KU)], id="the month a ministry speaks"),
    pytest.param("The sides signed a roadmap for 2024-2026. Trade between Kazakhstan and Uzbekistan reached $4.4 "
                 "billion.", [rec(**KU)], id="a roadmap's term does not carry"),
    pytest.param("The 2025 action plan was approved. Trade between Kazakhstan and Uzbekistan reached $4.4 billion.",
                 [rec(**KU)], id="a plan's year does not carry"),
    pytest.param("Results for the first half of 2023 were reviewed. Trade between Kazakhstan and Uzbekistan reached "
                 "$4.4 billion.", [rec(period="2023-01/2023-06", **KU)], id="a period reviewed carries"),
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023, the ministry reported in "
                 "February.", [rec(period="2023", **KU)], id="the figure's year beside the report's month"),
]


@pytest.mark.parametrize("text, expected", DATES_OF_OTHER_THINGS)
def test_dates_of_reports_and_documents_are_no_periods_of_figures(text, expected):
    assert trade(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", OTHER_MATTERS)
def test_numbers_of_other_matters_in_trade_stories_are_no_figures(text, expected):
    assert trade(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", FIGURES)
def test_investment_plans_and_goals_stated_by_a_pronoun_are_figures(text, expected):
    assert trade(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", RESTATED_HEADLINES)
def test_a_headline_restated_in_the_lede_is_one_fact(text, expected):
    assert trade(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", OWN_TOTALS)
def test_a_countrys_own_total_trade_has_that_country_as_its_only_side(text, expected):
    assert trade(text, PUBLISHED) == expected
