"""Trade records on wordings the rules were not written from: one probe per family of issue 11 (periods,
figures whatever the verb, restatements, parties), each sentence written for this file in the wire style and
annotated by GUIDELINES.md ("Decisions on borderline cases"). Every field the scorer reads is compared."""
import pytest

import kazbel_extract
from kazbel_extract import vocabulary
from kazbel_extract.events.period_parsing import Calendar

B, K, U, C, KR, EU, R = "Belarus", "Kazakhstan", "Uzbekistan", "China", "South Korea", "European Union", "Russia"
KG, T, AZ, TJ = "Kyrgyzstan", "Türkiye", "Azerbaijan", "Tajikistan"
PUBLISHED = "2024-06-15"
FIELDS = ("metric", "value", "period", "change_pct", "change_factor", "status", "parties", "reporter")


def trade(text, published=PUBLISHED):
    article = kazbel_extract.extract(text, published=published)
    return [{k: e.to_dict()[k] for k in FIELDS} for e in article.events if e.type == "trade"]


def rec(metric="turnover", value=None, period=None, pct=None, factor=None, status="actual", parties=(), reporter=None):
    return {"metric": metric, "value": value, "period": period, "change_pct": pct, "change_factor": factor,
            "status": status, "parties": sorted(parties), "reporter": reporter}


# -- the period cues are calendar data ------------------------------------------------------------------------

def test_period_cues_come_from_the_calendar_and_the_shifts_back_from_its_relative_years():
    table = {**vocabulary.default("calendar")}
    table["relative_years"] = {**table["relative_years"], "the twelve months before": -1}
    table["back_references"] = [*table["back_references"], "period under review"]
    calendar = Calendar(table)
    assert calendar.shift_back.search("the same period the twelve months before")
    assert calendar.shift_back.search("a year earlier") and not calendar.shift_back.search("next year")
    assert calendar.back_reference.search("over the period  under review")
    assert calendar.back_reference.search("in the corresponding period")
    assert not calendar.back_reference.search("period")
    assert calendar.deadline.search("a programme until the end of") and calendar.deadline.search("roadmap through")
    assert not calendar.deadline.search("trade grew in")


# -- the probes, by family: sentence and published date in, every record out ---------------------------------
# Period resolution (family 3): year spans, "since", "the same period last year", the base of a comparison,
# relative periods of the clause, a stated period carrying in its paragraph only, back-references, deadlines.

