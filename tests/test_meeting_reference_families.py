"""Meeting families of session 14, per GUIDELINES.md (meetings): a dateline on a line of its own, a venue near a city,
a meeting of two days, and a pronoun or a noun ("the guest") that stands for a side other than the last subject.

Every sentence is written for this file. PUBLISHED is a Friday.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TOKAYEV, LUKASHENKO, GOLOVCHENKO, BEKTENOV = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Roman Golovchenko", "Olzhas Bektenov"
NURTLEU, RYZHENKOV, PUTIN, ALIYEV = "Murat Nurtleu", "Maxim Ryzhenkov", "Vladimir Putin", "Ilham Aliyev"
MIRZIYOYEV, SNOPKOV, ZHUMANGARIN = "Shavkat Mirziyoyev", "Nikolai Snopkov", "Serik Zhumangarin"
PEOPLE = [TOKAYEV, LUKASHENKO, GOLOVCHENKO, BEKTENOV, NURTLEU, RYZHENKOV, PUTIN, ALIYEV, MIRZIYOYEV, SNOPKOV, ZHUMANGARIN]
PUBLISHED = "2024-07-05"


def records(meetings, text):  # noqa: F811  (the fixture)
    return meetings(text, PUBLISHED, PEOPLE)


# -- a dateline on a line of its own: its city is the meeting's -------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"BAKU, Azerbaijan, July 3\n{ALIYEV} met with {TOKAYEV} to discuss transit.",
                     meeting([ALIYEV, TOKAYEV], None, "Baku"), id="city, country, day, line break"),
        pytest.param(f"TASHKENT, Uzbekistan, Jul. 4\n\n{MIRZIYOYEV} held talks with {LUKASHENKO} on Thursday.",
                     meeting([MIRZIYOYEV, LUKASHENKO], "2024-07-04", "Tashkent"), id="abbreviated month, blank line"),
        pytest.param(f"MINSK, 4 July\n{GOLOVCHENKO} received {BEKTENOV}.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, "Minsk"), id="city, day, line break"),
        pytest.param(f"ASTANA, Jul. 3 (Kazinform) - {TOKAYEV} met with {LUKASHENKO}.",
                     meeting([TOKAYEV, LUKASHENKO], None, "Astana"), id="abbreviated month, bracketed agency"),
    ],
)
def test_a_dateline_on_its_own_line_gives_the_city(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


# -- a venue near a city, on its outskirts, in a region ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} held talks with {PUTIN} at the Novo-Ogaryovo residence near Moscow on Thursday.",
                     meeting([LUKASHENKO, PUTIN], "2024-07-04", "Moscow"), id="a residence near the city"),
        pytest.param(f"MINSK - {TOKAYEV} met with {LUKASHENKO} at a country residence outside Astana.",
                     meeting([TOKAYEV, LUKASHENKO], None, "Astana"), id="a residence outside the city"),
        pytest.param(f"MINSK - {GOLOVCHENKO} and {BEKTENOV} met outside Almaty on Tuesday.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-02", "Almaty"), id="met outside the city"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} in the suburbs of Almaty.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, "Almaty"), id="in the suburbs of"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} held talks with {BEKTENOV} on the outskirts of Minsk on Tuesday.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-02", "Minsk"), id="on the outskirts of"),
        pytest.param(f"ASTANA - The talks between {LUKASHENKO} and {TOKAYEV} took place in the vicinity of Minsk.",
                     meeting([LUKASHENKO, TOKAYEV], None, "Minsk"), id="in the vicinity of"),
        pytest.param(f"MINSK - {LUKASHENKO} held talks with {PUTIN} at a residence on the outskirts of Moscow.",
                     meeting([LUKASHENKO, PUTIN], None, "Moscow"), id="a residence on the outskirts"),
        pytest.param(f"MINSK - {GOLOVCHENKO} met with {BEKTENOV} in a suburb of Tashkent on Friday.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-05", "Tashkent"), id="in a suburb of"),
        pytest.param(f"MINSK - The meeting of {LUKASHENKO} and {PUTIN} took place near St Petersburg.",
                     meeting([LUKASHENKO, PUTIN], None, "St Petersburg"), id="took place near"),
    ],
)
def test_a_venue_near_a_city_is_in_that_city(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} in the Karaganda region on Tuesday.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-02", None), id="a region of another country"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {BEKTENOV} in the Minsk region.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, None), id="a region named for a city of another country"),
        pytest.param(f"MINSK - {GOLOVCHENKO} met with {BEKTENOV} in the Minsk region.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, "Minsk"), id="a region of the dateline's country"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} held talks in the East Kazakhstan region.",
                     meeting([GOLOVCHENKO, BEKTENOV], None, "Astana"), id="a region of the dateline's country, two words"),
        pytest.param(f"ASTANA - {SNOPKOV} held talks with {ZHUMANGARIN} in Brest Oblast.",
                     meeting([SNOPKOV, ZHUMANGARIN], None, None), id="an oblast of another country"),
    ],
)
def test_a_region_states_no_city_and_its_country_decides_the_dateline(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


# -- a meeting of two days: the day it began ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} and {TOKAYEV} held talks in Astana on 1-2 July.",
                     meeting([LUKASHENKO, TOKAYEV], "2024-07-01", "Astana"), id="day-day month"),
        pytest.param(f"MINSK - {LUKASHENKO} and {TOKAYEV} held talks in Astana on 1\u20132 July.",
                     meeting([LUKASHENKO, TOKAYEV], "2024-07-01", "Astana"), id="an en dash"),
        pytest.param(f"MINSK - Talks between {LUKASHENKO} and {TOKAYEV} were held in Astana on July 1-2.",
                     meeting([LUKASHENKO, TOKAYEV], "2024-07-01", "Astana"), id="month day-day"),
        pytest.param(f"MINSK - {LUKASHENKO} and {TOKAYEV} held talks in Astana on July 1 and 2.",
                     meeting([LUKASHENKO, TOKAYEV], "2024-07-01", "Astana"), id="month day and day"),
        pytest.param(f"MINSK - {GOLOVCHENKO} and {BEKTENOV} met in Astana on 30 June and 1 July.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-06-30", "Astana"), id="across two months"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held two days of talks with {BEKTENOV} in Astana on 1 and 2 July.",
                     meeting([GOLOVCHENKO, BEKTENOV], "2024-07-01", "Astana"), id="day and day month"),
    ],
)
def test_a_meeting_of_two_days_is_dated_by_its_first(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == [expected]


# -- "the guest", "the visitor", "the host": the sides of the visit told before ------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {BEKTENOV} arrived in Minsk on a working visit. {GOLOVCHENKO} held talks with the guest "
                     "in the Government House.", [meeting([BEKTENOV, GOLOVCHENKO], None, "Minsk")], id="talks with the guest"),
        pytest.param(f"ASTANA - {RYZHENKOV} came to Astana for two days. {NURTLEU} met the visitor on Wednesday.",
                     [meeting([RYZHENKOV, NURTLEU], "2024-07-03", "Astana")], id="met the visitor"),
        pytest.param(f"ASTANA - {LUKASHENKO} arrived in Astana on Monday at the invitation of {TOKAYEV}. The host held "
                     "talks with him in the Akorda.", [meeting([LUKASHENKO, TOKAYEV], None, "Astana")],
                     id="the host and him"),
        pytest.param(f"ASTANA - {ALIYEV} flew to Astana on Monday. The guest and {TOKAYEV} held talks on Tuesday.",
                     [meeting([ALIYEV, TOKAYEV], "2024-07-02", "Astana")], id="the guest and Y as subjects"),
        pytest.param(f"ASTANA - {TOKAYEV} arrived in Minsk on Monday. The next day the guest held talks with {LUKASHENKO}.",
                     [meeting([TOKAYEV, LUKASHENKO], "2024-07-02", "Minsk")], id="the guest as the subject"),
    ],
)
def test_the_guest_or_the_host_is_a_side_of_the_visit_told_before(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


# -- "he" meeting someone of the last subject's own side is the other side told before ------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {TOKAYEV} arrived in Minsk for a state visit. Belarusian President {LUKASHENKO} welcomed "
                     f"the guest at the airport. Later he held talks with Belarusian Prime Minister {GOLOVCHENKO}.",
                     [meeting([TOKAYEV, LUKASHENKO], None, "Minsk"), meeting([TOKAYEV, GOLOVCHENKO], None, "Minsk")],
                     id="welcomed the guest, then he"),
        pytest.param(f"ASTANA - {BEKTENOV} flew to Minsk on Monday. Belarusian President {LUKASHENKO} greeted the Kazakh "
                     f"delegation. On Tuesday he held talks with Belarusian Prime Minister {GOLOVCHENKO}.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-07-02", "Minsk")], id="greeted the delegation, then he"),
        pytest.param(f"MINSK - Kazakh Foreign Minister {NURTLEU} is in Minsk. Belarusian Foreign Minister {RYZHENKOV} "
                     f"opened a photo exhibition with him. He also met with Belarusian Prime Minister {GOLOVCHENKO}.",
                     [meeting([NURTLEU, GOLOVCHENKO], None, "Minsk")], id="opened an exhibition, then he"),
    ],
)
def test_he_who_meets_the_last_subjects_own_side_is_the_other_side(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} met {TOKAYEV} on Monday. He also held talks with Kazakh Foreign Minister "
                     f"{NURTLEU}.", [meeting([LUKASHENKO, TOKAYEV], "2024-07-01", "Minsk"),
                                     meeting([LUKASHENKO, NURTLEU], None, "Minsk")], id="the other side: the last subject"),
        pytest.param(f"ASTANA - Kazakh Prime Minister {BEKTENOV} arrived in Minsk. He met with Kazakh Foreign Minister "
                     f"{NURTLEU}.", [meeting([BEKTENOV, NURTLEU], None, "Minsk")], id="no one of another side: the last subject"),
    ],
)
def test_he_stays_the_last_subject_when_no_one_else_fits(meetings, text, expected):  # noqa: F811
    assert records(meetings, text) == expected


# -- "she" is never a man the name or title tells as one ----------------------------------------------------------------

KOCHANOVA, ASHIMBAYEV, KOSHANOV, MATHILDE = "Natalya Kochanova", "Maulen Ashimbayev", "Yerlan Koshanov", "Mathilde"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {KOCHANOVA} arrived in Astana. Senate Speaker {ASHIMBAYEV} welcomed the delegation. Later "
                     f"she held talks with {KOSHANOV}.", [meeting([KOCHANOVA, KOSHANOV], None, "Astana")],
                     id="a woman's surname"),
        pytest.param(f"ASTANA - Queen {MATHILDE} arrived in Astana on Monday. {TOKAYEV} greeted the Belgian delegation. On "
                     f"Tuesday she met with {BEKTENOV}.", [meeting([MATHILDE, BEKTENOV], "2024-07-02", "Astana")],
                     id="a woman's title"),
    ],
)
def test_she_is_the_woman_told_before_not_the_last_subject(meetings, text, expected):  # noqa: F811
    assert meetings(text, PUBLISHED, PEOPLE + [KOCHANOVA, ASHIMBAYEV, KOSHANOV, MATHILDE]) == expected
