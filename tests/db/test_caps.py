"""Caps: a day, a diary and a device's patterns hold a bounded number of rows; the page reads a
bounded window of the diary however long it grows."""

from datetime import UTC, datetime, timedelta

import pytest

from twitch_app.db import diary as store
from twitch_app.db import relax
from twitch_app.db.devices import register_device
from twitch_app.diary.entries import (
    MAX_ENTRIES,
    MAX_ENTRIES_PER_DAY,
    DiaryEntryCreate,
    DiaryFull,
    check_room,
)
from twitch_app.routines import parse_pattern

NOON = datetime(2026, 11, 20, 12, tzinfo=UTC)


def entry(when: datetime) -> DiaryEntryCreate:
    return DiaryEntryCreate(occurred_at=when, area="calf", intensity=2)


def test_one_day_holds_at_most_its_cap_and_another_day_still_takes_entries(session):
    device, _ = register_device(session)
    for minute in range(MAX_ENTRIES_PER_DAY):
        store.add_entry(session, device_id=device.id, entry=entry(NOON + timedelta(minutes=minute)))
    with pytest.raises(DiaryFull, match="that day already has 100 entries"):
        store.add_entry(session, device_id=device.id, entry=entry(NOON))
    store.add_entry(session, device_id=device.id, entry=entry(NOON + timedelta(days=1)))
    other, _ = register_device(session)  # another device's day is its own
    store.add_entry(session, device_id=other.id, entry=entry(NOON))


def test_the_whole_diary_has_a_cap_in_plain_words():
    check_room(on_that_day=0, in_all=MAX_ENTRIES - 1)
    with pytest.raises(DiaryFull) as full:
        check_room(on_that_day=0, in_all=MAX_ENTRIES)
    assert str(full.value).startswith("Not saved: your diary holds 10,000 entries")
    assert ":" not in str(full.value).split("Not saved:")[1].split(".")[0]  # no field names


def test_the_page_reads_the_last_days_only_and_the_count_covers_everything(session):
    device, _ = register_device(session)
    now = datetime.now(UTC)
    for days_ago in (1, 30, store.SHOWN_DAYS + 5, 400):
        store.add_entry(session, device_id=device.id, entry=entry(now - timedelta(days=days_ago)))
    since = now - timedelta(days=store.SHOWN_DAYS)
    shown = store.list_entries(session, device_id=device.id, since=since)
    assert len(shown) == 2
    assert store.count_entries(session, device_id=device.id) == 4


def test_a_device_keeps_at_most_its_cap_of_patterns(session):
    device, _ = register_device(session)
    pattern = parse_pattern({"name": "Calm", "inhale": "4", "exhale": "6", "cycles": "10"})
    for _ in range(relax.MAX_PATTERNS):
        relax.save_pattern(session, device_id=device.id, pattern=pattern)
    with pytest.raises(relax.PatternsFull, match="Delete one"):
        relax.save_pattern(session, device_id=device.id, pattern=pattern)
    first = relax.list_patterns(session, device_id=device.id)[0]
    # Editing one that exists is never refused.
    relax.save_pattern(session, device_id=device.id, pattern=pattern, pattern_id=first.id)
