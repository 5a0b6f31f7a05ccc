"""Meeting families read across the clause and the sentence: the day of a visit against the day of its talks, who
takes part when the text names them through a pronoun, a quote, a gapped clause or a delegation, the quoted source
who takes none, the city when the meeting is placed away from the dateline, and the day told relative to the story.

Each sentence is written for this file in the style of Kazinform and BelTA stories and annotated by GUIDELINES.md
("Decisions on borderline cases"). People are pinned as PERSON spans (see test_meetings), so these specify event
linking whatever the tagger makes of a name.
"""
import pytest

from test_meetings import meeting, meetings, tagged  # noqa: F401  (fixtures)

GOLOVCHENKO, SMAILOV, TOKAYEV, LUKASHENKO = "Roman Golovchenko", "Alikhan Smailov", "Kassym-Jomart Tokayev", "Aleksandr Lukashenko"
NURTLEU, ALEINIK, RYZHENKOV = "Murat Nurtleu", "Sergei Aleinik", "Maxim Ryzhenkov"
ASHIMBAYEV, KOCHANOVA, KOSHANOV = "Maulen Ashimbayev", "Natalya Kochanova", "Yerlan Koshanov"
ZHUMANGARIN, KARANKEVICH, VASSILENKO, SHESTAKOV = "Serik Zhumangarin", "Viktor Karankevich", "Roman Vassilenko", "Yevgeny Shestakov"
XI, MIRZIYOYEV, SAIDOV, LI = "Xi Jinping", "Shavkat Mirziyoyev", "Bakhtiyor Saidov", "Li Qiang"
SPOKESMAN, AMBASSADOR, UALI, SEITKALI = "Aibek Smadiyarov", "Bolat Sarsenbayev", "Berik Uali", "Aigerim Seitkali"
BULEKPAYEV, YEFIMOV = "Yermaganbet Bulekpayev", "Alexander Yefimov"


# -- the day of a visit is not the day of its talks, unless the talks are told on it --------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA. KAZINFORM - Belarusian Prime Minister {GOLOVCHENKO} arrived in Astana on 3 May for a "
                     f"two-day official visit. On 4 May, he held talks with Kazakh Prime Minister {SMAILOV} at the "
                     "Government House.", "2023-05-04", id="the talks told on the second day"),
        pytest.param(f"ASTANA. KAZINFORM - Belarusian Prime Minister {GOLOVCHENKO} arrived in Astana on 3 May for a "
                     f"two-day official visit. During the visit, he held talks with Kazakh Prime Minister {SMAILOV}.",
                     None, id="during a two-day visit"),
        pytest.param(f"ASTANA. KAZINFORM - Belarusian Prime Minister {GOLOVCHENKO}, who arrived in Astana on 3 May on a "
                     f"two-day official visit, held talks with Kazakh Prime Minister {SMAILOV}.", None,
                     id="the first day of a two-day visit, in a clause on the visitor"),
        pytest.param(f"ASTANA. KAZINFORM - Belarusian Prime Minister {GOLOVCHENKO}, who arrived in Astana on 3 May for a "
                     f"three-day visit, met with Kazakh Prime Minister {SMAILOV}.", None, id="a three-day visit"),
        pytest.param(f"MINSK, 3 May (BelTA) - President {LUKASHENKO} held talks with Kazakh President {TOKAYEV}, who is "
                     "in Minsk on a state visit.", None, id="the dateline day alone"),
    ],
)
def test_the_first_day_of_a_visit_of_several_days_is_not_the_day_of_its_talks(meetings, text, day):
    people = [GOLOVCHENKO, SMAILOV, LUKASHENKO, TOKAYEV]
    (found,) = meetings(text, "2023-05-05", people)
    assert found["date"] == day and len(found["participants"]) == 2


# -- who takes part: a pronoun, "you" in a quote, the participle's subject, the gapped co-chair ---------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(f"Chairperson of the Council of the Republic {KOCHANOVA} arrived in Astana on 14 March. On 15 March, "
                     f"she held talks with Senate Speaker {ASHIMBAYEV}.",
                     [meeting([KOCHANOVA, ASHIMBAYEV], "2024-03-15", "Astana")], id="she, the visitor"),
        pytest.param(f"ASTANA - Chairperson of the Council of the Republic {KOCHANOVA} held talks with Senate Speaker "
                     f"{ASHIMBAYEV} on 14 March. She also met with Chairman of the Majilis {KOSHANOV}.",
                     [meeting([KOCHANOVA, ASHIMBAYEV], "2024-03-14", "Astana"),
                      meeting([KOCHANOVA, KOSHANOV], None, "Astana")], id="she also met: a second meeting"),
        pytest.param(f"Kazakh Foreign Minister {NURTLEU}, speaking to journalists after talks with Belarusian counterpart "
                     f"{RYZHENKOV}, said trade had grown. Earlier in the day, he met with President {LUKASHENKO}.",
                     [meeting([NURTLEU, RYZHENKOV]), meeting([NURTLEU, LUKASHENKO])],
                     id="X, speaking after talks with Y, said"),
    ],
)
def test_a_pronoun_or_a_participle_stands_for_the_person_it_is_said_of(meetings, text, expected):
    people = [KOCHANOVA, ASHIMBAYEV, KOSHANOV, NURTLEU, RYZHENKOV, LUKASHENKO]
    assert meetings(text, "2024-05-13" if "Earlier" in text else "2024-03-16", people) == expected


