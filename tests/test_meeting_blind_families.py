"""Meeting families that the blind articles of session 14 (corpus/blind_meet.jsonl) showed the rules missing.

Each wording is written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline
cases"). People are pinned as PERSON spans (see test_meetings), so these specify event linking whatever the tagger
makes of a name.
"""
import pytest

from kazbel_extract.text import find_dateline
from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TURCHIN, AKSAKALOV, SNOPKOV, SMAILOV = "Aleksandr Turchin", "Kumar Aksakalov", "Nikolai Snopkov", "Alikhan Smailov"
PEOPLE = [TURCHIN, AKSAKALOV, SNOPKOV, SMAILOV]


# -- a city in capitals on a line of its own between the headline and the story is the dateline ----------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param("Regions eye new projects\n\nMINSK\n\nThe governor received the guests.", "Minsk", id="blank lines"),
        pytest.param("Ministers meet in the capital\nASTANA\n\nThe ministers met.", "Astana", id="after the headline"),
        pytest.param(" date 2023-05-16 Talks on transit\n\nNUR-SULTAN \n\nThe sides met.", "Nur-Sultan", id="header"),
        pytest.param("Leaders meet\n\nST PETERSBURG\n\nThe leaders met.", "St Petersburg", id="two words"),
    ],
)
def test_a_city_line_between_headline_and_story_is_the_dateline(text, city):
    dateline = find_dateline(text)
    assert dateline is not None and dateline.city == city and dateline.agency is None


@pytest.mark.parametrize(
    "text, city, day",
    [
        pytest.param("Minsk, 15 May\n\nThe sides met.", "Minsk", "15 May", id="on a line of its own"),
        pytest.param("Minsk, 15 May \u2013 The sides met.", "Minsk", "15 May", id="en dash"),
        pytest.param("Astana, May 15 - The sides met.", "Astana", "May 15", id="month first, hyphen"),
        pytest.param("Talks on transit\nTashkent, 15 May 2024\nThe sides met.", "Tashkent", "15 May 2024", id="with year"),
    ],
)
def test_a_city_in_small_letters_with_its_day_and_no_agency_is_the_dateline(text, city, day):
    dateline = find_dateline(text)
    assert dateline is not None and (dateline.city, dateline.day, dateline.agency) == (city, day, None)


@pytest.mark.parametrize(
    "text",
    [
        "In Minsk, 15 May talks were held.",  # a sentence, not a line opened by the city
        "MINSK\n\nThe sides met.",  # no headline before it: a heading
        "Regions eye new projects\nMINSK\nThe sides met.",  # runs on into the story
        "Regions eye new projects\n\nMinsk\n\nThe sides met.",  # not written in capitals
    ],
)
def test_a_capitals_line_without_its_headline_or_its_break_is_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(f"Regions eye new projects\n\nMINSK\n\nChairman of the Minsk Oblast Executive Committee {TURCHIN} "
                     f"received akim of Kostanay Region {AKSAKALOV} on Monday.", "2023-05-16",
                     [meeting([TURCHIN, AKSAKALOV], "2023-05-15", "Minsk")], id="received on Monday"),
        pytest.param(f"Transit on the agenda\n\nASTANA\n\nPrime Minister {SMAILOV} held talks with First Deputy Prime "
                     f"Minister of Belarus {SNOPKOV} yesterday.", "2023-05-16",
                     [meeting([SMAILOV, SNOPKOV], "2023-05-15", "Astana")], id="talks yesterday"),
        pytest.param(f"Minsk, 16 May \u2013 {TURCHIN} received {AKSAKALOV} on Monday.", "2023-05-16",
                     [meeting([TURCHIN, AKSAKALOV], "2023-05-15", "Minsk")], id="City, day - on Monday"),
        pytest.param(f"Minsk, 16 May\n\n{SNOPKOV} met with {SMAILOV} at the Palace of Independence.", "2023-05-16",
                     [meeting([SNOPKOV, SMAILOV], None, "Minsk")], id="City, day: the dateline day is no meeting day"),
    ],
)
def test_a_meeting_under_a_city_line_takes_its_city(meetings, text, published, expected):
    assert meetings(text, published, PEOPLE) == expected


