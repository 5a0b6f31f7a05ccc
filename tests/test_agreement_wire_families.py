"""Families of how wire stories report documents (issue 11, agreements), session 10.

Each family varies one shape: the stage a clause gives (signed, to be signed, being drafted, ratified, in force);
groups ("a package of documents", "a number of agreements", memorandums exchanged); roadmaps and programmes of
cooperation, and one side's own; a document in the headline and again in the body (one record); a document named
inside another's title; a document noun in another sense or an understanding ("agreed to", "an agreement to
hold ..."); a document denied by its determiner ("no agreements were signed"); a document still being neared
("are close to a deal"). Sentences are written for this project; the score matches agreements on status, so each
case states the records' statuses and counts.
"""
import pytest

import kazbel_extract


def agreements(text):
    return [(e.to_dict()["status"], e.to_dict()["count"]) for e in kazbel_extract.extract(text).events
            if e.type == "agreement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The two ministers signed an agreement on cooperation in veterinary medicine.",
                     [("signed", None)], id="signed"),
        pytest.param("A memorandum on digital trade is to be signed in October.", [("planned", None)], id="is to be"),
        pytest.param("An agreement on mutual recognition of diplomas is being drafted by the ministries.",
                     [("planned", None)], id="being drafted"),
        pytest.param("The Mazhilis ratified the agreement on the joint use of the test range.", [("signed", None)],
                     id="ratified"),
        pytest.param("The agreement on labour migration entered into force on 1 March.", [("in_force", None)],
                     id="entered into force"),
        pytest.param("The treaty on the border will enter into force after ratification.", [("signed", None)],
                     id="will enter into force"),
        pytest.param("The agreement on trade in services awaits ratification by the Belarusian parliament.",
                     [("signed", None)], id="awaits ratification"),
        pytest.param("An intergovernmental agreement on industrial cooperation could be signed during the visit.",
                     [("planned", None)], id="could be"),
        pytest.param("A memorandum on cooperation in healthcare is set to be signed on Friday.", [("planned", None)],
                     id="set to"),
        pytest.param("Kazakhstan intends to sign a contract for the supply of 200 buses.", [("planned", None)],
                     id="intends to"),
        pytest.param("The ministries have developed a roadmap on digitalisation.", [("in_force", None)],
                     id="drafting done"),
        pytest.param("The sides discussed a draft agreement on the protection of investments.", [("planned", None)],
                     id="draft discussed"),
    ],
)
def test_the_stage_comes_from_the_clause(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The parties are close to a deal on grain supplies.", [("planned", None)], id="close to"),
        pytest.param("The companies are nearing a deal on fertiliser supplies.", [("planned", None)], id="nearing"),
        pytest.param("The two sides came closer to an agreement on gas prices.", [("planned", None)], id="closer to"),
        pytest.param("The companies closed a deal on the supply of grain.", [("signed", None)], id="closed a deal"),
        pytest.param("The companies will close a contract for 300 tractors next week.", [("planned", None)],
                     id="will close"),
        pytest.param("The parties have yet to close the deal on grain supplies.", [("planned", None)],
                     id="have yet to close"),
    ],
)
def test_closing_a_deal_signs_it_and_nearing_one_plans_it(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides signed no agreements during the visit.", [], id="signed no"),
        pytest.param("None of the agreements was signed.", [], id="none of"),
        pytest.param("Not a single contract was signed at the fair.", [], id="not a single"),
        pytest.param("Not one agreement was ratified last year.", [], id="not one"),
        pytest.param("Neither treaty has entered into force.", [], id="neither"),
        pytest.param("The sides signed not only an agreement on trade but also a memorandum on tourism.",
                     [("signed", None), ("signed", None)], id="not only ... but also: two documents"),
    ],
)
def test_a_document_denied_by_its_determiner_is_no_record(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The leaders signed a package of documents on trade and industry.", [("signed", None)],
                     id="a package of"),
        pytest.param("A number of agreements on energy and transport were signed after the talks.",
                     [("signed", None)], id="a number of"),
        pytest.param("Memorandums of understanding were exchanged between the regional governments.",
                     [("signed", None)], id="exchanged"),
        pytest.param("Some 15 documents are expected to be signed during the visit.", [("planned", 15)],
                     id="counted, expected"),
        pytest.param("A package of documents to be signed during the visit is being prepared.", [("planned", None)],
                     id="package being prepared"),
    ],
)
def test_groups_of_documents(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The foreign ministers signed a programme of cooperation for 2025-2027.", [("signed", None)],
                     id="programme signed"),
        pytest.param("The programme of cooperation for 2025-2027 will be signed in Minsk.", [("planned", None)],
                     id="programme to be signed"),
        pytest.param("A joint programme of regional cooperation for 2024-2026 is being prepared.",
                     [("planned", None)], id="joint programme prepared"),
        pytest.param("The two governments adopted a roadmap on trade.", [("signed", None)], id="adopted by both"),
        pytest.param("The Kazakh government approved a roadmap on the development of tourism.", [],
                     id="adopted by one: its own"),
        pytest.param("The ministry adopted a national action plan on climate.", [], id="a national plan"),
        pytest.param("The Belarusian government has approved its programme of exports for 2025.", [],
                     id="its own programme"),
    ],
)
def test_roadmaps_and_programmes(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign agreement on transit\n\nASTANA - Kazakhstan and Belarus on Monday "
                     "signed an agreement on transit of goods.", [("signed", None)], id="same document"),
        pytest.param("Kazakhstan, Belarus ink trade pact\n\nMINSK - Belarus and Kazakhstan signed an agreement on "
                     "trade in services on Monday.", [("signed", None)], id="pact for agreement"),
        pytest.param("Belarus, Kazakhstan sign documents worth $500 mln\n\nMINSK - Kazakhstan and Belarus signed "
                     "agreements worth $500 million.", [("signed", None)], id="documents for agreements"),
        pytest.param("Belarus, Kazakhstan sign 10 documents\n\nMINSK - Belarus and Kazakhstan signed ten agreements "
                     "during the visit.", [("signed", 10)], id="counted documents for agreements"),
        pytest.param("Kazakhstan, Belarus sign documents\n\nASTANA - The two countries signed six agreements on "
                     "Monday.", [("signed", 6)], id="uncounted headline, counted lede"),
        pytest.param("Belarus, Kazakhstan ratify agreement on labour migration\n\nMINSK - The Belarusian parliament "
                     "has ratified the agreement on labour migration with Kazakhstan.", [("signed", None)],
                     id="ratify"),
        pytest.param("Kazakhstan, Belarus to sign memorandum on tourism\n\nASTANA - A memorandum on the development "
                     "of tourism will be signed on Friday.", [("planned", None)], id="to sign"),
    ],
)
def test_a_document_in_the_headline_and_the_body_is_one_record(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides signed a protocol amending the agreement on trade in services.", [("signed", None)],
                     id="a protocol amending"),
        pytest.param("The sides are working on a protocol on amendments to the customs agreement.",
                     [("planned", None)], id="a protocol on amendments to"),
        pytest.param("The memorandum on the implementation of the agreement on transit was signed on Monday.",
                     [("signed", None)], id="a memorandum on the implementation of"),
    ],
)
def test_a_document_nested_in_another_title_is_part_of_it(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("An agreement was reached to hold the next session of the commission in Minsk.", [],
                     id="reached to hold"),
        pytest.param("There is an agreement between the leaders to boost trade to $1 billion.", [],
                     id="an agreement to boost"),
        pytest.param("The sides have an agreement to hold the next session in Minsk.", [], id="have an agreement to"),
        pytest.param("An agreement to set up a joint venture was signed.", [("signed", None)],
                     id="an agreement to ... signed"),
        pytest.param("The presidents agreed to expand cooperation in agriculture.", [], id="agreed to"),
        pytest.param("The sides agreed to hold the next meeting in Minsk. Under the agreement, the ministers will "
                     "meet twice a year.", [], id="agreed, then the agreement"),
        pytest.param("The parties reached an agreement on holding the forum in Astana.", [], id="reached on doing"),
        pytest.param("The ministers reached agreements on many issues.", [], id="reached agreements"),
        pytest.param("By mutual agreement, the session was postponed.", [], id="by agreement"),
        pytest.param("The programme of the visit includes talks with the prime minister.", [], id="a visit's programme"),
    ],
)
def test_an_understanding_or_another_sense_is_no_record(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides are preparing to sign a package of agreements.", [("planned", None)],
                     id="preparing to sign"),
        pytest.param("The sides are preparing to sign an agreement on transit.", [("planned", None)],
                     id="preparing to sign a named one"),
        pytest.param("The sides are preparing an agreement on transit.", [("planned", None)], id="preparing it"),
        pytest.param("The sides discussed signing a contract for 100 buses.", [("planned", None)],
                     id="discussed signing"),
        pytest.param("The parties considered concluding an agreement on investments.", [("planned", None)],
                     id="considered concluding"),
        pytest.param("The minister suggested signing a memorandum on tourism.", [("planned", None)],
                     id="suggested signing"),
        pytest.param("The sides pledged to conclude a treaty on the border.", [("planned", None)], id="pledged to"),
        pytest.param("The sides are planning to sign a package of agreements.", [("planned", None)],
                     id="planning to sign"),
    ],
)
def test_a_signing_framed_by_preparing_or_discussing_is_ahead(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides reached an agreement on the supply of tractors.", [("signed", None)], id="active"),
        pytest.param("An agreement on the supply of tractors was reached.", [("signed", None)], id="passive, named"),
        pytest.param("An agreement was reached on the supply of tractors.", [("signed", None)],
                     id="passive, 'on' on the verb"),
        pytest.param("Agreements were reached on the supply of tractors.", [], id="plural: understandings"),
        pytest.param("An agreement was reached on Monday.", [], id="a date is no subject"),
        pytest.param("An agreement was reached on holding the forum in Minsk.", [], id="on doing something"),
    ],
)
def test_an_agreement_reached_for_a_thing_in_either_voice(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers reviewed the implementation of the roadmap under the memorandum on trade, signed "
                     "in 2022.", [("in_force", None), ("signed", None)], id="the frame's own participle"),
        pytest.param("The sides checked the fulfilment of the action plan under the agreement on industrial "
                     "cooperation signed last year.", [("in_force", None), ("signed", None)],
                     id="another object's event"),
        pytest.param("The ministers put their signatures to a protocol on customs.", [("signed", None)],
                     id="an object with no 'of': the document's event"),
        pytest.param("Under the agreement on transit, carriers will need no permits.", [("in_force", None)],
                     id="a frame with no stage of its own"),
    ],
)
def test_a_framing_document_keeps_its_own_stage(text, expected):
    assert agreements(text) == expected
