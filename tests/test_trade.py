"""Trade records: one specification per pattern family (sentence in, exact record out)."""
import pytest

import kazbel_extract
from kazbel_extract.events.period_parsing import parse_period

BK = ["Belarus", "Kazakhstan"]


def trade(text, published=None):
    article = kazbel_extract.extract(text, published=published)
    return [{k: v for k, v in e.to_dict().items() if k not in ("evidence", "sources")}
            for e in article.events if e.type == "trade"]


def record(metric="turnover", value=None, period=None, change_pct=None, change_factor=None, status="actual",
           parties=BK, reporter=None, qualifier=None, currency="USD"):
    return {"type": "trade", "metric": metric, "value": value, "currency": currency if value else None,
            "period": period, "change_pct": change_pct, "change_factor": change_factor, "status": status,
            "parties": parties, "reporter": reporter, "qualifier": qualifier}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param("In 2016, the trade between Belarus and Kazakhstan totaled $419.1 million.", None,
                     [record(value=419100000.0, period="2016")], id="value and year"),
        pytest.param("MINSK (BelTA) - Trade between Belarus and Kazakhstan in January-May 2021 amounted to "
                     "$412.5 million.", None, [record(value=412500000.0, period="2021-01/2021-05")],
                     id="a capital Trade right after the dateline is the metric, not a name"),
        pytest.param("In January-September 2023 Belarus-Kazakhstan trade totaled $910.5 million, 14.2% up from the "
                     "same period of last year.", "2023-11-02",
                     [record(value=910500000.0, period="2023-01/2023-09", change_pct=14.2)],
                     id="month span, change against a comparison date"),
        pytest.param("In Q2 2019 trade between Belarus and Kazakhstan fell by 4.1 percent to $212 million.", None,
                     [record(value=212000000.0, period="2019-04/2019-06", change_pct=-4.1)], id="quarter, fall"),
        pytest.param("Bilateral trade in the first half of 2021 made up $480 million, or 107.5% as against 2020.",
                     None, [record(value=480000000.0, period="2021-01/2021-06", change_pct=7.5, parties=[])],
                     id="level ratio above 100"),
        pytest.param("Belarus' export to Kazakhstan totaled $423.9 million in January-June 2021, or 126.6% "
                     "year-on-year.", None, [record("export", 423900000.0, "2021-01/2021-06", change_pct=26.6,
                                                    reporter="Belarus")], id="or N% year-on-year: a level ratio"),
        pytest.param("Trade between Belarus and Kazakhstan reached $1.1 billion in 2021, or 130% of the 2020 level.",
                     None, [record(value=1.1e9, period="2021", change_pct=30.0)], id="of the <year> level"),
        pytest.param("In 10 months of this year Belarus-Kazakhstan trade totaled $700 million, which was 83.2% as of "
                     "the same period a year before.", "2019-11-29",
                     [record(value=700000000.0, period="2019-01/2019-10", change_pct=-16.8)],
                     id="months of this year, level ratio below 100"),
        pytest.param("In 2020, mutual trade amounted to $842.6 million (96.8% compared to 2019). In the fourth "
                     "quarter it made up $220 million.", None,
                     [record(value=842600000.0, period="2020", change_pct=-3.2, parties=[]),
                      record(value=220000000.0, period="2020-10/2020-12", parties=[])],
                     id="level ratio in brackets; a compared year is not the year in force"),
        pytest.param("In 2020 trade between Belarus and Kazakhstan amounted to $853.4 million (-3.2%), while "
                     "Kazakhstan accounted for 5.6% of Belarus' exports.", None,
                     [record(value=853400000.0, period="2020", change_pct=-3.2)],
                     id="a written sign; a share is no change"),
        pytest.param("Last year trade between Belarus and Kazakhstan showed a decline of almost 30%.", "2016-03-17",
                     [record(period="2015", change_pct=-30.0, qualifier="almost")], id="change without an amount"),
    ],
)
def test_reported_figures(text, published, expected):
    assert trade(text, published) == expected


def test_bracketed_changes_belong_to_their_amounts_and_reporter_carries():
    text = ("In January-September 2018 Belarus' export to Kazakhstan amounted to $539.2 million (45.8% up), with import at "
            "$71.3 million (31.3% up).")
    assert trade(text) == [
        record("export", 539200000.0, "2018-01/2018-09", 45.8, reporter="Belarus"),
        record("import", 71300000.0, "2018-01/2018-09", 31.3, reporter="Belarus"),
    ]


