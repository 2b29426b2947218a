"""The validator catches each kind of broken card, with a message that names it."""

import dataclasses
from collections.abc import Callable

import pytest

from twitch_app.knowledge import (
    KnowledgeBase,
    KnowledgeError,
    find_problems,
    loader,
    validate_knowledge,
)


def replace_cause(kb: KnowledgeBase, cause_id: str, **changes: object) -> KnowledgeBase:
    causes = tuple(
        dataclasses.replace(card, **changes) if card.id == cause_id else card for card in kb.causes
    )
    return dataclasses.replace(kb, causes=causes)


def replace_remedy(kb: KnowledgeBase, remedy_id: str, **changes: object) -> KnowledgeBase:
    remedies = tuple(
        dataclasses.replace(card, **changes) if card.id == remedy_id else card
        for card in kb.remedies
    )
    return dataclasses.replace(kb, remedies=remedies)


def replace_first(kb: KnowledgeBase, field: str, **changes: object) -> KnowledgeBase:
    records = getattr(kb, field)
    return dataclasses.replace(
        kb, **{field: (dataclasses.replace(records[0], **changes),) + records[1:]}
    )


def with_coverage(kb: KnowledgeBase, fact: str, carriers: tuple[str, ...]) -> KnowledgeBase:
    return dataclasses.replace(kb, coverage={**kb.coverage, fact: carriers})


# Each case: how to break the content, and words the problem report must contain.
BREAKAGES: dict[str, tuple[Callable[[KnowledgeBase], KnowledgeBase], tuple[str, ...]]] = {
    "empty title": (lambda kb: replace_cause(kb, "caffeine", title="  "), ("'caffeine'", "title")),
    "empty summary": (lambda kb: replace_remedy(kb, "hydration", summary=""), ("'hydration'",)),
    "no synonyms": (
        lambda kb: replace_cause(kb, "alcohol", synonyms=()),
        ("'alcohol'", "synonyms"),
    ),
    "empty list entry": (
        lambda kb: replace_cause(kb, "alcohol", signs=("",)),
        ("'alcohol'", "empty entry"),
    ),
    "unknown category": (
        lambda kb: replace_cause(kb, "caffeine", category="Food"),
        ("'caffeine'", "category 'Food'"),
    ),
    "duplicate id": (
        lambda kb: dataclasses.replace(kb, causes=kb.causes + (kb.causes[0],)),
        ("duplicate id", "'stress_anxiety'"),
    ),
    "id shared across kinds": (
        lambda kb: replace_first(kb, "doctor_questions", id="caffeine"),
        ("duplicate id 'caffeine'",),
    ),
    "missing vocabulary card": (
        lambda kb: dataclasses.replace(
            kb, causes=tuple(c for c in kb.causes if c.id != "genetics")
        ),
        ("'genetics'", "missing"),
    ),
    "card outside the vocabulary": (
        lambda kb: replace_cause(kb, "genetics", id="family_traits"),
        ("'family_traits'", "vocabulary"),
    ),
    "unknown remedy link": (
        lambda kb: replace_cause(kb, "caffeine", remedies=("cut_caffeine_alcohol", "tea_ban")),
        ("'caffeine'", "'tea_ban'"),
    ),
    "unknown cause link": (
        lambda kb: replace_remedy(kb, "hydration", for_causes=("dehydration", "thirst")),
        ("'hydration'", "'thirst'"),
    ),
    "one-way link": (
        lambda kb: replace_remedy(
            kb,
            "potassium_foods",
            for_causes=("potassium_deficiency", "caffeine"),
        ),
        ("one-way", "'caffeine'", "'potassium_foods'"),
    ),
    "unknown routine": (
        lambda kb: replace_cause(kb, "caffeine", routines=("box_breathing", "yodel")),
        ("'caffeine'", "'yodel'"),
    ),
    "unknown body area": (
        lambda kb: replace_cause(kb, "caffeine", body_areas=("elbow",)),
        ("'elbow'",),
    ),
    "unknown red flag": (
        lambda kb: replace_cause(kb, "caffeine", red_flags=("D99",)),
        ("'D99'",),
    ),
    "listed twice": (
        lambda kb: replace_cause(kb, "caffeine", red_flags=("D1", "D1")),
        ("'D1' twice",),
    ),
    "unsourced card": (
        lambda kb: replace_remedy(kb, "worry_less", sources=()),
        ("'worry_less'", "sources"),
    ),
    "unknown source title": (
        lambda kb: replace_cause(kb, "caffeine", sources=("Coffee Weekly",)),
        ("'caffeine'", "'Coffee Weekly'"),
    ),
    "duplicate source": (
        lambda kb: dataclasses.replace(kb, sources=kb.sources + (kb.sources[0],)),
        ("duplicate source",),
    ),
    "bad red flag level": (
        lambda kb: replace_first(kb, "red_flags", level="whenever"),
        ("'D1'", "'whenever'"),
    ),
    "bad doctor check kind": (
        lambda kb: replace_first(kb, "doctor_checks", kind="guess"),
        ("'guess'",),
    ),
    "unknown parent type": (
        lambda kb: dataclasses.replace(
            kb,
            types=tuple(dataclasses.replace(t, parent="T9") if t.parent else t for t in kb.types),
        ),
        ("'T9'",),
    ),
    "rare card not rare": (
        lambda kb: replace_cause(kb, "rare_conditions", rare=False),
        ("'rare_conditions'", "rare=True"),
    ),
    "rare card in an everyday category": (
        lambda kb: replace_cause(kb, "rare_conditions", category="Lifestyle"),
        ("'rare_conditions'", "Medical conditions"),
    ),
    "coverage points nowhere": (
        lambda kb: with_coverage(kb, "C2", ("caffeine", "no_such_card")),
        ("coverage", "'no_such_card'"),
    ),
    "coverage drops its own card": (
        lambda kb: with_coverage(kb, "C2", ("cut_caffeine_alcohol",)),
        ("coverage", "'C2'", "'caffeine'"),
    ),
    "coverage with no carrier": (
        lambda kb: with_coverage(kb, "T5", ()),
        ("coverage", "'T5'"),
    ),
    "number drifts on a card": (
        lambda kb: replace_remedy(kb, "sleep_routine", how_much=("Sleep 6 hours a night.",)),
        ("'sleep_routine'", "'7 to 9 hours'"),
    ),
}


