"""Trade-looking amounts of wire copy that are no trade record (issue 11, family 3), and a company's own sales to the
other side, which are.

GUIDELINES: "Tonnes, loans, aid, debts, reserves and shares of a total are not trade records"; domestic investment
is none; the value of contracts and agreements is an agreement's (`agreement.value`), not trade; a project's cost,
a company's revenue or turnover, a fund's capital, budget money, wages, prices, GDP and industrial output are other
matters. Each class is excluded by a word class of `models/events/trade.json` (`not_trade_heads`, `company_nouns`,
`other_money_verbs`, `not_trade_turnover_kinds`, `domestic_investment_kinds`), whatever the wording; every sentence
sits under a lede about the pair's trade, so a slip would give a record of the pair. A company's exports to, or
purchases from, the other side are exports and imports with a second side, records like any other."""
import pytest

from test_trade_families import B, K, R, rec, trade

PUB = "2024-03-05"
LEDE = "Belarus and Kazakhstan discussed ways to expand trade.\n\n"

NOT_TRADE = {
    "loan": ["The Eurasian Development Bank granted a $100 million loan to Kazakhstan for the project.",
             "Belarus will lend Kazakhstan $100 million to buy Belarusian machinery.",
             "The bank provided $50 million in export credits to Belarusian exporters."],
    "credit line": ["Belarus opened a $200 million credit line for Kazakh buyers of its machinery.",
                    "Export financing of $50 million was provided to Kazakh companies."],
    "aid": ["The Kazakh side received humanitarian aid worth $2 million.",
            "Belarus donated $2 million to the flood-hit regions of Kazakhstan."],
    "debt": ["Kazakhstan's external debt amounted to $160 billion.",
             "Kazakhstan owes Belarus $20 million for supplies of machinery.",
             "The debt of Kazakh buyers for Belarusian supplies is $20 million."],
    "reserves and assets": ["Kazakhstan's gold and foreign currency reserves reached $35 billion.",
                            "The National Fund's assets amount to $60 billion."],
    "share of a total": ["Kazakhstan accounts for 12% of Belarus' exports.",
                         "The share of machinery in Belarusian exports to Kazakhstan is 40%.",
                         "Exports to Kazakhstan make up 12% of Belarus' total exports."],
    "tonnes": ["Kazakhstan exported 9 million tonnes of grain to Belarus last year.",
               "Exports of grain to Belarus amounted to 500,000 tonnes."],
    "a project's cost": ["The project is worth $300 million.", "The cost of the plant is estimated at $120 million.",
                         "The project to build a logistics centre to boost exports is worth $30 million."],
    "a company's revenue": ["The company's revenue grew by 20% to $500 million last year.",
                            "The joint venture's sales in Kazakhstan grew by 25%.",
                            "The exhibition's turnover reached $5 million.",
                            "The turnover of the online marketplace exceeded $20 million."],
    "a fund's capital": ["The fund's authorized capital is $50 million.",
                         "The authorised capital of the joint venture is $10 million."],
    "a grant": ["The European Union provided a grant of 5 million euros."],
    "contracts and agreements": ["At the forum, contracts worth $500 million were signed.",
                                 "The parties signed export contracts worth $44 million.",
                                 "The agreements signed at the forum are worth $1.2 billion.",
                                 "Contracts for the export of Belarusian goods worth $30 million were signed.",
                                 "Trade missions signed deals worth $30 million.",
                                 "The sides plan to sign contracts for the supply of 500 tractors worth $30 million.",
                                 "They concluded a deal on deliveries of Kazakh grain worth $50 million.",
                                 "Agreements on the export of 200 buses worth $20 million were reached."],
    "increments": ["Trade between Belarus and Kazakhstan could grow by another $1 billion.",
                   "Belarusian exports to Kazakhstan may rise by an additional $300 million next year."],
    "budget spending": ["The republican budget allocated $30 million for the programme.",
                        "The ministry plans to spend $10 million to support exports.",
                        "The state will allocate $100 million in subsidies to exporters."],
    "wages and prices": ["The average wage in Belarus reached $700 last year.", "Wheat prices rose by 15% last year.",
                         "The price of Belarusian exports rose by 8%."],
    "GDP and output": ["Kazakhstan's GDP grew by 5.1% to $260 billion in 2023.",
                       "Industrial output in Belarus rose by 7.7% last year.",
                       "The two countries' economies grew by 4% and 5% respectively."],
    "freight and retail": ["Cargo traffic between the countries grew by 12% last year.",
                           "Retail sales grew by 6% last year."],
    "domestic investment": ["Investments in fixed capital rose by 13% last year."],
    "duties": ["Customs duties on imports from Belarus brought $5 million to the budget."],
    "per capita": ["Trade turnover per capita reached $50."],
}


@pytest.mark.parametrize("text", [pytest.param(LEDE + s, id=f"{kind} {n}") for kind, sentences in NOT_TRADE.items()
                                  for n, s in enumerate(sentences, 1)])
def test_an_amount_of_another_matter_beside_trade_words_is_no_trade_record(text):
    assert trade(text, PUB) == []


COMPANY_TRADE = [
    pytest.param(LEDE + "Last year the Minsk Tractor Works exported tractors worth $60 million to Kazakhstan.",
                 [rec("export", value=6e7, period="2023", parties=(B, K))], id="a plant exported to the other side"),
    pytest.param(LEDE + "Gomselmash sold 300 combines worth $40 million to Kazakhstan last year.",
                 [rec("export", value=4e7, period="2023", parties=(B, K), reporter=B)], id="a company sold to the other side"),
    pytest.param(LEDE + "Last year Belarusian dairy producers sold products worth $100 million to Kazakhstan.",
                 [rec("export", value=1e8, period="2023", parties=(B, K), reporter=B)], id="producers sold to the other side"),
    pytest.param(LEDE + "Last year Kazakh mills bought wheat worth $20 million from Russia.",
                 [rec("import", value=2e7, period="2023", parties=(K, R), reporter=K)], id="bought from a third country"),
]
COMPANY_NOT_TRADE = [
    pytest.param(LEDE + "The holding sold a 20% stake worth $100 million to a Kazakh investor.", [],
                 id="a stake sold"),
    pytest.param(LEDE + "Trading on the Kazakh exchange reached $5 billion.", [], id="trading on an exchange"),
    pytest.param(LEDE + "The company sold goods worth $5 million in Kazakhstan.", [], id="sales in a market"),
]


@pytest.mark.parametrize("text, expected", COMPANY_TRADE + COMPANY_NOT_TRADE)
def test_a_companys_sales_to_the_other_side_are_trade_its_market_sales_are_not(text, expected):
    assert trade(text, PUB) == expected
