// Which trace tasks Lighthouse's simulation (Lantern) counted as Total Blocking Time.
//
//   node twitch_app/devtools/bench/lantern_tasks.mjs REPORT.json TRACE.json DEVTOOLSLOG.json
//
// The three files come from one `lighthouse URL --output=json --save-assets` run (the
// Lighthouse that `make bench` installs under .tools/lighthouse). Lighthouse's own
// "long tasks" table gives simulated times only; this replays the same simulation and
// prints, for each simulated task over 50 ms, when and how long it ran in the real trace
// and what it was made of. NOTES.md 20 is what it found.
import fs from "node:fs";

const lighthouse = new URL("../../../.tools/lighthouse/node_modules/lighthouse/", import.meta.url);
const metric = async (file, name) =>
  (await import(new URL(`core/computed/metrics/${file}.js`, lighthouse)))[name];
const FirstPaint = await metric("lantern-first-contentful-paint", "LanternFirstContentfulPaint");
const Interactive = await metric("lantern-interactive", "LanternInteractive");
const Blocking = await metric("lantern-total-blocking-time", "LanternTotalBlockingTime");

const [report, trace, devtoolsLog] = process.argv
  .slice(2, 5)
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
const traceEvents = Array.isArray(trace) ? trace : trace.traceEvents;
const data = {
  trace: { traceEvents },
  devtoolsLog,
  gatherContext: { gatherMode: "navigation" },
  settings: report.configSettings,
  URL: {
    requestedUrl: report.requestedUrl,
    mainDocumentUrl: report.mainDocumentUrl ?? report.finalDisplayedUrl,
    finalDisplayedUrl: report.finalDisplayedUrl,
  },
  simulator: null,
};
const context = { computedCache: new Map() };
const firstPaint = await FirstPaint.request(data, context);
const interactive = await Interactive.request(data, context);
const blocking = await Blocking.request(data, context);
const start = traceEvents.find((event) => event.name === "navigationStart").ts;
const ms = (value) => value.toFixed(0);

console.log(
  `TBT ${ms(blocking.timing)} ms (optimistic ${ms(blocking.optimisticEstimate.timeInMs)},` +
    ` pessimistic ${ms(blocking.pessimisticEstimate.timeInMs)});` +
    ` simulated FCP ${ms(firstPaint.timing)}, TTI ${ms(interactive.timing)}`,
);
for (const [node, timing] of blocking.optimisticEstimate.nodeTimings) {
  if (node.type !== "cpu" || timing.duration < 50) continue;
  const parts = {};
  for (const child of node.childEvents) {
    if (child.ph === "X" && child.dur) parts[child.name] = (parts[child.name] ?? 0) + child.dur / 1000;
  }
  const biggest = Object.entries(parts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, took]) => `${name} ${took.toFixed(1)}`);
  console.log(
    `simulated ${ms(timing.startTime)} +${ms(timing.duration)} | trace ` +
      `${ms((node.event.ts - start) / 1000)} +${(node.event.dur / 1000).toFixed(1)} | ${biggest.join(", ")}`,
  );
}
