"""The abuse scenario counts what was stored, not how often an answer said "Saved."."""

from twitch_app.devtools.bench.abuse import diary_count, summary


def test_a_save_is_counted_by_the_diary_count_its_answer_states():
    form = "reflex___state____state.diary_form"
    answers = [
        {"delta": {form: {"saved_message_rx_state_": "Saved. 1 entry in your diary."}}},
        {"delta": {form: {"saved_message_rx_state_": "Saved. 2 entries in your diary."}}},
        # A refused save's answer carrying the last message again adds nothing.
        {"delta": {form: {"saved_message_rx_state_": "Saved. 2 entries in your diary."}}},
        {"events": [{"name": "_call_script"}]},
    ]
    assert max(diary_count(answer) for answer in answers) == 2


def test_the_summary_adds_up_every_flooding_socket():
    result = summary([100.0] * 19 + [900.0], saved=20, flooded=[(1000, 60), (800, 59)])
    assert result["flood_saves_sent"] == 1800 and result["flood_saves_accepted"] == 119
    assert result["person_saves_lost"] == 0 and result["person_save_p95_ms"] >= 100
