"""The story grid for trade (session 11): whole wire articles composed from paragraph templates, and the exact full
list of trade records of each article (metric, value, period, change, status, parties, reporter).

The sentence grids (test_trade_figure_grid.py, test_trade_scope_grid.py) fix one sentence at a time; what they never
cross is the ARTICLE: a headline over a lede, a dateline, the published day, a lede that names the pair and body
figures that do not, quotes, background paragraphs of older years, distractor paragraphs of other matters or other
pairs, figures laid out as lists, and the same figure restated. Every sentence was written for this file in the style
of Kazinform and BelTA stories and every expected record is decided by GUIDELINES.md ("Decisions on borderline
cases"); where the guidelines are silent a comment says so and the reading a trade analyst would want is asserted.

Sub-grids (each dimension crossed with the others it interacts with, the rest at a default):
1. headline (none / the figure / only the change / another pair's figure) x dateline (KAZINFORM, BelTA with a day,
   none) x published (the field, the ` date` header, none), over one Belarus-Kazakhstan story of "last year".
2. lede (the pair, the pair's officials, one country and an official of the other, the pair as subject of a verb
   of intent) x body figure that names no side x same or next paragraph x four pairs; and ledes whose sides are
   only two acting officials' titles x a body sentence naming one side ("according to the Kazakh side"); and ledes
   of a region and a country of another side (named, or a governor's title and an ambassador) x body figures; and
   ledes naming one side and the other only by the city the side is in ("The Belarusian delegation arrived in
   Astana").
3. period placement across paragraphs: a period in a lede of no figure, back-references, "the same period of 2022",
   a background paragraph of an older year between current figures, "this year" after an earlier year; and a
   sentence of the year x a year-less half or quarter after it ("In the second half") x its clause.
4. quotes: "our exports", "we reached", a target, a forecast, "our trade", a result and a plan, by speakers of either
   side x the quote's own paragraph or the lede's x four pairs.
5. distractor paragraphs (another pair, a country's world total, revenue, a loan, a venture's output, tonnes) x
   where they stand (after the lede, after the body, in the lede's paragraph) x four pairs.
6. structure (a list with dashes, a table-like line, "Of this amount", "respectively", "from A ..., and from B")
   x four pairs.
7. restatement: the headline's and lede's figure restated in the body, in a quote, rounded or hedged.
8. more shapes: shares and ranks, the parts of a total, two years "respectively", a comparison after the figure,
   a relative background year, whole stories of other pairs under datelines.
9. discourse: pronouns and "the figure" pointing back, a headline's goal or rounded change, a pair carried after a
   distractor sentence, a forecast lede, a quote over two paragraphs, an investor named in the lede.
10. wire habits of a body paragraph: "For reference:", "As Kazinform reported earlier", "according to the results
    of", a change in brackets, "which is 20% higher than", gapped clauses and colons."""
import json
from itertools import product

import pytest

import kazbel_extract
from test_trade_families import B, C, K, KR, U, rec

PUB = "2024-03-05"  # published: "last year" is 2023, "this year" 2024
FIELDS = ("metric", "value", "period", "change_pct", "change_factor", "status", "parties", "reporter")

# the pairs: (A, B, adjective of A, adjective of B, city, an official of A, an official of B)
PAIRS = [
    (B, K, "Belarusian", "Kazakh", "Minsk", "Roman Golovchenko", "Olzhas Bektenov"),
    (K, U, "Kazakh", "Uzbek", "Tashkent", "Serik Zhumangarin", "Jamshid Khodjaev"),
    (B, C, "Belarusian", "Chinese", "Beijing", "Petr Parkhomchik", "Wang Wentao"),
    (K, KR, "Kazakh", "Korean", "Seoul", "Arman Shakkaliyev", "Ahn Duk-geun"),
]
BK = PAIRS[0]


def fill(template, pair):
    a, b, a_adj, b_adj, city, pa, pb = pair
    return template.format(A=a, B=b, a=a_adj, b=b_adj, city=city, pa=pa, pb=pb)


def story(*paragraphs, headline=None, dateline=""):
    body = "\n\n".join(paragraphs)
    if dateline:
        body = f"{dateline} {body}"
    return f"{headline}\n\n{body}" if headline else body


# --------------------------------------------------------------------------------------------------------------
# 1. headline x dateline x published
# The story's figure is of "last year": its period is 2023 when the article has a published day (the field or the
# ` date` header), and null when it has none (a dateline's day has no year).
# --------------------------------------------------------------------------------------------------------------

HEADLINES = {  # headline -> what it adds to the lede's record (one record: the headline restates the lede)
    "none": None,
    "the figure": "Belarus-Kazakhstan trade hits $1.2 bln",
    "only the change": "Belarus-Kazakhstan trade up 20%",
    "another pair's figure": "Kazakhstan-China trade tops $40 bln",  # restated, exact, in the third paragraph
}
DATELINES = {"KAZINFORM": "ASTANA. KAZINFORM \u2013", "BelTA, a day": "MINSK, 5 March (BelTA) \u2013", "none": ""}
PUBLISHED_BY = ("the field", "the header", "none")
HEADLINE_STORY = (
    "Trade between Belarus and Kazakhstan grew by 20% to $1.2 billion last year, Belarusian Deputy Prime Minister "
    "Viktor Karankevich said.",
    "Last year Belarusian exports to Kazakhstan rose by 25% to $800 million.",
    "Kazakhstan's trade with China reached $41 billion last year, he noted.",
)


def _headline_records(year):
    return [rec(value=1.2e9, period=year, pct=20.0, parties=(B, K)),
            rec("export", value=8e8, period=year, pct=25.0, parties=(B, K), reporter=B),
            rec(value=4.1e10, period=year, parties=(C, K))]


