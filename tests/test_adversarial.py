"""What the crawler brings (issue 6): scraped HTML, other languages, megabyte pages, absurd numbers and
dates. Each is processed without error, with sensible records or none, and no input makes extraction
super-linear: quadrupling an adversarial input takes about four times as long, not sixteen.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_CORPUS, assert_sound, read_jsonl

import kazbel_extract
from kazbel_extract.values import MAX_AMOUNT

ADVERSARIAL = Path(__file__).parent / "adversarial"


def read(name: str) -> str:
    return (ADVERSARIAL / name).read_text(encoding="utf-8")


def records(article, kind: str) -> list[dict]:
    return [e for e in article.to_dict()["events"] if e["type"] == kind]


# -- the files of tests/adversarial ------------------------------------------------------------------

def test_a_scraped_page_gives_the_records_of_its_visible_text():
    text = read("scraped_page.html")
    article = kazbel_extract.extract(text)
    assert_sound(text, article)
    assert article.dateline_city == "Minsk" and article.agency == "BelTA"
    assert not [e.text for e in article.entities if "<" in e.text or ">" in e.text]  # no span crosses a tag
    values = {e["value"] for e in records(article, "trade")}
    assert {1.3e9, 1.05e9} <= values  # "$1.3&nbsp;billion" is read as the reader sees it
    assert not values & {1e9, 9.99}  # not the CSS rule, not the advert in a comment
    [meeting] = records(article, "meeting")
    assert meeting["participants"] == ["Aleksandr Lukashenko", "Kassym-Jomart Tokayev"]
    [venture] = records(article, "joint_venture")
    assert (venture["count"], venture["companies"]) == (8, ["MTZ", "BelAZ"])


@pytest.mark.parametrize("name", ["russian.txt", "kazakh.txt"])
def test_an_article_in_another_language_gives_no_records(name):
    text = read(name)
    article = kazbel_extract.extract(text)
    assert_sound(text, article)
    agencies = {"KAZINFORM", "BelTA"}  # written in Latin letters in Russian and Kazakh datelines too
    assert [e.text for e in article.entities if e.label in ("PERSON", "ORG") and e.text not in agencies] == []
    assert article.events == []


def test_absurd_numbers_and_dates_give_no_absurd_values():
    """"1e400%", "$1e308 billion", "fell by 100.5%", "grew 1e308 times", "999999999999 joint ventures",
    "32 March", "year 99999", "99 December": none becomes a value; the real meeting stays, without a date."""
    text = read("absurd_values.txt")
    article = kazbel_extract.extract(text)
    record = assert_sound(text, article)
    assert all(e.value is None or e.value <= MAX_AMOUNT for e in article.entities)
    assert all(e.get("change_factor") is None and e.get("count") is None for e in record["events"])
    assert all(e["change_pct"] is None or e["change_pct"] >= -100 for e in records(article, "trade"))
    [meeting] = records(article, "meeting")
    assert meeting["participants"] == ["Mikhail Myasnikovich", "Kassym-Jomart Tokayev"]
    assert meeting["date"] is None


# -- generated: large and repetitive --------------------------------------------------------------

def wire_text(chars: int) -> str:
    """The sample corpus, article after article, repeated to `chars` characters."""
    texts = "\n\n".join(a["text"].strip() for a in read_jsonl(SAMPLE_CORPUS))
    return (texts * (chars // len(texts) + 1))[:chars]


def test_a_2_mb_article_longer_than_spacys_max_length_is_processed_whole(nlp):
    text = wire_text(2_000_000)
    assert len(text) > nlp.max_length
    article = kazbel_extract.extract(text)
    assert_sound(text, article)
    starts = [e.evidence.start for e in article.events]
    assert len(starts) > 500 and max(starts) > 1_900_000  # records from its end as from its start


def numbers_and_percent_signs(count: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    shapes = [lambda: str(rng.randint(0, 10**12)), lambda: f"{rng.random() * 100:.1f}%", lambda: "%",
              lambda: f"{rng.randint(1, 999):,}{rng.randint(0, 999):03d}", lambda: "$", lambda: "-"]
    return " ".join(rng.choice(shapes)() for _ in range(count))


def test_a_text_of_100000_numbers_and_percent_signs_gives_no_records():
    text = numbers_and_percent_signs(100_000)
    article = kazbel_extract.extract(text)
    assert_sound(text, article)
    assert article.events == []  # numbers without a word of trade are no trade figures


# -- bounded time ---------------------------------------------------------------------------------

def run_on_sentence(n: int) -> str:
    """One sentence of n amounts: the event rules compare the numbers of a sentence with each other."""
    return "Trade between Belarus and Kazakhstan, " + ", ".join(
        f"${i} million ({i % 90}% up) in {2000 + i % 20}" for i in range(n)) + "."


def names_without_stops(n: int) -> str:
    return " ".join("President Aleksandr Lukashenko met with Kassym-Jomart Tokayev and" for _ in range(n))


def repeated_meetings(n: int) -> str:
    people = ["Aleksandr Lukashenko", "Roman Golovchenko", "Mikhail Myasnikovich"]
    return " ".join(f"{people[i % 3]} met with Kassym-Jomart Tokayev in Minsk on {1 + i % 28} March." for i in range(n))


def markup_soup(n: int) -> str:
    return "".join(f'<div class="x"><a href="/{i}">Belarus &amp; Kazakhstan</a> <script>var a = "{i}";' for i in range(n))


GROWING_INPUTS = {
    "a run-on sentence of amounts": (run_on_sentence, 150),
    "names without full stops": (names_without_stops, 200),
    "the same meeting restated": (repeated_meetings, 300),
    "numbers and percent signs": (numbers_and_percent_signs, 3000),
    "unclosed markup": (markup_soup, 2000),
    "wire articles": (wire_text, 30_000),
}


def seconds(text: str) -> float:
    """CPU seconds of the best of three runs: the machine is shared, so the clock counts other jobs' time
    and the best run is the least disturbed; quadratic work takes the square of the growth all the same."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        kazbel_extract.extract(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("make, size", GROWING_INPUTS.values(), ids=GROWING_INPUTS.keys())
def test_quadrupling_an_input_takes_about_four_times_as_long(make, size):
    """From half the size to twice it: linear work takes 4 times as long and quadratic 16, so the bound of 8
    stays clear of both, where doubling (2 against 4, bound 3) failed on a shared machine's noise alone."""
    kazbel_extract.extract(make(size))  # warm
    single, quadruple = seconds(make(size // 2)), seconds(make(2 * size))
    assert quadruple / single < 8.0, (single, quadruple)
