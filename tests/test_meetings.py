"""Meeting records: one specification per pattern family (sentence in, exact record out).

The people of each sentence are pinned as PERSON spans, so that these tests specify event linking
whatever the tagger makes of a name; tests/test_dev_events.py checks the two together.
"""
import re

import pytest

import kazbel_extract
from spacy.util import filter_spans

from kazbel_extract.events import link_events


@pytest.fixture(scope="module")
def tagged(nlp):
    """The doc of `text` through the pipeline up to event linking, with `people` tagged PERSON."""
    def run(text, published=None, people=()):
        with nlp.select_pipes(disable=["kazbel_events"]):
            ((doc, _),) = nlp.pipe([(text, {"published": published})], as_tuples=True)
        pinned = [doc.char_span(m.start(), m.end(), "PERSON") for name in people for m in re.finditer(name, text)]
        others = [e for e in doc.ents if not any(p.start < e.end and e.start < p.end for p in pinned)]
        doc.ents = filter_spans(pinned + others)
        return doc
    return run


@pytest.fixture(scope="module")
def meetings(tagged):
    def run(text, published=None, people=()):
        return [{k: v for k, v in e.to_dict().items() if k not in ("evidence", "sources", "participant_details")}
                for e in link_events(tagged(text, published, people)) if e.type == "meeting"]
    return run


