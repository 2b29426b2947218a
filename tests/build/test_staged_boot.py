"""The boot that waits for the first paint and evaluates one chunk per task (staged_boot.py)."""

import re
import shutil
import subprocess

import pytest

from twitch_app.build.loader import LOADER_JS, SETTLE_JS, loader_config, settle_history_entry
from twitch_app.build.staged_boot import (
    EVALUATE_AFTER_MS,
    LINKS_PER_TASK,
    evaluation_order,
    stage_boot,
    staged_boot,
    static_imports,
)
from twitch_app.build.steps import StepDidNothing

BOOT = (
    'import "/assets/manifest-1.js";\nimport * as route0 from "/assets/root-2.js";\n'
    'window.__reactRouterRouteModules = {"root":route0};\nimport("/assets/entry.client-3.js");'
)
PAGE = (
    "<html><head>"
    '<link rel="modulepreload" href="/assets/manifest-1.js"/>'
    '<link rel="modulepreload" href="/assets/entry.client-3.js"/>'
    '<link rel="modulepreload" href="/assets/root-2.js"/>'
    f'</head><body><main>Hello</main><script type="module" async="">{BOOT}</script>'
    "<script>done()</script></body></html>"
)
# What each built chunk imports, as a bundler writes it.
IMPORTS = {
    "/assets/entry.client-3.js": ["./react-5.js", "./router-6.js"],
    "/assets/root-2.js": ["./router-6.js", "./state-7.js"],
    "/assets/state-7.js": ["./react-5.js"],
    "/assets/router-6.js": ["./react-5.js"],
}


def imports_of(url: str) -> list[str]:
    return IMPORTS.get(url, [])


def _loader(html: str) -> str:
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    return next(script for script in scripts if "modulepreload" in script)


def _boot_code(loader: str) -> str:
    return loader_config(loader)["boot"]


def _value(loader: str, name: str):
    return loader_config(loader)[name]


def test_every_chunk_is_preloaded_after_the_paint_and_the_boot_code_is_kept():
    html = stage_boot(PAGE, imports_of)
    assert '<link rel="modulepreload"' not in html
    assert '<script type="module"' not in html
    loader = _loader(html)
    assert _value(loader, "links") == [
        "/assets/manifest-1.js",
        "/assets/entry.client-3.js",
        "/assets/root-2.js",
    ]
    code = _boot_code(loader)
    # The address the page was prerendered at comes first, before React Router reads it.
    assert code == f"{settle_history_entry()}\n{BOOT}"
    assert loader_config(loader)["perTask"] == LINKS_PER_TASK
    assert loader_config(loader)["evaluateAfterMs"] == EVALUATE_AFTER_MS
    # After the paint in a visible tab, at once in a hidden one, and never twice.
    assert "first-contentful-paint" in loader and '!=="visible")start()' in loader
    assert "if(done)return" in loader
    # Steps yield through a MessageChannel: no 4 ms clamping, no background-tab throttling.
    assert "setTimeout(preload" not in loader and "setTimeout(evaluate" not in loader
    assert html.endswith("<script>done()</script></body></html>")


def test_chunks_are_evaluated_dependencies_first_and_the_entry_is_left_to_the_boot():
    chain = _value(_loader(stage_boot(PAGE, imports_of)), "chain")
    assert chain == [
        "/assets/manifest-1.js",
        "/assets/react-5.js",
        "/assets/router-6.js",
        "/assets/state-7.js",
        "/assets/root-2.js",
    ]


def test_a_chunk_that_imports_the_entry_waits_for_the_boot_as_well():
    # Evaluating it early would start hydration before the route modules are registered.
    imports = {"/assets/root-2.js": ["./entry.client-3.js"], "/assets/page-8.js": ["./root-2.js"]}
    order = evaluation_order(
        ["/assets/page-8.js", "/assets/root-2.js", "/assets/entry.client-3.js", "/assets/a-9.js"],
        BOOT,
        lambda url: imports.get(url, []),
    )
    assert order == ["/assets/a-9.js"]


