"""Amounts and changes a trade story states that are no trade figure, and one figure stated twice.

Each sentence is written for this file in the wire style of Kazinform and BelTA copy (long sentences, several
figures, translated-Russian English) and annotated by GUIDELINES.md ("Decisions on borderline cases"): the price,
cost, tariff or fee of traded goods, loans, credit lines, grants, a fund's capital, contracts and deals, a
company's revenue, profit or income, budgets, GDP, output, debts, reserves, shares of a total and a population are
no trade records, also when a trade word stands inside their phrase ("the price of potash exported to ...") or
beside them in the sentence; the real figures beside them stay, and a headline, lede and quote stating one figure
give one record. Every field the scorer reads is compared."""
import pytest

from test_trade_families import B, K, KG, PUBLISHED, R, U, rec, trade


# -- a change or an amount whose subject is the price, cost, tariff or fee of traded goods ---------------------

PRICES_AND_COSTS = [
    pytest.param("The price of Kazakh crude supplied to Belarusian refineries via Russia fell by 7.3% in January-June "
                 "of this year, the Ministry of Energy said, while the volume of supplies remained at last year's level.",
                 [], id="the price of goods supplied"),
    pytest.param("The price of Belarusian potash fertilizers exported to Uzbekistan increased by 1.5 times in 2022, "
                 "after which the Uzbek side reduced its purchases.", [], id="the price of goods exported, a factor"),
    pytest.param("The cost of Belarusian tractors delivered to Kazakhstan under the leasing programme went up by 9%, "
                 "the dealer said.", [], id="the cost of goods delivered"),
    pytest.param("The tariff on Kazakh beef exported to China was reduced by 12% under the new protocol.", [],
                 id="a tariff on goods exported"),
    pytest.param("The fees for the transit of Kazakh exports through Russian territory were raised by 15% from 1 "
                 "January.", [], id="fees for the transit of exports"),
    pytest.param("The cost of shipping one container from Almaty to Minsk by rail has risen by 30% over the past year "
                 "to $5,000, which, according to the association of freight forwarders, weighs on Kazakh exports to "
                 "Belarus.", [], id="the cost of shipping, amount and change"),
    pytest.param("Prices of Kazakh wheat on the world market fell to $230 per tonne, and Kazakhstan's wheat exports to "
                 "Uzbekistan declined by 8.4% over the first five months.",
                 [rec("export", period="2024-01/2024-05", pct=-8.4, parties=(K, U), reporter=K)],
                 id="a price per tonne beside an export change"),
    pytest.param("Uzbekistan has introduced a 15% import duty on Kazakh cement, and imports of cement from Kazakhstan "
                 "dropped by 20% in the first quarter as a result.",
                 [rec("import", period="2024-01/2024-03", pct=-20.0, parties=(K, U), reporter=U)],
                 id="an import duty beside an import change"),
    pytest.param("Customs payments on imports from China grew by 30% and reached 900 billion tenge, the State Revenue "
                 "Committee reported.", [], id="customs payments on imports"),
    pytest.param("The trade margin on imported Belarusian goods in Kazakh retail chains rose by 8%, the association of "
                 "retailers said.", [], id="a trade margin"),
    pytest.param("Prices for Kazakh coal exported to Kyrgyzstan rose by 10% in January, while the cost of the products "
                 "supplied by Belarusian enterprises to Kazakhstan under the contracts amounted to $45 million.", [],
                 id="prices of goods exported, the cost of goods supplied"),
    pytest.param("Freight rates for cargo transported from China to Europe through Kazakhstan rose by 18% in the first "
                 "quarter, while exports of Kazakh metals to Belarus grew by 6% in January-March.",
                 [rec("export", period="2024-01/2024-03", pct=6.0, parties=(B, K), reporter=K)],
                 id="freight rates beside an export change"),
    pytest.param("The exchange rate of the Belarusian ruble to the tenge strengthened by 6%, which made Belarusian "
                 "exports to Kazakhstan more expensive.", [], id="an exchange rate"),
    pytest.param("The new agreement will increase Belarusian exports to Kazakhstan by 20% next year, the company said.",
                 [rec("export", period="2025", pct=20.0, status="forecast", parties=(B, K), reporter=B)],
                 id="an agreement as subject, exports as object: a figure"),
    pytest.param("The agreement is expected to boost trade between Belarus and Kazakhstan by 25%.",
                 [rec(pct=25.0, status="forecast", parties=(B, K))], id="an agreement as subject, trade as object"),
]

