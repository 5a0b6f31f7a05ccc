"""Joint-venture and agreement records: one specification per pattern family (sentence in, exact record out)."""
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


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("There are eight joint plants assembling Belarusian machinery in Kazakhstan.",
                     venture(8, "operating", "Kazakhstan"), id="counted, operating"),
        pytest.param("ASTANA. KAZINFORM - Twelve Belarusian-Kazakh joint ventures operate in Kostanay region.",
                     venture(12, "operating", "Kostanay Region"), id="counted in words, right after the dateline"),
        pytest.param("The countries are working to launch another six assembly plants in Kazakhstan.",
                     venture(6, "planned", "Kazakhstan"), id="counted, planned"),
        pytest.param("An enterprise assembling tractors operates in Hisor, Tajikistan.",
                     venture(None, "operating", "Hisor"), id="an enterprise assembling: uncounted"),
        pytest.param("Work is in progress to set up a joint dairy enterprise in Dushanbe.",
                     venture(None, "planned", "Dushanbe"), id="set up: planned"),
    ],
)
def test_joint_ventures(text, expected):
    assert records("joint_venture", text) == [expected]


def test_joint_venture_companies_come_from_its_clause():
    text = ("Eight joint ventures operate in Kazakhstan, including those of Minsk Tractor Works and Minsk "
            "Automobile Plant, the Ministry of Industry said.")
    assert records("joint_venture", text) == [
        venture(8, "operating", "Kazakhstan", ["Minsk Tractor Works", "Minsk Automobile Plant"])]


def test_two_ventures_of_one_sentence_keep_their_own_companies():
    text = ("The leaders praised the joint venture that assembles Gomselmash combine harvesters in Kostanay and "
            "discussed the construction of a plant to assemble BelAZ dump trucks in Karaganda.")
    assert records("joint_venture", text) == [venture(None, "operating", "Kostanay", ["Gomselmash"]),
                                              venture(None, "planned", "Karaganda", ["BelAZ"])]


def test_a_restated_joint_venture_is_one_record():
    text = ("The joint assembly enterprises which operate in Kazakhstan are insufficient. "
            "Eight joint ventures operate in Kazakhstan at present.")
    assert records("joint_venture", text) == [venture(8, "operating", "Kazakhstan")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kazakhstan and Belarus signed an agreement on social and economic cooperation.",
                     agreement("agreement on social and economic cooperation", "signed"), id="signed"),
        pytest.param("The legal framework includes more than 60 agreements.",
                     agreement(None, "in_force", count=60), id="counted, in force"),
        pytest.param("Belarus and Kazakhstan will soon put together a program to guide their trade for a decade.",
                     agreement("program to guide their trade for a decade", "planned"), id="will put together"),
        pytest.param("The sides plan to sign an agreement on mutual recognition of digital signatures.",
                     agreement("agreement on mutual recognition of digital signatures", "planned"),
                     id="plan to sign"),
        pytest.param("An agreement on military-technical cooperation is expected to be signed during the visit.",
                     agreement("agreement on military-technical cooperation", "planned"), id="expected to be signed"),
        pytest.param("Three documents are set to be signed during the visit.",
                     agreement(None, "planned", count=3), id="set to be signed, counted"),
        pytest.param("The two ministries are preparing an agreement on mutual recognition of diplomas.",
                     agreement("agreement on mutual recognition of diplomas", "planned"), id="preparing"),
        pytest.param("The trade mission resulted in export contracts worth $44.1 million.",
                     agreement("export contracts", "signed", value=44100000.0, currency="USD"),
                     id="contracts with a value"),
        pytest.param("The main document is the plan of action for 2017 and 2018.",
                     agreement("plan of action for 2017 and 2018", "in_force"), id="plan of action, in force"),
    ],
)
def test_agreements(text, expected):
    assert records("agreement", text) == [expected]


def test_an_agreement_among_signed_documents_was_signed():
    text = ("Belarus and Kazakhstan signed 12 documents worth $500 million at the Forum of Regions, including an "
            "agreement on cooperation in education.")
    assert records("agreement", text) == [
        agreement(None, "signed", count=12, value=500000000.0, currency="USD"),
        agreement("agreement on cooperation in education", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Agreements have been reached on all the issues on the bilateral agenda.",
        "The roadmap covers all areas of cooperation.",
        "Belarus is interested in all infrastructure projects and programs to update the fleet of buses.",
        "Belarus has a plan to set up a dairy farm.",
    ],
)
def test_not_agreement_records(text):
    assert records("agreement", text) == []


def test_evidence_slices_the_original_text():
    text = "ASTANA - The sides signed a memorandum of understanding.\n\nThere are six joint plants in Kazakhstan."
    events = [e for e in kazbel_extract.extract(text).events if e.type in ("agreement", "joint_venture")]
    assert [e.type for e in events] == ["agreement", "joint_venture"]
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