def meeting(participants, date=None, location=None):
    return {"type": "meeting", "participants": participants, "date": date, "location": location}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(
            "MINSK. KAZINFORM - Prime Minister of Belarus Roman Golovchenko met with Prime Minister of Kazakhstan "
            "Askar Mamin on 12 April.", "2021-04-13",
            meeting(["Roman Golovchenko", "Askar Mamin"], "2021-04-12", "Minsk"), id="X met with Y, dateline city"),
        pytest.param(
            "Belarusian President Aleksandr Lukashenko said as he met with Kazakhstan President Kassym-Jomart "
            "Tokayev in Astana on 16 March.", None,
            meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "--03-16", "Astana"),
            id="X said as he met Y: pronoun subject, year unknown"),
        pytest.param(
            "Talks between Kazakh President Kassym-Jomart Tokayev and Belarusian Prime Minister Roman Golovchenko "
            "took place in Astana on Friday.", "2023-06-14",
            meeting(["Kassym-Jomart Tokayev", "Roman Golovchenko"], "2023-06-09", "Astana"),
            id="talks between X and Y, on Friday"),
        pytest.param(
            "Talks were held between Belarusian Prime Minister Sergei Rumas and Prime Minister of Kazakhstan Askar "
            "Mamin in Minsk on 27 February.", "2020-02-28",
            meeting(["Sergei Rumas", "Askar Mamin"], "2020-02-27", "Minsk"), id="talks were held between X and Y"),
        pytest.param(
            "ASTANA - Kazakh President Kassym-Jomart Tokayev received Belarusian President Aleksandr Lukashenko "
            "today.", "2024-11-27",
            meeting(["Kassym-Jomart Tokayev", "Aleksandr Lukashenko"], "2024-11-27", "Astana"),
            id="X received Y today"),
        pytest.param(
            "Kazakhstan's Deputy Minister of Foreign Affairs Murat Nurtleu summoned Belarus' Ambassador "
            "Pavel Utyupin.", None,
            meeting(["Murat Nurtleu", "Pavel Utyupin"]), id="summoned, no day, no dateline"),
        pytest.param(
            "Chairperson of the Council of the Republic Natalya Kochanova met with a Kazakh delegation led by "
            "Senate Chairman Maulen Ashimbayev.", None,
            meeting(["Natalya Kochanova", "Maulen Ashimbayev"]), id="a delegation led by Y"),
        pytest.param(
            "A Kazakh delegation led by Deputy Prime Minister Roman Sklyar arrived in Minsk on 2 October. During the "
            "meeting with Belarusian Industry Minister Pavel Utyupin, the sides discussed joint projects.", "2019-10-03",
            meeting(["Roman Sklyar", "Pavel Utyupin"], "2019-10-02", "Minsk"),
            id="a delegation led by Y, then the meeting with X"),
        pytest.param(
            "The session of the intergovernmental commission co-chaired by Deputy Prime Minister Viktor "
            "Karankevich and Deputy Prime Minister Serik Zhumangarin was held in Minsk on 26 October.", "2023-10-27",
            meeting(["Viktor Karankevich", "Serik Zhumangarin"], "2023-10-26", "Minsk"),
            id="session co-chaired by"),
        pytest.param(
            "ASTANA - Kazakh Deputy Prime Minister Serik Zhumangarin and Belarusian Deputy Prime Minister Pyotr "
            "Parkhomchik co-chaired the 18th session of the Kazakhstan-Belarus intergovernmental commission on trade "
            "and economic cooperation in Astana on October 13.", "2022-10-14",
            meeting(["Serik Zhumangarin", "Pyotr Parkhomchik"], "2022-10-13", "Astana"),
            id="X and Y co-chaired: a hyphenated verb"),
        pytest.param(
            "Kazakh Defense Minister Nurlan Yermekbayev is on a visit to Minsk. On 17 September he had talks with his "
            "Belarusian counterpart Andrei Ravkov.", "2019-09-18",
            meeting(["Nurlan Yermekbayev", "Andrei Ravkov"], "2019-09-17", "Minsk"),
            id="he: the person the sentence before begins with; the city of the visit"),
        pytest.param(
            "Prime Minister of Belarus Roman Golovchenko and Prime Minister of Kazakhstan Askar Mamin held a "
            "meeting via videoconference on 12 April.", "2021-04-13",
            meeting(["Roman Golovchenko", "Askar Mamin"], "2021-04-12"), id="videoconference"),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev welcomed Belarusian President Aleksandr Lukashenko in Astana on "
            "5 May.", "2023-05-06",
            meeting(["Kassym-Jomart Tokayev", "Aleksandr Lukashenko"], "2023-05-05", "Astana"),
            id="welcomed: a verb that needs two people"),
        pytest.param(
            "Kazakh Foreign Minister Mukhtar Tileuberdi and Belarusian Ambassador Pyotr Vasilevsky discussed bilateral "
            "cooperation yesterday.", "2020-10-05",
            meeting(["Mukhtar Tileuberdi", "Pyotr Vasilevsky"], "2020-10-04"), id="X and Y discussed, yesterday"),
    ],
)
def test_held_meetings(meetings, text, published, expected):
    assert meetings(text, published, expected["participants"]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Aleksandr Lukashenko and Kassym-Jomart Tokayev are set to meet in Minsk on 1 August.",
        "Aleksandr Lukashenko will meet with Kassym-Jomart Tokayev next week.",
        "Aleksandr Lukashenko held a telephone conversation with Kassym-Jomart Tokayev.",
        "Aleksandr Lukashenko and Kassym-Jomart Tokayev had phone talks on 3 May.",
        "Aleksandr Lukashenko and Kassym-Jomart Tokayev discussed trade in a telephone conversation on 9 June.",
        "During a phone call on 9 June, Aleksandr Lukashenko and Kassym-Jomart Tokayev discussed trade.",
        "The next session of the commission co-chaired by Roman Golovchenko will take place in Astana.",
        "Aleksandr Lukashenko hosted a dinner for the diplomats and talked about prices.",
        "Aleksandr Lukashenko met with journalists after the summit.",
        "Aleksandr Lukashenko discussed the prices of fuel.",
    ],
)
def test_planned_meetings_phone_calls_and_meetings_with_the_public_are_not_records(meetings, text):
    assert meetings(text, people=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev", "Roman Golovchenko"]) == []


def test_a_restated_meeting_is_one_record_and_surnames_resolve_to_the_full_name(meetings):
    text = ("Belarus President Aleksandr Lukashenko met with Kazakhstan President Nursultan Nazarbayev in Astana "
            "on 30 May. During the meeting, Lukashenko praised the cooperation. The meeting of Lukashenko and "
            "Nazarbayev lasted three hours.")
    people = ["Aleksandr Lukashenko", "Nursultan Nazarbayev", "Lukashenko", "Nazarbayev"]
    assert meetings(text, "2016-05-31", people) == [
        meeting(["Aleksandr Lukashenko", "Nursultan Nazarbayev"], "2016-05-30", "Astana")]


def test_a_pointing_back_mention_adds_its_people_to_the_meeting(meetings):
    text = ("ASTANA - Senate Speaker Maulen Ashimbayev received a delegation of the National Assembly of Belarus. "
            "The meeting was attended by Belarusian Ambassador Alexei Bogdanov.")
    assert meetings(text, None, ["Maulen Ashimbayev", "Alexei Bogdanov"]) == [
        meeting(["Maulen Ashimbayev", "Alexei Bogdanov"], None, "Astana")]


def test_consultations_are_meetings_and_an_earlier_meeting_is_another(meetings):
    text = ("Foreign Minister Mukhtar Tileuberdi and Foreign Minister Vladimir Makei held consultations on 1 June. "
            "Earlier, Makei held negotiations with Prime Minister Askar Mamin.")
    people = ["Mukhtar Tileuberdi", "Vladimir Makei", "Makei", "Askar Mamin"]
    assert meetings(text, "2021-06-02", people) == [
        meeting(["Mukhtar Tileuberdi", "Vladimir Makei"], "2021-06-01"),
        meeting(["Vladimir Makei", "Askar Mamin"]),
    ]


def test_people_in_clauses_hanging_on_the_meeting_do_not_take_part(meetings):
    text = ("Kassym-Jomart Tokayev met with Pavel Utyupin, who replaced Alexei Bogdanov as ambassador, to discuss the "
            "proposal of Roman Golovchenko.")
    people = ["Kassym-Jomart Tokayev", "Pavel Utyupin", "Alexei Bogdanov", "Roman Golovchenko"]
    assert meetings(text, None, people) == [meeting(["Kassym-Jomart Tokayev", "Pavel Utyupin"])]


def test_a_city_in_another_phrase_is_not_where_the_meeting_was(meetings):
    text = ("MINSK - Aleksandr Lukashenko met with Kassym-Jomart Tokayev on 3 May to discuss the construction of a "
            "new tractor plant in Kostanay.")
    assert meetings(text, "2022-05-04", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2022-05-03", "Minsk")]


def test_a_role_phrase_the_actor_component_resolved_is_its_person(meetings):
    text = ("Kazakh Prime Minister Alikhan Smailov and Chinese Premier Li Keqiang held talks on 28 November. "
            "Later the Kazakh Prime Minister met with Belarusian President Aleksandr Lukashenko.")
    people = ["Alikhan Smailov", "Li Keqiang", "Aleksandr Lukashenko"]
    assert meetings(text, "2022-11-29", people) == [
        meeting(["Alikhan Smailov", "Li Keqiang"], "2022-11-28"), meeting(["Alikhan Smailov", "Aleksandr Lukashenko"])]


def test_participant_details_carry_title_and_country(tagged):
    people = ["Roman Golovchenko", "Kassym-Jomart Tokayev"]
    doc = tagged("Belarusian Prime Minister Roman Golovchenko met with Kazakh President Kassym-Jomart Tokayev.",
                 people=people)
    (record,) = [e for e in link_events(doc) if e.type == "meeting"]
    details = {p.name: (p.title, p.country) for p in record.participant_details}
    assert details == {"Roman Golovchenko": ("Prime Minister", "Belarus"),
                       "Kassym-Jomart Tokayev": ("President", "Kazakhstan")}


def test_evidence_and_sources_slice_the_original_text(tagged):
    text = (" date 2019-10-25 NUR-SULTAN. KAZINFORM - The level of relations is high, Belarus President Aleksandr "
            "Lukashenko said as he met with his Kazakhstan counterpart Kassym-Jomart Tokayev on 25 October.\n\n"
            "Lukashenko thanked him.")
    doc = tagged(text, people=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev", "Lukashenko"])
    (record,) = [e for e in link_events(doc) if e.type == "meeting"]
    assert text[record.evidence.start : record.evidence.end] == record.evidence.text
    assert "as he met with" in record.evidence.text
    assert record.sources and all(text[s.start : s.end] == s.text for s in record.sources)
    assert {s.text for s in record.sources if s.label == "PERSON"} >= {"Aleksandr Lukashenko", "Kassym-Jomart Tokayev"}


def test_a_weekday_in_an_article_of_that_weekday_is_the_day_of_publication(meetings):
    text = "On Friday Aleksandr Lukashenko met with Kassym-Jomart Tokayev."
    assert meetings(text, "2024-07-05", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2024-07-05")]


@pytest.mark.parametrize(
    "dateline, when, date",
    [
        ("ASTANA, 14 August (BelTA) -", "today", "--08-14"),
        ("ASTANA, 14 August (BelTA) -", "yesterday", "--08-13"),
        ("MINSK, 1 March (BelTA) -", "yesterday", None),  # 28 or 29 February: the year is not known
        ("ASTANA, August 31, 2009.", "yesterday", "2009-08-30"),
        ("ASTANA. KAZINFORM -", "yesterday", None),
    ],
)
def test_today_and_yesterday_count_from_the_dateline_day_when_the_article_has_no_date(meetings, dateline, when,
                                                                                       date):
    text = f"{dateline} Aleksandr Lukashenko met with Kassym-Jomart Tokayev {when}."
    assert [m["date"] for m in meetings(text, None, ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"])] == [date]


def test_a_doc_without_a_parse_gives_no_events(nlp):
    with nlp.select_pipes(disable=["parser"]):
        doc = nlp("Aleksandr Lukashenko met with Kassym-Jomart Tokayev. Trade grew 5% to $1 billion.")
    assert link_events(doc) == []


# -- restatements: one meeting reported several times is one record -------------------------------

@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param(
            "Tokayev receives Belarusian Prime Minister\n\nASTANA - Kazakh President Kassym-Jomart Tokayev received "
            "Belarusian Prime Minister Roman Golovchenko in Astana on 4 March.",
            ["Kassym-Jomart Tokayev", "Tokayev", "Roman Golovchenko"], id="headline with one name, then the lede"),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev received Belarusian Prime Minister Roman Golovchenko in Astana on "
            "4 March. At the meeting, Tokayev noted the growth of trade.",
            ["Kassym-Jomart Tokayev", "Tokayev", "Roman Golovchenko"], id="at the meeting, one of them"),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev received Belarusian Prime Minister Roman Golovchenko in Astana on "
            "4 March. \"I am glad to meet you again,\" Tokayev said.",
            ["Kassym-Jomart Tokayev", "Tokayev", "Roman Golovchenko"], id="glad to meet you"),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev received Belarusian Prime Minister Roman Golovchenko in Astana on "
            "4 March. During the talks, the parties discussed industrial cooperation.",
            ["Kassym-Jomart Tokayev", "Roman Golovchenko"], id="during the talks, the parties discussed"),
        pytest.param(
            "Kazakh President Kassym-Jomart Tokayev received Belarusian Prime Minister Roman Golovchenko in Astana on "
            "4 March. Speaking on meeting the Belarusian Prime Minister, Tokayev praised the joint projects.",
            ["Kassym-Jomart Tokayev", "Tokayev", "Roman Golovchenko"], id="on meeting the Prime Minister"),
    ],
)
def test_a_restated_meeting_is_one_record_with_what_all_its_mentions_say(meetings, text, people):
    assert meetings(text, "2024-03-05", people) == [
        meeting(["Kassym-Jomart Tokayev", "Roman Golovchenko"], "2024-03-04", "Astana")]


def test_mentions_of_different_days_or_cities_are_different_meetings(meetings):
    text = ("Aleksandr Lukashenko held talks with Kassym-Jomart Tokayev in Minsk on 2 June. Lukashenko also met "
            "with Tokayev in Astana on 9 June.")
    people = ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev", "Lukashenko", "Tokayev"]
    assert meetings(text, "2023-06-10", people) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2023-06-02", "Minsk"),
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2023-06-09", "Astana")]


@pytest.mark.parametrize(
    "second",
    [
        "Lukashenko said he had met the Kazakh ambassador a week before.",
        "The two presidents recalled their previous meeting in Sochi.",
    ],
)
def test_an_earlier_meeting_recalled_is_not_the_one_reported(meetings, second):
    text = "Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Minsk on 2 June. " + second
    people = ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev", "Lukashenko"]
    records = meetings(text, "2023-06-03", people)
    assert records[0] == meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2023-06-02", "Minsk")
    assert len(records) == 2


def test_two_events_of_one_sentence_stay_apart(meetings):
    text = ("MINSK - Aleksandr Lukashenko met with Kassym-Jomart Tokayev, and chaired the session of the Supreme "
            "State Council.")
    people = ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]
    assert meetings(text, None, people) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], None, "Minsk"),
        meeting(["Aleksandr Lukashenko"], None, "Minsk")]


