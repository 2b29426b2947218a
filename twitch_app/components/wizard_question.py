"""One question on screen: progress, the prompt, large answers, "Why we ask this", Back/Next.

Every question is built once at compile time (the texts are ours and static); the state only
says which one is on screen and which answers are ticked.
"""

from __future__ import annotations

import reflex as rx
from reflex_components_core.core.banner import has_connection_errors

from twitch_app import routes
from twitch_app.components.ui import nav_link
from twitch_app.components.wizard_body import body_outline
from twitch_app.components.wizard_intro import connection_notice, save_notice
from twitch_app.state.wizard import WizardState
from twitch_app.triage.sources import SOURCES
from twitch_app.wizard import Kind, Option, Question

FOCUS_ID = "wizard-focus"


def progress_bar() -> rx.Component:
    text = f"Question {WizardState.question_number} of {WizardState.question_total}"
    return rx.el.div(
        rx.el.p(text, id="wizard-progress-label", class_name="wizard-progress-label"),
        rx.el.progress(
            value=WizardState.question_number,
            max=WizardState.question_total,
            aria_labelledby="wizard-progress-label",
            class_name="wizard-progress",
        ),
    )


def error_notice() -> rx.Component:
    return rx.el.div(
        rx.cond(WizardState.error != "", rx.el.p(WizardState.error, class_name="wizard-error")),
        role="alert",
    )


ASKED_BEFORE_AGE = frozenset({"emergency_signs", "age"})
FOR_CHILD = 'You are answering for your child: where a question says "you", read "your child".'
SOURCE_URLS = {source.title: source.url for source in SOURCES.values()}


def _cited(title: str) -> rx.Component:
    """A health-service page links to itself; an article title is cited as it is."""
    if title in SOURCE_URLS:
        return rx.el.a(rx.el.cite(title), href=SOURCE_URLS[title], rel="noopener noreferrer")
    return rx.el.cite(title)


def why_we_ask(question: Question) -> rx.Component:
    return rx.el.details(
        rx.el.summary("Why we ask this"),
        rx.el.p(question.why),
        rx.el.p(
            "Source: ",
            *[
                item
                for index, title in enumerate(question.sources)
                for item in ([", "] if index else []) + [_cited(title)]
            ],
            class_name="small",
        ),
        class_name="why-we-ask",
    )


def _single_answer(option: Option) -> rx.Component:
    return rx.el.li(
        rx.el.button(
            option.label,
            type="button",
            class_name="answer-button",
            aria_pressed=rx.cond(WizardState.draft.contains(option.id), "true", "false"),
            on_click=WizardState.choose(option.id),
            disabled=has_connection_errors,
        )
    )


def _tick_answer(question: Question, option: Option) -> rx.Component:
    input_id = f"answer-{question.id}-{option.id}"
    return rx.el.li(
        rx.el.input(
            type="checkbox",
            id=input_id,
            checked=WizardState.draft.contains(option.id),
            on_change=WizardState.toggle_option(option.id),
            class_name="answer-check",
            # Offline a tick could not reach the server (which holds them): not live-looking.
            disabled=has_connection_errors,
        ),
        rx.el.label(option.label, html_for=input_id, class_name="answer-check-label"),
        class_name="answer-tick",
    )


def _prompt(question: Question) -> rx.Component | str:
    """The prompt, in a parent's words once the age says a child under 16."""
    if not question.child_prompt:
        return question.prompt
    return rx.cond(WizardState.for_child, question.child_prompt, question.prompt)


def _answers(question: Question) -> rx.Component:
    if question.kind is Kind.SINGLE:
        columns = "answer-grid" if len(question.options) > 8 else ""
        return rx.el.ul(
            *[_single_answer(option) for option in question.options],
            class_name=f"answer-list {columns}",
        )
    return rx.el.fieldset(
        rx.el.legend(_prompt(question), class_name="visually-hidden"),
        rx.el.ul(
            *[_tick_answer(question, option) for option in question.options],
            class_name="answer-list",
        ),
        class_name="answer-fieldset",
    )


def _area_help() -> rx.Component:
    return rx.el.p(
        "Not sure what kind of twitch it is? ",
        nav_link("See the kinds of twitch", href=routes.TWITCH_TYPES),
        ".",
        class_name="small",
    )


def _buttons(question: Question) -> rx.Component:
    back = rx.cond(
        WizardState.can_go_back,
        rx.el.button(
            "Back",
            type="button",
            class_name="wizard-back",
            on_click=WizardState.back,
            disabled=has_connection_errors,
        ),
    )
    next_button = (
        rx.el.button(
            rx.cond(has_connection_errors, "Needs a connection", "Next"),
            type="button",
            class_name="wizard-next",
            on_click=WizardState.submit,
            disabled=has_connection_errors,
        )
        if question.kind is not Kind.SINGLE
        else rx.fragment()
    )
    return rx.el.div(back, next_button, class_name="wizard-buttons")


def question_screen(question: Question) -> rx.Component:
    parts = [
        progress_bar(),
        rx.el.p(str(question.section), class_name="tag"),
        rx.el.h2(_prompt(question), id=FOCUS_ID, tab_index=-1, class_name="wizard-prompt"),
    ]
    if question.help:
        parts.append(rx.el.p(question.help, class_name="wizard-help"))
    if question.id not in ASKED_BEFORE_AGE:
        parts.append(rx.cond(WizardState.for_child, rx.el.p(FOR_CHILD, class_name="wizard-help")))
    if question.kind is Kind.AREAS:
        parts += [_area_help(), body_outline()]
    parts += [connection_notice(), save_notice(), error_notice(), _answers(question),
              _buttons(question), why_we_ask(question)]  # fmt: skip
    return rx.el.section(*parts, class_name="wizard-screen", data_question=question.id)
