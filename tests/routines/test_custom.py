"""Custom breathing patterns: validation by field, and schedules shaped like the catalogue's."""

import pytest

from twitch_app.routines import (
    PatternError,
    PhaseKind,
    build_schedule,
    custom_schedule,
    parse_pattern,
    position_at,
    schedule_from_form,
    schedule_json,
    total_seconds,
)

VALID = {
    "name": "Evening calm",
    "inhale": 4,
    "hold": 2,
    "exhale": 6.5,
    "hold_empty": 0,
    "cycles": 10,
}


def with_changes(**changes):
    data = {**VALID, **changes}
    return {key: value for key, value in data.items() if value is not ...}


def test_a_valid_pattern_is_accepted():
    pattern = parse_pattern(VALID)
    assert (pattern.name, pattern.inhale, pattern.hold, pattern.exhale) == (
        "Evening calm",
        4.0,
        2.0,
        6.5,
    )
    assert pattern.cycles == 10 and pattern.minutes is None


def test_form_strings_are_accepted_and_trimmed():
    pattern = parse_pattern(
        {"name": "  Calm 2  ", "inhale": "4.5", "hold": "", "exhale": " 5 ", "minutes": "3"}
    )
    assert pattern.name == "Calm 2"
    assert (pattern.inhale, pattern.hold, pattern.exhale, pattern.hold_empty) == (4.5, 0, 5, 0)
    assert pattern.minutes == 3 and pattern.cycles is None


@pytest.mark.parametrize(
    ("field", "bad_value"),
    [
        ("name", ""),
        ("name", "   "),
        ("name", "x" * 41),
        ("name", "<b>calm</b>"),
        ("name", "tab\there"),
        ("name", 42),
        ("inhale", 0.5),
        ("inhale", 20.5),
        ("inhale", 4.25),
        ("inhale", "four"),
        ("inhale", ...),
        ("inhale", float("nan")),
        ("inhale", True),
        ("exhale", 0),
        ("exhale", 21),
        ("exhale", None),
        ("hold", -0.5),
        ("hold", 20.5),
        ("hold", 1.2),
        ("hold_empty", 25),
        ("hold_empty", "x"),
        ("cycles", 0),
        ("cycles", 201),
        ("cycles", 2.5),
        ("cycles", "many"),
        ("cycles", 10**400),
        ("inhale", 10**400),
    ],
)
def test_each_bad_field_is_refused_with_its_name(field, bad_value):
    with pytest.raises(PatternError) as caught:
        parse_pattern(with_changes(**{field: bad_value}))
    assert caught.value.fields == (field,)
    assert field in str(caught.value)


@pytest.mark.parametrize("bad_minutes", [0, 61, 1.5, "soon"])
def test_bad_minutes_are_refused_with_their_name(bad_minutes):
    with pytest.raises(PatternError) as caught:
        parse_pattern(with_changes(cycles=..., minutes=bad_minutes))
    assert caught.value.fields == ("minutes",)


def test_limits_are_inclusive():
    pattern = parse_pattern(
        with_changes(name="x" * 40, inhale=20, hold=20, exhale=1, hold_empty=20, cycles=200)
    )
    assert pattern.cycles == 200 and len(pattern.name) == 40
    assert parse_pattern(with_changes(cycles=..., minutes=60)).minutes == 60


def test_cycles_and_minutes_are_either_or():
    for changes in ({"minutes": 5}, {"cycles": ...}):
        with pytest.raises(PatternError) as caught:
            parse_pattern(with_changes(**changes))
        assert set(caught.value.fields) == {"cycles", "minutes"}


def test_every_problem_is_reported_at_once_and_unknown_fields_are_refused():
    with pytest.raises(PatternError) as caught:
        parse_pattern({"name": "", "inhale": 0, "exhale": 99, "cycles": 3, "hold_in": 2})
    assert set(caught.value.fields) == {"name", "inhale", "exhale", "hold_in"}


def test_custom_schedule_repeats_the_breath_for_the_asked_cycles():
    schedule = schedule_from_form(VALID)
    kinds = [segment.kind for segment in schedule.segments]
    # The empty-lungs hold of 0 s is left out rather than shown as a zero-length phase.
    assert kinds == [PhaseKind.INHALE, PhaseKind.HOLD, PhaseKind.EXHALE] * 10
    assert total_seconds(schedule) == 12.5 * 10
    assert schedule.title == "Evening calm" and schedule.routine_id == "custom"
    assert position_at(schedule, 12.5).segment.kind == PhaseKind.INHALE
    assert position_at(schedule, 12.5).segment.round == 2


def test_custom_minutes_round_to_the_nearest_whole_cycle():
    # 1 minute of 7 s breaths is 8.57 cycles: 9 cycles, 63 s.
    pattern = parse_pattern({"name": "Quick", "inhale": 3, "exhale": 4, "minutes": 1})
    schedule = custom_schedule(pattern)
    assert schedule.rounds == 9 and total_seconds(schedule) == 63.0
    assert schedule.requested_minutes == 1


def test_custom_schedule_has_the_catalogue_json_shape():
    custom = schedule_json(schedule_from_form(VALID))
    catalogue = schedule_json(build_schedule("box_breathing", 2))
    assert custom.keys() == catalogue.keys()
    assert custom["segments"][0].keys() == catalogue["segments"][0].keys()
    assert custom["cautions"], "custom patterns carry the breathing cautions too"


def test_holds_bring_the_breath_hold_caution():
    without = schedule_from_form(with_changes(hold=0))
    with_hold = schedule_from_form(VALID)
    assert any("breath holds" in text for text in with_hold.cautions)
    assert not any("breath holds" in text for text in without.cautions)
    assert all(any("doctor" in text for text in s.cautions) for s in (without, with_hold))


def test_errors_by_form_input_are_plain_words_and_breaths_or_minutes_go_to_length():
    with pytest.raises(PatternError) as caught:
        parse_pattern({"name": "", "inhale": "0", "exhale": "6", "minutes": "90"})
    messages = caught.value.by_input()
    assert set(messages) == {"name", "inhale", "length"}
    assert messages["inhale"] == "Breathe in must be between 1 and 20 seconds."
    assert messages["length"] == "Minutes must be between 1 and 60."
    assert not any(":" in text for text in messages.values())
