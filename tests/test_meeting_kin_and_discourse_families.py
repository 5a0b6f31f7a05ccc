"""Meeting families of relatives beside a meeting, paragraphs told by single line breaks, appositive titles and
"Mr. Surname" references, and the day and city of a meeting among other events' days and cities.

A person the text introduces by a kinship noun ("his son Timur", "accompanied by his wife, Ingrid,", "the spouses of
the two leaders, X and Y") takes part only when the meeting's predicate itself takes them (its subject or object, its
"with", "attended by"): the relative who hands over a gift, tours a museum or accompanies a leader is no side, even
when the entity side tags them PERSON (they are pinned as PERSON here). The names are invented, of several naming
traditions; each article is written for this file in the wire style and annotated by GUIDELINES.md.
"""
import pytest

import kazbel_extract

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

ABENOV, VORONKOV, HALBACH, CHOI = "Nurlan Abenov", "Dmitry Voronkov", "Friedrich Halbach", "Choi Min-jae"
OZDEMIR, WANG, TASHKENTOV, HAN = "Kerem Ozdemir", "Wang Zhiyuan", "Sardor Tashkentov", "Han Seo-yeon"
LIU, KAYA, SULEIMENOVA, CHEN = "Liu Guangming", "Mehmet Kaya", "Aigerim Suleimenova", "Chen Meilin"
RELATIVES = ["Timur", "Ingrid", "Aylin", "Dilnoza", "Aigerim", "Elif", "Selin Arslan", "Zhao Lan", "Elif Kaya"]
PEOPLE = [ABENOV, VORONKOV, HALBACH, CHOI, OZDEMIR, WANG, TASHKENTOV, HAN, LIU, KAYA, SULEIMENOVA, CHEN, *RELATIVES,
          "Voronkov"]


# -- a relative beside the meeting takes no part ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"Kazakh President {ABENOV} visited the residence of Belarusian President {VORONKOV}. The presidents "
                     "held talks and exchanged gifts: Voronkov gave his guest a carpet, while his son Timur presented "
                     "the Kazakh leader with a sword.", meeting([ABENOV, VORONKOV]), id="a son hands over a gift"),
        pytest.param(f"Prime Minister {HALBACH} met with {CHOI} in Astana, accompanied by his wife Ingrid.",
                     meeting([HALBACH, CHOI], None, "Astana"), id="a closing clause: accompanied by his wife"),
        pytest.param(f"{OZDEMIR}, accompanied by his daughter Aylin, received {WANG} in Ankara.",
                     meeting([OZDEMIR, WANG], None, "Ankara"), id="a clause on the subject: accompanied by his daughter"),
        pytest.param(f"{OZDEMIR} held talks with {WANG} in Minsk. The spouses of the two leaders, Selin Arslan and "
                     "Zhao Lan, visited the national art museum.",
                     meeting([OZDEMIR, WANG], None, "Minsk"), id="the spouses of the leaders visit a museum"),
        pytest.param(f"{TASHKENTOV} received {HAN} in Tashkent. He was joined by his wife Dilnoza.",
                     meeting([TASHKENTOV, HAN], None, "Tashkent"), id="joined by his wife in the next sentence"),
        pytest.param(f"{ABENOV} arrived in Minsk on a state visit with his wife Aigerim. The presidents held talks. "
                     f"{VORONKOV} said the visit opened a new chapter.",
                     meeting([ABENOV, VORONKOV], None, "Minsk"), id="a visit with his wife, then the presidents"),
        pytest.param(f"At the invitation of {LIU}, {KAYA} and his wife Elif paid a visit to Beijing. The two leaders held "
                     "talks on Friday.", meeting([LIU, KAYA], None, "Beijing"), id="a visitor and his wife"),
        pytest.param(f"{LIU} held talks with {KAYA}, while their wives, Zhao Lan and Elif Kaya, toured the old city.",
                     meeting([LIU, KAYA]), id="their wives tour the city meanwhile"),
    ],
)
def test_a_relative_beside_the_meeting_takes_no_part(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == [expected]


# -- a relative the meeting's predicate takes is a side ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"{OZDEMIR} met with {WANG} and his wife {CHEN} in Ankara.",
                     meeting([OZDEMIR, WANG, CHEN], None, "Ankara"), id="the object of met"),
        pytest.param(f"{ABENOV} and his wife {SULEIMENOVA} received {VORONKOV} at the residence.",
                     meeting([ABENOV, SULEIMENOVA, VORONKOV]), id="the subject of received"),
        pytest.param(f"{VORONKOV} held talks with {ABENOV} in Minsk. The talks were also attended by Voronkov's son "
                     "Timur, who is his national security adviser.",
                     meeting([VORONKOV, ABENOV, "Timur"], None, "Minsk"), id="the talks were attended by his son"),
        pytest.param(f"{KAYA} received {LIU} and his spouse Zhao Lan in Ankara.",
                     meeting([KAYA, LIU, "Zhao Lan"], None, "Ankara"), id="received Y and his spouse"),
    ],
)
def test_a_relative_the_meeting_takes_is_a_side(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == [expected]


# -- the paragraph of a meeting told by titles, whether paragraphs are set apart by blank lines or single breaks --------

KIM, LEE, NAZAROVA, BRENNER = "Kim Tae-hyun", "Lee Jun-seo", "Gulnara Nazarova", "Matthias Brenner"
PARAGRAPH_PEOPLE = [KIM, LEE, NAZAROVA, BRENNER]
PARAGRAPH_BREAKS = [pytest.param("\n\n", id="blank lines"), pytest.param("\n", id="single breaks")]


@pytest.mark.parametrize("brk", PARAGRAPH_BREAKS)
@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        pytest.param(["Talks between the prime ministers of the two countries took place in Astana.",
                      f"{KIM} thanked {LEE} for the invitation. Trade grew by a tenth last year."],
                     meeting([KIM, LEE], None, "Astana"), id="a lede of one sentence, the names in the next paragraph"),
        pytest.param(["The foreign ministers held talks in Tashkent.", f"{KIM} said the talks were useful.",
                      f"His counterpart {LEE} noted that transit had doubled."],
                     meeting([KIM, LEE], None, "Tashkent"), id="one side in each paragraph"),
        pytest.param([f"The heads of government held talks in Astana. {KIM} thanked {LEE} for the invitation.",
                      f"{NAZAROVA}, who heads the chamber of commerce, said exporters were ready."],
                     meeting([KIM, LEE], None, "Astana"), id="both sides in the paragraph: not the next one's"),
        pytest.param([f"{KIM} arrived in Astana on a working visit. The ministers held talks. {LEE} said the sides had "
                      "agreed on transit.", f"{BRENNER}, a market analyst, said prices would rise."],
                     meeting([KIM, LEE], None, "Astana"), id="one side before, the other after: not the next paragraph's"),
        pytest.param([f"{NAZAROVA} came to Minsk on Monday. The two ministers met at the foreign ministry. {BRENNER} "
                      "spoke of a new route.", f"{KIM}, an economist, said the route would pay off."],
                     meeting([NAZAROVA, BRENNER], None, "Minsk"), id="the two met: a sentence before and one after"),
    ],
)
def test_the_paragraph_of_a_meeting_told_by_titles(meetings, paragraphs, brk, expected):
    assert meetings(brk.join(paragraphs), None, PARAGRAPH_PEOPLE) == [expected]


