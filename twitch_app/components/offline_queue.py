"""The device's queue of writes (assets/offline_queue.js) as components.

QueueSync, in every page's shell, sends what is queued once there is a connection, so a
diary entry or routine session kept offline is sent from whichever page is open. It renders
nothing and loads the queue's code only when something is queued. DiaryQueue wraps the
diary's form and log: it keeps every save on the device until the server has answered,
and offline it queues saves, edits and deletes and shows them as "waiting to sync".
"""

from __future__ import annotations

import reflex as rx

from twitch_app.state.diary_sync import DiarySyncState
from twitch_app.state.relax import RelaxState


class QueueSync(rx.Component):
    library = rx.asset("queue_sync.jsx").importable_path
    tag = "QueueSync"

    # One event per queued write, when it is sent: never a timer.
    on_diary: rx.EventHandler[lambda op: [op]]
    on_session: rx.EventHandler[lambda payload: [payload]]


class DiaryQueue(rx.Component):
    library = rx.asset("diary_queue.jsx").importable_path
    tag = "DiaryQueue"


def queue_sync() -> rx.Component:
    return QueueSync.create(on_diary=DiarySyncState.sync_write, on_session=RelaxState.report)


def diary_queue(*children: rx.Component) -> rx.Component:
    return DiaryQueue.create(*children)
