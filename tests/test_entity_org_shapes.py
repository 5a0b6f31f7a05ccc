"""Organisation names by their shape in wire news (issue 12, must-have 1), each family in several wordings written
for these tests (none is from a corpus article). Each case gives the exact ORG entities of the sentence."""
import pytest

NATIONALITY_BEFORE_KNOWN_BRAND = [
    # a nationality before a name that opens with a known company's name describes it, as a descriptor does ("the
    # Kazakh company Kazakhmys"): the company is named by its brand and what follows it
    ("The Chinese Sinopec Engineering Group will build the polyethylene plant near Atyrau.", ["Sinopec Engineering Group"]),
    ("Under the deal, the Russian Lukoil Overseas will drill three wells in the Caspian.", ["Lukoil Overseas"]),
    ("The Korean Samsung C&T Corporation won the tender for the power station.", ["Samsung C&T Corporation"]),
    ("The Turkish Yildirim Holding will build a ferroalloy plant in Aktobe region.", ["Yildirim Holding"]),
    # so does one before a name that opens with a city or a region
    ("The Chinese Xinjiang Tianshan Cement Company will build a plant in Zhambyl region.", ["Xinjiang Tianshan Cement Company"]),
    ("The Kazakh Pavlodar Petrochemical Plant bought catalysts from the Belarusian Naftan.",
     ["Pavlodar Petrochemical Plant", "Naftan"]),
    # a nationality before generic words is the name's own, with or without a head after them
    ("The Kazakh National University and the Belarusian State University signed a memorandum.",
     ["Kazakh National University", "Belarusian State University"]),
    ("The Belarusian Potash Company shipped 2 million tonnes through Lithuanian ports.", ["Belarusian Potash Company"]),
]

COORDINATED_BODIES = [
    # "and" between two bodies: a known body after it is one of its own, no second modifier of the first one's head
    ("The Belarusian Chamber of Commerce and Industry and Atameken National Chamber of Entrepreneurs met in Minsk.",
     ["Belarusian Chamber of Commerce and Industry", "Atameken National Chamber of Entrepreneurs"]),
    ("The Ministry of Trade and Integration and Kazakh Invest National Company held a forum.",
     ["Ministry of Trade and Integration", "Kazakh Invest National Company"]),
    # two modifiers of one head stay one name
    ("The Kazakh Trade and Integration Ministry reported the figures.", ["Kazakh Trade and Integration Ministry"]),
]

SLOGANS_AND_LABELS = [
    # a quoted phrase led by a verb is a label or slogan ("Made in ..."), no company, even after "the brand"
    ('Goods sold under the brand "Made in Kazakhstan" reached Minsk shops.', []),
    ('The Belarusian brand "Made in Belarus" was shown at the fair in Almaty.', []),
    ('Products of the brand "Grown in Kazakhstan" will be exported to China.', []),
    # a quoted name after "the brand" is still the company's when it is a name
    ('The brand "Milavitsa" opened two shops in Astana.', ["Milavitsa"]),
]

REGIONAL_SUBSIDIARIES = [
    # a known company's name with a country or region written right after it, ending the noun phrase, names its
    # subsidiary there: one name as written
    ("Huawei Technologies Kazakhstan will build a data centre in Astana.", ["Huawei Technologies Kazakhstan"]),
    ("Samsung Electronics Central Asia opened a service centre in Almaty.", ["Samsung Electronics Central Asia"]),
    ("Lukoil Uzbekistan and Gazprom Neft signed a supply contract.", ["Lukoil Uzbekistan", "Gazprom Neft"]),
    # a place after the name that begins another phrase or a list is no part of it
    ("Investments by Huawei in Kazakhstan grew by 10%.", ["Huawei"]),
    ("Huawei, Kazakhstan and Belarus signed a memorandum on digital skills.", ["Huawei"]),
    ("The Huawei Kazakhstan office employs 300 people.", ["Huawei Kazakhstan"]),
    # after an acronym, mostly a body's, the country is where its office is
    ("The OSCE Uzbekistan office and the UN Kazakhstan team held a seminar on water.", ["OSCE", "UN"]),
]

LEGAL_FORMS_OF_MANY_LANGUAGES = [
    # legal forms after a name, with their stops, in the languages of the partners
    ("Eni S.p.A. and Total SA are partners in the offshore consortium.", ["Eni S.p.A.", "Total SA"]),
    ("The contract was signed with Danieli S.r.l. and Petronas Sdn Bhd.", ["Danieli S.r.l.", "Petronas Sdn Bhd"]),
    ("Wartsila Oy and Tekfen Insaat A.S. supplied equipment for the terminal.", ["Wartsila Oy", "Tekfen Insaat A.S."]),
    ("Siemens Energy B.V. opened an office in Tashkent.", ["Siemens Energy B.V."]),
    ("Representatives of Deere & Company and CLAAS KGaA mbH attended the field day.", ["Deere & Company", "CLAAS KGaA mbH"]),
    ("Krone GmbH & Co. KG will assemble balers in Kostanay.", ["Krone GmbH & Co. KG"]),
    ("Linde GmbH and Siemens AG will supply equipment worth 40 million euros.", ["Linde GmbH", "Siemens AG"]),
    ("Mitsubishi Corporation and Toyota Tsusho Corp. opened a joint office in Astana.",
     ["Mitsubishi Corporation", "Toyota Tsusho Corp."]),
]

SITES_NAMED_BY_THEIR_NOUN = [
    # a technology park is a site, as industrial parks and zones are (the guidelines): no ORG, nor a person's name
    ("The Zhongguancun Science Park and Technopark Alatau signed an agreement on start-ups.", []),
    ("Residents of Technopolis Minsk exported software worth $20 million.", []),
    # a body that runs the site is named by its own head
    ("The Hi-Tech Park Administration reported that exports grew by 30%.", ["Hi-Tech Park Administration"]),
]


def org_texts(nlp, text):
    return sorted({e.text for e in nlp(text).ents if e.label_ == "ORG"})


@pytest.mark.parametrize("text, orgs", NATIONALITY_BEFORE_KNOWN_BRAND + COORDINATED_BODIES + SLOGANS_AND_LABELS + REGIONAL_SUBSIDIARIES
                         + LEGAL_FORMS_OF_MANY_LANGUAGES + SITES_NAMED_BY_THEIR_NOUN)
def test_org_shape(nlp, text, orgs):
    assert org_texts(nlp, text) == sorted(orgs)


@pytest.mark.parametrize("text", [text for text, _ in SITES_NAMED_BY_THEIR_NOUN[:2]])
def test_a_site_is_no_person(nlp, text):
    assert not [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