def test_factors_and_reporter_from_the_direction_of_trade():
    text = ("In 2017 exports from Kazakhstan to Belarus increased twice to $95.5 million, while imports rose by "
            "1.5 times, amounting to $508.6 million.")
    assert trade(text) == [
        record("export", 95500000.0, "2017", change_factor=2.0, reporter="Kazakhstan"),
        record("import", 508600000.0, "2017", change_factor=1.5, reporter="Kazakhstan"),
    ]


def test_imports_from_a_country_are_the_other_sides_imports():
    assert trade("In 2023 imports from Belarus rose by 9.8 percent to $520.2 million, Kazakh statistics say.") == [
        record("import", 520200000.0, "2023", 9.8, reporter="Kazakhstan")]


def test_factors_written_as_fold():
    assert trade("In 2021 Belarus-Kazakhstan trade turnover grew 1.5-fold and reached $1.3 billion, while "
                 "exports of vegetable oils to Kazakhstan increased eightfold.") == [
        record(value=1.3e9, period="2021", change_factor=1.5),
        record("export", period="2021", change_factor=8.0, reporter="Belarus"),
    ]


def test_investment_reporter_is_the_investing_side():
    assert trade("In 2018 Kazakhstan's investments in the Belarusian economy exceeded $18.8 million (up 4.8 times "
                 "from the level of 2017).") == [
        record("investment", 18800000.0, "2018", change_factor=4.8, reporter="Kazakhstan", qualifier="over")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus and Kazakhstan should secure a trade turnover of at least $1 billion in 2020.",
                     record(value=1e9, period="2020", status="target", qualifier="at least"), id="should: target"),
        pytest.param("Belarus and Kazakhstan intend to raise their bilateral trade turnover to about $1 billion in "
                     "2019.", record(value=1e9, period="2019", status="target", qualifier="about"),
                     id="intend to raise: target"),
        pytest.param("The two heads of state have targeted $2 billion in bilateral trade between Belarus and "
                     "Kazakhstan by 2025.", record(value=2e9, period="2025", status="target"), id="targeted"),
        pytest.param("Trade between Belarus and Kazakhstan may reach $1 billion in 2019.",
                     record(value=1e9, period="2019", status="forecast"), id="may reach: forecast"),
        pytest.param("Experts expect trade between Belarus and Kazakhstan to get close to $1.3 billion in 2024.",
                     record(value=1.3e9, period="2024", status="forecast", qualifier="close to"),
                     id="expected to get close to: forecast"),
        pytest.param("In the first quarter of 2022, trade between Belarus and Kazakhstan went up by 25.7% to reach "
                     "$271 million.", record(value=2.71e8, period="2022-01/2022-03", change_pct=25.7),
                     id="went up to reach: the result of a change is actual"),
    ],
)
def test_targets_and_forecasts(text, expected):
    assert trade(text) == [expected]


def test_a_goal_verb_for_a_period_over_before_publication_reports_what_trade_reached():
    text = "Belarus is Kazakhstan's sixth largest trading partner, with trade reaching $1.3 billion in {year}."
    assert trade(text.format(year=2023), "2024-03-19") == [record(value=1.3e9, period="2023")]
    assert trade(text.format(year=2025), "2024-03-19") == [record(value=1.3e9, period="2025", status="target")]


def test_regional_and_cis_parties():
    assert trade("In 2016 the trade turnover between Brest Oblast and Kazakhstan totaled $40 million, with "
                 "Belarusian export as high as $38.5 million.") == [
        record(value=4e7, period="2016", parties=["Brest Oblast", "Kazakhstan"]),
        record("export", 3.85e7, "2016", parties=["Brest Oblast", "Kazakhstan"], reporter="Brest Oblast"),
    ]
    assert trade("Trade turnover between the CIS countries rose by 25 percent in 2017, to $164 billion.") == [
        record(value=1.64e11, period="2017", change_pct=25.0, parties=["CIS"])]


def test_a_restated_figure_is_one_record():
    text = ("Last year, bilateral trade between Belarus and Kazakhstan reached $1.1 billion. "
            "Trade between Belarus and Kazakhstan in 2014 amounted to $1.1 billion.")
    assert trade(text) == [record(value=1.1e9, period="2014")]


