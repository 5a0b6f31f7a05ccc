"""The grid of trade scope: which money is a trade record, one record per fact, and the sides of each record.

A specification by crossing dimensions of wire wording (session 11's method), every sentence written for this file
in the style of Kazinform and BelTA stories and annotated by GUIDELINES.md ("Decisions on borderline cases"):

1. Money of other matters is no trade record: a context noun of the complete class (loans, aid, grants, budgets,
   project costs, a plant's cost, a company's revenue/turnover/profit/sales, GDP, retail sales, market
   capitalisation, authorised capital, debt, reserves, a contract's value, domestic investment, output, tonnes)
   x the sentence shape the amount takes (subject, object, apposition, "worth", "valued at", "of") x the amount's
   written form; against the trade contexts that are records (trade turnover, exports, imports, investment from one
   side into the other, trade in services, a surplus) in the same shapes and forms. Every story opens with a
   trade figure of its own, so the trade words of the paragraph are there for a rule to be misled by.
2. One fact said twice is one record with the union of its attributes (headline and body, lede and a later
   paragraph, a change-only sentence and the value sentence of the same figure and period, a hedged amount and the
   exact amount it rounds on the hedge's side); two facts stay two (other period, metric or partner).
3. The sides: the wording of the sides x stories of other pairs than Belarus-Kazakhstan x where the sides are
   written (the figure's clause, its sentence, the lede only); regions, blocs and totals; and the reporter (whose
   export or import it is, the investing side for investment)."""
from itertools import product

import pytest

import kazbel_extract
from test_trade_families import B, C, EU, FIELDS, K, KG, KR, PUBLISHED, R, U, rec

TJ = "Tajikistan"

# --------------------------------------------------------------------------------------------------------------
# 1. Which money is a trade record
# --------------------------------------------------------------------------------------------------------------

LEAD = "Trade between Kazakhstan and Uzbekistan grew by 12% in 2023. "  # every story of part 1 opens with a figure
LEAD_RECORD = rec(period="2023", pct=12.0, parties=(K, U))

# the amount's written form: (text, value); the default is the first
AMOUNTS = [("$250 million", 2.5e8), ("250 million US dollars", 2.5e8), ("USD 250 million", 2.5e8),
           ("$0.25 billion", 2.5e8), ("250 million euros", 2.5e8), ("$250 mln", 2.5e8)]

