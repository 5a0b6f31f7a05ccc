"""Change-only trade figures in story context (issue 11): a change sentence after a value sentence is one record
with the value when it is of the same metric and period (the union), a record of its own when it is of another
metric; the period of a change-only record is its own clause's, else the figure's before it in the paragraph, else
the period a back-reference points at; a comparison base alone gives none. Change verbs and nouns of both
directions, percentages, factors and fractions; percentage points and changes of other matters are no record.
Every sentence was written for this file; the expected records follow GUIDELINES.md ("Decisions on borderline
cases")."""
import pytest

from test_trade_families import B, K, rec, trade

PUB = "2024-06-15"
BK = (B, K)
LEDE = "Trade between Belarus and Kazakhstan reached $1.2 billion in January-May 2024. "
VALUE = 1.2e9
SPAN = "2024-01/2024-05"


# -- 1. a change after a value: one record (same metric and period) or two (another metric) --------------------

@pytest.mark.parametrize("follow, pct, factor", [
    ("It grew by 12% year-on-year.", 12.0, None),
    ("This is 12% more than a year earlier.", 12.0, None),
    ("The growth was 12%.", 12.0, None),
    ("The increase was 12%.", 12.0, None),
    ("That marks an increase of 12% compared with January-May 2023.", 12.0, None),
    ("Year on year, it was up 12%.", 12.0, None),
    ("Compared with the same period of 2023, it increased by 12%.", 12.0, None),
    ("Compared with January-May 2023, trade went down by 4%.", -4.0, None),
    ("It rose 1.3 times compared to the same period of 2023.", None, 1.3),
    ("Growth stood at 12% on the same period of 2023.", 12.0, None),
    ("The increase amounted to 12% on the same period last year.", 12.0, None),
    ("Growth was 12% on January-May 2023.", 12.0, None),
    ("It grew by 12% over January-May 2023.", 12.0, None),
    ("Year-on-year growth reached 12%.", 12.0, None),
    ("Annual growth stood at 12%.", 12.0, None),
], ids=["grew yoy", "this is more", "the growth was", "the increase was", "that marks an increase", "year on year up",
        "compared with back-reference", "compared with the base months", "factor", "stood at on a back-reference",
        "amounted to on last year", "was on the base months", "over the months a year back", "year-on-year growth",
        "annual growth"])
def test_a_change_of_the_same_trade_after_the_value_completes_its_record(follow, pct, factor):
    assert trade(LEDE + follow, PUB) == [rec(value=VALUE, period=SPAN, pct=pct, factor=factor, parties=BK)]


def test_a_change_in_the_value_sentence_completes_its_record():
    text = "Trade between Belarus and Kazakhstan amounted to $1.2 billion in January-May 2024, an increase of 12%."
    assert trade(text, PUB) == [rec(value=VALUE, period=SPAN, pct=12.0, parties=BK)]


@pytest.mark.parametrize("follow, changes", [
    ("Exports rose by 8%, imports by 15%.", [("export", 8.0, None), ("import", 15.0, None)]),
    ("Belarusian exports to Kazakhstan rose by 8%.", [("export", 8.0, B)]),
    ("Kazakhstan's exports to Belarus went up 20%, while imports fell 5%.", [("export", 20.0, K), ("import", -5.0, K)]),
    ("Over the same period, exports from Belarus climbed 14%.", [("export", 14.0, B)]),
], ids=["gapped", "one side's exports", "while imports fell", "same period exports"])
def test_a_change_of_another_metric_after_the_value_is_a_record_of_its_own_of_its_period(follow, changes):
    expected = [rec(value=VALUE, period=SPAN, parties=BK)] + [
        rec(metric, period=SPAN, pct=pct, parties=BK, reporter=reporter) for metric, pct, reporter in changes]
    assert trade(LEDE + follow, PUB) == expected


@pytest.mark.parametrize("follow, changes", [
    ("Exports and imports grew by 11% and 3% respectively.", [("export", 11.0), ("import", 3.0)]),
    ("Imports and exports rose by 4% and 9%, respectively.", [("import", 4.0), ("export", 9.0)]),
], ids=["exports and imports", "imports and exports"])
def test_respective_changes_take_the_trade_words_in_order(follow, changes):
    text = "Trade between Belarus and Kazakhstan reached $2.6 billion in 2023. " + follow
    assert trade(text, PUB) == [rec(value=2.6e9, period="2023", parties=BK)] + [
        rec(metric, period="2023", pct=pct, parties=BK) for metric, pct in changes]


@pytest.mark.parametrize("follow, changes", [
    ("It rose by 12%, while exports went up by 8% and imports by 20%.", [("export", 8.0), ("import", 20.0)]),
    ("It grew by 12%, while exports went down by 3% and imports by 6%.", [("export", -3.0), ("import", -6.0)]),
], ids=["went up gapped", "went down gapped"])
def test_a_pronoun_change_is_the_values_and_the_gapped_flows_after_it_are_their_own(follow, changes):
    assert trade(LEDE + follow, PUB) == [rec(value=VALUE, period=SPAN, pct=12.0, parties=BK)] + [
        rec(metric, period=SPAN, pct=pct, parties=BK) for metric, pct in changes]


