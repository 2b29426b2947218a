"""`twitch-app content` prints the whole knowledge base as valid JSON."""

import json

import pytest

from twitch_app.knowledge import KnowledgeBase, content_json
from twitch_app.knowledge.cli import main


def test_prints_valid_json_with_every_card_id(
    kb: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    data = json.loads(capsys.readouterr().out)
    record_keys = ("types", "causes", "remedies", "red_flags", "doctor_questions")
    record_keys += ("doctor_checks", "number_facts")
    printed = [record["id"] for key in record_keys for record in data[key]]
    assert sorted(printed) == sorted(kb.record_ids())
    assert [s["title"] for s in data["sources"]] == [s.title for s in kb.sources]
    assert set(data["coverage"]) == set(kb.coverage)


def test_section_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--section", "red_flags"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["red_flags"] and len(data["red_flags"]) == 14


def test_unknown_section_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--section", "gossip"]) == 2
    assert "gossip" in capsys.readouterr().err


def test_content_json_survives_a_round_trip() -> None:
    data = content_json()
    assert json.loads(json.dumps(data)) == data
    rare = next(card for card in data["causes"] if card["id"] == "rare_conditions")
    assert rare["rare"] is True