PERIODS = [
    pytest.param("Trade between Belarus and Kazakhstan reached $1 billion in 2022. Over the first nine months of the "
                 "year exports rose 8%.", "2023-03-01",
                 [rec(value=1e9, period="2022", parties=(B, K)), rec("export", period="2022-01/2022-09", pct=8.0,
                                                                     parties=(B, K))],
                 id="'the year' is the year its paragraph is about"),
    pytest.param("In 2023 trade between Belarus and Kazakhstan grew by 10%. In the fourth quarter, the growth reached "
                 "15%.", "2024-02-01",
                 [rec(period="2023", pct=10.0, parties=(B, K)), rec(period="2023-10/2023-12", pct=15.0, parties=(B, K))],
                 id="'the growth' of nothing named is the trade's"),
    pytest.param("From 2019 to 2023 Kazakhstan's exports to Uzbekistan grew by 45%.", PUBLISHED,
                 [rec('export', period='2019-01/2023-12', pct=45.0, parties=(K, U), reporter=K)], id='year span 1'),
    pytest.param('Over 2018-2022 trade between Belarus and China increased 1.6 times.', PUBLISHED,
                 [rec(period='2018-01/2022-12', factor=1.6, parties=(B, C))], id='year span 2'),
    pytest.param('In 2016-2020 Kazakhstan attracted $4 billion of investment from the EU.', PUBLISHED,
                 [rec('investment', value=4e9, period='2016-01/2020-12', parties=(EU, K), reporter=EU)],
                 id='year span 3'),
    pytest.param('Trade between Belarus and Kazakhstan in 2021-2023 grew by 40%.', PUBLISHED,
                 [rec(period='2021-01/2023-12', pct=40.0, parties=(B, K))], id='wire wording 33'),
    pytest.param("Since 2015 Korean companies have invested over $2 billion in Kazakhstan's economy.", PUBLISHED,
                 [rec('investment', value=2e9, parties=(K, KR), reporter=KR)], id='since: a total of no period 1'),
    pytest.param('Since 2010 the volume of trade between Belarus and the European Union has tripled.', PUBLISHED,
                 [rec(factor=3.0, parties=(B, EU))], id='since: a total of no period 2'),
    pytest.param("Korean investments in Kazakhstan's economy since 2005 have totalled $9 billion.", PUBLISHED,
                 [rec('investment', value=9e9, parties=(K, KR), reporter=KR)], id='wire wording 16'),
    pytest.param('In January-March 2024 trade between Kazakhstan and Uzbekistan reached $1.1 billion, up 12% on '
                 'the same period last year.', PUBLISHED,
                 [rec(value=1.1e9, period='2024-01/2024-03', pct=12.0, parties=(K, U))],
                 id='the same period last year 1'),
    pytest.param('Belarus-China trade totalled $5.1 billion in January-May, up 18% from the same period of '
                 '2023.', PUBLISHED,
                 [rec(value=5.1e9, period='2024-01/2024-05', pct=18.0, parties=(B, C))],
                 id='the same period last year 2'),
    pytest.param('Trade between Kazakhstan and South Korea amounted to $6.2 billion in 2023. In the same period '
                 'last year it stood at $5.8 billion.', PUBLISHED,
                 [rec(value=6.2e9, period='2023', parties=(K, KR)), rec(value=5.8e9, period='2022', parties=(K, KR))],
                 id='the same period last year 3'),
    pytest.param('Kazakhstan-Belarus trade turnover in January-July increased by 9.3% compared to the same period '
                 'of last year.', '2024-08-10',
                 [rec(period='2024-01/2024-07', pct=9.3, parties=(B, K))], id='a change-only figure 23'),
    pytest.param('Compared with 2022, trade between Belarus and Kazakhstan grew by 7% in 2023.', PUBLISHED,
                 [rec(period='2023', pct=7.0, parties=(B, K))], id='the base of a comparison is not the period 1'),
    pytest.param('Trade between Belarus and Uzbekistan rose by 20% in 2023 against 2021.', PUBLISHED,
                 [rec(period='2023', pct=20.0, parties=(B, U))], id='the base of a comparison is not the period 2'),
    pytest.param("Kazakhstan's exports to China were 15% higher in 2023 than in 2022.", PUBLISHED,
                 [rec('export', period='2023', pct=15.0, parties=(C, K), reporter=K)],
                 id='the base of a comparison is not the period 3'),
    pytest.param('Trade between Kazakhstan and Russia was $27 billion in 2023, compared with $26 billion a year '
                 'earlier.', PUBLISHED,
                 [rec(value=2.7e10, period='2023', parties=(K, R)), rec(value=2.6e10, period='2022', parties=(K, R))],
                 id='the base of a comparison is not the period 4'),
    pytest.param("Belarus' exports to China stood at $1.2 billion in 2023 against $900 million a year "
                 "before.", PUBLISHED,
                 [rec('export', value=1.2e9, period='2023', parties=(B, C), reporter=B),
                  rec('export', value=9e8, period='2022', parties=(B, C), reporter=B)],
                 id='the base of a comparison is not the period 5'),
    pytest.param("In 2023 Belarus' exports to Kazakhstan rose to $1 billion from $850 million in 2022.", PUBLISHED,
                 [rec('export', value=1e9, period='2023', parties=(B, K), reporter=B),
                  rec('export', value=8.5e8, period='2022', parties=(B, K), reporter=B)],
                 id='the base of a comparison is not the period 6'),
    pytest.param('In 2023, the trade turnover between Kazakhstan and Türkiye amounted to $6.4 billion, a decrease '
                 'of 3 percent compared to 2022 ($6.6 billion).', PUBLISHED,
                 [rec(value=6.4e9, period='2023', pct=-3.0, parties=(K, 'Türkiye')),
                  rec(value=6.6e9, period='2022', parties=(K, 'Türkiye'))],
                 id='wire wording 11'),
    pytest.param('Trade between Kazakhstan and Azerbaijan in January-May amounted to $210 million. Exports from '
                 'Kazakhstan for the period totalled $150 million, which is 12 percent more than in January-May '
                 '2023 ($134 million).', PUBLISHED,
                 [rec(value=2.1e8, period='2024-01/2024-05', parties=('Azerbaijan', K)),
                  rec('export', value=1.5e8, period='2024-01/2024-05', pct=12.0, parties=('Azerbaijan', K), reporter=K),
                  rec('export', value=1.34e8, period='2023-01/2023-05', parties=('Azerbaijan', K), reporter=K)],
                 id='wire wording 2'),
    pytest.param('According to the National Statistical Committee, in January-November 2023 Belarus-Kazakhstan '
                 'trade amounted to $1.16 billion, which is 8.7% more than in the same period of 2022.', PUBLISHED,
                 [rec(value=1.16e9, period='2023-01/2023-11', pct=8.7, parties=(B, K))], id='wire wording 1'),
    pytest.param('Compared to January-June 2023, trade between Belarus and Kazakhstan grew by 11%.', '2024-08-01',
                 [rec(pct=11.0, parties=(B, K))], id='a change-only figure 24'),
    pytest.param('Trade between Belarus and Kazakhstan grew from $800 million in 2020 to $1.3 billion in '
                 '2023.', PUBLISHED,
                 [rec(value=8e8, period='2020', parties=(B, K)), rec(value=1.3e9, period='2023', parties=(B, K))],
                 id='wire wording 13'),
    pytest.param('In 2021 Belarus and Kazakhstan launched a roadmap. This year, exports from Belarus to Kazakhstan'
                 ' have already reached $400 million.', PUBLISHED,
                 [rec('export', value=4e8, period='2024', parties=(B, K), reporter=B)],
                 id='a relative period of the clause 1'),
    pytest.param('In the first quarter of this year, trade between Belarus and China grew by 9%.', PUBLISHED,
                 [rec(period='2024-01/2024-03', pct=9.0, parties=(B, C))], id='a relative period of the clause 3'),
    pytest.param('Last year trade between Belarus and Kazakhstan amounted to $1.3 billion.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='a relative period of the clause 4'),
    pytest.param('Over the past five years trade between Belarus and Kazakhstan has doubled.', PUBLISHED,
                 [rec(factor=2.0, parties=(B, K))], id='a relative period of the clause 5'),
    pytest.param('In H1 2024 trade between Belarus and Uzbekistan was $400 million.', PUBLISHED,
                 [rec(value=4e8, period='2024-01/2024-06', parties=(B, U))], id='a relative period of the clause 6'),
    pytest.param('Belarusian exports to Kazakhstan in the first five months of the year grew by 14.5% in annual '
                 'terms.', PUBLISHED,
                 [rec('export', period='2024-01/2024-05', pct=14.5, parties=(B, K), reporter=B)],
                 id='wire wording 12'),
    pytest.param('Trade turnover between the countries has increased almost fourfold over the past '
                 'decade.', PUBLISHED,
                 [rec(factor=4.0)], id='wire wording 13'),
    pytest.param("Kazakhstan's trade turnover with Belarus for 11 months of 2023 amounted to $1.1 billion "
                 "(+10.5%).", PUBLISHED,
                 [rec(value=1.1e9, period='2023-01/2023-11', pct=10.5, parties=(B, K))], id='wire wording 6'),
    pytest.param('Belarusian exports to Kazakhstan in January-October totaled $850 million, growing by 9% '
                 'year-on-year.', '2023-11-20',
                 [rec('export', value=8.5e8, period='2023-01/2023-10', pct=9.0, parties=(B, K), reporter=B)],
                 id='wire wording 9'),
    pytest.param('Trade between Belarus and Kazakhstan dropped by 3.1% year-on-year in the first '
                 'quarter.', '2024-05-10',
                 [rec(period='2024-01/2024-03', pct=-3.1, parties=(B, K))], id='wire wording 14'),
    pytest.param('At the end of 2023, trade between Belarus and Uzbekistan amounted to $1 billion.', PUBLISHED,
                 [rec(value=1e9, period='2023', parties=(B, U))], id='wire wording 15'),
    pytest.param('By the end of the year trade between Belarus and Kazakhstan is expected to reach $1.5 '
                 'billion.', PUBLISHED,
                 [rec(value=1.5e9, period='2024', status='forecast', parties=(B, K))], id='wire wording 16'),
    pytest.param('In the period from January to September 2023 trade between Kazakhstan and China totalled $30 '
                 'billion.', PUBLISHED,
                 [rec(value=3e10, period='2023-01/2023-09', parties=(C, K))], id='wire wording 17'),
    pytest.param('By the results of 2023, the trade turnover of Belarus and Kazakhstan amounted to $1.3 '
                 'billion.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='wire wording 6'),
    pytest.param('Trade between Belarus and Kazakhstan reached $1.2 billion in 2022. In the first eight months of '
                 'this year, the figure reached $900 million.', '2023-10-05',
                 [rec(value=1.2e9, period='2022', parties=(B, K)),
                  rec(value=9e8, period='2023-01/2023-08', parties=(B, K))],
                 id='wire wording 7'),
    pytest.param('Trade between Belarus and Kazakhstan increased by 8% in the first quarter. In April it rose by a'
                 ' further 3%.', PUBLISHED,
                 [rec(period='2024-01/2024-03', pct=8.0, parties=(B, K)),
                  rec(period='2024-04', pct=3.0, parties=(B, K))],
                 id='wire wording 18'),
    pytest.param('Trade grew by 5% in 2023 against 2022 and by 12% in January-May 2024.', PUBLISHED,
                 [rec(period='2023', pct=5.0), rec(period='2024-01/2024-05', pct=12.0)], id='wire wording 41'),
    pytest.param('Mutual trade turnover reached $1.3 billion in 2023; in January-April 2024 it amounted to $480 '
                 'million, a 6% increase year on year.', PUBLISHED,
                 [rec(value=1.3e9, period='2023'), rec(value=4.8e8, period='2024-01/2024-04', pct=6.0)],
                 id='wire wording 42'),
    pytest.param('The commission reviewed the results of January-September 2023. Trade between Belarus and '
                 'Kazakhstan exceeded $900 million, while Belarusian exports came to $700 million.', PUBLISHED,
                 [rec(value=9e8, period='2023-01/2023-09', parties=(B, K)),
                  rec('export', value=7e8, period='2023-01/2023-09', parties=(B, K), reporter=B)],
                 id='a stated period carries in its paragraph only 1'),
    pytest.param('The commission reviewed the results of 2023.\n\nExports from Kazakhstan to Belarus totalled $300'
                 ' million.', PUBLISHED,
                 [rec('export', value=3e8, parties=(B, K), reporter=K)],
                 id='a stated period carries in its paragraph only 2'),
    pytest.param("The ministers discussed the results of the first half of 2023. Kazakhstan's exports to "
                 "Uzbekistan reached $1.5 billion.\n\nThe sides also agreed to launch a new rail route. Trade "
                 "between Kazakhstan and Uzbekistan may reach $10 billion.", PUBLISHED,
                 [rec('export', value=1.5e9, period='2023-01/2023-06', parties=(K, U), reporter=K),
                  rec(value=1e10, status='forecast', parties=(K, U))],
                 id='a stated period carries in its paragraph only 3'),
    pytest.param('In January-June 2024 trade between Kazakhstan and Uzbekistan reached $2.1 billion.\n\nIn the '
                 'same period Kazakh exports to Uzbekistan came to $1.4 billion.', '2024-08-01',
                 [rec(value=2.1e9, period='2024-01/2024-06', parties=(K, U)),
                  rec('export', value=1.4e9, period='2024-01/2024-06', parties=(K, U), reporter=K)],
                 id='a back-reference takes the last period 1'),
    pytest.param('In 2023 trade between Belarus and China reached $8.4 billion.\n\nDuring the reporting period '
                 'Belarusian exports to China amounted to $1.8 billion.', PUBLISHED,
                 [rec(value=8.4e9, period='2023', parties=(B, C)),
                  rec('export', value=1.8e9, period='2023', parties=(B, C), reporter=B)],
                 id='a back-reference takes the last period 2'),
    pytest.param("In January-April 2024 Kazakhstan's trade with Korea amounted to $2.4 billion. Over the same "
                 "period of 2023 it was $1.9 billion.", PUBLISHED,
                 [rec(value=2.4e9, period='2024-01/2024-04', parties=(K, KR)),
                  rec(value=1.9e9, period='2023-01/2023-04', parties=(K, KR))],
                 id='a back-reference takes the last period 3'),
    pytest.param('Imports from Azerbaijan rose 8 percent from January through May, reaching $60 million. In the '
                 'same months of 2023, imports stood at $55.5 million.', PUBLISHED,
                 [rec('import', value=6e7, period='2024-01/2024-05', pct=8.0, parties=('Azerbaijan',)),
                  rec('import', value=5.55e7, period='2023-01/2023-05', parties=('Azerbaijan',))],
                 id='wire wording 3'),
    pytest.param('The countries adopted a roadmap until 2025. Trade between Belarus and Kazakhstan has reached '
                 '$1.3 billion.', PUBLISHED,
                 [rec(value=1.3e9, parties=(B, K))], id='a deadline is no period 1'),
    pytest.param('In January-April 2024 trade between Belarus and Kazakhstan reached $450 million. Exports from '
                 'Kazakhstan rose 17% compared to the same period last year.', PUBLISHED,
                 [rec(value=4.5e8, period='2024-01/2024-04', parties=(B, K)),
                  rec('export', period='2024-01/2024-04', pct=17.0, parties=(B, K), reporter=K)],
                 id='a change against the same period'),
]

FIGURES = [
    pytest.param("Trade between Belarus and Kazakhstan rose by $100 million to $1.3 billion in 2023.", PUBLISHED,
                 [rec(value=1.3e9, period="2023", parties=(B, K))], id="the amount reached, not the increment"),
    pytest.param("In 2023 Kazakhstan's exports to Belarus slumped 18% to $350 million.", PUBLISHED,
                 [rec('export', value=3.5e8, period='2023', pct=-18.0, parties=(B, K), reporter=K)],
                 id='any verb of a trade subject 1'),
    pytest.param('Belarusian imports from Kazakhstan topped $400 million in 2023.', PUBLISHED,
                 [rec('import', value=4e8, period='2023', parties=(B, K), reporter=B)],
                 id='any verb of a trade subject 2'),
    pytest.param('Trade between Belarus and Kazakhstan neared $1.5 billion in 2023.', PUBLISHED,
                 [rec(value=1.5e9, period='2023', parties=(B, K))], id='any verb of a trade subject 3'),
    pytest.param('Bilateral trade between Kazakhstan and Uzbekistan hit a record $4.4 billion in 2023.', PUBLISHED,
                 [rec(value=4.4e9, period='2023', parties=(K, U))], id='any verb of a trade subject 4'),
    pytest.param('Trade between Belarus and China made up $5.8 billion in 2023.', PUBLISHED,
                 [rec(value=5.8e9, period='2023', parties=(B, C))], id='any verb of a trade subject 5'),
    pytest.param("Kazakhstan's exports to Korea exceeded $1.7 billion in 2023.", PUBLISHED,
                 [rec('export', value=1.7e9, period='2023', parties=(K, KR), reporter=K)],
                 id='any verb of a trade subject 6'),
    pytest.param('In 2023 the turnover between Belarus and Kazakhstan stood at around $1.4 billion.', PUBLISHED,
                 [rec(value=1.4e9, period='2023', parties=(B, K))], id='any verb of a trade subject 7'),
    pytest.param('Kazakh-Uzbek trade edged up 3% to $4.5 billion in 2023.', PUBLISHED,
                 [rec(value=4.5e9, period='2023', pct=3.0, parties=(K, U))], id='any verb of a trade subject 8'),
    pytest.param('Exports from Belarus to Kazakhstan climbed to $1.1 billion last year.', PUBLISHED,
                 [rec('export', value=1.1e9, period='2023', parties=(B, K), reporter=B)],
                 id='any verb of a trade subject 9'),
    pytest.param("Belarus's trade with the European Union shrank to $8 billion in 2022.", PUBLISHED,
                 [rec(value=8e9, period='2022', parties=(B, EU))], id='any verb of a trade subject 10'),
    pytest.param("In 2023 Uzbekistan's imports from Kazakhstan came in at $1.3 billion.", PUBLISHED,
                 [rec('import', value=1.3e9, period='2023', parties=(K, U), reporter=U)],
                 id='any verb of a trade subject 11'),
    pytest.param('Kazakh-Belarusian trade registered a 5% growth in 2023.', PUBLISHED,
                 [rec(period='2023', pct=5.0, parties=(B, K))], id='any verb of a trade subject 12'),
    pytest.param('Trade between Belarus and China in 2023 amounted to $8.4 billion, 1.6 times more than in '
                 '2022.', PUBLISHED,
                 [rec(value=8.4e9, period='2023', factor=1.6, parties=(B, C))], id='any verb of a trade subject 13'),
    pytest.param("Kazakhstan's imports from China totalled $15 billion in 2023, while exports sank to $12 "
                 "billion.", PUBLISHED,
                 [rec('import', value=1.5e10, period='2023', parties=(C, K), reporter=K),
                  rec('export', value=1.2e10, period='2023', parties=(C, K), reporter=K)],
                 id='any verb of a trade subject 14'),
    pytest.param('In 2023 mutual trade between Kazakhstan and Uzbekistan totalled $4.4 billion and is projected to'
                 ' reach $10 billion by 2030.', PUBLISHED,
                 [rec(value=4.4e9, period='2023', parties=(K, U)),
                  rec(value=1e10, period='2030', status='forecast', parties=(K, U))],
                 id='any verb of a trade subject 15'),
    pytest.param('The trade turnover between the two countries in 2022 increased by 14.6% and amounted to $1.2 '
                 'billion.', PUBLISHED,
                 [rec(value=1.2e9, period='2022', pct=14.6)], id='wire wording 2'),
    pytest.param('In 2023 exports of Belarusian goods to Kazakhstan amounted to $900 million, imports - $300 '
                 'million.', PUBLISHED,
                 [rec('export', value=9e8, period='2023', parties=(B, K), reporter=B),
                  rec('import', value=3e8, period='2023', parties=(B, K), reporter=B)],
                 id='wire wording 3'),
    pytest.param("In 2023 Belarus' trade surplus with Kazakhstan was $600 million.", PUBLISHED,
                 [rec('surplus', value=6e8, period='2023', parties=(B, K))], id='wire wording 4'),
    pytest.param('The volume of mutual trade between Belarus and Kazakhstan in 2023 exceeded $1.3 billion, and the'
                 ' positive balance for Belarus reached $700 million.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K)),
                  rec('surplus', value=7e8, period='2023', parties=(B, K))],
                 id='wire wording 5'),
    pytest.param("In 2022 the volume of Kazakhstan's investments in Belarus amounted to $30 million.", PUBLISHED,
                 [rec('investment', value=3e7, period='2022', parties=(B, K), reporter=K)], id='wire wording 8'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan amounted to $1.3bn.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='wire wording 10'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan amounted to USD 1.3 billion.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='wire wording 11'),
    pytest.param("In 2023 Kazakhstan's exports to Belarus amounted to 320 million US dollars.", PUBLISHED,
                 [rec('export', value=3.2e8, period='2023', parties=(B, K), reporter=K)], id='wire wording 12'),
    pytest.param('Kazakh exports to Belarus rose by 6% to $620 million in 2023.', PUBLISHED,
                 [rec('export', value=6.2e8, period='2023', pct=6.0, parties=(B, K), reporter=K)],
                 id='wire wording 18'),
    pytest.param('In 2023 Belarusian supplies to Kazakhstan increased by 12%.', PUBLISHED,
                 [rec('export', period='2023', pct=12.0, parties=(B, K), reporter=B)], id='wire wording 19'),
    pytest.param('In 2023 Belarus supplied products worth $700 million to Kazakhstan.', PUBLISHED,
                 [rec('export', value=7e8, period='2023', parties=(B, K), reporter=B)], id='wire wording 20'),
    pytest.param("Belarus' foreign trade turnover with Kazakhstan in 2023 reached $1.4 billion.", PUBLISHED,
                 [rec(value=1.4e9, period='2023', parties=(B, K))], id='wire wording 21'),
    pytest.param('Trade between the two countries decreased by 4.3 percent to 1.2 billion dollars in '
                 '2023.', PUBLISHED,
                 [rec(value=1.2e9, period='2023', pct=-4.3)], id='wire wording 22'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan increased by 12.4 percent, amounting to $1.4 '
                 'billion. Belarusian exports grew by 15 percent to $1 billion, while imports from Kazakhstan '
                 'decreased by 2 percent to $400 million.', PUBLISHED,
                 [rec(value=1.4e9, period='2023', pct=12.4, parties=(B, K)),
                  rec('export', value=1e9, period='2023', pct=15.0, parties=(B, K), reporter=B),
                  rec('import', value=4e8, period='2023', pct=-2.0, parties=(B, K), reporter=B)],
                 id='wire wording 26'),
    pytest.param('Trade turnover between Uzbekistan and Kazakhstan amounted to $4.4 billion in 2023. Uzbekistan '
                 'exported goods worth $1.3 billion and imported goods worth $3.1 billion.', PUBLISHED,
                 [rec(value=4.4e9, period='2023', parties=(K, U)),
                  rec('export', value=1.3e9, period='2023', parties=(K, U), reporter=U),
                  rec('import', value=3.1e9, period='2023', parties=(K, U), reporter=U)],
                 id='wire wording 27'),
    pytest.param('Last year, Belarusian-Chinese trade totalled $8.4 billion, which is 1.6 times more than '
                 'in 2022.', PUBLISHED,
                 [rec(value=8.4e9, period='2023', factor=1.6, parties=(B, C))], id='wire wording 28'),
    pytest.param("In 2023 the EU accounted for 30% of Kazakhstan's foreign trade, with turnover of $39 "
                 "billion.", PUBLISHED,
                 [rec(value=3.9e10, period='2023', parties=(EU, K))], id='wire wording 29'),
    pytest.param('In January-June the turnover of goods between Kazakhstan and Korea increased 1.3 times to $3.5 '
                 'billion.', '2024-08-01',
                 [rec(value=3.5e9, period='2024-01/2024-06', factor=1.3, parties=(K, KR))], id='wire wording 30'),
    pytest.param('Belarus and Kazakhstan trade reached $1 billion for the first time in 2011.', PUBLISHED,
                 [rec(value=1e9, period='2011', parties=(B, K))], id='wire wording 31'),
    pytest.param('In 2023 Chinese investment in Kazakhstan rose 20% to $2.5 billion.', PUBLISHED,
                 [rec('investment', value=2.5e9, period='2023', pct=20.0, parties=(C, K), reporter=C)],
                 id='wire wording 34'),
    pytest.param("Belarus' export of dairy products to Kazakhstan reached $150 million in 2023.", PUBLISHED,
                 [rec('export', value=1.5e8, period='2023', parties=(B, K), reporter=B)], id='wire wording 35'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan was worth $1.3 billion.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='wire wording 36'),
    pytest.param("In 2023 trade turnover between Kazakhstan and Belarus amounted to $1.3 billion. Kazakhstan's "
                 "exports accounted for $400 million of this.", PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K)),
                  rec('export', value=4e8, period='2023', parties=(B, K), reporter=K)],
                 id='wire wording 40'),
    pytest.param('In 2023 Belarus-Kazakhstan trade grew by 9.1 percent year on year to reach 1.3 billion U.S. '
                 'dollars, according to the Belarusian customs.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', pct=9.1, parties=(B, K))], id='wire wording 43'),
    pytest.param('In 2023 trade between Kazakhstan and Uzbekistan rose by a quarter to $4.4 billion.', PUBLISHED,
                 [rec(value=4.4e9, period='2023', pct=25.0, parties=(K, U))], id='wire wording 44'),
    pytest.param("Kazakhstan's exports to Uzbekistan in 2023 amounted to $3.1 billion, up 12% on 2022, and imports"
                 " from Uzbekistan to $1.3 billion, down 3%.", PUBLISHED,
                 [rec('export', value=3.1e9, period='2023', pct=12.0, parties=(K, U), reporter=K),
                  rec('import', value=1.3e9, period='2023', pct=-3.0, parties=(K, U), reporter=K)],
                 id='wire wording 45'),
    pytest.param('Kyrgyzstan and Kazakhstan discussed logistics.\n\nAccording to the minister, bilateral trade is '
                 'growing year by year. From 2020 to 2024 it increased by 45 percent, including exports — by 40 '
                 'percent and imports — by 52 percent.', '2025-02-01',
                 [rec(period='2020-01/2024-12', pct=45.0, parties=(K, 'Kyrgyzstan')),
                  rec('export', period='2020-01/2024-12', pct=40.0, parties=(K, 'Kyrgyzstan')),
                  rec('import', period='2020-01/2024-12', pct=52.0, parties=(K, 'Kyrgyzstan'))],
                 id='wire wording 4'),
    pytest.param("Kazakhstan is one of Belarus' key partners, with trade of $1.3 billion in 2023.", PUBLISHED,
                 [rec(value=1.3e9, period='2023', parties=(B, K))], id='wire wording 8'),
    pytest.param('Mutual trade between Belarus and Kazakhstan is about $1.3 billion a year.', PUBLISHED,
                 [rec(value=1.3e9, parties=(B, K))], id='wire wording 9'),
    pytest.param('Trade between Belarus and Kazakhstan was $1.1 billion in 2022 and $1.3 billion in 2023.', PUBLISHED,
                 [rec(value=1.1e9, period='2022', parties=(B, K)), rec(value=1.3e9, period='2023', parties=(B, K))],
                 id='wire wording 10'),
    pytest.param("In 2023 the EU remained Kazakhstan's main trade partner: trade reached $41 billion, of which "
                 "Kazakh exports made up $30 billion.", PUBLISHED,
                 [rec(value=4.1e10, period='2023', parties=(EU, K)),
                  rec('export', value=3e10, period='2023', parties=(EU, K), reporter=K)],
                 id='wire wording 14'),
    pytest.param('Kazakhstan attracted $1.5 billion of foreign direct investment from Korea in 2023.', PUBLISHED,
                 [rec('investment', value=1.5e9, period='2023', parties=(K, KR), reporter=KR)], id='wire wording 15'),
    pytest.param('The gross inflow of investment from Belarus to Kazakhstan in 2023 amounted to $45 '
                 'million.', PUBLISHED,
                 [rec('investment', value=4.5e7, period='2023', parties=(B, K), reporter=B)], id='wire wording 17'),
    pytest.param('In January-April 2024 the trade turnover stood at $500 million. Exports accounted for $350 '
                 'million and imports for $150 million.', PUBLISHED,
                 [rec(value=5e8, period='2024-01/2024-04'),
                  rec('export', value=3.5e8, period='2024-01/2024-04'),
                  rec('import', value=1.5e8, period='2024-01/2024-04')],
                 id='wire wording 19'),
    pytest.param("In 2023 Belarus' trade surplus with Kazakhstan widened to $700 million.", PUBLISHED,
                 [rec('surplus', value=7e8, period='2023', parties=(B, K))], id='wire wording 20'),
    pytest.param('Exports of Kazakh grain to Uzbekistan reached $400 million in 2023.', PUBLISHED,
                 [rec('export', value=4e8, period='2023', parties=(K, U), reporter=K)], id='wire wording 22'),
    pytest.param('The commission noted that the trade turnover for the first half of 2024 had increased by 10% and'
                 ' reached $700 million.', PUBLISHED,
                 [rec(value=7e8, period='2024-01/2024-06', pct=10.0)], id='wire wording 24'),
    pytest.param('The volume of Belarusian exports to Kazakhstan in 2023 was $1 billion, up 7.2% from '
                 '2022.', PUBLISHED,
                 [rec('export', value=1e9, period='2023', pct=7.2, parties=(B, K), reporter=B)],
                 id='wire wording 29'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan showed growth of 20 percent.', PUBLISHED,
                 [rec(period='2023', pct=20.0, parties=(B, K))], id='a change-only figure 1'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan posted a threefold increase.', PUBLISHED,
                 [rec(period='2023', factor=3.0, parties=(B, K))], id='a change-only figure 2'),
    pytest.param('Trade between Belarus and Kazakhstan increased by 1.7 times in 2023.', PUBLISHED,
                 [rec(period='2023', factor=1.7, parties=(B, K))], id='a change-only figure 3'),
    pytest.param('In 2023 the trade turnover between Belarus and Kazakhstan added 6.5 percent.', PUBLISHED,
                 [rec(period='2023', pct=6.5, parties=(B, K))], id='a change-only figure 4'),
    pytest.param('Belarusian-Kazakh trade in January-March was up 4 percent year-on-year.', PUBLISHED,
                 [rec(period='2024-01/2024-03', pct=4.0, parties=(B, K))], id='a change-only figure 5'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan was 12% higher than in 2022.', PUBLISHED,
                 [rec(period='2023', pct=12.0, parties=(B, K))], id='a change-only figure 6'),
    pytest.param('In 2023 Belarus-Kazakhstan trade grew by 10.2% to exceed $1.3 billion.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', pct=10.2, parties=(B, K))], id='a change-only figure 8'),
    pytest.param('Trade between Belarus and Kazakhstan grew by 15% in 2022 and by a further 9% in 2023.', PUBLISHED,
                 [rec(period='2022', pct=15.0, parties=(B, K)), rec(period='2023', pct=9.0, parties=(B, K))],
                 id='a change-only figure 9'),
    pytest.param("In 2023 Kazakhstan's exports to Belarus increased 2.3-fold.", PUBLISHED,
                 [rec('export', period='2023', factor=2.3, parties=(B, K), reporter=K)],
                 id='a change-only figure 10'),
    pytest.param("Over the first half of the year Kazakhstan's trade with Korea went down 7.8 percent.", PUBLISHED,
                 [rec(period='2024-01/2024-06', pct=-7.8, parties=(K, KR))], id='a change-only figure 11'),
    pytest.param("The two countries' trade rose 14% in 2023, the ministry said, while investment grew by "
                 "30%.", PUBLISHED,
                 [rec(period='2023', pct=14.0), rec('investment', period='2023', pct=30.0)],
                 id='a change-only figure 12'),
    pytest.param('Mutual trade has more than doubled over the past three years.', PUBLISHED,
                 [rec(factor=2.0)], id='a change-only figure 13'),
    pytest.param("In 2023 Kazakhstan's exports to the EU decreased by 10% while imports from the EU rose by "
                 "20%.", PUBLISHED,
                 [rec('export', period='2023', pct=-10.0, parties=(EU, K), reporter=K),
                  rec('import', period='2023', pct=20.0, parties=(EU, K), reporter=K)],
                 id='a change-only figure 14'),
    pytest.param('Trade between Uzbekistan and Belarus grew by 18.3 percent in the first seven months of '
                 '2024.', PUBLISHED,
                 [rec(period='2024-01/2024-07', pct=18.3, parties=(B, U))], id='a change-only figure 15'),
    pytest.param('In January-May 2024 trade between Belarus and China increased by 10%. Belarusian exports rose by'
                 ' 25%.', PUBLISHED,
                 [rec(period='2024-01/2024-05', pct=10.0, parties=(B, C)),
                  rec('export', period='2024-01/2024-05', pct=25.0, parties=(B, C), reporter=B)],
                 id='a change-only figure 16'),
    pytest.param('Last year trade turnover between Belarus and Kazakhstan fell 3.5%, but this year it has already '
                 'grown by 8%.', PUBLISHED,
                 [rec(period='2023', pct=-3.5, parties=(B, K)), rec(period='2024', pct=8.0, parties=(B, K))],
                 id='a change-only figure 17'),
    pytest.param('Trade between Kazakhstan and Uzbekistan jumped by almost 40% in two years.', PUBLISHED,
                 [rec(pct=40.0, parties=(K, U))], id='a change-only figure 18'),
    pytest.param("Kazakhstan's GDP grew by 5.1% in 2023, while trade with Belarus rose by 7%.", PUBLISHED,
                 [rec(period='2023', pct=7.0, parties=(B, K))], id='a change-only figure 20'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. Supplies of Belarusian milk to Kazakhstan rose '
                 'by 15% in physical terms.', PUBLISHED,
                 [rec('export', pct=15.0, parties=(B, K), reporter=B)], id='not a trade figure 2'),
    pytest.param('Exports of Belarusian tractors to Kazakhstan rose to 3,000 units, up 12%.', PUBLISHED,
                 [rec('export', pct=12.0, parties=(B, K), reporter=B)], id='not a trade figure 6'),
]