@pytest.mark.parametrize(
    "text, people, city",
    [
        pytest.param(f"MINSK - \"Welcome to Minsk. It is always a pleasure to meet you,\" {LUKASHENKO} told Kazakh Foreign "
                     f"Minister {NURTLEU} on 12 May.", [LUKASHENKO, NURTLEU], "Minsk", id="a pleasure to meet you, X told Y"),
        pytest.param(f"ASTANA - \"Welcome to Astana, it is good to meet you again,\" {TOKAYEV} said to {GOLOVCHENKO} on "
                     "12 May.", [TOKAYEV, GOLOVCHENKO], "Astana", id="X said to Y"),
        pytest.param(f"MINSK - \"I am glad to see you in Minsk again,\" {LUKASHENKO} said at the start of the meeting "
                     f"with {NURTLEU} on 12 May.", [LUKASHENKO, NURTLEU], "Minsk", id="at the start of the meeting with Y"),
    ],
)
def test_the_speaker_meets_the_you_the_quote_is_told_to_on_the_day_it_is_told(meetings, text, people, city):
    assert meetings(text, "2024-05-13", people) == [meeting(people, "2024-05-12", city)]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("The 19th session of the Belarusian-Kazakh intergovernmental commission on trade and economic "
                     f"cooperation was held in Minsk on 20 October. The Kazakh side was led by Deputy Prime Minister "
                     f"{ZHUMANGARIN}, the Belarusian side by Deputy Prime Minister {KARANKEVICH}.",
                     [ZHUMANGARIN, KARANKEVICH], id="the sides led by X and Y in the next sentence"),
        pytest.param(f"Deputy Prime Minister {ZHUMANGARIN} co-chaired the 19th meeting of the Kazakh-Belarusian "
                     "intergovernmental commission in Minsk on 20 October. The Belarusian side was headed by Deputy "
                     f"Prime Minister {KARANKEVICH}.", [ZHUMANGARIN, KARANKEVICH],
                     id="X co-chaired the meeting of the commission; the other side in the next sentence"),
        pytest.param("Political consultations between the foreign ministries of Belarus and Kazakhstan were held in "
                     f"Minsk on 20 October. The Kazakh delegation was headed by Deputy Foreign Minister {VASSILENKO}, the "
                     f"Belarusian one by Deputy Foreign Minister {SHESTAKOV}.", [VASSILENKO, SHESTAKOV],
                     id="the Belarusian one by Y: a gapped clause"),
    ],
)
def test_the_heads_of_the_sides_named_in_the_next_sentence_take_part(meetings, text, people):
    assert meetings(text, "2023-10-21", people) == [meeting(people, "2023-10-20", "Minsk")]


@pytest.mark.parametrize(
    "text, people, day",
    [
        pytest.param(f"Talks between the Belarusian delegation headed by Foreign Minister {RYZHENKOV} and the Kazakh "
                     f"delegation headed by Foreign Minister {NURTLEU} were held in Minsk on 2 April.",
                     [RYZHENKOV, NURTLEU], "2025-04-02", id="talks between two delegations headed by X and Y"),
        pytest.param(f"Belarusian Prime Minister {GOLOVCHENKO} met with a delegation of Kazakhstan's Karaganda region "
                     f"headed by akim {BULEKPAYEV} in Minsk on 2 April.", [GOLOVCHENKO, BULEKPAYEV], "2025-04-02",
                     id="the day on the clause of the delegation's head"),
    ],
)
def test_a_delegation_headed_by_someone_brings_its_head(meetings, text, people, day):
    assert meetings(text, "2025-04-03", people) == [meeting(people, day, "Minsk")]


# -- a quoted or cited source takes no part --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, source",
    [
        pytest.param(f"MINSK - According to Kazakh Ambassador to Belarus {AMBASSADOR}, {TOKAYEV} and {LUKASHENKO} held "
                     "talks on 12 May.", AMBASSADOR, id="according to X"),
        pytest.param(f"MINSK - {TOKAYEV} met with {LUKASHENKO} on 12 May, the Kazakh Foreign Ministry's spokesman "
                     f"{SPOKESMAN} told reporters.", SPOKESMAN, id="the spokesman told reporters"),
        pytest.param(f"MINSK - {TOKAYEV} met with {LUKASHENKO} on 12 May, Akorda press secretary {UALI} wrote on his "
                     "Telegram channel.", UALI, id="the press secretary wrote"),
        pytest.param(f"MINSK - {TOKAYEV} and {LUKASHENKO} held talks in narrow format on 12 May, Kazinform correspondent "
                     f"{SEITKALI} reports.", SEITKALI, id="the correspondent reports"),
    ],
)
def test_a_source_who_tells_of_the_meeting_takes_no_part(meetings, text, source):
    assert meetings(text, "2024-05-13", [TOKAYEV, LUKASHENKO, source]) == [
        meeting([TOKAYEV, LUKASHENKO], "2024-05-12", "Minsk")]


def test_a_spokesperson_quoted_after_the_meeting_takes_no_part(meetings):
    text = (f"\"The sides agreed to raise trade to $2 billion,\" Kazakh Foreign Ministry spokesperson {SPOKESMAN} said "
            f"after {NURTLEU} met {RYZHENKOV} in Astana.")
    assert meetings(text, "2024-05-13", [SPOKESMAN, NURTLEU, RYZHENKOV]) == [meeting([NURTLEU, RYZHENKOV], None, "Astana")]


# -- the city: the one the text puts the meeting in, not the dateline's ----------------------------------------------

