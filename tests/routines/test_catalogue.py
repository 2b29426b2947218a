"""The catalogue: complete, within the shared vocabulary, and validated at load."""

from dataclasses import replace

import pytest

from twitch_app.ids import ROUTINE_IDS
from twitch_app.routines import (
    CatalogueError,
    PhaseKind,
    RoutineKind,
    all_routines,
    get_routine,
    validate_catalogue,
)
from twitch_app.routines.cautions import SEE_A_DOCTOR
from twitch_app.routines.models import Phase, Step

BOX = get_routine("box_breathing")


def test_every_shared_routine_id_is_in_the_catalogue_once():
    assert sorted(routine.id for routine in all_routines()) == sorted(ROUTINE_IDS)


def test_the_real_catalogue_passes_its_own_validation():
    registry = validate_catalogue(all_routines())
    assert set(registry) == set(ROUTINE_IDS)


def test_kinds_match_the_brief():
    kinds = {routine.id: routine.kind for routine in all_routines()}
    assert kinds["box_breathing"] == RoutineKind.BREATHING
    assert kinds["body_scan"] == RoutineKind.MEDITATION
    assert kinds["calf_hamstring_stretch"] == RoutineKind.YOGA
    assert set(kinds.values()) == set(RoutineKind)


def test_every_routine_says_when_to_see_a_doctor_and_cites_sources():
    for routine in all_routines():
        assert SEE_A_DOCTOR in routine.cautions
        assert routine.sources and routine.helps
        assert "rare_conditions" not in routine.helps


def replace_first_phase(routine, **changes):
    step = routine.cycle[0]
    broken = Step(step.title, (replace(step.phases[0], **changes), *step.phases[1:]))
    return replace(routine, cycle=(broken, *routine.cycle[1:]))


BROKEN = {
    "duplicate id": ([BOX, BOX], "used twice"),
    "id not in vocabulary": ([replace(BOX, id="made_up")], "vocabulary"),
    "zero seconds": ([replace_first_phase(BOX, seconds=0)], "positive"),
    "negative seconds": ([replace_first_phase(BOX, seconds=-4)], "positive"),
    "off the half-second grid": ([replace_first_phase(BOX, seconds=4.3)], "half-second"),
    "unknown phase kind": ([replace_first_phase(BOX, kind="wiggle")], "phase kind"),
    "empty cue": ([replace_first_phase(BOX, cue=" ")], "cue"),
    "scale out of range": ([replace_first_phase(BOX, scale=1.5)], "scale"),
    "unknown source": ([replace(BOX, sources=("A blog I once read",))], "sources"),
    "unknown cause": ([replace(BOX, helps=("stress",))], "cause ids"),
    "rare condition as a ranked cause": ([replace(BOX, helps=("rare_conditions",))], "must not"),
    "unknown remedy": ([replace(BOX, remedies=("breathing",))], "remedy ids"),
    "unknown red flag": ([replace(BOX, red_flags=("D15",))], "red flag"),
    "no doctor advice": ([replace(BOX, cautions=("Breathe gently.",))], "see-a-doctor"),
    "unsorted durations": ([replace(BOX, duration_choices=(10, 5))], "increasing"),
    "zero duration": ([replace(BOX, duration_choices=(0, 5))], "positive whole"),
    "empty cycle": ([replace(BOX, cycle=())], "cycle is empty"),
    "unknown routine kind": ([replace(BOX, kind="dance")], "unknown kind"),
    "breathing without an exhale": (
        [
            replace(
                BOX,
                cycle=(Step("In only", (Phase(PhaseKind.INHALE, "In", "Breathe in.", 4, 1.0),)),),
            )
        ],
        "inhale and an exhale",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validation_catches_broken_data(case):
    routines, expected = BROKEN[case]
    with pytest.raises(CatalogueError) as caught:
        validate_catalogue(routines)
    problems = caught.value.problems
    assert any(expected in problem for problem in problems), problems
    assert all(routines[0].id in problem for problem in problems)


def test_validation_reports_every_problem_not_just_the_first():
    broken = replace_first_phase(replace(BOX, sources=("Nope",)), seconds=0)
    with pytest.raises(CatalogueError) as caught:
        validate_catalogue([broken])
    assert len(caught.value.problems) == 2
