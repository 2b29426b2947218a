"""The cache-header middleware (twitch_app/perf.py)."""

import asyncio

from twitch_app.perf import (
    IMMUTABLE,
    REVALIDATE,
    cache_control_for,
    cache_headers,
)


def test_hashed_assets_are_immutable_and_pages_revalidate():
    assert cache_control_for("/assets/entry.client-Cuv6UKoY.js") == IMMUTABLE
    assert cache_control_for("/assets/__reflex_global_styles-DP9YiD35.css") == IMMUTABLE
    assert cache_control_for("/sw.js") == REVALIDATE
    assert cache_control_for("/causes/caffeine/") == REVALIDATE
    assert cache_control_for("/index.html") == REVALIDATE
    # Unhashed files keep the server's default: they may change under the same name.
    assert cache_control_for("/icons/icon.svg") is None
    assert cache_control_for("/assets/unhashed.js") is None


def _serve(path: str, status: int = 200, method: str = "GET") -> list[dict]:
    async def app(scope, receive, send):
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"cache-control", b"max-age=60"), (b"etag", b"x")],
            }
        )
        await send({"type": "http.response.body", "body": b""})  # fmt: skip

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path}
    asyncio.run(cache_headers(app)(scope, None, send))
    return sent


def test_middleware_replaces_the_header_on_success_only():
    headers = dict(_serve("/assets/root-BqRLGn98.js")[0]["headers"])
    assert headers[b"cache-control"] == IMMUTABLE
    assert headers[b"etag"] == b"x"
    missing = dict(_serve("/assets/root-BqRLGn98.js", status=404)[0]["headers"])
    assert missing[b"cache-control"] == b"max-age=60"
    posted = dict(_serve("/assets/root-BqRLGn98.js", method="POST")[0]["headers"])
    assert posted[b"cache-control"] == b"max-age=60"
