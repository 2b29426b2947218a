"""Start the production build on a free port (used by the browser tests and the screenshot)."""

from __future__ import annotations

import json
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


def _server_env(
    port: int, data_dir: Path, web_dir: Path, extra_env: dict[str, str] | None
) -> dict[str, str]:
    return {
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


@contextmanager
def production_server(
    data_dir: Path, web_dir: Path, extra_env: dict[str, str] | None = None, port: int = 0
) -> Iterator[RunningServer]:
    """`reflex run --env prod` with its own build folder and a throwaway SQLite database.

    A web folder of its own means a `make run` and this server never share a build. The
    build names its port (Reflex writes the websocket's address into it), so `port` (default:
    a free one) is the one `backend_on_build` can serve that build on again.
    """
    port = port or free_port()
    env = _server_env(port, data_dir, web_dir, extra_env)
    subprocess.run([REFLEX, "db", "migrate"], cwd=ROOT, env=env, check=True)
    with reflex_prod(ROOT, env, port, data_dir / "server.log") as (url, process):
        yield RunningServer(url, process, data_dir / "app.db")


@contextmanager
def backend_on_build(
    data_dir: Path, web_dir: Path, port: int, extra_env: dict[str, str] | None = None
) -> Iterator[RunningServer]:
    """The backend alone, serving a build `production_server` made on `port`, as it is.

    No compile and no front-end build: a restart takes seconds instead of a rebuild, and it
    is the restart a person meets (same address, so the browser keeps its storage). Granian
    as `reflex run --env prod` starts it, with the compiled front end mounted; its worker count
    follows GRANIAN_WORKERS (`make test-scale` sets 3).
    """
    from twitch_app.deploy.backend import backend_environment, granian_command

    built_for = web_dir / "env.json"  # Reflex writes the websocket's address here at build time
    if not (web_dir / "build" / "client" / "index.html").exists() or not built_for.exists():
        raise RuntimeError(f"{web_dir} holds no build: start production_server on it first")
    if f":{port}/" not in json.loads(built_for.read_text()).get("EVENT", ""):
        # Its pages would open their websocket to another port: to some other server, or none.
        raise RuntimeError(f"{web_dir} was built for another port than {port}")
    env = backend_environment(_server_env(port, data_dir, web_dir, extra_env))
    env["__REFLEX_MOUNT_FRONTEND_COMPILED_APP"] = "true"
    workers = int(env.get("GRANIAN_WORKERS") or 1)
    subprocess.run([REFLEX, "db", "migrate"], cwd=ROOT, env=env, check=True)
    command = granian_command(host="127.0.0.1", port=port, workers=workers)
    with process_group(command, ROOT, env, data_dir / "server.log") as process:
        url = f"http://127.0.0.1:{port}"
        wait_until_answers([f"{url}/ping", f"{url}/"], process, data_dir / "server.log")
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