ANAPHORA_GAPS_SPELLED = [
    pytest.param("Kazakhstan's trade with China totalled $41 billion in 2023. It was up 32% from a year "
                 "earlier.", PUBLISHED,
                 [rec(value=4.1e10, period='2023', pct=32.0, parties=(C, K))],
                 id="an anaphor takes the paragraph's metric 1"),
    pytest.param("Belarus' exports to Uzbekistan reached $500 million in 2023. The volume is expected to grow to "
                 "$700 million in 2024.", '2024-02-10',
                 [rec('export', value=5e8, period='2023', parties=(B, U), reporter=B),
                  rec('export', value=7e8, period='2024', status='forecast', parties=(B, U), reporter=B)],
                 id="an anaphor takes the paragraph's metric 2"),
    pytest.param('Trade between Kazakhstan and China reached $31 billion in 2022. In 2023 the figure stood at $41 '
                 'billion.', PUBLISHED,
                 [rec(value=3.1e10, period='2022', parties=(C, K)), rec(value=4.1e10, period='2023', parties=(C, K))],
                 id="an anaphor takes the paragraph's metric 3"),
    pytest.param('Kazakh exports to Belarus totalled $600 million in 2023. That figure was 9% higher than '
                 'in 2022.', PUBLISHED,
                 [rec('export', value=6e8, period='2023', pct=9.0, parties=(B, K), reporter=K)],
                 id="an anaphor takes the paragraph's metric 4"),
    pytest.param("Belarus' exports to Kazakhstan are dominated by machinery. In 2023 they grew by 9% to $900 "
                 "million.", PUBLISHED,
                 [rec('export', value=9e8, period='2023', pct=9.0, parties=(B, K), reporter=B)],
                 id='wire wording 21'),
    pytest.param('Belarus and Kazakhstan set a goal of $2 billion in trade. Last year trade stood at $1.3 '
                 'billion.', PUBLISHED,
                 [rec(value=2e9, status='target', parties=(B, K)), rec(value=1.3e9, period='2023', parties=(B, K))],
                 id='wire wording 26'),
    pytest.param("In 2023 Kazakhstan's exports to Uzbekistan amounted to $3.2 billion and imports to $1.3 "
                 "billion.", PUBLISHED,
                 [rec('export', value=3.2e9, period='2023', parties=(K, U), reporter=K),
                  rec('import', value=1.3e9, period='2023', parties=(K, U), reporter=K)],
                 id='a gapped clause 1'),
    pytest.param('Last year Belarusian exports to China grew by 14% and imports by 6%.', PUBLISHED,
                 [rec('export', period='2023', pct=14.0, parties=(B, C), reporter=B),
                  rec('import', period='2023', pct=6.0, parties=(B, C), reporter=B)],
                 id='a gapped clause 2'),
    pytest.param('Trade between Kazakhstan and Uzbekistan should reach ten billion dollars by 2030.', PUBLISHED,
                 [rec(value=1e10, period='2030', status='target', parties=(K, U))], id='a spelled-out amount 1'),
    pytest.param('In 2023 exports from Belarus to Kazakhstan totalled one billion US dollars.', PUBLISHED,
                 [rec('export', value=1e9, period='2023', parties=(B, K), reporter=B)], id='a spelled-out amount 2'),
    pytest.param('Investment from China in Kazakhstan reached 1.5 billion dollars last year.', PUBLISHED,
                 [rec('investment', value=1.5e9, period='2023', parties=(C, K), reporter=C)],
                 id='a spelled-out amount 3'),
]

