"""JSON output and the `twitch-app routines` command."""

import json

from twitch_app.ids import ROUTINE_IDS
from twitch_app.routines import build_schedule, catalogue_json, position_at, schedule_json
from twitch_app.routines.cli import main


def test_cli_prints_the_catalogue_as_json_with_every_routine(capsys):
    assert main([]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {routine["id"] for routine in printed["routines"]} == set(ROUTINE_IDS)
    for routine in printed["routines"]:
        assert routine["cycle"] and routine["duration_choices"] and routine["sources"]
        for choice in routine["duration_choices"]:
            assert choice["total_seconds"] == build_schedule(routine["id"], choice["minutes"]).total


def test_cli_prints_one_schedule(capsys):
    assert main(["--schedule", "breathing_478", "--minutes", "1"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["routine_id"] == "breathing_478"
    assert printed["total_seconds"] == 19.0 * printed["rounds"]


def test_cli_rejects_an_unknown_routine(capsys):
    assert main(["--schedule", "juggling"]) == 2
    assert "juggling" in capsys.readouterr().err


def test_schedule_json_lets_a_player_find_the_phase_from_timestamps():
    schedule = build_schedule("coherent_breathing", 2)
    data = json.loads(json.dumps(schedule_json(schedule)))
    assert data["total_seconds"] == schedule.total
    for t in (0.0, 5.5, 60.25, schedule.total - 0.5):
        # What the JavaScript player will do: find the segment with start <= t < end.
        found = [s for s in data["segments"] if s["start"] <= t < s["end"]]
        assert len(found) == 1
        assert found[0]["index"] == position_at(schedule, t).index
        assert found[0]["cue"] == position_at(schedule, t).segment.cue


def test_catalogue_json_survives_a_json_round_trip():
    data = catalogue_json()
    assert json.loads(json.dumps(data)) == data
    assert "inhale" in data["phase_kinds"] and data["duration_rounding"]
