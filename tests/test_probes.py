"""The metamorphic probes change an article and its gold alike (benchmarks/probes.py): names, layout, years."""
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import probes  # noqa: E402

ARTICLE = {
    "id": "probe-1", "source": "x", "published": "2024-02-29",
    "text": "ASTANA. KAZINFORM - Kazakh Trade Minister Arman Shakkaliyev met Belarusian Ambassador Pavel Utyupin on "
            "Tuesday.\n\nShakkaliyev said trade reached $1.2 billion in 2023, up from 2019, when it cost $2020 less.",
    "entities": [{"label": "PERSON", "text": "Arman Shakkaliyev"}, {"label": "PERSON", "text": "Pavel Utyupin"},
                 {"label": "PERSON", "text": "Shakkaliyev"}, {"label": "MONEY", "text": "$1.2 billion"}],
    "events": [{"type": "meeting", "participants": ["Arman Shakkaliyev", "Pavel Utyupin"], "date": "2024-02-27",
                "location": "Astana"},
               {"type": "trade", "metric": "turnover", "value": 1.2e9, "period": "2023"}],
}


def test_names_are_swapped_alike_in_text_and_gold_surnames_included():
    swapped = probes.renamed(ARTICLE, seed="1")
    people = [e["text"] for e in swapped["entities"] if e["label"] == "PERSON"]
    assert "Shakkaliyev" not in swapped["text"] and "Utyupin" not in swapped["text"]
    assert all(name in swapped["text"] for name in people)
    assert swapped["events"][0]["participants"] == people[:2] and people[2] == people[0].split()[-1]
    assert probes.renamed(ARTICLE, seed="1") == swapped and swapped["id"] == "probe-1"


def test_blank_lines_become_single_breaks():
    assert "\n\n" not in probes.single_breaks(ARTICLE)["text"]
    assert probes.single_breaks(ARTICLE)["text"].count("\n") == 1


def test_years_move_in_text_gold_and_published_but_not_inside_amounts():
    moved = probes.years_moved(ARTICLE)
    assert moved["published"] == "2027-02-28"
    assert "in 2026, up from 2022" in moved["text"] and "$2020 less" in moved["text"]
    assert moved["events"][1]["period"] == "2026" and moved["events"][0]["date"] == "2027-02-27"
    # 2024-02-29 was a Thursday, 2027-02-28 is a Sunday: "Tuesday" (two days before) becomes Friday
    assert "on Friday" in moved["text"]