GOALS = [
    pytest.param('In 2023 trade between Belarus and Kazakhstan fell by 3% to $1.1 billion. "We should return to growth '
                 'and reach $1.5 billion," the minister said.', PUBLISHED,
                 [rec(value=1.1e9, period="2023", pct=-3.0, parties=(B, K)),
                  rec(value=1.5e9, status="target", parties=(B, K))], id="'we' of a goal verb: the sides' trade"),
    pytest.param('In 2023 trade between Belarus and Kazakhstan reached $1.1 billion. "I would suggest $2 billion for '
                 'the first stage," the minister said.', PUBLISHED,
                 [rec(value=1.1e9, period="2023", parties=(B, K))], id="'I' is no figure's antecedent"),
    pytest.param('Trade between Belarus and Kazakhstan is forecast to grow by 10% next year.', PUBLISHED,
                 [rec(period='2025', pct=10.0, status='forecast', parties=(B, K))], id='status from the clause 1'),
    pytest.param('Belarus and Uzbekistan plan to increase mutual trade to $3 billion by 2027.', PUBLISHED,
                 [rec(value=3e9, period='2027', status='target', parties=(B, U))], id='status from the clause 2'),
    pytest.param('The two countries aim to increase trade to $3 billion in the coming years.', PUBLISHED,
                 [rec(value=3e9, status='target')], id='wire wording 23'),
    pytest.param('The task is to bring trade between Belarus and Kazakhstan to $2 billion.', PUBLISHED,
                 [rec(value=2e9, status='target', parties=(B, K))], id='wire wording 24'),
    pytest.param("Kazakhstan ranks fifth among Belarus' trading partners. In 2023 the trade turnover reached $1.3 "
                 "billion, up 4%.", PUBLISHED,
                 [rec(value=1.3e9, period='2023', pct=4.0, parties=(B, K))], id='wire wording 25'),
    pytest.param('Earlier, the presidents of Kazakhstan and Kyrgyzstan set the task of bringing mutual trade to $3'
                 ' billion.', PUBLISHED,
                 [rec(value=3e9, status='target', parties=(K, 'Kyrgyzstan'))], id='wire wording 5'),
    pytest.param('In 2024, the goal is to reach $2 billion in trade between Belarus and Kazakhstan.', PUBLISHED,
                 [rec(value=2e9, period='2024', status='target', parties=(B, K))], id='wire wording 25'),
]