def _part1():
    cases = []
    for (h_name, headline), (d_name, dateline), published in product(HEADLINES.items(), DATELINES.items(),
                                                                      PUBLISHED_BY):
        text = story(*HEADLINE_STORY, headline=headline, dateline=dateline)
        if published == "the header":
            text = f" date {PUB}\n{text}"
        year = None if published == "none" else "2023"
        cases.append((f"headline {h_name} / dateline {d_name} / published {published}", text,
                      PUB if published == "the field" else None, _headline_records(year)))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 2. The pair in the lede only; body figures that name no side have the lede's pair.
# --------------------------------------------------------------------------------------------------------------

LEDES = {
    "the pair": "{A} and {B} held talks on trade and industrial cooperation in {city} on Monday.",
    "the officials of the pair": "{a} Prime Minister {pa} met with {b} Prime Minister {pb} in {city} on Monday.",
    "one country and an official of the other": "{A}'s Trade Minister {pa} met with the {b} ambassador in {city} "
                                                "on Monday.",
    "the pair intends": "{A} and {B} intend to expand cooperation in machine building and agriculture, {pa} said.",
}
BODY_FIGURES = {  # wording -> records (parties filled in)
    "bilateral trade, year first": ("In 2023 bilateral trade grew by 12% to $1.1 billion.",
                                    [dict(value=1.1e9, period="2023", pct=12.0)]),
    "trade turnover, change after": ("Trade turnover amounted to $1.1 billion in 2023, up 12%.",
                                     [dict(value=1.1e9, period="2023", pct=12.0)]),
    "mutual trade, last year": ("Mutual trade reached $1.1 billion last year.", [dict(value=1.1e9, period="2023")]),
    # exports and imports that name no owner have no reporter (GUIDELINES: the reporter "when stated")
    "exports and imports": ("In 2023 exports amounted to $700 million, and imports to $400 million.",
                            [dict(metric="export", value=7e8, period="2023"),
                             dict(metric="import", value=4e8, period="2023")]),
}
PLACEMENTS = {"the next paragraph": "\n\n", "the same paragraph": " "}

# the sides only in the titles of two officials who act in the lede; the body's sentence names one of them:
# the two officials' countries are the pair, the side named is one of them
ACTING_LEDES = {
    "X received Y": "{a} Prime Minister {pa} received {b} Deputy Prime Minister {pb} in {city} on Monday.",
    "X met with Y": "{A}'s Foreign Minister {pa} met with {B}'s Foreign Minister {pb} in {city}.",
    "X held talks with Y": "{pa}, Prime Minister of {A}, held talks with {pb}, Deputy Prime Minister of {B}.",
}
ONE_SIDE_BODIES = {
    "according to the b side": ("According to the {b} side, trade turnover rose by 20% last year to $1.2 billion.",
                                dict(value=1.2e9, period="2023", pct=20.0)),
    "the a ministry said": ("The {a} ministry said trade turnover rose by 20% last year to $1.2 billion.",
                            dict(value=1.2e9, period="2023", pct=20.0)),
    "b exports": ("Last year {b} exports grew by 15%.", dict(metric="export", period="2023", pct=15.0, reporter=1)),
}

# a region and a country of another side in the lede (GUIDELINES: a regional figure names the region and the other
# side): (region, its governor's title, the other country, its adjective, city)
REGION_PAIRS = [("Mogilev Oblast", "Governor", K, "Kazakh", "Mogilev"),
                ("Kostanay Region", "Akim", B, "Belarusian", "Kostanay"),
                ("Brest Oblast", "Governor", U, "Uzbek", "Brest")]
REGION_LEDES = {
    "the region and the country": "{R} and {C} signed a roadmap on trade cooperation in {city}.",
    "the region's governor and the country's ambassador": "{R} {T} Pyotr Ivanov met with the {c} ambassador in {city}.",
    "the governor of the region and the country's ambassador": "The {T} of {R} Pyotr Ivanov met with the {c} "
                                                               "ambassador in {city}.",
}
REGION_BODIES = {
    "trade turnover": "In 2023 trade turnover amounted to $48 million, up 27%.",
    "mutual trade": "Mutual trade reached $48 million in 2023, up 27%.",
    "the region's trade with C": "In 2023 the region's trade with {C} amounted to $48 million, up 27%.",
}

# one side named, the other only by the city its sentence puts that side in: the city's country
CITY_LEDES = {
    "a delegation arrived in": "The {a} delegation arrived in {city} for talks.",
    "the side proposed at talks in": "The {a} side proposed new joint projects at the talks in {city}.",
    "a delegation led by X visited": "A {a} delegation led by Deputy Prime Minister {pa} visited {city} on Monday.",
}
CITY_OF_B = {B: "Minsk", K: "Astana", U: "Tashkent", C: "Beijing", KR: "Seoul"}
CITY_BODIES = {"trade turnover": "In 2023 trade turnover grew by 20% to $1.2 billion.",
               "bilateral trade": "Bilateral trade grew by 20% to $1.2 billion in 2023."}


def _city_cases():
    cases = []
    for (l_name, lede), (b_name, body), (sep_name, sep), pair in product(CITY_LEDES.items(), CITY_BODIES.items(),
                                                                         PLACEMENTS.items(), PAIRS):
        text = fill(lede.replace("{city}", CITY_OF_B[pair[1]]) + sep + body, pair)
        cases.append((f"city lede {l_name} / {b_name} / {sep_name} / {pair[0]}-{pair[1]}", text, PUB,
                      [rec(value=1.2e9, period="2023", pct=20.0, parties=pair[:2])]))
    # a city of the side's own country completes nothing
    cases.append(("city lede: a city of the side's own country", "The Belarusian delegation returned to Minsk after "
                  "the talks.\n\nIn 2023 trade turnover grew by 20% to $1.2 billion.", PUB,
                  [rec(value=1.2e9, period="2023", pct=20.0, parties=(B,))]))
    return cases


