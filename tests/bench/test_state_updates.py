"""The state.js patches: websocket updates as React transitions, the warm socket in its own task."""

from pathlib import Path

import pytest
import reflex_base

from twitch_app.state_updates import (
    PatchDoesNotApply,
    open_warm_socket_in_own_task,
    patch_state_js,
    render_deltas_as_transitions,
)

# The file Reflex copies into .web/utils/ on every build, from the installed version.
TEMPLATE = Path(reflex_base.__file__).parent / ".templates" / "web" / "utils" / "state.js"


def test_the_installed_reflex_client_takes_the_patch_once():
    source = TEMPLATE.read_text(encoding="utf-8")
    patched = render_deltas_as_transitions(source)
    assert "import { startTransition, useCallback" in patched
    loop = patched.split('socket.current.on("event"')[1].split("applyClientStorageDelta")[0]
    assert loop.index("startTransition(() => {") < loop.index("dispatch[substate](delta[substate])")
    assert render_deltas_as_transitions(patched) == patched
    # A build folder patched by an earlier version of the marker comment is left alone.
    reworded = patched.replace("rendered in slices", "sliced")
    assert render_deltas_as_transitions(reworded) == reworded
    # Nothing else changed: removing the additions gives the original back.
    assert len(patched.splitlines()) == len(source.splitlines()) + 3


def test_a_reflex_version_without_that_code_fails_the_build():
    with pytest.raises(PatchDoesNotApply, match="state_updates.py"):
        render_deltas_as_transitions("export const nothing = 1;\n")


def test_the_warm_socket_starts_in_a_task_of_its_own():
    source = TEMPLATE.read_text(encoding="utf-8")
    patched = patch_state_js(source)
    start = patched.index("// Defer past module evaluation")  # Reflex's comment above the block
    warmup = patched[start : patched.index("warmSocket.io.open", start)]
    # A timer callback runs in a later task; a microtask ran inside the chunk's evaluation.
    assert "setTimeout(() => {" in warmup and "queueMicrotask" not in warmup
    assert "createSocket(" in warmup  # the same set-up, only later
    assert patch_state_js(patched) == patched
    assert len(patched.splitlines()) == len(source.splitlines()) + 3 + 1


def test_a_reflex_version_without_the_warm_socket_fails_the_build():
    with pytest.raises(PatchDoesNotApply, match="warm socket"):
        open_warm_socket_in_own_task("export const nothing = 1;\n")
