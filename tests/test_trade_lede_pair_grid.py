"""The sides of a one-country figure in a story of a pair (issue 11, family 1): a lede (headline and first paragraph)
that names a pair and their trade x a later figure whose clause names one of the pair and no partner x four pairs.

GUIDELINES ("parties: the two sides"; "never guessed from a default pair"): a story about the trade of two countries
reports the flows between them, so "Uzbekistan's exports grew to $1.2 billion" under a lede of Kazakhstan-Uzbekistan
trade is the pair's; a clause that says "total", "foreign", "overall" or names the world as the partner ("to the
world", "abroad", "to 60 countries") is a country's trade with the world and has that country alone, and so is a
figure under a lede of talks or cooperation that names no trade. Every sentence was written for this file."""
from itertools import product

import pytest

from test_trade_families import B, C, K, KR, U, rec, trade

PUB = "2024-03-05"  # "last year" is 2023
T = "Türkiye"

# (A, B, adjective of A, adjective of B, city of the talks); the figures are of side B
PAIRS = [(B, K, "Belarusian", "Kazakh", "Minsk"), (K, U, "Kazakh", "Uzbek", "Tashkent"),
         (B, C, "Belarusian", "Chinese", "Beijing"), (K, KR, "Kazakh", "Korean", "Seoul"),
         (U, T, "Uzbek", "Turkish", "Ankara")]
NAMES = {T: "Turkey", KR: "South Korea"}  # as a wire story writes them

TRADE_LEDES = {
    "discussed ways to expand trade": "{A} and {B} discussed ways to expand trade at talks in {city} on Monday.",
    "headline of the pair's trade": "{A}, {B} to boost trade\n\nThe delegations of {A} and {B} met in {city} on Monday.",
    "trade and economic cooperation": "{A} and {B} reviewed trade and economic cooperation in {city} on Monday.",
    "adjectives of the pair": "{a} and {b} officials discussed bilateral trade in {city} on Monday.",
}
OFFICIALS_TRADE_LEDES = {  # the pair only in the officials' titles or names (the registry's countries)
    "the officials' titles": "{a} and {b} ministers discussed ways to expand trade in {city} on Monday.",
}
OTHER_LEDES = {  # no trade word: a one-country figure stays that country's
    "industrial cooperation": "{A} and {B} discussed industrial cooperation in {city} on Monday.",
    "held talks": "{A} and {B} held talks in {city} on Monday.",
}
ONE_SIDE_FIGURES = {  # figure of side B -> record (metric, value, pct)
    "B's exports grew to": ("{B}'s exports grew by 20% to $1.2 billion last year, the ministry said.",
                            dict(metric="export", value=1.2e9, pct=20.0)),
    "B exported goods worth": ("Last year {B} exported goods worth $1.2 billion.", dict(metric="export", value=1.2e9)),
    "exports from B": ("Exports from {B} climbed to $1.2 billion last year.", dict(metric="export", value=1.2e9)),
    "B's imports rose": ("Last year {B}'s imports rose by 15% to $700 million.",
                         dict(metric="import", value=7e8, pct=15.0)),
    "B imported goods worth": ("Last year {B} imported goods worth $700 million.", dict(metric="import", value=7e8)),
}
WORLD_FIGURES = {  # a figure of side B with the world, whatever the lede
    "total exports": "{B}'s total exports grew by 20% to $1.2 billion last year.",
    "overall exports": "Last year {B}'s overall exports grew by 20% to $1.2 billion.",
    "exports to the world": "{B}'s exports to the world grew by 20% to $1.2 billion last year.",
    "exported to 60 countries": "Last year {B} exported goods worth $1.2 billion to 60 countries.",
    "exports to foreign markets": "{B}'s exports to foreign markets grew by 20% to $1.2 billion last year.",
    "sold abroad": "Last year {B} sold goods worth $1.2 billion abroad.",
}
WORLD_RECORDS = {"total exports": dict(pct=20.0), "overall exports": dict(pct=20.0),
                 "exports to the world": dict(pct=20.0), "exports to foreign markets": dict(pct=20.0)}


def fill(template, pair):
    a, b, a_adj, b_adj, city = pair
    return template.format(A=NAMES.get(a, a), B=NAMES.get(b, b), a=a_adj, b=b_adj, city=city)