# -- an appositive title belongs to the name it is next to -----------------------------------------------------------

@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param("Last week, Prime Minister Kim Tae-hyun met the Chairman of the Majilis — the lower house of "
                     "parliament — Aidos Serikbayev, and Steelcorp Chairman Matthias Brenner.",
                     [("Kim Tae-hyun", "Prime Minister"), ("Aidos Serikbayev", "Chairman"), ("Matthias Brenner", "Chairman")],
                     id="a title between dashes, then the next name's"),
        pytest.param("President Mehmet Kaya received Yerlan Dzhaksybekov, and Deputy Minister of Energy Liu Guangming.",
                     [("Mehmet Kaya", "President"), ("Yerlan Dzhaksybekov", None), ("Liu Guangming", "Deputy Minister of Energy")],
                     id="an untitled name, then a titled one"),
        pytest.param("Foreign Minister Anna Kowalska welcomed Sardor Tashkentov, and Ambassador of Uzbekistan to Belarus "
                     "Gulnara Nazarova.",
                     [("Anna Kowalska", "Foreign Minister"), ("Sardor Tashkentov", None), ("Gulnara Nazarova", "Ambassador")],
                     id="an ambassador's title after the comma"),
    ],
)
def test_an_appositive_title_belongs_to_the_name_it_is_next_to(nlp, text, titles):
    (found,) = [e for e in kazbel_extract.extract(text, nlp=nlp).events if e.type == "meeting"]
    assert [(p.name, p.title) for p in found.participant_details] == titles


# -- a possessive on the object of a subjectless -ing form is its doer; a role phrase keeps its referent ---------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"{KIM} met {LEE} in Minsk. Mehmet Kaya attended a forum. After receiving her guests, {NAZAROVA} "
                     "spoke of a new route.", [meeting([KIM, LEE], None, "Minsk"), meeting([NAZAROVA])],
                     id="after receiving her guests: hers, not the last person named"),
        pytest.param(f"{LEE} was in Astana on Monday, and {BRENNER} came to Almaty. Receiving his visitor, Aidos "
                     "Serikbayev said the route would open.", [meeting(["Aidos Serikbayev"])],
                     id="receiving his visitor: not the one who travelled before"),
        pytest.param(f"{KIM} meeting foreign guests more often\n\nNot long ago, the President met the Speaker of the "
                     f"Senate, {LEE}. He later wished the President of Uzbekistan, {BRENNER}, a happy birthday. In turn, "
                     "Mr. Lee thanked the President for the warm reception.", [meeting([KIM, LEE])],
                     id="the headline's person is the President who met Y, not the one named since"),
    ],
)
def test_the_doer_of_a_gerund_and_a_role_phrase_told_again(meetings, text, expected):
    assert meetings(text, None, [*PARAGRAPH_PEOPLE, "Mehmet Kaya", "Aidos Serikbayev", "Lee"]) == expected
