"""Trade records that must not lean on the year written, and change-only figures in wire wording (session of the
yearshift probe). A figure is the same whatever year it is of: an attribution after it ("..., the agency reports")
names who states it, not what changed. Status cues: "is due to" and "heading for" state an expectation; a verbless
figure of a period after publication is no result; a goal inside a document's title ("a memorandum on increasing
trade to $3 billion") is a target of period null. A flow that names only its partner is the side's whose official
states it. Change-only figures: a factor after "growth of", a verb of slashing, every form of the factor verbs,
the date before a gapped "by"; one fact stated as an amount and a hedged change is one record with the amount's own
hedge. Every sentence was written for this file; the records follow GUIDELINES.md."""
import pytest

from test_trade_families import B, K, rec, trade

PUB = "2024-03-15"
BK = (B, K)
AM, GE, UZ = "Armenia", "Georgia", "Uzbekistan"


# -- the year written changes nothing ------------------------------------------------------------------------------

ATTRIBUTED = [
    "Trade between Armenia and Kazakhstan from January through May {y} increased by 6 percent year-on-year, the agency reports.",
    "Trade between Armenia and Kazakhstan in January-May {y} grew by 6 percent year-on-year, Interfax reports.",
    "Trade between Armenia and Kazakhstan rose by 6 percent year-on-year in January-May {y}, the ministry said.",
    "In January-May {y}, trade between Armenia and Kazakhstan went up by 6 percent year-on-year, the statistics office reports.",
    "The trade turnover between Armenia and Kazakhstan from January through May {y} rose by 6 percent year-on-year, Focus reports.",
]


@pytest.mark.parametrize("k", range(-4, 9))
@pytest.mark.parametrize("wording", ATTRIBUTED, ids=["from-through", "in months", "date after", "date first",
                                                   "a source the parser reads as a noun"])
def test_a_change_attributed_to_its_source_is_the_same_whatever_year_it_is_of(wording, k):
    year = 2022 + k
    text = wording.format(y=year)
    assert trade(text, f"{year}-07-01") == [rec(period=f"{year}-01/{year}-05", pct=6.0, parties=(AM, K))]


# -- status cues ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("Trade between Belarus and Kazakhstan is due to reach $2 billion.", None),
    ("Trade between Belarus and Kazakhstan is due to exceed $2 billion next year.", "2025"),
    ("Trade between Uzbekistan and Kazakhstan is heading for $2 billion.", None),
    ("Bilateral trade between Belarus and Kazakhstan is heading for $2 billion this year.", "2024"),
    ("Trade between Belarus and Kazakhstan is headed towards $2 billion in 2025.", "2025"),
    ("Trade between Belarus and Kazakhstan at $2 billion by 2030.", "2030"),
], ids=["due to reach", "due to exceed next year", "heading for", "heading this year", "headed towards", "verbless"])
def test_an_expectation_without_a_modal_is_a_forecast(text, period):
    parties = (UZ, K) if "Uzbekistan" in text else BK
    assert trade(text, PUB) == [rec(value=2e9, period=period, status="forecast", parties=parties)]


@pytest.mark.parametrize("text, status", [
    ("Trade between Belarus and Kazakhstan fell to $1 billion in 2023 due to lower prices.", "actual"),
    ("Trade between Belarus and Kazakhstan reached $1 billion in 2023.", "actual"),
    ("Trade between Belarus and Kazakhstan reached $1 billion in 2025.", "actual"),
], ids=["due to a cause", "past year", "tense kept"])
def test_a_cause_and_a_tense_keep_a_result(text, status):
    [record] = trade(text, PUB)
    assert record["status"] == status


@pytest.mark.parametrize("text, value, parties", [
    ("The sides signed a memorandum on increasing trade between Belarus and Kazakhstan to $3 billion.", 3e9, BK),
    ("A memorandum on increasing trade between Belarus and Kazakhstan to $3 billion was signed in Minsk.", 3e9, BK),
    ("Belarus and Kazakhstan signed a memorandum on increasing mutual trade to $3 billion.", 3e9, BK),
    ("The ministers adopted a roadmap on increasing bilateral trade between Armenia and Kazakhstan to $1 billion.",
     1e9, (AM, K)),
    ("The two governments signed a memorandum on boosting trade between Georgia and Kazakhstan to $1 billion.",
     1e9, (GE, K)),
], ids=["object", "passive", "mutual", "roadmap", "boosting"])
def test_the_goal_in_a_document_title_is_an_undated_target(text, value, parties):
    assert trade(text, PUB) == [rec(value=value, status="target", parties=parties)]


