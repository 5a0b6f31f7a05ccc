"""Trade records on wordings of translated wire copy (issue 11, families 3, 5 and 6): coordinated verbs each with
its own amount, partners listed in gapped clauses, abbreviated and relative periods, the metric of a figure among
several trade nouns, undated goals beside dated results, and a figure restated in other words. Every sentence was
written for this file and annotated by GUIDELINES.md; every field the scorer reads is compared."""
import pytest

from test_trade_families import AZ, B, C, K, KG, KR, PUBLISHED, R, T, TJ, U, rec, trade

AUTUMN = "2024-11-10"

# -- one subject, two coordinated verbs, each with its own amount ---------------------------------------------

COORDINATED = [
    pytest.param("In January-September of this year Kazakhstan exported goods worth $1.2 billion to Uzbekistan and "
                 "imported $640 million worth of products from it, the Ministry of Trade and Integration said.", AUTUMN,
                 [rec("export", 1.2e9, "2024-01/2024-09", parties=(K, U), reporter=K),
                  rec("import", 6.4e8, "2024-01/2024-09", parties=(K, U), reporter=K)], id="exported and imported"),
    pytest.param("Last year Belarus exported $410.5 million worth of goods to Kazakhstan and imported $230 million.",
                 PUBLISHED, [rec("export", 4.105e8, "2023", parties=(B, K), reporter=B),
                             rec("import", 2.3e8, "2023", parties=(B, K), reporter=B)], id="second verb without object"),
    pytest.param("In January-June Kazakhstan sold $1.1 billion worth of goods to Uzbekistan and bought $450 million "
                 "worth from it.", PUBLISHED,
                 [rec("export", 1.1e9, "2024-01/2024-06", parties=(K, U), reporter=K),
                  rec("import", 4.5e8, "2024-01/2024-06", parties=(K, U), reporter=K)],
                 id="sold and bought: the subject both verbs share is a side"),
    pytest.param("In 2023, Belarusian enterprises exported $860 million worth of products to Kazakhstan, an increase "
                 "of 12%, and imported $270 million, down 4%.", PUBLISHED,
                 [rec("export", 8.6e8, "2023", pct=12.0, parties=(B, K), reporter=B),
                  rec("import", 2.7e8, "2023", pct=-4.0, parties=(B, K), reporter=B)], id="each verb with its change"),
    pytest.param("The Uzbek side exported $2.1 billion worth of goods to Kazakhstan last year and imported $3.6 "
                 "billion, the ministry reported.", PUBLISHED,
                 [rec("export", 2.1e9, "2023", parties=(K, U), reporter=U),
                  rec("import", 3.6e9, "2023", parties=(K, U), reporter=U)], id="the Uzbek side"),
    pytest.param("In the first quarter of 2024, Kazakhstan exported to Azerbaijan goods worth $62 million (up 40%) "
                 "and imported $21 million worth.", PUBLISHED,
                 [rec("export", 6.2e7, "2024-01/2024-03", pct=40.0, parties=(AZ, K), reporter=K),
                  rec("import", 2.1e7, "2024-01/2024-03", parties=(AZ, K), reporter=K)], id="bracketed change"),
    pytest.param("Belarus exported to Kazakhstan goods for $800 million in 2023 and imported from there for $300 "
                 "million, which gives a trade surplus of $500 million.", PUBLISHED,
                 [rec("export", 8e8, "2023", parties=(B, K), reporter=B),
                  rec("import", 3e8, "2023", parties=(B, K), reporter=B),
                  rec("surplus", 5e8, "2023", parties=(B, K))], id="and the surplus they give"),
    pytest.param("In January-May 2024, Belarus increased its exports to Kazakhstan by 11% to $390 million and reduced "
                 "imports by 6% to $95 million.", PUBLISHED,
                 [rec("export", 3.9e8, "2024-01/2024-05", pct=11.0, parties=(B, K), reporter=B),
                  rec("import", 9.5e7, "2024-01/2024-05", pct=-6.0, parties=(B, K), reporter=B)],
                 id="the word before the amount's own change"),
    pytest.param("Last year the enterprises of Minsk region shipped to Kazakhstan products worth $120 million, and "
                 "bought Kazakh goods for $15 million.", PUBLISHED,
                 [rec("export", 1.2e8, "2023", parties=(K, "Minsk Region"), reporter="Minsk Region"),
                  rec("import", 1.5e7, "2023", parties=(K, "Minsk Region"), reporter="Minsk Region")],
                 id="bought, conjoined to shipped"),
    pytest.param("Belarus exported $860 million in goods to Kazakhstan in 2023 and imported some $270 million, "
                 "bringing the mutual trade to $1.13 billion.", PUBLISHED,
                 [rec("export", 8.6e8, "2023", parties=(B, K), reporter=B),
                  rec("import", 2.7e8, "2023", parties=(B, K), reporter=B),
                  rec(value=1.13e9, period="2023", parties=(B, K))], id="bringing trade to: a result, not a goal"),
]

