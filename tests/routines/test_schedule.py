"""Schedule maths: phase at time t, totals, next cue, boundaries and rounding."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twitch_app.routines import (
    PhaseKind,
    UnknownRoutineError,
    all_routines,
    build_schedule,
    get_routine,
    next_cue,
    position_at,
    total_seconds,
)
from twitch_app.routines.schedule import skip_target, skip_unit

ROUTINES = all_routines()
ROUTINE_CHOICES = [
    (routine.id, minutes) for routine in ROUTINES for minutes in routine.duration_choices
]


def cycle_phase_seconds(routine_id):
    return [item.seconds for step in get_routine(routine_id).cycle for item in step.phases]


def test_box_breathing_second_phase_starts_exactly_at_four_seconds():
    schedule = build_schedule("box_breathing", 5)
    just_before = position_at(schedule, 3.999)
    at_boundary = position_at(schedule, 4.0)
    assert just_before.index == 0 and just_before.segment.kind == PhaseKind.INHALE
    assert at_boundary.index == 1 and at_boundary.segment.kind == PhaseKind.HOLD
    assert at_boundary.phase_left == 4.0


def test_box_breathing_switches_exactly_every_four_seconds_for_twenty_minutes():
    schedule = build_schedule("box_breathing", 20)
    assert total_seconds(schedule) == 1200.0
    expected_kinds = [PhaseKind.INHALE, PhaseKind.HOLD, PhaseKind.EXHALE, PhaseKind.HOLD_EMPTY]
    for number, segment in enumerate(schedule.segments):
        # Exact equality on purpose: boundaries must not drift.
        assert segment.start == 4.0 * number
        assert segment.end == 4.0 * (number + 1)
        assert segment.kind == expected_kinds[number % 4]
        assert position_at(schedule, 4.0 * number).index == number
    assert len(schedule.segments) == 300


def test_schedule_is_finished_at_total_and_after():
    schedule = build_schedule("box_breathing", 2)
    total = total_seconds(schedule)
    for t in (total, total + 0.5, total * 10):
        position = position_at(schedule, t)
        assert position.finished
        assert position.index is None and position.segment is None
        assert position.progress == 1.0 and position.total_left == 0.0
        assert next_cue(schedule, t) is None
    last = position_at(schedule, total - 0.001)
    assert not last.finished and last.index == len(schedule.segments) - 1


def test_478_cycle_lasts_nineteen_seconds():
    assert cycle_phase_seconds("breathing_478") == [4, 7, 8]
    schedule = build_schedule("breathing_478", 2)
    assert total_seconds(schedule) == 19.0 * schedule.rounds
    second_cycle = [s for s in schedule.segments if s.round == 2]
    assert second_cycle[0].start == 19.0 and second_cycle[-1].end == 38.0


def test_coherent_breathing_rate_is_between_five_and_six_breaths_a_minute():
    breath_seconds = sum(cycle_phase_seconds("coherent_breathing"))
    assert 5 <= 60 / breath_seconds <= 6
    schedule = build_schedule("coherent_breathing", 10)
    inhales = [s for s in schedule.segments if s.kind == PhaseKind.INHALE]
    assert 5 <= len(inhales) / (total_seconds(schedule) / 60) <= 6


def test_cyclic_sighing_has_a_double_inhale_and_a_longer_exhale():
    kinds = [item.kind for step in get_routine("cyclic_sighing").cycle for item in step.phases]
    assert kinds == [PhaseKind.INHALE, PhaseKind.INHALE, PhaseKind.EXHALE]
    inhale_1, inhale_2, exhale = cycle_phase_seconds("cyclic_sighing")
    assert exhale > inhale_1 + inhale_2


def test_progressive_muscle_relaxation_tenses_about_5s_and_releases_10_to_15s():
    routine = get_routine("progressive_muscle_relaxation")
    for step in routine.cycle:
        (tense, release) = step.phases
        assert tense.kind == PhaseKind.TENSE and 4 <= tense.seconds <= 6
        assert release.kind == PhaseKind.RELEASE and 10 <= release.seconds <= 15


@pytest.mark.parametrize(("routine_id", "minutes"), ROUTINE_CHOICES)
def test_every_routine_lays_out_a_contiguous_timeline(routine_id, minutes):
    routine = get_routine(routine_id)
    schedule = build_schedule(routine_id, minutes)
    segments = schedule.segments
    assert segments[0].start == 0.0
    assert segments[0].scale_from == routine.start_scale
    for before, after in zip(segments, segments[1:], strict=False):
        assert after.start == before.end
        assert after.scale_from == before.scale_to
    assert [s.index for s in segments] == list(range(len(segments)))
    assert total_seconds(schedule) == routine.fixed_seconds + schedule.rounds * (
        routine.cycle_seconds
    )
    cycle_segments = [s for s in segments if s.part == "cycle"]
    assert {s.round for s in cycle_segments} == set(range(1, schedule.rounds + 1))


@pytest.mark.parametrize(("routine_id", "minutes"), ROUTINE_CHOICES)
def test_position_and_next_cue_agree_at_every_boundary(routine_id, minutes):
    schedule = build_schedule(routine_id, minutes)
    total = total_seconds(schedule)
    for segment in schedule.segments:
        middle = (segment.start + segment.end) / 2
        for t in (segment.start, middle):
            position = position_at(schedule, t)
            assert position.index == segment.index
            assert position.phase_left == segment.end - t
            assert position.total_left == total - t
            cue = next_cue(schedule, t)
            assert cue.at == segment.end
        if segment.index + 1 < len(schedule.segments):
            following = schedule.segments[segment.index + 1]
            assert (cue.index, cue.cue, cue.kind) == (
                following.index,
                following.cue,
                following.kind,
            )
        else:
            assert cue.index is None and cue.cue == "Finished"


@pytest.mark.parametrize(("routine_id", "minutes"), ROUTINE_CHOICES)
def test_duration_rounds_to_the_nearest_whole_cycle(routine_id, minutes):
    routine = get_routine(routine_id)
    schedule = build_schedule(routine_id, minutes)
    wanted = minutes * 60

    def miss(rounds):
        return abs(routine.fixed_seconds + rounds * routine.cycle_seconds - wanted)

    assert schedule.rounds >= 1
    assert schedule.requested_minutes == minutes
    # No other whole number of rounds gets closer; a tie goes to the longer session.
    if schedule.rounds > 1:
        assert miss(schedule.rounds) <= miss(schedule.rounds - 1)
    assert miss(schedule.rounds) < miss(schedule.rounds + 1)


def test_ties_round_up_and_short_durations_keep_one_cycle():
    # 2 minutes of 16 s box breaths is 7.5 cycles: halves round up.
    assert build_schedule("box_breathing", 2).rounds == 8
    # A 5 minute body scan fits one round; 1 minute still plays one full round.
    assert build_schedule("body_scan", 1).rounds == 1


def test_extended_exhale_fills_whole_minutes_exactly():
    for minutes in (2, 5, 10, 20):
        assert total_seconds(build_schedule("extended_exhale", minutes)) == minutes * 60


# No deadline: building a long schedule takes its time on a busy 2-core machine.
@settings(deadline=None)
@given(
    routine_id=st.sampled_from([routine.id for routine in ROUTINES]),
    minutes=st.integers(min_value=1, max_value=60),
    fraction=st.floats(min_value=0, max_value=1, exclude_max=True),
)
def test_position_at_any_time_lies_inside_its_segment(routine_id, minutes, fraction):
    schedule = build_schedule(routine_id, minutes)
    t = fraction * total_seconds(schedule)
    position = position_at(schedule, t)
    assert not position.finished
    assert position.segment.start <= t < position.segment.end
    assert 0 <= position.progress < 1
    assert next_cue(schedule, t).at > t


@pytest.mark.parametrize("minutes", [0, 61, -5, 2.5, True, "5", None])
def test_bad_minutes_are_refused(minutes):
    with pytest.raises(ValueError, match="minutes"):
        build_schedule("box_breathing", minutes)


def test_unknown_routine_is_refused():
    with pytest.raises(UnknownRoutineError, match="no_such_routine"):
        build_schedule("no_such_routine", 5)


@pytest.mark.parametrize("t", [-0.5, float("nan"), "3"])
def test_bad_times_are_refused(t):
    schedule = build_schedule("box_breathing", 2)
    with pytest.raises(ValueError, match="time"):
        position_at(schedule, t)
    with pytest.raises(ValueError, match="time"):
        next_cue(schedule, t)


def test_skip_step_moves_one_phase_of_a_breath_but_a_whole_pose_or_muscle_group():
    box = build_schedule("box_breathing", 5)
    assert skip_unit(box.kind) == "phase"
    assert skip_target(box, 1.0) == 4.0  # breathe in -> hold, not the next breath at 16 s
    assert skip_target(box, 13.5) == 16.0  # the last phase of a breath -> the next breath
    yoga = build_schedule("bedtime_yoga", 5)
    assert skip_unit(yoga.kind) == "step"
    pose = next(s for s in yoga.segments if s.step == "Child's pose")  # moving into it
    after = next(s for s in yoga.segments if s.start >= pose.end and s.step != "Child's pose")
    assert skip_target(yoga, pose.start + 1) == after.start  # past the hold, to the next pose
    pmr = build_schedule("progressive_muscle_relaxation", 10)
    tense = next(s for s in pmr.segments if s.part == "cycle")
    assert skip_target(pmr, tense.start) == tense.end + 15  # tense and let go are one group


@pytest.mark.parametrize(("routine_id", "minutes"), ROUTINE_CHOICES)
def test_skip_target_lies_ahead_and_ends_at_the_total(routine_id, minutes):
    schedule = build_schedule(routine_id, minutes)
    last = schedule.segments[-1]
    assert skip_target(schedule, last.start) == schedule.total
    assert skip_target(schedule, schedule.total) is None
    for segment in schedule.segments[:40]:
        target = skip_target(schedule, segment.start)
        assert segment.end <= target <= schedule.total
        assert target == schedule.total or position_at(schedule, target).segment.start == target
