"""The routine player: a React module in assets/ that keeps time in the browser."""

from __future__ import annotations

import reflex as rx

from twitch_app.state.relax import RelaxState


class RoutinePlayer(rx.Component):
    library = rx.asset("routine_player.jsx").importable_path
    tag = "RoutinePlayer"

    plan: rx.Var[dict]
    acked: rx.Var[list[str]]
    unsaved: rx.Var[list[str]]  # finished sessions the server could not store just now
    # Only milestones (started, finished): never a per-second event.
    on_report: rx.EventHandler[lambda payload: [payload]]


def routine_player(plan) -> rx.Component:
    return RoutinePlayer.create(
        plan=plan,
        acked=RelaxState.acked_sessions,
        unsaved=RelaxState.unsaved_sessions,
        on_report=RelaxState.report,
    )
