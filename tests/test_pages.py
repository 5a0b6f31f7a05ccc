"""Pages to check records by eye: an article beside its records (evidence lit on click), the `show` index that
finds an article, and the `report` over a store (trade charts per pair, tables of figures, meetings by actor,
joint ventures, agreements).

The browser tests open the pages in headless Chromium (Debian's `chromium`; .ci/run installs it), fail on
any console message (errors, failed loads) and keep a screenshot of each page in out/test-screenshots/
(git-ignored). Interactions are scripts appended to the page, run before Chromium dumps the DOM.
"""
from __future__ import annotations

import base64
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SAMPLE_CORPUS
from kazbel_extract.charts import CHART_SIZE, WIDE_CHART_SIZE, Point, period_span, series_of, trade_chart
from kazbel_extract.cli import app
from kazbel_extract.fact_store import facts as stored_facts
from kazbel_extract.pages import ARTICLE_FOLDER, article_file_name, article_section, heading, paragraphs
from kazbel_extract.records import Agreement, Article, Entity, Evidence, JointVenture, Meeting, Participant, Trade
from kazbel_extract.facts import build_facts, reports_of
from kazbel_extract.report import (
    NotAStore, amount_text, fact_text, full_date, period_text, published_span, read_store, report_page, selected_facts,
    selected_rows, trade_pairs, write_report_pages,
)
from kazbel_extract.show import SEARCH_SCRIPT, search_words, write_show_pages
from kazbel_extract.store import Store

SCREENSHOTS = ROOT / "out" / "test-screenshots"

TEXT = ("MINSK. KAZINFORM - Belarus President Aleksandr Lukashenko met with Kazakhstan President Kassym-Jomart Tokayev "
        "on 28 May.\n\nIn 2018, the bilateral trade reached $896 million. Lukashenko said more is possible.")
OTHER_TEXT = ("TASHKENT (BelTA) - Trade between Kazakhstan and Uzbekistan grew to $4.1 billion in 2021.\n\n"
              "A joint venture to assemble combines opened in Samarkand. The sides signed a roadmap on logistics.")


def evidence(text: str, sentence: str) -> Evidence:
    return Evidence(sentence, text.index(sentence), text.index(sentence) + len(sentence))


def entity(text: str, label: str, words: str, last: bool = False, **fields) -> Entity:
    start = text.rindex(words) if last else text.index(words)
    return Entity(label, words, start, start + len(words), **fields)


def sample_article(id: str = "sample-1", published: str = "2019-05-28") -> Article:
    """A hand-made record, so these tests check the pages and not the extraction."""
    entities = [
        entity(TEXT, "ORG", "KAZINFORM", actor="Kazinform"),
        entity(TEXT, "PERSON", "Aleksandr Lukashenko", actor="Alexander Lukashenko"),
        entity(TEXT, "PERSON", "Kassym-Jomart Tokayev", actor="Kassym-Jomart Tokayev"),
        entity(TEXT, "MONEY", "$896 million", value=896e6, currency="USD"),
        entity(TEXT, "PERSON", "Lukashenko", last=True, actor="Alexander Lukashenko"),
    ]
    meeting = Meeting(participants=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], date="2019-05-28", location="Minsk",
                      participant_details=[Participant("Aleksandr Lukashenko", "President", None, "Belarus", "Alexander Lukashenko"),
                                           Participant("Kassym-Jomart Tokayev", "President", None, "Kazakhstan", "Kassym-Jomart Tokayev")],
                      evidence=evidence(TEXT, TEXT[:TEXT.index("\n")]))
    trade = Trade(metric="turnover", value=896e6, currency="USD", period="2018", parties=["Belarus", "Kazakhstan"],
                  evidence=evidence(TEXT, "In 2018, the bilateral trade reached $896 million."))
    return Article(TEXT, id=id, published=published, dateline_city="Minsk", agency="KAZINFORM",
                   entities=entities, events=[meeting, trade])


def other_article(id: str = "other-1", published: str = "2022-01-20") -> Article:
    """Another pair of parties, a joint venture and an agreement, and no meeting."""
    trade = Trade(metric="turnover", value=4.1e9, currency="USD", period="2021", change_pct=None,
                  parties=["Kazakhstan", "Uzbekistan"],
                  evidence=evidence(OTHER_TEXT, "Trade between Kazakhstan and Uzbekistan grew to $4.1 billion in 2021."))
    venture = JointVenture(location="Samarkand", evidence=evidence(OTHER_TEXT, "A joint venture to assemble combines opened in Samarkand."))
    roadmap = Agreement(title="roadmap on logistics", evidence=evidence(OTHER_TEXT, "The sides signed a roadmap on logistics."))
    return Article(OTHER_TEXT, id=id, published=published, dateline_city="Tashkent", agency="BelTA",
                   entities=[entity(OTHER_TEXT, "MONEY", "$4.1 billion", value=4.1e9, currency="USD")],
                   events=[trade, venture, roadmap])