@pytest.mark.parametrize(
    "text, people, city",
    [
        pytest.param(f"MINSK - Belarusian Foreign Minister {ALEINIK} held talks with his Uzbek counterpart {SAIDOV} "
                     "during his visit to Tashkent on 3 July.", [ALEINIK, SAIDOV], "Tashkent", id="during his visit to"),
        pytest.param(f"MINSK - {LUKASHENKO} met with Chinese President {XI} on the sidelines of the SCO summit in Astana "
                     "on 3 July.", [LUKASHENKO, XI], "Astana", id="on the sidelines of the summit in"),
        pytest.param(f"MINSK - Belarusian Prime Minister {GOLOVCHENKO} met with Chinese Premier {LI} in Beijing on 3 July.",
                     [GOLOVCHENKO, LI], "Beijing", id="in a city abroad"),
        pytest.param(f"ASTANA - On the sidelines of the CIS summit in Minsk, {TOKAYEV} met with {MIRZIYOYEV} on 3 July.",
                     [TOKAYEV, MIRZIYOYEV], "Minsk", id="the sidelines fronted"),
        pytest.param(f"ASTANA - {TOKAYEV} held talks with Uzbek President {MIRZIYOYEV} in Samarkand on 3 July, on the "
                     "sidelines of the SCO summit.", [TOKAYEV, MIRZIYOYEV], "Samarkand", id="the city and the sidelines"),
        pytest.param(f"MINSK - {TOKAYEV} and {LUKASHENKO} held talks in the Kazakh capital on 3 July.",
                     [TOKAYEV, LUKASHENKO], "Astana", id="the Kazakh capital"),
        pytest.param(f"ASTANA - {NURTLEU} held talks with {RYZHENKOV} in the Belarusian capital on 3 July.",
                     [NURTLEU, RYZHENKOV], "Minsk", id="the Belarusian capital"),
        pytest.param(f"ASTANA - {TOKAYEV}, on a state visit to Minsk, held talks with {LUKASHENKO} on 3 July.",
                     [TOKAYEV, LUKASHENKO], "Minsk", id="X, on a visit to the city, held talks"),
        pytest.param(f"MINSK - Belarusian Foreign Minister {RYZHENKOV}, who is in Astana for a meeting of the CIS Council "
                     f"of Foreign Ministers, held talks with {NURTLEU} on 3 July.", [RYZHENKOV, NURTLEU], "Astana",
                     id="who is in the city for a meeting"),
        pytest.param(f"MINSK - {GOLOVCHENKO} held talks with {SMAILOV} at the Government House in Astana on 3 July.",
                     [GOLOVCHENKO, SMAILOV], "Astana", id="a venue in a city abroad"),
        pytest.param("MINSK - The 19th meeting of the Kazakh-Belarusian intergovernmental commission in Astana on 3 July "
                     f"was co-chaired by {ZHUMANGARIN} and {KARANKEVICH}.", [ZHUMANGARIN, KARANKEVICH], "Astana",
                     id="the meeting of the commission in the city"),
    ],
)
def test_the_city_the_text_puts_the_meeting_in_beats_the_dateline(meetings, text, people, city):
    assert meetings(text, "2024-07-04", people) == [meeting(people, "2024-07-03", city)]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(f"MINSK - While on a visit to Uzbekistan, Belarusian Foreign Minister {ALEINIK} met with Uzbek "
                     f"President {MIRZIYOYEV} on 3 July.", [ALEINIK, MIRZIYOYEV], id="while on a visit to a country"),
        pytest.param(f"MINSK - {LUKASHENKO}, who is on a state visit to China, met with Chinese Premier {LI} on 3 July.",
                     [LUKASHENKO, LI], id="who is on a visit to a country"),
        pytest.param(f"MINSK - {LUKASHENKO} is on a state visit to China. On 3 July, he held talks with Chinese President "
                     f"{XI}.", [LUKASHENKO, XI], id="the visit told in the sentence before"),
    ],
)
def test_a_meeting_in_another_country_than_the_datelines_has_no_city(meetings, text, people):
    assert meetings(text, "2024-07-04", people) == [meeting(people, "2024-07-03", None)]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"From 20 to 22 June 2019, in the city of Nur-Sultan, {NURTLEU} held talks with {ALEINIK}.",
                     "Nur-Sultan", id="in the city of X, a name of two words"),
        pytest.param(f"From 20 to 22 June 2019 in the city of Nur-Sultan (Kazakhstan) a meeting of the working group was "
                     f"held. {NURTLEU} took part in the meeting.", "Nur-Sultan", id="in the city of X (country)"),
        pytest.param(f"A meeting of the working group (Nur-Sultan) was held from 20 to 22 June 2019. {NURTLEU} took part "
                     "in the meeting.", "Nur-Sultan", id="a city of two words in brackets"),
    ],
)
def test_a_city_of_several_words_is_read_as_a_whole(meetings, text, city):
    (found,) = meetings(text, "2019-06-24", [NURTLEU, ALEINIK])
    assert (found["date"], found["location"]) == ("2019-06-20", city)


