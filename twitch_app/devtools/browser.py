"""Debian's Chromium through Playwright, launched the way this machine allows (no downloads)."""

from __future__ import annotations

import shutil

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise SystemExit(
            "Debian's chromium is not installed: run `make test` or apt-get install chromium"
        )
    return path
