"""Shared fixtures: the production build on a free port, and Debian's Chromium."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# No property test measures speed, and CI's two cores are shared with a browser and a server:
# Hypothesis's 200 ms deadline would only turn a busy moment into a failure.
settings.register_profile("shared_cores", deadline=None)
settings.load_profile("shared_cores")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.pages import TEST_EMERGENCY_NUMBER  # noqa: E402
from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path  # noqa: E402
from twitch_app.devtools.server import (  # noqa: E402
    RunningServer,
    backend_on_build,
    free_port,
    production_server,
)

# Its own build folder, so `make run` and the tests never share one; a second suite running at
# the same time (another checkout, a helper) can pick another with TWITCH_TEST_WEB_DIR.
TEST_WEB_DIR = ROOT / os.environ.get("TWITCH_TEST_WEB_DIR", ".web-test")


@pytest.fixture(scope="session")
def running_app(tmp_path_factory) -> Iterator[RunningServer]:
    # A non-default emergency number proves the setting reaches the pages.
    data_dir = tmp_path_factory.mktemp("data")
    with production_server(
        data_dir, TEST_WEB_DIR, {"EMERGENCY_NUMBER": TEST_EMERGENCY_NUMBER}
    ) as server:
        yield server


@dataclass(frozen=True)
class SpareBuild:
    """A second production build, for the tests that need a server of their own."""

    web_dir: Path
    port: int

    def serve(
        self, data_dir: Path, extra_env: dict[str, str] | None = None
    ) -> AbstractContextManager[RunningServer]:
        """A server of its own on this build: its backend alone, started in seconds. Serve
        the same data_dir again after killing it, and it is a restart at the same address."""
        return backend_on_build(data_dir, self.web_dir, self.port, extra_env)


@pytest.fixture(scope="session")
def spare_build(tmp_path_factory) -> SpareBuild:
    """Built once per run: the tests that kill their server or change its settings start and
    restart backends on it (a build costs 15-30 s on two cores; a backend, a few)."""
    web_dir = TEST_WEB_DIR.with_name(TEST_WEB_DIR.name + "-spare")
    port = free_port()
    with production_server(tmp_path_factory.mktemp("spare"), web_dir, port=port):
        pass  # the build is made; each test serves it again with its own data
    return SpareBuild(web_dir, port)


@pytest.fixture(scope="session")
def app_server(running_app) -> str:
    return running_app.url


@pytest.fixture(scope="session")
def static_dir(app_server) -> Path:
    """The build folder the test server serves (tests that stage an update write here)."""
    return TEST_WEB_DIR / "build" / "client"


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    return {"executable_path": chromium_path(), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args) -> dict:
    return {**browser_context_args, "viewport": {"width": 360, "height": 740}}


@pytest.fixture(autouse=True)
def goto_waits_for_react(request, monkeypatch):
    """Every page.goto and page.reload in the browser tests returns once React has taken over.

    Pages paint from their HTML and load their scripts after that (twitch_app/build/), so the
    `load` event comes before React; a test that clicked at once would click a page that
    does not answer yet. PwaPrompts (in every page's shell) marks <html> when mounted.
    """
    if "browser" not in request.keywords:
        return
    from playwright.sync_api import Page

    def waiting_for_react(navigate):
        def navigate_and_wait(self, *args, **kwargs):
            response = navigate(self, *args, **kwargs)
            if response is not None and "text/html" in response.headers.get("content-type", ""):
                self.wait_for_selector("html[data-hydrated]", state="attached", timeout=15_000)
            return response

        return navigate_and_wait

    monkeypatch.setattr(Page, "goto", waiting_for_react(Page.goto))
    monkeypatch.setattr(Page, "reload", waiting_for_react(Page.reload))


@pytest.fixture
def persistent_context(playwright, tmp_path):
    """A non-incognito profile: only there does Chromium judge installability."""
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=chromium_path(),
        args=CHROMIUM_ARGS,
        viewport={"width": 360, "height": 740},
    )
    yield context
    context.close()


def pytest_collection_modifyitems(items):
    # Fail fast with a clear message instead of a wall of launch errors.
    if any("browser" in item.keywords for item in items) and not shutil.which("chromium"):
        raise pytest.UsageError("Debian's chromium is missing: run `make test` (it installs it).")
