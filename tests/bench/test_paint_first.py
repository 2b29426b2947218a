"""The build rewrites that let a page paint before its JavaScript loads (paint_first.py)."""

import json
import re

from twitch_app.paint_first import (
    COMPILE_HINT,
    add_compile_hints,
    defer_page,
    inline_page_styles,
    paint_first,
)

BOOT = (
    'import "/assets/manifest-1.js";\nimport * as route0 from "/assets/root-2.js";\n'
    'window.__reactRouterRouteModules = {"root":route0};\nimport("/assets/entry.client-3.js");'
)
PAGE = (
    '<html><head><link as="style" href="/assets/__reflex_global_styles-A1.css" rel="preload"/>'
    '<link rel="modulepreload" href="/assets/manifest-1.js"/>'
    '<link rel="modulepreload" href="/assets/root-2.js"/>'
    '<link href="/assets/__reflex_global_styles-A1.css" rel="stylesheet" type="text/css"/>'
    f'</head><body><main>Hello</main><script type="module" async="">{BOOT}</script>'
    "<script>done()</script></body></html>"
)


def _loader(html: str) -> str:
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    return next(script for script in scripts if "modulepreload" in script)


def test_boot_waits_for_the_first_paint_and_keeps_every_chunk_and_line():
    html = defer_page(PAGE)
    assert 'rel="modulepreload"' not in html
    assert '<script type="module"' not in html
    loader = _loader(html)
    urls = json.loads(re.search(r"(\[.*?\])\.forEach", loader).group(1))
    assert urls == ["/assets/manifest-1.js", "/assets/root-2.js"]
    code = json.loads(re.search(r"s\.textContent=(\".*\");document", loader).group(1))
    assert code == BOOT
    # After the paint in a visible tab, at once in a hidden one, and never twice.
    assert "first-contentful-paint" in loader and "!=='visible')boot()" in loader
    assert "if(done)return" in loader
    assert html.endswith("<script>done()</script></body></html>")


def test_boot_code_is_escaped_so_no_tag_can_start_inside_the_loader():
    loader = _loader(defer_page(PAGE.replace(BOOT, BOOT + '\nconst tag = "<b>x</b>";')))
    assert "<" not in loader
    assert "\\u003cb>x\\u003c/b>" in loader


def test_a_page_without_a_boot_script_is_left_alone():
    assert defer_page("<html><body>static</body></html>") == "<html><body>static</body></html>"


def test_stylesheet_goes_inline_and_its_links_stay_unfetched():
    html = inline_page_styles(PAGE, lambda url: f"main{{color:red}}/* {url} */")
    assert "<style>main{color:red}/* /assets/__reflex_global_styles-A1.css */</style>" in html
    # React hydrates <head> and expects both links: they stay, but nothing is downloaded.
    assert (
        '<link href="/assets/__reflex_global_styles-A1.css" rel="stylesheet" disabled=""/>' in html
    )
    assert (
        '<link as="style" href="/assets/__reflex_global_styles-A1.css" rel="preload" '
        'media="not all"/>' in html
    )
    assert html.index("<style>") < html.index("<main>")


def test_inlined_css_cannot_close_the_style_element():
    html = inline_page_styles(PAGE, lambda url: 'a::after{content:"</style>"}')
    inline = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert inline == 'a::after{content:"<\\/style>"}'


def test_build_folder_rewrite_and_hints_are_idempotent(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "__reflex_global_styles-A1.css").write_text("body{margin:0}")
    (tmp_path / "assets" / "entry.client-3.js").write_text("export const a=1;")
    (tmp_path / "causes").mkdir()
    (tmp_path / "causes" / "index.html").write_text(PAGE)
    (tmp_path / "index.html").write_text("<html><body>no boot, no styles</body></html>")
    assert paint_first(tmp_path) == 1
    rewritten = (tmp_path / "causes" / "index.html").read_text()
    assert "<style>body{margin:0}</style>" in rewritten
    assert paint_first(tmp_path) == 0
    assert add_compile_hints(tmp_path) == 1
    assert add_compile_hints(tmp_path) == 0
    chunk = (tmp_path / "assets" / "entry.client-3.js").read_text()
    assert chunk == COMPILE_HINT + "export const a=1;"
