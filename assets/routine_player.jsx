// The routine player. The clock lives here, in the browser: every position is derived from
// Date.now() and the moments of start, pause and skip, never from counting ticks, so a hidden
// page or a locked phone comes back at the right step. The backend hears only "started" and
// "finished" (plus the optional feeling): a handful of events per session, never one a second.
import { useEffect, useRef, useState } from "react";
import { nextStepStart, positionAt, timeline } from "./player_clock.js";
import { change, enqueue, newId } from "./offline_queue.js";

const PREPARE_SECONDS = 3;
const CUES_KEY = "twitch-relief:cues";
const VIBRATION = { inhale: [60], exhale: [180], hold: [30, 60, 30], hold_empty: [30, 60, 30],
  tense: [120, 60, 120], release: [250], bell: [40] };
const TONE = { inhale: 440, exhale: 330, hold: 392, hold_empty: 349, tense: 494, release: 294, bell: 523 };

function loadCues() {
  try { return { sound: true, voice: false, vibrate: true, ...JSON.parse(localStorage.getItem(CUES_KEY) || "{}") }; }
  catch { return { sound: true, voice: false, vibrate: true }; }
}
// A finished session goes into the device's queue (offline_queue.js), which sends it from
// whichever page is open once there is a connection, and keeps it until the server has it.
function keep(r, session) {
  const summary = `${session.routineId} session`;
  if (r.opId && change(r.opId, { data: session, summary })) return;
  r.opId = newId(); // the first one is on its way: this one carries the feeling
  enqueue({ op: r.opId, kind: "session", data: session, summary });
}
// The feeling after a session, compared with before it (routines/reports.py keeps 1 to 5).
const FEELINGS = [[1, "Much worse"], [2, "A bit worse"], [3, "The same"], [4, "A bit better"], [5, "Much better"]];
function clock(seconds) {
  const whole = Math.max(0, Math.ceil(seconds - 1e-9));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

function useCuePlayer(cues) {
  const audio = useRef(null);
  return {
    unlock() {
      if (!audio.current && (window.AudioContext || window.webkitAudioContext)) {
        audio.current = new (window.AudioContext || window.webkitAudioContext)();
      }
      audio.current?.resume?.();
    },
    play(segment) {
      if (!segment) return;
      if (cues.sound && audio.current) {
        const ctx = audio.current, osc = ctx.createOscillator(), gain = ctx.createGain();
        osc.frequency.value = TONE[segment.kind] || 392;
        gain.gain.setValueAtTime(0.0001, ctx.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.12, ctx.currentTime + 0.05);
        gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.6);
        osc.connect(gain).connect(ctx.destination);
        osc.start(); osc.stop(ctx.currentTime + 0.65);
      }
      if (cues.voice && window.speechSynthesis) {
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(new SpeechSynthesisUtterance(segment.cue));
      }
      if (cues.vibrate && navigator.vibrate) navigator.vibrate(VIBRATION[segment.kind] || [40]);
    },
  };
}

function useWakeLock(active) {
  useEffect(() => {
    if (!active || !navigator.wakeLock) return;
    let lock = null, cancelled = false;
    const take = () => navigator.wakeLock.request("screen")
      .then((l) => { if (cancelled) l.release(); else lock = l; }).catch(() => {});
    // The browser drops the lock when the page is hidden: take it again on return.
    const onVisible = () => { if (document.visibilityState === "visible") take(); };
    take();
    document.addEventListener("visibilitychange", onVisible);
    return () => { cancelled = true; lock?.release(); document.removeEventListener("visibilitychange", onVisible); };
  }, [active]);
}

// While a session is under way the page says so on <html>, and the install and iOS offers
// stay away (assets/pwa_prompts.jsx): a custom pattern plays on /relax, where they may show.
function useSessionMark(active) {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    root.dataset.session = "running";
    window.dispatchEvent(new Event("twitch-session"));
    return () => {
      delete root.dataset.session;
      window.dispatchEvent(new Event("twitch-session"));
    };
  }, [active]);
}

