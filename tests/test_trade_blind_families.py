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
