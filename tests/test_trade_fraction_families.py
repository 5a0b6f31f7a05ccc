"""Changes written as fractions (issue 11, family 2): "grew by a third", "fell by a quarter", "rose by half", "halved".

GUIDELINES: `change_pct` is the signed percentage change ("a decline of almost 30%" is -30.0) and `change_factor` a
multiple ("up 4.8 times", "increased twice"). A fraction of the whole after the "by" of a change word is a percentage
change: "by a third" is +33.3, "by half" +50 and "decreased by half" -50; "halved" is a fall to half, -50 (no factor
below one); "one and a half times" stays a factor of 1.5, and "by half a billion dollars" is an amount, no fraction.
Every sentence was written for this file."""
import pytest

from test_trade_families import B, K, KR, U, rec, trade

PUB = "2024-03-05"

FRACTIONS = [
    pytest.param("Trade between Belarus and Kazakhstan grew by a third last year.",
                 [rec(period="2023", pct=33.3, parties=(B, K))], id="grew by a third"),
    pytest.param("Last year trade between Kazakhstan and Uzbekistan rose by a quarter to $4.4 billion.",
                 [rec(value=4.4e9, period="2023", pct=25.0, parties=(K, U))], id="rose by a quarter, with the amount"),
    pytest.param("Bilateral trade between Belarus and Kazakhstan increased by half last year.",
                 [rec(period="2023", pct=50.0, parties=(B, K))], id="increased by half"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan decreased by half.",
                 [rec(period="2023", pct=-50.0, parties=(B, K))], id="decreased by half"),
    pytest.param("Trade between Kazakhstan and South Korea fell by almost half last year.",
                 [rec(period="2023", pct=-50.0, parties=(K, KR))], id="fell by almost half"),
    pytest.param("Trade between Belarus and Kazakhstan halved last year.",
                 [rec(period="2023", pct=-50.0, parties=(B, K))], id="halved"),
    pytest.param("Belarusian exports to Kazakhstan rose by more than one-third last year.",
                 [rec("export", period="2023", pct=33.3, parties=(B, K), reporter=B)], id="by more than one-third"),
    pytest.param("Kazakh imports from Uzbekistan declined by two thirds last year.",
                 [rec("import", period="2023", pct=-66.7, parties=(K, U), reporter=K)], id="declined by two thirds"),
    pytest.param("Uzbekistan's exports to Kazakhstan jumped by a fifth last year.",
                 [rec("export", period="2023", pct=20.0, parties=(K, U), reporter=U)], id="jumped by a fifth"),
    pytest.param("Belarus and Kazakhstan aim to increase trade by a third by 2026.",
                 [rec(period="2026", pct=33.3, status="target", parties=(B, K))], id="a goal of a third more"),
]

NO_FRACTIONS = [
    pytest.param("Trade between Belarus and Kazakhstan grew by one and a half times last year.",
                 [rec(period="2023", factor=1.5, parties=(B, K))], id="one and a half times is a factor"),
    pytest.param("The ministers agreed to halve the time of customs checks. Trade between Belarus and Kazakhstan grew "
                 "by 10% last year.", [rec(period="2023", pct=10.0, parties=(B, K))],
                 id="halving another matter"),
    pytest.param("Trade between Belarus and Kazakhstan grew by half a billion dollars last year.", [],
                 id="by half a billion: an amount a figure changes by"),
    pytest.param("Trade between Belarus and Kazakhstan grew by a quarter of a billion dollars last year.", [],
                 id="by a quarter of a billion: an amount a figure changes by"),
    pytest.param("Kazakhstan's share in Belarus' exports grew by half a percentage point last year.", [],
                 id="by half a percentage point: a part of a unit of a share"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 10% last year. In the third quarter it rose by 12%.",
                 [rec(period="2023", pct=10.0, parties=(B, K)), rec(period="2023-07/2023-09", pct=12.0, parties=(B, K))],
                 id="a quarter of the year is no fraction"),
]


@pytest.mark.parametrize("text, expected", FRACTIONS + NO_FRACTIONS)
def test_a_fraction_after_the_by_of_a_change_word_is_a_percentage_change(text, expected):
    assert trade(text, PUB) == expected


# A statistics table: each line reads as a clause of the table's title or lead-in; a line headed by a word of the whole
# ("Total", "Overall") is the trade in all.
TABLES = [
    pytest.param("Belarus-Kazakhstan trade, January-June 2024\nExports - $500 million (+15.2%)\nImports - $200 million "
                 "(-3%)\nTotal - $700 million (+10%)",
                 [rec("export", value=5e8, period="2024-01/2024-06", pct=15.2, parties=(B, K)),
                  rec("import", value=2e8, period="2024-01/2024-06", pct=-3.0, parties=(B, K)),
                  rec(value=7e8, period="2024-01/2024-06", pct=10.0, parties=(B, K))], id="a table with a total line"),
    pytest.param("Kazakhstan and Uzbekistan reviewed trade in 2023. The figures:\n\u2022 exports: $3 billion;\n"
                 "\u2022 imports: $1.4 billion;\n\u2022 overall: $4.4 billion.",
                 [rec("export", value=3e9, period="2023", parties=(K, U)),
                  rec("import", value=1.4e9, period="2023", parties=(K, U)),
                  rec(value=4.4e9, period="2023", parties=(K, U))], id="a list with an overall line"),
    pytest.param("Kazakhstan and Uzbekistan discussed transport. A total of $5 million was spent on the new road.", [],
                 id="a total of another matter"),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_a_table_line_of_the_whole_is_the_trade_in_all(text, expected):
    assert trade(text, PUB) == expected
