"""The registry data: every listed institution and office resolves, in the registry and in sentences.

Parametrised over the data files of `models/actors/`, so a record a user adds is checked like the shipped ones.
"""
from __future__ import annotations

import pytest

from kazbel_extract.data import models_path
from kazbel_extract.registry import INSTITUTION, PERSON, Registry, _read_jsonl, fold
from kazbel_extract import vocabulary
from test_actors import people, tagged

ACTORS = models_path("actors")
INSTITUTIONS = [r for p in sorted(ACTORS.glob("institutions*.jsonl")) for r in _read_jsonl(p)]
PEOPLE = [r for p in sorted(ACTORS.glob("people*.jsonl")) for r in _read_jsonl(p)]
IN_A_SENTENCE = "Representatives of the {} took part in the talks on Tuesday."


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_dir(ACTORS)


@pytest.fixture(scope="module")
def organisations_in_sentences(nlp) -> dict[str, list[tuple[str, str | None]]]:
    """(text, actor) of the ORG entities of a sentence naming each institution by its canonical name."""
    texts = [IN_A_SENTENCE.format(r["name"]) for r in INSTITUTIONS]
    return {r["name"]: [(e.text, e._.actor) for e in doc.ents if e.label_ == "ORG"]
            for r, doc in zip(INSTITUTIONS, nlp.pipe(texts))}


def _unique_years(record: dict) -> list[tuple[dict, int]]:
    """Each dated office of a person with a year in which it is the only office they held."""
    offices = record.get("offices", [])
    found = []
    for office in offices:
        if office.get("from") is None:
            continue
        last = office.get("to") or office["from"]
        held_alone = [y for y in range(office["from"], last + 1)
                      if not any(o is not office and (o.get("from") or -1) <= y <= (o.get("to") or 9999) for o in offices)]
        if held_alone:
            found.append((office, held_alone[0]))
    return found


DATED_OFFICES = [(r["name"], office, year) for r in PEOPLE for office, year in _unique_years(r)]


# --- institutions

@pytest.mark.parametrize("record", INSTITUTIONS, ids=lambda r: r["name"])
def test_each_institution_is_an_org_entity_of_its_canonical_actor(organisations_in_sentences, record):
    assert (record["name"], record["name"]) in organisations_in_sentences[record["name"]]


@pytest.mark.parametrize("record", INSTITUTIONS, ids=lambda r: r["name"])
def test_each_spelling_names_one_institution_of_its_country(registry, record):
    for spelling in [record["name"], *record.get("aliases", [])]:
        same_country = [a.name for a in registry.find(INSTITUTION, spelling) if a.country == record.get("country")]
        assert same_country == [record["name"]], spelling


def test_every_region_of_belarus_and_kazakhstan_has_its_administration(registry):
    regions = vocabulary.default("places")["regions"]
    for region in regions["Kazakhstan"]:
        assert [a.country for a in registry.find(INSTITUTION, f"Akimat of {region} Region")] == ["Kazakhstan"], region
    for region in regions["Belarus"]:
        assert [a.country for a in registry.find(INSTITUTION, f"{region} Oblast Executive Committee")] == ["Belarus"], region
    for city in ("Astana", "Nur-Sultan", "Almaty", "Shymkent"):
        assert [a.kinds for a in registry.find(INSTITUTION, f"Akimat of {city}")] == [("city administration",)], city


@pytest.mark.parametrize("country", ["Kazakhstan", "Belarus", "Russia", "Uzbekistan", "Tajikistan", "Germany"])
def test_each_chamber_of_a_two_chamber_parliament_is_one_institution(registry, country):
    for kind in ("upper chamber", "lower chamber"):
        assert len(registry.institutions_of_kind(kind, country)) == 1, kind


