"""Meeting families of wire wordings the first rules did not cover: a meeting told over a span of days, a role
phrase or "the head of the delegation" standing for a person named before, the building or visit that tells the
city, and the events that are no meeting.

Each sentence is written for this file in the style of Kazinform, BelTA, UzA and Xinhua stories and annotated by
GUIDELINES.md ("Decisions on borderline cases"). People are pinned as PERSON spans (see test_meetings), so these
specify event linking whatever the tagger makes of a name.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

PUBLISHED = "2024-06-25"
NURTLEU, ALEINIK = "Murat Nurtleu", "Sergei Aleinik"


# -- a meeting told over a span of days took place from the first -------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"From 20 to 22 June, Kazakh Foreign Minister {NURTLEU} held talks with Belarusian Foreign "
                     f"Minister {ALEINIK} in Almaty.", "2024-06-20", id="From 20 to 22 June, fronted"),
        pytest.param(f"Kazakh Foreign Minister {NURTLEU} met with Belarusian Foreign Minister {ALEINIK} in Almaty on "
                     "3-4 March.", "2024-03-03", id="on 3-4 March"),
        pytest.param(f"{NURTLEU} and {ALEINIK} held talks in Almaty on June 20-22.", "2024-06-20", id="June 20-22"),
        pytest.param(f"{NURTLEU} and {ALEINIK} met in Almaty from June 20 to June 22.", "2024-06-20",
                     id="from June 20 to June 22"),
        pytest.param(f"Talks between {NURTLEU} and {ALEINIK} were held in Almaty on 30 June - 1 July 2023.",
                     "2023-06-30", id="a span across two months, with its year"),
        pytest.param(f"Consultations between {NURTLEU} and {ALEINIK} took place in Almaty on 20\u201322 June.",
                     "2024-06-20", id="an en dash"),
        pytest.param(f"{NURTLEU} held talks with {ALEINIK} in Almaty between 20 and 22 June.", "2024-06-20",
                     id="between 20 and 22 June"),
        pytest.param(f"{NURTLEU} held talks with {ALEINIK} in Almaty on 20th-22nd June.", "2024-06-20",
                     id="ordinal days"),
    ],
)
def test_a_meeting_over_several_days_took_place_from_the_first(meetings, text, day):
    assert meetings(text, PUBLISHED, [NURTLEU, ALEINIK]) == [meeting([NURTLEU, ALEINIK], day, "Almaty")]


def test_the_days_of_a_visit_do_not_tell_the_day_of_its_talks(meetings):
    text = f"During a 20-22 June visit to Almaty, {NURTLEU} held talks with {ALEINIK}."
    assert meetings(text, PUBLISHED, [NURTLEU, ALEINIK]) == [meeting([NURTLEU, ALEINIK], None, "Almaty")]


# -- a role phrase, or "the head of the delegation", stands for the person named before with that office ----------

KHRENIN, ZHAKSYLYKOV = "Viktor Khrenin", "Ruslan Zhaksylykov"
KARANKEVICH, BEKTENOV, TOKAYEV = "Viktor Karankevich", "Olzhas Bektenov", "Kassym-Jomart Tokayev"


@pytest.mark.parametrize(
    "text, participants",
    [
        pytest.param(f"Belarusian Defense Minister {KHRENIN} arrived in Astana on a working visit. On 9 May, Kazakh "
                     f"Defense Minister {ZHAKSYLYKOV} held talks with the Defense Minister of Belarus.",
                     [ZHAKSYLYKOV, KHRENIN], id="the Defense Minister of Belarus"),
        pytest.param(f"Belarusian Defense Minister {KHRENIN} arrived in Astana on a working visit. On 9 May, the "
                     f"Belarusian Defense Minister met with Kazakh Defense Minister {ZHAKSYLYKOV}.",
                     [KHRENIN, ZHAKSYLYKOV], id="the Belarusian Defense Minister"),
        pytest.param(f"Belarusian Defense Minister {KHRENIN} arrived in Astana on a working visit. On 9 May, he was "
                     f"received by Kazakh Defense Minister {ZHAKSYLYKOV}. Then the Defence Minister of the Republic "
                     "of Belarus visited a military academy.", [KHRENIN, ZHAKSYLYKOV],
                     id="he, then a role phrase in a sentence of no meeting"),
    ],
)
def test_a_role_phrase_is_the_person_named_before_with_that_office(meetings, text, participants):
    """In the order the record lists its people: where each is mentioned in the meeting's sentence."""
    assert meetings(text, "2023-05-10", [KHRENIN, ZHAKSYLYKOV]) == [meeting(participants, "2023-05-09", "Astana")]


