"""Rule watch, counts and pattern sentences from a diary log."""

from datetime import UTC, date, datetime, timedelta

from twitch_app.diary.rule_watch import persisted_days
from twitch_app.diary.stats import (
    Logged,
    doctor_answers,
    pattern_sentences,
    per_area,
    per_day,
    rule_watch,
)

TZ = "Europe/London"
DAY0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def log(days: int, area: str = "eyelid", **extra) -> list[Logged]:
    return [Logged(DAY0 + timedelta(days=i), area, 2, "seconds", 5, **extra) for i in range(days)]


def test_rule_watch_fires_on_a_15_day_log_and_on_two_areas_but_not_on_10_days_in_one():
    # A calf: a lone eyelid twitch has the 3-month clock since issue 20 (see below).
    assert [hit.id for hit in rule_watch(log(15, "calf"), TZ)] == ["D1"]
    two_areas = [*log(3), Logged(DAY0 + timedelta(days=5), "calf", 3, "comes_and_goes")]
    assert [hit.id for hit in rule_watch(two_areas, TZ)] == ["D2"]
    assert rule_watch(log(10), TZ) == []
    # Two single twitches 16 days apart: changed by issue 20, neither persisted 2 weeks (no D1),
    # and there were never two areas within 14 days (no D2).
    far_apart = [*log(1), Logged(DAY0 + timedelta(days=16), "calf", 1, "seconds", 2)]
    assert rule_watch(far_apart, TZ) == []
    assert rule_watch([], TZ) == []


def test_days_are_the_devices_local_days():
    late_evening_utc = Logged(datetime(2026, 11, 1, 23, 30, tzinfo=UTC), "arm", 1, "seconds", 1)
    days = dict(per_day([late_evening_utc], "Asia/Tokyo", date(2026, 11, 3), days=3))
    assert days[date(2026, 11, 2)] == 1 and days[date(2026, 11, 1)] == 0


def test_per_area_counts_most_first():
    assert per_area([*log(3, "calf"), *log(1, "eyelid")]) == [("calf", 3), ("eyelid", 1)]


def test_patterns_need_enough_days_and_say_it_plainly():
    coffee_days = [
        Logged(DAY0 + timedelta(days=d, hours=h), "eyelid", 2, "seconds", 3, caffeine_drinks=5)
        for d in range(4)
        for h in range(4)
    ]
    calm_days = [
        Logged(DAY0 + timedelta(days=d, hours=1), "eyelid", 2, "seconds", 3, caffeine_drinks=1)
        for d in range(4, 8)
        for _ in range(2)
    ]
    sentences = pattern_sentences([*coffee_days, *calm_days], TZ)
    assert len(sentences) == 1
    assert "4 or more caffeine drinks you logged about twice as many" in sentences[0]
    assert "not proof" in sentences[0]
    assert pattern_sentences(coffee_days[:8] + calm_days[:2], TZ) == []  # too few days


def test_doctor_answers_cover_the_questions():
    answers = doctor_answers(log(5), TZ, date(2026, 11, 10))
    assert answers["Is it always in the same place?"] == "Always the same place: Eyelid."
    several = doctor_answers([*log(1, "whole_body"), *log(2, "foot")], TZ, date(2026, 11, 10))
    assert several["Is it always in the same place?"] == (
        "In several places: Foot or toes (2), Whole body (1)."  # the names the chips show
    )
    assert "5 seconds" in answers["How long does each twitch last?"]
    assert answers["When did it start?"].startswith("First logged on 01 November 2026")
    assert doctor_answers([], TZ, date(2026, 11, 10)) == {}


def test_rule_watch_measures_how_long_a_twitch_persisted_not_the_span_of_the_log():
    # Issue 20: two eyelid twitches 14 days apart are two short twitches, not one of 2 weeks.
    eyelid_twice = [*log(1, "eyelid"), Logged(DAY0 + timedelta(days=14), "eyelid", 1, "seconds", 2)]
    assert rule_watch(eyelid_twice, TZ) == []
    # An arm twitch logged every other day for 3 weeks has persisted: D1, as in the check.
    every_other_day = [
        Logged(DAY0 + timedelta(days=2 * n), "arm", 2, "seconds", 3) for n in range(11)
    ]
    hits = rule_watch(every_other_day, TZ)
    assert [hit.id for hit in hits] == ["D1"] and "21 days" in hits[0].text
    # A gap of more than 3 days starts a new twitch: 10 days, a week's pause, 10 days.
    two_spells = [
        *log(10, "arm"),
        *[Logged(DAY0 + timedelta(days=17 + n), "arm", 1, "seconds", 1) for n in range(10)],
    ]
    assert rule_watch(two_spells, TZ) == []


def test_rule_watch_applies_the_eyelid_three_month_clock():
    weekly_for_a_month = [
        Logged(DAY0 + timedelta(days=3 * n), "eyelid", 1, "seconds", 1) for n in range(11)
    ]
    assert rule_watch(weekly_for_a_month, TZ) == []  # 31 days of flicker: not a GP visit yet
    every_day_for_100 = log(100, "eyelid")
    assert [hit.id for hit in rule_watch(every_day_for_100, TZ)] == ["D11"]


def test_a_whole_body_sleep_jolt_is_not_more_than_one_area():
    jolt = [Logged(DAY0, "whole_body", 3, "seconds", 1)]
    assert rule_watch(jolt, TZ) == []
    assert rule_watch([*jolt, *log(1, "calf")], TZ) == []
    # Eyelid and cheek are one region for D2, as in the check (the eyelid rule covers them).
    assert rule_watch([*log(1, "eyelid"), *log(1, "face")], TZ) == []


def test_persisted_days_counts_both_ends_and_breaks_on_long_gaps():
    day = date(2026, 1, 1)
    assert persisted_days([day]) == 1
    assert persisted_days([day, day + timedelta(days=3)]) == 4
    assert persisted_days([day, day + timedelta(days=4)]) == 1