@pytest.mark.parametrize(
    "text",
    [
        "The trade mission resulted in export contracts worth over $44.1 million for Belarus and Kazakhstan.",
        "Trade between Belarus and Kazakhstan is growing. The economy of Kazakhstan grew by 4.5% in 2023.",
        "Kazakhstan exports grain to many markets, and the new plant, which will employ 500 people, will cost "
        "the investors and the regional budget of Kostanay Region $120 million.",
        "The total cost of the joint projects in trade and industry is put at $1.5 billion.",
        "Kazakhstan exports grain to Belarus; the grain is priced at $200 per tonne.",
        "The sides discussed trade and signed investment agreements worth $2 billion.",
    ],
)
def test_figures_that_are_not_trade(text):
    assert trade(text) == []


def test_evidence_and_sources_slice_the_original_text():
    text = " date 2018-10-31 MINSK. KAZINFORM - In 2017 Belarus-Kazakhstan trade totaled $690.8 million, 64.8% up."
    (figure,) = [e for e in kazbel_extract.extract(text).events if e.type == "trade"]
    assert text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    assert figure.evidence.text.startswith("In 2017")
    assert {s.text for s in figure.sources} == {"$690.8 million", "64.8%", "2017"}
    assert all(text[s.start : s.end] == s.text for s in figure.sources)


@pytest.mark.parametrize(
    "text, published, context_year, period",
    [
        ("2016", None, None, "2016"),
        ("January-September 2018", None, None, "2018-01/2018-09"),
        ("Q2 2019", None, None, "2019-04/2019-06"),
        ("the first half of 2019", None, None, "2019-01/2019-06"),
        ("10 months of this year", "2022-11-29", None, "2022-01/2022-10"),
        ("the first nine months of 2017", None, None, "2017-01/2017-09"),
        ("last year", "2022-11-29", None, "2021"),
        ("last year", None, None, None),
        ("2016 and Q1 2017", None, None, "2016-01/2017-03"),
        ("January-April", None, 2019, "2019-01/2019-04"),
        ("January through December 2023", None, None, "2023"),
        ("January 2020", None, None, "2020-01"),
        ("the past three years", None, None, None),
        ("the coming years", "2021-11-15", None, None),
        ("the coming year", "2021-11-15", None, "2022"),
        ("16 March", None, 2018, None),
    ],
)
def test_periods(text, published, context_year, period):
    assert parse_period(text, published, context_year) == period


# -- periods: one clause-level rule set (issue 11, family 3) ----------------------------------------------

@pytest.mark.parametrize(
    "text, published, periods",
    [
        pytest.param("From 2015 to 2023 trade between Belarus and Kazakhstan grew by 60%.", None,
                     ["2015-01/2023-12"], id="year span"),
        pytest.param("Between 2018 and 2022 trade between Belarus and Kazakhstan rose by 35%.", None,
                     ["2018-01/2022-12"], id="year span with between"),
        pytest.param("From 2015 to 2023 trade between Belarus and Kazakhstan grew from $600 million to $1.2 billion.",
                     None, ["2015", "2023"], id="amounts at the two ends of a span"),
        pytest.param("Since 2010 Kazakh companies have invested $600 million in Belarus.", None, [None],
                     id="since: cumulative, no period"),
        pytest.param("Trade between Belarus and Kazakhstan reached $1.2 billion in 2023, a rise of 8% on the year "
                     "before.", "2024-02-01", ["2023"], id="on the year before: a base"),
        pytest.param("Trade between Belarus and Kazakhstan grew by 15% compared with 2020.", None, [None],
                     id="compared with a year: a base, no period"),
        pytest.param("Belarus' exports to Kazakhstan were 10% higher than a year earlier.", "2024-02-01", [None],
                     id="than a year earlier: a base"),
        pytest.param("In 2022 the sides signed a roadmap. This year trade between Belarus and Kazakhstan has grown "
                     "by 20%.", "2024-06-01", ["2024"], id="this year beats an earlier year"),
        pytest.param("In 2022 the sides signed a roadmap.\n\nOver the first five months trade between Belarus and "
                     "Kazakhstan rose 9% to $480 million.", "2024-06-20", ["2024-01/2024-05"],
                     id="a year-less period is of the year of publication, not of an earlier paragraph"),
        pytest.param("In 2020 trade between Belarus and Kazakhstan was $900 million. In the fourth quarter it made up "
                     "$250 million.", "2024-06-20", ["2020", "2020-10/2020-12"],
                     id="a year-less period is of the year in force in its paragraph"),
        pytest.param("The sides adopted a programme of cooperation through 2026. In January-June trade between "
                     "Belarus and Kazakhstan grew 9%.", None, [None], id="a deadline sets no period"),
        pytest.param("In 2022, trade between Belarus and Kazakhstan was $1.1 billion, and in 2023 - $1.3 billion.",
                     None, ["2022", "2023"], id="a date in another conjunct is that conjunct's"),
        pytest.param("In 2022 trade between Belarus and Kazakhstan stood at $1.1 billion, while in 2023 it reached "
                     "$1.3 billion.", None, ["2022", "2023"], id="a date of each clause"),
        pytest.param("Trade between Belarus and Kazakhstan totalled $1.3 billion last year. In January-March this year "
                     "it reached $300 million.", "2024-05-01", ["2023", "2024-01/2024-03"],
                     id="months and an untagged 'this year' are one period"),
        pytest.param("Trade between Belarus and Kazakhstan grew by 23.4% in January-October and amounted to "
                     "$1.1 billion.", "2024-05-01", ["2023-01/2023-10"],
                     id="year-less months not over at publication are last year's"),
        pytest.param("Trade between Belarus and Kazakhstan grew by 3% in January-February.", "2024-05-01",
                     ["2024-01/2024-02"], id="year-less months over at publication are this year's"),
    ],
)
def test_periods_of_figures(text, published, periods):
    assert [r["period"] for r in trade(text, published)] == periods


