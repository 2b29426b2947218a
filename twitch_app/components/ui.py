"""Small building blocks the pages share."""

from __future__ import annotations

import reflex as rx
from reflex_components_core.react_router.dom import ReactRouterLink

from twitch_app.components.icons import icon


def nav_link(*children, href: str, **props) -> rx.Component:
    """An in-app link: a real <a href> before hydration, client-side routing after it."""
    return ReactRouterLink.create(*children, href=href, **props)


def page_header(title: str, lead: str) -> rx.Component:
    return rx.el.div(
        rx.el.h1(title),
        rx.el.p(lead, class_name="lead"),
        class_name="page-header",
    )


def entry_card(href: str, title: str, text: str, icon_name: str) -> rx.Component:
    """A large tap target that leads into one feature."""
    return rx.el.li(
        nav_link(
            icon(icon_name, size=28),
            rx.el.span(
                rx.el.span(title, class_name="entry-title"),
                rx.el.span(text, class_name="entry-text"),
                class_name="entry-body",
            ),
            href=href,
            class_name="entry-card",
        )
    )


def copy_button(source_id: str, label: str = "Copy") -> rx.Component:
    """Copies the text of the element `source_id` and says so (or says it could not).

    Browser-only: it reads the text from the page, so no server round trip and no state.
    Where the clipboard API is missing (a page served over plain http to a phone on the home
    network is not a secure context) or refused, the text is selected and copied the old way;
    if that fails too it stays selected, and the person is told to copy it.
    """
    status_id = f"{source_id}-copied"
    script = (
        "(() => {"
        f"const source = document.getElementById('{source_id}');"
        "const text = source?.textContent ?? '';"
        f"const status = document.getElementById('{status_id}');"
        "status.textContent = '';"
        "const say = (ok) => { status.textContent = ok ? 'Copied.'"
        " : 'Could not copy: the text is selected, copy it from there.'; };"
        "const byHand = () => { let ok = false;"
        " try { const range = document.createRange(); range.selectNodeContents(source);"
        " const selection = getSelection(); selection.removeAllRanges();"
        " selection.addRange(range); ok = document.execCommand('copy'); } catch {}"
        " say(ok); };"
        "if (navigator.clipboard?.writeText) {"
        " navigator.clipboard.writeText(text).then(() => say(true), byHand); } else { byHand(); }"
        "})()"
    )
    return rx.fragment(
        rx.el.button(label, type="button", class_name="chip", on_click=rx.call_script(script)),
        rx.el.span(role="status", id=status_id, class_name="copy-status"),
    )
