"""Every token window, tree limit and sentence count the event and actor rules read is a config value with a
default, and the rule obeys it: at the default the sentence gives the record the guidelines ask for, and a
tighter value no longer reaches the word the rule needs."""
import pytest
from spacy.tokens import Doc

from kazbel_extract.events import link_events
from kazbel_extract.events.trade.periods.resolver import PeriodResolver
from kazbel_extract.events.settings import LinkingSettings
from kazbel_extract.events.syntax import ents_by_sentence
from kazbel_extract.events.trade.anchors import Anchors

FIRST_HALF = "In January-June 2023 trade between Belarus and Kazakhstan reached $500 million. "


def records(nlp, text: str, disable=(), **limits) -> list[dict]:
    """The event records of `text` with the event rules reading `limits` in place of the defaults."""
    with nlp.select_pipes(disable=list(disable)):
        doc = nlp(text)
    return [event.to_dict() for event in link_events(doc, nlp.get_pipe("kazbel_events").lexicon, LinkingSettings(**limits))]


def of_type(rows: list[dict], kind: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in rows if r["type"] == kind]


def lexicon(nlp):
    nlp("Warm up.")  # the event word lists load with the first doc
    return nlp.get_pipe("kazbel_events").lexicon


# -- meetings -------------------------------------------------------------------------------------

def test_planned_cue_heads_reach_the_cue_of_a_planned_meeting(nlp):
    text = "Aleksandr Lukashenko is expected to travel to Astana to hold talks with Kassym-Jomart Tokayev."
    assert of_type(records(nlp, text), "meeting", "participants") == []  # "expected" is two heads above "hold"
    assert of_type(records(nlp, text, planned_cue_heads=1), "meeting", "location") == [("Astana",)]


def test_city_preposition_heads_reach_the_preposition_of_a_city_of_several_tokens(nlp):
    # a name of several tokens is read at its root ("Sultan"); here the possessive puts "in" two heads above it
    text = "Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Nur-Sultan's Government House on 16 March."
    assert of_type(records(nlp, text), "meeting", "location") == [("Nur-Sultan",)]
    assert of_type(records(nlp, text, city_preposition_heads=1), "meeting", "location") == [(None,)]


def test_pronoun_sentences_back_bound_the_search_for_the_person_a_pronoun_stands_for(nlp):
    # beyond the window a "he" is the person the article is about, its first subject (Roman Golovchenko here)
    text = ("Roman Golovchenko opened the forum. Kassym-Jomart Tokayev arrived in Minsk on Monday. The visit will last "
            "two days. Trade is growing. On 17 September he held talks with Aleksandr Lukashenko.")
    assert of_type(records(nlp, text), "meeting", "participants") == [(["Kassym-Jomart Tokayev", "Aleksandr Lukashenko"],)]
    assert of_type(records(nlp, text, pronoun_sentences_back=1), "meeting", "participants") == [
        (["Roman Golovchenko", "Aleksandr Lukashenko"],)]


def test_role_tokens_before_bound_the_title_read_before_a_name(nlp):
    text = "Chairman of the Mazhilis of the Parliament of Kazakhstan Nurlan Nigmatulin met with Aleksandr Lukashenko."

    def first_role(**limits):  # without the registry's roles (kazbel_actors), as the text gives them
        (meeting,) = records(nlp, text, disable=["kazbel_actors"], **limits)
        first = meeting["participant_details"][0]
        return first["title"], first["organisation"]

    assert first_role() == ("Chairman", "Mazhilis of the Parliament of Kazakhstan")
    assert first_role(role_tokens_before=2) == (None, None)


# -- trade ----------------------------------------------------------------------------------------

def test_amount_owner_heads_reach_the_loan_an_amount_belongs_to(nlp):
    text = "Belarus lent Kazakhstan the sum of $44 million for supplies of its exports."
    assert of_type(records(nlp, text), "trade", "value") == []  # "of", "sum" and "lent" are the heads above it
    assert of_type(records(nlp, text, amount_owner_heads=1), "trade", "value") == [(44_000_000.0,)]


def test_qualifier_tokens_before_reach_the_hedge_of_an_amount(nlp):
    text = "Trade between Belarus and Kazakhstan reached more than $500 million in 2023."
    assert of_type(records(nlp, text), "trade", "qualifier") == [("over",)]
    assert of_type(records(nlp, text, qualifier_tokens_before=1), "trade", "qualifier") == [(None,)]


