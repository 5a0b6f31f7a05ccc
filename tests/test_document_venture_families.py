"""Families of agreement and joint-venture wordings (issue 11, families 1, 2 and 7), one rule each.

Each family varies the wording of one thing the rules read: a document that frames what is done rather
than being acted on ("under the agreement"), a signing still ahead told by a copula or "have" ("is ready
for signing", "has yet to be ratified"), drafting told by a phrasal verb ("is being worked out"), a frame
that says nothing of a document named alone ("the importance of the agreement"), a headline's document
named again in other words in the lede, a count of ventures told by "the number of ... reached N", and
ventures included in a group that is no venture. Sentences are written for this project in the wire style.
"""
import pytest

import kazbel_extract


def events(kind, text):
    return [e.to_dict() for e in kazbel_extract.extract(text).events if e.type == kind]


def agreement_statuses(text):
    return [r["status"] for r in events("agreement", text)]


def ventures(text):
    return [(r["count"], r["status"]) for r in events("joint_venture", text)]


# Agreements -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement on transit, carriers will need no permits.",
        "Within the framework of the roadmap, the sides will carry out 30 projects.",
        "In accordance with the memorandum on education, the universities will exchange students.",
        "As part of the programme of cooperation, Belarus will build a dairy farm in Kostanay.",
        "Pursuant to the protocol on customs, the goods will be cleared at the border.",
        "In line with the action plan, the ministries will hold joint exhibitions.",
        "Under the memorandum on tourism, the sides exchange tourist groups every year.",
    ],
)
def test_a_document_that_frames_what_is_done_is_in_force(text):
    """The verb of the clause acts under the document, not on it: neither its tense nor a signing verb
    ("exchange") is the document's status."""
    assert agreement_statuses(text) == ["in_force"]


def test_a_document_framing_its_clause_keeps_its_own_participle():
    text = "Under the agreement signed on Monday, carriers will need no permits."
    assert agreement_statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreement on transit is ready for signing.", "planned", id="ready for signing"),
        pytest.param("The new roadmap awaits signature by the prime ministers.", "planned", id="awaits signature"),
        pytest.param("The memorandum on tourism is awaiting signing.", "planned", id="awaiting signing"),
        pytest.param("The sides have yet to sign the agreement on transit.", "planned", id="have yet to sign"),
        pytest.param("The agreement on pensions has yet to be ratified.", "signed", id="has yet to be ratified"),
        pytest.param("The protocol on customs has to be ratified by parliament.", "signed", id="has to be ratified"),
        pytest.param("The treaty on the border has yet to enter into force.", "signed", id="has yet to enter into force"),
    ],
)
def test_a_signing_or_ratification_still_ahead(text, expected):
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("An agreement on visa-free travel is also planned.", "planned", id="is planned"),
        pytest.param("A new programme of cooperation is envisaged for 2027-2029.", "planned", id="is envisaged"),
        pytest.param("Another memorandum is scheduled for the autumn.", "planned", id="is scheduled"),
        pytest.param("A treaty on the border was proposed by the Kazakh side.", "planned", id="was proposed"),
        pytest.param("A roadmap for trade is slated for adoption next year.", "planned", id="slated for adoption"),
        pytest.param("The memorandum on tourism was submitted for signing.", "planned", id="submitted for signing"),
        pytest.param("The treaty on allied relations is submitted to parliament for ratification.", "signed",
                     id="submitted for ratification"),
        pytest.param("The agreement on transit was sent to the Mazhilis for ratification.", "signed",
                     id="sent for ratification"),
        pytest.param("The roadmap on trade is aimed at doubling trade by 2030.", "in_force", id="is aimed at: a purpose"),
    ],
)
def test_a_document_planned_by_its_passive_verb_or_sent_for_a_stage_ahead(text, expected):
    """The document as the passive subject of a planning verb is planned; one sent or ready "for" signing is
    planned, "for" ratification signed."""
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakh side suggested signing a memorandum on cooperation in healthcare.",
        "Belarus offers to conclude an agreement on the supply of buses.",
        "The minister called for signing a roadmap on digital trade.",
        "The sides have begun talks on a free trade agreement.",
        "The signing of a memorandum on tourism is on the agenda.",
    ],
)
def test_a_signing_proposed_talked_over_or_on_the_agenda_is_planned(text):
    assert agreement_statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers put their signatures to a protocol on customs cooperation.", "signed",
                     id="put signatures to"),
        pytest.param("The leaders affixed their signatures to the treaty on allied relations.", "signed",
                     id="affixed signatures to"),
        pytest.param("The sides paid special attention to the agreement on transit.", "in_force",
                     id="paid attention to"),
    ],
)
def test_the_object_of_a_verb_the_document_is_a_prepositional_object_of(text, expected):
    """ "Put their signatures to a protocol": the verb's object says what is done to the document."""
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The sides held talks and signed an agreement on transit.",
        "Following the talks, the presidents signed a treaty on allied relations.",
    ],
)
def test_talks_beside_a_signing_leave_it_signed(text):
    assert agreement_statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "The roadmap for 2025-2027 was approved by the two governments.",
        "The co-chairs approved the plan of action for the next two years.",
        "The sides endorsed a programme of cooperation in education.",
    ],
)
def test_a_document_approved_or_endorsed_is_adopted(text):
    """Approving a document adopts it, as "adopted" does: signed (one government alone adopts its own programme)."""
    assert agreement_statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The roadmap on industrial cooperation is being worked out.", "planned", id="being worked out"),
        pytest.param("The ministries are hammering out an agreement on transit.", "planned", id="hammering out"),
        pytest.param("Experts will work out a programme of cooperation for 2027.", "planned", id="will work out"),
        pytest.param("The two countries have worked out a roadmap for cooperation.", "in_force", id="have worked out"),
    ],
)
def test_drafting_told_by_a_phrasal_verb(text, expected):
    """ "Work out", "hammer out" draft a document as "develop" does: planned while under way, made once done."""
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The sides noted the importance of the agreement on labour migration.",
        "A set of 12 documents regulates trade between the two countries.",
        "A package of 20 agreements governs the supply of oil.",
    ],
)
def test_a_frame_that_puts_only_a_signing_ahead_says_nothing_of_a_document_alone(text):
    """ "The importance of signing the roadmap" puts a signing ahead; "the importance of the agreement", or a
    group noun ("a set of documents"), says the document exists."""
    assert agreement_statuses(text) == ["in_force"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign memorandum on digital cooperation\n\nMINSK. KAZINFORM - The "
                     "ministries of Kazakhstan and Belarus signed a memorandum of understanding in the field of "
                     "digitalization on Monday.", ["signed"], id="memorandum"),
        pytest.param("Belarus, Kazakhstan sign agreement on transit\n\nMINSK - Belarus and Kazakhstan signed an "
                     "intergovernmental agreement on international road transport.", ["signed"], id="agreement"),
        pytest.param("Uzbekistan, Belarus to sign roadmap on trade\n\nTASHKENT - Uzbekistan and Belarus will sign "
                     "a road map for increasing mutual trade to $1 billion.", ["planned"], id="road map, planned"),
        pytest.param("Kazakhstan, Belarus sign agreement on transit\n\nASTANA - Kazakhstan and Belarus signed an "
                     "agreement on road transport. They also signed an agreement on veterinary inspection.",
                     ["signed", "signed"], id="a second document of the kind is its own"),
    ],
)
def test_a_headline_document_named_in_other_words_in_the_lede_is_one_record(text, expected):
    assert agreement_statuses(text) == expected


