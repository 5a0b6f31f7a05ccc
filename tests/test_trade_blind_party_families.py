"""Parties, reporters and status of trade figures told inside diplomatic and regional stories, from the families the
blind articles of session 14 (corpus/blind_parties.jsonl) showed the rules missing. Each sentence was written for
this file in the wire style; the records follow GUIDELINES.md."""
import pytest

from test_trade_families import AZ, B, K, U, C, rec, trade

PUB = "2024-03-04"

# The country of the statistics a speaker cites ("according to Kazakh statistics", "Uzbek customs data show",
# "Vietnam's customs figures") is the source of the number, not a side of it: a pair's figure ("mutual trade",
# "bilateral trade") keeps the pair of the story.
DATA_SOURCES = [
    pytest.param("Trade between Azerbaijan and Kazakhstan is growing.\n\nThe minister said that according to Kazakh "
                 "statistics, mutual trade came to $471.5 million last year, while Kazakhstan's exports to Azerbaijan "
                 "amounted to $389 million.",
                 [rec(value=4.715e8, period="2023", parties=(AZ, K)),
                  rec("export", value=3.89e8, period="2023", parties=(AZ, K), reporter=K)],
                 id="according to Kazakh statistics, mutual trade"),
    pytest.param("Kazakhstan and Uzbekistan discussed transit.\n\nUzbek customs data show that bilateral trade rose "
                 "by 12% in January, while Uzbekistan's imports from Kazakhstan grew by 20%.",
                 [rec(period="2024-01", pct=12.0, parties=(K, U)),
                  rec("import", period="2024-01", pct=20.0, parties=(K, U), reporter=U)],
                 id="Uzbek customs data show bilateral trade"),
    pytest.param("Belarus and China held consultations.\n\nThe ambassador cited Chinese statistics, under which "
                 "bilateral trade reached $6.9 billion last year, and said Belarus' exports to China grew by 30%.",
                 [rec(value=6.9e9, period="2023", parties=(B, C)),
                  rec("export", period="2023", pct=30.0, parties=(B, C), reporter=B)],
                 id="cited Chinese statistics, under which bilateral trade"),
]


@pytest.mark.parametrize("text, expected", DATA_SOURCES)
def test_the_country_of_the_cited_statistics_is_no_side_of_the_pairs_figure(text, expected):
    assert trade(text, PUB) == expected


