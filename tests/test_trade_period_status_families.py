"""Relative periods as one class, whatever the preposition ("over", "during", "in", "for the past year" is the year
before publication, unless the sentence states its own period, when "over the past year" is the base of a change), and
the status of a figure hedged by an expectation of a result ("is set to exceed" is an expectation; "may have
exceeded ... last year", "is expected to have reached ... last year" are estimates of a result: actual once the
period is over); quarters and halves of a possessive year ("2023's first half") and coordinated quarters ("the second
and third quarters"). Every sentence was written for this file in the wire style and annotated by GUIDELINES.md."""
import pytest

from test_trade_families import PUBLISHED, rec, trade

B, K, U, C = "Belarus", "Kazakhstan", "Uzbekistan", "China"

# -- "the past year" is last year, whatever the preposition -------------------------------------------------------

RELATIVE = [
    pytest.param("Over the past year, trade between Belarus and Kazakhstan rose by 11%.",
                 [rec(period="2023", pct=11.0, parties=(B, K))], id="over the past year, fronted"),
    pytest.param("Belarusian exports to Kazakhstan grew by 7% over the last year.",
                 [rec("export", period="2023", pct=7.0, parties=(B, K), reporter=B)], id="over the last year, after"),
    pytest.param("Trade between Kazakhstan and China increased by 15% over the past year to $31 billion.",
                 [rec(value=3.1e10, period="2023", pct=15.0, parties=(C, K))],
                 id="over the past year, a change to a value"),
    pytest.param("During the past year, trade between Kazakhstan and Uzbekistan amounted to $4 billion.",
                 [rec(value=4e9, period="2023", parties=(K, U))], id="during the past year"),
    pytest.param("In the past year, Kazakh imports from Belarus totalled $800 million.",
                 [rec("import", 8e8, "2023", parties=(B, K), reporter=K)], id="in the past year"),
    pytest.param("For the last year, trade between Belarus and Uzbekistan stood at $1.1 billion.",
                 [rec(value=1.1e9, period="2023", parties=(B, U))], id="for the last year"),
    # the base of a change, not its period
    pytest.param("In 2023 trade between Belarus and Kazakhstan rose by 11% over the previous year.",
                 [rec(period="2023", pct=11.0, parties=(B, K))], id="over the previous year is a base"),
    pytest.param("Trade between Belarus and Kazakhstan rose by 11% over last year.",
                 [rec(pct=11.0, parties=(B, K))], id="over last year is a base"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023, up 11% over the past year.",
                 [rec(value=1.3e9, period="2023", pct=11.0, parties=(B, K))],
                 id="over the past year beside a period of its own sentence is a base"),
    # rolling and cumulative spans have no period of the calendar
    pytest.param("Over the past 12 months, trade between Belarus and Kazakhstan rose by 11%.",
                 [rec(pct=11.0, parties=(B, K))], id="the past 12 months roll"),
    pytest.param("Trade between Belarus and Kazakhstan has grown by 40% in the past five years.",
                 [rec(pct=40.0, parties=(B, K))], id="the past five years accumulate"),
]


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_the_past_year_is_last_year_whatever_the_preposition(text, expected):
    assert trade(text, PUBLISHED) == expected


# -- expectations and estimates of a result ------------------------------------------------------------------------

