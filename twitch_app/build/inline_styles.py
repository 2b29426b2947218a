"""Build step `inline_styles`: each page carries its stylesheet, so it paints from the HTML alone.

React Router's HTML links the one global stylesheet (about 6 KiB compressed); the first
paint would wait for that extra round trip. Each page gets the CSS in a `<style>` element.
The `<link>` elements stay, because React hydrates `<head>` and expects them, but they are
disabled (a disabled stylesheet is never fetched) and the style preload matches no media
(never fetched either). The boot (staged_boot.py), which waits for the first paint, then
starts as soon as the HTML is in.

Raises StepDidNothing naming the page when a page has no stylesheet link this step knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from twitch_app.build.steps import PostBuildStep, StepDidNothing, rewrite_pages

NAME = "inline_styles"
_STYLE_PRELOAD = re.compile(r'<link as="style" href="(/assets/[^"]+\.css)" rel="preload"/?>')
_STYLESHEET = re.compile(
    r'<link href="(/assets/[^"]+\.css)" rel="stylesheet"( type="text/css")?/?>'
)


def inline_page_styles(html: str, read_css: Callable[[str], str], page: str = "a page") -> str:
    """One page's HTML with its build stylesheets inlined and their links disabled."""

    def inline(link: re.Match[str]) -> str:
        css = read_css(link.group(1)).replace("</", "<\\/")
        return f'<style>{css}</style><link href="{link.group(1)}" rel="stylesheet" disabled=""/>'

    # A media query that never matches: the preload element stays for hydration, unfetched.
    html = _STYLE_PRELOAD.sub(r'<link as="style" href="\1" rel="preload" media="not all"/>', html)
    html, inlined = _STYLESHEET.subn(inline, html)
    if not inlined:
        raise StepDidNothing(NAME, page, 'no <link href="/assets/*.css" rel="stylesheet">')
    return html


def inline_styles(static_dir: Path) -> list[str]:
    """Inline the stylesheet into every built page; return the pages."""

    def read_css(url: str) -> str:
        return (static_dir / url.lstrip("/")).read_text(encoding="utf-8")

    return rewrite_pages(
        static_dir, NAME, lambda html, page: inline_page_styles(html, read_css, page)
    )


STEP = PostBuildStep(NAME, inline_styles)
