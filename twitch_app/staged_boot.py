"""Build step: boot React after the first paint, one JS chunk per task.

React Router's HTML names every JS chunk of a page twice: a `<link rel="modulepreload">`
per chunk in the head, and an inline module script at the end of the body that imports the
route modules and then `import()`s the client entry, which hydrates. `stage_boot` replaces
both with a small inline loader that, once the browser reports the first contentful paint
(at once in a hidden tab, which never paints):

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
`/check/`, without a reload): the server answers both (perf.pages_without_redirect), but
each page was prerendered at `/check/`, and React keeps the prerendered attributes when it
hydrates. Links resolved against the address (the skip link's `/check/#main`) must point
at the page the browser is on, or the skip link would navigate instead of jumping. That
same first write also gives the history entry the scroll key and the index that React
Router's scripts would each have written (SETTLE_HISTORY_ENTRY): one write, not three.

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

Pure text rewriting, run from the post-build plugin and tested on fixture HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

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
# Before React Router reads the address, one history write gives the entry what three
# writes gave it before: the address each page was prerendered at (its trailing slash), the
# scroll key React Router's scroll-restoration script would add ({key}, replacing any other
# state, as that script does), and the index its history adds ({...state, idx: 0}). Both
# scripts then find what they need and write nothing. A write is not cheap: to Chromium it
# is a same-document navigation on the main thread, 1-14 ms per write in traces of this
# app's boot, and the index's write fell inside React's hydration.
SETTLE_HISTORY_ENTRY = (
    "(function(){var s=history.state,p=location.pathname,slash=!p.endsWith('/');"
    "if(!s||!s.key)s={key:Math.random().toString(32).slice(2),idx:0};"
    "else if(s.idx==null)s=Object.assign({},s,{idx:0});"
    "else if(!slash)return;"
    "if(slash)history.replaceState(s,'',p+'/'+location.search+location.hash);"
    "else history.replaceState(s,'')})();"
)

# The loader's state: `links` to preload, then `chain` to evaluate in order, then `boot`.
# Evaluation waits for each preload's load (or error) event where the browser supports
# modulepreload (elsewhere the links do nothing and fire no event), at most EVALUATE_AFTER_MS.
# Each step yields through a MessageChannel, as React's scheduler does: unlike setTimeout it
# is not clamped to 4 ms when chained, nor held to once a second in a background tab.
# It starts once the first contentful paint is on screen (its Paint Timing entry exists),
# or at once in a hidden tab, which never paints; browsers without Paint Timing wait one
# frame, and the 1.5 s timeout is a last resort should no paint entry ever come.
# A failed import (offline, a chunk gone after a deploy) skips to the boot script, which
# reports the failure the way React Router always has. No "<" anywhere: the loader is inline.
_LOADER = (
    "<script>(function(){{var done=0,links={links},chain={chain},next=0,arrived=0,evaluating=0,"
    "steps=[],channel=new MessageChannel(),"
    "waits=document.createElement('link').relList.supports('modulepreload');"
    "channel.port1.onmessage=function(){{steps.shift()()}};"
    "function queue(step){{steps.push(step);channel.port2.postMessage(0)}}"
    "function start(){{if(done)return;done=1;setTimeout(ready,{evaluate_after_ms});preload()}}"
    "function loaded(){{if(++arrived===links.length)ready()}}"
    "function ready(){{if(!evaluating){{evaluating=1;queue(evaluate)}}}}"
    "function preload(){{var end=Math.min(next+{per_task},links.length);"
    "for(;end>next;next++){{var l=document.createElement('link');l.rel='modulepreload';"
    "if(waits)l.onload=l.onerror=loaded;"
    "l.href=links[next];document.head.appendChild(l)}}"
    "if(links.length>next)queue(preload);"
    "else if(!waits||!links.length)ready()}}"
    "function evaluate(){{var url=chain.shift();if(!url)return boot();"
    "import(url).then(function(){{queue(evaluate)}},function(){{chain=[];boot()}})}}"
    "function boot(){{var s=document.createElement('script');s.type='module';"
    "s.textContent={code};document.body.appendChild(s)}}"
    "function later(){{queue(start)}}"
    "if(document.visibilityState!=='visible')start();"
    "else try{{new PerformanceObserver(function(list){{"
    "if(list.getEntriesByName('first-contentful-paint').length)later()}})"
    ".observe({{type:'paint',buffered:true}})}}catch(e){{requestAnimationFrame(later)}}"
    "setTimeout(start,1500)}})()</script>"
)


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


def stage_boot(html: str, imports_of: Callable[[str], list[str]] = lambda url: []) -> str:
    """One page's HTML with its boot staged after the first paint (unchanged if none)."""
    boot = _BOOT_MODULE.search(html)
    if boot is None:
        return html
    links = _MODULEPRELOAD.findall(html)
    chain = evaluation_order(links, boot.group(1), imports_of)
    boot_code = boot.group(1)
    scroll = _SCROLL_RESTORATION.search(html)
    if scroll is not None:
        boot_code = f"{scroll.group(1)};\n{boot_code}"
    boot_code = SETTLE_HISTORY_ENTRY + "\n" + boot_code

    def script_json(value: object) -> str:
        # Inside a <script>, "</" must not appear literally; JSON with "<" escaped is safe.
        return json.dumps(value).replace("<", "\\u003c")

    loader = _LOADER.format(
        links=script_json(links),
        chain=script_json(chain),
        per_task=LINKS_PER_TASK,
        evaluate_after_ms=EVALUATE_AFTER_MS,
        code=script_json(boot_code),
    )
    html = html[: boot.start()] + loader + html[boot.end() :]
    if scroll is not None:
        inert = f'<script type="text/x-after-paint">{scroll.group(1)}</script>'
        html = html.replace(scroll.group(0), inert, 1)
    return _MODULEPRELOAD.sub("", html)


def static_imports(source: str) -> list[str]:
    """The `./x.js` specifiers a built chunk imports statically, in order, once each."""
    return list(dict.fromkeys(_STATIC_IMPORT.findall(source)))