# money of another matter: context -> {shape: sentence with {A} for the amount}
NOT_TRADE = {
    "loan": {
        "subject": "The new loan to Uzbek exporters amounts to {A}.",
        "object": "The Eurasian Development Bank granted Uzbekistan {A} in loans to boost its exports.",
        "apposition": "The credit line, {A}, will finance Kazakh exports to Uzbekistan.",
        "worth": "The bank opened a credit line worth {A} for exporters of Kazakh grain.",
        "valued at": "A loan valued at {A} will support imports of Kazakh machinery.",
        "of": "Uzbekistan received a loan of {A} to finance imports of Kazakh equipment.",
    },
    "aid": {
        "subject": "Humanitarian aid to Afghanistan totalled {A} last year.",
        "object": "Kazakhstan sent {A} in humanitarian aid to Afghanistan.",
        "worth": "Kazakhstan shipped humanitarian aid worth {A} to Afghanistan.",
        "valued at": "Aid valued at {A} was delivered to Afghanistan by rail.",
        "of": "Kazakhstan also provided aid of {A} to its neighbours.",
    },
    "grant": {
        "subject": "The grant for Uzbek exporters amounts to {A}.",
        "object": "The World Bank awarded Uzbekistan {A} in grants for export promotion.",
        "worth": "The Asian Development Bank approved a grant worth {A} for the border crossing.",
        "of": "Uzbekistan received a grant of {A} to modernise its customs posts.",
    },
    "budget": {
        "subject": "The budget of the export support programme is {A}.",
        "of": "The export support programme has a budget of {A}.",
    },
    "project cost": {
        "subject": "The cost of the logistics project is estimated at {A}.",
        "apposition": "The logistics hub, a project of {A}, will serve exports to Uzbekistan.",
        "worth": "The sides are implementing 40 joint projects worth {A}.",
        "valued at": "The project, valued at {A}, will double exports of Kazakh cement.",
        "of": "The project has a total cost of {A}.",
    },
    "plant": {
        "subject": "The cost of the new plant in Shymkent is {A}.",
        "apposition": "The plant, {A} in all, will export 70% of its output to Uzbekistan.",
        "worth": "A plant worth {A} will be built in Shymkent.",
        "valued at": "Construction of the plant valued at {A} began in Shymkent.",
    },
    "company revenue": {
        "subject": "The company's revenue reached {A} in 2023.",
        "object": "Belshina earned {A} in revenue last year, mostly from exports.",
        "of": "The company, with annual revenue of {A}, exports tyres to Uzbekistan.",
    },
    "company turnover": {
        "subject": "The company's turnover reached {A} in 2023.",
        "of": "The holding, with a turnover of {A}, supplies tractors to Uzbekistan.",
    },
    "a facility's turnover": {
        "subject": "The Khorgos hub's turnover reached {A} in 2023.",
        "of": "The turnover of the border trade zone reached {A}.",
        "trade turnover": "The centre's trade turnover reached {A} last year.",
        "object": "The port of Aktau handled {A} in turnover last year.",
    },
    "net profit": {
        "subject": "KazMunayGas's net profit totalled {A} in 2023.",
        "object": "The holding posted {A} in net profit last year.",
        "of": "The exporter reported a net profit of {A}.",
    },
    "company sales": {
        "subject": "The holding's sales rose to {A} in 2023.",
        "of": "The company reported sales of {A} last year.",
    },
    "GDP": {
        "subject": "Uzbekistan's GDP reached {A} in 2023.",
        "of": "Uzbekistan, with a GDP of {A}, is the region's fastest growing economy.",
    },
    "retail sales": {
        "subject": "Retail sales in Kazakhstan reached {A} in 2023.",
        "retail trade": "Retail trade turnover in Uzbekistan amounted to {A} in 2023.",
    },
    "market capitalisation": {
        "subject": "Kaspi.kz's market capitalisation reached {A}.",
        "of": "The bank has a market value of {A}.",
    },
    "authorised capital": {
        "subject": "The joint venture's authorised capital is {A}.",
        "of": "The sides set up a trading house with an authorised capital of {A}.",
    },
    "debt": {
        "subject": "Uzbekistan's external debt reached {A} in 2023.",
        "of": "The plant has a debt of {A} to its suppliers.",
    },
    "reserves": {
        "subject": "The central bank's gold and foreign exchange reserves stood at {A}.",
        "of": "Uzbekistan holds reserves of {A}.",
    },
    "contract": {
        "object": "The sides signed export contracts for {A} at the forum.",
        "worth": "Kazakh companies signed contracts worth {A} with Uzbek partners.",
        "valued at": "A contract valued at {A} was signed for supplies of Belarusian lifts.",
        "apposition": "The contract, {A}, covers deliveries of 200 buses to Uzbekistan.",
    },
    "domestic investment": {
        "subject": "Investment in fixed capital in Uzbekistan amounted to {A} in 2023.",
        "object": "Kazakhstan invested {A} in its own railways to boost transit trade.",
        "of": "The government approved state investment of {A} in roads to the border.",
    },
    "output": {
        "subject": "Industrial output in Turkistan region reached {A} in 2023.",
        "object": "The plant produced goods worth {A} in 2023, a third of them for export.",
        "of": "The region reported production of {A} last year.",
    },
    "agreements and deals": {
        "subject": "The value of the agreements signed at the forum exceeds {A}.",
        "object": "Kazakh and Uzbek companies signed deals for {A} at the business forum.",
        "worth": "Agreements worth {A} were signed at the Kazakh-Uzbek business forum.",
        "valued at": "The sides signed commercial agreements valued at {A}.",
        "of": "The forum ended with a package of deals of {A}.",
    },
    "orders": {
        "worth": "Uzbek buyers placed orders worth {A} for Kazakh grain.",
        "of": "The plant has export orders of {A} for the year.",
    },
    "remittances": {
        "subject": "Remittances from Kazakhstan to Uzbekistan reached {A} in 2023.",
        "object": "Uzbek migrants sent home {A} from Kazakhstan last year.",
    },
    "transit and customs revenue": {
        "subject": "Kazakhstan's revenue from transit reached {A} in 2023.",
        "object": "Customs officers collected {A} in import duties last year.",
        "of": "The railway reported transit revenue of {A}.",
    },
    "assets and deposits": {
        "subject": "The fund's assets reached {A} in 2023.",
        "of": "The bank holds deposits of {A} from Uzbek exporters.",
    },
}

# money of another matter in the second clause of a sentence with an export figure: only the export is a record
BESIDE_TRADE = {
    "loans": "Kazakh exports to Uzbekistan rose by 8%, while the bank's loans to exporters reached {A}.",
    "revenue": "Kazakh exports to Uzbekistan rose by 8%, and the company's revenue reached {A}.",
    "GDP": "Kazakh exports to Uzbekistan rose by 8%, while Uzbekistan's GDP reached {A}.",
    "contracts": "Kazakh exports to Uzbekistan rose by 8%, and contracts worth {A} were signed.",
    "aid": "Kazakh exports to Uzbekistan rose by 8%, and Kazakhstan sent {A} in aid to Afghanistan.",
    "retail sales": "Kazakh exports to Uzbekistan rose by 8%, and retail sales in Uzbekistan reached {A}.",
    "output": "Kazakh exports to Uzbekistan rose by 8%, while the plant's output reached {A}.",
}
BESIDE_RECORD = rec("export", period="2023", pct=8.0, parties=(K, U), reporter=K)

# money spent or needed for a purpose that trade is: the means, no figure
PURPOSES = ["Kazakhstan will spend {A} on new border crossings to boost trade.",
            "Uzbekistan will spend {A} on new warehouses to expand its exports."]

# tonnes are no money: a volume of exports in tonnes is no record
TONNES = ["Kazakhstan exported 9 million tonnes of wheat to Uzbekistan in 2023.",
          "Uzbekistan imported 1.2 mln tons of Kazakh flour last year.",
          "Exports of Kazakh coal to Uzbekistan reached 800,000 tonnes in 2023."]

