"""Bad findings are rejected with a FindingsError that names the field."""

import pytest

from twitch_app.triage import Findings, FindingsError, assess
from twitch_app.triage.findings_spec import Area, Frequency, MedicineKind, Symptom, When

BAD_FINDINGS = [
    # (findings, field named in the message, a word from the message)
    ({"mood": "low"}, "mood", "not a known field"),
    ({"lifestyle": {"coffee": 3}}, "lifestyle.coffee", "not a known field"),
    ({"medicines": {"dose": 1}}, "medicines.dose", "not a known field"),
    ({"areas": ["tail"]}, "areas", "unknown value"),
    ({"when": ["at_lunch"]}, "when", "unknown value"),
    ({"symptoms": ["sneezing"]}, "symptoms", "unknown value"),
    ({"medicines": {"kinds": ["vitamins"]}}, "medicines.kinds", "unknown value"),
    ({"conditions": ["flu"]}, "conditions", "unknown value"),
    ({"frequency": "hourly"}, "frequency", "must be one of"),
    ({"lifestyle": {"stress": 11}}, "lifestyle.stress", "must be 0-10"),
    ({"lifestyle": {"stress": -1}}, "lifestyle.stress", "must be 0-10"),
    ({"age": 121}, "age", "must be 0-120"),
    ({"duration_days": 36501}, "duration_days", "must be 0-36500"),
    ({"duration_days": -0.5}, "duration_days", "must be 0-36500"),
    ({"lifestyle": {"caffeine_drinks_per_day": 31}}, "lifestyle.caffeine_drinks_per_day", "0-30"),
    ({"lifestyle": {"alcohol_units_per_week": 201}}, "lifestyle.alcohol_units_per_week", "0-200"),
    ({"lifestyle": {"sleep_hours": 25}}, "lifestyle.sleep_hours", "must be 0-24"),
    ({"lifestyle": {"sleep_hours": float("nan")}}, "lifestyle.sleep_hours", "finite"),
    ({"lifestyle": {"stress": True}}, "lifestyle.stress", "whole number"),
    (
        {"lifestyle": {"caffeine_drinks_per_day": False}},
        "lifestyle.caffeine_drinks_per_day",
        "number",
    ),
    ({"lifestyle": {"stress": 5.5}}, "lifestyle.stress", "whole number"),
    ({"age": "40"}, "age", "whole number"),
    ({"getting_worse": "yes"}, "getting_worse", "true or false"),
    ({"getting_worse": 1}, "getting_worse", "true or false"),
    ({"lifestyle": {"hard_exercise": 0}}, "lifestyle.hard_exercise", "true or false"),
    ({"areas": "eyelid"}, "areas", "must be a list"),
    ({"symptoms": ["pain", "pain"]}, "symptoms", "twice"),
    ({"symptoms": [None]}, "symptoms", "unknown value"),
    ({"lifestyle": ["stress"]}, "lifestyle", "must be an object"),
    ({"medicines": True}, "medicines", "must be an object"),
]


@pytest.mark.parametrize(("raw", "field", "words"), BAD_FINDINGS)
def test_bad_findings_name_the_field(raw: dict, field: str, words: str) -> None:
    with pytest.raises(FindingsError) as caught:
        assess(raw)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field} ")
    assert words in str(caught.value)


@pytest.mark.parametrize("raw", [None, [], "eyelid", 3])
def test_findings_must_be_an_object(raw: object) -> None:
    with pytest.raises(FindingsError, match="findings must be an object"):
        Findings.from_dict(raw)


def test_stress_message_matches_the_documented_example() -> None:
    with pytest.raises(FindingsError, match=r"^lifestyle\.stress must be 0-10$"):
        Findings.from_dict({"lifestyle": {"stress": 12}})


def test_valid_findings_are_parsed_into_vocabulary_values() -> None:
    parsed = Findings.from_dict(
        {
            "age": 35,
            "areas": ["calf", "eyelid"],
            "when": ["resting"],
            "duration_days": 3.5,
            "frequency": "daily",
            "symptoms": ["cramps"],
            "lifestyle": {"caffeine_drinks_per_day": 2.5, "sleep_hours": 7, "stress": 4},
            "medicines": {"new_medicine": False, "kinds": ["diuretic"]},
        }
    )
    assert parsed.areas == {Area.CALF, Area.EYELID}
    assert parsed.when == {When.RESTING}
    assert parsed.frequency is Frequency.DAILY
    assert parsed.symptoms == {Symptom.CRAMPS}
    assert parsed.lifestyle.caffeine_drinks_per_day == 2.5
    assert parsed.medicines.kinds == {MedicineKind.DIURETIC}
    assert parsed.medicines.new_medicine is False


def test_null_means_not_answered() -> None:
    assert Findings.from_dict({"age": None, "areas": None, "lifestyle": None}) == Findings()
    assert Findings.from_dict({"lifestyle": {"stress": None}}) == Findings()


def test_boundary_values_are_accepted() -> None:
    edges = {
        "age": 0,
        "duration_days": 36500,
        "lifestyle": {"stress": 10, "sleep_hours": 0, "caffeine_drinks_per_day": 30},
    }
    parsed = Findings.from_dict(edges)
    assert (parsed.age, parsed.duration_days, parsed.lifestyle.stress) == (0, 36500, 10)


def test_findings_are_frozen() -> None:
    parsed = Findings.from_dict({"age": 30})
    with pytest.raises(AttributeError):
        parsed.age = 31  # type: ignore[misc]