def _cases():
    cases = []
    for (l_name, lede), (f_name, (figure, want)), pair in product(TRADE_LEDES.items(), ONE_SIDE_FIGURES.items(),
                                                                  PAIRS):
        reporter = pair[1]
        cases.append(pytest.param(fill(lede + "\n\n" + figure, pair),
                                  [rec(period="2023", parties=pair[:2], reporter=reporter, **want)],
                                  id=f"trade lede {l_name} / {f_name} / {pair[0]}-{pair[1]}: the pair"))
    for (l_name, lede), (f_name, (figure, want)), pair in product(OFFICIALS_TRADE_LEDES.items(),
                                                                  ONE_SIDE_FIGURES.items(), PAIRS[:2]):
        cases.append(pytest.param(fill(lede + "\n\n" + figure, pair),
                                  [rec(period="2023", parties=pair[:2], reporter=pair[1], **want)],
                                  id=f"officials' lede {l_name} / {f_name} / {pair[0]}-{pair[1]}: the pair"))
    for (l_name, lede), (f_name, (figure, want)), pair in product(OTHER_LEDES.items(), ONE_SIDE_FIGURES.items(),
                                                                  PAIRS[:2]):
        cases.append(pytest.param(fill(lede + "\n\n" + figure, pair),
                                  [rec(period="2023", parties=pair[1:2], reporter=pair[1], **want)],
                                  id=f"other lede {l_name} / {f_name} / {pair[0]}-{pair[1]}: the one side"))
    for (l_name, lede), (f_name, figure), pair in product({**TRADE_LEDES, **OTHER_LEDES}.items(),
                                                          WORLD_FIGURES.items(), PAIRS[:3]):
        want = WORLD_RECORDS.get(f_name, {})
        cases.append(pytest.param(fill(lede + "\n\n" + figure, pair),
                                  [rec("export", value=1.2e9, period="2023", parties=pair[1:2], reporter=pair[1],
                                       **want)],
                                  id=f"lede {l_name} / {f_name} / {pair[0]}-{pair[1]}: trade with the world"))
    return cases


@pytest.mark.parametrize("text, expected", _cases())
def test_a_one_country_figure_in_a_story_of_the_pairs_trade_is_the_pairs(text, expected):
    assert trade(text, PUB) == expected


CONTRASTS = [
    pytest.param("Belarus and Kazakhstan discussed ways to expand trade.\n\nIn 2023 Belarus' exports grew by 10% to $40 "
                 "billion, while its trade with Kazakhstan came to $1 billion.",
                 [rec("export", value=4e10, period="2023", pct=10.0, parties=(B,), reporter=B),
                  rec(value=1e9, period="2023", parties=(B, K))],
                 id="a partner named in a later clause: the first clause is the world's"),
    pytest.param("Kazakhstan and Uzbekistan discussed ways to expand trade.\n\nUzbekistan's exports to Russia grew to "
                 "$3 billion last year.",
                 [rec("export", value=3e9, period="2023", parties=("Russia", U), reporter=U)],
                 id="a partner of the clause outside the pair"),
    pytest.param("Kazakhstan and Uzbekistan discussed ways to expand trade.\n\nKyrgyzstan's exports grew to $3 billion "
                 "last year.",
                 [rec("export", value=3e9, period="2023", parties=("Kyrgyzstan",), reporter="Kyrgyzstan")],
                 id="a country outside the pair"),
    pytest.param("Kazakhstan and Uzbekistan discussed ways to expand trade.\n\nUzbekistan's foreign trade reached $63 "
                 "billion last year.\n\nUzbekistan's exports grew by 20% to $24 billion.",
                 [rec(value=6.3e10, period="2023", parties=(U,)),
                  rec("export", value=2.4e10, pct=20.0, parties=(U,), reporter=U)],
                 id="after the side's total with the world, in another paragraph"),
    pytest.param("Kazakhstan and Uzbekistan discussed ways to expand trade.\n\nUzbekistan's foreign trade reached $63 "
                 "billion last year. Uzbekistan's exports grew by 20% to $24 billion.",
                 [rec(value=6.3e10, period="2023", parties=(U,)),
                  rec("export", value=2.4e10, period="2023", pct=20.0, parties=(U,), reporter=U)],
                 id="after the side's total with the world, in its paragraph"),
    pytest.param("Kazakhstan and Uzbekistan held talks.\n\nKazakhstan's foreign trade reached $140 billion last year. "
                 "Kazakhstan's imports grew by 10% to $60 billion.",
                 [rec(value=1.4e11, period="2023", parties=(K,)),
                  rec("import", value=6e10, period="2023", pct=10.0, parties=(K,), reporter=K)],
                 id="a lede of talks: the side's total, then its imports"),
]


@pytest.mark.parametrize("text, expected", CONTRASTS)
def test_a_one_country_figure_beside_a_partner_or_outside_the_pair_keeps_its_own_sides(text, expected):
    assert trade(text, PUB) == expected