# -- amounts given "respectively", in the order of the trade words -------------------------------------------

RESPECTIVELY = [
    pytest.param("In 2023, Kazakhstan exported to Belarus and imported from it goods worth $230 million and $870 million "
                 "respectively.", PUBLISHED,
                 [rec("export", 2.3e8, "2023", parties=(B, K), reporter=K),
                  rec("import", 8.7e8, "2023", parties=(B, K), reporter=K)], id="two verbs"),
    pytest.param("Trade between Belarus and Uzbekistan in 2023 reached $650 million. Exports and imports amounted to $480 "
                 "million and $170 million, respectively.", PUBLISHED,
                 [rec(value=6.5e8, period="2023", parties=(B, U)), rec("export", 4.8e8, "2023", parties=(B, U)),
                  rec("import", 1.7e8, "2023", parties=(B, U))], id="two nouns"),
    pytest.param("In 2023 Belarus's exports to Kazakhstan and imports from Kazakhstan amounted to $880 million and $220 "
                 "million respectively.", PUBLISHED,
                 [rec("export", 8.8e8, "2023", parties=(B, K), reporter=B),
                  rec("import", 2.2e8, "2023", parties=(B, K), reporter=B)], id="two nouns, each with its partner"),
    pytest.param("In 2023 the trade turnover, exports and imports of Kazakhstan with Kyrgyzstan amounted to $2.1 "
                 "billion, $1.6 billion and $500 million, respectively.", PUBLISHED,
                 [rec(value=2.1e9, period="2023", parties=(K, KG)),
                  rec("export", 1.6e9, "2023", parties=(K, KG), reporter=K),
                  rec("import", 5e8, "2023", parties=(K, KG), reporter=K)], id="three of each"),
]

# -- partners listed in gapped clauses, the verb left out ---------------------------------------------------------

