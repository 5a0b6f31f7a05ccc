"""Wording grid for agreements and joint ventures (session 11): the exact records for crossed dimensions.

The scorer matches agreements on status and joint ventures on count and status, so what each case asserts is the
list of records an article gives: (count, status) for each agreement, with the title where the noun is what varies,
and (count, status) for each joint venture. The dimensions are complete classes of English wire wording:

- DOCUMENTS: every document noun the guidelines name (agreement ... contract, deal, "documents"), and the ones they
  do not (a declaration, a joint statement: no record);
- COUNTS: none, "a/an", "the", written numbers, hedged numbers, group words, and coordinated documents with their
  own count or one shared;
- STAGES: the verb phrase by tense, aspect, modality and voice (signed, planned, in force; ratified or awaiting
  ratification is signed; a draft, preparing, discussing or a failed signing is planned; a denial is no record);
- GROUPS: a group with a value or a count, listed after a colon or "including" (each named document a record);
- NOT_RECORDS: understandings, the minutes of a sitting (a bare protocol), one side's own programme, the programme of a visit or forum, a bloc's founding
  treaty, the legal framework, a document inside another's title, a document restated;
- ventures: VENTURE_NOUNS x VENTURE_COUNTS x VENTURE_STAGES (operating, planned, no record for interest alone),
  joint production by its stage, and clause shapes around one venture (VENTURE_SHAPES).

The crossing is pairwise: nouns x stages at one count, counts x stages at one noun, nouns x counts at one stage;
signatories x determiner x noun x a few signing verbs in full (a long subject moves where the parse hangs phrases).
All texts go through the pipeline once (`extract_many`); every sentence is written for this project.
"""
from __future__ import annotations

from itertools import product

import pytest

import kazbel_extract

SIGNED, PLANNED, IN_FORCE = "signed", "planned", "in_force"

# ---- documents: (singular noun phrase, its title, plural head for counted forms) -------------------------------------
DOCUMENTS = [
    ("an agreement on cooperation in veterinary medicine", "agreement on cooperation in veterinary medicine", "agreements"),
    ("an intergovernmental agreement on international road transport",
     "intergovernmental agreement on international road transport", "intergovernmental agreements"),
    ("a memorandum of understanding on digital trade", "memorandum of understanding on digital trade", "memorandums"),
    ("an MoU on cooperation in tourism", "MoU on cooperation in tourism", "MoUs"),
    ("a protocol on mutual supplies of grain", "protocol on mutual supplies of grain", "protocols"),
    ("a roadmap for industrial cooperation", "roadmap for industrial cooperation", "roadmaps"),
    ("a road map on trade and economic cooperation", "road map on trade and economic cooperation", "road maps"),
    ("an action plan for 2025-2027", "action plan for 2025-2027", "action plans"),
    ("a plan of action on energy cooperation", "plan of action on energy cooperation", "plans of action"),
    ("a programme of cooperation in culture", "programme of cooperation in culture", "programmes of cooperation"),
    ("a program of cooperation in sport", "program of cooperation in sport", "programs of cooperation"),
    ("a treaty on legal assistance in civil cases", "treaty on legal assistance in civil cases", "treaties"),
    ("a contract for the supply of 200 buses", "contract for the supply of 200 buses", "contracts"),
    ("a deal on grain supplies", "deal on grain supplies", "deals"),
    ("a commercial contract for the supply of combines", "commercial contract for the supply of combines",
     "commercial contracts"),
]

# ---- who signs, crossed with the determiner and the noun (the parse of a long subject moves the title's phrases) ----
SIGNATORIES = [
    "The prime ministers",
    "Belarusian Prime Minister Roman Golovchenko and his Kazakh counterpart Olzhas Bektenov",
    "The heads of the two customs services",
    "Gomel Oblast and Pavlodar Region",
    "The Kazakh and Belarusian sides",
]
NESTING = [  # a document named inside another's title: one record, the outer one
    "protocol on amendments to the agreement on transit",
    "agreement on the implementation of the treaty on the border",
    "memorandum on the implementation of the roadmap",
    "protocol to the agreement on trade in services",
]
SIGNING_VERBS = [("signed {d} {n} on Monday.", SIGNED), ("will sign {d} {n} in May.", PLANNED),
                 ("have signed {d} {n}.", SIGNED)]

