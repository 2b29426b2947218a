"""The precache list comes from the build output, so it can never miss a built file."""

import json

import pytest

from twitch_app.build.precache import (
    MANIFEST_PLACEHOLDER,
    VERSION_PLACEHOLDER,
    precache_urls,
    write_service_worker,
)
from twitch_app.build.steps import StepDidNothing

WORKER = f"const VERSION = '{VERSION_PLACEHOLDER}';\nconst PRECACHE = {MANIFEST_PLACEHOLDER};\n"


@pytest.fixture
def build(tmp_path):
    files = {
        "index.html": "<h1>home</h1>",
        "index.html.gz": "zipped",
        "causes/index.html": "<h1>causes</h1>",
        "causes.html": "<h1>causes</h1>",
        "assets/root-abc123.js": "js",
        "assets/root-abc123.js.gz": "zipped",
        "icons/icon-192.png": "png",
        "manifest.webmanifest": "{}",
        "sitemap.xml": "<urlset/>",
        "pwa_prompts.jsx": "source",
        "screenshots/home-light.png": "png",
        "sw.js": WORKER,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_lists_every_servable_file_and_skips_twins_sources_and_itself(build):
    assert precache_urls(build) == [
        "/assets/root-abc123.js",
        "/causes.html",
        "/causes/index.html",
        "/icons/icon-192.png",
        "/index.html",
        "/manifest.webmanifest",
    ]


def test_writes_the_list_and_a_content_version_into_the_worker(build):
    urls = write_service_worker(build)
    worker = (build / "sw.js").read_text()
    listed = json.loads(worker.split("const PRECACHE = ")[1].split(";\n")[0])
    assert listed == urls
    assert VERSION_PLACEHOLDER not in worker


def _version(build_dir) -> str:
    return (build_dir / "sw.js").read_text().split("'")[1]


def test_any_changed_file_gives_a_new_worker_version(build, tmp_path_factory):
    write_service_worker(build)
    first = _version(build)
    (build / "sw.js").write_text(WORKER)
    write_service_worker(build)
    assert _version(build) == first  # same build, same version: no needless update prompt
    (build / "sw.js").write_text(WORKER)
    (build / "causes/index.html").write_text("<h1>causes, edited</h1>")
    write_service_worker(build)
    assert _version(build) != first


def test_refuses_a_worker_without_placeholders(build):
    write_service_worker(build)
    with pytest.raises(StepDidNothing, match="build step 'precache'"):
        write_service_worker(build)
