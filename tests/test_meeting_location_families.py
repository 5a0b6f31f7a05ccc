"""Meeting location families: the city of a meeting stated in other ways than "in <city>" (a gathering's city, a
visit's city, "the Kazakh capital", a residence), another country stated for it under a dateline of elsewhere (no
location), and cities a sentence names for something else (where someone came from, a forum to come).

Each article is written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline
cases": the city stated for the meeting; else the dateline city, unless the text places the meeting in another
country). People are pinned as PERSON spans (see test_meetings).
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

TOKAYEV, LUKASHENKO, MIRZIYOYEV, PUTIN = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Shavkat Mirziyoyev", "Vladimir Putin"
BEKTENOV, GOLOVCHENKO, NURTLEU, RYZHENKOV = "Olzhas Bektenov", "Roman Golovchenko", "Murat Nurtleu", "Maxim Ryzhenkov"
PEOPLE = [TOKAYEV, LUKASHENKO, MIRZIYOYEV, PUTIN, BEKTENOV, GOLOVCHENKO, NURTLEU, RYZHENKOV]
PUBLISHED = "2024-07-05"


def located(meetings, text):
    return [m["location"] for m in meetings(text, PUBLISHED, PEOPLE)]


# -- the city of the meeting stated by a gathering, a visit, a capital or a residence ---------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"MINSK (BelTA) - {LUKASHENKO} met with {TOKAYEV} on the sidelines of the SCO summit in Astana.",
                     "Astana", id="on the sidelines of a summit in a city"),
        pytest.param(f"MINSK (BelTA) - On the sidelines of the CIS summit in Bishkek, {LUKASHENKO} held talks with "
                     f"{TOKAYEV}.", "Bishkek", id="fronted sidelines phrase"),
        pytest.param(f"MINSK (BelTA) - During his visit to Tashkent, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     "Tashkent", id="during his visit to a city"),
        pytest.param(f"MINSK (BelTA) - During his journey to Tashkent, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     "Tashkent", id="during his journey to a city"),
        pytest.param(f"MINSK (BelTA) - During his tour of Tashkent, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     "Tashkent", id="during his tour of a city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} arrived in Tashkent on Wednesday. He held talks with {MIRZIYOYEV}.",
                     "Tashkent", id="arrived in a city, talks in the next sentence"),
        pytest.param(f"MINSK (BelTA) - {RYZHENKOV} met with {NURTLEU} in the Kazakh capital.",
                     "Astana", id="in the Kazakh capital"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} held talks with {RYZHENKOV} in the Belarusian capital.",
                     "Minsk", id="in the Belarusian capital"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} and {RYZHENKOV} met in the capital of Belarus.",
                     "Minsk", id="in the capital of a country"),
        pytest.param(f"MINSK (BelTA) - {TOKAYEV} received {GOLOVCHENKO} at the Akorda.",
                     "Astana", id="received at the Akorda"),
        pytest.param(f"MINSK (BelTA) - {TOKAYEV} received {GOLOVCHENKO} at the Ak Orda residence.",
                     "Astana", id="at the Ak Orda residence"),
        pytest.param(f"ASTANA. KAZINFORM - {PUTIN} held talks with {TOKAYEV} in the Kremlin.",
                     "Moscow", id="talks in the Kremlin"),
        pytest.param(f"ASTANA. KAZINFORM - {LUKASHENKO} received {BEKTENOV} at the Palace of Independence in Minsk.",
                     "Minsk", id="a residence in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {LUKASHENKO} received {BEKTENOV} at Minsk's Palace of Independence.",
                     "Minsk", id="a city's residence"),
        pytest.param(f"MINSK (BelTA) - {LUKASHENKO} received {BEKTENOV} at the Palace of Independence.",
                     "Minsk", id="a residence of two cities: the dateline"),
        pytest.param(f"MINSK (BelTA) - {RYZHENKOV} and {NURTLEU} held talks in the Uzbek capital on Tuesday.",
                     "Tashkent", id="in the Uzbek capital"),
        pytest.param(f"MINSK (BelTA) - {LUKASHENKO} and {TOKAYEV} met in Astana on Monday.\n\nThe talks in Astana "
                     "focused on transit and machine building.", "Astana", id="the talks in a city restated"),
        pytest.param(f"ASTANA. KAZINFORM - {LUKASHENKO} met with {MIRZIYOYEV} in Samarkand, where the two leaders "
                     "discussed trade.", "Samarkand", id="met in a city, where"),
        pytest.param(f"MINSK (BelTA) - The talks between {GOLOVCHENKO} and {BEKTENOV} were held in Astana on Friday.",
                     "Astana", id="talks were held in a city"),
        pytest.param(f"MINSK (BelTA) - Astana hosted talks between {GOLOVCHENKO} and {BEKTENOV} on Friday.",
                     "Astana", id="a city hosted the talks"),
        pytest.param(f"MINSK (BelTA) - The Kazakh capital hosted talks between {GOLOVCHENKO} and {BEKTENOV}.",
                     "Astana", id="a capital hosted the talks"),
        pytest.param(f"ASTANA. KAZINFORM - The Belarusian capital hosted a meeting of {NURTLEU} and {RYZHENKOV}.",
                     "Minsk", id="a capital hosted a meeting of"),
        pytest.param(f"MINSK (BelTA) - Talks between {GOLOVCHENKO} and {BEKTENOV} were hosted by Almaty.",
                     "Almaty", id="talks hosted by a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} at the Kazakh Embassy in Minsk.",
                     "Minsk", id="at an embassy in a city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} on the sidelines of the Astana International "
                     "Forum.", "Astana", id="a gathering named for its city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} held talks with {RYZHENKOV} at the Minsk Dialogue forum.",
                     "Minsk", id="at a forum named for its city"),
        pytest.param(f"MINSK (BelTA) - During the Tashkent summit of the Organization of Turkic States, {BEKTENOV} "
                     f"met with {MIRZIYOYEV}.", "Tashkent", id="during a summit named for its city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in the Kazakh city of Aktau.",
                     "Aktau", id="in the Kazakh city of"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} held talks with {GOLOVCHENKO} at the Minsk Tractor Works.",
                     "Minsk", id="at a plant named for its city"),
        pytest.param(f"MINSK (BelTA) - {RYZHENKOV} met with {NURTLEU} in the Astana Hub.",
                     "Astana", id="in a hub named for its city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} received {RYZHENKOV} at the Minsk City Executive Committee.",
                     "Minsk", id="at a city's executive committee"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU}, who arrived in Minsk the day before, met with {RYZHENKOV}.",
                     "Minsk", id="who arrived in a city the day before"),
    ],
)
def test_the_city_of_the_meeting_stated_in_other_ways(meetings, text, city):
    assert located(meetings, text) == [city]


# -- another country stated for the meeting: no location; no place: the dateline ------------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"MINSK (BelTA) - While on a working visit to Uzbekistan, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     None, id="while on a working visit to a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {MIRZIYOYEV} during a working visit to Uzbekistan.",
                     None, id="met during a visit to a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} held talks with {BEKTENOV} in Kazakhstan.",
                     None, id="in a country, no city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} arrived in Kazakhstan on Tuesday. On Wednesday he held talks "
                     f"with {BEKTENOV}.", None, id="arrived in a country, talks after"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} held talks with {RYZHENKOV} in Belarus.",
                     "Minsk", id="in the dateline's own country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {MIRZIYOYEV} while in Uzbekistan.",
                     None, id="met while in a country"),
        pytest.param(f"MINSK (BelTA) - During his tour of Uzbekistan, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     None, id="during his tour of a country"),
        pytest.param(f"MINSK (BelTA) - During his stay in Uzbekistan, {GOLOVCHENKO} met with {MIRZIYOYEV}.",
                     None, id="during his stay in a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {MIRZIYOYEV} while in Tashkent.",
                     "Tashkent", id="met while in a city"),
        pytest.param(f"MINSK (BelTA) - {LUKASHENKO} met with {TOKAYEV} on the sidelines of the SCO summit in Kazakhstan.",
                     None, id="a summit in a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV}. The meeting took place in Kazakhstan.",
                     None, id="the country told in the next sentence"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} during the Belarusian delegation's visit to "
                     "Kazakhstan.", None, id="during a delegation's visit to a country"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} held talks with {BEKTENOV} on Thursday.",
                     "Minsk", id="no place stated: the dateline"),
    ],
)
def test_another_country_stated_for_the_meeting_gives_no_city(meetings, text, city):
    assert located(meetings, text) == [city]


def test_a_phone_call_is_no_meeting(meetings):
    text = f"MINSK (BelTA) - {LUKASHENKO} had a telephone conversation with {TOKAYEV} on Thursday."
    assert meetings(text, PUBLISHED, PEOPLE) == []


# -- a city named for something else in the sentence is not the meeting's ------------------------------------------

@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"ASTANA. KAZINFORM - {TOKAYEV} met with {LUKASHENKO}, who arrived from Moscow.",
                     "Astana", id="who arrived from a city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} to discuss the forum in Almaty next "
                     "month.", "Astana", id="a forum to come in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} and discussed the upcoming visit of the "
                     "delegation to Minsk.", "Astana", id="a visit discussed"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} held talks with {GOLOVCHENKO} on the construction of a tractor "
                     "plant in Kostanay.", "Astana", id="a plant in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} and discussed the summit in Bishkek.",
                     "Astana", id="a summit discussed"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} held talks with {GOLOVCHENKO}, who had flown in from Minsk.",
                     "Astana", id="who had flown in from a city"),
        pytest.param(f"ASTANA. KAZINFORM - {TOKAYEV} met with {LUKASHENKO} and invited him to the forum in Almaty "
                     "next month.", "Astana", id="invited to a forum in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO}, a native of Grodno.",
                     "Astana", id="a native of a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV}, who had earlier visited Almaty.",
                     "Astana", id="who had earlier visited a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV}, who previously toured Karaganda.",
                     "Astana", id="who previously toured a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} after returning from Minsk.",
                     "Astana", id="after returning from a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} before leaving for Tashkent.",
                     "Astana", id="before leaving for a city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} to discuss preparations for the EAEU summit "
                     "in Minsk.", "Astana", id="preparations for a summit in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO}, who will attend the industrial forum in "
                     "Minsk next week.", "Astana", id="who will attend a forum in a city"),
        pytest.param(f"ASTANA. KAZINFORM - {TOKAYEV} met with {MIRZIYOYEV}, who is to travel to Almaty on Monday.",
                     "Astana", id="who is to travel to a city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Astana ahead of the EAEU summit in Minsk.",
                     "Astana", id="ahead of a summit in another city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV}, who is paying a visit to the Belarusian "
                     "capital next month.", "Astana", id="a visit to come to a capital"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} ahead of the Minsk summit of the CIS.",
                     "Astana", id="ahead of a summit named for its city"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} and reviewed the results of the Minsk "
                     "forum.", "Astana", id="the results of a forum named for its city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} and members of the Minsk City Executive "
                     "Committee.", "Astana", id="a city in a body's name"),
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} and the director general of the Minsk "
                     "Tractor Works.", "Astana", id="the head of a plant named for a city"),
    ],
)
def test_a_city_named_for_something_else_is_not_the_meetings(meetings, text, city):
    assert located(meetings, text) == [city]


def test_two_meetings_in_two_cities_each_have_their_own(meetings):
    text = (f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Astana on Monday.\n\n"
            f"On Wednesday, {GOLOVCHENKO} held talks with {MIRZIYOYEV} in Tashkent.")
    assert sorted(located(meetings, text)) == ["Astana", "Tashkent"]


@pytest.mark.parametrize(
    "text, cities",
    [
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} in Astana, and later with {MIRZIYOYEV} in "
                     "Tashkent.", ["Astana", "Tashkent"], id="and later with Z in another city"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} met with {BEKTENOV} and later with {MIRZIYOYEV} in Tashkent.",
                     ["Minsk", "Tashkent"], id="only the later one's city: the first takes the dateline"),
        pytest.param(f"MINSK (BelTA) - {LUKASHENKO} met separately with {TOKAYEV} in Astana and {MIRZIYOYEV} in "
                     "Samarkand.", ["Astana", "Samarkand"], id="separately, each in a city"),
    ],
)
def test_meetings_told_apart_in_one_sentence_take_their_own_cities(meetings, text, cities):
    assert located(meetings, text) == cities


@pytest.mark.parametrize(
    "text, cities",
    [
        pytest.param(f"ASTANA. KAZINFORM - {BEKTENOV} arrived in Tashkent on Monday. He held talks with {MIRZIYOYEV}. "
                     f"{BEKTENOV} then travelled to Samarkand. There he met with {LUKASHENKO}.",
                     ["Tashkent", "Samarkand"], id="a trip on to another city, there"),
        pytest.param(f"ASTANA. KAZINFORM - {TOKAYEV} received {GOLOVCHENKO} at the Akorda. {GOLOVCHENKO} then flew to "
                     f"Almaty, where he met with {BEKTENOV}.", ["Astana", "Almaty"], id="a residence, then flew to a city where"),
        pytest.param(f"MINSK (BelTA) - {GOLOVCHENKO} visited Kazakhstan on Monday and met with {BEKTENOV}.",
                     [None], id="visited a country and met"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} is on an official visit to Belarus. On Monday, {NURTLEU} met with "
                     f"{RYZHENKOV}.", [None], id="on a visit to a country, met in the next sentence"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV}. The meeting was held in Minsk as part of an "
                     "official visit to Belarus.", ["Minsk"], id="the city told in the next sentence"),
        pytest.param(f"MINSK (BelTA) - {RYZHENKOV} held talks with {NURTLEU} in Almaty, Kazakhstan.",
                     ["Almaty"], id="a city and its country"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} and {RYZHENKOV} met in Minsk. {NURTLEU} also met with "
                     f"{GOLOVCHENKO}.", ["Minsk", "Minsk"], id="also met in the next sentence: the same city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} held talks with {RYZHENKOV} in Minsk. The same day {NURTLEU} was "
                     f"received by {LUKASHENKO}.", ["Minsk", "Minsk"], id="the same day: the same city"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} met with {RYZHENKOV} in Minsk on Monday. {NURTLEU} met with "
                     f"{BEKTENOV} on Wednesday.", ["Minsk", "Astana"], id="another day: the dateline"),
        pytest.param(f"ASTANA. KAZINFORM - {NURTLEU} and {RYZHENKOV} met in Minsk. {BEKTENOV} met with "
                     f"{TOKAYEV}.", ["Minsk", "Astana"], id="other people next: the dateline"),
    ],
)
def test_the_visit_told_around_a_meeting_gives_its_city_or_country(meetings, text, cities):
    assert located(meetings, text) == cities


@pytest.mark.parametrize(
    "text, cities",
    [
        pytest.param(f"Golovchenko, Bektenov hold talks in Tashkent\n\nMINSK (BelTA) - {GOLOVCHENKO} held talks with "
                     f"{BEKTENOV} on Friday.", ["Tashkent"], id="the city in the headline only"),
        pytest.param(f"Lukashenko meets Tokayev in Astana\n\nMINSK (BelTA) - {LUKASHENKO} met with {TOKAYEV} on 4 July. "
                     "The leaders discussed trade.", ["Astana"], id="headline city, lede with a day"),
        pytest.param(f"Belarus, Kazakhstan discuss trade\n\nASTANA. KAZINFORM - {BEKTENOV} met with {GOLOVCHENKO} on "
                     "Friday.", ["Astana"], id="a headline without a city: the dateline"),
    ],
)
def test_a_city_the_headline_states_for_the_meeting_is_its_city(meetings, text, cities):
    assert located(meetings, text) == cities
