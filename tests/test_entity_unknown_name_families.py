"""Names no gazetteer holds: people and organisations recognised by the shape around them (a byline, an inverted
attribution, a kinship noun, a title of any tradition, an organisation's head noun, a glued company name), each
family in several wordings, with exact entity texts and labels. The names are invented."""
import pytest


def ents(nlp, text, label):
    return [e.text for e in nlp(text).ents if e.label_ == label]


class TestBylines:
    """A line of writers' names after "By" names people, whatever the names' shape."""

    @pytest.mark.parametrize("text, people", [
        ("Grain exports grow\n\nBy Torvald Brennicke\nPublished: 2 June 2023\n\nThe two ministries agreed on quotas.",
         ["Torvald Brennicke"]),
        ("Rail freight rises\nBy Ramiro Quesnel\n\nThe railway carried more containers this spring.", ["Ramiro Quesnel"]),
        ("New plant opens\nBy Ulla Sorvik and Edvin Halvorsen\nThe factory will make buses.", ["Ulla Sorvik", "Edvin Halvorsen"]),
        ("Talks in the capital\nWritten by Ines Marrow\nThe delegations met on Monday.", ["Ines Marrow"]),
    ])
    def test_the_names_of_a_byline_are_people(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text", [
        "Trade news\nBy Tuesday the ministry had answered.\nThe talks went on.",
        "Trade news\nBy noon the trucks had crossed the border.\nThe talks went on.",
    ])
    def test_a_sentence_opened_by_by_is_no_byline(self, nlp, text):
        assert ents(nlp, text, "PERSON") == []


class TestInvertedAttributions:
    """A verb of saying that opens a sentence before the speaker ("Said X, adding ...") is no given name."""

    @pytest.mark.parametrize("text, people", [
        ("Finance Minister Olivia Brennicke opened the forum. Exports rose. Said Brennicke, adding that the figure would grow.",
         ["Olivia Brennicke", "Brennicke"]),
        ("Trade grew by a third, Minister Anselm Quarrie said. Noted Quarrie, stressing the role of rail: \"It is only the start.\"",
         ["Anselm Quarrie", "Quarrie"]),
        ("The talks were led by Deputy Minister Ramiro Quesnel. Added Quesnel, speaking to reporters, \"we are ready\".",
         ["Ramiro Quesnel", "Quesnel"]),
    ])
    def test_the_verb_stays_out_of_the_name(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text, people", [
        ("Said Al-Masri, the minister, told reporters that trade grew.", ["Said Al-Masri"]),
        ("Said Al-Masri noted that the plant would open in May.", ["Said Al-Masri"]),
    ])
    def test_the_given_name_said_before_its_own_verb_stays(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people


class TestKinship:
    """A capitalised name after a noun of family relation is a person's, a given name alone too."""

    @pytest.mark.parametrize("text, people", [
        ("The governor opened the fair, and his nephew Bauyrzhan handed out the prizes.", ["Bauyrzhan"]),
        ("The minister arrived with his wife Ulla and their daughter Marta.", ["Ulla", "Marta"]),
        ("The envoy was joined by her brother Tamerlan at the reception.", ["Tamerlan"]),
        ("The company was founded by his grandson Ramiro Quesnel in 1990.", ["Ramiro Quesnel"]),
    ])
    def test_a_name_after_a_kinship_noun(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text", [
        "Kostanay and its sister city Almaty signed a memorandum.",
        "The mother company and its daughter enterprise merged.",
    ])
    def test_a_kinship_noun_before_a_place_or_a_noun_names_nobody(self, nlp, text):
        assert ents(nlp, text, "PERSON") == []