export function RoutinePlayer({ plan, acked = [], unsaved = [], onReport }) {
  const [lengthLabel, setLengthLabel] = useState(plan.lengths[0]?.label);
  const [cues, setCues] = useState({ sound: true, voice: false, vibrate: true });
  const [status, setStatus] = useState("idle"); // idle | preparing | running | paused | finished
  const [view, setView] = useState(null);
  const [feeling, setFeeling] = useState(null);
  const run = useRef(null); // {id, startWall, pausedMs, pausedAt, skipMs, total, lines, lastIndex, ...}
  const frame = useRef(null);
  const shape = useRef(null);
  const pauseButton = useRef(null);
  const timer = useRef(null);
  const endTitle = useRef(null);
  const wasIdle = useRef(true);
  const cuePlayer = useCuePlayer(cues);
  const length = plan.lengths.find((l) => l.label === lengthLabel) || plan.lengths[0];
  useWakeLock(status === "running" || status === "preparing");
  useSessionMark(status !== "idle" && status !== "finished");
  // Keyboard and screen-reader focus follows the session: onto Pause when it starts (the
  // Start button is gone), onto the closing heading when it ends.
  useEffect(() => {
    const idle = status === "idle" || status === "finished";
    if (status === "preparing" && wasIdle.current) {
      const box = timer.current?.getBoundingClientRect();
      const bar = pauseButton.current?.parentElement?.getBoundingClientRect();
      if (box && bar && (box.top < 0 || box.bottom > bar.top)) timer.current.scrollIntoView({ block: "center" });
      pauseButton.current?.focus({ preventScroll: true });
    }
    if (status === "finished" && !wasIdle.current) endTitle.current?.focus();
    wasIdle.current = idle;
  }, [status]);

  useEffect(() => { setCues(loadCues()); }, []);
  useEffect(() => { localStorage.setItem(CUES_KEY, JSON.stringify(cues)); }, [cues]);
  const elapsed = () => {
    const r = run.current, now = r.pausedAt ?? Date.now();
    return (now - r.startWall - r.pausedMs + r.skipMs) / 1000;
  };
  const tick = () => {
    const r = run.current;
    if (!r) return;
    if (r.phase === "preparing") {
      const left = PREPARE_SECONDS - (Date.now() - r.prepareWall) / 1000;
      if (left > 0) { setView({ prepare: Math.ceil(left) }); frame.current = requestAnimationFrame(tick); return; }
      r.phase = "running"; r.startWall = Date.now(); setStatus("running");
    }
    const t = elapsed();
    const pos = positionAt(r.lines, t);
    if (pos.finished) { finish(true); return; }
    if (pos.index !== r.lastIndex) { r.lastIndex = pos.index; cuePlayer.play(pos.segment); }
    const seg = pos.segment, within = seg.seconds ? (seg.seconds - pos.phaseLeft) / seg.seconds : 1;
    const scale = 0.55 + 0.45 * (seg.from + (seg.to - seg.from) * within);
    if (shape.current) shape.current.style.transform = `scale(${scale.toFixed(3)})`;
    const next = { index: pos.index, phaseLeft: Math.ceil(pos.phaseLeft - 1e-9), totalLeft: Math.ceil(pos.totalLeft - 1e-9),
      progress: Math.round(pos.progress * 100), segment: seg, round: pos.round, rounds: pos.rounds };
    setView((old) => (old && old.index === next.index && old.phaseLeft === next.phaseLeft
      && old.totalLeft === next.totalLeft && old.progress === next.progress ? old : next));
    if (r.pausedAt == null) frame.current = requestAnimationFrame(tick);
  };
  // rAF stops while the page is hidden; on return the position is recomputed from the clock.
  useEffect(() => {
    const onVisible = () => { if (document.visibilityState === "visible" && run.current && run.current.pausedAt == null) {
      cancelAnimationFrame(frame.current); frame.current = requestAnimationFrame(tick); } };
    document.addEventListener("visibilitychange", onVisible);
    return () => { document.removeEventListener("visibilitychange", onVisible); cancelAnimationFrame(frame.current); };
  }, []);

  const start = () => {
    cuePlayer.unlock();
    const lines = timeline(plan, length.rounds);
    run.current = { id: newId(), prepareWall: Date.now(), startWall: 0, pausedMs: 0, pausedAt: null, skipMs: 0,
      pauses: 0, lines, lastIndex: null, phase: "preparing", startedAt: new Date().toISOString() };
    setFeeling(null); setStatus("preparing");
    onReport?.({ type: "started", routineId: plan.routineId, clientId: run.current.id });
    frame.current = requestAnimationFrame(tick);
  };
  // Pause works in the get-ready countdown too: focus lands on it as the session starts.
  const pause = () => { const r = run.current; if (r.pausedAt != null) return; r.pausedAt = Date.now(); r.pauses += 1; cancelAnimationFrame(frame.current); setStatus("paused"); };
  const resume = () => {
    const r = run.current, waited = Date.now() - r.pausedAt;
    if (r.phase === "preparing") r.prepareWall += waited; else r.pausedMs += waited;
    r.pausedAt = null; setStatus(r.phase); frame.current = requestAnimationFrame(tick);
  };
  const skip = () => {
    const r = run.current;
    if (r.phase !== "running") return;
    const t = elapsed(), at = nextStepStart(r.lines, t);
    if (at == null) return;
    r.skipMs += (at - t) * 1000;
    if (r.pausedAt != null) tick();
  };
  const finish = (completed) => {
    const r = run.current;
    cancelAnimationFrame(frame.current);
    const total = r.lines.total, done = r.phase === "running" ? Math.min(total, elapsed()) : 0;
    const session = { clientId: r.id, routineId: plan.routineId, plannedSeconds: Math.round(total),
      elapsedSeconds: Math.round(completed ? total : done), completed, feeling: null, pauses: r.pauses,
      startedAt: r.startedAt, finishedAt: new Date().toISOString() };
    run.current = { ...r, session };
    keep(run.current, session);
    setStatus("finished");
  };
  const rate = (value) => {
    setFeeling(value);
    const session = { ...run.current.session, feeling: value };
    run.current.session = session;
    keep(run.current, session);
  };
  // The server could not store the session just now: send it again (it is stored once per id;
  // the answer lets the device's queue forget it).
  const retry = () => onReport?.({ type: "finished", session: run.current.session, op: run.current.opId });
  const toggle = (key) => setCues((old) => ({ ...old, [key]: !old[key] }));

  const sessionId = run.current?.session?.clientId;
  const stored = !!sessionId && acked.includes(sessionId);
  if (status === "idle" || status === "finished") {
    return (
      <div className="player" data-status={status}>
        {status === "finished" && (
          <section className="player-end" aria-labelledby="end-title">
            <h2 id="end-title" ref={endTitle} tabIndex={-1}>{run.current?.session?.completed ? "Well done" : "Stopped early"}</h2>
            <p id="feeling-question">How do you feel now, compared with before? (optional)</p>
            <div className="feelings" role="group" aria-labelledby="feeling-question">
              {FEELINGS.map(([n, word]) => (
                <button key={n} type="button" className="chip feeling" aria-pressed={feeling === n} onClick={() => rate(n)}>
                  <span className="feeling-number">{n}</span> <span className="feeling-word">{word}</span>
                </button>
              ))}
            </div>
            {unsaved.includes(sessionId) && !stored ? (
              <div role="alert" className="form-error">
                <p>Not saved in your history: the server could not store this session just now. It is kept on this device.</p>
                <button type="button" className="secondary-button" onClick={retry}>Try again</button>
              </div>
            ) : (feeling || stored) && (
              <p role="status">{feeling ? "Thanks. " : ""}Saved on this device{stored ? " and in your history" : ""}.</p>
            )}
          </section>
        )}
        {plan.lengths.length > 1 && (
          <div className="chips" role="group" aria-label="Length">
            {plan.lengths.map((l) => (
              <button key={l.label} type="button" className="chip" aria-pressed={l.label === length.label}
                onClick={() => setLengthLabel(l.label)}>{clock(l.total)}</button>
            ))}
          </div>
        )}
        <fieldset className="cue-toggles">
          <legend>Cues</legend>
          {[["sound", "Soft sound"], ["voice", "Spoken guidance"], ["vibrate", "Vibration"]].map(([key, label]) => (
            <label key={key} className="toggle"><input type="checkbox" checked={!!cues[key]} onChange={() => toggle(key)} /> {label}</label>
          ))}
        </fieldset>
        <button type="button" className="primary-button" onClick={start}>
          {status === "finished" ? "Start again" : "Start"} ({clock(length.total)})
        </button>
      </div>
    );
  }

  const seg = view?.segment;
  return (
    <div className="player" data-status={status}>
      <div className="breath-stage" aria-hidden="true"><div className="breath-shape" ref={shape} data-kind={seg?.kind || "prepare"} /></div>
      <p className="phase-word" aria-live="polite">{view?.prepare ? "Get ready" : seg?.cue}</p>
      <p className="phase-timer" role="timer" ref={timer} data-paused={status === "paused" ? "true" : undefined}
        aria-label={status === "paused" ? "Paused: seconds left in this phase" : "Seconds left in this phase"}>
        <span className="timer-seconds">{view?.prepare ?? view?.phaseLeft ?? ""}</span>
        {status === "paused" && <span className="timer-paused">Paused</span>}
      </p>
      {seg && <p className="phase-step">{seg.step}{view.rounds > 1 && view.round ? ` · round ${view.round} of ${view.rounds}` : ""}</p>}
      {seg && <p className="phase-instruction">{seg.instruction}</p>}
      <div className="progress" role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={view?.progress ?? 0}><span style={{ width: `${view?.progress ?? 0}%` }} /></div>
      <p className="time-left">{view?.totalLeft != null ? `${clock(view.totalLeft)} left` : ""}</p>
      <div className="player-controls" role="group" aria-label="Session controls">
        <button type="button" className="primary-button" ref={pauseButton}
          onClick={status === "paused" ? resume : pause}>{status === "paused" ? "Resume" : "Pause"}</button>
        <button type="button" className="secondary-button" onClick={skip}
          disabled={status === "preparing" || run.current?.phase !== "running"}>Skip step</button>
        <button type="button" className="secondary-button" onClick={() => finish(false)}>Stop</button>
      </div>
    </div>
  );
}
