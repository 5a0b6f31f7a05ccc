"""Families of issue 11 (agreement and joint-venture records that hold on unseen articles), one shape per family.

1. The stage a document's clause states through tense, aspect, modal, voice, a relative clause, a participle, a
   coordinated verb or a noun of the stage ("signing", "ratification", "implementation", "draft").
2. What counts as a document: not an understanding, one country's own programme, a visit's programme, a bloc's
   founding treaty as background, a document nested in another's title; the documents a legal framework counts
   are one record in force (as the dev gold annotates them).
3. Restatements: the headline's document, "the document", "the memorandum" again are one record; a count spelled out
   by as many named documents gives the named ones; a count with fewer named keeps the count as well.
4. Joint ventures: joint production launched, a plan to set one up, interest alone, capital of one side.
Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract


def records(kind, text):
    return [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == kind]


def statuses(text):
    return [r["status"] for r in records("agreement", text)]


def counted(text):
    return [(r["status"], r["count"]) for r in records("agreement", text)]


def ventures(text):
    return [(r["count"], r["status"]) for r in records("joint_venture", text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The roadmap on energy being drafted by the two ministries will cover 2026-2028.", "planned",
                     id="being drafted"),
        pytest.param("A treaty on extradition is to be concluded between Astana and Minsk.", "planned",
                     id="is to be concluded"),
        pytest.param("The two governments intend to sign an agreement on seasonal workers this year.", "planned",
                     id="intend to sign"),
        pytest.param("The transport ministers are due to sign a protocol on road haulage in Minsk.", "planned",
                     id="are due to sign"),
        pytest.param("The parties are working on a memorandum on nuclear safety.", "planned", id="working on"),
        pytest.param("A draft agreement on joint veterinary control was discussed in Astana.", "planned",
                     id="a draft discussed"),
        pytest.param("The customs services inked a memorandum on the exchange of data.", "signed", id="inked"),
        pytest.param("The agreement on industrial cooperation signed in 2020 is being implemented.", "in_force",
                     id="signed in ..., is being implemented"),
        pytest.param("Under the existing agreement on air traffic, there are ten flights a week.", "in_force",
                     id="under the existing agreement"),
        pytest.param("The treaty on legal aid, which entered into force in 2022, covers civil cases.", "in_force",
                     id="which entered into force"),
        pytest.param("The signed agreement on pensions awaits ratification by the parliament.", "signed",
                     id="signed, awaits ratification"),
        pytest.param("The Senate ratified the agreement on the readmission of persons.", "signed", id="ratified"),
        pytest.param("A memorandum on cooperation in sport will be signed during the visit.", "planned",
                     id="will be signed during the visit"),
        pytest.param("A signing ceremony for the agreement on geology took place in Minsk.", "signed",
                     id="a signing ceremony took place"),
        pytest.param("The agreement on the exchange of tax data has not yet been signed.", "planned",
                     id="has not yet been signed"),
    ],
)
def test_the_clause_states_the_documents_stage(text, expected):
    assert statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers reached agreements on a range of issues of transit.",
        "Kazakhstan and Belarus agreed to raise mutual trade to $3 billion.",
        "Belarus is carrying out the State Programme of Innovative Development for 2026-2030.",
        "The programme of the Belarusian premier's visit to Astana includes a business forum.",
        "The two countries trade under the Treaty on the Eurasian Economic Union.",
        "The programme of the expo featured a panel on logistics.",
    ],
)
def test_no_document_between_the_sides(text):
    assert statuses(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The legal framework of bilateral relations includes more than 90 documents.",
                     [("in_force", 90)], id="the legal framework's count"),
        pytest.param("The ministers signed a protocol amending the agreement on plant quarantine.", [("signed", None)],
                     id="a document inside another's title"),
    ],
)
def test_a_legal_framework_counts_documents_and_a_nested_title_is_one(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus, Kazakhstan sign memorandum on digital trade\n\nMINSK - The trade ministries signed a "
                     "memorandum on cooperation in digital trade. The memorandum provides for e-invoicing.",
                     [("signed", None)], id="headline, lede, the memorandum"),
        pytest.param("The two ministries signed an agreement on plant breeding. The document envisages joint "
                     "research.", [("signed", None)], id="the document"),
        pytest.param("Three documents were signed: an agreement on transit, a memorandum on tourism and a protocol "
                     "on customs.", [("signed", None)] * 3, id="a count spelled out by as many"),
        pytest.param("Five documents were signed during the visit. They include an agreement on transit and a "
                     "memorandum on tourism.", [("signed", 5), ("signed", None), ("signed", None)],
                     id="a count with fewer named"),
    ],
)
def test_one_document_one_record(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Joint production of Belarusian tractors was launched in Kazakhstan.", [(None, "operating")],
                     id="joint production launched"),
        pytest.param("The companies plan to set up a joint venture to produce lifts in Shymkent.",
                     [(None, "planned")], id="plan to set up"),
        pytest.param("Belarus is interested in setting up joint ventures in Kazakhstan.", [], id="interested in"),
        pytest.param("More than 500 companies with Belarusian capital operate in Kazakhstan.", [],
                     id="Belarusian capital"),
        pytest.param("Fourteen joint ventures assemble Belarusian machinery in Kazakhstan.", [(14, "operating")],
                     id="a written count"),
    ],
)
def test_joint_ventures(text, expected):
    assert ventures(text) == expected
