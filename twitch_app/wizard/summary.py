"""Plain words for the result, the link from each red flag back to an answer, and the doctor
summary: a short text that prints on one page and can be copied or downloaded.
"""

from __future__ import annotations

from datetime import datetime

from twitch_app.knowledge import load_knowledge
from twitch_app.triage import Assessment, Urgency
from twitch_app.triage.sources import SOURCES

from .flow import QUESTIONS_BY_ID, effective_answers, visible_questions
from .model import Answers

# Short names of the questions, as the summary and "because you said" lines show them.
TITLES: dict[str, str] = {
    "emergency_signs": "Emergency signs",
    "stiff_neck": "Stiff neck",
    "rash": "Rash that does not fade under a glass",
    "serotonin_signs": "Since the antidepressant or a higher dose",
    "leg_clot": "One leg swollen, red, warm or painful",
    "spine_signs": "Bladder, bowel, back",
    "dark_urine": "Dark urine",
    "dystonia": "Neck twisting, jaw clenching or eyes rolling up",
    "muscle_signs": "Muscle signs",
    "illness_signs": "Other symptoms",
    "areas": "Where",
    "eye_signs": "Eye",
    "when": "When",
    "legs_feeling": "Urge to move the legs",
    "duration": "How long",
    "comes_back": "Comes back",
    "frequency": "How often",
    "getting_worse": "Getting worse",
    "impact": "Effect on daily life",
    "caffeine": "Caffeine drinks a day",
    "alcohol": "Alcohol a week",
    "sleep": "Sleep a night (hours)",
    "stress": "Stress (0-10)",
    "exercise": "Hard training or physical work",
    "water": "Drinks enough water",
    "diet": "Varied diet",
    "food": "Seems to follow a food",
    "medicines": "Medicines",
    "conditions": "Health background",
    "family": "Runs in the family",
    "age": "Age",
}

# What to do now, written for a parent when the check is about a child under 16.
CHILD_ACTIONS: dict[Urgency, str] = {
    Urgency.EMERGENCY: (
        "Call your local emergency number now. Stay with your child until help arrives."
    ),
    Urgency.URGENT: (
        "Call your child's GP surgery today, or an urgent care line if it is closed. If things "
        "get worse quickly, call emergency services."
    ),
    Urgency.SEE_DOCTOR: (
        "Nothing you told us needs emergency care, but a doctor should see your child. Book an "
        "appointment with their GP and bring the summary below."
    ),
    Urgency.SELF_CARE: (
        "Nothing you told us needs a doctor right now. Try the steps below with your child, and "
        "check again if it lasts or anything new appears."
    ),
}

# (headline, what to do now) for each urgency.
URGENCY_WORDS: dict[Urgency, tuple[str, str]] = {
    Urgency.EMERGENCY: (
        "Get emergency help now",
        "Call your local emergency number now. Do not drive yourself. If someone is with you, "
        "ask them to stay with you until help arrives.",
    ),
    Urgency.URGENT: (
        "See a doctor today",
        "Call your GP surgery today, or an urgent care line if it is closed. If things get "
        "worse quickly, call emergency services.",
    ),
    Urgency.SEE_DOCTOR: (
        "Book a visit with your GP",
        "Nothing you told us needs emergency care, but a doctor should take a look. Book an "
        "appointment and bring the summary below.",
    ),
    Urgency.SELF_CARE: (
        "Self-care is a good first step",
        "Nothing you told us needs a doctor right now. Try the steps below, and check again "
        "if it lasts or anything new appears.",
    ),
}


def answer_lines(answers: Answers) -> list[tuple[str, str]]:
    """(question title, chosen answers) for every question asked, in order."""
    kept = effective_answers(answers)
    lines = []
    for question in visible_questions(answers):
        chosen = kept.get(question.id)
        labels = [question.option(option_id).label for option_id in chosen] if chosen else []
        lines.append((TITLES[question.id], "; ".join(labels) or "Not answered"))
    return lines


def explain_fields(fields: tuple[str, ...] | list[str], answers: Answers) -> str:
    """The answers behind findings fields (such as "symptoms.weakness"), as the person gave them:
    "Where: Eyelid, Calf; How long: More than 2 weeks". Empty if no answer matches.
    """
    said: dict[str, list[str]] = {}
    for question_id, chosen in effective_answers(answers).items():
        question = QUESTIONS_BY_ID[question_id]
        for option_id in chosen:
            option = question.option(option_id)
            # A list item matches "areas.eyelid" and the whole list "areas"; a value its path.
            if any(
                f in fields for path, value in option.findings for f in (path, f"{path}.{value}")
            ):
                labels = said.setdefault(TITLES[question_id], [])
                labels.append(option.label)
    return "; ".join(f"{title}: {', '.join(labels)}" for title, labels in said.items())


def explain_field(field: str, answers: Answers) -> str:
    return explain_fields((field,), answers)


def flag_reasons(assessment: Assessment, answers: Answers) -> list[tuple[str, str]]:
    """(red flag message, "You said ...") for every red flag raised."""
    reasons = []
    for flag in assessment.red_flags:
        said = explain_fields(flag.fields, answers)
        reasons.append((flag.message, f"You said: {said}" if said else ""))
    return reasons


def flag_citations(assessment: Assessment) -> list[dict[str, str]]:
    """{rule, source_title, source_url} for every red flag raised, in the same order."""
    citations = []
    for flag in assessment.red_flags:
        cited = SOURCES.get(flag.source)
        citations.append(
            {
                "rule": flag.id,
                "source_title": cited.title if cited else "",
                "source_url": cited.url if cited else "",
            }
        )
    return citations


def flag_sources(assessment: Assessment) -> list[str]:
    """ "Rule D3; source: NICE NG127 ... (address)" for every red flag raised, in the same order."""
    lines = []
    for flag in assessment.red_flags:
        cited = SOURCES.get(flag.source)
        where = f"; source: {cited.title} ({cited.url})" if cited else ""
        lines.append(f"Rule {flag.id}{where}")
    return lines


def doctor_summary(answers: Answers, assessment: Assessment, when: datetime) -> str:
    """A plain-text summary for a doctor: date, result, red flags, causes, answers."""
    kb = load_knowledge()
    headline, _ = URGENCY_WORDS[assessment.urgency]
    lines = [
        "Twitch Relief: symptom check summary",
        f"Date: {when:%d %B %Y, %H:%M} (UTC)",
        "This is a guide for a conversation with a doctor, not a diagnosis.",
        "",
        f"Result: {headline}",
        f"Check again: {assessment.check_again.text}",
    ]
    if assessment.red_flags:
        lines += ["", "Signs that need a doctor's view:"]
        reasons = zip(flag_reasons(assessment, answers), flag_sources(assessment), strict=True)
        for (message, because), cited in reasons:
            lines.append(f"- {message}" + (f" ({because})" if because else ""))
            lines.append(f"  [{cited}]")
    if assessment.notes:
        lines += ["", *assessment.notes]
    if assessment.causes:
        lines += ["", "Everyday causes that may play a part (most likely first):"]
        for cause in assessment.causes[:5]:
            lines.append(f"- {kb.cause(cause.id).title}: {'; '.join(cause.reasons)}")
    lines += ["", "Answers:"]
    lines += [f"- {title}: {said}" for title, said in answer_lines(answers)]
    return "\n".join(lines) + "\n"