# ---- stages: (sentence with {np} or {NP}, expected status or None for no record) -------------------------------------
# A singular sentence; {was}/{is}/{has} agree with the noun phrase.
STAGES = [
    ("Belarus and Kazakhstan signed {np} on Monday.", SIGNED),
    ("Belarus and Kazakhstan have signed {np}.", SIGNED),
    ("{NP} {was} signed in Minsk on Tuesday.", SIGNED),
    ("{NP} {has} been signed by the two governments.", SIGNED),
    ("The two ministers inked {np} in Astana.", SIGNED),
    ("The sides concluded {np} during the visit.", SIGNED),
    ("The heads of the delegations exchanged {np} after the talks.", SIGNED),
    ("{NP} {was} ratified by the Belarusian parliament in May.", SIGNED),
    ("{NP} still {awaits} ratification by the Mazhilis.", SIGNED),
    ("{NP} {was} initialled in Astana last week.", PLANNED),  # its text agreed, its signing ahead
    ("Belarus and Kazakhstan will sign {np} in May.", PLANNED),
    ("The ministers are to sign {np} next week.", PLANNED),
    ("{NP} {is} to be signed in October.", PLANNED),
    ("The sides are expected to sign {np} during the visit.", PLANNED),
    ("Belarus and Kazakhstan plan to sign {np} this year.", PLANNED),
    ("The ministries are preparing {np}.", PLANNED),
    ("{NP} {is} being drafted by experts of the two ministries.", PLANNED),
    ("{NP} {was} drafted by experts of the two ministries.", PLANNED),
    ("{NP} could be signed during the visit of the Kazakh president.", PLANNED),
    ("{NP} {is} due to be signed in June.", PLANNED),
    ("The sides discussed the draft of {np}.", PLANNED),
    ("The sides failed to sign {np} at the talks.", PLANNED),
    ("{NP} entered into force in 2020.", IN_FORCE),
    ("{NP} {is} already in force.", IN_FORCE),
    ("{NP} {is} being implemented successfully.", IN_FORCE),
]

# More stage wordings, crossed with the counts: nominal signings, other signing verbs, talk, review, plans.
MORE_STAGES = [
    ("{NP} {was} inked at the end of the talks.", SIGNED),
    ("{NP} {was} sealed in the presence of the two presidents.", SIGNED),
    ("{NP} {has} been concluded between the two ministries.", SIGNED),
    ("The talks resulted in the signing of {np}.", SIGNED),
    ("The signing of {np} took place in the Palace of Independence.", SIGNED),
    ("The visit ended with the signing of {np}.", SIGNED),
    ("{NP} will be signed during the upcoming visit.", PLANNED),
    ("The signing of {np} is scheduled for November.", PLANNED),
    ("{NP} {is} under consideration by the two governments.", PLANNED),
    ("{NP} {is} being negotiated by the ministries.", PLANNED),
    ("The sides agreed to sign {np} by the end of the year.", PLANNED),
    ("The ministers instructed their deputies to prepare {np}.", PLANNED),
]

SINGULAR = {"was": "was", "is": "is", "has": "has", "awaits": "awaits"}
PLURAL = {"was": "were", "is": "are", "has": "have", "awaits": "await"}

# ---- counts: (noun phrase of agreements on transit, is it plural, expected count) ------------------------------------
COUNTS = [
    ("an agreement on transit", False, None),
    ("the agreement on transit", False, None),
    ("three agreements", True, 3),
    ("3 agreements", True, 3),
    ("12 agreements", True, 12),
    ("more than 10 agreements", True, 10),
    ("over 20 agreements", True, 20),
    ("a number of agreements", True, None),
    ("several agreements", True, None),
    ("a package of documents", False, None),
    ("agreements on cooperation in transport", True, None),
]

# Coordinated documents: separately counted parts are one record each, one shared count or verb is one.
COORDINATED = [
    ("two agreements and a memorandum", [(2, None), (None, "memorandum")]),
    ("seven agreements and three other documents", [(7, None), (3, None)]),
    ("three memorandums and contracts", [(3, None)]),
    ("an agreement on transit and a memorandum on tourism", [(None, "agreement on transit"),
                                                             (None, "memorandum on tourism")]),
]
COORDINATED_STAGES = [
    ("Belarus and Kazakhstan signed {np} on Monday.", SIGNED),
    ("Belarus and Kazakhstan will sign {np} in May.", PLANNED),
]