# -- loans, credit lines, grants, funds, contracts and deals -------------------------------------------------

FINANCE_AND_DEALS = [
    pytest.param("The Eurasian Development Bank has issued loans totalling 350 billion tenge to Kazakh exporters since "
                 "the beginning of the year, and Kazakhstan's non-resource exports rose by 5% to $30 billion in "
                 "January-September.",
                 [rec("export", value=3e10, period="2023-01/2023-09", pct=5.0, parties=(K,), reporter=K)],
                 id="loans to exporters beside exports"),
    pytest.param("Loans from the Development Bank of Kazakhstan to exporters grew by 23% to 2.1 trillion tenge, the "
                 "bank said.", [], id="loans to exporters grew"),
    pytest.param("The Belarusian side is ready to open an export credit line of $100 million for Kazakh buyers of MAZ "
                 "trucks and Belarus tractors, the ambassador said.", [], id="an export credit line"),
    pytest.param("Kazakhstan has allocated a $100 million loan to Kyrgyzstan for the construction of a hydropower "
                 "plant, the Prime Minister said, adding that trade between the two countries grew by 9.6% in 2023.",
                 [rec(period="2023", pct=9.6, parties=(K, KG))], id="a loan beside a trade change"),
    pytest.param("Grants of $5 million were provided by Korea to Kazakh exporters of agricultural products.", [],
                 id="grants to exporters"),
    pytest.param("Export credits of the Belarusian banks to Kazakh importers of machinery amounted to $80 million in "
                 "2023.", [], id="export credits"),
    pytest.param("The authorised capital of the Kazakh-Uzbek industrial cooperation fund, set up by the two "
                 "governments, will amount to $500 million, and its resources will be directed to joint projects.", [],
                 id="a fund's capital"),
    pytest.param("Within the framework of the business forum, Belarusian and Kazakh companies signed 18 export "
                 "contracts and commercial agreements worth a total of $420 million.", [], id="contracts worth"),
    pytest.param("Deals worth over $50 million were concluded by Kazakh exporters during the trade mission to Minsk.",
                 [], id="deals worth"),
    pytest.param("The total cost of the 27 joint industrial projects being implemented by Kazakhstan and Belarus is "
                 "estimated at $1.3 billion, while the mutual trade turnover in January-September of this year "
                 "amounted to $742.5 million.",
                 [rec(value=7.425e8, period="2024-01/2024-09", parties=(B, K))], id="the cost of projects beside trade"),
]

# -- a company's, a budget's or an economy's own figures ---------------------------------------------------------

