"""Checks that run whenever the knowledge base loads.

`find_problems()` returns every problem as a readable sentence naming the record, so one run shows
all mistakes at once; `validate_knowledge()` raises KnowledgeError if there are any.
"""

from collections import Counter
from collections.abc import Collection
from dataclasses import fields

from twitch_app.ids import (
    ALL_CAUSE_IDS,
    BODY_AREA_IDS,
    CAUSE_IDS,
    RED_FLAG_IDS,
    REMEDY_IDS,
    ROUTINE_IDS,
    SOURCE_IDS,
    SRC_FORUM,
)
from twitch_app.knowledge.models import KnowledgeBase, Record, Source
from twitch_app.knowledge.taxonomy import (
    CATEGORIES,
    CAUSE_FACT_IDS,
    DATE_KINDS,
    RARE_CATEGORY,
    RED_FLAG_LEVELS,
    REMEDY_FACT_IDS,
    SOURCE_GRADES,
)

# Fields that may be left empty; every other field of a record must have content.
OPTIONAL_FIELDS: frozenset[str] = frozenset(
    {
        "parent",
        "also_called",
        "related_causes",
        "related_remedies",
        "routines",
        "body_areas",
        "examples",
        "doctor_checks",
        "evidence_note",
        "rare",
        "how_much",
    }
)

DOCTOR_CHECK_KINDS: tuple[str, ...] = ("visit", "test", "treatment")


