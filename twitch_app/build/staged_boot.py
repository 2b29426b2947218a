"""Build step `staged_boot`: boot React after the first paint, one JS chunk per task.

React Router's HTML names every JS chunk of a page twice: a `<link rel="modulepreload">`
per chunk in the head, and an inline module script at the end of the body that imports the
route modules and then `import()`s the client entry, which hydrates. `stage_boot` replaces
both with a small inline loader (staged_boot_loader.js, see loader.py) that, once the
browser reports the first contentful paint (at once in a hidden tab, which never paints):

1. adds the preload links, a few per task, so every chunk downloads in parallel;
2. once every preload has loaded (downloaded and compiled), or EVALUATE_AFTER_MS after
   asking for them, evaluates the chunks one by one, dependencies first, each in a task
   of its own;
3. runs React Router's own boot script, whose imports are then all evaluated already.

React Router's scroll-restoration script (it gives the history entry a key and restores a
saved scroll position from sessionStorage) waits too: it runs at the start of the boot
script. Before the paint it cost 2-9 ms inside the task that parses the page (the first
sessionStorage access and a history write), and nothing needs it before React does; the
browser restores the scroll position of a reload by itself until React Router takes over.
Its element stays in the page, inert (`type="text/x-after-paint"`), because React
hydrates it.

The boot script also first gives the address its trailing slash (`/check` becomes
`/check/`, without a reload): the server answers both (static_files.pages_without_redirect), but
each page was prerendered at `/check/`, and React keeps the prerendered attributes when it
hydrates. Links resolved against the address (the skip link's `/check/#main`) must point
at the page the browser is on, or the skip link would navigate instead of jumping. That
same first write also gives the history entry the scroll key and the index that React
Router's scripts would each have written (settle_history_entry.js): one write, not three.

Why wait for every preload: Chromium compiles the chunks on background threads. Evaluating
while the big ones still compile shares a two-core phone with that work, and the main
thread's tasks stretch. In Lighthouse traces of /check, /relax and /diary (two A/Bs, 20
and 12 runs per build), the blocking time of module evaluation fell from 26 to 10 and from
36 to 13 ms per run. The wait is capped:
on a slow network the chunks arrive one by one over seconds, each compiled as it streams
in, and the main thread would idle meanwhile, so after EVALUATE_AFTER_MS evaluation starts
and takes each chunk as it comes, as before. No chunk can arrive that early on such a
network (one round trip of DevTools' slow 4G is 560 ms); on this machine's loopback every
chunk had arrived 160-275 ms after the first was asked for.

Why one chunk per task: evaluating a module graph is one uninterruptible task. At 4x CPU
slowdown (a mid-range phone, and what Lighthouse simulates) the route's graph took 80-85 ms
in one piece, over the 50 ms a task may take before it blocks input. Per chunk, only the
client entry (React DOM, ~140-180 ms) and Reflex's state module (~55-65 ms) stay that long.
The entry chunk, and any chunk that imports it, is left to the boot script: its top level
starts hydration, which must come after the boot script has registered the route modules.

Text rewriting, run from the post-build plugin and tested on fixture HTML and on the real
build. Raises StepDidNothing naming the page when a page lacks the boot script or its
preloads, or keeps a preload this step does not know, and when no page at all has React
Router's scroll-restoration script.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from twitch_app.build.loader import loader_script, settle_history_entry
from twitch_app.build.steps import PostBuildStep, StepDidNothing, rewrite_pages

NAME = "staged_boot"
_MODULEPRELOAD = re.compile(r'<link rel="modulepreload" href="([^"]*)"/?>')
_BOOT_MODULE = re.compile(r'<script type="module" async="">(.*?)</script>', re.S)
_SCROLL_RESTORATION = re.compile(
    r'<script>(\(\(storageKey, restoreKey\) =>.*?\("react-router-scroll-positions".*?)</script>',
    re.S,
)
_DYNAMIC_IMPORT = re.compile(r"""\bimport\(\s*["']([^"']+)["']\s*\)""")
# Static imports and re-exports in a built chunk: `from"./x.js"`, `import"./x.js"`.
_STATIC_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*["'](\./[^"']+\.js)["']""")
LINKS_PER_TASK = 4
# Evaluation starts once every preload has loaded (or failed), or this long after the first
# was asked for, whichever comes first.
EVALUATE_AFTER_MS = 500