# -- the day, told relative to the story or beside another ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - On Tuesday, {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO}.", "2024-05-14",
                     id="on Tuesday in a Thursday story"),
        pytest.param(f"ASTANA - {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO} yesterday.", "2024-05-15",
                     id="yesterday"),
        pytest.param(f"ASTANA - Earlier today, {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO}.", "2024-05-16",
                     id="earlier today"),
        pytest.param(f"ASTANA - {TOKAYEV} held talks with {GOLOVCHENKO} last week.", None, id="last week: no day"),
        pytest.param(f"ASTANA - {TOKAYEV} received Belarusian Prime Minister {GOLOVCHENKO} on 5-6 May.", "2024-05-05",
                     id="on 5-6 May: the first"),
        pytest.param(f"ASTANA - {TOKAYEV} and {GOLOVCHENKO} held talks in Astana on Monday, 13 May.", "2024-05-13",
                     id="a weekday and its date"),
        pytest.param(f"ASTANA - {TOKAYEV} received {GOLOVCHENKO} on the eve of the CSTO summit.", None,
                     id="on the eve of a summit no day tells"),
        pytest.param(f"ASTANA - {TOKAYEV} received {GOLOVCHENKO} on Wednesday, 15 May, the Akorda press service said.",
                     "2024-05-15", id="the day of the meeting, not of the report"),
        pytest.param(f"ASTANA - {TOKAYEV} received {GOLOVCHENKO} yesterday, the Akorda website reported on 16 May.",
                     "2024-05-15", id="yesterday, reported on a day"),
        pytest.param(f"ASTANA - The talks between {TOKAYEV} and {GOLOVCHENKO}, held on 12 May in Astana, focused on "
                     "industrial cooperation.", "2024-05-12", id="the talks, held on a day"),
    ],
)
def test_the_day_of_a_meeting_is_the_one_stated_for_it(meetings, text, day):
    (found,) = meetings(text, "2024-05-16", [TOKAYEV, GOLOVCHENKO])
    assert found["date"] == day and found["location"] == "Astana"


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"Tokayev receives Belarusian PM\n\nASTANA - {TOKAYEV} received Belarusian Prime Minister "
                     f"{GOLOVCHENKO} on Wednesday. The sides discussed trade.", "2024-05-15", id="the day in the lede"),
        pytest.param(f"Tokayev, Golovchenko meet in Astana on 15 May\n\nASTANA - {TOKAYEV} received Belarusian Prime "
                     f"Minister {GOLOVCHENKO} at the Akorda. The sides discussed trade.", "2024-05-15",
                     id="the day in the headline"),
        pytest.param(f"Tokayev receives Belarusian PM\n- Published: Thursday, 16 May 2024 17:05\nASTANA - {TOKAYEV} "
                     f"received Belarusian Prime Minister {GOLOVCHENKO} on Wednesday.", "2024-05-15",
                     id="a publication line between the headline and the lede"),
        pytest.param(f"Tokayev receives Belarusian PM\n- Published: Thursday, 16 May 2024 17:05\nASTANA - {TOKAYEV} "
                     f"received Belarusian Prime Minister {GOLOVCHENKO} at the Akorda.", None,
                     id="the day of publication is no day of the meeting"),
    ],
)
def test_a_restated_meeting_takes_the_day_of_any_mention_and_none_from_a_publication_line(meetings, text, day):
    assert meetings(text, "2024-05-16", [TOKAYEV, GOLOVCHENKO]) == [meeting([TOKAYEV, GOLOVCHENKO], day, "Astana")]


# -- "they", "their": the people named before; a title with "of <country>" after the name ----------------------------

HAITHAM, RAHMON = "Haitham bin Tariq Al Said", "Emomali Rahmon"


@pytest.mark.parametrize(
    "text, people, earlier_city",
    [
        pytest.param(f"ASTANA - {TOKAYEV} held talks with {MIRZIYOYEV} on 3 July. They last met in Tashkent in March.",
                     [TOKAYEV, MIRZIYOYEV], "Tashkent", id="they last met"),
        pytest.param(f"ASTANA - {TOKAYEV} held talks with {MIRZIYOYEV} on 3 July. They had met in Tashkent in March, "
                     "the Akorda said.", [TOKAYEV, MIRZIYOYEV], "Tashkent", id="they had met"),
        pytest.param(f"MUSCAT - {LUKASHENKO} held talks with Sultan {HAITHAM} of Oman on 3 July. The Belarusian "
                     "President and the Sultan of Oman hailed the progress made since their last meeting in Minsk.",
                     [LUKASHENKO, HAITHAM], "Minsk", id="their last meeting: the role phrases of a Sultan X of Oman"),
        pytest.param(f"DUSHANBE - {LUKASHENKO} held talks with President {RAHMON} of Tajikistan on 3 July. The "
                     "Belarusian President and the President of Tajikistan recalled their previous meeting in Minsk.",
                     [LUKASHENKO, RAHMON], "Minsk", id="the President of Tajikistan"),
    ],
)
def test_they_or_their_earlier_meeting_is_of_the_people_named_before(meetings, text, people, earlier_city):
    found = meetings(text, "2025-07-04", people)
    assert [(m["participants"], m["location"]) for m in found][1:] == [(people, earlier_city)]
    assert found[0]["participants"] == people and found[0]["date"] == "2025-07-03"


def test_they_with_one_person_named_before_is_no_one(meetings):
    text = f"ASTANA - {TOKAYEV} received the ambassadors of the EU countries. They met in the Akorda."
    assert meetings(text, "2025-07-04", [TOKAYEV]) == [meeting([TOKAYEV], None, "Astana")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} on 3 July. They discussed the exhibition that had opened "
                     "in Astana.", id="an exhibition that opened in a city"),
        pytest.param(f"MINSK - {LUKASHENKO} met with {TOKAYEV} on 3 July. They discussed the plant that will be built in "
                     "Kostanay.", id="a plant to be built in a city"),
    ],
)
def test_a_city_in_a_clause_on_a_topic_is_not_where_they_met(meetings, text):
    assert meetings(text, "2025-07-04", [LUKASHENKO, TOKAYEV]) == [meeting([LUKASHENKO, TOKAYEV], "2025-07-03", "Minsk")]