# trade contexts that are records: context -> {shape: (sentence, expected record but the value)}
TRADE = {
    "trade turnover": {
        "subject": ("Trade turnover between Kazakhstan and Tajikistan reached {A} in 2023.",
                    dict(period="2023", parties=(K, TJ))),
        "of": ("Kazakhstan and Tajikistan recorded trade turnover of {A} in 2023.", dict(period="2023", parties=(K, TJ))),
        "object": ("Kazakhstan and Tajikistan recorded {A} in mutual trade in 2023.", dict(period="2023", parties=(K, TJ))),
    },
    "exports": {
        "subject": ("Kazakhstan's exports to Tajikistan reached {A} in 2023.",
                    dict(metric="export", period="2023", parties=(K, TJ), reporter=K)),
        "worth": ("Kazakhstan exported goods worth {A} to Tajikistan in 2023.",
                  dict(metric="export", period="2023", parties=(K, TJ), reporter=K)),
        "of": ("Kazakhstan posted exports of {A} to Tajikistan in 2023.",
               dict(metric="export", period="2023", parties=(K, TJ), reporter=K)),
    },
    "imports": {
        "valued at": ("Tajikistan imported Kazakh goods valued at {A} in 2023.",
                      dict(metric="import", period="2023", parties=(K, TJ), reporter=TJ)),
        "subject": ("Tajikistan's imports from Kazakhstan amounted to {A} in 2023.",
                    dict(metric="import", period="2023", parties=(K, TJ), reporter=TJ)),
    },
    "investment": {
        "subject": ("Investment from South Korea into Kazakhstan's economy reached {A} in 2023.",
                    dict(metric="investment", period="2023", parties=(K, KR), reporter=KR)),
        "object": ("South Korea invested {A} in Kazakhstan in 2023.",
                   dict(metric="investment", period="2023", parties=(K, KR), reporter=KR)),
    },
    "services": {
        "subject": ("Trade in services between Kazakhstan and Tajikistan amounted to {A} in 2023.",
                    dict(metric="services", period="2023", parties=(K, TJ))),
    },
    "surplus": {
        "subject": ("Kazakhstan's trade surplus with Tajikistan reached {A} in 2023.",
                    dict(metric="surplus", period="2023", parties=(K, TJ))),
        "of": ("Kazakhstan posted a trade surplus of {A} with Tajikistan in 2023.",
               dict(metric="surplus", period="2023", parties=(K, TJ))),
    },
    "investment projects": {  # projects are trade records when the text calls them investment (GUIDELINES)
        "worth": ("Kazakhstan and Tajikistan are implementing 20 investment projects worth {A}.",
                  dict(metric="investment", period="2023", parties=(K, TJ))),
        "subject": ("The portfolio of Kazakh-Tajik investment projects amounts to {A}.",
                    dict(metric="investment", period="2023", parties=(K, TJ))),
    },
    "trade exchange": {
        "subject": ("Trade exchange between Kazakhstan and Tajikistan reached {A} in 2023.",
                    dict(period="2023", parties=(K, TJ))),
    },
    "trade apposition": {
        "apposition": ("Trade with Tajikistan, {A} in 2023, is Kazakhstan's fastest growing.",
                       dict(period="2023", parties=(K, TJ))),
        "valued at": ("Kazakhstan's trade with Tajikistan, valued at {A} in 2023, keeps growing.",
                      dict(period="2023", parties=(K, TJ))),
        "worth": ("Kazakhstan supplied Tajikistan with goods worth {A} in 2023.",
                  dict(metric="export", period="2023", parties=(K, TJ), reporter=K)),
    },
}


def _trade_record(value, metric="turnover", period=None, parties=(), reporter=None):
    return rec(metric, value=value, period=period, parties=parties, reporter=reporter)


def _part1_cases():
    cases = []
    default_amount = AMOUNTS[0]
    for context, shapes in NOT_TRADE.items():
        for shape, sentence in shapes.items():  # every shape at the default amount form
            cases.append((f"not trade: {context} / {shape} / {default_amount[0]}",
                          LEAD + sentence.format(A=default_amount[0]), [LEAD_RECORD]))
        first = next(iter(shapes.values()))
        for amount, _ in AMOUNTS[1:]:  # every amount form in the context's first shape
            cases.append((f"not trade: {context} / {next(iter(shapes))} / {amount}",
                          LEAD + first.format(A=amount), [LEAD_RECORD]))
    for name, sentence in BESIDE_TRADE.items():
        for amount, _ in AMOUNTS if name == "loans" else AMOUNTS[:1]:
            cases.append((f"not trade beside exports: {name} / {amount}", LEAD + sentence.format(A=amount),
                          [LEAD_RECORD, BESIDE_RECORD]))
    for sentence in PURPOSES:
        cases.append((f"not trade: a purpose / {sentence[:40]}", LEAD + sentence.format(A=AMOUNTS[0][0]), [LEAD_RECORD]))
    for sentence in TONNES:
        cases.append((f"not trade: tonnes / {sentence[:30]}", LEAD + sentence, [LEAD_RECORD]))
    for context, shapes in TRADE.items():
        for (shape, (sentence, expected)), (amount, value) in product(shapes.items(), AMOUNTS):
            cases.append((f"trade: {context} / {shape} / {amount}", LEAD + sentence.format(A=amount),
                          [LEAD_RECORD, _trade_record(value, **expected)]))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 2. One record per fact
# Rule: two statements are one fact when metric, sides and period agree (a statement of no period takes the other's)
# and their numbers agree: the same amount, an amount and a hedged amount that it rounds to on the hedge's side
# ("almost $1 billion" and "$987 million"), or a change-only statement and an amount of the same change or none.
# The one record has the union of the attributes; the exact amount speaks for the value.
# --------------------------------------------------------------------------------------------------------------

