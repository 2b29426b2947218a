"""Row ids from the page: only small positive integers get as far as an ownership check."""

import pytest

from twitch_app.state.device import parse_row_id


@pytest.mark.parametrize(("raw", "expected"), [("12", 12), (12, 12), ("0", 0)])
def test_ids_the_page_sends_are_read(raw, expected):
    assert parse_row_id(raw) == expected


@pytest.mark.parametrize(
    "forged",
    [True, None, -1, "-1", "1 OR 1=1", "1e3", "", "9" * 13, 1.5, ["1"], {"id": 1}, "²", "١٢"],
)
def test_anything_else_is_refused(forged):
    assert parse_row_id(forged) is None