# -- participants through pronouns, quotes, delegations and the sentence before -------------------

@pytest.mark.parametrize(
    "text, people, expected",
    [
        pytest.param(
            "Belarusian Ambassador Pavel Utyupin arrived in Astana on Monday. Speaker Maulen Ashimbayev addressed the "
            "Senate. He later met with Utyupin.",
            ["Pavel Utyupin", "Maulen Ashimbayev", "Utyupin"], ["Maulen Ashimbayev", "Pavel Utyupin"],
            id="he: the last subject named, not the first person before"),
        pytest.param(
            "Belarusian Prime Minister Roman Golovchenko said at the talks with his Kazakh counterpart Alikhan Smailov "
            "that trade must grow.",
            ["Roman Golovchenko", "Alikhan Smailov"], ["Roman Golovchenko", "Alikhan Smailov"],
            id="his counterpart: the speaker is a participant"),
        pytest.param(
            "Kazakh Ambassador Yerlan Baizhanov spoke about the economy. \"I met with Prime Minister Roman "
            "Golovchenko last week,\" he added.",
            ["Yerlan Baizhanov", "Roman Golovchenko"], ["Yerlan Baizhanov", "Roman Golovchenko"],
            id="I in a quote: its speaker, a he resolved in turn"),
        pytest.param(
            "\"We are pleased to see you in Minsk,\" Aleksandr Lukashenko told Kassym-Jomart Tokayev at the talks.",
            ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"],
            id="the person a quote is told to"),
    ],
)
def test_pronouns_stand_for_the_people_they_refer_to(meetings, text, people, expected):
    assert [m["participants"] for m in meetings(text, None, people)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A Kazakh delegation held talks with Belarusian officials in Minsk. The Kazakh side was led by Deputy Prime "
        "Minister Serik Zhumangarin. The Belarusian delegation was headed by Deputy Prime Minister Viktor "
        "Karankevich.",
        "A delegation headed by Deputy Prime Minister Serik Zhumangarin came to Minsk. The delegation held talks in "
        "Minsk with a group of officials. The Belarusian side was led by Deputy Prime Minister Viktor Karankevich.",
        "A Kazakh delegation came to Minsk. It was headed by Deputy Prime Minister Serik Zhumangarin. The delegation "
        "held talks in Minsk with Deputy Prime Minister Viktor Karankevich.",
        "A Kazakh delegation came to Minsk on a working visit. It was led by Deputy Prime Minister Serik Zhumangarin. "
        "Deputy Prime Minister Viktor Karankevich received the delegation in Minsk.",
    ],
)
def test_the_heads_of_the_delegations_take_part(meetings, text):
    assert meetings(text, None, ["Serik Zhumangarin", "Viktor Karankevich"]) == [
        meeting(["Serik Zhumangarin", "Viktor Karankevich"], None, "Minsk")]


@pytest.mark.parametrize("sides", ["the sides", "the two leaders", "the parties", "the two", "both"])
def test_the_sides_of_a_meeting_that_names_no_one_are_the_people_of_the_sentence_before(meetings, sides):
    text = (f"President Kassym-Jomart Tokayev spoke to the press with President Emomali Rahmon. During the talks, "
            f"{sides} agreed to expand trade.")
    assert meetings(text, None, ["Kassym-Jomart Tokayev", "Emomali Rahmon"]) == [
        meeting(["Kassym-Jomart Tokayev", "Emomali Rahmon"])]


@pytest.mark.parametrize(
    "text",
    [
        "According to Minister Kanat Bozumbayev, during the visit of Aleksandr Lukashenko the sides signed a deal.",
        "Aleksandr Lukashenko will pay a visit to Astana, Minister Kanat Bozumbayev said.",
        "Aleksandr Lukashenko and Kanat Bozumbayev held a joint press conference in Minsk.",
        "Minister Kanat Bozumbayev told a briefing during the session of the commission.",
        "Aleksandr Lukashenko authorised the government to hold negotiations with Kanat Bozumbayev.",
        "Aleksandr Lukashenko and Kanat Bozumbayev are looking forward to a visit to Astana.",
    ],
)
def test_sources_visits_press_conferences_briefings_and_planned_talks_are_not_meetings(meetings, text):
    assert meetings(text, people=["Aleksandr Lukashenko", "Kanat Bozumbayev"]) == []


@pytest.mark.parametrize(
    "reported",
    [
        "press secretary Berik Uali wrote on Facebook",
        "spokesman Berik Uali told reporters",
        "Berik Uali said",
        "presidential aide Berik Uali added",
    ],
)
def test_a_person_who_reports_the_meeting_takes_no_part(meetings, reported):
    text = f"Kazakh President Kassym-Jomart Tokayev met with Belarusian President Aleksandr Lukashenko, {reported}."
    assert meetings(text, None, ["Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Berik Uali"]) == [
        meeting(["Kassym-Jomart Tokayev", "Aleksandr Lukashenko"])]


VISIT = "At the invitation of Aleksandr Lukashenko, Shavkat Mirziyoyev paid a visit to Minsk on 31 July."


@pytest.mark.parametrize(
    "text",
    [
        VISIT,
        VISIT + " The guests laid flowers at the monument and toured a tractor plant.",
        "Shavkat Mirziyoyev paid a state visit to Minsk at the invitation of Aleksandr Lukashenko on 31 July. During "
        "the visit, a number of documents were signed.",
    ],
)
def test_a_visit_with_its_host_but_no_meeting_stated_is_no_record(meetings, text):
    assert meetings(text, "2024-08-01", ["Aleksandr Lukashenko", "Shavkat Mirziyoyev"]) == []


