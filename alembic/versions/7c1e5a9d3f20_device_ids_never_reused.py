"""device ids never reused (SQLite AUTOINCREMENT)

Revision ID: 7c1e5a9d3f20
Revises: d283b25ad1ee
Create Date: 2026-12-04 03:40:00

SQLite without AUTOINCREMENT hands the highest deleted rowid to the next insert, so a device
deleted with "Delete everything" could see its id reused by a stranger's new device. The
table is rebuilt with AUTOINCREMENT; copying the rows seeds sqlite_sequence with today's
highest id. PostgreSQL's sequences never go back: nothing to do there.
"""

from typing import Sequence, Union

from alembic import op

revision: str = "7c1e5a9d3f20"
down_revision: Union[str, Sequence[str], None] = "d283b25ad1ee"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _rebuild_device(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "device", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass


def upgrade() -> None:
    _rebuild_device(True)


def downgrade() -> None:
    _rebuild_device(False)
