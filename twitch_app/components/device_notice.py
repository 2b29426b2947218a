"""Tells a tab that the device it was saving for no longer exists (deleted in another tab)."""

from __future__ import annotations

import reflex as rx

from twitch_app.state.device import DeviceState


def device_notice() -> rx.Component:
    return rx.cond(
        DeviceState.device_notice != "",
        rx.el.div(
            rx.el.p(DeviceState.device_notice),
            rx.el.button(
                "OK",
                type="button",
                on_click=DeviceState.dismiss_device_notice,
                class_name="secondary-button",
            ),
            role="status",
            class_name="notice device-notice",
        ),
    )
