"""What every build step shares: the error it raises, and the pages it rewrites.

A step rewrites what Reflex, React Router or Vite wrote. When an upgrade changes that output,
a pattern stops matching; the build must then stop with the step's name, never ship pages
that were silently left as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "twitch_app/build"


class StepDidNothing(RuntimeError):
    """A build step found nothing to rewrite where it should have (an upgrade changed it)."""

    def __init__(self, step: str, where: str, expected: str) -> None:
        self.step = step
        super().__init__(
            f"build step '{step}' changed nothing in {where}: {expected}. Review "
            f"{PACKAGE}/{step}.py against this Reflex / React Router version (how to check: "
            f"{PACKAGE}/README.md), or switch the step off in rxconfig.py."
        )


@dataclass(frozen=True)
class PostBuildStep:
    """A rewrite of the build folder; `run` returns the files it changed (relative paths)."""

    name: str
    run: Callable[[Path], list[str]]


def built_pages(static_dir: Path) -> Iterator[Path]:
    """Every HTML page of the build, in a stable order."""
    yield from sorted(static_dir.rglob("*.html"))


def rewrite_pages(static_dir: Path, step: str, rewrite: Callable[[str, str], str]) -> list[str]:
    """Apply `rewrite(html, page)` to every page; every page must change.

    The rewrite raises StepDidNothing itself where it can say what it missed; a page it
    returned unchanged is reported here. No page at all is an error too.
    """
    changed = []
    for page in built_pages(static_dir):
        name = page.relative_to(static_dir).as_posix()
        html = page.read_text(encoding="utf-8")
        rewritten = rewrite(html, name)
        if rewritten == html:
            raise StepDidNothing(step, name, "the page came out unchanged")
        page.write_text(rewritten, encoding="utf-8")
        changed.append(name)
    if not changed:
        raise StepDidNothing(step, str(static_dir), "the build folder holds no HTML page")
    return changed


def report(step: str, files: list[str]) -> str:
    """One line for the build log: what a step rewrote, every file named."""
    return f"[{PACKAGE}] {step}: rewrote {len(files)} file(s): {' '.join(files)}"
