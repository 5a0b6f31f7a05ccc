"""The parties of a trade figure from its clause (issue 11, family 1): "trade between A and B", "A's exports to B",
"B's imports from A", "A-B trade", "with B" after a subject country, a region and the other side, a bloc and the
country trading with it, and the parts of a total a bloc's trade is broken into. Each sentence was written for this
file in the wire style; the records follow GUIDELINES.md ("Parties: a regional figure names the region and the other
side ...; a CIS-wide figure has ["CIS"]; the EU is "European Union"")."""
import pytest

from test_trade_families import B, C, EU, K, KR, U, rec, trade

PUB = "2024-03-05"
EAEU, CIS, T = "Eurasian Economic Union", "CIS", "Türkiye"

CLAUSE_PAIRS = [
    pytest.param("Trade between Uzbekistan and Turkey rose by 9% to $3.2 billion last year.",
                 [rec(value=3.2e9, period="2023", pct=9.0, parties=(T, U))], id="trade between A and B"),
    pytest.param("Last year Kazakhstan's exports to South Korea reached $2.4 billion.",
                 [rec("export", value=2.4e9, period="2023", parties=(K, KR), reporter=K)], id="A's exports to B"),
    pytest.param("China's imports from Belarus grew by 30% last year.",
                 [rec("import", period="2023", pct=30.0, parties=(B, C), reporter=C)], id="B's imports from A"),
    pytest.param("Kazakh-Korean trade reached $6.4 billion last year.",
                 [rec(value=6.4e9, period="2023", parties=(K, KR))], id="adjectives A-B trade"),
    pytest.param("Belarus-China trade grew by 15% to $8.4 billion last year.",
                 [rec(value=8.4e9, period="2023", pct=15.0, parties=(B, C))], id="names A-B trade"),
    pytest.param("Last year Uzbekistan increased its trade with Turkey by 9%.",
                 [rec(period="2023", pct=9.0, parties=(T, U))], id="a subject country and 'with B'"),
    pytest.param("Last year Kazakhstan traded goods worth $6.4 billion with South Korea.",
                 [rec(value=6.4e9, period="2023", parties=(K, KR))], id="A traded with B"),
    pytest.param("Belarus supplied goods worth $900 million to Uzbekistan last year.",
                 [rec("export", value=9e8, period="2023", parties=(B, U), reporter=B)], id="A supplied to B"),
]

REGIONS_AND_BLOCS = [
    pytest.param("Brest Oblast's trade with Kazakhstan reached $48 million last year.",
                 [rec(value=4.8e7, period="2023", parties=("Brest Oblast", K))], id="a region's trade with a country"),
    pytest.param("Last year the Vitebsk region exported to Kazakhstan products worth $30 million.",
                 [rec("export", value=3e7, period="2023", parties=(K, "Vitebsk Region"), reporter="Vitebsk Region")],
                 id="a region exported to a country"),
    pytest.param("Trade between Belarus and Kazakhstan's Karaganda region grew by 20% to $100 million last year.",
                 [rec(value=1e8, period="2023", pct=20.0, parties=(B, "Karaganda Region"))],
                 id="a country and a region of the other: the region stands for its country"),
    pytest.param("Trade within the CIS grew by 8% last year.", [rec(period="2023", pct=8.0, parties=(CIS,))],
                 id="a CIS-wide figure"),
    pytest.param("Trade within the Commonwealth of Independent States grew by 8% last year.",
                 [rec(period="2023", pct=8.0, parties=(CIS,))], id="a CIS-wide figure, the bloc's full name"),
    pytest.param("Last year Kazakhstan's trade with the Commonwealth of Independent States grew by 8%.",
                 [rec(period="2023", pct=8.0, parties=(CIS, K))], id="a country's trade with the CIS in full"),
    pytest.param("Trade between Kazakhstan and the People's Republic of China grew by 10% last year.",
                 [rec(period="2023", pct=10.0, parties=(C, K))], id="a country's full name of five words"),
    pytest.param("The mutual trade of the EAEU countries grew by 9% to $80 billion last year.",
                 [rec(value=8e10, period="2023", pct=9.0, parties=(EAEU,))], id="trade among a bloc's members"),
    pytest.param("Kazakhstan's trade with the EAEU countries grew by 9% to $28 billion last year.",
                 [rec(value=2.8e10, period="2023", pct=9.0, parties=(EAEU, K))], id="a country's trade with a bloc"),
    pytest.param("Belarus' exports to the European Union fell by 40% last year.",
                 [rec("export", period="2023", pct=-40.0, parties=(B, EU), reporter=B)], id="exports to the EU"),
]