def records(*articles: Article) -> list[dict]:
    return [a.to_dict() for a in articles]


# --- one article

def test_every_mention_of_an_entity_is_coloured_not_only_the_first():
    html = article_section(sample_article().to_dict())
    assert html.count(">\n    Lukashenko\n") == 1 and html.count("Aleksandr Lukashenko\n") == 1
    assert len(re.findall(r'<mark class="entity"', html)) == 5


def test_paragraphs_are_the_text_between_blank_lines_without_their_edge_spaces():
    text = " First one.\n\n  Second,\nstill second. \n \n\nThird"
    assert [text[a:b] for a, b in paragraphs(text)] == ["First one.", "Second,\nstill second.", "Third"]


def test_each_paragraph_is_a_p_cut_at_evidence_boundaries_so_each_record_can_light_its_sentence():
    record = sample_article().to_dict()
    html = article_section(record)
    text = re.search(r'<div class="text entities">(.*?)</div>', html, re.S)[1]
    assert text.count("<p>") == 2 and "<br>" not in text  # spaced as text, not as blank lines
    segments = [(int(a), int(b)) for a, b in re.findall(r'class="seg" data-start="(\d+)" data-end="(\d+)"', html)]
    assert segments[0][0] == 0 and segments[-1][1] == len(TEXT)
    for start, end in paragraphs(TEXT):  # each paragraph covered by its segments, end to end
        inside = [s for s in segments if start <= s[0] and s[1] <= end]
        assert inside[0][0] == start and inside[-1][1] == end and all(a[1] == b[0] for a, b in zip(inside, inside[1:]))
    for event in record["events"]:
        bounds = event["evidence"]
        assert f'data-start="{bounds["start"]}" data-end="{bounds["end"]}" tabindex="0"' in html
        assert any(a == bounds["start"] for a, _ in segments) and any(b == bounds["end"] for _, b in segments)


def test_the_rendered_text_reads_as_the_article_with_no_space_before_the_stop_after_an_entity():
    text = "ASTANA. Trade with Belarus grew, Tokayev said.\n\nHe met Lukashenko."
    record = Article(text, id="x", entities=[entity(text, "PERSON", "Tokayev"), entity(text, "PERSON", "Lukashenko")]).to_dict()
    html = re.search(r'<div class="text entities">(.*?)</div>', article_section(record), re.S)[1]
    shown = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r"\s*<span style[^>]*>PERSON</span>\s*", "", p))).strip()
             for p in re.findall(r"<p>(.*?)</p>", html, re.S)]
    assert shown == ["ASTANA. Trade with Belarus grew, Tokayev said.", "He met Lukashenko."]


def test_records_show_their_fields_and_participants_with_actors():
    html = article_section(sample_article().to_dict())
    assert "<dt>metric</dt><dd>turnover</dd>" in html and "<dt>period</dt><dd>2018</dd>" in html
    assert "Kassym-Jomart Tokayev (President, Kazakhstan) → <b>Kassym-Jomart Tokayev</b>" in html


def test_text_is_escaped():
    assert "<script>alert" not in article_section(Article("Trade <script>alert(1)</script> & more", id="x").to_dict())


@pytest.mark.parametrize("text, expected", [
    (" date 2019-05-28 MINSK (BelTA) - The sides met in Minsk. They agreed on trade.", "The sides met in Minsk."),
    ("Belarus and Kazakhstan sign a roadmap\n\nASTANA. KAZINFORM - The roadmap was signed today.",
     "Belarus and Kazakhstan sign a roadmap"),
    ("ASTANA. KAZINFORM - Trade grew.\n\nMore later.", "Trade grew."),
    (" date 2019-05-28 By Trend\n\nBelarus and Kazakhstan plan to lift trade. More follows.", "Belarus and Kazakhstan plan to lift trade."),
    ("By Aigerim Seitkali\nTrade hits a record\n\nMINSK (BelTA) - Trade grew.", "Trade hits a record"),
    ("By 2025 trade to double\n\nMINSK (BelTA) - The sides expect trade to double.", "By 2025 trade to double"),
])
def test_an_article_is_headed_by_its_headline_or_else_its_first_sentence(text, expected):
    assert heading({"text": text}) == expected


def test_a_long_first_sentence_is_cut_between_words():
    text = "The minister spoke " + "at great length " * 20 + "about trade."
    cut = heading({"text": text})
    assert cut.endswith(" …") and text.startswith(cut[:-2] + " ") and 140 < len(cut) <= 160


def test_the_index_searches_the_distinct_words_of_an_id_and_text():
    assert search_words({"id": "KZ-7", "text": "Trade grew.\n\nTrade  grew again, by 5%."}) == "kz-7 trade grew. grew again, by 5%."


