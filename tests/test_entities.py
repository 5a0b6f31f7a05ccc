"""The entity rules, one group per rule family: real-style sentences in, exact spans out."""
import pytest

import kazbel_extract


def spans(nlp, text, label):
    return [e.text for e in nlp(text).ents if e.label_ == label]


def article_spans(text, label):
    return [e.text for e in kazbel_extract.extract(text).entities if e.label == label]


class TestTitles:
    """A PERSON is the name without title, role, country or institution in front of it."""

    @pytest.mark.parametrize(
        "text, people",
        [
            ("Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belarus Yergali Bulegenov arrived in Brest.",
             ["Yergali Bulegenov"]),
            ("Belarusian Foreign Minister Vladimir Makei met with Kazakh Foreign Minister Mukhtar Tileuberdi.",
             ["Vladimir Makei", "Mukhtar Tileuberdi"]),
            ("Deputy Prime Minister of Kazakhstan Serik Zhumangarin held talks with Belarus' Ambassador Alexei Bogdanov.",
             ["Serik Zhumangarin", "Alexei Bogdanov"]),
            ("Gomel Oblast Governor Ivan Krupko welcomed the guests.", ["Ivan Krupko"]),
            ("Uzbek Minister of Investment, Industry and Trade Laziz Kudratov signed the protocol.", ["Laziz Kudratov"]),
            ("Deputy Director General of MAZ Igor Fedorov visited Kostanay.", ["Igor Fedorov"]),
        ],
    )
    def test_titles_stay_out_of_names(self, nlp, text, people):
        assert spans(nlp, text, "PERSON") == people

    def test_a_name_after_a_title_phrase(self, nlp):
        text = "Deputy Minister of Foreign Affairs Almas Zhumabek summoned the ambassador."
        assert spans(nlp, text, "PERSON") == ["Almas Zhumabek"]

    def test_unknown_words_of_a_name_after_an_adjective_are_not_a_person(self, nlp):
        text = "The exchange signed an agreement with the Eurasian Trading System."
        assert spans(nlp, text, "PERSON") == []

    def test_a_name_after_an_institution_is_split_off_it(self, nlp):
        text = "Chairman of the Vitebsk Oblast Executive Committee Nikolai Sherstnev visited Kostanay."
        assert spans(nlp, text, "ORG") == ["Vitebsk Oblast Executive Committee"]
        assert spans(nlp, text, "PERSON") == ["Nikolai Sherstnev"]

    def test_a_title_case_headline_keeps_function_words_out_of_names(self, nlp):
        text = "Lukashenko Meets Kazakh Prime Minister Askar Mamin In Minsk"
        assert spans(nlp, text, "PERSON") == ["Lukashenko", "Askar Mamin"]

    def test_title_words_alone_are_not_people(self, nlp):
        text = "The Ambassador Extraordinary and Plenipotentiary spoke to journalists."
        assert spans(nlp, text, "PERSON") == []

    def test_a_surname_alone_is_tagged_once_the_full_name_is_known(self, nlp):
        text = "Kazakh Minister of Trade Arman Shakkaliyev arrived in Minsk. Shakkaliyev said trade grew."
        assert spans(nlp, text, "PERSON") == ["Arman Shakkaliyev", "Shakkaliyev"]

    def test_a_surname_after_a_courtesy_title(self, nlp):
        assert spans(nlp, "Mr. Rachkov congratulated the Kazakh side.", "PERSON") == ["Rachkov"]