ONE_FACT = [
    ("headline and body",
     "Belarus-Kazakhstan trade up 20%\n\nTrade between Belarus and Kazakhstan rose 20% to $1.2 billion in 2023, the "
     "National Statistics Committee said.",
     [rec(value=1.2e9, period="2023", pct=20.0, parties=(B, K))]),
    ("headline with the amount, body with the change",
     "Kazakhstan-Uzbekistan trade tops $4.4 bln\n\nIn 2023 trade between Kazakhstan and Uzbekistan grew by 9% to "
     "$4.4 billion.",
     [rec(value=4.4e9, period="2023", pct=9.0, parties=(K, U))]),
    ("lede and a later paragraph",
     "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023, the ministry said.\n\nThe ministers also "
     "discussed new border crossings.\n\nThe two countries' trade amounted to $4.4 billion last year, up 9%.",
     [rec(value=4.4e9, period="2023", pct=9.0, parties=(K, U))]),
    ("a change-only sentence and the value sentence",
     "In 2023 trade between Belarus and China grew by 15%. Its volume reached $8.4 billion in 2023.",
     [rec(value=8.4e9, period="2023", pct=15.0, parties=(B, C))]),
    ("the value sentence and a change-only sentence",
     "Trade between Belarus and China reached $8.4 billion in 2023. Compared with 2022, trade grew by 15%.",
     [rec(value=8.4e9, period="2023", pct=15.0, parties=(B, C))]),
    ("a hedged amount and the exact one below it",
     "Trade between Kazakhstan and South Korea reached almost $1 billion in 2023.\n\nAccording to the statistics "
     "bureau, trade between Kazakhstan and South Korea amounted to $987 million in 2023.",
     [rec(value=9.87e8, period="2023", parties=(K, KR))]),
    ("an exact amount and a hedged one above it",
     "Kazakhstan's exports to Russia amounted to $10.3 billion in 2023.\n\nKazakhstan exported more than $10 billion "
     "worth of goods to Russia last year.",
     [rec("export", value=1.03e10, period="2023", parties=(K, R), reporter=K)]),
]

TWO_FACTS = [
    ("different periods",
     "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. In 2022 it stood at $4 billion.",
     [rec(value=4.4e9, period="2023", parties=(K, U)), rec(value=4e9, period="2022", parties=(K, U))]),
    ("different metrics, one amount",
     "In 2023 Belarus' exports to Russia reached $1.5 billion, and its imports from Russia also reached $1.5 "
     "billion.",
     [rec("export", value=1.5e9, period="2023", parties=(B, R), reporter=B),
      rec("import", value=1.5e9, period="2023", parties=(B, R), reporter=B)]),
    ("different partners, one amount",
     "Kazakhstan's trade with Uzbekistan reached $1.5 billion in 2023. Kazakhstan's trade with Tajikistan also "
     "reached $1.5 billion in 2023.",
     [rec(value=1.5e9, period="2023", parties=(K, U)), rec(value=1.5e9, period="2023", parties=(K, TJ))]),
    ("a result and a target of one amount",
     "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. The sides aim to raise it to $10 billion "
     "by 2030.",
     [rec(value=4.4e9, period="2023", parties=(K, U)), rec(value=1e10, period="2030", status="target", parties=(K, U))]),
    ("a hedged amount on the wrong side of an exact one is another statement",
     "Trade between Belarus and Uzbekistan reached $1.2 billion in 2023. Trade between Belarus and Uzbekistan in the "
     "first half of 2024 exceeded $700 million.",
     [rec(value=1.2e9, period="2023", parties=(B, U)), rec(value=7e8, period="2024-01/2024-06", parties=(B, U))]),
]


# one fact (Kazakhstan-Uzbekistan trade in 2023: $4.4 billion, up 9%) stated twice: the statement's wording and
# what it gives (value, change) x the second statement's x where the second one stands
STATEMENTS = {
    "amount, change and year": ("Trade between Kazakhstan and Uzbekistan grew by 9% to $4.4 billion in 2023.",
                                dict(value=4.4e9, pct=9.0)),
    "amount and year": ("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023.", dict(value=4.4e9)),
    "change and year": ("In 2023 trade between Kazakhstan and Uzbekistan grew by 9%.", dict(pct=9.0)),
}
RESTATEMENTS = {
    "amount, last year": ("Kazakh-Uzbek trade reached $4.4 billion last year.", dict(value=4.4e9)),
    "the two countries' amount and change": ("The two countries' trade turnover rose by 9% to $4.4 billion in 2023.",
                                             dict(value=4.4e9, pct=9.0)),
    "a hedged amount": ("Mutual trade exceeded $4 billion in 2023.", dict(hedged=4e9)),
    "a change, last year": ("Bilateral trade increased by 9% last year.", dict(pct=9.0)),
    "bln, mutual trade": ("In 2023 mutual trade amounted to 4.4 bln US dollars.", dict(value=4.4e9)),
}
PLACES = {
    "the next sentence": "{first} {second}",
    "a later paragraph": "{first}\n\nThe ministers discussed new border crossings and a joint industrial zone.\n\n"
                         "{second}",
}
HEADLINES = {
    "amount": "Kazakhstan-Uzbekistan trade hits $4.4 bln", "change": "Kazakh-Uzbek trade up 9% in 2023",
    "both": "Kazakhstan-Uzbekistan trade up 9% to $4.4 bln",
}
HEADLINE_GIVES = {"amount": dict(value=4.4e9), "change": dict(pct=9.0), "both": dict(value=4.4e9, pct=9.0)}