def test_a_value_with_its_change_and_an_export_change_after_it_are_two_records():
    text = "Trade between Belarus and Kazakhstan amounted to $1.2 billion in January-May 2024, up 12%. Exports increased by 8%."
    assert trade(text, PUB) == [rec(value=VALUE, period=SPAN, pct=12.0, parties=BK),
                                rec("export", period=SPAN, pct=8.0, parties=BK)]


def test_a_pronoun_after_an_export_value_gives_its_change_to_the_export_record():
    text = LEDE + "Exports from Belarus amounted to $800 million. They grew by 9%."
    assert trade(text, PUB) == [rec(value=VALUE, period=SPAN, parties=BK),
                                rec("export", value=8e8, period=SPAN, pct=9.0, parties=BK, reporter=B)]


@pytest.mark.parametrize("follow, pct, factor", [
    ("Over the past five years it has grown 1.8 times.", None, 1.8),
    ("Since 2015, it has tripled.", None, 3.0),
    ("Since the start of the decade it has increased by 40%.", 40.0, None),
    ("Over the past three years it has increased by 40%.", 40.0, None),
], ids=["past five years", "since a year", "since the start of the decade", "past three years"])
def test_a_change_over_a_time_that_is_no_period_is_a_fact_of_its_own(follow, pct, factor):
    # a span of years counted back or a cumulative "since" gives no period (GUIDELINES: "since 2010" is null); the
    # pronoun points at the trade, but the change is not the one of the value's year
    text = "Trade between Belarus and Kazakhstan reached $2.6 billion in 2023. " + follow
    assert trade(text, PUB) == [rec(value=2.6e9, period="2023", parties=BK), rec(pct=pct, factor=factor, parties=BK)]


def test_a_change_over_the_year_before_after_a_year_is_that_years_change():
    text = "Trade between Belarus and Kazakhstan reached $2.6 billion in 2023. It grew by 7% over 2022."
    assert trade(text, PUB) == [rec(value=2.6e9, period="2023", pct=7.0, parties=BK)]


# -- 2. the period of a change-only record -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. In the first quarter of 2024 it grew by 9%.",
     [rec(value=VALUE, period="2023", parties=BK), rec(period="2024-01/2024-03", pct=9.0, parties=BK)]),
    ("In the first quarter of 2024, trade between Belarus and Kazakhstan rose 14%. Exports gained 6%.",
     [rec(period="2024-01/2024-03", pct=14.0, parties=BK), rec("export", period="2024-01/2024-03", pct=6.0, parties=BK)]),
    ("Trade between Belarus and Kazakhstan rose 14% in the first quarter of 2024. In March alone, it jumped 30%.",
     [rec(period="2024-01/2024-03", pct=14.0, parties=BK), rec(period="2024-03", pct=30.0, parties=BK)]),
    ("Trade between Belarus and Kazakhstan reached $1.2 billion in 2023.\n\nIn January-March 2024 exports grew by 6%. "
     "Imports dropped by 3% over the same period.",
     [rec(value=VALUE, period="2023", parties=BK), rec("export", period="2024-01/2024-03", pct=6.0, parties=BK),
      rec("import", period="2024-01/2024-03", pct=-3.0, parties=BK)]),
    ("Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. In 2022 it had fallen by 4%.",
     [rec(value=VALUE, period="2023", parties=BK), rec(period="2022", pct=-4.0, parties=BK)]),
    ("In 2023, trade between Belarus and Kazakhstan reached $2.6 billion.\n\nIn January-April 2024, it increased by 9%."
     "\n\nExports grew 11%.",
     [rec(value=2.6e9, period="2023", parties=BK), rec(period="2024-01/2024-04", pct=9.0, parties=BK),
      rec("export", pct=11.0, parties=BK)]),
    ("Trade between Belarus and Kazakhstan reached $2.6 billion in 2023. The ambassador noted that exports had risen by "
     "15% over the year.",
     [rec(value=2.6e9, period="2023", parties=BK), rec("export", period="2023", pct=15.0, parties=BK)]),
    ("Trade between Belarus and Kazakhstan reached $2.6 billion in 2023. A year earlier, growth was 12%.",
     [rec(value=2.6e9, period="2023", parties=BK), rec(period="2022", pct=12.0, parties=BK)]),
], ids=["own quarter after a year", "carried to the next sentence", "own month after a quarter",
        "back-reference in a new paragraph", "an older year of its own", "nothing carried across a blank line",
        "the year in force", "a year earlier"])
def test_a_change_only_record_takes_its_own_clause_period_else_the_one_before_it(text, expected):
    assert trade(text, PUB) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trade between Belarus and Kazakhstan rose 14% in the first quarter of 2024 compared with the first quarter of 2023.",
     rec(period="2024-01/2024-03", pct=14.0, parties=BK)),
    ("Trade between Belarus and Kazakhstan reached $5 billion in 2023, up 6% on 2022.",
     rec(value=5e9, period="2023", pct=6.0, parties=BK)),
    ("Trade between Belarus and Kazakhstan reached $5 billion in 2023. It was 6% higher than in 2022.",
     rec(value=5e9, period="2023", pct=6.0, parties=BK)),
], ids=["own quarter and base quarter", "up on a year", "higher than in a year"])
def test_a_comparison_base_is_never_the_period(text, expected):
    assert trade(text, PUB) == [expected]


