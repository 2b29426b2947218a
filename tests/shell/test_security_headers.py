"""The security headers: on every response of the app's own server, and in the nginx template."""

import re

import pytest

from tests.shell.asgi import get
from twitch_app.deploy.render_site import render_site
from twitch_app.security_headers import SECURITY_HEADERS, security_headers
from twitch_app.serving import serve


async def page(scope, receive, send):
    """A stand-in for Reflex's backend app: a page, and /_health as Reflex answers it."""
    is_health = scope["path"] == "/_health"
    kind = b"application/json" if is_health else b"text/html"
    headers = [(b"content-type", kind), (b"x-frame-options", b"SAMEORIGIN")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    body = b'{"status": true, "db": "NA"}' if is_health else b"<p>hi</p>"
    await send({"type": "http.response.body", "body": body})


@pytest.mark.parametrize("wrap", [security_headers, serve])
def test_every_response_carries_each_header_once(wrap):
    for path in ("/", "/privacy/", "/assets/app-abcdef12.js", "/_health"):
        response = get(wrap(page), path)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers.get_list(name) == [value], (path, name)
    assert "frame-ancestors 'none'" in SECURITY_HEADERS["Content-Security-Policy"]


def test_every_nginx_location_adds_every_header_and_hsts(tmp_path):
    site = render_site(listen="80", root=tmp_path, backend="127.0.0.1:8000")
    locations = re.findall(r"\n    location [^{]+\{(.*?)\n    \}", site, flags=re.S)
    http_locations = [body for body in locations if "proxy_set_header Upgrade" not in body]
    assert len(http_locations) == len(locations) - 1 >= 4  # all but the websocket's
    for body in http_locations:
        for name in [*SECURITY_HEADERS, "Strict-Transport-Security"]:
            assert f"add_header {name} " in body, (name, body[:80])
        if "proxy_pass" in body:  # the backend sends them too: nginx must send one copy
            for name in SECURITY_HEADERS:
                assert f"proxy_hide_header {name};" in body, (name, body[:80])
