"""Facts across articles: one meeting or figure reported by many articles is one fact, with every
report, the consensus value within rounding and qualifiers, and the disagreements between sources.

The articles are written for these tests in the wire style; where extraction is not the point the
event records are written directly.
"""
import csv
import json
import sqlite3
from functools import lru_cache

import pytest
from typer.testing import CliRunner

import kazbel_extract
from kazbel_extract.cli import app
from kazbel_extract.fact_store import facts, rebuild_facts
from kazbel_extract.facts import Reading, build_facts, consensus, reports_of
from kazbel_extract.store import Store

TEXTS = {
    # one meeting, three outlets, three spellings; the third gives no day
    "belta-talks": " date 2025-03-12 MINSK (BelTA) - Belarusian President Aleksandr Lukashenko met with President of"
                   " Kazakhstan Kassym-Jomart Tokayev in Minsk on 11 March. The sides discussed cooperation in machine building.",
    "kazinform-talks": " date 2025-03-12 ASTANA. KAZINFORM - Kazakh President Qassym-Jomart Toqayev held talks with"
                       " Belarusian President Alexander Lukashenko in Minsk on 11 March, the Akorda press service reports.",
    "site-talks": " date 2025-03-13 MINSK - Talks between Alyaksandr Lukashenka and Kassym-Jomart Tokayev took place at"
                  " the Palace of Independence. The two leaders discussed trade and industrial cooperation.",
    "trend-talks": " date 2025-03-14 ASTANA (Trend) - Kassym-Jomart Tokayev and Alexander Lukashenko met in Minsk to"
                   " discuss joint projects in agriculture.",
    # one figure, rounded in one report
    "belta-2024": " date 2025-02-10 MINSK (BelTA) - In 2024, trade between Belarus and Kazakhstan amounted to $896 million.",
    "kazinform-2024": " date 2025-02-12 ASTANA. KAZINFORM - Last year, trade turnover between Kazakhstan and Belarus"
                      " reached almost $900 million.",
    # two statistics offices, two figures for one year
    "belstat-2023": " date 2024-02-20 MINSK (BelTA) - According to the National Statistical Committee of Belarus, trade"
                    " between Belarus and Kazakhstan in 2023 reached $1.24 billion.",
    "bns-2023": " date 2024-02-22 ASTANA. KAZINFORM - According to the Bureau of National Statistics of Kazakhstan,"
                " trade between Kazakhstan and Belarus totaled $1.07 billion in 2023.",
    # a target restated, and the result for that year
    "target-may": " date 2023-05-10 MINSK (BelTA) - Trade between Belarus and Kazakhstan should reach $1.5 billion in"
                  " 2024, the prime ministers said.",
    "target-november": " date 2023-11-20 ASTANA. KAZINFORM - The sides reaffirmed that bilateral trade between Kazakhstan"
                       " and Belarus should reach $1.5 billion in 2024.",
    "result-2024": " date 2025-02-05 MINSK (BelTA) - In 2024, trade between Belarus and Kazakhstan amounted to $1.32 billion.",
}
MEETING = ("belta-talks", "kazinform-talks", "site-talks")


@lru_cache(maxsize=None)
def article(id: str):
    return kazbel_extract.extract(TEXTS[id], id=id)


def store_with(path, *batches):
    """A store at `path` written batch by batch (each a tuple of article ids), as `run --db` writes it."""
    with Store(path) as store:
        for batch in batches:
            store.write([({"text": TEXTS[id]}, article(id)) for id in batch])
    return path


def ids(fact: dict) -> list[str]:
    return [r["article_id"] for r in fact["reports"]]


def dump(db) -> tuple[list, list]:
    """The facts table and each report's fact."""
    with sqlite3.connect(db) as connection:
        return (connection.execute("SELECT * FROM facts ORDER BY id").fetchall(),
                connection.execute("SELECT * FROM fact_links ORDER BY article_id, position").fetchall())


# --- meetings

