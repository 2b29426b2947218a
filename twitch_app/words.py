"""Counts in words: "1 day", "2 days", "0 days" (pure; every package may use it)."""

from __future__ import annotations

# Words whose plural is not the singular plus "s".
_IRREGULAR = {"twitch": "twitches", "entry": "entries"}


def plural(count: int, word: str) -> str:
    """`count` and `word`, the word in the plural unless the count is exactly one."""
    return f"{count} {word if count == 1 else _IRREGULAR.get(word, word + 's')}"


def days_ago(days: int) -> str:
    """0 -> "today", 1 -> "yesterday", 5 -> "5 days ago"."""
    if days <= 0:
        return "today"
    return "yesterday" if days == 1 else f"{days} days ago"
