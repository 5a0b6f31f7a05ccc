"""The registry data: every listed institution and office resolves, in the registry and in sentences.

Parametrised over the data files of `models/actors/`, so a record a user adds is checked like the shipped ones: a grid
generated from the records (every institution name the entity rules read, in sentence frames in turn; every person's
spellings in the first, last and following year of each office), the consistency of the records (offices in order, one
holder of an office at a time), and hand-written cases around successions and of wire wordings.
"""
from __future__ import annotations

from datetime import date

import pytest

from kazbel_extract.data import models_path
from kazbel_extract.registry import INSTITUTION, PERSON, Registry, _read_jsonl, fold
from kazbel_extract import vocabulary
from kazbel_extract.entities.data import read_data
from test_actors import people, tagged

ACTORS = models_path("actors")
INSTITUTIONS = [r for p in sorted(ACTORS.glob("institutions*.jsonl")) for r in _read_jsonl(p)]
PEOPLE = [r for p in sorted(ACTORS.glob("people*.jsonl")) for r in _read_jsonl(p)]
IN_A_SENTENCE = "Representatives of the {} took part in the talks on Tuesday."


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_dir(ACTORS)


PRESENT = date.today().year  # an open office is held up to now


def _office_in(offices: list[dict], year: int) -> dict | None | bool:
    """The office the registry gives for `year`, read off the records: the one held that year; in a year one office
    ends and the next begins, the one begun; None in a year of no office; False when the records do not say (two
    begun the same year)."""
    held = [o for o in offices if o["from"] <= year <= (o.get("to") or PRESENT)]
    begun = [o for o in held if o["from"] == year]
    if len(held) < 2:
        return held[0] if held else None
    return begun[0] if len(held) == 2 and len(begun) == 1 else False


def _office_years(record: dict) -> list[tuple[str, int, dict | None]]:
    """(spelling, year, office) of a person whose offices are all dated: each office in its first and last year
    (this year when open) and the year after it ended, under the canonical name; each other full spelling once, in
    one of those years."""
    offices = record.get("offices", [])
    if not offices or any(o.get("from") is None for o in offices):
        return []
    years = sorted({y for o in offices for y in (o["from"], o.get("to") or PRESENT, (o.get("to") or PRESENT) + 1)
                    if y <= PRESENT})
    years = [y for y in years if _office_in(offices, y) is not False]
    spellings = [s for s in record.get("aliases", []) if len(s.split()) > 1 and s != record["name"]]
    cases = [(record["name"], year, _office_in(offices, year)) for year in years]
    return cases + [(s, years[i % len(years)], _office_in(offices, years[i % len(years)])) for i, s in enumerate(spellings)]


OFFICE_YEARS = [(r["name"], spelling, year, office) for r in PEOPLE for spelling, year, office in _office_years(r)]
# the wordings an institution's name stands in, one per name in turn
ORG_FRAMES = [
    "The {} said on Tuesday that the consultations would continue in autumn.",
    "According to the {}, the document is ready for signing.",  # not at the end: "the U.N.." is no wire spelling
    "A delegation of the {} arrived for two days of consultations.",
    "Experts from the {} and several universities discussed the transport corridor.",
    "The {}'s press service reported the figures on Friday.",
    "ASTANA, 3 March - The {} has proposed new dates for the session.",
    IN_A_SENTENCE,
]


# --- institutions

def _name_spellings() -> list[tuple[str, str]]:
    """(spelling, canonical) of every institution name the entity rules read as a name: the canonical names and the
    aliases written as names (`entities.data.registry_names`)."""
    names = set(read_data(models_path("entity_rules"))["institutions"]["names"])
    return [(spelling, r["name"]) for r in INSTITUTIONS for spelling in dict.fromkeys([r["name"], *r.get("aliases", [])])
            if spelling in names]


NAME_SPELLINGS = _name_spellings()