def test_one_meeting_reported_by_three_outlets_in_three_spellings_is_one_fact(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING)
    [meeting] = facts(db, type="meeting")
    assert meeting["actors"] == ["Alexander Lukashenko", "Kassym-Jomart Tokayev"]
    assert sorted(ids(meeting)) == sorted(MEETING) and meeting["articles"] == 3
    assert meeting["date"] == "2025-03-11"
    assert [(d["value"], sorted(r["article_id"] for r in d["reports"])) for d in meeting["dates"]] == [
        ("2025-03-11", ["belta-talks", "kazinform-talks"])]
    assert meeting["location"] == "Minsk" and len(meeting["locations"][0]["reports"]) == 3
    names = {p["actor"]: p["names"] for p in meeting["participants"]}
    assert sorted(names["Alexander Lukashenko"]) == ["Aleksandr Lukashenko", "Alexander Lukashenko", "Alyaksandr Lukashenka"]
    assert sorted(names["Kassym-Jomart Tokayev"]) == ["Kassym-Jomart Tokayev", "Qassym-Jomart Toqayev"]
    assert meeting["parties"] == ["Belarus", "Kazakhstan"] and meeting["disagreement"] is False


def meeting_record(id, published, date, participants=("Ulf Kristersson", "Olzhas Bektenov"), location="Astana"):
    return {"id": id, "published": published, "dateline": {"city": "Astana", "agency": None},
            "events": [{"type": "meeting", "participants": list(participants), "date": date, "location": location}]}


def test_a_date_without_its_year_is_of_the_year_before_its_publication():
    records = [meeting_record("may-2023", "2023-05-30", "--05-29"), meeting_record("may-2024", "2024-05-30", "--05-29"),
               meeting_record("may-2024-full", "2024-05-31", "2024-05-29"),
               meeting_record("new-year", "2024-01-03", "--12-29"), meeting_record("december", "2023-12-30", "2023-12-29")]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["december", "new-year"], ["may-2023"], ["may-2024", "may-2024-full"]]


def test_an_undated_report_joins_the_meeting_published_within_two_days_and_not_a_later_one():
    records = [meeting_record("dated", "2024-06-04", "2024-06-03"), meeting_record("next-day", "2024-06-05", None),
               meeting_record("a-week-later", "2024-06-12", None)]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["a-week-later"], ["dated", "next-day"]]


def test_an_undated_meeting_of_an_article_that_reports_another_of_the_same_people_is_a_meeting_of_its_own():
    record = meeting_record("visit", "2024-06-04", "2024-06-03", location="Stockholm")
    record["events"].append({**record["events"][0], "date": None, "location": "Astana"})  # "since their last meeting in Astana"
    found = build_facts(r for rec in [record, meeting_record("next-day", "2024-06-05", None, location="Stockholm")]
                        for r in reports_of(rec))
    by_reports = {tuple(f"{r['article_id']}#{r['event_index']}" for r in f["reports"]): f for f in found}
    assert set(by_reports) == {("visit#0", "next-day#0"), ("visit#1",)}
    assert by_reports[("visit#0", "next-day#0")]["disagreement"] is False
    assert by_reports[("visit#1",)]["location"] == "Astana"


def test_an_undated_report_between_two_meetings_on_consecutive_days_joins_the_nearer_and_does_not_merge_them():
    records = [meeting_record("first-day", "2024-06-04", "2024-06-03"), meeting_record("second-day", "2024-06-05", "2024-06-04"),
               meeting_record("undated", "2024-06-05", None)]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted((f["date"], ids(f)) for f in found) == [("2024-06-03", ["first-day"]),
                                                          ("2024-06-04", ["second-day", "undated"])]
    assert not any(f["disagreement"] for f in found)


def test_meetings_without_any_day_are_never_merged_even_when_they_read_alike():
    records = [meeting_record("one", None, None), meeting_record("two", None, None)]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["one"], ["two"]]


def test_one_pair_meeting_on_two_dates_is_two_facts_and_the_registry_merges_spellings_without_details():
    records = [meeting_record("june", "2024-06-04", "2024-06-03", ("Alexander Lukashenko", "Olzhas Bektenov")),
               meeting_record("june-again", "2024-06-04", "2024-06-03", ("Aleksandr Lukashenka", "Bektenov")),
               meeting_record("july", "2024-07-09", "2024-07-08", ("Alexander Lukashenko", "Olzhas Bektenov"))]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted((f["date"], ids(f)) for f in found) == [("2024-06-03", ["june", "june-again"]), ("2024-07-08", ["july"])]


