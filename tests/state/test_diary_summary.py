"""The doctor summary's line about other symptoms and medicines, from the last symptom check."""

from twitch_app.state.diary import _other_symptoms


def test_symptoms_and_medicines_from_the_last_check_are_listed():
    findings = {
        "symptoms": ["numbness_or_tingling", "cramps"],
        "medicines": {"new_medicine": True, "kinds": ["antidepressant"]},
    }
    assert _other_symptoms(findings) == (
        "Other symptoms: numbness or tingling, cramps. Medicines: antidepressant."
    )


def test_a_new_medicine_without_a_kind_is_still_named():
    assert _other_symptoms({"medicines": {"new_medicine": True}}) == "Medicines: a new medicine."


def test_no_check_and_an_empty_check_read_differently():
    assert _other_symptoms(None) == ""
    assert "no other symptoms" in _other_symptoms({"symptoms": []})
