// The diary's side of the device's queue (offline_queue.js). Every save is kept on the
// device first, with an id made here, until the server has answered for it:
// - online, the form goes to the server as before, carrying that id (hidden inputs), so a
//   save whose answer is lost is sent again after a reload and still stored once;
// - offline, the save, an edit or a delete stays in the queue, is shown at once as
//   "waiting to sync", and is sent from whichever page is open when the connection returns;
// - a write the server refused is shown with its reason, for editing or discarding;
// - a delete waits UNDO_MS in the queue before it is sent, with an Undo beside the log: the
//   entry comes back exactly as it was, since nothing was sent; if the server cannot store
//   the delete, that is said in the same place, with a retry; if the entry is no longer in
//   this diary, that is said there once;
// - the entry open in the form cannot be deleted until the edit is saved or cancelled.
import { useContext, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { EventLoopContext } from "$/utils/context";
import * as queue from "./offline_queue.js";
import {
  fill, formData, localTime, showForm, showFormWhenEditing, summary, timed, withZone,
} from "./diary_form_fields.js";

const SAFE_REF = /^[0-9a-f-]{1,36}$/;
export const UNDO_MS = 6000;
// An entry open in the form cannot be deleted: the delete would throw the edit away.
const BUSY = "This entry is open for editing: save or cancel the edit before deleting it.";

let cached = [], cachedRaw = null;
function diaryOps() {
  const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(queue.KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = queue.load().filter((op) => op.kind !== "session");
  }
  return cached;
}
const NONE = [];
const noOps = () => NONE;

export function DiaryQueue({ children }) {
  const connectErrors = useContext(EventLoopContext)?.[1] ?? [];
  const offline = connectErrors.length > 0
    || (typeof navigator !== "undefined" && navigator.onLine === false);
  const ops = useSyncExternalStore(queue.subscribe, diaryOps, noOps);
  // An edit begun offline: {entry, shown} of a stored entry, or {opId} of a queued one.
  const [editing, setEditing] = useState(null);
  const [status, setStatus] = useState("");
  // The entry the server's form is editing (online), as the form names it.
  const [serverEditing, setServerEditing] = useState("");
  const editedRef = editing?.entry || serverEditing;
  const box = useRef(null);
  const focusUndo = useRef(null);
  const now = useRef({});
  now.current = { offline, editing, editedRef };

  useEffect(() => {
    const root = box.current;
    const onSubmit = (event) => {
      const form = event.target;
      if (!form.matches?.("form.diary-form")) return;
      const { offline: wasOffline, editing: local } = now.current;
      const isOffline = wasOffline || navigator.onLine === false;
      const data = formData(form);
      if (!isOffline && !local) {
        // Online: the server saves it; the queue keeps it until the server has answered.
        const op = queue.newId();
        const ref = form.dataset.editing;
        form.elements.op.value = op;
        form.elements.client_id.value = ref ? "" : op;
        const row = ref && root.querySelector(`.diary-entry[data-ref="${ref}"]`);
        const shown = row ? JSON.parse(row.dataset.values || "{}") : {};
        const kept = ref
          ? { op, kind: "update", entry: ref, data: timed(data, shown), shown }
          : { op, kind: "create", entry: op, data: { ...data, occurred_at: withZone(data.occurred_at) } };
        queue.markSent(op);
        queue.enqueue({ ...kept, summary: summary(data), live: true });
        return; // Reflex's own submit handler sends it
      }
      event.preventDefault();
      event.stopPropagation();
      if (local?.opId && local.create) {
        const data2 = { ...data, occurred_at: withZone(data.occurred_at) };
        if (!queue.change(local.opId, { data: data2, summary: summary(data) })) {
          queue.enqueue({ op: queue.newId(), kind: "update", entry: local.entry, data: data2,
            shown: {}, summary: summary(data) });
        }
      } else if (local) {
        const shown = local.shown || {};
        if (local.opId) queue.remove(local.opId); // a refused edit, edited again
        queue.enqueue({ op: queue.newId(), kind: "update", entry: local.entry,
          data: timed(data, shown), shown, summary: summary(data) });
      } else {
        const op = queue.newId();
        queue.enqueue({ op, kind: "create", entry: op,
          data: { ...data, occurred_at: withZone(data.occurred_at) }, summary: summary(data) });
      }
      form.reset();
      setEditing(null);
      setStatus(isOffline
        ? "Kept on this phone: it will be saved to your diary when you're back online." : "");
    };
    const onClick = (event) => {
      const button = event.target.closest?.("button[data-action]");
      const row = button?.closest(".diary-entry[data-ref]");
      if (!row) return;
      const ref = row.dataset.ref;
      const values = JSON.parse(row.dataset.values || "{}");
      const form = root.querySelector("form.diary-form");
      if (button.dataset.action === "delete") {
        // Every delete (online or not) waits in the queue, held for UNDO_MS: Undo takes it
        // out again before anything was sent.
        event.preventDefault();
        event.stopPropagation();
        if (ref === now.current.editedRef || form?.dataset.editing === ref) {
          setStatus(BUSY);
          return;
        }
        const op = queue.newId();
        queue.enqueue({ op, kind: "delete", entry: ref, summary: summary(values),
          hold: Date.now() + UNDO_MS, undo: true });
        focusUndo.current = op;
        return;
      }
      if (!(now.current.offline || navigator.onLine === false)) {
        showFormWhenEditing(root, ref); // the server opens the edit
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      fill(form, values);
      setEditing({ entry: ref, shown: values });
      showForm(form);
    };
    root.addEventListener("submit", onSubmit);
    root.addEventListener("click", onClick, true);
    return () => {
      root.removeEventListener("submit", onSubmit);
      root.removeEventListener("click", onClick, true);
    };
  }, []);

  const editQueued = (op) => {
    const form = box.current.querySelector("form.diary-form");
    if (op.kind === "create") {
      fill(form, { ...op.data, occurred_at: "" , ...localTime(op.data.occurred_at) });
      setEditing({ opId: op.op, entry: op.entry, create: true });
    } else {
      fill(form, { ...op.shown, ...op.data, ...localTime(op.data.occurred_at) });
      setEditing({ opId: op.op, entry: op.entry, shown: op.shown });
    }
  };
  const dropQueued = (op) => {
    if (!queue.remove(op.op) && op.kind === "create") {
      queue.enqueue({ op: queue.newId(), kind: "delete", entry: op.entry, summary: op.summary });
    }
  };
  // A save made online is on its way: it is shown only if its answer never came (a reload).
  // A delete that can be undone is shown beside the log (below) until it was sent online.
  const undoable = ops.filter((op) => op.gone || (op.undo && (op.error || queue.isHeld(op))));
  const shown = ops.filter((op) => !undoable.includes(op) && (op.error
    || !((op.live && queue.isInflight(op.op)) || (op.undo && !offline))));
  // A held delete is sent when its time is up (QueueSync's timer, on whichever page is
  // open then; here its Undo goes too), or at once when the diary is left: taken off the
  // page, or the page itself left (pagehide: a reload, another address, the app closed).
  const holds = ops.filter((op) => queue.isHeld(op)).map((op) => `${op.op}:${op.hold}`).join();
  useEffect(() => {
    const held = queue.load().filter((op) => queue.isHeld(op));
    const timers = held.map((op) => setTimeout(() => queue.change(op.op, { hold: 0 }),
      op.hold - Date.now()));
    return () => timers.forEach(clearTimeout);
  }, [holds]);
  useEffect(() => {
    const release = () => {
      for (const op of queue.load()) if (queue.isHeld(op)) queue.change(op.op, { hold: 0 });
    };
    window.addEventListener("pagehide", release);
    return () => {
      window.removeEventListener("pagehide", release);
      release();
    };
  }, []);
  useEffect(() => {
    if (!focusUndo.current) return;
    box.current.querySelector(`[data-undo="${focusUndo.current}"]`)?.focus();
    focusUndo.current = null;
  });
  useEffect(() => {
    const root = box.current;
    const look = () => setServerEditing(root.querySelector("form.diary-form")?.dataset.editing || "");
    const watch = new MutationObserver(look);
    watch.observe(root, { subtree: true, childList: true, attributeFilter: ["data-editing"] });
    look();
    return () => watch.disconnect();
  }, []);
  // The Delete of the entry being edited says it cannot be used (a tap says why).
  useEffect(() => {
    for (const button of box.current.querySelectorAll(".diary-entry [data-action=delete]")) {
      const busy = Boolean(editedRef) && button.closest(".diary-entry").dataset.ref === editedRef;
      if (busy) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
      button.title = busy ? BUSY : "";
    }
    if (!editedRef) setStatus((said) => (said === BUSY ? "" : said));
  }, [editedRef]);
  // Once everything kept here has been saved, the note about it goes too.
  useEffect(() => {
    if (!ops.length && !editing) setStatus("");
  }, [ops.length, editing]);
  // A delete the server could not store leaves the entry where it was; one of an entry the
  // diary no longer has (gone) does not.
  const gone = ops.filter((op) => op.kind === "delete" && (!op.error || op.gone)
    && SAFE_REF.test(op.entry))
    .map((op) => `[data-ref="${op.entry}"]`);
  // The entries, and a day whose every entry is deleted (its heading too).
  const hidden = (gone.length ? `.diary-entry:is(${gone.join(",")}){display:none}`
    + `.day-section:not(:has(.diary-entry:not(${gone.join(",")}))){display:none}` : "")
    + (editedRef ? "[data-action=delete][aria-disabled=true]{opacity:.5;cursor:not-allowed}" : "");

  return (
    <div ref={box} className="diary-queue">
      {hidden && <style>{hidden}</style>}
      {children}
      <div className="undo-bar" hidden={!undoable.length}>
        {undoable.map((op) => (op.gone
          ? (
            <p key={op.op} role="status" className="undo-line">
              {op.summary}: {op.error}{" "}
              <button type="button" className="chip" onClick={() => queue.remove(op.op)}>
                OK</button>
            </p>)
          : op.error
          ? (
            <p key={op.op} role="alert" className="undo-line form-error">
              Not saved: {op.error} The entry is still in your diary.{" "}
              <button type="button" className="chip" onClick={() => queue.change(op.op, {})}>
                Try again</button>{" "}
              <button type="button" className="chip" onClick={() => queue.remove(op.op)}>
                Keep it</button>
            </p>)
          : (
            <p key={op.op} role="status" className="undo-line">
              Deleted: {op.summary}.{" "}
              <button type="button" className="chip" data-undo={op.op}
                onClick={() => queue.remove(op.op)}>Undo</button>
            </p>)))}
      </div>
      <section className="card-section waiting-section" aria-label="Waiting to sync"
        hidden={!shown.length && !status && !editing}>
        {shown.length > 0 && <h2>Kept on this phone</h2>}
        <ul className="day-list">
          {shown.map((op) => (
            <li key={op.op} className="waiting-entry" data-op={op.op}>
              <span>{op.kind === "delete" ? "Delete: " : op.kind === "update" ? "Change: " : ""}{op.summary}</span>
              {op.error
                ? <span className="form-error" role="alert">Not saved: {op.error}</span>
                : <span className="waiting-mark"> · waiting to sync</span>}
              {op.kind !== "delete" && (
                <div className="row-actions">
                  <button type="button" className="chip" onClick={() => editQueued(op)}>Edit</button>
                  {op.error && (
                    <button type="button" className="chip" onClick={() => queue.change(op.op, {})}>
                      Try again</button>)}
                  <button type="button" className="chip" onClick={() => dropQueued(op)}>
                    {op.error ? "Discard" : op.kind === "update" ? "Undo change" : "Delete"}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {editing && (
          <p className="small">Editing on this phone.{" "}
            <button type="button" className="chip" onClick={() => {
              box.current.querySelector("form.diary-form")?.reset(); setEditing(null);
            }}>Cancel edit</button></p>
        )}
        <p role="status" className="small">{status}</p>
      </section>
    </div>
  );
}
