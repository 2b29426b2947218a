"""The real build's pages come out rewritten by every step (twitch_app/build/README.md).

Reads the build folder the browser suite serves (.web-test, or TWITCH_TEST_WEB_DIR); when it
is missing, or older than the build steps, it is built first with `reflex export` (about a
minute). After the browser tests of the same run it is fresh and only read.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from twitch_app.build.compile_hints import COMPILE_HINT
from twitch_app.build.csp import script_hash
from twitch_app.build.loader import loader_config
from twitch_app.build.precache import MANIFEST_PLACEHOLDER, VERSION_PLACEHOLDER

ROOT = Path(__file__).resolve().parents[2]
WEB_DIR = ROOT / os.environ.get("TWITCH_TEST_WEB_DIR", ".web-test")
STATIC = WEB_DIR / "build" / "client"
# What the rewrites depend on: a build older than any of these is rebuilt.
SOURCES = [
    *(ROOT / "twitch_app" / "build").glob("*.*"),
    *(ROOT / "assets").glob("*.*"),
    ROOT / "rxconfig.py",
]
SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


def _fresh() -> bool:
    worker = STATIC / "sw.js"
    if not (STATIC / "index.html").is_file() or not worker.is_file():
        return False
    return worker.stat().st_mtime >= max(path.stat().st_mtime for path in SOURCES)


@pytest.fixture(scope="module")
def static_dir(tmp_path_factory) -> Path:
    if not _fresh():
        data = tmp_path_factory.mktemp("export")
        env = {
            **os.environ,
            "REFLEX_WEB_WORKDIR": str(WEB_DIR),
            "REFLEX_STATES_WORKDIR": str(data / "states"),
            "DATABASE_URL": f"sqlite:///{data / 'app.db'}",
        }
        reflex = ROOT / ".venv" / "bin" / "reflex"
        command = [str(reflex), "export", "--frontend-only", "--no-zip"]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        assert "[twitch_app/build] staged_boot: rewrote" in done.stdout
    return STATIC


def _pages(static_dir: Path) -> list[Path]:
    pages = sorted(static_dir.rglob("*.html"))
    assert len(pages) > 50  # every route, twice (route.html and route/index.html)
    return pages


def test_no_page_keeps_a_modulepreload_link_or_react_routers_boot(static_dir):
    for page in _pages(static_dir):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<link[^>]*modulepreload", html), page
        assert '<script type="module"' not in html, page


def test_every_page_has_exactly_one_loader_naming_built_chunks(static_dir):
    for page in _pages(static_dir):
        loaders = []
        for _, code in SCRIPT.findall(page.read_text(encoding="utf-8")):
            try:
                loaders.append(loader_config(code))
            except ValueError:
                continue
        assert len(loaders) == 1, page
        config = loaders[0]
        assert config["links"] and config["chain"], page
        for url in config["links"] + config["chain"]:
            assert (static_dir / url.lstrip("/")).is_file(), (page, url)
        # React Router's own boot runs last, after the history entry is settled.
        assert "window.__reactRouterRouteModules" in config["boot"], page


def test_every_page_carries_its_stylesheet_inline_and_fetches_none(static_dir):
    for page in _pages(static_dir):
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<link href="(/assets/[^"]+\.css)" rel="stylesheet"([^>]*)>', html)
        assert links, page
        for url, attributes in links:
            assert 'disabled=""' in attributes, page
            css = (static_dir / url.lstrip("/")).read_text(encoding="utf-8")
            assert "<style>" + css.replace("</", "<\\/") + "</style>" in html, page
        assert not re.search(r'rel="preload"(?![^>]*media="not all")[^>]*\.css', html), page


def test_prerendered_pages_run_the_scroll_script_only_in_the_boot(static_dir):
    scripts = SCRIPT.findall((static_dir / "index.html").read_text(encoding="utf-8"))
    inert = [code for attrs, code in scripts if "text/x-after-paint" in attrs]
    assert len(inert) == 1 and "react-router-scroll-positions" in inert[0]
    running = [code for attrs, code in scripts if "react-router-scroll-positions" in code]
    running = [code for code in running if code != inert[0]]
    assert len(running) == 1 and inert[0] in loader_config(running[0])["boot"]


class RunnableInlineScripts(HTMLParser):
    """The page's inline scripts as a browser's HTML parser finds them, read independently of
    the csp step's own regular expressions, plus the boot script the loader writes."""

    RUNNABLE = {None, "", "module", "text/javascript", "application/javascript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        runs = "src" not in named and (named.get("type") or "").lower() in self.RUNNABLE
        self._open = [] if tag == "script" and runs else None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            code = "".join(self._open)
            self.scripts.append(code)
            with contextlib.suppress(ValueError):  # only the loader has a boot to write
                self.scripts.append(str(loader_config(code)["boot"]))
        self._open = None

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.scripts


def test_every_page_allows_by_hash_exactly_the_inline_scripts_it_runs(static_dir):
    for page in _pages(static_dir):
        html = page.read_text(encoding="utf-8")
        policies = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert len(policies) == 1, page
        assert html.index("Content-Security-Policy") < html.index("<script"), page
        hashes = set(re.findall(r"'sha256-[^']+'", policies[0]))
        scripts = RunnableInlineScripts.of(html)
        assert len(scripts) >= 5 and hashes == {script_hash(code) for code in scripts}, page
        assert "'unsafe-inline'" not in policies[0], page


def test_every_chunk_starts_with_the_compile_hint(static_dir):
    chunks = list((static_dir / "assets").glob("*.js"))
    assert len(chunks) > 10
    for chunk in chunks:
        assert chunk.read_text(encoding="utf-8").startswith(COMPILE_HINT), chunk


def test_the_compressed_twins_are_the_rewritten_pages(static_dir):
    # The server sends page.html.gz to most browsers: it must be made after the rewrites.
    for page in _pages(static_dir):
        twin = page.with_name(page.name + ".gz")
        if twin.exists():
            assert gzip.decompress(twin.read_bytes()).decode() == page.read_text(), twin


def test_the_service_worker_lists_the_rewritten_build(static_dir):
    worker = (static_dir / "sw.js").read_text(encoding="utf-8")
    assert MANIFEST_PLACEHOLDER not in worker and VERSION_PLACEHOLDER not in worker
    assert '"/index.html"' in worker and '"/check/index.html"' in worker