def test_article_file_names_are_safe_and_distinct():
    assert article_file_name("seed-001") == "article-seed-001.html"
    assert article_file_name("a/b") != article_file_name("a:b")
    assert "/" not in article_file_name("a/b")


# --- the charts

@pytest.mark.parametrize("period, span", [("2018", (2018, 2019)), ("2019-01/2019-06", (2019, 2019.5)),
                                          ("2019-04", (2019.25, 2019 + 4 / 12)), (None, None), ("last year", None),
                                          ("2019-13", None)])
def test_a_period_is_a_span_on_the_time_axis_not_a_point(period, span):
    assert period_span(period) == (pytest.approx(span) if span else None)


def fact(metric="turnover", value=1e9, period="2018", status="actual", currency="USD", reports=1, disputed=()):
    """A trade fact as `facts.build_facts` gives it; `disputed`: (value, reports) the reports disagree on."""
    given = [{"value": v, "qualifier": None, "currency": currency, "count": n} for v, n in disputed]
    return {"id": f"trade | {metric} | {period} | {status} | {value}", "type": "trade", "metric": metric,
            "period": period, "status": status, "currency": currency, "value": None if disputed else value,
            "report_count": sum(n for _, n in disputed) or reports, "disagreement": bool(disputed),
            "disagreements": [{"field": "value", "values": given}] if disputed else []}


def test_a_chart_has_a_series_per_charted_metric_and_status_so_never_more_than_six():
    figures = [fact(metric, 1e9 + n, str(2015 + n), status, reports=n + 1)
               for n, (metric, status) in enumerate((m, s) for m in ("turnover", "export", "import", "investment")
                                                    for s in ("actual", "target", "forecast", "actual"))]
    figures += [fact("export", 5e8, "2019", currency="RUB"), fact("export", 5e8, None)]
    series = series_of(figures)
    assert list(series) == [("turnover", False), ("turnover", True), ("export", False), ("export", True),
                            ("import", False), ("import", True)]
    assert series[("turnover", True)] == [Point(2017, 2016, 1000.000001, 2), Point(2018, 2017, 1000.000002, 3)]
    image = trade_chart(figures, "Belarus – Kazakhstan")
    assert image.startswith('<img class="chart"') and 'data-series="6"' in image and 'data-disputed="0"' in image


def test_a_fact_is_one_bar_with_its_reports_and_a_disputed_one_a_bar_per_value_given():
    figures = [fact(value=896e6, period="2018", reports=3), fact(period="2019", disputed=[(920e6, 2), (1.1e9, 1)])]
    assert series_of(figures)[("turnover", False)] == [
        Point(2019, 2018, 896, 3), Point(2020, 2019, 920, 2, disputed=True), Point(2020, 2019, 1100, 1, disputed=True)]
    image = trade_chart(figures, "Belarus – Kazakhstan")
    assert 'data-series="1" data-points="3" data-disputed="2"' in image


def png_width(image: str) -> int:
    return int.from_bytes(base64.b64decode(image.split("base64,")[1])[16:20], "big")


def test_a_wide_chart_is_drawn_at_the_width_it_is_shown_not_stretched():
    figures = [fact(period="2018"), fact(period="2019")]
    assert png_width(trade_chart(figures, "x")) == CHART_SIZE[0] * 100
    assert png_width(trade_chart(figures, "x", wide=True)) == WIDE_CHART_SIZE[0] * 100


# --- the report

def test_pairs_are_ordered_by_their_number_of_facts_then_reports_with_belarus_kazakhstan_first():
    facts = selected_facts(records(sample_article("a"), other_article("b"), other_article("c")))
    assert [(label, len(found)) for label, found in trade_pairs(facts)] == [
        ("Belarus – Kazakhstan", 1), ("Kazakhstan – Uzbekistan", 1)]  # b and c report one figure
    facts = selected_facts(records(other_article("b"), other_article("c"), Article("x", id="x", events=[
        Trade(value=1.0, period="2020", parties=["China", "Kazakhstan"])] * 3)))
    assert [label for label, _ in trade_pairs(facts)] == ["China – Kazakhstan", "Kazakhstan – Uzbekistan"]  # 3 reports, 2


def test_the_report_counts_the_facts_the_store_keeps(tmp_path):
    articles = [sample_article("a"), sample_article("b", "2020-06-01"), other_article("c")]
    db = store_of(tmp_path / "kazbel.sqlite", articles)
    stored = {f["id"]: f["report_count"] for f in stored_facts(db) if f["type"] in ("trade", "meeting")}
    assert {f["id"]: f["report_count"] for f in selected_facts(read_store(db))} == stored
    assert stored["trade | turnover | Belarus+Kazakhstan | - | 2018 | actual"] == 2