@pytest.mark.parametrize(
    "then",
    [
        "The presidents held informal talks in the residence.",
        "The heads of state also held negotiations in a narrow format.",
        "The meeting lasted three hours.",
    ],
)
def test_a_visit_with_its_host_is_the_meeting_the_text_then_states(meetings, then):
    assert meetings(VISIT + " " + then, "2024-08-01", ["Aleksandr Lukashenko", "Shavkat Mirziyoyev"]) == [
        meeting(["Aleksandr Lukashenko", "Shavkat Mirziyoyev"], "2024-07-31", "Minsk")]


# -- where ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "MINSK - Astana hosted talks between Aleksandr Lukashenko and Kassym-Jomart Tokayev.",
        "MINSK - During a trip to Astana, Aleksandr Lukashenko held a series of meetings with Kassym-Jomart Tokayev.",
        "MINSK - Aleksandr Lukashenko met with Kassym-Jomart Tokayev on the sidelines of the CIS summit in Astana.",
        "MINSK - On the sidelines of the forum in Astana, Aleksandr Lukashenko held talks with Kassym-Jomart Tokayev.",
        "MINSK - Aleksandr Lukashenko, who attended the EAEU summit in Astana, met with Kassym-Jomart Tokayev.",
    ],
)
def test_the_city_stated_for_the_meeting_beats_the_dateline(meetings, text):
    assert meetings(text, None, ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], None, "Astana")]


@pytest.mark.parametrize(
    "text, location",
    [
        pytest.param("ASTANA - Aleksandr Lukashenko held talks with Kassym-Jomart Tokayev in Harare.", "Harare",
                     id="talks in a city of another country"),
        pytest.param("MINSK - During his visit to Oman, Aleksandr Lukashenko met with Kassym-Jomart Tokayev.", None,
                     id="during his visit to a country"),
        pytest.param("MINSK - Aleksandr Lukashenko, who is on a state visit to China, met with Kassym-Jomart "
                     "Tokayev.", None, id="on a visit to a country, in a clause on the subject"),
        pytest.param("ASTANA - Aleksandr Lukashenko arrived in Zimbabwe on Monday. He held talks with Kassym-Jomart "
                     "Tokayev.", None, id="arrived in a country the sentence before"),
        pytest.param("ASTANA - Aleksandr Lukashenko landed in Muscat on Monday. On Tuesday he held talks with "
                     "Kassym-Jomart Tokayev.", "Muscat", id="landed in a city: the city of the visit"),
        pytest.param("ASTANA - While on a working trip to Xinjiang, Aleksandr Lukashenko met with Kassym-Jomart "
                     "Tokayev.", None, id="a region of another country"),
        pytest.param("ALMATY - During his visit to Kazakhstan, Aleksandr Lukashenko met with Kassym-Jomart "
                     "Tokayev.", "Almaty", id="a visit to the dateline's own country keeps the dateline"),
        pytest.param("MINSK - Aleksandr Lukashenko will visit Oman next week. He met with Kassym-Jomart Tokayev "
                     "today.", "Minsk", id="a planned visit places no meeting"),
    ],
)
def test_the_dateline_city_is_no_location_when_the_text_puts_the_meeting_in_another_country(meetings, text,
                                                                                            location):
    people = ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]
    assert [m["location"] for m in meetings(text, None, people)] == [location]


@pytest.mark.parametrize(
    "text",
    [
        "Aleksandr Lukashenko held negotiations with Sultan Haitham bin Tariq of Oman in Muscat.",
        "Aleksandr Lukashenko met with the Emir of Qatar Tamim bin Hamad in Doha.",
    ],
)
def test_a_city_after_a_counterpart_of_a_country_is_where_they_met(meetings, text):
    people = ["Aleksandr Lukashenko", "Haitham bin Tariq", "Tamim bin Hamad"]
    assert [m["location"] for m in meetings(text, None, people)] == [text.rsplit(" ", 1)[1].rstrip(".")]


# -- when ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, date",
    [
        ("Aleksandr Lukashenko met with Kassym-Jomart Tokayev to review the roadmap that the governments approved "
         "in the capital on 12 January.", None),
        ("On 14 February Aleksandr Lukashenko met with Kassym-Jomart Tokayev to review the roadmap that the "
         "governments approved in the capital on 12 January.", "2024-02-14"),
        ("Aleksandr Lukashenko, who took office on 20 July, met with Kassym-Jomart Tokayev.", None),
        ("The talks of Aleksandr Lukashenko and Kassym-Jomart Tokayev, which took place on 3 February, lasted three "
         "hours.", "2024-02-03"),
    ],
)
def test_the_date_is_the_day_stated_for_the_meeting_not_another_day_of_the_sentence(meetings, text, date):
    assert meetings(text, "2024-02-15", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], date)]


