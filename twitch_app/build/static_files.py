"""Serving the build: cache headers and pages without redirects (an ASGI wrapper, not a step).

Reflex serves the static build from its backend app with no Cache-Control at all, so a
phone revalidates every hashed chunk on each visit. `cache_headers` is an ASGI middleware
for `rx.App(api_transformer=...)`: hashed files under /assets/ never change, so they are
cached for a year and marked immutable; the service worker and HTML must always be
revalidated, or an update never arrives. `pages_without_redirect` answers `/check` with the
page itself instead of a redirect to `/check/`. `static_serving` applies both. (The
build-time steps are beside this file, in twitch_app/build/.)
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

IMMUTABLE = b"public, max-age=31536000, immutable"
REVALIDATE = b"no-cache"
HASHED_PREFIX = "/assets/"
# Vite names every hashed build file `<name>-<8+ char hash>.<ext>`.
_HASHED_NAME = re.compile(r"-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$")


def cache_control_for(path: str) -> bytes | None:
    """The Cache-Control value for a static path, or None to leave the response alone."""
    if path.startswith(HASHED_PREFIX) and _HASHED_NAME.search(path):
        return IMMUTABLE
    if path == "/sw.js" or path.endswith((".html", "/")) or "." not in path.rsplit("/", 1)[-1]:
        # The worker, and pages (which name the current hashed chunks): always revalidate.
        return REVALIDATE
    return None


def cache_headers(app: ASGIApp) -> ASGIApp:
    """Wrap the backend ASGI app so successful GETs carry the right Cache-Control."""

    async def with_cache_headers(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await app(scope, receive, send)
            return
        value = cache_control_for(scope.get("path", ""))

        async def send_with_header(message: Message) -> None:
            starts = message["type"] == "http.response.start"
            if value and starts and message["status"] in (200, 304):
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"cache-control"]
                message["headers"] = [*headers, (b"cache-control", value)]
            await send(message)

        await app(scope, receive, send_with_header)

    return with_cache_headers


_REDIRECTS = (301, 302, 307, 308)


def pages_without_redirect(app: ASGIApp) -> ASGIApp:
    """Serve `/check` as `/check/` directly, without the redirect Reflex's static files send.

    Every prerendered page lives at `<route>/index.html`, so a visit to `/check` (a shared
    link, a typed address, a bookmark) cost a 307 and a second round trip before the first
    byte of the page (150 ms in Lighthouse's mobile simulation, 560 ms with DevTools' slow
    4G preset). The nginx layout already answers both spellings (`try_files $uri
    $uri/index.html`); this does the same for `make run`.
    Only a redirect to the same path plus "/" is replaced; any other response passes through.
    """

    async def without_redirect(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope.get("method") not in ("GET", "HEAD")
            or path.endswith("/")
        ):
            await app(scope, receive, send)
            return
        redirected = False

        async def unless_slash_redirect(message: Message) -> None:
            nonlocal redirected
            if message["type"] == "http.response.start" and message["status"] in _REDIRECTS:
                location = dict(message.get("headers", [])).get(b"location", b"")
                redirected = urlsplit(location.decode("latin-1")).path == path + "/"
            if not redirected:
                await send(message)

        await app(scope, receive, unless_slash_redirect)
        if redirected:
            raw_path = scope.get("raw_path") or path.encode()
            slashed = {**scope, "path": path + "/", "raw_path": raw_path + b"/"}
            await app(slashed, receive, send)

    return without_redirect


def static_serving(app: ASGIApp) -> ASGIApp:
    """The backend app with pages served without redirects and the right Cache-Control."""
    return cache_headers(pages_without_redirect(app))
