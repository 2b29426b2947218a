"""Backups of the whole database or of one device's data, as JSON (core.py; cli.py)."""
