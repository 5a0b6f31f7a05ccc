"""Amounts and periods follow the data folder the pipeline was built with (`models/currencies.json`, the calendar of
`models/vocabulary/`), in every component and in `Span._.amount`, and travel with the pipeline: through
`nlp.to_disk`/`spacy.load` after the folder is gone, through `nlp.to_bytes`, and into worker processes."""
import shutil

import pytest
import spacy
import srsly

import kazbel_extract
from kazbel_extract import extract_many
from kazbel_extract.data import models_path
from kazbel_extract.events.trade.periods.resolver import parse_period
from kazbel_extract.pipeline import build

IN_QWERTIANS = "Belarus' export to Kazakhstan amounted to 40 million qwertians in 2023."


@pytest.fixture(scope="module")
def qwerty_models(tmp_path_factory):
    """A copy of `models/` with a currency word ("qwertians", code XQW), a thirteenth month ("Smarch") and a
    year counted from the published one ("the reporting year")."""
    data = tmp_path_factory.mktemp("values") / "my_models"
    shutil.copytree(models_path(), data, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    currencies = srsly.read_json(data / "currencies.json")
    currencies["after"]["qwertians"] = "XQW"
    srsly.write_json(data / "currencies.json", currencies)
    calendar = srsly.read_json(data / "vocabulary" / "calendar.json")
    calendar["months"]["Smarch"] = 12  # read as December: a spelling of the month in this copy only
    calendar["relative_years"]["the reporting year"] = 0
    srsly.write_json(data / "vocabulary" / "calendar.json", calendar)
    return data


def figures(article) -> list[tuple]:
    money = [(e.text, e.value, e.currency) for e in article.entities if e.label == "MONEY"]
    trade = [(e.value, e.currency, e.period) for e in article.events if e.type == "trade"]
    return money + trade


QWERTY_FIGURES = [("40 million qwertians", 40_000_000.0, "XQW"), (40_000_000.0, "XQW", "2023")]


def smarch(nlp) -> str | None:
    """The period "Smarch 2023" with the calendar of the pipeline's event rules."""
    nlp("Warm up.")
    return parse_period("Smarch 2023", calendar=nlp.get_pipe("kazbel_events").lexicon.calendar)


def reporting_year(nlp) -> str | None:
    """The period "the first half of the reporting year" in an article of August 2024."""
    nlp("Warm up.")
    return parse_period("the first half of the reporting year", "2024-08-01",
                        calendar=nlp.get_pipe("kazbel_events").lexicon.calendar)


def test_the_shipped_data_knows_no_qwertians_no_smarch_and_no_reporting_year(nlp):
    assert figures(kazbel_extract.extract(IN_QWERTIANS)) == []
    assert smarch(nlp) == "2023"  # the year alone: "Smarch" is no month
    assert reporting_year(nlp) is None


def test_a_currency_and_a_month_of_a_data_folder_are_read_by_every_component(qwerty_models):
    nlp = kazbel_extract.load(data_path=str(qwerty_models))
    article = kazbel_extract.extract(IN_QWERTIANS, nlp=nlp)
    assert figures(article) == QWERTY_FIGURES
    (money,) = [e for e in nlp(IN_QWERTIANS).ents if e.label_ == "MONEY"]
    assert (money._.amount, money._.currency) == (40_000_000.0, "XQW")
    assert smarch(nlp) == "2023-12"
    assert reporting_year(nlp) == "2024-01/2024-06"


def test_the_data_travels_with_a_saved_pipeline_after_the_folder_is_gone(qwerty_models, tmp_path):
    source = tmp_path / "my_models"
    shutil.copytree(qwerty_models, source)
    build(data_path=str(source)).to_disk(tmp_path / "saved")
    shutil.rmtree(source)
    loaded = spacy.load(tmp_path / "saved")
    assert figures(kazbel_extract.extract(IN_QWERTIANS, nlp=loaded)) == QWERTY_FIGURES and smarch(loaded) == "2023-12"
    copy = build().from_bytes(loaded.to_bytes())
    assert figures(kazbel_extract.extract(IN_QWERTIANS, nlp=copy)) == QWERTY_FIGURES
    assert figures(kazbel_extract.extract(IN_QWERTIANS)) == []  # the shipped pipeline is untouched


def test_worker_processes_read_the_data_folder(qwerty_models):
    records = [{"id": str(n), "text": IN_QWERTIANS} for n in range(2)]
    results = list(extract_many(records, workers=2, batch_size=1, data_path=str(qwerty_models)))
    assert [figures(r) for r in results] == [QWERTY_FIGURES, QWERTY_FIGURES]