# -- an earlier meeting told of "the two leaders" or "their" is of the people of the meeting told before it ----------

MIRZIYOYEV, TOKAYEV, LUKASHENKO, XI = "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Xi Jinping"
LEADERS = [MIRZIYOYEV, TOKAYEV, LUKASHENKO, XI, "Tokayev", "Lukashenko"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"TASHKENT (Kazinform) - {TOKAYEV} held talks with {MIRZIYOYEV} on Thursday.\n\nThe Kazakh President "
                     "thanked the host and recalled their meeting in Samarkand in September.",
                     [meeting([TOKAYEV, MIRZIYOYEV], "2022-12-22", "Tashkent"),
                      meeting([MIRZIYOYEV, TOKAYEV], None, "Samarkand")], id="X recalled their meeting"),
        pytest.param(f"BEIJING (BelTA) - {LUKASHENKO} and {XI} held negotiations on Thursday.\n\nThe previous meeting "
                     "of the two leaders took place in Samarkand on 15 September 2021.",
                     [meeting([LUKASHENKO, XI], "2022-12-22", "Beijing"),
                      meeting([LUKASHENKO, XI], "2021-09-15", "Samarkand")], id="the previous meeting of the two leaders"),
        pytest.param(f"BEIJING (BelTA) - {LUKASHENKO} and {XI} held negotiations on Thursday.\n\nTheir previous talks "
                     "were held in Astana on 4 July.",
                     [meeting([LUKASHENKO, XI], "2022-12-22", "Beijing"),
                      meeting([LUKASHENKO, XI], "2022-07-04", "Astana")], id="their previous talks"),
        pytest.param(f"TASHKENT (Kazinform) - {MIRZIYOYEV} received {TOKAYEV} on Thursday.\n\n{TOKAYEV} "
                     "remembered their first talks in Shymkent in 2019.",
                     [meeting([MIRZIYOYEV, TOKAYEV], "2022-12-22", "Tashkent"),
                      meeting([MIRZIYOYEV, TOKAYEV], None, "Shymkent")], id="X remembered their talks"),
    ],
)
def test_an_earlier_meeting_of_the_two_is_of_the_people_told_before(meetings, text, expected):
    assert meetings(text, "2022-12-22", LEADERS) == expected


# -- a delegation "of X led by Y" is Y's however the parser hangs the clause, also some sentences later --------------

YEFIMOV, NAGASPAYEV, KOSHANOV = "Aleksandr Yefimov", "Yersayin Nagaspayev", "Yerlan Koshanov"
HOSTS = [TURCHIN, AKSAKALOV, YEFIMOV, NAGASPAYEV, KOSHANOV, SNOPKOV]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK (BelTA) - {TURCHIN} received a delegation of Kazakhstan's Kostanay Region led by akim "
                     f"{AKSAKALOV} on Monday.\n\nThe governor said the region was a key partner.\n\nEarlier in the day, "
                     f"the Kazakh delegation held talks with Minister of Industry {YEFIMOV}.",
                     [meeting([TURCHIN, AKSAKALOV], "2023-05-15", "Minsk"),
                      meeting([AKSAKALOV, YEFIMOV], "2023-05-15", "Minsk")], id="of a region, earlier in the day"),
        pytest.param(f"MINSK (BelTA) - {SNOPKOV} met a delegation of the Mazhilis of Kazakhstan led by its Speaker "
                     f"{KOSHANOV} on Monday.\n\nThe sides discussed transit.\n\nOn Tuesday, the delegation held a meeting "
                     f"with {YEFIMOV}.",
                     [meeting([SNOPKOV, KOSHANOV], "2023-05-15", "Minsk"),
                      meeting([KOSHANOV, YEFIMOV], "2023-05-16", "Minsk")], id="of a parliament, on Tuesday"),
        pytest.param(f"MINSK (BelTA) - {YEFIMOV} received a delegation of the Ministry of Industry of Kazakhstan headed "
                     f"by Minister {NAGASPAYEV} on Monday.\n\nThe ministers reviewed assembly projects.\n\nLater, the "
                     f"guests held talks with {SNOPKOV}.",
                     [meeting([YEFIMOV, NAGASPAYEV], "2023-05-15", "Minsk"),
                      meeting([NAGASPAYEV, SNOPKOV], None, "Minsk")], id="of a ministry, later the guests"),
    ],
)
def test_a_delegation_of_a_body_led_by_a_person_is_that_person_later(meetings, text, expected):
    assert meetings(text, "2023-05-16", HOSTS) == expected


