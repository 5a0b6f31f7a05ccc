"""A probe of agreement, joint-venture and meeting wordings, written for this project in the wire style.

Each family varies one thing the rules read (tense, aspect, modal and voice of the governing verb; the
document or venture noun; the form of a date or a place; a restatement across headline, lede and body)
and pins what GUIDELINES.md says the record is. The scorer matches agreements by status, joint ventures by
(count, status) and meetings by participants, date and location, so those are what the families pin.
"""
import pytest

import kazbel_extract


def events(kind, text, published=None):
    return [e.to_dict() for e in kazbel_extract.extract(text, published=published).events if e.type == kind]


def agreements(text):
    return [(r["count"], r["status"]) for r in events("agreement", text)]


def ventures(text):
    return [(r["count"], r["status"]) for r in events("joint_venture", text)]


def meetings(text, published=None):
    return [(sorted(r["participants"]), r["date"], r["location"]) for r in events("meeting", text, published)]


# Agreements: the status is the clause's --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("An agreement on visa-free travel is being drafted by the foreign ministries.", "planned"),
        ("A treaty on the state border is to be concluded next year.", "planned"),
        ("The governments are negotiating an agreement on the mutual protection of investments.", "planned"),
        ("Kazakhstan and Belarus intend to conclude a treaty on legal assistance.", "planned"),
        ("The sides discussed a draft programme of cooperation for 2026-2028.", "planned"),
        ("A comprehensive plan of action is being prepared for the next session.", "planned"),
        ("The roadmap should be signed before the end of the year.", "planned"),
        ("The sides may sign an agreement on cooperation in healthcare in the autumn.", "planned"),
        ("The countries are set to sign a treaty on allied relations.", "planned"),
        ("An agreement on the joint use of water resources is under consideration.", "planned"),
        ("A roadmap for trade is expected to be adopted at the session.", "planned"),
        ("The parties are finalising the text of an agreement on e-commerce.", "planned"),
        ("The signing of a roadmap on digital cooperation is scheduled for October.", "planned"),
        ("The presidents will sign a treaty on strategic partnership.", "planned"),
        ("A draft agreement on scientific cooperation was approved by the government.", "planned"),
        ("Preparations are under way for the signing of an agreement on tourism.", "planned"),
        ("The sides discussed the agreement on transit.", "planned"),
        ("The ministers negotiated a treaty on legal assistance.", "planned"),
        ("Negotiations on the agreement on transit are ongoing.", "planned"),
        ("The sides agreed to sign the agreement during the upcoming visit.", "planned"),
        ("The deputy ministers initialled an agreement on readmission in Minsk.", "planned"),
        ("A memorandum of understanding between the two chambers of commerce was signed on Monday.", "signed"),
        ("A plan of action for 2025-2026 was signed by the foreign ministers.", "signed"),
        ("The ministries of culture signed a programme of cooperation for 2024-2026.", "signed"),
        ("The companies inked a contract for the supply of 50 buses.", "signed"),
        ("The protocol on veterinary inspection, signed in March, is still awaiting ratification.", "signed"),
        ("The contract for the supply of buses will come into effect in July.", "signed"),
        ("The agreement on transit will be submitted to parliament for ratification.", "signed"),
        ("The agreement on free trade in services has not yet been ratified.", "signed"),
        ("The agreement on pension provision was ratified by the Belarusian parliament in 2022.", "signed"),  # one side's act
        ("The agreement on labour migration entered into force on 1 January.", "in_force"),
        ("The two countries are implementing a roadmap on industrial cooperation.", "in_force"),
        ("The intergovernmental agreement on military-technical cooperation remains in force.", "in_force"),
        ("The agreement on the avoidance of double taxation has been in effect since 1997.", "in_force"),
        ("The memorandum on tourism, signed in 2019, has been extended for five years.", "in_force"),
        ("The agreement on trade, which was concluded in 2015, is being implemented.", "in_force"),
        ("The deputies discussed the treaty on the border, which has been in force since 2007.", "in_force"),
        ("The ministers reviewed a roadmap that is being implemented in the regions.", "in_force"),
    ],
)
def test_agreement_status_from_the_clause(text, expected):
    assert agreements(text) == [(None, expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two memorandums on customs cooperation are due to be signed in Astana in June.", [(2, "planned")]),
        ("Nine documents have been signed during the visit.", [(9, "signed")]),
        ("The ministers signed an agreement on the EAEU common market for gas.", [(None, "signed")]),
        ("The sides have signed more than 200 agreements since 1992.", [(200, "signed")]),
        ("Five memorandums and two contracts were signed.", [(5, "signed"), (2, "signed")]),
        ("Kazakhstan, Belarus ink 10 documents", [(10, "signed")]),
        ("Kazakhstan, Uzbekistan to sign 12 documents", [(12, "planned")]),
        ("The presidents witnessed the signing of 12 documents.", [(12, "signed")]),
    ],
)
def test_counted_agreements(text, expected):
    assert agreements(text) == expected


