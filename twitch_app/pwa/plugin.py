"""Reflex build hook that writes the precache list into the built service worker."""

from __future__ import annotations

from pathlib import Path

from reflex_base.plugins import Plugin

from twitch_app.pwa.precache import write_service_worker


class PrecachePlugin(Plugin):
    """After every production build (`reflex run --env prod` and `reflex export`)."""

    def post_build(self, **context) -> None:
        write_service_worker(Path(context["static_dir"]))