# -- a meeting on the sidelines of "the session" is in the city the article stated for that session ------------------

GOLOVCHENKO, MISHUSTIN = "Roman Golovchenko", "Mikhail Mishustin"
PREMIERS = [GOLOVCHENKO, MISHUSTIN, SMAILOV, SNOPKOV]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK, 9 June (BelTA) - The session of the Eurasian Intergovernmental Council took place in Sochi on "
                     f"8 June. {GOLOVCHENKO} called for more joint projects.\n\nThe heads of government discussed "
                     f"energy prices.\n\nOn Thursday, on the sidelines of the session, {GOLOVCHENKO} met with {SMAILOV}.",
                     [meeting([GOLOVCHENKO, SMAILOV], "2023-06-08", "Sochi")], id="sidelines of the session"),
        pytest.param(f"MINSK, 9 June (BelTA) - The CIS summit was held in Bishkek this week. The leaders adopted a "
                     f"statement on security.\n\nThe prime ministers reviewed trade.\n\nAt the summit, {SNOPKOV} held "
                     f"talks with {SMAILOV}.",
                     [meeting([SNOPKOV, SMAILOV], None, "Bishkek")], id="at the summit"),
        pytest.param(f"ASTANA, 9 June (Kazinform) - The forum opened in Almaty on Wednesday, bringing together 2,000 "
                     f"delegates. Its agenda includes logistics.\n\nOrganisers expect new contracts.\n\nOn the margins of "
                     f"the forum, {SMAILOV} received {MISHUSTIN}.",
                     [meeting([SMAILOV, MISHUSTIN], None, "Almaty")], id="on the margins of the forum"),
    ],
)
def test_a_meeting_at_a_gathering_told_before_is_in_its_city(meetings, text, expected):
    assert meetings(text, "2023-06-09", PREMIERS) == expected


# -- a day told by its weekday and its date is the date's day ----------------------------------------------------------

NURTLEU, RYZHENKOV = "Murat Nurtleu", "Maxim Ryzhenkov"
MINISTERS = [NURTLEU, RYZHENKOV]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA, 15 May (Kazinform) - {NURTLEU} met with {RYZHENKOV} in Minsk on Friday, 12 April.",
                     [meeting([NURTLEU, RYZHENKOV], "2024-04-12", "Minsk")], id="weekday, day month"),
        pytest.param(f"ASTANA, 15 May (Kazinform) - {NURTLEU} met with {RYZHENKOV} in Minsk on 12 April, Friday.",
                     [meeting([NURTLEU, RYZHENKOV], "2024-04-12", "Minsk")], id="day month, weekday"),
        pytest.param(f"ASTANA, 15 May (Kazinform) - On Tuesday, 9 April, {NURTLEU} held talks with {RYZHENKOV} in "
                     "Minsk.", [meeting([NURTLEU, RYZHENKOV], "2024-04-09", "Minsk")], id="opening the sentence"),
    ],
)
def test_a_weekday_with_its_date_is_the_dates_day(meetings, text, expected):
    assert meetings(text, "2024-05-15", MINISTERS) == expected


# -- "the Chinese guest" where no visit is told is the last person of that country named before ----------------------