OWN_FIGURES = [
    pytest.param("The net profit of KazMunayGas, the largest exporter of Kazakh oil, rose by 21% to 800 billion tenge "
                 "in 2023.", [], id="an exporter's profit"),
    pytest.param("The revenue of the Minsk Tractor Works rose by 14% to 3.2 billion Belarusian rubles in 2023, with "
                 "deliveries to Kazakhstan accounting for a considerable part of it.", [], id="a plant's revenue"),
    pytest.param("Kazakhstan's income from oil exports decreased by 12% in 2023 due to lower world prices, the ministry "
                 "said.", [], id="income from exports"),
    pytest.param("The joint venture, which exports half of its output to Russia, increased its revenue by 30% to $45 "
                 "million in 2023.", [], id="a verb changing a revenue as its object"),
    pytest.param("Uzbekistan cut its import duties on Kazakh cement by 15%, and Kazakhstan's cement exports to "
                 "Uzbekistan rose by 20% in January-March.",
                 [rec("export", period="2024-01/2024-03", pct=20.0, parties=(K, U), reporter=K)],
                 id="a verb changing duties as its object, beside an export change"),
    pytest.param("Amkodor, a major Belarusian exporter with a turnover of $300 million, opened an assembly line in "
                 "Kostanay last year.", [], id="an exporter with a turnover"),
    pytest.param("Kazakhstan increased its exports to Belarus by 18% to $850 million in 2023.",
                 [rec("export", value=8.5e8, period="2023", pct=18.0, parties=(B, K), reporter=K)],
                 id="a verb changing exports as its object stays a figure"),
    pytest.param("The republican budget for 2024 provides for revenues of 18 trillion tenge, including 4.5 trillion "
                 "tenge from customs duties on exports.", [], id="a budget's revenues"),
    pytest.param("Kazakhstan's gold and foreign currency reserves increased by $2.5 billion in May to $38 billion, the "
                 "National Bank reported.", [], id="reserves"),
    pytest.param("Kazakhstan's external debt fell by 3.1% to $160 billion as of 1 April, while the country's foreign "
                 "trade turnover over the first quarter amounted to $31 billion.",
                 [rec(value=3.1e10, period="2024-01/2024-03", parties=(K,))], id="a debt beside foreign trade"),
    pytest.param("Annual inflation in Kazakhstan slowed to 8.5% in May, and the exchange rate of the tenge weakened by "
                 "2%, while Kazakhstan's imports from Russia rose by 4% in January-May.",
                 [rec("import", period="2024-01/2024-05", pct=4.0, parties=(K, R), reporter=K)],
                 id="inflation and an exchange rate beside imports"),
    pytest.param("The market share of Belarusian trucks in Kazakhstan reached 12% last year, according to the MAZ "
                 "sales office in Astana.", [], id="a market share"),
    pytest.param("The share of Belarus in Kazakhstan's total imports is about 1.5%, while Russia accounts for more than "
                 "40% of the total.", [], id="shares of a total"),
    pytest.param("The output of the Kostanay plant, which assembles Belarusian tractors for export to Russia, grew "
                 "by 1.5 times in 2023.", [], id="a plant's output"),
    pytest.param("The volume of production at the joint venture in Kostanay, which supplies buses to Uzbekistan, rose "
                 "by 40% last year.", [], id="the volume of production"),
    pytest.param("The capacity of the new terminal on the border with Uzbekistan, through which 60% of Kazakh exports "
                 "to the country pass, will be increased by 2.5 times.", [], id="a terminal's capacity"),
    pytest.param("The wages of workers employed at Kazakh exporting enterprises grew by 11% in 2023.", [],
                 id="wages at exporters"),
    pytest.param("Kazakhstan's GDP per capita reached $13,000 in 2023, while exports per capita grew to $4,000.", [],
                 id="exports per capita"),
    pytest.param("The volume of mutual trade between Belarus and Kazakhstan rose by 11% in 2023, the ministry said.",
                 [rec(period="2023", pct=11.0, parties=(B, K))], id="the volume of trade stays a figure"),
    pytest.param("The value of Belarusian exports to Uzbekistan grew by 1.4 times in January-March.",
                 [rec("export", period="2024-01/2024-03", factor=1.4, parties=(B, U), reporter=B)],
                 id="the value of exports stays a figure"),
    pytest.param("Kazakhstan's exports per year to Kyrgyzstan grew to $1.2 billion in 2023.",
                 [rec("export", value=1.2e9, period="2023", parties=(K, KG), reporter=K)],
                 id="exports per year stay a figure"),
    pytest.param("According to him, the main export items were potash fertilizers (22%), tractors (15%) and dairy "
                 "products (12%), and the price of potash rose by 40% over the year.", [],
                 id="shares of export items and a price in a list"),
    pytest.param("The population of Kazakhstan exceeded 20 million people in 2023, the statistics bureau said.", [],
                 id="a population"),
]

# -- investment of one side, with no investor and nothing saying it comes from outside, is domestic -------------

DOMESTIC = [
    pytest.param("Investments in the agro-industrial complex of Kazakhstan increased by 20% to 900 billion tenge over "
                 "January-September, the Ministry of Agriculture said.", [], id="investments in a sector"),
    pytest.param("Over the past five years, 3 trillion tenge has been invested in the modernisation of Kazakhstan's "
                 "railways and roads.", [], id="invested in a country's railways"),
    pytest.param("The state will invest $2 billion in the construction of new roads to boost transit trade with "
                 "China.", [], id="the state invests, a partner in another clause"),
    pytest.param("Private investment in Uzbekistan's energy sector doubled in 2023.", [], id="private investment"),
    pytest.param("Uzbekistan attracted $11 billion of foreign direct investment in 2023, the ministry said.",
                 [rec("investment", value=1.1e10, period="2023", parties=(U,))], id="foreign direct investment stays"),
    pytest.param("The Belarusian company plans to invest $15 million in the construction of a plant in Kazakhstan.",
                 [rec("investment", value=1.5e7, status="target", parties=(B, K), reporter=B)],
                 id="an investor of one side in the other stays"),
]

