"""Trade records on wordings the rules were not written from: one probe per family of issue 11 (periods,
figures whatever the verb, restatements, parties), each sentence written for this file in the wire style and
annotated by GUIDELINES.md ("Decisions on borderline cases"). Every field the scorer reads is compared."""
import pytest

import kazbel_extract
from kazbel_extract import vocabulary
from kazbel_extract.events.periods import Calendar

B, K, U, C, KR, EU, R = "Belarus", "Kazakhstan", "Uzbekistan", "China", "South Korea", "European Union", "Russia"
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
    assert calendar.back_reference.search("in the corresponding period") and not calendar.back_reference.search("period")
    assert calendar.deadline.search("a programme until the end of") and calendar.deadline.search("roadmap through")
    assert not calendar.deadline.search("trade grew in")