# Joint ventures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The number of joint ventures has reached 150.", [(150, "operating")], id="has reached"),
        pytest.param("The number of Belarusian-Kazakh joint enterprises exceeds 100.", [(100, "operating")],
                     id="exceeds"),
        pytest.param("The number of joint ventures stands at 45.", [(45, "operating")], id="stands at"),
        pytest.param("The number of joint ventures grew to 70 last year.", [(70, "operating")], id="grew to"),
    ],
)
def test_the_number_of_ventures_is_their_count(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("More than 600 enterprises with Belarusian capital are registered in Kazakhstan, including "
                     "200 joint ventures.", [(200, "operating")], id="in companies with capital"),
        pytest.param("About 300 Belarusian companies work in the country, including 45 joint ventures.",
                     [(45, "operating")], id="in companies"),
        pytest.param("Thirty joint ventures operate in Kazakhstan, including the joint venture of MTZ in Kostanay.",
                     [(30, "operating")], id="in ventures: an example"),
    ],
)
def test_ventures_included_in_a_group_that_is_no_venture_are_counted(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The development of joint ventures is a priority for both countries.",
        "Belarus supplies machinery kits to joint ventures in the region.",
        "Belarus and Kazakhstan continue to develop industrial cooperation and joint ventures.",
        "The bank provides loans to joint ventures and small businesses.",
        "Joint ventures are an important part of the bilateral agenda.",
    ],
)
def test_a_bare_plural_not_reported_by_its_clause_names_a_kind(text):
    """ "Joint ventures" with no determiner, possessive or count, that no verb of operating (as its subject) or of
    setting up reports, names ventures as a kind or a field: no record."""
    assert ventures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Joint ventures operate in every region of Kazakhstan.",
        "Belarusian-Kazakh joint ventures produce tractors and trucks.",
        "Belarusian companies have set up joint ventures in Kazakhstan.",
        "There are joint ventures in Pavlodar and Kostanay.",
        "Joint ventures and assembly plants work in five regions.",
        "Kazakhstan has joint ventures with Belarus in five regions.",
        "Joint ventures with Belarusian capital are registered in Pavlodar.",
        "Hundreds of joint ventures operate in Kazakhstan.",
        "Dozens of joint enterprises work in Belarus.",
        "A number of joint ventures have been established in the region.",
    ],
)
def test_a_bare_plural_reported_by_its_clause_is_one_uncounted_record(text):
    """Also through a quantity with no written number ("hundreds of", "a number of"): no count."""
    assert ventures(text) == [(None, "operating")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The universities signed MoUs on academic exchanges.", [(None, "signed")], id="MoUs tagged ORG"),
        pytest.param("The sides signed two MoUs.", [(2, "signed")], id="counted MoUs"),
        pytest.param("The ministers attended a session of the Collective Security Treaty Organization.", [],
                     id="a document noun inside an organisation's name"),
    ],
)
def test_a_document_noun_the_tagger_calls_an_organisation(text, expected):
    """A document noun that heads an ORG the tagger found is still a document; one inside an ORG's name is not."""
    assert [(r["count"], r["status"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Citizens of both countries can travel with internal passports and other documents.", [],
                     id="can travel with documents"),
        pytest.param("Exporters will need fewer documents at the border.", [], id="will need documents"),
        pytest.param("Several documents will be signed during the visit.", ["planned"], id="will be signed"),
        pytest.param("New agreements will be considered at the next session.", ["planned"], id="will be considered"),
    ],
)
def test_a_bare_plural_or_documents_is_put_ahead_only_by_a_word_of_its_own(text, expected):
    """A future or modal alone does not make "documents" or a bare plural a planned document: its clause must
    sign, draft or discuss it."""
    assert agreement_statuses(text) == expected