def test_the_real_content_has_no_problems(raw_kb: KnowledgeBase) -> None:
    assert find_problems(raw_kb) == []
    assert validate_knowledge(raw_kb) is raw_kb


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_each_kind_of_breakage_is_reported(raw_kb: KnowledgeBase, case: str) -> None:
    breaker, expected_words = BREAKAGES[case]
    problems = find_problems(breaker(raw_kb))
    assert problems, f"{case} was not caught"
    assert any(all(word in problem for word in expected_words) for problem in problems), problems


@pytest.mark.parametrize("case", ["empty title", "unknown remedy link", "coverage points nowhere"])
def test_validate_raises_a_clear_error(raw_kb: KnowledgeBase, case: str) -> None:
    breaker, expected_words = BREAKAGES[case]
    with pytest.raises(KnowledgeError) as caught:
        validate_knowledge(breaker(raw_kb))
    assert caught.value.problems
    assert all(word in str(caught.value) for word in expected_words)


def test_every_problem_is_listed_at_once(raw_kb: KnowledgeBase) -> None:
    broken = replace_cause(raw_kb, "caffeine", title="", category="Food")
    with pytest.raises(KnowledgeError) as caught:
        validate_knowledge(broken)
    assert len(caught.value.problems) == 2
    assert "2 problem(s)" in str(caught.value)


def test_a_broken_card_stops_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    broken_card = dataclasses.replace(loader.EVERYDAY_CAUSES[0], sources=())
    monkeypatch.setattr(loader, "EVERYDAY_CAUSES", (broken_card, *loader.EVERYDAY_CAUSES[1:]))
    with pytest.raises(KnowledgeError, match="stress_anxiety"):
        loader.load_knowledge.__wrapped__()  # the uncached loader, as at app start-up
