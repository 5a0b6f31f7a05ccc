"""Families of agreement and joint-venture wordings (issue 11, families 1, 2 and 7), session 9.

Each family varies one shape of wire copy the rules read from the parse: a document whose predicate the parse
hides behind a postmodifying "worth" ("40 contracts worth $300 million were signed"); an inverted clause ("Also
signed was a memorandum"); the unnamed members of a counted group ("18 documents, including intergovernmental
agreements"); documents whose signing only interest or readiness frames; "put their signatures under"; a list
opened by a dash; a document set apart from earlier ones by "another", "a second", or by other signatories; a
relative pronoun standing for the document that plans a venture. Sentences are written for this project.
"""
import pytest

import kazbel_extract


def events(kind, text):
    return [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == kind]


def agreements(text):
    return [(r["status"], r["count"]) for r in events("agreement", text)]


def ventures(text):
    return [(r["count"], r["status"]) for r in events("joint_venture", text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("As a result of the business forum, over 40 commercial contracts worth more than $300 million "
                     "were signed.", [("signed", 40)], id="contracts worth ... were signed"),
        pytest.param("A total of some 20 export contracts worth almost $100 million were concluded at the forum.",
                     [("signed", 20)], id="a total of ... worth ... were concluded"),
        pytest.param("Agreements worth over $200 million were concluded during the visit of the Belarusian "
                     "delegation to Karaganda region.", [("signed", None)], id="agreements worth ... concluded"),
        pytest.param("According to the results of the trade mission, 47 contracts and agreements were signed for a "
                     "total of $420 million.", [("signed", 47)], id="for a total of"),
        pytest.param("Some 15 contracts worth $80 million are expected to be signed at the exhibition in Almaty.",
                     [("planned", 15)], id="worth ... are expected to be signed"),
    ],
)
def test_a_document_worth_an_amount_takes_the_predicate_after_it(text, expected):
    """The parse hangs "contracts" on "worth" as if it were their predicate; the predicate is the verb after."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Also signed was a memorandum of cooperation between the national news agencies BelTA and "
                     "Kazinform.", [("signed", None)], id="also signed was"),
        pytest.param("Among the documents, signed was a protocol on amendments to the agreement on trade.",
                     [("signed", None)], id="signed was (clausal subject)"),
        pytest.param("Also to be signed is a roadmap for industrial cooperation.", [("planned", None)],
                     id="also to be signed is"),
    ],
)
def test_an_inverted_clause_gives_the_fronted_participle(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In total, 18 documents, including intergovernmental agreements and commercial contracts, were "
                     "signed during the visit, the press service said.", [("signed", 18)], id="including plurals"),
        pytest.param("In total, twelve documents were signed during the session of the intergovernmental "
                     "commission, including a protocol.", [("signed", 12)], id="including on the session"),
        pytest.param("A number of bilateral documents were signed in the presence of the two presidents, including "
                     "an agreement on cooperation in science.", [("signed", None)], id="a number of ..., including"),
        pytest.param("The sides signed 10 documents, including an agreement on transit.",
                     [("signed", 10), ("signed", None)], id="a named member keeps its record"),
    ],
)
def test_unnamed_members_of_a_group_are_part_of_it(text, expected):
    """After "including", a member with no title of its own ("intergovernmental agreements", "a protocol") is part
    of a counted group; the preposition may hang on any noun of the clause ("during the session, including")."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is interested in concluding new agreements with Belarus in the field of agriculture.",
        "The Belarusian side expressed readiness to sign new contracts with Kazakh partners.",
        "The ambassador noted that there are good prospects for concluding new contracts with Kazakh companies.",
        "Minsk is open to signing further documents in the sphere of education, the minister said.",
        "The sides discussed the possibility of signing new agreements in the sphere of energy.",
    ],
)
def test_interest_alone_in_unnamed_documents_is_no_record(text):
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides plan to sign new agreements during the visit of the President.",
                     [("planned", None)], id="a plan"),
        pytest.param("Kazakhstan is interested in signing an agreement on visa-free travel with Belarus.",
                     [("planned", None)], id="a named document"),
        pytest.param("New agreements will be signed during the upcoming visit, he said.", [("planned", None)],
                     id="a future"),
    ],
)
def test_a_plan_or_a_named_document_stays_planned(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The heads of the two regions have put their signatures under a memorandum of friendship and "
                     "cooperation.", [("signed", None)], id="signatures under"),
        pytest.param("The ministers put their signatures under the agreement on transit.", [("signed", None)],
                     id="put their signatures under"),
        pytest.param("Under the agreement on transit, carriers will need no permits.", [("in_force", None)],
                     id="under frames the clause"),
    ],
)
def test_signatures_under_a_document_sign_it(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Two memoranda were signed – on metrology and on civil defence.",
                     [("signed", "on metrology"), ("signed", "on civil defence")], id="en dash"),
        pytest.param("The ministers will sign two memorandums — on tourism and on sport.",
                     [("planned", "on tourism"), ("planned", "on sport")], id="em dash"),
        pytest.param("Two agreements on transit for 2025-2027 were signed.", [("signed", None)], id="hyphen of a span"),
    ],
)
def test_a_dash_opens_a_list_of_documents_by_subject(text, expected):
    assert [(r["status"], r["title"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministries signed a memorandum on cooperation in tourism. Later, the tourism agencies of "
                     "the two regions signed another memorandum on cooperation in tourism.",
                     [("signed", None), ("signed", None)], id="another"),
        pytest.param("A contract for the supply of tractors was signed with MTZ. A second contract for the supply "
                     "of tractors was signed with a Kazakh dealer.", [("signed", None), ("signed", None)],
                     id="a second"),
        pytest.param("A contract for the supply of buses was signed in May. A further contract for the supply of "
                     "buses is expected to be signed in autumn.", [("signed", None), ("planned", None)],
                     id="a further"),
        pytest.param("The sides signed a roadmap on trade. The regions signed a separate roadmap on trade.",
                     [("signed", None), ("signed", None)], id="a separate"),
        pytest.param("Gomel Oblast and Pavlodar Region signed an agreement on cooperation. Mogilev Oblast and "
                     "Akmola Region also signed an agreement on cooperation.", [("signed", None), ("signed", None)],
                     id="other signatories"),
        pytest.param("The sides signed a memorandum on digital cooperation. The memorandum on digital cooperation "
                     "will be implemented by the ministries.", [("signed", None)], id="the same one restated"),
    ],
)
def test_a_document_set_apart_from_one_named_before_is_its_own(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides have inked a memorandum that paves the way for the joint production of buses.",
                     [(None, "planned")], id="that paves the way"),
        pytest.param("The ministers signed an agreement which provides for the creation of a joint venture in "
                     "Almaty.", [(None, "planned")], id="which provides for"),
        pytest.param("Since 2019, a joint venture producing BelAZ dump trucks has been working in Ekibastuz.",
                     [(None, "operating")], id="has been working"),
    ],
)
def test_a_document_named_by_a_relative_pronoun_plans_the_venture(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan has completed the domestic procedures necessary for the entry into force of the "
                     "agreement on transit.", "signed", id="procedures necessary for the entry into force"),
        pytest.param("The parties notified each other of the completion of procedures required for the entry into "
                     "force of the treaty on readmission.", "signed", id="procedures required for"),
        pytest.param("Kazakhstan has completed internal procedures for the entry into force of the agreement on "
                     "transit.", "signed", id="procedures for"),
        pytest.param("The agreement on the mutual recognition of visas, which took effect in 2023, allows tourists "
                     "to travel without extra permits.", "in_force", id="took effect"),
    ],
)
def test_procedures_for_the_entry_into_force_leave_the_document_signed(text, expected):
    """An entry into force that is the purpose of what the clause did is still ahead: the document was signed."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreement on cooperation was signed on the first day of the visit and will be implemented "
                     "by the ministries.", "signed", id="signed, will be implemented"),
        pytest.param("The roadmap was signed in Astana and is to be implemented over three years.", "signed",
                     id="signed, is to be implemented"),
        pytest.param("The memorandum was signed last year and is now being implemented.", "in_force",
                     id="signed, being implemented"),
    ],
)
def test_an_implementation_still_ahead_leaves_a_signed_document_signed(text, expected):
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The two ministries signed an MoC on cooperation in the field of smart cities.",
                     [("signed", None)], id="an MoC"),
        pytest.param("Korean and Kazakh companies signed three MoCs on critical minerals.", [("signed", 3)],
                     id="three MoCs"),
        pytest.param("The parties also signed a memorandum of understanding (MoU) on green hydrogen.",
                     [("signed", None)], id="MoU in brackets"),
    ],
)
def test_a_memorandum_of_cooperation_abbreviated(text, expected):
    """ "MoC" is a memorandum of cooperation, as "MoU" is one of understanding; neither is an organisation."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A number of memoranda were signed by the regional delegations.",
        "A couple of memoranda were signed by the regional delegations.",
        "A host of agreements were concluded at the business forum.",
        "Dozens of commercial agreements were concluded at the forum.",
    ],
)
def test_documents_of_a_group_noun_are_documents_whatever_the_tagger_says(text):
    """The tagger reads "memoranda" after "of" as a singular; a document of a group noun is no manner ("according
    to protocol") but documents."""
    assert agreements(text) == [("signed", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakh government approved a roadmap for the development of the domestic tourism industry until 2029.",
        "The ministry is implementing a national action plan to reduce air pollution.",
        "Kazakhstan's Ministry of Agriculture adopted a plan of measures to support farmers.",
        "Under the state programme of support for exporters, companies receive subsidies.",
        "A roadmap for the modernisation of the power grid was approved by the Ministry of Energy.",
    ],
)
def test_one_sides_own_roadmap_plan_or_programme_is_no_record(text):
    """A roadmap, plan or programme can be one country's or one body's own: modified by "national", "state",
    "domestic", or adopted by one body, one is a record only with a cue between the sides."""
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The intergovernmental commission approved the roadmap for 2025-2027.", [("signed", None)],
                     id="approved by a joint body"),
        pytest.param("The prime ministers approved a joint action plan for 2025-2026.", [("signed", None)],
                     id="a joint plan"),
        pytest.param("Belarus and Kazakhstan approved a roadmap for industrial cooperation.", [("signed", None)],
                     id="the sides approve"),
        pytest.param("The Government of Kazakhstan approved the draft agreement with Belarus on mutual legal "
                     "assistance.", [("planned", None)], id="an agreement has parties"),
        pytest.param("The sides signed a roadmap for the development of the tourism industry.", [("signed", None)],
                     id="signed, not adopted"),
        pytest.param("According to the minister, the roadmap should be approved by the end of the year.",
                     [("planned", None)], id="no adopter said"),
        pytest.param("A new action plan was adopted at the session in Minsk.", [("signed", None)],
                     id="adopted at a session"),
    ],
)
def test_a_document_adopted_with_a_cue_between_the_sides_stays(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakh, Belarusian PMs sign two documents\n\nThe heads of government signed an agreement on "
                     "cooperation in metrology and a memorandum on digitalisation.", [("signed", None), ("signed", None)],
                     id="two documents, two named"),
        pytest.param("Kazakhstan and Belarus sign eight documents\n\nASTANA - Eight documents were signed on Tuesday "
                     "following the talks between the presidents.", [("signed", 8)], id="the count restated"),
        pytest.param("Belarus, Kazakhstan sign 12 documents in Astana\n\nA total of 12 documents were signed on 10 "
                     "June.\n\nAmong them is an agreement on cooperation in the field of industrial safety.",
                     [("signed", 12), ("signed", None)], id="one named among twelve"),
    ],
)
def test_a_headline_count_spelled_out_by_as_many_named_documents(text, expected):
    """The headline's "two documents" over a lede naming two is those two; a count restated or only partly named
    stays a record."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parties noted the importance of the Treaty on the EAEU.",
        "The ministers stressed the role of the Treaty on the Eurasian Economic Union in mutual trade.",
    ],
)
def test_a_bloc_treaty_whose_topic_the_parse_hangs_elsewhere_is_background(text):
    """A capitalised document's "on ..." phrase right after it is its title, whatever noun the parse hangs it on."""
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan and Belarus have agreed a deal on the supply of 1 million tonnes of oil.", "signed",
                     id="have agreed a deal"),
        pytest.param("Kazakhstan and Belarus agree oil supply deal", "signed", id="headline: agree deal"),
        pytest.param("The sides are expected to agree a new roadmap in June.", "planned", id="expected to agree"),
        pytest.param("The sides agreed on the text of the agreement on migration and will sign it at the next "
                     "meeting.", "planned", id="agreed on its text"),
        pytest.param("The parties agreed to sign a memorandum on tourism.", "planned", id="agreed to sign"),
    ],
)
def test_a_document_agreed_as_the_object_of_agree_is_concluded(text, expected):
    """ "Agreed a deal" concludes a document, as "signed" does; "agreed on its text" or "agreed to sign" do not."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign agreement on digital cooperation\n\nASTANA - The digital ministries of "
                     "Kazakhstan and Belarus signed a memorandum of cooperation in the digital sphere, the ministry "
                     "said.", 1, id="headline agreement, lede memorandum"),
        pytest.param("Kazakhstan, Belarus sign agreement on transit\n\nASTANA - The transport ministries signed an "
                     "agreement on transit. They also signed a memorandum on logistics.", 2, id="a later memorandum"),
        pytest.param("Kazakhstan, Belarus sign agreement on industrial cooperation\n\nMINSK - The ministers signed "
                     "an agreement on industrial cooperation. They will also carry out the cooperation roadmap.", 2,
                     id="a later document sharing a word"),
    ],
)
def test_a_headlines_agreement_is_the_ledes_first_document_of_a_title_like_it(text, expected):
    """Headlines call a memorandum or a roadmap an "agreement": the headline's is the lede's first document when
    the titles share a word, not a later one once the headline's is restated."""
    assert len(agreements(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Belarusian side proposed a roadmap for joint projects in agriculture.",
        "The Kazakh side has proposed a new agreement on labour migration.",
        "The ministries plan a new programme of cooperation for 2026-2028.",
        "The parties envisage an additional protocol on the transit of oil.",
    ],
)
def test_a_document_a_planning_verb_acts_on_is_planned(text):
    """As its passive subject ("a treaty was proposed") is, the object of "propose", "plan", "envisage" is ahead."""
    assert [s for s, _ in agreements(text)] == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides signed an agreement on transit that will simplify cargo transportation.", "signed",
                     id="signed ... that will simplify"),
        pytest.param("The ministers inked a memorandum on tourism, which is expected to boost tourist flows.",
                     "signed", id="inked ..., which is expected to boost"),
        pytest.param("The governments concluded a treaty on legal aid which should speed up court cases.", "signed",
                     id="concluded ... which should speed up"),
        pytest.param("The roadmap, which is to be signed in June, covers forty joint projects.", "planned",
                     id="which is to be signed"),
        pytest.param("The protocol, which the ministers are expected to sign next week, sets new quotas.", "planned",
                     id="which ... are expected to sign"),
        pytest.param("The agreement, which has been in force since 2015, covers road haulage.", "in_force",
                     id="which has been in force"),
    ],
)
def test_a_relative_clause_states_a_stage_only_with_a_word_of_one(text, expected):
    """A relative clause gives the document's stage by a signing, drafting or entry word; the tense or modal of
    what the document will do ("that will simplify", "which is expected to boost") leaves the main clause's."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The new agreement on transit is expected to boost freight traffic by a fifth.", "in_force",
                     id="is expected to boost"),
        pytest.param("An agreement on visa-free travel is planned.", "planned", id="is planned"),
        pytest.param("A new programme of interregional cooperation is envisaged for 2026-2030.", "planned",
                     id="is envisaged"),
        pytest.param("The memorandum on grain is expected to be signed in autumn.", "planned",
                     id="is expected to be signed"),
    ],
)
def test_a_planning_verb_over_what_the_document_does_plans_no_document(text, expected):
    """ "Is planned" puts the document ahead; "is expected to boost trade" expects an effect of it."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers plan to sign and implement a memorandum on energy saving.", "planned",
                     id="plan to sign and implement"),
        pytest.param("The two governments will sign and ratify an agreement on transit.", "planned",
                     id="will sign and ratify"),
        pytest.param("The presidents are expected to sign and then publish a treaty on allied relations.",
                     "planned", id="expected to sign and publish"),
        pytest.param("Both parliaments signed and ratified the agreement on labour migration.", "signed",
                     id="signed and ratified"),
        pytest.param("The ministries have signed and are implementing a roadmap for industrial cooperation.",
                     "in_force", id="have signed and are implementing"),
    ],
)
def test_a_signing_ahead_keeps_the_shared_object_of_coordinated_verbs_planned(text, expected):
    """The document both verbs act on is still to be signed when the first puts its signing ahead; once signed,
    the later verb's stage is reached."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The package of documents prepared for signing includes a roadmap for trade cooperation.",
                     "planned", id="package prepared for signing includes"),
        pytest.param("The documents prepared for signing include an agreement on cooperation in healthcare.",
                     "planned", id="documents prepared for signing include"),
        pytest.param("A programme of cooperation drafted by the two foreign ministries covers 2026-2028.",
                     "planned", id="drafted by"),
        pytest.param("The roadmap developed by the ministries in 2021 covers 30 projects.", "in_force",
                     id="developed by: made"),
        pytest.param("The documents signed today include an agreement on cooperation in healthcare.", "signed",
                     id="documents signed today include"),
    ],
)
def test_a_drafting_participle_of_the_document_or_its_group_gives_its_stage(text, expected):
    """ "Prepared for signing" puts a signing ahead, "drafted" leaves a draft, "developed" made the document,
    and a member of the group takes that stage."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The signing of the roadmap was postponed.", ["planned"], id="signing was postponed"),
        pytest.param("The sides postponed the signing of the agreement on visa-free travel.", ["planned"],
                     id="postponed the signing of"),
        pytest.param("The parties have delayed signing the memorandum until autumn.", ["planned"],
                     id="delayed signing"),
        pytest.param("The ceremony of signing the treaty on the border was deferred to next year.", ["planned"],
                     id="was deferred"),
        pytest.param("The signing of the roadmap took place in Minsk.", ["signed"], id="took place: done"),
    ],
)
def test_a_signing_postponed_or_delayed_is_still_ahead(text, expected):
    """Like "failed to sign", a postponed, delayed or deferred signing leaves the document planned."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("An agreement in principle was reached on gas prices.", [], id="in principle"),
        pytest.param("The two leaders have a verbal agreement on the next meeting.", [], id="verbal"),
        pytest.param("The ministers came to an informal agreement on quotas for carriers.", [], id="informal"),
        pytest.param("The sides reached an agreement on the supply of 1,000 buses.", ["signed"],
                     id="an agreement on a supply is a document"),
    ],
)
def test_an_agreement_with_no_text_is_an_understanding(text, expected):
    """ "In principle", "verbal", "informal": an understanding, no document, as the guidelines say of agreeing."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides initialled an agreement on readmission.", "planned", id="initialled"),
        pytest.param("The agreement on readmission was initialled in Astana on Tuesday.", "planned",
                     id="was initialled"),
        pytest.param("The heads of the delegations initialed the text of the treaty on the state border.", "planned",
                     id="initialed the text of"),
        pytest.param("The agreement on readmission, initialled last year, will be signed during the visit.",
                     "planned", id="initialled, will be signed"),
        pytest.param("The initial agreement on gas supplies covers 2020-2025.", "in_force",
                     id="initial: no stage"),
        pytest.param("The initial agreement on gas supplies was signed in 2019.", "signed", id="initial, signed"),
    ],
)
def test_an_initialled_document_awaits_its_signing(text, expected):
    """Initialling agrees a text before the signing: the document is still planned, as a draft agreed is; the
    adjective "initial" states no stage."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides discussed the implementation of the agreements of the heads of state.", [],
                     id="of the heads of state"),
        pytest.param("The instructions and agreements of the presidents are being fulfilled.", [],
                     id="of the presidents"),
        pytest.param("We are working to implement all the agreements of our leaders, the minister said.", [],
                     id="of our leaders"),
        pytest.param("The ministers noted progress in implementing the agreements between the leaders.", [],
                     id="between the leaders"),
        pytest.param("The ministers reviewed the agreements of Tokayev and Lukashenko.", [], id="of two people"),
        pytest.param("The agreement between the presidents on the border was signed in 2001.", ["signed"],
                     id="with a subject: a document"),
        pytest.param("The agreements of the heads of state were signed in Minsk on Friday.", ["signed"],
                     id="signed: documents"),
    ],
)
def test_agreements_named_only_by_the_people_who_agreed_are_understandings(text, expected):
    """ "The agreements of the heads of state" are what they agreed on, as "agreements reached" are; a subject of
    their own ("on the border") or a signing makes them documents."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The text of the memorandum is being coordinated by the ministries.", "planned",
                     id="is being coordinated"),
        pytest.param("The memorandum is being coordinated with the Kazakh side.", "planned",
                     id="coordinated with the other side"),
        pytest.param("The text of the roadmap has been coordinated with all ministries.", "planned",
                     id="has been coordinated: agreed, not signed"),
        pytest.param("An agreement on mutual protection of investments is in the works.", "planned",
                     id="is in the works"),
        pytest.param("The ministries coordinate their work under the agreement on customs cooperation.", "in_force",
                     id="coordinate under: a frame"),
        pytest.param("The roadmap works well, the minister said.", "in_force", id="works well: what it does"),
    ],
)
def test_a_text_being_coordinated_or_in_the_works_is_planned(text, expected):
    """A text coordinated between the sides is agreed, still to be signed; "in the works" is being drafted."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Work is being carried out to conclude an agreement on pension provision.", "planned",
                     id="work is being carried out to conclude"),
        pytest.param("Work is under way to sign a memorandum on cooperation in tourism.", "planned",
                     id="work is under way to sign"),
        pytest.param("Work has begun to prepare a new roadmap.", "planned", id="work has begun to prepare"),
        pytest.param("The ministers managed to sign the agreement on transit.", "signed", id="managed to sign"),
    ],
)
def test_a_signing_that_work_is_done_for_is_ahead(text, expected):
    """Drafting or work as the subject of the verb a signing is the purpose of: the signing is still ahead."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus, Kazakhstan eye new roadmap for 2027-2028\n\nMINSK - The commission reviewed the "
                     "implementation of the roadmap for 2025-2026 and agreed to draft a new roadmap for 2027-2028.",
                     ["planned", "in_force"], id="headline eye, lede: the old one and the new one"),
        pytest.param("Kazakhstan mulls treaty on labour migration with Belarus\n\nASTANA - The government is "
                     "considering a draft treaty on labour migration.", ["planned"], id="headline mulls"),
        pytest.param("Belarus, Kazakhstan sign action plan for 2026\n\nMINSK - The foreign ministries signed an action "
                     "plan for 2026. The action plan for 2024 was fully implemented.", ["signed", "in_force"],
                     id="a year in the title sets the documents apart"),
    ],
)
def test_a_headlines_document_is_the_ledes_of_the_years_its_title_names(text, expected):
    """The years of a title written as a name ("roadmap for 2027-2028") tell documents apart however the parse hangs
    "for"; a headline's "eye" or "mull" puts its document ahead."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers left without signing the memorandum.", "planned", id="left without signing"),
        pytest.param("The talks ended without the signing of a roadmap.", "planned", id="ended without the signing of"),
        pytest.param("The memorandum was signed without delay.", "signed", id="signed without delay"),
        pytest.param("The sides signed the agreement without any reservations.", "signed", id="without reservations"),
    ],
)
def test_a_document_left_without_its_signing_is_not_signed(text, expected):
    """ "Without signing" frames the signing as not done, as "failed to sign" does; "signed without delay" is done."""
    assert [s for s, _ in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The minister expressed his agreement with the proposal.", [], id="his agreement with"),
        pytest.param("Tokayev's agreement with the plan was welcomed in Minsk.", [], id="a person's agreement"),
        pytest.param("The deputy premier gave her agreement to the new schedule.", [], id="her agreement to"),
        pytest.param("The Kazakh minister put his signature to the agreement on transit.", ["signed"],
                     id="his signature to the agreement"),
    ],
)
def test_a_persons_own_agreement_is_consent(text, expected):
    """ "His agreement with the proposal" is consent; a document has parties, not one person's possessive."""
    assert [s for s, _ in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The new document will provide for joint degree programmes and academic mobility.", [],
                     id="joint degree programmes"),
        pytest.param("Belarusian universities offer joint educational programmes with Kazakh universities.", [],
                     id="joint educational programmes"),
        pytest.param("Kazakh engineers completed a joint training programme in Minsk.", [], id="a training programme"),
        pytest.param("The TV programme was broadcast in both countries.", [], id="a TV programme"),
        pytest.param("The universities signed a joint master's programme in logistics.", ["signed"],
                     id="signed: a document"),
        pytest.param("The ministries signed a programme of cooperation in education for 2026-2028.", ["signed"],
                     id="a programme of cooperation in education"),
    ],
)
def test_a_programme_of_study_training_or_broadcast_is_no_document(text, expected):
    """ "Joint degree programmes" are courses: "joint" is no cue of a document when the programme is one of study,
    training or broadcast, unless it is signed."""
    assert [s for s, _ in agreements(text)] == expected