def test_a_contract_value_is_its_money():
    [record] = events("agreement", "Contracts worth $120 million were signed at the business forum.")
    assert (record["status"], record["value"], record["currency"]) == ("signed", 120000000.0, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "The sides reached agreement on the next steps.",
        "The leaders reached an understanding on the supply of fuel.",
        "The ministers agreed to step up cooperation in agriculture.",
        "The programme of the President's visit includes a tour of the Hi-Tech Park.",
        "Kazakhstan's state programme of industrial development runs until 2025.",
        "The plan is to double trade by 2030.",
        "A plan to build a logistics hub in Brest was presented.",
        "The co-chairs signed the protocol of the session.",
        "The sides noted that the Treaty on the Eurasian Economic Union opens new opportunities.",
        "Trade is free of duties under the agreement on the Eurasian Economic Union.",
        "The customs rules follow the CIS agreement on free trade.",
    ],
)
def test_not_a_document_between_the_sides(text):
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belarus, Kazakhstan sign memorandum on digital transformation\n\nMINSK, 12 May (BelTA) - The ministries "
         "of Belarus and Kazakhstan signed a memorandum on digital transformation on Monday. The memorandum "
         "provides for joint projects in e-government.", ["signed"]),
        ("The sides signed a roadmap for 2025-2027. The document covers trade, industry and logistics.", ["signed"]),
        ("Kazakhstan, Belarus sign 8 documents\n\nASTANA. KAZINFORM - Eight documents were signed following the "
         "talks.\n\nThe documents cover industry, education and culture.", ["signed"]),
        ("Kazakhstan, Belarus sign 8 documents\n\nASTANA. KAZINFORM - A package of documents was signed following "
         "the talks.", ["signed"]),
        ("The ministers signed a plan of action for 2025-2026.\n\nThe action plan includes 30 events.", ["signed"]),
        ("Belarus and Kazakhstan have signed an agreement on cooperation in science. Under the agreement, the "
         "academies will carry out joint research.", ["signed"]),
        ("Kazakhstan, Belarus to sign roadmap on trade\n\nMINSK - A roadmap on trade will be signed during the "
         "visit, the ministry said. The roadmap covers 2025-2027.", ["planned"]),
    ],
)
def test_a_document_restated_is_one_record(text, expected):
    assert [status for _, status in agreements(text)] == expected