# A side written with a region's name alone ("Kostanay's exports", "Pavlodar's trade", "exports from Karaganda") is
# the region where the article writes that region with its region word, though a city bears the name too; without
# the region word anywhere it stays the city.
REGION_BY_ITS_NAME = [
    pytest.param("Kostanay region and Mogilev Oblast signed a roadmap.\n\nIn January, Mogilev Oblast supplies to "
                 "Kostanay region rose by 12%, while Kostanay's exports to the Belarusian region fell by 31%.",
                 [rec("export", period="2024-01", pct=12.0, parties=("Kostanay Region", "Mogilev Oblast"),
                      reporter="Mogilev Oblast"),
                  rec("export", period="2024-01", pct=-31.0, parties=("Kostanay Region", "Mogilev Oblast"),
                      reporter="Kostanay Region")],
                 id="Kostanay's exports after Kostanay region"),
    pytest.param("The akim of Pavlodar region arrived in Minsk on a working visit. Pavlodar's trade with Belarus "
                 "grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=(B, "Pavlodar Region"))], id="Pavlodar's trade after the akim"),
    pytest.param("Karaganda region remains Belarus' largest partner among Kazakh regions. Last year exports from "
                 "Karaganda to Belarus reached $40 million.",
                 [rec("export", value=4e7, period="2023", parties=(B, "Karaganda Region"), reporter="Karaganda Region")],
                 id="exports from Karaganda"),
    pytest.param("Trade between Kostanay and Minsk reached $20 million last year.",
                 [rec(value=2e7, period="2023", parties=("Kostanay", "Minsk"))], id="no region word: the cities"),
]


@pytest.mark.parametrize("text, expected", REGION_BY_ITS_NAME)
def test_a_side_named_like_the_articles_region_is_that_region(text, expected):
    assert trade(text, PUB) == expected


# An amount that is the worth of goods a relative clause trades ("goods worth $300 million that Kazakh producers
# could supply", "products worth $150 million that could be delivered", "commodities worth $80 million which
# Tajikistan may import") takes that clause's modal: an expectation, or with a goal modal a target; the clause in a
# tense of its own ("that were supplied") is a result.
FLOW_CLAUSES = [
    pytest.param("Trade between Azerbaijan and Kazakhstan is growing. The sides identified 90 goods worth a total of "
                 "$300 million that Kazakh producers could additionally supply to Azerbaijan.",
                 [rec("export", value=3e8, status="forecast", parties=(AZ, K), reporter=K)],
                 id="goods worth ... that producers could supply"),
    pytest.param("Belarus and Uzbekistan held talks. Belarus offered Uzbekistan a list of products worth $150 million "
                 "that could be delivered by rail.",
                 [rec("export", value=1.5e8, status="forecast", parties=(B, U))],
                 id="products worth ... that could be delivered"),
    pytest.param("Belarus and Tajikistan held talks. The delegation named commodities worth $80 million which "
                 "Tajikistan may import from Belarus.",
                 [rec("import", value=8e7, status="forecast", parties=(B, "Tajikistan"), reporter="Tajikistan")],
                 id="commodities worth ... which a side may import"),
    pytest.param("Belarus and Tajikistan held talks. The delegation named commodities worth $80 million which "
                 "Tajikistan should buy from Belarus.",
                 [rec("import", value=8e7, status="target", parties=(B, "Tajikistan"), reporter="Tajikistan")],
                 id="a goal modal: a target"),
    pytest.param("Azerbaijan and Kazakhstan held talks. Last year Kazakhstan exported goods worth $300 million that "
                 "were supplied to Azerbaijan by rail.",
                 [rec("export", value=3e8, period="2023", parties=(AZ, K), reporter=K)],
                 id="a clause in the past: a result"),
]


@pytest.mark.parametrize("text, expected", FLOW_CLAUSES)
def test_the_modal_of_the_clause_trading_the_goods_is_the_figures_status(text, expected):
    assert trade(text, PUB) == expected


# The owner of an export or import written after it ("exports of the oblast", "exports of the region's enterprises",
# "imports by the republic", "exports of the country's companies") is the side the pointing word stands for.
OWNER_AFTER_THE_FLOW = [
    pytest.param("In 2023 Gomel Oblast's trade with Kazakhstan reached $90 million. Exports of the oblast amounted to "
                 "$80 million.",
                 [rec(value=9e7, period="2023", parties=("Gomel Oblast", K)),
                  rec("export", value=8e7, period="2023", parties=("Gomel Oblast", K), reporter="Gomel Oblast")],
                 id="exports of the oblast"),
    pytest.param("In 2023 Gomel Oblast's trade with Kazakhstan reached $90 million. Exports of the region's enterprises "
                 "amounted to $80 million.",
                 [rec(value=9e7, period="2023", parties=("Gomel Oblast", K)),
                  rec("export", value=8e7, period="2023", parties=("Gomel Oblast", K), reporter="Gomel Oblast")],
                 id="exports of the region's enterprises"),
    pytest.param("In 2023 Belarus' trade with Kazakhstan reached $900 million. Exports of the country's companies "
                 "amounted to $800 million.",
                 [rec(value=9e8, period="2023", parties=(B, K)),
                  rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)],
                 id="exports of the country's companies"),
    pytest.param("In 2023 Uzbekistan's trade with Kazakhstan reached $4 billion. Imports by the republic grew by 10%.",
                 [rec(value=4e9, period="2023", parties=(K, U)),
                  rec("import", period="2023", pct=10.0, parties=(K, U), reporter=U)],
                 id="imports by the republic"),
]


@pytest.mark.parametrize("text, expected", OWNER_AFTER_THE_FLOW)
def test_the_owner_a_preposition_of_the_flow_points_back_at(text, expected):
    assert trade(text, PUB) == expected