def changes(nlp, doc: Doc, **limits) -> list[float]:
    anchors = Anchors(doc, lexicon(nlp).trade, lexicon(nlp).number_words, ents_by_sentence(doc), LinkingSettings(**limits))
    return [a.value for a in anchors.changes(doc[:])]


def test_change_word_tokens_reach_a_rise_word_that_is_no_head_of_the_percentage(nlp):
    # "Growth: 12%." parsed with the percentage as the root: "Growth" is three tokens before it and no head of it
    doc = Doc(nlp.vocab, words=["Growth", ":", "12", "%", "."], spaces=[False, True, False, False, False],
              heads=[3, 3, 3, 3, 3], deps=["dep", "punct", "nummod", "ROOT", "punct"],
              ents=["O", "O", "B-PERCENT", "I-PERCENT", "O"])
    assert changes(nlp, doc) == [12.0]
    assert changes(nlp, doc, change_word_tokens=1) == []


def test_change_word_heads_reach_a_rise_word_two_heads_above_the_percentage(nlp):
    doc = nlp("Belarus reported a growth of exports to Kazakhstan that was 12% in 2023.")
    assert changes(nlp, doc) == [12.0]  # "12%" -> "was" (whose subject is "that") -> "growth"
    assert changes(nlp, doc, change_word_heads=1) == []


def test_level_tokens_after_reach_the_level_a_percentage_is_of(nlp):
    text = "Trade between Belarus and Kazakhstan reached $500 million in 2023, or 112% of the 2022 level."
    assert of_type(records(nlp, text), "trade", "change_pct") == [(12.0,)]
    assert of_type(records(nlp, text, level_tokens_after=2), "trade", "change_pct") == [(None,)]


def test_current_cue_tokens_before_reach_the_word_of_a_current_figure(nlp):
    text = "Kazakhstan's exports to Belarus, currently $500 million, are expected to double."
    assert of_type(records(nlp, text), "trade", "status") == [("actual",)]
    assert of_type(records(nlp, text, current_cue_tokens_before=2), "trade", "status") == [("forecast",)]


def test_comparison_tokens_before_reach_the_comparison_word_before_a_date(nlp):
    text = "Trade between Belarus and Kazakhstan reached $500 million, 12% more than that of 2022."
    assert of_type(records(nlp, text), "trade", "period") == [(None,)]  # 2022 is the base, not the period
    assert of_type(records(nlp, text, comparison_tokens_before=1), "trade", "period") == [("2022",)]


def test_compared_amount_tokens_before_reach_the_comparison_word_before_an_amount(nlp):
    text = "Exports from Kazakhstan to Belarus stood at $900 million, compared to $800 million in 2023."
    assert of_type(records(nlp, text), "trade", "value", "period") == [(9e8, None), (8e8, "2023")]  # 2023 is the base's
    assert of_type(records(nlp, text, compared_amount_tokens_before=1), "trade", "value", "period") == [
        (9e8, "2023"), (8e8, "2023")]


def test_date_preposition_tokens_before_reach_the_preposition_of_a_compared_period(nlp):
    text = FIRST_HALF + "Exports rose to $300 million, up 12% over the same period last year."
    assert of_type(records(nlp, text), "trade", "value", "period") == [
        (500_000_000.0, "2023-01/2023-06"), (300_000_000.0, "2023-01/2023-06")]  # "over the": the base of the change
    assert of_type(records(nlp, text, date_preposition_tokens_before=1), "trade", "value", "period")[1] == \
        (300_000_000.0, "2022-01/2022-06")


def test_since_tokens_before_reach_the_since_of_a_cumulative_figure(nlp):
    text = "Trade between Belarus and Kazakhstan has totalled $5 billion since the year 2010."
    assert of_type(records(nlp, text), "trade", "period") == [(None,)]
    assert of_type(records(nlp, text, since_tokens_before=1), "trade", "period") == [("2010",)]


def test_restated_amount_tolerance_makes_two_close_amounts_one_figure(nlp):
    text = ("Trade between Belarus and Kazakhstan reached $1.500 billion in 2023. "  # written to the digit: no rounding
            "In 2023 trade between Belarus and Kazakhstan amounted to $1.503 billion.")
    assert of_type(records(nlp, text), "trade", "value") == [(1_500_000_000.0,)]
    assert of_type(records(nlp, text, restated_amount_tolerance=0.001), "trade", "value") == [
        (1_500_000_000.0,), (1_503_000_000.0,)]


