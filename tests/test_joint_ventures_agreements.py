"""Joint-venture and agreement records: one specification per pattern family (sentence in, exact record out).

The scorer matches joint ventures by (count, status) and agreements by status, one to one, so each
family pins the number of records and their count and status; titles, places and companies where the
family is about them.
"""
import pytest

import kazbel_extract


def records(kind, text, published=None):
    article = kazbel_extract.extract(text, published=published)
    return [{k: v for k, v in e.to_dict().items() if k not in ("evidence", "sources")}
            for e in article.events if e.type == kind]


def venture(count, status, location=None, companies=()):
    return {"type": "joint_venture", "count": count, "status": status, "location": location,
            "companies": list(companies)}


def agreement(title, status, count=None, value=None, currency=None):
    return {"type": "agreement", "title": title, "count": count, "value": value, "currency": currency,
            "status": status}


def statuses(kind, text):
    key = (lambda r: (r["count"], r["status"])) if kind == "joint_venture" else (lambda r: r["status"])
    return [key(r) for r in records(kind, text)]


# Joint ventures: status from the clause ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("There are eight joint plants assembling Belarusian machinery in Kazakhstan.",
                     venture(8, "operating", "Kazakhstan"), id="there are"),
        pytest.param("ASTANA. KAZINFORM - Twelve Belarusian-Kazakh joint ventures operate in Kostanay region.",
                     venture(12, "operating", "Kostanay Region"), id="operate, right after the dateline"),
        pytest.param("Five assembly plants were opened in Kazakhstan last year.",
                     venture(5, "operating", "Kazakhstan"), id="were opened"),
        pytest.param("Three joint enterprises have been working in the Vitebsk region since 2015.",
                     venture(3, "operating"), id="have been working"),
        pytest.param("An enterprise assembling tractors operates in Hisor, Tajikistan.",
                     venture(None, "operating", "Hisor"), id="an enterprise assembling: uncounted"),
    ],
)
def test_joint_ventures_reported_as_real_are_operating(text, expected):
    assert records("joint_venture", text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The countries are working to launch another six assembly plants in Kazakhstan.",
                     venture(6, "planned", "Kazakhstan"), id="are working to launch"),
        pytest.param("Work is in progress to set up a joint dairy enterprise in Dushanbe.",
                     venture(None, "planned", "Dushanbe"), id="to set up"),
        pytest.param("The two companies agreed to set up a joint venture in Minsk.",
                     venture(None, "planned", "Minsk"), id="agreed to set up"),
        pytest.param("Two more assembly lines could be opened in Karaganda.",
                     venture(2, "planned", "Karaganda"), id="could be opened"),
        pytest.param("A joint plant for tractor cabins is to be built in Kostanay.",
                     venture(None, "planned", "Kostanay"), id="is to be built"),
        pytest.param("Three assembly plants are due to start work in Kazakhstan next year.",
                     venture(3, "planned", "Kazakhstan"), id="are due to start"),
        pytest.param("Gomselmash will open a joint production line in Pavlodar.",
                     venture(None, "planned", "Pavlodar", ["Gomselmash"]), id="will open"),
        pytest.param("A new joint enterprise is expected to open in Almaty in the spring.",
                     venture(None, "planned", "Almaty"), id="is expected to open"),
        pytest.param("The parties signed a memorandum on the creation of a joint venture in Brest.",
                     venture(None, "planned", "Brest"), id="a document on its creation"),
    ],
)
def test_joint_ventures_put_ahead_are_planned(text, expected):
    assert records("joint_venture", text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Belarus plans two new assembly plants in Kazakhstan.", (2, "planned"), id="plans two plants"),
        pytest.param("The memorandum provides for the creation of a joint venture in Minsk.", (None, "planned"),
                     id="a document as subject"),
        pytest.param("The sides reached an understanding on joint production of dairy products.", (None, "planned"),
                     id="an understanding"),
        pytest.param("The joint venture will produce 10,000 cars a year.", (None, "planned"),
                     id="the venture as subject of a future"),
        pytest.param("The sides agreed to raise the localisation at the joint assembly plant.", (None, "operating"),
                     id="a plan for an existing plant"),
        pytest.param("The partners will continue to develop the joint venture in Kostanay.", (None, "operating"),
                     id="a future act on an existing venture"),
    ],
)
def test_a_plan_is_the_ventures_only_when_it_sets_the_venture_up(text, expected):
    assert statuses("joint_venture", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus is interested in setting up new joint ventures with Kazakhstan.",
        "We are ready and willing to create joint enterprises in agriculture.",
        "The presidents agreed to consider the possibility of creating joint ventures in food processing.",
        "The talks focused on the establishment of joint production facilities in Belarus.",
        "Particular emphasis was placed on cooperation in machine building, including the creation of joint "
        "assembly plants.",
        "No joint ventures have been set up so far.",
        "Tokayev stressed the need to create joint ventures in agriculture.",
        "It is important to set up joint enterprises in the regions.",
        "Belarus hopes to open assembly plants in Kazakhstan.",
        "The Belarusian side wants to create a joint venture in Aktau.",
        "The minister suggested setting up a joint venture to produce buses.",
        "The ambassador encouraged Kazakh businesses to set up joint ventures in Belarus.",
        "The sides will promote the creation of joint ventures.",
        "The fund will facilitate setting up joint ventures in the regions.",
        "The sides are committed to building joint production facilities.",
    ],
)
def test_interest_talk_or_negation_alone_is_no_joint_venture(text):
    assert records("joint_venture", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The creation of joint ventures is one of the areas of cooperation.",
        "Areas of cooperation include trade, logistics and the creation of joint ventures.",
        "Priority is given to the establishment of joint enterprises.",
        "The countries seek to establish joint ventures.",
        "The sides spoke in favour of creating joint ventures.",
    ],
)
def test_a_setting_up_named_but_not_reported_is_no_joint_venture(text):
    assert records("joint_venture", text) == []


