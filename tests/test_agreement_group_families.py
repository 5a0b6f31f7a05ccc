"""Families of agreement wordings (issue 11, families 2 and 7), session 9 round 2.

A counted group and the counted part it names ("15 documents, including 10 contracts") are one record, as the
guidelines count a group; a plural document noun whose subject preposition is repeated ("agreements on transit and
on customs") is one document per subject, and so spells out a headline's count. Sentences are written for this
project, in the manner of wire copy.
"""
import pytest

import kazbel_extract


def agreements(text):
    return [(r["status"], r["count"]) for r in (e.to_dict() for e in kazbel_extract.extract(text).events
                                                if e.type == "agreement")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In total, 15 documents, including 10 commercial contracts, were signed during the visit of the "
                     "Kazakh delegation to Minsk.", [("signed", 15)], id="including a counted part"),
        pytest.param("The sides signed 12 documents, among them 7 contracts for the supply of agricultural "
                     "machinery, the press service of the akimat reported.", [("signed", 12)], id="among them"),
        pytest.param("Following the business forum, more than 30 agreements, including 18 export contracts worth "
                     "$95 million, were concluded.", [("signed", 30)], id="including ... worth"),
        pytest.param("The ministers signed 20 documents, including 12 agreements and 8 memorandums.",
                     [("signed", 20)], id="two counted parts"),
        pytest.param("Some 25 documents, including six intergovernmental agreements, are expected to be signed "
                     "during the visit.", [("planned", 25)], id="planned"),
        pytest.param("The sides signed 10 documents, including an agreement on transit.",
                     [("signed", 10), ("signed", None)], id="a named member keeps its record"),
        pytest.param("A total of 15 documents were signed, 10 of which are commercial contracts worth $45 million.",
                     [("signed", 15)], id="10 of which are"),
        pytest.param("The sides signed 15 documents, 10 of them commercial contracts.", [("signed", 15)],
                     id="10 of them"),
        pytest.param("The regions signed 15 documents, of which 10 were contracts for the supply of machinery.",
                     [("signed", 15)], id="of which 10 were"),
        pytest.param("Following the talks, 15 documents were signed. Of these, 10 are commercial contracts.",
                     [("signed", 15)], id="of these, in the next sentence"),
        pytest.param("As a result of the forum, 15 documents were signed, including 10 contracts for the supply of "
                     "Belarusian products for $45 million and five memorandums of cooperation.", [("signed", 15)],
                     id="a second part hung on the amount"),
        pytest.param("Belarus, Kazakhstan sign 15 documents\n\nMINSK - Fifteen documents, including ten contracts "
                     "worth $45 million, were signed at the business forum in Minsk on Friday.", [("signed", 15)],
                     id="headline and lede"),
    ],
)
def test_a_counted_part_of_a_counted_group_is_the_group(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Also signed were agreements on transit and on customs cooperation.",
                     [("signed", None)] * 2, id="also signed were"),
        pytest.param("The foreign ministers also signed memorandums on consular cooperation, on archives and on "
                     "the exchange of diplomatic mail.", [("signed", None)] * 3, id="three, commas"),
        pytest.param("The ministers also signed agreements on road transport and on the mutual protection of "
                     "investments, the government's press office said.", [("signed", None)] * 2, id="said"),
        pytest.param("The sides will sign protocols on veterinary control as well as on phytosanitary "
                     "inspection.", [("planned", None)] * 2, id="as well as, planned"),
        pytest.param("The sides signed two agreements on transit and on customs.", [("signed", None)] * 2,
                     id="the count of the subjects"),
        pytest.param("The ministers signed agreements on trade and transit.", [("signed", None)],
                     id="one preposition: one record"),
        pytest.param("Also signed were an agreement on transit and one on customs cooperation.",
                     [("signed", None)] * 2, id="and one on"),
        pytest.param("The ministers signed an agreement on road transport and another on civil aviation.",
                     [("signed", None)] * 2, id="and another on"),
        pytest.param("Agreements were also signed on transit and on customs cooperation.", [("signed", None)] * 2,
                     id="the prepositions hung on the verb"),
        pytest.param("In addition, agreements on transit and on customs cooperation were signed in Astana.",
                     [("signed", None)] * 2, id="in addition"),
        pytest.param("The agreements were signed on 5 May and on 6 May.", [("signed", None)],
                     id="dates are no subjects"),
        pytest.param("Regional delegations signed 20 agreements on trade and on education.", [("signed", 20)],
                     id="another count keeps the group"),
    ],
)
def test_a_repeated_subject_preposition_names_one_document_each(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign three agreements\n\nASTANA - The prime ministers of Kazakhstan and "
                     "Belarus signed agreements on transit, on customs cooperation and on veterinary control on "
                     "Tuesday.", [("signed", None)] * 3, id="three"),
        pytest.param("Belarus and Kazakhstan sign two memorandums\n\nMINSK, 4 March - The foreign ministries of "
                     "the two countries signed memorandums on consular cooperation and on archives.",
                     [("signed", None)] * 2, id="two memorandums"),
        pytest.param("Minsk, Astana to sign two protocols\n\nMINSK - The governments will sign protocols on "
                     "amendments to the customs rules and on the transit of goods next week.",
                     [("planned", None)] * 2, id="planned"),
    ],
)
def test_a_headline_count_spelled_out_by_repeated_subjects(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The two companies finalised a contract for the supply of 200 tractors to Akmola region.",
                     [("signed", None)], id="finalised"),
        pytest.param("The ministries have finalized a roadmap for industrial cooperation for 2025-2027.",
                     [("signed", None)], id="have finalized"),
        pytest.param("Kazakh and Belarusian firms struck a deal on the joint production of elevators, the "
                     "ministry said.", [("signed", None)], id="struck a deal"),
        pytest.param("MAZ clinched a contract worth $40 million for the supply of trucks to Kazakhstan.",
                     [("signed", None)], id="clinched"),
        pytest.param("The regions sealed an agreement on cooperation in vocational education.", [("signed", None)],
                     id="sealed"),
        pytest.param("Gomselmash has secured a contract for the delivery of 50 combine harvesters.",
                     [("signed", None)], id="secured"),
        pytest.param("The Belarusian plant won a contract worth $12 million to supply buses to Almaty.",
                     [("signed", None)], id="won"),
        pytest.param("KazMunayGas and Belneftekhim have entered into a long-term contract for oil deliveries.",
                     [("signed", None)], id="entered into"),
        pytest.param("Belarus and Kazakhstan reached an agreement on the supply of 1,000 buses, the ministry said.",
                     [("signed", None)], id="reached an agreement on a thing"),
        pytest.param("A deal on the supply of 500,000 tonnes of wheat was reached in Astana on Monday.",
                     [("signed", None)], id="a deal was reached"),
        pytest.param("In January-September, the sides clinched 14 export contracts worth over $60 million.",
                     [("signed", 14)], id="clinched, counted"),
        pytest.param("The two companies penned a contract for the supply of 40 buses.", [("signed", None)],
                     id="penned"),
        pytest.param("The ministers brokered a deal on the supply of Kazakh wheat to Belarus.", [("signed", None)],
                     id="brokered"),
        pytest.param("The regions forged an agreement on cooperation in agriculture.", [("signed", None)],
                     id="forged"),
        pytest.param("MAZ closed a deal with a Kazakh dealer for the supply of 100 trucks.", [("signed", None)],
                     id="closed a deal"),
    ],
)
def test_a_concluding_verb_signs_the_document(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides are finalising a contract for the supply of 200 tractors.", [("planned", None)],
                     id="are finalising"),
        pytest.param("The companies are expected to strike a deal on the supply of elevators next month.",
                     [("planned", None)], id="expected to strike"),
        pytest.param("The sides reached agreement on many issues of civil aviation.", [], id="reached agreement"),
        pytest.param("Agreements were reached on all the issues on the bilateral agenda.", [], id="were reached on"),
        pytest.param("The prime ministers reached an agreement on holding the next session of the commission in "
                     "Astana.", [], id="an agreement on doing"),
        pytest.param("The agreement on transit will enter into force in 60 days.", [("signed", None)],
                     id="enter into force is no entering into"),
    ],
)
def test_a_concluding_verb_still_ahead_or_an_understanding(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A portfolio of contracts worth $150 million was formed during the business forum in Astana.",
                     [("signed", None)], id="was formed"),
        pytest.param("A portfolio of export contracts worth some $25 million has been formed, the ambassador said.",
                     [("signed", None)], id="has been formed, he said"),
        pytest.param("Following the trade mission, a portfolio of orders and contracts totalling $40 million was "
                     "formed.", [("signed", None)], id="orders and contracts"),
        pytest.param("The Belarusian enterprises have formed a portfolio of contracts with Kazakh partners for "
                     "$70 million.", [("signed", None)], id="have formed"),
        pytest.param("A package of contracts worth $50 million has been prepared for signing.", [("planned", None)],
                     id="prepared for signing"),
        pytest.param("Contracts worth $60 million are being prepared for signing, the trade mission said.",
                     [("planned", None)], id="are being prepared for signing"),
        pytest.param("About ten contracts are being prepared for signing at the forum in Minsk.", [("planned", 10)],
                     id="counted, being prepared"),
        pytest.param("A portfolio of investment projects worth $1 billion was formed.", [], id="projects are no documents"),
        pytest.param("A portfolio of contracts for the supply of Belarusian machinery is being formed, the ministry "
                     "added.", [("planned", None)], id="is being formed"),
    ],
)
def test_a_portfolio_formed_or_contracts_prepared_for_signing(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Kazakh and Belarusian sides signed a package of documents on the sidelines of the Forum of "
                     "Interregional Cooperation, including an agreement on cooperation between Minsk and Almaty.",
                     [("signed", None)], id="package on the sidelines, including a named one"),
        pytest.param("On the sidelines of the forum, MAZ and KamAZ dealers signed three contracts for the supply of "
                     "trucks.", [("signed", 3)], id="fronted sidelines"),
        pytest.param("Bilateral documents were signed between Belarusian and Kazakh companies on the sidelines of "
                     "the forum.", [("signed", None)], id="documents between companies"),
        pytest.param("On the sidelines of the Forum of Regions in Astana, Vitebsk Oblast and Kostanay Region signed a "
                     "roadmap for cooperation for 2025-2026.", [("signed", None)], id="regions"),
        pytest.param("As part of the visit, the Brest Oblast and East Kazakhstan Region signed a cooperation "
                     "agreement, and Brest enterprises concluded export contracts worth $5.5 million.",
                     [("signed", None), ("signed", None)], id="during a visit, two signings"),
        pytest.param("Agreements on the eve of the visit and on its first day were signed by the regions.",
                     [("signed", None)], id="when, not what about"),
        pytest.param("The following documents were signed on the sidelines of the forum: an agreement between the "
                     "governments on labour migration; a memorandum between the ministries of education.",
                     [("signed", None), ("signed", None)], id="the following documents:"),
        pytest.param("The documents signed include: an agreement on road transport, a memorandum on culture and a "
                     "programme of cooperation in sport.", [("signed", None)] * 3, id="the documents signed include:"),
        pytest.param("Among the documents signed were: a memorandum on education and an agreement on science.",
                     [("signed", None)] * 2, id="among the documents signed were:"),
    ],
)
def test_documents_signed_on_the_sidelines_or_listed_after_include(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus and Kazakhstan signed three documents during the talks. An agreement on cooperation in "
                     "the field of emergencies, a memorandum on tourism and a programme of cultural cooperation "
                     "were signed.", [("signed", None)] * 3, id="the next sentence names three"),
        pytest.param("The ministers signed two documents, an agreement on transit and a memorandum on logistics.",
                     [("signed", None)] * 2, id="the same sentence names two"),
        pytest.param("Two documents were signed in Minsk on Monday. They are an agreement on scientific cooperation "
                     "and a protocol on customs data exchange.", [("signed", None)] * 2, id="they are"),
        pytest.param("The sides signed 10 documents. An agreement on transit and a memorandum on tourism were "
                     "among them.", [("signed", 10), ("signed", None), ("signed", None)], id="fewer than counted"),
        pytest.param("The sides signed two agreements in May. A memorandum on tourism and an agreement on sport "
                     "will be signed in autumn.", [("signed", 2), ("planned", None), ("planned", None)],
                     id="another status is other documents"),
    ],
)
def test_a_count_spelled_out_by_as_many_named_documents(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign three agreements\n\nASTANA - The prime ministers of Kazakhstan and "
                     "Belarus signed agreements on transit, customs cooperation and veterinary control on Tuesday.",
                     [("signed", 3)], id="one preposition over three subjects"),
        pytest.param("Kazakhstan and Belarus sign three agreements\n\nASTANA, 3 March (Kazinform) - Kazakhstan and "
                     "Belarus have signed agreements on cooperation in the fields of transport, education and health "
                     "care, the Prime Minister's press service reported.", [("signed", 3)], id="dateline and source"),
        pytest.param("Kazakhstan, Belarus ink four agreements\n\nASTANA - The heads of government signed "
                     "intergovernmental agreements on cooperation in the fields of science, culture, sports and "
                     "tourism.", [("signed", 4)], id="ink four"),
        pytest.param("Belarus, Kazakhstan sign 3 agreements on trade, transport\n\nMINSK - The governments of "
                     "Belarus and Kazakhstan signed agreements in the spheres of trade and transport.",
                     [("signed", 3)], id="in the spheres of"),
        pytest.param("Kazakhstan, Belarus sign three agreements\n\nASTANA - The ministers signed three agreements on "
                     "Tuesday.\n\nThe regions also signed agreements on cooperation in education.",
                     [("signed", 3), ("signed", None)], id="a later paragraph is other documents"),
    ],
)
def test_a_headline_count_restated_by_the_ledes_plural(text, expected):
    """The lede's only document, an uncounted plural of the headline's kind, is the headline's counted group told
    by its subjects: one record."""
    assert agreements(text) == expected


