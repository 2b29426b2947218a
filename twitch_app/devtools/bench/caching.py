"""Caching checks: immutable headers on hashed assets, and repeat visits served offline-first."""

from __future__ import annotations

import os
import re

import httpx
from playwright.sync_api import sync_playwright

from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path

_ASSET = re.compile(r'(/assets/[^"\']+\.(?:js|css))')


def asset_headers(base_url: str) -> dict[str, str | int]:
    """Cache-Control of the first hashed JS and CSS the home page names."""
    html = httpx.get(base_url + "/", timeout=10).text
    assets = sorted(set(_ASSET.findall(html)))
    headers = {}
    for path in assets[:2]:
        response = httpx.get(base_url + path, timeout=10)
        headers[path] = response.headers.get("cache-control", "(none)")
    immutable = bool(headers) and all("immutable" in value for value in headers.values())
    return {"hashed_asset_immutable": int(immutable), "asset_cache_control": str(headers)}


def repeat_visit_network_requests(base_url: str) -> int:
    """Asset requests that reach the network on a repeat visit once the worker is active."""
    # Lets Playwright see the service worker's own fetches too (counted as network).
    os.environ["PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS"] = "1"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context()
        page = context.new_page()
        page.goto(base_url + "/", wait_until="networkidle")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
        reached_network: list[str] = []

        def on_response(response) -> None:
            url = response.url
            is_asset = "/assets/" in url or url.endswith((".css", ".js", ".png", ".svg"))
            if is_asset and (response.request.service_worker or not response.from_service_worker):
                reached_network.append(url)

        context.on("response", on_response)
        page.reload(wait_until="networkidle")
        browser.close()
    return len(reached_network)