def test_a_surname_the_registry_does_not_know_is_compared_folded():
    records = [meeting_record("one", "2024-06-04", "2024-06-03", ("Asain Baikhanov", "Alexander Subbotin")),
               meeting_record("two", "2024-06-04", "2024-06-03", ("Asain Baykhanov", "Alexander Subbotin"))]
    [fact] = build_facts(r for record in records for r in reports_of(record))
    assert ids(fact) == ["one", "two"]


# --- trade figures

def test_a_figure_rounded_in_one_report_is_one_fact_with_the_precise_value(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belta-2024", "kazinform-2024"))
    [fact] = facts(db, type="trade")
    assert (fact["metric"], fact["parties"], fact["period"], fact["status"]) == (
        "turnover", ["Belarus", "Kazakhstan"], "2024", "actual")
    assert (fact["value"], fact["currency"], fact["qualifier"], fact["disagreement"]) == (896e6, "USD", None, False)
    assert [(v["value"], v["qualifier"], [r["article_id"] for r in v["reports"]]) for v in fact["values"]] == [
        (896e6, None, ["belta-2024"]), (900e6, "almost", ["kazinform-2024"])]


def test_two_statistics_offices_giving_two_figures_for_one_year_disagree(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belstat-2023", "bns-2023"))
    [fact] = facts(db, disagreements=True)
    assert fact["period"] == "2023" and fact["value"] is None and fact["disagreement"] is True
    [disagreement] = fact["disagreements"]
    assert disagreement["field"] == "value"
    assert [(v["value"], [(r["article_id"], r["agency"], r["stated_by"]) for r in v["reports"]])
            for v in disagreement["values"]] == [
        (1.07e9, [("bns-2023", "KAZINFORM", [{"name": "Bureau of National Statistics of Kazakhstan", "country": "Kazakhstan"}])]),
        (1.24e9, [("belstat-2023", "BelTA", [{"name": "National Statistical Committee of Belarus", "country": "Belarus"}])])]


def test_a_figure_whose_sentence_names_no_stating_body_is_stated_by_none_and_a_company_is_no_such_body():
    text = (" date 2024-03-01 MINSK (BelTA) - In 2023, trade between Belarus and Kazakhstan reached $1.3 billion,"
            " with MTZ and Gomselmash among the main exporters.")
    [report] = reports_of(kazbel_extract.extract(text, id="companies").to_dict())
    assert report["content"]["type"] == "trade" and report["stated_by"] == []


def test_a_restated_target_is_one_fact_and_the_result_for_its_year_another(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("target-may", "target-november"), ("result-2024",))
    found = {f["status"]: f for f in facts(db, type="trade")}
    assert set(found) == {"target", "actual"}
    assert ids(found["target"]) == ["target-may", "target-november"] and found["target"]["value"] == 1.5e9
    assert ids(found["actual"]) == ["result-2024"] and found["actual"]["value"] == 1.32e9
    assert found["target"]["period"] == found["actual"]["period"] == "2024"


def reading(value, qualifier=None):
    return Reading(value, qualifier, "USD", count=1)


@pytest.mark.parametrize("written, other, agreed", [
    ((900e6, "almost"), (896e6, None), 896e6),
    ((690e6, None), (690.8e6, None), 690.8e6),  # "690" is rounded to the ten million
    ((1.3e9, None), (1.25e9, None), 1.25e9),
    ((1.3e9, None), (1.2e9, None), None),
    ((900e6, "almost"), (905e6, None), None),   # "almost" widens downwards only
    ((1e9, "over"), (1.4e9, None), 1.4e9),
    ((1e9, "over"), (950e6, None), None),
    ((1.1e9, "about"), (1.05e9, None), 1.05e9),
    ((1e9, "over"), (1.1e9, "almost"), 1.1e9),  # no exact figure: the finer of the two hedged ones
])
def test_values_agree_within_their_rounding_and_qualifiers(written, other, agreed):
    found = consensus([reading(*written), reading(*other)])
    assert (found and found.value) == agreed


def trade_record(id, published, value, currency="USD", period="2023"):
    return {"id": id, "published": published, "dateline": {"city": None, "agency": None},
            "events": [{"type": "trade", "metric": "turnover", "value": value, "currency": currency, "period": period,
                        "change_pct": None, "change_factor": None, "status": "target" if period is None else "actual",
                        "parties": ["Belarus", "Kazakhstan"], "reporter": None, "qualifier": None}]}


def test_undated_targets_of_different_sums_are_different_facts_and_a_figure_in_another_currency_is_not_compared():
    records = [trade_record("goal-1bn", "2021-04-13", 1e9, period=None), trade_record("goal-3bn", "2024-11-28", 3e9, period=None),
               trade_record("usd", "2024-02-01", 1.2e9), trade_record("rub", "2024-02-02", 110e9, currency="RUB")]
    found = build_facts(r for record in records for r in reports_of(record))
    by_ids = {tuple(ids(f)): f for f in found}
    assert set(by_ids) == {("goal-1bn",), ("goal-3bn",), ("usd", "rub")}
    mixed = by_ids[("usd", "rub")]
    assert (mixed["value"], mixed["currency"], mixed["disagreement"]) == (1.2e9, "USD", False)
    assert [v["currency"] for v in mixed["values"]] == ["USD", "RUB"]


# --- agreements and joint ventures

def document_record(id, published, **event):
    return {"id": id, "published": published, "dateline": {"city": None, "agency": None}, "events": [event]}


def test_an_agreement_is_one_fact_per_title_status_and_month_of_publication():
    title = "agreement on cooperation in veterinary medicine"
    records = [document_record("signed", "2024-05-21", type="agreement", title=title.capitalize(), status="signed"),
               document_record("same-week", "2024-05-24", type="agreement", title=f"the {title}", status="signed"),
               document_record("next-month", "2024-06-03", type="agreement", title=title, status="signed"),
               document_record("planned", "2024-05-22", type="agreement", title=title, status="planned")]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["next-month"], ["planned"], ["signed", "same-week"]]


@pytest.mark.parametrize("title", ["bilateral agreement", "a cooperation roadmap", "Memorandum of Understanding",
                                   "the intergovernmental protocol", "road map", "plan of action"])
def test_a_title_of_only_generic_words_names_no_document_so_two_articles_of_one_month_are_two_facts(title):
    records = [document_record("kz-uz", "2024-05-21", type="agreement", title=title, status="signed"),
               document_record("by-kz", "2024-05-23", type="agreement", title=title, status="signed"),
               document_record("counted", "2024-05-24", type="agreement", title=title, count=3, status="signed"),
               document_record("counted-too", "2024-05-27", type="agreement", title=title, count=3, status="signed")]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["by-kz"], ["counted", "counted-too"], ["kz-uz"]]


