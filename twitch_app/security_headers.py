"""Response headers that keep the app out of frames and browsers from guessing (no Reflex).

One table serves both servers: `security_headers` wraps the app's own ASGI server (`make run`,
the backend workers), and deploy/render_site.py writes the same lines into the nginx template,
which serves the static pages in the deployed layout.

- frame-ancestors 'none' (and X-Frame-Options for older browsers): a page of another site, or
  of this one, could frame /privacy and steer two taps onto "Delete everything".
- Scripts are limited by each page's own policy, a `<meta http-equiv>` the build writes
  with the hash of every inline script the page runs (twitch_app/build/csp.py: why a meta
  element, and why 'unsafe-eval'). A browser enforces this header's policy and the page's
  together; frame-ancestors works only in a header, so it stays here.
- Permissions-Policy turns off what the app never uses; the routine player's wake lock and
  vibration stay allowed for the app itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
        "display-capture=(), browsing-topics=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
}
# Only over HTTPS, which the app's own loopback server never is: the nginx template adds it.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"

_ENCODED = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]
_NAMES = {name for name, _ in _ENCODED}


def security_headers(app: ASGIApp) -> ASGIApp:
    """Wrap an ASGI app so every HTTP response carries SECURITY_HEADERS (replacing any copy)."""

    async def with_security_headers(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _NAMES]
                message["headers"] = [*kept, *_ENCODED]
            await send(message)

        await app(scope, receive, send_with_headers)

    return with_security_headers


def nginx_lines(indent: str = "        ") -> str:
    """The same headers as nginx `add_header` lines (HSTS included), one per line."""
    headers = {**SECURITY_HEADERS, "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY}
    lines = [f'add_header {name} "{value}" always;' for name, value in headers.items()]
    return ("\n" + indent).join(lines)


def nginx_hide_backend_lines(indent: str = "        ") -> str:
    """For proxied locations: drop the backend's copies, so each header is sent once."""
    return ("\n" + indent).join(f"proxy_hide_header {name};" for name in SECURITY_HEADERS)