def test_a_portfolio_tells_which_minister_a_role_phrase_is(meetings):
    text = (f"Belarusian Foreign Minister {ALEINIK} and Belarusian Defense Minister {KHRENIN} arrived in Astana. On "
            f"9 May, Kazakh Defense Minister {ZHAKSYLYKOV} held talks with the Belarusian Defense Minister.")
    assert meetings(text, "2023-05-10", [ALEINIK, KHRENIN, ZHAKSYLYKOV]) == [
        meeting([ZHAKSYLYKOV, KHRENIN], "2023-05-09", "Astana")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"A Belarusian delegation led by Deputy Prime Minister {KARANKEVICH} arrived in Astana on 8 May. "
                     f"On 9 May, the head of the Belarusian delegation was received by President {TOKAYEV}.",
                     id="the head of the Belarusian delegation was received by Y"),
        pytest.param(f"A Belarusian delegation headed by Deputy Prime Minister {KARANKEVICH} is on a visit to Astana. "
                     f"President {TOKAYEV} met with the head of the delegation on 9 May.", id="met with the head of the delegation"),
        pytest.param(f"A Belarusian delegation led by Deputy Prime Minister {KARANKEVICH} is in Astana. On 9 May, "
                     f"President {TOKAYEV} received the leader of the Belarusian delegation.",
                     id="received the leader of the Belarusian delegation"),
    ],
)
def test_the_head_of_the_delegation_is_the_person_it_was_led_by(meetings, text):
    assert meetings(text, "2023-05-10", [KARANKEVICH, TOKAYEV]) == [
        meeting([KARANKEVICH, TOKAYEV], "2023-05-09", "Astana")]


# -- the day: a day the tagger took for a name, "on the eve" ---------------------------------------------------------

SMAILOV, GOLOVCHENKO, ERDOGAN, SCHOLZ = "Alikhan Smailov", "Roman Golovchenko", "Recep Tayyip Erdogan", "Olaf Scholz"


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"On 16 June {SMAILOV} was also received by Prime Minister of Belarus {GOLOVCHENKO}.", "2021-06-16",
                     id="On 16 June X was received: no comma after the day"),
        pytest.param(f"On June 16 {SMAILOV} was received by Prime Minister {GOLOVCHENKO}.", "2021-06-16",
                     id="On June 16 X was received"),
        pytest.param(f"{GOLOVCHENKO} received {SMAILOV} on 16 June 2021.", "2021-06-16", id="with its year"),
    ],
)
def test_a_day_before_a_name_is_the_meetings(meetings, text, day):
    assert meetings(text, "2021-06-17", [SMAILOV, GOLOVCHENKO]) == [
        meeting(sorted([SMAILOV, GOLOVCHENKO], key=text.index), day)]


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"BERLIN - {TOKAYEV} held talks with {SCHOLZ} today. On the eve, {TOKAYEV} met with the heads of "
                     "German companies.", "2023-09-28", id="On the eve, after today"),
        pytest.param(f"BERLIN - {TOKAYEV} held talks with {SCHOLZ} on 29 September. On the eve of the talks, {TOKAYEV} "
                     "met with the heads of German companies.", None, id="on the eve of the talks: another day"),
    ],
)
def test_on_the_eve_is_the_day_before_the_one_told(meetings, text, day):
    found = meetings(text, "2023-09-29", [TOKAYEV, SCHOLZ])
    assert found[-1] == meeting([TOKAYEV], day, "Berlin")


# -- no meeting: a call, however the clause is parsed ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        f"On Tuesday, {TOKAYEV} and Turkish President {ERDOGAN} discussed bilateral cooperation and the preparations "
        "for the Turkic Council summit in a telephone conversation.",
        f"{TOKAYEV} and {ERDOGAN} discussed the agenda of the upcoming visit of the Turkish delegation over the phone.",
        f"{TOKAYEV} held talks with {ERDOGAN} on the results of the year by telephone on Monday.",
        f"During a phone call on Monday, {TOKAYEV} and {ERDOGAN} discussed trade.",
    ],
)
def test_a_call_is_no_meeting(meetings, text):
    assert meetings(text, "2021-03-31", [TOKAYEV, ERDOGAN]) == []