def _union(*parts):
    out = {}
    for part in parts:
        out.update(part)
    hedged = out.pop("hedged", None)
    out.setdefault("value", hedged)  # the exact amount speaks for the value; a hedged one only when it is the only one
    return [rec(period="2023", parties=(K, U), **out)]


# two facts: a first statement and a second one of another period, metric, partner or status, in each place
OTHER_FACTS = {
    "another period": ("In 2022 it stood at $4 billion.", rec(value=4e9, period="2022", parties=(K, U))),
    "another metric, one amount": ("Kazakhstan's exports to Uzbekistan reached $4.4 billion in 2023 as well.",
                                   rec("export", value=4.4e9, period="2023", parties=(K, U), reporter=K)),
    "another partner, one amount": ("Kazakhstan's trade with Kyrgyzstan also reached $4.4 billion in 2023.",
                                    rec(value=4.4e9, period="2023", parties=(K, KG))),
    "a target of one amount": ("The sides aim to bring trade to $4.4 billion a year by 2030.",
                               rec(value=4.4e9, period="2030", status="target", parties=(K, U))),
}


# one change stated twice (Kazakhstan-Uzbekistan trade grew by 9.3% in 2023): the exact change first or second x
# the other statement (hedged on the right side, or rounded) x where it stands; the exact change speaks
EXACT_CHANGE = "In 2023 trade between Kazakhstan and Uzbekistan grew by 9.3%."
CHANGE_RESTATED = {
    "over, last year": "Last year mutual trade rose by over 9%.",
    "more than, in 2023": "In 2023 bilateral trade increased by more than 9%.",
    "rounded, last year": "Mutual trade rose by 9% last year.",
    "with the amount, rounded": "Mutual trade grew by 9% to $4.4 billion in 2023.",
}
CHANGE_GIVES = {"with the amount, rounded": dict(value=4.4e9)}
# two facts: another metric's change, another period's change
OTHER_CHANGES = {
    "exports' change": ("Kazakh exports to Uzbekistan rose by 9% in 2023.",
                        rec("export", period="2023", pct=9.0, parties=(K, U), reporter=K)),
    "another year's change": ("In 2022 mutual trade rose by 9%.", rec(period="2022", pct=9.0, parties=(K, U))),
}


def _part2_cases():
    cases = [(f"one fact: {name}", text, expected) for name, text, expected in ONE_FACT] + \
        [(f"two facts: {name}", text, expected) for name, text, expected in TWO_FACTS]
    for (f_name, (first, f_gives)), (s_name, (second, s_gives)), (p_name, place) in product(
            STATEMENTS.items(), RESTATEMENTS.items(), PLACES.items()):
        cases.append((f"restated: {f_name} / {s_name} / {p_name}", place.format(first=first, second=second),
                      _union(f_gives, s_gives)))
    for (h_name, headline), (f_name, (first, f_gives)) in product(HEADLINES.items(), STATEMENTS.items()):
        cases.append((f"restated: headline {h_name} / {f_name}", f"{headline}\n\n{first}",
                      _union(HEADLINE_GIVES[h_name], f_gives)))
    for (c_name, other), (p_name, place), exact_first in product(CHANGE_RESTATED.items(), PLACES.items(), (True, False)):
        first, second = (EXACT_CHANGE, other) if exact_first else (other, EXACT_CHANGE)
        order = "exact first" if exact_first else "exact second"
        cases.append((f"restated change: {c_name} / {p_name} / {order}", place.format(first=first, second=second),
                      _union(CHANGE_GIVES.get(c_name, {}), dict(pct=9.3))))
    for (o_name, (other, record)), (p_name, place) in product(OTHER_CHANGES.items(), PLACES.items()):
        cases.append((f"two facts: {o_name} / {p_name}", place.format(first=EXACT_CHANGE, second=other),
                      [rec(period="2023", pct=9.3, parties=(K, U)), record]))
    first, _ = STATEMENTS["amount and year"]
    for (o_name, (second, other)), (p_name, place) in product(OTHER_FACTS.items(), PLACES.items()):
        if o_name == "another period" and p_name != "the next sentence":
            continue  # "it" needs the figure just before it
        cases.append((f"two facts: {o_name} / {p_name}", place.format(first=first, second=second),
                      [rec(value=4.4e9, period="2023", parties=(K, U)), other]))
    return cases


# --------------------------------------------------------------------------------------------------------------
# 3. The sides and the reporter
# --------------------------------------------------------------------------------------------------------------

# stories of other pairs than Belarus-Kazakhstan: (A, B, A's adjective, B's adjective, a city for talks)
PAIRS = [(K, U, "Kazakh", "Uzbek", "Tashkent"), (B, C, "Belarusian", "Chinese", "Beijing"),
         (K, KR, "Kazakh", "Korean", "Seoul"), (B, R, "Belarusian", "Russian", "Moscow")]

FIGURE = "$1.5 billion"
FIGURE_RECORD = dict(value=1.5e9, period="2023")

