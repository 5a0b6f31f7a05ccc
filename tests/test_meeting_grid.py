"""Meeting wording grid (session 11): the ways wire news writes that a meeting was held, crossed with how each
participant is written, how its day and its place are told, and the dateline the story opens with.

Every case asserts the exact meeting records of the text, through the whole pipeline (entities not pinned), per
GUIDELINES.md "Decisions on borderline cases": held meetings only; participants are the people put in the meeting,
full name as first written, in the order first written; a quoted source is none; one meeting restated is one record;
the day only when stated (a dateline day alone gives null); the city of the meeting, else the dateline's, unless the
text places it in another country.

The dimensions (each a complete class of wire wording, own sentences):
  PREDICATES     the meeting predicate, with the slots of its two sides, its day and its place
  NON_MEETINGS   a call, a planned meeting, a visit, a forum, ceremony, speech or briefing, a source only: no record
  FORMS          how the first side (X) is written: name, title, apposition, initials, a list, a delegation led by X
                 in the next sentence, a pronoun, "you" in a quote, beside a cited source who is no participant
  DAYS           how the day is told, read against PUBLISHED (a Wednesday)
  DATELINES      the dateline formats of Kazinform and BelTA, and none
  PLACES         how the city is told (or not, or told away from the dateline's country)
Sub-grids cross each pair of dimensions with the others at their default (first) value. PUBLISHED is a Wednesday.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pytest

import kazbel_extract

PUBLISHED = "2024-03-20"  # a Wednesday

GOLOVCHENKO, BEKTENOV, KARANKEVICH, RYZHENKOV = "Roman Golovchenko", "Olzhas Bektenov", "Viktor Karankevich", "Maxim Ryzhenkov"
SIVAK, SPOKESMAN = "Anatoly Sivak", "Aibek Smadiyarov"


@dataclass(frozen=True)
class Form:
    """How side X is written: the words in the subject slot, in an object slot, a sentence before and after, the
    people it contributes (as written) and whether it reads in a coordination ("X and Y")."""
    name: str
    subject: str
    object: str
    people: tuple[str, ...]
    before: str = ""
    after: str = ""
    clause: str = ""  # words closing the meeting's own sentence
    coordinates: bool = True


# (how Y, the other side, is written; it always contributes BEKTENOV); the first is the default
Y_FORMS = [
    f"Kazakh Prime Minister {BEKTENOV}",
    f"Prime Minister of Kazakhstan {BEKTENOV}",
    f"{BEKTENOV}, Prime Minister of Kazakhstan,",
    f"the head of the Kazakh government, {BEKTENOV},",
    f"his Kazakh counterpart {BEKTENOV}",
    BEKTENOV,
    f"Kazakhstan's Prime Minister {BEKTENOV}",
    f"Chairman of the Board of Samruk-Kazyna {BEKTENOV}",
    f"Akim of Almaty Region {BEKTENOV}",
    f"Kazakh Ambassador to Belarus {BEKTENOV}",
    f"First Deputy Prime Minister of the Republic of Kazakhstan {BEKTENOV}",
]
Y = Y_FORMS[0]

FORMS = [
    Form("title and name", f"Belarusian Prime Minister {GOLOVCHENKO}", f"Belarusian Prime Minister {GOLOVCHENKO}",
         (GOLOVCHENKO,)),
    Form("full name", GOLOVCHENKO, GOLOVCHENKO, (GOLOVCHENKO,)),
    Form("short title and name", f"Prime Minister {GOLOVCHENKO}", f"Prime Minister {GOLOVCHENKO}", (GOLOVCHENKO,)),
    Form("name and apposition", f"{GOLOVCHENKO}, Belarus's Prime Minister,", f"{GOLOVCHENKO}, Belarus's Prime Minister,",
         (GOLOVCHENKO,)),
    Form("the title, name,", f"the Belarusian Prime Minister, {GOLOVCHENKO},",
         f"the Belarusian Prime Minister, {GOLOVCHENKO},", (GOLOVCHENKO,)),
    Form("initials", "Belarusian Prime Minister R.Golovchenko", "Belarusian Prime Minister R.Golovchenko",
         ("R.Golovchenko",)),
    Form("a list of three", f"{GOLOVCHENKO}, {KARANKEVICH} and {RYZHENKOV}",
         f"{GOLOVCHENKO}, {KARANKEVICH} and {RYZHENKOV}", (GOLOVCHENKO, KARANKEVICH, RYZHENKOV), coordinates=False),
    Form("a delegation led by X in the next sentence", "the Belarusian delegation", "the Belarusian delegation",
         (SIVAK,), after=f" The Belarusian delegation was led by Deputy Prime Minister {SIVAK}."),
    Form("he in the following sentence", "he", "him", (GOLOVCHENKO,),
         before=f"Belarusian Prime Minister {GOLOVCHENKO} arrived on a working visit. ", coordinates=False),
    Form("according to a source in the sentence", f"Belarusian Prime Minister {GOLOVCHENKO}",
         f"Belarusian Prime Minister {GOLOVCHENKO}", (GOLOVCHENKO,),
         clause=f", according to Foreign Ministry spokesman {SPOKESMAN}"),
    Form("a source told reporters, in the sentence", f"Belarusian Prime Minister {GOLOVCHENKO}",
         f"Belarusian Prime Minister {GOLOVCHENKO}", (GOLOVCHENKO,),
         clause=f", Foreign Ministry spokesman {SPOKESMAN} told reporters"),
    Form("a source in the next sentence", f"Belarusian Prime Minister {GOLOVCHENKO}",
         f"Belarusian Prime Minister {GOLOVCHENKO}", (GOLOVCHENKO,),
         after=f" The talks were constructive, Foreign Ministry spokesman {SPOKESMAN} told reporters."),
]


@dataclass(frozen=True)
class Predicate:
    """A held meeting: `text` has {X} (subject slot), {x} (object slot), {Y}, {y}, {where}, {when}."""
    name: str
    text: str
    places: bool = True  # whether a city can be written in it ("a videoconference" has none)


PREDICATES = [
    Predicate("X met with Y", "{X} met with {y}{where}{when}."),
    Predicate("X met Y", "{X} met {y}{where}{when}."),
    Predicate("X held talks with Y", "{X} held talks with {y}{where}{when}."),
    Predicate("X had a meeting with Y", "{X} had a meeting with {y}{where}{when}."),
    Predicate("X and Y held talks", "{X} and {y} held talks{where}{when}."),
    Predicate("X received Y", "{X} received {y}{where}{when}."),
    Predicate("Y was received by X", "{Y} was received by {x}{where}{when}."),
    Predicate("talks between X and Y took place", "Talks between {x} and {y} took place{where}{when}."),
    Predicate("X hosted Y", "{X} hosted {y}{where}{when}."),
    Predicate("X and Y discussed at a meeting", "{X} and {y} discussed trade and transit at a meeting{where}{when}."),
    Predicate("during the meeting with Y, X said",
              "During the meeting with {y}{where}{when}, {X} said the sides would expand cooperation."),
    Predicate("X and Y co-chaired the commission",
              "{X} and {y} co-chaired the session of the intergovernmental commission{where}{when}."),
    Predicate("a videoconference between X and Y", "A videoconference between {x} and {y} was held{when}.",
              places=False),
    Predicate("X met the delegation led by Y", "{X} met the Kazakh delegation led by {y}{where}{when}."),
    Predicate("X met the delegation headed by Y", "{X} met the Kazakh delegation headed by {y}{where}{when}."),
    Predicate("a bilateral meeting on the sidelines of the forum",
              "{X} had a bilateral meeting with {y} on the sidelines of the forum{where}{when}."),
    Predicate("X and Y met", "{X} and {y} met{where}{when}."),
    Predicate("X held a meeting with Y", "{X} held a meeting with {y}{where}{when}."),
    Predicate("negotiations between X and Y were held", "Negotiations between {x} and {y} were held{where}{when}."),
    Predicate("the meeting between X and Y took place", "The meeting between {x} and {y} took place{where}{when}."),
    Predicate("X welcomed Y", "{X} welcomed {y}{where}{when}."),
    Predicate("X held talks in a narrow format with Y", "{X} held talks in a narrow format with {y}{where}{when}."),
    Predicate("X received the delegation of the ministry headed by Y",
              "{X} received a delegation of the Kazakh Ministry of Industry headed by {y}{where}{when}."),
    Predicate("X and Y exchanged views at the meeting", "{X} and {y} exchanged views at the meeting{where}{when}."),
    # "you" inside a quote: the one spoken to takes part
    Predicate("'glad to see you,' X told Y at the talks",
              "\"I am glad to see you again,\" {X} told {y} at the start of the talks{when}.", places=False),
    Predicate("'welcome you,' X said to Y at the meeting",
              "\"We are pleased to welcome you,\" {X} said to {y} at the meeting{when}.", places=False),
]

# who else the text puts in the meeting, after it is told: (words, the person it adds or None)
OTHERS = [
    ("", None),
    (" The talks were also attended by Deputy Prime Minister {Z}.", "Z"),
    (" Deputy Prime Minister {Z} also took part in the meeting.", "Z"),
    (", accompanied by Deputy Prime Minister {Z}", "Z"),
    (" Deputy Prime Minister {Z} called the talks productive in a comment to journalists.", None),
]
ZHUMANGARIN = "Serik Zhumangarin"

TOKAYEV, LUKASHENKO = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko"

# what the meeting's sentence goes on to say, naming people who take no part (the topic, a sender, a host)
TOPICS = [
    "",
    f" to discuss the agreements reached by Presidents {TOKAYEV} and {LUKASHENKO}",
    f" and conveyed greetings from President {LUKASHENKO}",
    f" to discuss the instructions of President {TOKAYEV}",
    f" and reviewed the results of the state visit of {LUKASHENKO} to Astana",
    f" on behalf of President {LUKASHENKO}",
    f" and discussed the upcoming visit of President {TOKAYEV} to Astana",
]

# a headline line before the story: one meeting told twice is one record
HEADLINES = [
    "",
    f"{GOLOVCHENKO.split()[-1]} and {BEKTENOV.split()[-1]} discuss trade and transit\n",
    "Kazakh PM meets Belarusian counterpart\n",
    f"{BEKTENOV.split()[-1]}, {GOLOVCHENKO.split()[-1]} hold talks\n",
]

SHAKKALIYEV = "Arman Shakkaliyev"

# a body sentence after the meeting's: (words, the further meeting it tells as (people, its date) or None)
BODIES = [
    (f" {BEKTENOV} recalled that President {TOKAYEV} had visited Minsk last year.", None),
    (f" The sides also discussed the upcoming visit of President {LUKASHENKO} to Astana.", None),
    (" The heads of government will meet again in Astana in May.", None),
    (" Following the talks, the sides signed a memorandum on industrial cooperation.", None),
    (f" On the same day, {GOLOVCHENKO} also met with Kazakh Deputy Prime Minister {ZHUMANGARIN}.",
     ([GOLOVCHENKO, ZHUMANGARIN], "2024-03-16")),
    (f" He also held talks with Kazakh Trade Minister {SHAKKALIYEV}.", ([GOLOVCHENKO, SHAKKALIYEV], None)),
]

NON_MEETINGS = [
    ("a phone call", "{X} had a phone call with {y}{when}."),
    ("a telephone conversation", "{X} held a telephone conversation with {y}{when}."),
    ("will meet", "{X} will meet {y}{where} next week."),
    ("is to hold talks", "{X} is to hold talks with {y}{where}{when}."),
    ("a visit only", "{X} arrived{where} on an official visit{when}."),
    ("a forum", "{X} and {y} took part in the plenary session of the business forum{where}{when}."),
    ("a ceremony", "{X} and {y} attended the opening ceremony of the exhibition{where}{when}."),
    ("a speech", "{X} delivered a speech at the university{where}{when}."),
    ("a briefing", "{X} gave a briefing{where}{when}."),
    ("X said (a source only)", "{X} said{when} that trade with Kazakhstan had grown."),
]

# (wording, expected day against PUBLISHED)
DAYS = [
    (" on 16 March", "2024-03-16"),
    (" on March 16", "2024-03-16"),
    (" on 16 March 2024", "2024-03-16"),
    (" on Monday", "2024-03-18"),
    (" today", "2024-03-20"),
    (" yesterday", "2024-03-19"),
    (" on Tuesday, 19 March", "2024-03-19"),
    (" on Thursday", "2024-03-14"),
    (" on Wednesday", "2024-03-20"),
    (" last Friday", "2024-03-15"),
    (" Monday", "2024-03-18"),
    (" this morning", "2024-03-20"),
    (" earlier today", "2024-03-20"),
    (" on 16th March", "2024-03-16"),
    (" on the 16th of March", "2024-03-16"),
    (" on March 16, 2024", "2024-03-16"),
    (" on 16 March 2023", "2023-03-16"),
    (" on 15-16 March", "2024-03-15"),
    (" on Saturday, March 16", "2024-03-16"),
    (" earlier this week", None),
    (" last week", None),
    (" last month", None),
    (" in March", None),
    ("", None),
]

# one day wording of each kind, for the sub-grids that cross the days with a dimension of many values (the whole
# DAYS list is crossed with the datelines); the fronted days ("On Monday, X met Y") are these but the empty one
DAY_KINDS = [DAYS[i] for i in (0, 1, 3, 4, 5, 6, 9, 12, 18, 20, 23)]
FRONTED_DAYS = DAY_KINDS[:-1]

# (opening words, the dateline's city)
DATELINES = [
    ("", None),
    ("ASTANA. KAZINFORM – ", "Astana"),
    ("MINSK, 20 March (BelTA) – ", "Minsk"),
    ("MINSK (BelTA) - ", "Minsk"),
    ("NUR-SULTAN. KAZINFORM – ", "Nur-Sultan"),
    ("Astana, 20 March (Kazinform) – ", "Astana"),
]

# (wording, the city it states, or "dateline" for the dateline's city, or None for none whatever the dateline)
PLACES = [
    ("", "dateline"),
    (" in Minsk", "Minsk"),
    (" in the Kazakh capital", "Astana"),
    (" in Astana's Akorda", "Astana"),
    (" at the Palace of Independence", "dateline"),
    (" while on a visit to Uzbekistan", None),
]


def _clean(text: str) -> str:
    text = re.sub(r",\s*([.,])", r"\1", text)  # an apposition's comma before the sentence's own stop or comma
    return text[0].upper() + text[1:]


def _compose(template: str, form: Form, when: str, where: str, dateline: str, y: str = Y, fronted: bool = False) -> str:
    opening = ""
    if fronted and when:  # "On 16 March, X met Y"
        opening, when = when.strip()[0].upper() + when.strip()[1:] + ", ", ""
    body = template.format(X=form.subject, x=form.object, Y=y, y=y, when=when, where=where)
    if opening and body.split()[0] in ("Talks", "The", "During", "A"):
        body = body[0].lower() + body[1:]
    body = opening + body
    body = body[:-1] + form.clause + "." if form.clause else body
    return dateline + _clean(form.before + _clean(body)) + form.after


def _order(text: str, people: list[str]) -> list[str]:
    """The participants in the order they are first written (a headline's surname counts)."""
    return sorted(people, key=lambda name: text.find(name.split()[-1]))


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: list


def _held(predicate: Predicate, form: Form, day, dateline, place, y: str = Y, fronted: bool = False) -> Case:
    (when, date), (opening, dateline_city), (where, city) = day, dateline, place
    text = _compose(predicate.text, form, when, where, opening, y, fronted)
    location = dateline_city if city == "dateline" else city
    people = _order(text, [*form.people, BEKTENOV])
    record = {"type": "meeting", "participants": people, "date": date, "location": location}
    return Case(f"{predicate.name} | {form.name} | {'fronted ' if fronted else ''}{when.strip() or 'no day'} "
                f"| {opening.strip() or 'no dateline'} | {where.strip() or 'no place'}"
                + (f" | Y: {y}" if y != Y else "") + (f" | topic: {form.clause.strip()}" if form.clause and
                                                      form.name == FORMS[0].name else ""), text, [record])


def _headed(case: Case, headline: str) -> Case:
    """The case under a headline line: the same one record, its people in the order the headline writes them."""
    text = headline + case.text
    expected = [{**r, "participants": _order(text, r["participants"])} for r in case.expected]
    return Case(f"{case.id} | headline: {headline.strip()}", text, expected)


def _told_on(predicate: Predicate, day, body) -> Case:
    """The meeting, then a body sentence that names people who take no part in it, or tells a further meeting."""
    (when, date), (words, further) = day, body
    case = _held(predicate, FORMS[0], (when, date), DATELINES[3], PLACES[0])
    records = list(case.expected)
    if further is not None:
        people, day_of = further
        records.append({"type": "meeting", "participants": people, "date": day_of and date, "location": "Minsk"})
    return Case(f"{case.id} | body: {words.strip()[:40]}", case.text + words, records)


def _joined(predicate: Predicate, day, other) -> Case:
    """The meeting with a third person told after it ("The talks were also attended by Z"), or one who only comments
    on it; ", accompanied by Z" closes the meeting's own sentence."""
    (when, date), (words, adds) = day, other
    words = words.format(Z=ZHUMANGARIN)
    form = FORMS[0]
    if words.startswith(","):
        form = Form(form.name, form.subject, form.object, form.people, clause=words)
    text = _compose(predicate.text, form, when, "", DATELINES[3][0]) + ("" if words.startswith(",") else words)
    people = _order(text, [GOLOVCHENKO, BEKTENOV, *([ZHUMANGARIN] if adds else [])])
    record = {"type": "meeting", "participants": people, "date": date, "location": "Minsk"}
    return Case(f"{predicate.name} | {when.strip() or 'no day'} | others: {words.strip()[:40] or 'none'}", text, [record])


def _applies(predicate: Predicate, form: Form, place) -> bool:
    coordinated = " and {" in predicate.text or "{X} and" in predicate.text
    if coordinated and not form.coordinates:
        return False
    return predicate.places or place == PLACES[0]


def _cases() -> list[Case]:
    cases: dict[str, Case] = {}

    def add(case: Case) -> None:
        cases.setdefault(case.id, case)

    p0, f0, d0, l0, w0 = PREDICATES[0], FORMS[0], DAYS[0], DATELINES[0], PLACES[0]
    for predicate, form in itertools.product(PREDICATES, FORMS):
        if _applies(predicate, form, w0):
            add(_held(predicate, form, d0, l0, w0))
    for predicate, day in itertools.product(PREDICATES, DAY_KINDS):
        add(_held(predicate, f0, day, l0, w0))
    for predicate, place in itertools.product(PREDICATES, PLACES):
        if _applies(predicate, f0, place):
            add(_held(predicate, f0, d0, DATELINES[2], place))
    for predicate, dateline in itertools.product(PREDICATES, DATELINES):
        add(_held(predicate, f0, d0, dateline, w0))
    for form, day in itertools.product(FORMS, DAY_KINDS):
        add(_held(p0, form, day, l0, w0))
    for day, dateline in itertools.product(DAYS, DATELINES):
        add(_held(p0, f0, day, dateline, w0))
    for place, dateline in itertools.product(PLACES, DATELINES):
        add(_held(p0, f0, d0, dateline, place))
    for form, place in itertools.product(FORMS, PLACES):
        add(_held(p0, form, d0, DATELINES[3], place))
    # the day fronted ("On 16 March, X met Y"), crossed with the predicates and the days
    for predicate, day in itertools.product(PREDICATES, FRONTED_DAYS):
        if "\"" not in predicate.text:
            add(_held(predicate, f0, day, l0, w0, fronted=True))
    # how Y is written, crossed with the predicates, the forms of X and the days
    for predicate, y in itertools.product(PREDICATES, Y_FORMS):
        if not (y.startswith("his ") and predicate.text.startswith("{Y}")):  # "his" written before the one it is of
            add(_held(predicate, f0, d0, l0, w0, y))
    for form, y in itertools.product(FORMS, Y_FORMS):
        if not (form.name.startswith("a delegation") and y.startswith("his ")):
            add(_held(p0, form, d0, l0, w0, y))
    for day, y in itertools.product(DAY_KINDS, Y_FORMS):
        add(_held(p0, f0, day, DATELINES[1], w0, y))
    # who else takes part, crossed with the predicates and the days
    for predicate, other in itertools.product(PREDICATES, OTHERS):
        closing = other[0].startswith(",")  # closes the meeting's clause: not after "X said ..." or a noun's "X and Y"
        if not (closing and ("{x}" in predicate.text or " said " in predicate.text)) and "\"" not in predicate.text:
            add(_joined(predicate, d0, other))
    for day, other in itertools.product(DAY_KINDS, OTHERS):
        add(_joined(p0, day, other))
    # people named in the topic, crossed with the predicates that end in their own clause and with the days
    for predicate, topic in itertools.product(PREDICATES, TOPICS):
        if predicate.text.startswith("{X}") and predicate.text.endswith("{when}."):  # X does what the topic says
            form = Form(f0.name, f0.subject, f0.object, f0.people, clause=topic)
            add(_held(predicate, form, d0, DATELINES[3], w0) if topic else _held(predicate, f0, d0, DATELINES[3], w0))
    for topic, day in itertools.product(TOPICS[1:], DAY_KINDS):
        add(_held(p0, Form(f0.name, f0.subject, f0.object, f0.people, clause=topic), day, DATELINES[3], w0))
    # a headline before the story, crossed with the predicates and the datelines
    for predicate, headline in itertools.product(PREDICATES, HEADLINES[1:]):
        add(_headed(_held(predicate, f0, d0, DATELINES[1], w0), headline))
    for dateline, headline in itertools.product(DATELINES, HEADLINES[1:]):
        add(_headed(_held(p0, f0, d0, dateline, w0), headline))
    # a body sentence after the meeting, crossed with the predicates whose subject is X and with the days
    for predicate, body in itertools.product(PREDICATES, BODIES):
        if predicate.text.startswith("{X}") and "\"" not in predicate.text \
                and not (body[0].startswith(" He ") and predicate.text.startswith("{X} and")):  # "he" of two
            add(_told_on(predicate, d0, body))
    for day, body in itertools.product(DAY_KINDS, BODIES):
        add(_told_on(p0, day, body))
    # no record: a wording that states no held meeting, crossed with the forms and the days
    for (name, template), form in itertools.product(NON_MEETINGS, FORMS[:6]):
        text = _compose(template, form, d0[0], PLACES[1][0], "")
        add(Case(f"no meeting: {name} | {form.name}", text, []))
    for (name, template), (when, _) in itertools.product(NON_MEETINGS, DAY_KINDS):
        text = _compose(template, f0, when, "", DATELINES[3][0])
        add(Case(f"no meeting: {name} | {when.strip() or 'no day'}", text, []))
    return list(cases.values())


# -- one meeting restated: headline, lede, "during the meeting", "the talks" -------------------------------------------

RESTATEMENTS = [
    " During the meeting, the sides discussed trade and industrial cooperation.",
    " The talks focused on transit and logistics.",
    f" At the meeting, {BEKTENOV} noted the growth of mutual trade.",
    f" {GOLOVCHENKO} thanked his counterpart for the warm welcome at the talks.",
]


def _restated() -> list[Case]:
    cases = []
    for predicate, tail in itertools.product(PREDICATES[:6], RESTATEMENTS):
        text = _compose(predicate.text, FORMS[0], DAYS[0][0], PLACES[1][0], DATELINES[3][0]) + tail
        people = _order(text, [GOLOVCHENKO, BEKTENOV])
        record = {"type": "meeting", "participants": people, "date": "2024-03-16", "location": "Minsk"}
        cases.append(Case(f"restated: {predicate.name} | {tail.strip()[:30]}", text, [record]))
    return cases


# -- stories: the day and city told in another sentence than the meeting's ------------------------------------------

G, B = f"Belarusian Prime Minister {GOLOVCHENKO}", f"Kazakh Prime Minister {BEKTENOV}"


def _m(people, date=None, location=None):
    return {"type": "meeting", "participants": people, "date": date, "location": location}


STORIES = [
    ("the next day after an arrival", f"{G} arrived in Astana on 15 March on an official visit. The next day he held "
     f"talks with {B}.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Astana")]),
    ("the day told in the next sentence", f"ASTANA. KAZINFORM – {G} held talks with {B} in Astana. The talks took place "
     "on 16 March.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Astana")]),
    ("a second meeting on another day", f"MINSK (BelTA) - {G} met with {B} on Saturday. On Monday, {GOLOVCHENKO} also "
     f"met with Kazakh Deputy Prime Minister {ZHUMANGARIN}.",
     [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Minsk"), _m([GOLOVCHENKO, ZHUMANGARIN], "2024-03-18", "Minsk")]),
    ("said after meeting Y", f"\"We discussed trade and logistics,\" {G} said after meeting {B} on 16 March.",
     [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16")]),
    ("who is on a visit to the city, under another dateline", f"MINSK (BelTA) - {G}, who is on a visit to Astana, "
     f"met with {B} on 16 March.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Astana")]),
    ("on the sidelines of a summit in a city on a day", f"MINSK (BelTA) - {G} met with {B} on the sidelines of the "
     "summit in Astana on 16 March.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Astana")]),
    ("a phone call, then a meeting", f"MINSK (BelTA) - {G} had a phone call with {B} on Monday. On Tuesday, {G} met "
     f"with Kazakh Deputy Prime Minister {ZHUMANGARIN}.", [_m([GOLOVCHENKO, ZHUMANGARIN], "2024-03-19", "Minsk")]),
    ("two counterparts in one meeting", f"MINSK (BelTA) - {G} met with {B} and Kazakh Deputy Prime Minister "
     f"{ZHUMANGARIN} on 16 March.", [_m([GOLOVCHENKO, BEKTENOV, ZHUMANGARIN], "2024-03-16", "Minsk")]),
    ("later that day, another meeting", f"MINSK (BelTA) - {G} received {B} on 16 March. Later that day, {GOLOVCHENKO} "
     f"met with Kazakh Deputy Prime Minister {ZHUMANGARIN}.",
     [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Minsk"), _m([GOLOVCHENKO, ZHUMANGARIN], "2024-03-16", "Minsk")]),
    ("the venue in the next sentence", f"ASTANA. KAZINFORM – {G} met with {B} on 16 March. The meeting took place at "
     "the Palace of Independence in Minsk.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Minsk")]),
    ("narrow and expanded formats", f"MINSK (BelTA) - {G} and {B} held talks in narrow and expanded formats on "
     "16 March.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Minsk")]),
    ("the expanded format joined by a minister", f"MINSK (BelTA) - {G} held talks with {B} on 16 March. Kazakh Trade "
     f"Minister {SHAKKALIYEV} joined the talks in the expanded format.",
     [_m([GOLOVCHENKO, BEKTENOV, SHAKKALIYEV], "2024-03-16", "Minsk")]),
    ("the talks were held at the invitation of a third", f"MINSK (BelTA) - {G} held talks with {B} on 16 March at the "
     f"invitation of President {LUKASHENKO}.", [_m([GOLOVCHENKO, BEKTENOV], "2024-03-16", "Minsk")]),
]


def _stories() -> list[Case]:
    return [Case(f"story: {name}", text, expected) for name, text, expected in STORIES]


CASES = _cases() + _restated() + _stories()


@pytest.fixture(scope="module")
def extracted(nlp) -> dict[str, list]:
    records = [{"id": c.id, "text": c.text, "published": PUBLISHED} for c in CASES]
    out = {}
    for case, article in zip(CASES, kazbel_extract.extract_many(records, nlp=nlp)):
        out[case.id] = [{k: e[k] for k in ("type", "participants", "date", "location")}
                        for e in article.to_dict()["events"] if e["type"] == "meeting"]
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_meeting_grid(extracted, case):
    assert extracted[case.id] == case.expected, case.text
