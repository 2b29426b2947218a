"""Shared fixtures for the knowledge base tests."""

import pytest

from twitch_app.knowledge import KnowledgeBase, build_knowledge, load_knowledge


@pytest.fixture
def kb() -> KnowledgeBase:
    """The validated knowledge base, as the app sees it."""
    return load_knowledge()


@pytest.fixture
def raw_kb() -> KnowledgeBase:
    """A fresh, unvalidated copy that tests may break on purpose."""
    return build_knowledge()