# ---- groups: a value, a count, a list after a colon or "including" -------------------------------------------------
GROUPS = [
    ("Belarusian and Kazakh companies signed contracts worth $100 million at the forum.", [(None, SIGNED)]),
    ("The companies signed 15 contracts worth $100 million.", [(15, SIGNED)]),
    ("The sides signed a package of 12 documents.", [(12, SIGNED)]),
    ("The documents signed include an agreement on transit and a memorandum on tourism.",
     [(None, SIGNED), (None, SIGNED)]),
    ("Two agreements were signed: on customs and on transit.", [(None, SIGNED), (None, SIGNED)]),
    ("Three documents were signed: an agreement on transit, a memorandum on tourism and a protocol on customs.",
     [(None, SIGNED), (None, SIGNED), (None, SIGNED)]),
    ("A package of documents was signed, including an agreement on transit.", [(None, SIGNED)]),
    ("More than 20 documents will be signed, including an agreement on transit.", [(20, PLANNED), (None, PLANNED)]),
    ("The sides exchanged memorandums on cooperation in education.", [(None, SIGNED)]),
    ("Following the talks, the presidents signed a joint communique and an agreement on transit.", [(None, SIGNED)]),
]

# ---- clause shapes around one document: quotes, relative clauses, nominal signings, extension, ratification --------
CLAUSE_SHAPES = [
    ('"We have signed 12 documents today," Tokayev told reporters.', [(12, SIGNED)]),
    ("The agreement on transit, which was signed in 2019, has boosted freight traffic.", [(None, SIGNED)]),
    ("The agreement on transit, which will be signed in May, will boost freight traffic.", [(None, PLANNED)]),
    ("The sides noted the importance of the agreement on transit.", [(None, IN_FORCE)]),
    ("Tokayev and Lukashenko witnessed the signing of a memorandum on tourism.", [(None, SIGNED)]),
    ("The memorandum on tourism was among the documents signed.", [(None, SIGNED)]),
    ("Lukashenko said the sides would sign a roadmap on industry by the end of the year.", [(None, PLANNED)]),
    ("The Kazakh side handed over a draft agreement on transit to the Belarusian side.", [(None, PLANNED)]),
    ("The agreement on transit has been extended until 2030.", [(None, IN_FORCE)]),
    ("The sides confirmed their commitment to the agreement on transit.", [(None, IN_FORCE)]),
    ("Both sides have ratified the agreement on transit.", [(None, SIGNED)]),
    ("The agreement on transit came into force last year.", [(None, IN_FORCE)]),
    ("The ministers were unable to conclude the contract for the supply of grain.", [(None, PLANNED)]),
    ("The ministries have prepared a memorandum on cooperation in education.", [(None, PLANNED)]),
    ("The ministries have developed a roadmap on digitalisation.", [(None, IN_FORCE)]),
    ("Belarus and Kazakhstan have agreed on a roadmap for industrial cooperation.", [(None, SIGNED)]),
    ("The sides signed a development programme of cooperation.", [(None, SIGNED)]),  # a kind, not a stage
    ("The sides signed a working plan of cooperation.", [(None, SIGNED)]),
    ("The sides signed a work plan.", [(None, SIGNED)]),
    ("The ministries signed a plan of joint events in the field of culture.", [(None, SIGNED)]),
    ("The sides discussed the draft roadmap.", [(None, PLANNED)]),
    ("The ministers agreed upon a plan of action for 2026.", [(None, SIGNED)]),
    ("The sides will agree on a new programme of cooperation in June.", [(None, PLANNED)]),
    ("The sides agreed on the text of the agreement on transit.", [(None, PLANNED)]),
]

