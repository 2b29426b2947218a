"""/privacy: what is stored and why; export, delete and move the data."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.device_notice import device_notice
from twitch_app.components.layout import layout
from twitch_app.components.ui import copy_button, page_header
from twitch_app.state.privacy import PrivacyState

STORED = (
    ("A random key's scrambled copy", "so your phone, and only your phone, finds your data."),
    ("Diary entries", "where, when, how strong, how long, your notes and the day's factors."),
    ("Symptom checks", "your answers and the result, so you can resume and show your doctor."),
    ("Relaxation sessions", "which routine, how long, and how you felt, for your history."),
    ("Your breathing patterns", "so you can use them again."),
)


def _data_controls() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Export or delete"),
        rx.el.div(
            rx.el.button("Export as JSON", type="button", class_name="secondary-button",
                         on_click=PrivacyState.export_json),
            rx.el.button("Export as CSV", type="button", class_name="secondary-button",
                         aria_describedby="export-help", on_click=PrivacyState.export_csv),
            rx.el.button("Delete all my data", type="button", class_name="danger-button",
                         on_click=PrivacyState.ask_delete),
            class_name="row-actions",
        ),
        rx.el.p("JSON holds everything the server keeps for this device. CSV is your diary "
                "for a spreadsheet: one row per twitch, in your own time zone.",
                id="export-help", class_name="small"),
        rx.cond(
            PrivacyState.confirming_delete,
            rx.el.div(
                rx.el.p("Delete everything: your diary, checks, sessions and patterns? "
                        "This cannot be undone."),
                rx.el.button("Yes, delete everything", type="button", class_name="danger-button",
                             on_click=PrivacyState.confirm_delete),
                rx.el.button("Keep my data", type="button", class_name="secondary-button",
                             on_click=PrivacyState.cancel_delete),
                role="alertdialog", aria_label="Confirm delete", class_name="confirm-box",
            ),
        ),
        rx.cond(PrivacyState.data_error != "",
                rx.el.p(PrivacyState.data_error, role="alert", class_name="form-error")),
        rx.el.p(PrivacyState.deleted_message, role="status", id="delete-status"),
        class_name="card-section",
    )  # fmt: skip


def _move_question() -> rx.Component:
    return rx.el.div(
        rx.el.p(PrivacyState.move_question),
        rx.el.button("Yes, move them here", type="button", class_name="primary-button",
                     on_click=PrivacyState.confirm_move),
        rx.el.button("Cancel", type="button", class_name="secondary-button",
                     on_click=PrivacyState.cancel_move),
        role="alertdialog", aria_label="Confirm the move", class_name="confirm-box",
    )  # fmt: skip


def _transfer_error() -> rx.Component:
    """What failed, and for a code that could not be moved, a retry that keeps the code."""
    return rx.el.div(
        rx.el.p(PrivacyState.transfer_error, role="alert", class_name="form-error"),
        rx.cond(PrivacyState.can_retry_move,
                rx.el.button("Try again", type="button", class_name="secondary-button",
                             on_click=PrivacyState.retry_move)),
    )  # fmt: skip


def _move(move: rx.Var) -> rx.Component:
    return rx.el.p(
        move["text"],
        " ",
        rx.el.button("Undo this move", type="button", class_name="link-button",
                     on_click=PrivacyState.undo_move(move["id"])),
        class_name="small moved-note",
    )  # fmt: skip


def _transfer() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Move to a new phone"),
        rx.el.p("Make a code here, then enter it on the new phone within 15 minutes. "
                "It works once."),
        rx.el.button("Make a transfer code", type="button", class_name="secondary-button",
                     on_click=PrivacyState.make_transfer_code),
        rx.cond(PrivacyState.transfer_code != "",
                rx.el.div(
                    rx.el.p("Your code: ", rx.el.strong(PrivacyState.transfer_code,
                                                          id="transfer-code",
                                                          class_name="transfer-code")),
                    copy_button("transfer-code", label="Copy the code"),
                    class_name="row-actions",
                )),
        rx.el.form(
            rx.el.label("Got a code from your old phone?", html_for="transfer-input",
                        class_name="field-label"),
            rx.el.input(id="transfer-input", name="code", max_length=40, auto_complete="off",
                        class_name="text-input"),
            rx.el.button("Move my data here", type="submit", class_name="primary-button"),
            on_submit=PrivacyState.redeem, reset_on_submit=True, aria_label="Enter a code",
        ),
        rx.cond(PrivacyState.move_question != "", _move_question()),
        rx.cond(PrivacyState.transfer_error != "", _transfer_error()),
        rx.el.p(PrivacyState.transfer_message, role="status", id="transfer-status"),
        rx.foreach(PrivacyState.moves, _move),
        class_name="card-section",
    )  # fmt: skip


def page() -> rx.Component:
    return layout(
        routes.PRIVACY,
        page_header(
            "Your data and privacy",
            "No account, no name, no e-mail. Here is exactly what the server keeps, and why.",
        ),
        device_notice(),
        rx.el.dl(
            *[rx.fragment(rx.el.dt(what), rx.el.dd(why)) for what, why in STORED],
            class_name="definitions",
        ),
        rx.el.p(
            "Nothing else: no tracking, no adverts, no analytics. The data is used only to show "
            "it back to you."
        ),
        _data_controls(),
        _transfer(),
    )
