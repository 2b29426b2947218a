"""Build step `warm_socket`: open Reflex's early ("warm") socket in a task of its own.

Reflex starts the websocket's transport in a microtask queued by the module's top level of
its client (`.web/utils/state.js`), so it ran in the same task as the evaluation of the
whole chunk: one 25-30 ms task in Lighthouse's traces on this machine (10 ms evaluation,
10 ms socket.io set-up and WebSocket creation), which a 4x slower phone turns into about
60 ms of blocking. As two tasks, each stays under or near the 50 ms line. The socket still
opens long before React hydrates and connects (many tasks later).

(This module used to wrap the dispatch of each state delta in `startTransition` as well.
That never sliced anything: Reflex's store feeds components through
`useSyncExternalStore`, which React renders in one piece even inside a transition. Making
it slice cost more CPU than it saved; NOTES 7 and 28 in devtools/bench have the numbers.)

Applied through Reflex's public `pre_compile` hook (`add_modify_task`); the build fails with
StepDidNothing if Reflex's code ever changes so the patch no longer applies (rather than
silently shipping without it).
"""

from __future__ import annotations

from pathlib import Path

from reflex_base import constants

from twitch_app.build.steps import StepDidNothing

NAME = "warm_socket"
STATE_JS = "utils/state.js"
INSTALLED_STATE_JS = Path(constants.Templates.Dirs.WEB_TEMPLATE) / STATE_JS

_WARMUP = """if (typeof window !== "undefined") {
  queueMicrotask(() => {
    if (
      socketStarted ||"""
_WARMUP_IN_OWN_TASK = """if (typeof window !== "undefined") {
  // Twitch Relief: a task of its own, not the chunk's evaluation (build/warm_socket.py).
  setTimeout(() => {
    if (
      socketStarted ||"""


def open_warm_socket_in_own_task(source: str) -> str:
    """state.js with the warm socket's set-up moved out of the module's evaluation task."""
    if _WARMUP_IN_OWN_TASK in source:
        return source
    if source.count(_WARMUP) != 1:
        raise StepDidNothing(
            NAME, STATE_JS, "the warm socket's start (queueMicrotask, then socketStarted) changed"
        )
    return source.replace(_WARMUP, _WARMUP_IN_OWN_TASK)


def patched_state_js(_in_build_folder: str) -> str:
    """The installed Reflex's state.js with the patch, whatever the build folder holds.

    Reflex copies its templates into a build folder only when it creates the folder, and
    later builds start from the copy on disk. Patching that copy would carry forward what an
    older version of this module wrote: the removed transition wrapper stayed in every build
    folder made before its removal. Starting from the installed template makes every build
    the same as one in a fresh folder.
    """
    return open_warm_socket_in_own_task(INSTALLED_STATE_JS.read_text(encoding="utf-8"))