@pytest.mark.parametrize(
    "text, periods",
    [
        pytest.param("Results of the first quarter of 2024 were reviewed. Trade between Belarus and Kazakhstan "
                     "reached $310 million.", ["2024-01/2024-03"], id="a period stated without a figure carries"),
        pytest.param("In the first half of 2023 trade between Belarus and Kazakhstan reached $600 million. The "
                     "ministers also discussed logistics. Belarus' exports came to $450 million.",
                     ["2023-01/2023-06", "2023-01/2023-06"], id="carries through the paragraph"),
        pytest.param("Results of the first quarter of 2024 were reviewed.\n\nTrade between Belarus and Kazakhstan "
                     "reached $310 million.", [None], id="no carry across a blank line"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan reached $1.1 billion.\n\nIn this period Belarus' "
                     "exports to Kazakhstan amounted to $900 million.", ["2023", "2023"],
                     id="in this period: the last period stated"),
        pytest.param("In January-April 2024 trade between Belarus and Kazakhstan reached $400 million. Over the "
                     "same period of 2023 it stood at $350 million.", ["2024-01/2024-04", "2023-01/2023-04"],
                     id="the same period of a year: moved to that year"),
        pytest.param("In January-April 2024 trade between Belarus and Kazakhstan reached $400 million. In the "
                     "same period last year it was $350 million.", ["2024-01/2024-04", "2023-01/2023-04"],
                     id="the same period last year: one year back"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan reached $1.5 billion ($1.3 billion over the same "
                     "period of 2022).", ["2023", "2022"], id="a bracketed date is the bracketed amount's"),
        pytest.param("In 2022 trade between Belarus and Kazakhstan fell by 10%. Since the beginning of 2023 it has been "
                     "recovering. In January-April trade reached $400 million.", ["2022", "2023-01/2023-04"],
                     id="since the beginning of a year: the year of the months after it"),
    ],
)
def test_periods_across_sentences(text, periods):
    assert [r["period"] for r in trade(text, "2024-06-01")] == periods


# -- figures whatever the verb; anaphora; gapping; spelled-out sums (family 5) ------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In 2023 Belarus' exports to Kazakhstan sank 12% to $500 million.",
                     [("export", 5e8, -12.0)], id="sank"),
        pytest.param("In 2023 Kazakhstan's imports from Belarus slid 4% to $120 million.",
                     [("import", 1.2e8, -4.0)], id="slid"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan stood at $1.3 billion.",
                     [("turnover", 1.3e9, None)], id="stood at"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan leapt 30% to $1.3 billion.",
                     [("turnover", 1.3e9, 30.0)], id="leapt"),
        pytest.param("Exports from Belarus to Kazakhstan came to $900 million and imports to $300 million.",
                     [("export", 9e8, None), ("import", 3e8, None)], id="gapped clause"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan totalled two billion US dollars.",
                     [("turnover", 2e9, None)], id="spelled-out sum"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. In 2024 it climbed to "
                     "$1.4 billion.", [("turnover", 1.2e9, None), ("turnover", 1.4e9, None)], id="it"),
        pytest.param("In 2023 Belarus' exports to Kazakhstan were $900 million. In 2024 the figure rose to "
                     "$950 million.", [("export", 9e8, None), ("export", 9.5e8, None)], id="the figure"),
        pytest.param("Last year trade between Belarus and Kazakhstan rose by 9%, exports by 11% and imports by 4%.",
                     [("turnover", None, 9.0), ("export", None, 11.0), ("import", None, 4.0)],
                     id="gapped changes"),
        pytest.param("In 2022 trade between Kazakhstan and Russia amounted to $28 billion, of which exports - $9 "
                     "billion, imports - $19 billion.",
                     [("turnover", 2.8e10, None), ("export", 9e9, None), ("import", 1.9e10, None)],
                     id="of which: each part's metric is written before it"),
        pytest.param("The first half of 2023 saw a 20% increase in trade between Kazakhstan and Russia.",
                     [("turnover", None, 20.0)], id="a time as the subject"),
        pytest.param("Trade turnover growth between Belarus and Kazakhstan amounted to 15% in 2022.",
                     [("turnover", None, 15.0)], id="the sign of a change noun subject"),
        pytest.param("In 2022 trade between Kazakhstan and Russia reached 716 billion rubles ($8.7 billion).",
                     [("turnover", 7.16e11, None)], id="one figure in two currencies"),
        pytest.param("In 2022 trade between Kazakhstan and Russia exceeded 6.5 trillion tenge or almost $19 billion.",
                     [("turnover", 6.5e12, None)], id="two currencies joined by or"),
        pytest.param("Trade between Kazakhstan and Russia reached 2 trillion rubles ($24 billion), or 13 trillion tenge.",
                     [("turnover", 2e12, None)], id="three currencies"),
        pytest.param("Korea's exports to Kazakhstan hit 1.9 trillion won, or $1.4 billion (1.3 billion euros), last year.",
                     [("export", 1.9e12, None)], id="three currencies, the first in words"),
        pytest.param("Kazakhstan and Belarus: trade up 15 percent in 2022.", [("turnover", None, 15.0)],
                     id="countries as the subject"),
        pytest.param("In 2022 Kazakhstan-Belarus trade showed a 15-percent growth.", [("turnover", None, 15.0)],
                     id="a hyphenated percentage"),
        pytest.param("Trade in services between Belarus and Kazakhstan rose 6% in 2022.", [("services", None, 6.0)],
                     id="trade in services"),
        pytest.param("In 2022 Belarus' exports of goods and services to Kazakhstan rose 9%.", [("export", None, 9.0)],
                     id="services alone is no metric"),
        pytest.param("In 2023 the trade balance between Belarus and Kazakhstan stood at $200 million.",
                     [("surplus", 2e8, None)], id="a trade balance is a surplus"),
    ],
)
def test_figures_whatever_the_verb(text, expected):
    assert [(r["metric"], r["value"], r["change_pct"]) for r in trade(text)] == expected


