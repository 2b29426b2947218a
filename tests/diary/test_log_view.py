"""The diary's log as the pages show it, built in the pure core (diary/log_view.py, charts.py):
entries by local day, each day's factors, area names, the charts' words and the summary's
line from the last check."""

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from twitch_app.diary.areas import AREA_NAMES, area_name
from twitch_app.diary.charts import CHART_HEIGHT, MIN_SCALE, day_bars, day_chart_text
from twitch_app.diary.entries import DiaryEntryBase
from twitch_app.diary.log_view import (
    FACTOR_DAYS,
    diary_view,
    entry_when,
    log_by_day,
    other_symptoms,
    window_note,
)
from twitch_app.ids import BODY_AREA_IDS

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)


class Row(DiaryEntryBase):
    """A stored entry as the database hands it over: the declared fields and its ids."""

    area: str = "calf"
    intensity: int = 3
    id: int | None = 1
    client_id: str | None = None


def test_entries_are_grouped_by_the_devices_own_day_newest_first():
    late = Row(
        occurred_at=datetime(2026, 12, 3, 23, 30, tzinfo=UTC),
        id=2,
        client_id="c2",
        notes="<b>x</b>",
    )
    # 23:30 UTC on 3 December is already 4 December in Kiritimati (UTC+14).
    days, _ = log_by_day([late, Row(occurred_at=datetime(2026, 12, 3, 8, 0, tzinfo=UTC))], LONDON)
    assert [day["day"] for day in days] == ["Thursday 03 December"]
    assert [line["time"] for line in days[0]["entries"]] == ["23:30", "08:00"]
    days, _ = log_by_day([late], ZoneInfo("Pacific/Kiritimati"))
    assert days[0]["day"] == "Friday 04 December"
    [line] = days[0]["entries"]
    assert (line["id"], line["ref"], line["notes"]) == ("2", "c2", "<b>x</b>")
    assert json.loads(line["values"])["occurred_at"] == "2026-12-04T13:30"


def test_an_entry_line_says_where_how_strong_and_how_long():
    timed = Row(
        occurred_at=NOW, area="whole_body", intensity=4, duration_kind="seconds", duration_value=20
    )
    days, _ = log_by_day(
        [timed, Row(occurred_at=NOW, duration_kind="minutes", duration_value=3, id=3)], UTC
    )
    lines = days[0]["entries"]
    assert [(line["area"], line["duration"]) for line in lines] == [
        ("Whole body", "20 s"),
        ("Calf", "3 min"),
    ]
    assert lines[0]["ref"] == "1"  # an entry made before client ids is named by its row id


def test_each_days_factors_are_the_first_values_logged_that_day():
    day = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    rows = [
        Row(
            occurred_at=day + timedelta(hours=3),
            caffeine_drinks=5,
            sleep_hours=6.5,
            hard_exercise=False,
        ),
        Row(
            occurred_at=day + timedelta(hours=2),
            stress=7,
            alcohol_units=1.5,
            enough_water=True,
            sleep_hours=8,
        ),
        Row(occurred_at=day - timedelta(days=1)),
    ]
    _, factors = log_by_day(rows, UTC)
    assert factors == [
        {"day": "Wednesday 02 December", "count": "2", "caffeine": "5", "sleep": "6.5 h",
         "alcohol": "1.5", "stress": "7", "exercise": "no", "water": "yes"},
        {"day": "Tuesday 01 December", "count": "1", "caffeine": "", "sleep": "",
         "alcohol": "", "stress": "", "exercise": "", "water": ""},
    ]  # fmt: skip
    many = [Row(occurred_at=NOW - timedelta(days=n)) for n in range(FACTOR_DAYS + 3)]
    assert len(log_by_day(many, UTC)[1]) == FACTOR_DAYS


def test_every_area_has_one_name_with_a_capital_and_no_hint():
    assert set(AREA_NAMES) == set(BODY_AREA_IDS)
    for area in BODY_AREA_IDS:
        name = area_name(area)
        assert name[0].isupper() and "(" not in name and "_" not in name, name
    assert (area_name("face"), area_name("foot"), area_name("whole_body")) == (
        "Face",
        "Foot or toes",
        "Whole body",
    )


def test_editing_names_the_entry_by_its_local_day_and_time():
    assert entry_when(Row(occurred_at=datetime(2026, 7, 1, 6, 5, tzinfo=UTC)), LONDON) == (
        "Wednesday 01 July at 07:05"
    )