def test_a_document_worth_an_amount_stays_no_figure():
    assert trade("The sides signed a memorandum on trade worth $3 billion.", PUB) == []


# -- the side whose official states a flow ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("Exports to Kazakhstan grew by 12% last year, Belarus's ambassador Ivan Petrov said.", "2023"),
    ("Exports to Kazakhstan grew by 12% last year, Belarusian Ambassador Ivan Petrov said.", "2023"),
    ("Exports to Kazakhstan grew by 12% last year, Ivan Petrov, Belarus's ambassador, said.", "2023"),
    ("Exports to Kazakhstan grew by 12% last year, said Ivan Petrov, the Belarusian ambassador.", "2023"),
    ("Exports to Kazakhstan grew by 12%, the Belarusian ambassador said.", None),
], ids=["possessive title", "adjective title", "apposition", "said first", "no name"])
def test_a_flow_naming_only_its_partner_is_the_stating_officials_side(text, period):
    assert trade(text, PUB) == [rec(metric="export", period=period, pct=12.0, parties=BK, reporter=B)]


@pytest.mark.parametrize("text, parties", [
    ("Exports to Kazakhstan grew by 12% last year, Ivan Petrov said.", (K,)),
    ("Exports to Kazakhstan grew by 12% last year, Kazakh Trade Minister Arman Seitov said.", (K,)),
], ids=["no title", "partner's own official"])
def test_a_speaker_of_no_other_side_adds_none(text, parties):
    assert trade(text, PUB) == [rec(metric="export", period="2023", pct=12.0, parties=parties)]


# -- change-only figures -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, factor", [
    ("Trade between Belarus and Kazakhstan showed growth of 1.3 times in 2023.", 1.3),
    ("Trade between Belarus and Kazakhstan saw an increase of 2.5 times in 2023.", 2.5),
    ("Trade between Belarus and Kazakhstan posted a 1.3-fold increase in 2023.", 1.3),
    ("Trade between Belarus and Kazakhstan recorded a two-fold increase in 2023.", 2.0),
    ("Trade between Belarus and Kazakhstan increased 1.5 times in 2023.", 1.5),
], ids=["growth of times", "increase of times", "fold increase", "two-fold", "verb times"])
def test_a_factor_is_the_size_of_the_change_whatever_it_hangs_on(text, factor):
    assert trade(text, PUB) == [rec(period="2023", factor=factor, parties=BK)]


@pytest.mark.parametrize("text, metric, pct, reporter", [
    ("Kazakhstan slashed imports from Belarus by 20% in 2023.", "import", -20.0, K),
    ("Belarus increased its exports to Kazakhstan by 17% in 2023.", "export", 17.0, B),
    ("Kazakhstan's imports from Belarus fell by a third in 2023.", "import", -33.3, K),
    ("Belarus slashed its imports from Kazakhstan by 12% in 2023.", "import", -12.0, B),
], ids=["slashed", "increased", "fell by a third", "slashed its"])
def test_a_side_changing_its_own_flow_is_a_change_of_that_flow(text, metric, pct, reporter):
    assert trade(text, PUB) == [rec(metric=metric, period="2023", pct=pct, parties=BK, reporter=reporter)]


@pytest.mark.parametrize("text, factor", [
    ("Belarus doubles its exports to Kazakhstan.", 2.0),
    ("Belarus triples its exports to Kazakhstan.", 3.0),
    ("Belarus quadruples its exports to Kazakhstan.", 4.0),
    ("Belarus trebles its exports to Kazakhstan.", 3.0),
], ids=["doubles", "triples", "quadruples", "trebles"])
def test_every_form_of_a_factor_verb_is_a_factor(text, factor):
    assert trade(text, PUB) == [rec(metric="export", factor=factor, parties=BK, reporter=B)]


