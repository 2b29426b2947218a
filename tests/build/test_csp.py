"""Each page's script policy names exactly the inline scripts it runs (csp.py)."""

import base64
import hashlib
import re

import pytest

from tests.build.test_staged_boot import PAGE, imports_of
from twitch_app.build.csp import add_policy, inline_scripts, script_hash
from twitch_app.build.loader import loader_config
from twitch_app.build.staged_boot import stage_boot
from twitch_app.build.steps import StepDidNothing

THEME = "document.documentElement.classList.add('dark')"


def _policy(html: str) -> str:
    return re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"/>', html)[1]


def test_the_hash_is_the_browsers_sha256_of_the_script_text():
    expected = base64.b64encode(hashlib.sha256(THEME.encode()).digest()).decode()
    assert script_hash(THEME) == f"'sha256-{expected}'"


def test_every_inline_script_and_the_loaders_boot_are_hashed_and_nothing_else():
    page = PAGE.replace("<head>", f"<head><script>{THEME}</script>")
    page = page.replace("<main>", '<script type="text/x-after-paint">inert()</script><main>')
    page = page.replace("<main>", '<script src="/assets/x.js"></script><main>')
    html = add_policy(stage_boot(page, imports_of))
    loader = next(code for code in inline_scripts(html) if code.startswith("(function(config)"))
    boot = loader_config(loader)["boot"]
    assert inline_scripts(html) == [THEME, loader, boot, "done()"]
    policy = _policy(html)
    hashes = re.findall(r"'sha256-[^']+'", policy)
    assert hashes == [script_hash(code) for code in (THEME, loader, boot, "done()")]
    assert script_hash("inert()") not in policy
    assert policy.startswith("script-src 'self' 'unsafe-eval' 'sha256-")
    assert policy.endswith("; worker-src 'self' blob:")
    # First in <head>: a meta policy covers only what comes after it.
    assert html.index("Content-Security-Policy") < html.index("<script")


def test_a_page_without_a_head_fails_the_build_naming_it():
    with pytest.raises(StepDidNothing, match="build step 'csp'.*offline.html"):
        add_policy("<html><header>no head</header></html>", "offline.html")