# A country's trade with a bloc broken down by partner: the total is the country's with the bloc, the part the
# country's with the partner the part names.
BLOC_TOTALS = [
    pytest.param("Belarus' trade with the EAEU countries totalled $50 billion last year, including $1.3 billion with "
                 "Kazakhstan.", [rec(value=5e10, period="2023", parties=(B, EAEU)),
                                 rec(value=1.3e9, period="2023", parties=(B, K))], id="including with a member"),
    pytest.param("Last year Kazakhstan's trade with the EU reached $40 billion, of which $8 billion was with Italy.",
                 [rec(value=4e10, period="2023", parties=(EU, K)), rec(value=8e9, period="2023", parties=("Italy", K))],
                 id="of which with a member"),
    pytest.param("Last year Kazakhstan's exports to the CIS countries grew to $15 billion, with Uzbekistan accounting for "
                 "$3 billion.", [rec("export", value=1.5e10, period="2023", parties=(CIS, K), reporter=K),
                                 rec("export", value=3e9, period="2023", parties=(K, U), reporter=K)],
                 id="with a member accounting for"),
]


@pytest.mark.parametrize("text, expected", CLAUSE_PAIRS + REGIONS_AND_BLOCS + BLOC_TOTALS)
def test_the_parties_of_a_figure_are_the_sides_its_clause_names(text, expected):
    assert trade(text, PUB) == expected


# A sentence of a pair ("bilateral", "mutual", "the two countries") takes no single side its paragraph carries (a
# bloc-wide or one country's figure before it): its sides are the pair of the story.
PAIR_AFTER_ONE_SIDE = [
    pytest.param("Belarus and Kazakhstan discussed trade. Last year trade between the EAEU countries grew by 9%. Bilateral "
                 "trade grew by 10% to $1.3 billion.",
                 [rec(period="2023", pct=9.0, parties=(EAEU,)), rec(value=1.3e9, period="2023", pct=10.0, parties=(B, K))],
                 id="bilateral after a bloc-wide figure"),
    pytest.param("Kazakhstan and Uzbekistan held talks. Last year trade within the CIS rose by 8%, and mutual trade of the "
                 "two countries grew by 12%.",
                 [rec(period="2023", pct=8.0, parties=(CIS,)), rec(period="2023", pct=12.0, parties=(K, U))],
                 id="mutual trade of the two countries after a CIS-wide clause"),
    pytest.param("Belarus and China held talks in Beijing. Last year China's foreign trade reached $5.9 trillion. "
                 "Bilateral trade grew by 20% to $8.4 billion.",
                 [rec(value=5.9e12, period="2023", parties=(C,)), rec(value=8.4e9, period="2023", pct=20.0, parties=(B, C))],
                 id="bilateral after a country's foreign trade"),
]


@pytest.mark.parametrize("text, expected", PAIR_AFTER_ONE_SIDE)
def test_a_figure_of_the_pair_takes_no_single_side_its_paragraph_carries(text, expected):
    assert trade(text, PUB) == expected