# ---- no record: (text, expected agreement records) ------------------------------------------------------------------
NOT_RECORDS = [
    ("The sides agreed to expand cooperation in transport and logistics.", []),
    ("The presidents reached agreements on cooperation in healthcare and education.", []),
    ("Agreements were reached on increasing mutual supplies of grain.", []),
    ("An agreement was reached to hold the next session of the commission in Minsk.", []),
    ("The ministers came to an agreement on the dates of the next session.", []),
    ("Kazakhstan adopted a state programme of industrial development until 2030.", []),
    ("The Belarusian government approved a national roadmap for digitalisation.", []),
    ("The programme of the visit includes talks with the prime minister.", []),
    ("The forum's programme features panel sessions on logistics and agriculture.", []),
    ("Trade has grown since the Treaty on the Eurasian Economic Union took effect.", []),
    ("Both countries are parties to the Treaty on the Eurasian Economic Union signed in 2014.", []),
    ("The sides praised the treaty and legal framework of bilateral relations.", []),
    ("No agreements were signed during the visit.", []),
    ("The intergovernmental commission's session ended with the signing of a protocol.", []),  # its minutes
    ("After the talks, the co-chairs signed the protocol.", []),
    ("After the talks, the ministers signed a protocol on customs cooperation.", [(None, SIGNED)]),
    ("The two ministers signed a protocol on expanding mutual trade at a meeting in Astana.", [(None, SIGNED)]),
    ("The sides reviewed the implementation of several agreements.", []),  # named, not reported: no stage of their own
    ("The sides reviewed the implementation of the agreement on transit.", [(None, IN_FORCE)]),
    ("The sides reviewed the implementation of 12 agreements.", [(12, IN_FORCE)]),
    ("The presidents signed a joint statement on strategic partnership.", []),
    ("The presidents signed a declaration on further development of cooperation.", []),
    ("The sides signed a protocol on amendments to the agreement on transit.",
     [(None, SIGNED, "protocol on amendments to the agreement on transit")]),
    ("The prime ministers signed the protocol on amendments to the agreement on transit.",
     [(None, SIGNED, "protocol on amendments to the agreement on transit")]),
    ("The prime ministers signed a protocol to the agreement on trade in services on Monday.", [(None, SIGNED)]),
    ("The Kazakh and Belarusian sides will sign the protocol to the agreement on trade in services in May.",
     [(None, PLANNED)]),
    ("The Kazakh side handed over a draft agreement on transit to the Belarusian side.", [(None, PLANNED)]),
    ("Belarus, Kazakhstan sign roadmap on industrial cooperation\n\n"
     "ASTANA, 3 June - The prime ministers of Belarus and Kazakhstan signed a roadmap on industrial cooperation "
     "on Tuesday. The roadmap covers 40 joint projects.",
     [(None, SIGNED, "roadmap on industrial cooperation")]),
    ("The ministers signed an agreement on labour migration. The agreement will simplify the hiring of workers.",
     [(None, SIGNED, "agreement on labour migration")]),
    ("The sides signed an agreement on transit and a memorandum on tourism. Both documents will take effect in June.",
     [(None, SIGNED), (None, SIGNED)]),
    ("The sides signed an agreement on transit and an agreement on customs. The two agreements will simplify trade.",
     [(None, SIGNED), (None, SIGNED)]),
    ("In 2019 the sides signed an agreement on transit and a memorandum on tourism. These documents entered into "
     "force in 2020.", [(None, IN_FORCE), (None, IN_FORCE)]),
    ("The sides signed an agreement on transit and a memorandum on tourism. Three more documents will be signed in "
     "May.", [(None, SIGNED), (None, SIGNED), (3, PLANNED)]),
    ('The sides signed a roadmap. "We will work to fulfil a roadmap of our cooperation," Lukashenko said.',
     [(None, SIGNED, "roadmap")]),
    ('The sides signed a roadmap on industry. "We will implement our roadmap in full," Lukashenko said.',
     [(None, SIGNED, "roadmap on industry")]),
    ('The sides will implement a cooperation roadmap, Lukashenko said. "We will take steps to deepen a roadmap of '
     'their relations," he added.', [(None, IN_FORCE, "cooperation roadmap")]),
    ("The ministers signed an agreement on transit. They also discussed their agreement on customs.",
     [(None, SIGNED), (None, PLANNED)]),
]

