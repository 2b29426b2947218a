"""transfer moves: what a transfer code brought, so it can be seen and undone

Revision ID: 5d4c3b2a1e0f
Revises: 2ba8c7047be1
Create Date: 2026-12-04 04:50:00

"""

from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "5d4c3b2a1e0f"
down_revision: Union[str, Sequence[str], None] = "2ba8c7047be1"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "transfermove",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("from_device_id", sa.Integer(), nullable=False),
        sa.Column("moved_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("moved_count", sa.Integer(), nullable=False),
        sa.Column("moved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("undone_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transfermove", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfermove_device_id"), ["device_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("transfermove", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfermove_device_id"))
    op.drop_table("transfermove")