def test_parties_keep_their_trade_their_meetings_and_the_ventures_and_agreements_of_those_articles():
    both = records(sample_article("a"), other_article("b"))
    assert [(r.record["id"], r.event["type"]) for r in selected_rows(both, ("belarus", "Kazakhstan"))] == \
        [("a", "meeting"), ("a", "trade")]
    assert [(r.record["id"], r.event["type"]) for r in selected_rows(both, ("Kazakhstan", "Uzbekistan"))] == \
        [("b", "trade"), ("b", "joint_venture"), ("b", "agreement")]
    assert selected_rows(both, ("Belarus", "Uzbekistan")) == []


@pytest.mark.parametrize("period, text", [("2018", "2018"), ("2019-04", "Apr 2019"), ("2018-01/2018-09", "Jan–Sep 2018"),
                                          ("2018-11/2019-02", "Nov 2018–Feb 2019"), (None, "")])
def test_periods_read_as_words(period, text):
    assert period_text(period) == text


@pytest.mark.parametrize("date, text", [("2019-05-28", "28 May 2019"), ("--05-29", "29 May"), (None, "")])
def test_meeting_dates_are_written_in_full_where_known(date, text):
    assert full_date(date) == text


@pytest.mark.parametrize("value, text", [(1.3e9, "1.30 bn"), (539.2e6, "539.2 mn"), (85_000.0, "85,000"), (None, "")])
def test_amounts_read_in_millions_and_billions(value, text):
    assert amount_text(value) == text


def test_the_report_has_a_summary_a_chart_per_pair_and_tables_linking_each_article(tmp_path):
    articles = records(sample_article("a", "2019-05-28"), sample_article("b", "2020-06-01"),
                       other_article("c"), other_article("d", "2023-03-01"))
    articles[1]["events"][1]["period"] = "2019"
    articles[3]["events"][0]["period"] = "2022"
    errors = [{"source": "new.jsonl", "line": 3, "id": None, "reason": "empty text"}]
    page = report_page(articles, errors, "report")
    assert "<b>4 articles</b>, published 28 May 2019 to 1 March 2023" in page
    assert "2 meetings, 4 trades, 2 joint ventures, 2 agreements" in page and "new.jsonl:3: empty text" in page
    assert "Facts (each once, however many articles report it): 4 trade figures, 1 meeting; reports disagree on 0" in page  # a and b: one meeting
    assert re.findall(r"<h3>([^<]*) <", page) == ["Belarus – Kazakhstan", "Kazakhstan – Uzbekistan"]
    assert re.findall(r'<figure class="([^"]*)"', page) == ["pair wide", "pair"]  # the first pair: the whole width
    assert len(re.findall(r'<img class="chart"', page)) == 2
    trade = re.search(r'<table class="sortable" id="trade".*?</table>', page, re.S)[0]
    assert trade.count("<tr>") == 5 and trade.index("Belarus – Kazakhstan") < trade.index("Kazakhstan – Uzbekistan")
    assert '<td class="num" data-v="896000000.0">896.0 mn</td>' in trade
    meetings = re.search(r'<table class="sortable" id="meetings".*?</table>', page, re.S)[0]
    assert '<td class="nowrap" data-v="2019-05-28">28 May 2019</td><td>Minsk</td><td class="nowrap">2019-05-28</td>' in meetings
    assert meetings.count("Alexander Lukashenko</td><td>President</td><td>Belarus</td><td>Kassym-Jomart Tokayev</td>") == 2
    for table_id in ("joint-ventures", "agreements"):
        assert f'<a href="{ARTICLE_FOLDER}/{article_file_name("d")}">d</a>' in \
            re.search(rf'id="{table_id}".*?</table>', page, re.S)[0]


def test_a_figure_many_articles_report_links_its_first_and_folds_the_rest_and_figures_without_period_come_last():
    articles = records(*(sample_article(f"a{n}", f"2019-06-{n + 1:02d}") for n in range(5)))
    articles[0]["events"].append({**articles[0]["events"][1], "period": None, "metric": "export"})
    trade = re.search(r'<table class="sortable" id="trade".*?</table>', report_page(articles, [], "report"), re.S)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", trade, re.S)[1:]
    assert [re.search(r"<td[^>]*>([^<]*)</td><td>(\w+)", row).groups() for row in rows] == [("2018", "turnover"), ("", "export")]
    links = re.search(r'<td class="links ids">(.*?)</td>', rows[0], re.S)[1]
    assert re.findall(r">(a\d)</a>", links) == ["a0", "a1", "a2", "a3", "a4"]
    assert links.index(">a0</a>") < links.index("<details><summary>+4 more</summary>") < links.index(">a1</a>")


def test_first_and_last_published_wrap_between_the_dates_not_inside_one():
    assert published_span({"first_published": "2019-05-28", "last_published": "2020-06-01"}) == (
        '<td data-v="2019-05-28"><span class="nowrap">2019-05-28</span> to <span class="nowrap">2020-06-01</span></td>')
    assert published_span({"first_published": "2019-05-28", "last_published": "2019-05-28"}) == (
        '<td data-v="2019-05-28"><span class="nowrap">2019-05-28</span></td>')


