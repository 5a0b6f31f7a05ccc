"""Families the blind trade articles (corpus/blind_trade.jsonl, session 14) showed the rules missing. Every sentence
was written for this file; the records follow GUIDELINES.md."""
import pytest

from test_trade_families import C, K, KG, U, rec, trade

PUB = "2024-11-18"


@pytest.mark.parametrize("text, expected", [
    ("The governments of Kazakhstan and China intend to double trade by 2030.",
     rec(period="2030", factor=2.0, status="target", parties=(C, K))),
    ("Kazakhstan and Uzbekistan intend to triple mutual trade by 2030.",
     rec(period="2030", factor=3.0, status="target", parties=(K, U))),
    ("The leaders of Kazakhstan and Kyrgyzstan intend to double bilateral trade by 2027.",
     rec(period="2027", factor=2.0, status="target", parties=(K, KG))),
    ("Kazakhstan and China intend to double their trade by 2030.",
     rec(period="2030", factor=2.0, status="target", parties=(C, K))),
], ids=["governments intend", "triple mutual", "leaders bilateral", "their trade"])
def test_a_factor_verb_the_tagger_reads_as_an_adjective_is_the_verb_of_its_object(text, expected):
    """ "intend to double trade": the tagger may take "double" for an adjective; with "to" before it and the trade
    word as its object it is the clause's verb, and the trade word its object, so the subject ("the governments")
    names no other matter."""
    assert trade(text, PUB) == [expected]


LAST_YEAR = "Trade between Kazakhstan and China reached $41 billion in 2023. "


@pytest.mark.parametrize("text", [
    '"We expect the figure for the whole of this year to exceed $43 billion," she said, adding that new border '
    'crossings would speed up deliveries.',
    "This year the figure may reach $43 billion, as new crossings speed up shipments.",
    "She expects the indicator to exceed $43 billion this year, adding that exports of grain would grow.",
    "This year it may reach $43 billion, as new crossings speed up shipments of grain.",
], ids=["figure, adding deliveries", "figure, as shipments", "indicator, adding exports", "it, as shipments"])
def test_an_amount_an_anaphor_states_is_of_its_antecedent_not_of_another_clause(text):
    """An amount whose own clause names no trade word and whose subject points back ("the figure", "it") is of the
    figure it points back at; a trade word of another clause of the sentence ("..., adding that ... deliveries") is
    that clause's."""
    assert trade(LAST_YEAR + text, PUB)[1] == rec(value=43e9, period="2024", status="forecast", parties=(C, K))


B_K = "Belarus", "Kazakhstan"


@pytest.mark.parametrize("text, expected", [
    ("In 2022, trade between Belarus and Kazakhstan totalled $1.3 billion, and we have every chance of repeating that "
     "result this year, the diplomat noted.", rec(value=1.3e9, period="2023", status="forecast", parties=B_K)),
    ("In 2022, trade between Belarus and Kazakhstan totalled $1.3 billion. We expect to repeat that result this year.",
     rec(value=1.3e9, period="2023", status="forecast", parties=B_K)),
    ("In 2022, Belarusian exports to Kazakhstan amounted to $900 million. In 2023 they stayed at the same level.",
     rec("export", value=9e8, period="2023", parties=B_K, reporter="Belarus")),
    ("Trade between Belarus and Kazakhstan totalled $1.3 billion in 2022. The sides expect to maintain this level in "
     "2024.", rec(value=1.3e9, period="2024", status="forecast", parties=B_K)),
], ids=["repeating that result", "repeat, next sentence", "stayed at the same level", "maintain this level"])
def test_an_amount_pointed_back_at_is_the_last_amount_of_its_own_period(text, expected):
    """ "An anaphoric figure ... takes its antecedent's value" (GUIDELINES): "that result", "the same level" as what
    a verb of attaining or keeping takes is the last amount again, of the clause's own period and status."""
    assert trade(text, "2023-11-03")[1:] == [expected]


@pytest.mark.parametrize("text", [
    "Trade between Belarus and Kazakhstan totalled $1.3 billion in 2022. The sides discussed this result.",
    "Trade between Belarus and Kazakhstan totalled $1.3 billion in 2022. The ministers praised that level.",
    "Trade between Belarus and Kazakhstan totalled $1.3 billion in 2022, and it reached that level thanks to food.",
], ids=["discussed", "praised", "no period of its own"])
def test_a_pointer_at_the_amount_without_a_time_of_its_own_or_a_verb_of_keeping_is_no_figure(text):
    assert trade(text, "2023-11-03") == [rec(value=1.3e9, period="2022", parties=B_K)]


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's exports to Kyrgyzstan were up 12% in the first quarter of 2024, 9% in the second quarter and 4% in "
     "the third quarter.", [("2024-01/2024-03", 12.0), ("2024-04/2024-06", 9.0), ("2024-07/2024-09", 4.0)]),
    ("Kazakhstan's imports from Kyrgyzstan fell 7% in the first quarter of 2024 and 3% in the second quarter.",
     [("2024-01/2024-03", -7.0), ("2024-04/2024-06", -3.0)]),
    ("Trade between Kazakhstan and Kyrgyzstan grew by 9% in 2022, 14% in 2023 and 5% in January-September 2024.",
     [("2022", 9.0), ("2023", 14.0), ("2024-01/2024-09", 5.0)]),
    ("Trade between Kazakhstan and Kyrgyzstan declined by 4% in 2023 and 2% in January-June 2024.",
     [("2023", -4.0), ("2024-01/2024-06", -2.0)]),
], ids=["up, three quarters", "fell, and", "grew, three periods", "declined, two periods"])
def test_percentages_listed_after_a_change_share_its_verb_and_sign(text, expected):
    """ "up 12% in the first quarter, 9% in the second quarter and 4% in the third": a percentage listed after a
    change with its verb left out (a comma or "and" before it, no verb between) is a change of that verb."""
    assert [(r["period"], r["change_pct"]) for r in trade(text, PUB)] == expected


@pytest.mark.parametrize("text", [
    "Trade between Kazakhstan and China grew by 9% in 2023, and China's share reached 22% of the total.",
    "Trade between Kazakhstan and China grew by 9% in 2023, and 22% of it was machinery.",
    "Trade between Kazakhstan and China grew by 9% in 2023, while tariffs averaged 5%.",
], ids=["share of the total", "of it", "verb between"])
def test_a_listed_percentage_of_a_total_or_of_another_verb_is_no_change(text):
    assert [r["change_pct"] for r in trade(text, PUB)] == [9.0]
