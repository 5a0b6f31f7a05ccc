"""Registry grid: every listed class of institution and office resolves, whatever usual form the wire writes it in.

Dimensions (each a complete class of English wire wording):
- MINISTRIES x MINISTRY_FORMS: every ministry of both governments and the partners' foreign and trade ministries, in each
  usual form of a ministry's name ("Ministry of Foreign Affairs of Kazakhstan", "... of the Republic of Kazakhstan",
  "Kazakh Foreign Ministry", "Kazakhstan Foreign Ministry", "Kazakhstan's Foreign Ministry", "MFA of Kazakhstan").
- OTHER_INSTITUTIONS: chambers, presidential administrations, every regional executive, companies and the region's
  international bodies, each with its usual spellings.
- FRAMES: where the name stands (subject, after "according to", after "of", in a list, before "'s", after a dateline).
  Forms x frames is a pairwise sub-grid: every form in the subject frame, every frame with two forms of each.
- HOLDERS x NAME_FORMS x title frames: the office a person holds in the article's year (Kazakhstan's foreign minister
  of 2015 is not the one of 2024), for each usual spelling of the name, alone, after a written title, and with an
  appositive title.
- COUNTRY_FORMS: a record a user adds is found in every form of its country and never for another country.
"""
from __future__ import annotations

import pytest

# --- dimension: the ministries, by country (canonical, country, country adjective, short word, portfolio)
MINISTRIES = [
    ("Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan", "Kazakh", "Foreign", "Foreign Affairs"),
    ("Ministry of Trade and Integration of Kazakhstan", "Kazakhstan", "Kazakh", "Trade and Integration", "Trade and Integration"),
    ("Ministry of National Economy of Kazakhstan", "Kazakhstan", "Kazakh", "National Economy", "National Economy"),
    ("Ministry of Energy of Kazakhstan", "Kazakhstan", "Kazakh", "Energy", "Energy"),
    ("Ministry of Agriculture of Kazakhstan", "Kazakhstan", "Kazakh", "Agriculture", "Agriculture"),
    ("Ministry of Foreign Affairs of Belarus", "Belarus", "Belarusian", "Foreign", "Foreign Affairs"),
    ("Ministry of Economy of Belarus", "Belarus", "Belarusian", "Economy", "Economy"),
    ("Ministry of Industry of Belarus", "Belarus", "Belarusian", "Industry", "Industry"),
    ("Ministry of Agriculture and Food of Belarus", "Belarus", "Belarusian", "Agriculture and Food", "Agriculture and Food"),
    ("Ministry of Foreign Affairs of Russia", "Russia", "Russian", "Foreign", "Foreign Affairs"),
    ("Ministry of Economic Development of Russia", "Russia", "Russian", "Economic Development", "Economic Development"),
    ("Ministry of Industry and Trade of Russia", "Russia", "Russian", "Industry and Trade", "Industry and Trade"),
    ("Ministry of Foreign Affairs of Uzbekistan", "Uzbekistan", "Uzbek", "Foreign", "Foreign Affairs"),
    ("Ministry of Foreign Affairs of Kyrgyzstan", "Kyrgyzstan", "Kyrgyz", "Foreign", "Foreign Affairs"),
    ("Ministry of Foreign Affairs of Tajikistan", "Tajikistan", "Tajik", "Foreign", "Foreign Affairs"),
    ("Ministry of Foreign Affairs of Turkmenistan", "Turkmenistan", "Turkmen", "Foreign", "Foreign Affairs"),
    ("Ministry of Foreign Affairs of Azerbaijan", "Azerbaijan", "Azerbaijani", "Foreign", "Foreign Affairs"),
    ("Ministry of Economy of Azerbaijan", "Azerbaijan", "Azerbaijani", "Economy", "Economy"),
    ("Ministry of Foreign Affairs of China", "China", "Chinese", "Foreign", "Foreign Affairs"),
    ("Ministry of Commerce of China", "China", "Chinese", "Commerce", "Commerce"),
    ("Ministry of Foreign Affairs of Türkiye", "Türkiye", "Turkish", "Foreign", "Foreign Affairs"),
    ("Ministry of Trade of Türkiye", "Türkiye", "Turkish", "Trade", "Trade"),
    ("Ministry of Foreign Affairs of South Korea", "South Korea", "South Korean", "Foreign", "Foreign Affairs"),
]
# every ministry of the two governments (portfolio), in the forms of a ministry; the short form for one-word portfolios
GOVERNMENTS = {
    ("Kazakhstan", "Kazakh"): ["Foreign Affairs", "National Economy", "Finance", "Trade and Integration", "Industry and Construction",
                               "Energy", "Agriculture", "Transport", "Digital Development, Innovations and Aerospace Industry",
                               "Ecology and Natural Resources", "Water Resources and Irrigation", "Justice", "Internal Affairs",
                               "Defence", "Emergency Situations", "Healthcare", "Enlightenment", "Science and Higher Education",
                               "Labour and Social Protection of the Population", "Culture and Information", "Tourism and Sports"],
    ("Belarus", "Belarusian"): ["Foreign Affairs", "Economy", "Finance", "Industry", "Agriculture and Food",
                                "Antimonopoly Regulation and Trade", "Energy", "Education", "Health", "Internal Affairs", "Defence",
                                "Emergency Situations", "Justice", "Transport and Communications", "Communications and Informatization",
                                "Culture", "Sports and Tourism", "Labour and Social Protection",
                                "Natural Resources and Environmental Protection", "Architecture and Construction", "Forestry",
                                "Information", "Housing and Utilities", "Taxes and Duties"],
}
MINISTRIES += [(f"Ministry of {portfolio} of {country}", country, adjective, portfolio if " " not in portfolio else None, portfolio)
               for (country, adjective), portfolios in GOVERNMENTS.items() for portfolio in portfolios]
