"""Meeting date families of session 10: how wire news writes the day of a meeting, per GUIDELINES.md ("Date: only a
stated day ... resolved against `published` or the dateline day; a dateline day alone gives null").

A weekday or "yesterday" counts from the published day; a written day takes the published year; a span of days
gives its first day; a week, a dateline day or the day of another event in the same sentence (a clause of its own, a
planned event "due on", the verb that reports the story) is no meeting day; the day told in the lede carries to the
same meeting restated later; a gapped "and on 4 July by Z" gives Z a meeting and a day of its own.

Every sentence is written for this file. PUBLISHED is a Friday.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TOKAYEV, LUKASHENKO, GOLOVCHENKO, SMAILOV = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Roman Golovchenko", "Alikhan Smailov"
NURTLEU, RYZHENKOV, ALEINIK = "Murat Nurtleu", "Maxim Ryzhenkov", "Sergei Aleinik"
PEOPLE = [TOKAYEV, LUKASHENKO, GOLOVCHENKO, SMAILOV, NURTLEU, RYZHENKOV, ALEINIK]
PUBLISHED = "2024-07-05"
MET = f"ASTANA - Kazakh Prime Minister {SMAILOV} met Belarusian Ambassador {ALEINIK}"


def days_of(meetings, text):  # noqa: F811  (the fixture)
    return [m["date"] for m in meetings(text, PUBLISHED, PEOPLE)]


# -- a day counted from the published day, or written out ------------------------------------------------------------

@pytest.mark.parametrize(
    "tail, day",
    [
        pytest.param(" on Tuesday.", "2024-07-02", id="on a weekday before the published day"),
        pytest.param(" on Friday.", "2024-07-05", id="on the published day's weekday"),
        pytest.param(" last Tuesday.", "2024-07-02", id="last weekday"),
        pytest.param(" late on Wednesday.", "2024-07-03", id="late on a weekday"),
        pytest.param(" on Thursday evening.", "2024-07-04", id="a weekday with a time of day"),
        pytest.param(" yesterday.", "2024-07-04", id="yesterday"),
        pytest.param(" earlier today.", "2024-07-05", id="earlier today"),
        pytest.param(" on 3 June.", "2024-06-03", id="day and month take the published year"),
        pytest.param(" on 3rd July.", "2024-07-03", id="an ordinal day"),
        pytest.param(" on Monday, July 1.", "2024-07-01", id="weekday and date"),
        pytest.param(" on the morning of 3 July.", "2024-07-03", id="the morning of a day"),
        pytest.param(" in Astana on June 3-4.", "2024-06-03", id="a span of days gives its first"),
    ],
)
def test_a_stated_day_is_read_against_the_published_day(meetings, tail, day):  # noqa: F811
    assert days_of(meetings, MET + tail) == [day]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MET + " last week.", id="last week"),
        pytest.param(MET + " this week.", id="this week"),
        pytest.param(f"ASTANA, July 4 - Kazakh Prime Minister {SMAILOV} met Belarusian Ambassador {ALEINIK}.",
                     id="a dateline day alone"),
    ],
)
def test_a_week_or_a_dateline_day_is_no_meeting_day(meetings, text):  # noqa: F811
    assert days_of(meetings, text) == [None]


# -- the day of another event in the meeting's sentence ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - Kazakh Prime Minister {SMAILOV}, who took office on 12 June, met Belarusian Ambassador "
                     f"{ALEINIK} on Wednesday.", "2024-07-03", id="a relative clause on a participant"),
        pytest.param(MET + " to discuss the agreement signed on 12 May.", None, id="a clause on the topic"),
        pytest.param(MET + " on Tuesday, the government press service said on Wednesday.", "2024-07-02",
                     id="the verb that reports the story"),
        pytest.param(MET + " ahead of the summit due on 10 July.", None, id="a planned event: due on"),
        pytest.param(MET + " before the forum scheduled for 12 July.", None, id="a planned event: scheduled for"),
        pytest.param(MET + " on Wednesday, ahead of the congress set for 9 July.", "2024-07-03",
                     id="a planned event after the meeting's own day"),
        pytest.param(f"ASTANA - Kazakh President {TOKAYEV} met Belarusian President {LUKASHENKO} on Wednesday, a day "
                     "before the summit opened.", "2024-07-03", id="a day before another event"),
        pytest.param(MET + " ahead of the 12 September forum.", None, id="a day modifying another noun"),
        pytest.param(MET + " to review the 2 June agreement on transit.", None, id="the day of a document"),
        pytest.param(MET + " during the 3 July session of the council.", "2024-07-03", id="a day modifying the meeting"),
        pytest.param(MET + " on Thursday evening.", "2024-07-04", id="a day modifying a time of day"),
    ],
)
def test_the_day_of_another_event_is_not_the_meetings(meetings, text, day):  # noqa: F811
    assert days_of(meetings, text) == [day]


# -- the day carries to the restated meeting ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - Kazakh President {TOKAYEV} met Belarusian President {LUKASHENKO} on 3 July. During the "
                     "talks, the two leaders discussed trade and transit.", id="during the talks"),
        pytest.param(f"ASTANA - Kazakh President {TOKAYEV} held talks with Belarusian President {LUKASHENKO} on 3 July."
                     f"\n\nThe meeting between {TOKAYEV} and {LUKASHENKO} lasted three hours, the Akorda said.",
                     id="restated in the next paragraph"),
    ],
)
def test_the_ledes_day_carries_to_the_restated_meeting(meetings, text):  # noqa: F811
    assert days_of(meetings, text) == ["2024-07-03"]


# -- a gapped conjunct: "received by Y, and on 4 July by Z" ----------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} was received by President {TOKAYEV}, and on "
                     f"4 July by Prime Minister {SMAILOV}.",
                     [meeting([GOLOVCHENKO, TOKAYEV], None, "Astana"), meeting([GOLOVCHENKO, SMAILOV], "2024-07-04", "Astana")],
                     id="no day for the first, a day for the second"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} was received by President {TOKAYEV} on 4 July, "
                     f"and on 3 July by Prime Minister {SMAILOV}.",
                     [meeting([GOLOVCHENKO, TOKAYEV], "2024-07-04", "Astana"),
                      meeting([GOLOVCHENKO, SMAILOV], "2024-07-03", "Astana")], id="a day for each"),
        pytest.param(f"ASTANA - On 3 July, Belarusian Prime Minister {GOLOVCHENKO} was received by President {TOKAYEV}, "
                     f"and on 4 July by Prime Minister {SMAILOV}.",
                     [meeting([GOLOVCHENKO, TOKAYEV], "2024-07-03", "Astana"),
                      meeting([GOLOVCHENKO, SMAILOV], "2024-07-04", "Astana")], id="the fronted day is the first's"),
        pytest.param(f"ASTANA - Belarusian Foreign Minister {RYZHENKOV} met his Kazakh counterpart {NURTLEU} and "
                     f"Ambassador {ALEINIK} on 3 July.", [meeting([RYZHENKOV, NURTLEU, ALEINIK], "2024-07-03", "Astana")],
                     id="one day after both: one meeting"),
    ],
)
def test_a_day_opening_a_later_counterparts_conjunct_is_a_meeting_of_its_own(meetings, text, expected):  # noqa: F811
    assert meetings(text, PUBLISHED, PEOPLE) == expected


# -- the year of a day and the week of a weekday ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, published, day",
    [
        pytest.param(MET + " on 28 December.", "2024-01-03", "2023-12-28", id="a December day in a January story"),
        pytest.param(MET + " on 28 December 2024.", "2024-01-03", "2024-12-28", id="a written year stays"),
        pytest.param(MET + " on 2 January.", "2024-01-03", "2024-01-02", id="a day before the story keeps its year"),
        pytest.param(MET + " on 3 July.", None, "--07-03", id="no published day: no year"),
        pytest.param(MET + " on Tuesday.", None, None, id="no published day: no weekday"),
        pytest.param(f"ASTANA - Last Friday's meeting between Kazakh Prime Minister {SMAILOV} and Belarusian Ambassador "
                     f"{ALEINIK} focused on trade.", PUBLISHED, "2024-06-28", id="last Friday in a Friday's story"),
        pytest.param(f"ASTANA - Friday's meeting between Kazakh Prime Minister {SMAILOV} and Belarusian Ambassador "
                     f"{ALEINIK} focused on trade.", PUBLISHED, "2024-07-05", id="Friday's in a Friday's story"),
    ],
)
def test_a_held_meetings_day_is_on_or_before_the_story(meetings, text, published, day):  # noqa: F811
    assert [m["date"] for m in meetings(text, published, PEOPLE)] == [day]


# -- a meeting told only inside a quote ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f'ASTANA - "I met Prime Minister {GOLOVCHENKO} this morning and we agreed on new tractor deliveries," '
                     f"Kazakh President {TOKAYEV} told reporters.", meeting([GOLOVCHENKO, TOKAYEV], PUBLISHED, "Astana"),
                     id="I met X this morning"),
        pytest.param(f'ASTANA - "Yesterday I held talks with {LUKASHENKO} in Minsk," {TOKAYEV} said.',
                     meeting([LUKASHENKO, TOKAYEV], "2024-07-04", "Minsk"), id="yesterday I held talks with X"),
        pytest.param(f'ASTANA - "On Wednesday we held talks with my Belarusian counterpart {RYZHENKOV}," {NURTLEU} said '
                     "in an interview.", meeting([RYZHENKOV, NURTLEU], "2024-07-03", "Astana"), id="we held talks with"),
        pytest.param(f'ASTANA - {NURTLEU} said: "During my meeting with {RYZHENKOV}, we discussed transit."',
                     meeting([NURTLEU, RYZHENKOV], None, "Astana"), id="during my meeting with X"),
    ],
)
def test_a_meeting_told_only_in_a_quote_is_the_speakers(meetings, text, expected):  # noqa: F811
    assert meetings(text, PUBLISHED, PEOPLE) == [expected]


# -- an object pronoun is not its clause's subject ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MET + " on Thursday. Smailov had earlier met him on 12 June.", id="had met him"),
        pytest.param(MET + " on Thursday. Smailov had earlier held talks with him on 12 June.", id="held talks with him"),
    ],
)
def test_an_object_pronoun_stands_for_the_person_before_who_is_not_the_subject(meetings, text):  # noqa: F811
    records = meetings(text, PUBLISHED, PEOPLE)
    assert [(sorted(m["participants"]), m["date"]) for m in records] == [
        (sorted([SMAILOV, ALEINIK]), "2024-07-04"), (sorted([SMAILOV, ALEINIK]), "2024-06-12")]