GAPPED_PARTNERS = [
    pytest.param("Over the first eight months Uzbekistan's trade with China amounted to $6.4 billion, with Russia $5.9 "
                 "billion and with Kazakhstan $2.8 billion.", AUTUMN,
                 [rec(value=6.4e9, period="2024-01/2024-08", parties=(C, U)),
                  rec(value=5.9e9, period="2024-01/2024-08", parties=(R, U)),
                  rec(value=2.8e9, period="2024-01/2024-08", parties=(K, U))], id="with X ..., with Y $, and with Z $"),
    pytest.param("In 2023 Kazakhstan's trade turnover with China reached $31 billion, with Russia - $27 billion and "
                 "with Italy - $15.6 billion.", PUBLISHED,
                 [rec(value=3.1e10, period="2023", parties=(C, K)), rec(value=2.7e10, period="2023", parties=(K, R)),
                  rec(value=1.56e10, period="2023", parties=("Italy", K))], id="after dashes"),
    pytest.param("Belarus's trade with Kazakhstan in January-October totalled $1 billion, and with Uzbekistan $600 "
                 "million.", AUTUMN,
                 [rec(value=1e9, period="2024-01/2024-10", parties=(B, K)),
                  rec(value=6e8, period="2024-01/2024-10", parties=(B, U))], id="one gapped partner"),
    pytest.param("Kazakhstan's trade with Russia amounted to $27 billion in 2023, and with China to $31.5 billion.",
                 PUBLISHED, [rec(value=2.7e10, period="2023", parties=(K, R)),
                             rec(value=3.15e10, period="2023", parties=(C, K))], id="the gapped verb's 'to' kept"),
    pytest.param("Russia remains the main trading partner of Kazakhstan in the EAEU with trade of $27 billion in 2023.",
                 PUBLISHED, [rec(value=2.7e10, period="2023", parties=(K, R))], id="a partner in a bloc: no side"),
    pytest.param("Within the CIS, Uzbekistan is the second largest partner of Kazakhstan, with trade reaching $4.4 "
                 "billion last year.", PUBLISHED, [rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="a partner within a bloc: no side"),
    pytest.param("Kazakhstan's trade within the EAEU grew by 5% in 2023 to $28 billion.", PUBLISHED,
                 [rec(value=2.8e10, period="2023", pct=5.0, parties=("Eurasian Economic Union", K))],
                 id="trade within a bloc: the bloc is a side"),
    pytest.param("Kazakhstan's foreign trade turnover in 2023 amounted to $139.8 billion, with China $31.5 billion and "
                 "with Russia $27.2 billion.", PUBLISHED,
                 [rec(value=1.398e11, period="2023", parties=(K,)), rec(value=3.15e10, period="2023", parties=(C, K)),
                  rec(value=2.72e10, period="2023", parties=(K, R))],
                 id="a country's total, then its partners"),
    pytest.param("Exports from Kazakhstan to Belarus amounted to $250 million in 2023, and to Uzbekistan $3.1 "
                 "billion.", PUBLISHED,
                 [rec("export", 2.5e8, "2023", parties=(B, K), reporter=K),
                  rec("export", 3.1e9, "2023", parties=(K, U), reporter=K)], id="exports from X to Y ..., and to Z"),
    pytest.param("TASHKENT - The presidents of Uzbekistan, Kazakhstan and Kyrgyzstan met in Tashkent. Trade between "
                 "Uzbekistan and Kazakhstan reached $4.4 billion in 2023, and between Uzbekistan and Kyrgyzstan $1.5 "
                 "billion.", PUBLISHED, [rec(value=4.4e9, period="2023", parties=(K, U)),
                                         rec(value=1.5e9, period="2023", parties=(KG, U))],
                 id="a gapped 'between' pair"),
    pytest.param("In 2023, the trade turnover between Kazakhstan and Russia amounted to 27 billion dollars, and with China "
                 "- 31.5 billion dollars.", PUBLISHED,
                 [rec(value=2.7e10, period="2023", parties=(K, R)), rec(value=3.15e10, period="2023", parties=(C, K))],
                 id="a gapped partner after a 'between' pair"),
    pytest.param("Last year the trade turnover between Belarus and Kazakhstan reached $1.3 billion, and with Uzbekistan "
                 "$650 million.", PUBLISHED,
                 [rec(value=1.3e9, period="2023", parties=(B, K)), rec(value=6.5e8, period="2023", parties=(B, U))],
                 id="a gapped partner: the owner is the pair's first side"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 8% in 2023, between Belarus and Uzbekistan by 12%, and "
                 "between Belarus and Kyrgyzstan by 5%.", PUBLISHED,
                 [rec(period="2023", pct=8.0, parties=(B, K)), rec(period="2023", pct=12.0, parties=(B, U)),
                  rec(period="2023", pct=5.0, parties=(B, KG))], id="three 'between' pairs with changes"),
    pytest.param("ASTANA - Kazakhstan and the European Union held the 20th meeting of the Cooperation Council in "
                 "Brussels. Trade reached $40 billion last year.", PUBLISHED,
                 [rec(value=4e10, period="2023", parties=("European Union", K))],
                 id="an article of one country and a bloc"),
]

# -- periods: abbreviated months, months counted, back-references, "since", undated goals ------------------------

PERIODS = [
    pytest.param("In Jan.-Mar. 2024 trade between Kazakhstan and Azerbaijan grew by 23% to $140 million.", PUBLISHED,
                 [rec(value=1.4e8, period="2024-01/2024-03", pct=23.0, parties=(AZ, K))], id="Jan.-Mar. 2024"),
    pytest.param("In Jan.-Apr. trade between Kazakhstan and Azerbaijan reached $190 million.", "2024-05-20",
                 [rec(value=1.9e8, period="2024-01/2024-04", parties=(AZ, K))], id="Jan.-Apr. of the published year"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1 billion in Jan.-Sept., up 5%.", AUTUMN,
                 [rec(value=1e9, period="2024-01/2024-09", pct=5.0, parties=(B, K))], id="Jan.-Sept. at the end"),
    pytest.param("In Jan-Apr 2024 trade between Kazakhstan and Azerbaijan reached $190 million.", PUBLISHED,
                 [rec(value=1.9e8, period="2024-01/2024-04", parties=(AZ, K))], id="Jan-Apr without stops"),
    pytest.param("In January-September of this year trade between Belarus and Uzbekistan increased by 1.5 times and "
                 "amounted to $720 million.", AUTUMN,
                 [rec(value=7.2e8, period="2024-01/2024-09", factor=1.5, parties=(B, U))], id="of this year"),
    pytest.param("Over 10 months the bilateral trade turnover between Kazakhstan and Tajikistan exceeded $1 billion.",
                 AUTUMN, [rec(value=1e9, period="2024-01/2024-10", parties=(K, TJ))], id="over 10 months"),
    pytest.param("For the first eight months of 2024 the mutual trade turnover of Belarus and Kazakhstan amounted to "
                 "$800 million, of which exports of Belarus made up $620 million.", AUTUMN,
                 [rec(value=8e8, period="2024-01/2024-08", parties=(B, K)),
                  rec("export", 6.2e8, "2024-01/2024-08", parties=(B, K), reporter=B)], id="for the first eight months"),
    pytest.param("In January-September of this year trade turnover between Belarus and Kazakhstan reached $960 "
                 "million. In the reporting period, Belarusian exports amounted to $700 million.", AUTUMN,
                 [rec(value=9.6e8, period="2024-01/2024-09", parties=(B, K)),
                  rec("export", 7e8, "2024-01/2024-09", parties=(B, K), reporter=B)], id="in the reporting period"),
    pytest.param("Since the beginning of the year, Belarus has exported $350 million worth of goods to Kazakhstan.",
                 PUBLISHED, [rec("export", 3.5e8, parties=(B, K), reporter=B)], id="since the beginning of the year"),
    pytest.param("Kazakhstan and Uzbekistan intend to increase trade turnover to $10 billion, while it amounted to $4.4 "
                 "billion in 2023.", PUBLISHED,
                 [rec(value=1e10, status="target", parties=(K, U)), rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="a goal beside a while-clause's year"),
    pytest.param("Belarus and Kazakhstan plan to increase mutual trade to $2 billion, while last year it totalled $1.3 "
                 "billion.", PUBLISHED,
                 [rec(value=2e9, status="target", parties=(B, K)), rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a goal beside last year's result"),
    pytest.param("The sides intend to bring the trade turnover between Belarus and Uzbekistan to $1 billion, although "
                 "in 2023 it amounted to $650 million.", PUBLISHED,
                 [rec(value=1e9, status="target", parties=(B, U)), rec(value=6.5e8, period="2023", parties=(B, U))],
                 id="a goal beside an although-clause's year"),
    pytest.param("The leaders noted that mutual trade between Kazakhstan and Uzbekistan increased by more than 10% last "
                 "year.", PUBLISHED, [rec(period="2023", pct=10.0, parties=(K, U))],
                 id="'more than 10% last year': the hedge's 'than' compares nothing"),
    pytest.param("Kazakh exports to Belarus in 2023 were 12% higher than in 2022.", PUBLISHED,
                 [rec("export", period="2023", pct=12.0, parties=(B, K), reporter=K)],
                 id="'12% higher than in 2022' still compares"),
    pytest.param("Belarus and Kazakhstan intend to bring mutual trade to $2 billion by 2026.", PUBLISHED,
                 [rec(value=2e9, period="2026", status="target", parties=(B, K))], id="a goal's own year stays"),
    pytest.param("The trade turnover between Belarus and Kazakhstan is expected to reach $1.5 billion this year, compared "
                 "to $1.3 billion in 2023.", PUBLISHED,
                 [rec(value=1.5e9, period="2024", status="forecast", parties=(B, K)),
                  rec(value=1.3e9, period="2023", parties=(B, K))], id="the base of a forecast is a result"),
]

# -- the metric of each amount when the sentence names several trade nouns ----------------------------------------

METRICS = [
    pytest.param("Last year, the volume of Korean investment in Kazakhstan reached $1.4 billion, and trade turnover "
                 "$6.5 billion.", PUBLISHED,
                 [rec("investment", 1.4e9, "2023", parties=(K, KR), reporter=KR),
                  rec(value=6.5e9, period="2023", parties=(K, KR))], id="the gapped clause's noun is not the first's"),
    pytest.param("In 2023 Chinese direct investment in Uzbekistan amounted to $2.2 billion, while bilateral trade "
                 "turnover grew by 30% to $13.7 billion.", PUBLISHED,
                 [rec("investment", 2.2e9, "2023", parties=(C, U), reporter=C),
                  rec(value=1.37e10, period="2023", pct=30.0, parties=(C, U))], id="investment, while trade"),
    pytest.param("In 2023, Kazakhstan's exports to Uzbekistan amounted to $3.1 billion, imports - $1.3 billion, and the "
                 "positive trade balance reached $1.8 billion.", PUBLISHED,
                 [rec("export", 3.1e9, "2023", parties=(K, U), reporter=K),
                  rec("import", 1.3e9, "2023", parties=(K, U), reporter=K),
                  rec("surplus", 1.8e9, "2023", parties=(K, U))], id="exports, imports and the balance"),
    pytest.param("In 2023, trade turnover between Kazakhstan and Azerbaijan amounted to $460 million, exports - $390 "
                 "million and imports - $70 million, while direct investment from Azerbaijan reached $200 million.",
                 PUBLISHED,
                 [rec(value=4.6e8, period="2023", parties=(AZ, K)), rec("export", 3.9e8, "2023", parties=(AZ, K)),
                  rec("import", 7e7, "2023", parties=(AZ, K)),
                  rec("investment", 2e8, "2023", parties=(AZ, K), reporter=AZ)], id="four metrics in one sentence"),
    pytest.param("Investments of Türkiye in Kazakhstan's economy since 2005 exceeded $17 billion, while the trade "
                 "turnover in 2023 grew by 20% to $6.4 billion.", PUBLISHED,
                 [rec("investment", 1.7e10, parties=(K, T), reporter=T),
                  rec(value=6.4e9, period="2023", pct=20.0, parties=(K, T))], id="a total since, a result of a year"),
    pytest.param("The volume of investments attracted from Kazakhstan into the economy of Belarus in 2023 amounted to $50 "
                 "million, while trade grew by 5%.", PUBLISHED,
                 [rec("investment", 5e7, "2023", parties=(B, K), reporter=K),
                  rec(period="2023", pct=5.0, parties=(B, K))], id="investments attracted from: the investor"),
    pytest.param("Investment received from Türkiye by Kazakh companies in 2023 totalled $500 million.", PUBLISHED,
                 [rec("investment", 5e8, "2023", parties=(K, T), reporter=T)], id="investment received from"),
]

# -- one fact, one record: a figure restated in other words ------------------------------------------------------

RESTATED = [
    pytest.param("According to the results of nine months of this year, the trade turnover between Kazakhstan and "
                 "Belarus reached $1.03 billion. \"Our trade has exceeded one billion dollars over nine months,\" the "
                 "minister said.", AUTUMN, [rec(value=1.03e9, period="2024-01/2024-09", parties=(B, K))],
                 id="a hedged amount in words"),
    pytest.param("The trade turnover between Kazakhstan and Belarus reached $1.03 billion in January-September.\n\n"
                 "\"Over nine months our trade has exceeded $1 billion,\" the minister said.", AUTUMN,
                 [rec(value=1.03e9, period="2024-01/2024-09", parties=(B, K))], id="a hedged amount in a quote"),
    pytest.param("In 2023, the mutual trade turnover between Kazakhstan and Belarus amounted to $1.27 billion.\n\n"
                 "Speaking at the forum, the ambassador noted that last year the trade turnover between the two "
                 "countries amounted to about $1.3 billion.", AUTUMN,
                 [rec(value=1.27e9, period="2023", parties=(B, K))], id="about, a paragraph later"),
    pytest.param("The trade between Kazakhstan and Uzbekistan in January-September increased by 14.2% and amounted to "
                 "$3.3 billion. The minister said that trade between the countries over nine months exceeded $3 "
                 "billion.", AUTUMN,
                 [rec(value=3.3e9, period="2024-01/2024-09", pct=14.2, parties=(K, U))], id="exceeded, rounded down"),
    pytest.param("Kazakhstan-Belarus trade tops $1bn in 9 months\n\nASTANA. KAZINFORM - The trade turnover between "
                 "Kazakhstan and Belarus amounted to $1.03 billion in January-September 2024, the Bureau of National "
                 "Statistics reports.", AUTUMN, [rec(value=1.03e9, period="2024-01/2024-09", parties=(B, K))],
                 id="a headline's 'tops' over the text's exact amount"),
    pytest.param("Trade between Kazakhstan and Germany reached EUR 8 billion in 2023, or about $8.7 billion, the "
                 "embassy said.", PUBLISHED, [rec(value=8e9, period="2023", parties=("Germany", K))],
                 id="two currencies with the date between"),
    pytest.param("ASTANA - Trade between Kazakhstan and Uzbekistan reached $4.37 billion in 2023, up 10%.\n\n\"Last "
                 "year our trade exceeded 4.3 billion dollars,\" Tokayev said at the talks.", PUBLISHED,
                 [rec(value=4.37e9, period="2023", pct=10.0, parties=(K, U))],
                 id="'exceeded 4.3 billion': a bound up to its next digit"),
    pytest.param("ASTANA - In 2023, trade between Kazakhstan and Uzbekistan grew by 10.2%. It reached $4.37 billion.\n\n"
                 "At the end of the talks, the leaders noted that mutual trade increased by more than 10% last year.",
                 PUBLISHED, [rec(value=4.37e9, period="2023", pct=10.2, parties=(K, U))],
                 id="a hedged change restated"),
]


@pytest.mark.parametrize("text, published, expected", COORDINATED + RESPECTIVELY + GAPPED_PARTNERS + PERIODS + METRICS + RESTATED)
def test_wire_wording(text, published, expected):
    assert trade(text, published) == expected