DING, ARIPOV, KOCHANOVA = "Ding Xuexiang", "Abdulla Aripov", "Natalya Kochanova"
GUESTS = [DING, ARIPOV, KOCHANOVA, GOLOVCHENKO, LUKASHENKO, SMAILOV, TOKAYEV]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK, 15 May (BelTA) - Prime Minister {GOLOVCHENKO} met with Chinese Vice Premier {DING} on "
                     f"Tuesday. Earlier on the same day, the Chinese guest was received by {LUKASHENKO}.",
                     [meeting([GOLOVCHENKO, DING], "2024-05-14", "Minsk"), meeting([DING, LUKASHENKO], "2024-05-14", "Minsk")],
                     id="the Chinese guest was received by"),
        pytest.param(f"ASTANA, 15 May (Kazinform) - Prime Minister {SMAILOV} held talks with Uzbek Prime Minister {ARIPOV} "
                     f"on Tuesday.\n\nThe sides discussed water.\n\nLater, {TOKAYEV} received the Uzbek guest.",
                     [meeting([SMAILOV, ARIPOV], "2024-05-14", "Astana"), meeting([ARIPOV, TOKAYEV], None, "Astana")],
                     id="received the Uzbek guest"),
        pytest.param(f"ASTANA, 15 May (Kazinform) - {SMAILOV} met with Belarusian Speaker {KOCHANOVA} on Tuesday. On "
                     f"Wednesday, {TOKAYEV} held a meeting with the Belarusian guest.",
                     [meeting([SMAILOV, KOCHANOVA], "2024-05-14", "Astana"), meeting([KOCHANOVA, TOKAYEV], "2024-05-15", "Astana")],
                     id="a meeting with the Belarusian guest"),
    ],
)
def test_a_guest_told_by_country_is_the_last_person_of_that_country(meetings, text, expected):
    assert meetings(text, "2024-05-15", GUESTS) == expected


# -- "on the eve", "the day before" with no day told before count from the article's day, as "yesterday" does --------

@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(f"ASTANA, 15 May (Kazinform) - {TOKAYEV} met with {MIRZIYOYEV} at the Akorda on the eve.", "2024-05-15",
                     [meeting([TOKAYEV, MIRZIYOYEV], "2024-05-14", "Astana")], id="on the eve, closing the sentence"),
        pytest.param(f"MINSK, 15 May (BelTA) - The day before, {XI} was received by {LUKASHENKO} at the Palace of "
                     "Independence.", None, [meeting([XI, LUKASHENKO], "--05-14", "Minsk")], id="the day before, dateline day"),
        pytest.param(f"TASHKENT, 15 May (Kazinform) - A day earlier, {MIRZIYOYEV} held talks with {TOKAYEV} in Khiva.",
                     "2024-05-15", [meeting([MIRZIYOYEV, TOKAYEV], "2024-05-14", "Khiva")], id="a day earlier"),
    ],
)
def test_a_day_before_with_no_day_told_is_the_day_before_the_articles(meetings, text, published, expected):
    assert meetings(text, published, LEADERS) == expected


def test_a_day_before_after_the_lede_counts_from_what_was_told_before(meetings):
    text = (f"ASTANA, 15 May (Kazinform) - {TOKAYEV} arrived in Tashkent.\n\nOn the eve, he met with {MIRZIYOYEV} in "
            "Samarkand.")
    assert [m["date"] for m in meetings(text, "2024-05-15", LEADERS)] == [None]


