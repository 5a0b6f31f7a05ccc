"""Trade figures in the written forms wire stories use for amounts, changes and periods: spelled-out compound sums,
spaced signs, spans of years joined by "and" or written as one token, months the tagger cut, fiscal-year
shorthands, and an amount a source reports through a pronoun. Sentences written for this file; records per
GUIDELINES.md."""
import pytest

from kazbel_extract.values import parse_money, parse_percent
from test_trade_families import B, K, KG, R, U, rec, trade

# -- sums spelled out in words, with a remainder in a smaller scale -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("two billion three hundred million dollars", 2_300_000_000.0),
    ("one billion two hundred and fifty million US dollars", 1_250_000_000.0),
    ("one billion and four hundred million dollars", 1_400_000_000.0),
    ("three billion twenty million dollars", 3_020_000_000.0),
    ("1 billion 300 million dollars", 1_300_000_000.0),
    ("$2 billion 150 million", 2_150_000_000.0),
    ("seven billion tenge", 7_000_000_000.0),
])
def test_sums_with_a_remainder_in_words_or_digits(text, value):
    assert parse_money(text)[0] == value


def test_a_remainder_as_large_as_its_scale_is_no_sum():
    assert parse_money("two billion three billion dollars")[0] is None


@pytest.mark.parametrize("text, value", [
    ("Kazakhstan's exports to Uzbekistan reached two billion three hundred million dollars in 2023.", 2_300_000_000.0),
    ("Trade between Belarus and Kazakhstan came to one billion one hundred million US dollars in 2023.", 1_100_000_000.0),
])
def test_a_spelled_compound_sum_is_read_whole(text, value):
    assert [r["value"] for r in trade(text)] == [value]


# -- a sign spaced from its number ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("(+ 18%)", 18.0), ("+ 4.5 percent", 4.5), ("(+7%)", 7.0), ("(-3%)", -3.0)])
def test_a_written_sign_is_the_sign_of_the_change(text, value):
    assert parse_percent(text) == value


def test_a_spaced_dash_before_a_percentage_is_no_minus():
    assert parse_percent("- 6%") == 6.0  # "in 2023 - 6%": the dash of a gapped clause


@pytest.mark.parametrize("text, pct", [
    ("Trade between Belarus and Kazakhstan reached $1.4 billion (+ 11%) in 2023.", 11.0),
    ("Kazakhstan's exports to Russia totalled $9 billion in 2023 (+ 2.5 %).", 2.5),
])
def test_a_bracketed_spaced_change_belongs_to_its_amount(text, pct):
    assert [r["change_pct"] for r in trade(text)] == [pct]


# -- spans of years ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trade between Belarus and Kazakhstan tripled between 2010 and 2020.",
     [rec(period="2010-01/2020-12", factor=3.0, parties=(B, K))]),
    ("In the period between 2016 and 2021, trade between Kazakhstan and Uzbekistan totalled $18 billion.",
     [rec(value=18e9, period="2016-01/2021-12", parties=(K, U))]),
    ("During 2017–2022, trade between Kazakhstan and Kyrgyzstan totalled $12 billion.",
     [rec(value=12e9, period="2017-01/2022-12", parties=(K, KG))]),
    ("In 2018-22 Kazakhstan's exports to Russia came to $45 billion.",
     [rec("export", value=45e9, period="2018-01/2022-12", parties=(K, R), reporter=K)]),
])
def test_a_span_of_years_is_one_period(text, expected):
    assert trade(text) == expected


# -- quarters, halves, months counts and fiscal years in shorthand ---------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("Trade between Belarus and Kazakhstan came to $420 million in FY2023.", "2023"),
    ("In FY 2022 trade between Belarus and Kazakhstan came to $1.2 billion.", "2022"),
    ("Trade between Belarus and Kazakhstan came to $620 million in 1H2024.", "2024-01/2024-06"),
    ("Trade between Belarus and Kazakhstan came to $950 million in 9M2023.", "2023-01/2023-09"),
    ("Trade between Belarus and Kazakhstan came to $310 million in Q1 2024.", "2024-01/2024-03"),
    ("In H1 2024 trade between Belarus and Kazakhstan came to $620 million.", "2024-01/2024-06"),
])
def test_shorthand_periods(text, period):
    assert [r["period"] for r in trade(text)] == [period]


# -- months the tagger cut: "January–May" with an en dash -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "In January–May 2024, trade between Belarus and Kazakhstan amounted to $520 million.",
    "In January–May, trade between Belarus and Kazakhstan amounted to $520 million.",
    "Over January–May trade between Belarus and Kazakhstan came to $520 million.",
])
def test_a_span_of_months_with_an_en_dash_is_one_period_and_may_is_no_modal(text):
    assert trade(text) == [rec(value=520e6, period="2024-01/2024-05", parties=(B, K))]


# -- an amount a source reports through a pronoun --------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "The Belarusian side said it reached $1.3 billion.",
    "The ministry noted that it had reached $1.3 billion.",
    "Officials stressed that it reached $1.3 billion.",
    "It reached $1.3 billion, the ministry said.",
    "According to the ministry, it reached $1.3 billion.",
])
def test_the_speaker_of_a_reported_clause_is_no_antecedent_of_its_pronoun(second):
    text = "Trade between Belarus and Kazakhstan grew in 2023. " + second
    assert trade(text) == [rec(value=1.3e9, period="2023", parties=(B, K))]


def test_a_pronoun_for_the_speaker_itself_is_no_trade_figure():
    text = "The Kazakh company said it had invested in a new warehouse. It hired 300 people."
    assert trade(text) == []


# -- year-less months after a figure of another year ------------------------------------------------------------

@pytest.mark.parametrize("text, published, periods", [
    ("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. In January–May it grew by 8%.",
     "2024-06-15", ["2023", "2024-01/2024-05"]),
    ("Trade between Belarus and Kazakhstan was $1.3 billion last year. Over the first four months it came to $420 "
     "million.", "2024-06-15", ["2023", "2024-01/2024-04"]),
    ("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. In the fourth quarter it came to $380 "
     "million.", "2024-02-20", ["2023", "2023-10/2023-12"]),
    ("In 2019 trade between Belarus and Kazakhstan was $900 million. In the first quarter it made up $200 million.",
     "2024-06-15", ["2019", "2019-01/2019-03"]),
])
def test_year_less_months_are_the_latest_unless_the_paragraph_narrates_an_older_year(text, published, periods):
    assert [r["period"] for r in trade(text, published)] == periods


# -- a goal noun standing for the paragraph's figure -------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Our goal is $2 billion.",
    "\"The objective is $2 billion,\" the minister said.",
    "The next benchmark is $2 billion.",
    "The aim is $2 billion.",
])
def test_a_goal_noun_with_an_amount_is_a_target_of_the_paragraphs_metric(second):
    text = "Trade between Kazakhstan and Uzbekistan reached $1.3 billion in 2023. " + second
    assert trade(text) == [rec(value=1.3e9, period="2023", parties=(K, U)),
                           rec(value=2e9, status="target", parties=(K, U))]


def test_a_goal_noun_of_another_matter_is_no_trade_figure():
    text = "Trade between Kazakhstan and Uzbekistan reached $1.3 billion in 2023. The goal of the new fund is $2 billion."
    assert trade(text) == [rec(value=1.3e9, period="2023", parties=(K, U))]