def statuses(text):
    return [(r["status"], r["title"]) for r in (e.to_dict() for e in kazbel_extract.extract(text).events
                                                if e.type == "agreement")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Although the text of the memorandum of understanding has not been published, 12 commercial "
                     "contracts were signed.", ["signed", "signed"], id="although ..., were signed"),
        pytest.param("While the details of the roadmap on industrial cooperation remain confidential, the ministers "
                     "signed two agreements on Tuesday.", ["signed", "signed"], id="while ..., signed"),
        pytest.param("Since the protocol on customs data is of great importance, the parties will sign two more "
                     "agreements in June.", ["planned", "planned"], id="since ..., will sign"),
        pytest.param("Under the agreement on transit, the companies signed 12 contracts for the carriage of grain.",
                     ["in_force", "signed"], id="a framing document stays in force"),
        pytest.param("The ministers reviewed the roadmap on trade and signed two agreements on transport.",
                     ["in_force", "signed"], id="the main clause's own document stays in force"),
    ],
)
def test_a_subordinate_documents_stage_is_the_main_clauses(text, expected):
    """A document named in a subordinate clause that states no stage of its own takes the stage the sentence's main
    clause states for its documents; one of the main clause, or one framing it, does not."""
    assert [s for s, _ in statuses(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("MINSK - Following the talks, the ministers signed:\n1. An agreement on cooperation in civil "
                     "defence.\n2. A memorandum on cooperation in standardisation.\n3. A roadmap for cooperation in oil "
                     "refining.", ["signed", "signed", "signed"], id="numbered items after 'signed:'"),
        pytest.param("ASTANA - During the visit, the parties will sign:\n1. An agreement on labour migration.\n2. A "
                     "protocol on consular matters.", ["planned", "planned"], id="numbered items after 'will sign:'"),
        pytest.param("The following documents are to be signed:\n1) an agreement on cooperation in civil defence;\n2) "
                     "a memorandum on cooperation in standardisation.", ["planned", "planned"],
                     id="1) 2) items after a group"),
        pytest.param("The sides signed:\n- an agreement on cooperation in civil defence;\n- a memorandum on "
                     "cooperation in standardisation.", ["signed", "signed"], id="dash items"),
    ],
)
def test_items_of_a_list_a_colon_opens_take_the_openers_stage(text, expected):
    """An item of its own with no predicate ("2. A memorandum on ...") takes the stage of the clause before the
    colon, as the documents of a one-sentence list do; the first item is no restatement of the group."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign contracts worth $50 million at Astana fair\n\nASTANA - Contracts worth $50 "
                     "million were signed at the fair, the embassy said. In total, 30 contracts were concluded.",
                     [("signed", 30)], id="headline, lede, then the total"),
        pytest.param("Belarus, Kazakhstan sign documents\n\nMINSK - Belarus and Kazakhstan signed a number of "
                     "documents on Tuesday. Overall, 12 documents were signed, the ministry said.", [("signed", 12)],
                     id="headline documents restated, then counted"),
        pytest.param("Kazakhstan, Belarus sign contracts at Astana fair\n\nASTANA - Contracts were signed at the fair. "
                     "In total, 30 contracts were concluded. Another 15 contracts are expected to be signed.",
                     [("signed", 30), ("planned", 15)], id="a later count of others stays"),
    ],
)
def test_a_headlines_uncounted_group_restated_in_the_lede_is_counted_by_the_total_after(text, expected):
    """The headline's "contracts", named again in the lede, are the ones the body's "in total, 30" counts."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Two contracts have already been signed, and three more are being negotiated.",
                     [("signed", 2), ("planned", 3)], id="and three more are being negotiated"),
        pytest.param("Ten agreements were signed. Another five will be signed in May.",
                     [("signed", 10), ("planned", 5)], id="another five will be signed"),
        pytest.param("The sides signed 12 documents, and 4 more are expected to be signed next month.",
                     [("signed", 12), ("planned", 4)], id="4 more are expected"),
        pytest.param("Two memorandums were signed. Three more companies joined the project.", [("signed", 2)],
                     id="more of another noun"),
        pytest.param("Two agreements were signed. Twelve plants operate in the region, and four more are under "
                     "construction.", [("signed", 2)], id="more of a later counted noun"),
    ],
)
def test_a_count_of_more_documents_with_the_noun_left_out_is_a_record_of_its_own(text, expected):
    """ "Three more", "another five": documents besides those counted just before, of their kind, with the stage
    their own clause gives; not when another counted noun stands between."""
    assert agreements(text) == expected
