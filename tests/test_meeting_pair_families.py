"""Meeting families of session 9, round 2: the verb phrases that report a meeting of two people ("exchanged views
with", "sat down with", "granted an audience to") and the sentence that reports two meetings ("met X on 3 July and
Y on 4 July", "met separately with X and Y", "held talks with X, and later with Y").

Each sentence is written for this file in the style of Kazinform and BelTA stories and annotated by GUIDELINES.md
("Decisions on borderline cases"). People are pinned as PERSON spans (see test_meetings).
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TOKAYEV, LUKASHENKO, GOLOVCHENKO, SMAILOV = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Roman Golovchenko", "Alikhan Smailov"
NURTLEU, RYZHENKOV, ALEINIK, DOSAYEV = "Murat Nurtleu", "Maxim Ryzhenkov", "Sergei Aleinik", "Yerlan Dosayev"
ZHUMANGARIN = "Serik Zhumangarin"
PEOPLE = [TOKAYEV, LUKASHENKO, GOLOVCHENKO, SMAILOV, NURTLEU, RYZHENKOV, ALEINIK, DOSAYEV, ZHUMANGARIN]
PUBLISHED = "2024-07-05"


# -- a verb phrase that reports a meeting of two people --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, people, day",
    [
        pytest.param(f"ASTANA - On the sidelines of the CIS summit, Kazakh President {TOKAYEV} exchanged views with "
                     f"Belarusian President {LUKASHENKO} on the agenda of the Eurasian Economic Union.",
                     [TOKAYEV, LUKASHENKO], None, id="exchanged views with, on the sidelines"),
        pytest.param(f"ASTANA - Belarusian Foreign Minister {RYZHENKOV} exchanged opinions with his Kazakh counterpart "
                     f"{NURTLEU} on 3 July on transit and the situation in Afghanistan.", [RYZHENKOV, NURTLEU],
                     "2024-07-03", id="exchanged opinions with, a day"),
        pytest.param(f"ASTANA - {DOSAYEV}, the Akim of Almaty, sat down with Belarusian Ambassador {ALEINIK} to discuss "
                     "the opening of a Belarusian trade house in the city.", [DOSAYEV, ALEINIK], None, id="sat down with"),
        pytest.param(f"ASTANA - On 3 July, Kazakh President {TOKAYEV} granted an audience to Belarusian Prime Minister "
                     f"{GOLOVCHENKO}, who is in Astana on a working visit.", [TOKAYEV, GOLOVCHENKO], "2024-07-03",
                     id="granted an audience to"),
        pytest.param(f"ASTANA - President {TOKAYEV} gave an audience to {RYZHENKOV}, the Belarusian Foreign Minister, "
                     "at the Akorda.", [TOKAYEV, RYZHENKOV], None, id="gave an audience to"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} was granted an audience by President {TOKAYEV} "
                     "on Wednesday.", [GOLOVCHENKO, TOKAYEV], "2024-07-03", id="was granted an audience by"),
    ],
)
def test_a_verb_phrase_of_two_people_reports_their_meeting(meetings, text, people, day):
    assert meetings(text, PUBLISHED, PEOPLE) == [meeting(people, day, "Astana")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - {NURTLEU} exchanged views with {RYZHENKOV} by phone on Tuesday.", id="by phone"),
        pytest.param(f"ASTANA - {NURTLEU} will exchange views with {RYZHENKOV} during his visit to Minsk next month.",
                     id="will exchange views"),
        pytest.param(f"ASTANA - {NURTLEU} exchanged greetings with the staff of the embassy.", id="with no second person"),
        pytest.param(f"ASTANA - {NURTLEU} and {RYZHENKOV} exchanged views on the situation in the region in a telephone "
                     "conversation.", id="in a telephone conversation"),
        pytest.param(f"ASTANA - {NURTLEU} sat down for an interview with the Khabar TV channel.", id="sat down for an interview"),
        pytest.param(f"ASTANA - {NURTLEU} exchanged letters of ratification with the ambassador.", id="exchanged letters"),
    ],
)
def test_a_verb_phrase_without_a_meeting_of_two_people_is_no_record(meetings, text):
    assert meetings(text, PUBLISHED, PEOPLE) == []


# -- one sentence, two meetings -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Belarusian Foreign Minister {RYZHENKOV} met Kazakh Foreign Minister {NURTLEU} on 3 July "
                     f"and Prime Minister {SMAILOV} on 4 July.",
                     [meeting([RYZHENKOV, NURTLEU], "2024-07-03", "Astana"), meeting([RYZHENKOV, SMAILOV], "2024-07-04", "Astana")],
                     id="met X on one day and Y on another"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} met with {SMAILOV} on Monday and with Deputy Prime "
                     f"Minister and Trade Minister {ZHUMANGARIN} on Tuesday.",
                     [meeting([GOLOVCHENKO, SMAILOV], "2024-07-01", "Astana"),
                      meeting([GOLOVCHENKO, ZHUMANGARIN], "2024-07-02", "Astana")], id="met with X on Monday and with Y on Tuesday"),
        pytest.param(f"ASTANA - During his two-day visit, Belarusian Foreign Minister {RYZHENKOV} met separately with "
                     f"Kazakh Foreign Minister {NURTLEU} and Prime Minister {SMAILOV}.",
                     [meeting([RYZHENKOV, NURTLEU], None, "Astana"), meeting([RYZHENKOV, SMAILOV], None, "Astana")],
                     id="met separately with X and Y"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} held separate meetings with {SMAILOV} and {ZHUMANGARIN} on 3 July.",
                     [meeting([GOLOVCHENKO, SMAILOV], "2024-07-03", "Astana"),
                      meeting([GOLOVCHENKO, ZHUMANGARIN], "2024-07-03", "Astana")], id="held separate meetings with X and Y"),
        pytest.param(f"ASTANA - Belarusian Foreign Minister {RYZHENKOV} held talks with Kazakh Foreign Minister {NURTLEU}, "
                     f"and later with Prime Minister {SMAILOV}.",
                     [meeting([RYZHENKOV, NURTLEU], None, "Astana"), meeting([RYZHENKOV, SMAILOV], None, "Astana")],
                     id="held talks with X, and later with Y"),
        pytest.param(f"ASTANA - {RYZHENKOV} met first with {NURTLEU} and then with Prime Minister {SMAILOV}.",
                     [meeting([RYZHENKOV, NURTLEU], None, "Astana"), meeting([RYZHENKOV, SMAILOV], None, "Astana")],
                     id="first with X and then with Y"),
        pytest.param(f"ASTANA - President {TOKAYEV} received {RYZHENKOV} and {GOLOVCHENKO} separately at the Akorda.",
                     [meeting([TOKAYEV, RYZHENKOV], None, "Astana"), meeting([TOKAYEV, GOLOVCHENKO], None, "Astana")],
                     id="received X and Y separately"),
    ],
)
def test_one_sentence_may_report_a_meeting_with_each_counterpart(meetings, text, expected):
    assert meetings(text, PUBLISHED, PEOPLE) == expected


@pytest.mark.parametrize(
    "text, people, day",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} met {SMAILOV} and {ZHUMANGARIN} on 3 July.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN],
                     "2024-07-03", id="one day for both"),
        pytest.param(f"ASTANA - On 3 July, {GOLOVCHENKO} held talks with {SMAILOV} and Deputy Prime Minister {ZHUMANGARIN} "
                     "at the Government House.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN], "2024-07-03", id="a fronted day"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV}, who later chaired a session of the government, and "
                     f"Deputy Prime Minister {ZHUMANGARIN}.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN], None,
                     id="later in a clause of one of them"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} met on 3 July and signed a roadmap on 4 July.",
                     [GOLOVCHENKO, SMAILOV], "2024-07-03", id="two days, one pair"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV}, who took office on 1 February, and Deputy Prime Minister "
                     f"{ZHUMANGARIN} on 3 July.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN], "2024-07-03",
                     id="a day in a clause of one of them is not its meeting's"),
    ],
)
def test_counterparts_told_together_are_one_meeting(meetings, text, people, day):
    assert meetings(text, PUBLISHED, PEOPLE) == [meeting(people, day, "Astana")]


# -- a city in a phrase that opens the sentence, no comma after it --------------------------------------------------

@pytest.mark.parametrize(
    "text, day, city",
    [
        pytest.param(f"MINSK, 14 May (BelTA) - On 12 May in Astana Belarusian Prime Minister {GOLOVCHENKO} met with Kazakh "
                     f"Prime Minister {SMAILOV} to review the joint projects in machine building.", "2024-05-12", "Astana",
                     id="a day and a city opening the sentence"),
        pytest.param(f"On 12 May in the city of Astana Belarusian Prime Minister {GOLOVCHENKO} met with Kazakh Prime "
                     f"Minister {SMAILOV}.", "2024-05-12", "Astana", id="in the city of, no dateline"),
        pytest.param(f"MINSK - Yesterday in Astana Belarusian Prime Minister {GOLOVCHENKO} held talks with Kazakh Prime "
                     f"Minister {SMAILOV}.", "2024-05-13", "Astana", id="yesterday in"),
        pytest.param(f"MINSK - In the city of Aktobe Belarusian Ambassador {ALEINIK} met with the regional akim {DOSAYEV}.",
                     None, "Aktobe", id="in the city of Aktobe, the subject hung on it"),
        pytest.param(f"ASTANA - In Minsk, Kazakh Ambassador {DOSAYEV} met with Belarusian Foreign Minister {RYZHENKOV}.",
                     None, "Minsk", id="with a comma"),
    ],
)
def test_a_city_opening_the_sentence_is_the_meetings(meetings, text, day, city):
    (found,) = meetings(text, "2024-05-14", PEOPLE)
    assert (found["date"], found["location"]) == (day, city)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"MINSK - Speaking in Astana on Monday, {GOLOVCHENKO} said he met with {SMAILOV}.", id="a verb before the city"),
        pytest.param(f"MINSK - In Kazakhstan Belarusian Ambassador {ALEINIK} met with {DOSAYEV}.", id="a country"),
        pytest.param(f"MINSK - After returning from Astana Belarusian Prime Minister {GOLOVCHENKO} met with {SMAILOV}.",
                     id="from a city"),
    ],
)
def test_a_city_opening_the_sentence_in_another_phrase_is_not_the_meetings(meetings, text):
    (found,) = meetings(text, "2024-05-14", PEOPLE)
    assert found["location"] == "Minsk"


# -- the days of a visit are not the day of its talks -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO}, who is in Astana on an official visit from 20 to "
                     f"22 June, held talks with {SMAILOV}.", None, id="from 20 to 22 June, in a clause on the visitor"),
        pytest.param(f"ASTANA - From 20 to 22 June, Belarusian Prime Minister {GOLOVCHENKO} paid an official visit to "
                     f"Kazakhstan, during which he held talks with {SMAILOV}.", None, id="paid a visit from 20 to 22 June"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} held talks with {SMAILOV} during his official visit "
                     "to Kazakhstan on 20-22 June.", None, id="during his visit on 20-22 June"),
        pytest.param(f"ASTANA - Talks between {GOLOVCHENKO} and {SMAILOV} were held on 21 June as part of the Belarusian "
                     "premier's visit on 20-22 June.", "2024-06-21", id="the day of the talks within the visit's"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} paid an official visit to Kazakhstan from 20 to 22 "
                     f"June. On 21 June, he held talks with {SMAILOV}.", "2024-06-21", id="the day told after the visit's"),
    ],
)
def test_the_days_of_a_visit_do_not_tell_the_day_of_its_talks(meetings, text, day):
    (found,) = meetings(text, PUBLISHED, PEOPLE)
    assert found["date"] == day


# -- a counterpart named only by office, the person named elsewhere in the story --------------------------------------

def _story_meetings(text):
    import kazbel_extract

    return [(e.participants, e.date) for e in kazbel_extract.extract(text, published=PUBLISHED).events if e.type == "meeting"]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(f"ASTANA - Kazakh Foreign Minister {NURTLEU} opened the business forum. Later, Belarusian Foreign "
                     f"Minister {RYZHENKOV} held talks with the Kazakh Foreign Minister.", [RYZHENKOV, NURTLEU],
                     id="the same title written before"),
        pytest.param(f"MINSK - Belarusian Prime Minister {GOLOVCHENKO} met with the Kazakh Prime Minister in Minsk on 3 July. "
                     f"Kazakh Prime Minister {SMAILOV} is in Minsk on a working visit.", [GOLOVCHENKO, SMAILOV],
                     id="the person named after"),
        pytest.param(f"ASTANA - Kazakh Prime Minister {SMAILOV} addressed the investors. Later in the day, Belarusian Prime "
                     f"Minister {GOLOVCHENKO} met with the head of the Kazakh government.", [GOLOVCHENKO, SMAILOV],
                     id="the head of the government, a role phrase of the office"),
    ],
)
def test_a_counterpart_named_by_office_is_the_person_the_story_names_with_it(text, people):
    assert (people, None if "3 July" not in text else "2024-07-03") in _story_meetings(text)


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(f"MINSK - Belarusian Prime Minister {GOLOVCHENKO} met with the Kazakh Prime Minister in Minsk.",
                     [GOLOVCHENKO], id="no one named with the office"),
        pytest.param(f"MINSK - Kazakh Deputy Prime Minister {ZHUMANGARIN} said the plan was approved. Belarusian Prime "
                     f"Minister {GOLOVCHENKO} met with the Kazakh Prime Minister in Minsk.", [GOLOVCHENKO],
                     id="a deputy is not the office"),
        pytest.param(f"MINSK - Belarusian Prime Minister {GOLOVCHENKO} met with the Kazakh Prime Minister in Minsk. "
                     f"Belarusian President {LUKASHENKO} opened the forum.", [GOLOVCHENKO], id="another country's office"),
    ],
)
def test_a_counterpart_named_by_office_with_no_holder_named_is_no_one(text, people):
    assert (people, None) in _story_meetings(text)


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(f"ASTANA - Kazakh Foreign Minister {NURTLEU} welcomed the Belarusian delegation at the airport. "
                     f"Belarusian Foreign Minister {RYZHENKOV} held talks with his counterpart in Astana on 3 July.",
                     {RYZHENKOV, NURTLEU}, id="his counterpart, the minister named before"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} held talks with his counterpart in Astana on 3 July. "
                     f"Kazakh Prime Minister {SMAILOV} noted the growth of mutual trade.", {GOLOVCHENKO, SMAILOV},
                     id="his counterpart, the premier named after"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} held talks with his counterpart in Astana on 3 July.",
                     {GOLOVCHENKO}, id="no counterpart named"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} held talks with his counterpart in Astana on 3 July. "
                     f"Kazakh Foreign Minister {NURTLEU} said the sides would sign a roadmap.", {GOLOVCHENKO},
                     id="a person of another office is no counterpart"),
    ],
)
def test_his_counterpart_is_the_person_of_the_same_office_of_another_country(text, people):
    (found,) = _story_meetings(text)
    assert set(found[0]) == people and found[1] == "2024-07-03"


# -- whole stories: two meetings of one visit, each restated; a possessive country is whose, not where ----------------

BEKTENOV = "Olzhas Bektenov"

TWO_MEETINGS_STORY = f"""Belarusian FM meets Kazakh counterpart, Prime Minister in Astana

