"""Normalised values of MONEY, PERCENT and DATE text: right on the wire's shapes, never absurd."""
import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kazbel_extract import values
from kazbel_extract.values import money_mentions, parse_date, parse_money, parse_percent, percent_mentions


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("$419.1 million", 419_100_000.0, "USD"),
        ("$1bn", 1e9, "USD"),
        ("$18bn", 18e9, "USD"),
        ("US$5 million", 5e6, "USD"),
        ("US2 billion", 2e9, "USD"),
        ("5 billion tenge", 5e9, "KZT"),
        ("5 bln tenge", 5e9, "KZT"),
        ("EUR 20 million", 20e6, "EUR"),
        ("a billion dollars", 1e9, "USD"),
        ("$3.5-4 billion", 3.5e9, "USD"),
        ("350 million US dollars", 350e6, "USD"),
        ("20 million Russian rubles", 20e6, "RUB"),
        ("five million dollars", 5e6, "USD"),
        ("two billion US dollars", 2e9, "USD"),
        ("Twenty-five million dollars", 25e6, "USD"),
        ("three hundred and fifty million tenge", 350e6, "KZT"),
        ("one and a half billion dollars", 1.5e9, "USD"),
        ("half a billion dollars", 5e8, "USD"),
        ("Half a million tenge", 5e5, "KZT"),
        ("half a million euros", 5e5, "EUR"),
        ("$1,250", 1250.0, "USD"),
        ("$1.3      billion", 1.3e9, "USD"),  # "$1.3&nbsp;billion" of a scraped page, as the pipeline sees it
    ],
)
def test_money(text, amount, currency):
    assert parse_money(text) == (amount, currency)


# The currencies and scale words of the region's wire copy, as statistics offices and agencies write them: a
# currency named with its country ("Kazakh tenge", "Uzbek soums"), plurals ("tenges"), abbreviated scales with or
# without a full stop ("thous. USD", "trln tenge", "mln. USD"), the Korean won and the Chinese renminbi, a scale
# joined by a hyphen ("$1.1-billion").
@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("612,300 thous. USD", 612_300_000.0, "USD"),
        ("245.6 thous US dollars", 245_600.0, "USD"),
        ("12.3 mln. USD", 12.3e6, "USD"),
        ("2 trln tenge", 2e12, "KZT"),
        ("13 trillion tenges", 13e12, "KZT"),
        ("1.5 billion Kazakh tenge", 1.5e9, "KZT"),
        ("150 billion Kazakhstani tenge", 150e9, "KZT"),
        ("2.3 trillion Uzbek soums", 2.3e12, "UZS"),
        ("900 billion Uzbek sums", 900e9, "UZS"),
        ("6.7 trillion won", 6.7e12, "KRW"),
        ("500 billion Korean won", 500e9, "KRW"),
        ("KRW 1.2 trillion", 1.2e12, "KRW"),
        ("2.5 billion Chinese yuan", 2.5e9, "CNY"),
        ("RMB 2.5 billion", 2.5e9, "CNY"),
        ("Br1.2 billion", 1.2e9, "BYN"),
        ("12.3 million US$", 12.3e6, "USD"),
        ("$1.1-billion", 1.1e9, "USD"),
        ("40 million Kyrgyz soms", 40e6, "KGS"),
        ("3 billion Turkish lira", 3e9, "TRY"),
        ("5 million UAE dirhams", 5e6, "AED"),
        ("$1 billion 290 million", 1.29e9, "USD"),
        ("1 billion 300 million US dollars", 1.3e9, "USD"),
        ("USD 2 bln 150 mln", 2.15e9, "USD"),
    ],
)
def test_money_in_the_regions_currencies_and_scales(text, amount, currency):
    assert parse_money(text) == (amount, currency)
    assert [text[s:e] for s, e in money_mentions(text)] == [text]


# "won" and "sums" are also words of their own: a sum in them needs a scale word ("the team won", "large sums").
@pytest.mark.parametrize("text", ["In 2019 won the tender", "Kazakhstan's 12 won medals", "paid 300 sums"])
def test_currency_words_that_are_also_other_words_need_a_scale(text):
    assert money_mentions(text) == []


@pytest.mark.parametrize("text", ["$1e308 billion", "$" + "9" * 400 + " trillion", "1" + "0" * 400 + " dollars"])
def test_absurd_amounts_are_unknown(text):
    assert parse_money(text)[0] is None


def test_a_huge_but_finite_amount_is_a_number_or_unknown():
    amount, currency = parse_money("1,000,000,000,000,000 dollars")
    assert currency == "USD" and (amount is None or amount == 1e15)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("trade totalled two billion US dollars last year", "two billion US dollars"),
        ("about forty-two million euros of goods", "forty-two million euros"),
        ("nearly one and a half billion dollars", "one and a half billion dollars"),
        ("some six hundred million tenge", "six hundred million tenge"),
        ("reached almost half a billion US dollars in 2023", "half a billion US dollars"),
        ("trade grew by half a billion dollars", "half a billion dollars"),
    ],
)
def test_spelled_out_sums_are_mentions(text, mention):
    assert [text[s:e] for s, e in money_mentions(text)] == [mention]