# ---- a headline over its lede: one record, of the lede's status ----------------------------------------------------
HEADLINES = [
    ("Belarus, Kazakhstan sign {h}", "signed {b}", SIGNED),
    ("Kazakh, Belarusian ministers ink {h}", "signed {b}", SIGNED),
    ("Belarus, Kazakhstan to sign {h}", "will sign {b}", PLANNED),
    ("Belarus and Kazakhstan plan to sign {h}", "are expected to sign {b}", PLANNED),
]
HEADLINE_DOCUMENTS = [  # (headline's words, the lede's, expected count)
    ("roadmap on industrial cooperation", "a roadmap on industrial cooperation", None),
    ("memorandum on digital trade", "a memorandum of understanding on digital trade", None),
    ("12 documents", "12 documents", 12),
    ("agreement on cooperation in transport", "an intergovernmental agreement on cooperation in transport", None),
]

HEADLINE_FLOORS = [  # a headline's count given as a floor is the lede's larger count: (headline's, lede's, count)
    ("over 10 documents", "12 documents", 12),
    ("more than 10 documents", "12 documents", 12),
    ("over 20 agreements", "23 agreements", 23),
]


def _headline_text(headline: str, lede: str, h: str, b: str) -> str:
    return (headline.format(h=h) + "\n\nASTANA, 3 June - The prime ministers of Belarus and Kazakhstan "
            + lede.format(b=b) + " on Tuesday. The talks focused on logistics.")


# ---- joint ventures -------------------------------------------------------------------------------------------------
# (singular phrase without article, plural phrase)
VENTURE_NOUNS = [
    ("joint venture", "joint ventures"),
    ("JV", "JVs"),
    ("joint enterprise", "joint enterprises"),
    ("joint company", "joint companies"),
    ("assembly plant", "assembly plants"),
    ("assembly line", "assembly lines"),
]
# (determiner or number, plural?, expected count)
VENTURE_COUNTS = [
    ("", True, None),
    ("a", False, None),
    ("eight", True, 8),
    ("more than 400", True, 400),
]
# (sentence with {np}/{NP}, {were}/{operate}/{have}/{is} agreeing, expected status or None)
VENTURE_STAGES = [
    ("{NP} {were} set up in Kazakhstan with Belarusian partners.", "operating"),
    ("{NP} {operate} in Kazakhstan with Belarusian partners.", "operating"),
    ("{NP} {have} been working in the Kostanay region since 2015.", "operating"),
    ("The Minsk Automobile Plant has launched {np} in Kazakhstan.", "operating"),
    ("Belarusian and Kazakh companies will launch {np} in Kostanay.", "planned"),
    ("The sides are working to launch {np} in the Karaganda region.", "planned"),
    ("Gomselmash and KazAgro agreed to set up {np} in Kazakhstan.", "planned"),
    ("{NP} could be set up in the Pavlodar region.", "planned"),
    ("The partners plan to open {np} in Kazakhstan next year.", "planned"),
    ("{NP} {is} to be built in Kostanay.", "planned"),
    ("Belarus is interested in setting up {np} in Kazakhstan.", None),
    ("The Kazakh side is ready to consider setting up {np} with Belarusian partners.", None),
]
V_SINGULAR = {"were": "was", "operate": "operates", "have": "has", "is": "is"}
V_PLURAL = {"were": "were", "operate": "operate", "have": "have", "is": "are"}

# ventures by where they are, crossed in full with nouns, counts (more: hedged and in digits) and a few stages
VENTURE_PLACES = ["in Kazakhstan", "in the Kostanay region", ""]
MORE_VENTURE_COUNTS = [("a", False, None), ("about 30", True, 30), ("12", True, 12), ("more than 400", True, 400)]
PLACED_STAGES = [
    ("{NP} {operate} {p}.", "operating"),
    ("Belarusian firms opened {np} {p} last year.", "operating"),
    ("Belarusian firms will open {np} {p}.", "planned"),
    ("{NP} {is} planned {p}.", "planned"),
    ("Kazakh and Belarusian companies intend to create {np} {p}.", "planned"),
]

