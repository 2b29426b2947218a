"""What the result page shows, built from the answers: plain strings and lists only, so a Reflex
state can hold it as is and the history can store it as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from twitch_app.content_links import cause_links, cause_route, remedy_links, routine_links
from twitch_app.triage import Assessment, Findings, Urgency, assess
from twitch_app.triage.findings_spec import Symptom
from twitch_app.triage.safeguards import is_child

from .flow import answers_to_findings
from .model import Answers
from .summary import CHILD_ACTIONS, URGENCY_WORDS, doctor_summary, flag_citations, flag_reasons

MAX_CAUSES = 4
# With weakness or a thinner muscle, the calm card on rare conditions answers the worry that
# usually comes with it; it is linked on its own, never ranked beside the everyday causes.
RARE_CARD_SYMPTOMS = frozenset({Symptom.WEAKNESS, Symptom.MUSCLE_WASTING})
RARE_CARD_ROUTE = cause_route("rare_conditions")


@dataclass(frozen=True)
class WizardResultView:
    urgency: str
    headline: str
    action: str
    check_again: str
    reassurance: str
    safety: str
    summary: str
    created: str
    # message, because, rule, source_title, source_url
    flags: list[dict[str, str]] = field(default_factory=list)
    causes: list[dict[str, str]] = field(default_factory=list)  # href, title, reasons
    remedies: list[dict[str, str]] = field(default_factory=list)  # href, title, text
    routine: dict[str, str] = field(default_factory=dict)  # href, title, text; may be empty
    show_rare_card: bool = False
    notes: list[str] = field(default_factory=list)  # for a child: the parent and tics notes

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _links(triples: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{"href": href, "title": title, "text": text} for href, title, text in triples]


def _sentence(reasons: tuple[str, ...]) -> str:
    text = "; ".join(reasons)
    return text[:1].upper() + text[1:]


def build_result(answers: Answers, now: datetime) -> tuple[WizardResultView, Assessment]:
    """The result page for these answers, and the engine's assessment behind it."""
    findings = Findings.from_dict(answers_to_findings(answers))
    assessment = assess(findings)
    return result_view(answers, findings, assessment, now), assessment


def result_view(
    answers: Answers, findings: Findings, assessment: Assessment, now: datetime
) -> WizardResultView:
    """The result page from an assessment already made of these answers (no second run)."""
    headline, action = URGENCY_WORDS[assessment.urgency]
    if is_child(findings):
        action = CHILD_ACTIONS[assessment.urgency]
    causes = [
        {"href": href, "title": title, "reasons": _sentence(match.reasons)}
        for match, (href, title, _) in zip(
            assessment.causes[:MAX_CAUSES],
            cause_links(match.id for match in assessment.causes[:MAX_CAUSES]),
            strict=True,
        )
    ]
    routines = _links(routine_links(assessment.routines[:1]))
    return WizardResultView(
        urgency=str(assessment.urgency),
        headline=headline,
        action=action,
        check_again=assessment.check_again.text,
        reassurance=assessment.reassurance,
        safety=assessment.safety,
        summary=doctor_summary(answers, assessment, now),
        created=f"{now:%d %b %Y, %H:%M}",
        flags=[
            {"message": m, "because": b, **cited}
            for (m, b), cited in zip(
                flag_reasons(assessment, answers), flag_citations(assessment), strict=True
            )
        ],
        causes=causes,
        remedies=_links(remedy_links(assessment.remedies)),
        routine=routines[0] if routines else {},
        show_rare_card=assessment.urgency is not Urgency.EMERGENCY
        and bool(findings.symptoms & RARE_CARD_SYMPTOMS),
        notes=list(assessment.notes),
    )
