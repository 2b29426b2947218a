"""The diary's log form: where, how strong, save. Three taps; the rest is optional."""

from __future__ import annotations

import reflex as rx

from twitch_app.diary.areas import area_name
from twitch_app.diary.entries import MAX_NOTES, DiaryEntryBase
from twitch_app.ids import BODY_AREA_IDS
from twitch_app.record_models import limits
from twitch_app.state.diary import DiaryState
from twitch_app.state.diary_form import DiaryFormState

EDITED = DiaryFormState.editing  # the entry being edited (its fields as text), or empty
DURATIONS = (("comes_and_goes", "Comes and goes"), ("seconds", "Seconds"), ("minutes", "Minutes"))


def _choice(name: str, value: str, label: str, checked) -> rx.Component:
    return rx.el.label(
        rx.el.input(type="radio", name=name, value=value, default_checked=checked,
                    required=True, class_name="choice-input"),
        rx.el.span(label, class_name="choice-label"),
        class_name="choice",
    )  # fmt: skip


def _range(name: str, step: str | None = None) -> dict[str, str]:
    """The input's limits, as declared on the entry's field (the server checks the same)."""
    low, high = limits(DiaryEntryBase, name)
    return {"min": f"{low:g}", "max": f"{high:g}", **({"step": step} if step else {})}


def _optional(name: str, label: str, kind: str = "number", **props) -> rx.Component:
    return rx.el.div(
        rx.el.label(label, html_for=f"diary-{name}", class_name="field-label"),
        rx.el.input(id=f"diary-{name}", name=name, type=kind, class_name="text-input",
                    default_value=EDITED.get(name, ""), **props),
    )  # fmt: skip


def _yes_no(name: str, label: str) -> rx.Component:
    return rx.el.div(
        rx.el.label(label, html_for=f"diary-{name}", class_name="field-label"),
        rx.el.select(
            rx.el.option("Not said", value=""),
            rx.el.option("Yes", value="yes"),
            rx.el.option("No", value="no"),
            id=f"diary-{name}", name=name, class_name="text-input",
            default_value=EDITED.get(name, ""),
        ),
    )  # fmt: skip


def diary_form() -> rx.Component:
    editing = EDITED.contains("id")
    return rx.el.form(
        rx.el.fieldset(
            rx.el.legend("Where?"),
            rx.el.div(
                *[_choice("area", a, area_name(a), EDITED.get("area", "") == a)
                  for a in BODY_AREA_IDS],
                class_name="choices",
            ),
        ),
        rx.el.fieldset(
            rx.el.legend("How strong? (1 barely, 5 very)"),
            rx.el.div(
                *[_choice("intensity", str(n), str(n),
                          EDITED.get("intensity", "") == str(n)) for n in range(1, 6)],
                class_name="choices",
            ),
        ),
        rx.el.details(
            rx.el.summary("More: when, how long, notes, the day's factors"),
            _optional("occurred_at", "When (leave empty for now)", "datetime-local"),
            rx.el.div(
                rx.el.label("How long", html_for="diary-duration_kind", class_name="field-label"),
                rx.el.select(
                    *[rx.el.option(label, value=value) for value, label in DURATIONS],
                    id="diary-duration_kind", name="duration_kind", class_name="text-input",
                    default_value=EDITED.get("duration_kind", "comes_and_goes"),
                ),
            ),
            _optional("duration_value", "Number of seconds or minutes", **_range("duration_value")),
            rx.el.div(
                rx.el.label("Notes (plain text, up to 500 characters)", html_for="diary-notes",
                            class_name="field-label"),
                rx.el.textarea(id="diary-notes", name="notes", max_length=MAX_NOTES, rows=3,
                               class_name="text-input",
                               default_value=EDITED.get("notes", "")),
            ),
            rx.el.div(
                _optional("caffeine_drinks", "Caffeine drinks today", **_range("caffeine_drinks")),
                _optional("alcohol_units", "Alcohol units today", **_range("alcohol_units", "0.1")),
                _optional("sleep_hours", "Hours slept", **_range("sleep_hours", "0.5")),
                _optional("stress", "Stress (0 to 10)", **_range("stress")),
                _yes_no("hard_exercise", "Hard exercise today?"),
                _yes_no("enough_water", "Enough water today?"),
                class_name="field-grid",
            ),
            class_name="more-details",
        ),
        # Ids the device's queue gives this save (assets/diary_queue.jsx fills them in).
        rx.el.input(type="hidden", name="op", default_value=""),
        rx.el.input(type="hidden", name="client_id", default_value=""),
        rx.cond(DiaryFormState.form_error != "",
                rx.el.p(DiaryFormState.form_error, role="alert", class_name="form-error")),
        rx.el.div(
            rx.el.button(rx.cond(editing, "Save changes", "Save"), type="submit",
                         class_name="primary-button"),
            rx.cond(editing, rx.el.button("Cancel", type="button", class_name="secondary-button",
                                          on_click=DiaryFormState.cancel_edit,
                                          custom_attrs={"data-action": "cancel-edit"})),
            rx.el.span(DiaryState.saved_message, role="status", class_name="saved"),
            class_name="row-actions",
        ),
        # A new key (starting or ending an edit) redraws the form with `editing`'s values;
        # a new entry's save empties it in place; after an error the choices stay.
        key=DiaryFormState.form_key,
        on_submit=DiaryFormState.save_entry,
        class_name="diary-form",
        aria_label="Log a twitch",
        custom_attrs={"data-editing": EDITED.get("ref", "")},
    )  # fmt: skip


def log_section() -> rx.Component:
    """The form under its heading, which names the entry while one is being edited (the
    browser scrolls here and moves focus into the form: assets/diary_queue.jsx)."""
    return rx.el.section(
        rx.el.h2(
            rx.cond(EDITED.contains("id"),
                    rx.fragment("Edit the entry of ", EDITED.get("when", "")), "Log a twitch"),
            id="log-heading",
        ),
        diary_form(),
        id="log-a-twitch",
        class_name="card-section",
        aria_labelledby="log-heading",
    )  # fmt: skip