# -- no meeting: a forum's plenary session; no people: the meeting where something was adopted -----------------------

KARANKEVICH_FULL, ZHUMANGARIN = "Viktor Karankevich", "Serik Zhumangarin"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"The Belarusian-Kazakh business forum brought together 300 companies. Speaking at the plenary "
                     f"session, Deputy Prime Minister {KARANKEVICH_FULL} said that trade is growing.", [],
                     id="the plenary session of the forum named before"),
        pytest.param(f"The forum opened in Almaty on 20 September. At the plenary session, {KARANKEVICH_FULL} called "
                     "for more joint ventures.", [], id="at the plenary session, a forum before"),
        pytest.param(f"The Council of Ministers discussed the budget. Speaking at the plenary session, Deputy Prime "
                     f"Minister {KARANKEVICH_FULL} said that trade is growing.", [meeting([KARANKEVICH_FULL])],
                     id="the plenary session of a council named before"),
    ],
)
def test_a_plenary_session_is_of_the_gathering_named_before(meetings, text, expected):
    assert meetings(text, "2023-09-21", [KARANKEVICH_FULL]) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"On 20 September {KARANKEVICH_FULL} and {ZHUMANGARIN} held talks and reviewed the implementation of the roadmap "
        "for 2022-2023 adopted at the previous meeting of the intergovernmental commission.",
        f"On 20 September {KARANKEVICH_FULL} and {ZHUMANGARIN} held talks and discussed the decisions made at the last "
        "session of the commission.",
    ],
)
def test_the_meeting_where_something_was_done_before_is_no_second_record(meetings, text):
    assert meetings(text, "2023-09-21", [KARANKEVICH_FULL, ZHUMANGARIN]) == [
        meeting([KARANKEVICH_FULL, ZHUMANGARIN], "2023-09-20")]


# -- the city: the residence or hall the meeting was held at, whatever the dateline ----------------------------------

LUKASHENKO, PUTIN, MIRZIYOYEV = "Aleksandr Lukashenko", "Vladimir Putin", "Shavkat Mirziyoyev"


@pytest.mark.parametrize(
    "text, people, city",
    [
        pytest.param(f"MINSK - {LUKASHENKO} was received by Kazakh President {TOKAYEV} at the Akorda on 9 May.",
                     [LUKASHENKO, TOKAYEV], "Astana", id="at the Akorda, under a Minsk dateline"),
        pytest.param(f"MINSK - {LUKASHENKO} held talks with {TOKAYEV} at the Ak Orda presidential palace on 9 May.",
                     [LUKASHENKO, TOKAYEV], "Astana", id="at the Ak Orda presidential palace"),
        pytest.param(f"ASTANA - {TOKAYEV} met with Russian President {PUTIN} in the Kremlin on 9 May.",
                     [TOKAYEV, PUTIN], "Moscow", id="in the Kremlin, under an Astana dateline"),
        pytest.param(f"ASTANA - {TOKAYEV} and Uzbek President {MIRZIYOYEV} held talks at the Kuksaroy residence on 9 May.",
                     [TOKAYEV, MIRZIYOYEV], "Tashkent", id="at the Kuksaroy residence"),
        pytest.param(f"ASTANA - {TOKAYEV} received {LUKASHENKO} at the Palace of Independence on 9 May.",
                     [TOKAYEV, LUKASHENKO], "Astana", id="a venue name of two cities: the dateline's"),
        pytest.param(f"MINSK - {LUKASHENKO} received {TOKAYEV} at the Palace of Independence on 9 May.",
                     [LUKASHENKO, TOKAYEV], "Minsk", id="the same venue name, the other city"),
        pytest.param(f"MINSK - {LUKASHENKO} held talks with {TOKAYEV} at the Akorda in Astana on 9 May.",
                     [LUKASHENKO, TOKAYEV], "Astana", id="a venue and its city"),
    ],
)
def test_the_residence_a_meeting_was_held_at_tells_its_city(meetings, text, people, city):
    assert meetings(text, "2024-05-10", people) == [meeting(people, "2024-05-09", city)]


