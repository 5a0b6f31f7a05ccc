"""The pipeline runs what extraction reads and nothing else; `kazbel_pos_rules` equals the attribute ruler it replaces."""
import re

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kazbel_extract.components.pos_rules import PosRules, UnsupportedPattern
from kazbel_extract.pipeline import use_pos_rules

from conftest import DEV_CORPUS, SAMPLE_CORPUS, read_jsonl

SYNTAX = ["tok2vec", "tagger", "parser"]  # what the POS rules read: tags and dependency relations


def syntax_only(nlp, texts):
    with nlp.select_pipes(enable=SYNTAX):
        return list(nlp.pipe(texts))


def annotations(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_) for t in doc]


def with_ruler(nlp, doc):
    """The doc annotated by spaCy's own attribute ruler with the same patterns (a copy)."""
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(nlp.get_pipe("kazbel_pos_rules").patterns)
    return ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))


# -- what runs ------------------------------------------------------------------------------------

def test_the_pipeline_runs_no_lemmatizer_morphology_or_senter(nlp):
    assert not {"lemmatizer", "attribute_ruler", "senter"} & set(nlp.component_names)


def test_pos_rules_run_after_the_parser_whose_relations_they_read_and_before_ner(nlp):
    names = nlp.pipe_names
    assert names.index("parser") < names.index("kazbel_pos_rules") < names.index("ner")


def test_the_pipeline_sets_the_attributes_event_linking_reads(nlp):
    doc = nlp("Vladimir Andreichenko met with Nurlan Nigmatulin in Minsk.")
    assert [t.pos_ for t in doc][:3] == ["PROPN", "PROPN", "VERB"]
    assert doc[2].dep_ == "ROOT" and doc.has_annotation("SENT_START")
    assert doc[0].lemma_ == ""  # no lemmatizer ran


# -- kazbel_pos_rules: one group per rule family of the base model's attribute ruler ----------------

@pytest.mark.parametrize(
    "text, word, pos",
    [
        ("Belarus has signed the agreement.", "has", "AUX"),  # tag and word: VBZ "has" is AUX
        ("Belarus has a trade surplus.", "has", "VERB"),  # dependency: "has" as ROOT is a VERB
        ("The minister said that trade grew.", "that", "SCONJ"),  # IN + mark
        ("There are eight joint plants in Kazakhstan.", "are", "VERB"),  # two tokens: expletive + "are"
        ("The plants assemble tractors.", "plants", "NOUN"),  # the tag map: NNS is NOUN
    ],
)
def test_pos_rules_give_the_base_models_pos(nlp, text, word, pos):
    doc = nlp(text)
    assert next(t.pos_ for t in doc if t.text == word) == pos


def test_whitespace_tokens_get_the_space_tag_and_pos(nlp):
    doc = nlp("Trade grew.\n\nExports fell.")
    space = next(t for t in doc if t.is_space)
    assert (space.pos_, space.tag_) == ("SPACE", "_SP")


def test_pos_rules_equal_the_attribute_ruler_on_sentences(nlp):
    texts = ["He is being received by the President, who had been to Astana.",
             "There were talks; nobody did anything but wait.", "It's gonna be fine, y'all.", "   ", ""]
    for doc in syntax_only(nlp, texts):
        expected = annotations(with_ruler(nlp, doc))
        assert annotations(nlp.get_pipe("kazbel_pos_rules")(doc)) == expected


def test_pos_rules_equal_the_attribute_ruler_on_every_token_of_the_corpora(nlp):
    texts = [a["text"] for path in (SAMPLE_CORPUS, DEV_CORPUS) if path.exists() for a in read_jsonl(path)]
    rules = nlp.get_pipe("kazbel_pos_rules")
    for doc in syntax_only(nlp, texts):
        assert annotations(rules(doc)) == annotations(with_ruler(nlp, doc))


def test_pos_rules_round_trip_through_disk(nlp, tmp_path):
    rules = nlp.get_pipe("kazbel_pos_rules")
    rules.to_disk(tmp_path)
    loaded = PosRules(nlp, "copy").from_disk(tmp_path)
    assert loaded.patterns == rules.patterns
    doc = syntax_only(nlp, ["Belarus has signed the agreement."])[0]
    assert annotations(loaded(doc)) == annotations(with_ruler(nlp, doc))


