"""The cache-header middleware (twitch_app/build/static_files.py)."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from twitch_app.build.static_files import (
    IMMUTABLE,
    REVALIDATE,
    cache_control_for,
    cache_headers,
    static_serving,
)


def _run(call) -> None:
    # These tests run after the browser tests, whose Playwright owns this thread's event loop.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, call).result()


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
    _run(cache_headers(app)(scope, None, send))
    return sent


def test_middleware_replaces_the_header_on_success_only():
    headers = dict(_serve("/assets/root-BqRLGn98.js")[0]["headers"])
    assert headers[b"cache-control"] == IMMUTABLE
    assert headers[b"etag"] == b"x"
    missing = dict(_serve("/assets/root-BqRLGn98.js", status=404)[0]["headers"])
    assert missing[b"cache-control"] == b"max-age=60"
    posted = dict(_serve("/assets/root-BqRLGn98.js", method="POST")[0]["headers"])
    assert posted[b"cache-control"] == b"max-age=60"


# What Starlette's StaticFiles(html=True) answers: a folder without its slash redirects.
_REDIRECT_TO = {"/check": b"http://h/check/?x=1", "/elsewhere": b"http://h/other/"}


def _static_files(asked: list[str]):
    async def app(scope, receive, send):
        path = scope["path"]
        asked.append(path)
        if path in _REDIRECT_TO:
            headers = [(b"location", _REDIRECT_TO[path])]
            await send({"type": "http.response.start", "status": 307, "headers": headers})
            await send({"type": "http.response.body", "body": b""})  # fmt: skip
            return
        status = 200 if path == "/check/" else 404
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": path.encode()})  # fmt: skip

    return app


def _get(path: str, method: str = "GET") -> tuple[list[dict], list[str]]:
    sent: list[dict] = []
    asked: list[str] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode()}
    _run(static_serving(_static_files(asked))(scope, None, send))
    return sent, asked


def test_a_page_without_its_slash_is_served_not_redirected():
    sent, asked = _get("/check")
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
    assert sent[0]["status"] == 200 and sent[1]["body"] == b"/check/"
    assert asked == ["/check", "/check/"]
    # Still a page: it revalidates like the slashed address.
    assert dict(sent[0]["headers"])[b"cache-control"] == REVALIDATE


def test_other_redirects_and_missing_pages_pass_through():
    sent, asked = _get("/elsewhere")
    assert sent[0]["status"] == 307 and asked == ["/elsewhere"]
    sent, asked = _get("/missing")
    assert sent[0]["status"] == 404 and asked == ["/missing"]
    sent, asked = _get("/check", method="POST")
    assert sent[0]["status"] == 307 and asked == ["/check"]