# Joint ventures: what counts and its status ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("A joint venture for the production of agricultural machinery was set up in Kostanay in 2019.",
         [(None, "operating")]),
        ("Belarus and Kazakhstan launched a joint enterprise to produce elevators.", [(None, "operating")]),
        ("MAZ will open an assembly plant in Karaganda next year.", [(None, "planned")]),
        ("Some 15 Belarusian-Kazakh joint ventures are working in the region.", [(15, "operating")]),
        ("Joint ventures for the assembly of tractors operate in Kostanay and Pavlodar.", [(None, "operating")]),
        ("Two joint ventures will be set up in the free economic zone.", [(2, "planned")]),
        ("The sides are working on setting up a joint pharmaceutical company.", [(None, "planned")]),
        ("The partners have launched joint production of lifts in Almaty.", [(None, "operating")]),
        ("An assembly line for Belarusian buses was commissioned in Shymkent.", [(None, "operating")]),
        ("A joint plant to make fertiliser is under construction in Zhambyl region.", [(None, "planned")]),
        ("There are about 40 joint enterprises in the region.", [(40, "operating")]),
        ("The agreement envisages the creation of joint ventures in machine building.", [(None, "planned")]),
    ],
)
def test_joint_ventures(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The sides discussed prospects for joint ventures in agriculture.",
        "The ministers called for more joint ventures in machine building.",
        "Belarus offers Kazakhstan to create joint ventures in agriculture.",
        "The sides intend to develop industrial cooperation, including through joint ventures.",
        "Kazakh businesses are looking for partners to set up joint ventures.",
        "Kazakhstan is interested in attracting Belarusian investment and creating joint ventures.",
        "Special attention was paid to joint ventures in the field of agriculture.",
        "The issue of joint ventures was raised at the talks.",
        "Kazakhstan sees great potential in joint ventures with Belarus.",
        "The governor places emphasis on joint ventures.",
        "Uzbekistan counts on joint ventures with Korean firms.",
        "The two countries cooperate in trade, investment, joint ventures and tourism.",
        "Investment and joint ventures are key to cooperation.",
    ],
)
def test_joint_ventures_only_talked_of_are_no_record(text):
    assert ventures(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belarus, Kazakhstan open joint tractor plant\n\nKOSTANAY - A joint tractor plant opened in Kostanay on "
         "Friday. The plant will produce 1,000 tractors a year.", [(None, "operating")]),
        ("Ten joint ventures operate in Kazakhstan. The joint ventures produce tractors, buses and lifts.",
         [(10, "operating")]),
    ],
)
def test_a_joint_venture_restated_is_one_record(text, expected):
    assert ventures(text) == expected


# Meetings: dates, places, restatements --------------------------------------------------------------

TOKAYEV, LUKASHENKO = "Kassym-Jomart Tokayev", "Aleksandr Lukashenko"


@pytest.mark.parametrize(
    "published, text, expected",
    [
        ("2025-05-14", "ASTANA. KAZINFORM - Kazakh Prime Minister Olzhas Bektenov met with Belarusian Prime "
         "Minister Roman Golovchenko on Tuesday.", (["Olzhas Bektenov", "Roman Golovchenko"], "2025-05-13", "Astana")),
        ("2025-05-13", "On 12 May, President Kassym-Jomart Tokayev held talks with President Aleksandr Lukashenko "
         "in Minsk.", ([LUKASHENKO, TOKAYEV], "2025-05-12", "Minsk")),
        ("2025-05-13", "Foreign Minister Murat Nurtleu met yesterday with his Belarusian counterpart Maxim Ryzhenkov "
         "in Astana.", (["Maxim Ryzhenkov", "Murat Nurtleu"], "2025-05-12", "Astana")),
        ("2025-10-10", "On the sidelines of the CIS summit in Dushanbe on 8 October, Aleksandr Lukashenko met with "
         "Kassym-Jomart Tokayev.", ([LUKASHENKO, TOKAYEV], "2025-10-08", "Dushanbe")),
        ("2025-05-14", "ASTANA. KAZINFORM - Olzhas Bektenov held talks with Roman Golovchenko this morning.",
         (["Olzhas Bektenov", "Roman Golovchenko"], "2025-05-14", "Astana")),
        ("2025-05-14", "ASTANA. KAZINFORM - Earlier today, Olzhas Bektenov met with Roman Golovchenko.",
         (["Olzhas Bektenov", "Roman Golovchenko"], "2025-05-14", "Astana")),
        ("2025-05-14", "ASTANA. KAZINFORM - Olzhas Bektenov met with Roman Golovchenko on Monday, 12 May.",
         (["Olzhas Bektenov", "Roman Golovchenko"], "2025-05-12", "Astana")),
        (None, "ASTANA, May 14 (Kazinform) - Olzhas Bektenov met with Roman Golovchenko yesterday.",
         (["Olzhas Bektenov", "Roman Golovchenko"], "--05-13", "Astana")),
        ("2025-01-16", "Shavkat Mirziyoyev received Kazakh Foreign Minister Murat Nurtleu in Tashkent on 14 January.",
         (["Murat Nurtleu", "Shavkat Mirziyoyev"], "2025-01-14", "Tashkent")),
        ("2025-04-18", "The Belarusian delegation led by Deputy Prime Minister Viktor Karankevich held talks in "
         "Astana on Thursday with First Deputy Prime Minister Roman Sklyar.",
         (["Roman Sklyar", "Viktor Karankevich"], "2025-04-17", "Astana")),
        ("2025-05-13", "On 12 May 2025 in Minsk, the 19th session of the intergovernmental commission was "
         "co-chaired by Deputy Prime Minister Viktor Karankevich and Minister Serik Zhumangarin.",
         (["Serik Zhumangarin", "Viktor Karankevich"], "2025-05-12", "Minsk")),
    ],
)
def test_meeting_dates(published, text, expected):
    assert meetings(text, published) == [expected]