# the partners' economy and trade ministries
MINISTRIES += [
    ("Ministry of Investment, Industry and Trade of Uzbekistan", "Uzbekistan", "Uzbek", None, "Investment, Industry and Trade"),
    ("Ministry of Economy and Commerce of Kyrgyzstan", "Kyrgyzstan", "Kyrgyz", None, "Economy and Commerce"),
    ("Ministry of Economic Development and Trade of Tajikistan", "Tajikistan", "Tajik", None, "Economic Development and Trade"),
    ("Ministry of Trade and Foreign Economic Relations of Turkmenistan", "Turkmenistan", "Turkmen", None,
     "Trade and Foreign Economic Relations"),
    ("Ministry of Trade, Industry and Energy of South Korea", "South Korea", "Korean", None, "Trade, Industry and Energy"),
]
MINISTRIES = list(dict.fromkeys(MINISTRIES))
# the country's full name after "of the" ("Ministry of Foreign Affairs of the Republic of Kazakhstan")
FULL_NAMES = {"Kazakhstan": "Republic of Kazakhstan", "Belarus": "Republic of Belarus", "Uzbekistan": "Republic of Uzbekistan",
              "Tajikistan": "Republic of Tajikistan", "Azerbaijan": "Republic of Azerbaijan", "Türkiye": "Republic of Türkiye",
              "Russia": "Russian Federation", "Kyrgyzstan": "Kyrgyz Republic", "China": "People's Republic of China",
              "South Korea": "Republic of Korea"}