RESTATEMENTS = [
    pytest.param('Trade between Belarus and Kazakhstan grew 1.5 times in 2023. Last year it totalled $1.2 '
                 'billion.', PUBLISHED,
                 [rec(value=1.2e9, period='2023', factor=1.5, parties=(B, K))], id='one fact, one record 1'),
    pytest.param('Belarus-Uzbekistan trade rose by 22% in January-March 2024.\n\nAccording to the statistics, '
                 'trade between Belarus and Uzbekistan amounted to $230 million in the first quarter of '
                 '2024.', PUBLISHED,
                 [rec(value=2.3e8, period='2024-01/2024-03', pct=22.0, parties=(B, U))], id='one fact, one record 2'),
    pytest.param('Exports from Kazakhstan to China grew by 20% in 2023. In January-May 2024 they totalled $6 '
                 'billion.', PUBLISHED,
                 [rec('export', period='2023', pct=20.0, parties=(C, K), reporter=K),
                  rec('export', value=6e9, period='2024-01/2024-05', parties=(C, K), reporter=K)],
                 id='one fact, one record 3'),
    pytest.param("Kazakhstan's imports from Belarus fell 5% in 2023 to $700 million.", PUBLISHED,
                 [rec('import', value=7e8, period='2023', pct=-5.0, parties=(B, K), reporter=K)],
                 id='one fact, one record 4'),
    pytest.param('Kazakhstan-Korea trade up 9% in 2023\n\nASTANA. KAZINFORM - Trade between Kazakhstan and South '
                 'Korea reached $6.5 billion in 2023, the ministry said.', PUBLISHED,
                 [rec(value=6.5e9, period='2023', pct=9.0, parties=(K, KR))], id='one fact, one record 5'),
    pytest.param('Trade between Belarus and Kazakhstan reached $1.3 billion in 2023.\n\nThe presidents noted that '
                 'in 2023 trade between Belarus and Kazakhstan grew by 10%.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', pct=10.0, parties=(B, K))], id='one fact, one record 6'),
    pytest.param('The two leaders noted that trade had tripled since 2017 and reached $4 billion last '
                 'year.', PUBLISHED,
                 [rec(factor=3.0), rec(value=4e9, period='2023')], id='wire wording 23'),
    pytest.param('In 2023 trade between Belarus and Kazakhstan reached $1.3 billion, a record high. This is 12% '
                 'more than in 2022.', PUBLISHED,
                 [rec(value=1.3e9, period='2023', pct=12.0, parties=(B, K))], id='wire wording 27'),
    pytest.param("Trade between Kazakhstan and Russia exceeded $28 billion in 2023. Russia accounts for about 20% "
                 "of Kazakhstan's trade.", PUBLISHED,
                 [rec(value=2.8e10, period='2023', parties=(K, R))], id='wire wording 28'),
]

