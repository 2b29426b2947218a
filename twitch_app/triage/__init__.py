"""Triage engine core: pure Python, no Reflex.

from twitch_app.triage import assess
result = assess({"areas": ["eyelid"], "lifestyle": {"caffeine_drinks_per_day": 5}})
result.urgency, result.causes[0].id, result.to_dict()
"""

from .engine import Assessment, assess
from .findings import Findings, FindingsError
from .findings_spec import Urgency
from .schema import findings_schema

__all__ = ["Assessment", "Findings", "FindingsError", "Urgency", "assess", "findings_schema"]