def _resolve(importer: str, specifier: str) -> str:
    """`./x.js` imported by `/assets/y.js` is `/assets/x.js` (chunks share one folder)."""
    return importer.rsplit("/", 1)[0] + "/" + specifier.removeprefix("./")


def evaluation_order(
    urls: Iterable[str], boot_code: str, imports_of: Callable[[str], list[str]]
) -> list[str]:
    """The chunks to evaluate before the boot script, each after everything it imports.

    `imports_of(url)` lists a chunk's static imports as written (`./x.js`). Chunks the boot
    script imports dynamically (the client entry), and chunks that import them, are left out.
    """
    graph: dict[str, list[str]] = {}
    pending = list(urls)
    while pending:
        url = pending.pop()
        if url not in graph:
            graph[url] = [_resolve(url, spec) for spec in imports_of(url)]
            pending.extend(graph[url])
    # Everything that reaches a deferred chunk waits too, cycles included: repeat until stable.
    deferred = {match.group(1) for match in _DYNAMIC_IMPORT.finditer(boot_code)}
    grew = True
    while grew:
        waiting = {url for url, imports in graph.items() if deferred.intersection(imports)}
        grew = not waiting <= deferred
        deferred |= waiting

    order: list[str] = []
    seen: set[str] = set()

    def visit(url: str) -> None:
        # Seen already means placed, or on the current path: a cycle, which import() runs whole.
        if url in seen or url in deferred:
            return
        seen.add(url)
        for imported in graph.get(url, []):
            visit(imported)
        order.append(url)

    for url in urls:
        visit(url)
    return order


def stage_boot(
    html: str, imports_of: Callable[[str], list[str]] = lambda url: [], page: str = "a page"
) -> str:
    """One page's HTML with its boot staged after the first paint."""
    boot = _BOOT_MODULE.search(html)
    if boot is None:
        raise StepDidNothing(NAME, page, 'no boot script (<script type="module" async="">)')
    links = _MODULEPRELOAD.findall(html)
    if not links:
        raise StepDidNothing(NAME, page, 'no <link rel="modulepreload" href="...">')
    chain = evaluation_order(links, boot.group(1), imports_of)
    boot_code = boot.group(1)
    scroll = _SCROLL_RESTORATION.search(html)
    if scroll is not None:
        boot_code = f"{scroll.group(1)};\n{boot_code}"
    boot_code = settle_history_entry() + "\n" + boot_code
    config = {
        "links": links,
        "chain": chain,
        "boot": boot_code,
        "perTask": LINKS_PER_TASK,
        "evaluateAfterMs": EVALUATE_AFTER_MS,
    }
    rest = _MODULEPRELOAD.sub("", html[: boot.start()]), _MODULEPRELOAD.sub("", html[boot.end() :])
    if any("modulepreload" in part for part in rest):
        raise StepDidNothing(NAME, page, "a modulepreload link of another form is left")
    html = rest[0] + loader_script(config) + rest[1]
    if scroll is not None:
        inert = f'<script type="text/x-after-paint">{scroll.group(1)}</script>'
        html = html.replace(scroll.group(0), inert, 1)
    return html


def staged_boot(static_dir: Path) -> list[str]:
    """Stage the boot of every built page; return the pages.

    Every page must have React Router's boot script and preloads. The scroll-restoration
    script is only in prerendered pages (not the SPA fallback), but in at least one.
    """

    @cache
    def imports_of(url: str) -> list[str]:
        chunk = static_dir / url.lstrip("/")
        return static_imports(chunk.read_text(encoding="utf-8")) if chunk.is_file() else []

    scrolls = 0

    def rewrite(html: str, page: str) -> str:
        nonlocal scrolls
        scrolls += _SCROLL_RESTORATION.search(html) is not None
        return stage_boot(html, imports_of, page)

    pages = rewrite_pages(static_dir, NAME, rewrite)
    if not scrolls:
        raise StepDidNothing(NAME, "every page", "no React Router scroll-restoration script")
    return pages


STEP = PostBuildStep(NAME, staged_boot)


def static_imports(source: str) -> list[str]:
    """The `./x.js` specifiers a built chunk imports statically, in order, once each."""
    return list(dict.fromkeys(_STATIC_IMPORT.findall(source)))