HEDGED_VERBS = [
    ("In 2023 trade between Belarus and Kazakhstan nearly reached $1.3 billion.", "almost"),
    ("In 2023 trade between Belarus and Kazakhstan almost hit $1.3 billion.", "almost"),
    ("In 2023 trade between Belarus and Kazakhstan reached almost $1.3 billion.", "almost"),
    ("In 2023 trade between Belarus and Kazakhstan exceeded $1.3 billion.", "over"),
]


@pytest.mark.parametrize("text, qualifier", HEDGED_VERBS)
def test_a_hedge_before_the_verb_of_an_amount_is_the_amounts(text, qualifier):
    (figure,) = kazbel_extract.extract(text).events
    assert (figure.value, figure.qualifier) == (1.3e9, qualifier)


NOT_TRADE = [
    pytest.param("Trade between Belarus and Kazakhstan is growing. GDP growth reached 5%.", PUBLISHED, [],
                 id="the growth of something named"),
    pytest.param("Kazakhstan aims to increase its exports to Tajikistan by about $200 million.", PUBLISHED, [],
                 id="an amount a figure changes by is no value"),
    pytest.param("The new routes could raise the annual turnover between Kazakhstan and Uzbekistan by $1-2 billion.",
                 PUBLISHED, [], id="an amount a figure changes by is no value 2"),
    pytest.param("Kazakhstan's share in Uzbekistan's foreign trade reached 8.1 percent in 2023, down 0.4 "
                 "percentage points.", PUBLISHED,
                 [], id='wire wording 1'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. The share of machinery in Belarusian exports '
                 'rose to 30%.', PUBLISHED,
                 [], id='not a trade figure 1'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. Industrial output in Kazakhstan rose by '
                 '4.5%.', PUBLISHED,
                 [], id='not a trade figure 3'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. The number of joint ventures increased '
                 'by 20%.', PUBLISHED,
                 [], id='not a trade figure 4'),
    pytest.param("Kazakhstan accounts for 5% of Belarus' exports.", PUBLISHED,
                 [], id='not a trade figure 5'),
    pytest.param('Trade between Belarus and Kazakhstan grew. Inflation in Belarus slowed to 5%, and the '
                 'refinancing rate was cut by 0.5%.', PUBLISHED,
                 [], id='not a trade figure 7'),
    pytest.param('The volume of freight transported between Belarus and Kazakhstan by rail rose by 8%.', PUBLISHED,
                 [], id='not a trade figure 8'),
    pytest.param('Belarusian exports to Kazakhstan reached $1 billion in 2023. Food products account for 25% of '
                 'them.', PUBLISHED,
                 [rec('export', value=1e9, period='2023', parties=(B, K), reporter=B)], id='not a trade figure 10'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. Tariffs on Belarusian goods were reduced by '
                 '10%.', PUBLISHED,
                 [], id='not a trade figure 11'),
    pytest.param("Trade between Belarus and Kazakhstan is growing. Kazakhstan's economy expanded by 5.1% last "
                 "year.", PUBLISHED,
                 [], id='not a trade figure 12'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. The company increased its output by '
                 '20%.', PUBLISHED,
                 [], id='not a trade figure 13'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. Prices for Belarusian dairy products rose by '
                 '7%.', PUBLISHED,
                 [], id='not a trade figure 14'),
    pytest.param("Belarus and Kazakhstan discussed trade. Kazakhstan's grain harvest rose 20% to 17 million "
                 "tonnes.", PUBLISHED,
                 [], id='not a trade figure 15'),
    pytest.param('Trade between Belarus and Kazakhstan grew by 5%. Wages grew by 10%, and employment by '
                 '2%.', PUBLISHED,
                 [rec(pct=5.0, parties=(B, K))], id='not a trade figure 16'),
    pytest.param("Kazakhstan is Belarus' third largest trading partner, accounting for 4.5% of its foreign "
                 "trade.", PUBLISHED,
                 [], id='not a trade figure 18'),
    pytest.param('Trade between Belarus and Kazakhstan is growing. The loan of $200 million will finance the '
                 'plant.', PUBLISHED,
                 [], id='not a trade figure 19'),
    pytest.param('The plant, worth $100 million, will produce 5,000 tractors a year for export to '
                 'Kazakhstan.', PUBLISHED,
                 [], id='not a trade figure 20'),
    pytest.param("Trade between Belarus and Kazakhstan is growing, and Belarus' GDP rose 3.9% in 2023.", PUBLISHED,
                 [], id='not a trade figure 22'),
    pytest.param("The share of Belarusian goods in Kazakhstan's imports grew by 2 percentage points in "
                 "2023.", PUBLISHED,
                 [], id='a change-only figure 19'),
]