def disputed_articles() -> list[dict]:
    """2018 turnover as $896 million in a and c, as $920 million in b; 'almost $900 million' in d agrees with a."""
    articles = records(sample_article("a"), sample_article("b", "2019-05-29"), sample_article("c", "2019-06-02"),
                       sample_article("d", "2019-07-01"))
    articles[1]["events"][1]["value"] = 920e6
    articles[3]["events"][1].update(value=900e6, qualifier="almost")
    return articles


def test_reports_that_disagree_are_one_fact_charted_and_listed_value_by_value_with_their_articles():
    page = report_page(disputed_articles(), [], "report")
    assert "reports disagree on 1 (" in page
    trade = re.search(r'<table class="sortable" id="trade".*?</table>', page, re.S)[0]
    assert trade.count("<tr>") == 2  # one fact, four reports
    assert '<td class="num disputed" data-v="896000000.0">896.0 mn / 900.0 mn / 920.0 mn</td>' in trade
    assert '<td class="num" data-v="4">4</td>' in trade
    disagreements = re.search(r'<table class="sortable" id="disagreements".*?</table>', page, re.S)[0]
    rows = re.findall(r"<tr><td[^>]*>([^<]*)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td><td[^>]*>(\d+)</td>"
                      r'<td class="links ids">(.*?)</td></tr>', disagreements)
    assert [(fact, field, value, n, re.findall(r">([^<]+)</a>", links)) for fact, field, value, n, links in rows] == [
        ("turnover, 2018, actual, Belarus – Kazakhstan", "value", "896.0 mn USD", "2", ["a", "c"]),
        ("turnover, 2018, actual, Belarus – Kazakhstan", "value", "almost 900.0 mn USD", "1", ["d"]),
        ("turnover, 2018, actual, Belarus – Kazakhstan", "value", "920.0 mn USD", "1", ["b"])]
    assert f'<a href="{ARTICLE_FOLDER}/{article_file_name("b")}" title="KAZINFORM · 2019-05-29: In 2018, the bilateral' \
        in disagreements


def test_a_meeting_reported_in_two_places_is_a_disagreement_listed_with_its_articles():
    articles = records(sample_article("a"), sample_article("b", "2019-05-29"))
    articles[1]["events"][0]["location"] = "Astana"
    disagreements = re.search(r'id="disagreements".*?</table>', report_page(articles, [], "report"), re.S)[0]
    meeting = "meeting of Alexander Lukashenko, Kassym-Jomart Tokayev, 28 May 2019"
    assert re.findall(r"<tr><td[^>]*>([^<]*)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>.*?>(\w)</a></td></tr>",
                      disagreements) == [(meeting, "location", "Astana", "b"), (meeting, "location", "Minsk", "a")]


def test_reports_within_rounding_are_one_fact_and_no_disagreement():
    articles = disputed_articles()
    del articles[1]
    page = report_page(articles, [], "report")
    assert "reports disagree on 0" in page and "No fact on which reports disagree" in page
    assert '<td class="num" data-v="896000000.0">896.0 mn</td>' in page


def test_a_date_range_narrows_the_reports_a_fact_counts(tmp_path):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("a"), sample_article("b", "2020-06-01")])
    (fact,) = [f for f in selected_facts(read_store(db, since="2020")) if f["type"] == "trade"]
    assert fact["report_count"] == 1 and [r["article_id"] for r in fact["reports"]] == ["b"]


def test_meetings_are_listed_by_canonical_actor_and_a_name_the_registry_lacks_stays_as_written():
    record = sample_article("a").to_dict()
    meeting = record["events"][0]
    meeting["participant_details"][1]["actor"] = None  # no actor of its own, but tagged with one in the text
    meeting["participant_details"].append({"name": "Ivan Petrov", "title": "Mayor", "organisation": None,
                                           "country": "Belarus", "actor": None})
    meetings = re.search(r'<table class="sortable" id="meetings".*?</table>', report_page([record], [], "report"), re.S)[0]
    actors = re.findall(r'<tr><td data-v="[^"]*">(.*?)</td>', meetings)
    assert sorted(actors) == ["<i>Ivan Petrov</i>", "Alexander Lukashenko", "Kassym-Jomart Tokayev"]
    assert "<td>Alexander Lukashenko, Kassym-Jomart Tokayev</td>" in meetings  # whom Ivan Petrov met


def test_an_actors_meetings_run_from_the_earliest_and_those_without_a_date_come_last():
    articles = records(sample_article("a", "2019-05-28"), sample_article("b", None), sample_article("c", "2018-03-01"))
    for record in articles:
        record["events"][0]["date"] = None
    meetings = re.search(r'id="meetings".*?</table>', report_page(articles, [], "report"), re.S)[0]
    assert re.findall(r">(\w)</a></td>", meetings) == ["c", "a", "b"] * 2  # for each of the two actors


