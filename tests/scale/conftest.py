"""Fixtures for the production path: local PostgreSQL and Redis (started when not running)."""

from __future__ import annotations

import re

import pytest

from twitch_app.devtools.scale import services


@pytest.fixture(scope="session")
def scale_services() -> None:
    services.start()


@pytest.fixture
def fresh_pg_url(scale_services, request) -> str:
    """A new empty PostgreSQL database named after the test."""
    name = "t_" + re.sub(r"\W", "_", request.node.name)[:50].lower()
    return services.fresh_database(name)
