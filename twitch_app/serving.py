"""What wraps Reflex's backend app, outermost last: `rx.App(api_transformer=serve)`.

- static_serving (build/static_files.py): pages without a redirect, Cache-Control for hashed files.
- write_checked_health: /_health also proves the database takes a write.
- security_headers: no framing, no sniffing, no referrer, on every response.
- limit_socket_frames: a websocket that floods has its surplus frames dropped unread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool

from twitch_app.build.static_files import static_serving
from twitch_app.db.health import database_can_write
from twitch_app.security_headers import ASGIApp, security_headers
from twitch_app.socket_limits import limit_socket_frames

HEALTH_PATH = "/_health"


def write_checked_health(
    app: ASGIApp, can_write: Callable[[], bool] = database_can_write
) -> ASGIApp:
    """Reflex's /_health, with `db` false (and a 503) when the database refuses a write."""

    async def health(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("path") != HEALTH_PATH:
            await app(scope, receive, send)
            return
        start: dict = {}
        body = bytearray()

        async def keep(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                body.extend(message.get("body", b""))

        await app(scope, receive, keep)
        status = json.loads(body or b"{}")
        if status.get("db", "NA") is not False and not await run_in_threadpool(can_write):
            status.update(db=False, status=False)
        payload = json.dumps(status).encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        await send(
            {
                "type": "http.response.start",
                "status": 200 if status.get("status") else 503,
                "headers": [*headers, (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    return health


def serve(app: ASGIApp) -> ASGIApp:
    return limit_socket_frames(security_headers(write_checked_health(static_serving(app))))
