// The device's queue of writes: diary entries (create, edit, delete) and finished routine
// sessions, kept in localStorage until the server has answered for each. Every write has an
// id made here (a UUID); the server stores a write at most once per id, so a write sent
// again after a reload or a lost answer is harmless. Within one page's life a write is sent
// once (or again only after the connection came back); the server's answer calls settle().
// Loaded lazily: only pages with something queued, the diary and the player import it.
export const KEY = "twitch-relief:outbox";
const inflight = new Set();
const listeners = new Set();

export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));
}

export function load() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || "[]");
    return Array.isArray(list) ? list.filter((op) => op && typeof op.op === "string") : [];
  } catch {
    return [];
  }
}

function save(list) {
  if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
  window.dispatchEvent(new Event("twitch-relief:queued"));
}

export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const inBrowser = typeof window !== "undefined"; // not while pages are prerendered
// Another tab changed the queue: this tab's views follow.
if (inBrowser) {
  window.addEventListener("storage", (event) => {
    if (event.key === KEY) listeners.forEach((listener) => listener());
  });
}

export function enqueue(op) {
  save([...load().filter((old) => old.op !== op.op), { at: new Date().toISOString(), ...op }]);
}

export const isInflight = (opId) => inflight.has(opId);
export const markSent = (opId) => inflight.add(opId);

// Change a write that has not been sent: true when done (a sent one is left as it is).
export function change(opId, fields) {
  if (inflight.has(opId)) return false;
  const list = load();
  const index = list.findIndex((op) => op.op === opId);
  if (index < 0) return false;
  list[index] = { ...list[index], ...fields, error: "" };
  save(list);
  return true;
}

export function remove(opId) {
  if (inflight.has(opId)) return false;
  save(load().filter((op) => op.op !== opId));
  return true;
}

// The server's answer: stored (no refusal) and forgotten here, or refused and kept, with
// the reason, for the person to edit or discard; `gone`: the entry is not in the diary at
// all (kept only until the person has read that).
export function settle(opId, refusal, gone = false) {
  inflight.delete(opId);
  const list = load();
  const refused = { error: String(refusal), ...(gone ? { gone: true } : {}) };
  if (!refusal) save(list.filter((op) => op.op !== opId));
  else save(list.map((op) => (op.op === opId ? { ...op, ...refused } : op)));
}

// A write held back until a time (a delete that can still be undone) is not sent before it.
export const isHeld = (op) => Boolean(op.hold) && op.hold > Date.now();
// When the earliest held write may be sent (0: none is held).
export function nextHold() {
  const holds = load().filter(isHeld).map((op) => op.hold);
  return holds.length ? Math.min(...holds) : 0;
}

// Send every write not yet sent in this page's life, not refused and not held, oldest first.
export function flush(send, { again = false } = {}) {
  if (again) inflight.clear(); // the connection came back: an unanswered write may be lost
  for (const op of load()) {
    if (op.error || inflight.has(op.op) || isHeld(op)) continue;
    inflight.add(op.op);
    send(op);
  }
}

// Sessions kept by an earlier release under their own key join this queue once.
const OLD_SESSIONS = "twitch-relief:pending-sessions";
if (inBrowser) {
  try {
    const old = JSON.parse(localStorage.getItem(OLD_SESSIONS) || "[]");
    if (Array.isArray(old) && old.length) {
      save([...load(), ...old.map((session) => ({ op: newId(), kind: "session", data: session }))]);
    }
  } catch {
    // unreadable: nothing to move
  }
  localStorage.removeItem(OLD_SESSIONS);
  window.__twitchOutbox = { settle };
}