class TestNamesOfEveryTradition:
    """Names of many traditions after titles beyond the Slavic ones."""

    @pytest.mark.parametrize("text, people", [
        ("Chancellor Olaf Scholz received President Tokayev.", ["Olaf Scholz", "Tokayev"]),
        ("Emir Tamim bin Hamad Al Thani welcomed the delegation.", ["Tamim bin Hamad Al Thani"]),
        ("Sultan Haitham bin Tariq met the visiting minister.", ["Haitham bin Tariq"]),
        ("King Abdullah II arrived in the capital.", ["Abdullah II"]),
        ("State Secretary Torvald Brennicke held talks in Minsk.", ["Torvald Brennicke"]),
        ("Akim of the region Quentin Marrow toured the plant.", ["Quentin Marrow"]),
    ])
    def test_titles_of_monarchs_and_officials(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text, people", [
        ("Korean Deputy Minister Kim Sung-ho met his counterpart.", ["Kim Sung-ho"]),
        ("Ambassador Nguyen Van Thanh handed over his credentials.", ["Nguyen Van Thanh"]),
        ("Vice Minister Liu Jianguo visited the tractor works.", ["Liu Jianguo"]),
        ("German businessman Hans-Peter Vogel opened the plant.", ["Hans-Peter Vogel"]),
        ("Minister Khalid bin Saleh al-Falih met the delegation.", ["Khalid bin Saleh al-Falih"]),
        ("The deputy minister S.Aleinik opened the session.", ["S.Aleinik"]),
    ])
    def test_names_of_several_traditions(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people

    @pytest.mark.parametrize("text, org, person", [
        ("The council was chaired by Chairman of the Cabinet of Ministers Kyrgyzstan Park Ji-hoon.",
         ["Cabinet of Ministers Kyrgyzstan"], ["Park Ji-hoon"]),
        ("The deal was signed by the head of the Kazakh Railways Company Park Min-jae.", ["Kazakh Railways Company"], ["Park Min-jae"]),
    ])
    def test_a_korean_family_name_that_is_a_site_noun_ends_no_site(self, nlp, text, org, person):
        assert ents(nlp, text, "ORG") == org
        assert ents(nlp, text, "PERSON") == person


class TestPersonsCitedAsSources:
    """A person named in full is the same person when cited as a source later ("according to X")."""

    @pytest.mark.parametrize("text, people", [
        ("Governor of the region Matthias Brenner opened the fair. According to Matthias Brenner, the fair drew 300 firms.",
         ["Matthias Brenner", "Matthias Brenner"]),
        ("President Hans-Peter Vogel arrived on Monday. Ten deals were signed, according to Vogel.", ["Hans-Peter Vogel", "Vogel"]),
        ("Deputy Minister Ulla Sorvik spoke first. Exports doubled, citing Sorvik, the agency wrote.", ["Ulla Sorvik", "Sorvik"]),
    ])
    def test_the_source_is_the_person(self, nlp, text, people):
        assert ents(nlp, text, "PERSON") == people
        assert ents(nlp, text, "ORG") == []


class TestOrganisationHeads:
    """A head noun of an organisation ends a name of unknown words."""

    @pytest.mark.parametrize("text, orgs", [
        ("The Trans-Varnok Pipeline Consortium ships crude oil to the port.", ["Trans-Varnok Pipeline Consortium"]),
        ("The Kelmar Pipeline Consortium raised its tariff.", ["Kelmar Pipeline Consortium"]),
        ("A unit of Velora Consortium won the tender.", ["Velora Consortium"]),
        ("The Drennik Syndicate bought the mill.", ["Drennik Syndicate"]),
        ("The members of the Consortium met in Astana.", ["Consortium"]),
    ])
    def test_a_consortium_and_other_heads(self, nlp, text, orgs):
        assert ents(nlp, text, "ORG") == orgs


class TestGluedCompanyNames:
    """One word of capitalised parts glued together, one part a line of business, is a company's name; a surname with
    a glued prefix, a platform, an event and words run together by a lost space are not."""

    @pytest.mark.parametrize("text, orgs", [
        ("VostKamStroy will build the new hospital.", ["VostKamStroy"]),
        ("The deal was signed with KazTerraGas on Friday.", ["KazTerraGas"]),
        ("Shares of VarnokMash fell by 3%.", ["VarnokMash"]),
        ("KazTerraGas Holding raised its output.", ["KazTerraGas Holding"]),
        ("The contract went to SinoKelmarTrans and TransVarnokOil.", ["SinoKelmarTrans", "TransVarnokOil"]),
    ])
    def test_a_glued_name_is_a_company(self, nlp, text, orgs):
        assert ents(nlp, text, "ORG") == orgs

    @pytest.mark.parametrize("text", [
        "The actor Leonardo DiCaprio and Mr. McDonald visited the plant.",
        "Professor Ewan MacTrans spoke at the forum.",
        "The video was posted on YouTube and WhatsApp.",
        "The delegation visited BelarusThe talks went well.",
        "The AgroExpo fair opened on Monday.",
    ])
    def test_no_company_in_a_prefixed_surname_a_platform_or_lost_space(self, nlp, text):
        assert ents(nlp, text, "ORG") == []


class TestHolderAfterATitlesOffice:
    """After a title, its office and "of", the unknown name after the body is its holder, no part of the body."""

    @pytest.mark.parametrize("text, org, person", [
        ("The Vice-Rector for Research of the State University of Transport Ulla Sorvik took part in the meeting.",
         ["State University of Transport"], ["Ulla Sorvik"]),
        ("The Director for Trade and Investment of the Agency of Industry Torvald Brennicke opened the fair.",
         ["Agency of Industry"], ["Torvald Brennicke"]),
        ("The Pro-Rector for Science of the Academy of Agriculture Ramiro Quesnel gave a lecture.",
         ["Academy of Agriculture"], ["Ramiro Quesnel"]),
    ])
    def test_the_holder_is_split_off(self, nlp, text, org, person):
        assert ents(nlp, text, "ORG") == org
        assert ents(nlp, text, "PERSON") == person
