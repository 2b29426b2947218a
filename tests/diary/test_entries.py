"""Bad diary input is refused with a message naming the field."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from twitch_app.diary.entries import (
    EntryError,
    clean_notes,
    form_values,
    parse_changes,
    parse_entry,
)

NOW = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
GOOD = {"area": "eyelid", "intensity": "3", "duration_kind": "seconds", "duration_value": "20"}


def test_a_three_tap_entry_defaults_to_now():
    entry = parse_entry({"area": "calf", "intensity": 2}, NOW)
    assert entry.occurred_at == NOW and entry.duration_kind == "comes_and_goes"
    assert entry.duration_value is None and entry.notes == ""


def test_a_full_entry_parses():
    entry = parse_entry(
        {
            **GOOD,
            "occurred_at": "2026-11-27T08:30:00+01:00",
            "notes": "after  coffee",
            "caffeine_drinks": "5",
            "sleep_hours": "6.5",
            "stress": "7",
            "hard_exercise": "yes",
            "enough_water": "no",
        },
        NOW,
    )
    assert entry.occurred_at == datetime(2026, 11, 27, 7, 30, tzinfo=UTC)
    assert (entry.caffeine_drinks, entry.sleep_hours, entry.stress) == (5, 6.5, 7)
    assert entry.hard_exercise is True and entry.enough_water is False


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"duration_value": "-5"}, "duration_value"),
        ({"intensity": "9"}, "intensity"),
        ({"intensity": True}, "intensity"),
        ({"notes": "x" * 10_000}, "notes"),
        ({"area": "soul"}, "area"),
        ({"area": "<script>alert(1)</script>"}, "area"),
        ({"duration_kind": "forever"}, "duration_kind"),
        ({"occurred_at": "2030-01-01T00:00:00Z"}, "occurred_at"),
        ({"occurred_at": "2026-11-27T08:30:00"}, "occurred_at"),
        ({"occurred_at": "2020-01-01T00:00:00Z"}, "occurred_at"),
        ({"caffeine_drinks": "31"}, "caffeine_drinks"),
        ({"sleep_hours": "7.3"}, "sleep_hours"),
        ({"stress": "11"}, "stress"),
        ({"hard_exercise": "maybe"}, "hard_exercise"),
        # Forged over the websocket: these once crashed the handler instead of being refused.
        ({"intensity": "²"}, "intensity"),
        ({"caffeine_drinks": "١٢"}, "caffeine_drinks"),
        ({"occurred_at": "0001-01-01T00:00:00+14:00"}, "occurred_at"),
    ],
)
def test_bad_input_is_refused_naming_the_field(changes, field):
    with pytest.raises(EntryError) as error:
        parse_entry({**GOOD, **changes}, NOW)
    assert error.value.field == field


def test_script_tags_stay_plain_text_and_control_characters_go():
    assert clean_notes("<script>alert(1)</script>\x00\x07 ok") == "<script>alert(1)</script> ok"


def test_a_non_form_is_refused():
    with pytest.raises(EntryError):
        parse_entry(["area", "eyelid"], NOW)


def test_alcohol_units_hold_a_fraction_and_refuse_more_than_one_decimal():
    assert parse_entry({**GOOD, "alcohol_units": "5.5"}, NOW).alcohol_units == 5.5
    assert parse_entry({**GOOD, "alcohol_units": 2.3}, NOW).alcohol_units == 2.3
    for bad in ("5.55", "101", "-1", "1e2", True):
        with pytest.raises(EntryError) as error:
            parse_entry({**GOOD, "alcohol_units": bad}, NOW)
        assert error.value.field == "alcohol_units"


FULL = {**GOOD, "occurred_at": "2026-11-27T08:30:00+00:00", "notes": "long day",
        "caffeine_drinks": "4", "alcohol_units": "5.5", "sleep_hours": "8", "stress": "3",
        "hard_exercise": "yes", "enough_water": "no"}  # fmt: skip
UTC_ZONE = ZoneInfo("UTC")


def test_an_edit_of_the_intensity_changes_the_intensity_only():
    shown = form_values(parse_entry(FULL, NOW), UTC_ZONE)
    changes = parse_changes({**shown, "intensity": "5"}, shown, UTC_ZONE, NOW)
    assert changes.model_dump(exclude_unset=True) == {"intensity": 5}


def test_fields_a_form_does_not_send_are_left_alone_not_emptied():
    shown = form_values(parse_entry(FULL, NOW), UTC_ZONE)
    changes = parse_changes({"area": "calf", "intensity": "1"}, shown, UTC_ZONE, NOW)
    assert changes.model_dump(exclude_unset=True) == {"area": "calf", "intensity": 1}


def test_an_emptied_factor_is_a_change_to_nothing_and_a_new_kind_takes_its_number():
    shown = form_values(parse_entry(FULL, NOW), UTC_ZONE)
    form = {**shown, "caffeine_drinks": "", "duration_kind": "comes_and_goes"}
    changes = parse_changes(form, shown, UTC_ZONE, NOW).model_dump(exclude_unset=True)
    assert changes == {"caffeine_drinks": None, "duration_kind": "comes_and_goes",
                       "duration_value": None}  # fmt: skip


def test_an_edit_is_checked_as_a_whole_entry():
    shown = form_values(parse_entry(FULL, NOW), UTC_ZONE)
    with pytest.raises(EntryError) as error:
        parse_changes({**shown, "duration_value": ""}, shown, UTC_ZONE, NOW)
    assert error.value.field == "duration_value"
    with pytest.raises(EntryError) as error:
        parse_changes({**shown, "occurred_at": "2099-01-01T10:00"}, shown, UTC_ZONE, NOW)
    assert error.value.field == "occurred_at"
