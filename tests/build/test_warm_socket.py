"""The state.js patch: Reflex's early socket opens in a task of its own."""

from pathlib import Path

import pytest
import reflex_base

from twitch_app.build.steps import StepDidNothing
from twitch_app.build.warm_socket import (
    open_warm_socket_in_own_task,
    patched_state_js,
)

# The file Reflex copies into a new build folder's utils/, from the installed version.
TEMPLATE = Path(reflex_base.__file__).parent / ".templates" / "web" / "utils" / "state.js"


def test_the_warm_socket_starts_in_a_task_of_its_own():
    source = TEMPLATE.read_text(encoding="utf-8")
    patched = open_warm_socket_in_own_task(source)
    start = patched.index("// Defer past module evaluation")  # Reflex's comment above the block
    warmup = patched[start : patched.index("warmSocket.io.open", start)]
    # A timer callback runs in a later task; a microtask ran inside the chunk's evaluation.
    assert "setTimeout(() => {" in warmup and "queueMicrotask" not in warmup
    assert "createSocket(" in warmup  # the same set-up, only later
    assert open_warm_socket_in_own_task(patched) == patched
    assert len(patched.splitlines()) == len(source.splitlines()) + 1


def test_a_reflex_version_without_the_warm_socket_fails_the_build():
    with pytest.raises(StepDidNothing, match="build step 'warm_socket'.*warm socket"):
        open_warm_socket_in_own_task("export const nothing = 1;\n")


def test_a_build_folder_patched_by_an_older_version_gets_todays_patch_only():
    # What build folders made before the transition wrapper was removed still held.
    old_build = TEMPLATE.read_text(encoding="utf-8").replace(
        "dispatch[substate](delta[substate]);",
        "startTransition(() => { dispatch[substate](delta[substate]); });",
    )
    assert "startTransition" in old_build
    patched = patched_state_js(old_build)
    assert "startTransition" not in patched
    assert patched == open_warm_socket_in_own_task(TEMPLATE.read_text(encoding="utf-8"))