# "The region's trade with Kazakhstan" after a Belarusian governor met a Kazakh akim: a region trades with no
# country of its own, so "the region" is the region of the other country, for the parties and for the reporter.
REGION_OF_THE_OTHER_COUNTRY = [
    pytest.param("MINSK, 12 March (BelTA) – Grodno Oblast Governor Yuri Karaev met with the akim of Turkestan region. "
                 "The region's trade with Kazakhstan totalled $30 million last year.",
                 [rec(value=3e7, period="2023", parties=("Grodno Oblast", K))], id="the region's trade with Kazakhstan"),
    pytest.param("MINSK, 12 March (BelTA) – Grodno Oblast Governor Yuri Karaev met with the akim of Turkestan region. "
                 "The region's exports to Kazakhstan grew by 10% last year.",
                 [rec("export", period="2023", pct=10.0, parties=("Grodno Oblast", K), reporter="Grodno Oblast")],
                 id="the region's exports to Kazakhstan"),
    pytest.param("Kostanay region hosted a delegation of Brest Oblast. The region's trade with Kazakhstan reached $48 "
                 "million in 2023.",
                 [rec(value=4.8e7, period="2023", parties=("Brest Oblast", K))], id="the guest region"),
    pytest.param("Kostanay region hosted a delegation of Brest Oblast. The region's exports to Belarus reached $20 "
                 "million in 2023.",
                 [rec("export", value=2e7, period="2023", parties=(B, "Kostanay Region"), reporter="Kostanay Region")],
                 id="the host region, trading with the other country"),
]


@pytest.mark.parametrize("text, expected", REGION_OF_THE_OTHER_COUNTRY)
def test_the_region_trading_with_a_country_is_of_another_country(text, expected):
    assert trade(text, PUB) == expected


# "is set to" is an expectation ("trade is set to exceed $1 billion"), but a goal noun as its subject ("the task has
# been set to increase trade to $1 billion", "a target has been set to raise ...") states the goal that was set.
GOALS_SET = [
    pytest.param("Azerbaijan and Kazakhstan held talks. The task has been set to increase trade to $1 billion.",
                 [rec(value=1e9, status="target", parties=(AZ, K))], id="the task has been set to"),
    pytest.param("Belarus and Uzbekistan held talks. The goal was set to bring bilateral trade to $2 billion by 2026.",
                 [rec(value=2e9, period="2026", status="target", parties=(B, U))], id="the goal was set to"),
    pytest.param("Belarus and Uzbekistan held talks. A target has been set to raise mutual trade to $1.5 billion.",
                 [rec(value=1.5e9, status="target", parties=(B, U))], id="a target has been set to"),
    pytest.param("Belarus and Uzbekistan held talks. Bilateral trade is set to exceed $1 billion this year.",
                 [rec(value=1e9, period="2024", status="forecast", parties=(B, U))], id="trade is set to: expected"),
]


@pytest.mark.parametrize("text, expected", GOALS_SET)
def test_a_goal_noun_set_to_is_a_target(text, expected):
    assert trade(text, PUB) == expected


# A regional official's first person ("our exports", "our trade", "we exported") is his region's, as his role names
# it (the chairman of the Mogilev Oblast Executive Committee speaks for Mogilev Oblast); a national official's is
# his country's.
HOST = ("KOSTANAY, May 16 (Kazinform) – Chairman of the Mogilev Oblast Executive Committee Anatoly Isachenko held "
        "talks with Akim of Kostanay region Kumar Aksakalov.\n\n")
MO, KO = "Mogilev Oblast", "Kostanay Region"
REGIONAL_FIRST_PERSON = [
    pytest.param(HOST + "\"Our exports to Kazakhstan grew by 20% last year,\" Anatoly Isachenko said.",
                 [rec("export", period="2023", pct=20.0, parties=(K, MO), reporter=MO)], id="our exports, the chairman"),
    pytest.param(HOST + "\"Our trade with Belarus reached $90 million last year,\" Kumar Aksakalov said.",
                 [rec(value=9e7, period="2023", parties=(B, KO))], id="our trade, the akim"),
    pytest.param(HOST + "Anatoly Isachenko said: \"We exported goods worth $40 million to Kazakhstan last year.\"",
                 [rec("export", value=4e7, period="2023", parties=(K, MO), reporter=MO)], id="we exported, after a colon"),
    pytest.param("MINSK, 3 May (BelTA) – Belarusian Prime Minister Roman Golovchenko met Kazakh Prime Minister Olzhas "
                 "Bektenov.\n\n\"Our exports to Kazakhstan grew by 20% last year,\" Roman Golovchenko said.",
                 [rec("export", period="2023", pct=20.0, parties=(B, K), reporter=B)], id="a national official: his country"),
]


@pytest.mark.parametrize("text, expected", REGIONAL_FIRST_PERSON)
def test_a_regional_officials_first_person_is_his_regions(text, expected):
    assert trade(text, "2024-05-16") == expected