def test_a_venue_name_of_two_cities_leaves_the_city_to_the_visit(meetings):
    text = (f"ASTANA - {TOKAYEV} arrived in Minsk on a state visit. On 9 May, he held talks with {LUKASHENKO} at the "
            "Palace of Independence.")
    assert meetings(text, "2024-05-10", [TOKAYEV, LUKASHENKO]) == [meeting([TOKAYEV, LUKASHENKO], "2024-05-09", "Minsk")]


def test_a_venue_of_another_event_tells_nothing(meetings):
    text = f"MINSK - {LUKASHENKO} met with {TOKAYEV} on 9 May. They discussed the exhibition that opened in the Kremlin."
    assert meetings(text, "2024-05-10", [LUKASHENKO, TOKAYEV]) == [meeting([LUKASHENKO, TOKAYEV], "2024-05-09", "Minsk")]


# -- a bilateral summit is a meeting; a summit of many is a gathering -------------------------------------------------

YOON = "Yoon Suk Yeol"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {TOKAYEV} held a summit with South Korean President {YOON} on 12 June.",
                     [meeting([TOKAYEV, YOON], "2024-06-12", "Astana")], id="held a summit with Y"),
        pytest.param(f"SEOUL - President {YOON} had summit talks with {TOKAYEV} in Astana on 12 June.",
                     [meeting([YOON, TOKAYEV], "2024-06-12", "Astana")], id="summit talks"),
        pytest.param(f"ASTANA - {TOKAYEV} took part in the SCO summit on 12 June.", [], id="took part in the SCO summit"),
        pytest.param(f"ASTANA - {TOKAYEV} addressed the summit of the Organization of Turkic States on 12 June.", [],
                     id="addressed the summit"),
    ],
)
def test_a_summit_with_someone_is_a_meeting(meetings, text, expected):
    assert meetings(text, "2024-06-13", [TOKAYEV, YOON]) == expected


# -- "his Belarusian counterpart" with no name after it is the person of that country named before -------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Belarusian President {LUKASHENKO} arrived in Astana on a state visit. On 9 May, Kazakh "
                     f"President {TOKAYEV} held talks with his Belarusian counterpart at the Akorda.",
                     [LUKASHENKO, TOKAYEV], id="held talks with his Belarusian counterpart"),
        pytest.param(f"ASTANA - Belarusian Defense Minister {KHRENIN} is on a visit to Kazakhstan. Kazakh Defense "
                     f"Minister {ZHAKSYLYKOV} met with his Belarusian counterpart on 9 May.",
                     [KHRENIN, ZHAKSYLYKOV], id="a minister's counterpart"),
    ],
)
def test_an_unnamed_counterpart_is_the_person_of_that_country_named_before(meetings, text, expected):
    people = [LUKASHENKO, TOKAYEV, KHRENIN, ZHAKSYLYKOV, GOLOVCHENKO]
    assert meetings(text, "2024-05-10", people) == [meeting(expected, "2024-05-09", "Astana")]


def test_a_counterpart_of_a_country_no_one_named_is_no_one(meetings):
    text = (f"ASTANA - Kazakh President {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO} on 9 May. Later, "
            f"{TOKAYEV} met with his Uzbek counterpart.")
    assert meetings(text, "2024-05-10", [TOKAYEV, GOLOVCHENKO]) == [
        meeting([TOKAYEV, GOLOVCHENKO], "2024-05-09", "Astana"), meeting([TOKAYEV], None, "Astana")]


# -- "we" in a quote of several sentences is the speaker named after it closes ---------------------------------------

RYZHENKOV, BULEGENOV = "Maxim Ryzhenkov", "Yergali Bulegenov"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Kazakh Foreign Minister {NURTLEU} spoke about the results of the year. \"It was a busy "
                     f"year. We held talks with Belarusian Foreign Minister {RYZHENKOV} in Minsk. The talks were "
                     f"fruitful,\" {NURTLEU} said.", meeting([RYZHENKOV, NURTLEU], None, "Minsk"),
                     id="the speaker named after the quote"),
        pytest.param(f"GRODNO - Ambassador of Kazakhstan to Belarus {BULEGENOV} visited a dairy plant.\n\n\"I am "
                     "confident in our trade. We have already held talks with the Grodno mayor. I will work hard,\" the "
                     "diplomat said.", meeting([BULEGENOV], None, "Grodno"), id="the speaker as a role phrase"),
    ],
)
def test_we_in_a_quote_of_several_sentences_is_its_speaker(meetings, text, expected):
    assert meetings(text, "2024-05-10", [NURTLEU, RYZHENKOV, BULEGENOV]) == [expected]