# --------------------------------------------------------------------------------------------------------------
# The sides named only through the officials of the lede: a person's country is the one their role gives (the title
# the text writes, else the registry's: "Tokayev" is Kazakhstan's), so "Lukashenko held talks with Tokayev. Bilateral
# trade grew by 10%" is Belarus-Kazakhstan trade, and the "our" of a quote is the country of the one who says it.
# --------------------------------------------------------------------------------------------------------------

OFFICIAL_PAIRS = [(B, K, "Alexander Lukashenko", "Kassym-Jomart Tokayev"), (K, U, "Kassym-Jomart Tokayev",
                                                                           "Shavkat Mirziyoyev"),
                  (B, C, "Alexander Lukashenko", "Xi Jinping"), (U, T, "Shavkat Mirziyoyev", "Recep Tayyip Erdogan")]
OFFICIAL_LEDES = {"X met with Y": "{pa} met with {pb} on Monday.",
                  "X received Y": "{pa} received {pb} at the presidential residence.",
                  "X held talks with Y": "{pa} held talks with {pb} on Monday."}
OFFICIAL_BODIES = {  # body -> record; reporter 0: the first official's country
    "trade turnover": ("Trade turnover rose by 12% to $1.3 billion last year.", dict(value=1.3e9, pct=12.0)),
    "bilateral trade": ("Bilateral trade grew by 12% last year.", dict(pct=12.0)),
    "our trade, said X": ('"Last year our trade reached $1.3 billion," {pa} said.', dict(value=1.3e9)),
    "our exports, said X": ('"Last year our exports grew by 15%," {pa} said.', dict(metric="export", pct=15.0,
                                                                                   reporter=0)),
}


def _official_cases():
    cases = []
    for (l_name, lede), (b_name, (body, want)), (sep_name, sep), pair in product(
            OFFICIAL_LEDES.items(), OFFICIAL_BODIES.items(), {"next paragraph": "\n\n", "same paragraph": " "}.items(),
            OFFICIAL_PAIRS):
        a, b, pa, pb = pair
        want = {**want, "reporter": a if "reporter" in want else None}
        cases.append(pytest.param((lede + sep + body).format(pa=pa, pb=pb), [rec(period="2023", parties=(a, b), **want)],
                                  id=f"{l_name} / {b_name} / {sep_name} / {a}-{b}"))
    return cases


@pytest.mark.parametrize("text, expected", _official_cases())
def test_the_sides_named_only_through_the_officials_of_the_lede_are_their_countries(text, expected):
    assert trade(text, PUB) == expected


OFFICIALS_TRADE_STORIES = [
    pytest.param("Alexander Lukashenko and Kassym-Jomart Tokayev discussed trade and investment in Minsk.\n\nLast year "
                 "Kazakhstan imported goods worth $900 million.",
                 [rec("import", value=9e8, period="2023", parties=(B, K), reporter=K)],
                 id="the pair through its presidents' names"),
    pytest.param("Belarusian Prime Minister Roman Golovchenko and Kazakh Prime Minister Olzhas Bektenov discussed ways to "
                 "expand trade in Minsk.\n\nKazakhstan's exports grew by 20% to $400 million last year.",
                 [rec("export", value=4e8, period="2023", pct=20.0, parties=(B, K), reporter=K)],
                 id="the pair through its prime ministers' titles"),
    pytest.param("Belarusian Prime Minister Roman Golovchenko and Kazakh Prime Minister Olzhas Bektenov discussed "
                 "industrial cooperation in Minsk.\n\nKazakhstan's exports grew by 20% to $80 billion last year.",
                 [rec("export", value=8e10, period="2023", pct=20.0, parties=(K,), reporter=K)],
                 id="officials' lede of no trade: the one side"),
]


@pytest.mark.parametrize("text, expected", OFFICIALS_TRADE_STORIES)
def test_a_lede_of_the_pairs_trade_through_its_officials_makes_a_one_country_figure_the_pairs(text, expected):
    assert trade(text, PUB) == expected


SPEAKERS = [
    pytest.param('Alexander Lukashenko met with the Chinese ambassador. "Our exports to China grew by 15% last year," '
                 'Lukashenko said.', [rec("export", period="2023", pct=15.0, parties=(B, C), reporter=B)],
                 id="the speaker's country, not the last title's"),
    pytest.param('Kassym-Jomart Tokayev received the Uzbek foreign minister. "Our trade grew by 20% last year," Tokayev '
                 'noted.', [rec(period="2023", pct=20.0, parties=(K, U))], id="our trade: the speaker's and the guest's"),
    pytest.param('"Our trade with Kazakhstan grew by 20% last year," Shavkat Mirziyoyev said.',
                 [rec(period="2023", pct=20.0, parties=(K, U))], id="our trade with a partner: the speaker's country"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_the_first_person_of_a_quote_is_the_country_of_the_one_who_says_it(text, expected):
    assert trade(text, PUB) == expected