def _region_cases():
    cases = []
    for (l_name, lede), (b_name, body), (sep_name, sep), (region, title, country, adj, city) in product(
            REGION_LEDES.items(), REGION_BODIES.items(), PLACEMENTS.items(), REGION_PAIRS):
        text = (lede + sep + body).format(R=region, T=title, C=country, c=adj, city=city)
        cases.append((f"region lede {l_name} / {b_name} / {sep_name} / {region}-{country}", text, PUB,
                      [rec(value=4.8e7, period="2023", pct=27.0, parties=(region, country))]))
    return cases


def _part2():
    cases = []
    for (l_name, lede), (f_name, (figure, wants)), (p_name, sep), pair in product(
            LEDES.items(), BODY_FIGURES.items(), PLACEMENTS.items(), PAIRS):
        text = fill(lede, pair) + sep + figure
        cases.append((f"lede {l_name} / {f_name} / {p_name} / {pair[0]}-{pair[1]}", text, PUB,
                      [rec(parties=pair[:2], **want) for want in wants]))
    for (l_name, lede), (b_name, (body, want)), (p_name, sep), pair in product(
            ACTING_LEDES.items(), ONE_SIDE_BODIES.items(), PLACEMENTS.items(), PAIRS):
        side = want.get("reporter")
        want = {**want, "reporter": None if side is None else pair[side]}
        cases.append((f"acting officials {l_name} / {b_name} / {p_name} / {pair[0]}-{pair[1]}",
                      fill(lede + sep + body, pair), PUB, [rec(parties=pair[:2], **want)]))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 3. Period placement across paragraphs (GUIDELINES: a figure of no period takes the period before it in the same
# paragraph, else null; a back-reference takes the last period stated; "this year" is never overridden).
# --------------------------------------------------------------------------------------------------------------

NINE = "2023-01/2023-09"
LEDE_NINE = "Belarus and Kazakhstan reviewed the results of January-September 2023 at talks in Minsk on Monday."
LEDE_2023 = "In 2023 trade between Belarus and Kazakhstan reached $1.2 billion, the ministry said."
R2023 = rec(value=1.2e9, period="2023", parties=(B, K))
PERIOD_STORIES = [
    ("a period in the lede, the figure in the next paragraph: no period",
     story(LEDE_NINE, "Bilateral trade reached $900 million, up 15%."),
     [rec(value=9e8, pct=15.0, parties=(B, K))]),
    ("a period in the lede, the figure in the same paragraph",
     story(LEDE_NINE + " Bilateral trade reached $900 million, up 15%."),
     [rec(value=9e8, period=NINE, pct=15.0, parties=(B, K))]),
    ("a period in the lede, 'in this period' in the next paragraph",
     story(LEDE_NINE, "In this period, bilateral trade reached $900 million."),
     [rec(value=9e8, period=NINE, parties=(B, K))]),
    ("a period in the lede, 'over this period' at the end of the next paragraph",
     story(LEDE_NINE, "Bilateral trade grew by 15% over this period."),
     [rec(period=NINE, pct=15.0, parties=(B, K))]),
    ("'over the same period of 2022' in a later paragraph",
     story("In January-September 2023 trade between Belarus and Kazakhstan grew by 15% to $900 million.",
           "The ministers also discussed new logistics routes.",
           "Over the same period of 2022, bilateral trade stood at $780 million."),
     [rec(value=9e8, period=NINE, pct=15.0, parties=(B, K)),
      rec(value=7.8e8, period="2022-01/2022-09", parties=(B, K))]),
    ("compared with the same period of 2022: the current period",
     story("In January-September 2023 trade between Belarus and Kazakhstan grew by 15% to $900 million.",
           "Belarusian exports to Kazakhstan rose by 18% compared with the same period of 2022."),
     [rec(value=9e8, period=NINE, pct=15.0, parties=(B, K)),
      rec("export", period=NINE, pct=18.0, parties=(B, K), reporter=B)]),
    ("a background paragraph of 2019 between current figures",
     story(LEDE_2023, "In 2019, trade between the two countries stood at $700 million.",
           "Belarusian exports to Kazakhstan rose to $800 million in 2023."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K)),
      rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)]),
    ("a background paragraph of 2019, then a figure of no period in a new paragraph: null",
     story(LEDE_2023, "In 2019, trade between the two countries stood at $700 million.",
           "Belarusian exports to Kazakhstan rose to $800 million."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K)),
      rec("export", value=8e8, parties=(B, K), reporter=B)]),
    ("a background sentence of 2019, then a figure of no period in its paragraph: 2019",
     story(LEDE_2023, "In 2019, trade between the two countries stood at $700 million. Belarusian exports to "
                      "Kazakhstan then came to $450 million."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K)),
      rec("export", value=4.5e8, period="2019", parties=(B, K), reporter=B)]),
    ("'this year' in a later paragraph after 2023",
     story(LEDE_2023, "This year bilateral trade is expected to reach $1.5 billion."),
     [R2023, rec(value=1.5e9, period="2024", status="forecast", parties=(B, K))]),
    ("'this year' in the same paragraph after 2023",
     story(LEDE_2023 + " This year it is expected to exceed $1.5 billion."),
     [R2023, rec(value=1.5e9, period="2024", status="forecast", parties=(B, K))]),
    ("'this year' after a background paragraph of 2019",
     story(LEDE_2023, "In 2019, trade between the two countries stood at $700 million.",
           "In January this year, bilateral trade grew by 30%."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K)), rec(period="2024-01", pct=30.0, parties=(B, K))]),
    ("'last year' after 2019 in one paragraph restates the lede",
     story(LEDE_2023, "In 2019, trade between the two countries stood at $700 million. Last year it reached $1.2 "
                      "billion."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K))]),
    ("a dated target after current figures",
     story(LEDE_2023, "The sides plan to bring bilateral trade to $3 billion by 2030."),
     [R2023, rec(value=3e9, period="2030", status="target", parties=(B, K))]),
    ("the month of the story in the lede, the figure below it in the same paragraph",
     story("Trade between Belarus and Kazakhstan grew by 8% in January 2024. Belarusian exports came to $70 "
           "million."),
     [rec(period="2024-01", pct=8.0, parties=(B, K)),
      rec("export", value=7e7, period="2024-01", parties=(B, K), reporter=B)]),
]