def test_the_report_writes_the_page_of_each_article_it_links(tmp_path):
    written = write_report_pages(records(sample_article("a"), sample_article("b/c")), tmp_path / "report.html")
    report = written[0].read_text(encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in written[1:]] == \
        [f"{ARTICLE_FOLDER}/{article_file_name('a')}", f"{ARTICLE_FOLDER}/{article_file_name('b/c')}"]
    for page in written[1:]:
        assert f'href="{ARTICLE_FOLDER}/{page.name}"' in report
        assert 'href="../report.html"' in page.read_text(encoding="utf-8")


def local_references(page: Path) -> list[str]:
    """What a page links or loads (src, href, the search texts) other than in-page anchors and data: URLs."""
    found = re.findall(r'(?:src|href|data-texts)="([^"]*)"', page.read_text(encoding="utf-8"))
    return [ref for ref in found if not ref.startswith(("#", "data:"))]


def test_the_pages_fetch_nothing_every_reference_is_a_file_written_beside_them(tmp_path):
    report = write_report_pages(records(sample_article("a"), other_article("b")), tmp_path / "report" / "report.html")
    write_show_pages([sample_article("a"), other_article("b")], tmp_path / "show" / "index.html")
    pages = [*report, tmp_path / "show" / "index.html", *(tmp_path / "show" / ARTICLE_FOLDER).glob("*.html")]
    for page in pages:
        assert "url(" not in page.read_text(encoding="utf-8")
        for ref in local_references(page):
            assert "//" not in ref and (page.parent / ref).is_file(), (page.name, ref)
    assert f"{ARTICLE_FOLDER}/{SEARCH_SCRIPT}" in local_references(tmp_path / "show" / "index.html")


def store_of(path: Path, articles: list[Article]) -> Path:
    with Store(path) as store:
        store.write([({"text": a.text, "published": a.published, "source": "test"}, a) for a in articles])
    return path


def test_the_store_is_read_oldest_first_and_narrowed_to_the_dates_asked(tmp_path):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("b", "2020-06-01"), sample_article("a", "2019-05-28"),
                                                sample_article("c", "2021-01-31")])
    assert [r["id"] for r in read_store(db)] == ["a", "b", "c"]
    assert [r["id"] for r in read_store(db, since="2019-06", until="2021")] == ["b", "c"]
    assert [r["id"] for r in read_store(db, until="2020-06-01")] == ["a", "b"]


def test_a_file_that_is_not_a_store_or_an_empty_store_is_refused(tmp_path):
    (tmp_path / "notes.sqlite").write_text("not a database", encoding="utf-8")
    sqlite3.connect(tmp_path / "other.sqlite").execute("CREATE TABLE things (x)").connection.close()
    Store(tmp_path / "empty.sqlite").close()
    for name, reason in [("notes", "not a store"), ("other", "not a store"), ("empty", "holds no articles")]:
        with pytest.raises(NotAStore, match=reason):
            read_store(tmp_path / f"{name}.sqlite")


def test_report_command_writes_the_report_and_the_article_pages(tmp_path):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("a"), other_article("b")])
    result = CliRunner().invoke(app, ["report", str(db), "-o", str(tmp_path / "out" / "report.html"),
                                      "--parties", "Kazakhstan,Uzbekistan", "--since", "2020"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out" / ARTICLE_FOLDER).iterdir()) == [article_file_name("b")]
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "between Kazakhstan and Uzbekistan; published from 2020" in page and "<b>1 article</b>" in page


@pytest.mark.parametrize("arguments, message", [
    (["--parties", "Belarus"], "give two parties"), (["--since", "May 2019"], "YYYY, YYYY-MM or YYYY-MM-DD")])
def test_report_options_that_cannot_be_read_are_usage_errors(tmp_path, arguments, message):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("a")])
    result = CliRunner().invoke(app, ["report", str(db), "-o", str(tmp_path / "report.html"), *arguments])
    assert result.exit_code == 2 and message in " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())


def test_report_on_a_path_that_is_no_store_or_an_empty_one_is_a_one_line_usage_error(tmp_path):
    (tmp_path / "records.jsonl").write_text("{}\n", encoding="utf-8")
    Store(tmp_path / "empty.sqlite").close()
    for name, reason in [("records.jsonl", "is not a store written by `run --db` (file is not a database)"),
                         ("empty.sqlite", "holds no articles")]:
        result = CliRunner().invoke(app, ["report", str(tmp_path / name), "-o", str(tmp_path / "report.html")])
        assert result.exit_code == 2
        assert len(result.output.strip().splitlines()) == 1 and result.output.startswith(
            f"kazbel-extract report: {tmp_path / name} {reason}")