@pytest.mark.parametrize(
    "text",
    [
        "Aleksandr Lukashenko met with Kassym-Jomart Tokayev on the sidelines of the SCO summit, which took place in "
        "Astana on 14 February.",
        "Aleksandr Lukashenko met with Kassym-Jomart Tokayev on the sidelines of the SCO summit held in Astana on 14 "
        "February.",
        # the day a forum opened is not its talks' (tests/test_meeting_day_and_place_families.py): one held that day is
        "Aleksandr Lukashenko held talks with Kassym-Jomart Tokayev at the forum that took place in Astana on 14 February.",
        "On the sidelines of the EAEU summit in Astana on 14 February, Aleksandr Lukashenko met with Kassym-Jomart "
        "Tokayev.",
    ],
)
def test_a_meeting_on_the_sidelines_of_a_gathering_takes_its_day_and_city(meetings, text):
    assert meetings(text, "2024-02-15", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2024-02-14", "Astana")]


@pytest.mark.parametrize(
    "text",
    [
        "The 20th session of the intergovernmental commission was held in Minsk on 26 October. It was co-chaired by "
        "Deputy Prime Minister Viktor Karankevich and Deputy Prime Minister Serik Zhumangarin.",
        "The 20th session of the intergovernmental commission took place in Minsk on 26 October. Deputy Prime "
        "Minister Viktor Karankevich and Deputy Prime Minister Serik Zhumangarin chaired the session.",
    ],
)
def test_a_meeting_told_before_its_chairs_are_named_is_one_record(meetings, text):
    assert meetings(text, "2023-10-27", ["Viktor Karankevich", "Serik Zhumangarin"]) == [
        meeting(["Viktor Karankevich", "Serik Zhumangarin"], "2023-10-26", "Minsk")]


def test_the_evidence_of_a_meeting_restated_from_the_headline_is_the_lede(tagged):
    text = ("Tokayev receives Belarusian Prime Minister\n\nASTANA - Kazakh President Kassym-Jomart Tokayev received "
            "Belarusian Prime Minister Roman Golovchenko on 4 March.")
    doc = tagged(text, "2024-03-05", people=["Kassym-Jomart Tokayev", "Tokayev", "Roman Golovchenko"])
    (record,) = [e for e in link_events(doc) if e.type == "meeting"]
    assert record.evidence.text.startswith("Kazakh President Kassym-Jomart Tokayev received")


MET = "Kazakh Prime Minister Olzhas Bektenov met with Belarusian Prime Minister Roman Golovchenko"
PRIME_MINISTERS = ["Olzhas Bektenov", "Roman Golovchenko"]


@pytest.mark.parametrize(
    "day",
    ["on 12.05.2025", "on 12/05/2025", "on 2025-05-12", "on 12 May", "on May 12", "on May 12th", "on the 12th of May",
     "on the 12th", "on Monday", "on Monday, 12 May", "yesterday", "on 12 May 2025"],
)
def test_every_way_the_wire_writes_the_day_gives_the_day(meetings, day):
    """Published on Tuesday 13 May 2025: each form names Monday 12 May."""
    assert [m["date"] for m in meetings(f"{MET} {day}.", "2025-05-13", PRIME_MINISTERS)] == ["2025-05-12"]


@pytest.mark.parametrize("when", ["in May", "last week", "earlier this month", "recently", "this year"])
def test_a_time_that_is_no_day_gives_no_date(meetings, when):
    assert [m["date"] for m in meetings(f"{MET} {when}.", "2025-05-13", PRIME_MINISTERS)] == [None]


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("ASTANA, 15 May 2025 (Kazinform) - {met} yesterday.", "2025-05-14", id="yesterday, dated dateline"),
        pytest.param("ASTANA, 15 May 2025 (Kazinform) - {met} on 14 May.", "2025-05-14",
                     id="a day without a year takes the dateline's year"),
        pytest.param("ASTANA, May 15, 2025 - {met} on Wednesday.", "2025-05-14", id="a weekday before the dateline day"),
        pytest.param("ASTANA, May 15, 2025 - {met} on Thursday.", "2025-05-15", id="the dateline's own weekday"),
        pytest.param("Prime ministers meet\n\nMay 15. Kazpravda\n\n{met} yesterday.", "--05-14",
                     id="a dateline of its own line without a city"),
        pytest.param("MINSK, 15 May (BelTA) - {met} on 14 May.", "--05-14", id="no year anywhere"),
        pytest.param("MINSK, 15 May (BelTA) - {met}.", None, id="a dateline day alone is no meeting day"),
    ],
)
def test_an_undated_article_reads_the_day_against_its_dateline(meetings, text, date):
    assert [m["date"] for m in meetings(text.format(met=MET), None, PRIME_MINISTERS)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "MINSK - The talks took place yesterday. The agenda was broad. Aleksandr Lukashenko and Kassym-Jomart Tokayev "
        "discussed trade.",
        "MINSK - It was agreed at the negotiations yesterday to expand supplies of grain.\n\nCooperation\n\nIntegration "
        "was on the agenda of the meeting. Aleksandr Lukashenko and Kassym-Jomart Tokayev discussed trade.",
        "MINSK - Yesterday's meeting lasted three hours. Trade was the main subject. At the meeting, Aleksandr "
        "Lukashenko thanked Kassym-Jomart Tokayev for his support.",
    ],
)
def test_the_first_meeting_named_takes_the_day_said_of_the_meeting_before_anyone_was_named(meetings, text):
    assert meetings(text, "2025-05-15", ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]) == [
        meeting(["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], "2025-05-14", "Minsk")]


MINISTERS = ["Murat Nurtleu", "Maxim Ryzhenkov"]


@pytest.mark.parametrize(
    "text, location",
    [
        pytest.param("MINSK - Murat Nurtleu met with Maxim Ryzhenkov in China.", None, id="met with Y in a country"),
        pytest.param("MINSK - Murat Nurtleu and Maxim Ryzhenkov held talks in Uzbekistan on Monday.", None,
                     id="held talks in a country"),
        pytest.param("MINSK - In Qatar, Murat Nurtleu held talks with Maxim Ryzhenkov.", None, id="fronted country"),
        pytest.param("ASTANA - Murat Nurtleu met with Maxim Ryzhenkov in Kazakhstan.", "Astana",
                     id="the dateline's own country keeps the dateline"),
        pytest.param("MINSK - Murat Nurtleu met with Maxim Ryzhenkov in Tianjin, China.", "Tianjin",
                     id="a city and its country: the city"),
    ],
)
def test_a_country_stated_for_the_meeting_that_is_not_the_datelines_leaves_the_city_unknown(meetings, text, location):
    assert [m["location"] for m in meetings(text, None, MINISTERS)] == [location]


@pytest.mark.parametrize(
    "text, location",
    [
        ("ASTANA - Murat Nurtleu met with Maxim Ryzhenkov at the Ministry of Foreign Affairs of Belarus in Minsk.",
         "Minsk"),
        ("ASTANA - Murat Nurtleu held talks with Maxim Ryzhenkov at the Palace of Independence in Minsk.", "Minsk"),
        ("MINSK - Maxim Ryzhenkov was received by Murat Nurtleu at the Akorda residence in Astana.", "Astana"),
        ("MINSK - Murat Nurtleu received Maxim Ryzhenkov at the Akorda.", "Astana"),
        ("MINSK - Murat Nurtleu met with Maxim Ryzhenkov at the Ministry of Foreign Affairs.", "Minsk"),
    ],
)
def test_the_city_of_the_building_a_meeting_was_held_in_is_its_city_and_a_residence_alone_tells_its_city(meetings, text,
                                                                                                       location):
    """A building is no city, but a leader's residence stands in one city (the Akorda in Astana); any other
    building leaves the dateline city (test_meeting_families has the residences)."""
    assert [m["location"] for m in meetings(text, None, MINISTERS)] == [location]


@pytest.mark.parametrize(
    "text, location",
    [
        ("ASTANA - Murat Nurtleu and Maxim Ryzhenkov met in Belarus' capital.", "Minsk"),
        ("ASTANA - Murat Nurtleu and Maxim Ryzhenkov met in Belarus's capital on Monday.", "Minsk"),
        ("MINSK - Murat Nurtleu held talks with Maxim Ryzhenkov in Kazakhstan's capital.", "Astana"),
        ("MINSK - Murat Nurtleu held talks with Maxim Ryzhenkov in the Kazakh capital.", "Astana"),
    ],
)
def test_the_capital_of_a_country_named_is_that_capital(meetings, text, location):
    assert [m["location"] for m in meetings(text, None, MINISTERS)] == [location]


@pytest.mark.parametrize(
    "report",
    [
        "{met}, the government's press service said on Wednesday.",
        "{met}, the press service of the Prime Minister reported on Wednesday.",
        "The press service said on Wednesday that {met}.",
        "{met}, Kazinform wrote on Wednesday.",
    ],
)
def test_the_day_a_meeting_was_reported_is_not_its_day(meetings, report):
    text = report.format(met="Olzhas Bektenov met with Roman Golovchenko")
    assert [m["date"] for m in meetings(text, "2025-05-14", PRIME_MINISTERS)] == [None]
    dated = report.format(met="Olzhas Bektenov met with Roman Golovchenko on Monday")
    assert [m["date"] for m in meetings(dated, "2025-05-14", PRIME_MINISTERS)] == ["2025-05-12"]


@pytest.mark.parametrize(
    "text, location",
    [
        ("Aleksandr Lukashenko arrived in Beijing on a state visit. The talks with Xi Jinping took place in the Great "
         "Hall of the People.", "Beijing"),
        ("Aleksandr Lukashenko is in Tianjin on a working visit. A meeting with Xi Jinping was held at the residence.",
         "Tianjin"),
        ("Aleksandr Lukashenko came to Beijing on Monday. Talks with Xi Jinping focused on trade.", "Beijing"),
    ],
)
def test_talks_with_one_person_are_held_by_the_person_the_sentence_before_is_about(meetings, text, location):
    assert meetings(text, None, ["Aleksandr Lukashenko", "Xi Jinping"]) == [
        meeting(["Aleksandr Lukashenko", "Xi Jinping"], None, location)]


@pytest.mark.parametrize(
    "text",
    [
        "MINSK - Aleksandr Lukashenko held talks on trade, energy and the supply of tractors with Kassym-Jomart "
        "Tokayev in Astana.",
        "MINSK - Aleksandr Lukashenko discussed the prices of oil and the transit of grain with Kassym-Jomart Tokayev "
        "in Astana.",
    ],
)
def test_a_city_on_a_participant_far_from_the_trigger_is_where_they_met(meetings, text):
    assert [m["location"] for m in meetings(text, None, ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"])] == [
        "Astana"]


# -- a day counted from the day told before; a city hung on a date ----------------------------

CHAIRS = ["Serik Zhumangarin", "Jamshid Khodjayev", "Abdulla Aripov"]


@pytest.mark.parametrize(
    "second, date",
    [
        ("On the same day, Serik Zhumangarin met with Abdulla Aripov.", "2024-03-13"),
        ("Later in the day Serik Zhumangarin was received by Abdulla Aripov.", "2024-03-13"),
        ("The day before, Serik Zhumangarin was received by Abdulla Aripov.", "2024-03-12"),
        ("A day earlier, Serik Zhumangarin held talks with Abdulla Aripov.", "2024-03-12"),
        ("On the previous day Serik Zhumangarin met with Abdulla Aripov.", "2024-03-12"),
        ("The next day, Serik Zhumangarin met with Abdulla Aripov.", "2024-03-14"),
        ("On the following day Abdulla Aripov received Serik Zhumangarin.", "2024-03-14"),
    ],
)
def test_a_day_counted_from_the_day_told_before_is_that_day_moved(meetings, second, date):
    text = f"TASHKENT - Serik Zhumangarin and Jamshid Khodjayev held talks on 13 March. {second}"
    assert [m["date"] for m in meetings(text, "2024-03-15", CHAIRS)] == ["2024-03-13", date]


@pytest.mark.parametrize(
    "first",
    [
        "The commission met in Tashkent today, co-chaired by Serik Zhumangarin and Jamshid Khodjayev.",
        "Serik Zhumangarin and Jamshid Khodjayev co-chaired the session of the commission today.",
    ],
)
def test_the_day_before_a_meeting_held_today_is_the_day_before_the_article(meetings, first):
    text = f"TASHKENT - {first}\n\nThe day before, Serik Zhumangarin was received by Abdulla Aripov."
    assert [m["date"] for m in meetings(text, "2024-03-15", CHAIRS)] == ["2024-03-15", "2024-03-14"]


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("TASHKENT - Serik Zhumangarin met with Abdulla Aripov the day before the summit.", None,
                     id="the day before something else"),
        pytest.param("TASHKENT - Serik Zhumangarin arrived in Tashkent. The day before, he met with Abdulla Aripov.",
                     None, id="no day told before"),
        pytest.param("TASHKENT - Serik Zhumangarin met with Abdulla Aripov the day before yesterday.", "2024-03-13",
                     id="the day before yesterday"),
    ],
)
def test_a_day_before_that_counts_from_no_day_told_gives_no_day(meetings, text, date):
    assert [m["date"] for m in meetings(text, "2024-03-15", CHAIRS)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "BAKU - Ilham Aliyev received a delegation led by Olzhas Bektenov on 4 March.",
        "BAKU - Ilham Aliyev met with the delegation headed by Olzhas Bektenov on Tuesday.",
        "BAKU - A delegation led by Olzhas Bektenov was received by Ilham Aliyev on 4 March.",
    ],
)
def test_the_day_on_the_delegation_led_by_a_side_is_the_meetings(meetings, text):
    found = meetings(text, "2025-03-05", ["Ilham Aliyev", "Olzhas Bektenov"])
    assert [(sorted(m["participants"]), m["date"]) for m in found] == [(["Ilham Aliyev", "Olzhas Bektenov"], "2025-03-04")]


@pytest.mark.parametrize(
    "text",
    [
        "MINSK - From 3 to 5 May in the city of Aktobe (Kazakhstan) a meeting of the working group was held. Ivan "
        "Petrov took part in the meeting.",
        "MINSK - On 6 May in Aktobe, Ivan Petrov held talks with Nurlan Sadykov.",
        "MINSK - On Monday, in Aktobe, Ivan Petrov met with Nurlan Sadykov.",
    ],
)
def test_a_city_the_parser_hung_on_the_date_is_where_the_meeting_was(meetings, text):
    assert [m["location"] for m in meetings(text, "2024-05-08", ["Ivan Petrov", "Nurlan Sadykov"])] == ["Aktobe"]


@pytest.mark.parametrize(
    "text",
    [
        "VITEBSK - Aleksandr Lukashenko and Vladimir Putin addressed the plenary session of the forum by video.",
        "VITEBSK - Aleksandr Lukashenko spoke at the plenary session of the Forum of Regions.",
        "VITEBSK - Aleksandr Lukashenko and Vladimir Putin took part in the forum's plenary session.",
        "VITEBSK - Roman Golovchenko attended the opening session of the international conference on logistics.",
    ],
)
def test_a_session_of_a_forum_or_conference_is_no_meeting(meetings, text):
    assert meetings(text, None, ["Aleksandr Lukashenko", "Vladimir Putin", "Roman Golovchenko"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "VITEBSK - Roman Golovchenko took part in a meeting of the Council of Ministers of the Union State.",
        "VITEBSK - Roman Golovchenko chaired the session of the intergovernmental commission.",
        "VITEBSK - On the sidelines of the forum, Roman Golovchenko met with Gleb Nikitin.",
    ],
)
def test_a_session_of_a_body_and_talks_at_a_forum_are_meetings(meetings, text):
    assert len(meetings(text, None, ["Roman Golovchenko", "Gleb Nikitin"])) == 1


# -- a name a long title cut off; she and he; a family name written first ------------------------

@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK - The meeting of the council chaired by Kazakh Prime Minister Alikhan Smailov and Chairman of the "
        "Cabinet of Ministers of Kyrgyzstan Akylbek Japarov took place in Bishkek.",
        "BISHKEK - Talks between Kazakh Prime Minister Alikhan Smailov and Chairman of the Cabinet of Ministers "
        "Kyrgyzstan Akylbek Japarov were held in Bishkek.",
        "BISHKEK - Alikhan Smailov met with Chairman of the Cabinet of Ministers of Kyrgyzstan Akylbek Japarov.",
    ],
)
def test_the_name_after_a_long_conjoined_title_takes_part(meetings, text):
    assert [sorted(m["participants"]) for m in meetings(text, None, ["Alikhan Smailov", "Akylbek Japarov"])] == [
        ["Akylbek Japarov", "Alikhan Smailov"]]