@pytest.mark.parametrize("text, later", [
    ("Trade between Belarus and Kazakhstan grew by 9% in 2023, and in January-February 2024 by 14%.", "2024-01/2024-02"),
    ("Trade between Belarus and Kazakhstan grew by 9% in 2023, and in the first quarter of 2024 by 14%.",
     "2024-01/2024-03"),
    ("Trade between Belarus and Kazakhstan grew by 9% in 2023 and by 14% in January-February 2024.", "2024-01/2024-02"),
    ("Trade between Belarus and Kazakhstan grew by 9% in 2023, in January-February 2024 by 14%.", "2024-01/2024-02"),
], ids=["and in months", "and in quarter", "date after", "comma"])
def test_the_date_before_a_gapped_change_is_its_period(text, later):
    assert trade(text, PUB) == [rec(period="2023", pct=9.0, parties=BK), rec(period=later, pct=14.0, parties=BK)]


@pytest.mark.parametrize("text, periods", [
    ("Trade between Belarus and Kazakhstan rose from $1.1 billion in 2022 to $1.3 billion in 2023.", ["2022", "2023"]),
    ("Belarusian exports to Kazakhstan grew from $600 million in 2022 to $700 million in 2023.", ["2022", "2023"]),
], ids=["trade", "exports"])
def test_the_date_of_a_from_amount_is_not_the_to_amounts(text, periods):
    assert [r["period"] for r in trade(text, PUB)] == periods


@pytest.mark.parametrize("text", [
    "Trade between Belarus and Kazakhstan reached $1.3 billion in 2023, up 9%.\n\n"
    "In 2023, trade between the two countries grew by 9%.",
    "Trade between Belarus and Kazakhstan grew by 9% in 2023, the ministry said.\n\n"
    "The ministry gave no reason. In 2023 trade between the two countries amounted to $1.3 billion.",
    "Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. The growth was 9% compared to 2022.",
    "In 2023, trade between Belarus and Kazakhstan reached $1.3 billion. This is 9% more than in 2022.",
    "In 2023, trade between Belarus and Kazakhstan increased by 9% and reached $1.3 billion.",
    "Trade between Belarus and Kazakhstan reached $1.3 billion in 2023. Compared to 2022, it grew by 9%.",
], ids=["restated change", "change first", "the growth was", "this is more", "and reached", "compared to"])
def test_a_change_restating_an_amounts_fact_is_one_record(text):
    assert trade(text, PUB) == [rec(value=1.3e9, period="2023", pct=9.0, parties=BK)]


@pytest.mark.parametrize("text, pct", [
    ("Trade between Belarus and Kazakhstan grew by 9.3% in 2023 to $1.3 billion.\n\n"
     "Last year trade between the two countries increased by over 9%, the minister said.", 9.3),
    ("Trade between Belarus and Kazakhstan grew by 9.3% in 2023 to $1.3 billion.\n\n"
     "In 2023 trade between the two countries rose by more than 9%.", 9.3),
    ("Trade between Belarus and Kazakhstan grew by 9.7% in 2023 to $1.3 billion.\n\n"
     "In 2023 trade between the two countries rose by almost 10%.", 9.7),
], ids=["over", "more than", "almost"])
def test_a_hedged_restatement_of_the_change_leaves_the_amount_unhedged(text, pct):
    article = __import__("kazbel_extract").extract(text, published=PUB)
    [record] = [e.to_dict() for e in article.events if e.type == "trade"]
    assert (record["value"], record["change_pct"], record["qualifier"]) == (1.3e9, pct, None)


@pytest.mark.parametrize("text", [
    "The share of Kazakhstan in Belarusian exports decreased by 4.1 percentage points in 2023.",
    "Kazakhstan's share in the foreign trade of Belarus rose by 0.5 percentage points in 2023.",
    "The share of Belarus in Kazakhstan's imports fell by 1.2 percentage points last year.",
], ids=["share decreased", "share rose", "share fell"])
def test_a_change_in_percentage_points_of_a_share_is_no_record(text):
    assert trade(text, PUB) == []


@pytest.mark.parametrize("text, period", [
    ("Trade between Belarus and Kazakhstan has doubled over the past five years.", None),
    ("Trade between Belarus and Kazakhstan has doubled since 2018.", None),
    ("Trade between Belarus and Kazakhstan doubled between 2018 and 2023.", "2018-01/2023-12"),
    ("Trade between Belarus and Kazakhstan doubled from 2018 to 2023.", "2018-01/2023-12"),
], ids=["past five years", "since", "between", "from-to"])
def test_a_doubling_over_years_has_a_period_only_for_a_stated_span(text, period):
    assert trade(text, PUB) == [rec(period=period, factor=2.0, parties=BK)]