def test_a_pronoun_takes_no_metric_across_a_blank_line():
    text = "In 2023 trade between Belarus and Kazakhstan was $1.2 billion.\n\nIn 2024 it cost $40 million."
    assert [r["value"] for r in trade(text)] == [1.2e9]


# -- one fact, one record (family 2) -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Trade between Belarus and Kazakhstan doubled in the first half of 2024. It reached $800 million in "
        "January-June 2024.",
        "Trade between Belarus and Kazakhstan doubled in the first half of 2024, reaching $800 million.",
        "In January-June 2024 trade between Belarus and Kazakhstan reached $800 million. In the first half of 2024 "
        "trade between Belarus and Kazakhstan doubled.",
    ],
)
def test_a_change_and_the_amount_of_the_same_fact_are_one_record(text):
    assert trade(text) == [record(value=8e8, period="2024-01/2024-06", change_factor=2.0)]


def test_changes_of_other_periods_stay_apart():
    text = "Trade between Belarus and Kazakhstan doubled in 2022. It reached $800 million in 2023."
    assert [(r["value"], r["change_factor"], r["period"]) for r in trade(text)] == [
        (None, 2.0, "2022"), (8e8, None, "2023")]


# -- parties from the text only (family 6) -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, parties",
    [
        pytest.param("In 2023 trade between Kazakhstan and Uzbekistan reached $4.5 billion.",
                     ["Kazakhstan", "Uzbekistan"], id="the clause's countries"),
        pytest.param("Kazakhstan and China agreed on new routes.\n\nIn 2023 trade reached $41 billion.",
                     ["China", "Kazakhstan"], id="else the lede's"),
        pytest.param("In 2023 trade reached $41 billion.", [], id="none named: none, never a default pair"),
        pytest.param("In 2023 trade between Kazakhstan and the EU reached $40 billion.",
                     ["European Union", "Kazakhstan"], id="a bloc as one side"),
        pytest.param("In 2023 Belarus' trade with the EAEU countries grew to $40 billion.", ["Belarus", "Eurasian Economic Union"],
                     id="a country's trade with a bloc"),
        pytest.param("In 2023 trade between the CIS countries reached $200 billion.", ["CIS"],
                     id="trade within a bloc"),
        pytest.param("Trade between the two countries amounted to $1.2 billion in 2023, Kazakh Trade Minister Arman "
                     "Shakkaliyev said.", [], id="a speaker's nationality is no side"),
        pytest.param("Belarusian Ambassador Pavel Utyupin met the akim.\n\nIn 2023 trade with Kazakhstan reached "
                     "$1.2 billion.", ["Kazakhstan"], id="nor a side of the lede"),
        pytest.param("Kazakhstan and China agreed on new routes. In 2023 Kazakhstan's exports grew to $15 billion.",
                     ["China", "Kazakhstan"], id="a side left out comes from the lede"),
    ],
)
def test_parties_come_from_the_text(text, parties):
    assert [r["parties"] for r in trade(text)] == [parties]