# a year-less half or quarter after a sentence of the year: of the year its paragraph narrates, however the tagger
# reads "second half" (a DATE, or an ordinal and a number)
YEAR_SENTENCES = {"In 2023": "In 2023 trade between Belarus and Kazakhstan grew by 10%.",
                  "In the first half of 2023": "In the first half of 2023 trade between Belarus and Kazakhstan grew by "
                                               "10%."}
PARTS = {"In the second half": "2023-07/2023-12", "In the second quarter": "2023-04/2023-06",
         "In the fourth quarter": "2023-10/2023-12", "In the last quarter": "2023-10/2023-12",
         "In the third quarter": "2023-07/2023-09"}
PART_CLAUSES = {"the growth accelerated": ("{P} the growth accelerated to 25%.", "turnover"),
                "trade grew": ("{P}, trade grew by 25%.", "turnover"),
                "exports rose": ("{P} Belarusian exports rose by 25%.", "export")}
_FIRST_PERIODS = {"In 2023": "2023", "In the first half of 2023": "2023-01/2023-06"}
for (y_name, first), (part, period), (c_name, (clause, metric)) in product(YEAR_SENTENCES.items(), PARTS.items(),
                                                                          PART_CLAUSES.items()):
    PERIOD_STORIES.append((f"{y_name}, then '{part}' / {c_name}", first + " " + clause.format(P=part),
                           [rec(period=_FIRST_PERIODS[y_name], pct=10.0, parties=(B, K)),
                            rec(metric, period=period, pct=25.0, parties=(B, K),
                                reporter=B if metric == "export" else None)]))


# --------------------------------------------------------------------------------------------------------------
# 4. Quotes: whose "our" and "we" are, targets and forecasts in quotes
# --------------------------------------------------------------------------------------------------------------

QUOTE_LEDE = "{A} and {B} held talks on industrial cooperation in {city} on Monday."
SPEAKERS = {  # speaker -> (index of their country in the pair, of the other side)
    "a minister of A": ("{a} Industry Minister {pa}", 0, 1),
    "a minister of B": ("{b} Trade Minister {pb}", 1, 0),
}
QUOTES = {  # quote with {other} the partner's name -> records (reporter "ours": the speaker's country)
    "our exports": ('"Our exports to {other} grew by 15% last year," {speaker} said.',
                    [dict(metric="export", period="2023", pct=15.0, reporter="ours")]),
    "last year we reached": ('"Last year we reached $1.2 billion in trade," {speaker} said.',
                             [dict(value=1.2e9, period="2023")]),
    "we plan to bring trade to": ('"We plan to bring trade to $3 billion by 2030," {speaker} said.',
                                  [dict(value=3e9, period="2030", status="target")]),
    "I am sure it will exceed": ('"Trade keeps growing. I am sure it will exceed $1.5 billion this year," {speaker} '
                                 'said.', [dict(value=1.5e9, period="2024", status="forecast")]),
    "our trade": ('"Our trade with {other} reached $1.2 billion last year," {speaker} said.',
                  [dict(value=1.2e9, period="2023")]),
    "speaker before the quote": ('{speaker} said: "Last year our bilateral trade grew by 20%."',
                                 [dict(period="2023", pct=20.0)]),
    "a result and a plan in one quote": ('"Our trade turnover reached $1.2 billion last year, and we plan to reach $1.5 '
                                         'billion this year," {speaker} said.',
                                         [dict(value=1.2e9, period="2023"),
                                          dict(value=1.5e9, period="2024", status="target")]),
}


def _part4():
    cases = []
    for (q_name, (quote, wants)), (s_name, (speaker, ours, other)), sep, pair in product(
            QUOTES.items(), SPEAKERS.items(), ("\n\n", " "), PAIRS):
        text = fill(QUOTE_LEDE + sep + quote.replace("{other}", "{%s}" % "AB"[other]).replace("{speaker}", speaker), pair)
        records = [rec(parties=pair[:2], **{**want, "reporter": pair[ours] if want.get("reporter") else None})
                   for want in wants]
        cases.append((f"quote {q_name} / {s_name} / {'paragraph' if sep != ' ' else 'sentence'} / {pair[0]}-{pair[1]}",
                      text, PUB, records))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 5. Distractor paragraphs in a story of each pair
# --------------------------------------------------------------------------------------------------------------

DISTRACTORS = {  # paragraph -> its own records (another pair's figure and a world total are records of their own)
    "another pair": ("{B}'s trade with {T} reached $41 billion in 2023.",
                     lambda pair, third: [rec(value=4.1e10, period="2023", parties=(pair[1], third))]),
    "a world total": ("{B}'s foreign trade turnover amounted to $140 billion in 2023.",
                      lambda pair, third: [rec(value=1.4e11, period="2023", parties=(pair[1],))]),
    "a company's revenue": ("Belshina's revenue reached $300 million in 2023, the company said.", lambda *_: []),
    "a loan": ("The Eurasian Development Bank granted {B} a $500 million loan to support exporters.", lambda *_: []),
    "a venture's output": ("The joint venture in {city} produced tractors worth $50 million last year.", lambda *_: []),
    "tonnes": ("{A} shipped 120,000 tonnes of dairy products to {B} in 2023.", lambda *_: []),
}
THIRD = {B: "Russia", K: "China"}  # a third country: the partner of the other pair
D_LEDE = "Trade between {A} and {B} grew by 20% to $1.2 billion in 2023, the ministry said."
D_BODY = "In 2023 {a} exports to {B} rose by 25% to $800 million."
D_POSITIONS = {
    "after the lede": lambda d: story(D_LEDE, d, D_BODY),
    "after the body": lambda d: story(D_LEDE, D_BODY, d),
    "in the lede's paragraph": lambda d: story(D_LEDE + " " + d, D_BODY),
}


