"""`twitch-app restore`: the cli module's restore side (the command table maps one module each)."""

from __future__ import annotations

from twitch_app.backup.cli import main as _main


def main(argv: list[str] | None = None) -> int:
    return _main(argv, command="restore")
