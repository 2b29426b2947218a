"""Routine content: every phase is described, evidence is cited, breath holds carry cautions."""

import pytest

from twitch_app.ids import ARTICLE_IDS, SRC_BREATHWORK_TRIAL
from twitch_app.routines import all_routines, get_routine
from twitch_app.routines.describe import what_you_will_do
from twitch_app.routines.models import PhaseKind, RoutineKind


@pytest.mark.parametrize("routine", all_routines(), ids=lambda r: r.id)
def test_what_you_will_do_names_every_phase(routine) -> None:
    text = " ".join(what_you_will_do(routine))
    for step in (*routine.intro, *routine.cycle, *routine.closing):
        for phase in step.phases:
            assert phase.instruction in text


def test_box_breathing_lists_both_holds() -> None:
    (line,) = what_you_will_do(get_routine("box_breathing"))
    assert "Hold the breath" in line and "Pause with empty lungs" in line and "in slowly" in line


@pytest.mark.parametrize("routine", all_routines(), ids=lambda r: r.id)
def test_each_routine_cites_evidence_beyond_the_articles(routine) -> None:
    assert set(routine.sources) - set(ARTICLE_IDS)


def test_the_patterns_the_trial_tested_cite_it() -> None:
    for routine_id in ("box_breathing", "cyclic_sighing"):
        assert SRC_BREATHWORK_TRIAL in get_routine(routine_id).sources


@pytest.mark.parametrize("routine", all_routines(), ids=lambda r: r.id)
def test_breath_holds_warn_pregnancy_heart_lung_and_children(routine) -> None:
    kinds = {p.kind for step in routine.cycle for p in step.phases}
    if routine.kind is RoutineKind.BREATHING and kinds & {PhaseKind.HOLD, PhaseKind.HOLD_EMPTY}:
        cautions = " ".join(routine.cautions).lower()
        for word in ("pregnant", "heart", "lung", "child"):
            assert word in cautions, (routine.id, word)
