// The player's clock maths: where a routine stands at time t. A port of
// twitch_app/routines/schedule.py over the compact plan (routines/player_plan.py); a browser
// test compares the two at many instants. Times are whole half seconds, so sums are exact.

// The routine laid out for `rounds` repeats of the cycle (kept compact: the cycle is not copied).
export function timeline(plan, rounds) {
  const sum = (list) => list.reduce((total, segment) => total + segment.seconds, 0);
  const introSeconds = sum(plan.intro);
  const cycleSeconds = sum(plan.cycle);
  const closingSeconds = sum(plan.closing);
  return {
    plan, rounds, introSeconds, cycleSeconds,
    total: introSeconds + rounds * cycleSeconds + closingSeconds,
  };
}

// The segment list a part of the timeline uses, and the time that part starts.
function locate(lines, t) {
  const { plan, rounds, introSeconds, cycleSeconds } = lines;
  if (t < introSeconds) return { list: plan.intro, offset: 0, round: null };
  const cycleEnd = introSeconds + rounds * cycleSeconds;
  if (t < cycleEnd && cycleSeconds > 0) {
    const round = Math.floor((t - introSeconds) / cycleSeconds);
    return { list: plan.cycle, offset: introSeconds + round * cycleSeconds, round: round + 1 };
  }
  return { list: plan.closing, offset: cycleEnd, round: null };
}

// Segments own their start instant but not their end (half-open), as in schedule.py.
export function positionAt(lines, t) {
  if (!(t >= 0)) throw new Error("t must be a number >= 0");
  if (t >= lines.total) {
    return { finished: true, index: null, segment: null, phaseLeft: 0, totalLeft: 0, progress: 1 };
  }
  const { list, offset, round } = locate(lines, t);
  let start = offset;
  for (let i = 0; i < list.length; i += 1) {
    const end = start + list[i].seconds;
    if (t < end) {
      const previous = i > 0 ? list[i - 1] : round > 1 ? list[list.length - 1] : null;
      const segment = previous && round > 1 && i === 0 ? { ...list[i], from: previous.to } : list[i];
      return {
        finished: false, index: `${round ?? "x"}:${list === lines.plan.intro ? "i" : list === lines.plan.cycle ? "c" : "e"}:${i}`,
        segment, start, end, phaseLeft: end - t, totalLeft: lines.total - t,
        progress: t / lines.total, round, rounds: lines.rounds,
      };
    }
    start = end;
  }
  return positionAt(lines, start); // t fell on a boundary past the part's last segment
}

// When the next phase begins (or the session ends), and its cue.
export function nextCue(lines, t) {
  const here = positionAt(lines, t);
  if (here.finished) return null;
  if (here.end >= lines.total) return { at: lines.total, cue: "Finished" };
  return { at: here.end, cue: positionAt(lines, here.end).segment.cue };
}

// Where "Skip step" jumps from t: the next phase in a breathing routine (plan.skip "phase":
// a cycle is one breath, and in, hold and out are its steps), else the next step (a pose and
// its hold, a muscle group). The same rule as schedule.skip_target; a browser test compares.
export function nextStepStart(lines, t) {
  const here = positionAt(lines, t);
  if (here.finished) return null;
  if (lines.plan.skip === "phase") return here.end;
  let at = here.end;
  while (at < lines.total) {
    const next = positionAt(lines, at);
    if (next.segment.step !== here.segment.step || next.round !== here.round) return at;
    at = next.end;
  }
  return lines.total;
}