# "whose" stands for the country its relative clause hangs on, which is a side of the clause's figure.
WHOSE = [
    pytest.param("Uzbekistan is Belarus' second largest trading partner in Central Asia after Kazakhstan, whose trade "
                 "with Belarus reached $1.3 billion last year.", [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="whose trade with"),
    pytest.param("Belarus and Uzbekistan held talks.\n\nThe ministers also mentioned Kazakhstan, whose exports to Belarus "
                 "grew by 20% last year.", [rec("export", period="2023", pct=20.0, parties=(B, K), reporter=K)],
                 id="whose exports to"),
    pytest.param("Kazakhstan, whose trade with China reached $41 billion last year, is the largest economy of the region.",
                 [rec(value=4.1e10, period="2023", parties=(C, K))], id="whose trade with, the subject's"),
]


@pytest.mark.parametrize("text, expected", WHOSE)
def test_whose_stands_for_the_country_its_relative_clause_hangs_on(text, expected):
    assert trade(text, PUB) == expected


# A list line reads as a clause of its lead-in: a country heading the line is the partner of the lead-in's trade word,
# whatever the mark (-, •, ·, *) and whether a colon or a dash comes before its number.
LIST_PARTNERS = [
    pytest.param("Kazakhstan's trade with its main partners in 2023:\n- China: $41 billion;\n- Russia: $27 billion;\n"
                 "- Italy: $16 billion.",
                 [rec(value=4.1e10, period="2023", parties=(C, K)), rec(value=2.7e10, period="2023", parties=(K, "Russia")),
                  rec(value=1.6e10, period="2023", parties=("Italy", K))], id="dashes and colons"),
    pytest.param("In 2023 Belarus' exports grew to the following countries:\n\u2022 Kazakhstan \u2013 by 15%;\n"
                 "\u2022 Uzbekistan \u2013 by 20%.",
                 [rec("export", period="2023", pct=15.0, parties=(B, K), reporter=B),
                  rec("export", period="2023", pct=20.0, parties=(B, U), reporter=B)], id="bullets and changes"),
    pytest.param("Last year Uzbekistan's trade with its neighbours was as follows:\n\u00b7 Kazakhstan - $4.4 billion;\n"
                 "\u00b7 Kyrgyzstan - $1.5 billion.",
                 [rec(value=4.4e9, period="2023", parties=(K, U)), rec(value=1.5e9, period="2023", parties=("Kyrgyzstan", U))],
                 id="middle dots and hyphens"),
    pytest.param("Belarusian exports to Central Asia in 2023:\n* Kazakhstan: $900 million;\n* Uzbekistan: $600 million.",
                 [rec("export", value=9e8, period="2023", parties=(B, K), reporter=B),
                  rec("export", value=6e8, period="2023", parties=(B, U), reporter=B)], id="asterisks"),
]


@pytest.mark.parametrize("text, expected", LIST_PARTNERS)
def test_a_country_heading_a_list_line_is_the_partner_of_the_lead_in(text, expected):
    assert trade(text, PUB) == expected


# Capitals of two countries that are the objects of one "between" stand for their countries, as capitals that are a
# clause's subject do ("Astana and Minsk agreed"); a city that is no capital keeps the pair a pair of cities.
CAPITAL_PAIRS = [
    pytest.param("Trade between Astana and Minsk grew by 20% last year.",
                 [rec(period="2023", pct=20.0, parties=(B, K))], id="two capitals"),
    pytest.param("Last year trade between Tashkent and Astana rose to $4.4 billion.",
                 [rec(value=4.4e9, period="2023", parties=(K, U))], id="two capitals, the other order"),
    pytest.param("Trade turnover between Beijing and Minsk reached $8.4 billion last year.",
                 [rec(value=8.4e9, period="2023", parties=(B, C))], id="trade turnover between capitals"),
    pytest.param("Trade between Minsk and Almaty reached $5 million last year.",
                 [rec(value=5e6, period="2023", parties=("Almaty", "Minsk"))], id="a capital and a city"),
]


@pytest.mark.parametrize("text, expected", CAPITAL_PAIRS)
def test_capitals_between_which_trade_goes_stand_for_their_countries(text, expected):
    assert trade(text, PUB) == expected


# A pair of adjectives or names joined by any dash names the two sides, also where the tagger reads the pair as an
# organisation (only places and the marks joining them are no organisation's name).
DASHED_PAIRS = [
    pytest.param("Belarus and Kazakhstan discussed cooperation.\n\nIn 2023 Kazakh\u2013Chinese trade reached $41 billion.",
                 [rec(value=4.1e10, period="2023", parties=(C, K))], id="en dash between adjectives"),
    pytest.param("Belarus and Kazakhstan discussed cooperation.\n\nIn 2023 Kazakh\u2014Chinese trade reached $41 billion.",
                 [rec(value=4.1e10, period="2023", parties=(C, K))], id="em dash between adjectives"),
    pytest.param("In 2023 Uzbek\u2013Korean trade grew by 12%.",
                 [rec(period="2023", pct=12.0, parties=(KR, U))], id="en dash, no lede"),
    pytest.param("Belarus and Kazakhstan discussed cooperation.\n\nIn 2023 Kazakhstan\u2014China trade reached $41 billion.",
                 [rec(value=4.1e10, period="2023", parties=(C, K))], id="em dash between names"),
]


@pytest.mark.parametrize("text, expected", DASHED_PAIRS)
def test_a_dashed_pair_names_the_two_sides(text, expected):
    assert trade(text, PUB) == expected


# A region in the phrase of another amount of the sentence is that amount's side, not the total's; nor does its
# region word point at a region ("Minsk Oblast" is no "the region").
REGION_PARTS = [
    pytest.param("Belarus and Kazakhstan discussed cooperation.\n\nIn 2023 Kazakhstan's trade with Belarus reached $1.3 "
                 "billion, including $300 million with Minsk Oblast.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)), rec(value=3e8, period="2023", parties=(K, "Minsk Oblast"))],
                 id="including a region's part"),
    pytest.param("In 2023 Uzbekistan's exports to Kazakhstan reached $1.1 billion, including $400 million from Tashkent "
                 "region.",
                 [rec("export", value=1.1e9, period="2023", parties=(K, U), reporter=U),
                  rec("export", value=4e8, period="2023", parties=(K, "Tashkent Region"), reporter="Tashkent Region")],
                 id="including a region's exports"),
]


@pytest.mark.parametrize("text, expected", REGION_PARTS)
def test_a_region_of_another_amount_is_no_side_of_the_total(text, expected):
    assert trade(text, PUB) == expected


# Two blocs that are the objects of one "between" are the two sides.
BLOC_PAIRS = [
    pytest.param("In 2023 trade between Central Asia and the EU reached $30 billion.",
                 [rec(value=3e10, period="2023", parties=("Central Asia", EU))], id="an area and the EU"),
    pytest.param("Trade between the EAEU and ASEAN grew by 15% last year.",
                 [rec(period="2023", pct=15.0, parties=(EAEU, "ASEAN"))], id="two blocs' abbreviations"),
    pytest.param("In 2023 trade between the CIS countries grew by 8%.",
                 [rec(period="2023", pct=8.0, parties=(CIS,))], id="one bloc's countries stay one side"),
]


@pytest.mark.parametrize("text, expected", BLOC_PAIRS)
def test_two_blocs_between_which_trade_goes_are_the_sides(text, expected):
    assert trade(text, PUB) == expected