def test_we_outside_a_quote_is_no_one(meetings):
    text = f"GRODNO - {BULEGENOV} visited a dairy plant. We held talks with the mayor, a worker said."
    assert meetings(text, "2024-05-10", [BULEGENOV]) == []


@pytest.mark.parametrize(
    "text",
    [
        f"\"Our trade is growing. Still, it does not meet our potential. We must do more,\" {NURTLEU} said.",
        f"{NURTLEU} said that Belarusian supplies met the demand of Kazakh farmers.",
        f"The target was met a year early, {NURTLEU} noted.",
    ],
)
def test_meet_with_what_it_satisfies_is_no_meeting(meetings, text):
    assert meetings(text, "2024-05-10", [NURTLEU]) == []


# -- "the two leaders" of the sentence before bring its day; a place the tagger took for a person is no one ----------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA, June 12 (Yonhap) -- {YOON} and Kazakh President {TOKAYEV} agreed Wednesday to expand "
                     "cooperation.\n\nThe two leaders held a one-on-one meeting at the Akorda.", id="agreed Wednesday"),
        pytest.param(f"ASTANA - {YOON} and {TOKAYEV} signed a joint statement on 12 June. The leaders then held talks "
                     "in an expanded format.", id="signed on 12 June, then talks"),
    ],
)
def test_the_sides_of_the_sentence_before_bring_its_day(meetings, text):
    assert meetings(text, "2024-06-13", [YOON, TOKAYEV]) == [meeting([YOON, TOKAYEV], "2024-06-12", "Astana")]


def test_a_place_the_tagger_took_for_a_person_takes_no_part(meetings):
    text = (f"GRODNO - {LUKASHENKO} met with Governor of Nizhny Novgorod Oblast Gleb Nikitin on 30 June. \"Nizhny "
            "Novgorod is one of our key partners,\" the head of state said.")
    assert meetings(text, "2022-07-01", [LUKASHENKO, "Gleb Nikitin", "Nizhny Novgorod"]) == [
        meeting([LUKASHENKO, "Gleb Nikitin"], "2022-06-30", "Grodno")]


def test_a_plenary_session_after_an_organiser_named_chamber_is_still_the_forums(meetings):
    text = (f"The forum in Almaty brought together 300 companies. It was organised by the Belarusian Chamber of "
            f"Commerce and Industry. Speaking at the plenary session, {KARANKEVICH_FULL} said trade is growing.")
    assert meetings(text, "2023-09-21", [KARANKEVICH_FULL]) == []


def test_the_day_of_the_sentence_before_yields_to_a_day_stated_for_the_meeting(meetings):
    text = (f"ASTANA - President {YOON} held talks with {TOKAYEV} on 12 June. {YOON} and {TOKAYEV} had arrived at the venue on "
            "11 June for the opening of the forum. The leaders held talks on energy.")
    assert meetings(text, "2024-06-13", [YOON, TOKAYEV]) == [meeting([YOON, TOKAYEV], "2024-06-12", "Astana")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"A Belarusian delegation led by Deputy Prime Minister {KARANKEVICH} arrived in Astana on 8 May. The "
                     "delegation visited a financial centre. Its members also toured a tractor plant in Kostanay. On 9 "
                     f"May, the head of the Belarusian delegation was received by President {TOKAYEV}.",
                     [KARANKEVICH, TOKAYEV], id="sentences after the delegation was named"),
        pytest.param(f"A Belarusian delegation led by Deputy Prime Minister {KARANKEVICH} and a Kazakh delegation led by "
                     f"Deputy Prime Minister {ZHUMANGARIN} arrived in Astana. The delegations visited a plant. The "
                     f"guests toured the city. On 9 May, President {TOKAYEV} received the head of the Kazakh delegation.",
                     [ZHUMANGARIN, TOKAYEV], id="the delegation of the country named"),
    ],
)
def test_the_head_of_a_delegation_named_sentences_before_is_its_leader(meetings, text, expected):
    assert meetings(text, "2023-05-10", [KARANKEVICH, ZHUMANGARIN, TOKAYEV]) == [
        meeting(expected, "2023-05-09", "Astana")]
