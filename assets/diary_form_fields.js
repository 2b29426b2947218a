// The diary form's fields as the device's queue keeps them: read from the form, put back
// into it for an edit made on this phone, and the time an entry carries (with its zone).
// The entry's fields are the form's own inputs (the server declares them once:
// diary/entries.py), less the two ids the queue gives a save.
export const fieldNames = (form) => [...new Set([...form.elements].map((field) => field.name)
  .filter((name) => name && name !== "op" && name !== "client_id"))];

export function formData(form) {
  const data = {};
  const sent = new FormData(form);
  for (const name of fieldNames(form)) data[name] = sent.get(name) ?? "";
  return data;
}
// A time the person left empty is now; one typed in (no zone) is in this phone's zone.
export function withZone(value) {
  if (!value) return new Date().toISOString();
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : moment.toISOString();
}
// An area's name as the form's chip says it (the server names them: diary/areas.py).
export function areaName(area) {
  const chip = typeof document === "undefined" ? null
    : document.querySelector(`form.diary-form input[name="area"][value="${CSS.escape(String(area))}"]`);
  return chip?.nextElementSibling?.textContent || String(area || "").replace(/_/g, " ");
}
export function summary(data) {
  return `${areaName(data.area)} · strength ${data.intensity || "?"}`;
}
// Editing an entry: the form comes into view under its heading, and focus moves into it
// (to the chosen area), so a keyboard or screen reader is where the change happens.
export function showForm(form) {
  form.closest("section")?.scrollIntoView({ block: "start" });
  const first = form.querySelector('input[name="area"]:checked') || form.querySelector("input, select, textarea");
  first?.focus({ preventScroll: true });
}
// The server redraws the form for an edit made online: show it once it names the entry.
export function showFormWhenEditing(root, ref) {
  const until = Date.now() + 5000;
  const look = () => {
    const form = root.querySelector("form.diary-form");
    if (form?.dataset.editing === ref) showForm(form);
    else if (Date.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
export function fill(form, values) {
  for (const name of fieldNames(form)) {
    const field = form.elements[name];
    if (!field) continue;
    const value = values[name] ?? "";
    if (field instanceof RadioNodeList) {
      for (const radio of field) radio.checked = radio.value === value;
    } else {
      field.value = value;
    }
  }
  form.querySelector("details")?.setAttribute("open", "");
}

// An edit's time: unchanged, it stays the form's text (and is left alone); changed, it
// carries this phone's zone.
export function timed(data, shown) {
  return data.occurred_at === (shown.occurred_at ?? "")
    ? data : { ...data, occurred_at: withZone(data.occurred_at) };
}
export function localTime(iso) {
  const moment = new Date(iso || "");
  if (Number.isNaN(moment.getTime())) return {};
  const pad = (n) => String(n).padStart(2, "0");
  return { occurred_at: `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}` };
}