class TestInstitutions:
    """ORG is the longest institutional name as written, its chain of parents included."""

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("He met the Chairman of the House of Representatives of the National Assembly of Belarus, Igor Sergeenko.",
             ["House of Representatives of the National Assembly of Belarus"]),
            ("The Committee on International Relations, Defence and Security of the Senate of the Parliament of the "
             "Republic of Kazakhstan met on Monday.",
             ["Committee on International Relations, Defence and Security of the Senate of the Parliament of the "
              "Republic of Kazakhstan"]),
            ("The Ministry of Foreign Affairs of the Republic of Belarus and Kazakhstan's Ministry of Trade and "
             "Integration agreed on a plan.",
             ["Ministry of Foreign Affairs of the Republic of Belarus", "Ministry of Trade and Integration"]),
            ("The Belarusian Chamber of Commerce and Industry held a forum.",
             ["Belarusian Chamber of Commerce and Industry"]),
            ("A roadmap was signed by the Astana City Administration and the Minsk City Executive Committee.",
             ["Astana City Administration", "Minsk City Executive Committee"]),
            ("Delegates of the Parliamentary Assembly of the Organization for Security and Cooperation in Europe met.",
             ["Parliamentary Assembly of the Organization for Security and Cooperation in Europe"]),
            ("The deal involves the Kazakh Trade and Integration Ministry.", ["Kazakh Trade and Integration Ministry"]),
        ],
    )
    def test_longest_name_as_written(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_an_and_list_does_not_swallow_a_second_institution(self, nlp):
        text = "The National Academy of Sciences of Belarus and Nazarbayev University will cooperate."
        assert spans(nlp, text, "ORG") == ["National Academy of Sciences of Belarus", "Nazarbayev University"]

    def test_a_chain_stops_at_a_possessive(self, nlp):
        text = "The AIFC Center for Green Technology and Kyrgyzstan's Aiyl Bank founded a company."
        assert spans(nlp, text, "ORG") == ["AIFC Center for Green Technology", "Aiyl Bank"]

    @pytest.mark.parametrize(
        "text",
        [
            "The Kazakh Parliament will ratify the agreement.",
            "The working groups set up in the parliaments of Belarus and Kazakhstan met.",
            "A Memorandum of Cooperation was signed at the Forum of Interregional Cooperation.",
        ],
    )
    def test_generic_phrases_and_documents_are_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    def test_an_acronym_in_brackets_after_a_name(self, nlp):
        text = "The mine belongs to the Eurasian Energy Corporation (EEC) of Kazakhstan."
        assert spans(nlp, text, "ORG") == ["Eurasian Energy Corporation", "EEC"]


class TestCompanies:
    def test_plants_and_brands_from_the_gazetteer(self, nlp):
        text = "Joint ventures assemble vehicles made by BelAZ, MTZ, Gomselmash, MAZ and Amkodor."
        assert spans(nlp, text, "ORG") == ["BelAZ", "MTZ", "Gomselmash", "MAZ", "Amkodor"]
        assert spans(nlp, text, "PERSON") == []

    def test_a_company_after_a_country_possessive(self, nlp):
        text = "Kazakhstan's KazMunayGas and Belarus' Belneftekhim discussed oil supplies."
        assert spans(nlp, text, "ORG") == ["KazMunayGas", "Belneftekhim"]


class TestAgencies:
    def test_agencies_are_org_never_person(self, nlp):
        text = "Kazinform has learnt from BelTA that the BelTA news agency reported it."
        assert spans(nlp, text, "ORG") == ["Kazinform", "BelTA", "BelTA"]
        assert spans(nlp, text, "PERSON") == []

    def test_the_byline_agency(self):
        assert "Trend" in article_spans(" date 2018-11-23 By Trend\n\nBelarus and Kazakhstan met.", "ORG")


class TestCountriesAreNotOrg:
    @pytest.mark.parametrize(
        "text",
        [
            "Kazakh-Chinese trade and Belarus-Kazakhstan cooperation grew in Pavlodar Oblast.",
            "Tajik-Belarusian projects were discussed in Dushanbe with the Azerbaijani side.",
            "The trade between Gomel Oblast and Pavlodar Oblast grew.",
        ],
    )
    def test_places_and_nationalities_are_neither_org_nor_person(self, nlp, text):
        doc = nlp(text)
        assert [e.text for e in doc.ents if e.label_ in ("ORG", "PERSON")] == []

    def test_regions_are_places(self, nlp):
        assert spans(nlp, "The trade between Gomel Oblast and Pavlodar Oblast grew.", "GPE") == [
            "Gomel Oblast", "Pavlodar Oblast"]


class TestDatelines:
    @pytest.mark.parametrize(
        "text, agency",
        [
            (" date 2018-04-04 MOGILEV. KAZINFORM - Kazakhstan has an interest in closer ties.", "KAZINFORM"),
            ("MINSK, 13 October (BelTA) - Diplomats of Belarus and Kazakhstan met.", "BelTA"),
            ("DUSHANBE (TCA) - Tajikistan and Belarus signed an agreement.", "TCA"),
        ],
    )
    def test_the_dateline_agency_is_org_and_the_city_is_not(self, text, agency):
        assert article_spans(text, "ORG") == [agency]


class TestMoneyShapes:
    @pytest.mark.parametrize(
        "text, money",
        [
            ("Trade reached $419.1 million in 2016.", "$419.1 million"),
            ("Trade surpassed $1bn last year.", "$1bn"),
            ("The plant costs US$5 million.", "US$5 million"),
            ("The bank lent 5 billion tenge to farmers.", "5 billion tenge"),
            ("The fund invested EUR 20 million in the park.", "EUR 20 million"),
            ("A billion dollars in trade is only the beginning.", "A billion dollars"),
            ("In 2008 the trade made up more than US2 billion.", "US2 billion"),
            ("Trade could reach $3.5-4 billion.", "$3.5-4 billion"),
            ("Exports rose to 350 million US dollars.", "350 million US dollars"),
        ],
    )
    def test_amount_with_its_currency(self, nlp, text, money):
        assert spans(nlp, text, "MONEY") == [money]

    @pytest.mark.parametrize("text", ["We should have several billions.", "We nearly reached the one-billion mark.",
                                      "The US 2020 budget was adopted."])
    def test_no_currency_no_money(self, nlp, text):
        assert spans(nlp, text, "MONEY") == []


class TestPercentShapes:
    @pytest.mark.parametrize(
        "text, percent",
        [
            ("Exports grew by 25 percent.", "25 percent"),
            ("Imports were up 12.5 per cent.", "12.5 per cent"),
            ("Trade changed by -5.3% in 2023.", "-5.3%"),
            ("Turnover was $604.1 million (56.4% up).", "56.4%"),
        ],
    )
    def test_number_with_its_sign(self, nlp, text, percent):
        assert spans(nlp, text, "PERCENT") == [percent]


class TestQualifiers:
    @pytest.mark.parametrize(
        "text, label, expected",
        [
            ("Trade totaled almost $419.1 million.", "MONEY", "$419.1 million"),
            ("Trade should reach close to $1 billion.", "MONEY", "$1 billion"),
            ("Belarusian export was as high as $38.5 million.", "MONEY", "$38.5 million"),
            ("Contracts worth over $44.1 million were signed.", "MONEY", "$44.1 million"),
            ("Trade should be at least $1 billion in 2020.", "MONEY", "$1 billion"),
            ("Last year's decline of almost 30% raises concerns.", "PERCENT", "30%"),
            ("Trade fell by nearly 13%.", "PERCENT", "13%"),
        ],
    )
    def test_qualifiers_stay_outside_the_span(self, nlp, text, label, expected):
        assert spans(nlp, text, label) == [expected]


class TestDates:
    @pytest.mark.parametrize(
        "text, date",
        [
            ("The presidents met on 16 March.", "16 March"),
            ("The sides met in Brest on 12 December 2016.", "12 December 2016"),
            ("Last year's decline raises concerns.", "Last year"),
        ],
    )
    def test_dates_without_their_preposition(self, nlp, text, date):
        assert spans(nlp, text, "DATE") == [date]

    def test_a_date_carries_its_value(self):
        doc = kazbel_extract.load().make_doc("The presidents met on 16 March.")
        doc._.published = "2018-10-31"
        doc = kazbel_extract.load()(doc)
        assert [e._.date for e in doc.ents if e.label_ == "DATE"] == ["2018-03-16"]


class TestValuesOnSpans:
    def test_money_and_percent_spans_carry_their_values(self):
        article = kazbel_extract.extract("Trade totaled almost $419.1 million, 64.8% up from 2016.")
        values = {(e.label, e.text): (e.value, e.currency) for e in article.entities}
        assert values[("MONEY", "$419.1 million")] == (419100000.0, "USD")
        assert values[("PERCENT", "64.8%")] == (64.8, None)


class TestNamingTraditions:
    """People of every tradition: titles beyond the Slavic ones, particles, initials, East Asian names, bylines."""

    @pytest.mark.parametrize(
        "text, people",
        [
            ("Sultan Haitham bin Tariq received the Kazakh delegation in Muscat.", ["Haitham bin Tariq"]),
            ("Emir Tamim bin Hamad Al Thani welcomed the guests in Doha.", ["Tamim bin Hamad Al Thani"]),
            ("European Commission President Ursula von der Leyen arrived in Astana.", ["Ursula von der Leyen"]),
            ("Chancellor Olaf Scholz held talks with the Kazakh President.", ["Olaf Scholz"]),
            ("King Abdullah II spoke first.", ["Abdullah II"]),
            ("Akim of Kostanay Region Kumar Aksakalov met the investors.", ["Kumar Aksakalov"]),
            ("State Secretary Erlan Karin opened the session.", ["Erlan Karin"]),
            ("Governor Kim Young-rok visited the plant.", ["Kim Young-rok"]),
        ],
    )
    def test_titles_of_every_tradition_introduce_a_name(self, nlp, text, people):
        assert spans(nlp, text, "PERSON") == people

    @pytest.mark.parametrize(
        "text, people",
        [
            ("The study was prepared by S.Aleinik of the institute.", ["S.Aleinik"]),
            ("The agreement was signed by A.A. Yermekov and the rector.", ["A.A. Yermekov"]),
            ("Talks with A. Karimov continued in Tashkent.", ["A. Karimov"]),
            ("The talks were attended by Zh. Ospanov and the rector.", ["Zh. Ospanov"]),
            ("The document was signed by Kh. Nurmatov in Tashkent.", ["Kh. Nurmatov"]),
        ],
    )
    def test_initials_belong_to_the_name(self, nlp, text, people):
        assert spans(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text", [
        "The talks were attended by Zh. Ospanov and A. Erofeev.",
        "Ambassador Ch. Tursunov handed over his credentials in Minsk.",
        "The agreement was signed by Yu. Ivanov and Sh. Karimov in Astana.",
    ])
    def test_a_full_stop_of_initials_does_not_end_the_sentence(self, nlp, text):
        assert len(list(nlp(text).sents)) == 1

    def test_a_surname_first_byline_on_its_own_line(self):
        text = "Trade grows\n\nSerikbayev Daulet\n\nASTANA. KAZINFORM - Trade between the countries grew."
        assert article_spans(text, "PERSON") == ["Serikbayev Daulet"]

    def test_a_capitalised_headline_pair_without_a_surname_is_no_byline(self):
        assert article_spans("Bilateral Movement\n\nTrade grew in May.", "PERSON") == []

    def test_a_surname_inside_a_full_name_mention_is_not_listed_alone(self):
        text = "Sultan Haitham bin Tariq Al Said received the delegation. The Sultan said ties were strong."
        assert article_spans(text, "PERSON") == ["Haitham bin Tariq Al Said"]


