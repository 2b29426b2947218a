"""Build step `precache`: the service worker's precache list, made from the build output.

Never hand-maintained: every built file a visitor may need offline, and a version that
hashes them all (so it runs last, after the page rewrites). Pure Python, tested against a
fake build folder and the real one. Raises StepDidNothing when sw.js lacks its placeholders.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from twitch_app.build.steps import PostBuildStep, StepDidNothing

NAME = "precache"
# Placeholders in assets/sw.js that the build replaces.
MANIFEST_PLACEHOLDER = "/*__PRECACHE_MANIFEST__*/[]"
VERSION_PLACEHOLDER = "__BUILD_VERSION__"
SERVICE_WORKER = "sw.js"

# Compressed twins are served by content negotiation for the same URL; the worker itself
# and the sitemap are fetched by the browser and crawlers, never by a person offline.
_SKIPPED_SUFFIXES = (".gz", ".br", ".zst", ".map", ".jsx")
_SKIPPED_NAMES = {SERVICE_WORKER, "sitemap.xml"}
# README and store screenshots: large, and never needed to use the app offline.
_SKIPPED_DIRS = ("screenshots/",)


def precache_urls(static_dir: Path) -> list[str]:
    """Every file a visitor may need offline, as root-relative URLs, sorted."""
    urls = []
    for path in static_dir.rglob("*"):
        if not path.is_file() or path.name in _SKIPPED_NAMES:
            continue
        relative = path.relative_to(static_dir).as_posix()
        if path.name.endswith(_SKIPPED_SUFFIXES) or relative.startswith(_SKIPPED_DIRS):
            continue
        urls.append("/" + relative)
    return sorted(urls)


def build_version(static_dir: Path, urls: list[str]) -> str:
    """A hash of every precached file: a new build with any change gets a new worker."""
    digest = hashlib.sha256()
    for url in urls:
        digest.update(url.encode())
        digest.update((static_dir / url.lstrip("/")).read_bytes())
    return digest.hexdigest()[:16]


def write_service_worker(static_dir: Path) -> list[str]:
    """Fill the worker's placeholders in the build folder; return the precached URLs."""
    worker = static_dir / SERVICE_WORKER
    source = worker.read_text(encoding="utf-8")
    if MANIFEST_PLACEHOLDER not in source or VERSION_PLACEHOLDER not in source:
        raise StepDidNothing(
            NAME, SERVICE_WORKER, f"no {MANIFEST_PLACEHOLDER} and {VERSION_PLACEHOLDER} to fill"
        )
    urls = precache_urls(static_dir)
    source = source.replace(MANIFEST_PLACEHOLDER, json.dumps(urls, indent=0))
    source = source.replace(VERSION_PLACEHOLDER, build_version(static_dir, urls))
    worker.write_text(source, encoding="utf-8")
    return urls


def precache(static_dir: Path) -> list[str]:
    write_service_worker(static_dir)
    return [SERVICE_WORKER]


STEP = PostBuildStep(NAME, precache)
