"""Start the production build on a free port (used by the browser tests and the screenshot)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 420
REFLEX = str(ROOT / ".venv" / "bin" / "reflex")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answers(
    urls: list[str], process: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT_S
) -> None:
    """Return once every URL answers 200, in order; fail with the log's tail if the process
    exits first or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text()[-4000:]
            raise RuntimeError(f"{urls[0]}: exited with {process.returncode}:\n{tail}")
        try:
            if all(httpx.get(url, timeout=5).status_code == 200 for url in urls):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{urls[0]} did not answer in {timeout} s:\n{log.read_text()[-4000:]}")


@dataclass(frozen=True)
class RunningServer:
    url: str
    process: subprocess.Popen
    database: Path


@contextmanager
def production_server(
    data_dir: Path, web_dir: Path, extra_env: dict[str, str] | None = None
) -> Iterator[RunningServer]:
    """`reflex run --env prod` with its own build folder and a throwaway SQLite database.

    A web folder of its own means a `make run` and this server never share a build.
    """
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
        # `make test-scale` points the suite at PostgreSQL through TWITCH_TEST_DATABASE_URL.
        "DATABASE_URL": os.environ.get("TWITCH_TEST_DATABASE_URL")
        or f"sqlite:///{data_dir / 'app.db'}",
        "REFLEX_WEB_WORKDIR": str(web_dir),
        "REFLEX_STATES_WORKDIR": str(data_dir / "states"),
        # The suite and the bench open hundreds of devices from this one address; the limit's
        # own test (tests/browser/test_limits.py) sets it back to the default.
        "NEW_DEVICES_PER_MINUTE": "1000000",
        **(extra_env or {}),
    }
    subprocess.run([REFLEX, "db", "migrate"], cwd=ROOT, env=env, check=True)
    with reflex_prod(ROOT, env, port, data_dir / "server.log") as (url, process):
        yield RunningServer(url, process, data_dir / "app.db")


@contextmanager
def reflex_prod(
    cwd: Path, env: dict[str, str], port: int, log: Path
) -> Iterator[tuple[str, subprocess.Popen]]:
    """`reflex run --env prod` for the app in `cwd`, all of it on one loopback port.

    Yields (url, process) once the page answers; stops the whole process group after.
    """
    command = [REFLEX, "run", "--env", "prod", "--backend-host", "127.0.0.1",
               "--frontend-port", str(port), "--backend-port", str(port)]  # fmt: skip
    with process_group(command, cwd, env, log) as process:
        url = f"http://127.0.0.1:{port}"
        # /ping answers before the last static files land; wait for the page too.
        wait_until_answers([f"{url}/ping", f"{url}/"], process, log)
        yield url, process


@contextmanager
def process_group(
    command: list[str], cwd: Path, env: dict[str, str], log: Path
) -> Iterator[subprocess.Popen]:
    """Run `command` in a process group of its own (output to `log`); end the group after.

    Reflex and Granian start worker processes: only the group reaches them all.
    """
    with log.open("w") as out:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