@pytest.mark.parametrize("text, pct, factor", [
    ("Trade between Belarus and Kazakhstan was up 27% on 2022.", 27.0, None),
    ("Trade between Belarus and Kazakhstan rose 14% compared with January-March 2023.", 14.0, None),
    ("Trade between Belarus and Kazakhstan rose by 5% y-o-y.", 5.0, None),
    ("Trade between Belarus and Kazakhstan grew 7% on an annual basis.", 7.0, None),
    ("Trade between Belarus and Kazakhstan rose by 5% year-on-year.", 5.0, None),
    ("Trade between Belarus and Kazakhstan increased by 15% over the year.", 15.0, None),
    ("Trade between Belarus and Kazakhstan has grown by 10% since the start of the year.", 10.0, None),
    ("Trade between Belarus and Kazakhstan has doubled in the past five years.", None, 2.0),
], ids=["on a base year", "on base months", "y-o-y", "annual basis", "year-on-year", "over the year",
        "since the start of the year", "past five years"])
def test_a_change_with_no_period_of_its_own_in_a_lede_has_none(text, pct, factor):
    # a base alone, a year-on-year cue, "the year" with no year in force, a cumulative "since" and an unanchored span
    # state no period (GUIDELINES: "since 2010" gives null; relative periods resolve only when they can)
    assert trade(text, PUB) == [rec(period=None, pct=pct, factor=factor, parties=BK)]


# -- 3. change verbs and nouns --------------------------------------------------------------------------------

SENTENCE = "Trade between Belarus and Kazakhstan {} in the first quarter of 2024."
Q1 = "2024-01/2024-03"

UPS = ["rose by 12%", "increased by 12%", "grew by 12%", "went up by 12%", "climbed 12%", "jumped 12%", "surged 12%",
       "soared 12%", "expanded by 12%", "added 12%", "gained 12%", "edged up 12%", "was up 12%",
       "showed an increase of 12%", "posted a rise of 12%", "saw 12% growth", "recorded growth of 12%",
       "registered a 12% increase", "demonstrated an increase of 12%"]
DOWNS = ["fell by 12%", "decreased by 12%", "declined by 12%", "dropped 12%", "went down by 12%", "slipped 12%",
         "slid 12%", "shrank by 12%", "contracted by 12%", "plunged 12%", "tumbled 12%", "sank 12%", "dipped 12%",
         "was down 12%", "edged down 12%", "showed a decline of 12%", "saw a drop of 12%", "posted a fall of 12%",
         "recorded a decrease of 12%"]


@pytest.mark.parametrize("words", UPS)
def test_a_rise_in_words_or_nouns_is_a_positive_change(words):
    assert trade(SENTENCE.format(words), PUB) == [rec(period=Q1, pct=12.0, parties=BK)]


@pytest.mark.parametrize("words", DOWNS)
def test_a_fall_in_words_or_nouns_is_a_negative_change(words):
    assert trade(SENTENCE.format(words), PUB) == [rec(period=Q1, pct=-12.0, parties=BK)]


@pytest.mark.parametrize("words, pct, factor", [
    ("grew 3-fold", None, 3.0), ("doubled", None, 2.0), ("tripled", None, 3.0), ("quadrupled", None, 4.0),
    ("grew 1.5 times", None, 1.5), ("increased by 1.5 times", None, 1.5), ("increased 2.3-fold", None, 2.3),
    ("rose 2.3 times", None, 2.3), ("halved", -50.0, None),
])
def test_a_factor_or_fraction_is_the_change(words, pct, factor):
    assert trade(SENTENCE.format(words), PUB) == [rec(period=Q1, pct=pct, factor=factor, parties=BK)]


@pytest.mark.parametrize("text", [
    "Belarus's share in Kazakhstan's imports grew by 2 percentage points in 2023.",
    "Trade between Belarus and Kazakhstan grew in 2023 as prices rose by 12%.",
    "Belarusian production of tractors for Kazakhstan rose by 12% in 2023.",
    "The number of Belarusian companies in Kazakhstan increased by 12% in 2023.",
    "Kazakhstan's GDP grew by 5% in 2023, while trade with Belarus expanded.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. Prices of dairy products rose by 12%.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. The share of machinery grew by 3 percentage points.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. Industrial output in Kazakhstan grew by 4%.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. There was an increase of 9% in car sales.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023. Economic growth reached 4%.",
], ids=["share points", "prices in the clause", "production", "number of companies", "GDP", "prices after a value",
        "points after a value", "output after a value", "an increase in sales", "economic growth"])
def test_a_change_of_another_matter_or_in_points_is_no_trade_change(text):
    assert all(r["change_pct"] is None and r["change_factor"] is None for r in trade(text, PUB))