# Session 7: the stage a document reached, groups and their members -------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The treaty was signed in 2019 and entered into force in 2020.", "in_force", id="entered"),
        pytest.param("The protocol was signed in 2020 and ratified in 2021.", "signed", id="signed and ratified"),
        pytest.param("The agreement was ratified in May and took effect in June.", "in_force", id="took effect"),
        pytest.param("The agreement was signed in 2015 and has been in force since 2016.", "in_force",
                     id="has been in force"),
        pytest.param("The memorandum was signed last year and is now being implemented.", "in_force",
                     id="being implemented"),
        pytest.param("The agreement was signed in May and will be ratified in the autumn.", "signed",
                     id="will be ratified"),
        pytest.param("The agreement on transit was signed in Minsk but has not been ratified yet.", "signed",
                     id="not ratified yet"),
        pytest.param("The roadmap was drafted by the ministries and will be signed in June.", "planned",
                     id="drafted, will be signed"),
        pytest.param("The agreement on transit was discussed and signed on Monday.", "signed",
                     id="discussed and signed"),
        pytest.param("The agreement will be signed and ratified this year.", "planned",
                     id="both ahead under one auxiliary"),
        pytest.param("The memorandum was signed on Monday and provides for exchanges of students.", "signed",
                     id="a conjunct that states no stage"),
    ],
)
def test_a_document_takes_the_stage_its_last_predicate_reports(text, expected):
    """A document that is the subject of coordinated predicates has reached the stage of the last one that
    states a stage ("was signed ... and entered into force"); a conjunct without an auxiliary of its own
    shares its first's ("will be signed and ratified": both ahead)."""
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The agreement on double taxation expired in 2019.",
        "Kazakhstan denounced the agreement on the joint use of the test sites.",
        "The treaty on the border was terminated in 2015.",
        "The memorandum on tourism is no longer valid.",
    ],
)
def test_a_document_that_ended_is_in_force_the_closest_status_the_guidelines_give(text):
    """The guidelines have no status for a document that ended (expired, denounced, terminated): it existed,
    so it keeps the closest one, in_force, rather than being dropped or read as planned."""
    assert agreement_statuses(text) == ["in_force"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The talks resulted in signed agreements, including an agreement on transit.",
                     [("signed", None, "agreement on transit")], id="signed agreements, including"),
        pytest.param("The ministers signed documents, among them a memorandum on tourism.",
                     [("signed", None, "memorandum on tourism")], id="documents, among them"),
        pytest.param("The sides signed 10 documents, including an agreement on transit.",
                     [("signed", 10, None), ("signed", None, "agreement on transit")], id="a counted group stays"),
        pytest.param("Documents signed during the visit include a memorandum on education.",
                     [("signed", None, "memorandum on education")], id="documents include"),
    ],
)
def test_an_uncounted_group_is_the_documents_named_in_it(text, expected):
    """An uncounted, unnamed group ("signed agreements") whose members are named after "including", "among
    them" or "include" is those documents: the members are the records. A counted group keeps its count: its
    other documents are not named."""
    assert [(r["status"], r["count"], r["title"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("More than 20 agreements were signed during the visit. The presidents also signed a "
                     "declaration, as well as a number of other bilateral agreements.", [(20, "signed")],
                     id="a number of other agreements"),
        pytest.param("Five agreements were signed in Astana. The ministers also signed other agreements and "
                     "memorandums.", [(5, "signed")], id="other agreements and memorandums"),
        pytest.param("The sides signed 12 documents. Several other memorandums were signed by the ministries.",
                     [(12, "signed")], id="several other memorandums"),
        pytest.param("Eight agreements were signed in Astana. Other documents will be signed in Minsk.",
                     [(8, "signed"), (None, "planned")], id="other documents, another stage"),
    ],
)
def test_other_documents_after_a_count_are_part_of_it(text, expected):
    """ "Other agreements" or "a number of other documents" with no count of their own, after a counted group
    of the same status, are the rest of that group, not a record of their own."""
    assert [(r["count"], r["status"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The joint assembly of buses began in Almaty in 2018.", [(None, "operating")], id="began"),
        pytest.param("Belarus and Kazakhstan will launch the joint assembly of elevators.", [(None, "planned")],
                     id="will launch"),
        pytest.param("The sides discussed the joint assembly of combines.", [], id="discussed: talk only"),
        pytest.param("The session of the Parliamentary Assembly was held in Minsk.", [], id="an assembly body"),
    ],
)
def test_joint_assembly_is_joint_production(text, expected):
    """ "Joint assembly of buses" is joint production of one side's products, as "joint production of" is."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Following the talks, two agreements were signed: on customs cooperation and on transit.",
                     [("signed", "on customs cooperation"), ("signed", "on transit")], id="two agreements: on, on"),
        pytest.param("Three documents were signed: on customs, on transit and on education.",
                     [("signed", "on customs"), ("signed", "on transit"), ("signed", "on education")],
                     id="three documents: on, on, on"),
        pytest.param("The ministers will sign two memorandums: on tourism and on sport.",
                     [("planned", "on tourism"), ("planned", "on sport")], id="will sign: planned"),
    ],
)
def test_documents_listed_by_their_subject_after_a_count_each_give_a_record(text, expected):
    """ "Two agreements were signed: on customs and on transit" gives two (the guidelines' own example): each
    listed subject is a named document, its title the "on ..." phrase, and the count is spelled out by them."""
    assert [(r["status"], r["title"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The commission held its tenth session in Astana. Following the session, the co-chairs signed its protocol.",
        "At the end of the meeting, the sides signed its protocol.",
        "The delegation arrived in Minsk on Monday. Its programme includes a visit to BelAZ.",
        "The forum opened in Astana. Its programme features panels on logistics and energy.",
    ],
)
def test_the_protocol_or_programme_of_an_event_named_by_a_pronoun_is_no_document(text):
    """ "Its protocol" after a session is the session's minutes, "its programme" after a visit its agenda, as "the
    meeting's protocol" and "the programme of the visit" are: a protocol or programme whose only modifier is a
    possessive pronoun names no document between the sides."""
    assert events("agreement", text) == []


def test_a_pronoun_possessive_leaves_a_titled_protocol_a_document():
    text = "Belarus and Kazakhstan signed their protocol on amendments to the customs rules."
    assert agreement_statuses(text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers signed a plan of consultations for 2024-2025.",
        "The two ministries signed a plan of interaction for the next two years.",
        "The sides signed an implementation plan for the roadmap.",
    ],
)
def test_plans_of_consultations_interaction_or_implementation_are_documents(text):
    assert agreement_statuses(text)[:1] == ["signed"]


# Joint ventures, session 7 -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Hyundai has been assembling cars at the Hyundai Trans Kazakhstan plant in Almaty since 2020.",
                     [(None, "operating")], id="has been assembling at the plant"),
        pytest.param("Chinese automaker Chery assembles cars at the Allur plant in Kostanay.", [(None, "operating")],
                     id="assembles at the plant"),
        pytest.param("Belarusian tractors have been assembled at a plant in Kostanay since 2011.",
                     [(None, "operating")], id="assembled at a plant"),
        pytest.param("The plant in Kostanay, where Belarusian tractors have been assembled since 2011, will double "
                     "its output.", [(None, "operating")], id="the plant where they are assembled"),
        pytest.param("From next year, MAZ will assemble buses at a plant in Almaty.", [(None, "planned")],
                     id="will assemble at a plant"),
        pytest.param("KAMAZ assembles trucks in Naberezhnye Chelny.", [], id="no plant: a maker's own production"),
    ],
)
def test_an_assembly_told_at_a_plant(text, expected):
    """Assembly at a plant is an assembly plant, whoever the verb's subject is: "X assembles cars at the Y plant",
    "tractors are assembled at a plant in Kostanay", "the plant, where tractors are assembled"."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("KTZ Express runs a joint venture container terminal in Lianyungang.", [(None, "operating")],
                     id="joint venture terminal"),
        pytest.param("The two companies operate a joint venture hotel in Astana.", [(None, "operating")],
                     id="joint venture hotel"),
        pytest.param("A joint venture company was registered in Minsk.", [(None, "operating")],
                     id="joint venture company: one mention"),
    ],
)
def test_a_joint_venture_naming_what_it_runs_is_one(text, expected):
    """ "A joint venture container terminal": the venture noun modifies what the venture is; one mention."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ten joint ventures operate in Kazakhstan, and the sides plan to open another five.",
                     [(10, "operating"), (5, "planned")], id="another five"),
        pytest.param("Six assembly plants have been opened. Two more are being built.",
                     [(6, "operating"), (2, "planned")], id="two more"),
        pytest.param("Twelve joint enterprises work in the region. The sides will set up a further three.",
                     [(12, "operating"), (3, "planned")], id="a further three"),
    ],
)
def test_more_ventures_counted_with_the_noun_left_out(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Amkodor and Uzavtosanoat agreed to set up the production of front loaders in Jizzakh.",
                     [(None, "planned")], id="two companies agreed to set up"),
        pytest.param("MAZ and KAMAZ will launch the production of buses in Almaty.", [(None, "planned")],
                     id="two companies will launch"),
        pytest.param("BelAZ will set up the production of dump trucks in Ekibastuz jointly with a Kazakh partner.",
                     [(None, "planned")], id="jointly with"),
        pytest.param("Twenty joint ventures operate in Uzbekistan. MAZ and KAMAZ agreed to set up the production of "
                     "buses in Samarkand.", [(20, "operating"), (None, "planned")],
                     id="the production of: named by what it makes, no restatement"),
        pytest.param("Belarus and Uzbekistan will set up the production of elevators in Tashkent.", [(None, "planned")],
                     id="two countries"),
        pytest.param("MAZ has launched the production of a new bus model.", [], id="one maker's own production"),
        pytest.param("The company started the production of tractors in 2015.", [], id="one company"),
    ],
)
def test_production_set_up_by_two_companies_is_joint(text, expected):
    """Production that two companies, or one "jointly with" a partner, set up is joint production."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Tokayev, Yoon sign critical minerals memorandum; trade at $6.4 bln\n\nASTANA - Following the "
                     "talks, the presidents witnessed the signing of a memorandum of understanding on cooperation in "
                     "the field of critical raw materials.", ["signed"], id="headline with a second clause"),
        pytest.param("Belarus, Kazakhstan sign package of documents, eye $3 bln trade by 2030\n\nMINSK - The prime "
                     "ministers signed a package of documents on Thursday.", ["signed"], id="package, eye"),
        pytest.param("Kazakhstan, Uzbekistan to sign memorandum on water, officials say\n\nTASHKENT - The two "
                     "countries will sign a memorandum on water use in May.", ["planned"], id="to sign: ahead"),
    ],
)
def test_a_headlines_bare_verb_reports_a_signing(text, expected):
    """A headline's bare present verb ("X, Y sign memorandum") reports a signing however the parse attaches it;
    "X, Y to sign" puts it ahead. The lede's document is the headline's."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The following documents were signed after the talks:\n- an agreement on transit;\n- a "
                     "memorandum on tourism.", [("signed", "agreement on transit"), ("signed", "memorandum on tourism")],
                     id="the following documents:"),
        pytest.param("The ministers signed documents: a roadmap on trade and a protocol on customs.",
                     [("signed", "roadmap on trade"), ("signed", "protocol on customs")], id="documents:"),
    ],
)
def test_an_uncounted_group_opening_a_list_is_the_documents_listed(text, expected):
    assert [(r["status"], r["title"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The parties agreed to launch the assembly of Mogilevliftmash elevators in Almaty.",
                     [(None, "planned")], id="the parties agreed to launch the assembly"),
        pytest.param("The sides decided to launch the production of Amkodor front loaders in Kostanay in 2027.",
                     [(None, "planned")], id="the sides decided to launch the production"),
        pytest.param("The two countries have set up the production of buses in Minsk.", [(None, "operating")],
                     id="the two countries have set up"),
    ],
)
def test_production_the_sides_set_up_is_joint(text, expected):
    """ "The parties", "the sides", "the two countries" as the subject are both sides: what they set up is joint."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Hyundai Trans Kazakhstan plant in Almaty has assembled more than 100,000 cars since 2020.",
                     [(None, "operating")], id="a named plant, lowercase head"),
        pytest.param("The plant in Kostanay assembles 3,000 tractors a year.", [(None, "operating")], id="the plant"),
        pytest.param("The factory will assemble 500 buses next year.", [(None, "planned")], id="will assemble"),
    ],
)
def test_a_plant_that_assembles_is_an_assembly_plant(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("DP World and Kazakhstan Temir Zholy are working to launch a joint container hub in Aktau.",
                     [(None, "planned")], id="joint hub"),
        pytest.param("The two companies opened a joint grain terminal in Aktau in 2021.", [(None, "operating")],
                     id="joint terminal"),
        pytest.param("A joint pulp mill will be built in Belarus.", [(None, "planned")], id="joint mill"),
    ],
)
def test_joint_facilities_of_other_kinds(text, expected):
    """A hub, terminal or mill run jointly is a joint venture as a joint plant is."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides have agreed to assemble Belarusian drones in Kazakhstan.", [(None, "planned")],
                     id="agreed to assemble X's products in Y"),
        pytest.param("Belarusian tractors have been assembled in Kazakhstan since 2011.", [(None, "operating")],
                     id="have been assembled in the other country"),
        pytest.param("The assembly of Belarusian elevators in Uzbekistan will start next year.", [(None, "planned")],
                     id="the assembly of X's products in Y will start"),
        pytest.param("The production of Belarusian buses in Kazakhstan was launched in 2019.", [(None, "operating")],
                     id="the production of X's products in Y"),
        pytest.param("The sides agreed to set up a project and assemble Belarusian drones in Kazakhstan.",
                     [(None, "planned")], id="a bare verb: not reported as done"),
        pytest.param("Kazakh buses are assembled in Kazakhstan.", [], id="the same country: its own production"),
        pytest.param("Belarusian tractors are sold in Kazakhstan.", [], id="sold, not made"),
    ],
)
def test_one_sides_products_made_in_the_others_country_is_joint_production(text, expected):
    """The guidelines' "joint production of one side's products in the other's country": an assembly or production
    whose products carry one country's name and whose place is another country."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("China, Belarus to make cars together\n\nChinese cars will be assembled in Belarus from next "
                     "year.\n\nThe carmaker also assembles Chinese cars in Brazil and Egypt.", [(None, "planned")],
                     id="a third country after a two-country headline"),
        pytest.param("Belarus and Kazakhstan reviewed industrial ties in Astana.\n\nBelarusian tractors have been "
                     "assembled in Kazakhstan since 2011. Belarusian lifts are also assembled in Vietnam.",
                     [(None, "operating")], id="a third country after a two-country lede"),
        pytest.param("Kazakhstan and Uzbekistan discussed machine building.\n\nKazakh locomotives will be assembled in "
                     "Uzbekistan, and Kazakh wagons are already assembled in Georgia.", [(None, "planned")],
                     id="the sides' production and a third country's in one sentence"),
        pytest.param("Belarusian buses will be assembled in Mongolia.", [(None, "planned")],
                     id="an opening naming the two countries of the production itself"),
    ],
)
def test_production_in_a_country_that_is_no_side_is_no_venture(text, expected):
    """One side's products made in the other's country is joint production between the sides; when the opening
    names the two sides, the maker's production in a third country is no venture of theirs."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides reviewed the roadmap under the memorandum on cooperation in raw materials, batteries "
                     "and hydrogen, signed in November 2022.",
                     [("in_force", "roadmap"), ("signed", "memorandum on cooperation in raw materials, batteries and "
                                                          "hydrogen")], id="a participle after a listed title"),
        pytest.param("Under the agreement on trade and transit, concluded in 2015, carriers need no permits.",
                     [("signed", "agreement on trade and transit")], id="concluded, after a coordinated title"),
    ],
)
def test_a_participle_after_a_coordinated_title_is_the_documents_own(text, expected):
    """ "The memorandum on X, Y and Z, signed in 2022": the participle reports the document's signing however the
    parse attaches it to the last of the title's words, and it is no part of the title."""
    assert [(r["status"], r["title"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The programme of economic cooperation until 2026 is being implemented. A new programme "
                     "until 2030 is being prepared.", ["in_force", "planned"], id="a new programme"),
        pytest.param("The programme of cooperation in education expires this year. The next programme will be "
                     "signed in June.", ["in_force", "planned"], id="the next programme"),
        pytest.param("Kazakhstan adopted a new programme of industrial development.", [], id="one country's own"),
    ],
)
def test_a_new_programme_after_a_programme_between_the_sides_is_its_successor(text, expected):
    """A "new" or "next" programme after a programme between the sides is the one that follows it, between the same
    sides, though it names no cooperation itself."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A logistics company with the participation of KTZ and Belarusian Railways was set up in Minsk.",
                     [(None, "operating")], id="with the participation of two companies"),
        pytest.param("The sides signed an agreement on the establishment of a company with the participation of "
                     "Halyk Bank and Belarusbank.", [(None, "planned")], id="an agreement on the establishment"),
        pytest.param("A trading company with Kazakh and Belarusian participation opened in Astana.", [(None, "operating")],
                     id="with the participation of both sides"),
        pytest.param("A company with the participation of Belarusian capital operates in Almaty.", [],
                     id="one side's capital"),
        pytest.param("Over 300 companies with Belarusian participation work in Kazakhstan.", [],
                     id="one side's participation"),
    ],
)
def test_a_company_with_the_participation_of_both_sides_is_joint(text, expected):
    """A company "with the participation of" two companies, or of both sides, is a joint company; one side's capital
    or participation is not (the guidelines' companies "with Belarusian capital")."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Gomselmash and a Kazakh partner have assembled 2,000 combines in Petropavlovsk.", [(None, "operating")],
                     id="X and a partner assemble"),
        pytest.param("MTZ assembles tractors in Kostanay together with a local partner.", [(None, "operating")],
                     id="together with"),
        pytest.param("MTZ assembles tractors in Minsk.", [], id="one maker alone"),
    ],
)
def test_an_assembly_by_two_partners_is_joint(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parties came to an agreement on gas prices.",
        "The sides arrived at an agreement on transit tariffs.",
        "The ministers have come to an agreement to extend the talks.",
        "An agreement was reached to hold the next session in Minsk.",
    ],
)
def test_an_agreement_come_to_or_arrived_at_is_an_understanding(text):
    """ "Came to an agreement", "arrived at an agreement" are an agreement reached: an understanding, no document."""
    assert events("agreement", text) == []


