"""The state.js patch that renders websocket updates as React transitions."""

from pathlib import Path

import pytest
import reflex_base

from twitch_app.state_updates import PatchDoesNotApply, render_deltas_as_transitions

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