def test_a_name_after_a_title_and_a_verb_is_not_the_titles(meetings):
    text = "BISHKEK - Alikhan Smailov met with the Chairman of the Cabinet, and Akylbek Japarov said the talks went well."
    assert [m["participants"] for m in meetings(text, None, ["Alikhan Smailov", "Akylbek Japarov"])] == [
        ["Alikhan Smailov"]]


WOMAN_AND_MAN = ["Natalya Kochanova", "Maulen Ashimbayev", "Nurlan Nigmatulin"]


@pytest.mark.parametrize(
    "later, expected",
    [
        ("The same day, she also held a videoconference with Nurlan Nigmatulin.", "Natalya Kochanova"),
        ("Later, her talks with Nurlan Nigmatulin focused on transit.", "Natalya Kochanova"),
        ("The same day, he also met with Nurlan Nigmatulin.", "Maulen Ashimbayev"),
    ],
)
def test_she_and_he_stand_for_a_person_whose_name_can_be_theirs(meetings, later, expected):
    text = ("MINSK - Natalya Kochanova and Maulen Ashimbayev held talks via videoconference on 23 February. "
            "Trade fell by 3%, Natalya Kochanova said. \"We are ready to supply more grain,\" Maulen Ashimbayev said. "
            f"{later}")
    found = meetings(text, "2021-02-24", WOMAN_AND_MAN)
    assert [sorted(m["participants"]) for m in found][1:] == [sorted([expected, "Nurlan Nigmatulin"])]