PARTIES = [
    pytest.param('ASTANA. KAZINFORM - Trade between Kazakhstan and Uzbekistan reached $4.5 billion in '
                 '2023.', PUBLISHED,
                 [rec(value=4.5e9, period='2023', parties=(K, U))], id='parties from the text 1'),
    pytest.param('MINSK, 12 March (BelTA) - Belarus and China intend to bring their trade to $10 billion.', PUBLISHED,
                 [rec(value=1e10, status='target', parties=(B, C))], id='parties from the text 2'),
    pytest.param("Kazakhstan's trade with the European Union grew by 10% to $40 billion in 2023.", PUBLISHED,
                 [rec(value=4e10, period='2023', pct=10.0, parties=(EU, K))], id='parties from the text 3'),
    pytest.param('Kazakhstan and Korea discussed new projects in Seoul.\n\nIn 2023 trade turnover amounted to $6.5'
                 ' billion.', PUBLISHED,
                 [rec(value=6.5e9, period='2023', parties=(K, KR))], id='parties from the text 4'),
    pytest.param('Mutual trade reached $300 million in 2023, the ministry said.', PUBLISHED,
                 [rec(value=3e8, period='2023')], id='parties from the text 5'),
    pytest.param('In 2023 trade between Minsk Oblast and Kazakhstan reached $150 million.', PUBLISHED,
                 [rec(value=1.5e8, period='2023', parties=(K, 'Minsk Oblast'))], id='parties from the text 6'),
    pytest.param("Belarus' exports to the EU fell by 40% in 2022.", PUBLISHED,
                 [rec('export', period='2022', pct=-40.0, parties=(B, EU), reporter=B)],
                 id='parties from the text 7'),
    pytest.param("Belarus and Kazakhstan held consultations in Minsk.\n\nBelarus' trade with Russia exceeded $50 "
                 "billion in 2023.", PUBLISHED,
                 [rec(value=5e10, period='2023', parties=(B, R))], id='parties from the text 8'),
    pytest.param("Uzbekistan's exports to Kazakhstan rose 9% to $1.2 billion in 2023.", PUBLISHED,
                 [rec('export', value=1.2e9, period='2023', pct=9.0, parties=(K, U), reporter=U)],
                 id='parties from the text 9'),
    pytest.param('Kazakh Trade Minister Arman Shakkaliyev said Kazakhstan-China trade rose 30% in 2023.', PUBLISHED,
                 [rec(period='2023', pct=30.0, parties=(C, K))], id='parties from the text 10'),
    pytest.param("Korea is Kazakhstan's fourth-largest trade partner. Trade between the two countries reached $6.5"
                 " billion last year.", PUBLISHED,
                 [rec(value=6.5e9, period='2023', parties=(K, KR))], id='parties from the text 11'),
    pytest.param('Trade turnover between Kazakhstan and the Republic of Korea amounted to $6.4 billion in '
                 '2023.', PUBLISHED,
                 [rec(value=6.4e9, period='2023', parties=(K, KR))], id='parties from the text 12'),
    pytest.param('Belarus and China signed a memorandum.\n\nIn 2023 Belarus exported goods worth $1.8 billion to '
                 'China.', PUBLISHED,
                 [rec('export', value=1.8e9, period='2023', parties=(B, C), reporter=B)],
                 id='parties from the text 13'),
    pytest.param('Trade between Belarus and the EAEU states grew by 8% in 2023.', PUBLISHED,
                 [rec(period='2023', pct=8.0, parties=(B, 'Eurasian Economic Union'))], id='parties from the text 14'),
    pytest.param('The President noted that over nine months of 2023 trade with Kazakhstan grew by 12%.', PUBLISHED,
                 [rec(period='2023-01/2023-09', pct=12.0, parties=(K,))], id='wire wording 32'),
    pytest.param("Kazakhstan's trade with Uzbekistan totalled $4.4 billion in 2023, while its trade with "
                 "Kyrgyzstan stood at $1.8 billion.", PUBLISHED,
                 [rec(value=4.4e9, period='2023', parties=(K, U)),
                  rec(value=1.8e9, period='2023', parties=(K, 'Kyrgyzstan'))],
                 id='wire wording 37'),
    pytest.param('The turnover between our countries has grown by 20% this year," the Belarusian President '
                 'said.', PUBLISHED,
                 [rec(period='2024', pct=20.0, parties=(B,))], id='wire wording 39'),
]

