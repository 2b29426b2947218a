"""Property: no sequence of new tabs, second tabs, saves, deletes and reconnects lets a tab read
or write rows of a device whose secret it does not hold.

Each tab holds only what a browser holds (its secret) and resolves its device the way every
event does (resolve_device). The model remembers which secret each saved entry was written
under; every read must return exactly the live entries of the reader's own secret.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from twitch_app.db import device_data
from twitch_app.db import diary as store
from twitch_app.db.devices import resolve_device
from twitch_app.db.engine import get_engine, session_scope
from twitch_app.diary.entries import DiaryEntryCreate

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["open", "second_tab", "save", "delete", "read", "reconnect"]),
        st.integers(0, 7),
    ),
    min_size=1,
    max_size=40,
)


def entry(marker: int) -> DiaryEntryCreate:
    return DiaryEntryCreate(
        occurred_at=datetime(2026, 12, 1, 12, tzinfo=UTC),
        area="calf",
        intensity=3,
        notes=f"entry-{marker}",
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
def test_a_tab_only_ever_reaches_the_rows_of_the_secret_it_holds(tmp_path_factory, actions):
    url = f"sqlite:///{tmp_path_factory.mktemp('iso') / 'db.sqlite'}"
    SQLModel.metadata.create_all(get_engine(url))
    tabs: list[str] = [""]  # each tab's secret, as its browser holds it
    written: dict[str, set[str]] = {}  # secret -> notes saved under it and not deleted

    def resolve(tab: int) -> int:
        with session_scope(url) as session:
            device = resolve_device(session, secret=tabs[tab])
        if device.is_new:
            tabs[tab] = device.secret
            written.setdefault(device.secret, set())
        return device.device_id

    for marker, (action, index) in enumerate(actions):
        tab = index % len(tabs)
        if action == "open":
            tabs.append("")
        elif action == "second_tab":
            tabs.append(tabs[tab])  # the same phone, another tab: same localStorage
        elif action == "reconnect":
            pass  # a browser reconnects with what it holds: nothing else survives
        elif action == "save":
            device_id = resolve(tab)
            with session_scope(url) as session:
                store.add_entry(session, device_id=device_id, entry=entry(marker))
            written[tabs[tab]].add(f"entry-{marker}")
        elif action == "delete":
            device_id = resolve(tab)
            with session_scope(url) as session:
                device_data.delete_everything(session, device_id=device_id)
            written[tabs[tab]] = set()
            tabs[tab] = ""  # this tab forgets the key; other tabs keep the stale one
        else:
            device_id = resolve(tab)
            with session_scope(url) as session:
                seen = {row.notes for row in store.list_entries(session, device_id=device_id)}
            assert seen == written[tabs[tab]]
    get_engine(url).dispose()
