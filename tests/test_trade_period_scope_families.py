"""Trade periods by scope (issue 11, family 3) and change-only records merged with their value record (family 2):
a period stated in a sentence without a figure carries to the figures after it in its paragraph and no further;
back-references take the last period stated; the base of a comparison is never the figure's period; headline and
lede periods; "as of", "at the end of", "by the end of", "over the past years", "since", "annually". Every sentence
was written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline cases")."""
import pytest

from test_trade_families import PUBLISHED, rec, trade

B, K, U, C, R, KG, AZ, TJ, CH = ("Belarus", "Kazakhstan", "Uzbekistan", "China", "Russia", "Kyrgyzstan", "Azerbaijan",
                                 "Tajikistan", "Chelyabinsk Oblast")
AUTUMN = "2024-11-10"

# -- a period stated without a figure carries to the figures after it in its paragraph, and no further ------------

CARRY = [
    pytest.param("In January-October, the two countries continued to expand cooperation in machine building and "
                 "agriculture. Belarusian exports to Kazakhstan rose to $780 million. Imports from Kazakhstan "
                 "amounted to $310 million.", AUTUMN,
                 [rec("export", 7.8e8, "2024-01/2024-10", parties=(B, K), reporter=B),
                  rec("import", 3.1e8, "2024-01/2024-10", parties=(B, K), reporter=B)], id="carries over two sentences"),
    pytest.param("The results of the first half of 2024 were reviewed at the session of the intergovernmental "
                 "commission. Trade between Belarus and Uzbekistan reached $410 million.", "2024-08-20",
                 [rec(value=4.1e8, period="2024-01/2024-06", parties=(B, U))], id="results of the first half"),
    pytest.param("In January-October, the two countries continued to expand cooperation in machine building.\n\n"
                 "Trade between Belarus and Kazakhstan amounted to $1.1 billion.", AUTUMN,
                 [rec(value=1.1e9, parties=(B, K))], id="a new paragraph states no period"),
    pytest.param("In January-September 2024, the main indicators of trade between Kazakhstan and Belarus were as "
                 "follows:\n\n- exports from Kazakhstan: $230 million (+12%);\n\n- imports from Belarus: $790 million "
                 "(-3%).\n\nTrade between the two countries in 2023 stood at $1.3 billion.", AUTUMN,
                 [rec("export", 2.3e8, "2024-01/2024-09", pct=12.0, parties=(B, K), reporter=K),
                  rec("import", 7.9e8, "2024-01/2024-09", pct=-3.0, parties=(B, K), reporter=K),
                  rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a colon carries its period into the list it announces"),
    pytest.param("Trade between Belarus and Uzbekistan, January-June 2024:\n\nBelarusian exports: $190 million\n\n"
                 "Belarusian imports: $60 million", "2024-08-01",
                 [rec("export", 1.9e8, "2024-01/2024-06", parties=(B, U), reporter=B),
                  rec("import", 6e7, "2024-01/2024-06", parties=(B, U), reporter=B)], id="a table of lines"),
    pytest.param("The ministry gave the figures for January-June:\n\n- trade between Kazakhstan and Kyrgyzstan rose by "
                 "9%.\n\nAt a separate meeting, the sides discussed logistics.\n\nKazakh exports amounted to $600 million.",
                 "2024-08-01",
                 [rec(period="2024-01/2024-06", pct=9.0, parties=(K, KG)),
                  rec("export", 6e8, parties=(K, KG), reporter=K)], id="the list ends at the first paragraph no item"),
    pytest.param("Last year Kazakhstan and Kyrgyzstan opened three new border crossings.\n\n"
                 "Trade between the two countries exceeded $1.5 billion, the minister said.", PUBLISHED,
                 [rec(value=1.5e9, parties=(K, KG))], id="last year's paragraph stops at the blank line"),
    pytest.param("\"Last year our trade with Uzbekistan grew by almost 20 percent, and this year the dynamics are also "
                 "positive. In January-September, trade amounted to $1.07 billion,\" the Belarusian minister said.", AUTUMN,
                 [rec(period="2023", pct=20.0, parties=(B, U)), rec(value=1.07e9, period="2024-01/2024-09", parties=(B, U))],
                 id="a clause after the last figure states this year for the months after it"),
    pytest.param("In 2023 trade between Kazakhstan and Azerbaijan rose by 12%, while in the current year the ministry "
                 "expects further growth. Over the first quarter, Kazakh exports reached $95 million.", PUBLISHED,
                 [rec(period="2023", pct=12.0, parties=(AZ, K)),
                  rec("export", 9.5e7, "2024-01/2024-03", parties=(AZ, K), reporter=K)],
                 id="a while-clause without a figure states the year"),
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. Kazakh exports amounted to "
                 "$2.9 billion, while imports from Uzbekistan stood at $1.5 billion.", PUBLISHED,
                 [rec(value=4.4e9, period="2023", parties=(K, U)),
                  rec("export", 2.9e9, "2023", parties=(K, U), reporter=K),
                  rec("import", 1.5e9, "2023", parties=(K, U), reporter=K)], id="a figure's period carries to the next figures"),
]

# -- back-references take the last period stated --------------------------------------------------------------

BACK_REFERENCES = [
    pytest.param("In January-September 2024 trade between Belarus and Azerbaijan amounted to $290 million. "
                 "During the reporting period, Belarusian exports grew by 17%.", AUTUMN,
                 [rec(value=2.9e8, period="2024-01/2024-09", parties=(AZ, B)),
                  rec("export", period="2024-01/2024-09", pct=17.0, parties=(AZ, B), reporter=B)],
                 id="during the reporting period"),
    pytest.param("In the first quarter, the mutual trade turnover of Kazakhstan and China reached $9.6 billion.\n\n"
                 "In this period, Chinese investment in Kazakhstan's economy amounted to $420 million.", PUBLISHED,
                 [rec(value=9.6e9, period="2024-01/2024-03", parties=(C, K)),
                  rec("investment", 4.2e8, "2024-01/2024-03", parties=(C, K), reporter=C)],
                 id="in this period, across a paragraph"),
    pytest.param("Belarus-Russia trade in January-July amounted to $28 billion. Over the same period, Belarusian "
                 "exports came to $14.5 billion.", "2024-09-05",
                 [rec(value=2.8e10, period="2024-01/2024-07", parties=(B, R)),
                  rec("export", 1.45e10, "2024-01/2024-07", parties=(B, R), reporter=B)], id="over the same period"),
    pytest.param("Trade between Kazakhstan and Tajikistan reached $1.2 billion in 2023. Over the same period of 2022 "
                 "it stood at $980 million.", PUBLISHED,
                 [rec(value=1.2e9, period="2023", parties=(K, TJ)), rec(value=9.8e8, period="2022", parties=(K, TJ))],
                 id="over the same period of 2022"),
]

# -- the base of a comparison is never the figure's period ------------------------------------------------------

BASES = [
    pytest.param("Kazakhstan's exports to Uzbekistan amounted to $1.9 billion in January-June, which is 14% more "
                 "than a year earlier.", "2024-07-20",
                 [rec("export", 1.9e9, "2024-01/2024-06", pct=14.0, parties=(K, U), reporter=K)],
                 id="than a year earlier"),
    pytest.param("Trade between Belarus and China grew by 6% in 2023 compared to 2022, reaching $8.4 billion.",
                 PUBLISHED, [rec(value=8.4e9, period="2023", pct=6.0, parties=(B, C))], id="compared to 2022"),
    pytest.param("In January-June 2024, trade between Kazakhstan and Azerbaijan increased by 19% against January-June "
                 "2023 and amounted to $260 million.", "2024-07-20",
                 [rec(value=2.6e8, period="2024-01/2024-06", pct=19.0, parties=(AZ, K))],
                 id="against January-June 2023"),
    pytest.param("The trade turnover between Kyrgyzstan and Kazakhstan in January-August 2024 amounted to $1.1 billion, an "
                 "increase of 3.4% compared to the same period in 2023.", AUTUMN,
                 [rec(value=1.1e9, period="2024-01/2024-08", pct=3.4, parties=(K, KG))],
                 id="compared to the same period in 2023: the change is the figure's"),
    pytest.param("Belarusian exports to Uzbekistan reached $390 million in January-September, up 11% on the corresponding "
                 "period in 2023.", AUTUMN,
                 [rec("export", 3.9e8, "2024-01/2024-09", pct=11.0, parties=(B, U), reporter=B)],
                 id="on the corresponding period in 2023"),
    pytest.param("Compared to the same period last year, Belarusian exports to Kazakhstan in January-April went up by "
                 "9.2%.", "2024-05-25",
                 [rec("export", period="2024-01/2024-04", pct=9.2, parties=(B, K), reporter=B)],
                 id="the base before the figure"),
]

# -- the headline's and the lede's periods; subordinate vs main clause -----------------------------------------

HEADLINES = [
    pytest.param("Belarus-Kazakhstan trade up 12% in 9M\n\nASTANA. In the first nine months of 2024, trade between "
                 "Belarus and Kazakhstan increased by 12% to $1.05 billion, the ministry said.", AUTUMN,
                 [rec(value=1.05e9, period="2024-01/2024-09", pct=12.0, parties=(B, K))],
                 id="the headline restates the lede"),
    pytest.param("Belarus-Kazakhstan trade hits $1bn in Jan-Sept\n\nMINSK. In the first nine months of the year, trade "
                 "between Belarus and Kazakhstan reached $1.02 billion.", AUTUMN,
                 [rec(value=1.02e9, period="2024-01/2024-09", parties=(B, K))],
                 id="a one-digit headline amount of the lede's period rounds the lede's"),
    pytest.param("Kazakhstan-Uzbekistan trade at $4bn in 2023\n\nTASHKENT. Trade between Kazakhstan and Uzbekistan reached "
                 "$4.4 billion last year.", PUBLISHED,
                 [rec(value=4e9, period="2023", parties=(K, U)), rec(value=4.4e9, period="2023", parties=(K, U))],
                 id="a one-digit headline amount the lede's does not round to at the next digit"),
    pytest.param("Kazakhstan, Kyrgyzstan trade reaches $1.3 billion in 2023\n\nBISHKEK. The trade turnover between "
                 "Kazakhstan and Kyrgyzstan reached $1.3 billion last year.", PUBLISHED,
                 [rec(value=1.3e9, period="2023", parties=(K, KG))], id="headline year and the lede's last year"),
    pytest.param("Kazakhstan-Kyrgyzstan trade to reach $2bn\n\nBISHKEK. The trade turnover between Kyrgyzstan and "
                 "Kazakhstan in January-August 2024 amounted to $1.1 billion.\n\nThe parties expect the trade turnover to "
                 "reach $2 billion by the end of 2025.", AUTUMN,
                 [rec(value=1.1e9, period="2024-01/2024-08", parties=(K, KG)),
                  rec(value=2e9, period="2025", status="forecast", parties=(K, KG))],
                 id="a headline's goal takes no period of the lede's result, and is the body's goal"),
    pytest.param("Belarus, Uzbekistan aim for $1bn trade\n\nTASHKENT. Trade between Belarus and Uzbekistan reached $650 "
                 "million in 2023, the ministry said.\n\nThe sides intend to bring mutual trade to $1 billion.", PUBLISHED,
                 [rec(value=6.5e8, period="2023", parties=(B, U)), rec(value=1e9, status="target", parties=(B, U))],
                 id="a headline's undated goal and the body's"),
    pytest.param("When the agreement came into force in 2021, trade between Belarus and Uzbekistan stood at $450 "
                 "million; in 2023 it reached $650 million.", PUBLISHED,
                 [rec(value=4.5e8, period="2021", parties=(B, U)), rec(value=6.5e8, period="2023", parties=(B, U))],
                 id="each clause its own year"),
    pytest.param("Although the sanctions imposed in 2022 hit logistics, Kazakhstan's exports to Belarus grew by 30% "
                 "last year.", PUBLISHED,
                 [rec("export", period="2023", pct=30.0, parties=(B, K), reporter=K)],
                 id="the subordinate clause's year is not the figure's"),
]

# -- as of, at the end of, by the end of, over the past years, since, annually -----------------------------------

POINTS = [
    pytest.param("As of the end of 2023, Kazakh investment in the Belarusian economy amounted to $160 million.",
                 PUBLISHED, [rec("investment", 1.6e8, "2023", parties=(B, K), reporter=K)], id="as of the end of 2023"),
    pytest.param("At the end of last year, trade between Belarus and Azerbaijan amounted to $420 million.", PUBLISHED,
                 [rec(value=4.2e8, period="2023", parties=(AZ, B))], id="at the end of last year"),
    pytest.param("By the end of 2025 Kazakhstan and Uzbekistan plan to bring their trade turnover to $10 billion.",
                 PUBLISHED, [rec(value=1e10, period="2025", status="target", parties=(K, U))],
                 id="by the end of 2025: a target's year"),
    pytest.param("Over the years of independence, Korean companies have invested more than $8 billion in "
                 "Kazakhstan.", PUBLISHED, [rec("investment", 8e9, parties=(K, "South Korea"), reporter="South Korea")],
                 id="over the years of independence"),
    pytest.param("From 2015 to 2023, the accumulated volume of Kazakh investment in Uzbekistan amounted to $1.3 billion.",
                 PUBLISHED, [rec("investment", 1.3e9, "2015-01/2023-12", parties=(K, U), reporter=K)],
                 id="a year span the tagger cut after 'to'"),
    pytest.param("Since 2020, Belarusian exports to Kazakhstan have grown by 60% and reached $1 billion last year.",
                 PUBLISHED, [rec("export", period=None, pct=60.0, parties=(B, K), reporter=B),
                             rec("export", 1e9, "2023", parties=(B, K), reporter=B)],
                 id="since 2020 the change, last year the amount"),
    pytest.param("Over the past five years, trade between Kazakhstan and Azerbaijan has grown 2.5 times.", PUBLISHED,
                 [rec(factor=2.5, parties=(AZ, K))], id="over the past five years"),
    pytest.param("Since 2015 the volume of Chinese investment in Kazakhstan has exceeded $20 billion.", PUBLISHED,
                 [rec("investment", 2e10, parties=(C, K), reporter=C)], id="since 2015"),
    pytest.param("Belarus and Kazakhstan intend to bring mutual trade to $2 billion annually.", PUBLISHED,
                 [rec(value=2e9, status="target", parties=(B, K))], id="annually is no period"),
    pytest.param("The sides aim to raise trade between Kazakhstan and Tajikistan to $2 billion per year.", PUBLISHED,
                 [rec(value=2e9, status="target", parties=(K, TJ))], id="per year is no period"),
]

# -- change-only records merge with the value record of the same fact, and stay apart otherwise --------------------

CHANGE_ONLY = [
    pytest.param("Trade between Belarus and Kazakhstan grew by 20% in January-June. In the first half of the year it "
                 "reached $640 million.", "2024-07-20",
                 [rec(value=6.4e8, period="2024-01/2024-06", pct=20.0, parties=(B, K))], id="next sentence, same fact"),
    pytest.param("In 2023 mutual trade between Kazakhstan and Uzbekistan rose by 11%. The turnover amounted to $4.4 "
                 "billion.", PUBLISHED,
                 [rec(value=4.4e9, period="2023", pct=11.0, parties=(K, U))], id="the turnover restated"),
    pytest.param("Trade between Belarus and Uzbekistan doubled in 2023 and amounted to $650 million.", PUBLISHED,
                 [rec(value=6.5e8, period="2023", factor=2.0, parties=(B, U))], id="same sentence, doubled"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 20% in 2023. Belarusian exports reached $880 million.",
                 PUBLISHED,
                 [rec(period="2023", pct=20.0, parties=(B, K)),
                  rec("export", 8.8e8, "2023", parties=(B, K), reporter=B)], id="another metric stays apart"),
    pytest.param("In the first quarter, trade between Kazakhstan and China grew by 8%. Last year it reached $41 "
                 "billion.", PUBLISHED,
                 [rec(period="2024-01/2024-03", pct=8.0, parties=(C, K)), rec(value=4.1e10, period="2023",
                                                                               parties=(C, K))],
                 id="another period stays apart"),
]

# -- longer wire copy: several figures, back-references in translated wording, results and deadlines of the year -----

WIRE = [
    pytest.param("In January-August of this year, according to the Bureau of National Statistics, the mutual trade "
                 "turnover between Kazakhstan and Belarus amounted to $702.6 million, which is 4.3% less than in the "
                 "same period of 2023. At the same time, Kazakh exports increased by 1.3 times to $164 million, while "
                 "imports from Belarus decreased by 11.6% to $538.6 million.", AUTUMN,
                 [rec(value=7.026e8, period="2024-01/2024-08", pct=-4.3, parties=(B, K)),
                  rec("export", 1.64e8, "2024-01/2024-08", factor=1.3, parties=(B, K), reporter=K),
                  rec("import", 5.386e8, "2024-01/2024-08", pct=-11.6, parties=(B, K), reporter=K)],
                 id="the lede's months carry to the second sentence's figures"),
    pytest.param("In January-September 2024, Belarusian exports to Uzbekistan reached $390 million. In the specified "
                 "period, imports from Uzbekistan amounted to $120 million.", AUTUMN,
                 [rec("export", 3.9e8, "2024-01/2024-09", parties=(B, U), reporter=B),
                  rec("import", 1.2e8, "2024-01/2024-09", parties=(B, U), reporter=B)], id="in the specified period"),
    pytest.param("Trade between Kazakhstan and Kyrgyzstan totalled $920 million in January-July.\n\nFor the period under "
                 "review, Kazakhstan's exports amounted to $640 million.", "2024-09-01",
                 [rec(value=9.2e8, period="2024-01/2024-07", parties=(K, KG)),
                  rec("export", 6.4e8, "2024-01/2024-07", parties=(K, KG), reporter=K)], id="for the period under review"),
    pytest.param("Trade between Belarus and China amounted to $8.4 billion in 2023. A year earlier, the figure stood at "
                 "$7.9 billion.", PUBLISHED,
                 [rec(value=8.4e9, period="2023", parties=(B, C)), rec(value=7.9e9, period="2022", parties=(B, C))],
                 id="a year earlier, in the next sentence"),
    pytest.param("Speaking at a business forum held in Minsk in June, the minister said that trade between Belarus and "
                 "Kazakhstan in January-April amounted to $410 million.", "2024-06-20",
                 [rec(value=4.1e8, period="2024-01/2024-04", parties=(B, K))], id="the forum's month is not the figure's"),
    pytest.param("In 9M 2024, Kazakhstan's trade with Azerbaijan rose by 21% to $380 million.", AUTUMN,
                 [rec(value=3.8e8, period="2024-01/2024-09", pct=21.0, parties=(AZ, K))], id="9M 2024"),
    pytest.param("Following the results of 2023, the trade turnover between Belarus and Tajikistan amounted to $95 "
                 "million.", PUBLISHED, [rec(value=9.5e7, period="2023", parties=(B, TJ))],
                 id="following the results of 2023"),
    pytest.param("Trade between Kazakhstan and Uzbekistan is expected to exceed $5 billion by the end of the year.",
                 PUBLISHED, [rec(value=5e9, period="2024", status="forecast", parties=(K, U))],
                 id="by the end of the year: a forecast of this year"),
    pytest.param("In the first quarter of this year, compared to the first quarter of 2023, trade between Belarus and "
                 "Uzbekistan rose by 15%.", PUBLISHED,
                 [rec(period="2024-01/2024-03", pct=15.0, parties=(B, U))], id="the base between period and figure"),
    pytest.param("Trade between Kazakhstan and China amounted to $41 billion last year; in 2022 it stood at $31.5 "
                 "billion.", PUBLISHED,
                 [rec(value=4.1e10, period="2023", parties=(C, K)), rec(value=3.15e10, period="2022", parties=(C, K))],
                 id="each side of a semicolon its own year"),
    pytest.param("Mutual trade keeps growing: in January-August it rose by 14% to $560 million, the embassy said, noting "
                 "that in 2022 trade between Belarus and Azerbaijan stood at $700 million.", AUTUMN,
                 [rec(value=5.6e8, period="2024-01/2024-08", pct=14.0, parties=(AZ, B)),
                  rec(value=7e8, period="2022", parties=(AZ, B))],
                 id="the year of a noting-clause is neither the months' year nor takes the months"),
    pytest.param("Over the first three quarters of 2024, the trade turnover between Belarus and Uzbekistan reached $520 "
                 "million.", AUTUMN, [rec(value=5.2e8, period="2024-01/2024-09", parties=(B, U))],
                 id="the first three quarters of 2024"),
    pytest.param("Kazakhstan's exports to Tajikistan amounted to $760 million in the first three quarters, the ministry "
                 "said.", AUTUMN,
                 [rec("export", 7.6e8, "2024-01/2024-09", parties=(K, TJ), reporter=K)], id="the first three quarters"),
    pytest.param("In the nine-month period of 2024, Belarusian exports to Azerbaijan amounted to $240 million.", AUTUMN,
                 [rec("export", 2.4e8, "2024-01/2024-09", parties=(AZ, B), reporter=B)], id="the nine-month period of 2024"),
    pytest.param("During the five-month period, trade between Kazakhstan and Tajikistan rose by 6% to $470 million.",
                 "2024-06-20", [rec(value=4.7e8, period="2024-01/2024-05", pct=6.0, parties=(K, TJ))],
                 id="the five-month period"),
    pytest.param("In 2024 Q1, Kazakhstan's trade with China reached $9.6 billion.", PUBLISHED,
                 [rec(value=9.6e9, period="2024-01/2024-03", parties=(C, K))], id="the year before the quarter"),
    pytest.param("At the end of the first half of the year, trade between Belarus and Azerbaijan reached $190 million.",
                 "2024-08-01", [rec(value=1.9e8, period="2024-01/2024-06", parties=(AZ, B))],
                 id="at the end of the first half of the year, untagged"),
]

CHANGE_ONLY += [
    pytest.param("In 2022 trade between Belarus and Kazakhstan grew by 12%, in 2023 by 4%.", PUBLISHED,
                 [rec(period="2022", pct=12.0, parties=(B, K)), rec(period="2023", pct=4.0, parties=(B, K))],
                 id="gapped changes, each its own year"),
    pytest.param("In 2022 exports from Belarus to Kazakhstan increased to $900 million, in 2023 to $1 billion.", PUBLISHED,
                 [rec("export", 9e8, "2022", parties=(B, K), reporter=B), rec("export", 1e9, "2023", parties=(B, K),
                                                                            reporter=B)],
                 id="gapped amounts after 'to', each its own year"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan grew by 3.7%. Exports increased by 10%, imports fell by 2%.",
                 PUBLISHED,
                 [rec(period="2023", pct=3.7, parties=(B, K)), rec("export", period="2023", pct=10.0, parties=(B, K)),
                  rec("import", period="2023", pct=-2.0, parties=(B, K))],
                 id="each change the sign of its own verb, not the next clause's"),
    pytest.param("Last year Kazakhstan's imports from Uzbekistan fell by 4%, exports rose by 9%.", PUBLISHED,
                 [rec("import", period="2023", pct=-4.0, parties=(K, U), reporter=K),
                  rec("export", period="2023", pct=9.0, parties=(K, U), reporter=K)],
                 id="a fall, then a rise"),
    pytest.param("In January-May 2024 Belarusian exports to Uzbekistan increased by 25.4%. Their volume reached $210 "
                 "million.", PUBLISHED,
                 [rec("export", 2.1e8, "2024-01/2024-05", pct=25.4, parties=(B, U), reporter=B)],
                 id="their volume: the same exports"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 20%. In January-June it reached $640 million, the "
                 "ministry said.", "2024-08-01",
                 [rec(value=6.4e8, period="2024-01/2024-06", pct=20.0, parties=(B, K))],
                 id="an undated change and the dated amount after it"),
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. Compared to 2022, it increased "
                 "by 18%.", PUBLISHED, [rec(value=4.4e9, period="2023", pct=18.0, parties=(K, U))],
                 id="the change after the amount, of the base before it"),
    pytest.param("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. The growth amounted to 18%.",
                 PUBLISHED, [rec(value=4.4e9, period="2023", pct=18.0, parties=(K, U))], id="the growth amounted to"),
    pytest.param("Last year trade between Belarus and Kazakhstan grew by 9%. In January-March 2024 it reached $300 "
                 "million.", PUBLISHED,
                 [rec(period="2023", pct=9.0, parties=(B, K)), rec(value=3e8, period="2024-01/2024-03", parties=(B, K))],
                 id="last year's growth and this quarter's value"),
]


@pytest.mark.parametrize("text, published, expected", CARRY + BACK_REFERENCES + BASES + HEADLINES + POINTS + WIRE + CHANGE_ONLY)
def test_period_scope(text, published, expected):
    assert trade(text, published) == expected