@pytest.mark.parametrize(
    "text, reporter",
    [
        pytest.param("In 2023 exports of Belarus to Kazakhstan amounted to $900 million.", "Belarus", id="of"),
        pytest.param("In 2023 Kazakhstan exported goods worth $300 million to Belarus.", "Kazakhstan",
                     id="the subject of an export verb"),
        pytest.param("In 2023 South Korea invested $400 million in Kazakhstan.", "South Korea",
                     id="the investing side"),
        pytest.param("In 2023 investment from Kazakhstan in Belarus reached $50 million.", "Kazakhstan",
                     id="investment from"),
        pytest.param("In 2023 Kazakhstan increased its exports to Uzbekistan by 25%.", "Kazakhstan",
                     id="the subject of the verb whose object is the export"),
        pytest.param("In 2023 Belarus shipped 20% more goods to Kazakhstan.", "Belarus", id="an export verb"),
    ],
)
def test_reporter(text, reporter):
    assert [r["reporter"] for r in trade(text)] == [reporter]


# -- status from the clause (family 5 of the status words) ---------------------------------------------------

@pytest.mark.parametrize(
    "text, status",
    [
        ("The sides aim to raise trade between Belarus and Kazakhstan to $3 billion by 2030.", "target"),
        ("The sides set a target of $3 billion in trade between Belarus and Kazakhstan.", "target"),
        ("Belarus and Kazakhstan must bring their trade to $2 billion.", "target"),
        ("Trade between Belarus and Kazakhstan is expected to reach $2 billion in 2025.", "forecast"),
        ("Trade between Belarus and Kazakhstan will likely exceed $2 billion in 2025.", "forecast"),
        ("Trade between Belarus and Kazakhstan is projected to hit $2 billion in 2025.", "forecast"),
        ("In 2023 trade between Belarus and Kazakhstan jumped 20% to reach $2 billion.", "actual"),
        ("In 2023 trade between Belarus and Kazakhstan has reached $2 billion.", "actual"),
        ("Trade between Belarus and Kazakhstan was estimated at $1 billion in 2023.", "actual"),
        ("Trade between Belarus and Kazakhstan is estimated to reach $1 billion in 2025.", "forecast"),
    ],
)
def test_status_from_the_clause(text, status):
    assert [r["status"] for r in trade(text, "2024-06-01")] == [status]


# -- a change stated after its figure, about "this figure", "it", "the volume" (family 2) -------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. This figure increased by 4% "
                     "compared to the same period of 2022.", id="this figure increased"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. It is 4% more than a year "
                     "earlier.", id="it is N% more than a year earlier"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. The volume rose by 4% "
                     "year-on-year.", id="the volume rose"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. That is an increase of 4% on "
                     "2022.", id="an increase on a year: the year is the base"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan was $1.2 billion. Compared to 2022, the indicator "
                     "went up by 4%.", id="the indicator went up"),
    ],
)
def test_a_change_about_the_figure_before_it_is_merged_into_it(text):
    assert trade(text, "2024-03-01") == [record(value=1.2e9, period="2023", change_pct=4.0)]