def test_a_cycle_through_a_chunk_that_imports_the_entry_waits_for_the_boot_whole():
    # import(b) would evaluate a, and with it the entry: the whole cycle must wait.
    imports = {
        "/assets/a-1.js": ["./b-2.js", "./entry.client-3.js"],
        "/assets/b-2.js": ["./a-1.js"],
        "/assets/c-4.js": ["./d-5.js"],
    }
    order = evaluation_order(
        ["/assets/b-2.js", "/assets/c-4.js"], BOOT, lambda url: imports.get(url, [])
    )
    assert order == ["/assets/d-5.js", "/assets/c-4.js"]


def test_an_import_cycle_does_not_hang_or_repeat_a_chunk():
    imports = {"/assets/a-1.js": ["./b-2.js"], "/assets/b-2.js": ["./a-1.js"]}
    order = evaluation_order(["/assets/a-1.js"], "", lambda url: imports.get(url, []))
    assert sorted(order) == ["/assets/a-1.js", "/assets/b-2.js"]


def test_static_imports_are_read_from_minified_chunks_and_dynamic_ones_are_not():
    source = (
        'import{a as b}from"./react-5.js";import"./side-9.js";export{c}from"./router-6.js";'
        'const lazy=()=>import("./page-4.js");import{a}from"./react-5.js";'
    )
    assert static_imports(source) == ["./react-5.js", "./side-9.js", "./router-6.js"]


def test_boot_code_is_escaped_so_no_tag_can_start_inside_the_loader():
    loader = _loader(stage_boot(PAGE.replace(BOOT, BOOT + '\nconst tag = "<b>x</b>";')))
    assert "<" not in loader
    assert "\\u003cb>x\\u003c/b>" in loader


def test_a_page_whose_boot_changed_form_fails_the_build_naming_the_page():
    # What a React Router upgrade that wrote its boot or its preloads differently looks like.
    with pytest.raises(StepDidNothing, match="build step 'staged_boot'.*check/index.html"):
        stage_boot("<html><body>static</body></html>", page="check/index.html")
    no_preloads = PAGE.replace('rel="modulepreload"', 'rel="preload" as="script"')
    with pytest.raises(StepDidNothing, match="modulepreload"):
        stage_boot(no_preloads)
    other_form = PAGE.replace(
        '<link rel="modulepreload" href="/assets/root-2.js"/>',
        '<link rel="modulepreload" href="/assets/root-2.js" crossorigin=""/>',
    )
    with pytest.raises(StepDidNothing, match="of another form is left"):
        stage_boot(other_form, imports_of)


def test_a_build_where_no_page_has_the_scroll_script_fails(tmp_path):
    (tmp_path / "index.html").write_text(PAGE)
    with pytest.raises(StepDidNothing, match="scroll-restoration"):
        staged_boot(tmp_path)


def test_the_loader_files_parse_as_javascript(tmp_path):
    # No JS linter runs in `make lint`: at least Node must accept both files as scripts.
    node = shutil.which("node")
    assert node, "node is needed to check the loader's syntax"
    for script in (LOADER_JS, SETTLE_JS):
        checked = subprocess.run([node, "--check", str(script)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


SCROLL = (
    "((storageKey, restoreKey) => {\n  let key = Math.random();\n"
    '  window.history.replaceState({ key }, "");\n})("react-router-scroll-positions", null)'
)


def test_scroll_restoration_waits_for_the_boot_and_its_element_stays_inert():
    page = PAGE.replace("<main>Hello</main>", f"<main>Hello</main><script>{SCROLL}</script>")
    html = stage_boot(page, imports_of)
    # Nothing runs it before the paint, yet React still finds the element it hydrates.
    assert f"<script>{SCROLL}</script>" not in html
    assert f'<script type="text/x-after-paint">{SCROLL}</script>' in html
    code = _boot_code(_loader(html))
    assert code == f"{settle_history_entry()}\n{SCROLL};\n{BOOT}"