ASTANA. KAZINFORM - Belarusian Foreign Minister {RYZHENKOV}, who is in Astana on a two-day official visit, met with \
Kazakh Foreign Minister {NURTLEU} on 3 July and Prime Minister {BEKTENOV} on 4 July, the Kazakh MFA's press service reports.

During the talks with {NURTLEU}, the sides exchanged views on the implementation of the agreements reached at the highest \
level. "We are glad to note that the mutual trade turnover increased by 12.5% in January-May of this year," {NURTLEU} said.

At the meeting with {BEKTENOV}, the parties discussed joint projects in machine building and agriculture."""

AUDIENCE_STORY = f"""Lukashenko receives Kazakh Deputy Premier

MINSK, 12 March (BelTA) - Belarusian President {LUKASHENKO} granted an audience to Kazakhstan's Deputy Prime Minister and \
Trade Minister {ZHUMANGARIN} on Tuesday.

"I am glad to welcome you in Minsk," the Belarusian leader said at the start of the meeting. The head of state noted that \
the two countries had a good foundation for expanding cooperation.

Later the same day, {ZHUMANGARIN} sat down with Belarusian Prime Minister {GOLOVCHENKO} to discuss the supply of \
agricultural machinery."""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(TWO_MEETINGS_STORY, "2024-07-05", [([RYZHENKOV, NURTLEU], "2024-07-03", "Astana"),
                                                        ([RYZHENKOV, BEKTENOV], "2024-07-04", "Astana")],
                     id="two meetings of a visit, each restated; the visit is theirs"),
        pytest.param(AUDIENCE_STORY, "2024-03-12", [([LUKASHENKO, ZHUMANGARIN], "2024-03-12", "Minsk"),
                                                    ([ZHUMANGARIN, GOLOVCHENKO], "2024-03-12", "Minsk")],
                     id="an audience, then sat down with later the same day"),
    ],
)
def test_the_meetings_of_a_story_with_several_counterparts(text, published, expected):
    import kazbel_extract

    found = [(e.participants, e.date, e.location) for e in kazbel_extract.extract(text, published=published).events
             if e.type == "meeting"]
    assert found == expected


# -- a weekday of a week named, a weekday with a time of day ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV} on Thursday last week to review the roadmap.", "2024-06-27",
                     id="Thursday last week"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} held talks with {SMAILOV} on Monday of last week.", "2024-06-24",
                     id="on Monday of last week"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} met in Astana this Wednesday.", "2024-07-03", id="this Wednesday"),
        pytest.param(f"ASTANA - On Wednesday morning {GOLOVCHENKO} met with {SMAILOV} at the Government House.", "2024-07-03",
                     id="a fronted weekday and time of day, no comma"),
        pytest.param(f"ASTANA - {SMAILOV} received {GOLOVCHENKO} on Tuesday evening.", "2024-07-02", id="Tuesday evening"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV} last week.", None, id="last week: no day"),
    ],
)
def test_a_weekday_of_a_named_week_or_with_a_time_of_day_is_the_meetings_day(meetings, text, day):
    (found,) = meetings(text, PUBLISHED, PEOPLE)  # published on a Friday
    assert found["date"] == day


# -- who else took part: a side represented by, talks joined by, talks of another format ------------------------------

@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} held talks with {SMAILOV} at the Government House. The Kazakh side was also "
                     f"represented by Deputy Prime Minister {ZHUMANGARIN} and Foreign Minister {NURTLEU}.",
                     [GOLOVCHENKO, SMAILOV, ZHUMANGARIN, NURTLEU], id="the side represented by, after a meeting of two"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} held talks, which were later joined by Deputy Prime Minister "
                     f"{ZHUMANGARIN}.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN], id="talks, which were joined by"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} held talks with {SMAILOV} in a narrow format, followed by expanded talks "
                     f"involving {ZHUMANGARIN} and {RYZHENKOV}.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN, RYZHENKOV],
                     id="followed by expanded talks involving: one meeting"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} held one-on-one talks with {SMAILOV}. An enlarged meeting with the "
                     f"participation of {ZHUMANGARIN} and {ALEINIK} followed.", [GOLOVCHENKO, SMAILOV, ZHUMANGARIN, ALEINIK],
                     id="an enlarged meeting in the next sentence"),
    ],
)
def test_the_people_of_another_format_or_side_of_the_meeting_take_part_in_it(meetings, text, people):
    assert meetings(text, PUBLISHED, PEOPLE) == [meeting(people, None, "Astana")]


def test_a_meeting_of_another_format_held_later_with_others_is_another(meetings):
    text = (f"ASTANA - {GOLOVCHENKO} held talks with {SMAILOV} on 3 July. Later, {ZHUMANGARIN} held a one-on-one meeting "
            f"with {ALEINIK}.")
    assert meetings(text, PUBLISHED, PEOPLE) == [meeting([GOLOVCHENKO, SMAILOV], "2024-07-03", "Astana"),
                                                 meeting([ZHUMANGARIN, ALEINIK], None, "Astana")]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"ASTANA - Deputy Prime Minister {ZHUMANGARIN} held a meeting with Governor of Chelyabinsk Region "
                     f"{DOSAYEV} in Chelyabinsk on Thursday, the press service reports.", "Chelyabinsk",
                     id="a meeting with a titled counterpart, the city hung on the title"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with the Chairman of the Board of the Eurasian Development Bank "
                     f"{DOSAYEV} in Almaty.", "Almaty", id="talks with a titled counterpart in a city"),
        pytest.param(f"ASTANA - {ZHUMANGARIN} held a meeting with {ALEINIK} to discuss a tractor plant in Kostanay.", "Astana",
                     id="the city of what they discussed is not theirs"),
    ],
)
def test_the_city_of_a_meeting_nouns_counterpart_is_the_meetings(meetings, text, city):
    (found,) = meetings(text, PUBLISHED, PEOPLE)
    assert found["location"] == city
