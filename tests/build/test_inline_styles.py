"""The build rewrites that let a page paint before its JavaScript loads (inline_styles.py,
compile_hints.py), on fixture HTML; tests/build/test_built_pages.py reads the real build."""

import re

import pytest

from twitch_app.build.compile_hints import COMPILE_HINT, add_compile_hints
from twitch_app.build.inline_styles import inline_page_styles, inline_styles
from twitch_app.build.steps import StepDidNothing

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


def _build(tmp_path, pages: dict[str, str]):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "__reflex_global_styles-A1.css").write_text("body{margin:0}")
    (tmp_path / "assets" / "entry.client-3.js").write_text("export const a=1;")
    (tmp_path / "assets" / "root-2.js").write_text('import{a}from"./vendor-4.js";')
    (tmp_path / "assets" / "vendor-4.js").write_text("export const a=1;")
    for name, html in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(html)


def test_every_page_of_a_build_folder_gets_its_styles(tmp_path):
    _build(tmp_path, {"causes/index.html": PAGE, "index.html": PAGE})
    assert inline_styles(tmp_path) == ["causes/index.html", "index.html"]
    assert "<style>body{margin:0}</style>" in (tmp_path / "causes" / "index.html").read_text()


def test_a_page_whose_stylesheet_link_changed_form_fails_the_build_naming_it(tmp_path):
    # What a React Router upgrade that wrote its links differently would look like.
    changed = PAGE.replace('rel="stylesheet" type="text/css"', 'rel="stylesheet" precedence="x"')
    _build(tmp_path, {"index.html": PAGE, "diary/index.html": changed})
    with pytest.raises(StepDidNothing, match="build step 'inline_styles'.*diary/index.html"):
        inline_styles(tmp_path)


def test_a_build_folder_without_pages_fails_the_build(tmp_path):
    _build(tmp_path, {})
    with pytest.raises(StepDidNothing, match="inline_styles.*no HTML page"):
        inline_styles(tmp_path)


def test_every_chunk_gets_the_compile_hint_once(tmp_path):
    _build(tmp_path, {})
    assert len(add_compile_hints(tmp_path)) == 3
    add_compile_hints(tmp_path)
    chunk = (tmp_path / "assets" / "entry.client-3.js").read_text()
    assert chunk == COMPILE_HINT + "export const a=1;"


def test_a_build_without_chunks_fails_the_compile_hints(tmp_path):
    with pytest.raises(StepDidNothing, match="build step 'compile_hints'"):
        add_compile_hints(tmp_path)
