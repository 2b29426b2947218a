"""Build step `csp`: each page's script policy, with a hash for every inline script it runs.

A `<meta http-equiv="Content-Security-Policy">` goes first in each page's `<head>`:
`script-src 'self'` plus the sha256 of each inline script the page holds (the theme script,
React Router's context and streaming scripts, the staged-boot loader) and of the one script
the loader writes (React Router's boot, whose text is in the loader's values). Any other
inline script, injected markup or `javascript:` URL is refused by the browser.

Why a meta element, not a header: the hashes differ page by page and are known only once
the build has written the pages. In the file they travel with the page to every server
(Reflex's static files for `make run`, nginx in the deployed layout, the service worker's
cache offline) with nothing to keep in step. What a meta policy cannot carry
(`frame-ancestors`) and the other limits stay in the response header of both servers
(twitch_app/security_headers.py); a browser enforces both policies.

- `'unsafe-eval'`: Reflex 0.10 runs every `rx.call_script` / `rx.call_function` with
  `eval()` of the string the server sends (`utils/state.js`, `_call_script`; callbacks
  too). The app uses it for focus moves, printing, the diary's time zone and sync. It
  lets our own scripts evaluate strings; it does not let injected markup run anything.
- `worker-src 'self' blob:`: the diary's time zone is read in a throwaway worker made
  from a Blob (state/diary.py); sw.js is 'self'.

Raises StepDidNothing naming the page when a page has no `<head>` to put the policy in.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
from pathlib import Path

from twitch_app.build.loader import loader_config
from twitch_app.build.steps import PostBuildStep, StepDidNothing, rewrite_pages

NAME = "csp"
_HEAD = re.compile(r"<head(\s[^>]*)?>")
_SCRIPT = re.compile(r"<script((?:\s[^>]*)?)>(.*?)</script>", re.S)
# An attribute's own name, not the end of another's (`data-type=`, `data-src=`).
_TYPE = re.compile(r"""(?:^|\s)type=["']?([^"'\s>]+)""")
_SRC = re.compile(r"(?:^|\s)src=")
# Script types a browser runs; anything else (the inert scroll script, JSON) is data.
_RUNNABLE = {"", "module", "text/javascript", "application/javascript"}
POLICY = "script-src 'self' 'unsafe-eval' {hashes}; worker-src 'self' blob:"


def script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script the page runs, and of the boot its loader writes."""
    scripts = []
    for attributes, code in _SCRIPT.findall(html):
        kind = _TYPE.search(attributes)
        if _SRC.search(attributes) or (kind.group(1).lower() if kind else "") not in _RUNNABLE:
            continue
        scripts.append(code)
        with contextlib.suppress(ValueError):  # only the loader has a boot to write
            scripts.append(str(loader_config(code)["boot"]))
    return scripts


def page_policy(html: str) -> str:
    hashes = " ".join(dict.fromkeys(script_hash(code) for code in inline_scripts(html)))
    return POLICY.format(hashes=hashes)


def add_policy(html: str, page: str = "a page") -> str:
    """The page with its script policy as the first element of `<head>`."""
    head = _HEAD.search(html)
    if head is None:
        raise StepDidNothing(NAME, page, "no <head> to put the policy in")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{page_policy(html)}"/>'
    return html[: head.end()] + meta + html[head.end() :]


def csp(static_dir: Path) -> list[str]:
    return rewrite_pages(static_dir, NAME, lambda html, page: add_policy(html, page))


STEP = PostBuildStep(NAME, csp)