def test_the_window_note_says_how_many_older_entries_are_kept():
    assert window_note(shown=3, in_all=3, days=90, limit=500) == ""
    assert window_note(shown=500, in_all=501, days=90, limit=500) == (
        "Showing the last 90 days (at most 500 entries). 1 older entry is kept, and in your export."
    )
    assert "2 older entries are kept" in window_note(shown=1, in_all=3, days=90, limit=500)


def test_symptoms_and_medicines_from_the_last_check_are_listed():
    findings = {
        "symptoms": ["numbness_or_tingling", "cramps"],
        "medicines": {"new_medicine": True, "kinds": ["antidepressant"]},
    }
    assert other_symptoms(findings) == (
        "Other symptoms: numbness or tingling, cramps. Medicines: antidepressant."
    )
    assert other_symptoms({"medicines": {"new_medicine": True}}) == "Medicines: a new medicine."


def test_no_check_and_an_empty_check_read_differently():
    assert other_symptoms(None) == ""
    assert "no other symptoms" in other_symptoms({"symptoms": []})


def days_of(*counts: int) -> list[tuple[date, int]]:
    start = date(2026, 11, 30)
    return [(start + timedelta(days=i), count) for i, count in enumerate(counts)]


def test_the_day_chart_says_the_days_were_even_when_they_tie():
    assert day_chart_text(days_of(0, 0, 0)) == "No twitches logged in the last 3 days."
    assert day_chart_text(days_of(0, 1, 0)) == "1 twitch on 1 of the last 3 days, on 01 December."
    assert day_chart_text(days_of(1, 0, 1)) == (
        "2 twitches on 2 of the last 3 days: the days were even, 1 on each."
    )
    assert day_chart_text(days_of(1, 3, 2)) == (
        "6 twitches on 3 of the last 3 days; the most on 01 December (3)."
    )
    assert day_chart_text(days_of(3, 1, 3)) == (
        "7 twitches on 3 of the last 3 days; the most, 3, on 2 days, the latest 02 December."
    )


def test_one_twitch_is_a_short_bar_and_a_busy_day_is_the_full_height():
    bars, _ = day_bars(days_of(0, 1))
    assert [float(bar["height"]) for bar in bars] == [0, CHART_HEIGHT / MIN_SCALE]
    bars, _ = day_bars(days_of(12, 3))
    assert [float(bar["height"]) for bar in bars] == [CHART_HEIGHT, CHART_HEIGHT / 4]


def test_the_day_chart_has_a_date_under_every_weeks_bar_ending_today():
    bars, _ = day_bars(days_of(*[0] * 30))
    ticks = [(index, bar["tick"]) for index, bar in enumerate(bars) if bar["tick"]]
    assert ticks == [(1, "01 Dec"), (8, "08 Dec"), (15, "15 Dec"), (22, "22 Dec"), (29, "29 Dec")]
    assert (bars[29]["anchor"], bars[29]["tick_x"]) == ("end", "300.0")  # inside the chart
    assert bars[1]["anchor"] == "middle"


def test_the_view_holds_everything_the_pages_show_from_one_read():
    rows = [
        Row(occurred_at=NOW - timedelta(hours=1), area="eyelid", id=2),
        Row(occurred_at=NOW - timedelta(days=2)),
    ]
    view = diary_view(rows, in_all=5, findings=None, tz="Europe/London", now=NOW, window=(90, 500))
    assert view.entry_count == 5
    assert "3 older entries are kept" in view.window_note
    assert [day["day"] for day in view.latest_day] == ["Friday 04 December"]
    assert [day["day"] for day in view.earlier_days] == ["Wednesday 02 December"]
    assert len(view.day_bars) == 30 and view.day_bars[-1]["tick"] == "04 Dec"
    assert [bar["name"] for bar in view.area_bars] == ["Eyelid", "Calf"]
    assert [hit["id"] for hit in view.rule_hits] == ["D2"]  # two areas within 14 days
    assert view.answers[0]["question"] == "When did it start?"
    assert view.other_symptoms == ""


def test_a_stored_time_without_a_zone_is_read_as_utc_whatever_the_servers_zone(monkeypatch):
    # SQLite hands times back without a zone; they were stored as UTC. Reading them in the
    # server's own zone would move the log's times and days on a host whose TZ is not UTC.
    import time

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        naive = Row(occurred_at=datetime(2026, 12, 4, 23, 30))
        aware = Row(occurred_at=datetime(2026, 12, 4, 23, 30, tzinfo=UTC))
        assert entry_when(naive, LONDON) == entry_when(aware, LONDON)
        assert log_by_day([naive], LONDON) == log_by_day([aware], LONDON)
    finally:
        monkeypatch.undo()
        time.tzset()