@pytest.mark.parametrize(
    "text, location",
    [
        ("The talks between Aleksandr Lukashenko and Shavkat Mirziyoyev took place in the city of Khiva.", "Khiva"),
        ("Roman Golovchenko and Olzhas Bektenov took part in a meeting of the Council of Heads of Government "
         "(Minsk).", "Minsk"),
        ("Astana hosted talks between presidential aide Yerlan Karin and State Secretary Alexander Volfovich.",
         "Astana"),
        ("During a visit to Tashkent, Olzhas Bektenov met Uzbek Prime Minister Abdulla Aripov.", "Tashkent"),
        ("MINSK. KAZINFORM - While on a visit to Uzbekistan, Roman Golovchenko held talks with Abdulla Aripov.", None),
        ("In the city of Turkestan, Olzhas Bektenov held a meeting with Abdulla Aripov.", "Turkestan"),
        ("ASTANA. KAZINFORM - Olzhas Bektenov met with Mayor of Minsk Vladimir Kukharev in the Belarusian capital.",
         "Minsk"),
        ("MINSK. BelTA - Roman Golovchenko held talks with Olzhas Bektenov in the capital of Kazakhstan.", "Astana"),
        ("MINSK. BelTA - Roman Golovchenko arrived in Nur-Sultan. He held talks with Askar Mamin in the Kazakh capital.",
         "Nur-Sultan"),
        ("ASTANA. KAZINFORM - Kassym-Jomart Tokayev received Roman Golovchenko at the Akorda.", "Astana"),
    ],
)
def test_meeting_locations(text, location):
    [(_, _, found)] = meetings(text, "2025-03-03")
    assert found == location


def test_a_meeting_in_headline_lede_and_body_is_one_record():
    text = ("Tokayev, Lukashenko hold talks in Minsk\n\nMINSK, 3 April (BelTA) - President of Kazakhstan "
            "Kassym-Jomart Tokayev and President of Belarus Aleksandr Lukashenko held talks in Minsk today.\n\n"
            "During the talks, the leaders discussed trade and industrial cooperation.\n\n"
            "\"I am glad to meet you in Minsk again,\" Lukashenko told Tokayev.")
    assert meetings(text, "2025-04-03") == [([LUKASHENKO, TOKAYEV], "2025-04-03", "Minsk")]


def test_a_meeting_named_in_the_next_sentence_is_one_record():
    text = "The meeting was held on 5 March in Almaty. It was attended by Olzhas Bektenov and Roman Golovchenko."
    assert meetings(text, "2025-03-06") == [(["Olzhas Bektenov", "Roman Golovchenko"], "2025-03-05", "Almaty")]


@pytest.mark.parametrize(
    "text",
    [
        "Kassym-Jomart Tokayev and Aleksandr Lukashenko held a telephone conversation on Monday.",
        "Kassym-Jomart Tokayev will meet Aleksandr Lukashenko in Minsk next week.",
        "\"During our meetings we always find common ground,\" Aleksandr Lukashenko said.",
    ],
)
def test_no_meeting_held(text):
    assert meetings(text, "2025-03-03") == []