@pytest.mark.parametrize(
    "title, speaker, pronoun",
    [("Mrs", "Maulen Ashimbayev", "she"), ("Ms.", "Maulen Ashimbayev", "she"), ("Mr", "Natalya Kochanova", "he")],
)
def test_an_honorific_tells_whom_she_or_he_stands_for(meetings, title, speaker, pronoun):
    text = (f"LONDON - {title} Alex Morgan held talks with Nurlan Nigmatulin on 3 May. \"Trade is growing,\" {speaker} "
            f"said. Later, {pronoun} met with Bakyt Sultanov.")
    people = ["Alex Morgan", "Nurlan Nigmatulin", speaker, "Bakyt Sultanov"]
    assert [sorted(m["participants"]) for m in meetings(text, "2021-05-04", people)][1:] == [
        ["Alex Morgan", "Bakyt Sultanov"]]


def test_a_he_far_from_any_name_stands_for_the_person_the_article_is_about(meetings):
    text = ("ASTANA - Kassym-Jomart Tokayev met with Ursula von der Leyen in Samarkand on April 4. Trade with the EU "
            "reached $48 billion. An agreement entered into force in 2020. The bank pledged loans. On April 3, he also "
            "held talks with Shavkat Mirziyoyev.")
    people = ["Kassym-Jomart Tokayev", "Ursula von der Leyen", "Shavkat Mirziyoyev"]
    assert [sorted(m["participants"]) for m in meetings(text, "2025-04-07", people)] == [
        ["Kassym-Jomart Tokayev", "Ursula von der Leyen"], ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]]


@pytest.mark.parametrize("alone", ["Moon", "Xi"])
def test_a_family_name_written_first_is_the_full_name(meetings, alone):
    full = {"Moon": "Moon Jae-in", "Xi": "Xi Jinping"}[alone]
    text = (f"ASTANA - President {full} held talks with Kassym-Jomart Tokayev on Monday. Earlier in the day, {alone} "
            "met with Nursultan Nazarbayev.")
    people = [full, "Kassym-Jomart Tokayev", alone, "Nursultan Nazarbayev"]
    assert [sorted(m["participants"]) for m in meetings(text, "2019-04-22", people)] == [
        sorted([full, "Kassym-Jomart Tokayev"]), sorted([full, "Nursultan Nazarbayev"])]


# -- a meeting of several days ----------------------------------------------------------------

@pytest.mark.parametrize(
    "when",
    ["on 14-15 October", "on October 14-15", "on 14 and 15 October", "on October 14 and 15", "on 14\u201315 October"],
)
def test_a_meeting_of_several_days_took_place_on_the_first(meetings, when):
    text = f"MINSK - Vladimir Semashko and Bakytzhan Sagintayev held talks in Minsk {when}."
    assert [m["date"] for m in meetings(text, "2015-10-16", ["Vladimir Semashko", "Bakytzhan Sagintayev"])] == [
        "2015-10-14"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("ASTANA - Nursultan Nazarbayev met with Alexander Lukashenko during a Nov. 29-30 visit to Minsk.", None),
        ("ASTANA - During his visit to Minsk on 29-30 November, Nursultan Nazarbayev met with Alexander Lukashenko.",
         None),
        ("ASTANA - During his visit to Minsk on 29 November, Nursultan Nazarbayev met with Alexander Lukashenko.",
         "2015-11-29"),
    ],
)
def test_the_days_of_a_visit_do_not_tell_the_day_of_a_meeting_on_it(meetings, text, date):
    assert [m["date"] for m in meetings(text, "2015-12-01", ["Nursultan Nazarbayev", "Alexander Lukashenko"])] == [
        date]


# -- chairs, titles, fronted phrases, later meetings, people who sent a side -------------------

@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK - The meeting of the council was held in Bishkek under the co-chairmanship of Chairman of the "
        "Cabinet of Ministers of Kyrgyzstan Akylbek Japarov and Prime Minister of Kazakhstan Alikhan Smailov.",
        "BISHKEK - The session of the commission took place under the chairmanship of Akylbek Japarov and Alikhan "
        "Smailov.",
    ],
)
def test_a_meeting_held_under_the_chairmanship_of_people_is_theirs(meetings, text):
    assert [sorted(m["participants"]) for m in meetings(text, None, ["Akylbek Japarov", "Alikhan Smailov"])] == [
        ["Akylbek Japarov", "Alikhan Smailov"]]


@pytest.mark.parametrize(
    "text",
    [
        "MINSK - Maxim Ryzhenkov held a meeting with Ambassador of China to Belarus Xie Xiaoyong on Thursday, BelTA "
        "learned.",
        "MINSK - Maxim Ryzhenkov met with Ambassador of China to Belarus Xie Xiaoyong.",
    ],
)
def test_the_name_after_a_long_title_of_the_counterpart_takes_part(meetings, text):
    assert [sorted(m["participants"]) for m in meetings(text, "2024-07-12", ["Maxim Ryzhenkov", "Xie Xiaoyong"])] == [
        ["Maxim Ryzhenkov", "Xie Xiaoyong"]]


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA - Kassym-Jomart Tokayev received the Belarusian Foreign Minister on behalf of President Aleksandr "
        "Lukashenko.",
        "ASTANA - Kassym-Jomart Tokayev met with the Ambassador of China at the request of Aleksandr Lukashenko.",
        "ASTANA - Kassym-Jomart Tokayev received the Belarusian envoy with a message from Aleksandr Lukashenko.",
    ],
)
def test_a_person_who_sent_a_side_takes_no_part(meetings, text):
    assert [m["participants"] for m in meetings(text, None, ["Kassym-Jomart Tokayev", "Aleksandr Lukashenko"])] == [
        ["Kassym-Jomart Tokayev"]]


@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK - On the eve of the session, Daniyar Amangeldiev held a meeting with Arman Shakkaliyev.",
        "BISHKEK - Ahead of the talks, Daniyar Amangeldiev met with Arman Shakkaliyev.",
    ],
)
def test_a_meeting_held_ahead_of_another_is_one_record_of_its_own_sides(meetings, text):
    assert [sorted(m["participants"]) for m in meetings(text, None, ["Daniyar Amangeldiev", "Arman Shakkaliyev"])] \
        == [["Arman Shakkaliyev", "Daniyar Amangeldiev"]]


@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK - Before the talks, Daniyar Amangeldiev laid flowers at the monument.",
        "BISHKEK - In the run-up to the session, Daniyar Amangeldiev gave an interview.",
        "BISHKEK - Prior to the meeting, Daniyar Amangeldiev toured the plant.",
    ],
)
def test_what_a_person_did_ahead_of_a_meeting_is_no_meeting(meetings, text):
    assert meetings(text, None, ["Daniyar Amangeldiev"]) == []


KOBYAKOV = "MINSK - Andrei Kobyakov and Bakytzhan Sagintayev held a meeting on Friday."


@pytest.mark.parametrize(
    "later",
    [
        "Later on the same day in St. Petersburg, Andrei Kobyakov, Bakytzhan Sagintayev and Prime Minister of "
        "Kyrgyzstan Sooronbay Jeenbekov held a trilateral meeting.",
        "Afterwards, Kobyakov and Sagintayev met with Sooronbay Jeenbekov.",
    ],
)
def test_a_meeting_told_as_later_is_another_meeting(meetings, later):
    people = ["Andrei Kobyakov", "Bakytzhan Sagintayev", "Sooronbay Jeenbekov", "Kobyakov", "Sagintayev"]
    found = meetings(f"{KOBYAKOV} {later}", "2017-06-03", people)
    assert [sorted(m["participants"]) for m in found] == [
        ["Andrei Kobyakov", "Bakytzhan Sagintayev"], ["Andrei Kobyakov", "Bakytzhan Sagintayev", "Sooronbay Jeenbekov"]]