PRODUCTION_STAGES = [  # joint production of one side's products in the other's country, by its stage
    ("Belarusian and Kazakh partners have launched the joint production of Belarusian tractors in Kazakhstan.",
     "operating"),
    ("The joint production of Belarusian buses in Kazakhstan was set up in 2019.", "operating"),
    ("The sides will organise the joint production of Belarusian elevators in Kazakhstan.", "planned"),
    ("The companies agreed to launch the joint production of Belarusian combines in Kazakhstan.", "planned"),
    ("Kazakhstan is interested in the joint production of Belarusian trucks in the country.", None),
]

VENTURE_SHAPES = [  # clause shapes around one venture mention: (text, expected (count, status) records)
    ("There are about 100 enterprises with Belarusian capital in Kazakhstan, including 40 joint ventures.",
     [(40, "operating")]),
    ("The sides intend to create a joint venture for the production of fertilisers.", [(None, "planned")]),
    ("The creation of a joint venture is under discussion.", []),
    ("A joint venture for the production of buses is being set up in Almaty.", [(None, "planned")]),
    ("Kazakh and Belarusian companies set up 15 joint ventures last year.", [(15, "operating")]),
    ("The sides are ready to set up joint ventures in Kazakhstan.", []),
    ("The number of joint ventures has reached 150.", [(150, "operating")]),
    ("MAZ plans to open an assembly plant in Kazakhstan by 2027.", [(None, "planned")]),
    ("A memorandum on the creation of a joint venture was signed.", [(None, "planned")]),
    ("Eight assembly plants producing Belarusian equipment operate in Kazakhstan, and four more will be opened.",
     [(8, "operating"), (4, "planned")]),
    ("The joint venture, established in 2015, produces 2,000 tractors a year.", [(None, "operating")]),
    ("Belarus and Kazakhstan have 40 joint ventures.", [(40, "operating")]),
    ("The two countries discussed joint ventures in machine building.", []),
    ("Belarus proposed setting up a joint venture for the production of lifts.", []),
    ("The joint plant is under construction in Kostanay.", [(None, "planned")]),
    ("Two joint ventures have already been registered in the Almaty region.", [(2, "operating")]),
    # a mention whose clause states no stage takes the stage of the venture before it in its sentence
    ("KIA began the construction of a new plant in Kostanay, marking its first investment in a joint venture abroad.",
     [(None, "planned")]),
    ("MAZ will build an assembly plant in Almaty, its second joint venture in Kazakhstan.", [(None, "planned")]),
    ("Eight joint ventures operate in Kazakhstan, and Belarusian firms will open a new assembly plant in Kostanay.",
     [(8, "operating"), (None, "planned")]),
]

VENTURE_OTHERS = [
    ("More than 2,000 companies with Belarusian capital operate in Kazakhstan.", []),
    ("Belarusian companies have set up the joint production of tractors in Kazakhstan.", [(None, "operating")]),
    ("The partners will launch the joint production of Belarusian elevators in Kazakhstan.", [(None, "planned")]),
]


def _fill(template: str, np: str, plural: bool, forms: dict) -> str:
    agree = (forms[1] if plural else forms[0])
    text = template.format(np=np, NP=np[:1].upper() + np[1:], **agree)
    return text


