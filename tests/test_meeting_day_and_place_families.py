"""Meeting day and place families of session 17: the wordings wire copy uses for the day and the city of a meeting,
each checked against GUIDELINES.md ("Decisions on borderline cases", Meetings: "Date: only a stated day ... resolved
against `published` or the dateline day; a dateline day alone gives null"; "Location: the city stated for the
meeting; else the dateline city, unless the text places the meeting in another country: then null").

Decisions where the guidelines leave a choice:
- the day a gathering opened ("the forum that opened on Tuesday") or a visit began ("arrived on Monday") is not the
  meeting's: a gathering or a visit of several days does not tell which of its days the talks were held on; a
  gathering "held on 4 July" (one day) is;
- a headline that tells the meeting on a day ("X and Y meet on 2 May") states that day: it is the same meeting
  restated; a day of another event in the headline, or of a "Published:" line, is not;
- a span of days stated for the meeting itself ("held talks on 3-4 June") gives its first day (the guidelines are
  silent; the behaviour of session 10 is kept); a span of the visit ("his two-day visit on 3-4 June") gives none;
- a videoconference states no city: the dateline city, as the guidelines' "else the dateline city" reads;
- a region of the dateline's country ("in the Kostanay region" under ASTANA) states no city: the dateline city; a
  region of another country places the meeting there (null).

Every sentence and name is written for this file; the people are pinned as PERSON spans (see test_meetings).
PUBLISHED is a Friday.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

SERIKBAYEV, KOVALCHUK, ABENOV, ZHUK = "Daulet Serikbayev", "Andrei Kovalchuk", "Yerlan Abenov", "Nikolai Zhuk"
TOKAYEV, LUKASHENKO, RAKHIMOV = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Bakhtiyor Rakhimov"
PEOPLE = [SERIKBAYEV, KOVALCHUK, ABENOV, ZHUK, TOKAYEV, LUKASHENKO, RAKHIMOV]
PUBLISHED = "2025-05-09"
ASTANA = "ASTANA (Kazinform) - "
MINSK = "MINSK (BelTA) - "


def records(meetings, text):  # noqa: F811  (the fixture)
    return meetings(text, PUBLISHED, PEOPLE)


def days_of(meetings, text):  # noqa: F811
    return [m["date"] for m in records(meetings, text)]


def places_of(meetings, text):  # noqa: F811
    return [m["location"] for m in records(meetings, text)]


# -- a day stated for the meeting --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"{ASTANA}Vice Minister {SERIKBAYEV} met Ambassador {KOVALCHUK} on Thursday.", "2025-05-08",
                     id="on a weekday"),
        pytest.param(f"{ASTANA}On Thursday, {SERIKBAYEV} held talks with {KOVALCHUK}.", "2025-05-08",
                     id="fronted weekday"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} and {KOVALCHUK} held talks in Astana on Thursday afternoon.", "2025-05-08",
                     id="weekday with a part of the day"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} received {KOVALCHUK} on 5 May.", "2025-05-05", id="on day month"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met with {KOVALCHUK} May 5.", "2025-05-05", id="month day, no preposition"),
        pytest.param(f"{ASTANA}On May 5th, {SERIKBAYEV} met {KOVALCHUK} in Astana.", "2025-05-05",
                     id="fronted month and ordinal day"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} held a meeting with {KOVALCHUK} on the 5th.", "2025-05-05",
                     id="on the ordinal day of the month"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on Monday, 5 May.", "2025-05-05", id="weekday and date"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on Monday, May 5, in Astana.", "2025-05-05",
                     id="weekday and month-first date"),
    ],
)
def test_a_day_stated_for_the_meeting(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} yesterday.", "2025-05-08", id="yesterday"),
        pytest.param(f"{ASTANA}Yesterday, {SERIKBAYEV} held talks with {KOVALCHUK} in Astana.", "2025-05-08",
                     id="fronted yesterday"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} received {KOVALCHUK} today.", "2025-05-09", id="today"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met with {KOVALCHUK} earlier today.", "2025-05-09", id="earlier today"),
        pytest.param(f"{ASTANA}This morning {SERIKBAYEV} held a meeting with {KOVALCHUK}.", "2025-05-09",
                     id="this morning"),
    ],
)
def test_a_day_counted_from_the_published_day(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} last week.", id="last week"),
        pytest.param(f"{ASTANA}Earlier this month, {SERIKBAYEV} held talks with {KOVALCHUK}.", id="earlier this month"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} in May.", id="a month"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on the eve of the summit.", id="on the eve of a summit"),
        pytest.param(f"{ASTANA}On the eve of the forum, {SERIKBAYEV} held talks with {KOVALCHUK}.",
                     id="fronted eve of a forum"),
        pytest.param(f"ASTANA, May 8 (Kazinform) - {SERIKBAYEV} held talks with {KOVALCHUK}.", id="a dateline day alone"),
    ],
)
def test_no_day_stated_gives_none(meetings, text):  # noqa: F811
    assert days_of(meetings, text) == [None]


# -- the day of a gathering or a visit the meeting was held during ---------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on the sidelines of the forum that opened on Tuesday.",
                     None, id="a forum that opened on a day"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} held talks with {KOVALCHUK} at the exhibition, which began on 5 May.",
                     None, id="an exhibition that began on a day"),
        pytest.param(f"{ASTANA}On the margins of the congress that kicked off in Astana on Wednesday, {SERIKBAYEV} "
                     f"met {KOVALCHUK}.", None, id="a congress that kicked off on a day"),
        pytest.param(f"{ASTANA}On Thursday, on the sidelines of the forum that opened on Tuesday, {SERIKBAYEV} met "
                     f"{KOVALCHUK}.", "2025-05-08", id="the meeting's own day beside the forum's"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on the sidelines of the summit held in Astana on 6 May.",
                     "2025-05-06", id="a summit held on one day"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on the sidelines of the two-day summit held in Astana on "
                     "6 May.", None, id="a summit of two days held from a day"),
        pytest.param(f"{ASTANA}The forum opened in Astana on Tuesday. On the sidelines of the forum, {SERIKBAYEV} held "
                     f"talks with {KOVALCHUK}.", None, id="the forum's opening told the sentence before"),
        pytest.param(f"{ASTANA}The forum took place in Astana on Tuesday. On the sidelines of the forum, {SERIKBAYEV} "
                     f"held talks with {KOVALCHUK}.", "2025-05-06", id="the forum's one day told the sentence before"),
    ],
)
def test_the_day_a_gathering_opened_is_not_the_meetings(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"{ASTANA}{KOVALCHUK} arrived in Astana on Monday. He held talks with {SERIKBAYEV}.", None,
                     id="arrived on a day, talks in the next sentence"),
        pytest.param(f"{ASTANA}{KOVALCHUK}, who arrived in Astana on Monday, held talks with {SERIKBAYEV}.", None,
                     id="arrived on a day, in a relative clause"),
        pytest.param(f"{ASTANA}{KOVALCHUK} arrived in Astana on Monday for a three-day visit. On Tuesday, he held talks "
                     f"with {SERIKBAYEV}.", "2025-05-06", id="the talks' own day after the arrival"),
        pytest.param(f"{ASTANA}{KOVALCHUK} met {SERIKBAYEV} during his two-day visit on 3-4 June.", None,
                     id="the span of a visit"),
        pytest.param(f"{ASTANA}{KOVALCHUK} and {SERIKBAYEV} held talks in Astana on 5-6 May.", "2025-05-05",
                     id="a span of the talks gives its first day"),
    ],
)
def test_the_day_of_a_visit_is_not_the_meetings(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Transit forum opens in Astana on 6 May\n\n{ASTANA}{SERIKBAYEV} met {KOVALCHUK} to discuss "
                     "transit.", id="a day of another event in the headline"),
        pytest.param(f"Talks on transit\nPublished: Thursday, 8 May 2025\n\n{ASTANA}{SERIKBAYEV} met {KOVALCHUK}.",
                     id="a Published line"),
        pytest.param(f"Talks on transit\n08.05.2025 14:20\n\n{ASTANA}{SERIKBAYEV} held talks with {KOVALCHUK}.",
                     id="a numeric date line"),
        pytest.param(f"Posted: 08.05.2025 10:12:00\n\nTalks on transit\n\n{SERIKBAYEV} held talks with {KOVALCHUK}.",
                     id="a Posted line with a time"),
        pytest.param(f"8 May 2025\n\nTalks on transit\n\n{ASTANA}{SERIKBAYEV} met {KOVALCHUK}.",
                     id="a date line over the headline"),
        pytest.param(f" date 2025-05-08 {ASTANA}{SERIKBAYEV} met {KOVALCHUK}.", id="an ISO date field"),
        pytest.param(f"ASTANA, Kazakhstan, May 8. {SERIKBAYEV} met {KOVALCHUK}.", id="a dateline of city, country, day"),
    ],
)
def test_a_day_above_the_story_is_not_the_meetings(meetings, text):  # noqa: F811
    assert days_of(meetings, text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{SERIKBAYEV} and {KOVALCHUK} meet on 2 May\n\n{ASTANA}{SERIKBAYEV} met {KOVALCHUK} to discuss "
                     "transit.", id="headline meet on a day"),
        pytest.param(f"{SERIKBAYEV} holds talks with {KOVALCHUK} on 2 May\n\n{ASTANA}The two officials discussed "
                     "transit.", id="headline talks on a day"),
    ],
)
def test_a_headline_that_tells_the_meeting_on_a_day_states_its_day(meetings, text):  # noqa: F811
    """The headline restates the meeting of the story (one record); a day it states for it is a stated day."""
    assert days_of(meetings, text) == ["2025-05-02"]


# -- the city of the meeting -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Astana.", "Astana", id="in a city"),
        pytest.param(f"{MINSK}Talks between {ZHUK} and {ABENOV} were held in Astana.", "Astana", id="talks held in"),
        pytest.param(f"{MINSK}In Astana, {ZHUK} held a meeting with {ABENOV}.", "Astana", id="fronted city"),
        pytest.param(f"{MINSK}Astana hosted talks between {ZHUK} and {ABENOV}.", "Astana", id="a city hosting"),
        pytest.param(f"{ASTANA}{ABENOV} held talks with {ZHUK} in the city of Kostanay.", "Kostanay",
                     id="in the city of"),
    ],
)
def test_the_city_stated_for_the_meeting(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{MINSK}{TOKAYEV} received {ZHUK} at the Akorda.", "Astana", id="a residence of one city"),
        pytest.param(f"{MINSK}{ZHUK} was received at the Akorda by {ABENOV}.", "Astana", id="passive, residence"),
        pytest.param(f"{ASTANA}{LUKASHENKO} received {ABENOV} at the Palace of Independence.", "Minsk",
                     id="a hall of two cities: the host's"),
        pytest.param(f"{MINSK}{ABENOV} met {ZHUK} at the Palace of Independence.", "Minsk",
                     id="a hall of two cities, no host: the dateline"),
        pytest.param(f"{MINSK}{ABENOV} met {ZHUK} at the House of Government.", "Minsk",
                     id="a building the gazetteer does not know: the dateline"),
    ],
)
def test_the_city_of_a_building(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in the Belarusian capital.", "Minsk", id="the Belarusian capital"),
        pytest.param(f"{MINSK}{ZHUK} held talks with {ABENOV} in the Kazakh capital.", "Astana",
                     id="the Kazakh capital under MINSK"),
        pytest.param(f"{MINSK}{ZHUK} met {RAKHIMOV} in the capital of Uzbekistan.", "Tashkent",
                     id="the capital of a country"),
        pytest.param(f"{MINSK}{ZHUK} met with {ABENOV} on the sidelines of the SCO summit in Astana.", "Astana",
                     id="the sidelines of a summit in a city"),
        pytest.param(f"{MINSK}On the sidelines of the Astana International Forum, {ZHUK} met {ABENOV}.", "Astana",
                     id="a forum named for its city"),
    ],
)
def test_a_capital_or_a_gatherings_city(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{MINSK}{ZHUK} met {RAKHIMOV} while on a visit to Uzbekistan.", None, id="while on a visit"),
        pytest.param(f"{MINSK}During his trip to Uzbekistan, {ZHUK} held talks with {RAKHIMOV}.", None,
                     id="during his trip to a country"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Kazakhstan.", None, id="in another country"),
        pytest.param(f"{MINSK}{ZHUK} held talks with {ABENOV} in the Kostanay region.", None,
                     id="a region of another country"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in the Kostanay region.", "Astana",
                     id="a region of the dateline's country: the dateline city"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Kostanay region.", None, id="a region without article, elsewhere"),
        pytest.param(f"{ASTANA}{ABENOV} held talks with {ZHUK} in Kostanay region.", "Astana",
                     id="a region without article, of the dateline's country"),
        pytest.param(f"{MINSK}{ZHUK} held talks with {ABENOV} via videoconference.", "Minsk",
                     id="a videoconference: the dateline city"),
    ],
)
def test_a_country_region_or_no_place(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in Astana on Monday. On Wednesday, {ABENOV} held talks with "
                     f"{RAKHIMOV} in Tashkent.",
                     [meeting([ABENOV, ZHUK], "2025-05-05", "Astana"), meeting([ABENOV, RAKHIMOV], "2025-05-07", "Tashkent")],
                     id="a second meeting in another city"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} on Monday. He then travelled to Tashkent, where he met {RAKHIMOV} on "
                     "Tuesday.",
                     [meeting([ABENOV, ZHUK], "2025-05-05", "Astana"), meeting([ABENOV, RAKHIMOV], "2025-05-06", "Tashkent")],
                     id="travelled to a city, where he met"),
        pytest.param(f"{MINSK}{ZHUK} held talks with {ABENOV} in Astana. Later, in Almaty, {ZHUK} met {SERIKBAYEV}.",
                     [meeting([ZHUK, ABENOV], None, "Astana"), meeting([ZHUK, SERIKBAYEV], None, "Almaty")],
                     id="later, in another city"),
    ],
)
def test_a_second_meeting_in_another_city(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


# -- more wordings of the day -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} Thursday.", "2025-05-08", id="a bare weekday"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on Thursday, May 8.", "2025-05-08",
                     id="weekday and month-first date at the end"),
        pytest.param(f"{ASTANA}On 8 May 2025, {SERIKBAYEV} met {KOVALCHUK}.", "2025-05-08", id="a full date fronted"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} on May 7, 2024.", "2024-05-07", id="a full date a year back"),
        pytest.param(f"{ASTANA}The meeting between {SERIKBAYEV} and {KOVALCHUK} took place on 7 May.", "2025-05-07",
                     id="the meeting took place on"),
        pytest.param(f"{ASTANA}The talks between {SERIKBAYEV} and {KOVALCHUK}, held on 7 May, focused on transit.",
                     "2025-05-07", id="a participle clause on the talks"),
        pytest.param(f"{ASTANA}Earlier on Thursday, {SERIKBAYEV} held talks with {KOVALCHUK}.", "2025-05-08",
                     id="earlier on a weekday"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} late last night.", "2025-05-08", id="last night"),
        pytest.param(f"{ASTANA}On 7 May, on the eve of the summit, {SERIKBAYEV} met {KOVALCHUK}.", "2025-05-07",
                     id="a day beside the eve of a summit"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} recently.", None, id="recently"),
        pytest.param(f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK} this week.", None, id="this week"),
    ],
)
def test_more_wordings_of_the_day(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


# -- more wordings of the place ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} at the Kazakh Foreign Ministry in Astana.", "Astana",
                     id="at a ministry in a city"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} at the Belarusian Embassy in Minsk.", "Minsk",
                     id="at an embassy in a city"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} at the Ministry of Foreign Affairs.", "Minsk",
                     id="at a ministry, no city: the dateline"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in the capital.", "Astana", id="in the capital, no country"),
        pytest.param(f"{MINSK}{ZHUK} held talks with {ABENOV} by video link.", "Minsk", id="by video link"),
        pytest.param(f"{MINSK}{ZHUK} and {ABENOV} met in a videoconference format.", "Minsk",
                     id="in a videoconference format"),
        pytest.param(f"{MINSK}{ZHUK} met {RAKHIMOV} while in Tashkent.", "Tashkent", id="while in a city"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} on the sidelines of the Eurasian Economic Forum in Minsk.", "Minsk",
                     id="the sidelines of a forum in a city"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Kazakhstan's Mangystau region.", None,
                     id="a region of another country, by its country"),
        pytest.param(f"{MINSK}During a visit to the Kostanay region, {ZHUK} held talks with {ABENOV}.", None,
                     id="a visit to a region of another country"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in the Almaty region.", "Astana",
                     id="a region of the dateline's country"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in the northern Kazakh city of Petropavl.", "Petropavl",
                     id="the city of, with adjectives"),
        pytest.param(f"{ASTANA}{TOKAYEV} and {LUKASHENKO} met at the Palace of Independence.", "Astana",
                     id="a hall of two cities, no receiving verb: the dateline"),
    ],
)
def test_more_wordings_of_the_place(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


# -- the day and city told in a later sentence of the same meeting, and a dateline day to count from -----------------

@pytest.mark.parametrize(
    "text, day, city",
    [
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK}. The meeting took place on Wednesday in Almaty.", "2025-05-07",
                     "Almaty", id="the restatement tells day and city"),
        pytest.param(f"{ASTANA}{ABENOV} held talks with {ZHUK} on Wednesday. The talks were held at the Akorda.",
                     "2025-05-07", "Astana", id="the restatement tells the residence"),
        pytest.param(f"{MINSK}{ZHUK} received {ABENOV}. The meeting was held in Grodno on 6 May.", "2025-05-06", "Grodno",
                     id="the restatement tells city and date"),
        pytest.param(f"{MINSK}{ZHUK} welcomed {ABENOV} to Grodno on Tuesday.", "2025-05-06", "Grodno",
                     id="welcomed to a city"),
        pytest.param(f"{ASTANA}{TOKAYEV} hosted {LUKASHENKO} in Almaty on Tuesday.", "2025-05-06", "Almaty",
                     id="hosted in a city"),
        pytest.param(f"{MINSK}On Tuesday, {LUKASHENKO} welcomed {TOKAYEV} to Grodno for talks.", "2025-05-06", "Grodno",
                     id="welcomed to a city for talks"),
    ],
)
def test_a_restatement_or_a_host_verb_tells_day_and_city(meetings, text, day, city):  # noqa: F811
    assert [(m["date"], m["location"]) for m in records(meetings, text)] == [(day, city)]


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA, May 8 (Kazinform) - {SERIKBAYEV} met {KOVALCHUK} today.", "--05-08",
                     id="today against a dateline day without year"),
        pytest.param(f"ASTANA, 8 May 2025 (Kazinform) - {SERIKBAYEV} met {KOVALCHUK} yesterday.", "2025-05-07",
                     id="yesterday against a dated dateline"),
        pytest.param(f"MINSK, 8 May 2025 (BelTA) - {SERIKBAYEV} met {KOVALCHUK} on Tuesday.", "2025-05-06",
                     id="a weekday against a dated dateline"),
        pytest.param(f"MINSK, 8 May (BelTA) - {SERIKBAYEV} met {KOVALCHUK} on Wednesday.", None,
                     id="a weekday against a dateline day without year: no day"),
        pytest.param(f"MINSK, 8 May (BelTA) - {SERIKBAYEV} held talks with {KOVALCHUK} on 7 May.", "--05-07",
                     id="a written day under a dateline day without year"),
        pytest.param(f"MINSK, 8 May (BelTA) - On the eve, {SERIKBAYEV} held talks with {KOVALCHUK}.", "--05-07",
                     id="the eve, as the first sentence, against a dateline day"),
    ],
)
def test_a_day_counted_from_the_dateline_day(meetings, text, day):  # noqa: F811
    assert [m["date"] for m in meetings(text, None, PEOPLE)] == [day]


# -- a visit the meeting was held on: its day and its place -----------------------------------------------------------

@pytest.mark.parametrize(
    "text, day, city",
    [
        pytest.param(f"{MINSK}{ZHUK}, who is on an official visit to Kazakhstan, met {ABENOV} on Wednesday.",
                     "2025-05-07", None, id="on a visit to another country, in a relative clause"),
        pytest.param(f"{MINSK}{ZHUK} arrived in Astana on a working visit on Wednesday. On the same day, he held talks "
                     f"with {ABENOV}.", "2025-05-07", "Astana", id="the same day as the arrival"),
        pytest.param(f"{ASTANA}{ZHUK} is paying an official visit to Astana on 6-7 May. On Wednesday, he met {ABENOV}.",
                     "2025-05-07", "Astana", id="a weekday within the visit's span"),
        pytest.param(f"{ASTANA}On the first day of his visit, {ZHUK} met {ABENOV}.", None, "Astana",
                     id="the first day of a visit, no date"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Moscow on Wednesday.", "2025-05-07", "Moscow",
                     id="a third country's city"),
        pytest.param(f"{ASTANA}{ABENOV} received {ZHUK} in his office on Wednesday.", "2025-05-07", "Astana",
                     id="in an office: the dateline"),
        pytest.param(f"{MINSK}{LUKASHENKO} received {TOKAYEV} at the Independence Palace on Wednesday.", "2025-05-07",
                     "Minsk", id="the Independence Palace, the host's"),
        pytest.param(f"{ASTANA}{LUKASHENKO} received {TOKAYEV} at the Independence Palace on Wednesday.", "2025-05-07",
                     "Minsk", id="the Independence Palace, the host's, under the other capital's dateline"),
    ],
)
def test_the_visit_a_meeting_was_held_on(meetings, text, day, city):  # noqa: F811
    assert [(m["date"], m["location"]) for m in records(meetings, text)] == [(day, city)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Minsk on Monday. Later that day, {ZHUK} travelled to Grodno. "
                     f"There he met {SERIKBAYEV}.",
                     [meeting([ZHUK, ABENOV], "2025-05-05", "Minsk"), meeting([ZHUK, SERIKBAYEV], None, "Grodno")],
                     id="there, after travelling to a city"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Minsk on Monday. On Thursday, {ZHUK} will meet {SERIKBAYEV} in "
                     "Brest.", [meeting([ZHUK, ABENOV], "2025-05-05", "Minsk")], id="a planned second meeting"),
        pytest.param(f"{ASTANA}{ABENOV} and {ZHUK} met in Almaty last week.", [meeting([ABENOV, ZHUK], None, "Almaty")],
                     id="a city and a week"),
    ],
)
def test_a_later_meeting_of_the_story(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


@pytest.mark.parametrize(
    "tail, day",
    [
        pytest.param(" on the 5th of May.", "2025-05-05", id="the ordinal of a month"),
        pytest.param(" on 5th May.", "2025-05-05", id="ordinal day and month"),
        pytest.param(" on Tuesday 6 May.", "2025-05-06", id="weekday and date without a comma"),
        pytest.param(" on May 5 and 6.", "2025-05-05", id="two days of a month: the first"),
        pytest.param(" in the morning of 6 May.", "2025-05-06", id="in the morning of a day"),
    ],
)
def test_more_written_days(meetings, tail, day):  # noqa: F811
    assert days_of(meetings, f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK}" + tail) == [day]


# -- stories: the day and the city among other days and places of the article -----------------------------------------

STORIES = [
    pytest.param(
        f"Abenov and Zhuk discuss transit\n\n{ASTANA}Kazakh Foreign Minister {ABENOV} held talks with Belarusian "
        f"Ambassador {ZHUK} in Astana on Wednesday.\n\nA protocol on a new freight route was signed on 12 March in Minsk."
        " The route was launched on 1 April.\n\nDuring the talks, the officials also reviewed the "
        "plans for the forum that opens in Almaty on 20 May.",
        [meeting([ABENOV, ZHUK], "2025-05-07", "Astana")], id="background days and a forum to come"),
    pytest.param(
        f"{MINSK}Belarusian Deputy Prime Minister {ZHUK} arrived in Kostanay on Tuesday for a two-day working trip.\n\n"
        f"On Wednesday, {ZHUK} held a meeting with regional governor {ABENOV}. The two discussed the assembly of "
        "tractors.\n\nOn Thursday, the delegation will visit a dairy farm.",
        [meeting([ZHUK, ABENOV], "2025-05-07", "Kostanay")], id="a trip to a city, talks on the next day"),
    pytest.param(
        f"{ASTANA}President {TOKAYEV} received Belarusian Prime Minister {ZHUK} at the Akorda.\n\nThe Head of State "
        f"noted that trade had grown by 12% in 2024. {ZHUK} conveyed greetings from President {LUKASHENKO}.\n\n"
        f"Earlier today, {ZHUK} held talks with Kazakh Prime Minister {ABENOV}.",
        [meeting([TOKAYEV, ZHUK], None, "Astana"), meeting([ZHUK, ABENOV], "2025-05-09", "Astana")],
        id="a reception without day, talks earlier today"),
    pytest.param(
        f"{MINSK}Belarusian Foreign Minister {ZHUK} is on a visit to Uzbekistan.\n\nOn 7 May, he met Uzbek Foreign "
        f"Minister {RAKHIMOV} in Samarkand. On 8 May, {ZHUK} held talks with Deputy Prime Minister {SERIKBAYEV} in "
        "Tashkent.",
        [meeting([ZHUK, RAKHIMOV], "2025-05-07", "Samarkand"), meeting([ZHUK, SERIKBAYEV], "2025-05-08", "Tashkent")],
        id="two meetings of a visit, each with its city and day"),
    pytest.param(
        f"{MINSK}Belarusian Foreign Minister {ZHUK} is on a visit to Uzbekistan.\n\nOn Wednesday, he met Uzbek Foreign "
        f"Minister {RAKHIMOV}. The ministers discussed logistics.",
        [meeting([ZHUK, RAKHIMOV], "2025-05-07", None)], id="a meeting on a visit to another country, no city"),
]


@pytest.mark.parametrize("text, expected", STORIES)
def test_the_day_and_city_of_a_story(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


@pytest.mark.parametrize(
    "tail, day",
    [
        pytest.param(" on 7 May this year.", "2025-05-07", id="day and month this year"),
        pytest.param(" on 7 May last year.", "2024-05-07", id="day and month last year"),
        pytest.param(" on December 12 of last year.", "2024-12-12", id="a month-first day of last year"),
        pytest.param(" on 07 May.", "2025-05-07", id="a day with a leading zero"),
        pytest.param(" last Wednesday.", "2025-05-07", id="last weekday"),
        pytest.param(" on Saturday.", "2025-05-03", id="a weekday after the published one: the week before"),
        pytest.param(" in the evening of 6 May.", "2025-05-06", id="in the evening of a day"),
        pytest.param(" at the weekend.", None, id="at the weekend"),
    ],
)
def test_yet_more_written_days(meetings, tail, day):  # noqa: F811
    assert days_of(meetings, f"{ASTANA}{SERIKBAYEV} met {KOVALCHUK}" + tail) == [day]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK} in Aktau, the centre of the Mangystau region.", "Aktau",
                     id="a city with its region in apposition"),
        pytest.param(f"{ASTANA}{ABENOV} held talks with {ZHUK} at the Astana Hub.", "Astana", id="a venue named by a city"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Turkestan.", "Turkestan", id="a city named like a region"),
        pytest.param(f"{MINSK}{ABENOV} held talks with {ZHUK} at the Minsk City Executive Committee.", "Minsk",
                     id="a body named by its city"),
    ],
)
def test_yet_more_places(meetings, text, city):  # noqa: F811
    assert places_of(meetings, text) == [city]


@pytest.mark.parametrize(
    "text, day, city",
    [
        pytest.param(f"{ASTANA}{ZHUK}, who arrived in Astana on a two-day visit on Monday, held talks with {ABENOV} on "
                     "Tuesday.", "2025-05-06", "Astana", id="the talks' own day beside the arrival's"),
        pytest.param(f"{ASTANA}The talks between {ABENOV} and {ZHUK}, which lasted two hours, took place on Tuesday.",
                     "2025-05-06", "Astana", id="a duration and a day"),
        pytest.param(f"{MINSK}{ZHUK} met {ABENOV} in Minsk on Tuesday, a week after the two ministers spoke by phone.",
                     "2025-05-06", "Minsk", id="a phone call told after the meeting's day"),
        pytest.param(f"{ASTANA}{ABENOV} met {ZHUK}, who had visited Almaty on Monday, in Astana on Wednesday.",
                     "2025-05-07", "Astana", id="an earlier trip of a participant"),
        pytest.param(f"{ASTANA}{ABENOV} and {ZHUK} met in Astana ahead of the forum that opens in Almaty on 20 May.",
                     None, "Astana", id="a forum to come elsewhere"),
    ],
)
def test_other_days_and_places_in_the_meetings_sentence(meetings, text, day, city):  # noqa: F811
    assert [(m["date"], m["location"]) for m in records(meetings, text)] == [(day, city)]
