"""The one Reflex plugin that runs every build step (registered in rxconfig.py).

Before compiling (Reflex's `pre_compile` hook): `warm_socket` patches Reflex's state.js.
After every production build (`post_build`, in `reflex run --env prod` and `reflex export`),
in this order: the page rewrites, each page's script policy, the chunks' compile hints,
then the precache list, whose version hashes the final files. Each step prints the files
it rewrote and raises StepDidNothing, naming itself, when it finds nothing to rewrite.

A step is switched off in one line: `BuildPlugin(off={"compile_hints"})` in rxconfig.py.
"""

from __future__ import annotations

from pathlib import Path

from reflex_base.plugins import Plugin

from twitch_app.build import (
    compile_hints,
    csp,
    inline_styles,
    precache,
    staged_boot,
    warm_socket,
)
from twitch_app.build.steps import PostBuildStep, report

POST_BUILD_STEPS: tuple[PostBuildStep, ...] = (
    inline_styles.STEP,  # each page carries its CSS: it paints from the HTML alone
    staged_boot.STEP,  # no modulepreload; one loader boots React after the first paint
    csp.STEP,  # a script policy per page: only its own inline scripts, by hash (after the rewrites)
    compile_hints.STEP,  # V8 compiles each chunk while it downloads
    precache.STEP,  # the service worker's list of every built file (last: hashes them)
)
STEP_NAMES = (warm_socket.NAME, *(step.name for step in POST_BUILD_STEPS))


class BuildPlugin(Plugin):
    """Every rewrite of Reflex's and React Router's output, each a named step."""

    def __init__(self, off: set[str] | frozenset[str] = frozenset()) -> None:
        unknown = set(off) - set(STEP_NAMES)
        if unknown:
            raise ValueError(f"BuildPlugin(off=...): no step named {sorted(unknown)}")
        self.off = frozenset(off)

    def pre_compile(self, **context) -> None:
        if warm_socket.NAME not in self.off:
            context["add_modify_task"](warm_socket.STATE_JS, warm_socket.patched_state_js)

    def post_build(self, **context) -> None:
        static_dir = Path(context["static_dir"])
        for step in POST_BUILD_STEPS:
            if step.name in self.off:
                print(f"[twitch_app/build] {step.name}: off")
                continue
            print(report(step.name, step.run(static_dir)), flush=True)

    def __repr__(self) -> str:
        return f"BuildPlugin(off={sorted(self.off)})"