# the wording of the sides in the figure's clause
WORDINGS = {
    "between A and B": "Trade between {A} and {B} reached {F} in 2023.",
    "adjectives": "{a}-{b} trade reached {F} in 2023.",
    "A's trade with B": "{A}'s trade with {B} reached {F} in 2023.",
    "A raised its trade with B": "{A} raised its trade with {B} to {F} in 2023.",
    "A and B's trade": "{A} and {B} saw their trade reach {F} in 2023.",
    "an official of A: trade with B": "{A}'s deputy foreign minister said trade with {B} reached {F} in 2023.",
    "the two countries, the pair in the lede": "{A} and {B} held talks in {city} on Monday.\n\nTrade between the two "
                                              "countries reached {F} in 2023.",
    "its trade, A the antecedent": "{A} is looking for new markets.\n\nIts trade with {B} reached {F} in 2023.",
    "the country's trade, A the antecedent": "{A} is looking for new markets. The country's trade with {B} reached "
                                            "{F} in 2023.",
    "A's trade turnover with B": "{A}'s trade turnover with {B} amounted to {F} in 2023.",
    "trade turnover of A with B": "The trade turnover of {A} with {B} amounted to {F} in 2023.",
    "A-B names": "{A}-{B} trade reached {F} in 2023.",
    "the a-b trade turnover": "The {a}-{b} trade turnover totalled {F} in 2023.",
    "trade between A and its partner B": "Trade between {A} and its key partner {B} reached {F} in 2023.",
    "A and B: the sides' trade": "{A} and {B} held talks in {city}. The sides' trade reached {F} in 2023.",
    "A traded with B": "In 2023 {A} traded goods worth {F} with {B}.",
    "the republic's trade": "{A} is looking for new markets.\n\nThe republic's trade with {B} reached {F} in 2023.",
    "according to the a side": "According to the {a} side, trade with {B} reached {F} in 2023.",
    "our trade, an a minister": '"Our trade with {B} reached {F} in 2023," the {a} minister said.',
    "our countries, a and b ministers": '"Trade between our countries reached {F} in 2023," the {a} minister told '
                                        'his {b} counterpart.',
    "an a ambassador: trade with B": "The {a} ambassador said trade with {B} reached {F} in 2023.",
}

# where the sides are written, for a figure of "bilateral trade"
POSITIONS = {
    "the clause": "Bilateral trade between {A} and {B} reached {F} in 2023.",
    "the sentence": "Speaking after talks between {A} and {B} in {city}, the minister said bilateral trade reached {F} "
                    "in 2023.",
    "the lede only": "{A} and {B} held talks in {city} on Monday.\n\nBilateral trade reached {F} in 2023, the "
                     "ministers said.",
    "the headline only": "{A}, {B} discuss cooperation\n\nMutual trade reached {F} in 2023, the ministers said.",
    "the sentence before": "{A} and {B} agreed to expand cooperation. Trade turnover reached {F} in 2023.",
    "the paragraph before, a pair noun": "{A} and {B} held talks in {city} on Monday.\n\nThe ministers discussed "
                                         "logistics.\n\nTrade between the countries reached {F} in 2023.",
    "adjectives of the talks in the lede": "{a}-{b} talks were held in {city} on Monday.\n\nBilateral trade "
                                           "reached {F} in 2023.",
    "officials in the lede": "The {a} and {b} prime ministers met in {city} on Monday.\n\nMutual trade reached "
                             "{F} in 2023.",
}

# a second partner in a gapped clause: "A's trade with B reached ..., and with C ..."
THIRDS = {(K, U): KG, (B, C): "Vietnam", (K, KR): "Japan", (B, R): U}

# the pair in a lede of no figure, a side's own exports or imports in the body: that side's trade with the world
# (tests/test_trade_side_wordings.py: a figure whose text names one side only, as its owner, has that side alone)
SIDE_IN_BODY = {
    "A's exports": ("{A}'s exports reached {F} in 2023.", "export", 0),
    "exports from A": ("Exports from {A} reached {F} in 2023.", "export", 0),
    "B's imports": ("{B}'s imports reached {F} in 2023.", "import", 1),
    "A exported": ("{A} exported goods worth {F} in 2023.", "export", 0),
}
# ... but a country's adjective modifying the trade word or its subject says where the trade comes from, not that
# it is the country's trade with the world: the pair of the lede ("Belarusian exports" and "Kazakh exports" alike)
ADJECTIVE_IN_BODY = {
    "a exports": ("{a} exports reached {F} in 2023.", "export", 0),
    "b imports": ("{b} imports reached {F} in 2023.", "import", 1),
    "a companies exported": ("{a} companies exported goods worth {F} in 2023.", "export", 0),
}
# a second clause that leaves the trade word out names its own owner: (wording, metric, second figure's reporter
# is A or B, or a third country the partner of A)
GAPPED = {
    "and B's": ("In 2023 {A}'s exports to {B} reached {F}, and {B}'s $900 million.", "export", 1),
    "and from B to A": ("In 2023 exports from {A} to {B} reached {F}, and from {B} to {A} $900 million.", "export", 1),
    "and B ... to A": ("In 2023 {A} exported goods worth {F} to {B}, and {B} $900 million to {A}.", "export", 1),
    "those of B": ("In 2023 {A}'s exports to {B} reached {F}, those of {B} $900 million.", "export", 1),
    "b exports, its own word": ("In 2023 {a} exports to {B} reached {F}, and {b} exports to {A} $900 million.",
                                "export", 1),
    "B invested in A": ("In 2023 {A} invested {F} in {B}, and {B} $900 million in {A}.", "investment", 1),
    "imports from a third": ("In 2023 {A}'s imports from {B} reached {F}, and from {C} $900 million.", "import", None),
}
LEDE = "{A} and {B} held talks in {city} on Monday.\n\n"