def test_a_change_about_a_figure_without_period_gives_it_the_compared_period():
    text = ("In January-April 2024 trade between Belarus and Kazakhstan reached $400 million.\n\nBelarus' exports "
            "totalled $300 million. This figure rose by 5% compared to the same period of 2023.")
    assert [(r["value"], r["period"], r["change_pct"]) for r in trade(text, "2024-05-20")] == [
        (4e8, "2024-01/2024-04", None), (3e8, "2024-01/2024-04", 5.0)]


def test_an_amount_compared_with_is_the_figure_of_the_compared_period():
    text = ("In January-April 2024 Belarus' exports to Kazakhstan totalled $300 million, up 5% compared to "
            "$285 million over the same period of 2023.")
    assert [(r["value"], r["period"], r["change_pct"]) for r in trade(text, "2024-05-20")] == [
        (3e8, "2024-01/2024-04", 5.0), (2.85e8, "2023-01/2023-04", None)]


def test_a_change_of_another_period_is_not_merged():
    text = "In 2023 trade between Belarus and Kazakhstan was $1.2 billion. In 2024 it rose by 10%."
    assert [(r["value"], r["period"], r["change_pct"]) for r in trade(text, "2025-03-01")] == [
        (1.2e9, "2023", None), (None, "2024", 10.0)]


# -- a headline's period reaches its lede (family 3) ----------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus-Kazakhstan trade up 12% in January-May 2024\n\nMINSK (BelTA) - Trade between Belarus "
                     "and Kazakhstan reached $500 million, BelTA learned from the Foreign Ministry.",
                     [record(value=5e8, period="2024-01/2024-05", change_pct=12.0)],
                     id="the headline's change and period are the lede's figure"),
        pytest.param("Kazakhstan, Uzbekistan trade grows in Q1 2024\n\nASTANA. KAZINFORM - Trade turnover between "
                     "Kazakhstan and Uzbekistan reached $1 billion, up 7% year-on-year.",
                     [record(value=1e9, period="2024-01/2024-03", change_pct=7.0, parties=["Kazakhstan", "Uzbekistan"])],
                     id="a headline period without a figure"),
        pytest.param("Kazakhstan, Uzbekistan trade grows in Q1 2024\n\nASTANA. KAZINFORM - The ministers met in "
                     "Tashkent.\n\nTrade turnover between Kazakhstan and Uzbekistan reached $1 billion.",
                     [record(value=1e9, parties=["Kazakhstan", "Uzbekistan"])],
                     id="no further than the lede"),
    ],
)
def test_a_headline_period_reaches_the_lede(text, expected):
    assert trade(text, "2024-04-20") == expected


# -- what is not trade between sides: a company's turnover, transport and retail turnover ---------------------

@pytest.mark.parametrize(
    "text",
    [
        "The turnover of the Belarusian company Amkodor in Kazakhstan reached $50 million in 2023.",
        "Trade between Belarus and Kazakhstan is growing. Last year the company's turnover grew by 15% to $80 million.",
        "Trade between Belarus and Kazakhstan is growing. The joint venture's turnover amounted to $25 million in 2023.",
        "In 2023 the volume of cargo turnover between Belarus and Kazakhstan rose 12%.",
        "Trade between Belarus and Kazakhstan grew. Freight turnover on the route rose by 10%.",
        "In 2023 retail turnover in Kazakhstan rose 8% to $40 billion.",
        "Passenger turnover between Minsk and Astana increased by 20% in 2023.",
        "Belarusian exports to Kazakhstan are growing. MTZ's sales in Kazakhstan rose by 12% to $120 million in 2023.",
        "Belarusian exports to Kazakhstan are growing. In 2023 the holding's revenue from exports exceeded $60 million.",
        "In 2023 the profit of Kazakh exporters to Belarus reached $15 million.",
    ],
)
def test_turnover_that_is_not_trade_between_sides(text):
    assert trade(text, "2024-03-01") == []


