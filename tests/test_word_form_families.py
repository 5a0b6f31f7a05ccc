"""The rules read word forms, not lemmas (the pipeline runs no lemmatizer), so a verb list holds every form of each
verb: a verb in the present, the progressive or the third person counts as it does in the past."""
import pytest

import kazbel_extract

PUBLISHED = "2024-05-02"


def records(text: str, *fields: str) -> list[tuple]:
    return [(e.type, *(e.to_dict().get(f) for f in fields)) for e in kazbel_extract.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("hosts", ["is hosting", "is welcoming", "welcomes", "receives", "is receiving"])
def test_a_host_in_any_tense_meets_the_guest(hosts):
    text = f"MINSK - Roman Golovchenko {hosts} Olzhas Bektenov in Minsk today."
    assert records(text, "participants", "location") == [("meeting", ["Roman Golovchenko", "Olzhas Bektenov"], "Minsk")]


@pytest.mark.parametrize("chair", ["are co-chairing", "co-chair", "co-chaired"])
def test_co_chairs_of_a_session_in_any_tense_meet(chair):
    text = (f"ASTANA - Olzhas Bektenov and Roman Golovchenko {chair} the session of the intergovernmental commission "
            "in Astana today.")
    assert records(text, "participants") == [("meeting", ["Olzhas Bektenov", "Roman Golovchenko"])]


@pytest.mark.parametrize("verb, sign", [("tumbles", -1), ("slumps", -1), ("plummets", -1), ("is sagging", -1),
                                        ("skyrockets", 1), ("rebounds", 1), ("advances", 1), ("is recovering", 1)])
def test_a_headline_verb_of_rising_or_falling_in_the_present_gives_the_change_its_sign(verb, sign):
    text = f"MINSK - Trade between Belarus and Kazakhstan {verb} 7% to $900 million in 2023."
    assert records(text, "value", "change_pct", "period") == [("trade", 900_000_000.0, sign * 7.0, "2023")]


@pytest.mark.parametrize("setting_up, status", [("are organising", "planned"), ("are organizing", "planned"),
                                                ("are starting", "planned"), ("are producing tractors at", "operating"),
                                                ("are manufacturing buses at", "operating")])
def test_a_venture_in_the_progressive_is_being_set_up_or_already_operates(setting_up, status):
    text = f"MINSK - Belarusian and Kazakh companies {setting_up} a joint venture in Kostanay."
    assert records(text, "status") == [("joint_venture", status)]


@pytest.mark.parametrize("finalising", ["are finalising", "are finalizing"])
def test_a_document_still_being_finalised_is_planned(finalising):
    text = f"MINSK - Belarus and Kazakhstan {finalising} a roadmap on industrial cooperation."
    assert records(text, "status") == [("agreement", "planned")]
