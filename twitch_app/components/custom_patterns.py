"""Custom breathing patterns on /relax: the list, the form, and a player for the chosen one."""

from __future__ import annotations

import reflex as rx

from twitch_app.components.routine_player import routine_player
from twitch_app.routines.custom import (
    CYCLES_LIMITS,
    FIELD_LABELS,
    MINUTES_LIMITS,
    NAME_MAX_LENGTH,
    PHASE_LIMITS,
)
from twitch_app.state.relax import RelaxState

# The same labels and limits as the server's checks (routines/custom.py).
_DEFAULTS = {"inhale": "4", "hold": "0", "exhale": "6", "hold_empty": "0"}
_TIMES = tuple((name, f"{FIELD_LABELS[name]} (s)", _DEFAULTS[name]) for name in PHASE_LIMITS)
_LENGTH_LOW = min(CYCLES_LIMITS[0], MINUTES_LIMITS[0])
_LENGTH_HIGH = max(CYCLES_LIMITS[1], MINUTES_LIMITS[1])
LENGTH_HELP = (
    f"{MINUTES_LIMITS[0]} to {MINUTES_LIMITS[1]} minutes, "
    f"or {CYCLES_LIMITS[0]} to {CYCLES_LIMITS[1]} breaths."
)


class PatternsSync(rx.Component):
    """Hears that another tab of this device changed its patterns (assets/patterns_sync.jsx)."""

    library = rx.asset("patterns_sync.jsx").importable_path
    tag = "PatternsSync"

    # One event per change made in another tab: never a timer.
    on_change: rx.EventHandler[lambda: []]


def _field_error(name: str) -> rx.Component:
    return rx.cond(
        RelaxState.pattern_field_errors.contains(name),
        rx.el.p(
            RelaxState.pattern_field_errors.get(name, ""),
            id=f"pattern-{name}-error",
            class_name="field-error",
        ),
    )


def _number(name: str, label: str, default: str, step: str, low: str, high: str) -> rx.Component:
    invalid = RelaxState.pattern_field_errors.contains(name)
    return rx.el.div(
        rx.el.label(label, html_for=f"pattern-{name}", class_name="field-label"),
        rx.el.input(
            id=f"pattern-{name}",
            name=name,
            type="number",
            step=step,
            min=low,
            max=high,
            required=True,
            default_value=RelaxState.editing_pattern.get(name, default),
            aria_invalid=rx.cond(invalid, "true", "false"),
            aria_describedby=rx.cond(invalid, f"pattern-{name}-error", None),
            class_name="text-input",
        ),
        _field_error(name),
    )


def _pattern_row(pattern: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.el.span(pattern["name"], class_name="link-row-title"),
        rx.el.span(pattern["summary"], class_name="link-row-text"),
        rx.el.div(
            rx.el.button("Play", type="button", class_name="chip",
                         on_click=RelaxState.play_pattern(pattern["id"])),
            rx.el.button("Edit", type="button", class_name="chip",
                         on_click=RelaxState.edit_pattern(pattern["id"])),
            rx.el.button("Delete", type="button", class_name="chip",
                         on_click=RelaxState.delete_pattern(pattern["id"])),
            class_name="row-actions",
        ),
        class_name="pattern-row",
    )  # fmt: skip


def pattern_form() -> rx.Component:
    editing = RelaxState.editing_pattern.contains("pattern_id")
    return rx.el.form(
        rx.el.input(type="hidden", name="pattern_id",
                    value=RelaxState.editing_pattern.get("pattern_id", "")),
        rx.el.label("Name", html_for="pattern-name", class_name="field-label"),
        rx.el.input(id="pattern-name", name="name", max_length=NAME_MAX_LENGTH, required=True,
                    default_value=RelaxState.editing_pattern.get("name", ""),
                    aria_invalid=rx.cond(RelaxState.pattern_field_errors.contains("name"),
                                         "true", "false"),
                    class_name="text-input"),
        _field_error("name"),
        rx.el.div(*[_number(n, label, d, "0.5", str(PHASE_LIMITS[n][0]), str(PHASE_LIMITS[n][1]))
                    for n, label, d in _TIMES],
                  class_name="field-grid"),
        rx.el.div(
            _number("length", "Length", "5", "1", str(_LENGTH_LOW), str(_LENGTH_HIGH)),
            rx.el.div(
                rx.el.label("Counted in", html_for="pattern-unit", class_name="field-label"),
                rx.el.select(
                    rx.el.option("minutes", value="minutes"),
                    rx.el.option("breaths", value="cycles"),
                    id="pattern-unit", name="length_unit", class_name="text-input",
                    default_value=RelaxState.editing_pattern.get("length_unit", "minutes"),
                ),
            ),
            class_name="field-grid",
        ),
        rx.cond(RelaxState.pattern_error != "",
                rx.el.p(RelaxState.pattern_error, role="alert", class_name="form-error")),
        rx.el.p(RelaxState.pattern_status, role="status", class_name="form-status"),
        rx.el.div(
            rx.el.button(rx.cond(editing, "Save changes", "Save pattern"), type="submit",
                         class_name="primary-button"),
            rx.cond(editing, rx.el.button("Cancel", type="button", class_name="secondary-button",
                                          on_click=RelaxState.cancel_edit)),
            class_name="row-actions",
        ),
        # Keyed by the row being edited and the saves so far: the inputs' defaults refresh
        # when the row changes, and the form empties after a save, never after a failed one.
        key=RelaxState.pattern_form_key,
        on_submit=RelaxState.save_pattern,
        class_name="pattern-form",
        aria_label="Breathing pattern",
    )  # fmt: skip


def custom_patterns() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Your own breathing patterns"),
        rx.el.p(
            "Times in seconds, in half-second steps: breathing in and out 1 to 20 s, holds "
            f"0 to 20 s. Length: {LENGTH_HELP} Kept on this device.",
            class_name="small",
        ),
        rx.cond(
            RelaxState.list_error != "",
            rx.el.p(RelaxState.list_error, role="alert", class_name="form-error"),
        ),
        rx.cond(
            RelaxState.patterns.length() > 0,
            rx.el.ul(rx.foreach(RelaxState.patterns, _pattern_row), class_name="link-rows"),
        ),
        rx.cond(
            RelaxState.custom_plan.contains("routineId"),
            rx.el.div(routine_player(RelaxState.custom_plan), class_name="custom-player"),
        ),
        pattern_form(),
        PatternsSync.create(on_change=RelaxState.patterns_changed),
        class_name="card-section",
    )
