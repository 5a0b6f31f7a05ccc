"""Meeting families of relatives beside a meeting, paragraphs told by single line breaks, appositive titles and
"Mr. Surname" references, and the day and city of a meeting among other events' days and cities.

A person the text introduces by a kinship noun ("his son Timur", "accompanied by his wife, Ingrid,", "the spouses of
the two leaders, X and Y") takes part only when the meeting's predicate itself takes them (its subject or object, its
"with", "attended by"): the relative who hands over a gift, tours a museum or accompanies a leader is no side, even
when the entity side tags them PERSON (they are pinned as PERSON here). The names are invented, of several naming
traditions; each article is written for this file in the wire style and annotated by GUIDELINES.md.
"""
import pytest

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