@pytest.mark.parametrize(
    "then",
    [
        "Later, the talks continued with the participation of Sooronbay Jeenbekov.",
        "During the meeting, Kobyakov, Sagintayev and Sooronbay Jeenbekov discussed trade.",
    ],
)
def test_a_later_mention_that_points_back_is_the_same_meeting(meetings, then):
    people = ["Andrei Kobyakov", "Bakytzhan Sagintayev", "Sooronbay Jeenbekov", "Kobyakov", "Sagintayev"]
    found = meetings(f"{KOBYAKOV} {then}", "2017-06-03", people)
    assert [sorted(m["participants"]) for m in found] == [
        ["Andrei Kobyakov", "Bakytzhan Sagintayev", "Sooronbay Jeenbekov"]]


def test_a_name_starts_after_the_place_the_tagger_left_in_it(meetings):
    text = ("ASTANA - Arman Shakkaliyev held a meeting with Minister of State for Foreign Trade of the United Arab "
            "Emirates Thani bin Ahmed Al Zeyoudi in Abu Dhabi on Tuesday.")
    found = meetings(text, "2024-02-15", ["Arman Shakkaliyev", "Emirates Thani bin Ahmed Al Zeyoudi"])
    assert [m["participants"] for m in found] == [["Arman Shakkaliyev", "Thani bin Ahmed Al Zeyoudi"]]


def test_a_role_phrase_of_another_country_is_not_the_person_of_that_role_named_before(meetings):
    text = ("ASTANA - President Kassym-Jomart Tokayev held talks with Olaf Scholz in Astana on Monday. Olaf Scholz "
            "arrived in Astana from Samarkand, where he had met with the President of Uzbekistan.")
    found = meetings(text, "2024-09-17", ["Kassym-Jomart Tokayev", "Olaf Scholz"])
    assert [(sorted(m["participants"]), m["location"]) for m in found] == [
        (["Kassym-Jomart Tokayev", "Olaf Scholz"], "Astana"), (["Olaf Scholz"], "Samarkand")]


@pytest.mark.parametrize(
    "text, location",
    [
        ("TASHKENT - Olaf Scholz came from Samarkand, where he held talks with Shavkat Mirziyoyev.", "Samarkand"),
        ("ASTANA - Olaf Scholz arrived from Almaty, where he had met with Shavkat Mirziyoyev.", "Almaty"),
    ],
)
def test_a_meeting_in_a_where_clause_was_held_in_the_city_it_hangs_on(meetings, text, location):
    assert [m["location"] for m in meetings(text, None, ["Olaf Scholz", "Shavkat Mirziyoyev"])] == [location]


def test_a_dateline_city_in_small_letters_with_its_country_and_agency_is_the_dateline(meetings):
    text = ("Tashkent, Uzbekistan (UzDaily.com) -- Abdulaziz Kamilov, who is on a working visit to Belarus, held talks "
            "with Vladimir Makei on 11 September.")
    found = meetings(text, "2019-09-12", ["Abdulaziz Kamilov", "Vladimir Makei"])
    assert [(m["date"], m["location"]) for m in found] == [("2019-09-11", None)]


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA - Olzhas Bektenov met with Roman Golovchenko via videoconference.",
        "ASTANA - Olzhas Bektenov received Roman Golovchenko for talks.",
        "ASTANA - Olzhas Bektenov held talks with Roman Golovchenko via videoconference.",
    ],
)
def test_a_meeting_noun_telling_how_a_meeting_verb_was_held_is_that_meeting(meetings, text):
    assert [sorted(m["participants"]) for m in meetings(text, None, ["Olzhas Bektenov", "Roman Golovchenko"])] == [
        ["Olzhas Bektenov", "Roman Golovchenko"]]


@pytest.mark.parametrize("restated", ["The two met on Thursday at the Palace of Independence.",
                                      "Both met on Thursday at the Palace of Independence."])
def test_the_two_who_met_are_the_people_of_the_sentence_before_and_add_the_day(meetings, restated):
    text = f"MINSK - Aleksandr Lukashenko met with Olzhas Bektenov. {restated}"
    assert meetings(text, "2024-03-16", ["Aleksandr Lukashenko", "Olzhas Bektenov"]) == [
        meeting(["Aleksandr Lukashenko", "Olzhas Bektenov"], "2024-03-14", "Minsk")]


@pytest.mark.parametrize(
    "then",
    [
        "Then the talks continued in an expanded format with the participation of Olzhas Bektenov and Roman "
        "Golovchenko.",
        "The talks in an expanded format were held in the presence of Olzhas Bektenov and Roman Golovchenko.",
    ],
)
def test_people_whose_participation_the_clause_of_the_talks_states_take_part(meetings, then):
    text = f"ASTANA - The talks were held between Kassym-Jomart Tokayev and Aleksandr Lukashenko. {then}"
    people = ["Kassym-Jomart Tokayev", "Aleksandr Lukashenko", "Olzhas Bektenov", "Roman Golovchenko"]
    assert [sorted(m["participants"]) for m in meetings(text, None, people)] == [sorted(people)]


@pytest.mark.parametrize(
    "chairs",
    [
        "The Belarusian side was headed by Viktor Karankevich, the Kazakh side by Serik Zhumangarin.",
        "The Belarusian delegation was led by Viktor Karankevich, and the Kazakh delegation by Serik Zhumangarin.",
        "It was chaired by Viktor Karankevich and Serik Zhumangarin.",
    ],
)
def test_the_sides_heads_named_in_the_next_sentence_take_part_in_a_meeting_that_named_no_one(meetings, chairs):
    text = f"MINSK - The meeting of the intergovernmental commission took place in Minsk on 14 March. {chairs}"
    assert [sorted(m["participants"]) for m in meetings(text, "2024-03-16", ["Viktor Karankevich", "Serik Zhumangarin"])] \
        == [["Serik Zhumangarin", "Viktor Karankevich"]]


@pytest.mark.parametrize("travelled", ["travelled", "traveled", "flew", "went", "came", "had come"])
def test_talks_held_on_a_journey_take_the_city_travelled_to_in_any_form_of_the_travel_verb(meetings, travelled):
    text = f"Roman Golovchenko {travelled} to Astana to hold talks with Olzhas Bektenov."
    assert meetings(text, "2024-05-02", ["Roman Golovchenko", "Olzhas Bektenov"]) == [
        meeting(["Roman Golovchenko", "Olzhas Bektenov"], location="Astana")]


@pytest.mark.parametrize("journey", ["is expected to travel", "will fly", "is going to go", "plans to come"])
def test_talks_at_the_end_of_a_journey_still_ahead_are_no_record(meetings, journey):
    text = f"Roman Golovchenko {journey} to Astana to hold talks with Olzhas Bektenov."
    assert meetings(text, "2024-05-02", ["Roman Golovchenko", "Olzhas Bektenov"]) == []


@pytest.mark.parametrize("first, second", [("R. Golovchenko", "O. Bektenov"), ("R. Golovchenko", "A.A. Erofeev"),
                                           ("R.Golovchenko", "O.Bektenov")])
def test_a_participant_written_with_initials_keeps_them_as_first_written(first, second):
    text = f"MINSK - {first} met with {second} in Minsk on 3 May."
    assert [(e.to_dict()["participants"]) for e in kazbel_extract.extract(text, published="2024-05-06").events] == [
        [first, second]]