def test_show_writes_an_html_index_only(tmp_path):
    result = CliRunner().invoke(app, ["show", str(SAMPLE_CORPUS), "-o", str(tmp_path / "index.jsonl")])
    assert result.exit_code == 2 and not (tmp_path / "index.jsonl").exists()


def test_report_without_matplotlib_says_what_to_install(tmp_path, monkeypatch):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("a")])
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    result = CliRunner().invoke(app, ["report", str(db), "-o", str(tmp_path / "report.html")])
    assert result.exit_code == 2 and "pip install 'kazbel-extract[report]'" in result.output
    assert not (tmp_path / "report.html").exists()


def test_show_command_writes_an_index_and_a_page_per_article_and_lists_failed_inputs(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "blank", "text": "  "}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(SAMPLE_CORPUS), str(bad), "-o", str(tmp_path / "index.html"),
                                      "--progress"])
    assert result.exit_code == 1, result.output  # as `run`: some inputs gave no article
    assert "14/14" in result.output  # a bar with its total: 12 articles and 2 failed inputs
    ids = [line.split('"id": "')[1].split('"')[0] for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    assert sorted(p.name for p in (tmp_path / ARTICLE_FOLDER).iterdir()) == sorted([*map(article_file_name, ids), SEARCH_SCRIPT])
    search = (tmp_path / ARTICLE_FOLDER / SEARCH_SCRIPT).read_text(encoding="utf-8")
    assert search.startswith('loadSearchTexts("index", ["kb-001 ') and search.count('", "') == len(ids) - 1
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr data-i=") == len(ids) and "2 inputs gave no article" in index
    assert f"{bad}:1 (blank): empty text" in index and f"{bad}:2: not JSON" in index
    assert index.index("inputs gave no article") < index.index("<table")
    page = (tmp_path / ARTICLE_FOLDER / article_file_name(ids[0])).read_text(encoding="utf-8")
    assert '<mark class="entity"' in page and '<h2 class="heading">' in page and 'href="../index.html"' in page


# --- in a browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


def open_in_chromium(page: Path, profile: Path, then: str = "", width: int = 1400) -> tuple[str, list[str]]:
    """The DOM after the page's scripts and the script `then` ran, and the console messages; a screenshot of
    the page goes to SCREENSHOTS as NAME-WIDTH.png."""
    if then:
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("</body>", f"<script>{then}</script></body>"), encoding="utf-8")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", f"--window-size={width},1000",
         f"--screenshot={SCREENSHOTS / f'{page.stem}-{width}.png'}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    return result.stdout, [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


def shown_rows(table_id: str) -> str:
    """A script that puts the visible rows' first cells of a table on <body data-shown="a|b">."""
    return (f"document.body.dataset.shown = [...document.querySelectorAll('#{table_id} tbody tr')]"
            ".filter(r => !r.hidden).map(r => r.cells[0].textContent.trim()).join('|');")


def type_into(table_id: str, words: str) -> str:
    return (f"const box = document.querySelector('input[data-table=\"{table_id}\"]'); box.value = '{words}';"
            "box.dispatchEvent(new Event('input', {bubbles: true}));")


def on_load(script: str) -> str:
    """`script` run once the page and what it loads (as the index's search texts) are in."""
    return f"window.addEventListener('load', () => {{ {script} }});"


@needs_chromium
def test_the_report_fits_a_laptop_screen_opens_without_console_errors_and_its_trade_filter_narrows_the_rows(tmp_path):
    many = [sample_article(f"kazinform-2019-05-{n:02d}-belarus-kazakhstan-talks", f"2019-05-{n:02d}") for n in range(1, 13)]
    articles = records(*many, sample_article("b", "2020-06-01"), other_article("c"))
    articles[-2]["events"][1]["period"] = "2019"
    report = write_report_pages(articles, tmp_path / "report.html")[0]
    overflowing = ("document.body.dataset.overflow = [...document.querySelectorAll('.scroll')]"
                   ".filter(box => box.scrollWidth > box.clientWidth).map(box => box.querySelector('table').id).join('|');")
    dom, console = open_in_chromium(report, tmp_path / "profile", then=overflowing, width=1280)  # a laptop screen
    assert console == [] and re.search(r'data-overflow="([^"]*)"', dom)[1] == ""  # no table wider than the page
    expand = "document.querySelector('#trade tbody tr:not([hidden]) td.evidence span').click();"
    opened = "document.body.dataset.open = document.querySelector('#trade td.evidence.open').textContent;"
    dom, console = open_in_chromium(report, tmp_path / "profile",
                                    then=type_into("trade", "uzbekistan 2021") + shown_rows("trade") + expand + opened)
    assert console == []
    assert re.search(r'data-shown="([^"]*)"', dom)[1] == "2021"
    assert re.search(r'id="trade-count">([^<]*)', dom)[1] == "1 of 3 rows"
    assert re.search(r'data-open="([^"]*)"', dom)[1].startswith("Trade between Kazakhstan and Uzbekistan")  # evidence read whole
    assert (SCREENSHOTS / "report-1400.png").stat().st_size > 10_000  # a rendered page, not a blank one