@pytest.fixture(scope="module")
def registry_names_in_sentences(nlp) -> list[list[tuple[str, str | None]]]:
    """(text, actor) of the ORG entities of a sentence naming an institution by each spelling, the frames in turn."""
    texts = [ORG_FRAMES[i % len(ORG_FRAMES)].format(spelling) for i, (spelling, _) in enumerate(NAME_SPELLINGS)]
    return [[(e.text, e._.actor) for e in doc.ents if e.label_ == "ORG"] for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("i, spelling, canonical", [(i, *case) for i, case in enumerate(NAME_SPELLINGS)],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_each_name_of_an_institution_is_one_org_entity_of_its_actor(registry, registry_names_in_sentences, i, spelling, canonical):
    """The whole name is the entity, and its actor the institution; a bare name several countries' institutions share
    ("Ministry of Finance") is none of them without a country beside it."""
    shared = len(registry.find(INSTITUTION, spelling)) > 1
    assert registry_names_in_sentences[i] == [(spelling, None if shared else canonical)]


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


@pytest.mark.parametrize("written, canonical", [
    ("Russian Economy Ministry", "Ministry of Economic Development of Russia"),
    ("Russia's Trade Ministry", "Ministry of Industry and Trade of Russia"),
    ("Uzbek Finance Ministry", "Ministry of Economy and Finance of Uzbekistan"),
    ("Kyrgyz Economy Ministry", "Ministry of Economy and Commerce of Kyrgyzstan"),
    ("Ministry of Transport of the Kyrgyz Republic", "Ministry of Transport and Communications of Kyrgyzstan"),
    ("Tajikistan Trade Ministry", "Ministry of Economic Development and Trade of Tajikistan"),
    ("Tajik Energy Ministry", "Ministry of Energy and Water Resources of Tajikistan"),
    ("Turkmen Trade Ministry", "Ministry of Trade and Foreign Economic Relations of Turkmenistan"),
    ("Finance Ministry of Turkmenistan", "Ministry of Finance and Economy of Turkmenistan"),
    ("Chinese Trade Ministry", "Ministry of Commerce of China"),
    ("Turkish Finance Ministry", "Ministry of Treasury and Finance of Türkiye"),
    ("Ministry of Energy of the Republic of Türkiye", "Ministry of Energy and Natural Resources of Türkiye"),
    ("Korean Trade Ministry", "Ministry of Trade, Industry and Energy of South Korea"),
    ("South Korea's Finance Ministry", "Ministry of Economy and Finance of South Korea"),
    ("South Korean Parliament", "National Assembly of South Korea"),
    ("Belarusian Transport Ministry", "Ministry of Transport and Communications of Belarus"),
])
def test_a_ministry_is_found_under_the_short_portfolio_word_the_wire_uses(registry, written, canonical):
    """The wire shortens a ministry of several portfolios to one of them ("the Turkish Finance Ministry"): the
    country's ministry holding that portfolio, in every form of the country."""
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


@pytest.fixture(scope="module")
def office_years_in_sentences(nlp) -> list[list[tuple[str, str | None, dict | None]]]:
    """(text, actor, role) of the PERSON entities of a sentence naming a person, untitled, published in a year."""
    docs = []
    for _, spelling, year, _ in OFFICE_YEARS:
        doc = nlp.make_doc(f"{spelling} arrived in the capital on Monday for two days of talks.")
        doc._.published = f"{year}-06-15"
        docs.append(doc)
    return [[(e.text, e._.actor, e._.role) for e in doc.ents if e.label_ == "PERSON"] for doc in nlp.pipe(docs)]


@pytest.mark.parametrize("i, name, spelling, year, office", [(i, *case) for i, case in enumerate(OFFICE_YEARS)],
                         ids=lambda x: str(x) if isinstance(x, (str, int)) else None)
def test_a_name_without_title_gets_the_office_of_the_articles_year(office_years_in_sentences, i, name, spelling, year, office):
    """In an office's first and last year and the year after it, the name, as the wire spells it, is the person
    holding that office then (or none: a person of no country and no office then has no role)."""
    country = next(r.get("country") for r in PEOPLE if r["name"] == name)
    role = {"title": office["title"] if office else None, "organisation": office.get("organisation") if office else None,
            "country": country}
    assert office_years_in_sentences[i] == [(spelling, name, role if any(role.values()) else None)]  # nothing known: no role


@pytest.mark.parametrize("record", [r for r in PEOPLE if r.get("offices")], ids=lambda r: r["name"])
def test_a_persons_offices_follow_one_another(record):
    """One office a year is what the registry gives, so offices are listed in order and share at most the year one
    ends and the next begins; none ends before it begins."""
    dated = [o for o in record["offices"] if o.get("from") is not None]
    for office in record["offices"]:
        assert None in (office.get("from"), office.get("to")) or office["from"] <= office["to"], office
    for earlier, later in zip(dated, dated[1:]):
        assert earlier.get("to") is not None and earlier["to"] <= later["from"], (earlier, later)


def _single_offices() -> dict[tuple, list[tuple[int, int | None, str]]]:
    """(country, institution, office class) -> (from, to, name) of its dated holders: every office but a deputy's,
    which several hold at once. The institution is the canonical one, whichever of its names the office gives
    (Kyrgyzstan's prime ministers of the "Government" and chairmen of the Cabinet of Ministers hold one office)."""
    registry = Registry.from_dir(ACTORS)
    holders: dict[tuple, list] = {}
    for r in PEOPLE:
        for o in r.get("offices", []):
            role_class = registry.role_class(o["title"])
            if o.get("from") is not None and not (role_class or "").startswith("deputy"):
                institution = registry.find(INSTITUTION, o["organisation"])[0].name if o.get("organisation") else None
                key = (r.get("country") if institution is None else None, institution, role_class)
                holders.setdefault(key, []).append((o["from"], o.get("to"), r["name"]))
    return holders


@pytest.mark.parametrize("record", [r for r in PEOPLE if r.get("offices")], ids=lambda r: r["name"])
def test_an_office_is_at_an_institution_of_the_persons_country_or_of_none(registry, record):
    """A person's offices are at home or at an international body (an Armenian chairs the Eurasian Economic
    Commission's board), never at another country's institution."""
    for office in (o for o in record["offices"] if o.get("organisation")):
        assert registry.find(INSTITUTION, office["organisation"])[0].country in (None, record.get("country")), office


@pytest.mark.parametrize("office, holders", sorted(_single_offices().items(), key=str), ids=str)
def test_an_office_has_one_holder_at_a_time(office, holders):
    """Holders follow one another: each takes the office in the year the one before left it, or later."""
    holders = sorted(holders, key=lambda h: (h[0], h[1] or PRESENT))
    for (_, left, before), (came, _, after) in zip(holders, holders[1:]):
        assert left is not None and left <= came, (before, after)


def test_the_offices_without_a_year_are_the_known_ones():
    """The shipped records leave a year out only where it is not known (README, "Actors"); a new record comes dated."""
    undated = {r["name"] for r in _read_jsonl(ACTORS / "people.jsonl") for o in r.get("offices", []) if o.get("from") is None}
    assert undated == {"Yergali Bulegenov", "Askar Beisenbayev", "Anatoly Nichkasov", "Andrei Yevdochenko", "Sergei Rachkov",
                       "Alexei Bogdanov", "Artur Karpovich", "Valentin Chekanov"}


@pytest.mark.parametrize("text, published, name, title, organisation", [
    # the year one office ends and the next begins: the office begun
    ("Kassym-Jomart Tokayev addressed the forum in the capital.", "2019-09-10", "Kassym-Jomart Tokayev", "President", None),
    ("The talks with Vladimir Makei lasted two hours.", "2012-11-20", "Vladimir Makei", "Minister of Foreign Affairs",
     "Ministry of Foreign Affairs of Belarus"),
    ("A message from Mikhail Myasnikovich was read out at the opening.", "2015-03-02", "Mikhail Myasnikovich",
     "Chairman of the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("On Friday Ararat Mirzoyan received the ambassadors.", "2021-10-08", "Ararat Mirzoyan", "Minister of Foreign Affairs",
     "Ministry of Foreign Affairs of Armenia"),
    # a year inside one office, after an earlier one or before a later one
    ("Kassym-Jomart Tokayev spoke about water security.", "2012-04-16", "Kassym-Jomart Tokayev",
     "Director-General of the United Nations Office at Geneva", "United Nations"),
    ("The delegation was received by Karim Massimov.", "2013-07-01", "Karim Massimov", "Head of the Presidential Administration",
     "Presidential Administration of Kazakhstan"),
    ("Dmitry Medvedev commented on the sanctions.", "2023-02-14", "Dmitry Medvedev", "Deputy Chairman of the Security Council",
     "Security Council of Russia"),
    ("Ruslan Kazakbaev visited the border posts.", "2011-05-25", "Ruslan Kazakbaev", "Minister of Foreign Affairs",
     "Ministry of Foreign Affairs of Kyrgyzstan"),
    ("Ararat Mirzoyan opened the session of the parliament.", "2020-02-03", "Ararat Mirzoyan", "Speaker of the National Assembly",
     "National Assembly of Armenia"),
    ("According to Mikayil Jabbarov, the investment grew.", "2022-06-30", "Mikayil Jabbarov", "Minister of Economy",
     "Ministry of Economy of Azerbaijan"),
    ("The trade talks were chaired by Maros Sefcovic.", "2025-04-09", "Maroš Šefčovič",
     "European Commissioner for Trade and Economic Security", "European Commission"),
    ("Valdis Dombrovskis and the ministers of the region met in Samarkand.", "2022-11-18", "Valdis Dombrovskis",
     "European Commissioner for Trade", "European Commission"),
    ("Boris Gryzlov laid flowers at the memorial in Brest.", "2023-06-22", "Boris Gryzlov", "Ambassador of Russia to Belarus",
     "Embassy of Russia in Belarus"),
    ("Dmitry Mezentsev handed over the letter in Minsk.", "2020-01-20", "Dmitry Mezentsev", "Ambassador of Russia to Belarus",
     "Embassy of Russia in Belarus"),
    ("The programmes were reviewed by Dmitry Mezentsev.", "2021-09-09", "Dmitry Mezentsev", "State Secretary of the Union State",
     "Permanent Committee of the Union State"),
    ("Grigory Rapota presented the budget of the Union State.", "2015-10-27", "Grigory Rapota",
     "State Secretary of the Union State", "Permanent Committee of the Union State"),
    ("Baghdad Amreyev opened the summit in Istanbul.", "2021-11-12", "Baghdad Amreyev",
     "Secretary General of the Organization of Turkic States", "Secretariat of the Organization of Turkic States"),
    ("Timur Suleimenov announced the base rate.", "2024-07-12", "Timur Suleimenov", "Chairman of the National Bank",
     "National Bank of Kazakhstan"),
    # a year between two offices, or before any: no office
    ("Bakhytzhan Sagintayev took part in the discussion.", "2023-05-05", "Bakhytzhan Sagintayev", None, None),
    ("Ruslan Kazakbaev took part in the discussion.", "2016-05-05", "Ruslan Kazakbaev", None, None),
    ("The book by Yerlan Idrissov was presented in Almaty.", "2006-10-12", "Yerlan Idrissov", None, None),
    ("Phil Hogan spoke at the conference in Dublin.", "2022-03-01", "Phil Hogan", None, None),
    ("Timur Suleimenov answered the questions of the deputies.", "2021-04-20", "Timur Suleimenov", None, None),
])
def test_a_name_gets_the_office_of_the_articles_year_around_a_succession(nlp, text, published, name, title, organisation):
    doc = nlp.make_doc(text)
    doc._.published = published
    roles = {e._.actor: e._.role or {} for e in nlp(doc).ents if e.label_ == "PERSON"}  # no role: nothing known
    assert (roles[name].get("title"), roles[name].get("organisation")) == (title, organisation)


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
    ("The Standing Commission on Ecology, Nature Management and Chernobyl Disaster Consequences of the House of "
     "Representatives discussed the draft on Thursday.",
     {"Standing Commission on Ecology, Nature Management and Chernobyl Disaster Consequences of the House of Representatives":
      ("ORG", "Standing Commission on Ecology, Nature Management and Chernobyl Disaster Consequences of the House of Representatives of Belarus")}),
    ("A member of the Russian Security Council and officials of the Armenian Foreign Ministry attended the meeting.",
     {"Russian Security Council": ("ORG", "Security Council of Russia"),
      "Armenian Foreign Ministry": ("ORG", "Ministry of Foreign Affairs of Armenia")}),
    ("Deputies of the Grand National Assembly and an official of the Economy Ministry of Kyrgyzstan joined the forum.",
     {"Grand National Assembly": ("ORG", "Grand National Assembly of Türkiye"),
      "Economy Ministry of Kyrgyzstan": ("ORG", "Ministry of Economy and Commerce of Kyrgyzstan")}),
    ("Staff of the Russian Embassy in Belarus visited the plant.",
     {"Russian Embassy in Belarus": ("ORG", "Embassy of Russia in Belarus")}),
    ("The National Assembly of Armenia ratified the agreement, the Ministry of Economy of Armenia reported.",
     {"National Assembly of Armenia": ("ORG", "National Assembly of Armenia"),
      "Ministry of Economy of Armenia": ("ORG", "Ministry of Economy of Armenia")}),
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
    ("Turkish Finance Minister Ali Demirci presented the budget.", "Ali Demirci", "Ministry of Treasury and Finance of Türkiye"),
    ("Tajik Energy Minister Daler Juma inspected the dam.", "Daler Juma", "Ministry of Energy and Water Resources of Tajikistan"),
    ("Uzbek Finance Minister Timur Ishmetov met the bankers.", "Timur Ishmetov", "Ministry of Economy and Finance of Uzbekistan"),
    ("Russian Economy Minister Pavel Orlov gave the forecast.", "Pavel Orlov", "Ministry of Economic Development of Russia"),
])
def test_a_short_ministers_title_names_the_countrys_ministry(nlp, text, name, organisation):
    doc = tagged(nlp, text, people=[name])
    assert people(doc)[name][1]["organisation"] == organisation


# --- the structures the registry covers, by kind and country

PARTNERS = ["Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Azerbaijan", "China", "Türkiye", "South Korea",
            "Germany", "Armenia"]


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
    # the EU's own foreign service, trade department and parliament, as a partner's ministries and parliament
    ("European External Action Service", "European External Action Service"), ("EEAS", "European External Action Service"),
    ("Directorate-General for Trade", "Directorate-General for Trade"), ("European Parliament", "European Parliament"),
    ("SCO Council of Foreign Ministers", "SCO Council of Foreign Ministers"),
    ("Council of Ministers of the Union State", "Council of Ministers of the Union State"),
])
def test_the_regions_international_bodies_resolve_by_their_usual_names(registry, written, canonical):
    assert [a.name for a in registry.find(INSTITUTION, written)] == [canonical]


def test_both_chambers_of_belarus_have_their_standing_commissions(registry):
    commissions = [a.name for a in registry.institutions_of_kind("parliamentary committee", "Belarus")]
    lower = [n for n in commissions if "House of Representatives" in n]
    upper = [n for n in commissions if "Council of the Republic" in n]
    assert len(lower) == 14 and len(upper) == 5  # every standing commission of each chamber
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