class KnowledgeError(ValueError):
    """The knowledge base content is broken; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"knowledge base has {len(problems)} problem(s):\n{listing}")


def _label(record: Record) -> str:
    return f"{type(record).__name__} {record.id!r}"


def _text_of(record: Record) -> str:
    """All the words of a record, to search for key phrases."""
    parts: list[str] = []
    for value in (getattr(record, f.name) for f in fields(record)):
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            parts.extend(item for item in value if isinstance(item, str))
    return " ".join(parts)


def _check_required(record: Record) -> list[str]:
    problems = []
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, tuple) and any(isinstance(v, str) and not v.strip() for v in value):
            problems.append(f"{_label(record)}: field {f.name!r} holds an empty entry")
        if f.name in OPTIONAL_FIELDS:
            continue
        is_empty = not value.strip() if isinstance(value, str) else value == ()
        if is_empty:
            problems.append(f"{_label(record)}: required field {f.name!r} is empty")
    return problems


def _check_links(record: Record, field_name: str, known: Collection[str]) -> list[str]:
    values = getattr(record, field_name)
    problems = [
        f"{_label(record)}: {field_name} links to unknown id {value!r}"
        for value in values
        if value not in known
    ]
    repeats = [value for value, count in Counter(values).items() if count > 1]
    problems += [f"{_label(record)}: {field_name} lists {value!r} twice" for value in repeats]
    return problems


def _check_ids(kb: KnowledgeBase) -> list[str]:
    problems = []
    all_ids = [record.id for record in kb.records()]
    for record_id, count in Counter(all_ids).items():
        if count > 1:
            problems.append(f"duplicate id {record_id!r} is used {count} times")
    expectations = (
        ("cause card", {c.id for c in kb.causes}, set(ALL_CAUSE_IDS)),
        ("remedy card", {r.id for r in kb.remedies}, set(REMEDY_IDS)),
        ("red flag", {f.id for f in kb.red_flags}, set(RED_FLAG_IDS)),
    )
    for kind, present, expected in expectations:
        problems += [f"{kind} {i!r} is missing" for i in sorted(expected - present)]
        problems += [
            f"{kind} {i!r} is not in the shared vocabulary" for i in sorted(present - expected)
        ]
    return problems


def _check_source_record(source: Source) -> list[str]:
    label = f"Source {source.id!r}"
    problems = [
        f"{label}: required field {name!r} is empty"
        for name in ("id", "publisher", "title", "about")
        if not getattr(source, name).strip()
    ]
    if source.grade not in SOURCE_GRADES:
        problems.append(f"{label}: grade {source.grade!r} is not one of {SOURCE_GRADES}")
    if source.date_kind not in DATE_KINDS:
        problems.append(f"{label}: date kind {source.date_kind!r} is not one of {DATE_KINDS}")
    if (source.date == "") != (source.date_kind == "unknown"):
        problems.append(f"{label}: a date needs its kind, and an unknown date no date")
    if source.url and not source.url.startswith("https://"):
        problems.append(f"{label}: the address must start with https://")
    if not source.url and not source.file_name:
        problems.append(f"{label}: needs an address (only the kept articles may go without)")
    return problems


def _check_sources(kb: KnowledgeBase) -> list[str]:
    ids = {source.id for source in kb.sources}
    problems = [f"source {i!r} is missing" for i in SOURCE_IDS if i not in ids]
    problems += [
        f"source {i!r} is not in the shared vocabulary" for i in sorted(ids - set(SOURCE_IDS))
    ]
    for source in kb.sources:
        problems += _check_source_record(source)
    for name in ("id", "title"):
        for value, count in Counter(getattr(source, name) for source in kb.sources).items():
            if count > 1:
                problems.append(f"duplicate source {name} {value!r}")
    for record in kb.records():
        problems += [
            f"{_label(record)}: cites unknown source {source_id!r}"
            for source_id in record.sources
            if source_id not in ids
        ]
        if SRC_FORUM in record.sources and len(set(record.sources)) == 1:
            problems.append(f"{_label(record)}: the forum post may not be its only source")
    return problems


def _check_claims(kb: KnowledgeBase) -> list[str]:
    by_id = {record.id: record for record in kb.records()}
    source_ids = {source.id for source in kb.sources}
    problems = []
    for claim in kb.claims:
        label = f"claim {claim.id!r}"
        if not claim.sources or not claim.carriers:
            problems.append(f"{label}: needs at least one source and one carrier")
        problems += [
            f"{label}: cites unknown source {s!r}" for s in claim.sources if s not in source_ids
        ]
        for carrier in claim.carriers:
            record = by_id.get(carrier)
            if record is None:
                problems.append(f"{label}: carrier {carrier!r} is not a record")
                continue
            if claim.key_phrase.lower() not in _text_of(record).lower():
                problems.append(f"{label}: {_label(record)} does not say {claim.key_phrase!r}")
            missing = [s for s in claim.sources if s not in record.sources]
            if missing:
                problems.append(f"{label}: {_label(record)} does not cite {missing}")
    for claim_id, count in Counter(claim.id for claim in kb.claims).items():
        if count > 1:
            problems.append(f"duplicate claim id {claim_id!r}")
    return problems


def _check_causes_and_remedies(kb: KnowledgeBase) -> list[str]:
    cause_ids = {card.id for card in kb.causes}
    remedy_ids = {card.id for card in kb.remedies}
    flag_ids = {flag.id for flag in kb.red_flags}
    check_ids = {check.id for check in kb.doctor_checks}
    problems = []
    for card in kb.causes:
        problems += _check_links(card, "remedies", remedy_ids)
        problems += _check_links(card, "red_flags", flag_ids)
        problems += _check_links(card, "routines", ROUTINE_IDS)
        problems += _check_links(card, "body_areas", BODY_AREA_IDS)
        problems += _check_links(card, "doctor_checks", check_ids)
        if card.category not in CATEGORIES:
            problems.append(
                f"{_label(card)}: category {card.category!r} is not one of {CATEGORIES}"
            )
        if card.rare and card.category != RARE_CATEGORY:
            problems.append(f"{_label(card)}: a rare card must have category {RARE_CATEGORY!r}")
    if "rare_conditions" in cause_ids and not kb.cause("rare_conditions").rare:
        problems.append("CauseCard 'rare_conditions' must be marked rare=True")
    for remedy in kb.remedies:
        problems += _check_links(remedy, "for_causes", cause_ids)
        problems += _check_links(remedy, "routines", ROUTINE_IDS)
    # Links run both ways, so a cause card and its remedy card can never disagree.
    for cause in kb.causes:
        for remedy in kb.remedies:
            if (remedy.id in cause.remedies) != (cause.id in remedy.for_causes):
                problems.append(
                    f"link between cause {cause.id!r} and remedy {remedy.id!r} is one-way; "
                    "list it on both cards or on neither"
                )
    return problems


def _check_types_flags_and_doctor(kb: KnowledgeBase) -> list[str]:
    cause_ids = {card.id for card in kb.causes}
    remedy_ids = {card.id for card in kb.remedies}
    type_ids = {kind.id for kind in kb.types}
    problems = []
    for kind in kb.types:
        problems += _check_links(kind, "related_causes", cause_ids)
        problems += _check_links(kind, "related_remedies", remedy_ids)
        if kind.parent is not None and kind.parent not in type_ids:
            problems.append(f"{_label(kind)}: parent {kind.parent!r} is not a known twitch type")
    for flag in kb.red_flags:
        if flag.level not in RED_FLAG_LEVELS:
            problems.append(f"{_label(flag)}: level {flag.level!r} is not one of {RED_FLAG_LEVELS}")
    for check in kb.doctor_checks:
        if check.kind not in DOCTOR_CHECK_KINDS:
            problems.append(
                f"{_label(check)}: kind {check.kind!r} is not one of {DOCTOR_CHECK_KINDS}"
            )
    return problems


def _check_coverage(kb: KnowledgeBase) -> list[str]:
    by_id = {record.id: record for record in kb.records()}
    problems = []
    for fact, carriers in kb.coverage.items():
        if not carriers:
            problems.append(f"coverage: fact {fact!r} is carried by no record")
        problems += [
            f"coverage: fact {fact!r} points at unknown record {carrier!r}"
            for carrier in carriers
            if carrier not in by_id
        ]
    # Each shared card must have its fact id written down, and appear under it.
    problems += [
        f"coverage: {card_id!r} has no fact id in knowledge/taxonomy.py"
        for card_id in (*CAUSE_IDS, *REMEDY_IDS)
        if card_id not in CAUSE_FACT_IDS and card_id not in REMEDY_FACT_IDS
    ]
    own_facts = {**CAUSE_FACT_IDS, **REMEDY_FACT_IDS}
    records: tuple[Record, ...] = (*kb.types, *kb.red_flags, *kb.doctor_questions, *kb.number_facts)
    own_facts.update({record.id: record.id for record in records})
    for record_id, fact in own_facts.items():
        if record_id in by_id and record_id not in kb.coverage.get(fact, ()):
            problems.append(f"coverage: fact {fact!r} does not list its own card {record_id!r}")
    # A number must read the same on every card that carries it.
    for number in kb.number_facts:
        for carrier in kb.coverage.get(number.id, ()):
            record = by_id.get(carrier)
            if record is not None and number.key_phrase.lower() not in _text_of(record).lower():
                problems.append(
                    f"coverage: {_label(record)} carries {number.id!r} but does not say "
                    f"{number.key_phrase!r}"
                )
    return problems


def find_problems(kb: KnowledgeBase) -> list[str]:
    """Every problem in the knowledge base, as readable sentences; empty when all is well."""
    problems: list[str] = []
    for record in kb.records():
        problems += _check_required(record)
    problems += _check_ids(kb)
    problems += _check_sources(kb)
    problems += _check_causes_and_remedies(kb)
    problems += _check_types_flags_and_doctor(kb)
    problems += _check_coverage(kb)
    problems += _check_claims(kb)
    return problems


def validate_knowledge(kb: KnowledgeBase) -> KnowledgeBase:
    """Return `kb` unchanged if it is sound; raise KnowledgeError listing every problem if not."""
    problems = find_problems(kb)
    if problems:
        raise KnowledgeError(problems)
    return kb