def period_of_words(nlp, text: str, words: str, **limits) -> str | None:
    """The period `PeriodResolver` reads off the words `words` of `text`, after the first half of 2023 was stated."""
    doc = nlp(text)
    start = doc.text.index(words)
    date = doc.char_span(start, start + len(words), label="DATE")
    resolver = PeriodResolver(doc, lexicon(nlp).trade, ents_by_sentence(doc), LinkingSettings(**limits), lexicon(nlp).calendar,
                              lexicon(nlp).document_forms)
    resolver.state(0, "2023-01/2023-06")
    return resolver.period(date)


def test_back_reference_tokens_before_reach_the_same_period_before_a_year(nlp):
    text = "Exports were $300 million in the same period of 2022."
    assert period_of_words(nlp, text, "2022") == "2022-01/2022-06"
    assert period_of_words(nlp, text, "2022", back_reference_tokens_before=1) == "2022"


def test_year_shift_tokens_after_reach_the_last_year_after_a_back_reference(nlp):
    text = "Exports were $300 million in the same period last year."
    assert period_of_words(nlp, text, "the same period") == "2022-01/2022-06"
    assert period_of_words(nlp, text, "the same period", year_shift_tokens_after=1) == "2023-01/2023-06"


# -- joint ventures and actors --------------------------------------------------------------------

def test_assembly_tokens_after_reach_the_assembling_word_after_a_plant(nlp):
    text = "They opened a plant to assemble tractors in Kostanay."  # no maker named: only the plant tells the venture
    assert of_type(records(nlp, text), "joint_venture", "status", "location") == [("operating", "Kostanay")]
    assert of_type(records(nlp, text, assembly_tokens_after=1), "joint_venture", "status") == []


def test_country_tokens_before_reach_the_country_of_an_institution(nlp):
    words = ["Belarus", "'", "Ministry", "of", "Foreign", "Affairs", "signed", "it", "."]  # every country has one
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    actors = []
    for limit in (2, 1):
        resolver = nlp.create_pipe("kazbel_actors", name="probe", config={"country_tokens_before": limit})
        actors.append(resolver(Doc(nlp.vocab, words=words, ents=ents)).ents[0]._.actor)
    assert actors == ["Ministry of Foreign Affairs of Belarus", None]


@pytest.mark.parametrize("name", sorted(LinkingSettings().to_dict()))
def test_every_limit_is_a_config_value_refused_out_of_range(nlp, name):
    assert nlp.config["components"]["kazbel_events"][name] == getattr(LinkingSettings(), name)
    out_of_range = 1.0 if name == "restated_amount_tolerance" else 0  # a share below 1; counts of at least 1
    with pytest.raises(ValueError, match=name):
        nlp.create_pipe("kazbel_events", name="probe", config={name: out_of_range})


def test_the_actor_limit_is_a_config_value_refused_below_one(nlp):
    assert nlp.config["components"]["kazbel_actors"]["country_tokens_before"] == 2
    with pytest.raises(ValueError, match="country_tokens_before"):
        nlp.create_pipe("kazbel_actors", name="probe", config={"country_tokens_before": 0})


# -- entity rules ---------------------------------------------------------------------------------

def organisations(nlp, text: str, **limits) -> list[str]:
    """The ORG names of `text` with an entity-rules component reading `limits` in place of the defaults."""
    probe = nlp.create_pipe("kazbel_entity_rules", name="probe", config=limits)
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "kazbel_entity_rules":
            break
        doc = pipe(doc)
    return [e.text for e in probe(doc).ents if e.label_ == "ORG"]


def test_max_name_words_bound_an_of_chain(nlp):
    text = "The Department of Strategic Planning of the Qaraghandy Mining Holding signed the contract."
    assert organisations(nlp, text) == ["Department of Strategic Planning of the Qaraghandy Mining Holding"]
    assert "Department of Strategic Planning of the Qaraghandy Mining Holding" not in organisations(nlp, text, max_name_words=2)


def test_max_name_modifiers_bound_the_words_before_a_legal_form(nlp):
    text = "The Northern Grain Agro Industrial Trading Company LLP opened an office."
    assert organisations(nlp, text) == ["Northern Grain Agro Industrial Trading Company LLP"]
    assert organisations(nlp, text, max_name_modifiers=1) == ["Trading Company LLP"]


@pytest.mark.parametrize("name", ["max_name_modifiers", "max_name_words"])
def test_the_entity_limits_are_config_values_refused_below_one(nlp, name):
    assert nlp.config["components"]["kazbel_entity_rules"][name] in (8, 40)
    with pytest.raises(ValueError, match=name):
        nlp.create_pipe("kazbel_entity_rules", name="probe", config={name: 0})
