"""Properties of extraction that hold for any input (issue 6).

Whatever the text, `extract` returns; every entity, evidence sentence and source entity slices the
input to exactly its stated words; every record is plain JSON that round-trips; the same input gives
the same output. Texts are drawn from all of Unicode and from wire-like fragments mixed with junk,
so that the properties are checked on real records as well as on noise.
"""
from __future__ import annotations

from conftest import assert_sound
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kazbel_extract

FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- junk: the characters and shapes that break parsers --------------------------------------------

CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from("\x7f\x85\xa0\u2028\u2029\ufeff\ufffd")
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
SCRIPTS = st.sampled_from(["Лукашенко", "Тоқаев", "Қазақстан", "北京", "مينسك", "Ελλάδα", "ß", "İ", "ﬁ", "\u0301"])
QUOTES = st.sampled_from(['"', "\u201c", "\u201d", "«", "»", "'", "(", ")", "[", "<", ">", "&amp;", "&#"])
LONG_TOKEN = st.integers(50, 3000).map(lambda n: "x" * n) | st.integers(50, 3000).map(lambda n: "9" * n)
NUMBERY = st.sampled_from(["$", "%", "1,000,000,000,000,000", "1e308", "0.0.0", "-", "--", "–", "1.", ",5"])

junk = st.one_of(
    st.text(max_size=40),
    st.text(CONTROL, max_size=10),
    st.text(EMOJI, max_size=5),
    SCRIPTS,
    QUOTES,
    LONG_TOKEN,
    NUMBERY,
)

# -- wire-like fragments: real shapes of names, titles, sums and periods ---------------------------

PEOPLE = ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Roman Golovchenko",
          "Alikhan Smailov", "Olzhas Bektenov", "Alexander Turchin", "Mikhail Myasnikovich", "Maulen Ashimbayev",
          "Yermukhamet Yertysbayev"]
TITLES = ["Belarusian President", "Prime Minister of Kazakhstan", "Chairman of the Senate of the Parliament of Kazakhstan",
          "Ambassador of Kazakhstan to Belarus", ""]
ORGS = ["MTZ", "BelAZ", "Gomselmash", "the Eurasian Economic Union", "the Development Bank of Kazakhstan"]
MONEY = ["$419.1 million", "$1bn", "US$5 million", "5 billion tenge", "EUR 20 million", "$3.5-4 billion",
         "1,000,000,000,000,000 dollars", "$1e308 billion", "$0 million", "$ million"]
PERCENT = ["25 percent", "45.8%", "-5.3%", "99999999999%", "0.0001 per cent"]
PERIODS = ["2016", "January-September 2018", "Q1 2024", "the first half of 2019", "last year", "year 99999"]
DAYS = ["16 March", "on 32 March", "29 February", "on Friday", "31 April", "5 November 2019"]
CITIES = ["Minsk", "Astana", "Nur-Sultan", "Pavlodar"]
HEADERS = ["", " date 2018-10-31 ", " date 2023-06-14 ", " date 9999-99-99 "]
DATELINES = ["", "MINSK. KAZINFORM - ", "ASTANA (BelTA) - ", "MINSK, 13 October (BelTA) - ",
             "ASTANA, Kazakhstan, August 2 (Trend) - ", "NUR-SULTAN. KAZINFORM "]
TEMPLATES = [
    "{title} {person} met with {person2} in {city} on {day}.",
    "Talks between {person} and {person2} were held on {day}.",
    "{person} received a delegation led by {person2}.",
    "The session was co-chaired by {title} {person} and {person2}.",
    "In {period}, trade between Belarus and Kazakhstan totaled {money} ({percent} up).",
    "Belarus' export to Kazakhstan fell by {percent} to {money} in {period}.",
    "Trade should reach {money} by 2026, {person} said.",
    "Bilateral trade doubled in {period} and grew 1.5 times in the first half.",
    "Eight joint ventures operate in Kazakhstan, including {org}.",
    "The sides signed an agreement on cooperation worth {money}.",
    "\"We may need {money},\" {person} noted.",
]


@st.composite
def wire_sentences(draw) -> str:
    pick = lambda items: draw(st.sampled_from(items))  # noqa: E731
    return pick(TEMPLATES).format(
        title=pick(TITLES), person=pick(PEOPLE), person2=pick(PEOPLE), org=pick(ORGS), money=pick(MONEY),
        percent=pick(PERCENT), period=pick(PERIODS), day=pick(DAYS), city=pick(CITIES),
    ).strip()


@st.composite
def wire_articles(draw) -> str:
    """A header and dateline maybe, then wire sentences with junk between and inside them."""
    pieces = draw(st.lists(st.one_of(wire_sentences(), wire_sentences(), junk), min_size=1, max_size=8))
    glue = draw(st.sampled_from([" ", "\n\n", "\n", "", "\r\n", "\t"]))
    return draw(st.sampled_from(HEADERS)) + draw(st.sampled_from(DATELINES)) + glue.join(pieces)


any_text = st.one_of(st.text(max_size=300), st.lists(junk, max_size=12).map("".join))


# -- extract -----------------------------------------------------------------------------------------

@FEW
@given(any_text)
def test_any_text_gives_sound_records(text):
    assert_sound(text, kazbel_extract.extract(text))


@FEW
@given(wire_articles())
def test_wire_like_text_gives_sound_records(text):
    assert_sound(text, kazbel_extract.extract(text))


@FEW
@given(st.one_of(wire_articles(), any_text))
def test_extraction_is_deterministic(text):
    assert kazbel_extract.extract(text).to_dict() == kazbel_extract.extract(text).to_dict()


@FEW
@given(wire_articles(), st.sampled_from([None, "2018-10-31", "2024-02-29"]))
def test_a_published_date_gives_sound_records(text, published):
    article = kazbel_extract.extract(text, published=published, id="x")
    assert article.id == "x"
    assert_sound(text, article)


def test_the_wire_fragments_give_records_of_every_kind():
    """The wire strategy is only a real check if its texts yield events and entities of every label."""
    labels, events = set(), set()
    for template in TEMPLATES:
        text = "MINSK. KAZINFORM - " + template.format(
            title=TITLES[0], person=PEOPLE[0], person2=PEOPLE[1], org=ORGS[0], money=MONEY[0],
            percent=PERCENT[0], period=PERIODS[0], day=DAYS[0], city=CITIES[0])
        article = kazbel_extract.extract(text, published="2018-10-31")
        assert_sound(text, article)
        labels |= {e.label for e in article.entities}
        events |= {e.type for e in article.events}
    assert labels == {"PERSON", "ORG", "MONEY", "PERCENT"}
    assert events == {"meeting", "trade", "joint_venture", "agreement"}


# -- extract_many ------------------------------------------------------------------------------------

@FEW
@given(st.lists(st.one_of(wire_articles(), any_text), max_size=6))
@example(["\ufffe", "MINSK - \uffff\ud800 Belarus and Kazakhstan signed a roadmap."])  # non-characters read as U+FFFD
def test_extract_many_gives_what_extract_gives_in_input_order(texts):
    """One result per input, in order: the Article `extract` gives, or a Failure for a text with nothing to read."""
    results = list(kazbel_extract.extract_many(texts, batch_size=4))
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        if isinstance(result, kazbel_extract.Failure):
            assert not text.strip()
        else:
            assert result.to_dict() == assert_sound(text, kazbel_extract.extract(text))