def _document_cases():
    for (np, title, _), (stage, status) in product(DOCUMENTS, STAGES):
        text = _fill(stage, np, False, (SINGULAR, PLURAL))
        yield f"noun x stage: {text}", text, "agreement", [(None, status, title)]
    for (np, plural, count), (stage, status) in product(COUNTS, STAGES):
        text = _fill(stage, np, plural, (SINGULAR, PLURAL))
        yield f"count x stage: {text}", text, "agreement", [(count, status)]
    nouns = [np.split(" ", 1)[1] for np, _, _ in DOCUMENTS] + NESTING
    for subject, det, noun, (verb, status) in product(SIGNATORIES, ("a", "the"), nouns, SIGNING_VERBS):
        article = ("an" if noun[0] in "aeiouAEIOU" else "a") if det == "a" else det
        text = f"{subject} {verb.format(d=article, n=noun)}"
        yield f"signatory x determiner x noun: {text}", text, "agreement", [(None, status)]
    for (np, plural, count), (stage, status) in product(COUNTS, MORE_STAGES):
        text = _fill(stage, np, plural, (SINGULAR, PLURAL))
        yield f"count x more stages: {text}", text, "agreement", [(count, status)]
    for (np, title, _), (stage, status) in product(DOCUMENTS[::3], MORE_STAGES):
        text = _fill(stage, np, False, (SINGULAR, PLURAL))
        yield f"noun x more stages: {text}", text, "agreement", [(None, status)]
    for (np, title, plural), count in product(DOCUMENTS, ("three", "3", "12", "more than 10")):
        text = f"Belarus and Kazakhstan signed {count} {plural} on Monday."
        yield f"noun x count: {text}", text, "agreement", [(int(count) if count.isdigit() else
                                                            {"three": 3, "more than 10": 10}[count], SIGNED)]
    for (np, parts), (stage, status) in product(COORDINATED, COORDINATED_STAGES):
        text = _fill(stage, np, True, (SINGULAR, PLURAL))
        yield f"coordinated: {text}", text, "agreement", [
            (count, status) if name is None else (count, status, name) for count, name in parts]
    for (headline, lede, status), (h, b, count) in product(HEADLINES, HEADLINE_DOCUMENTS):
        text = _headline_text(headline, lede, h, b)
        yield f"headline x document: {text}", text, "agreement", [(count, status)]
    for (headline, lede, status), (h, b, count) in product(HEADLINES[:3:2], HEADLINE_FLOORS):
        text = _headline_text(headline, lede, h, b)
        yield f"headline floor: {text}", text, "agreement", [(count, status)]
    for text, expected in CLAUSE_SHAPES:
        yield f"clause shape: {text}", text, "agreement", expected
    for text, expected in GROUPS:
        yield f"group: {text}", text, "agreement", expected
    for text, expected in NOT_RECORDS:
        yield f"not a record: {text}", text, "agreement", expected


def _venture_cases():
    def phrase(det, plural, noun):
        head = noun[1] if plural else noun[0]
        if det == "a" and head[0].lower() in "aeiou":
            det = "an"
        return f"{det} {head}".strip()

    default_noun, default_count = VENTURE_NOUNS[0], VENTURE_COUNTS[2]
    seen = set()
    for noun, (det, plural, count), (stage, status) in [
        *((n, default_count, s) for n, s in product(VENTURE_NOUNS, VENTURE_STAGES)),
        *((default_noun, c, s) for c, s in product(VENTURE_COUNTS, VENTURE_STAGES)),
        *((n, c, VENTURE_STAGES[1]) for n, c in product(VENTURE_NOUNS, VENTURE_COUNTS)),
    ]:
        text = _fill(stage, phrase(det, plural, noun), plural, (V_SINGULAR, V_PLURAL))
        if text in seen:
            continue
        seen.add(text)
        yield f"venture: {text}", text, "joint_venture", [] if status is None else [(count, status)]
    for noun, (det, plural, count), place, (stage, status) in product(VENTURE_NOUNS, MORE_VENTURE_COUNTS,
                                                                      VENTURE_PLACES, PLACED_STAGES):
        text = _fill(stage.replace("{p}", place).replace(" .", "."), phrase(det, plural, noun), plural,
                     (V_SINGULAR, V_PLURAL))
        yield f"venture x place: {text}", text, "joint_venture", [(count, status)]
    for text, status in PRODUCTION_STAGES:
        yield f"production: {text}", text, "joint_venture", [] if status is None else [(None, status)]
    for text, expected in VENTURE_SHAPES + VENTURE_OTHERS:
        yield f"venture: {text}", text, "joint_venture", expected


CASES = [*_document_cases(), *_venture_cases()]


@pytest.fixture(scope="module")
def extracted():
    texts = list(dict.fromkeys(text for _, text, _, _ in CASES))
    return dict(zip(texts, kazbel_extract.extract_many(texts)))


def _records(article, kind, expected):
    out = []
    for event, want in zip([e for e in article.events if e.type == kind], [*expected, *[()] * 99]):
        d = event.to_dict()
        if kind == "joint_venture":
            out.append((d["count"], d["status"]))
        else:
            out.append((d["count"], d["status"], d["title"]) if len(want) == 3 else (d["count"], d["status"]))
    return out


@pytest.mark.parametrize("text, kind, expected", [pytest.param(t, k, e, id=i) for i, t, k, e in CASES])
def test_grid(extracted, text, kind, expected):
    assert _records(extracted[text], kind, expected) == expected
