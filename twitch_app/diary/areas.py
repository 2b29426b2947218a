"""The body areas' names in the diary (pure): one name each, the same words and case in the
form's chips, the log, the charts and the doctor summary (the export gives the check's
full label)."""

from __future__ import annotations

from twitch_app.wizard.questions_twitch import AREA_LABELS

# The symptom check's label without its hint: "Face (cheek, lips, jaw)" is "Face" here.
AREA_NAMES: dict[str, str] = {area: label.split(" (")[0] for area, label in AREA_LABELS.items()}


def area_name(area: str) -> str:
    return AREA_NAMES.get(area, area.replace("_", " ").capitalize())
