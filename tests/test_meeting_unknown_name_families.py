"""Meeting families whose people are in no registry: invented names of several naming traditions (Korean, German,
Chinese, Turkish, Kazakh, Slavic), so that only the titles and appositions the text writes tell who is who.

The rules must give for such names what the actor registry gives for known ones: a visitor's own delegation adds no
second person, a chairing clause on a session tells that session, a name set off by commas after a long title is
that title's, a side told only by a title no one is named with is the other person of the meeting already told, and
a bare "the President" is not a president of another country named later when the text names someone before it
who may hold the office, and a hyphened given name the parser split ("Park Ji-hoon") is still the counterpart's. Each article is written for this file in the wire style and annotated by GUIDELINES.md.
People are pinned as PERSON spans (see test_meetings), so these specify event linking whatever the tagger makes of
a name.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

ABENOV, VORONKOV, HALBACH, CHOI = "Nurlan Abenov", "Dmitry Voronkov", "Friedrich Halbach", "Choi Min-jae"
OZDEMIR, WANG, ARSLAN, MELNICHUK = "Kerem Ozdemir", "Wang Zhiyuan", "Selin Arslan", "Oksana Melnichuk"
SULEIMENOVA, HAN, WERNICKE, CHEN = "Aigerim Suleimenova", "Han Seo-yeon", "Ute Wernicke", "Chen Meilin"
KIM, LEE, TASHKENTOV = "Kim Tae-hyun", "Lee Jun-seo", "Sardor Tashkentov"
PEOPLE = [ABENOV, VORONKOV, HALBACH, CHOI, OZDEMIR, WANG, ARSLAN, MELNICHUK, SULEIMENOVA, HAN, WERNICKE, CHEN, KIM, LEE,
          TASHKENTOV, "Voronkov", "Halbach", "Arslan", "Chen", "Choi"]


# -- a visit headline whose visitor heads the delegation of the lede is no meeting of its own ------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"A new chapter for old partners\n\nPresident of Kazakhstan, {ABENOV}, pays a state visit to Belarus"
                     f"\n\nMinsk has hosted talks between {ABENOV} and {VORONKOV}, which closed a two-day visit of the "
                     "Kazakh delegation headed by the President.",
                     meeting([ABENOV, VORONKOV], None, "Minsk"), id="state visit, delegation headed by the President"),
        pytest.param(f"Steady course\n\nPrime Minister of Belarus, {HALBACH}, begins an official visit to Kazakhstan\n\n"
                     f"Astana hosted negotiations between {HALBACH} and {CHOI} on Tuesday, at the start of the visit of "
                     "the Belarusian government delegation led by the Prime Minister.",
                     meeting([HALBACH, CHOI], None, "Astana"), id="official visit, delegation led by the Prime Minister"),
        pytest.param(f"Foreign Minister of Kazakhstan, {OZDEMIR}, arrives in Minsk on a working visit\n\nTalks between "
                     f"{OZDEMIR} and {WANG} took place in Minsk during the visit of the delegation headed by the "
                     "Foreign Minister.", meeting([OZDEMIR, WANG], None, "Minsk"), id="working visit, talks in the lede"),
    ],
)
def test_a_visitor_heading_their_own_delegation_is_one_person(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == [expected]


# -- a side told only by a title no one is named with is the other person of the meeting told before ----------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"Talks between {ABENOV} and {VORONKOV} were held in Astana. The sides discussed transit. \"We came "
                     "as friends,\" Voronkov said on meeting the President of Kazakhstan.",
                     [meeting([ABENOV, VORONKOV], None, "Astana")], id="said on meeting the President of Kazakhstan"),
        pytest.param(f"Minsk hosted talks between {CHOI} and {HALBACH}. Trade grew by a fifth last year. Halbach spoke "
                     "of new plants after meeting the Prime Minister of Belarus.",
                     [meeting([CHOI, HALBACH], None, "Minsk")], id="after meeting the Prime Minister of Belarus"),
        pytest.param(f"{ARSLAN} held talks with {MELNICHUK} in Tashkent. Cotton and textiles were on the agenda. Arslan "
                     "said the talks were frank when she met the Foreign Minister of Uzbekistan.",
                     [meeting([ARSLAN, MELNICHUK], None, "Tashkent")], id="when she met the Foreign Minister"),
        pytest.param(f"Kazakh Foreign Minister {WANG} held talks with {VORONKOV} in Astana. Voronkov also met the Prime "
                     "Minister of Kazakhstan.",
                     [meeting([WANG, VORONKOV], None, "Astana"), meeting([VORONKOV], None, "Astana")],
                     id="the other person holds another office: another meeting"),
    ],
)
def test_a_side_told_by_an_unnamed_title_is_the_other_person_of_the_meeting_before(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == expected


# -- a chairing clause on a session (or on the body of its "of") tells that session ----------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"The 5th session of the Kazakh-Kyrgyz Intergovernmental Council chaired by Kazakh PM {SULEIMENOVA} "
                     f"and Chairman of the Cabinet of Ministers of Kyrgyzstan {HAN} took place in Bishkek.",
                     meeting([SULEIMENOVA, HAN], None, "Bishkek"), id="session chaired by"),
        pytest.param(f"A meeting of the Belarusian-Kazakh commission co-chaired by Deputy Prime Minister {WERNICKE} and "
                     f"Minister of Trade of Kazakhstan {ABENOV} was held in Minsk on Monday.",
                     meeting([WERNICKE, ABENOV], None, "Minsk"), id="meeting co-chaired by"),
        pytest.param(f"The talks, chaired by Foreign Minister {CHEN} and Foreign Minister of Turkey {OZDEMIR}, were held "
                     "in Ankara.", meeting([CHEN, OZDEMIR], None, "Ankara"), id="talks, chaired by,"),
        pytest.param(f"The session of the business council which was chaired by {VORONKOV} and Chairman of the Board of "
                     f"the Kazakh Chamber {CHOI} took place in Almaty.",
                     meeting([VORONKOV, CHOI], None, "Almaty"), id="the council which was chaired by"),
    ],
)
def test_a_chairing_clause_on_a_session_is_that_session(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == [expected]


# -- a name set off by commas after the title of a meeting's phrase is that title's ----------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA. Minister of Energy of the Republic of Kazakhstan, {ABENOV}, held negotiations with the "
                     f"Minister of Industry of the Republic of Belarus, {KIM}, during which the parties discussed joint "
                     "assembly of tractors.", [meeting([ABENOV, KIM], None, "Astana")], id="with the Minister of ..., Y,"),
        pytest.param(f"Belarus values its partners, the Chairman of the Standing Commission on Foreign Affairs, "
                     f"{MELNICHUK}, said during her meeting with the Chairman of the Committee on International Relations "
                     f"of the Senate of the Parliament of Kazakhstan, {HALBACH}",
                     [meeting([MELNICHUK, HALBACH])], id="a committee on ..., the name closing the line"),
        pytest.param(f"{VORONKOV} met with the Ambassador of Kazakhstan's Republic to Belarus, {LEE}, on Friday.",
                     [meeting([VORONKOV, LEE])], id="a possessive in the title"),
        pytest.param(f"{ARSLAN} held talks with the Deputy Minister of Agriculture of Uzbekistan, {WANG}, in Tashkent.",
                     [meeting([ARSLAN, WANG], None, "Tashkent")], id="Deputy Minister, then the city"),
        pytest.param(f"{ARSLAN} held talks with the Deputy Minister of Agriculture, {WANG} said.",
                     [meeting([ARSLAN])], id="a reporter after the comma is no apposition"),
    ],
)
def test_a_name_set_off_after_a_long_title_is_that_titles(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == expected


# -- a bare office is not a president of another country named later, when someone named before may hold it ---------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"{OZDEMIR} opens glass works\n\nOn Monday the President received {CHEN}, the head of a Chinese "
                     f"glass maker. Her firm has also been praised by the President of Kazakhstan, {ABENOV}.",
                     [meeting([CHEN])], id="a headline's untitled person before"),
        pytest.param(f"Speech by {VORONKOV} at the forum\n\nThe Head of State met with {HALBACH} in Minsk. Halbach had "
                     f"praised the President of Uzbekistan, {TASHKENTOV}, for his reforms.",
                     [meeting([HALBACH], None, "Minsk")], id="the Head of State"),
        pytest.param(f"By {MELNICHUK}\n\nYesterday the Prime Minister received {CHOI} in Astana. Choi's group is already "
                     f"building a dam with the Prime Minister of Kyrgyzstan, {HAN}.",
                     [meeting([CHOI], None, "Astana")], id="the Prime Minister, a byline before"),
    ],
)
def test_a_bare_office_is_not_the_holder_named_later_when_someone_before_may_hold_it(meetings, text, expected):
    assert meetings(text, None, PEOPLE) == expected


# -- a hyphened given name the parser split is in the phrase its first word is in ------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"Trade is growing, Belarus President {VORONKOV} said as he met with his Kazakhstan counterpart "
                     f"Park Ji-hoon on 25 October.", meeting([VORONKOV, "Park Ji-hoon"], "--10-25"), id="Korean, a day"),
        pytest.param(f"Ties are strong, Kazakh Prime Minister {ABENOV} said as he met with his Korean counterpart {HAN} on "
                     "Monday.", meeting([ABENOV, HAN]), id="Korean, his counterpart"),
        pytest.param(f"Cooperation will grow, Foreign Minister {OZDEMIR} said when he met with his German counterpart "
                     "Hans-Dieter Kessler in Minsk.", meeting([OZDEMIR, "Hans-Dieter Kessler"], None, "Minsk"), id="German"),
        pytest.param(f"The partnership is mature, President {WANG} said as he held talks with his Belarusian counterpart "
                     f"{LEE} on Friday.", meeting([WANG, LEE]), id="Chinese and Korean, held talks"),
    ],
)
def test_a_split_hyphened_name_of_the_counterpart_takes_part(meetings, text, expected):
    assert meetings(text, None, PEOPLE + ["Park Ji-hoon", "Hans-Dieter Kessler"]) == [expected]