def test_a_joint_venture_is_one_fact_per_company_set_and_one_without_names_stays_alone():
    records = [document_record("one", "2024-11-28", type="joint_venture", companies=["Gomselmash"], status="operating"),
               document_record("two", "2024-11-29", type="joint_venture", companies=["GOMSELMASH"], status="operating"),
               document_record("bare", "2024-11-29", type="joint_venture", companies=[], status="operating"),
               document_record("bare-too", "2024-11-29", type="joint_venture", companies=[], status="operating")]
    found = build_facts(r for record in records for r in reports_of(record))
    assert sorted(map(ids, found)) == [["bare"], ["bare-too"], ["one", "two"]]


# --- the store: incremental, reruns, replaced articles, old stores

def test_a_fourth_report_in_a_later_batch_joins_the_meeting_and_equals_a_rebuild(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING, ("trend-talks", "belta-2024"))
    [meeting] = facts(db, type="meeting")
    assert sorted(ids(meeting)) == sorted(MEETING + ("trend-talks",))
    assert meeting["date"] == "2025-03-11" and meeting["articles"] == 4
    incremental = dump(db)
    with sqlite3.connect(db) as connection:
        rebuild_facts(connection)
    assert dump(db) == incremental


def every_row(db) -> dict[str, list]:
    with sqlite3.connect(db) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("facts", "fact_contents", "fact_reports")}


def test_a_rerun_over_the_same_inputs_changes_nothing(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING + ("belstat-2023", "bns-2023"))
    before = every_row(db)
    store_with(db, MEETING + ("belstat-2023", "bns-2023"), ("site-talks",))
    assert every_row(db) == before