@needs_chromium
def test_the_disagreements_table_filters_and_links_article_pages_that_open(tmp_path):
    report = write_report_pages(disputed_articles(), tmp_path / "report.html")[0]
    html = report.read_text(encoding="utf-8")
    table = re.search(r'id="disagreements".*?</table>', html, re.S)[0]
    links = re.findall(r'href="([^"]+)"', table)
    assert len(links) == 4 and all((tmp_path / link).is_file() for link in links)  # a, c; d; b
    dom, console = open_in_chromium(report, tmp_path / "profile", then=type_into("disagreements", "920") + (
        "document.body.dataset.shown = [...document.querySelectorAll('#disagreements tbody tr')].filter(r => !r.hidden)"
        ".map(r => [...r.querySelectorAll('a')].map(a => a.textContent).join(',')).join('|');"))
    assert console == [] and re.search(r'data-shown="([^"]*)"', dom)[1] == "b"
    dom, console = open_in_chromium(tmp_path / links[3], tmp_path / "profile")
    assert console == [] and "In 2018, the bilateral trade reached" in dom


@needs_chromium
def test_a_click_on_a_heading_sorts_the_table(tmp_path):
    articles = records(sample_article("a"), sample_article("b", "2020-06-01"), other_article("c"))
    articles[1]["events"][1].update(period="2019", value=1e9)
    report = write_report_pages(articles, tmp_path / "report.html")[0]
    click = "document.querySelectorAll('#trade th')[2].click(); document.querySelectorAll('#trade th')[2].click();"
    dom, console = open_in_chromium(report, tmp_path / "profile", then=click + shown_rows("trade"))
    assert console == [] and re.search(r'data-shown="([^"]*)"', dom)[1] == "2021|2019|2018"  # value, descending


@needs_chromium
def test_the_index_opens_without_console_errors_and_its_search_finds_an_article_by_its_text(tmp_path):
    index = tmp_path / "index.html"
    write_show_pages([sample_article("a"), other_article("b"), sample_article("c")], index,
                     [{"source": "x.jsonl", "line": 2, "id": None, "reason": "not JSON"}])
    dom, console = open_in_chromium(index, tmp_path / "profile",
                                    then=type_into("index", "combines samarkand") + on_load(shown_rows("index")))
    assert console == [] and re.search(r'data-shown="([^"]*)"', dom)[1] == "b"  # words of its text, not of its heading


@needs_chromium
def test_clicking_a_record_lights_its_evidence(tmp_path):
    write_show_pages([sample_article("a")], tmp_path / "index.html")
    page = tmp_path / ARTICLE_FOLDER / article_file_name("a")
    click = ("document.querySelector('.record[data-start]').click();"
             "document.body.dataset.lit = [...document.querySelectorAll('.seg.hl')].map(s => s.textContent).join('|');")
    dom, console = open_in_chromium(page, tmp_path / "profile", then=click)
    assert console == []
    lit = re.search(r'data-lit="([^"]*)"', dom)[1]
    assert "Belarus President" in lit and "bilateral trade" not in lit


# --- the benchmark

def test_the_pages_benchmark_runs_end_to_end_and_prints_every_figure(capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pages as benchmark

    benchmark.main(["--articles", "30", "--show-articles", "3"])
    out = capsys.readouterr().out
    assert re.search(r"report over 30 articles: [\d.]+ s \(target < 15 s\), [\d.]+ MB \(target < 5 MB\), 30 article pages", out)
    assert re.search(r"most series in a chart: [1-6] \(target <= 6\)", out)
    assert re.search(r"show over 3 articles: extraction [\d.]+ s, index and pages [\d.]+ s, pages / extraction [\d.]+", out)
    assert re.search(r"show index of 30 articles: pages written in [\d.]+ s, index [\d.]+ MB, search texts [\d.]+ MB; "
                     r"(in Chromium shown in [\d.]+ s, first search done [\d.]+ s after opening|Chromium not installed)", out)


def test_a_meeting_fact_names_a_person_the_registry_does_not_know_as_written_not_by_its_key():
    record = {"id": "muscat", "published": "2024-06-04", "dateline": {"city": None, "agency": None},
              "events": [{"type": "meeting", "participants": ["Alexander Lukashenko", "Haitham bin Tariq Al Said"],
                          "date": "2024-06-03", "location": "Muscat"}]}
    [fact] = build_facts(reports_of(record))
    assert "said" in fact["actors"]  # the fact's key folds the surname of a person it cannot resolve
    assert fact_text(fact) == "meeting of Alexander Lukashenko, Haitham bin Tariq Al Said, 3 June 2024"
