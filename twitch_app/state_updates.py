"""Build step: render the backend's state updates as React transitions (time-sliced).

Reflex's client (`.web/utils/state.js`) applies each state delta from the websocket by
calling a `useReducer` dispatch per substate. Outside a React event those updates get
React's default lane, which renders in one piece: on the diary and the check, the first
deltas after connecting (router data, the device's log, the saved check) re-render the
page in 20-60 ms tasks on this machine, four times that on a slow phone, and nothing
the person taps is handled meanwhile. Inside `startTransition` React renders the same
update in 5 ms slices and handles input between them.

Applied by the build plugin's `pre_compile` hook; the build fails if Reflex's code ever
changes so the patch no longer applies (rather than silently shipping without it).
"""

from __future__ import annotations

STATE_JS = "utils/state.js"

_REACT_IMPORT = 'import { useCallback, useEffect, useRef, useState } from "react";'
_PATCHED_IMPORT = (
    'import { startTransition, useCallback, useEffect, useRef, useState } from "react";'
)
_DISPATCH = """        for (const substate in delta) {
          dispatch[substate](delta[substate]);
        }"""
_WRAPPED_DISPATCH = """        startTransition(() => {
          for (const substate in delta) {
            dispatch[substate](delta[substate]);
          }
        });"""
_PATCHED_DISPATCH = (
    "        // Twitch Relief: rendered in slices (twitch_app/state_updates.py).\n"
    + _WRAPPED_DISPATCH
)


class PatchDoesNotApply(RuntimeError):
    """Reflex's state.js no longer has the code this patch expects."""


def render_deltas_as_transitions(source: str) -> str:
    """state.js with its websocket delta dispatch wrapped in startTransition (idempotent)."""
    # Reflex keeps .web/utils/state.js between builds: it may carry an earlier patch.
    if _PATCHED_IMPORT in source and _WRAPPED_DISPATCH in source:
        return source
    if source.count(_DISPATCH) != 1 or source.count(_REACT_IMPORT) != 1:
        raise PatchDoesNotApply(
            f"{STATE_JS}: the delta dispatch loop or its React import changed; "
            "review twitch_app/state_updates.py against this Reflex version"
        )
    return source.replace(_REACT_IMPORT, _PATCHED_IMPORT).replace(_DISPATCH, _PATCHED_DISPATCH)
