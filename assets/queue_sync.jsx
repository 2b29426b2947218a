// On every page: sends what the device's queue holds (offline_queue.js) once the connection
// is there, so a diary entry or routine session kept offline is sent from whichever page is
// open. Tiny on purpose: the queue's code is imported only when something is queued.
import { useContext, useEffect, useRef } from "react";
import { EventLoopContext } from "$/utils/context";

const KEY = "twitch-relief:outbox";
const OLD_SESSIONS = "twitch-relief:pending-sessions";

export function QueueSync({ onDiary, onSession }) {
  const connectErrors = useContext(EventLoopContext)?.[1] ?? [];
  const offline = connectErrors.length > 0;
  const wasOffline = useRef(false);
  const send = useRef(null);
  send.current = (op) => (op.kind === "session"
    ? onSession({ type: "finished", session: op.data, op: op.op })
    : onDiary(op));

  useEffect(() => {
    if (offline) {
      wasOffline.current = true;
      return undefined;
    }
    let again = wasOffline.current;
    wasOffline.current = false;
    let stopped = false;
    let timer = null;
    const sync = () => {
      if (stopped || navigator.onLine === false) return;
      const raw = localStorage.getItem(KEY) || localStorage.getItem(OLD_SESSIONS);
      if (!raw || raw === "[]") return;
      import("./offline_queue.js").then((queue) => {
        if (stopped) return;
        queue.flush((op) => send.current(op), { again });
        again = false;
        // A write held back (a delete that can still be undone, perhaps made before this
        // page was opened) is sent when its time is up: one timer, for the earliest.
        clearTimeout(timer);
        const next = queue.nextHold();
        if (next) timer = setTimeout(sync, Math.max(0, next - Date.now()) + 20);
      });
    };
    sync();
    window.addEventListener("twitch-relief:queued", sync);
    window.addEventListener("online", sync);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("twitch-relief:queued", sync);
      window.removeEventListener("online", sync);
    };
  }, [offline]);
  return null;
}
