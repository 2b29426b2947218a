"""How the result reads an amount back: as the check asked it (pure).

The check's amounts come from its options (wizard/questions_life.py): a range stands for its
middle and the top answer for its lower end, and each reads back as it was answered ("4 or 5",
"7 to 14 units", "5 to 6 hours"); any other number (given to `assess` directly) is the person's
own and reads as it is. tests/wizard/test_flow.py holds every option of the check to its words.
"""

from __future__ import annotations


def number(value: float) -> str:
    """5.0 -> "5", 6.5 -> "6.5": how a person would say it."""
    return f"{value:g}"


def caffeine_words(cups: float) -> str:
    """4.5 -> "4 or 5", 6 -> "6 or more", 3 -> "3", 8 -> "8"."""
    return {1.5: "1 or 2", 4.5: "4 or 5", 6: "6 or more"}.get(cups, number(cups))


def alcohol_words(units: float) -> str:
    """10.5 -> "7 to 14 units", 15 -> "15 units or more", 20 -> "about 20 units"."""
    words = {3.5: "1 to 6 units", 10.5: "7 to 14 units", 15: "15 units or more"}
    return words.get(units, f"about {number(units)} units")


def sleep_words(hours: float) -> str:
    """4 -> "less than 5 hours", 5.5 -> "5 to 6 hours" (the check's ranges), 6 -> "about 6"."""
    if hours < 5:
        return "less than 5 hours"
    if hours == int(hours):
        return f"about {number(hours)} hours"
    return f"{int(hours)} to {int(hours) + 1} hours"
