"""Knowledge modules stay small. Their imports are checked in tests/test_cross_links.py."""

from pathlib import Path

import twitch_app.knowledge

PACKAGE_DIR = Path(twitch_app.knowledge.__file__).parent


def test_modules_stay_small() -> None:
    for path in PACKAGE_DIR.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 300, path.name