def test_a_document_that_comes_into_force_is_still_one():
    assert agreement_statuses("The agreement on transit came into force in May.") == ["in_force"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The treaty and legal framework of bilateral relations includes more than 100 documents.",
                     [(100, "in_force")], id="treaty and legal framework"),
        pytest.param("The treaty-legal base of cooperation includes 60 agreements.", [(60, "in_force")],
                     id="treaty-legal base"),
        pytest.param("The contractual and legal basis of relations consists of 120 documents.", [(120, "in_force")],
                     id="contractual and legal basis"),
    ],
)
def test_a_document_noun_describing_the_legal_base_is_no_document(text, expected):
    """ "The treaty and legal framework", "the treaty-legal base": the legal base of relations, a guidelines'
    "legal framework", not a treaty; the documents it counts are the record."""
    assert [(r["count"], r["status"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreements signed during the visit are being implemented.", ["in_force"],
                     id="signed during the visit, being implemented"),
        pytest.param("The documents signed in May will boost trade.", ["signed"], id="signed in May"),
        pytest.param("The sides discussed the existing agreements.", [], id="the existing agreements: background"),
    ],
)
def test_an_unnamed_plural_that_a_participle_pins_to_a_signing_is_a_record(text, expected):
    """ "The agreements signed during the visit" are the documents of a signing, whatever their clause says now; "the
    existing agreements" name no signing: background."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides noted that the agreement on visas is working well.", "in_force", id="is working well"),
        pytest.param("The roadmap develops cooperation in industry.", "in_force", id="develops cooperation"),
        pytest.param("The memorandum prepares the ground for joint projects.", "in_force", id="prepares the ground"),
        pytest.param("The ministries are working on a new agreement on transit.", "planned", id="working on: drafts it"),
        pytest.param("A new roadmap is being developed.", "planned", id="being developed: drafts it"),
    ],
)
def test_a_drafting_verb_drafts_a_document_only_when_the_document_is_not_its_doer(text, expected):
    """A document that is the active subject of "work", "develop" or "prepare" is working or acting, not drafted."""
    assert agreement_statuses(text) == [expected]


# Session 8: wordings of wire news the rules missed ----------------------------------------------------

def agreement_records(text):
    return [(r["title"], r["count"], r["status"]) for r in events("agreement", text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides discussed the implementation of the 2018 agreement on labour migration.",
                     [("agreement on labour migration", None, "in_force")], id="the 2018 agreement"),
        pytest.param("The 1996 treaty on friendship remains the basis of relations.",
                     [("treaty on friendship", None, "in_force")], id="the 1996 treaty"),
        pytest.param("Kazakhstan and Belarus signed a 2025-2027 roadmap for industrial cooperation.",
                     [("roadmap for industrial cooperation", None, "signed")], id="a span before the noun"),
        pytest.param("Ministers signed 12 agreements.", [(None, 12, "signed")], id="a count is still one"),
    ],
)
def test_a_year_before_a_document_noun_is_no_count(text, expected):
    """ "The 2018 agreement" names the document by its year; only a number of documents counts them."""
    assert agreement_records(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("In 2023, the countries signed a protocol amending the agreement on labour migration.",
                     ["signed"], id="amending"),
        pytest.param("The sides will sign a protocol to amend the treaty on the border.", ["planned"], id="to amend"),
        pytest.param("A protocol that amends the 2015 agreement on customs was signed.", ["signed"],
                     id="that amends"),
    ],
)
def test_a_document_a_title_acts_on_is_part_of_that_title(text, expected):
    """ "A protocol amending the agreement": the agreement is named inside the protocol's title, no record."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The memorandum provides for the exchange of experience in agriculture.", "in_force",
                     id="provides for the exchange"),
        pytest.param("The agreement calls for the exchange of information on migrants.", "in_force", id="calls for"),
        pytest.param("The roadmap provides for the exchange of students and teachers.", "in_force",
                     id="provides for the exchange of people"),
        pytest.param("The agreement on transit is ready for signing.", "planned", id="is ready for: still ahead"),
    ],
)
def test_what_a_document_provides_for_is_no_stage_of_its_own(text, expected):
    """A stage "for" a verb is the document's only when the document is what the stage is ahead of: the
    subject of a copula or a passive ("is ready for signing", "was submitted for ratification"), not the doer
    of the verb ("the memorandum provides for the exchange of ...")."""
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Work is under way on an agreement on labour migration.",
        "Talks are under way on a free trade agreement.",
        "Work is ongoing on a roadmap for industrial cooperation.",
        "Consultations are continuing on the treaty on the border.",
    ],
)
def test_work_or_talks_under_way_on_a_document_plan_it(text):
    """The subject of a copula ("work is under way on ...") states the stage of the document its preposition names."""
    assert agreement_statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The treaty on allied relations was signed in 2022. The document entered into force in 2023.",
                     ["in_force"], id="entered into force later"),
        pytest.param("The sides signed an agreement on transit in 2019. The agreement took effect a year later.",
                     ["in_force"], id="took effect later"),
        pytest.param("Kazakhstan and Belarus plan to sign an agreement on migration. The document was initialled "
                     "on Monday.", ["planned"], id="initialled after a plan: its signing still ahead"),
        pytest.param("Belarus, Kazakhstan sign agreement on transit\n\nMINSK - Belarus and Kazakhstan signed an "
                     "agreement on transit. The agreement will simplify the transport of goods.", ["signed"],
                     id="what it will do is no stage"),
        pytest.param("The sides signed an agreement on visa-free travel. Under the agreement, citizens can stay for "
                     "30 days.", ["signed"], id="a frame is no stage"),
    ],
)
def test_a_restated_document_takes_the_latest_stage_its_mentions_report(text, expected):
    """One document, one record: where its mentions report different stages, the furthest one is where it stands
    (planned, then signed, then in force); a restatement's future or frame reports no stage reached."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The sides signed a number of documents. The documents include an agreement on transit and a memorandum on "
        "tourism.",
        "The sides signed a set of documents. The set comprises an agreement on transit and a memorandum on tourism.",
        "The ministers signed a package of agreements. The package includes an agreement on transit and a "
        "memorandum on tourism.",
    ],
)
def test_an_uncounted_group_named_again_lists_its_documents(text):
    """ "Signed a package of documents. The package includes A and B": the group named again ("the package",
    "the documents") lists the group's documents, which take its status; the unnamed group is no record of its own."""
    assert agreement_records(text) == [("agreement on transit", None, "signed"),
                                       ("memorandum on tourism", None, "signed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The documents signed include an agreement on cooperation in healthcare and a memorandum on "
                     "tourism.", ["agreement on cooperation in healthcare", "memorandum on tourism"], id="include A and B"),
        pytest.param("The package includes an agreement on the protection of investments and a programme of "
                     "cooperation in culture.", ["agreement on the protection of investments",
                                                 "programme of cooperation in culture"], id="A on X of Y and B"),
    ],
)
def test_a_title_ends_before_the_next_document_listed(text, expected):
    assert [r["title"] for r in events("agreement", text)] == expected


