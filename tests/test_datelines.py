"""Datelines of wire stories: the city, the agency and the day as written, in the shapes the agencies use.

The day of a dateline is the day the story was filed; it resolves "today" and "yesterday" and gives a year
to a day without one, but is never the day of a meeting by itself (GUIDELINES.md, Decisions: Meetings).
"""
import pytest

from kazbel_extract.text import find_dateline, prepare


@pytest.mark.parametrize(
    "text, city, agency, day",
    [
        ("MINSK, 15 May (BelTA) - The sides met.", "Minsk", "BelTA", "15 May"),
        ("MINSK, May 15 (BelTA) - The sides met.", "Minsk", "BelTA", "May 15"),
        ("MINSK (BelTA) - The sides met.", "Minsk", "BelTA", None),
        ("ASTANA. KAZINFORM - The sides met.", "Astana", "KAZINFORM", None),
        ("NUR-SULTAN. KAZINFORM The sides met.", "Nur-Sultan", "KAZINFORM", None),
        ("ASTANA. May 15. KAZINFORM - The sides met.", "Astana", "KAZINFORM", "May 15"),
        ("ASTANA, May 15. Kazpravda\n\nThe sides met.", "Astana", "Kazpravda", "May 15"),
        ("ASTANA, May 15 (Xinhua) -- The sides met.", "Astana", "Xinhua", "May 15"),
        ("ALMATY, May 15 (Reuters) - The sides met.", "Almaty", "Reuters", "May 15"),
        ("MOSCOW, May 15 (RIA Novosti) - The sides met.", "Moscow", "RIA Novosti", "May 15"),
        ("MINSK, May 15. /TASS/. The sides met.", "Minsk", "TASS", "May 15"),
        ("TASHKENT, Uzbekistan, May 15 (Trend) - The sides met.", "Tashkent", "Trend", "May 15"),
        ("BAKU, Azerbaijan, May 15. Trend: The sides met.", "Baku", "Trend", "May 15"),
        ("ASTANA, May 15, 2025 (Kazinform) - The sides met.", "Astana", "Kazinform", "May 15, 2025"),
        ("ASTANA, 15 May 2025 (Kazinform) - The sides met.", "Astana", "Kazinform", "15 May 2025"),
        ("ASTANA (Kazinform), May 15 - The sides met.", "Astana", "Kazinform", "May 15"),
        ("ASTANA, 15.05.2025 - The sides met.", "Astana", None, "15.05.2025"),
        ("ASTANA, Kazakhstan, November 5. The sides met.", "Astana", None, "November 5"),
        ("ASTANA - The sides met.", "Astana", None, None),
        ("ASTANA: The sides met.", "Astana", None, None),
        ("Tashkent, Uzbekistan (UzDaily.com) -- The sides met.", "Tashkent", "UzDaily.com", None),
        ("Minsk, Belarus (BelTA) - The sides met.", "Minsk", "BelTA", None),
        ("Tashkent, 16 March (UzA) -- The sides met.", "Tashkent", "UzA", "16 March"),
        ("Beijing, May 17 (Xinhua) -- The sides met.", "Beijing", "Xinhua", "May 17"),
        ("Nur-Sultan, 5 April (Kazinform) - The sides met.", "Nur-Sultan", "Kazinform", "5 April"),
        ("ST PETERSBURG, 5 April (BelTA) - The sides met.", "St Petersburg", "BelTA", "5 April"),
        ("ASTANA. Dec 3. KAZINFORM - The sides met.", "Astana", "KAZINFORM", "Dec 3"),
        ("MINSK, 3 December (BelTA) \u2013 The sides met.", "Minsk", "BelTA", "3 December"),
        ("ASTANA, Dec. 3 (Kazinform) - The sides met.", "Astana", "Kazinform", "Dec. 3"),
        ("MINSK, Oct. 14 (BelTA) - The sides met.", "Minsk", "BelTA", "Oct. 14"),
    ],
)
def test_a_wire_dateline_gives_its_city_agency_and_day(text, city, agency, day):
    dateline = find_dateline(text)
    assert (dateline.city, dateline.agency, dateline.day) == (city, agency, day)