GOVERNMENTS = {
    "Kazakhstan": ["Foreign Affairs", "National Economy", "Finance", "Trade and Integration", "Industry and Construction", "Energy",
                   "Agriculture", "Transport", "Digital Development, Innovations and Aerospace Industry",
                   "Ecology and Natural Resources", "Water Resources and Irrigation", "Justice", "Internal Affairs", "Defence",
                   "Emergency Situations", "Healthcare", "Enlightenment", "Science and Higher Education",
                   "Labour and Social Protection of the Population", "Culture and Information", "Tourism and Sports"],
    "Belarus": ["Foreign Affairs", "Economy", "Finance", "Industry", "Agriculture and Food", "Antimonopoly Regulation and Trade",
                "Energy", "Education", "Health", "Internal Affairs", "Defence", "Emergency Situations", "Justice",
                "Transport and Communications", "Communications and Informatization", "Culture", "Sports and Tourism",
                "Labour and Social Protection", "Natural Resources and Environmental Protection", "Architecture and Construction",
                "Forestry", "Information", "Housing and Utilities", "Taxes and Duties"],
}


@pytest.mark.parametrize("country, portfolio", [(c, p) for c, portfolios in GOVERNMENTS.items() for p in portfolios])
def test_every_ministry_of_the_government_is_listed_under_each_usual_name(registry, country, portfolio):
    adjective = {"Kazakhstan": "Kazakh", "Belarus": "Belarusian"}[country]
    canonical = f"Ministry of {portfolio} of {country}"
    for written in (canonical, f"Ministry of {portfolio} of the Republic of {country}", f"{adjective} Ministry of {portfolio}"):
        assert [a.name for a in registry.find(INSTITUTION, written)] == [canonical], written


@pytest.mark.parametrize("written, canonical", [
    ("Ministry of Health", "Ministry of Health of Belarus"),
    ("Ministry of Education", "Ministry of Education of Belarus"),
    ("Ministry of Industry", "Ministry of Industry of Belarus"),
    ("Ministry of National Economy", "Ministry of National Economy of Kazakhstan"),
    ("Ministry of Healthcare", "Ministry of Healthcare of Kazakhstan"),
])
def test_a_ministry_written_without_its_country_stays_the_one_ministry_of_that_name(registry, written, canonical):
    """A partner's ministry is listed with its country ("Russian Ministry of Health"), not under a bare name that
    one ministry of Belarus or Kazakhstan alone had: that would leave the bare name in their news unresolved."""
    assert [a.name for a in registry.find(INSTITUTION, written)] == [canonical]


def test_acronyms_that_fold_alike_stay_apart(registry):
    assert [a.name for a in registry.find(INSTITUTION, "EU")] == ["European Union"]
    assert [a.name for a in registry.find(INSTITUTION, "EEU")] == ["Eurasian Economic Union"]
    assert fold("Massimov") == fold("Masimov")


# --- people and their offices

@pytest.mark.parametrize("record", PEOPLE, ids=lambda r: r["name"])
def test_each_spelling_of_a_person_is_that_person(registry, record):
    for spelling in [record["name"], *record.get("aliases", [])]:
        assert [a.name for a in registry.find(PERSON, spelling)] == [record["name"]], spelling


@pytest.mark.parametrize("record", [r for r in PEOPLE if r.get("offices")], ids=lambda r: r["name"])
def test_each_office_is_held_at_a_listed_institution(registry, record):
    for office in record["offices"]:
        if office.get("organisation"):
            assert len(registry.find(INSTITUTION, office["organisation"])) == 1, office


@pytest.mark.parametrize("name, office, year", DATED_OFFICES, ids=lambda x: x if isinstance(x, (str, int)) else x["title"])
def test_a_name_without_title_gets_the_office_of_the_articles_year(nlp, name, office, year):
    doc = tagged(nlp, f"{name} arrived in the capital on Monday.", people=[name], published=f"{year}-06-15")
    actor, role = people(doc)[name]
    assert actor == name
    assert (role["title"], role["organisation"]) == (office["title"], office.get("organisation"))


@pytest.fixture(scope="module")
def people_in_sentences(nlp) -> dict[str, list[tuple[str, str | None]]]:
    """(text, actor) of the PERSON entities of a sentence naming each person by their canonical name, untagged."""
    texts = [f"On Monday {r['name']} arrived in the capital for talks." for r in PEOPLE]
    return {r["name"]: [(e.text, e._.actor) for e in doc.ents if e.label_ == "PERSON"] for r, doc in zip(PEOPLE, nlp.pipe(texts))}


@pytest.mark.parametrize("record", PEOPLE, ids=lambda r: r["name"])
def test_each_person_of_the_registry_is_found_by_the_entity_rules(people_in_sentences, record):
    """The registry is the person gazetteer too: a listed name is a PERSON entity whatever the base model reads."""
    assert (record["name"], record["name"]) in people_in_sentences[record["name"]]


