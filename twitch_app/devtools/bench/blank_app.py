"""The floor: a blank Reflex app (one page, default plugins), generated and served per run.

It is built in the same run as our app, on the same machine state, so the ratio between
the two is honest even when the machine is noisy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from twitch_app.devtools.server import free_port, reflex_prod

# What `reflex init --template blank` gives: a Radix Themes page with a heading, a line
# of text and a button, and rx.Config's default plugins.
RXCONFIG = """import reflex as rx

config = rx.Config(app_name="blank_app", telemetry_enabled=False)
"""
APP = '''"""Blank Reflex app for the benchmark floor."""

import reflex as rx


class State(rx.State):
    count: int = 0

    @rx.event
    def increment(self):
        self.count += 1


def index() -> rx.Component:
    return rx.container(
        rx.color_mode.button(position="top-right"),
        rx.vstack(
            rx.heading("Welcome to Reflex!", size="9"),
            rx.text("Get started by editing ", rx.code("blank_app/blank_app.py"), size="5"),
            rx.button(State.count, on_click=State.increment),
            spacing="5",
            justify="center",
            min_height="85vh",
        ),
    )


app = rx.App()
app.add_page(index, title="Blank", description="A blank Reflex app.")
'''


def write_blank_app(folder: Path) -> Path:
    """Write the blank app's source into `folder`; return the folder."""
    (folder / "blank_app").mkdir(parents=True, exist_ok=True)
    (folder / "rxconfig.py").write_text(RXCONFIG)
    (folder / "blank_app" / "__init__.py").write_text("")
    (folder / "blank_app" / "blank_app.py").write_text(APP)
    return folder


@contextmanager
def blank_server(folder: Path) -> Iterator[str]:
    """Build and serve the blank app from `folder` (`reflex run --env prod`, one port)."""
    write_blank_app(folder)
    port = free_port()
    env = {
        **os.environ,
        "REFLEX_WEB_WORKDIR": str(folder / ".web"),
        "REFLEX_STATES_WORKDIR": str(folder / "states"),
    }
    # Our app's settings must not leak into the floor's config.
    for name in ("PORT", "HOST", "PUBLIC_URL", "API_URL", "DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)
    with reflex_prod(folder, env, port, folder / "server.log") as (url, _process):
        yield url
