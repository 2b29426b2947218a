"""Migrations on PostgreSQL: up from empty, down one step, up again, and schema == models."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from twitch_app.db import models  # noqa: F401  (registers the tables)
from twitch_app.devtools.scale import migrations

pytestmark = pytest.mark.scale

APP_TABLES = {table.name for table in SQLModel.metadata.sorted_tables}


def tables_in(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_from_empty_then_down_one_step_and_up_again(fresh_pg_url):
    script = ScriptDirectory.from_config(migrations.alembic_config(fresh_pg_url))
    head = script.get_current_head()
    assert tables_in(fresh_pg_url) == set()

    migrations.upgrade(fresh_pg_url)
    assert migrations.current_revision(fresh_pg_url) == head
    assert tables_in(fresh_pg_url) >= APP_TABLES

    # One step down lands on the previous release's schema (today: the empty one).
    previous = script.get_revision(head).down_revision
    migrations.downgrade(fresh_pg_url, "-1")
    assert migrations.current_revision(fresh_pg_url) == previous
    if previous is None:
        assert not APP_TABLES & tables_in(fresh_pg_url)

    migrations.upgrade(fresh_pg_url)
    assert migrations.current_revision(fresh_pg_url) == head
    assert tables_in(fresh_pg_url) >= APP_TABLES


def test_the_migrated_schema_matches_the_models(fresh_pg_url):
    migrations.upgrade(fresh_pg_url)
    engine = create_engine(fresh_pg_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection), SQLModel.metadata
            )
    finally:
        engine.dispose()
    assert differences == []