def _part5():
    cases = []
    for (d_name, (distractor, own)), (p_name, place), pair in product(DISTRACTORS.items(), D_POSITIONS.items(), PAIRS):
        third = THIRD[pair[1]] if pair[1] in THIRD else "Russia"
        records = [rec(value=1.2e9, period="2023", pct=20.0, parties=pair[:2]),
                   rec("export", value=8e8, period="2023", pct=25.0, parties=pair[:2], reporter=pair[0]),
                   *own(pair, third)]
        cases.append((f"distractor {d_name} / {p_name} / {pair[0]}-{pair[1]}",
                      fill(place(distractor.replace("{T}", third)), pair), PUB, records))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 6. Structure: figures laid out in lists, tables, "Of this amount", "respectively"
# --------------------------------------------------------------------------------------------------------------

S_LEDE = "In 2023 trade between {A} and {B} reached $1.2 billion."
S_TOTAL = dict(value=1.2e9, period="2023")
STRUCTURES = {  # body -> records besides the lede's (reporter 0/1: A/B, None: not stated)
    "a list with dashes": ("In 2023 trade between {A} and {B} reached $1.2 billion (+20%):\n- exports: $800 million "
                           "(+25%);\n- imports: $400 million (+10%).",
                           [dict(metric="export", value=8e8, period="2023", pct=25.0),
                            dict(metric="import", value=4e8, period="2023", pct=10.0)], dict(pct=20.0)),
    "a list of a's exports and imports": (S_LEDE + "\n- {a} exports: $800 million;\n- {a} imports: $400 million.",
                                          [dict(metric="export", value=8e8, period="2023", reporter=0),
                                           dict(metric="import", value=4e8, period="2023", reporter=0)], {}),
    "a table-like line": (S_LEDE + " Exports \u2013 $800 million; imports \u2013 $400 million.",
                          [dict(metric="export", value=8e8, period="2023"),
                           dict(metric="import", value=4e8, period="2023")], {}),
    "Of this amount, same paragraph": (S_LEDE + " Of this amount, {a} exports accounted for $800 million.",
                                       [dict(metric="export", value=8e8, period="2023", reporter=0)], {}),
    "Of this amount, next paragraph": (S_LEDE + "\n\nOf this amount, {a} exports accounted for $800 million.",
                                       [dict(metric="export", value=8e8, period="2023", reporter=0)], {}),
    "respectively": (S_LEDE + " {a} exports and imports amounted to $800 million and $400 million, respectively.",
                     [dict(metric="export", value=8e8, period="2023", reporter=0),
                      dict(metric="import", value=4e8, period="2023", reporter=0)], {}),
    "exports from A, and imports from B": (S_LEDE + " Exports from {A} made up $800 million, and imports from {B} "
                                                    "$400 million.",
                                           [dict(metric="export", value=8e8, period="2023", reporter=0),
                                            dict(metric="import", value=4e8, period="2023", reporter=0)], {}),
}


def _part6():
    cases = []
    for (s_name, (body, wants, lede_adds)), pair in product(STRUCTURES.items(), PAIRS):
        records = [rec(parties=pair[:2], **{**S_TOTAL, **lede_adds})]
        for want in wants:
            side = want.get("reporter")
            records.append(rec(parties=pair[:2], **{**want, "reporter": None if side is None else pair[side]}))
        cases.append((f"structure {s_name} / {pair[0]}-{pair[1]}", fill(body, pair), PUB, records))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 7. Restatement: one fact told in headline, lede, body and quote is one record, the exact amount speaking
# --------------------------------------------------------------------------------------------------------------

R_LEDE = "Trade between Belarus and Kazakhstan grew by 20% to $1.19 billion in 2023, the ministry said."
R_ONE = [rec(value=1.19e9, period="2023", pct=20.0, parties=(B, K))]
MIDDLE = "The ministers also discussed new logistics routes and a joint industrial park."
RESTATEMENTS = [
    ("the headline's figure in the lede", story(R_LEDE, headline="Belarus-Kazakhstan trade up 20% to $1.19 bln"),
     R_ONE),
    # GUIDELINES are silent on an unhedged rounding in a headline: a headline rounds, so an analyst reads one figure
    ("a headline rounding the lede's figure", story(R_LEDE, headline="Belarus-Kazakhstan trade hits $1.2 bln"), R_ONE),
    ("the body restating the lede", story(R_LEDE, MIDDLE, "Bilateral trade amounted to $1.19 billion last year."),
     R_ONE),
    ("the body restating with 'almost'", story(R_LEDE, MIDDLE, "Last year bilateral trade reached almost $1.2 "
                                                              "billion."), R_ONE),
    ("the body restating with 'about'", story(R_LEDE, MIDDLE, "Mutual trade totalled about $1.2 billion in 2023."),
     R_ONE),
    ("the body restating with 'over'", story(R_LEDE, MIDDLE, "In 2023 mutual trade exceeded $1.1 billion."), R_ONE),
    ("a quote restating the lede", story(R_LEDE, '"Last year our trade reached almost $1.2 billion," Kazakh Trade '
                                                 'Minister Arman Shakkaliyev said.'), R_ONE),
    ("headline, lede, body and quote", story(R_LEDE, MIDDLE, "In 2023 bilateral trade amounted to $1.19 billion.",
                                             '"We reached almost $1.2 billion last year," the minister said.',
                                             headline="Belarus-Kazakhstan trade up 20%"), R_ONE),
    ("the change restated in the body", story(R_LEDE, MIDDLE, "Compared with 2022, mutual trade grew by 20%."),
     R_ONE),
    ("a headline's 'exceeds' below the lede's amount", story(R_LEDE, headline="Belarus-Kazakhstan trade exceeds $1 bln"),
     R_ONE),
    # GUIDELINES are silent on a hedge far below the exact amount ("exceeded $1 billion" of $1.19 billion): the same
    # year's trade of the same pair, told again, is one fact for an analyst
    ("the body's 'exceeded' below the lede's amount", story(R_LEDE, MIDDLE, "Last year bilateral trade exceeded $1 "
                                                                          "billion for the first time."), R_ONE),
    ("a rounded change restated with 'almost'",
     story("Trade between Belarus and Kazakhstan grew by 19.8% to $1.19 billion in 2023.", MIDDLE,
           "Last year bilateral trade grew by almost 20%."),
     [rec(value=1.19e9, period="2023", pct=19.8, parties=(B, K))]),
    ("a span restated in other words",
     story("In January-November 2023 trade between Belarus and Kazakhstan reached $1.1 billion.", MIDDLE,
           "Over 11 months of last year, mutual trade amounted to $1.1 billion."),
     [rec(value=1.1e9, period="2023-01/2023-11", parties=(B, K))]),
    ("a quote rounding without a hedge", story(R_LEDE, '"Last year we reached $1.2 billion," the minister said.'),
     R_ONE),
    ("a quote with 'about' and dollars in words", story(R_LEDE, '"Last year our trade was about 1.2 billion dollars," '
                                                                'the minister said.'), R_ONE),
]


