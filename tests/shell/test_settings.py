"""Deployment settings: safe defaults, and clear refusals of values that would break the app."""

import re
from pathlib import Path

import pytest

from twitch_app.settings import SETTINGS_DOC, SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_serve_localhost_3000_on_sqlite_in_the_data_folder():
    settings = load_settings({})
    assert settings.port == 3000
    assert settings.host == "127.0.0.1"
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("/data/twitch.db")
    assert settings.redis_url is None
    assert settings.emergency_number == "112"
    assert settings.emergency_tel == "tel:112"
    assert settings.allowed_origins == ("http://localhost:3000", "http://127.0.0.1:3000")
    assert "*" not in settings.allowed_origins


def test_environment_overrides_every_setting():
    settings = load_settings(
        {
            "PORT": "8080",
            "HOST": "0.0.0.0",
            "DATABASE_URL": "postgresql+psycopg://twitch@db/twitch",
            "REDIS_URL": "redis://cache:6379/0",
            "PUBLIC_URL": "https://twitch.example.org/",
            "ALLOWED_ORIGINS": "https://twitch.example.org, https://www.twitch.example.org",
            "API_URL": "https://api.twitch.example.org",
            "EMERGENCY_NUMBER": "999",
        }
    )
    assert settings.port == 8080 and settings.host == "0.0.0.0"
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.redis_url == "redis://cache:6379/0"
    assert settings.public_url == "https://twitch.example.org"
    assert settings.allowed_origins == (
        "https://twitch.example.org",
        "https://www.twitch.example.org",
    )
    assert settings.api_url == "https://api.twitch.example.org"
    assert settings.emergency_tel == "tel:999"


def test_api_url_defaults_to_the_public_url():
    assert load_settings({"PUBLIC_URL": "https://a.example"}).api_url == "https://a.example"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("EMERGENCY_NUMBER", "911; drop", "EMERGENCY_NUMBER"),
        ("EMERGENCY_NUMBER", "javascript:alert(1)", "EMERGENCY_NUMBER"),
        ("EMERGENCY_NUMBER", "1", "EMERGENCY_NUMBER"),
        ("PORT", "0", "PORT"),
        ("PORT", "http", "PORT"),
        ("PORT", "²", "PORT"),  # a digit to str.isdigit(), not to int()
        ("NEW_DEVICES_PER_MINUTE", "١٢", "NEW_DEVICES_PER_MINUTE"),
        ("ALLOWED_ORIGINS", "*", "ALLOWED_ORIGINS"),
        ("ALLOWED_ORIGINS", "https://ok.example,*", "ALLOWED_ORIGINS"),
        ("ALLOWED_ORIGINS", "ok.example", "ALLOWED_ORIGINS"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(name, value, message):
    with pytest.raises(SettingsError, match=message):
        load_settings({name: value})


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text()
    table_rows = re.findall(r"^\| `([A-Z_]+)` \|", readme, flags=re.MULTILINE)
    assert set(SETTINGS_DOC) <= set(table_rows), set(SETTINGS_DOC) - set(table_rows)
