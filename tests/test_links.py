"""The one link table: cards, routines and triage plans all read it, and it has no broken links."""

import pytest

from twitch_app import knowledge, links, routines
from twitch_app.links import (
    CAUSE_REMEDIES,
    CAUSE_ROUTINES,
    REMEDY_ROUTINES,
    link_problems,
)
from twitch_app.triage.plans import CAUSE_PLANS

KB = knowledge.load_knowledge()


def test_the_table_has_no_broken_or_unbacked_links() -> None:
    assert link_problems() == []


def test_a_one_way_or_contradictory_link_fails() -> None:
    # A routine linked to a cause without any of the cause's remedies practising it.
    broken = {**CAUSE_ROUTINES, "caffeine": ("calf_hamstring_stretch",)}
    assert any("not backed" in p for p in link_problems(cause_routines=broken))
    unknown = {**CAUSE_REMEDIES, "caffeine": ("no_such_remedy",)}
    assert any("unknown" in p for p in link_problems(cause_remedies=unknown))
    rare = {**CAUSE_ROUTINES, "rare_conditions": ("extended_exhale",)}
    assert any("rare" in p for p in link_problems(cause_routines=rare))


@pytest.mark.parametrize("card", KB.causes, ids=lambda c: c.id)
def test_cause_cards_show_exactly_the_table(card) -> None:
    assert card.remedies == CAUSE_REMEDIES[card.id]
    assert card.routines == CAUSE_ROUTINES[card.id]
    for remedy_id in card.remedies:
        assert card.id in KB.remedy(remedy_id).for_causes


@pytest.mark.parametrize("card", KB.remedies, ids=lambda c: c.id)
def test_remedy_cards_show_exactly_the_table(card) -> None:
    assert card.routines == REMEDY_ROUTINES[card.id]
    assert set(card.for_causes) == {c for c, r in CAUSE_REMEDIES.items() if card.id in r}


@pytest.mark.parametrize("routine", routines.all_routines(), ids=lambda r: r.id)
def test_routines_helps_lists_agree_with_the_cards(routine) -> None:
    assert set(routine.helps) == {c.id for c in KB.causes if routine.id in c.routines}
    assert set(routine.remedies) == {r.id for r in KB.remedies if routine.id in r.routines}


def test_triage_plans_are_the_cards_links() -> None:
    for cause_id, (remedies, plan_routines) in CAUSE_PLANS.items():
        assert remedies == KB.cause(cause_id).remedies
        assert plan_routines == KB.cause(cause_id).routines


def test_counts() -> None:
    assert links.causes_helped_by("calf_hamstring_stretch")
    total = sum(map(len, (*CAUSE_REMEDIES.values(), *CAUSE_ROUTINES.values())))
    assert total + sum(map(len, REMEDY_ROUTINES.values())) > 150