@pytest.mark.parametrize(
    "text, city, day",
    [
        ("BAKU, Azerbaijan, Jan. 30\nThe sides met.", "Baku", "Jan. 30"),
        ("TASHKENT, Uzbekistan, March 4\n\nThe sides met.", "Tashkent", "March 4"),
        ("MINSK, 3 December\nThe sides met.", "Minsk", "3 December"),
        ("ASTANA, May 15, 2025 \nThe sides met.", "Astana", "May 15, 2025"),
        ("Bishkek, Kyrgyzstan, Feb. 11\nThe sides met.", "Bishkek", "Feb. 11"),
    ],
)
def test_a_dateline_that_ends_its_line_gives_its_city_and_day(text, city, day):
    dateline = find_dateline(text)
    assert (dateline.city, dateline.agency, dateline.day) == (city, None, day)
    assert prepare(text).for_pipeline.strip() == "The sides met."


@pytest.mark.parametrize(
    "text, agency, day",
    [
        ("Presidents meet in Minsk\n\nMay 15. Kazpravda\n\nThe sides met.", "Kazpravda", "May 15"),
        ("Presidents meet in Minsk\n\n15 May (BelTA) - The sides met.", "BelTA", "15 May"),
        ("Presidents meet in Minsk\n\nMay 15, 2025. KAZINFORM - The sides met.", "KAZINFORM", "May 15, 2025"),
    ],
)
def test_a_dateline_without_a_city_gives_its_agency_and_day(text, agency, day):
    dateline = find_dateline(text)
    assert (dateline.city, dateline.agency, dateline.day) == (None, agency, day)


@pytest.mark.parametrize(
    "text",
    [
        "The sides met in Minsk on 15 May.",
        "Presidents meet in Minsk\n\nMay 15 was a busy day for the sides.",
        "Presidents meet in Minsk\n\nMay 15. The sides met.",
        "Tashkent, Uzbekistan and Belarus signed a deal.",
        "Minsk, Belarus is where the sides met.",
    ],
)
def test_a_day_that_opens_a_sentence_is_no_dateline(text):
    assert find_dateline(text) is None


def test_a_capitalised_word_after_the_city_is_the_story_not_an_agency():
    dateline = find_dateline("ASTANA. Kazakh President Kassym-Jomart Tokayev met the sides.")
    assert (dateline.city, dateline.agency) == ("Astana", None)
    assert prepare("ASTANA. Kazakh President met the sides.").for_pipeline.lstrip().startswith("Kazakh President")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("MINSK, 15 May (BelTA) - The sides met.", "BelTA"),
        ("ASTANA (Kazinform), May 15 - The sides met.", "Kazinform"),
        ("Presidents meet\n\nMay 15. Kazpravda\n\nThe sides met.", "Kazpravda"),
    ],
)
def test_the_pipeline_reads_the_agency_where_it_stands_and_not_the_city_or_the_day(text, kept):
    prepared = prepare(text)
    assert len(prepared.for_pipeline) == len(text)
    assert kept in prepared.for_pipeline
    assert "15" not in prepared.for_pipeline and "MINSK" not in prepared.for_pipeline
    assert "The sides met." in prepared.for_pipeline


@pytest.mark.parametrize(
    "text",
    [
        "BELARUS AND KAZAKHSTAN\nThe sides met.",
        "MINSK\nThe sides met.",
        "Minsk, Belarus\nThe sides met.",
        "Lukashenko, Tokayev\nThe sides met.",
    ],
)
def test_a_line_of_capitals_or_names_without_a_day_is_no_dateline(text):
    assert find_dateline(text) is None
