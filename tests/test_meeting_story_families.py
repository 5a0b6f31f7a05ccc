"""Meeting families of session 13, per GUIDELINES.md (meetings): the participle that reports a meeting inside another
clause, a stay or trip told in the present to attend a meeting still to come, the co-chairs and delegation heads
named in the sentences around a meeting, and a side told by title and named later.

Every sentence is written for this file. PUBLISHED is a Friday.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TOKAYEV, LUKASHENKO, GOLOVCHENKO, BEKTENOV = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Roman Golovchenko", "Olzhas Bektenov"
NURTLEU, RYZHENKOV, ALEINIK, SKLYAR = "Murat Nurtleu", "Maxim Ryzhenkov", "Sergei Aleinik", "Roman Sklyar"
KARANKEVICH, ZHUMANGARIN = "Viktor Karankevich", "Serik Zhumangarin"
PEOPLE = [TOKAYEV, LUKASHENKO, GOLOVCHENKO, BEKTENOV, NURTLEU, RYZHENKOV, ALEINIK, SKLYAR, KARANKEVICH, ZHUMANGARIN]
PUBLISHED = "2024-07-05"


def records(meetings, text):  # noqa: F811  (the fixture)
    return meetings(text, PUBLISHED, PEOPLE)


# -- a participle reports the meeting of its subject ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Kazakh Foreign Minister {NURTLEU} and his Belarusian counterpart {RYZHENKOV}, meeting in "
                     "Astana on Wednesday, agreed to open a new freight route.",
                     meeting([NURTLEU, RYZHENKOV], "2024-07-03", "Astana"), id="a participle between subject and verb"),
        pytest.param(f"MINSK - {GOLOVCHENKO} and {BEKTENOV}, meeting in Minsk on Tuesday, signed a customs protocol.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-02", "Minsk"), id="two names and a participle"),
        pytest.param(f"ASTANA - Meeting in Astana on Thursday, {TOKAYEV} and {LUKASHENKO} reviewed joint projects.",
                     meeting([TOKAYEV, LUKASHENKO], "2024-07-04", "Astana"), id="a participle opening the sentence"),
        pytest.param(f"MINSK - The two prime ministers, {GOLOVCHENKO} and {BEKTENOV}, meeting in Minsk, praised the "
                     "growth of trade.", meeting([GOLOVCHENKO, BEKTENOV], None, "Minsk"), id="after an apposition"),
    ],
)
def test_a_participle_reports_the_meeting_of_its_subject(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


# -- a stay or journey told in the present, to attend a meeting: still to come -------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} is in Astana to attend the meeting of the "
                     "Eurasian Intergovernmental Council.", id="is in the city to attend"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} has arrived in Astana to take part in a session of the Supreme Eurasian "
                     "Economic Council.", id="has arrived to take part in"),
        pytest.param(f"MINSK - Kazakh Prime Minister {BEKTENOV} arrives in Minsk to participate in the meeting of the "
                     "council of heads of government.", id="arrives to participate in"),
    ],
)
def test_a_present_stay_to_attend_a_meeting_is_no_record(meetings, text):  # noqa: F811
    assert records(meetings, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} travelled to Astana to hold talks with {BEKTENOV}.",
                     [meeting([GOLOVCHENKO, BEKTENOV], None, "Astana")], id="a past journey: held"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} is in Astana to attend the meeting of the Eurasian Intergovernmental "
                     f"Council. On Thursday he held talks with Kazakh Prime Minister {BEKTENOV}.",
                     [meeting([GOLOVCHENKO, BEKTENOV], "2024-07-04", "Astana")], id="the talks held on the stay"),
        pytest.param(f"MINSK - {BEKTENOV} has arrived in Minsk to hold talks with {GOLOVCHENKO}. The talks took place in "
                     "the Government House.", [meeting([BEKTENOV, GOLOVCHENKO], None, "Minsk")],
                     id="has arrived to hold talks, the talks took place"),
        pytest.param(f"MINSK - {BEKTENOV} is in Minsk to hold talks with {GOLOVCHENKO}.",
                     [meeting([BEKTENOV, GOLOVCHENKO], None, "Minsk")], id="is in the city to hold talks with Y"),
    ],
)
def test_a_past_journey_talks_held_on_the_stay_or_to_hold_talks_are_records(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


# -- on the sidelines of another meeting: that meeting is the gathering ----------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - Belarusian Prime Minister {GOLOVCHENKO} met with Kazakh Prime Minister {BEKTENOV} on the "
                     "sidelines of the CIS heads of government council meeting in Dushanbe.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, "Dushanbe"), id="a council meeting in a city"),
        pytest.param(f"MINSK - On the sidelines of the Supreme Eurasian Economic Council meeting in Astana, {LUKASHENKO} "
                     f"met with {TOKAYEV}.", meeting([LUKASHENKO, TOKAYEV], None, "Astana"), id="fronted sidelines"),
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} on the sidelines of the meeting of the Council of CIS Heads "
                     "of State in Dushanbe.", meeting([LUKASHENKO, TOKAYEV], None, "Dushanbe"), id="the meeting of a council"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on the margins of the Eurasian Intergovernmental "
                     "Council meeting in Almaty on Thursday.", meeting([GOLOVCHENKO, BEKTENOV], "2024-07-04", "Almaty"),
                     id="on the margins, with a day"),
    ],
)
def test_a_meeting_on_the_sidelines_of_another_is_held_where_that_one_was(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


# -- co-chairs named in the sentences after a session that names no one ----------------------------------------------

SESSION = "MINSK - The 19th session of the Belarusian-Kazakh intergovernmental commission was held in Minsk on Thursday. "


@pytest.mark.parametrize(
    "chairs",
    [
        pytest.param(f"Its co-chairs are Deputy Prime Ministers {KARANKEVICH} and {ZHUMANGARIN}.", id="its co-chairs are"),
        pytest.param(f"The commission's co-chairmen {KARANKEVICH} and {ZHUMANGARIN} signed the protocol.",
                     id="the co-chairmen X and Y signed"),
        pytest.param(f"The co-chairs of the commission, {KARANKEVICH} and {ZHUMANGARIN}, reviewed transit.",
                     id="the co-chairs, X and Y,"),
        pytest.param(f"{KARANKEVICH} and {ZHUMANGARIN}, the co-chairs of the commission, signed the protocol.",
                     id="X and Y, the co-chairs,"),
        pytest.param(f"Belarusian Deputy Prime Minister {KARANKEVICH}, co-chairman of the commission, praised the "
                     f"results. Kazakh Deputy Prime Minister {ZHUMANGARIN}, co-chairman on the Kazakh side, agreed.",
                     id="one co-chairman in each of two sentences"),
    ],
)
def test_the_co_chairs_named_after_a_session_that_names_no_one_take_part(meetings, chairs):  # noqa: F811
    assert records(meetings, SESSION + chairs) == [meeting([KARANKEVICH, ZHUMANGARIN], "2024-07-04", "Minsk")]


def test_co_chairs_of_another_paragraph_are_not_the_sessions(meetings):  # noqa: F811
    text = SESSION + f"\n\nIts co-chairs are Deputy Prime Ministers {KARANKEVICH} and {ZHUMANGARIN}."
    assert records(meetings, text) == []


# -- a discussion only mentioned, and who tells about a meeting ------------------------------------------------------

MET = f"MINSK - Belarusian President {LUKASHENKO} met with Kazakh Prime Minister {BEKTENOV}. "


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(f'"We value the partnership," {LUKASHENKO} said, adding that he had discussed it with President '
                     f"{TOKAYEV}.", id="adding that he had discussed it with Y"),
        pytest.param(f"{LUKASHENKO} recalled that he had talked with {TOKAYEV} about the plant.", id="had talked with Y"),
        pytest.param(f"{BEKTENOV} noted that he had exchanged views with {GOLOVCHENKO} on transit.",
                     id="had exchanged views with Y"),
        pytest.param(f'"{GOLOVCHENKO} told me about your talks," {LUKASHENKO} said.', id="told me about your talks"),
        pytest.param(f"{GOLOVCHENKO} briefed him about the talks.", id="briefed him about the talks"),
    ],
)
def test_an_earlier_discussion_or_a_teller_about_the_talks_adds_no_meeting_or_participant(meetings, after):  # noqa: F811
    assert records(meetings, MET + after) == [meeting([LUKASHENKO, BEKTENOV], None, "Minsk")]


# -- "the presidents held talks" after a visit of one named side: the other named after --------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Belarusian President {LUKASHENKO} paid a state visit to Kazakhstan. The presidents held "
                     f"talks in Astana. {TOKAYEV} noted the growth of trade.",
                     meeting([LUKASHENKO, TOKAYEV], None, "Astana"), id="the presidents held talks"),
        pytest.param(f"ASTANA - {LUKASHENKO} arrived in Astana on a state visit. The two leaders held talks at the Akorda. "
                     f"{TOKAYEV} called the visit historic.", meeting([LUKASHENKO, TOKAYEV], None, "Astana"),
                     id="the two leaders, at a residence"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} is on an official visit to Kazakhstan. The heads "
                     f"of government held talks on Thursday. {BEKTENOV} thanked his guest.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-04", "Astana"), id="the heads of government, a day"),
        pytest.param(f"MINSK - Kazakh Prime Minister {BEKTENOV} praised Belarusian tractors. Prime Minister {GOLOVCHENKO} "
                     "thanked him. The two met in Minsk on Thursday.",
                     meeting([BEKTENOV, GOLOVCHENKO], "2024-07-04", "Minsk"), id="one side in each sentence before"),
    ],
)
def test_collective_sides_after_a_visit_of_one_are_the_visitor_and_the_person_named_after(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


def test_the_sides_of_talks_told_before_take_no_one_named_after(meetings):  # noqa: F811
    text = (f"ASTANA - {GOLOVCHENKO} held talks with the Kazakh Prime Minister on Tuesday. During the talks, the sides "
            f"discussed transit. {ALEINIK} said the talks were useful.")
    assert [m["participants"] for m in records(meetings, text)] == [[GOLOVCHENKO]]


# -- a visit talked of, and the members a relative clause lists ------------------------------------------------------

RECEIVED = f"ASTANA - Kazakh Foreign Minister {NURTLEU} received Belarusian Ambassador {ALEINIK}. "


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(f"{NURTLEU} and {ALEINIK} discussed the schedule of contacts, including the visit of Prime Minister "
                     f"{GOLOVCHENKO}.", id="including the visit of Z"),
        pytest.param(f"The sides discussed the preparations for the visit of President {LUKASHENKO} to Astana.",
                     id="the preparations for the visit of Z"),
        pytest.param(f"They reviewed the results of the trip of Prime Minister {GOLOVCHENKO} to Almaty.",
                     id="the results of the trip of Z"),
    ],
)
def test_a_visit_talked_of_brings_no_one_to_the_meeting(meetings, after):  # noqa: F811
    assert [m["participants"] for m in records(meetings, RECEIVED + after)] == [[NURTLEU, ALEINIK]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"MINSK - The Kazakh delegation, which included Deputy Prime Minister {ZHUMANGARIN} and Deputy Prime "
                     f"Minister {SKLYAR}, held talks with Prime Minister {GOLOVCHENKO}.", id="which included X and Y"),
        pytest.param(f"MINSK - Prime Minister {GOLOVCHENKO} received the Kazakh delegation, which included Deputy Prime "
                     f"Ministers {ZHUMANGARIN} and {SKLYAR}.", id="received the delegation, which included"),
    ],
)
def test_the_members_a_relative_clause_lists_for_a_delegation_take_part(meetings, text):  # noqa: F811
    assert [sorted(m["participants"]) for m in records(meetings, text)] == [sorted([ZHUMANGARIN, SKLYAR, GOLOVCHENKO])]


# -- days counted back from the published day ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "when, day",
    [
        pytest.param("two days ago", "2024-07-03", id="two days ago"),
        pytest.param("three days ago", "2024-07-02", id="three days ago"),
        pytest.param("the day before yesterday", "2024-07-03", id="the day before yesterday"),
    ],
)
def test_a_day_counted_back_from_the_published_day(meetings, when, day):  # noqa: F811
    text = f"ASTANA - Kazakh Foreign Minister {NURTLEU} received Belarusian Ambassador {ALEINIK} {when}."
    assert [m["date"] for m in records(meetings, text)] == [day]


# -- a side told by title only, named elsewhere with the title written another way ----------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Kazakh President {TOKAYEV} received the Belarusian Foreign Minister on Thursday. Minister "
                     f"of Foreign Affairs of Belarus {RYZHENKOV} conveyed greetings from Minsk.",
                     [TOKAYEV, RYZHENKOV], id="Foreign Minister and Minister of Foreign Affairs"),
        pytest.param(f"ASTANA - Belarusian Minister of Foreign Affairs {RYZHENKOV} arrived in Astana. Kazakh President "
                     f"{TOKAYEV} received the Belarusian Foreign Minister on Thursday.",
                     [TOKAYEV, RYZHENKOV], id="named before with the long title"),
        pytest.param(f"ASTANA - Kazakh President {TOKAYEV} received the Belarusian Prime Minister on Thursday. Belarusian "
                     f"Deputy Prime Minister {KARANKEVICH} attended a forum.", [TOKAYEV], id="not a deputy's title"),
    ],
)
def test_a_side_told_by_title_is_the_person_named_with_that_title_written_another_way(meetings, text, expected):  # noqa: F811
    assert [m["participants"] for m in records(meetings, text)] == [expected]


# -- a venue of two capitals: the host's --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"Belarusian President {LUKASHENKO} received Kazakh Prime Minister {BEKTENOV} at the Palace of "
                     "Independence.", "Minsk", id="a Belarusian host, no dateline"),
        pytest.param(f"Kazakh President {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO} at the Palace of "
                     "Independence.", "Astana", id="a Kazakh host, no dateline"),
        pytest.param(f"ASTANA - Kazakh Prime Minister {BEKTENOV} was received by Belarusian President {LUKASHENKO} at the "
                     "Palace of Independence.", "Minsk", id="the by agent hosts, another dateline"),
        pytest.param(f"{TOKAYEV} held talks with {LUKASHENKO} at the Palace of Independence.", None,
                     id="talks name no host"),
    ],
)
def test_a_venue_of_two_capitals_is_in_the_hosts(meetings, text, city):  # noqa: F811
    assert [m["location"] for m in records(meetings, text)] == [city]