def test_an_article_given_twice_in_one_batch_is_reported_once(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belta-2024", "belta-2024", "kazinform-2024"))
    [fact] = facts(db)
    assert ids(fact) == ["belta-2024", "kazinform-2024"]


def test_a_replaced_article_leaves_its_fact_and_joins_another(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING)
    replaced = kazbel_extract.extract(TEXTS["belta-2024"], id="kazinform-talks")
    with Store(db) as store:
        store.write([({"text": TEXTS["belta-2024"]}, replaced)])
    [meeting] = facts(db, type="meeting")
    assert sorted(ids(meeting)) == ["belta-talks", "site-talks"]
    assert [ids(f) for f in facts(db, type="trade")] == [["kazinform-talks"]]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM fact_reports").fetchone()[0] == 3


def drop_facts(db) -> None:
    with sqlite3.connect(db) as connection:
        connection.executescript("DROP VIEW fact_links; DROP TABLE facts; DROP TABLE fact_contents; DROP TABLE fact_reports;"
                                 " DROP TABLE fact_layout;")


def test_facts_of_an_older_layout_are_built_anew_on_first_read(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belstat-2023",))
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE fact_layout SET version = 1")
        connection.execute("UPDATE fact_reports SET stated_by = NULL")
    [fact] = facts(db)
    assert fact["reports"][0]["stated_by"] == [{"name": "National Statistical Committee of Belarus", "country": "Belarus"}]


def test_a_store_written_before_facts_gets_them_on_first_read_or_write(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING, ("belstat-2023", "bns-2023"))
    expected = facts(db)
    drop_facts(db)
    assert facts(db) == expected
    drop_facts(db)
    store_with(db, ("trend-talks",))
    assert [sorted(ids(f)) for f in facts(db)] == [sorted(MEETING + ("trend-talks",)), ["belstat-2023", "bns-2023"]]


# --- the command

def test_the_facts_command_writes_jsonl_and_csv_with_its_filters(tmp_path):
    db = store_with(tmp_path / "k.sqlite", MEETING, ("belstat-2023", "bns-2023", "target-may"))
    runner = CliRunner()
    result = runner.invoke(app, ["facts", str(db), "-o", str(tmp_path / "all.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert sorted(f["type"] for f in lines) == ["meeting", "trade", "trade"]
    result = runner.invoke(app, ["facts", str(db), "--disagreements", "--parties", "Kazakhstan,belarus",
                                 "-o", str(tmp_path / "disagreements.csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "disagreements.csv").open() as file:
        [row] = list(csv.DictReader(file))
    assert (row["type"], row["period"], row["status"], row["disagreement"], row["reports"]) == ("trade", "2023", "actual", "1", "2")
    assert json.loads(row["report_ids"]) == ["belstat-2023#0", "bns-2023#0"]
    assert runner.invoke(app, ["facts", str(db), "--type", "meeting", "--parties", "Uzbekistan",
                               "-o", str(tmp_path / "none.jsonl")]).exit_code == 0
    assert (tmp_path / "none.jsonl").read_text() == ""
    assert runner.invoke(app, ["facts", str(db), "-o", str(tmp_path / "out.txt")]).exit_code == 2


def test_the_facts_command_says_in_one_line_what_is_wrong_with_its_type_or_store(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belstat-2023",))
    runner = CliRunner()
    result = runner.invoke(app, ["facts", str(db), "--type", "meetings", "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2 and "no event type meetings: say meeting, trade" in result.output
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a", "text": "..."}\n')
    result = runner.invoke(app, ["facts", str(records), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2 and "is not a store" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_facts_in_python_refuse_an_unknown_type_and_a_path_that_is_no_store(tmp_path):
    with pytest.raises(ValueError, match="no event type meetings"):
        facts(store_with(tmp_path / "k.sqlite"), type="meetings")
    with pytest.raises(kazbel_extract.StoreError, match="no such store"):
        facts(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


def test_open_store_reads_the_same_facts_as_the_module(tmp_path):
    db = store_with(tmp_path / "k.sqlite", ("belstat-2023", "bns-2023"))
    with kazbel_extract.open_store(db) as store:
        assert store.facts(disagreements=True) == facts(db, disagreements=True)
        assert [fact["type"] for fact in store.facts("trade", parties=["Belarus", "Kazakhstan"])] == ["trade"]
