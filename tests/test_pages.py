"""Pages to check records by eye: displaCy text beside the records, evidence lit on click, a report over a store.

The browser tests open the pages in headless Chromium (Debian's `chromium`; .ci/run installs it), fail on
any console message (errors, failed loads) and keep a screenshot next to the page.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLE_CORPUS
from kazbel_extract.cli import app
from kazbel_extract.pages import (
    _period_position, article_file_name, article_section, show_page, trade_series, write_report_pages,
)
from kazbel_extract.records import Article, Entity, Evidence, Meeting, Participant, Trade
from kazbel_extract.store import Store

TEXT = ("MINSK. KAZINFORM - Belarus President Aleksandr Lukashenko met with Kazakhstan President Kassym-Jomart Tokayev "
        "on 28 May.\n\nIn 2018, the bilateral trade reached $896 million. Lukashenko said more is possible.")


def sample_article(id: str = "sample-1", published: str = "2019-05-28") -> Article:
    """A hand-made record, so these tests check the pages and not the extraction."""
    first_end = TEXT.index("\n")
    second = TEXT.index("In 2018")
    second_end = TEXT.index(" Lukashenko said")
    entities = [
        Entity("ORG", "KAZINFORM", 7, 16, actor="Kazinform"),
        Entity("PERSON", "Aleksandr Lukashenko", TEXT.index("Aleksandr"), TEXT.index("Aleksandr") + 20, actor="Alexander Lukashenko"),
        Entity("PERSON", "Kassym-Jomart Tokayev", TEXT.index("Kassym"), TEXT.index("Kassym") + 21, actor="Kassym-Jomart Tokayev"),
        Entity("MONEY", "$896 million", TEXT.index("$896"), TEXT.index("$896") + 12, value=896e6, currency="USD"),
        Entity("PERSON", "Lukashenko", TEXT.rindex("Lukashenko"), TEXT.rindex("Lukashenko") + 10, actor="Alexander Lukashenko"),
    ]
    meeting = Meeting(participants=["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"], date="2019-05-28", location="Minsk",
                      participant_details=[Participant("Aleksandr Lukashenko", "President", None, "Belarus", "Alexander Lukashenko"),
                                           Participant("Kassym-Jomart Tokayev", "President", None, "Kazakhstan", "Kassym-Jomart Tokayev")],
                      evidence=Evidence(TEXT[:first_end], 0, first_end))
    trade = Trade(metric="turnover", value=896e6, currency="USD", period="2018", parties=["Belarus", "Kazakhstan"],
                  evidence=Evidence(TEXT[second:second_end], second, second_end))
    return Article(TEXT, id=id, published=published, dateline_city="Minsk", agency="KAZINFORM",
                   entities=entities, events=[meeting, trade])


# --- one article

def test_every_mention_of_an_entity_is_coloured_not_only_the_first():
    html = article_section(sample_article().to_dict())
    assert html.count(">\n    Lukashenko\n") == 1 and html.count("Aleksandr Lukashenko\n") == 1
    assert len(re.findall(r'<mark class="entity"', html)) == 5


def test_the_text_is_cut_at_evidence_boundaries_so_each_record_can_light_its_sentence():
    record = sample_article().to_dict()
    html = article_section(record)
    segments = [(int(a), int(b)) for a, b in re.findall(r'class="seg" data-start="(\d+)" data-end="(\d+)"', html)]
    assert segments[0][0] == 0 and segments[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(segments, segments[1:]))
    for event in record["events"]:
        evidence = event["evidence"]
        assert f'data-start="{evidence["start"]}" data-end="{evidence["end"]}" tabindex="0"' in html
        assert any(a == evidence["start"] for a, _ in segments) and any(b == evidence["end"] for _, b in segments)


def test_records_show_their_fields_and_participants_with_actors():
    html = article_section(sample_article().to_dict())
    assert "<dt>metric</dt><dd>turnover</dd>" in html and "<dt>period</dt><dd>2018</dd>" in html
    assert "Kassym-Jomart Tokayev (President, Kazakhstan) → <b>Kassym-Jomart Tokayev</b>" in html


def test_text_is_escaped():
    article = Article("Trade <script>alert(1)</script> & more", id="x")
    assert "<script>alert" not in show_page([article])


# --- the report

@pytest.mark.parametrize("period, position", [("2018", 2018.5), ("2019-01/2019-06", 2019.25), ("2019-04", 2019 + 3.5 / 12),
                                              (None, None), ("last year", None)])
def test_periods_sit_at_their_middle_on_the_time_axis(period, position):
    assert _period_position(period) == pytest.approx(position) if position else _period_position(period) is None


def test_trade_series_are_per_metric_and_pair_of_parties():
    records = [sample_article("a").to_dict(), sample_article("b").to_dict()]
    assert trade_series(records) == {("turnover", "Belarus – Kazakhstan"): [(2018.5, 896e6, "2018", "actual")]}


def test_article_file_names_are_safe_and_distinct():
    assert article_file_name("seed-001") == "article-seed-001.html"
    assert article_file_name("a/b") != article_file_name("a:b")
    assert "/" not in article_file_name("a/b")


def test_the_report_links_a_page_per_article(tmp_path):
    written = write_report_pages([sample_article("a").to_dict(), sample_article("b/c").to_dict()], tmp_path / "report.html")
    report = written[0].read_text(encoding="utf-8")
    assert [p.name for p in written[1:]] == [article_file_name("a"), article_file_name("b/c")]
    for page in written[1:]:
        assert f'href="{page.name}"' in report and page.exists()
    assert 'src="data:image/png;base64,' in report
    assert "<td>2019-05-28</td><td>Minsk</td>" in report


def store_of(path: Path, articles: list[Article]) -> Path:
    with Store(path) as store:
        store.write([({"text": a.text, "published": a.published, "source": "test"}, a) for a in articles])
    return path


def test_report_command_writes_the_report_and_the_article_pages_beside_it(tmp_path):
    db = store_of(tmp_path / "kazbel.sqlite", [sample_article("a"), sample_article("b")])
    result = CliRunner().invoke(app, ["report", str(db), "-o", str(tmp_path / "out" / "report.html")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["article-a.html", "article-b.html", "report.html"]


def test_show_command_renders_each_input_article(tmp_path):
    result = CliRunner().invoke(app, ["show", str(SAMPLE_CORPUS), "-o", str(tmp_path / "page.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.count('<section class="article"') == len(SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines())
    assert '<mark class="entity"' in page


# --- in a browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def open_in_chromium(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after scripts ran, and the console messages; a screenshot is saved as PAGE.png."""
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--window-size=1400,1000",
         f"--screenshot={page.with_suffix('.png')}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    return result.stdout, [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


@needs_chromium
def test_report_and_article_pages_open_without_console_errors(tmp_path):
    written = write_report_pages([sample_article("a").to_dict(), sample_article("b").to_dict()], tmp_path / "report.html")
    for page in written[:2]:
        dom, console = open_in_chromium(page, tmp_path / "profile")
        assert console == [] and "</html>" in dom
        assert page.with_suffix(".png").stat().st_size > 10_000  # a rendered page, not a blank one


@needs_chromium
def test_clicking_a_record_lights_its_evidence(tmp_path):
    page = tmp_path / "show.html"
    click = ("<script>document.querySelector('.record[data-start]').click();"
             "document.body.dataset.lit = [...document.querySelectorAll('.seg.hl')].map(s => s.textContent).join('|');</script>")
    page.write_text(show_page([sample_article()]).replace("</body>", click + "</body>"), encoding="utf-8")
    dom, console = open_in_chromium(page, tmp_path / "profile")
    assert console == []
    lit = re.search(r'data-lit="([^"]*)"', dom)[1]
    assert "Belarus President" in lit and "bilateral trade" not in lit
