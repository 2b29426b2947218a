"""A write kept on the device and sent later is checked before anything is applied."""

import uuid

import pytest

from twitch_app.diary.entries import EntryError
from twitch_app.diary.queued import is_client_id, parse_write, settle_script

OP, ENTRY = str(uuid.uuid4()), str(uuid.uuid4())
CREATE = {"op": OP, "kind": "create", "entry": ENTRY, "data": {"area": "calf", "intensity": "3"}}


def test_a_create_an_edit_and_a_delete_are_read():
    assert parse_write(CREATE).data == {"area": "calf", "intensity": "3"}
    edit = parse_write({"op": OP, "kind": "update", "entry": "42",
                        "data": {"intensity": "5"}, "shown": {"intensity": "3"}})  # fmt: skip
    assert (edit.entry, edit.shown) == ("42", {"intensity": "3"})
    assert parse_write({"op": OP, "kind": "delete", "entry": ENTRY}).kind == "delete"


def test_fields_the_form_does_not_have_are_dropped():
    write = parse_write({**CREATE, "data": {**CREATE["data"], "device_id": 1, "id": 7}})
    assert write.data == CREATE["data"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"op": "1"}, "op"),
        ({"op": OP.upper()}, "op"),
        ({"kind": "drop_table"}, "kind"),
        ({"entry": "42"}, "entry"),  # a new entry needs an id made on the device
        ({"entry": "../1"}, "entry"),
        ({"data": ["calf"]}, "data"),
        ({"data": {"notes": "x" * 5000}}, "notes"),
        ({"data": {"notes": {"$gt": ""}}}, "notes"),
    ],
)
def test_a_forged_write_is_refused_naming_what_is_wrong(change, field):
    with pytest.raises(EntryError) as error:
        parse_write({**CREATE, **change})
    assert error.value.field == field


def test_only_the_apps_own_ids_are_answered_and_as_json_literals():
    assert is_client_id(OP) and not is_client_id("'); alert(1); ('")
    assert settle_script("'); alert(1); ('") == ""
    script = settle_script(OP, 'notes: "too long"')
    assert script == f'window.__twitchOutbox?.settle("{OP}", "notes: \\"too long\\"")'
    gone = settle_script(OP, "That entry is no longer in this diary.", gone=True)
    assert (
        gone
        == f'window.__twitchOutbox?.settle("{OP}", "That entry is no longer in this diary.", true)'
    )
