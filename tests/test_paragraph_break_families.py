"""Paragraphs are told by line breaks, blank or not: the same story scraped with single line breaks between its
paragraphs gives the records it gives with blank lines. The reader has joined hard-wrapped lines by then, so a
line break left in the text ends a paragraph, and every rule scoped to a paragraph (a period carried to the figures
after it, the sides of an article's opening) stops there. Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract

STORIES = [
    pytest.param(
        "ASTANA. KAZINFORM - Kazakhstan and Uzbekistan reviewed their trade on Tuesday.{sep}Trade between the two "
        "countries reached $4.2 billion in 2023.{sep}Kazakhstan's exports to Uzbekistan amounted to $2.9 billion.",
        [("trade", 4200000000.0, "2023", "actual"), ("trade", 2900000000.0, None, "actual")],
        id="a period is carried within its paragraph only"),
    pytest.param(
        "MINSK. BelTA - Belarus and Kazakhstan discussed their trade.{sep}In January-March 2024, exports of Belarusian "
        "milk rose.{sep}Belarus' exports to Kazakhstan grew by 12%.",
        [("trade", None, None, "actual")],
        id="a period stated without a figure stops at its paragraph's end"),
    pytest.param(
        "Belarus, China sign deal on trucks{sep}MINSK. BelTA - Belarusian trucks will be assembled in China, the "
        "ministry said.{sep}The maker already assembles Belarusian trucks in Vietnam and Egypt.",
        [("agreement", None, None, "signed"), ("joint_venture", None, None, "planned")],
        id="the opening that names the sides is the headline and its lede"),
    pytest.param(
        "ASTANA. KAZINFORM - Trade between Kazakhstan and Kyrgyzstan totalled $1.1 billion in the first half of "
        "2024.{sep}Kyrgyzstan's imports from Kazakhstan rose by 15% over the same period.",
        [("trade", 1100000000.0, "2024-01/2024-06", "actual"), ("trade", None, "2024-01/2024-06", "actual")],
        id="a back-reference reaches across paragraphs either way"),
]


def records(text):
    return [(e.type, e.to_dict().get("value"), e.to_dict().get("period"), e.to_dict()["status"])
            for e in kazbel_extract.extract(text, published="2024-08-01").events]


@pytest.mark.parametrize("story, expected", STORIES)
@pytest.mark.parametrize("sep", ["\n\n", "\n", "\n \n\n"], ids=["blank line", "single break", "blank lines with spaces"])
def test_a_story_reads_the_same_with_single_or_blank_line_breaks(story, expected, sep):
    assert records(story.format(sep=sep)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In 2023 trade between Kazakhstan and Kyrgyzstan reached $1.5 billion.\n- Kazakh exports: $1.1 "
                     "billion;\n- Kazakh imports: $400 million.",
                     [("trade", 1500000000.0, "2023", "actual"), ("trade", 1100000000.0, "2023", "actual"),
                      ("trade", 400000000.0, "2023", "actual")], id="dashed items"),
        pytest.param("Trade between Belarus and Uzbekistan totalled $900 million in January-September 2024.\n"
                     "\u2022 Belarus' exports: $700 million\n\u2022 Belarus' imports: $200 million",
                     [("trade", 900000000.0, "2024-01/2024-09", "actual"),
                      ("trade", 700000000.0, "2024-01/2024-09", "actual"),
                      ("trade", 200000000.0, "2024-01/2024-09", "actual")], id="bulleted items"),
    ],
)
def test_a_list_under_a_sentence_stays_in_its_paragraph(text, expected):
    """A line break that opens a list item after a sentence ends no paragraph: the items read with the sentence
    that announces them."""
    assert records(text) == expected


def meetings(text):
    return [e.to_dict()["participants"] for e in kazbel_extract.extract(text, published="2024-08-01").events
            if e.type == "meeting"]


LONG_LEDE = ("ASTANA. KAZINFORM - Kazakh Foreign Minister Yerlan Sadykov met with the Head of the Department of "
             "Foreign Economic Relations of the Ministry of Foreign Affairs of Belarus, Pavel Dombrovsky, to discuss "
             "the agenda of the next session of the intergovernmental commission and the trade of the two countries")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan and Belarus review their agenda\n" + LONG_LEDE + ".\nBy Anna Vogel\n"
                     "The sides agreed to meet again in Minsk.", [["Yerlan Sadykov", "Pavel Dombrovsky"]],
                     id="a headline and a byline over lines longer than them"),
        pytest.param(LONG_LEDE + "\nPhoto by the press service of the ministry\nThe sides agreed to meet again.",
                     [["Yerlan Sadykov", "Pavel Dombrovsky"]], id="a caption under a line longer than any page"),
        pytest.param("ASTANA. KAZINFORM - Kazakh Foreign Minister Yerlan Sadykov met with\nBelarusian Deputy "
                     "Foreign Minister Pavel Dombrovsky\nin Astana on Monday to discuss the trade of the two\n"
                     "countries.", [["Yerlan Sadykov", "Pavel Dombrovsky"]], id="a text wrapped at its page's width"),
    ],
)
def test_a_line_is_a_wrap_only_where_a_page_would_wrap_it(text, expected):
    """A page wraps at its width, so the line a wrap ends is no wider than a page and the line after it no longer
    than it and a word: a headline, byline or caption over a paragraph written on one long line is a line of its own,
    not the first words of the paragraph."""
    assert meetings(text) == expected