# -- one figure stated in the headline, the lede and a quote -----------------------------------------------------

RESTATED = [
    pytest.param("Belarus, Kazakhstan trade tops $1.3 bln\n\nASTANA, 5 February (Kazinform) - Trade between Kazakhstan "
                 "and Belarus amounted to $1.32 billion in 2023, up 12.8% on the year before, the Ministry of Trade and "
                 "Integration reported.\n\n\"Last year our trade reached $1.3 billion, and we intend to bring it to $2 "
                 "billion,\" the minister said.",
                 [rec(value=1.32e9, period="2023", pct=12.8, parties=(B, K)),
                  rec(value=2e9, status="target", parties=(B, K))], id="headline, lede and a rounded quote"),
    pytest.param("Kazakhstan, Uzbekistan trade up 13% in 2023\n\nTASHKENT, 20 January (Kazinform) - The mutual trade "
                 "turnover between Kazakhstan and Uzbekistan increased by 12.8% in 2023 and amounted to $4.6 billion "
                 "(about 2.1 trillion tenge), the embassy said.",
                 [rec(value=4.6e9, period="2023", pct=12.8, parties=(K, U))],
                 id="a rounded headline change and two currencies"),
    pytest.param("MINSK (BelTA) - The trade between Belarus and Kazakhstan amounted to $1.32 billion in 2023.\n\nThe "
                 "Belarusian ambassador noted that the trade turnover exceeded $1.3 billion last year, and the sides "
                 "intend to bring it to $2 billion by 2026.",
                 [rec(value=1.32e9, period="2023", parties=(B, K)), rec(value=2e9, period="2026", status="target",
                                                                        parties=(B, K))],
                 id="an exact amount and its hedged restatement"),
    pytest.param("MINSK (BelTA) - The trade between Belarus and Kazakhstan grew by 14% in January-June to $640 million."
                 "\n\nOver the first half of the year, the commodity turnover between the two countries increased by 14 "
                 "percent, the ministry said.",
                 [rec(value=6.4e8, period="2024-01/2024-06", pct=14.0, parties=(B, K))],
                 id="a change restated in other words"),
]


# -- "made up" states a total: its "up" is no rise ---------------------------------------------------------------

TOTALS = [
    pytest.param("In 2023 Belarusian exports to Kazakhstan made up 95% of the level of the previous year, while imports "
                 "from Kazakhstan grew by 6%, the National Statistical Committee said.",
                 [rec("export", period="2023", pct=-5.0, parties=(B, K), reporter=B), rec("import", period="2023", pct=6.0,
                                                                          parties=(B, K), reporter=B)],
                 id="made up a share of the level"),
    pytest.param("Imports of Kazakhstan from Belarus made up $700 million in 2023, or 96.3% of the 2022 level.",
                 [rec("import", value=7e8, period="2023", pct=-3.7, parties=(B, K), reporter=K)],
                 id="made up an amount, or a share of the level"),
    pytest.param("Exports of Kazakhstan to Belarus made up $500 million in 2023, up 12%.",
                 [rec("export", value=5e8, period="2023", pct=12.0, parties=(B, K), reporter=K)],
                 id="made up an amount, up a change"),
    pytest.param("Kazakh exports to Kyrgyzstan went up by 9% in 2023.",
                 [rec("export", period="2023", pct=9.0, parties=(K, KG), reporter=K)], id="went up is a rise"),
]


@pytest.mark.parametrize("text,expected", PRICES_AND_COSTS + FINANCE_AND_DEALS + OWN_FIGURES + DOMESTIC + RESTATED + TOTALS)
def test_negative_families(text, expected):
    assert trade(text, PUBLISHED) == expected