STATUS = [
    pytest.param("Trade between Belarus and Kazakhstan is set to exceed $1.5 billion this year.",
                 [rec(value=1.5e9, period="2024", status="forecast", parties=(B, K))], id="is set to"),
    pytest.param("Kazakh exports to Uzbekistan are set to top $3 billion in 2025.",
                 [rec("export", 3e9, "2025", status="forecast", parties=(K, U), reporter=K)], id="are set to"),
    pytest.param("The sides have set the goal of bringing trade between Belarus and Uzbekistan to $2 billion.",
                 [rec(value=2e9, status="target", parties=(B, U))], id="set the goal stays a target"),
    pytest.param("Trade between Belarus and Kazakhstan may have exceeded $1.4 billion last year.",
                 [rec(value=1.4e9, period="2023", parties=(B, K))], id="may have exceeded last year"),
    pytest.param("Kazakh exports to China might have reached $15 billion in 2023, analysts said.",
                 [rec("export", 1.5e10, "2023", parties=(C, K), reporter=K)], id="might have reached"),
    pytest.param("Trade between Belarus and Kazakhstan is expected to have reached $1.4 billion last year.",
                 [rec(value=1.4e9, period="2023", parties=(B, K))], id="expected to have reached last year"),
    pytest.param("Trade between Belarus and Uzbekistan is believed to have grown by 9% in 2023.",
                 [rec(period="2023", pct=9.0, parties=(B, U))], id="believed to have grown"),
    pytest.param("Trade between Belarus and Kazakhstan is expected to have reached $700 million in the first half of "
                 "this year.", [rec(value=7e8, period="2024-01/2024-06", status="forecast", parties=(B, K))],
                 id="expected to have reached, the period not over"),
    pytest.param("Kazakhstan is a key partner of Belarus, the trade with which exceeded $1.3 billion last year and in "
                 "the coming years is expected to grow further.", [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a past relative clause is a result"),
    pytest.param("Belarusian exports to Kazakhstan, which totalled $800 million in 2023, will grow this year.",
                 [rec("export", 8e8, "2023", parties=(B, K), reporter=B)], id="a past relative clause, a future main one"),
    pytest.param("The goal, which was set at $2 billion for trade between Belarus and Kazakhstan, will be reached by "
                 "2026.", [rec(value=2e9, period="2026", status="target", parties=(B, K))],
                 id="a passive relative clause of a goal stays a target"),
    pytest.param("Trade between Belarus and Kazakhstan may exceed $1.5 billion this year.",
                 [rec(value=1.5e9, period="2024", status="forecast", parties=(B, K))],
                 id="may exceed stays a forecast"),
]


@pytest.mark.parametrize("text, expected", STATUS)
def test_expectations_and_estimates_of_a_result(text, expected):
    assert trade(text, PUBLISHED) == expected


# -- quarters and halves written with a possessive year or coordinated ordinals ------------------------------------

PIECES = [
    pytest.param("In 2023's first half, trade between Belarus and Kazakhstan amounted to $600 million.", PUBLISHED,
                 [rec(value=6e8, period="2023-01/2023-06", parties=(B, K))], id="a year's half"),
    pytest.param("Kazakh exports to Uzbekistan in 2022's third quarter reached $700 million.", PUBLISHED,
                 [rec("export", 7e8, "2022-07/2022-09", parties=(K, U), reporter=K)], id="a year's quarter, after"),
    pytest.param("In last year's fourth quarter, trade between Belarus and China rose by 6%.", PUBLISHED,
                 [rec(period="2023-10/2023-12", pct=6.0, parties=(B, C))], id="last year's quarter"),
    pytest.param("In this year's first quarter, trade between Belarus and Kazakhstan amounted to $300 million.",
                 PUBLISHED,
                 [rec(value=3e8, period="2024-01/2024-03", parties=(B, K))], id="this year's quarter"),
    pytest.param("In the second and third quarters of 2023, trade between Belarus and Kazakhstan amounted to $600 "
                 "million.", PUBLISHED, [rec(value=6e8, period="2023-04/2023-09", parties=(B, K))],
                 id="two quarters of a year"),
    pytest.param("In the third and fourth quarters of last year, Belarusian exports to Kazakhstan grew by 12%.",
                 PUBLISHED,
                 [rec("export", period="2023-07/2023-12", pct=12.0, parties=(B, K), reporter=B)],
                 id="two quarters of last year"),
    pytest.param("In the first and second quarters, trade between Belarus and Uzbekistan amounted to $500 million.",
                 "2024-08-01", [rec(value=5e8, period="2024-01/2024-06", parties=(B, U))], id="two quarters, no year"),
    pytest.param("In Q2 and Q3 2023, trade between Belarus and Kazakhstan amounted to $600 million.", PUBLISHED,
                 [rec(value=6e8, period="2023-04/2023-09", parties=(B, K))], id="Q2 and Q3"),
]


@pytest.mark.parametrize("text, published, expected", PIECES)
def test_quarters_and_halves_of_a_possessive_year_or_coordinated(text, published, expected):
    assert trade(text, published) == expected


# -- a months count closed by a month: the months up to it --------------------------------------------------------

AUTUMN = "2024-11-10"
CLOSED = [
    pytest.param("For the nine months ended September 30, trade between Belarus and Kazakhstan amounted to $900 "
                 "million.", [rec(value=9e8, period="2024-01/2024-09", parties=(B, K))], id="ended with a day"),
    pytest.param("In the six months ending June 30, 2023, Kazakh exports to Belarus rose by 4%.",
                 [rec("export", period="2023-01/2023-06", pct=4.0, parties=(B, K), reporter=K)], id="ending with a year"),
    pytest.param("In the three months to September, trade between Belarus and Uzbekistan amounted to $300 million.",
                 [rec(value=3e8, period="2024-07/2024-09", parties=(B, U))], id="three months to a month"),
    pytest.param("In the nine months to September, trade between Belarus and Kazakhstan amounted to $900 million.",
                 [rec(value=9e8, period="2024-01/2024-09", parties=(B, K))], id="nine months to a month"),
    pytest.param("In the 12 months to September, trade between Belarus and Kazakhstan amounted to $1.2 billion.",
                 [rec(value=1.2e9, parties=(B, K))], id="twelve months to a month roll over two years"),
]


@pytest.mark.parametrize("text, expected", CLOSED)
def test_a_months_count_closed_by_a_month(text, expected):
    assert trade(text, AUTUMN) == expected
