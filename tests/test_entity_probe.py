"""A probe of the entity rules on sentences written for it in the wire style (none is from a corpus article):
organisation shapes, the bodies of the region in the spellings news uses, what is not an organisation, and
people of every naming tradition. Each case gives the exact ORG and PERSON entities of its sentence."""
import pytest

ORG_SHAPES = [
    # legal forms before and after the name, and a quoted name after one
    ("KazMunayGas JSC and Naftan OJSC signed a supply contract.", ["KazMunayGas JSC", "Naftan OJSC"], []),
    ('LLP "Karaganda Machine-Building Plant" will assemble the buses.', ['LLP "Karaganda Machine-Building Plant"'], []),
    ("JSC Kaspi Bank opened a representative office in Minsk.", ["JSC Kaspi Bank"], []),
    ("TOO Agro Trade Kostanay and AO Kazagrofinance signed the deal.", ["TOO Agro Trade Kostanay", "AO Kazagrofinance"], []),
    ("JSC National Electric Grids of Uzbekistan signed the memorandum.", ["JSC National Electric Grids of Uzbekistan"], []),
    ("The memorandum was signed by the head of National Electric Grids of Uzbekistan Shukhrat Khamraev.",
     ["National Electric Grids of Uzbekistan"], ["Shukhrat Khamraev"]),
    ("Rostselmash LLC will supply combines to farmers in the north.", ["Rostselmash LLC"], []),
    ("Bobruiskagromash OJSC has opened a service centre in Kostanay.", ["Bobruiskagromash OJSC"], []),
    ("Siemens AG and Knauf Gips GmbH presented their offers.", ["Siemens AG", "Knauf Gips GmbH"], []),
    ("The deal was signed by Uzbekistan's Uzavtosanoat JSC and the Belarusian MAZ.", ["Uzavtosanoat JSC", "MAZ"], []),
    ("Belaruskali CJSC and Eurochem Group AG discussed potash logistics.", ["Belaruskali CJSC", "Eurochem Group AG"], []),
    # a descriptor or an announcing noun before or after the name is not part of it
    ("The company Kazakhmys plans to raise copper output.", ["Kazakhmys"], []),
    ("The Belarusian company Belshina supplies tyres to the Kazakh market.", ["Belshina"], []),
    ("Companies such as Integra Construction, Alageum Electric and Kazzinc took part.",
     ["Integra Construction", "Alageum Electric", "Kazzinc"], []),
    ("The national holding Baiterek will finance the project.", ["Baiterek"], []),
    ("The Uzbek TV channel Sevimli broadcast the ceremony live.", ["Sevimli"], []),  # ("Kazakh TV" is a channel's name)
    ("The Khabar TV channel broadcast the ceremony live.", ["Khabar"], []),
    ("The Uzbek carmaker UzAuto Motors will export cars to Belarus.", ["UzAuto Motors"], []),
    ("The Chinese giant Huawei Technologies will open a laboratory in Astana.", ["Huawei Technologies"], []),
    ("The national air carrier Air Astana resumed flights to Minsk.", ["Air Astana"], []),
    ("The Belarusian airline Belavia added a route to Aktau.", ["Belavia"], []),
    ("The Kazakh operator Kazakhtelecom and the Belarusian manufacturer Amkodor joined the fair.",
     ["Kazakhtelecom", "Amkodor"], []),
    ("The Samruk Energy holding will build a wind farm.", ["Samruk Energy"], []),
    # of-chains that hold a title
    ("The Office of the Prime Minister of Kazakhstan announced the decision.",
     ["Office of the Prime Minister of Kazakhstan"], []),
    ("The Administration of the President of the Republic of Belarus issued a statement.",
     ["Administration of the President of the Republic of Belarus"], []),
    ("The Statistics Agency under the President of Uzbekistan published the data.",
     ["Statistics Agency under the President of Uzbekistan"], []),
    # named plants with a lowercase head
    ("The Pavlodar aluminium plant increased its output.", ["Pavlodar aluminium plant"], []),
    ("The Kostanay tractor plant will produce 500 machines.", ["Kostanay tractor plant"], []),
    ("A Belarusian tractor plant will open a line there.", [], []),
    # acronyms with an expansion, alone, or with a suffix
    ("The Development Bank of Kazakhstan (DBK) financed the plant, and DBK will fund two more.",
     ["Development Bank of Kazakhstan", "DBK"], []),
    ("The Eurasian Development Bank expects growth of 4% in the region.", ["Eurasian Development Bank"], []),
    ("Observers of the OSCE PA arrived in Astana.", ["OSCE PA"], []),
    ("Both countries are members of the SCO and the CSTO.", ["SCO", "CSTO"], []),
    ("The EAEU and the CIS coordinate their customs rules.", ["EAEU", "CIS"], []),
    ("The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in Almaty.",
     ["Korea Trade-Investment Promotion Agency", "KOTRA"], []),
    # a brand of the gazetteer runs on through its company's full name, not into a person or a descriptor
    ("Samsung Electronics and LG Chem will open offices in Almaty.", ["Samsung Electronics", "LG Chem"], []),
    ("The European Commission Vice-President Margaritis Schinas arrived.", ["European Commission"], ["Margaritis Schinas"]),
    ("The Belarus 1 TV channel aired the interview.", ["Belarus 1"], []),
    # a title is listed with titles only
    ("The Agency for Strategic Reforms under the President and UzA reported the figures.",
     ["Agency for Strategic Reforms under the President", "UzA"], []),
    # a possessive ends a chain after its owner
    ("The Ministry of Industry and Infrastructure Development's Committee for Transport met.",
     ["Ministry of Industry and Infrastructure Development", "Committee for Transport"], []),
    # an acronym introduced in brackets names the body when it stands alone later
    ("The Eurasian Fund for Stabilization and Development (EFSD) approved a loan. The loan from EFSD supports the budget.",
     ["Eurasian Fund for Stabilization and Development", "EFSD"], []),
    ("The Organization of Turkic States (OTS) met. Leaders of OTS member states signed a declaration.",
     ["Organization of Turkic States", "OTS"], []),
    ("The Belarusian Academy of Sciences and Zhejiang University signed an agreement.",
     ["Belarusian Academy of Sciences", "Zhejiang University"], []),
]