def test_a_setting_up_reported_in_the_past_is_operating():
    text = "The opening of the Kazakh-Uzbek joint textile plant took place in Turkestan on Friday."
    assert statuses("joint_venture", text) == [(None, "operating")]


# Joint ventures: what counts ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("More than 400 joint ventures operate in Kazakhstan.", [(400, "operating")],
                     id="more than 400"),
        pytest.param("Some 6 thousand joint enterprises are registered in Kazakhstan.", [(6000, "operating")],
                     id="6 thousand"),
        pytest.param("A joint company for the production of buses operates in Almaty.", [(None, "operating")],
                     id="a joint company: no count"),
        pytest.param("The construction of MTZ plant in Kazakhstan was discussed as a priority.", [(None, "planned")],
                     id="a construction discussed: an undertaking, planned"),
        pytest.param("The construction of MTZ plant in Kazakhstan began in May.", [(None, "planned")],
                     id="a construction under way: planned, no count"),
        pytest.param("The ministers reviewed 12 joint investment projects worth $250 million.", [],
                     id="projects are no ventures"),
        pytest.param("Some 300 companies with Belarusian capital operate in Kazakhstan.", [],
                     id="companies with Belarusian capital"),
        pytest.param("Kazakhtelecom is a joint-stock company.", [], id="joint-stock is a legal form"),
        pytest.param("The Azerbaijan-Belarus tractor plant was opened in Kirikkale.", [(None, "operating")],
                     id="a binational plant"),
        pytest.param("MTZ tractors are assembled at the Kostanay plant.", [(None, "operating")],
                     id="assembled at a plant"),
        pytest.param("Belarusian trucks are assembled by Kazakhstan Tractor Plant.", [(None, "operating")],
                     id="assembled by a plant"),
        pytest.param("Belarusian companies have set up 15 assembly productions in Kazakhstan.", [(15, "operating")],
                     id="assembly productions"),
        pytest.param("More than 100 Kazakh-Belarusian companies took part in the forum.", [],
                     id="companies of both sides"),
        pytest.param("The cooperation covers joint production, trade and logistics.", [],
                     id="joint production with no product"),
        pytest.param("The sides agreed to develop cooperation in joint production and trade.", [],
                     id="cooperation in joint production"),
    ],
)
def test_what_counts_as_a_joint_venture(text, expected):
    assert statuses("joint_venture", text) == expected


def test_joint_venture_companies_come_from_its_clause():
    text = ("Eight joint ventures operate in Kazakhstan, including those of Minsk Tractor Works and Minsk "
            "Automobile Plant, the Ministry of Industry said.")
    assert records("joint_venture", text) == [
        venture(8, "operating", "Kazakhstan", ["Minsk Tractor Works", "Minsk Automobile Plant"])]


def test_a_count_of_which_is_a_record_of_its_own():
    text = "Around 600 joint ventures operate in Kazakhstan, 130 of which were set up last year."
    assert statuses("joint_venture", text) == [(600, "operating"), (130, "operating")]


def test_more_of_them_with_the_noun_left_out():
    text = "Twelve assembly plants have been opened in Kazakhstan. Four more will be commissioned this year."
    assert statuses("joint_venture", text) == [(12, "operating"), (4, "planned")]