# -- who else is in the sentence: attending, accompanying; inviting, sending, recalled ---------------------------------

SARSENBAYEV = AMBASSADOR


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(f"Also attending the meeting was Kazakh Ambassador {SARSENBAYEV}.", id="also attending the meeting was X"),
        pytest.param(f"Also present at the talks was Kazakh Ambassador {SARSENBAYEV}.", id="also present at the talks was X"),
        pytest.param(f"Kazakh Ambassador {SARSENBAYEV} also took part in the meeting.", id="X also took part in the meeting"),
        pytest.param(f"The talks were also attended by Kazakh Ambassador {SARSENBAYEV}.", id="the talks were attended by X"),
    ],
)
def test_a_person_attending_the_meeting_told_before_takes_part_in_it(meetings, second):
    text = f"MINSK - {GOLOVCHENKO} held talks with {SMAILOV} on 3 July. {second}"
    assert meetings(text, "2024-07-04", [GOLOVCHENKO, SMAILOV, SARSENBAYEV]) == [
        meeting([GOLOVCHENKO, SMAILOV, SARSENBAYEV], "2024-07-03", "Minsk")]


@pytest.mark.parametrize(
    "text, people, expected",
    [
        pytest.param(f"MINSK - At the invitation of {KOCHANOVA}, Kazakh Senate Speaker {ASHIMBAYEV} met with Belarusian "
                     f"Prime Minister {GOLOVCHENKO} on 3 July.", [KOCHANOVA, ASHIMBAYEV, GOLOVCHENKO],
                     [ASHIMBAYEV, GOLOVCHENKO], id="at the invitation of X"),
        pytest.param(f"ASTANA - On the instructions of President {TOKAYEV}, Deputy Prime Minister {ZHUMANGARIN} met with "
                     f"Belarusian Industry Minister {YEFIMOV} on 3 July.", [TOKAYEV, ZHUMANGARIN, YEFIMOV],
                     [ZHUMANGARIN, YEFIMOV], id="on the instructions of X"),
        pytest.param(f"ASTANA - {TOKAYEV} received {GOLOVCHENKO}, who handed over a message from {LUKASHENKO}, on 3 July.",
                     [TOKAYEV, GOLOVCHENKO, LUKASHENKO], [TOKAYEV, GOLOVCHENKO], id="a message from X"),
        pytest.param(f"MINSK - {LUKASHENKO} met with Kazakh Prime Minister {SMAILOV} on 3 July to discuss the agreements "
                     f"reached by {TOKAYEV} and him in Astana.", [LUKASHENKO, SMAILOV, TOKAYEV], [LUKASHENKO, SMAILOV],
                     id="the agreements reached by X"),
        pytest.param(f"MINSK - {LUKASHENKO}, accompanied by Foreign Minister {RYZHENKOV}, held talks with {TOKAYEV} on 3 July.",
                     [LUKASHENKO, RYZHENKOV, TOKAYEV], [LUKASHENKO, RYZHENKOV, TOKAYEV], id="accompanied by X"),
        pytest.param(f"MINSK - {LUKASHENKO} and {TOKAYEV} held talks in narrow and expanded formats on 3 July. The expanded "
                     f"talks were attended by the prime ministers {GOLOVCHENKO} and {SMAILOV}.",
                     [LUKASHENKO, TOKAYEV, GOLOVCHENKO, SMAILOV], [LUKASHENKO, TOKAYEV, GOLOVCHENKO, SMAILOV],
                     id="the expanded talks attended by X and Y"),
    ],
)
def test_who_invited_sent_or_is_talked_about_takes_no_part_and_who_came_along_does(meetings, text, people, expected):
    city = "Astana" if text.startswith("ASTANA") else "Minsk"
    assert meetings(text, "2024-07-04", people) == [meeting(expected, "2024-07-03", city)]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(f"{NURTLEU} conveyed warm greetings from President {TOKAYEV}.", id="greetings from X"),
        pytest.param(f"The Kazakh minister noted that {TOKAYEV} had asked him to convey his greetings.", id="X had asked him"),
        pytest.param(f"\"I am grateful to you for the invitation,\" {NURTLEU} said.", id="grateful to you"),
        pytest.param(f"\"We discussed all the issues,\" the ministry's spokesman {SPOKESMAN} quoted {NURTLEU} as saying.",
                     id="the spokesman quoted X"),
    ],
)
def test_a_second_sentence_that_names_no_new_meeting_adds_no_one(meetings, second):
    text = f"MINSK - {LUKASHENKO} received Kazakh Foreign Minister {NURTLEU} on 3 July. {second}"
    assert meetings(text, "2024-07-04", [LUKASHENKO, NURTLEU, TOKAYEV, SPOKESMAN]) == [
        meeting([LUKASHENKO, NURTLEU], "2024-07-03", "Minsk")]


