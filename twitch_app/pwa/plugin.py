"""Reflex build hooks: patch the client before compiling; after building, rewrite the pages
for a fast first paint, then write the service worker's precache list."""

from __future__ import annotations

from pathlib import Path

from reflex_base.plugins import Plugin

from twitch_app.paint_first import add_compile_hints, paint_first
from twitch_app.pwa.precache import write_service_worker
from twitch_app.warm_socket import STATE_JS, patched_state_js


class PrecachePlugin(Plugin):
    """After every production build (`reflex run --env prod` and `reflex export`).

    The page rewrites come first: the service worker's version hashes the final files.
    """

    def pre_compile(self, **context) -> None:
        context["add_modify_task"](STATE_JS, patched_state_js)

    def post_build(self, **context) -> None:
        static_dir = Path(context["static_dir"])
        paint_first(static_dir)
        add_compile_hints(static_dir)
        write_service_worker(static_dir)
