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
