"""The floor: a blank Reflex app (one page, default plugins), generated and served per run.

It is built in the same run as our app, on the same machine state, so the ratio between
the two is honest even when the machine is noisy.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from twitch_app.devtools.server import ROOT, free_port

START_TIMEOUT_S = 420

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
    log = folder / "server.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "reflex"), "run", "--env", "prod",
             "--backend-host", "127.0.0.1", "--frontend-port", str(port),
             "--backend-port", str(port)],
            cwd=folder, env=env, stdout=log_file, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, process, log)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def _wait(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the blank app exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the blank app did not start in {START_TIMEOUT_S} s")