def test_a_meeting_recalled_at_the_meeting_is_another(meetings):
    text = (f"ASTANA - Belarusian Prime Minister {GOLOVCHENKO} was received by President {TOKAYEV} at the Akorda on 3 "
            f"July. During the meeting, {TOKAYEV} recalled his talks with {LUKASHENKO} in Minsk last year.")
    assert meetings(text, "2024-07-04", [GOLOVCHENKO, TOKAYEV, LUKASHENKO]) == [
        meeting([GOLOVCHENKO, TOKAYEV], "2024-07-03", "Astana"), meeting([TOKAYEV, LUKASHENKO], None, "Minsk")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"President {TOKAYEV} received the Belarusian delegation headed by Prime Minister {GOLOVCHENKO} at "
                     "the Akorda on 3 July.", id="at the Akorda, hung on the clause of the delegation's head"),
        pytest.param(f"The Majilis Chairman {TOKAYEV} received a delegation of the Belarusian parliament on 3 July in "
                     f"Astana. The Belarusian delegation was led by {GOLOVCHENKO}.", id="the delegation led by X, next"),
    ],
)
def test_the_delegation_and_its_head_are_one_side_of_the_meeting(meetings, text):
    assert meetings(text, "2024-07-04", [TOKAYEV, GOLOVCHENKO]) == [
        meeting([TOKAYEV, GOLOVCHENKO], "2024-07-03", "Astana")]


# -- possible or prepared meetings are not held; a modal of what was done at a held one changes nothing -------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ASTANA - {TOKAYEV} and {LUKASHENKO} could meet on the sidelines of the SCO summit in July, "
                     f"{NURTLEU} said.", id="could meet"),
        pytest.param(f"ASTANA - {TOKAYEV} may hold talks with {LUKASHENKO} in Minsk in the autumn.", id="may hold talks"),
        pytest.param(f"ASTANA - {NURTLEU} said {TOKAYEV} should meet {LUKASHENKO} before the end of the year.",
                     id="should meet"),
        pytest.param(f"ASTANA - A meeting between {TOKAYEV} and {LUKASHENKO} is being prepared, {NURTLEU} said.",
                     id="a meeting is being prepared"),
        pytest.param(f"ASTANA - Talks between {TOKAYEV} and {LUKASHENKO} were proposed by the Belarusian side.",
                     id="talks were proposed"),
        pytest.param(f"ASTANA - {NURTLEU} said the ministries are preparing to hold talks between {TOKAYEV} and "
                     f"{LUKASHENKO}.", id="preparing to hold talks"),
    ],
)
def test_a_possible_or_prepared_meeting_is_no_record(meetings, text):
    assert meetings(text, "2024-07-04", [TOKAYEV, LUKASHENKO, NURTLEU]) == []


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("During the talks, the sides could not agree on the price of gas.", id="during the talks they could not"),
        pytest.param("At the meeting, the presidents would not comment on the oil dispute.", id="at the meeting they would not"),
    ],
)
def test_a_modal_of_what_was_done_at_a_held_meeting_keeps_it_held(meetings, second):
    text = f"ASTANA - {TOKAYEV} held talks with {LUKASHENKO} on 3 July. {second}"
    assert meetings(text, "2024-07-04", [TOKAYEV, LUKASHENKO]) == [meeting([TOKAYEV, LUKASHENKO], "2024-07-03", "Astana")]


def test_a_modal_of_what_was_done_at_a_meeting_reported_alone_keeps_it_held(meetings):
    text = f"ASTANA - During the talks on 3 July, {TOKAYEV} and {LUKASHENKO} could not agree on the price of gas."
    assert meetings(text, "2024-07-04", [TOKAYEV, LUKASHENKO]) == [meeting([TOKAYEV, LUKASHENKO], "2024-07-03", "Astana")]


# -- the gathering a meeting was held at, told in the sentence beside it --------------------------------------------

@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - On 3 July, {TOKAYEV} took part in the SCO summit. On the sidelines of the summit, he held "
                     f"talks with {LUKASHENKO}.", "2024-07-03", id="the summit's day in the sentence before"),
        pytest.param(f"ASTANA - The SCO summit took place in Astana on 3-4 July. On the sidelines of the summit, {TOKAYEV} "
                     f"held talks with {LUKASHENKO}.", None, id="a summit of two days tells no day"),
        pytest.param(f"MINSK - On the sidelines of the Eurasian Economic Forum, {TOKAYEV} met with {LUKASHENKO}. The forum "
                     "took place in Astana on 3-4 July.", None, id="the forum's city in the sentence after"),
    ],
)
def test_the_gathering_told_in_the_sentence_beside_brings_its_day_and_city(meetings, text, day):
    assert meetings(text, "2024-07-05", [TOKAYEV, LUKASHENKO]) == [meeting([TOKAYEV, LUKASHENKO], day, "Astana")]


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"ASTANA - On 3 July, {GOLOVCHENKO} arrived in Astana. The next day, he held talks with {SMAILOV}.",
                     "2024-07-04", id="the next day"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} held talks on July 3rd.", "2024-07-03", id="July 3rd"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} held talks on the 3rd of July.", "2024-07-03",
                     id="the 3rd of July"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} held talks on 03.07.2024.", "2024-07-03", id="numeric"),
        pytest.param(f"On July 3 in Astana, {GOLOVCHENKO} met with {SMAILOV}.", "2024-07-03", id="fronted day and city"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV} on 3 July. The talks lasted three hours. On 4 July, "
                     f"{GOLOVCHENKO} visited a tractor plant.", "2024-07-03", id="a later day of something else"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} and {SMAILOV} held talks in Astana on Wednesday. The premiers signed a "
                     "joint statement on Thursday.", "2024-07-03", id="a later weekday of a signing"),
        pytest.param(f"ASTANA - Yesterday's talks between {GOLOVCHENKO} and {SMAILOV} lasted four hours.", "2024-07-04",
                     id="yesterday's talks"),
        pytest.param(f"ASTANA - {SMAILOV} held talks with {GOLOVCHENKO}, who arrived in Astana on 3 July for a one-day "
                     "working visit.", "2024-07-03", id="a one-day visit"),
        pytest.param(f"ASTANA - The Kazakh and Belarusian prime ministers, {SMAILOV} and {GOLOVCHENKO}, met in Astana on "
                     "3 July, the government said on 4 July.", "2024-07-03", id="the day of the meeting, not of the report"),
        pytest.param(f"ASTANA - {GOLOVCHENKO} met with {SMAILOV} at the weekend.", None, id="at the weekend"),
    ],
)
def test_the_day_stated_for_the_meeting_in_the_forms_of_wire_copy(meetings, text, day):
    (found,) = meetings(text, "2024-07-05", [GOLOVCHENKO, SMAILOV])
    assert found["date"] == day and found["location"] == "Astana"