# --- sentences of the wire, through the whole pipeline

def entities(nlp, text: str, published: str | None = None) -> dict[str, tuple]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {e.text: (e.label_, e._.actor) for e in doc.ents if e.label_ in ("ORG", "PERSON")}


@pytest.mark.parametrize("text, expected", [
    ("The Mazhilis Committee on Finance and Budget approved the draft law on Wednesday.",
     {"Mazhilis Committee on Finance and Budget": ("ORG", "Mazhilis Committee on Finance and Budget of Kazakhstan")}),
    ("Uzbekneftegaz and QazaqGaz signed a gas supply contract in Tashkent.",
     {"Uzbekneftegaz": ("ORG", "Uzbekneftegaz"), "QazaqGaz": ("ORG", "QazaqGaz")}),
    ("The Akimat of Turkistan Region and Gomselmash discussed the assembly of combine harvesters.",
     {"Akimat of Turkistan Region": ("ORG", "Akimat of Turkistan Region"), "Gomselmash": ("ORG", "Gomselmash")}),
    ("The Ministry of Investment, Industry and Trade of Uzbekistan reported the figures.",
     {"Ministry of Investment, Industry and Trade of Uzbekistan": ("ORG", "Ministry of Investment, Industry and Trade of Uzbekistan")}),
    ("Delegates of the Legislative Chamber of the Oliy Majlis and the Milli Majlis met in Baku.",
     {"Legislative Chamber of the Oliy Majlis": ("ORG", "Legislative Chamber of the Oliy Majlis of Uzbekistan"),
      "Milli Majlis": ("ORG", "Milli Majlis of Azerbaijan")}),
    ("The Supreme State Council of the Union State will meet in Minsk.",
     {"Supreme State Council of the Union State": ("ORG", "Supreme State Council of the Union State")}),
    ("ASTANA, 14 March (Kazinform) - The Investment Committee of the Ministry of Foreign Affairs of Kazakhstan and the Korea "
     "Trade Insurance Corporation (K-SURE) signed a memorandum on Thursday, the committee's press service said.",
     {"Kazinform": ("ORG", "Kazinform"),
      "Investment Committee of the Ministry of Foreign Affairs of Kazakhstan": ("ORG", "Investment Committee of the Ministry of Foreign Affairs of Kazakhstan"),
      "Korea Trade Insurance Corporation": ("ORG", "Korea Trade Insurance Corporation"), "K-SURE": ("ORG", "Korea Trade Insurance Corporation")}),
    ("The Chinese companies Zoomlion, XCMG and Sany will supply road machinery, while CRRC plans to assemble locomotives, "
     "according to the Ministry of Industry and Construction.",
     {"Zoomlion": ("ORG", "Zoomlion"), "XCMG": ("ORG", "XCMG"), "Sany": ("ORG", "Sany"), "CRRC": ("ORG", "CRRC"),
      "Ministry of Industry and Construction": ("ORG", "Ministry of Industry and Construction of Kazakhstan")}),
    ("Experts of UNDP, the World Health Organization and the Food and Agriculture Organization of the United Nations took part "
     "in the round table at the Eurasian National University.",
     {"UNDP": ("ORG", "United Nations Development Programme"), "World Health Organization": ("ORG", "World Health Organization"),
      "Food and Agriculture Organization of the United Nations": ("ORG", "Food and Agriculture Organization"),
      "Eurasian National University": ("ORG", "L.N. Gumilyov Eurasian National University")}),
    ("Mogilevkhimvolokno and Grodno Azot increased exports to Uzbekistan by 1.5 times in January-September, the Belarusian "
     "Currency and Stock Exchange and Belneftekhim reported.",
     {"Mogilevkhimvolokno": ("ORG", "Mogilevkhimvolokno"), "Grodno Azot": ("ORG", "Grodno Azot"),
      "Belarusian Currency and Stock Exchange": ("ORG", "Belarusian Currency and Stock Exchange"), "Belneftekhim": ("ORG", "Belneftekhim")}),
    ("Deutsche Bahn, Knauf and Thyssenkrupp were among the 40 German companies at the session of the working group, GIZ said.",
     {"Deutsche Bahn": ("ORG", "Deutsche Bahn"), "Knauf": ("ORG", "Knauf"), "Thyssenkrupp": ("ORG", "Thyssenkrupp"), "GIZ": ("ORG", "GIZ")}),
    ("Vitaly Vovk, who heads the Belarusian Ministry of Industry, visited the Minsk Bearing Plant and BATE on Friday.",
     {"Vitaly Vovk": ("PERSON", "Vitaly Vovk"), "Belarusian Ministry of Industry": ("ORG", "Ministry of Industry of Belarus"),
      "Minsk Bearing Plant": ("ORG", "Minsk Bearing Plant"), "BATE": ("ORG", "Borisov Plant of Automotive and Tractor Electrical Equipment")}),
    ("Trade between Costa Rica and Kazakhstan remains modest, the ministry said.", {}),
])
def test_institutions_in_wire_sentences(nlp, text, expected):
    assert entities(nlp, text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Talks between Sigmar Gabriel and Yerlan Idrissov were held in Berlin, the Kazakh Foreign Ministry said. Gabriel noted that "
     "German investment had increased by 1.5 times.", "2016-05-04",
     {"Sigmar Gabriel": "Minister for Economic Affairs and Energy", "Gabriel": "Minister for Economic Affairs and Energy",
      "Yerlan Idrissov": "Minister of Foreign Affairs"}),
    ("SEOUL, 12 May - Hwang Kyo-ahn received a delegation of the Mazhilis headed by Kabibulla Dzhakupov.", "2016-05-12",
     {"Hwang Kyo-ahn": "Prime Minister", "Kabibulla Dzhakupov": "Chairman of the Mazhilis"}),
    ("The mutual trade turnover amounted to $2.1 billion, Alexander Chervyakov and Maxim Reshetnikov said after the talks.", "2021-04-03",
     {"Alexander Chervyakov": "Minister of Economy", "Maxim Reshetnikov": "Minister of Economic Development"}),
    ("Temir Sariyev and Karim Massimov agreed to remove the barriers at the border crossings.", "2015-08-01",
     {"Temir Sariyev": "Prime Minister", "Karim Massimov": "Prime Minister"}),
])
def test_registry_people_are_found_and_hold_the_office_of_the_articles_year(nlp, text, published, expected):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    assert {e.text: e._.role["title"] for e in doc.ents if e.label_ == "PERSON"} == expected


