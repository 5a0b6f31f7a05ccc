"""Actors: one canonical actor per person or institution, whatever the spelling; the role the text gives them."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

import kazbel_extract
from kazbel_extract.registry import INSTITUTION, PERSON, Registry, actors_in_store, fold
from kazbel_extract.article import to_article
from kazbel_extract.cli import app
from kazbel_extract.components.actors import ActorResolver
from kazbel_extract.data import models_path
from kazbel_extract.records import Article, Entity, Meeting, Participant
from kazbel_extract.store import Store


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_dir(models_path("actors"))


def tagged(nlp, text: str, people=(), orgs=(), published: str | None = None):
    """`text` run through the pipeline up to `kazbel_actors` with exactly these PERSON and ORG entities (every
    occurrence), so the tests check the resolver and not the entity tagger."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, pipe in nlp.pipeline:
        if name == "kazbel_actors":
            break
        doc = pipe(doc)
    spans = []
    for label, name in sorted([("PERSON", n) for n in people] + [("ORG", n) for n in orgs], key=lambda x: -len(x[1])):
        for found in re.finditer(re.escape(name), text):
            span = doc.char_span(found.start(), found.end(), label=label)
            if not any(span.start < s.end and s.start < span.end for s in spans):
                spans.append(span)
    others = [e for e in doc.ents if e.label_ not in ("PERSON", "ORG") and not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted(spans + others, key=lambda s: s.start)
    return nlp.get_pipe("kazbel_actors")(doc)


def people(doc) -> dict[str, tuple]:
    return {e.text: (e._.actor, e._.role) for e in doc.ents if e.label_ == "PERSON"}


# --- the registry

@pytest.mark.parametrize("spellings", [
    ("Kassym-Jomart Tokayev", "Qassym-Jomart Toqayev", "Kassym-Zhomart Tokayev"),
    ("Alexander Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Alexander Lukashenka"),
    ("Andrei Yevdochenko", "Andrei Yeudachenka"),
    ("Nursultan Nazarbayev", "Nursultan Nazarbaev"),
    ("Akylbek Japarov", "Akylbek Zhaparov"),
    ("Numan Kurtulmus", "Numan Kurtulmuş"),
])
def test_every_spelling_of_a_person_is_one_actor(registry, spellings):
    assert {registry.person(s).name for s in spellings} == {spellings[0]}


@pytest.mark.parametrize("written, canonical", [
    ("Mazhilis", "Mazhilis of the Parliament of Kazakhstan"),
    ("the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("MTZ", "Minsk Tractor Works"),
    ("KazMunaiGas", "KazMunayGas"),
    ("Samruk Kazyna", "Samruk-Kazyna"),
    ("Grand National Assembly of Turkey", "Grand National Assembly of Türkiye"),
])
def test_institution_aliases_are_one_actor(registry, written, canonical):
    assert [a.name for a in registry.find(INSTITUTION, written)] == [canonical]


def test_fold_forgets_accents_case_articles_and_transliteration():
    assert fold("Toqayev") == fold("TOKAYEV") == fold("Tokaev")
    assert fold("the Mazhilis’") == fold("Mazhilis")
    assert fold("Kurtulmuş") == fold("Kurtulmus")
    assert fold("Lukashenko") != fold("Myasnikovich")


def test_registry_is_large_and_well_formed(registry):
    persons = [a for a in registry.actors if a.kind == PERSON]
    institutions = [a for a in registry.actors if a.kind == INSTITUTION]
    assert len(persons) >= 100 and len(institutions) >= 60
    countries = set(registry.countries)
    for actor in registry.actors:
        assert actor.country is None or actor.country in countries, actor
        for office in actor.offices:
            assert office.title and (office.start is None or office.end is None or office.start <= office.end), actor
    names = [fold(a.name) for a in persons]
    assert len(names) == len(set(names))


def test_offices_follow_the_year(registry):
    tokayev = registry.person("Tokayev")
    assert registry.office(tokayev, 2018).title == "Chairman of the Senate"
    assert registry.office(tokayev, 2020).title == "President"
    assert registry.office(tokayev, 2001).title == "Prime Minister"


# --- names in text

def test_full_names_and_titles_before_them(nlp):
    doc = tagged(nlp, "Belarus President Aleksandr Lukashenko met with Kazakhstan President Kassym-Jomart Tokayev in Minsk on 28 May.",
                 people=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"])
    assert people(doc) == {
        "Aleksandr Lukashenko": ("Alexander Lukashenko", {"title": "President", "organisation": None, "country": "Belarus"}),
        "Kassym-Jomart Tokayev": ("Kassym-Jomart Tokayev", {"title": "President", "organisation": None, "country": "Kazakhstan"}),
    }


def test_appositive_roles_give_title_organisation_and_country(nlp):
    doc = tagged(nlp, "Vladimir Andreichenko, Chairman of the House of Representatives of the National Assembly of Belarus, "
                 "met with Nurlan Nigmatulin, Chairman of the Mazhilis of the Parliament of Kazakhstan, on 16 March.",
                 people=["Vladimir Andreichenko", "Nurlan Nigmatulin"],
                 orgs=["House of Representatives of the National Assembly of Belarus", "Mazhilis of the Parliament of Kazakhstan"])
    assert people(doc) == {
        "Vladimir Andreichenko": ("Vladimir Andreichenko", {
            "title": "Chairman", "organisation": "House of Representatives of the National Assembly of Belarus", "country": "Belarus"}),
        "Nurlan Nigmatulin": ("Nurlan Nigmatulin", {
            "title": "Chairman", "organisation": "Mazhilis of the Parliament of Kazakhstan", "country": "Kazakhstan"}),
    }


def test_long_title_before_a_name(nlp):
    doc = tagged(nlp, "Chairman of the Council of the Republic of the National Assembly of Belarus Mikhail Myasnikovich made the statement.",
                 people=["Mikhail Myasnikovich"], orgs=["Council of the Republic of the National Assembly of Belarus"])
    assert people(doc)["Mikhail Myasnikovich"] == ("Mikhail Myasnikovich", {
        "title": "Chairman", "organisation": "Council of the Republic of the National Assembly of Belarus", "country": "Belarus"})


def test_ministers_and_ambassadors(nlp):
    doc = tagged(nlp, "Kazakh Minister of Trade and Integration Arman Shakkaliyev met with Ambassador Extraordinary and "
                 "Plenipotentiary of Kazakhstan to Belarus Yermukhamet Yertysbayev.",
                 people=["Arman Shakkaliyev", "Yermukhamet Yertysbayev"])
    found = people(doc)
    assert found["Arman Shakkaliyev"][1] == {"title": "Minister of Trade and Integration",
                                             "organisation": "Ministry of Trade and Integration of Kazakhstan", "country": "Kazakhstan"}
    assert found["Yermukhamet Yertysbayev"][1]["title"] == "Ambassador Extraordinary and Plenipotentiary"
    assert found["Yermukhamet Yertysbayev"][1]["country"] == "Kazakhstan"  # "to Belarus" names the host
    assert found["Yermukhamet Yertysbayev"][1]["organisation"] == "Embassy of Kazakhstan in Belarus"


def test_an_ambassador_outside_the_registry_years_still_has_an_embassy(nlp):
    doc = tagged(nlp, "Ambassador of Kazakhstan to Belarus Yermukhamet Yertysbayev met the minister.",
                 people=["Yermukhamet Yertysbayev"], published="2030-01-01")
    assert people(doc)["Yermukhamet Yertysbayev"][1] == {
        "title": "Ambassador", "organisation": "Embassy of Kazakhstan in Belarus", "country": "Kazakhstan"}


def test_organisations_named_by_short_titles_kinds_and_countries(nlp):
    doc = tagged(nlp, "ASTANA. KAZINFORM - Kazakh Foreign Minister Mukhtar Tileuberdi met with Senate Speaker Maulen "
                 "Ashimbayev and Vladimir Makei, Minister of Foreign Affairs of the Republic of Belarus.",
                 people=["Mukhtar Tileuberdi", "Maulen Ashimbayev", "Vladimir Makei"], orgs=["KAZINFORM", "Senate"])
    assert {name: role["organisation"] for name, (_, role) in people(doc).items()} == {
        "Mukhtar Tileuberdi": "Ministry of Foreign Affairs of Kazakhstan",  # not the agency before the dash
        "Maulen Ashimbayev": "Senate of the Parliament of Kazakhstan",
        "Vladimir Makei": "Ministry of Foreign Affairs of Belarus"}


def test_short_titles_are_given_in_full(nlp):
    doc = tagged(nlp, "Kazakh PM Alikhan Smailov met with Premier of China's State Council Li Keqiang.",
                 people=["Alikhan Smailov", "Li Keqiang"], orgs=["State Council"])
    assert [role["title"] for _, role in people(doc).values()] == ["Prime Minister", "Premier"]


def test_a_surname_is_the_person_introduced_earlier(nlp):
    doc = tagged(nlp, "Belarus President Alexander Lukashenko met with Kazakhstan President Nursultan Nazarbayev. "
                 "Lukashenko said the talks went well.", people=["Alexander Lukashenko", "Nursultan Nazarbayev", "Lukashenko"])
    assert people(doc)["Lukashenko"] == people(doc)["Alexander Lukashenko"]


def test_a_lone_surname_is_the_registry_person_with_that_surname(nlp):
    doc = tagged(nlp, "Tokayev said trade would grow.", people=["Tokayev"])
    assert people(doc)["Tokayev"][0] == "Kassym-Jomart Tokayev"


def test_without_a_title_in_the_text_the_office_of_the_articles_year(nlp):
    for published, title in (("2018-10-31", "Chairman of the Senate"), ("2020-05-01", "President")):
        doc = tagged(nlp, "Qassym-Jomart Toqayev said trade would grow.", people=["Qassym-Jomart Toqayev"], published=published)
        assert people(doc)["Qassym-Jomart Toqayev"] == ("Kassym-Jomart Tokayev", {
            "title": title, "organisation": "Senate of the Parliament of Kazakhstan" if title != "President" else None,
            "country": "Kazakhstan"})


def test_unknown_people_have_no_actor_but_keep_their_role(nlp):
    doc = tagged(nlp, "Deputy Chairman of the Brest Oblast Executive Committee Mikhail Serkov noted the surplus.",
                 people=["Mikhail Serkov"], orgs=["Brest Oblast Executive Committee"])
    assert people(doc)["Mikhail Serkov"] == (None, {
        "title": "Deputy Chairman", "organisation": "Brest Oblast Executive Committee", "country": "Belarus"})


def test_docs_without_sentence_boundaries_are_resolved_too(nlp):
    doc = nlp.make_doc("Belarus President Aleksandr Lukashenko spoke.")
    doc.ents = [doc.char_span(18, 38, label="PERSON")]
    assert people(nlp.get_pipe("kazbel_actors")(doc)) == {
        "Aleksandr Lukashenko": ("Alexander Lukashenko", {"title": "President", "organisation": None, "country": "Belarus"})}


# --- role phrases

def test_role_phrases_stand_for_the_person_introduced_with_that_role(nlp):
    doc = tagged(nlp, "Kazakh Prime Minister Alikhan Smailov met with Premier of China's State Council Li Keqiang. "
                 "The Kazakh Premier said trade was up.", people=["Alikhan Smailov", "Li Keqiang"], orgs=["State Council"])
    assert {k: v.text for k, v in doc._.roles.items()} == {"kazakh premier": "Alikhan Smailov"}
    (mention,) = doc._.role_mentions
    assert (mention.text, mention._.actor) == ("The Kazakh Premier", "Alikhan Smailov")



def test_a_doc_with_role_phrases_round_trips_through_bytes_with_its_entities_and_roles(nlp):
    doc = nlp("ASTANA (Kazinform) - Kazakh Prime Minister Alikhan Smailov met with Belarusian Prime Minister Roman "
              "Golovchenko in Astana on 3 May. The Kazakh Premier said trade was up.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.label_, e._.actor, e._.role) for e in copy.ents] == \
        [(e.text, e.label_, e._.actor, e._.role) for e in doc.ents]
    assert [(m.text, m._.person.text, m._.actor) for m in copy._.role_mentions] == \
        [("The Kazakh Premier", "Alikhan Smailov", "Alikhan Smailov")]
    assert {k: v.text for k, v in copy._.roles.items()} == {"kazakh premier": "Alikhan Smailov"}
    assert to_article(copy).to_dict() == to_article(doc).to_dict()

def test_role_phrases_read_the_organisation_kind_and_country(nlp):
    doc = tagged(nlp, "Chairman of the Council of the Republic of the National Assembly of Belarus Mikhail Myasnikovich met with "
                 "Chairman of the Senate of the Parliament of Kazakhstan Kassym-Jomart Tokayev. "
                 "\"We are interested,\" said the head of the upper chamber of the Belarusian parliament.",
                 people=["Mikhail Myasnikovich", "Kassym-Jomart Tokayev"],
                 orgs=["Council of the Republic of the National Assembly of Belarus", "Senate of the Parliament of Kazakhstan"])
    assert {k: v._.actor for k, v in doc._.roles.items()} == {
        "head of the upper chamber of the belarusian parliament": "Mikhail Myasnikovich"}


def test_an_ambiguous_role_phrase_stands_for_no_one(nlp):
    doc = tagged(nlp, "Belarus President Aleksandr Lukashenko met with Kazakhstan President Kassym-Jomart Tokayev. The president said so.",
                 people=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"])
    assert doc._.roles == {}


# --- organisations

def test_organisations_resolve_with_the_country_written_before_them(nlp):
    doc = tagged(nlp, "Belarus' Ministry of Industry and the Mazhilis signed it, BelTA reported.",
                 orgs=["Ministry of Industry", "Mazhilis", "BelTA"])
    assert {e.text: e._.actor for e in doc.ents if e.label_ == "ORG"}.items() >= {
        "Ministry of Industry": "Ministry of Industry of Belarus", "BelTA": "BelTA"}.items()


def test_an_abbreviation_means_what_the_article_defines(nlp):
    doc = tagged(nlp, "The pit belongs to the Eurasian Energy Corporation (EEC). The EEC is part of the Eurasian Resources Group.",
                 orgs=["Eurasian Energy Corporation", "EEC", "Eurasian Resources Group"])
    assert {e.text: e._.actor for e in doc.ents if e.label_ == "ORG"} == {
        "Eurasian Energy Corporation": None, "EEC": None, "Eurasian Resources Group": "Eurasian Resources Group"}
    assert tagged(nlp, "The EEC met.", orgs=["EEC"]).ents[0]._.actor == "Eurasian Economic Commission"


# --- records and the pipeline

def test_entity_records_carry_the_actor(nlp):
    text = "Belarus President Aleksandr Lukashenko met with Qassym-Jomart Toqayev."
    doc = tagged(nlp, text, people=["Aleksandr Lukashenko", "Qassym-Jomart Toqayev"])
    article = to_article(doc)
    assert {e.text: e.actor for e in article.entities if e.label == "PERSON"} == {
        "Aleksandr Lukashenko": "Alexander Lukashenko", "Qassym-Jomart Toqayev": "Kassym-Jomart Tokayev"}


def test_users_extend_the_registry_with_their_own_file(nlp, tmp_path):
    data = tmp_path / "actors"
    shutil.copytree(models_path("actors"), data)
    person = {"name": "Aigerim Example", "aliases": ["Aygerim Exampleova"], "country": "Kazakhstan",
              "offices": [{"title": "Akim of Example Region", "organisation": None, "from": 2020, "to": None}]}
    (data / "people_local.jsonl").write_text(json.dumps(person) + "\n", encoding="utf-8")
    resolver = ActorResolver(nlp, "kazbel_actors", str(data))
    assert resolver.registry.person("Aygerim Exampleova").name == "Aigerim Example"


def test_the_registry_round_trips_through_to_disk(nlp, tmp_path):
    nlp.get_pipe("kazbel_actors").to_disk(tmp_path / "actors")
    reloaded = ActorResolver(nlp, "kazbel_actors", str(tmp_path / "actors")).registry
    original = nlp.get_pipe("kazbel_actors").registry
    assert reloaded.actors == original.actors and reloaded.roles == original.roles


# --- across a batch

def test_the_store_links_one_actor_across_articles_whatever_the_spelling(tmp_path):
    def article(id, written):
        text = f"Belarus President Aleksandr Lukashenko met with {written}. Aleksandr Lukashenko said so."
        start = text.index(written)
        people = [Entity("PERSON", "Aleksandr Lukashenko", 17, 37, actor="Alexander Lukashenko"),
                  Entity("PERSON", written, start, start + len(written), actor="Kassym-Jomart Tokayev")]
        meeting = Meeting(participants=["Aleksandr Lukashenko", written],
                          participant_details=[Participant("Aleksandr Lukashenko", actor="Alexander Lukashenko"), Participant(written)])
        return Article(text, id=id, entities=people, events=[meeting])

    with Store(tmp_path / "kazbel.sqlite") as store:
        store.write([({"text": a.text}, a) for a in (article("a", "Kassym-Jomart Tokayev"), article("b", "Qassym-Jomart Toqayev"))])
    counts = {c.actor: c.to_dict() for c in actors_in_store(tmp_path / "kazbel.sqlite")}
    assert counts["Kassym-Jomart Tokayev"] == {"actor": "Kassym-Jomart Tokayev", "mentions": 2, "articles": 2, "meetings": 2,
                                               "spellings": ["Kassym-Jomart Tokayev", "Qassym-Jomart Toqayev"]}
    assert counts["Alexander Lukashenko"]["mentions"] == 4  # twice in each text, listed once per article
    result = CliRunner().invoke(app, ["actors", str(tmp_path / "kazbel.sqlite")])
    assert result.exit_code == 0
    assert ("Kassym-Jomart Tokayev\tmentions: 2\tarticles: 2\tmeetings: 2\tKassym-Jomart Tokayev; Qassym-Jomart Toqayev"
            in result.output)


# --- the dev corpus

def test_dev_meeting_participants_in_the_registry_carry_actor_and_title(dev_articles, dev_extracted, registry):
    """Gold participants the registry knows are tagged with their actor; extracted participants carry actor and title."""
    untagged, incomplete, checked = [], [], 0
    for article in dev_articles:
        record = dev_extracted[article["id"]]
        tagged = {e.text: e.actor for e in record.entities if e.label == "PERSON"}
        for gold in (e for e in article["events"] if e["type"] == "meeting"):
            for name in gold["participants"]:
                actor = registry.person(name)
                if actor is not None and tagged.get(name) != actor.name:
                    untagged.append((article["id"], name, tagged.get(name)))
        for meeting in (e for e in record.events if e.type == "meeting"):
            for person in meeting.participant_details:
                actor = registry.person(person.name)
                if actor is not None:
                    checked += 1
                    if person.actor != actor.name or not person.title:
                        incomplete.append((article["id"], person))
    assert not untagged
    assert not incomplete
    assert checked >= 30  # of the 43 registered participants of the gold meetings


# --- every listed institution and office resolves

def _institution_records():
    from kazbel_extract.registry import _read_jsonl

    return [r for p in sorted(models_path("actors").glob("institutions*.jsonl")) for r in _read_jsonl(p)]


@pytest.mark.parametrize("record", _institution_records(), ids=lambda r: r["name"])
def test_every_listed_institution_resolves_by_each_spelling(registry, record):
    for spelling in [record["name"], *record.get("aliases", [])]:
        assert record["name"] in [a.name for a in registry.find(INSTITUTION, spelling)], spelling


@pytest.mark.parametrize("name, year, title", [
    ("Andrei Kobyakov", 2016, "Prime Minister"),
    ("Vladimir Makei", 2015, "Minister of Foreign Affairs"),
    ("Maxim Ryzhenkov", 2025, "Minister of Foreign Affairs"),
    ("Erlan Idrissov", 2014, "Minister of Foreign Affairs"),
    ("Olzhas Bektenov", 2024, "Prime Minister"),
    ("Vladimir Putin", 2010, "Prime Minister"),
    ("Vladimir Putin", 2020, "President"),
    ("Olaf Scholz", 2023, "Chancellor"),
    ("Recep Tayyip Erdogan", 2012, "Prime Minister"),
    ("Recep Tayyip Erdogan", 2018, "President"),
    ("Alexander Turchin", 2019, "First Deputy Prime Minister"),  # BelTA called him so in August 2019
    ("Alexander Turchin", 2022, "Chairman of the Minsk Oblast Executive Committee"),
    ("Han Zheng", 2020, "Vice Premier of the State Council"),
    ("Han Zheng", 2024, "Vice President"),
    ("Sergei Mironov", 2010, "Chairman of the Federation Council"),
    ("Valentina Matviyenko", 2012, "Chairwoman of the Federation Council"),
])
def test_people_hold_the_office_of_the_articles_year(registry, name, year, title):
    assert registry.office(registry.person(name), year).title == title


def test_an_office_outside_its_years_is_not_given(registry):
    assert registry.office(registry.person("Andrei Kobyakov"), 2022) is None


def test_an_undated_text_gives_the_office_held_longest_only_when_all_have_ended(registry):
    assert registry.office(registry.person("Nursultan Nazarbayev"), None).title == "President"
    assert registry.office(registry.person("Vladimir Putin"), None) is None  # an open office: its length is unknown


def test_a_counterpart_holds_the_title_of_the_person_named_before(nlp):
    doc = tagged(nlp, "Belarus Prime Minister Andrei Kobyakov met his Kazakh counterpart Bakytzhan Sagintayev.",
                 people=["Andrei Kobyakov", "Bakytzhan Sagintayev"], published="2017-03-01")
    assert people(doc)["Bakytzhan Sagintayev"][1]["title"] == "Prime Minister"
    assert people(doc)["Bakytzhan Sagintayev"][1]["country"] == "Kazakhstan"


# --- serialisation

RUNTIME_PERSON = {"name": "Aigerim Example", "aliases": [], "country": "Kazakhstan",
                  "offices": [{"title": "Akim of Example Region", "organisation": None, "from": 2020, "to": None}]}


def test_runtime_additions_round_trip_through_bytes(nlp):
    import kazbel_extract.pipeline

    source = ActorResolver(nlp, "kazbel_actors", None)
    source.add(people=[RUNTIME_PERSON])
    target = ActorResolver(nlp, "kazbel_actors", None).from_bytes(source.to_bytes())
    assert target.registry.person("Aigerim Example").name == "Aigerim Example"
    excluded = ActorResolver(nlp, "kazbel_actors", None).from_bytes(source.to_bytes(exclude=["people"]))
    assert excluded.registry.person("Aigerim Example") is None


def test_a_saved_pipeline_loads_after_its_custom_data_folder_is_gone(tmp_path):
    import spacy

    import kazbel_extract.pipeline

    custom = tmp_path / "actors"
    shutil.copytree(models_path("actors"), custom)
    nlp = kazbel_extract.pipeline.build()
    nlp.remove_pipe("kazbel_actors")
    nlp.add_pipe("kazbel_actors", before="kazbel_events", config={"data_path": str(custom)})
    nlp.get_pipe("kazbel_actors").add(people=[RUNTIME_PERSON])
    nlp.to_disk(tmp_path / "saved")
    shutil.rmtree(custom)
    loaded = spacy.load(tmp_path / "saved").get_pipe("kazbel_actors")
    assert loaded.registry.person("Aigerim Example").name == "Aigerim Example"


def test_a_misspelt_role_key_is_an_error(nlp, tmp_path):
    from kazbel_extract.vocabulary import VocabularyError

    shutil.copytree(models_path("actors"), tmp_path / "actors")
    roles = json.loads((tmp_path / "actors" / "roles.json").read_text(encoding="utf-8"))
    roles["portfolio"] = roles.pop("portfolios")
    (tmp_path / "actors" / "roles.json").write_text(json.dumps(roles), encoding="utf-8")
    with pytest.raises(VocabularyError, match="portfolio"):
        ActorResolver(nlp, "kazbel_actors", str(tmp_path / "actors")).initialize()


# --- people of every naming tradition, with the title before them

def titled_people(nlp, text: str) -> dict[str, tuple]:
    return {e.text: (e._.actor, (e._.role or {}).get("title")) for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("text, expected", [
    # titles of chancellors, monarchs, state secretaries, governors and akims
    ("Federal Chancellor Gerhard Schroeder opened the business forum in Astana.", {"Gerhard Schroeder": (None, "Federal Chancellor")}),
    ("Sultan of Oman Haitham bin Tarik received the credentials of the new envoy.", {"Haitham bin Tarik": (None, "Sultan")}),
    ("King Abdullah II of Jordan discussed grain supplies with the delegation.", {"Abdullah II": (None, "King")}),
    ("State Secretary of the Security Council Alexander Volfovich chaired the session.",
     {"Alexander Volfovich": (None, "State Secretary")}),
    ("Governor of the Tula Region Alexei Dyumin signed a roadmap with the Belarusian side.", {"Alexei Dyumin": (None, "Governor")}),
    ("Akim of Kostanay Region Kumar Aksakalov showed the guests a new plant.", {"Kumar Aksakalov": (None, "Akim")}),
    ("Chinese Vice Premier Ding Xuexiang called for deeper cooperation.", {"Ding Xuexiang": ("Ding Xuexiang", "Vice Premier")}),
    # diplomatic ranks below ambassador
    ("Minister-Counsellor Park Sung-ho of the Korean embassy attended the exhibition.",
     {"Park Sung-ho": (None, "Minister-Counsellor")}),
    ("Chargé d’Affaires of Belarus Vitaly Kozhemyakin laid flowers at the monument.",
     {"Vitaly Kozhemyakin": (None, "Chargé d’Affaires")}),
    # names without Slavic or Turkic endings: Korean, Vietnamese, German, Turkish and Arabic
    ("Korean entrepreneur Kim Dae-sik opened an office in Almaty.", {"Kim Dae-sik": (None, None)}),
    ("The company was represented by Song Ji-hoon.", {"Song Ji-hoon": (None, None)}),
    ("The forum was addressed by Vietnamese Prime Minister Pham Minh Chinh.", {"Pham Minh Chinh": (None, "Prime Minister")}),
    ("German investor Klaus-Peter von Hagen plans to build a warehouse.", {"Klaus-Peter von Hagen": (None, None)}),
    ("Turkish businessman Mehmet Ali Yilmaz bought a stake in the company.", {"Mehmet Ali Yilmaz": (None, None)}),
    ("The memorandum was signed by Ahmed bin Saeed Al Maktoum in Dubai.", {"Ahmed bin Saeed Al Maktoum": (None, None)}),
    ("Energy Minister Khalid Al-Falih met the Kazakh delegation in Riyadh.", {"Khalid Al-Falih": (None, "Minister")}),
    ("Saudi Foreign Minister Adel al-Jubeir arrived in Astana on Monday.", {"Adel al-Jubeir": (None, "Foreign Minister")}),
    ("The talks in Doha were held with Mohammed bin Abdulrahman al-Thani.", {"Mohammed bin Abdulrahman al-Thani": (None, None)}),
    # a byline, surname first, on a line of its own
    ("Kazakh grain exports rose by 12 percent.\n\nZhumagulov Yerlan\n", {"Zhumagulov Yerlan": (None, None)}),
    # initials glued to the surname or before it
    ("The letter was signed by S.Aleinik and sent to Astana.", {"S.Aleinik": ("Sergei Aleinik", "Minister of Foreign Affairs")}),
    ("The protocol bears the signature of A.A. Erofeev.", {"A.A. Erofeev": (None, None)}),
])
def test_people_of_every_naming_tradition_and_their_titles(nlp, text, expected):
    assert titled_people(nlp, text) == expected


@pytest.mark.parametrize("text, alone, actor", [
    ("President Moon Jae-in received the delegation. Moon noted the growth of trade.", "Moon", "Moon Jae-in"),
    ("Xi Jinping met the Kazakh President in Astana. Xi said that the partnership had deepened.", "Xi", "Xi Jinping"),
    ("Foreign Minister Park Jin met his counterpart in Seoul. Park said that both sides would expand trade.", "Park", "Park Jin"),
    # two full names begin with the word: it stands for neither
    ("Lee Jae-myung met Lee Nak-yon in Seoul. Lee said that the talks had gone well.", "Lee", None),
])
def test_a_family_name_written_first_stands_alone_for_the_full_name_before_it(nlp, text, alone, actor):
    doc = nlp(text)
    assert [e._.actor for e in doc.ents if e.label_ == "PERSON" and e.text == alone] == [actor]
