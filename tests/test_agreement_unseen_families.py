"""Agreement families for unseen articles (issue: agreement F1 on the check set below dev), one mechanism each.

1. A stage a copula states with a noun of a stage still ahead ("is on the agenda", "is in the pipeline", "is in the
   works", "is in the making"): planned.
2. A document going through its sides' internal procedures (ratification or approval, between signing and entry into
   force): signed.
3. Words of imminence or of hastening that put a signing ahead ("are poised to sign", "speed up the signing"): planned.
4. A plan realised: a relative clause that planned the document does not outweigh its own predicate reporting the
   signing ("the memorandum, which the sides planned to sign last year, was signed on Monday").
5. A second document the parse hangs on the stage noun, not on the first document ("the signing of a treaty and a
   programme"): the stage of the first.
6. A document named through a gerund inside another's title ("a protocol on amending the agreement"): nested, one
   record.
7. A single document listed in a counted group and named by a noun of its subject ("among them is a loan agreement")
   is its own record; an adjective ("an intergovernmental agreement") or a counted plural part keeps to the group.
8. Documents the next sentence particularises ("In particular, ...", "Notably, ...") are the members of an uncounted
   group just named: the group is no record of its own, a counted one keeps its record.
9. A future act on an existing document (carrying it out, complying with it, amending or updating it, reviewing its
   progress, its remaining in force) keeps it in force: the future tense alone plans nothing here.
10. A contract awarded is signed.
11. A headline's documents "to sign" that the text reports signed are one record, signed.
12. A document of a multilateral body (the Union State, the Customs Union, the WTO, the UN) that no clause signs, plans
    or puts in force is background, as a bloc's is.
13. A signing under a condition ("if", "unless") or denied by its subject ("neither side has signed") is not done;
    a modifier that puts the document ahead ("the future treaty", "the upcoming agreement") plans it; the text of a
    document agreed is a document still to be signed, not an understanding.
14. A headline's group that the text spells out by its members restates none of them (each member is a record), and
    a Title Case headline's verb ("Eye Deal On ...") is no part of the title its lede restates.
15. A title restated with its words singular or plural ("tractor supplies", "the supply of tractors") is the same.
16. An agreement that a content clause spells out ("reached an agreement that trade should grow") is an understanding,
    whatever the parse calls the clause; a relative "that" clause keeps the document.
Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract


def statuses(text):
    return [e.to_dict()["status"] for e in kazbel_extract.extract(text).events if e.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "An agreement on the mutual recognition of diplomas is in the pipeline.",
        "A treaty on extradition is on the agenda of the two justice ministries.",
        "A new roadmap on trade in farm products is in the works, the deputy minister said.",
        "A memorandum on cooperation in civil aviation is in the making.",
        "According to the ambassador, a protocol on veterinary control is also in the pipeline.",
    ],
)
def test_a_stage_ahead_stated_by_a_copula_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The protocol on veterinary inspection is undergoing internal procedures in both countries.",
        "The agreement on pension provision is going through domestic procedures in Belarus.",
        "The treaty on legal aid has passed all intrastate procedures in Kazakhstan.",
    ],
)
def test_a_document_in_internal_procedures_was_signed(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Belarus are poised to sign contracts worth $500 million at the forum.",
        "The ministries are poised to conclude an agreement on seed breeding.",
        "The governments decided to speed up the signing of the agreement on customs data.",
        "The premiers instructed the ministries to accelerate the conclusion of a treaty on transit.",
        "The sides agreed to fast-track the memorandum on digital signatures.",
    ],
)
def test_a_signing_hastened_or_imminent_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum on digital customs, which the sides planned to sign last year, was signed on Monday.",
        "The roadmap on tourism, which was expected to be signed in spring, was finally signed in Astana.",
        "An agreement on transit, which the ministers had hoped to conclude in 2025, was signed on Friday.",
    ],
)
def test_a_plan_realised_is_signed(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The talks ended with the signing of the session's minutes and an agreement on a joint "
                     "logistics centre.", ["signed"], id="minutes and an agreement"),
        pytest.param("We count on the early signing of a treaty and a programme of industrial cooperation until "
                     "2030, he said.", ["planned", "planned"], id="a treaty and a programme ahead"),
        pytest.param("The ministers welcomed the signing of a memorandum on tourism and a roadmap on sport.",
                     ["signed", "signed"], id="a memorandum and a roadmap signed"),
    ],
)
def test_a_second_document_of_a_stage_noun_shares_its_stage(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The parties will also sign a protocol on amending the agreement on trade in services.",
                     ["planned"], id="on amending"),
        pytest.param("The ministers signed a protocol on extending the agreement on labour migration.", ["signed"],
                     id="on extending"),
        pytest.param("A protocol on supplementing the treaty on legal aid was initialled in Minsk.", ["planned"],
                     id="on supplementing"),
    ],
)
def test_a_document_named_through_a_gerund_in_another_title_is_nested(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers signed 10 documents. Among them is a loan agreement worth EUR 20 million between "
                     "the two development banks.", [("signed", 10), ("signed", None)], id="among them, a loan agreement"),
        pytest.param("Eight documents were signed during the visit, including a transit agreement.",
                     [("signed", 8), ("signed", None)], id="including a transit agreement"),
        pytest.param("The sides are to sign 12 documents, among them a gas supply contract.",
                     [("planned", 12), ("planned", None)], id="among them a supply contract"),
        pytest.param("Twelve documents were signed, including an intergovernmental agreement.", [("signed", 12)],
                     id="an adjective names no subject"),
        pytest.param("The sides signed 15 documents, including 10 export contracts.", [("signed", 15)],
                     id="a counted plural part"),
    ],
)
def test_a_single_member_named_by_its_subject_is_its_own_record(text, expected):
    records = [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == "agreement"]
    assert [(r["status"], r["count"]) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("MINSK - The two countries signed a number of documents. In particular, an agreement on "
                     "standardisation and a memorandum on geology were signed.", [("signed", None)] * 2,
                     id="in particular"),
        pytest.param("ASTANA - The sides signed several documents. Notably, a memorandum on geology was signed by "
                     "the ministers.", [("signed", None)], id="notably"),
        pytest.param("MINSK - The ministries will sign bilateral documents. Specifically, they will sign an "
                     "agreement on transit and a roadmap on tourism.", [("planned", None)] * 2, id="specifically"),
        pytest.param("MINSK - The sides signed 12 documents. In particular, an agreement on transit was signed.",
                     [("signed", 12), ("signed", None)], id="a counted group keeps its record"),
        pytest.param("MINSK - The sides signed several documents. The ministers also discussed an agreement on "
                     "transit.", [("signed", None), ("planned", None)], id="no particularising opener"),
    ],
)
def test_documents_particularised_in_the_next_sentence_stand_for_an_uncounted_group(text, expected):
    records = [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == "agreement"]
    assert [(r["status"], r["count"]) for r in records] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The sides will continue to carry out the programme of cooperation for 2025-2027.",
        "The ministries will continue to realise the roadmap on industrial cooperation.",
        "The two countries will strictly comply with the treaty on the border.",
        "The ministers will review progress on the roadmap for 2025-2026 at the next meeting.",
        "The sides will carry out the action plan in full.",
        "The parties will amend the agreement on trade in services.",
        "The sides will update the roadmap to include new projects.",
        "The agreement on air traffic will remain in force until 2030.",
        "Both governments will honour the memorandum on grain supplies.",
    ],
)
def test_a_future_act_on_an_existing_document_keeps_it_in_force(text):
    assert statuses(text) == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "The supply contract was awarded to the Belarusian company last week.",
        "A Kazakh builder has been awarded a contract for a road in Minsk.",
    ],
)
def test_a_contract_awarded_is_signed(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus, Kazakhstan to sign 10 documents\n\nMINSK - Belarus and Kazakhstan signed ten documents "
                     "on Tuesday following the talks.", [("signed", 10)], id="to sign 10, signed ten"),
        pytest.param("Kazakhstan, Belarus to sign contracts worth $200 mln\n\nASTANA - Companies of the two countries "
                     "have signed contracts worth $200 million at the forum.", [("signed", None)],
                     id="to sign contracts, have signed"),
        pytest.param("Belarus, Kazakhstan to sign roadmap on trade\n\nMINSK - The ministers signed a roadmap on "
                     "trade for 2026-2027 on Friday.", [("signed", None)], id="to sign roadmap, signed"),
        pytest.param("Belarus, Kazakhstan sign 10 documents\n\nMINSK - Belarus and Kazakhstan signed ten documents. "
                     "The documents will be implemented by the ministries.", [("signed", 10)],
                     id="a later plan for the documents moves nothing"),
    ],
)
def test_the_text_reports_the_signing_its_headline_put_ahead(text, expected):
    records = [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == "agreement"]
    assert [(r["status"], r["count"]) for r in records] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Union State programmes are financed by Belarus and Russia.", [], id="Union State programmes"),
        pytest.param("Kazakhstan's tariffs follow its WTO agreements.", [], id="WTO agreements"),
        pytest.param("The Customs Union agreements on technical regulation apply to both countries.", [],
                     id="Customs Union agreements"),
        pytest.param("Both countries are parties to the UN convention against corruption.", [], id="UN convention"),
        pytest.param("The CIS heads of government will sign an agreement on cooperation in education.", ["planned"],
                     id="a bloc document a clause plans"),
    ],
)
def test_a_multilateral_bodys_document_in_the_background_is_no_record(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If the agreement on transit is signed, cargo volumes will grow.",
        "Unless the treaty on legal aid is concluded, the courts will keep using the old rules.",
        "Cargo volumes will double if the sides sign the protocol on rail tariffs.",
    ],
)
def test_a_signing_under_a_condition_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither side has signed the protocol on veterinary control yet.",
        "No country has ratified the convention on the Caspian fisheries so far.",
        "None of the ministries has signed the roadmap on tourism.",
    ],
)
def test_a_signing_its_subject_denies_is_not_done(text):
    assert statuses(text) == (["signed"] if "ratified" in text else ["planned"])


@pytest.mark.parametrize(
    "text",
    [
        "The sides agreed on the main provisions of the future treaty.",
        "The ministers discussed the upcoming agreement on pensions.",
        "The forthcoming roadmap on trade will cover three years.",
        "The proposed memorandum on cooperation in science was welcomed by the rectors.",
    ],
)
def test_a_document_its_modifier_puts_ahead_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The text of the agreement on transit has been agreed upon by the ministries.",
        "The ministries agreed the wording of the memorandum on tourism.",
    ],
)
def test_the_text_of_a_document_agreed_is_a_document_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakh, Belarusian PMs sign package of documents\n\nASTANA - Following the talks, the prime "
                     "ministers signed a package of documents. The package includes an agreement on customs "
                     "cooperation and a memorandum on agriculture.", ["signed", "signed"],
                     id="a headline's package spelled out"),
        pytest.param("Belarus, Kazakhstan sign documents\n\nMINSK - The ministers signed several documents. They include "
                     "a roadmap on trade, a memorandum on sport and a protocol on customs.", ["signed"] * 3,
                     id="a headline's documents spelled out"),
        pytest.param("Belarus, Kazakhstan Eye Deal On Potash Transit\n\nMINSK - Belarus and Kazakhstan are negotiating "
                     "an agreement on the transit of potash fertilizers via Kazakhstan.", ["planned"],
                     id="a Title Case headline's verb is no part of the title"),
        pytest.param("Kazakhstan, Belarus Mull Roadmap On Tourism\n\nASTANA - The tourism agencies are preparing a "
                     "roadmap on tourism for 2027.", ["planned"], id="Mull Roadmap"),
    ],
)
def test_a_headline_document_is_the_texts(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus, Kazakhstan seal contracts for tractor supplies\n\nMINSK - MTZ signed contracts for the "
                     "supply of 500 tractors to Kazakhstan.", ["signed"], id="tractor supplies, supply of tractors"),
        pytest.param("Kazakhstan, Belarus sign memorandum on cooperation in sports\n\nASTANA - The sport ministries "
                     "signed a memorandum on cooperation in sport.", ["signed"], id="sports, sport"),
        pytest.param("MINSK - The ministries signed a memorandum on tourism. The agencies also signed a memorandum on "
                     "logistics.", ["signed", "signed"], id="other words, two documents"),
    ],
)
def test_a_restated_title_may_change_number(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides reached an agreement that trade should grow to $3 billion.", [], id="content clause"),
        pytest.param("There is an agreement that the next session will be held in Astana.", [], id="there is"),
        pytest.param("The agreement that was signed in 2019 covers transit.", ["signed"], id="relative that"),
        pytest.param("The contract that MAZ concluded with the Kazakh dealer is worth $10 million.", ["signed"],
                     id="relative that, object"),
    ],
)
def test_an_agreement_that_a_content_clause_states_is_an_understanding(text, expected):
    assert statuses(text) == expected
