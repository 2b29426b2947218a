"""The diary entry's fields are declared once (DiaryEntryBase): the table, the form and the
edit state hold every one of them, so a new field cannot be left out of any of them."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from twitch_app.db.models import DiaryEntry
from twitch_app.diary.entries import (
    ENTRY_FIELDS,
    FIELD_NAMES,
    DiaryEntryBase,
    DiaryEntryUpdate,
    EntryError,
    form_values,
    parse_entry,
)

# What a row has besides the person's own fields: its id, owner, client id and timestamps.
BOOKKEEPING = {"id", "device_id", "client_id", "created_at", "updated_at"}
NOW = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
EVERY_FIELD = {
    "occurred_at": "2026-11-27T08:30:00+00:00", "area": "calf", "intensity": "3",
    "duration_kind": "seconds", "duration_value": "20", "notes": "after the gym",
    "caffeine_drinks": "4", "alcohol_units": "5.5", "sleep_hours": "8", "stress": "6",
    "hard_exercise": "yes", "enough_water": "no",
}  # fmt: skip


def input_names(component) -> set[str]:
    names = set()
    name = getattr(component, "name", None)
    if name is not None:
        names.add(str(name).strip('"'))
    for child in getattr(component, "children", []):
        names |= input_names(child)
    return names


def test_the_table_holds_the_declared_fields_and_only_bookkeeping_besides():
    assert set(DiaryEntry.__table__.c.keys()) - BOOKKEEPING == set(ENTRY_FIELDS)
    assert set(EVERY_FIELD) == set(ENTRY_FIELDS)  # this test's own list is complete


def test_the_update_model_has_every_field_and_none_is_set_by_default():
    assert set(DiaryEntryUpdate.model_fields) == set(ENTRY_FIELDS)
    assert DiaryEntryUpdate().model_dump(exclude_unset=True) == {}


def test_the_form_has_an_input_for_every_field():
    from twitch_app.components.diary_form import diary_form

    # ... and the two ids the device's queue gives a save.
    assert input_names(diary_form()) == set(ENTRY_FIELDS) | {"op", "client_id"}


def test_the_edit_state_shows_every_field_as_it_was_saved():
    shown = form_values(parse_entry(EVERY_FIELD, NOW), ZoneInfo("UTC"))
    assert set(shown) == set(ENTRY_FIELDS)
    assert shown == {**EVERY_FIELD, "occurred_at": "2026-11-27T08:30"}


def number_inputs(component) -> dict[str, tuple[str, str]]:
    found = {}
    if getattr(component, "type", None) is not None and str(component.type).strip('"') == "number":
        name = str(component.name).strip('"')
        found[name] = (str(component.min).strip('"'), str(component.max).strip('"'))
    for child in getattr(component, "children", []):
        found |= number_inputs(child)
    return found


def test_the_forms_number_inputs_have_the_declared_limits():
    from twitch_app.components.diary_form import diary_form
    from twitch_app.record_models import limits

    inputs = number_inputs(diary_form())
    assert set(inputs) == {"duration_value", "caffeine_drinks", "alcohol_units", "sleep_hours",
                           "stress"}  # fmt: skip
    for name, (low, high) in inputs.items():
        declared = limits(DiaryEntryBase, name)
        assert (float(low), float(high)) == declared, name


def _text(component) -> str:
    return "".join(str(getattr(child, "contents", "")).strip('"') for child in component.children)


def form_labels(component, labels: dict[str, str] | None = None) -> dict[str, str]:
    """Each field's label as the form shows it (a fieldset's legend for a row of choices)."""
    labels = {} if labels is None else labels
    tag, html_for = getattr(component, "tag", None), getattr(component, "html_for", None)
    if tag == "label" and html_for is not None:
        labels[str(html_for).strip('"').removeprefix("diary-")] = _text(component)
    if tag == "fieldset":
        legend = next(child for child in component.children if child.tag == "legend")
        for name in input_names(component):
            labels[name] = _text(legend)
    for child in getattr(component, "children", []):
        form_labels(child, labels)
    return labels


def test_a_refusal_names_the_field_as_the_form_labels_it():
    from twitch_app.components.diary_form import diary_form

    labels = form_labels(diary_form())
    assert set(FIELD_NAMES) == set(ENTRY_FIELDS) == set(labels)
    for name in ENTRY_FIELDS:
        assert labels[name].startswith(FIELD_NAMES[name]), (name, labels[name])
        said = str(EntryError(name, "must be something else"))
        assert said == f"{FIELD_NAMES[name]}: must be something else"
        assert name not in said  # never the column's name ("sleep_hours")