class TestOrganisationShapes:
    """Unknown organisations found by their shape, and what is not part of the name."""

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ('LLP "Kostanay Engine Plant" will assemble the tractors.', ['LLP "Kostanay Engine Plant"']),
            ("Aktobe Rail Systems LLP signed the contract.", ["Aktobe Rail Systems LLP"]),
            ("JSC Zhetysu Agro Holding exported wheat.", ["JSC Zhetysu Agro Holding"]),
            ("The wheels come from Tashkent Tyre Works OJSC and Amkodor.", ["Tashkent Tyre Works OJSC", "Amkodor"]),
            ("Orient Steel GmbH opened an office.", ["Orient Steel GmbH"]),
        ],
    )
    def test_a_legal_form_belongs_to_the_name(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The Kazakh company Kazakhmys raised output.", ["Kazakhmys"]),
            ("The Khabar TV channel showed the talks.", ["Khabar"]),
        ],
    )
    def test_a_descriptor_is_not_part_of_the_name(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_a_named_plant_with_a_lowercase_head(self, nlp):
        assert spans(nlp, "The Pavlodar tractor plant doubled output.", "ORG") == ["Pavlodar tractor plant"]

    @pytest.mark.parametrize("text", ["A Belarusian tractor plant opened near Astana.", "The MTZ plant is in Minsk."])
    def test_a_plant_described_by_a_country_or_an_acronym_is_no_new_name(self, nlp, text):
        assert not any(e.text.endswith("plant") for e in nlp(text).ents if e.label_ == "ORG")

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The Kazakh Embassy in Seoul organised the forum.", ["Kazakh Embassy in Seoul"]),
            ("The Belarusian Embassy hosted a reception.", ["Belarusian Embassy"]),
        ],
    )
    def test_a_diplomatic_mission_is_named_by_country_and_host(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_a_university_named_after_a_person_is_one_name(self, nlp):
        text = "Students of Kostanay State University named after Akhmet Baitursynuly visited Minsk."
        assert spans(nlp, text, "ORG") == ["Kostanay State University named after Akhmet Baitursynuly"]
        assert spans(nlp, text, "PERSON") == []

    def test_a_list_of_member_countries_is_not_part_of_the_name(self, nlp):
        text = "The Customs Union of Kazakhstan, Belarus and Russia was launched."
        assert spans(nlp, text, "ORG") == ["Customs Union"]

    @pytest.mark.parametrize(
        "text",
        [
            "Kazakhstan joined the Single Economic Space.",
            "Cargo moves along the Middle Corridor.",
            "The leaders met at the Palace of Independence.",
            "Trade grew 10% YoY, the MoU says.",
            "The U.S. dollar rose against the tenge.",
        ],
    )
    def test_spaces_routes_buildings_units_and_documents_are_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The European Commission approved the plan.", ["European Commission"]),
            ("The Mazhilis passed the law.", ["Mazhilis"]),
            ("The Ministry of Water Resources and Irrigation of Kazakhstan reported.",
             ["Ministry of Water Resources and Irrigation of Kazakhstan"]),
        ],
    )
    def test_registry_institutions_are_org(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_registry_descriptions_stay_generic(self, nlp):
        assert spans(nlp, "The Kazakh Parliament passed the law.", "ORG") == []


class TestSerialisation:
    """The component's data round-trips through bytes and disk, with names added at runtime."""

    TEXT = "Delegates of Qyzyl Tan Agro met the Brest team."

    @pytest.fixture()
    def extended(self):
        import spacy

        nlp = kazbel_extract.pipeline.build()
        nlp.get_pipe("kazbel_entity_rules").add_names("ORG", ["Qyzyl Tan Agro"])
        return nlp

    def test_bytes(self, extended):
        fresh = kazbel_extract.pipeline.build()
        fresh.get_pipe("kazbel_entity_rules").from_bytes(extended.get_pipe("kazbel_entity_rules").to_bytes())
        assert spans(fresh, self.TEXT, "ORG") == ["Qyzyl Tan Agro"]

    def test_bytes_honour_exclude(self, extended):
        fresh = kazbel_extract.pipeline.build()
        data = extended.get_pipe("kazbel_entity_rules").to_bytes(exclude=["organisations"])
        fresh.get_pipe("kazbel_entity_rules").from_bytes(data)
        assert spans(fresh, self.TEXT, "ORG") == []

    def test_disk_with_a_custom_data_folder_deleted_afterwards(self, tmp_path):
        import shutil

        import spacy

        from kazbel_extract.data import models_path

        custom = tmp_path / "custom"
        shutil.copytree(models_path("entity_rules"), custom)
        nlp = kazbel_extract.pipeline.build()
        nlp.remove_pipe("kazbel_entity_rules")
        nlp.add_pipe("kazbel_entity_rules", after="ner", config={"data_path": str(custom)})
        nlp.get_pipe("kazbel_entity_rules").initialize()
        nlp.get_pipe("kazbel_entity_rules").add_names("ORG", ["Qyzyl Tan Agro"])
        nlp.to_disk(tmp_path / "saved")
        shutil.rmtree(custom)
        assert spans(spacy.load(tmp_path / "saved"), self.TEXT, "ORG") == ["Qyzyl Tan Agro"]

    def test_a_misspelt_key_is_an_error(self, nlp, tmp_path):
        import shutil

        import srsly

        from kazbel_extract.data import models_path
        from kazbel_extract.vocabulary import VocabularyError

        shutil.copytree(models_path("entity_rules"), tmp_path / "entity_rules")
        lexicon = srsly.read_json(tmp_path / "entity_rules" / "lexicon.json")
        lexicon["head"] = lexicon.pop("heads")
        srsly.write_json(tmp_path / "entity_rules" / "lexicon.json", lexicon)
        with pytest.raises(VocabularyError, match="head"):
            nlp.get_pipe("kazbel_entity_rules").initialize(data_path=str(tmp_path / "entity_rules"))


class TestAnnouncedOrganisations:
    """A name that a company noun, a list of companies or a source phrase announces is ORG, without the noun."""

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The company Qarmet Steel will supply rails to Minsk.", ["Qarmet Steel"]),
            ("The Belarusian manufacturer Gefest opened a service centre.", ["Gefest"]),
            ("The Chinese automaker Changan will assemble cars in Kostanay.", ["Changan"]),
            ("A contract was signed with the joint venture Belkazagro.", ["Belkazagro"]),
            ("The holding Tabys Invest bought the mill.", ["Tabys Invest"]),
        ],
    )
    def test_a_name_after_a_company_noun(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The Samruk Energy holding will build the station.", ["Samruk Energy"]),
            ("The talks were shown by the Zhas Alash newspaper.", ["Zhas Alash"]),
            ("Trade grew, Efe news reported.", ["Efe"]),
            ("The plant was closed because of problems of the Urals VEK company.", ["Urals VEK"]),
            ("Output grew at Qazaq Silicon national company.", ["Qazaq Silicon"]),
        ],
    )
    def test_a_name_before_a_company_noun(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("Companies such as Belkart, Teploset and Agrokombinat Zhdanovichi took part.",
             ["Belkart", "Teploset", "Agrokombinat Zhdanovichi"]),
            ("Contracts went to companies including Steppe Cement and Alina Group.", ["Steppe Cement", "Alina Group"]),
            ("The manufacturers Technopark Sever, Luch and Agrotech showed their machines.",
             ["Technopark Sever", "Luch", "Agrotech"]),
        ],
    )
    def test_each_name_in_a_list_of_companies(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("Prices rose by 3%, the agency reported citing Vlast.", ["Vlast"]),
            ("Exports doubled, the portal reports with reference to Tengri Media.", ["Tengri Media"]),
            ("The figures were published by the ministry, quoting Energyprom.", ["Energyprom"]),
        ],
    )
    def test_a_source_cited(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize(
        "text",
        [
            "The Kazakh company opened a plant.",
            "Belarusian and Kazakh companies such as these signed contracts.",
            "The company President Ivan Petrov signed it.",
            "Exports doubled, the ministry said citing Minister Arman Shakkaliyev.",
            "IT companies from Minsk came to Astana.",
        ],
    )
    def test_no_name_no_organisation(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    def test_a_person_cited_stays_a_person(self, nlp):
        text = "Trade grew, the agency said citing Serik Zhumangarin."
        assert spans(nlp, text, "ORG") == []
        assert spans(nlp, text, "PERSON") == ["Serik Zhumangarin"]


class TestSitesAreNotOrg:
    """A name written with a noun of a site, building, field or zone names that place, not an organisation."""

    @pytest.mark.parametrize(
        "text",
        [
            "Trucks queued at the Nur Zholy checkpoint.",
            "Guests stayed at the Rixos Khan Shatyr hotel.",
            "The talks were held at the Ak Orda Palace.",
            "The guests stayed at the Rixos Borovoe hotel.",
            "The companies will develop the Zhenis field.",
            "Coal is mined in the open pit Bogatyr.",
            "The Khorgos free economic zone and the Astana industrial park grew.",
            "The Pavlodar Special Economic Zone attracted investors.",
        ],
    )
    def test_sites_are_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    @pytest.mark.parametrize("text", ["The CIT rate fell and the PIT rate rose.", "The station produces 300 MWh a day."])
    def test_taxes_and_units_are_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    def test_an_organisation_still_owns_its_treaty_and_summit(self, nlp):
        text = "The SCO summit discussed the CSTO Charter."
        assert spans(nlp, text, "ORG") == ["SCO", "CSTO"]

    def test_a_headline_of_titles_is_not_org(self, nlp):
        assert spans(nlp, "Kazakh, Belarusian Presidents hold talks", "ORG") == []

    def test_a_document_topic_after_on_is_not_org(self, nlp):
        text = "The Treaty on Allied Relations and the Programme on Socio-Economic Cooperation were signed."
        assert spans(nlp, text, "ORG") == []


class TestOfficeChains:
    """An office, administration or secretariat of an office holder is named by that holder's title."""

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("The Office of the First Deputy Prime Minister of Kazakhstan issued a statement.",
             ["Office of the First Deputy Prime Minister of Kazakhstan"]),
            ("The Executive Office of the President of Kazakhstan said the talks went well.",
             ["Executive Office of the President of Kazakhstan"]),
            ("The Secretariat of the Secretary General of the CSTO met in Moscow.",
             ["Secretariat of the Secretary General of the CSTO"]),
        ],
    )
    def test_an_office_of_a_title(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_a_holder_named_after_the_office_is_a_person(self, nlp):
        text = "Head of the Office of the Prime Minister of Belarus Nikolai Snopkov met the guests."
        assert spans(nlp, text, "ORG") == ["Office of the Prime Minister of Belarus"]
        assert spans(nlp, text, "PERSON") == ["Nikolai Snopkov"]

    def test_coordinated_modifiers_of_a_department(self, nlp):
        text = "Head of the Exhibitions and Congresses Department of the Foreign Ministry Pavel Utyupin spoke."
        assert spans(nlp, text, "ORG") == ["Exhibitions and Congresses Department of the Foreign Ministry"]


class TestLegalFormsInProse:
    """A legal form written in words, and a nationality before one, follow the same shapes."""

    def test_a_lowercase_legal_form_after_a_name_belongs_to_it(self, nlp):
        text = "The founders set up Silk Way Logistics private limited company in Bishkek."
        assert spans(nlp, text, "ORG") == ["Silk Way Logistics private limited company"]

    def test_a_nationality_before_a_legal_form_is_a_descriptor(self, nlp):
        assert spans(nlp, "The Kazakh LLP Agromash Holding KZ signed the deal.", "ORG") == ["LLP Agromash Holding KZ"]


class TestPeopleOfEveryTradition:
    """Names that no Slavic or Turkic ending marks: East Asian names, a counterpart, a title phrase's own words."""

    @pytest.mark.parametrize(
        "text, people",
        [
            ("Korean President Yoon Suk Yeol met the Kazakh delegation.", ["Yoon Suk Yeol"]),
            ("Vietnamese Prime Minister Pham Minh Chinh arrived in Astana.", ["Pham Minh Chinh"]),
            ("Chinese Commerce Minister Wang Wentao signed the plan.", ["Wang Wentao"]),
        ],
    )
    def test_three_part_east_asian_names_are_whole(self, nlp, text, people):
        assert spans(nlp, text, "PERSON") == people

    def test_an_east_asian_name_without_a_title(self, nlp):
        assert spans(nlp, "Talks with Nguyen Van Thanh lasted two hours.", "PERSON") == ["Nguyen Van Thanh"]

    def test_an_east_asian_surname_alone_is_the_first_word(self):
        text = "Chinese President Xi Jinping arrived in Astana. Xi said the ties were strong."
        assert article_spans(text, "PERSON") == ["Xi Jinping", "Xi"]

    def test_a_place_is_no_east_asian_name(self, nlp):
        assert spans(nlp, "Exports to Hong Kong grew.", "PERSON") == []

    def test_a_counterpart_is_named_like_a_title(self, nlp):
        text = "The President met his Zimbabwean counterpart, Emmerson Mnangagwa, in Minsk."
        assert spans(nlp, text, "PERSON") == ["Emmerson Mnangagwa"]
        assert spans(nlp, text, "ORG") == []

    def test_the_words_of_a_ministry_in_a_title_are_no_name(self, nlp):
        text = "Vice Minister of Industry and Infrastructure Development Berik Kamaliev led the delegation."
        assert spans(nlp, text, "PERSON") == ["Berik Kamaliev"]


class TestCompanyNameShapes:
    """Words only a company name is made of: "&", a combine, a body "under" an office."""

    @pytest.mark.parametrize(
        "text, orgs",
        [
            ("Hyundai Engineering & Construction will build the plant.", ["Hyundai Engineering & Construction"]),
            ("The Almalyk Mining and Metallurgical Combinat increased output.", ["Almalyk Mining and Metallurgical Combinat"]),
            ("The Statistics Agency under the President of Uzbekistan reported growth.",
             ["Statistics Agency under the President of Uzbekistan"]),
            ("The State Revenue Committee under the Ministry of Finance reported.",
             ["State Revenue Committee under the Ministry of Finance"]),
        ],
    )
    def test_company_name_shapes(self, nlp, text, orgs):
        assert spans(nlp, text, "ORG") == orgs

    def test_kazakhstan_and_belarus_are_no_company(self, nlp):
        assert spans(nlp, "Kazakhstan & Belarus: trade grows", "ORG") == []

    def test_a_fund_under_a_programme_is_not_its_parent(self, nlp):
        assert spans(nlp, "The Damu Fund under the Business Roadmap Programme lent more.", "ORG") == ["Damu Fund"]

    def test_a_company_owning_a_terminal_stays_a_company(self, nlp):
        text = "The Kazakhstan Temir Zholy container terminal opened in Khorgos."
        assert spans(nlp, text, "ORG") == ["Kazakhstan Temir Zholy"]

    def test_a_social_platform_cited_as_a_medium_is_not_org(self, nlp):
        assert spans(nlp, "Kazinform cites the official Telegram channel of the ministry.", "ORG") == ["Kazinform"]

    def test_a_person_after_a_company_noun_stays_a_person(self, nlp):
        text = "General Director of the company Nurlan Bekmukhametov signed the contract."
        assert spans(nlp, text, "ORG") == []
        assert spans(nlp, text, "PERSON") == ["Nurlan Bekmukhametov"]

    def test_a_bilateral_body_ends_on_its_two_sides(self, nlp):
        text = "The Intergovernmental Commission of Belarus and Kazakhstan met in Minsk."
        assert spans(nlp, text, "ORG") == ["Intergovernmental Commission of Belarus and Kazakhstan"]

    def test_a_residence_called_house_is_a_building(self, nlp):
        assert spans(nlp, "The talks were held at the State House in Harare.", "ORG") == []

    def test_a_site_the_base_model_calls_a_body(self, nlp):
        text = "The companies will develop the Khvalynskoye and Kurmangazy cross-border fields."
        assert spans(nlp, text, "ORG") == []

    def test_a_trade_house_is_a_company(self, nlp):
        assert spans(nlp, "The Belarusian Trade House in Almaty sells tractors.", "ORG") == ["Belarusian Trade House"]

    @pytest.mark.parametrize("text", ["The Kazakh side proposed to expand cooperation in Agriculture, Industry and Transport.",
                                      "The COVID-19 pandemic and the Ukraine Crisis slowed trade."])
    def test_generic_capitalised_words_and_events_are_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []

    def test_a_plural_head_with_generic_words_is_not_org(self, nlp):
        text = "Consortium members include the Research Institutes and Technical Universities of both countries."
        assert spans(nlp, text, "ORG") == []

    @pytest.mark.parametrize("text", ["The plant will assemble the crossover KX-CROSS and the sedan GT5.",
                                      "The tractor Belarus-3522 was shown at the fair."])
    def test_a_model_after_a_product_noun_is_not_org(self, nlp, text):
        assert spans(nlp, text, "ORG") == []
