"""The backend workers for a deployment: `python -m twitch_app.deploy.backend --port 8000`.

Why not `reflex run --env prod --backend-only`: Reflex 0.10 starts Granian without
`respawn_failed_workers`, so when one worker dies (a crash, the OOM killer) Granian stops
every worker and the whole backend goes down. This runs the same ASGI app (the one Reflex's
own production launcher serves, compile skipped) under Granian's command line with
`--respawn-failed-workers`, so a dead worker is replaced and the others keep serving.

Several workers need Redis (REDIS_URL): each worker would otherwise keep its own copy of every
session's state. Run the migrations first (`reflex db migrate`), then this.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from twitch_app.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
MAX_WORKERS = 8  # Reflex's own ceiling


def default_workers() -> int:
    return min((os.cpu_count() or 1) * 2 + 1, MAX_WORKERS)


def granian_command(*, host: str, port: int, workers: int) -> list[str]:
    granian = Path(sys.executable).with_name("granian")
    return [
        str(granian),
        "--interface", "asgi",
        "--factory",  # twitch_app.twitch_app:app is a Reflex App; calling it gives the ASGI app
        "--host", host,
        "--port", str(port),
        "--workers", str(workers),
        "--respawn-failed-workers",
        "--working-dir", str(ROOT),
        "twitch_app.twitch_app:app",
    ]  # fmt: skip


def backend_environment(base: dict[str, str]) -> dict[str, str]:
    # What `reflex run --env prod --backend-only` sets for its workers: production mode, and no
    # front-end compile in each worker (the front end is exported and served elsewhere).
    return {**base, "REFLEX_ENV_MODE": "prod", "__REFLEX_SKIP_COMPILE": "true"}


def main(argv: list[str] | None = None) -> int:
    settings = load_settings()
    parser = argparse.ArgumentParser(description="Run the backend workers (see module doc).")
    parser.add_argument("--host", default=settings.host)
    parser.add_argument("--port", type=int, default=settings.port)
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("GRANIAN_WORKERS") or default_workers()),
        help="worker processes (default: GRANIAN_WORKERS, else min(2 x CPUs + 1, 8))",
    )
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers > 1 and not settings.redis_url:
        parser.error("several workers share state only through Redis: set REDIS_URL or use 1")
    command = granian_command(host=args.host, port=args.port, workers=args.workers)
    os.chdir(ROOT)
    # exec, so a process manager's signals (SIGTERM to stop, SIGHUP to reload) reach Granian.
    os.execve(command[0], command, backend_environment(dict(os.environ)))
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