# -- chained and gapped clauses (family 5) ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In 2023 Belarus' exports to Kazakhstan reached $900 million and imports $300 million.",
                     [("export", 9e8, None), ("import", 3e8, None)], id="the verb gapped"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan grew by 12%, including exports - by 30% and "
                     "imports - by 42%.", [("turnover", None, 12.0), ("export", None, 30.0), ("import", None, 42.0)],
                     id="including, dashes for the verb"),
        pytest.param("In 2023 trade between Belarus and Kazakhstan reached $1.2 billion, with exports at $900 million "
                     "and imports at $300 million.",
                     [("turnover", 1.2e9, None), ("export", 9e8, None), ("import", 3e8, None)], id="with ... at"),
        pytest.param("In 2023 trade between Kazakhstan and Uzbekistan amounted to $4.5 billion: exports totalled $3 "
                     "billion, imports $1.5 billion.",
                     [("turnover", 4.5e9, None), ("export", 3e9, None), ("import", 1.5e9, None)], id="after a colon"),
        pytest.param("In 2023 Kazakhstan's exports to Belarus rose 10% to $300 million, and imports 5% to $900 million.",
                     [("export", 3e8, 10.0), ("import", 9e8, 5.0)], id="change and amount gapped together"),
    ],
)
def test_chained_gapped_clauses(text, expected):
    assert [(r["metric"], r["value"], r["change_pct"]) for r in trade(text, "2024-03-01")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus' exports to Kazakhstan totalled $300 million. This figure rose by 5% compared to $285 million over "
        "the same period of 2023.",
        "Belarus' exports to Kazakhstan totalled $300 million. The figure grew 5%, against $285 million in the same "
        "period of 2023.",
    ],
)
def test_a_change_goes_to_the_figure_not_to_the_amount_it_is_compared_with(text):
    text = "In January-April 2024 trade between Belarus and Kazakhstan reached $400 million.\n\n" + text
    assert [(r["value"], r["period"], r["change_pct"], r["reporter"]) for r in trade(text, "2024-05-20")] == [
        (4e8, "2024-01/2024-04", None, None), (3e8, "2024-01/2024-04", 5.0, "Belarus"),
        (2.85e8, "2023-01/2023-04", None, "Belarus")]


def test_a_bare_change_takes_no_trade_context_across_a_blank_line():
    text = "Belarus and Kazakhstan discussed trade and investment.\n\nLast year freight on the route rose 65%."
    assert trade(text, "2024-03-01") == []


# -- the reporter of a figure stated in the first person: the speaker's country --------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('"We have increased our exports to Kazakhstan by 20% this year," Belarusian Prime Minister Roman '
                     'Golovchenko said.', [("Belarus", ["Belarus", "Kazakhstan"])], id="our exports, said after"),
        pytest.param("First Deputy Prime Minister of Kazakhstan Roman Sklyar said that last year we doubled our "
                     "supplies of grain to Belarus.", [("Kazakhstan", ["Belarus", "Kazakhstan"])],
                     id="we doubled our supplies, said before"),
        pytest.param('Kazakh Trade Minister Arman Shakkaliyev noted the growth.\n\n"Our exports to Uzbekistan reached '
                     '$3 billion in 2023," he said.', [("Kazakhstan", ["Kazakhstan", "Uzbekistan"])],
                     id="the speaker titled in an earlier sentence"),
        pytest.param('"Last year our exports to Kazakhstan grew by 12%," the minister said. Belarusian Ambassador '
                     'Pavel Utyupin met the akim.', [(None, ["Kazakhstan"])], id="nobody titled before: unknown"),
    ],
)
def test_first_person_reporter_is_the_speakers_country(text, expected):
    assert [(r["reporter"], r["parties"]) for r in trade(text, "2024-05-01")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("According to the Bureau of National Statistics of Kazakhstan, exports to Uzbekistan reached "
                     "$3 billion in 2023.", ("Kazakhstan", ["Kazakhstan", "Uzbekistan"]), id="according to a body"),
        pytest.param("Exports to Belarus amounted to $500 million in 2023, the Kazakh Ministry of Trade reported.",
                     ("Kazakhstan", ["Belarus", "Kazakhstan"]), id="a body reports"),
        pytest.param("According to the National Statistics Committee of Belarus, trade with Kazakhstan rose by 8% in "
                     "2023.", (None, ["Belarus", "Kazakhstan"]), id="a body's country is a side of the turnover"),
    ],
)
def test_a_cited_body_reports_its_own_countrys_trade(text, expected):
    assert [(r["reporter"], r["parties"]) for r in trade(text, "2024-05-01")] == [expected]