# Joint ventures: restatements ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The joint assembly enterprises which operate in Kazakhstan are insufficient. "
                     "Eight joint ventures operate in Kazakhstan at present.", [(8, "operating")],
                     id="uncounted, then counted"),
        pytest.param("Twelve assembly plants opened in Kazakhstan in 2011. The plants assemble tractors and trucks.",
                     [(12, "operating")], id="the plants"),
        pytest.param("Geely agreed to set up a joint venture in Belarus. The joint venture is called Belgee. "
                     "It was the first automotive joint venture between China and Belarus.", [(None, "planned")],
                     id="the joint venture, the first joint venture"),
        pytest.param("Belarus, Kazakhstan launch joint tractor plant\n\nKOSTANAY - A joint plant for tractors was "
                     "opened in Kostanay on Monday.", [(None, "operating")], id="headline and lede, one without a place"),
        pytest.param("Ten assembly plants operate in Kazakhstan.\n\nThe sides will expand the existing assembly "
                     "facilities.", [(10, "operating")], id="the existing facilities"),
    ],
)
def test_a_restated_joint_venture_is_one_record(text, expected):
    assert statuses("joint_venture", text) == expected


def test_two_ventures_of_one_sentence_keep_their_own_companies():
    text = ("The leaders praised the joint venture that assembles Gomselmash combine harvesters in Kostanay and "
            "agreed on the construction of a plant to assemble BelAZ dump trucks in Karaganda.")
    assert records("joint_venture", text) == [venture(None, "operating", "Kostanay", ["Gomselmash"]),
                                              venture(None, "planned", "Karaganda", ["BelAZ"])]


# Agreements: status from the clause ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Belarus signed an agreement on social and economic cooperation.",
        "The ministers have signed a memorandum on cooperation in tourism.",
        "A protocol on amendments to the customs rules was inked in Minsk on Friday.",
        "The parties concluded a contract for the supply of 200 tractors.",
        "Kazakhstan, Uzbekistan sign agreement on water management",
        "The agreement on labour migration, signed in May, is awaiting ratification.",
        "The talks resulted in the signing of a memorandum on tourism.",
        "After signing the agreement on transit, the presidents held a press conference.",
    ],
)
def test_signings_reported_as_done_are_signed(text):
    assert statuses("agreement", text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "An agreement on visa-free travel is being drafted.",
        "An agreement on transit is to be concluded next year.",
        "The sides plan to sign an agreement on mutual recognition of digital signatures.",
        "An agreement on military-technical cooperation is expected to be signed during the visit.",
        "A roadmap on industrial cooperation is due to be signed in the autumn.",
        "The two ministries are preparing an agreement on mutual recognition of diplomas.",
        "The governments discussed a draft agreement on pension provision.",
        "The memorandum on energy could be signed at the next session.",
        "Kazakhstan and Belarus will sign an agreement on the protection of investments.",
        "The presidents instructed their governments to expedite the signing of a roadmap for trade.",
        "The Prime Minister noted the need for a prompt signing of a programme of economic cooperation.",
        "A package of documents is supposed to be signed during the visit.",
        "The sides did not sign the agreement on trade in services.",
        "Belarus and Kazakhstan will soon put together a program to guide their trade for a decade.",
        "The sides agreed to sign the roadmap before the end of the year.",
        "Kazakhstan is counting on signing the agreement on oil supplies next year.",
        "We count on the signing of the roadmap in May.",
    ],
)
def test_signings_and_drafts_put_ahead_are_planned(text):
    assert statuses("agreement", text) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "The legal framework includes more than 60 agreements.",
        "The ministers reviewed the implementation of the roadmap signed in 2021.",
        "Under the intergovernmental agreement on labour activity, workers need no permits.",
        "The main document is the plan of action for 2017 and 2018.",
        "The two countries have developed a roadmap for cooperation.",
        "The governments will extend the agreement on trade for another five years.",
        "The sides will renew the memorandum on tourism in 2027.",
        "Labour migration is regulated by the agreement on the rights of workers.",
        "Their trade is governed by the agreement on free trade of 2015.",
    ],
)
def test_documents_in_effect_are_in_force(text):
    assert statuses("agreement", text) == ["in_force"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The agreement on labour migration is awaiting ratification.", "signed", id="awaiting"),
        pytest.param("The agreement on pensions must still be ratified by parliament.", "signed", id="must be ratified"),
        pytest.param("The treaty on the border is to be ratified next month.", "signed", id="is to be ratified"),
        pytest.param("The agreement on free trade will enter into force in January.", "signed", id="will enter into force"),
        pytest.param("The protocol on customs was ratified by the Mazhilis in March.", "signed", id="was ratified"),
        pytest.param("The Kazakh parliament ratified the agreement on pensions last week.", "signed", id="ratified"),
        pytest.param("The agreement, signed in January, was ratified by the Kyrgyz parliament.", "signed",
                     id="signed, then ratified by one side"),
        pytest.param("The treaty took effect on 1 January.", "in_force", id="took effect"),
        pytest.param("The agreement on free trade entered into force in May.", "in_force", id="entered into force"),
        pytest.param("The agreement on free trade has been in force since 2015.", "in_force", id="has been in force"),
    ],
)
def test_ratification_and_entry_into_force(text, expected):
    """Ratification is one side's act between signing and entry into force: a document ratified, or still to be
    ratified or to enter into force, has been signed; entered into force, it is in force."""
    assert statuses("agreement", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The draft of the agreement on transit was approved by the government.",
        "The preparation of a roadmap on trade is under way.",
    ],
)
def test_a_document_under_a_drafting_noun_is_planned(text):
    assert statuses("agreement", text) == ["planned"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan and Belarus signed an agreement on social and economic cooperation.",
                     agreement("agreement on social and economic cooperation", "signed"), id="title"),
        pytest.param("The legal framework includes more than 60 agreements.",
                     agreement(None, "in_force", count=60), id="counted: no title"),
        pytest.param("The trade mission resulted in export contracts worth $44.1 million.",
                     agreement("export contracts", "signed", value=44100000.0, currency="USD"), id="a value"),
        pytest.param("The main document is the plan of action for 2017 and 2018.",
                     agreement("plan of action for 2017 and 2018", "in_force"), id="plan of action"),
    ],
)
def test_agreement_records(text, expected):
    assert records("agreement", text) == [expected]