# the sides only in the titles of two officials who meet (no country named as a side anywhere): their two countries
OFFICIALS = {(K, U): ("Roman Sklyar", "Jamshid Khodjaev"), (B, C): ("Petr Parkhomchik", "Wang Wentao"),
             (K, KR): ("Serik Zhumangarin", "Ahn Duk-geun"), (B, R): ("Igor Petrishenko", "Alexei Overchuk")}
TITLED_LEDES = {
    "A's Minister X": "{A}'s Deputy Prime Minister {pa} met with {B}'s Deputy Prime Minister {pb} on Monday.",
    "Minister of A X": "Deputy Prime Minister of {A} {pa} met with Deputy Prime Minister of {B} {pb} on Monday.",
    "a Minister X": "{a} Deputy Prime Minister {pa} met with {b} Deputy Prime Minister {pb} on Monday.",
    "X, Minister of A": "{pa}, Deputy Prime Minister of {A}, met with {pb}, Deputy Prime Minister of {B}, on Monday.",
}
TITLED_FIGURES = {
    "trade turnover rose": "Trade turnover rose to {F} in 2023.",
    "trade reached, X said": "Trade reached {F} in 2023, {sa} said.",
    "X said trade grew": "{sa} said trade grew to {F} in 2023.",
    "bilateral trade": "Bilateral trade reached {F} in 2023.",
}
TITLED_PLACES = {"the next sentence": "{lede} {figure}", "the next paragraph": "{lede}\n\n{figure}"}

# sides that are no countries: (sentence, parties, reporter, metric)
OTHER_SIDES = [
    ("Trade between Kostanay region and Uzbekistan reached {F} in 2023.", ("Kostanay Region", U), None, "turnover"),
    ("Brest Oblast's trade with China reached {F} in 2023.", ("Brest Oblast", C), None, "turnover"),
    ("The Almaty region's exports to South Korea reached {F} in 2023.", ("Almaty Region", KR), "Almaty Region",
     "export"),
    ("Trade between Gomel Oblast and Russia reached {F} in 2023.", ("Gomel Oblast", R), None, "turnover"),
    ("Kazakhstan's trade with the EU reached {F} in 2023.", (EU, K), None, "turnover"),
    ("Trade between Belarus and the European Union reached {F} in 2023.", (B, EU), None, "turnover"),
    ("Kazakhstan's trade with the EAEU countries reached {F} in 2023.", ("Eurasian Economic Union", K), None,
     "turnover"),
    ("Mutual trade of the CIS countries reached {F} in 2023.", ("CIS",), None, "turnover"),
    ("Mutual trade of the EAEU member states reached {F} in 2023.", ("Eurasian Economic Union",), None, "turnover"),
    ("Trade between Minsk and Almaty reached {F} in 2023.", ("Almaty", "Minsk"), None, "turnover"),
    ("Kostanay region is Belarus' main partner in Kazakhstan. The region's trade with Belarus reached {F} in 2023.",
     (B, "Kostanay Region"), None, "turnover"),
    ("Brest Oblast signed a roadmap with Kazakhstan. Its exports to Kazakhstan reached {F} in 2023.",
     ("Brest Oblast", K), "Brest Oblast", "export"),
    ("Kazakhstan's trade with the CIS countries reached {F} in 2023.", ("CIS", K), None, "turnover"),
    ("Trade between China's Xinjiang Uygur Autonomous Region and Central Asian countries reached {F} in 2023.",
     ("Central Asia", "Xinjiang"), None, "turnover"),
    ("Trade between Kazakhstan and China's Xinjiang Uygur Autonomous Region reached {F} in 2023.",
     (K, "Xinjiang"), None, "turnover"),
    ("The Xinjiang Uygur Autonomous Region's trade with Kazakhstan reached {F} in 2023.", (K, "Xinjiang"), None,
     "turnover"),
    ("Uzbekistan's exports to the Central Asian countries reached {F} in 2023.", ("Central Asia", U), U, "export"),
]

