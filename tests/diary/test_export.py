"""Exports: a CSV cell a spreadsheet would run as a formula is written as plain text."""

import csv
import io

from twitch_app.diary.export import as_csv, spreadsheet_safe

DANGEROUS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_cells_that_start_a_formula_are_neutralised_and_keep_their_text():
    rows = [{"id": 1, "device_id": 9, "notes": text, "intensity": -3} for text in DANGEROUS]
    parsed = list(csv.reader(io.StringIO(as_csv({"diary_entries": rows}))))
    notes = [row[3] for row in parsed if row[2] == "notes"]
    assert notes == ["'" + text for text in DANGEROUS]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in notes)
    assert [row[3] for row in parsed if row[2] == "intensity"] == ["-3"] * len(DANGEROUS)


def test_ordinary_text_and_numbers_are_unchanged():
    for value in ["after coffee", "3 = too much", "", 4, 5.5, None, True]:
        assert spreadsheet_safe(value) == value
