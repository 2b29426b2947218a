"""The README's deployment on loopback: nginx serving the export, Granian workers behind it,
PostgreSQL and Redis. A worker killed in the middle of the symptom check loses nothing."""

import os
import signal
import time

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_wizard import answer, prompt, start
from tests.conftest import ROOT
from twitch_app.devtools.scale import layout, processes, services
from twitch_app.security_headers import SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY
from twitch_app.wizard import QUESTIONS_BY_ID

pytestmark = pytest.mark.scale

WORKERS = 3
REDIS_DB = 2  # apart from the browser suite's server, which uses 0
RECONNECT_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    services.start()
    work_dir = tmp_path_factory.mktemp("deploy")
    saved = {name: os.environ.get(name) for name in ("DATABASE_URL", "REDIS_URL")}
    os.environ["DATABASE_URL"] = services.fresh_database("t_deploy_layout")
    os.environ["REDIS_URL"] = services.redis_url(REDIS_DB)
    try:
        with layout.deploy_layout(work_dir, ROOT / ".web-scale-deploy", WORKERS) as running:
            yield running
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None) if value is None else os.environ.update({name: value})


def test_health_checks_and_cache_headers_through_the_web_server(deployed):
    for base in (deployed.url, deployed.backend_url):
        health = httpx.get(f"{base}/_health", timeout=5)
        assert health.status_code == 200
        assert health.json() == {"status": True, "db": True, "redis": True}
    home = httpx.get(deployed.url + "/", timeout=5)
    assert home.status_code == 200 and "Twitch Relief" in home.text
    assert home.headers["cache-control"] == "no-cache"
    asset = next(
        path for path in (deployed.static_dir / "assets").iterdir() if path.suffix == ".js"
    )
    hashed = httpx.get(f"{deployed.url}/assets/{asset.name}", timeout=5)
    assert hashed.status_code == 200
    assert hashed.headers["cache-control"] == "public, max-age=31536000, immutable"
    worker = httpx.get(deployed.url + "/sw.js", timeout=5)
    assert worker.headers["cache-control"] == "no-cache"
    assert "javascript" in worker.headers["content-type"]
    manifest = httpx.get(deployed.url + "/manifest.webmanifest", timeout=5)
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    # nginx sends the same security headers as the app's own server, and HSTS.
    for response in (home, hashed, worker, httpx.get(deployed.url + "/_health", timeout=5)):
        for name, value in SECURITY_HEADERS.items():
            assert response.headers.get(name) == value, (response.url, name)
        assert response.headers["strict-transport-security"] == STRICT_TRANSPORT_SECURITY
    # A prerendered card page comes from disk, not from the backend.
    assert httpx.get(deployed.url + "/causes/caffeine/", timeout=5).status_code == 200


def backend_port(deployed) -> int:
    return int(deployed.backend_url.rsplit(":", 1)[1])


def test_a_killed_worker_loses_no_answer_and_another_worker_takes_over(deployed, browser: Browser):
    workers = processes.child_pids(deployed.backend.pid)
    assert len(workers) == WORKERS
    port = backend_port(deployed)
    time.sleep(1)  # let the health checks' connections close
    before = processes.socket_inodes_on_port(port)

    page = browser.new_context().new_page()
    start(page, deployed.url)
    answer(page, "emergency_signs", ["None of these"])
    # Tick a box: until Next, the tick lives only in the session state (in Redis).
    screen = page.locator("[data-question=muscle_signs]")
    box = screen.get_by_role("checkbox", name="None of these", exact=True)
    box.click()
    expect(box).to_be_checked()

    websocket = processes.socket_inodes_on_port(port) - before
    serving = processes.socket_owners(workers, websocket)
    assert len(serving) == 1, f"the page's websocket should be on one worker, not {serving}"
    os.kill(serving[0], signal.SIGKILL)

    # The next answer still lands: the client reconnects to a live worker, which finds the tick.
    screen.get_by_role("button", name="Next").click()
    expect(prompt(page)).to_have_text(
        QUESTIONS_BY_ID["illness_signs"].prompt, timeout=RECONNECT_TIMEOUT_MS
    )
    now_serving = processes.socket_owners(
        processes.child_pids(deployed.backend.pid), processes.socket_inodes_on_port(port) - before
    )
    assert now_serving and serving[0] not in now_serving
    assert deployed.backend.poll() is None  # the supervisor replaced the worker, not stopped

    # Nothing was lost: both answers are on the server, so a reload resumes at question 3.
    page.reload()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["illness_signs"].prompt)
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("checkbox", name="None of these", exact=True)).to_be_checked()
