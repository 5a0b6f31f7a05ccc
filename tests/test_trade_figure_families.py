"""What is a trade figure (issue 11, families 2, 5 and 7): wordings wire copy uses for a figure that the metric
words alone do not show, and numbers in trade stories that are no figure. Each sentence is written for this file
in the wire style and annotated by GUIDELINES.md ("Decisions on borderline cases"); every field the scorer reads
is compared."""
import pytest

from test_trade_families import PUBLISHED, rec, trade

B, K, U, C, KR, R = "Belarus", "Kazakhstan", "Uzbekistan", "China", "South Korea", "Russia"


# "trade" as a verb: the sides traded goods worth an amount (only the sides: a market's trading is no figure, see
# NOT_FIGURES); the amount "in trade" of a side.
TRADED = [
    pytest.param("Belarus and Kazakhstan traded $1.3 billion worth of goods in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="traded an amount's worth of goods"),
    pytest.param("Last year Kazakhstan and China traded goods worth $41 billion.",
                 [rec(value=4.1e10, period="2023", parties=(C, K))], id="traded goods worth an amount"),
    pytest.param("In January-March Uzbekistan and Kazakhstan traded over $1 billion in goods and services.",
                 [rec(value=1e9, period="2024-01/2024-03", parties=(K, U))], id="traded an amount in goods"),
    pytest.param("Belarus ranks among Kazakhstan's ten largest partners with $1.3 billion in trade in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="an amount in trade of a side"),
    pytest.param("Kazakhstan is one of Uzbekistan's main partners, with some $4 billion in mutual trade last year.",
                 [rec(value=4e9, period="2023", parties=(K, U))], id="an amount in mutual trade"),
]

# The nouns of a trade metric are a complete class: "commerce" is turnover, a "trade gap" the balance.
METRIC_NOUNS = [
    pytest.param("Bilateral commerce between Belarus and Kazakhstan reached $1.3 billion in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="commerce"),
    pytest.param("Kazakhstan's trade gap with China widened to $2 billion in 2023.",
                 [rec("surplus", value=2e9, period="2023", parties=(C, K))], id="a trade gap"),
]

# A trade partner's amount in a list ("its main trading partners are Italy ($15.6 billion), ..."): each amount is a
# turnover figure. Only what makes it a figure is compared here; the sides of each conjunct are the parties' rules.
PARTNER_LISTS = [
    pytest.param("Kazakhstan's main trading partners in Europe are Italy ($15.6 billion), the Netherlands ($5.2 "
                 "billion) and Germany ($3.6 billion).", [("turnover", 1.56e10), ("turnover", 5.2e9), ("turnover", 3.6e9)],
                 id="trading partners with amounts in brackets"),
    pytest.param("Belarus' largest trade partners in Central Asia are Kazakhstan with $1.3 billion and Uzbekistan with "
                 "$1.1 billion.", [("turnover", 1.3e9), ("turnover", 1.1e9)], id="trade partners with amounts"),
    pytest.param("The trading house of a Belarusian tractor maker in Almaty sold machines worth $20 million.", [],
                 id="a trading house is a company"),
]

# A word pointing back ("it", "the indicator", "the volume") takes the metric of a trade noun the paragraph named
# in a sentence without figures, whether that noun was the sentence's subject or its object.
ANTECEDENTS = [
    pytest.param("Belarus and Kazakhstan discussed their trade. It reached $1.3 billion in 2023.",
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="the object of a sentence before"),
    pytest.param("The ministers reviewed Kazakh exports to Uzbekistan. Last year they rose by 14%.",
                 [rec("export", period="2023", pct=14.0, parties=(K, U), reporter=K)],
                 id="the object of a sentence before, a change"),
    pytest.param("Belarus and Kazakhstan set a goal for mutual trade. The indicator should reach $2 billion by "
                 "2026.", [rec(value=2e9, period="2026", status="target", parties=(B, K))],
                 id="the object of a preposition before"),
    pytest.param("The sides paid special attention to Korean investment in Kazakhstan. In 2023 the volume "
                 "reached $650 million.",
                 [rec("investment", value=6.5e8, period="2023", parties=(K, KR), reporter=KR)],
                 id="the object of a preposition before, investment"),
]

# A word that points back reaches only a trade noun that is the noun of its phrase, not a word of another
# thing's name ("an export centre"), only within the paragraph, and a pronoun not past a nearer noun of its own
# sentence that agrees with it.
NOT_ANTECEDENTS = [
    pytest.param("Belarus opened an export support centre in Almaty. It cost $5 million.", [],
                 id="a trade word modifying another noun"),
    pytest.param("The ministers discussed trade between Belarus and Kazakhstan.\n\nIt cost the budget $5 million "
                 "to hold the forum.", [], id="across a blank line"),
    pytest.param("Kazakhstan's imports keep growing. The National Bank holds large reserves, and they exceeded $90 "
                 "billion in May.", [], id="a nearer noun of the pronoun's own sentence"),
    pytest.param("Kazakhstan's exports to China keep rising. The national fund manages large assets, and they "
                 "reached $60 billion in May.", [], id="a nearer noun of the pronoun's own sentence 2"),
    pytest.param("Trade between Belarus and Kazakhstan is growing. The government approved a new programme; it "
                 "amounts to $200 million.", [], id="a nearer noun of the pronoun's own sentence 3"),
]

# An object pronoun never stands for the subject of its own clause: it reaches the paragraph's figure.
OBJECT_PRONOUNS = [
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. Our task is to bring it to $2 "
                 "billion.", [rec(value=1.3e9, period="2023", parties=(B, K)),
                              rec(value=2e9, status="target", parties=(B, K))], id="the subject of its own clause"),
]

# The verbs of rising and falling are a complete class: a surplus or deficit widens and narrows, a figure eases,
# dwindles or rallies.
CHANGE_VERBS = [
    pytest.param("Kazakhstan's trade deficit with China widened by 15% in 2023.",
                 [rec("surplus", period="2023", pct=15.0, parties=(C, K))], id="widened"),
    pytest.param("Belarus' trade surplus with Kazakhstan narrowed by 10% to $400 million in 2023.",
                 [rec("surplus", value=4e8, period="2023", pct=-10.0, parties=(B, K))], id="narrowed"),
    pytest.param("Kazakh imports from Belarus eased 3% in 2023.",
                 [rec("import", period="2023", pct=-3.0, parties=(B, K), reporter=K)], id="eased"),
    pytest.param("Kazakhstan's exports to Russia dwindled by 20% in 2023.",
                 [rec("export", period="2023", pct=-20.0, parties=(K, R), reporter=K)], id="dwindled"),
    pytest.param("Trade between Belarus and Kazakhstan rallied 9% in 2023.",
                 [rec(period="2023", pct=9.0, parties=(B, K))], id="rallied"),
]

# A factor written in words of more than one token.
SPELLED_FACTORS = [
    pytest.param("Trade between Belarus and Kazakhstan grew by one and a half times in 2023.",
                 [rec(period="2023", factor=1.5, parties=(B, K))], id="one and a half times"),
    pytest.param("In 2023 Belarusian exports to Kazakhstan increased one-and-a-half-fold.",
                 [rec("export", period="2023", factor=1.5, parties=(B, K), reporter=B)], id="one-and-a-half-fold"),
    pytest.param("Over five years Kazakhstan's exports to Uzbekistan increased two and a half times.",
                 [rec("export", factor=2.5, parties=(K, U), reporter=K)], id="two and a half times"),
    pytest.param("In 2023 trade between Kazakhstan and China rose by one and a half times to $41 billion.",
                 [rec(value=4.1e10, period="2023", factor=1.5, parties=(C, K))], id="by one and a half times, an amount"),
]

# A side as the subject of a verb that states a figure: the statistical NER does not always tag it, the gazetteer
# does ("Belarus ranks ...", "Uzbekistan posted ...").
SIDE_SUBJECTS = [
    pytest.param("Belarus posted a trade surplus of $500 million with Kazakhstan in 2023.",
                 [rec("surplus", value=5e8, period="2023", parties=(B, K))], id="a side posts a surplus"),
    pytest.param("Uzbekistan recorded $4 billion in trade with Kazakhstan last year.",
                 [rec(value=4e9, period="2023", parties=(K, U))], id="a side records an amount in trade"),
]

# A figure stated whatever the verb or noun, a change-only statement merged into the value of the same fact, a
# headline's figure restated in the body: wordings the rules already read, kept as the family's specification.
STATED = [
    pytest.param("Trade between Kazakhstan and China topped $31 billion last year.",
                 [rec(value=3.1e10, period="2023", parties=(C, K))], id="topped"),
    pytest.param("Trade between Belarus and Uzbekistan is estimated at $1.1 billion for 2023.",
                 [rec(value=1.1e9, period="2023", parties=(B, U))], id="is estimated at"),
    pytest.param("Last year Kazakhstan's exports to Russia were worth $9.2 billion.",
                 [rec("export", value=9.2e9, period="2023", parties=(K, R), reporter=K)], id="were worth"),
    pytest.param("Trade between Belarus and Kazakhstan crossed the $1 billion mark in 2023.",
                 [rec(value=1e9, period="2023", parties=(B, K))], id="crossed the mark"),
    pytest.param("Trade turnover between Belarus and Kazakhstan, at $1.3 billion in 2023, remains below its "
                 "potential.", [rec(value=1.3e9, period="2023", parties=(B, K))], id="in an apposition"),
    pytest.param("Kazakhstan reported a turnover worth $1.2 billion with Belarus in 2023.",
                 [rec(value=1.2e9, period="2023", parties=(B, K))], id="a turnover worth"),
    pytest.param("Belarus posted exports totalling $700 million to Kazakhstan in 2023.",
                 [rec("export", value=7e8, period="2023", parties=(B, K), reporter=B)], id="exports totalling"),
    pytest.param("Trade between Kazakhstan and Korea reached USD 6.3 bln in 2023.",
                 [rec(value=6.3e9, period="2023", parties=(K, KR))], id="USD bln"),
    pytest.param("Trade between Belarus and Kazakhstan rose 15% in 2023. Turnover amounted to $1.1 billion last "
                 "year.", [rec(value=1.1e9, period="2023", pct=15.0, parties=(B, K))],
                 id="a change merged into the value of the same fact"),
    pytest.param("Kazakhstan, Uzbekistan trade hits $4 bln\n\nTASHKENT. KAZINFORM - Trade between Kazakhstan and "
                 "Uzbekistan reached $4 billion in 2023, the ministry said.",
                 [rec(value=4e9, period="2023", parties=(K, U))], id="a headline's figure restated"),
]

# A change-only statement and the amount of the same fact are one record, also when the amount's subject points
# back at the change across a paragraph break; an amount of another period or metric stays apart.
CHANGE_THEN_AMOUNT = [
    pytest.param("Trade between Belarus and Kazakhstan grew by 12% in 2023, the ministry said.\n\nIt amounted to "
                 "$1.3 billion.", [rec(value=1.3e9, period="2023", pct=12.0, parties=(B, K))],
                 id="'it' opening the next paragraph"),
    pytest.param("Kazakhstan's exports to Uzbekistan doubled in January-March 2024.\n\nAccording to the customs "
                 "service, they reached $600 million.",
                 [rec("export", value=6e8, period="2024-01/2024-03", factor=2.0, parties=(K, U), reporter=K)],
                 id="'they' opening the next paragraph"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 12% in 2023.\n\nIn January-May 2024 it reached $600 "
                 "million.", [rec(period="2023", pct=12.0, parties=(B, K)),
                              rec(value=6e8, period="2024-01/2024-05", parties=(B, K))],
                 id="an amount of another period"),
    pytest.param("Trade between Belarus and Kazakhstan grew by 12% in 2023.\n\nBelarusian exports reached $900 "
                 "million.", [rec(period="2023", pct=12.0, parties=(B, K)),
                              rec("export", value=9e8, parties=(B, K), reporter=B)],
                 id="an amount of another metric"),
]

# A change-only statement of no period of its own, compared with a year, is the change of the amount of the same
# metric and sides stated for the year after it ("... $1.6 billion in 2025." + "Compared to 2024, exports grew").
CHANGE_AFTER_AMOUNT = [
    pytest.param("Uzbekistan's exports to Kazakhstan stood at $1.6 billion in 2025, imports at $3.3 billion.\n\n"
                 "Compared to 2024, exports grew by 15%, while imports edged down 1%.", "2026-02-01",
                 [rec("export", value=1.6e9, period="2025", pct=15.0, parties=(K, U), reporter=U),
                  rec("import", value=3.3e9, period="2025", pct=-1.0, parties=(K, U), reporter=U)],
                 id="a change compared with the year before the amounts'"),
    pytest.param("Belarus' exports to Kazakhstan reached $900 million in 2025.\n\nCompared to 2020, exports grew by "
                 "40%.", "2026-02-01",
                 [rec("export", value=9e8, period="2025", parties=(B, K), reporter=B),
                  rec("export", pct=40.0, parties=(B, K), reporter=B)],
                 id="a change compared with another year stays apart"),
]

# A headline's figure restated in the text is one record, whatever sides each statement was given (a headline
# often names no side at all, and the sides read for it are then the lede's) and also when the headline rounds it.
HEADLINES = [
    pytest.param("Tokayev visits Tashkent; trade at $4.1 bln\n\nTASHKENT. KAZINFORM - President Kassym-Jomart Tokayev "
                 "arrived in Tashkent on a state visit on Monday, after a stop in Turkmenistan.\n\nAccording to the "
                 "statistics agency, trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2023.",
                 [rec(value=4.1e9, period="2023", parties=(K, U))], id="a headline naming no side"),
    pytest.param("Lukashenko receives Kazakh premier; trade at $1.3 bln\n\nMINSK. BelTA - Belarusian President "
                 "Alexander Lukashenko met with Kazakh Prime Minister Olzhas Bektenov in Minsk on Tuesday.\n\nIn 2023 "
                 "trade between Belarus and Kazakhstan amounted to $1.3 billion, up 5%.",
                 [rec(value=1.3e9, period="2023", pct=5.0, parties=(B, K))], id="a headline naming a person"),
    pytest.param("Belarus-Kazakhstan trade tops $1.3 bln\n\nMINSK. BelTA - Trade between Belarus and Kazakhstan reached "
                 "$1.32 billion in 2023, the ministry said.", [rec(value=1.32e9, period="2023", parties=(B, K))],
                 id="a headline rounds the amount"),
    pytest.param("Kazakhstan-China trade up 20 pct\n\nASTANA. KAZINFORM - Trade between Kazakhstan and China rose by "
                 "19.8% in 2023.", [rec(period="2023", pct=19.8, parties=(C, K))], id="a headline rounds the change"),
]

# A headline amount the text's does not round to, or one of a single written digit, is another figure: only the
# amounts kept apart are compared here (a headline's status and period are the status and period rules').
HEADLINES_APART = [
    pytest.param("Belarus, Kazakhstan eye $2 bln trade\n\nMINSK. BelTA - Trade between Belarus and Kazakhstan reached "
                 "$1.6 billion in 2023.", [2e9, 1.6e9], id="a one-digit headline amount is no rounding of another"),
    pytest.param("Belarus-Kazakhstan trade tops $1.3 bln\n\nMINSK. BelTA - Trade between Belarus and Kazakhstan reached "
                 "$1.38 billion in 2023.", [1.3e9, 1.38e9], id="an amount the headline's does not round to"),
]

# Numbers in trade stories that are no trade figure.
NOT_FIGURES = [
    pytest.param("Uzbekistan invested $20 billion in its own infrastructure in 2023.", [],
                 id="a country's investment in itself"),
    pytest.param("Kazakhstan's trade with China grew 20% in 2023, and the country will invest $3 billion in its own "
                 "railways.", [rec(period="2023", pct=20.0, parties=(C, K))], id="a country's investment in its own assets"),
    pytest.param("The Belarusian government plans to invest BYN 300 million in the renovation of domestic sugar "
                 "factories next year.", [], id="an investment in the country's own plants"),
    pytest.param("This year Kazakhstan supplied 2 million tonnes of wheat to Uzbekistan, and the Asian Development "
                 "Bank allocated $80 million for new grain terminals.", [], id="an amount of another clause's subject"),
    pytest.param("Belarus exported 30,000 tractors to Kazakhstan in 2023, and the Eurasian Development Bank spent "
                 "$40 million on new border checkpoints.", [], id="an amount of another clause's subject 2"),
    pytest.param("Trade between Belarus and Kazakhstan is growing. Tourist flows between the countries grew by 30%.",
                 [], id="a change of another matter whose noun the tagger took for a verb"),
    pytest.param("Trade between Belarus and Kazakhstan is growing. Kazakhstan's foreign debt reached $160 billion.",
                 [], id="a debt"),
    pytest.param("Trade between Belarus and Kazakhstan is growing. The authorized capital of the joint venture is $5 "
                 "million.", [], id="a venture's capital"),
    pytest.param("Trading on the Astana International Exchange reached $1 billion in 2023.", [],
                 id="trading on an exchange"),
    pytest.param("Brent crude traded at $80 per barrel on Monday, and Kazakhstan's exports are growing.", [],
                 id="a commodity traded at a price"),
    pytest.param("Securities worth $500 million were traded on the exchange in 2023.", [], id="securities traded"),
    pytest.param("Belarus and Kazakhstan traded shares worth $3 million on the exchange.", [],
                 id="traded shares"),
    pytest.param("The price of Kazakh wheat exports to Belarus rose to $250 per tonne.", [], id="a price"),
    pytest.param("Kazakhstan exported wheat to Uzbekistan at $250 per tonne in 2023.", [], id="a price of an export"),
    pytest.param("Belarus supplied potash to Kazakhstan at $300 per tonne.", [], id="a price of a supply"),
    pytest.param("The bank granted a $50 million loan to a Belarusian exporter.", [], id="a loan"),
    pytest.param("The company's authorized capital is $10 million.", [], id="a company's capital"),
    pytest.param("Kazakhstan's foreign exchange reserves reached $35 billion.", [], id="reserves"),
    pytest.param("Belarus exported 1.2 million tonnes of potash to Kazakhstan in 2023.", [], id="tonnes"),
    pytest.param("The volume of e-commerce in Kazakhstan reached 2.8 trillion tenge in 2023.", [], id="e-commerce"),
    pytest.param("Online trade in Uzbekistan grew by 40% to $3 billion in 2023.", [], id="online trade"),
]


@pytest.mark.parametrize("text, expected", TRADED)
def test_trade_as_a_verb_and_an_amount_in_trade_are_figures(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", METRIC_NOUNS)
def test_every_noun_of_a_metric_names_it(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", PARTNER_LISTS)
def test_the_amounts_of_a_list_of_trade_partners_are_figures(text, expected):
    assert [(r["metric"], r["value"]) for r in trade(text)] == expected


@pytest.mark.parametrize("text, expected", ANTECEDENTS)
def test_a_word_pointing_back_takes_the_metric_of_a_trade_noun_of_its_paragraph(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", NOT_ANTECEDENTS)
def test_a_word_pointing_back_reaches_no_trade_word_of_another_thing_or_paragraph(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", OBJECT_PRONOUNS)
def test_an_object_pronoun_is_not_its_own_clauses_subject(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", CHANGE_VERBS)
def test_changes_stated_by_any_verb_of_rising_or_falling(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", SPELLED_FACTORS)
def test_factors_written_in_words(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", SIDE_SUBJECTS)
def test_a_side_as_subject_does_not_make_a_figure_another_matter(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", STATED)
def test_figures_stated_whatever_the_verb_or_noun(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", CHANGE_THEN_AMOUNT)
def test_an_amount_pointing_back_at_a_change_is_that_changes_amount(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, published, expected", CHANGE_AFTER_AMOUNT)
def test_a_change_of_no_period_compared_with_the_year_before_an_amount_is_its_change(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, expected", HEADLINES)
def test_a_headlines_figure_restated_in_the_text_is_one_record(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", HEADLINES_APART)
def test_a_headline_amount_the_text_does_not_round_to_is_another_figure(text, expected):
    assert [r["value"] for r in trade(text)] == expected


@pytest.mark.parametrize("text, expected", NOT_FIGURES)
def test_numbers_that_are_no_trade_figure(text, expected):
    assert trade(text) == expected


# A second clause whose verb is left out ("..., and Korean companies $7 billion"): its subject, whatever noun it is (a
# company noun included), is no owner of the amount after it, which is a figure of the left-out verb's metric. Only
# what makes it a figure is compared here; the sides of each conjunct are the parties' rules.
GAPPED_SUBJECTS = [
    pytest.param("Since 2005 Chinese companies have invested $24 billion in Kazakhstan, and Korean companies $7 "
                 "billion.", [("investment", 2.4e10), ("investment", 7e9)], id="companies invested ..., and companies"),
    pytest.param("Belarusian firms invested $30 million in Kazakhstan last year, and Russian firms $120 million.",
                 [("investment", 3e7), ("investment", 1.2e8)], id="firms invested ..., and firms"),
    pytest.param("Last year Korean investors put $1.1 billion into Uzbekistan, Chinese investors $2.3 billion.",
                 [("investment", 1.1e9), ("investment", 2.3e9)], id="investors put ..., investors"),
    pytest.param("Belarus exported $600 million worth of goods to Kazakhstan, and Uzbekistan $200 million.",
                 [("export", 6e8), ("export", 2e8)], id="a side exported ..., and a side"),
    pytest.param("Belarusian enterprises supplied $80 million of machinery to Kazakhstan, and Russian enterprises "
                 "$300 million.", [("export", 8e7), ("export", 3e8)], id="enterprises supplied ..., and enterprises"),
]


@pytest.mark.parametrize("text, expected", GAPPED_SUBJECTS)
def test_the_amount_of_a_clause_whose_verb_is_left_out_is_a_figure(text, expected):
    assert [(r["metric"], r["value"]) for r in trade(text)] == expected


# Figures in the currencies of the region's and the partners' statistics, with the scale words they use.
CURRENCIES = [
    pytest.param("Trade between Kazakhstan and South Korea reached 6.7 trillion won last year.",
                 [rec(value=6.7e12, period="2023", parties=(K, KR))], id="trillion won"),
    pytest.param("In 2023 Kazakhstan's imports from Russia reached 5.3 trln tenge.",
                 [rec("import", value=5.3e12, period="2023", parties=(K, R), reporter=K)], id="trln tenge"),
    pytest.param("Trade between Uzbekistan and Kazakhstan exceeded 50 trillion Uzbek soums in 2023.",
                 [rec(value=5e13, period="2023", parties=(K, U))], id="Uzbek soums"),
    pytest.param("In 2023 trade between China and Kazakhstan grew to 290 billion Chinese yuan.",
                 [rec(value=2.9e11, period="2023", parties=(C, K))], id="Chinese yuan"),
    pytest.param("Belarusian exports to Kazakhstan amounted to 12.3 mln. USD in May.",
                 [rec("export", value=1.23e7, period="2024-05", parties=(B, K), reporter=B)], id="mln. USD"),
    pytest.param("In January-May 2024 trade between Belarus and Kazakhstan amounted to 612,300 thous. US dollars, "
                 "up 5%.", [rec(value=6.123e8, period="2024-01/2024-05", pct=5.0, parties=(B, K))], id="thous. US dollars"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 bln. Exports rose 5%.",
                 [rec(value=1.3e9, parties=(B, K)), rec("export", pct=5.0, parties=(B, K))],
                 id="an abbreviated scale ending a sentence"),
]


@pytest.mark.parametrize("text, expected", CURRENCIES)
def test_figures_in_the_regions_currencies(text, expected):
    assert trade(text) == expected


# A hedged amount ("exceeded $1 billion", "almost $1.3 billion", "about $4 billion") and an exact amount of the same
# metric, period, status and sides that it rounds are one fact stated twice: one record, the exact amount's. The
# exact amount must lie on the hedge's side ("over" below it is another figure) and round to the hedged one at its
# last written digit.
HEDGED_RESTATEMENTS = [
    pytest.param("Trade between Kazakhstan and Belarus exceeded $1 billion in 2023, the ministry said.\n\nIn 2023 "
                 "trade turnover between the two countries amounted to $1.02 billion, up 12%.",
                 [rec(value=1.02e9, period="2023", pct=12.0, parties=(B, K))], id="exceeded, then the exact amount"),
    pytest.param("Trade between Belarus and Kazakhstan reached almost $1.3 billion in 2023. According to the "
                 "statistics committee, trade amounted to $1.28 billion last year.",
                 [rec(value=1.28e9, period="2023", parties=(B, K))], id="almost, then the exact amount"),
    pytest.param("In 2023 Kazakhstan's exports to Uzbekistan totalled $2.47 billion. Kazakh exports to Uzbekistan "
                 "thus reached about $2.5 billion last year.",
                 [rec("export", value=2.47e9, period="2023", parties=(K, U), reporter=K)],
                 id="the exact amount, then about"),
    pytest.param("Kazakhstan-Uzbekistan trade tops $4 bln\n\nTASHKENT. KAZINFORM - Trade between Kazakhstan and "
                 "Uzbekistan exceeded $4 billion in 2023.\n\nTrade turnover amounted to $4.07 billion, up 8.5%.",
                 [rec(value=4.07e9, period="2023", pct=8.5, parties=(K, U))], id="headline, lede and body"),
]

# An amount of a stated period restated rounded (a quote after the statistics) is one fact: the exact amount's record;
# so is a rounded result that states no period of its own.
ROUNDED_RESTATEMENTS = [
    pytest.param("Trade between Belarus and Kazakhstan amounted to $1.32 billion in 2023.\n\n\"In 2023 our trade "
                 "reached $1.3 billion,\" the president said.", [rec(value=1.32e9, period="2023", parties=(B, K))],
                 id="a quote rounds the statistics"),
    pytest.param("\"Last year our exports to Kazakhstan reached $0.9 billion,\" the minister said. According to the "
                 "statistics committee, Belarusian exports to Kazakhstan totalled $906.7 million in 2023.",
                 [rec("export", value=9.067e8, period="2023", parties=(B, K), reporter=B)],
                 id="the rounded amount first"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan reached $1.32 billion.\n\n\"Our trade turnover is $1.3 "
                 "billion. This is not the limit,\" the minister said.", [rec(value=1.32e9, period="2023", parties=(B, K))],
                 id="a quote rounds the result and states no period"),
    pytest.param("Kazakhstan's exports to Uzbekistan stand at $3.1 billion, the minister said.\n\nIn 2023 Kazakh exports "
                 "to Uzbekistan totalled $3.06 billion.",
                 [rec("export", value=3.06e9, period="2023", parties=(K, U), reporter=K)],
                 id="the rounded result of no period first"),
]

# A hedged amount the exact one does not round to, or lies on the wrong side of, is another figure; so is a rounded
# amount of no stated period or one that the other does not round to.
HEDGED_APART = [
    pytest.param("Trade between Belarus and Kazakhstan exceeded $1.3 billion in 2023. Trade amounted to $1.28 billion "
                 "in 2023.", [1.3e9, 1.28e9], id="over, and an amount below it"),
    pytest.param("Trade between Belarus and Kazakhstan reached almost $1.3 billion in 2023. Trade amounted to $1.38 "
                 "billion in 2023.", [1.3e9, 1.38e9], id="almost, and an amount it does not round"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan exceeded $1 billion. In 2022 it amounted to $1.05 "
                 "billion.", [1e9, 1.05e9], id="another period"),
    pytest.param("Trade between Belarus and Kazakhstan amounted to $1.32 billion in 2023. Trade with Uzbekistan "
                 "reached $1.3 billion.", [1.32e9, 1.3e9], id="a rounding of no stated period"),
    pytest.param("Trade between Belarus and Kazakhstan amounted to $1.38 billion in 2023. In 2023 trade reached $1.3 "
                 "billion.", [1.38e9, 1.3e9], id="an amount the other does not round to"),
]


@pytest.mark.parametrize("text, expected", HEDGED_RESTATEMENTS)
def test_a_hedged_amount_and_the_exact_amount_it_rounds_are_one_record(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", ROUNDED_RESTATEMENTS)
def test_an_amount_and_its_rounding_of_one_period_are_one_record(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", HEDGED_APART)
def test_a_hedged_amount_the_exact_one_does_not_fit_is_another_figure(text, expected):
    assert [r["value"] for r in trade(text)] == expected



# A goal stated by the sides themselves ("we", "the two countries", "both countries", "the parties", "the leaders")
# with a verb of reaching or raising on the way to the amount names no metric: it is the goal of the trade its
# paragraph reports, or the paragraph just before when the goal's sentence opens its own (a quote after the figures).
GOAL_SUBJECTS = [
    pytest.param("Trade between Belarus and Kazakhstan amounted to $947 million in 2019. The two countries aim to reach "
                 "$1 billion in 2020, the speaker said.",
                 [rec(value=9.47e8, period="2019", parties=(B, K)),
                  rec(value=1e9, period="2020", status="target", parties=(B, K))], id="the two countries aim to reach"),
    pytest.param("Trade between Uzbekistan and Kazakhstan reached $4 billion in 2023. Both countries seek to achieve "
                 "$10 billion.", [rec(value=4e9, period="2023", parties=(K, U)),
                                  rec(value=1e10, status="target", parties=(K, U))], id="both countries seek to achieve"),
    pytest.param("Trade between Uzbekistan and Kazakhstan reached $4 billion in 2023. The leaders set the task of "
                 "reaching $10 billion in the coming years.",
                 [rec(value=4e9, period="2023", parties=(K, U)), rec(value=1e10, status="target", parties=(K, U))],
                 id="the leaders set the task of reaching"),
    pytest.param("Trade between Belarus and Kazakhstan amounted to $947 million in 2023.\n\n\"We should reach at least "
                 "$1 billion this year,\" the prime minister said.",
                 [rec(value=9.47e8, period="2023", parties=(B, K)),
                  rec(value=1e9, period="2024", status="target", parties=(B, K))], id="we, opening the next paragraph"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan grew to $1.3 billion. Belarusian exports rose to $1 "
                 "billion.\n\n\"We should reach $2 billion this year,\" the prime minister said.",
                 [rec(value=1.3e9, period="2023", parties=(B, K)),
                  rec("export", value=1e9, period="2023", parties=(B, K), reporter=B),
                  rec(value=2e9, period="2024", status="target", parties=(B, K))],
                 id="the sides' goal after one side's exports is of their trade"),
    pytest.param("Korean investment in Kazakhstan reached $7 billion in 2023. The two countries aim to reach $10 "
                 "billion.", [rec("investment", value=7e9, period="2023", parties=(K, KR), reporter=KR),
                              rec("investment", value=1e10, status="target", parties=(K, KR), reporter=KR)],
                 id="the sides' goal of investment"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The two countries want to bring "
                 "the figure to $2 billion.", [rec(value=1.3e9, period="2023", parties=(B, K)),
                                               rec(value=2e9, status="target", parties=(B, K))],
                 id="the two countries want to bring the figure to"),
    pytest.param("Belarus and Kazakhstan traded goods worth $1.3 billion in 2023. The parties intend to raise this "
                 "to $2 billion by 2026.", [rec(value=1.3e9, period="2023", parties=(B, K)),
                                            rec(value=2e9, period="2026", status="target", parties=(B, K))],
                 id="the parties intend to raise"),
]

# The sides' goal needs the paragraph's trade and a verb of reaching: the sides spending is no goal, nor is a quote
# two paragraphs after the figures or in a story of no trade.
NOT_GOAL_SUBJECTS = [
    pytest.param("Trade between Belarus and Kazakhstan amounted to $947 million in 2019. The two countries spent $5 "
                 "million on the forum.", [rec(value=9.47e8, period="2019", parties=(B, K))], id="no verb of reaching"),
    pytest.param("Trade between Belarus and Kazakhstan amounted to $947 million in 2019.\n\nThe forum gathered 300 "
                 "companies.\n\n\"We should reach $1 billion,\" the minister said.",
                 [rec(value=9.47e8, period="2019", parties=(B, K))], id="two paragraphs after the figures"),
    pytest.param("The two countries aim to reach $1 billion in 2020, the speaker said.", [],
                 id="no trade in the paragraph"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The sides agreed to raise the "
                 "authorized capital of the joint venture to $10 million.", [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a goal of the verb's own object"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The parties plan to bring the "
                 "portfolio of joint projects to $2 billion.", [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="a goal of the verb's own object 2"),
]


@pytest.mark.parametrize("text, expected", GOAL_SUBJECTS)
def test_a_goal_the_sides_state_is_of_the_paragraphs_trade(text, expected):
    assert trade(text) == expected


@pytest.mark.parametrize("text, expected", NOT_GOAL_SUBJECTS)
def test_the_sides_goal_needs_the_paragraphs_trade_and_a_verb_of_reaching(text, expected):
    assert trade(text) == expected


# Selling and buying are exports and imports when a side sells or buys ("Belarus sold goods worth ...", "Kazakhstan's
# purchases from Belarus"); a company's or a market's sale or purchase is no figure of the sides.
SOLD_AND_BOUGHT = [
    pytest.param("In 2023 Belarus sold goods worth $900 million to Kazakhstan.",
                 [rec("export", value=9e8, period="2023", parties=(B, K), reporter=B)], id="a side sold goods worth"),
    pytest.param("Last year Kazakhstan bought Belarusian goods worth $280 million.",
                 [rec("import", value=2.8e8, period="2023", parties=(B, K), reporter=K)], id="a side bought goods worth"),
    pytest.param("Uzbekistan purchased $500 million of Kazakh wheat and flour in 2023.",
                 [rec("import", value=5e8, period="2023", parties=(K, U), reporter=U)], id="a side purchased"),
    pytest.param("Kazakhstan's purchases from Belarus reached $280 million in 2023.",
                 [rec("import", value=2.8e8, period="2023", parties=(B, K), reporter=K)], id="a side's purchases"),
    pytest.param("The holding sold a 20% stake in the plant for $1 billion.", [], id="a company sold a stake"),
    pytest.param("The state fund bought the cement plant for $50 million.", [], id="a fund bought a plant"),
    pytest.param("Car buyers in Kazakhstan purchased vehicles worth $3 billion in 2023.", [], id="buyers in a market"),
]


@pytest.mark.parametrize("text, expected", SOLD_AND_BOUGHT)
def test_a_side_selling_or_buying_is_an_export_or_import(text, expected):
    assert trade(text) == expected


# A noun that points back ("the volume", "the target", "the figure") and says what it is of names that matter: "the
# volume of the fund" is no trade figure; the amount or the time it is of ("the target of $2 billion", "the volume of
# January-May") is no matter, and the noun stands for the paragraph's trade.
OF_WHAT = [
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The target of $2 billion should be "
                 "reached by 2026.", [rec(value=1.3e9, period="2023", parties=(B, K)),
                                      rec(value=2e9, period="2026", status="target", parties=(B, K))],
                 id="the target of an amount"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The volume of January-May 2024 "
                 "exceeded $600 million.", [rec(value=1.3e9, period="2023", parties=(B, K)),
                                            rec(value=6e8, period="2024-01/2024-05", parties=(B, K))],
                 id="the volume of a period"),
    pytest.param("Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The sides intend to bring the "
                 "volume of the fund to $1 billion.", [rec(value=1.3e9, period="2023", parties=(B, K))],
                 id="the volume of another matter"),
]


@pytest.mark.parametrize("text, expected", OF_WHAT)
def test_a_noun_pointing_back_is_of_the_matter_it_names(text, expected):
    assert trade(text) == expected