# whose export or import it is: (wording, metric, reporter is A or B)
REPORTERS = {
    "A's exports to B": ("{A}'s exports to {B} reached {F} in 2023.", "export", 0),
    "exports from A to B": ("Exports from {A} to {B} reached {F} in 2023.", "export", 0),
    "A exported to B": ("{A} exported goods worth {F} to {B} in 2023.", "export", 0),
    "a's exports to B": ("{a} exports to {B} reached {F} in 2023.", "export", 0),
    "imports to A from B": ("Imports to {A} from {B} reached {F} in 2023.", "import", 0),
    "A imported from B": ("{A} imported goods worth {F} from {B} in 2023.", "import", 0),
    "B's imports from A": ("{B}'s imports from {A} reached {F} in 2023.", "import", 1),
    "A invested in B": ("{A} invested {F} in {B}'s economy in 2023.", "investment", 0),
    "B attracted investment from A": ("{B} attracted {F} of investment from {A} in 2023.", "investment", 0),
    "investment from A into B": ("Investment from {A} into {B} reached {F} in 2023.", "investment", 0),
    "A's export to B": ("{A}'s export to {B} reached {F} in 2023.", "export", 0),
    "a exporters shipped to B": ("{a} exporters shipped goods worth {F} to {B} in 2023.", "export", 0),
    "supplies from A to B": ("Supplies from {A} to {B} reached {F} in 2023.", "export", 0),
    "deliveries of a goods to B": ("Deliveries of {a} goods to {B} reached {F} in 2023.", "export", 0),
    "A sold to B": ("{A} sold goods worth {F} to {B} in 2023.", "export", 0),
    "B's purchases from A": ("{B}'s purchases from {A} reached {F} in 2023.", "import", 1),
    "A's investment in B": ("{A}'s investment in {B} reached {F} in 2023.", "investment", 0),
    "a investment in B": ("{a} investment in {B} reached {F} in 2023.", "investment", 0),
    "a companies invested in B": ("{a} companies invested {F} in {B} in 2023.", "investment", 0),
    "B received investment from A": ("{B} received {F} in investment from {A} in 2023.", "investment", 0),
    "the inflow of investment from A": ("The inflow of investment from {A} to {B} reached {F} in 2023.",
                                        "investment", 0),
    "imports from A to B": ("Imports from {A} to {B} reached {F} in 2023.", "import", 1),
    "B imported a goods": ("{B} imported {a} goods worth {F} in 2023.", "import", 1),
}


def _fill(template, pair):
    a, b, a_adj, b_adj, city = pair
    return template.format(A=a, B=b, a=a_adj, b=b_adj, city=city, F=FIGURE)


def _part3_cases():
    cases = []
    for (name, template), pair in product({**WORDINGS, **POSITIONS}.items(), PAIRS):
        cases.append((f"sides: {name} / {pair[0]}-{pair[1]}", _fill(template, pair),
                      [rec(parties=pair[:2], **FIGURE_RECORD)]))
    for pair in PAIRS:
        third = THIRDS[pair[:2]]
        cases.append((f"sides: a gapped second partner / {pair[0]}-{pair[1]}",
                      _fill("{A}'s trade with {B} reached {F} in 2023, and with " + third + " $900 million.", pair),
                      [rec(parties=pair[:2], **FIGURE_RECORD), rec(value=9e8, period="2023", parties=(pair[0], third))]))
    for (name, (template, metric, side)), pair in product(SIDE_IN_BODY.items(), PAIRS):
        cases.append((f"sides: the pair in the lede, {name} / {pair[0]}-{pair[1]}", _fill(LEDE + template, pair),
                      [rec(metric, parties=(pair[side],), reporter=pair[side], **FIGURE_RECORD)]))
    for (l_name, lede), (f_name, figure), (p_name, place), pair in product(
            TITLED_LEDES.items(), TITLED_FIGURES.items(), TITLED_PLACES.items(), PAIRS):
        pa, pb = OFFICIALS[pair[:2]]
        text = place.format(lede=lede, figure=figure).replace("{pa}", pa).replace("{pb}", pb).replace(
            "{sa}", pa.split()[-1])
        cases.append((f"sides: officials' titles, {l_name} / {f_name} / {p_name} / {pair[0]}-{pair[1]}",
                      _fill(text, pair), [rec(parties=pair[:2], **FIGURE_RECORD)]))
    for (name, (template, metric, side)), pair in product(GAPPED.items(), PAIRS):
        third = THIRDS[pair[:2]]
        second = rec(metric, value=9e8, period="2023", parties=pair[:2], reporter=pair[1]) if side is not None else \
            rec(metric, value=9e8, period="2023", parties=(pair[0], third), reporter=pair[0])
        cases.append((f"reporter: a gapped clause, {name} / {pair[0]}-{pair[1]}",
                      _fill(template.replace("{C}", third), pair),
                      [rec(metric, parties=pair[:2], reporter=pair[0], **FIGURE_RECORD), second]))
    for (name, (template, metric, side)), pair in product(ADJECTIVE_IN_BODY.items(), PAIRS):
        cases.append((f"sides: the pair in the lede, {name} / {pair[0]}-{pair[1]}", _fill(LEDE + template, pair),
                      [rec(metric, parties=pair[:2], reporter=pair[side], **FIGURE_RECORD)]))
    for template, parties, reporter, metric in OTHER_SIDES:
        cases.append((f"sides: {template[:40]}", template.format(F=FIGURE),
                      [rec(metric, parties=parties, reporter=reporter, **FIGURE_RECORD)]))
    for (name, (template, metric, side)), pair in product(REPORTERS.items(), PAIRS + [(B, K, "Belarusian", "Kazakh",
                                                                                      "Astana")]):
        cases.append((f"reporter: {name} / {pair[0]}-{pair[1]}", _fill(template, pair),
                      [rec(metric, parties=pair[:2], reporter=pair[side], **FIGURE_RECORD)]))
    return cases


CASES = _part1_cases() + _part2_cases() + _part3_cases()


@pytest.fixture(scope="module")
def extracted():
    articles = kazbel_extract.extract_many({"text": text, "published": PUBLISHED} for _, text, _ in CASES)
    return {text: [{k: e.to_dict()[k] for k in FIELDS} for e in article.events if e.type == "trade"]
            for (_, text, _), article in zip(CASES, articles)}


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_trade_scope_grid(extracted, text, expected):
    assert extracted[text] == expected