@pytest.mark.parametrize("published, title, organisation", [
    ("2020-03-01", "Minister of Industry and Trade", "Ministry of Industry and Trade of Russia"),
    ("2025-03-01", "First Deputy Prime Minister", "Government of Russia"),
])
def test_the_same_person_holds_the_office_of_the_articles_year(nlp, published, title, organisation):
    doc = tagged(nlp, "Denis Manturov held talks with the Belarusian delegation.", people=["Denis Manturov"], published=published)
    assert people(doc)["Denis Manturov"] == ("Denis Manturov", {"title": title, "organisation": organisation, "country": "Russia"})


@pytest.mark.parametrize("text, name, organisation", [
    ("Kazakh Energy Minister Nurlan Abenov visited the plant.", "Nurlan Abenov", "Ministry of Energy of Kazakhstan"),
    ("Kazakh Health Minister Aigerim Sadykova opened the clinic.", "Aigerim Sadykova", "Ministry of Healthcare of Kazakhstan"),
    ("Belarusian Health Minister Oleg Petrovich opened the clinic.", "Oleg Petrovich", "Ministry of Health of Belarus"),
    ("Belarusian Transport Minister Ivan Sidorchuk inspected the terminal.", "Ivan Sidorchuk",
     "Ministry of Transport and Communications of Belarus"),
    ("Russian Trade Minister Pavel Orlov spoke at the session.", "Pavel Orlov", "Ministry of Industry and Trade of Russia"),
    ("Kazakh Trade Minister Daniyar Omarov signed the protocol.", "Daniyar Omarov", "Ministry of Trade and Integration of Kazakhstan"),
])
def test_a_short_ministers_title_names_the_countrys_ministry(nlp, text, name, organisation):
    doc = tagged(nlp, text, people=[name])
    assert people(doc)[name][1]["organisation"] == organisation


# --- the structures the registry covers, by kind and country

