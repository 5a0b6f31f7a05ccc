"""The reporter of a pair's export or import figure that names no owner (issue 11, family 3): "exports" and "imports"
that an official of one side states in the figure's sentence ("..., the Belarusian Deputy Prime Minister said",
"According to X, ...", "He added that ..." after X) are that side's; the narrator's figures after an official's
words, or figures no one states, do not say whose they are (GUIDELINES: the reporter "when stated"; the story grid's
"exports and imports" after "..., X said").
Each sentence is written for this file in the wire style and annotated by GUIDELINES.md ("`reporter`: whose export
or import it is, when stated")."""
import pytest

from test_trade_families import B, K, U, rec, trade

PUB = "2024-03-05"
TALKS = "MINSK. BelTA - Belarus and Kazakhstan discussed trade.\n\n"

STATED_BY_A_SIDE = [
    pytest.param(TALKS + "Exports to Uzbekistan grew by 9% in 2023, according to Belarusian Deputy Prime Minister "
                 "Viktor Karankevich.",
                 [rec("export", period="2023", pct=9.0, parties=(B, U), reporter=B)], id="according to, after the figure"),
    pytest.param(TALKS + "In 2023 mutual trade grew by 8%, and exports rose by 12%, Kazakhstan's Ambassador to Belarus "
                 "Askar Baizhanov said.",
                 [rec(period="2023", pct=8.0, parties=(B, K)),
                  rec("export", period="2023", pct=12.0, parties=(B, K), reporter=K)],
                 id="the speaker of the figure's sentence"),
    pytest.param(TALKS + "Bilateral trade reached $1.3 billion in 2023, Belarusian Deputy Prime Minister Viktor "
                 "Karankevich said. He added that exports grew to $1 billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K), reporter=B)],
                 id="'he added', after the named speaker"),
]

# A body of one side that states the figure in its sentence makes it that side's, as its official does.
STATED_BY_A_BODY = [
    pytest.param("Kazakhstan and Belarus discussed trade.\n\nIn 2023 bilateral trade reached $1 billion. Exports "
                 "amounted to $700 million, according to the Bureau of National Statistics of Kazakhstan.",
                 [rec(value=1e9, period="2023", parties=(B, K)),
                  rec("export", value=7e8, period="2023", parties=(B, K), reporter=K)], id="according to a bureau of"),
    pytest.param("Kazakhstan and Belarus discussed trade.\n\nIn 2023 bilateral trade reached $1 billion. Exports "
                 "amounted to $700 million, the Kazakh Ministry of Trade and Integration said.",
                 [rec(value=1e9, period="2023", parties=(B, K)),
                  rec("export", value=7e8, period="2023", parties=(B, K), reporter=K)], id="a ministry said"),
    pytest.param("Kazakhstan and Belarus discussed trade.\n\nIn 2023 bilateral trade reached $1 billion. According to "
                 "the National Statistics Committee of Belarus, imports amounted to $300 million.",
                 [rec(value=1e9, period="2023", parties=(B, K)),
                  rec("import", value=3e8, period="2023", parties=(B, K), reporter=B)], id="according to, before"),
    pytest.param("Kazakhstan and Belarus discussed trade.\n\nIn 2023 bilateral trade reached $1 billion. Exports "
                 "amounted to $700 million, BelTA reported.",
                 [rec(value=1e9, period="2023", parties=(B, K)),
                  rec("export", value=7e8, period="2023", parties=(B, K))], id="a news agency names no side"),
]

NOT_STATED = [
    pytest.param("MINSK. BelTA - Belarusian Prime Minister Roman Golovchenko met with the Kazakh ambassador.\n\n"
                 "According to Roman Golovchenko, Kazakhstan is one of Belarus' key partners. In 2023 bilateral trade "
                 "grew by 8% to $1.3 billion. The exports amounted to $1 billion, the imports to $300 million.",
                 [rec(value=1.3e9, period="2023", pct=8.0, parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K)),
                  rec("import", value=3e8, period="2023", parties=(B, K))],
                 id="the narrator's figures after an official's account"),
    pytest.param("ASTANA. KAZINFORM - Kazakh Minister of Trade and Integration Arman Shakkaliyev met with his Uzbek "
                 "counterpart.\n\n\"Our cooperation is growing,\" Arman Shakkaliyev said. In 2023 trade between the "
                 "two countries reached $4.4 billion. Exports amounted to $2.9 billion, and imports came to $1.5 "
                 "billion.",
                 [rec(value=4.4e9, period="2023", parties=(K, U)),
                  rec("export", value=2.9e9, period="2023", parties=(K, U)),
                  rec("import", value=1.5e9, period="2023", parties=(K, U))],
                 id="the narrator's figures after a quote"),
    pytest.param("ASTANA. KAZINFORM - Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. Exports "
                 "amounted to $1 billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K))], id="no one states them"),
    pytest.param("MINSK. BelTA - Belarusian Deputy Prime Minister Viktor Karankevich said that cooperation is growing."
                 "\n\nTrade between Belarus and Kazakhstan reached $1.3 billion in 2023. Exports amounted to $1 "
                 "billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K))], id="a speaker of another paragraph"),
    pytest.param(TALKS + "Trade between Belarus and Kazakhstan reached $1.3 billion in 2023, Uzbek Ambassador to "
                 "Belarus Bakhtiyor Ibragimov noted. Exports amounted to $1 billion.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K))], id="a speaker of neither side"),
]


# "the region" as the subject or owner of a flow stands for the region named last, also in an official's title.
REGION_REFERENTS = [
    pytest.param("MINSK. BelTA - Brest Oblast Governor Pyotr Parkhomchik met with the Kazakh ambassador. Last year the "
                 "region exported goods worth $38 million to Kazakhstan.",
                 [rec("export", value=3.8e7, period="2023", parties=("Brest Oblast", K), reporter="Brest Oblast")],
                 id="the region exported, after a governor's title"),
    pytest.param("KOSTANAY. KAZINFORM - Akim of Kostanay region Kumar Aksakalov received a Belarusian delegation. In 2023 "
                 "the region's imports from Belarus grew by 15%.",
                 [rec("import", period="2023", pct=15.0, parties=(B, "Kostanay Region"), reporter="Kostanay Region")],
                 id="the region's imports, after an akim's title"),
    pytest.param("MINSK. BelTA - Gomel Oblast Governor Ivan Krupko met with a Kazakh business delegation.\n\nIn 2023 the "
                 "oblast's trade with Kazakhstan reached $60 million.",
                 [rec(value=6e7, period="2023", parties=("Gomel Oblast", K))],
                 id="the oblast's trade, the region of the lede's title"),
]


@pytest.mark.parametrize("text, expected", STATED_BY_A_SIDE + STATED_BY_A_BODY + NOT_STATED + REGION_REFERENTS)
def test_the_reporter_of_unowned_exports_is_the_side_stating_them(text, expected):
    assert trade(text, PUB) == expected
