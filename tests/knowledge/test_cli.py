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


def test_search_command_prints_ranked_ids_and_titles(capsys: pytest.CaptureFixture[str]) -> None:
    from twitch_app.cli import main as app_main
    from twitch_app.knowledge import search

    assert app_main(["search", "eye twitch"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [hit["id"] for hit in printed] == [hit.id for hit in search("eye twitch")]
    assert printed[0] == {"id": "eyelid_twitch", "kind": "cause", "title": "Eyelid twitch"}


def test_content_shows_sources_claims_and_links(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"publisher", "url", "date", "grade"} <= set(data["sources"][0])
    assert data["claims"] and data["links"]["cause_remedies"]["eyelid_twitch"][0] == "sleep_routine"