# Agreements: what counts -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The sides signed a road map for increasing bilateral trade.",
        "The ministers signed an action plan on digital cooperation.",
        "The governments signed a plan of practical measures for 2024-2026.",
        "The companies signed deals worth $3 billion.",
    ],
)
def test_multi_word_and_other_document_nouns_are_agreements(text):
    assert statuses("agreement", text) == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Agreements have been reached on all the issues on the bilateral agenda.",
        "Good agreements were made in the fields of industry and trade.",
        "Belarus is interested in all infrastructure projects and programs to update the fleet of buses.",
        "Belarus has a plan to set up a dairy farm.",
        "The programme of the visit includes talks with the Prime Minister.",
        "The program of the expo includes more than 3,000 events.",
        "The talks resulted in the signing of the meeting's protocol.",
        "Kazakhstan has come up with a special program to switch to green economy.",
        "The universities will develop educational programs for engineers.",
        "When the Treaty on the Eurasian Economic Union was signed, it was viewed as an economic union. "
        "It may be advisable to add a parliamentary dimension to the treaty.",
        "The visit will help strengthen the existing agreements.",
        "We support you on the global document you have put forward.",
        "Geely agreed to build cars in Belarus. Under the agreement, it will team up with two companies.",
        "The Kazakh government adopted a programme of industrial development.",
        "The sides paid a great deal of attention to logistics.",
        "The delegation was met according to protocol.",
        "The sides are in full agreement on regional security.",
        "By agreement of the parties, the session was moved to Minsk.",
        "There is an agreement that the next session will be held in Astana.",
        "Belarusian companies work in Kazakhstan on a contract basis.",
        "The contract value exceeded $10 million.",
        "Students from Belarus study under exchange programmes.",
        "The ministers discussed the implementation of earlier agreements.",
    ],
)
def test_not_agreement_records(text):
    assert records("agreement", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The sides adopted a programme of economic cooperation.",
        "Belarus and Kazakhstan adopted a programme for 2024-2026.",
    ],
)
def test_a_programme_adopted_by_the_sides_is_theirs(text):
    assert statuses("agreement", text) == ["signed"]


def test_a_document_nested_in_another_title_is_not_its_own_record():
    text = "The sides signed a protocol on amendments to the agreement on trade in services."
    assert statuses("agreement", text) == ["signed"]