NOT_ORG = [
    ("Goods pass through the Khorgos free economic zone.", [], []),
    ("Residents of the Great Stone Industrial Park include 100 companies.", [], []),
    ("Trucks queued at the Dostyk checkpoint.", [], []),
    ("The talks were held at the Palace of Independence.", [], []),
    ("The Astana International Forum opened on Thursday.", [], []),
    ("The projects are part of the Belt and Road Initiative.", [], []),
    ("Trade between Belarus and Kazakhstan grew last year.", [], []),
    ("Belarus applies VAT at a rate of 20% on these imports.", [], []),
    ("The ministers agreed to set up a joint Working Group on transport.", [], []),
    ("The Days of Culture of Kazakhstan will be held in Minsk.", [], []),
    ("The match took place at the Minsk Arena.", [], []),
    ("The mayor met the delegation at the Minsk City Hall.", [], []),
    ("Goods travel along the Trans-Caspian International Transport Route and the Middle Corridor.", [], []),
    ("The Nurly Zhol state programme and the Kazakhstan-2050 Strategy set the goals.", [], []),
    ("The Made in Kazakhstan exhibition and the Belarus Industrial Forum were held in May.", [], []),
    ("The 10th Forum of Regions of Belarus and Russia took place in Grodno.", [], []),
    ("The Kazakh parliament and the upper chamber discussed the bill.", [], []),
]

BODIES = [
    # ministries, committees and executives of Kazakhstan and Belarus in the spellings news uses
    ("The Kazakh Foreign Ministry summoned the envoy.", ["Kazakh Foreign Ministry"], []),
    ("Kazakhstan's Ministry of Trade and Integration prepared the list.", ["Ministry of Trade and Integration"], []),
    ("Belarus' Ministry of Industry signed a memorandum.", ["Ministry of Industry"], []),
    ("The Ministry of National Economy of the Republic of Kazakhstan revised the forecast.",
     ["Ministry of National Economy of the Republic of Kazakhstan"], []),
    ("The State Revenue Committee of the Ministry of Finance of Kazakhstan collected more taxes.",
     ["State Revenue Committee of the Ministry of Finance of Kazakhstan"], []),
    ("The Akimat of Almaty signed a memorandum with the Minsk City Executive Committee.",
     ["Akimat of Almaty", "Minsk City Executive Committee"], []),
    ("The Brest Oblast Executive Committee hosted the delegation.", ["Brest Oblast Executive Committee"], []),
    ("The State Committee for Standardization of Belarus certified the product.",
     ["State Committee for Standardization of Belarus"], []),
    ("The Mazhilis of the Parliament of Kazakhstan ratified the treaty.", ["Mazhilis of the Parliament of Kazakhstan"], []),
    ("The Council of the Republic of the National Assembly of Belarus approved the law.",
     ["Council of the Republic of the National Assembly of Belarus"], []),
    ("The National Bank of the Republic of Belarus cut its refinancing rate.",
     ["National Bank of the Republic of Belarus"], []),
    ("The Belarusian Ministry of Foreign Affairs welcomed the decision.", ["Belarusian Ministry of Foreign Affairs"], []),
    # partners and international bodies
    ("The Ministry of Foreign Affairs of Uzbekistan issued a note.", ["Ministry of Foreign Affairs of Uzbekistan"], []),
    ("China's Ministry of Commerce published the figures.", ["Ministry of Commerce"], []),
    ("Russia's Ministry of Economic Development expects higher exports.", ["Ministry of Economic Development"], []),
    ("The Legislative Chamber of the Oliy Majlis of Uzbekistan adopted the law.",
     ["Legislative Chamber of the Oliy Majlis of Uzbekistan"], []),
    ("The European Commission and the European Parliament discussed sanctions.",
     ["European Commission", "European Parliament"], []),
    ("The Eurasian Economic Commission and the Supreme Eurasian Economic Council met in Minsk.",
     ["Eurasian Economic Commission", "Supreme Eurasian Economic Council"], []),
    ("The Grand National Assembly of Turkey ratified the agreement.", ["Grand National Assembly of Turkey"], []),
    ("The Milli Majlis of Azerbaijan hosted the delegation.", ["Milli Majlis of Azerbaijan"], []),
    ("The State Duma and the Federation Council approved the budget.", ["State Duma", "Federation Council"], []),
    ("The National People's Congress of China ratified the treaty.", ["National People's Congress of China"], []),
    ("The Ministry of Trade of Turkey and the Azerbaijani Ministry of Economy signed a plan.",
     ["Ministry of Trade of Turkey", "Azerbaijani Ministry of Economy"], []),
]

