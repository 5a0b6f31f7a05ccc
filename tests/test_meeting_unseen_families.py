"""Meeting families for wordings the dev stories do not hold: the people of a meeting told with titles only and
named in the sentences after it, the people a sentence after a meeting adds to it, "Mr."/"Ms." with a surname,
the days a meeting is told on, and the wordings of a meeting not held (planned, a visit, a forum, a call).

Each article is written for this file in the wire style and annotated by GUIDELINES.md ("Decisions on borderline
cases"). People are pinned as PERSON spans (see test_meetings), so these specify event linking whatever the
tagger makes of a name.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

BEKTENOV, GOLOVCHENKO, TOKAYEV, LUKASHENKO = "Olzhas Bektenov", "Roman Golovchenko", "Kassym-Jomart Tokayev", "Aleksandr Lukashenko"
ZHUMANGARIN, SNOPKOV, ANALYST, SPOKESMAN = "Serik Zhumangarin", "Nikolai Snopkov", "Aidos Sarym", "Ruslan Zheldibay"
NURTLEU, RYZHENKOV = "Murat Nurtleu", "Maxim Ryzhenkov"
PEOPLE = [BEKTENOV, GOLOVCHENKO, TOKAYEV, LUKASHENKO, ZHUMANGARIN, SNOPKOV, ANALYST, SPOKESMAN, NURTLEU, RYZHENKOV,
          "Bektenov", "Golovchenko", "Nurtleu", "Ryzhenkov"]


# -- a meeting told with titles only is of the people named after it in its paragraph --------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA. KAZINFORM - Talks between the prime ministers of the two countries took place in Astana on "
                     f"14 March. {BEKTENOV} thanked {GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="talks between the titles, X thanked Y"),
        pytest.param(f"ASTANA. KAZINFORM - The heads of government of Kazakhstan and Belarus held talks in Astana on 14 "
                     f"March. {BEKTENOV} noted that trade had grown by a fifth. {GOLOVCHENKO} said the sides would widen "
                     "cooperation in machine building.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="X noted, Y said: one each"),
        pytest.param(f"MINSK (BelTA) - The foreign ministers of Belarus and Kazakhstan met in Minsk on Wednesday.\n\n"
                     f"{RYZHENKOV} and {NURTLEU} discussed transit through the two countries.",
                     [meeting([RYZHENKOV, NURTLEU], "2024-03-13", "Minsk")], id="a lede of its own: the next paragraph"),
        pytest.param(f"ASTANA. KAZINFORM - Talks between the prime ministers of the two countries took place in Astana. "
                     f"{BEKTENOV} thanked {GOLOVCHENKO} for the visit. According to political analyst {ANALYST}, the "
                     "talks will give trade a push.",
                     [meeting([BEKTENOV, GOLOVCHENKO], None, "Astana")], id="a source cited after them takes no part"),
        pytest.param(f"ASTANA. KAZINFORM - The two presidents held talks in the Akorda on Thursday.\n\n{TOKAYEV} said "
                     f"Kazakhstan valued the partnership. {LUKASHENKO} invited him to Minsk.",
                     [meeting([TOKAYEV, LUKASHENKO], "2024-03-14", "Astana")], id="the next paragraph, one per sentence"),
        pytest.param(f"Kazakh, Belarusian PMs hold talks in Astana\nASTANA. KAZINFORM - Talks between the prime ministers "
                     f"of the two countries took place in Astana on 14 March. {BEKTENOV} thanked {GOLOVCHENKO} for the "
                     "visit.", [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")],
                     id="a headline before the lede with the titles"),
        pytest.param(f"Heads of government of Kazakhstan and Belarus hold talks\n\nASTANA. KAZINFORM - The talks took "
                     f"place in Astana on 14 March.\n\n{BEKTENOV} thanked {GOLOVCHENKO} for the open dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")],
                     id="the titles in the headline, the people two paragraphs on"),
        pytest.param(f"ASTANA. KAZINFORM - The heads of government of Kazakhstan and Belarus held talks in Astana on "
                     f"Thursday.\n\nPrime Minister {BEKTENOV} said Kazakhstan wanted more Belarusian machinery. \"We have "
                     f"a good basis,\" he said.\n\nHis Belarusian counterpart {GOLOVCHENKO} noted that trade had grown.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")],
                     id="one side in each of the two paragraphs after the lede"),
        pytest.param(f"ASTANA. KAZINFORM - Kazakhstan and Belarus held intergovernmental talks in Astana on 14 March. "
                     f"{BEKTENOV} thanked {GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="two countries held talks"),
        pytest.param(f"ASTANA. KAZINFORM - Talks between Kazakhstan and Belarus took place in Astana on 14 March. "
                     f"{BEKTENOV} thanked {GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="talks between two countries"),
        pytest.param(f"ASTANA. KAZINFORM - Kazakh-Belarusian talks took place in Astana on 14 March. {BEKTENOV} thanked "
                     f"{GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="Kazakh-Belarusian talks"),
        pytest.param(f"ASTANA. KAZINFORM - Bilateral talks were held in Astana on 14 March. {BEKTENOV} thanked "
                     f"{GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="bilateral talks"),
        pytest.param(f"ASTANA. KAZINFORM - Talks at the level of prime ministers took place in Astana on 14 March. "
                     f"{BEKTENOV} thanked {GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="talks at the level of titles"),
        pytest.param(f"ASTANA. KAZINFORM - The Kazakh and Belarusian PMs held talks in Astana on 14 March. {BEKTENOV} "
                     f"thanked {GOLOVCHENKO} for the constructive dialogue.",
                     [meeting([BEKTENOV, GOLOVCHENKO], "2024-03-14", "Astana")], id="the PMs held talks"),
    ],
)
def test_a_meeting_told_with_titles_only_is_of_the_people_named_after_it(meetings, text, expected):
    assert meetings(text, "2024-03-15", PEOPLE) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA. KAZINFORM - The two prime ministers held talks in Astana. Government spokesman {SPOKESMAN} "
                     "told reporters the agenda was broad.", id="one person named after it: no sides"),
        pytest.param(f"ASTANA. KAZINFORM - The two prime ministers held talks in Astana.\n\n{BEKTENOV} said trade had "
                     f"grown.\n\nThe sides discussed transit.\n\nLater, {GOLOVCHENKO} visited a plant.",
                     id="one side after the lede, then a paragraph naming no one"),
        pytest.param("ASTANA. KAZINFORM - The two prime ministers held talks in Astana. The sides discussed transit.\n\n"
                     f"Separately, {BEKTENOV} and {SNOPKOV} opened a fertiliser plant.\n\nIn a later paragraph, "
                     f"{GOLOVCHENKO} spoke at a forum.",
                     id="people of a later paragraph"),
    ],
)
def test_people_named_away_from_a_meeting_told_with_titles_are_not_its_sides(meetings, text):
    assert meetings(text, "2024-03-15", PEOPLE) == []


# -- who else takes part: the sentence right after, a side at the talks, a phrase of presence --------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. Bektenov was joined by Deputy Prime "
                     f"Minister {ZHUMANGARIN}.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="X was joined by Z"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. He was accompanied by Deputy Prime "
                     f"Minister {ZHUMANGARIN}.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="he was accompanied by Z"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. Deputy Prime Minister {ZHUMANGARIN} "
                     "also attended.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="Z also attended"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. Deputy Prime Minister {ZHUMANGARIN} "
                     "was also present.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="Z was also present"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. Deputy Prime Minister {ZHUMANGARIN} "
                     "attended the opening of the trade fair.", [BEKTENOV, GOLOVCHENKO], id="Z attended another event"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. He was accompanied by Deputy Prime "
                     f"Minister {ZHUMANGARIN} at the concert.", [BEKTENOV, GOLOVCHENKO], id="accompanied at another event"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} on Thursday. Bektenov later flew to Almaty, where "
                     f"he was joined by Deputy Prime Minister {ZHUMANGARIN}.", [BEKTENOV, GOLOVCHENKO],
                     id="joined in a clause on another place"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with {GOLOVCHENKO} in the presence of Deputy Prime Minister "
                     f"{ZHUMANGARIN}.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="in the presence of Z"),
        pytest.param(f"ASTANA - {BEKTENOV} met with {GOLOVCHENKO} with the participation of Deputy Prime Minister "
                     f"{ZHUMANGARIN}.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="with the participation of Z"),
        pytest.param(f"ASTANA - {BEKTENOV} met with {GOLOVCHENKO}. Deputy Prime Minister {ZHUMANGARIN} took part in the "
                     "meeting.", [BEKTENOV, GOLOVCHENKO, ZHUMANGARIN], id="Z took part in the meeting"),
        pytest.param(f"ASTANA - {BEKTENOV} co-chaired the meeting of the intergovernmental commission with {GOLOVCHENKO}.",
                     [BEKTENOV, GOLOVCHENKO], id="X co-chaired the meeting with Y"),
        pytest.param(f"ASTANA - The Kazakh side at the talks was represented by {BEKTENOV}. The Belarusian delegation was "
                     f"led by {GOLOVCHENKO}.", [BEKTENOV, GOLOVCHENKO], id="a side at the talks was represented by X"),
        pytest.param(f"ASTANA - The Kazakh delegation at the talks was headed by {BEKTENOV}, the Belarusian one by "
                     f"{GOLOVCHENKO}.", [BEKTENOV, GOLOVCHENKO], id="a delegation at the talks, the other one by Y"),
        pytest.param(f"ASTANA - President {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO} at the Akorda.",
                     [TOKAYEV, GOLOVCHENKO], id="X received Y"),
        pytest.param(f"ASTANA - President {TOKAYEV} hosted Belarusian Prime Minister {GOLOVCHENKO} at the Akorda.",
                     [TOKAYEV, GOLOVCHENKO], id="X hosted Y"),
        pytest.param(f"MINSK - President {LUKASHENKO} welcomed Kazakh Prime Minister {BEKTENOV} to Minsk.",
                     [LUKASHENKO, BEKTENOV], id="X welcomed Y to Minsk"),
    ],
)
def test_the_people_a_meeting_sentence_or_the_one_after_it_brings_take_part(meetings, text, expected):
    (found,) = meetings(text, "2024-03-15", PEOPLE)
    assert found["participants"] == expected


# -- a meeting not held: planned, arranged, possible; a visit, a forum, a ceremony, a call ---------------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} will meet {BEKTENOV} in Astana on 12 June.", id="will meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} are to hold talks in Astana.", id="are to hold talks"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} plan to meet in Astana next month.", id="plan to meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} is scheduled to meet {BEKTENOV} on Thursday.", id="is scheduled to meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} hopes to meet {BEKTENOV} soon.", id="hopes to meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} might meet in Astana.", id="might meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} is to be received by {BEKTENOV}.", id="is to be received"),
        pytest.param(f"ASTANA - Talks between {GOLOVCHENKO} and {BEKTENOV} are scheduled for Thursday.",
                     id="talks are scheduled"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} are meeting in Astana next week.",
                     id="are meeting next week: arranged"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} are holding talks in Astana on Thursday.",
                     id="are holding talks on Thursday: arranged"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} is meeting {BEKTENOV} tomorrow.", id="is meeting tomorrow"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid an official visit to Kazakhstan at the invitation of {BEKTENOV}.",
                     id="a visit"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} attended the Astana International Forum.", id="a forum"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} took part in a ceremony to launch a tractor plant.",
                     id="a ceremony"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} had a telephone conversation with {BEKTENOV}.", id="a telephone conversation"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} discussed trade over the phone.", id="over the phone"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} did not meet {BEKTENOV} during the forum.", id="did not meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} have never met.", id="have never met"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} failed to meet {BEKTENOV}.", id="failed to meet"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} refused to hold talks with {BEKTENOV}.", id="refused to hold talks"),
        pytest.param(f"ASTANA - The talks between {GOLOVCHENKO} and {BEKTENOV} were postponed.", id="talks postponed"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} cancelled his meeting with {BEKTENOV}.", id="cancelled the meeting"),
        pytest.param(f"ASTANA - The talks between {GOLOVCHENKO} and {BEKTENOV} did not take place.",
                     id="did not take place"),
        pytest.param(f"ASTANA - A meeting between {GOLOVCHENKO} and {BEKTENOV} is possible in July.", id="is possible"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} said he would like to meet {BEKTENOV}.", id="would like to meet"),
    ],
)
def test_a_meeting_not_held_is_no_record(meetings, text):
    assert meetings(text, "2024-06-10", PEOPLE) == []


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} is meeting {BEKTENOV} today.", "2024-06-10", id="is meeting today"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} is meeting {BEKTENOV} on Monday.", "2024-06-10",
                     id="is meeting on the weekday of the published day"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} are meeting in Astana.", None, id="are meeting, no day"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} was meeting {BEKTENOV} on Thursday when the news came.", "2024-06-06",
                     id="was meeting on Thursday: held"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {BEKTENOV} will hold talks next week. They last met in Astana in "
                     "March.", None, id="a planned meeting, and the one held before it"),
    ],
)
def test_a_meeting_going_on_or_held_before_a_planned_one_is_a_record(meetings, text, day):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["date"] == day and found["participants"] == [GOLOVCHENKO, BEKTENOV]


# -- "Mr." or "Ms." with a surname: the surname alone, or the full name written before -------------------------------

@pytest.mark.parametrize(
    "text, people, expected",
    [
        pytest.param("SEOUL - Mr. Park met Ms. Nguyen on Monday.", ["Park", "Nguyen"], ["Park", "Nguyen"],
                     id="the only mentions: surnames"),
        pytest.param("SEOUL - Mr. Park met Ms. Nguyen on Monday.", ["Mr. Park", "Ms. Nguyen"], ["Park", "Nguyen"],
                     id="the title inside the span"),
        pytest.param(f"ASTANA - South Korean Foreign Minister Park Jin arrived in Astana on Sunday. On Monday, Mr. Park "
                     f"met {BEKTENOV}.", ["Park Jin", "Park", BEKTENOV], ["Park Jin", BEKTENOV],
                     id="a family name first, written in full before"),
        pytest.param(f"ASTANA - Kazakh Foreign Minister {NURTLEU} arrived in Minsk on Sunday. On Monday, Mr. Nurtleu met "
                     f"{RYZHENKOV}.", [NURTLEU, "Nurtleu", RYZHENKOV], [NURTLEU, RYZHENKOV],
                     id="the full name written before"),
        pytest.param(f"MINSK - {RYZHENKOV} received Mrs. Smith, the head of the bank's regional office.",
                     [RYZHENKOV, "Smith"], [RYZHENKOV, "Smith"], id="Mrs. Smith"),
        pytest.param(f"MINSK - {RYZHENKOV} received Ms Nguyen.", [RYZHENKOV, "Ms Nguyen"], [RYZHENKOV, "Nguyen"],
                     id="Ms without a point"),
    ],
)
def test_a_surname_after_mr_or_ms_is_the_participant(meetings, text, people, expected):
    (found,) = meetings(text, "2024-06-10", people)
    assert found["participants"] == expected


# -- the day: a stated day read against the published day (a Monday, 10 June 2024), not the day of a report ---------

TALKS = f"{BEKTENOV} held talks with {GOLOVCHENKO}"


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - {TALKS} on 5 June.", "2024-06-05", id="a day and a month"),
        pytest.param(f"ASTANA - {TALKS} on June 5.", "2024-06-05", id="US order"),
        pytest.param(f"ASTANA - {TALKS} on 5th June.", "2024-06-05", id="an ordinal day"),
        pytest.param(f"ASTANA - {TALKS} on 5.06.2024.", "2024-06-05", id="a numeric day"),
        pytest.param(f"ASTANA - {TALKS} on Wednesday.", "2024-06-05", id="a weekday: the last one before"),
        pytest.param(f"ASTANA - {TALKS} on Monday.", "2024-06-10", id="the weekday of the published day"),
        pytest.param(f"ASTANA - {TALKS} last Monday.", "2024-06-03", id="last Monday"),
        pytest.param(f"ASTANA - {TALKS} on Tuesday evening.", "2024-06-04", id="a weekday and a part of it"),
        pytest.param(f"ASTANA - {TALKS} yesterday.", "2024-06-09", id="yesterday"),
        pytest.param(f"ASTANA - {TALKS} earlier today.", "2024-06-10", id="earlier today"),
        pytest.param(f"ASTANA - {TALKS} earlier this week.", None, id="earlier this week: no day"),
        pytest.param(f"ASTANA - {TALKS} in early June.", None, id="early June: no day"),
        pytest.param(f"ASTANA - {TALKS} on the 5th.", "2024-06-05", id="a day of the month alone"),
        pytest.param(f"ASTANA - {TALKS} on Monday (June 3).", "2024-06-03", id="a weekday with its day written out"),
        pytest.param(f"ASTANA - {TALKS} on the 12th.", "2024-05-12", id="a day of the month still to come: last month's"),
        pytest.param(f"ASTANA - {BEKTENOV} met {GOLOVCHENKO} on the 19th floor of the Government House.", None,
                     id="an ordinal of a noun"),
        pytest.param(f"ASTANA - {TALKS} on 3-4 June.", "2024-06-03", id="two days: the first"),
        pytest.param(f"ASTANA - {TALKS} on June 3-4.", "2024-06-03", id="two days in US order: the first"),
        pytest.param(f"ASTANA - {TALKS} on 16 December.", "2023-12-16", id="a day after the published one: last year's"),
        pytest.param(f"ASTANA - {TALKS} on Monday, the press service said on Tuesday.", "2024-06-10",
                     id="the meeting's day, not the report's"),
        pytest.param(f"ASTANA - {TALKS}, the press service reported on Tuesday.", None,
                     id="the report's day alone, the parser's apposition"),
        pytest.param(f"ASTANA - The government said on Tuesday that {TALKS}.", None, id="said on Tuesday that"),
        pytest.param(f"ASTANA - {GOLOVCHENKO}, who arrived in Astana on 4 June, held talks with {BEKTENOV}.", None,
                     id="the arrival in a clause on the visitor"),
        pytest.param(f"ASTANA - {TALKS} on 3 June and attended a forum on 4 June.", "2024-06-03",
                     id="another event's day in the next conjunct"),
        pytest.param(f"Bektenov and Golovchenko meet in Astana on 5 June\nASTANA - {TALKS}.", "2024-06-05",
                     id="the day in the headline"),
    ],
)
def test_the_day_of_a_meeting_is_the_day_stated_for_it(meetings, text, day):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["date"] == day


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {BEKTENOV} and his Belarusian counterpart held talks in Astana on Monday. {GOLOVCHENKO}, "
                     "the Belarusian premier, said the talks were productive.", [BEKTENOV, GOLOVCHENKO],
                     id="named in the sentence after"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with his Belarusian counterpart, {GOLOVCHENKO}, on Monday.",
                     [BEKTENOV, GOLOVCHENKO], id="named beside it"),
        pytest.param(f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} arrived in Astana on Sunday. On Monday, {BEKTENOV} "
                     "held talks with his Belarusian counterpart.", [GOLOVCHENKO, BEKTENOV], id="named before"),
    ],
)
def test_a_counterpart_of_a_country_is_the_person_of_that_country_named_beside_it(meetings, text, expected):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert sorted(found["participants"]) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - Kazakh Prime Minister {BEKTENOV} met the head of the Belarusian government in Astana on "
                     f"Monday. Belarusian Prime Minister {GOLOVCHENKO} said trade had grown.", [BEKTENOV, GOLOVCHENKO],
                     id="the head of the government, a place and a day hung in its phrase"),
        pytest.param(f"ASTANA - Kazakh Prime Minister {BEKTENOV} met the Belarusian prime minister in Astana on Monday. "
                     f"Belarusian Prime Minister {GOLOVCHENKO} said trade had grown.", [BEKTENOV, GOLOVCHENKO],
                     id="a title in lower case"),
        pytest.param(f"ASTANA - {BEKTENOV} held talks with the Belarusian Foreign Minister in Astana. Belarusian Foreign "
                     f"Minister {RYZHENKOV} said trade had grown.", [BEKTENOV, RYZHENKOV], id="the Foreign Minister"),
        pytest.param(f"ASTANA - {BEKTENOV} met the Belarusian Deputy Prime Minister in Astana. Belarusian Prime Minister "
                     f"{GOLOVCHENKO} said trade had grown.", [BEKTENOV], id="another title: no one"),
    ],
)
def test_a_counterpart_told_by_title_and_country_is_the_one_person_named_with_them(meetings, text, expected):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["participants"] == expected


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid a working visit to Astana on 4 June. During the visit, he held talks "
                     f"with {BEKTENOV}.", "2024-06-04", id="during the visit of one day told before"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid a working visit to Astana on 4 June. During his visit, he met "
                     f"{BEKTENOV}.", "2024-06-04", id="during his visit"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid an official visit to Astana on 3-4 June. During the visit, he held "
                     f"talks with {BEKTENOV}.", None, id="a visit of two days told before"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} arrived in Astana on 3 June for a two-day visit. During the visit, he held "
                     f"talks with {BEKTENOV}.", None, id="the first day of a two-day visit"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid a working visit to Astana on 4 June. He held talks with {BEKTENOV}.",
                     None, id="no pointing back to the visit"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} paid a working visit to Astana on 4 June. During the visit, he held talks "
                     f"with {BEKTENOV} on 5 June.", "2024-06-05", id="a day of its own"),
    ],
)
def test_a_meeting_on_a_visit_told_before_is_on_the_one_day_stated_for_it(meetings, text, day):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - {GOLOVCHENKO} held talks with {BEKTENOV}. The talks were not easy.", id="not easy"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} not only met {BEKTENOV} but also toured a plant.", id="not only met"),
        pytest.param(f"ASTANA - The talks between {GOLOVCHENKO} and {BEKTENOV} did not end until late evening.",
                     id="did not end until"),
    ],
)
def test_a_negation_of_something_else_leaves_the_meeting_held(meetings, text):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["participants"] == [GOLOVCHENKO, BEKTENOV]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - The Kazakh President received Prime Minister of Belarus {GOLOVCHENKO} at the Akorda. "
                     f"President {TOKAYEV} of Kazakhstan noted the growth of trade.", [GOLOVCHENKO, TOKAYEV],
                     id="the Kazakh President, named after"),
        pytest.param(f"ASTANA - The Head of State received Prime Minister of Belarus {GOLOVCHENKO} at the Akorda. "
                     f"President {TOKAYEV} noted the growth of trade.", [GOLOVCHENKO, TOKAYEV],
                     id="the Head of State, the one president named"),
        pytest.param(f"{TOKAYEV} receives Belarusian Prime Minister\nASTANA - The Head of State received Prime Minister "
                     f"of Belarus {GOLOVCHENKO} at the Akorda.", [TOKAYEV, GOLOVCHENKO],
                     id="a headline's title with no article"),
        pytest.param(f"ASTANA - The Head of State received Prime Minister of Belarus {GOLOVCHENKO}. President {TOKAYEV} "
                     f"and President {LUKASHENKO} last met in May.", [GOLOVCHENKO], id="two presidents named: no one"),
    ],
)
def test_a_side_told_by_title_as_the_subject_is_the_one_person_named_with_it(meetings, text, expected):
    found = meetings(text, "2024-06-10", PEOPLE)
    assert sorted(found[0]["participants"]) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} met {TOKAYEV}. The talks were also attended by {BEKTENOV}'s adviser "
                     f"{ANALYST}.", [LUKASHENKO, TOKAYEV, ANALYST], id="attended by Z's adviser Y"),
        pytest.param(f"MINSK - {LUKASHENKO} received {TOKAYEV}'s special envoy {NURTLEU}.", [LUKASHENKO, NURTLEU],
                     id="received Z's envoy Y"),
        pytest.param(f"MINSK - {LUKASHENKO}'s talks with {TOKAYEV} lasted three hours.", [LUKASHENKO, TOKAYEV],
                     id="X's talks with Y"),
    ],
)
def test_a_person_named_only_as_whose_title_it_is_takes_no_part(meetings, text, expected):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["participants"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {BEKTENOV} received a Belarusian delegation. The delegation included Deputy Prime Minister "
                     f"{SNOPKOV} and Foreign Minister {RYZHENKOV}.", [BEKTENOV, SNOPKOV, RYZHENKOV],
                     id="the delegation included Y and Z"),
        pytest.param(f"ASTANA - {BEKTENOV} received a Belarusian delegation. Deputy Prime Minister {SNOPKOV}, who headed "
                     "the delegation, briefed him on the plans.", [BEKTENOV, SNOPKOV], id="Y, who headed the delegation"),
        pytest.param(f"ASTANA - {BEKTENOV} received a Belarusian delegation. {SNOPKOV} led the Belarusian delegation.",
                     [BEKTENOV, SNOPKOV], id="Y led the delegation"),
        pytest.param(f"ASTANA - {BEKTENOV} received a Belarusian delegation. Political analyst {ANALYST} said such visits "
                     "were frequent.", [BEKTENOV], id="someone else named after it"),
    ],
)
def test_the_people_told_as_leading_or_in_a_delegation_take_part_in_its_meeting(meetings, text, expected):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["participants"] == expected


# -- a day still to come, a role told by a meeting verb, "also took part" after a mention naming no one --------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 10 June. {BEKTENOV} is in Minsk to attend a "
                     "meeting of the Eurasian Intergovernmental Council on 12 June.",
                     [meeting([GOLOVCHENKO, BEKTENOV], "2024-06-10", "Minsk")], id="a council meeting two days on"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 2 July.", [],
                     id="a day three weeks on: not yet held"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 20 December.",
                     [meeting([GOLOVCHENKO, BEKTENOV], "2023-12-20", "Minsk")], id="a day months on: last year's"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 10 June. Deputy Prime Minister {ZHUMANGARIN}, "
                     "who chairs the Kazakh part of the intergovernmental commission, also attended.",
                     [meeting([GOLOVCHENKO, BEKTENOV, ZHUMANGARIN], "2024-06-10", "Minsk")],
                     id="who chairs the commission: a role, not a meeting"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 10 June. The talks then continued in an "
                     f"expanded format. Deputy Prime Minister {ZHUMANGARIN} also took part.",
                     [meeting([GOLOVCHENKO, BEKTENOV, ZHUMANGARIN], "2024-06-10", "Minsk")],
                     id="the talks continued, Z also took part"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {BEKTENOV} on 10 June. Deputy Prime Minister {ZHUMANGARIN} "
                     "took part in a business forum.", [meeting([GOLOVCHENKO, BEKTENOV], "2024-06-10", "Minsk")],
                     id="took part in another event"),
    ],
)
def test_upcoming_days_roles_and_those_who_also_took_part(meetings, text, expected):
    assert meetings(text, "2024-06-10", PEOPLE) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} in Minsk on Monday.\n\nSeparately, talks between the "
                     f"foreign ministers of the two countries took place. {RYZHENKOV} thanked {NURTLEU} for the work of the "
                     "commission.", [meeting([LUKASHENKO, TOKAYEV], "2024-06-10", "Minsk"),
                                     meeting([RYZHENKOV, NURTLEU], None, "Minsk")], id="another meeting told with titles"),
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} in Minsk on Monday.\n\nThe talks between the presidents "
                     f"lasted three hours. {LUKASHENKO} thanked {TOKAYEV} for the visit.",
                     [meeting([LUKASHENKO, TOKAYEV], "2024-06-10", "Minsk")], id="the same meeting told again"),
    ],
)
def test_a_later_meeting_told_with_titles_is_of_the_people_named_after_it(meetings, text, expected):
    assert meetings(text, "2024-06-11", PEOPLE) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {TOKAYEV} welcomed {LUKASHENKO}'s initiative to create a joint fund.", [],
                     id="welcomed Y's initiative"),
        pytest.param(f"ASTANA - {TOKAYEV} welcomed {LUKASHENKO}'s decision to open a trade house in Almaty.", [],
                     id="welcomed Y's decision"),
        pytest.param(f"ASTANA - {TOKAYEV} welcomed {LUKASHENKO} to Astana.", [[TOKAYEV, LUKASHENKO]], id="welcomed Y"),
        pytest.param(f"ASTANA - {TOKAYEV} discussed with {LUKASHENKO} the prospects of cooperation.",
                     [[TOKAYEV, LUKASHENKO]], id="discussed with Y"),
    ],
)
def test_a_verb_of_two_people_needs_the_second_as_its_counterpart(meetings, text, expected):
    assert [m["participants"] for m in meetings(text, "2024-06-10", PEOPLE)] == expected


def test_a_person_named_inside_a_quote_after_a_meeting_told_with_titles_is_no_side(meetings):
    text = (f"ASTANA - The two presidents held talks in the Akorda on Monday. \"I spoke to {BEKTENOV} about it "
            f"yesterday,\" {TOKAYEV} said. {LUKASHENKO} agreed.")
    assert meetings(text, "2024-06-10", PEOPLE) == [meeting([TOKAYEV, LUKASHENKO], "2024-06-10", "Astana")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"ASTANA - {TOKAYEV} met with {GOLOVCHENKO}, Akorda spokesman {SPOKESMAN} said.", [TOKAYEV, GOLOVCHENKO],
                     id="met with Y, the spokesman Z said"),
        pytest.param(f"ASTANA - {TOKAYEV} met with {GOLOVCHENKO}, who conveyed greetings from {LUKASHENKO}.",
                     [TOKAYEV, GOLOVCHENKO], id="greetings from Z in a clause on Y"),
        pytest.param(f"ASTANA - {TOKAYEV} met with {GOLOVCHENKO} at the invitation of {BEKTENOV}.", [TOKAYEV, GOLOVCHENKO],
                     id="at the invitation of Z"),
    ],
)
def test_a_reporter_or_a_person_in_another_phrase_of_the_meeting_sentence_takes_no_part(meetings, text, expected):
    (found,) = meetings(text, "2024-06-10", PEOPLE)
    assert found["participants"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} in Minsk on Monday.\n\nLater in the day, the prime ministers "
                     f"of the two countries held talks. {GOLOVCHENKO} thanked {BEKTENOV} for the work of the commission.",
                     [meeting([LUKASHENKO, TOKAYEV], "2024-06-10", "Minsk"),
                      meeting([GOLOVCHENKO, BEKTENOV], "2024-06-10", "Minsk")], id="later, the prime ministers"),
        pytest.param(f"MINSK - {LUKASHENKO} and {TOKAYEV} toured a tractor plant in Minsk on Monday. Later in the day, the "
                     f"two leaders held talks. {LUKASHENKO} said trade had grown.",
                     [meeting([LUKASHENKO, TOKAYEV], "2024-06-10", "Minsk")], id="later, the two leaders named before"),
    ],
)
def test_a_later_meeting_of_sides_told_by_title_takes_the_people_named_after_it(meetings, text, expected):
    assert meetings(text, "2024-06-11", PEOPLE) == expected