# Agreements: restatements and lists ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan, Belarus sign roadmap on industrial cooperation\n\nASTANA - Kazakhstan and "
                     "Belarus have signed a roadmap on industrial cooperation for 2024-2026.", ["signed"],
                     id="headline and lede"),
        pytest.param("The ministers signed a memorandum on tourism. The document was signed in Minsk.",
                     ["signed"], id="the document"),
        pytest.param("The presidents signed 8 documents. Eight documents were signed in all.", ["signed"],
                     id="the same count"),
        pytest.param("The sides signed seven memorandums of understanding. Lukashenko hoped these MOUs would "
                     "be implemented soon.", ["signed"], id="these MOUs"),
        pytest.param("The countries signed a roadmap. The comprehensive roadmap covers trade and industry.",
                     ["signed"], id="the comprehensive roadmap"),
        pytest.param("The main document is the plan of action for 2017 and 2018. The roadmap covers all areas "
                     "of cooperation.", ["in_force"], id="the roadmap of the sentence before"),
        pytest.param("The roadmap, a bilateral program for trade, ends in 2016.", ["in_force"], id="apposition"),
        pytest.param("The sides signed five memorandums of understanding (MoU) on trade.", ["signed"],
                     id="an abbreviation in brackets"),
        pytest.param("The universities signed a number of memorandums on research. The agreements provide for "
                     "student exchanges.", ["signed"], id="the agreements of the sentence before"),
        pytest.param("The sides signed five documents. The agreements will be implemented by 2027.", ["signed"],
                     id="the agreements after a count"),
        pytest.param("A bilateral agreement concluded in 2006 started the cooperation. The bilateral agreement "
                     "signed in 2013 extended it.", ["signed", "signed"], id="two years, two documents"),
        pytest.param("Two universities signed an agreement on cooperation. The free economic zones signed an "
                     "agreement on cooperation in logistics.", ["signed", "signed"],
                     id="two indefinite agreements"),
    ],
)
def test_a_restated_document_is_one_record(text, expected):
    assert statuses("agreement", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Three memorandums and contracts were signed at the forum.", [(3, "signed")],
                     id="one count shared"),
        pytest.param("We are interested in a prompt signing of an agreement and program of economic "
                     "cooperation through 2026.", [(None, "planned")], id="one title shared"),
        pytest.param("The sides signed seven agreements and three other documents.", [(7, "signed"), (3, "signed")],
                     id="separately counted"),
        pytest.param("The sides signed a protocol on customs and an agreement on transit.",
                     [(None, "signed"), (None, "signed")], id="each with its own determiner"),
        pytest.param("Iran and Belarus signed a cooperation roadmap and seven memorandums of understanding.",
                     [(None, "signed"), (7, "signed")], id="named and counted"),
    ],
)
def test_coordinated_documents(text, expected):
    assert [(r["count"], r["status"]) for r in records("agreement", text)] == expected


def test_documents_listed_under_a_count_each_give_a_record():
    text = ("Three agreements were signed:\n- Memorandum of understanding with Eurasian National University;\n"
            "- Memorandum of understanding with Pavlodar State University;\n"
            "- Agreement on cooperation with Kostanay State University.")
    assert [(r["title"], r["status"]) for r in records("agreement", text)] == [
        ("Memorandum of understanding with Eurasian National University", "signed"),
        ("Memorandum of understanding with Pavlodar State University", "signed"),
        ("Agreement on cooperation with Kostanay State University", "signed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The documents signed include an agreement on transit and a memorandum on tourism.",
                     [(None, "signed")] * 2, id="the documents signed include"),
        pytest.param("Among the documents signed are an agreement on transit and a protocol on customs.",
                     [(None, "signed")] * 2, id="among the documents signed"),
        pytest.param("The sides signed ten documents. They include an agreement on transit and a memorandum on "
                     "tourism.", [(10, "signed"), (None, "signed"), (None, "signed")], id="they include"),
        pytest.param("The package of documents to be signed includes an agreement on transit.",
                     [(None, "planned")], id="a package to be signed"),
        pytest.param("The sides signed several documents, such as a roadmap on trade and a memorandum on tourism.",
                     [(None, "signed")] * 2, id="such as"),
    ],
)
def test_a_document_listed_in_a_group_takes_the_groups_status(text, expected):
    """An uncounted group whose documents are named is those documents (no record of its own); a counted one
    keeps its count."""
    assert [(r["count"], r["status"]) for r in records("agreement", text)] == expected


def test_an_agreement_among_signed_documents_was_signed():
    text = ("Belarus and Kazakhstan signed 12 documents worth $500 million at the Forum of Regions, including an "
            "agreement on cooperation in education.")
    assert records("agreement", text) == [
        agreement(None, "signed", count=12, value=500000000.0, currency="USD"),
        agreement("agreement on cooperation in education", "signed")]


def test_evidence_slices_the_original_text():
    text = "ASTANA - The sides signed a memorandum of understanding.\n\nThere are six joint plants in Kazakhstan."
    events = [e for e in kazbel_extract.extract(text).events if e.type in ("agreement", "joint_venture")]
    assert [e.type for e in events] == ["agreement", "joint_venture"]
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
