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
