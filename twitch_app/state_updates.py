"""Build step: two patches to Reflex's client (`.web/utils/state.js`) for a shorter boot.

1. Render the backend's state updates as React transitions (time-sliced).

Reflex's client (`.web/utils/state.js`) applies each state delta from the websocket by
calling a `useReducer` dispatch per substate. Outside a React event those updates get
React's default lane, which renders in one piece: on the diary and the check, the first
deltas after connecting (router data, the device's log, the saved check) re-render the
page in 20-60 ms tasks on this machine, four times that on a slow phone, and nothing
the person taps is handled meanwhile. Inside `startTransition` React renders the same
update in 5 ms slices and handles input between them.

2. Open the early ("warm") socket in a task of its own. Reflex starts the websocket's
transport in a microtask queued by the module's top level, so it ran in the same task as
the evaluation of the whole chunk: one 25-30 ms task in Lighthouse's traces on this machine
(10 ms evaluation, 10 ms socket.io set-up and WebSocket creation), which a 4x slower phone
turns into about 60 ms of blocking. As two tasks, each stays under or near the 50 ms line.
The socket still opens long before React hydrates and connects (many tasks later).

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


_WARMUP = """if (typeof window !== "undefined") {
  queueMicrotask(() => {
    if (
      socketStarted ||"""
_WARMUP_IN_OWN_TASK = """if (typeof window !== "undefined") {
  // Twitch Relief: a task of its own, not the chunk's evaluation (state_updates.py).
  setTimeout(() => {
    if (
      socketStarted ||"""


class PatchDoesNotApply(RuntimeError):
    """Reflex's state.js no longer has the code this patch expects."""


def patch_state_js(source: str) -> str:
    """Both patches (each idempotent); the build hook's modify task for STATE_JS."""
    return open_warm_socket_in_own_task(render_deltas_as_transitions(source))


def open_warm_socket_in_own_task(source: str) -> str:
    """state.js with the warm socket's set-up moved out of the module's evaluation task."""
    if _WARMUP_IN_OWN_TASK in source:
        return source
    if source.count(_WARMUP) != 1:
        raise PatchDoesNotApply(
            f"{STATE_JS}: the warm socket's start changed; "
            "review twitch_app/state_updates.py against this Reflex version"
        )
    return source.replace(_WARMUP, _WARMUP_IN_OWN_TASK)


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
