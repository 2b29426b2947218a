"""Exports: a CSV cell a spreadsheet would run as a formula is written as plain text."""

import csv
import io

from twitch_app.diary.entries import ENTRY_FIELDS
from twitch_app.diary.export import as_csv, spreadsheet_safe

DANGEROUS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def _entry(**fields) -> dict:
    base = {
        "id": 7, "device_id": 9, "occurred_at": "2026-12-03T21:30:00", "area": "eyelid",
        "intensity": 3, "duration_kind": "seconds", "duration_value": 20, "notes": "",
        "caffeine_drinks": None, "alcohol_units": None, "sleep_hours": None, "stress": None,
        "hard_exercise": None, "enough_water": None,
    }  # fmt: skip
    return {**base, **fields}


def test_cells_that_start_a_formula_are_neutralised_and_keep_their_text():
    rows = [_entry(notes=text, stress=-3) for text in DANGEROUS]
    parsed = list(csv.DictReader(io.StringIO(as_csv({"diary_entries": rows}))))
    notes = [row["Notes"] for row in parsed]
    assert notes == ["'" + text for text in DANGEROUS]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in notes)
    assert [row["Stress (0-10)"] for row in parsed] == ["-3"] * len(DANGEROUS)


def test_one_row_per_entry_with_readable_columns_local_times_and_no_internal_ids():
    rows = [
        _entry(occurred_at="2026-12-03T23:30:00", area="calf", duration_kind="comes_and_goes",
               duration_value=None, notes="after coffee", caffeine_drinks=5, sleep_hours=6.5,
               hard_exercise=True, enough_water=False),
        _entry(occurred_at="2026-12-01T08:05:00"),
    ]  # fmt: skip
    text = as_csv({"diary_entries": rows, "routine_sessions": [{"id": 1}]}, "Europe/Berlin")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == 2  # one row per entry; other tables are in the JSON export
    assert parsed[0] == {
        "Date": "2026-12-01", "Time": "09:05", "Where": "Eyelid", "Strength (1-5)": "3",
        "How long": "20 s", "Notes": "", "Caffeine drinks": "", "Alcohol units": "",
        "Hours of sleep": "", "Stress (0-10)": "", "Hard exercise": "", "Enough water": "",
    }  # fmt: skip
    later = parsed[1]
    assert (later["Date"], later["Time"], later["Where"]) == ("2026-12-04", "00:30", "Calf")
    assert later["How long"] == "Comes and goes" and later["Notes"] == "after coffee"
    assert (later["Hard exercise"], later["Enough water"]) == ("Yes", "No")
    assert "device" not in text.lower() and "_id" not in text and ",7," not in text


def test_ordinary_text_and_numbers_are_unchanged():
    for value in ["after coffee", "3 = too much", "", 4, 5.5, None, True]:
        assert spreadsheet_safe(value) == value


# Another value for each of the person's fields: the CSV row must change with every one.
OTHER_VALUE = {
    "occurred_at": "2026-12-02T10:00:00", "area": "calf", "intensity": 5,
    "duration_kind": "minutes", "duration_value": 3, "notes": "after coffee",
    "caffeine_drinks": 4, "alcohol_units": 1.5, "sleep_hours": 6.5, "stress": 7,
    "hard_exercise": True, "enough_water": False,
}  # fmt: skip


def test_every_field_of_an_entry_reaches_its_csv_row():
    """A field added to the entry but left out of the CSV fails here (issue 22)."""
    assert set(OTHER_VALUE) == set(ENTRY_FIELDS)
    plain = as_csv({"diary_entries": [_entry()]}).splitlines()[1]
    for name, value in OTHER_VALUE.items():
        changed = as_csv({"diary_entries": [_entry(**{name: value})]}).splitlines()[1]
        assert changed != plain, name