def test_coordinated_nouns_sharing_one_title_keep_it():
    text = "The sides will sign an agreement and programme of economic cooperation for 2026-2030."
    assert [r["title"] for r in events("agreement", text)] == ["agreement and programme of economic cooperation for 2026-2030"]


def test_a_group_of_documents_signed_does_not_move_on_a_document_planned_before_it():
    text = ("The parties agreed to prepare a new roadmap for 2024-2026. Among the documents signed at the forum, "
            "Gomselmash concluded a contract for the supply of combines.")
    assert agreement_records(text) == [("roadmap for 2024-2026", None, "planned"),
                                       ("contract for the supply of combines", None, "signed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The presidents noted the progress in implementing the roadmap for the development of "
                     "cooperation.", "in_force", id="implementing the roadmap for the development of"),
        pytest.param("The sides reviewed the implementation of the programme for the development of tourism.",
                     "in_force", id="implementation of the programme for the development of"),
        pytest.param("The protocol was submitted to the parliament for ratification.", "signed",
                     id="submitted for ratification"),
    ],
)
def test_a_for_phrase_that_says_what_the_document_is_for_is_no_stage(text, expected):
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Putin, Tokayev sign deal on power plants\n\nASTANA - The presidents witnessed the signing of an "
                     "intergovernmental agreement on the construction of power plants.", ["signed"], id="deal"),
        pytest.param("Uzbekistan, Belarus seal accord on transit\n\nTASHKENT - Uzbekistan and Belarus signed a "
                     "memorandum on transit cooperation.", ["signed"], id="accord"),
        pytest.param("Kazakhstan, Kyrgyzstan sign border pact\n\nBISHKEK - The presidents signed a treaty on the "
                     "state border.", ["signed"], id="pact"),
        pytest.param("Kazakhstan and Belarus signed a deal on grain supplies. They also signed an agreement on "
                     "veterinary control.", ["signed", "signed"], id="in the body a deal is its own"),
    ],
)
def test_a_headlines_deal_accord_or_pact_is_the_ledes_document(text, expected):
    """Headlines call a document of any kind a deal, an accord or a pact; the lede names it properly."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarusian, Kazakh companies sign contracts worth $420 million\n\nALMATY - Belarusian and Kazakh "
                     "companies signed 47 contracts worth more than $420 million at the forum.", [(47, "signed")],
                     id="contracts worth"),
        pytest.param("Kazakhstan, Uzbekistan sign documents\n\nASTANA - Kazakhstan and Uzbekistan signed 15 documents "
                     "following the talks.", [(15, "signed")], id="documents"),
    ],
)
def test_a_headlines_uncounted_documents_are_the_ledes_counted_ones(text, expected):
    assert [(r["count"], r["status"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The free trade agreement between the Eurasian Economic Union and Vietnam, in force since 2016, has helped "
        "to boost trade.",
        "The agreement on transit in force between the two countries will simplify the transport of goods.",
        "The free trade agreement with the EAEU in effect since 2019 will help to boost exports.",
    ],
)
def test_a_document_said_to_be_in_force_is_in_force(text):
    """ "In force" on the noun states its stage, whatever its clause's verb does; a bloc's document so stated is
    one in the article, not background."""
    assert agreement_statuses(text) == ["in_force"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreement is at the final stage of approval.", "planned", id="stage of approval"),
        pytest.param("The roadmap is at the stage of drafting.", "planned", id="stage of drafting"),
        pytest.param("The treaty on the border is in the process of ratification.", "signed",
                     id="process of ratification"),
    ],
)
def test_a_document_at_a_stage_of_a_step_still_ahead(text, expected):
    assert agreement_statuses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The two countries vowed to sign a free trade agreement within the year.",
        "The sides pledged to conclude an agreement on investment protection.",
        "Belarus promised to draft a roadmap for industrial cooperation.",
        "The ministers undertook to sign the memorandum on tourism by June.",
    ],
)
def test_a_signing_pledged_is_planned(text):
    assert agreement_statuses(text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The FTA took effect in 2021.", ["in_force"], id="FTA in force"),
        pytest.param("The Korea-Uzbekistan FTA will be signed next year.", ["planned"], id="FTA planned"),
        pytest.param("Korea and Uzbekistan launched talks on a CEPA last year.", ["planned"], id="CEPA"),
        pytest.param("The sides signed a free trade agreement in 2022. The FTA entered into force in 2023.",
                     ["in_force"], id="the FTA restates the free trade agreement"),
    ],
)
def test_a_free_trade_agreement_abbreviated(text, expected):
    assert agreement_statuses(text) == expected


def test_ventures_pledged_are_planned():
    assert ventures("The two companies pledged to set up a joint venture in Kostanay.") == [(None, "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum on precision farming provides for joint research.",
        "The agreement on cooperation in neurosurgery covers training of doctors.",
    ],
)
def test_a_bloc_is_named_by_a_whole_word_not_letters_inside_one(text):
    """ "Precision" holds "cis", "neurosurgery" holds "eu": neither names a bloc."""
    assert agreement_statuses(text) == ["in_force"]


@pytest.mark.parametrize(
    "text",
    [
        "The programme of the Eurasian Economic Commission covers digital trade.",
        "The EurAsEC treaty on the customs territory remains the basis of the union.",
    ],
)
def test_a_document_of_a_multilateral_body_named_by_its_adjective_is_background(text):
    assert agreement_statuses(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Agromashholding KZ has been assembling Belarusian tractors in cooperation with Minsk Tractor "
                     "Works in Kostanay.", [(None, "operating")], id="in cooperation with"),
        pytest.param("Allur assembles Korean cars in partnership with Hyundai.", [(None, "operating")],
                     id="in partnership with"),
        pytest.param("KAMAZ assembles trucks in its home town.", [], id="a maker alone: no venture"),
    ],
)
def test_an_assembly_in_cooperation_with_a_partner_is_joint(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("MAZ Asia JSC, a Belarusian-Vietnamese joint venture in Hung Yen province, will start assembling "
                     "city buses this year.", [(None, "operating")], id="will start assembling"),
        pytest.param("Belkazagro, a joint venture of Gomselmash and a Kazakh partner, plans to double its output.",
                     [(None, "operating")], id="plans to double"),
        pytest.param("A joint venture will be set up in Almaty next year.", [(None, "planned")],
                     id="no company named: the clause decides"),
    ],
)
def test_a_venture_in_apposition_to_a_company_exists(text, expected):
    """ "X, a joint venture ..." describes the company X: it operates, whatever its clause plans next."""
    assert ventures(text) == expected


def test_a_venture_named_by_its_company_is_not_a_restatement():
    text = ("Nine Belarusian-Kazakh assembly enterprises operate in Kazakhstan. An agreement on the establishment of "
            "the Mogilevliftmash joint venture in Astana was signed earlier this month.")
    assert ventures(text) == [(9, "operating"), (None, "planned")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides signed 12 agreements worth $2 billion and 30 contracts worth $1 billion.",
                     [(12, "signed"), (30, "signed")], id="signed"),
        pytest.param("The companies will sign 5 agreements worth $200 million and 7 contracts worth $90 million.",
                     [(5, "planned"), (7, "planned")], id="will sign"),
    ],
)
def test_documents_coordinated_after_an_amount_share_the_first_ones_status(text, expected):
    """ "12 agreements worth $2 billion and 30 contracts": the parse may hang the second group on the amount;
    it is still the object of the same verb."""
    assert [(r["count"], r["status"]) for r in events("agreement", text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The ministers signed a comprehensive plan for 2024-2026.", ["signed"], id="signed a plan"),
        pytest.param("The joint plan for 2025 was signed by the two ministers.", ["signed"], id="a plan was signed"),
        pytest.param("The company signed a plan to build a plant in Kostanay.", [], id="a plan to build: no document"),
        pytest.param("The government approved a plan for the modernisation of railways.", [],
                     id="one government's plan approved"),
    ],
)
def test_a_plan_signed_is_a_document(text, expected):
    """A plan is a document as a plan of action or of measures, or when it is signed; a plan to do something,
    or one body's plan approved, is not."""
    assert agreement_statuses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The production of Belarusian tractors was launched in Kazakhstan in 2010.", [(None, "operating")],
                     id="production launched in"),
        pytest.param("Production of Belarusian elevators has been localised in Uzbekistan.", [(None, "operating")],
                     id="localised in"),
        pytest.param("The two countries intend to localise the production of Belarusian combines in Kazakhstan.",
                     [(None, "planned")], id="intend to localise"),
        pytest.param("The production of tractors was launched in Kazakhstan.", [], id="no maker named"),
    ],
)
def test_production_of_one_sides_products_set_up_in_the_others_country(text, expected):
    """The host country may hang on the verb that sets the production up, not on the noun."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarusian tractors are assembled at 5 plants in Kazakhstan.", [(5, "operating")], id="at 5 plants"),
        pytest.param("The assembly of Russian trucks has been established at 20 enterprises in Kazakhstan.",
                     [(20, "operating")], id="at 20 enterprises"),
    ],
)
def test_an_assembly_told_at_a_number_of_plants_counts_them(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A Kazakh-Belarusian JV will produce up to 1,000 buses a year.", [(None, "planned")], id="a JV"),
        pytest.param("Five JVs with Belarusian partners operate in the region.", [(5, "operating")], id="five JVs"),
        pytest.param("Two assembly sites for Belarusian tractors operate in Akmola Region.", [(2, "operating")],
                     id="assembly sites"),
        pytest.param("A joint workshop for the repair of locomotives was opened in Pavlodar.", [(None, "operating")],
                     id="joint workshop"),
        pytest.param("The sites of the forum were visited by 2,000 guests.", [], id="a site that is no plant"),
    ],
)
def test_ventures_named_by_an_abbreviation_a_site_or_a_workshop(text, expected):
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The assembly of Belarusian elevators has been organised at a plant in Kokshetau.",
                     [(None, "operating")], id="assembly organised at a plant"),
        pytest.param("The assembly of MAZ buses has been set up at the SemAZ plant in Semey.", [(None, "operating")],
                     id="assembly set up at a named plant"),
        pytest.param("The assembly of Gomselmash combines will be launched at a factory in Kostanay next year.",
                     [(None, "planned")], id="assembly to be launched at a factory"),
        pytest.param("The production of buses has been set up at the plant in Semey.", [],
                     id="a plant's own production is no assembly"),
    ],
)
def test_an_assembly_set_up_at_a_plant_is_an_assembly_plant(text, expected):
    """As "tractors are assembled at a plant" is, an assembly named by a noun and set up at a plant."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The production of Belarusian fire engines is to be localised in Kazakhstan.",
                     [(None, "planned")], id="is to be localised in"),
        pytest.param("The assembly of Belarusian tractors is expected to be launched in Uzbekistan in 2027.",
                     [(None, "planned")], id="is expected to be launched in"),
        pytest.param("The production of Belarusian lifts was organised in Kazakhstan in 2019.",
                     [(None, "operating")], id="was organised in"),
    ],
)
def test_the_host_country_hangs_on_the_verb_that_sets_up_the_production_through_a_raising_verb(text, expected):
    """ "Is to be localised in Kazakhstan": the host is in the complement of the raising verb the noun is subject of."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The companies have agreed to establish a joint venture in Kostanay. Another three joint ventures "
                     "are planned to be opened in 2026.", [(None, "planned"), (3, "planned")], id="another three"),
        pytest.param("A joint venture for the production of elevators will be set up in Almaty. Four additional "
                     "joint enterprises are planned in the regions.", [(None, "planned"), (4, "planned")],
                     id="four additional"),
        pytest.param("A joint plant for dairy equipment is planned in Karaganda. Two more joint plants will be built "
                     "in the north.", [(None, "planned"), (2, "planned")], id="two more"),
        pytest.param("More than 100 joint ventures operate in Kazakhstan. More than 100 joint ventures work there, the "
                     "minister said.", [(100, "operating")], id="more than: the same count again"),
    ],
)
def test_ventures_counted_as_more_are_besides_those_named_before(text, expected):
    """ "Another three", "two more", "four additional": other ventures than the one named, never merged into it."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarusian trucks to be assembled in Kazakhstan\n\nASTANA - The first batch is due in May.",
                     [(None, "planned")], id="headline: to be assembled in"),
        pytest.param("Belarusian tractors assembled in Kazakhstan go on sale in Russia.", [(None, "operating")],
                     id="assembled in ... go on sale"),
        pytest.param("Kazakh farmers bought 300 Belarusian combines assembled in Kostanay Region last year.",
                     [(None, "operating")], id="combines assembled in a region"),
    ],
)
def test_one_sides_products_a_participle_assembles_in_the_others_country(text, expected):
    """The products a participle modifies are what it assembles: "Belarusian trucks to be assembled in Kazakhstan"."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakh, Belarusian firms set up joint venture\n\nASTANA - KazAvtoProm and MAZ signed an agreement "
                     "on the establishment of a joint venture for the assembly of buses in Almaty.",
                     [(None, "planned")], id="headline set up, lede agreement on establishing"),
        pytest.param("Belarus, Kazakhstan to open joint plant\n\nMINSK - A joint plant for the production of "
                     "elevators was opened in Kokshetau on Friday.", [(None, "operating")],
                     id="headline to open, lede opened"),
        pytest.param("Belarus, Kazakhstan to set up joint venture\n\nMINSK - Twelve joint ventures operate in "
                     "Kazakhstan. The sides agreed to set up a new one for tyres.", [(None, "planned"),
                                                                                    (12, "operating")],
                     id="a counted lede is another fact"),
    ],
)
def test_a_headlines_venture_is_the_ledes_first_with_the_ledes_stage(text, expected):
    """The headline names the lede's venture in a headline's tense; the lede's clause tells its stage."""
    assert sorted(ventures(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Over 1,000 companies with the participation of Belarusian capital work in Kazakhstan.", [],
                     id="one side's capital, the host after 'in'"),
        pytest.param("A company with the participation of KTZ and Belarusian Railways operates in Brest.",
                     [(None, "operating")], id="two owners named"),
        pytest.param("A company with Kazakh and Belarusian participation was registered in Astana.",
                     [(None, "operating")], id="both sides' participation"),
    ],
)
def test_the_place_a_company_works_in_is_no_owner_of_it(text, expected):
    """ "With the participation of Belarusian capital ... in Kazakhstan": the country after "in" is where it works,
    however the parse hangs it, not a second owner."""
    assert ventures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The sides signed an agreement on the establishment of Kazbel Logistics limited liability company "
                     "with the participation of KTZ and Belarusian Railways.", [(None, "planned")],
                     id="a named company to be set up, 'with' hung on the verb"),
        pytest.param("Kazbel Logistics Company with the participation of KTZ and Belarusian Railways operates in "
                     "Brest.", [(None, "operating")], id="a named company two own"),
        pytest.param("Kazakhtelecom Company signed a contract with Beltelecom.", [], id="a named company of one"),
    ],
)
def test_a_named_company_two_own_is_a_joint_venture(text, expected):
    """A company's name is no mention unless two owners share it: "with the participation of X and Y", right after
    the name however the parse attaches the "with"."""
    assert ventures(text) == expected
