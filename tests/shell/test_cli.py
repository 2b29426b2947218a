"""`twitch-app`: the installed command reaches each part of the pure core."""

import json
import subprocess
import sys
from pathlib import Path

TWITCH_APP = str(Path(sys.executable).parent / "twitch-app")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([TWITCH_APP, *args], input=stdin, capture_output=True, text=True)


def test_content_prints_every_card_as_json():
    result = run("content")
    assert result.returncode == 0
    content = json.loads(result.stdout)
    assert {card["id"] for card in content["causes"]} >= {"caffeine", "rare_conditions"}
    assert len(content["remedies"]) == 16


def test_assess_grades_findings_from_stdin_and_refuses_bad_input():
    result = run("assess", stdin=json.dumps({"symptoms": ["trouble_breathing"]}))
    assert result.returncode == 0
    assert json.loads(result.stdout)["urgency"] == "emergency"
    bad = run("assess", stdin=json.dumps({"lifestyle": {"stress": 11}}))
    assert bad.returncode == 2
    assert "lifestyle.stress" in bad.stderr


def test_assess_schema_and_routines():
    assert "properties" in json.loads(run("assess", "--schema").stdout)
    routines = json.loads(run("routines").stdout)
    assert "box_breathing" in json.dumps(routines)


def test_unknown_command_exits_2_with_usage():
    result = run("frobnicate")
    assert result.returncode == 2
    assert "twitch-app content" in result.stderr
