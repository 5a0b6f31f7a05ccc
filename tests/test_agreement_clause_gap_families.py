"""Agreement families of clauses around a document (issue: agreement F1 on the check set below dev).

1. A "that" clause after a document whose verb lacks its object is relative, the document being what it signs
   ("the agreement that the sides intended to sign"): the document stays, at the stage that verb states; a complete
   "that" clause ("an agreement that trade should grow") is a content clause, an understanding.
2. A participle clause set off by commas ("the agreement, first proposed in 2023, was signed") tells the document's
   past, not its stage: the main predicate decides when it states one.
3. A document that is "to follow" or "will follow" is still ahead: planned.
4. A document that another's verb acts on inside the other's phrase is nested in it, also through the object of that
   verb ("a protocol extending the validity of the agreement", "on introducing amendments to the agreement"), and the
   nesting document's stage is its own predicate's, also when the parse hangs that predicate on the participle.
5. Counts each with modifiers of their own before one noun ("6 intergovernmental and 4 interagency agreements") are
   separately counted parts: one record each, at the stage of the clause.
6. An amount is a document's value, never its count ("a $50m tractor contract"), and a participle the parse hangs on
   the amount of a "worth" phrase is the document's ("agreements worth $300 million signed at the forum").
7. An agreement whose text or draft is agreed is a document still to be signed, not the understanding a verb of
   agreeing reports ("the text of the agreement has been agreed upon").
8. A headline's planning verb that the parse makes a modifier of the document ("Belarus, Kazakhstan eye free trade
   deal") plans it.
9. Items of a list that the parse keeps in one sentence with its opener ("Signed documents:\n- Agreement on X;\n- ...")
   take the opener's stage, as items of sentences of their own do.
Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract


def statuses(text):
    return [e.to_dict()["status"] for e in kazbel_extract.extract(text).events if e.type == "agreement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreement on customs that the sides intended to sign was postponed.", ["planned"], id="subject"),
        pytest.param("There is a memorandum on grain that the ministries intend to sign soon.", ["planned"], id="there is"),
        pytest.param("The sides discussed a roadmap on tourism that the ministries plan to sign in May.", ["planned"],
                     id="plan to sign"),
        pytest.param("The parties mentioned an agreement on investment protection that they had intended to conclude "
                     "in 2025.", ["planned"], id="had intended"),
        pytest.param("The ministers praised the treaty on legal aid that the two countries signed in 2019.", ["signed"],
                     id="signed, mark"),
        pytest.param("The sides reached an agreement that trade should grow to $3 billion.", [], id="content clause"),
        pytest.param("There is an agreement that the next session will be held in Astana.", [], id="content, passive"),
    ],
)
def test_a_that_clause_missing_its_object_is_relative(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The agreement on railway transit, first proposed in 2023, was finally signed in Minsk.",
        "The roadmap, first discussed in 2022, was signed on Monday.",
        "The treaty, originally drafted in 2021, was signed this week.",
        "The memorandum on digital signatures, drafted last year, was signed in Astana.",
        "The contract, long negotiated by the companies, was finally signed on Friday.",
    ],
)
def test_a_set_off_participle_does_not_decide_the_stage(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "A roadmap on industrial cooperation is to follow.",
        "A memorandum on grain supplies will follow.",
        "A protocol on veterinary control is expected to follow later this year.",
        "An agreement on labour migration is set to follow in the autumn.",
        "More contracts on grain supplies are yet to come.",
    ],
)
def test_a_document_to_follow_is_planned(text):
    assert statuses(text) == ["planned"]


def records(text):
    return [(e.to_dict()["count"], e.to_dict()["status"]) for e in kazbel_extract.extract(text).events
            if e.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "A protocol extending the agreement on pension provision until 2030 was signed in Minsk.",
        "The sides signed a protocol extending the validity of the agreement on transit.",
        "A protocol prolonging the treaty on military cooperation was signed on Tuesday.",
        "The parties signed a protocol on introducing amendments to the intergovernmental agreement of 2015.",
        "The ministers signed a protocol on amendments to the agreement on road transport.",
        "A memorandum supplementing the agreement on education was signed in Astana.",
    ],
)
def test_a_document_a_title_acts_on_is_nested(text):
    assert records(text) == [(None, "signed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("6 intergovernmental and 4 interagency agreements were signed.", [(6, "signed"), (4, "signed")],
                     id="digits"),
        pytest.param("Seven intergovernmental and five interregional agreements were signed in Minsk.",
                     [(7, "signed"), (5, "signed")], id="words"),
        pytest.param("The sides signed three interstate and two commercial contracts.", [(3, "signed"), (2, "signed")],
                     id="object"),
        pytest.param("Two bilateral, three trilateral and four regional memorandums will be signed in May.",
                     [(2, "planned"), (3, "planned"), (4, "planned")], id="three parts"),
        pytest.param("Seven agreements and three other documents were signed.", [(7, "signed"), (3, "signed")],
                     id="nouns of their own"),
        pytest.param("Between 5 and 6 agreements were signed.", [(5, "signed")], id="a range is one count"),
        pytest.param("The sides signed 12 agreements worth $2 billion.", [(12, "signed")], id="money after"),
    ],
)
def test_counts_with_their_own_modifiers_are_parts(text, expected):
    assert records(text) == expected


def valued(text):
    return [(e.to_dict()["count"], e.to_dict()["value"], e.to_dict()["status"])
            for e in kazbel_extract.extract(text).events if e.type == "agreement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakh, Belarusian firms seal $50m tractor contract", [(None, 50e6, "signed")], id="headline $50m"),
        pytest.param("The firms signed a $50 million contract on tractor supplies.", [(None, 50e6, "signed")],
                     id="$50 million"),
        pytest.param("Agreements worth $300 million signed at Belarus-Kazakhstan forum", [(None, 300e6, "signed")],
                     id="headline participle"),
        pytest.param("Contracts worth $300 million were signed at the forum.", [(None, 300e6, "signed")], id="body"),
        pytest.param("The sides signed 12 contracts worth $40 million.", [(12, 40e6, "signed")], id="counted"),
    ],
)
def test_an_amount_is_a_value_not_a_count(text, expected):
    assert valued(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The text of the agreement has been agreed upon.", ["planned"], id="agreed upon"),
        pytest.param("The sides agreed on the text of the agreement on transit.", ["planned"], id="agreed on"),
        pytest.param("The draft of the agreement was agreed by the ministries.", ["planned"], id="draft"),
        pytest.param("The wording of the agreement on customs was agreed in Minsk.", ["planned"], id="wording"),
        pytest.param("Geely agreed to set up a plant. Under the terms of the agreement, it will assemble cars.", [],
                     id="terms of an understanding"),
    ],
)
def test_an_agreed_text_is_a_document_to_sign(text, expected):
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Belarus, Kazakhstan eye free trade deal",
        "Kazakhstan eyes contract with Belarusian MAZ",
        "Kazakhstan, Belarus mull roadmap on logistics",
        "Belarus, Kazakhstan plan new agreement on transit",
    ],
)
def test_a_headlines_planning_verb_plans_the_document(headline):
    text = headline + "\n\nASTANA. KAZINFORM - The ministers met in Astana on Monday to discuss trade."
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("ASTANA. KAZINFORM - Signed documents:\n- Agreement on industrial cooperation;\n- Memorandum on "
                     "tourism;\n- Roadmap on trade.", ["signed"] * 3, id="signed"),
        pytest.param("ASTANA. KAZINFORM - Documents to be signed:\n- Agreement on industrial cooperation;\n- Memorandum "
                     "on tourism;\n- Roadmap on trade.", ["planned"] * 3, id="to be signed"),
        pytest.param("MINSK. BelTA - The sides signed:\n1. An agreement on customs;\n2. A memorandum on logistics.",
                     ["signed"] * 2, id="numbered"),
    ],
)
def test_list_items_with_their_opener_take_its_stage(text, expected):
    assert statuses(text) == expected
