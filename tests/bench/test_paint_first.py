"""The build rewrites that let a page paint before its JavaScript loads (paint_first.py)."""

import re

from twitch_app.paint_first import COMPILE_HINT, add_compile_hints, inline_page_styles, paint_first

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
    (tmp_path / "assets" / "root-2.js").write_text('import{a}from"./vendor-4.js";')
    (tmp_path / "assets" / "vendor-4.js").write_text("export const a=1;")
    (tmp_path / "causes").mkdir()
    (tmp_path / "causes" / "index.html").write_text(PAGE)
    (tmp_path / "index.html").write_text("<html><body>no boot, no styles</body></html>")
    assert paint_first(tmp_path) == 1
    rewritten = (tmp_path / "causes" / "index.html").read_text()
    assert "<style>body{margin:0}</style>" in rewritten
    # The chunks' own imports decide the evaluation order (read from the built files).
    chain = '["/assets/manifest-1.js", "/assets/vendor-4.js", "/assets/root-2.js"]'
    assert f"chain={chain}" in rewritten
    assert paint_first(tmp_path) == 0
    assert add_compile_hints(tmp_path) == 3
    assert add_compile_hints(tmp_path) == 0
    chunk = (tmp_path / "assets" / "entry.client-3.js").read_text()
    assert chunk == COMPILE_HINT + "export const a=1;"