@pytest.mark.parametrize(
    "text, day",
    [
        pytest.param(f"MINSK, July 3 (BelTA) - {LUKASHENKO} met with {TOKAYEV} today.", "--07-03", id="today"),
        pytest.param(f"MINSK, July 3 (BelTA) - {LUKASHENKO} met with {TOKAYEV} yesterday.", "--07-02", id="yesterday"),
    ],
)
def test_a_relative_day_counts_from_the_dateline_day_of_an_undated_story(meetings, text, day):
    assert meetings(text, None, [LUKASHENKO, TOKAYEV]) == [meeting([LUKASHENKO, TOKAYEV], day, "Minsk")]


# -- whole stories: who is only spoken of at a meeting, an earlier meeting recalled, a visit recalled ----------------

NAZARBAYEV, SULTANOV, UTYUPIN, BELSKY = "Nursultan Nazarbayev", "Bakhyt Sultanov", "Pavel Utyupin", "Valery Belsky"

STORY_PEOPLE = [TOKAYEV, LUKASHENKO, GOLOVCHENKO, SMAILOV, NAZARBAYEV, ASHIMBAYEV, KOCHANOVA, SARSENBAYEV, SULTANOV,
                UTYUPIN, BELSKY]

SUMMIT_STORY = f"""Tokayev, Lukashenko discuss trade and cooperation

ASTANA. KAZINFORM - Kazakh President {TOKAYEV} met with Belarusian President {LUKASHENKO} at the Akorda on 15 May, the \
Akorda press service reports.

The heads of state discussed the state and prospects of the Kazakh-Belarusian strategic partnership. During the \
meeting, {TOKAYEV} noted the great contribution of the First President {NAZARBAYEV} to the development of bilateral \
relations.

"We are glad to see you in Astana. Belarus is our reliable partner," the Kazakh President said.

{LUKASHENKO}, in turn, thanked his counterpart for the warm welcome. According to him, mutual trade reached $1.2 billion \
last year.

The talks continued in an expanded format with the participation of Prime Ministers {SMAILOV} and {GOLOVCHENKO}."""

MINISTER_STORY = f"""Belarus, Kazakhstan intend to expand cooperation in industry

MINSK, 12 March (BelTA) - Belarusian Prime Minister {GOLOVCHENKO} met with Kazakh Minister of Trade and Integration \
{SULTANOV}, who is in Minsk on a working visit, BelTA learned from the government press service.

The parties discussed the supply of Belarusian machinery to Kazakhstan and the creation of joint ventures. {GOLOVCHENKO} \
recalled that during the visit of President {LUKASHENKO} to Astana last year, agreements worth $500 million had been \
signed.

Belarusian Industry Minister {UTYUPIN} and Kazakh Ambassador {SARSENBAYEV} also attended the meeting.

Earlier on the same day, {SULTANOV} held talks with Belarusian Minister of Economy {BELSKY}."""

SPEAKER_STORY = f"""Senate Speaker meets Belarusian counterpart

ASTANA, 20 April (Kazinform) - Chairman of the Senate {ASHIMBAYEV} met today with Chairperson of the Council of the \
Republic of the National Assembly of Belarus {KOCHANOVA}.

"Belarus is Kazakhstan's key partner in the EAEU," {ASHIMBAYEV} said at the meeting. He noted that President {TOKAYEV} \
and President {LUKASHENKO} had given a new impetus to cooperation at their talks in Minsk.

{KOCHANOVA} is in Astana to attend the meeting of the CIS Inter-Parliamentary Assembly."""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(SUMMIT_STORY, "2024-05-15", [meeting([TOKAYEV, LUKASHENKO, SMAILOV, GOLOVCHENKO], "2024-05-15", "Astana")],
                     id="a person whose role is noted at the meeting takes no part; the expanded format's do"),
        pytest.param(MINISTER_STORY, None, [meeting([GOLOVCHENKO, SULTANOV, UTYUPIN, SARSENBAYEV], None, "Minsk"),
                                            meeting([SULTANOV, BELSKY], None, "Minsk")],
                     id="attended the meeting: the meeting, not the visit recalled; a title before a name is no role phrase"),
        pytest.param(SPEAKER_STORY, None, [meeting([ASHIMBAYEV, KOCHANOVA], "--04-20", "Astana"),
                                           meeting([TOKAYEV, LUKASHENKO], None, "Minsk")],
                     id="had given an impetus at their talks in Minsk: an earlier meeting, and its city"),
    ],
)
def test_the_meetings_of_a_story_are_those_held_with_the_people_who_took_part(meetings, text, published, expected):
    assert meetings(text, published, STORY_PEOPLE) == expected