PARTNERS = ["Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Azerbaijan", "China", "Türkiye", "South Korea",
            "Germany"]


@pytest.mark.parametrize("country", ["Kazakhstan", "Belarus", *PARTNERS])
def test_each_country_has_its_government_parliament_and_foreign_ministry(registry, country):
    assert registry.institutions_of_kind("government", country), country
    assert registry.institutions_of_kind("parliament", country), country
    ministries = [a.name for a in registry.institutions_of_kind("ministry", country)]
    assert any("Foreign" in name for name in ministries), country
    assert any(word in name for name in ministries for word in ("Econom", "Trade", "Commerce")), country


@pytest.mark.parametrize("written, canonical", [
    ("EAEU", "Eurasian Economic Union"), ("EEC", "Eurasian Economic Commission"), ("CIS", "Commonwealth of Independent States"),
    ("CSTO", "Collective Security Treaty Organization"), ("SCO", "Shanghai Cooperation Organisation"), ("Union State", "Union State"),
    ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("CICA", "Conference on Interaction and Confidence Building Measures in Asia"), ("EDB", "Eurasian Development Bank"),
    ("European Union", "European Union"), ("European Commission", "European Commission"),
    ("SCO Council of Foreign Ministers", "SCO Council of Foreign Ministers"),
    ("Council of Ministers of the Union State", "Council of Ministers of the Union State"),
])
def test_the_regions_international_bodies_resolve_by_their_usual_names(registry, written, canonical):
    assert [a.name for a in registry.find(INSTITUTION, written)] == [canonical]


def test_both_chambers_of_belarus_have_their_standing_commissions(registry):
    commissions = [a.name for a in registry.institutions_of_kind("parliamentary committee", "Belarus")]
    lower = [n for n in commissions if "House of Representatives" in n]
    upper = [n for n in commissions if "Council of the Republic" in n]
    assert len(lower) >= 12 and len(upper) >= 5
    assert ("Standing Commission on Human Rights, National Relations and Mass Media of the House of Representatives of Belarus"
            in lower)


# --- a name as written: initials, hyphenated words, particles

@pytest.mark.parametrize("written, canonical", [
    ("S.Aleinik", "Sergei Aleinik"),             # an initial glued to the surname
    ("A.G. Lukashenko", "Alexander Lukashenko"),  # two initials
    ("Sh.Mirziyoyev", "Shavkat Mirziyoyev"),      # a two-letter initial
    ("Kul-Mohammed", "Mukhtar Kul-Mohammed"),     # a hyphenated surname alone is that surname, not its last part
    ("von der Leyen", "Ursula von der Leyen"),    # a surname that begins with its particles
    ("Kassym Tokayev", "Kassym-Jomart Tokayev"),  # the first part of a hyphenated given name
])
def test_a_name_resolves_by_its_initials_hyphens_and_particles(registry, written, canonical):
    assert registry.person(written).name == canonical


@pytest.mark.parametrize("written", [
    "Kim Dae-sik",       # a Korean given name is one word: "sik" is no surname shared with Kim Hwang-sik
    "Mohammed Zayed",    # no listed person
    "Dmitry Lukashenko",  # another given name with a listed surname
])
def test_a_name_of_no_listed_person_resolves_to_no_one(registry, written):
    assert registry.person(written) is None


# --- the class of office a title names, whatever the naming tradition of the country

@pytest.mark.parametrize("title, role_class", [
    ("Federal Chancellor", "prime minister"),
    ("Vice Chancellor", "deputy prime minister"),
    ("Emir of Qatar", "monarch"),
    ("Sultan", "monarch"),
    ("King of Jordan", "monarch"),
    ("State Secretary of the Security Council", "secretary"),
    ("Governor of the Tula Region", "governor"),
    ("Akim of Kostanay Region", "governor"),
    ("Deputy Akim of Almaty", "deputy governor"),  # the last of two one-word titles is the office
    ("Vice Premier of the State Council", "deputy prime minister"),
    ("Chargé d’Affaires", "ambassador"),            # accent and typographic apostrophe
    ("Charge d'Affaires a.i.", "ambassador"),
    ("Minister-Counsellor", None),                 # a diplomatic rank, no minister
    ("Deputy", None),
])
def test_a_title_names_its_class_of_office(registry, title, role_class):
    assert registry.role_class(title) == role_class