def test_a_ruler_with_patterns_the_rules_cannot_mirror_stays():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LEMMA": "be"}]], {"POS": "AUX"})
    with pytest.raises(UnsupportedPattern):
        PosRules(nlp, "rules").add_patterns(ruler.patterns)
    use_pos_rules(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


# -- kazbel_sentence_cap ----------------------------------------------------------------------------

def test_the_sentence_cap_runs_before_the_parser(nlp):
    assert nlp.pipe_names[0] == "kazbel_sentence_cap"


def test_a_run_without_full_stops_is_cut_after_a_comma_into_sentences_of_at_most_max_tokens(nlp):
    cap = nlp.get_pipe("kazbel_sentence_cap")
    text = "Trade between Belarus and Kazakhstan: " + ", ".join(f"${n} million in {2000 + n % 20}" for n in range(200))
    doc = cap(nlp.make_doc(text + "."))
    starts = [t.i for t in doc if t.is_sent_start and t.i > 0]
    assert starts and all(doc[i - 1].text == "," for i in starts)
    assert max(b - a for a, b in zip([0] + starts, starts + [len(doc)])) <= cap.max_tokens
    assert max(len(s) for s in nlp(text).sents) <= cap.max_tokens  # the parser keeps the cuts


def test_a_wire_sentence_is_not_cut(nlp):
    text = ("Belarus and Kazakhstan intend to raise their bilateral trade turnover to about $1 billion in 2018, "
            "Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belarus Yermukhamet Yertysbayev told "
            "journalists, according to BELTA.")
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text", [
    "Belarusian leader pays state visit to Kazakhstan\n\nAstana has hosted talks between the two presidents.",
    "By Anna Petrova\n\nTrade between the two countries grew 12% in 2023.",
    "Kazakh Premier in Minsk\n \nThe intergovernmental commission met on Friday.",
])
def test_a_blank_line_ends_the_headline_or_byline_above_the_lede(nlp, text):
    headline, lede = text.split("\n", 1)
    first, second = list(nlp(text).sents)
    assert first.text.strip() == headline and second.text.strip() == lede.strip()


@pytest.mark.parametrize("text", [
    "Kazakh, Belarusian foreign ministers hold talks in Astana\n- Published: Monday, 13 May 2024 17:05\n"
    "Murat Nurtleu and Maxim Ryzhenkov discussed the supply of tractors.",
    "Lukashenko receives Kazakh Senate Speaker\nBy Olga Ivanova\nAleksandr Lukashenko met with Maulen Ashimbayev.",
    "Belarus-Kazakhstan trade up 12% in 2023\n\u2013 Updated 14:20\nTrade between the countries reached $1 billion.",
])
def test_a_line_without_a_stop_over_a_line_that_begins_a_sentence_is_a_sentence(nlp, text):
    doc = nlp(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]  # each line begins a sentence
    assert all(doc.char_span(at, at + 1, alignment_mode="expand")[0].is_sent_start for at in line_starts)


@pytest.mark.parametrize("text", [
    "The agreements signed:\n- a memorandum on transport;\n- a protocol on customs.",
    "The presidents of Belarus and Kazakhstan met in Astana on 12 May and\ndiscussed trade. Kazakh President\n"
    "Kassym-Jomart Tokayev said trade had grown.",
    "Belarusian Prime Minister Roman Golovchenko held talks with\nKazakh Prime Minister Alikhan Smailov in Minsk.",
    "The two sides signed a roadmap for the\nYears 2024-2026 and agreed to meet in Astana.",
    "Kazakhstan and\nBelarus will open a joint trading house. The Belarusian side proposed\nTo hold the next session in Minsk.",
])
def test_a_line_that_runs_on_or_a_text_wrapped_inside_its_sentences_keeps_its_single_breaks(nlp, text):
    assert len(list(nlp(text).sents)) == text.count(".")


def test_a_line_break_inside_a_paragraph_is_left_to_the_parser(nlp):
    text = "Trade between Belarus and Kazakhstan grew\n12% in 2023 to reach $1 billion."
    assert len(list(nlp(text).sents)) == 1


def test_sentences_looked_up_while_linking_are_spacys_own_and_the_lookup_is_gone_after(nlp):
    from kazbel_extract.events.syntax import sentence_lookup

    doc = nlp("Minsk hosted talks on Monday. The sides signed two agreements.\n\nTrade grew by 12% in 2023.")
    tokens = [(t.i, t.sent.start, t.sent.end) for t in doc]
    spans = [(e.start, e.sent.start, e.sent.end) for e in doc.ents]
    with sentence_lookup(doc):
        assert [(t.i, t.sent.start, t.sent.end) for t in doc] == tokens
        assert [(e.start, e.sent.start, e.sent.end) for e in doc.ents] == spans
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    assert len({end for _, _, end in tokens}) == 3


def test_a_looked_up_sentence_is_indexed_and_sliced_as_spacy_indexes_a_span(nlp):
    from kazbel_extract.events.syntax import sentence_lookup

    doc = nlp("Minsk hosted talks on Monday. The sides signed two agreements in Astana.")
    expected = [[(t.i, t.text) for t in part] for sent in doc.sents
                for part in (sent[1:], sent[-1:], sent[2:-2], sent[-3:2], sent[:], sent[5:100])]
    singles = [(sent[0].i, sent[-1].i, sent[2].text) for sent in doc.sents]
    with sentence_lookup(doc):
        assert [[(t.i, t.text) for t in part] for sent in doc.sents
                for part in (sent[1:], sent[-1:], sent[2:-2], sent[-3:2], sent[:], sent[5:100])] == expected
        assert [(sent[0].i, sent[-1].i, sent[2].text) for sent in doc.sents] == singles
        starts = [sent.start for sent in doc.sents]
        assert [(part.start, part.end) for part in (sent[1:3] for sent in doc.sents)] == [(s + 1, s + 3) for s in starts]