PARTY_PAIRS = [
    pytest.param("ASTANA. KAZINFORM - Kazakhstan's trade with China reached $41 billion in 2023.\n\nTrade with "
                 "Russia stood at $27 billion.", [[C, K], [K, R]], id='a side of an earlier sentence of the lede'),
    pytest.param("The Uzbek delegation visited Astana.\n\nIn 2023 Kazakhstan's exports to Uzbekistan totalled $3 "
                 "billion and imports from Uzbekistan $1.4 billion.", [[K, U], [K, U]],
                 id="a delegation's nationality in the lede"),
    pytest.param('Belarus, Kazakhstan and Russia discussed integration. In 2023 Belarus-Kazakhstan trade grew to '
                 '$1.3 billion.', [[B, K]], id="a sentence's pair of three countries of the lede"),
    pytest.param('In 2023 trade between Belarus and Kazakhstan reached $1.3 billion, while trade between Belarus '
                 'and Uzbekistan was $600 million.', [[B, K], [B, U]], id='the pair of each clause'),
    pytest.param('MINSK, 5 May (BelTA) - Belarus and Azerbaijan held talks.\n\nIn 2023 bilateral trade amounted '
                 'to $400 million. Belarusian exports to Azerbaijan totalled $350 million.', [[AZ, B], [AZ, B]],
                 id="bilateral trade: the lede's pair"),
    pytest.param('Tajikistan is an important partner of Kazakhstan in Central Asia. Trade reached $1 billion in '
                 '2023.', [[K, TJ]], id='one side named, the other from the sentence before'),
    pytest.param('In 2023 trade between Kazakhstan and Uzbekistan reached $4.4 billion. Exports to Uzbekistan '
                 'amounted to $3 billion.', [[K, U], [K, U]], id="exports to a country of a paragraph's pair"),
    pytest.param('Uzbekistan and Turkmenistan agreed to expand trade. In 2023 Uzbek-Turkmen trade amounted to $1 '
                 'billion.', [['Turkmenistan', U]], id='a third-country pair by adjectives'),
    pytest.param("Belarus is Kazakhstan's second largest trade partner in the EAEU after Russia. In 2023 trade "
                 "reached $1.3 billion.", [[B, K]], id='a bloc and a third country named beside the pair'),
    pytest.param("In 2023 Belarus-Kazakhstan trade amounted to $1.3 billion, making Belarus Kazakhstan's second "
                 "partner in the EAEU after Russia.", [[B, K]], id='a third country in a later clause'),
    pytest.param('In 2023 trade between Kostanay region and Belarus reached $150 million.', [[B, 'Kostanay Region']],
                 id='a region and a country'),
    pytest.param('Trade between Belarus and Kazakhstan reached $1.3 billion in 2023, Belarusian Prime Minister '
                 'Roman Golovchenko said at a meeting with the Russian delegation.', [[B, K]],
                 id="a speaker's and a delegation's nationality are no sides"),
    pytest.param('Kazakhstan and Belarus\n\nIn 2023 trade turnover reached $1.3 billion.', [[B, K]],
                 id="the headline's pair"),
    pytest.param('Belarus, Kazakhstan to boost trade\n\nASTANA. KAZINFORM - Kazakhstan and Belarus plan to raise '
                 'trade to $2 billion, the Kazakh Prime Minister said.', [[B, K]], id="the lede's pair for a goal"),
    pytest.param('Akmola region and Belarus discussed cooperation.\n\nTrade turnover between the region and '
                 'Belarus reached $50 million in 2023.', [['Akmola Region', B]], id="'the region' of the lede"),
    pytest.param("Kazakhstan, Russia and Belarus are members of the EAEU. In 2023 Kazakhstan's trade with the "
                 "EAEU countries reached $30 billion.", [['Eurasian Economic Union', K]], id="a country's trade with a bloc"),
    pytest.param('The Kazakh and Belarusian sides noted that in 2023 trade grew by 10%.', [[B, K]],
                 id='the two sides as adjectives'),
    pytest.param('The Belarusian president met the Kazakh ambassador. Trade between the two states reached $1.3 '
                 'billion last year.', [[B, K]], id="'the two states' of the lede"),
    pytest.param('Our trade with Kazakhstan grew by 10% last year, Belarusian Prime Minister Roman Golovchenko '
                 'said.', [[B, K]], id="'our trade': the speaker's country"),
    pytest.param("Trade between Belarus and Russia's regions reached $30 billion. Kazakhstan's trade with "
                 "Belarus was $1.3 billion.", [[B, R], [B, K]], id='the pair of each sentence'),
]


@pytest.mark.parametrize("text, published, expected", PERIODS)
def test_the_period_of_a_figure(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", FIGURES)
def test_an_amount_or_change_of_a_trade_subject_is_a_figure_whatever_the_verb(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", ANAPHORA_GAPS_SPELLED)
def test_anaphors_gapped_clauses_and_spelled_out_amounts(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", GOALS)
def test_goals_and_forecasts(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", RESTATEMENTS)
def test_one_fact_stated_twice_is_one_record(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", NOT_TRADE)
def test_numbers_that_are_no_trade_figure(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, published, expected", PARTIES)
def test_parties_come_from_the_clause_then_the_lede(text, published, expected):
    assert trade(text, published) == expected


@pytest.mark.parametrize("text, parties", PARTY_PAIRS)
def test_the_sides_of_each_figure(text, parties):
    assert [r["parties"] for r in trade(text)] == [sorted(p) for p in parties]