# A gapped clause that gives a change ("..., and with Kazakhstan by 40%", "..., and to Kazakhstan by 12%") has its
# own partner, as one that gives an amount does; the figure before it keeps the partner of its own clause, a bloc too.
GAPPED_CHANGES = [
    pytest.param("Azerbaijan's trade with the Central Asian countries grew by 30% last year, and with Kazakhstan by 40%.",
                 [rec(period="2023", pct=30.0, parties=(AZ, "Central Asia")),
                  rec(period="2023", pct=40.0, parties=(AZ, K))], id="a bloc, then a gapped country"),
    pytest.param("Azerbaijan's trade with the EAEU countries grew by 30% last year, and with Kazakhstan by 40%.",
                 [rec(period="2023", pct=30.0, parties=(AZ, "Eurasian Economic Union")),
                  rec(period="2023", pct=40.0, parties=(AZ, K))], id="the EAEU, then a gapped country"),
    pytest.param("Belarus' trade with Russia grew by 30% last year, and with Kazakhstan by 40%.",
                 [rec(period="2023", pct=30.0, parties=(B, "Russia")),
                  rec(period="2023", pct=40.0, parties=(B, K))], id="a country, then a gapped country"),
    pytest.param("Belarus' exports to Russia rose by 5% last year, and to Kazakhstan by 12%.",
                 [rec("export", period="2023", pct=5.0, parties=(B, "Russia"), reporter=B),
                  rec("export", period="2023", pct=12.0, parties=(B, K), reporter=B)], id="exports, gapped 'to'"),
]


@pytest.mark.parametrize("text, expected", GAPPED_CHANGES)
def test_a_gapped_change_has_its_own_partner(text, expected):
    assert trade(text, PUB) == expected


# "Interregional trade" is the trade of the article's two regions, as "the two regions'" is, when its clause names no
# country; and one region written with two region words ("Brest Oblast ... the Brest region") is one side, named as
# the article first writes it.
REGION_PAIRS = [
    pytest.param(HOST + "Interregional trade amounted to $38.6 million last year.",
                 [rec(value=3.86e7, period="2023", parties=(KO, MO))], id="interregional trade"),
    pytest.param(HOST + "Inter-regional trade grew by 20% last year.",
                 [rec(period="2023", pct=20.0, parties=(KO, MO))], id="inter-regional, hyphenated"),
    pytest.param(HOST + "Belarus-Kazakhstan interregional trade grew by 20% last year.",
                 [rec(period="2023", pct=20.0, parties=(B, K))], id="interregional with the countries named"),
    pytest.param("Mogilev Oblast signed a roadmap with Kazakhstan's Kostanay region. Last year the turnover between the "
                 "Kostanay and Mogilev regions amounted to $38.6 million.",
                 [rec(value=3.86e7, period="2023", parties=(KO, MO))], id="the Mogilev region is Mogilev Oblast"),
    pytest.param("Brest Oblast and Kazakhstan held talks. The Brest region's exports to Kazakhstan reached $38 million "
                 "last year.",
                 [rec("export", value=3.8e7, period="2023", parties=("Brest Oblast", K), reporter="Brest Oblast")],
                 id="the Brest region is Brest Oblast"),
]


@pytest.mark.parametrize("text, expected", REGION_PAIRS)
def test_interregional_trade_and_one_name_per_region(text, expected):
    assert trade(text, "2024-05-16") == expected


# "its" on the object of a verb whose subject names a side is that subject's ("The Belarusian side increased its
# exports"), before the side the text named last ("Belarus and Kazakhstan held talks").
PRONOUN_OF_THE_SUBJECT = [
    pytest.param("Belarus and Kazakhstan held talks. The Belarusian side increased its exports by 15% last year.",
                 [rec("export", period="2023", pct=15.0, parties=(B, K), reporter=B)], id="the Belarusian side ... its"),
    pytest.param("Belarus and Uzbekistan held talks. The Uzbek side expanded its imports of Belarusian machinery by 20% "
                 "last year.",
                 [rec("import", period="2023", pct=20.0, parties=(B, U), reporter=U)], id="the Uzbek side ... its imports"),
    pytest.param("Uzbekistan and Kazakhstan held talks. Uzbekistan increased its exports to Kazakhstan by 10% last year.",
                 [rec("export", period="2023", pct=10.0, parties=(K, U), reporter=U)], id="a country ... its exports"),
]


@pytest.mark.parametrize("text, expected", PRONOUN_OF_THE_SUBJECT)
def test_its_is_the_subjects_side(text, expected):
    assert trade(text, PUB) == expected