AKSAKALOV, PETRISHENKO, VASSILENKO_FULL, SERGEYENKO = "Kairat Aksakalov", "Igor Petrishenko", VASSILENKO, "Igor Sergeyenko"

AKIM_STORY = f"""Lukashenko: Belarus ready to supply Kazakhstan with all types of machinery

MINSK, 5 June (BelTA) - Belarus is ready to supply Kazakhstan with all types of machinery, President {LUKASHENKO} said as \
he met with Akim of North Kazakhstan Region {AKSAKALOV} on 5 June.

"You know our products well. We are ready to build plants in your region," the head of state said.

{AKSAKALOV} noted that the region is interested in Belarusian tractors. The akim also said that a Belarusian-Kazakh \
business forum would be held in Petropavlovsk in September."""

CONSULTATIONS_STORY = f"""Kazakhstan, Belarus hold political consultations

ASTANA - Deputy Foreign Ministers of Kazakhstan and Belarus, {VASSILENKO_FULL} and {PETRISHENKO}, held political \
consultations in Astana on 10 October.

The sides discussed the bilateral agenda and preparations for the upcoming visit of President {LUKASHENKO} to \
Kazakhstan. {PETRISHENKO} was also received by Foreign Minister {NURTLEU}.

During the meeting with the minister, the Belarusian diplomat conveyed greetings from Foreign Minister {RYZHENKOV}."""

DELEGATION_STORY = f"""Belarusian parliamentary delegation visits Astana

ASTANA, 3 March (Kazinform) - A delegation of the House of Representatives of Belarus led by its Chairman {SERGEYENKO} \
arrived in Astana on a working visit on 3 March.

On 4 March, the delegation met with Chairman of the Majilis {KOSHANOV}. The Belarusian guests also held talks with \
Senate Speaker {ASHIMBAYEV}.

At the talks, {ASHIMBAYEV} noted that President {TOKAYEV} attaches great importance to relations with Belarus."""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(AKIM_STORY, "2024-06-05", [meeting([LUKASHENKO, AKSAKALOV], "2024-06-05", "Minsk")],
                     id="a quote headline, an event only announced"),
        pytest.param(CONSULTATIONS_STORY, "2024-10-10", [meeting([VASSILENKO_FULL, PETRISHENKO], "2024-10-10", "Astana"),
                                                         meeting([PETRISHENKO, NURTLEU], None, "Astana")],
                     id="consultations, then a reception; greetings from a third"),
        pytest.param(DELEGATION_STORY, "2024-03-04", [meeting([SERGEYENKO, KOSHANOV], "2024-03-04", "Astana"),
                                                      meeting([SERGEYENKO, ASHIMBAYEV], None, "Astana")],
                     id="the guests held talks: the delegation's leader, without the arrival's day"),
    ],
)
def test_the_meetings_of_a_visit_story(meetings, text, published, expected):
    people = [LUKASHENKO, AKSAKALOV, VASSILENKO_FULL, PETRISHENKO, NURTLEU, RYZHENKOV, SERGEYENKO, KOSHANOV, ASHIMBAYEV,
              TOKAYEV]
    assert meetings(text, published, people) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"TASS quotes {SMAILOV} as saying during a speech at the opening of a business meeting with the Prime "
                     f"Minister of Belarus {GOLOVCHENKO}.", id="quotes X as saying at the meeting with Y"),
        pytest.param(f"{SMAILOV} was quoted as saying at the meeting with the Prime Minister of Belarus {GOLOVCHENKO}.",
                     id="X was quoted as saying at the meeting with Y"),
    ],
)
def test_the_one_quoted_as_saying_at_the_meeting_takes_part(meetings, text):
    assert meetings(text, "2024-07-04", [SMAILOV, GOLOVCHENKO]) == [meeting([SMAILOV, GOLOVCHENKO])]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"MINSK - {LUKASHENKO} travelled to Astana to hold talks with {TOKAYEV} on 3 July.",
                     id="travelled to the city to hold talks"),
        pytest.param(f"MINSK - {LUKASHENKO} flew to Astana on 3 July, where he held talks with {TOKAYEV}.",
                     id="flew to the city, where he held talks"),
    ],
)
def test_the_city_of_the_clause_the_meeting_is_told_in_is_its_city(meetings, text):
    assert meetings(text, "2024-07-04", [LUKASHENKO, TOKAYEV]) == [meeting([LUKASHENKO, TOKAYEV], "2024-07-03", "Astana")]


@pytest.mark.parametrize(
    "text, city",
    [
        pytest.param(f"Kazakh Senate Speaker {ASHIMBAYEV}, who is in Minsk at the invitation of {KOCHANOVA}, laid flowers "
                     f"at the Victory Monument. Then he met with Belarusian Prime Minister {GOLOVCHENKO}.", "Minsk",
                     id="who is in the city at the invitation of"),
        pytest.param(f"Kazakh Senate Speaker {ASHIMBAYEV} is in Tashkent for the summit of the parliaments. On 3 July, he "
                     f"met with {GOLOVCHENKO}.", "Tashkent", id="X is in the city for a summit"),
    ],
)
def test_the_city_someone_is_staying_in_is_the_city_of_their_meeting(meetings, text, city):
    assert meetings(text, "2024-07-04", [ASHIMBAYEV, KOCHANOVA, GOLOVCHENKO]) == [
        meeting([ASHIMBAYEV, GOLOVCHENKO], "2024-07-03" if "3 July" in text else None, city)]
