"""Call an ASGI app from a plain test (httpx's ASGI transport, on a thread of its own).

These tests also run after the browser tests, whose Playwright owns the main thread's event
loop, so an `async def` test or asyncio.run here would fail.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx


def get(app, path: str) -> httpx.Response:
    async def request() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
            return await client.get(path)

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, request()).result()