# --- dimension: the written forms of a ministry (each a function of the row)
MINISTRY_FORMS = {
    "canonical": lambda canonical, country, adjective, short, portfolio: canonical,
    "of the full name": lambda c, country, a, s, portfolio: f"Ministry of {portfolio} of the {FULL_NAMES[country]}"
    if country in FULL_NAMES else None,
    # (a short form before "People's Republic of China" is left to the entity rules: the possessive cuts the name)
    "short Ministry of the full name": lambda c, country, a, short, p: f"{short} Ministry of the {FULL_NAMES[country]}"
    if short and country in FULL_NAMES and "'" not in FULL_NAMES[country] else None,
    "country + Ministry of": lambda c, country, a, s, portfolio: f"{country} Ministry of {portfolio}",
    "adjective + Ministry of": lambda c, country, adjective, s, portfolio: f"{adjective} Ministry of {portfolio}",
    "adjective + short Ministry": lambda c, co, adjective, short, p: f"{adjective} {short} Ministry" if short else None,
    "short Ministry of country": lambda c, country, a, short, p: f"{short} Ministry of {country}" if short else None,
    "MFA of country": lambda c, country, a, short, p: f"MFA of {country}" if short == "Foreign" and country in ("Kazakhstan", "Belarus") else None,
    "country + short Ministry": lambda c, country, a, short, p: f"{country} {short} Ministry"
    if short and country in ("Kazakhstan", "Belarus", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Azerbaijan", "China") else None,
    "country's Ministry of": lambda c, country, a, s, portfolio: f"{country}'s Ministry of {portfolio}",
    "country's short Ministry": lambda c, country, a, short, p: f"{country}'s {short} Ministry" if short else None,
}

# --- dimension: the other institutions of the checklist, each with its usual written forms
OTHER_INSTITUTIONS = [
    ("Senate of the Parliament of Kazakhstan", ["Senate of the Parliament of Kazakhstan", "Kazakh Senate", "Senate of Kazakhstan"]),
    ("Mazhilis of the Parliament of Kazakhstan", ["Mazhilis of the Parliament of Kazakhstan", "Kazakh Mazhilis", "Majilis"]),
    ("Council of the Republic of the National Assembly of Belarus", ["Council of the Republic of the National Assembly of Belarus",
                                                                     "Council of the Republic"]),
    ("House of Representatives of the National Assembly of Belarus", ["House of Representatives of the National Assembly of Belarus",
                                                                       "House of Representatives of Belarus"]),
    ("State Duma of Russia", ["State Duma", "Russian State Duma"]),
    ("Federation Council of Russia", ["Federation Council of Russia", "Russian Federation Council"]),
    ("Oliy Majlis", ["Oliy Majlis"]),
    ("Legislative Chamber of the Oliy Majlis of Uzbekistan", ["Legislative Chamber of the Oliy Majlis"]),
    ("Jogorku Kenesh", ["Jogorku Kenesh"]),
    ("Majlisi Oli of Tajikistan", ["Majlisi Oli of Tajikistan"]),
    ("Mejlis of Turkmenistan", ["Mejlis of Turkmenistan"]),
    ("Milli Majlis of Azerbaijan", ["Milli Majlis"]),
    ("National People's Congress", ["National People's Congress"]),
    ("Grand National Assembly of Türkiye", ["Grand National Assembly of Türkiye", "Turkish Grand National Assembly"]),
    ("National Assembly of South Korea", ["National Assembly of Korea"]),
    ("Bundestag", ["Bundestag", "German Bundestag"]),
    ("Presidential Administration of Kazakhstan", ["Presidential Administration of Kazakhstan", "Administration of the President of Kazakhstan"]),
    ("Presidential Administration of Belarus", ["Presidential Administration of Belarus", "Belarusian Presidential Administration",
                                                "Administration of the President of Belarus"]),
    ("Gomel Oblast Executive Committee", ["Gomel Oblast Executive Committee", "Gomel Regional Executive Committee"]),
    ("Minsk City Executive Committee", ["Minsk City Executive Committee"]),
    *[(f"{region} Oblast Executive Committee", [f"{region} Oblast Executive Committee", f"{region} Regional Executive Committee"])
      for region in ("Brest", "Vitebsk", "Grodno", "Minsk", "Mogilev")],
    *[(f"Akimat of {region} Region", [f"Akimat of {region} Region", f"{region} Region Akimat", f"{region} Regional Akimat"])
      for region in ("Abai", "Akmola", "Aktobe", "Almaty", "Atyrau", "East Kazakhstan", "Zhambyl", "Zhetysu", "West Kazakhstan",
                     "Karaganda", "Kostanay", "Kyzylorda", "Mangystau", "North Kazakhstan", "Pavlodar", "Turkistan", "Ulytau")],
    ("Akimat of Zhetysu Region", ["Jetisu Region Akimat", "Akimat of Jetisu Region"]),
    *[(f"Akimat of {city}", [f"Akimat of {city}", f"{city} Akimat", f"{city} City Akimat"]) for city in ("Astana", "Almaty", "Shymkent")],
    ("Akimat of Astana", ["Akimat of Nur-Sultan", "Nur-Sultan City Akimat"]),
    ("Samruk-Kazyna", ["Samruk-Kazyna", "Samruk-Kazyna Sovereign Wealth Fund"]),
    ("KazMunayGas", ["KazMunayGas", "KazMunaiGas"]),
    ("Belaruskali", ["Belaruskali"]),
    ("Gazprom", ["Gazprom"]),
    ("Eurasian Economic Union", ["Eurasian Economic Union", "EAEU"]),
    ("Eurasian Economic Commission", ["Eurasian Economic Commission", "EEC Board", "Board of the Eurasian Economic Commission",
                                      "Eurasian Economic Commission Board", "EEC Council"]),
    ("CIS Inter-Parliamentary Assembly", ["CIS Inter-Parliamentary Assembly", "Interparliamentary Assembly of the CIS",
                                          "CIS Interparliamentary Assembly"]),
    ("CIS Executive Committee", ["CIS Executive Committee", "Executive Committee of the CIS"]),
    ("Collective Security Treaty Organization", ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"]),
    ("Shanghai Cooperation Organisation", ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"]),
    ("Organization for Security and Co-operation in Europe", ["Organization for Security and Co-operation in Europe", "OSCE"]),
    ("Conference on Interaction and Confidence Building Measures in Asia",
     ["Conference on Interaction and Confidence Building Measures in Asia", "CICA"]),
    ("Eurasian Development Bank", ["Eurasian Development Bank", "EDB"]),
    ("Organization of Turkic States", ["Organization of Turkic States", "Organisation of Turkic States"]),
    ("Supreme State Council of the Union State", ["Supreme State Council of the Union State"]),
    ("Council of Ministers of the Union State", ["Council of Ministers of the Union State"]),
    ("Permanent Committee of the Union State", ["Permanent Committee of the Union State", "Standing Committee of the Union State"]),
    ("Supreme Eurasian Economic Council", ["Supreme Eurasian Economic Council"]),
    ("Eurasian Intergovernmental Council", ["Eurasian Intergovernmental Council"]),
    ("CIS Council of Heads of State", ["CIS Council of Heads of State", "Council of CIS Heads of State"]),
    ("CSTO Collective Security Council", ["CSTO Collective Security Council", "Collective Security Council of the CSTO"]),
    ("Kazakhstan Temir Zholy", ["Kazakhstan Temir Zholy", "KTZ"]),
    ("Kazatomprom", ["Kazatomprom", "NAC Kazatomprom"]),
    ("QazaqGaz", ["QazaqGaz"]),
    ("Belarusian Railways", ["Belarusian Railway", "Belarusian Railways"]),
    ("Minsk Tractor Works", ["Minsk Tractor Works", "MTZ"]),
    ("BelAZ", ["BelAZ"]),
    ("Uzbekneftegaz", ["Uzbekneftegaz"]),
    ("Navoi MMC", ["Navoi MMC", "Navoi Mining and Metallurgical Company"]),
    ("SOCAR", ["SOCAR", "State Oil Company of Azerbaijan Republic"]),
    ("Rosatom", ["Rosatom"]),
    ("Russian Railways", ["Russian Railways"]),
    ("CNPC", ["CNPC", "China National Petroleum Corporation"]),
    # operators, holdings and bodies the entity gazetteer listed without an actor until the registry took them over
    ("Beltamozhservice", ["Beltamozhservice"]),
    ("Belintertrans", ["Belintertrans"]),
    ("Belspetsvneshtechnika", ["Belspetsvneshtechnika"]),
    ("QazIndustry", ["QazIndustry", "Kazakhstan Centre for Industry and Export"]),
    ("KazAgroFinance", ["KazAgroFinance"]),
    ("Kazakhstan Garysh Sapary", ["Kazakhstan Garysh Sapary"]),
    ("Intergas Central Asia", ["Intergas Central Asia"]),
    ("Karachaganak Petroleum Operating", ["Karachaganak Petroleum Operating", "KPO"]),
    ("North Caspian Operating Company", ["North Caspian Operating Company", "NCOC"]),
    ("Caspian Pipeline Consortium", ["Caspian Pipeline Consortium"]),
    ("VEB.RF", ["VEB.RF", "Vnesheconombank"]),
    ("Uzavtosanoat", ["Uzavtosanoat"]),
    ("Navoiyazot", ["Navoiyazot"]),
    ("CIS Anti-Terrorism Centre", ["CIS Anti-Terrorism Centre", "CIS Anti-Terrorism Center", "Anti-Terrorism Centre of the CIS"]),
]

# --- dimension: where the name stands in the sentence
FRAMES = {
    "subject": "The {} said on Tuesday that the consultations would continue in autumn.",
    "according to": "The document is ready for signing, according to the {}.",
    "of": "A delegation of the {} arrived for two days of consultations.",
    "list": "Experts from the {} and several universities discussed the transport corridor.",
    "possessive": "The {}'s press service reported the figures on Friday.",
    "after dateline": "ASTANA, 3 March - The {} has proposed new dates for the session.",
}
DEFAULT_FRAME = "subject"


def _institution_cases() -> list[tuple[str, str, str]]:
    """(frame, written form, canonical): every form in the default frame; every frame with two forms of each."""
    cases = []
    for row in MINISTRIES:
        forms = [f(*row) for f in MINISTRY_FORMS.values()]
        forms = [f for f in forms if f]
        cases += [(DEFAULT_FRAME, form, row[0]) for form in forms]
        cases += [(frame, form, row[0]) for frame in FRAMES if frame != DEFAULT_FRAME for form in forms[:1] + forms[3:4]]
    for canonical, forms in OTHER_INSTITUTIONS:
        cases += [(DEFAULT_FRAME, form, canonical) for form in forms]
        cases += [(frame, forms[-1], canonical) for frame in FRAMES if frame != DEFAULT_FRAME]
    return list(dict.fromkeys(cases))


INSTITUTION_CASES = _institution_cases()

# --- dimension: office holders, each in a year they held that one office (country, name, year, title, organisation)
HOLDERS = [
    # Kazakhstan: president, prime minister, foreign minister, trade minister, both speakers, ambassador
    ("Nursultan Nazarbayev", 2012, "President", None),
    ("Kassym-Jomart Tokayev", 2021, "President", None),
    ("Kassym-Jomart Tokayev", 2016, "Chairman of the Senate", "Senate of the Parliament of Kazakhstan"),
    ("Karim Massimov", 2015, "Prime Minister", "Government of Kazakhstan"),
    ("Bakhytzhan Sagintayev", 2017, "Prime Minister", "Government of Kazakhstan"),
    ("Askar Mamin", 2020, "Prime Minister", "Government of Kazakhstan"),
    ("Olzhas Bektenov", 2025, "Prime Minister", "Government of Kazakhstan"),
    ("Yerzhan Kazykhanov", 2011, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Yerlan Idrissov", 2015, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Kairat Abdrakhmanov", 2017, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Mukhtar Tileuberdi", 2021, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Murat Nurtleu", 2024, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Zhanar Aitzhanova", 2013, "Minister of Economic Integration", "Ministry of Economic Integration of Kazakhstan"),
    ("Bakhyt Sultanov", 2020, "Minister of Trade and Integration", "Ministry of Trade and Integration of Kazakhstan"),
    ("Arman Shakkaliyev", 2024, "Minister of Trade and Integration", "Ministry of Trade and Integration of Kazakhstan"),
    ("Maulen Ashimbayev", 2022, "Chairman of the Senate", "Senate of the Parliament of Kazakhstan"),
    ("Nurlan Nigmatulin", 2018, "Chairman of the Mazhilis", "Mazhilis of the Parliament of Kazakhstan"),
    ("Yerlan Koshanov", 2024, "Chairman of the Mazhilis", "Mazhilis of the Parliament of Kazakhstan"),
    ("Yermukhamet Yertysbayev", 2018, "Ambassador of Kazakhstan to Belarus", "Embassy of Kazakhstan in Belarus"),
    # Belarus
    ("Alexander Lukashenko", 2015, "President", None),
    ("Mikhail Myasnikovich", 2012, "Prime Minister", "Council of Ministers of Belarus"),
    ("Mikhail Myasnikovich", 2017, "Chairman of the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("Andrei Kobyakov", 2016, "Prime Minister", "Council of Ministers of Belarus"),
    ("Roman Golovchenko", 2022, "Prime Minister", "Council of Ministers of Belarus"),
    ("Vladimir Makei", 2016, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Belarus"),
    ("Sergei Aleinik", 2023, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Belarus"),
    ("Maxim Ryzhenkov", 2025, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Belarus"),
    ("Vladimir Koltovich", 2018, "Minister of Antimonopoly Regulation and Trade",
     "Ministry of Antimonopoly Regulation and Trade of Belarus"),
    ("Valentin Chekanov", 2013, "Minister of Trade", "Ministry of Trade of Belarus"),  # MART's forerunner; his years not known
    ("Natalya Kochanova", 2021, "Chairperson of the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("Vladimir Andreichenko", 2019, "Chairman of the House of Representatives", "House of Representatives of the National Assembly of Belarus"),
    ("Pavel Utyupin", 2023, "Ambassador of Belarus to Kazakhstan", "Embassy of Belarus in Kazakhstan"),
    # the partners' heads of state and government
    ("Vladimir Putin", 2010, "Prime Minister", "Government of Russia"),
    ("Vladimir Putin", 2015, "President", None),
    ("Dmitry Medvedev", 2016, "Prime Minister", "Government of Russia"),
    ("Mikhail Mishustin", 2022, "Prime Minister", "Government of Russia"),
    ("Islam Karimov", 2014, "President", None),
    ("Shavkat Mirziyoyev", 2013, "Prime Minister", "Cabinet of Ministers of Uzbekistan"),
    ("Shavkat Mirziyoyev", 2020, "President", None),
    ("Almazbek Atambayev", 2014, "President", None),
    ("Sadyr Japarov", 2023, "President", None),
    ("Emomali Rahmon", 2018, "President", None),
    ("Gurbanguly Berdimuhamedov", 2015, "President", None),
    ("Serdar Berdimuhamedov", 2023, "President", None),
    ("Ilham Aliyev", 2019, "President", None),
    ("Xi Jinping", 2018, "President", None),
    ("Li Keqiang", 2016, "Premier of the State Council", "State Council of China"),
    ("Recep Tayyip Erdogan", 2012, "Prime Minister", "Government of Türkiye"),
    ("Recep Tayyip Erdogan", 2020, "President", None),
    ("Moon Jae-in", 2019, "President", None),
    ("Angela Merkel", 2015, "Chancellor", "Federal Government of Germany"),
    ("Olaf Scholz", 2023, "Chancellor", "Federal Government of Germany"),
    ("Serzh Sargsyan", 2015, "President", None),
    ("Armen Sarkissian", 2020, "President", None),
    ("Vahagn Khachaturyan", 2023, "President", None),
    ("Hovik Abrahamyan", 2015, "Prime Minister", "Government of Armenia"),
    ("Karen Karapetyan", 2017, "Prime Minister", "Government of Armenia"),
    ("Nikol Pashinyan", 2021, "Prime Minister", "Government of Armenia"),
    # the partners' speakers
    ("Ilgizar Sobirov", 2012, "Chairman of the Senate", "Senate of the Oliy Majlis of Uzbekistan"),
    ("Nigmatilla Yuldashev", 2017, "Chairman of the Senate", "Senate of the Oliy Majlis of Uzbekistan"),
    ("Tanzila Narbayeva", 2022, "Chairwoman of the Senate", "Senate of the Oliy Majlis of Uzbekistan"),
    ("Dilorom Tashmukhamedova", 2012, "Speaker of the Legislative Chamber", "Legislative Chamber of the Oliy Majlis of Uzbekistan"),
    ("Nurdinjon Ismoilov", 2020, "Speaker of the Legislative Chamber", "Legislative Chamber of the Oliy Majlis of Uzbekistan"),
    ("Mahmadsaid Ubaydulloyev", 2015, "Chairman of the National Assembly", "Majlisi Milli of Tajikistan"),
    ("Rustam Emomali", 2022, "Chairman of the National Assembly", "Majlisi Milli of Tajikistan"),
    ("Shukurjon Zuhurov", 2015, "Chairman of the Assembly of Representatives", "Majlisi Namoyandagon of Tajikistan"),
    ("Mahmadtoir Zokirzoda", 2022, "Chairman of the Assembly of Representatives", "Majlisi Namoyandagon of Tajikistan"),
    ("Norbert Lammert", 2015, "President of the Bundestag", "Bundestag"),
    ("Wolfgang Schäuble", 2019, "President of the Bundestag", "Bundestag"),
    ("Bärbel Bas", 2023, "President of the Bundestag", "Bundestag"),
    ("Julia Klöckner", 2026, "President of the Bundestag", "Bundestag"),
    # every other holder since 2010 of the offices above, by country, so each succession is crossed with the year
    ("Kanat Saudabayev", 2010, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Beibut Atamkulov", 2018, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Yermek Kosherbayev", 2025, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Serik Akhmetov", 2013, "Prime Minister", "Government of Kazakhstan"),
    ("Alikhan Smailov", 2023, "Prime Minister", "Government of Kazakhstan"),
    ("Kairat Mami", 2012, "Chairman of the Senate", "Senate of the Parliament of Kazakhstan"),
    ("Dariga Nazarbayeva", 2019, "Chairwoman of the Senate", "Senate of the Parliament of Kazakhstan"),
    ("Ural Mukhamedzhanov", 2010, "Chairman of the Mazhilis", "Mazhilis of the Parliament of Kazakhstan"),
    ("Kabibulla Dzhakupov", 2015, "Chairman of the Mazhilis", "Mazhilis of the Parliament of Kazakhstan"),
    ("Sergei Martynov", 2011, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Belarus"),
    ("Sergei Rumas", 2019, "Prime Minister", "Council of Ministers of Belarus"),
    ("Alexander Turchin", 2026, "Prime Minister", "Council of Ministers of Belarus"),
    ("Boris Batura", 2010, "Chairman of the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("Anatoly Rubinov", 2013, "Chairman of the Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
    ("Igor Sergeyenko", 2025, "Chairman of the House of Representatives", "House of Representatives of the National Assembly of Belarus"),
    ("Dmitry Medvedev", 2010, "President", None),
    ("Sergei Lavrov", 2018, "Minister of Foreign Affairs", "Ministry of Foreign Affairs of Russia"),
    ("Boris Gryzlov", 2010, "Chairman of the State Duma", "State Duma of Russia"),
    ("Sergei Naryshkin", 2013, "Chairman of the State Duma", "State Duma of Russia"),
    ("Vyacheslav Volodin", 2019, "Chairman of the State Duma", "State Duma of Russia"),
    ("Sergei Mironov", 2010, "Chairman of the Federation Council", "Federation Council of Russia"),
    ("Valentina Matviyenko", 2015, "Chairwoman of the Federation Council", "Federation Council of Russia"),
    ("Abdulla Aripov", 2019, "Prime Minister", "Cabinet of Ministers of Uzbekistan"),
    ("Roza Otunbayeva", 2010, "President", None),
    ("Sooronbay Jeenbekov", 2019, "President", None),
    ("Omurbek Babanov", 2012, "Prime Minister", "Government of Kyrgyzstan"),
    ("Zhantoro Satybaldiyev", 2013, "Prime Minister", "Government of Kyrgyzstan"),
    ("Sapar Isakov", 2017, "Prime Minister", "Government of Kyrgyzstan"),
    ("Mukhammedkalyi Abylgaziev", 2019, "Prime Minister", "Government of Kyrgyzstan"),
    ("Akylbek Japarov", 2022, "Chairman of the Cabinet of Ministers", "Cabinet of Ministers of Kyrgyzstan"),
    ("Adylbek Kasymaliev", 2025, "Chairman of the Cabinet of Ministers", "Cabinet of Ministers of Kyrgyzstan"),
    ("Oqil Oqilov", 2011, "Prime Minister", "Government of Tajikistan"),
    ("Kokhir Rasulzoda", 2016, "Prime Minister", "Government of Tajikistan"),
    ("Artur Rasizade", 2015, "Prime Minister", "Cabinet of Ministers of Azerbaijan"),
    ("Ali Asadov", 2021, "Prime Minister", "Cabinet of Ministers of Azerbaijan"),
    ("Hu Jintao", 2011, "President", None),
    ("Wen Jiabao", 2011, "Premier of the State Council", "State Council of China"),
    ("Li Qiang", 2024, "Premier of the State Council", "State Council of China"),
    ("Abdullah Gul", 2012, "President", None),
    ("Ahmet Davutoglu", 2015, "Prime Minister", "Government of Türkiye"),
    ("Binali Yildirim", 2017, "Prime Minister", "Government of Türkiye"),
    ("Lee Myung-bak", 2011, "President", None),
    ("Park Geun-hye", 2015, "President", None),
    ("Yoon Suk Yeol", 2023, "President", None),
    ("Lee Jae-myung", 2026, "President", None),
    ("Kim Hwang-sik", 2011, "Prime Minister", "Government of South Korea"),
    ("Chung Hong-won", 2014, "Prime Minister", "Government of South Korea"),
    ("Hwang Kyo-ahn", 2016, "Prime Minister", "Government of South Korea"),
    ("Lee Nak-yon", 2018, "Prime Minister", "Government of South Korea"),
    ("Kim Boo-kyum", 2021, "Prime Minister", "Government of South Korea"),
    ("Han Duck-soo", 2023, "Prime Minister", "Government of South Korea"),
    ("Friedrich Merz", 2026, "Chancellor", "Federal Government of Germany"),
    ("Christian Wulff", 2011, "President", None),
    ("Joachim Gauck", 2015, "President", None),
    ("Frank-Walter Steinmeier", 2020, "President", None),
    ("Herman Van Rompuy", 2012, "President of the European Council", "European Council"),
    ("Antonio Costa", 2025, "President of the European Council", "European Council"),
    ("José Manuel Barroso", 2012, "President of the European Commission", "European Commission"),
    # the heads of the EU's bodies
    ("Jerzy Buzek", 2010, "President of the European Parliament", "European Parliament"),
    ("Martin Schulz", 2014, "President of the European Parliament", "European Parliament"),
    ("Antonio Tajani", 2018, "President of the European Parliament", "European Parliament"),
    ("David Sassoli", 2020, "President of the European Parliament", "European Parliament"),
    ("Roberta Metsola", 2023, "President of the European Parliament", "European Parliament"),
    ("Jean-Claude Juncker", 2016, "President of the European Commission", "European Commission"),
    ("Ursula von der Leyen", 2021, "President of the European Commission", "European Commission"),
    ("Donald Tusk", 2016, "President of the European Council", "European Council"),
    ("Charles Michel", 2021, "President of the European Council", "European Council"),
]
# --- dimension: other usual spellings of a holder's name (the canonical one is always crossed)
NAME_FORMS = {
    "Kassym-Jomart Tokayev": ["Kassym-Zhomart Tokayev", "Qassym-Jomart Toqayev"],
    "Nursultan Nazarbayev": ["Nursultan Nazarbaev"],
    "Alexander Lukashenko": ["Aleksandr Lukashenko", "Alyaksandr Lukashenka"],
    "Yerlan Idrissov": ["Erlan Idrissov"],
    "Karim Massimov": ["Karim Masimov"],
    "Bakhytzhan Sagintayev": ["Bakytzhan Sagintayev"],
    "Mukhtar Tileuberdi": ["Mukhtar Tleuberdi"],
    "Shavkat Mirziyoyev": ["Shavkat Mirziyoev"],
    "Sadyr Japarov": ["Sadyr Zhaparov"],
    "Recep Tayyip Erdogan": ["Recep Tayyip Erdoğan"],
    "Emomali Rahmon": ["Emomali Rakhmon"],
    "Serzh Sargsyan": ["Serzh Sarkisyan"],
    "Wolfgang Schäuble": ["Wolfgang Schaeuble"],
}
PERSON_FRAME = "{} arrived in the capital on Monday for two days of talks."
# --- dimension: a title the text writes before the name (written title, country adjective); the role keeps the written
# title and takes the office's institution from the registry
TITLED = {
    "Ministry of Foreign Affairs of Kazakhstan": ("Foreign Minister", "Kazakh"),
    "Ministry of Foreign Affairs of Belarus": ("Foreign Minister", "Belarusian"),
    "Government of Kazakhstan": ("Prime Minister", "Kazakh"),
    "Council of Ministers of Belarus": ("Prime Minister", "Belarusian"),
    "Government of Russia": ("Prime Minister", "Russian"),
    "Ministry of Foreign Affairs of Russia": ("Foreign Minister", "Russian"),
    "Cabinet of Ministers of Uzbekistan": ("Prime Minister", "Uzbek"),
    "Government of Kyrgyzstan": ("Prime Minister", "Kyrgyz"),
    "Government of Tajikistan": ("Prime Minister", "Tajik"),
    "Cabinet of Ministers of Azerbaijan": ("Prime Minister", "Azerbaijani"),
    "Government of Armenia": ("Prime Minister", "Armenian"),
    "Government of Türkiye": ("Prime Minister", "Turkish"),
    "Government of South Korea": ("Prime Minister", "South Korean"),
    "Federal Government of Germany": ("Chancellor", "German"),
}
TITLED_FRAME = "{} {} {} arrived in the capital on Monday for two days of talks."
APPOSITIVE_FRAME = "{}, the {} {}, arrived in the capital on Monday for two days of talks."  # the office's own title kept


def _holder_cases() -> list[tuple[str, str, str, int, str, str | None]]:
    """(text, written name, canonical name, year, title, organisation): every spelling alone, and with its title before it."""
    cases = []
    for name, year, title, organisation in HOLDERS:
        for written in [name, *NAME_FORMS.get(name, [])]:
            cases.append((PERSON_FRAME.format(written), written, name, year, title, organisation))
            if organisation in TITLED:
                short, adjective = TITLED[organisation]
                cases.append((TITLED_FRAME.format(adjective, short, written), written, name, year, short, organisation))
                cases.append((APPOSITIVE_FRAME.format(written, adjective, short), written, name, year, title, organisation))
    return cases


HOLDER_CASES = _holder_cases()


@pytest.fixture(scope="module")
def institution_results(nlp) -> dict:
    """(frame, form) -> the (text, actor) of each ORG entity of its sentence."""
    texts = [FRAMES[frame].format(form) for frame, form, _ in INSTITUTION_CASES]
    return {(frame, form): [(e.text, e._.actor) for e in doc.ents if e.label_ == "ORG"]
            for (frame, form, _), doc in zip(INSTITUTION_CASES, nlp.pipe(texts))}


@pytest.fixture(scope="module")
def holder_results(nlp) -> dict:
    """(written name, year) -> (text, actor, role) of each PERSON entity of its sentence, published in that year."""
    docs = []
    for text, _, _, year, _, _ in HOLDER_CASES:
        doc = nlp.make_doc(text)
        doc._.published = f"{year}-06-15"
        docs.append(doc)
    return {(text, year): [(e.text, e._.actor, e._.role) for e in doc.ents if e.label_ == "PERSON"]
            for (text, _, _, year, _, _), doc in zip(HOLDER_CASES, nlp.pipe(docs))}


@pytest.mark.parametrize("frame, form, canonical", INSTITUTION_CASES, ids=lambda x: x if isinstance(x, str) else None)
def test_each_usual_form_of_an_institution_resolves_to_it_wherever_it_stands(institution_results, frame, form, canonical):
    """One ORG entity, the institution's canonical actor (the entity may leave out the leading country adjective)."""
    found = institution_results[(frame, form)]
    assert [actor for _, actor in found] == [canonical], found
    assert form.endswith(found[0][0]), found


# the country of each holder (None: the EU's bodies)
COUNTRY = {name: country for country, names in {
    "Kazakhstan": ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev", "Karim Massimov", "Bakhytzhan Sagintayev", "Askar Mamin",
                   "Olzhas Bektenov", "Yerzhan Kazykhanov", "Yerlan Idrissov", "Kairat Abdrakhmanov", "Mukhtar Tileuberdi",
                   "Murat Nurtleu", "Zhanar Aitzhanova", "Bakhyt Sultanov", "Arman Shakkaliyev", "Maulen Ashimbayev",
                   "Nurlan Nigmatulin", "Yerlan Koshanov", "Yermukhamet Yertysbayev", "Kanat Saudabayev", "Beibut Atamkulov",
                   "Yermek Kosherbayev", "Serik Akhmetov", "Alikhan Smailov", "Kairat Mami", "Dariga Nazarbayeva",
                   "Ural Mukhamedzhanov", "Kabibulla Dzhakupov"],
    "Belarus": ["Alexander Lukashenko", "Mikhail Myasnikovich", "Andrei Kobyakov", "Roman Golovchenko", "Vladimir Makei",
                "Sergei Aleinik", "Maxim Ryzhenkov", "Vladimir Koltovich", "Valentin Chekanov", "Natalya Kochanova",
                "Vladimir Andreichenko", "Pavel Utyupin", "Sergei Martynov", "Sergei Rumas", "Alexander Turchin", "Boris Batura",
                "Anatoly Rubinov", "Igor Sergeyenko"],
    "Russia": ["Vladimir Putin", "Dmitry Medvedev", "Mikhail Mishustin", "Sergei Lavrov", "Boris Gryzlov", "Sergei Naryshkin",
               "Vyacheslav Volodin", "Sergei Mironov", "Valentina Matviyenko"],
    "Uzbekistan": ["Islam Karimov", "Shavkat Mirziyoyev", "Ilgizar Sobirov", "Tanzila Narbayeva", "Dilorom Tashmukhamedova",
                   "Abdulla Aripov", "Nurdinjon Ismoilov", "Nigmatilla Yuldashev"],
    "Kyrgyzstan": ["Almazbek Atambayev", "Sadyr Japarov", "Roza Otunbayeva", "Sooronbay Jeenbekov", "Omurbek Babanov",
                   "Zhantoro Satybaldiyev", "Sapar Isakov", "Mukhammedkalyi Abylgaziev", "Akylbek Japarov",
                   "Adylbek Kasymaliev"],
    "Tajikistan": ["Emomali Rahmon", "Oqil Oqilov", "Kokhir Rasulzoda", "Mahmadsaid Ubaydulloyev", "Rustam Emomali",
                   "Shukurjon Zuhurov", "Mahmadtoir Zokirzoda"],
    "Turkmenistan": ["Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov"],
    "Azerbaijan": ["Ilham Aliyev", "Artur Rasizade", "Ali Asadov"],
    "China": ["Xi Jinping", "Li Keqiang", "Hu Jintao", "Wen Jiabao", "Li Qiang"],
    "Türkiye": ["Recep Tayyip Erdogan", "Abdullah Gul", "Ahmet Davutoglu", "Binali Yildirim"],
    "South Korea": ["Moon Jae-in", "Lee Myung-bak", "Park Geun-hye", "Yoon Suk Yeol", "Lee Jae-myung", "Kim Hwang-sik",
                    "Chung Hong-won", "Hwang Kyo-ahn", "Lee Nak-yon", "Kim Boo-kyum", "Han Duck-soo"],
    "Germany": ["Angela Merkel", "Olaf Scholz", "Friedrich Merz", "Christian Wulff", "Joachim Gauck",
                "Frank-Walter Steinmeier", "Norbert Lammert", "Wolfgang Schäuble", "Bärbel Bas", "Julia Klöckner"],
    "Armenia": ["Serzh Sargsyan", "Armen Sarkissian", "Vahagn Khachaturyan", "Hovik Abrahamyan", "Karen Karapetyan",
                "Nikol Pashinyan"],
    None: ["Jerzy Buzek", "Martin Schulz", "Antonio Tajani", "David Sassoli", "Roberta Metsola", "Jean-Claude Juncker",
           "Ursula von der Leyen", "Donald Tusk", "Charles Michel", "Herman Van Rompuy", "Antonio Costa",
           "José Manuel Barroso"],
}.items() for name in names}



@pytest.mark.parametrize("text, written, name, year, title, organisation", HOLDER_CASES,
                         ids=lambda x: str(x) if isinstance(x, (str, int)) else None)
def test_a_name_holds_the_office_of_the_articles_year(holder_results, text, written, name, year, title, organisation):
    role = {"title": title, "organisation": organisation, "country": COUNTRY[name]}
    assert holder_results[(text, year)] == [(written, name, role)]


def test_the_grid_asserts_an_office_in_several_years_where_its_holder_changed():
    """Guard of the grid itself: the year, not the name alone, decides (Kazakhstan's foreign minister of 2015 and 2023)."""
    for organisation, least in (("Ministry of Foreign Affairs of Kazakhstan", 5), ("Ministry of Foreign Affairs of Belarus", 3),
                                ("Government of Kazakhstan", 4), ("Council of Ministers of Belarus", 3)):
        assert len({name for name, _, _, o in HOLDERS if o == organisation}) >= least, organisation


# --- a record a user adds is found in every form of its country, and only of its country
ADDED = {"name": "Ministry of Water Resources of Uzbekistan", "aliases": ["Uzbek Ministry of Water Resources"],
         "country": "Uzbekistan", "kinds": ["ministry"]}
COUNTRY_FORMS = [
    ("Ministry of Water Resources of Uzbekistan", ADDED["name"]),
    ("Ministry of Water Resources of the Republic of Uzbekistan", ADDED["name"]),
    ("Uzbekistan Ministry of Water Resources", ADDED["name"]),
    ("Uzbekistan's Ministry of Water Resources", ADDED["name"]),
    ("the Uzbek Ministry of Water Resources", ADDED["name"]),
    ("Ministry of Water Resources of Kazakhstan", None),        # another country's ministry: not the added one
    ("Tajik Ministry of Water Resources", None),
    ("Ministry of Commerce of the Republic of China", None),    # Taiwan's name, not the People's Republic's
    ("Ministry of Foreign Affairs of the Democratic People's Republic of Korea", None),  # not South Korea's
]


@pytest.fixture(scope="module")
def extended():
    from kazbel_extract.data import models_path
    from kazbel_extract.registry import Registry

    return Registry.from_dir(models_path("actors")).add(institutions=[ADDED])


@pytest.mark.parametrize("written, canonical", COUNTRY_FORMS)
def test_an_added_institution_is_found_in_each_form_of_its_country(extended, written, canonical):
    from kazbel_extract.registry import INSTITUTION

    assert [a.name for a in extended.find(INSTITUTION, written)] == ([canonical] if canonical else [])