@pytest.mark.parametrize("text, mention", [
    ("exports reached 5 billion TENGE in May", "5 billion TENGE"),  # a currency after the sum, in any case
    ("Kazakh exports of 12 million Euros to \u0130zmir", "12 million Euros"),  # with a letter that folds to Latin
    ("deliveries worth 3 million dollars and $2 million", "3 million dollars"),
])
def test_sums_with_the_currency_after_are_found_in_any_case(text, mention):
    assert [text[s:e] for s, e in money_mentions(text)][:1] == [mention]


def test_mentions_leave_qualifiers_out():
    text = "trade of almost $419.1 million, up to $3.5-4 billion and close to 30%"
    assert [text[s:e] for s, e in money_mentions(text)] == ["$419.1 million", "$3.5-4 billion"]
    assert [text[s:e] for s, e in percent_mentions(text)] == ["30%"]


@pytest.mark.parametrize("text", ["the US 2020 budget", "a sum of money", "130-tonne trucks", "one-billion mark",
                                  "$1,3 млрд"])  # a decimal comma: not "$1"
def test_no_currency_no_mention(text):
    assert money_mentions(text) == []


@pytest.mark.parametrize(
    "text, value",
    [("25 percent", 25.0), ("56.4 per cent", 56.4), ("-5.3%", -5.3), ("+4%", 4.0), ("12 pct", 12.0), ("1,5%", 1.5),
     ("a 15-percent growth", 15.0)],
)
def test_percent(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("16 March", "2018-10-31", "2018-03-16"),
        ("16 March", None, "--03-16"),
        ("29 February", None, "--02-29"),
        ("12 December 2016", "2018-10-31", "2016-12-12"),
        ("Friday", "2018-10-31", "2018-10-26"),
        ("Friday", None, None),
        ("32 March", "2018-10-31", None),
        ("year 99999", "2018-10-31", None),
        ("16 March", "not a date", "--03-16"),
        ("25 years", "2016-12-08", None),
        ("08.06.2022", None, "2022-06-08"),
        ("Nov. 29-30", "2017-12-01", "2017-11-29"),
        ("the 12th", "2025-05-14", "2025-05-12"),  # the last 12th on or before the day of the article
        ("12th", "2025-05-10", "2025-04-12"),
        ("the 31st", "2025-03-02", "2025-01-31"),
        ("the 12th", None, None),
    ],
)
def test_date(text, published, date):
    assert parse_date(text, published) == date


def test_dateparser_and_quantulum_are_loaded_only_by_a_value_that_needs_them():
    script = ("import sys, kazbel_extract\n"
              "from kazbel_extract import values\n"
              "nlp = kazbel_extract.load()\n"
              "doc = nlp('Trade reached $1 billion, or two billion US dollars, in 2023.')\n"
              "print('dateparser' in sys.modules, 'quantulum3' in sys.modules, 'inflect' in sys.modules)\n"
              "print(values.parse_date('16 March 2018'), 'dateparser' in sys.modules)\n"
              "print(values.parse_date('08.06.2022'), 'dateparser' in sys.modules)\n"
              "print(values.parse_money('a few million dollars')[1], 'quantulum3' in sys.modules)\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    # a day and a month name are read without dateparser; a numeric day needs it
    assert run.stdout.split() == ["False", "False", "False", "2018-03-16", "False", "2022-06-08", "True", "USD", "True"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,-$€ eEbmlnUSDtengbillion%percent", max_size=30))
def test_values_are_finite_or_none(text):
    amount, _ = parse_money(text)
    assert amount is None or (math.isfinite(amount) and 0 <= amount <= values.MAX_AMOUNT)
    percent = parse_percent(text)
    assert percent is None or math.isfinite(percent)


@pytest.mark.parametrize("published", [None, "2018-10-31", "2024-02-10"])
@pytest.mark.parametrize("text", ["16 March", "March 16", "16 March 2018", "Nov. 29, 2010", "29 February", "31 June",
                                  "1 Sept. 2019", "5 december", "May 20", "30 Feb 2020", "12 Mayday", "3 March 2100"])
def test_a_day_and_month_name_read_without_dateparser_as_dateparser_reads_it(monkeypatch, text, published):
    """The common day forms take a short path; it must give what the dateparser path gives, invalid days included."""
    values.parse_date.cache_clear()
    fast = values.parse_date(text, published)
    monkeypatch.setattr(values, "_day_and_month", lambda _: None)
    values.parse_date.cache_clear()
    assert fast == values.parse_date(text, published)
    values.parse_date.cache_clear()