# -- what a passive verb of talking is about is its subject: the people in it are no sides ----------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK, 15 May (BelTA) - The agenda of the upcoming talks between {LUKASHENKO} and {TOKAYEV} was "
                     "discussed by the foreign ministers.", [], id="agenda of upcoming talks discussed by"),
        pytest.param(f"MINSK, 15 May (BelTA) - The programme of the visit of {TOKAYEV} to Minsk was reviewed by the "
                     "ambassadors on Tuesday.", [], id="programme of a visit reviewed by"),
        pytest.param(f"MINSK, 15 May (BelTA) - The initiatives of {LUKASHENKO} and {XI} were discussed by the deputy "
                     "ministers yesterday.", [], id="initiatives of two discussed by"),
        pytest.param(f"MINSK, 15 May (BelTA) - Transit issues were discussed by {LUKASHENKO} and {TOKAYEV} in Minsk on "
                     "Tuesday.", [meeting([LUKASHENKO, TOKAYEV], "2024-05-14", "Minsk")], id="the agent still takes part"),
    ],
)
def test_the_passive_subject_of_a_verb_of_talking_is_its_topic(meetings, text, expected):
    assert meetings(text, "2024-05-15", LEADERS) == expected


# -- a meeting in the phrase of "the preparations for" is still to come -------------------------------------------------

XIE = "Xie Xiaoyong"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK, 15 May (BelTA) - The preparations for a meeting of {LUKASHENKO} and {XI} were discussed by "
                     "the deputy ministers yesterday.", [], id="preparations for a meeting of"),
        pytest.param(f"MINSK, 15 May (BelTA) - Foreign Minister {RYZHENKOV} met with Ambassador of China {XIE} on Tuesday "
                     f"to discuss the preparations for the talks between {LUKASHENKO} and {XI}.",
                     [meeting([RYZHENKOV, XIE], "2024-05-14", "Minsk")], id="met to discuss the preparations for talks"),
        pytest.param(f"MINSK, 15 May (BelTA) - {RYZHENKOV} held talks with {XIE} on Tuesday. The sides reviewed the "
                     f"preparation of the negotiations of {LUKASHENKO} and {XI} in Beijing.",
                     [meeting([RYZHENKOV, XIE], "2024-05-14", "Minsk")], id="the preparation of the negotiations of"),
    ],
)
def test_a_meeting_being_prepared_is_no_record(meetings, text, expected):
    assert meetings(text, "2024-05-15", LEADERS + [RYZHENKOV, XIE]) == expected


# -- a passive verb of chairing or attending whose subject is a meeting noun pointing back tells of that meeting -------

SKLYAR, JABBAROV, SHAKKALIYEV = "Roman Sklyar", "Mikayil Jabbarov", "Arman Shakkaliyev"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"BAKU, March 12 - Trade should reach $1 billion, {JABBAROV} said at the meeting of the commission "
                     f"held in Baku on Wednesday.\n\nThe meeting was co-chaired by {JABBAROV} and {SKLYAR}.",
                     [meeting([JABBAROV, SKLYAR], "2024-03-06", "Baku")], id="co-chaired, next paragraph"),
        pytest.param(f"ASTANA, March 12 - {SHAKKALIYEV} spoke at the session of the council in Astana on Monday. The "
                     f"session was chaired by {SKLYAR}.",
                     [meeting([SHAKKALIYEV, SKLYAR], "2024-03-11", "Astana")], id="chaired, next sentence"),
        pytest.param(f"ASTANA, March 12 - {SHAKKALIYEV} made a report at the meeting of the council on Monday. The talks "
                     f"were presided over by {SKLYAR}.",
                     [meeting([SHAKKALIYEV, SKLYAR], "2024-03-11", "Astana")], id="presided over"),
        pytest.param(f"ASTANA, March 12 - {SHAKKALIYEV} met with {JABBAROV} on Monday. On Tuesday, a meeting of the "
                     f"council was chaired by {SKLYAR}.",
                     [meeting([SHAKKALIYEV, JABBAROV], "2024-03-11", "Astana"), meeting([SKLYAR], "2024-03-12", "Astana")],
                     id="a meeting of its own is not pointing back"),
    ],
)
def test_a_meeting_noun_as_passive_subject_tells_of_the_meeting_before(meetings, text, expected):
    assert meetings(text, "2024-03-12", [SKLYAR, JABBAROV, SHAKKALIYEV]) == expected