# --------------------------------------------------------------------------------------------------------------
# 8. More article shapes: shares and ranks (no records), a figure's parts in the next sentence, two years given
# "respectively", a comparison sentence after the figure, a relative background year, other pairs under datelines
# --------------------------------------------------------------------------------------------------------------

SHAPES = [
    ("a share of a total is no record",
     story(LEDE_2023, "Belarus accounts for 2% of Kazakhstan's imports and ranks fifth among its trade partners."),
     [R2023]),
    ("the exports of the total in the next sentence",
     story(LEDE_2023 + " Belarusian exports accounted for $800 million of this."),
     [R2023, rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)]),
    ("two years given 'respectively'",
     story("Belarus and Kazakhstan held talks in Astana.",
           "In 2022 and 2023 bilateral trade amounted to $1 billion and $1.2 billion, respectively."),
     [rec(value=1e9, period="2022", parties=(B, K)), R2023]),
    ("three years given 'respectively'",
     story("Belarus and Kazakhstan held talks in Astana.",
           "In 2021, 2022 and 2023 bilateral trade amounted to $900 million, $1 billion and $1.2 billion respectively."),
     [rec(value=9e8, period="2021", parties=(B, K)), rec(value=1e9, period="2022", parties=(B, K)), R2023]),
    ("two years after the subject, 'respectively'",
     story("Belarusian exports to Kazakhstan in 2022 and 2023 stood at $700 million and $800 million, respectively."),
     [rec("export", value=7e8, period="2022", parties=(B, K), reporter=B),
      rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)]),
    ("a span 'between 2019 and 2023' is no pair of years",
     story("Between 2019 and 2023 trade between Belarus and Kazakhstan grew from $700 million to $1.2 billion."),
     [rec(value=7e8, period="2019", parties=(B, K)), R2023]),
    ("a comparison sentence after the figure gives its change",
     story(LEDE_2023 + " This is 20% more than in 2022."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    # GUIDELINES are silent on "N years ago": it resolves like "last year", against published
    ("a background paragraph 'five years ago'",
     story(LEDE_2023, "Five years ago, trade between the two countries stood at $700 million."),
     [R2023, rec(value=7e8, period="2019", parties=(B, K))]),
    ("a background sentence 'two years ago' in the lede's paragraph",
     story(LEDE_2023 + " Two years ago it stood at $900 million."),
     [R2023, rec(value=9e8, period="2022", parties=(B, K))]),
    ("a background paragraph 'a decade ago'",
     story(LEDE_2023, "A decade ago, bilateral trade barely exceeded $300 million."),
     [R2023, rec(value=3e8, period="2014", parties=(B, K))]),
    ("a background paragraph '10 years ago'",
     story(LEDE_2023, "10 years ago, trade between the two countries amounted to $300 million."),
     [R2023, rec(value=3e8, period="2014", parties=(B, K))]),
    ("a Kazakhstan-Uzbekistan story under a KAZINFORM dateline",
     story("Kazakhstan and Uzbekistan discussed new border crossings in Tashkent on Tuesday.",
           "Bilateral trade grew by 9% to $4.4 billion in 2023.",
           "Kazakh exports to Uzbekistan rose to $3 billion over the same period.",
           headline="Kazakhstan, Uzbekistan discuss border crossings", dateline="TASHKENT. KAZINFORM \u2013"),
     [rec(value=4.4e9, period="2023", pct=9.0, parties=(K, U)),
      rec("export", value=3e9, period="2023", parties=(K, U), reporter=K)]),
    ("a Belarus-China story under a BelTA dateline, Belarus' world total as background",
     story("Belarus and China intend to raise their trade to $10 billion by 2030, Belarusian Deputy Prime Minister "
           "Viktor Karankevich said.",
           "Last year bilateral trade grew by 18% to $8.4 billion.",
           "Belarus' foreign trade in goods totalled $80 billion in 2023.",
           dateline="MINSK, 5 March (BelTA) \u2013"),
     [rec(value=1e10, period="2030", status="target", parties=(B, C)),
      rec(value=8.4e9, period="2023", pct=18.0, parties=(B, C)), rec(value=8e10, period="2023", parties=(B,))]),
    ("a Kazakhstan-Korea story: investment and trade",
     story("Kazakhstan and South Korea signed ten agreements in Seoul on Monday.",
           "Trade between the two countries reached $6.4 billion in 2023. Korean companies have invested over $9 "
           "billion in Kazakhstan's economy since 2005."),
     [rec(value=6.4e9, period="2023", parties=(K, KR)),
      rec("investment", value=9e9, parties=(K, KR), reporter=KR)]),
]


# --------------------------------------------------------------------------------------------------------------
# 9. Discourse across sentences and paragraphs: pronouns and "the figure" pointing back, a headline's goal and the
# body's goal, a headline's rounded change, a carried pair after a distractor sentence, a forecast lede
# --------------------------------------------------------------------------------------------------------------

DISCOURSE = [
    ("'they' after a sentence of exports",
     story("Belarusian exports to Kazakhstan keep growing. In 2023 they reached $800 million."),
     [rec("export", value=8e8, period="2023", parties=(B, K), reporter=B)]),
    ("'the figure' with a change after the value",
     story(LEDE_2023 + " The figure is 20% higher than a year earlier."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    ("'this is' with a change in the next paragraph",
     story(LEDE_2023, "This is 20% more than in 2022, the ministry noted."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    # GUIDELINES: an undated goal is separate from a dated one "of the same amount"; a headline restating the body's
    # goal is the same fact told twice, so an analyst wants one record (the dated one)
    ("a headline's goal restated dated in the lede",
     story("Belarus and Kazakhstan intend to bring their trade to $3 billion by 2030, Belarusian Prime Minister Roman "
           "Golovchenko said.", headline="Belarus, Kazakhstan aim for $3 bln trade"),
     [rec(value=3e9, period="2030", status="target", parties=(B, K))]),
    # GUIDELINES are silent on a headline rounding the lede's change: one fact, the exact change speaks
    ("a headline rounding the lede's change",
     story("Trade between Belarus and Kazakhstan grew by 19.8% to $1.2 billion in 2023.",
           headline="Belarus-Kazakhstan trade up 20%"),
     [rec(value=1.2e9, period="2023", pct=19.8, parties=(B, K))]),
    ("a forecast lede, last year's result with 'it' in the body",
     story("Trade between Belarus and Kazakhstan may exceed $1.5 billion this year, the Belarusian ambassador said.",
           "Last year it reached $1.2 billion."),
     [rec(value=1.5e9, period="2024", status="forecast", parties=(B, K)), R2023]),
    ("another pair's sentence, then a figure of its pair in the same paragraph",
     story(LEDE_2023, "Kazakhstan's trade with China reached $41 billion in 2023. Kazakh exports to China grew by 9%."),
     [R2023, rec(value=4.1e10, period="2023", parties=(C, K)),
      rec("export", period="2023", pct=9.0, parties=(C, K), reporter=K)]),
    ("a month's figure in the lede, the last year as background",
     story("In January 2024 trade between Belarus and Kazakhstan grew by 30% to $110 million.",
           "In 2023 bilateral trade totalled $1.2 billion."),
     [rec(value=1.1e8, period="2024-01", pct=30.0, parties=(B, K)), R2023]),
    ("a quote in two paragraphs, the speaker titled in the first",
     story("Belarus and Kazakhstan held talks in Minsk.",
           '"We are satisfied with the results," Kazakh Trade Minister Arman Shakkaliyev said.',
           '"Last year our exports to Belarus grew by 15%," the minister added.'),
     [rec("export", period="2023", pct=15.0, parties=(B, K), reporter=K)]),
    ("an investment story: the investor in the lede, the amount in the body",
     story("South Korea is one of the largest investors in Kazakhstan's economy.",
           "In 2023 Korean investment in Kazakhstan grew by 20% to $1.1 billion."),
     [rec("investment", value=1.1e9, period="2023", pct=20.0, parties=(K, KR), reporter=KR)]),
]

NOV = "2023-01/2023-11"
DISCOURSE += [
    ("'in the same period' in the next paragraph",
     story("Belarus and Kazakhstan held talks in Minsk.", "In January-November 2023, trade between Belarus and Kazakhstan "
           "amounted to $1.1 billion.", "In the same period, Belarus exported $750 million worth of goods to "
           "Kazakhstan."),
     [rec(value=1.1e9, period=NOV, parties=(B, K)),
      rec("export", value=7.5e8, period=NOV, parties=(B, K), reporter=B)]),
    ("a new paragraph of no period after the figures' paragraph: null, its owner from its first sentence",
     story("Belarus and Kazakhstan held talks in Minsk.", "In January-November 2023, trade amounted to $1.1 billion.",
           "Belarus mostly exports trucks and dairy products. Exports reached $750 million."),
     [rec(value=1.1e9, period=NOV, parties=(B, K)), rec("export", value=7.5e8, parties=(B, K), reporter=B)]),
    ("change-only figures before the paragraph of the year: no period",
     story("Belarus and China signed 20 documents in Beijing.", "Belarus' exports to China increased by 30%. Imports "
           "from China grew by 10%.", "In 2023, trade turnover reached $8.4 billion."),
     [rec("export", pct=30.0, parties=(B, C), reporter=B), rec("import", pct=10.0, parties=(B, C), reporter=B),
      rec(value=8.4e9, period="2023", parties=(B, C))]),
    ("a headline's target, the dated target in the lede, the result below",
     story("The presidents of Kazakhstan and Uzbekistan agreed to bring trade to $10 billion by 2030.",
           "In 2023 trade between the two countries reached $4.4 billion.",
           headline="Uzbekistan, Kazakhstan set $10 bln trade target", dateline="TASHKENT. KAZINFORM \u2013"),
     [rec(value=1e10, period="2030", status="target", parties=(K, U)), rec(value=4.4e9, period="2023", parties=(K, U))]),
    ("a list under 'In 2023:' with an owner on one item",
     story("Kazakhstan and Uzbekistan held talks.", "In 2023:\n- trade turnover: $4.4 billion (+9%);\n- Kazakh exports: "
           "$3 billion (+12%);\n- imports: $1.4 billion (+3%)."),
     [rec(value=4.4e9, period="2023", pct=9.0, parties=(K, U)),
      rec("export", value=3e9, period="2023", pct=12.0, parties=(K, U), reporter=K),
      rec("import", value=1.4e9, period="2023", pct=3.0, parties=(K, U), reporter=K)]),
    ("a span of two amounts, each of its year",
     story("Kazakhstan and Uzbekistan held talks.", "The trade turnover between Kazakhstan and Uzbekistan grew from $3 "
           "billion in 2021 to $4.4 billion in 2023."),
     [rec(value=3e9, period="2021", parties=(K, U)), rec(value=4.4e9, period="2023", parties=(K, U))]),
]

# a bloc carried from the figure before: "trade with Belarus" is the owner country's, not the bloc's
EAEU = "Eurasian Economic Union"
for owner, bloc_words, partner in [(K, "EAEU countries", B), (B, "the EAEU member states", K), (K, "the EAEU", "Armenia")]:
    DISCOURSE.append((f"a bloc carried, then 'trade with {partner}' / {owner}",
                      story(f"{owner} and {partner} held talks.", f"In 2023, {owner}'s trade with {bloc_words} reached "
                            f"$28 billion. Trade with {partner} amounted to $1.2 billion."),
                      [rec(value=2.8e10, period="2023", parties=(EAEU, owner)),
                       rec(value=1.2e9, period="2023", parties=(owner, partner))]))


# --------------------------------------------------------------------------------------------------------------
# 10. Wire habits of a body paragraph: "For reference:", "As Kazinform reported earlier", "according to the results
# of", a change in brackets, "which is 20% higher than", a period carried over a gapped clause and a colon
# --------------------------------------------------------------------------------------------------------------

T_LEDE = "Belarus and Kazakhstan held talks in Minsk."
HABITS = [
    ("for reference", story(T_LEDE, "For reference: in 2023, trade between Kazakhstan and Belarus amounted to $1.2 "
                                    "billion."), [R2023]),
    ("as reported earlier", story(T_LEDE, "As Kazinform reported earlier, trade between the two countries reached $1.2 "
                                          "billion in 2023."), [R2023]),
    ("it was reported", story(T_LEDE, "Earlier it was reported that trade between the two countries reached $1.2 "
                                      "billion in 2023."), [R2023]),
    ("according to the results of", story(T_LEDE, "According to the results of 2023, trade turnover between the "
                                                  "countries amounted to $1.2 billion, exports \u2013 $800 million, "
                                                  "imports \u2013 $400 million."),
     [R2023, rec("export", value=8e8, period="2023", parties=(B, K)),
      rec("import", value=4e8, period="2023", parties=(B, K))]),
    ("a change in brackets", story(T_LEDE, "At the end of 2023, the trade turnover amounted to $1.2 billion (+20%)."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    ("which is higher than in the previous year",
     story(T_LEDE, "Last year, bilateral trade amounted to $1.2 billion, which is 20% higher than in the previous year."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    ("a gapped clause of another period",
     story(T_LEDE, "Trade reached $1.2 billion in 2023, and $200 million in January-February 2024."),
     [R2023, rec(value=2e8, period="2024-01/2024-02", parties=(B, K))]),
    ("the period of the sentence before carried, 'it' and an unowned metric",
     story(T_LEDE, "In 2023 trade reached $1.2 billion. In January-February 2024, it grew by 25%. Exports rose by 30%."),
     [R2023, rec(period="2024-01/2024-02", pct=25.0, parties=(B, K)),
      rec("export", period="2024-01/2024-02", pct=30.0, parties=(B, K))]),
    ("a colon after the month", story(T_LEDE, "In 2023, trade turnover increased by 20% to reach $1.2 billion. In "
                                              "January 2024, the growth continued: trade turnover amounted to $110 "
                                              "million."),
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K)), rec(value=1.1e8, period="2024-01", parties=(B, K))]),
    ("a year's target in a later paragraph", story(T_LEDE, "The volume of mutual trade for 11 months of 2023 amounted to "
                                                           "$1.1 billion. Belarus is interested in increasing supplies "
                                                           "of agricultural machinery.",
                                                   "The sides agreed to bring trade to $1.5 billion in 2024."),
     [rec(value=1.1e9, period=NOV, parties=(B, K)), rec(value=1.5e9, period="2024", status="target", parties=(B, K))]),
]


CASES = (_part1() + _part2() + _region_cases() + _city_cases() + [(f"period: {n}", t, PUB, e) for n, t, e in PERIOD_STORIES] + _part4() + _part5()
         + _part6() + [(f"restatement: {n}", t, PUB, e) for n, t, e in RESTATEMENTS]
         + [(f"shape: {n}", t, PUB, e) for n, t, e in SHAPES]
         + [(f"discourse: {n}", t, PUB, e) for n, t, e in DISCOURSE]
         + [(f"habit: {n}", t, PUB, e) for n, t, e in HABITS])


def _key(record):
    return json.dumps(record, sort_keys=True)


@pytest.fixture(scope="module")
def extracted():
    inputs = [{"text": text, **({"published": published} if published else {})} for _, text, published, _ in CASES]
    articles = kazbel_extract.extract_many(inputs)
    return {(text, published): sorted(({k: e.to_dict()[k] for k in FIELDS} for e in article.events
                                       if e.type == "trade"), key=_key)
            for (_, text, published, _), article in zip(CASES, articles)}


@pytest.mark.parametrize("text, published, expected", [pytest.param(t, p, e, id=i) for i, t, p, e in CASES])
def test_trade_story_grid(extracted, text, published, expected):
    assert extracted[(text, published)] == sorted(expected, key=_key)
