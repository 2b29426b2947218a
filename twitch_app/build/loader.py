"""The staged boot's JavaScript: two files beside this one, minified by bun at build time.

- staged_boot_loader.js: the inline loader that replaces React Router's boot script;
  its one input, STAGED_BOOT, is replaced by each page's values (a JSON object).
- settle_history_entry.js: the history write that runs first in the boot script.

bun is the toolchain Reflex builds the front end with (`REFLEX_USE_SYSTEM_BUN`, on PATH
from the Makefile). Whitespace and syntax are minified, names are kept: a browser test
recognises the loader's `ready` timer by its function's name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
LOADER_JS = HERE / "staged_boot_loader.js"
SETTLE_JS = HERE / "settle_history_entry.js"
LOADER_INPUT = "STAGED_BOOT"
_BUN_IN_CHECKOUT = HERE.parents[1] / ".tools" / "node_modules" / ".bin" / "bun"


class LoaderNotUsable(RuntimeError):
    """The loader's JavaScript cannot be minified or would not be safe inline."""


@cache
def minified(script: Path) -> str:
    """A JS file minified (whitespace and syntax, names kept), checked safe to inline."""
    bun = shutil.which("bun") or (str(_BUN_IN_CHECKOUT) if _BUN_IN_CHECKOUT.exists() else None)
    if bun is None:
        raise LoaderNotUsable("staged_boot: bun is not on PATH (run `make setup`)")
    command = [bun, "build", "--no-bundle", "--minify-whitespace", "--minify-syntax", str(script)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise LoaderNotUsable(f"staged_boot: bun could not minify {script.name}: {done.stderr}")
    code = done.stdout.strip()
    # An inline script ends at the first "</script"; "<!--" changes how it is parsed.
    if "<" in code:
        raise LoaderNotUsable(f"staged_boot: {script.name} holds '<' once minified: {code}")
    return code


def settle_history_entry() -> str:
    return minified(SETTLE_JS)


def loader_script(config: dict[str, object]) -> str:
    """The inline loader element for one page: the minified loader given the page's values."""
    code = minified(LOADER_JS)
    if code.count(LOADER_INPUT) != 1:
        raise LoaderNotUsable(f"staged_boot: {LOADER_JS.name} must name {LOADER_INPUT} once")
    # Inside a <script>, "</" must not appear literally; JSON with "<" escaped is safe.
    values = json.dumps(config, separators=(",", ":")).replace("<", "\\u003c")
    return "<script>" + code.replace(LOADER_INPUT, values) + "</script>"


def loader_config(script: str) -> dict:
    """The values a built page's loader script (its text) was given: loader_script inverted."""
    before, after = minified(LOADER_JS).split(LOADER_INPUT)
    if not (script.startswith(before) and script.endswith(after)):
        raise ValueError("not this build's staged-boot loader")
    return json.loads(script[len(before) : len(script) - len(after)])