PEOPLE = [
    ("Sh.Mirziyoyev received the delegation.", [], ["Sh.Mirziyoyev"]),
    ("The message was signed by Zh.Ospanov.", [], ["Zh.Ospanov"]),
    ("Uzbek President Shavkat Mirziyoyev met Turkish President Recep Tayyip Erdogan.",
     [], ["Shavkat Mirziyoyev", "Recep Tayyip Erdogan"]),
    ("Belarusian President Alexander Lukashenka received the letter. Lukashenka said it was timely.",
     [], ["Alexander Lukashenka", "Lukashenka"]),
    ("Azerbaijani President Ilham Aliyev and Chinese President Xi Jinping met.", [], ["Ilham Aliyev", "Xi Jinping"]),
    ("South Korean President Yoon Suk Yeol welcomed Kazakh President Kassym-Jomart Tokayev.",
     [], ["Yoon Suk Yeol", "Kassym-Jomart Tokayev"]),
    ("German Chancellor Olaf Scholz spoke with European Commission President Ursula von der Leyen.",
     ["European Commission"], ["Olaf Scholz", "Ursula von der Leyen"]),
    ("Qatari Emir Tamim bin Hamad Al Thani received the minister.", [], ["Tamim bin Hamad Al Thani"]),
    ("Vietnamese Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang.", [], ["Pham Minh Chinh", "Li Qiang"]),
    ("Prime Minister Olzhas Bektenov and his Belarusian counterpart Roman Golovchenko signed the protocol.",
     [], ["Olzhas Bektenov", "Roman Golovchenko"]),
    ("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon attended.", [], ["Sadyr Japarov", "Emomali Rahmon"]),
    ("Turkmen President Serdar Berdimuhamedov arrived on Monday.", [], ["Serdar Berdimuhamedov"]),
    ("Russian Prime Minister Mikhail Mishustin chaired the session.", [], ["Mikhail Mishustin"]),
    ("Turkish Foreign Minister Hakan Fidan met his Azerbaijani counterpart Jeyhun Bayramov.",
     [], ["Hakan Fidan", "Jeyhun Bayramov"]),
    ("Belarusian Foreign Minister Maxim Ryzhenkov held talks with Kazakh Foreign Minister Murat Nurtleu.",
     [], ["Maxim Ryzhenkov", "Murat Nurtleu"]),
    ("German President Frank-Walter Steinmeier visited Astana.", [], ["Frank-Walter Steinmeier"]),
    ("Saudi Crown Prince Mohammed bin Salman hosted the summit.", [], ["Mohammed bin Salman"]),
    ("Korean Prime Minister Han Duck-soo arrived in Tashkent.", [], ["Han Duck-soo"]),
    ("The report was prepared by A.A. Erofeev and S.Aleinik.", [], ["A.A. Erofeev", "S.Aleinik"]),
    ("Akim of Kostanay Region Kumar Aksakalov met the investors.", [], ["Kumar Aksakalov"]),
    ("Governor of Minsk Oblast Alexander Turchin visited the plant.", [], ["Alexander Turchin"]),
]

HEADLINES = [
    # a title-case headline capitalises its verbs and function words: they are no names
    ("Belarusian PM Meets Kazakh Minister Of Trade And Integration", [], []),
    ("Kazakh President Receives Credentials Of New Ambassadors", [], []),
    ("Minsk Hosts Meeting Of Kazakhstan-Belarus Business Council", ["Kazakhstan-Belarus Business Council"], []),
    ("Kazakh, Uzbek Foreign Ministers Meet In Tashkent", [], []),
    ("KazMunayGas, SOCAR Eye New Projects", ["KazMunayGas", "SOCAR"], []),
    ("Belarusian Minister Of Industry Alexander Yefimov Visits Karaganda", [], ["Alexander Yefimov"]),
    ("Tokayev Meets Head Of China National Petroleum Corporation", ["China National Petroleum Corporation"], ["Tokayev"]),
    ("By Sanjay Kumar", [], ["Sanjay Kumar"]),
]


def entity_texts(nlp, text, label):
    return sorted({e.text for e in nlp(text).ents if e.label_ == label})


@pytest.mark.parametrize("text, orgs, people", ORG_SHAPES + NOT_ORG + BODIES + PEOPLE + HEADLINES)
def test_probe(nlp, text, orgs, people):
    assert (entity_texts(nlp, text, "ORG"), entity_texts(nlp, text, "PERSON")) == (sorted(orgs), sorted(people))
