// The staged boot's loader (twitch_app/build/staged_boot.py), inlined into every built page in
// place of React Router's boot script, minified by bun at build time. STAGED_BOOT is replaced
// by the page's own values: { links, chain, boot, perTask, evaluateAfterMs }.
//
// Its state: `links` to preload, then `chain` to evaluate in order, then the `boot` code.
// Evaluation waits for each preload's load (or error) event where the browser supports
// modulepreload (elsewhere the links do nothing and fire no event), at most evaluateAfterMs.
// Each step yields through a MessageChannel, as React's scheduler does: unlike setTimeout it
// is not clamped to 4 ms when chained, nor held to once a second in a background tab.
// It starts once the first contentful paint is on screen (its Paint Timing entry exists), or
// at once in a hidden tab, which never paints; browsers without Paint Timing wait one frame,
// and the 1.5 s timeout is a last resort should no paint entry ever come.
// A failed import (offline, a chunk gone after a deploy) skips to the boot script, which
// reports the failure the way React Router always has.
// No "<" may appear in it (it is inline): use ">" with the operands swapped.
(function (config) {
  var links = config.links;
  var chain = config.chain;
  var done = false;
  var next = 0;
  var arrived = 0;
  var evaluating = false;
  var steps = [];
  var channel = new MessageChannel();
  var waits = document.createElement("link").relList.supports("modulepreload");

  channel.port1.onmessage = function () {
    steps.shift()();
  };

  function queue(step) {
    steps.push(step);
    channel.port2.postMessage(0);
  }

  function start() {
    if (done) return;
    done = true;
    setTimeout(ready, config.evaluateAfterMs);
    preload();
  }

  function loaded() {
    arrived += 1;
    if (arrived === links.length) ready();
  }

  function ready() {
    if (evaluating) return;
    evaluating = true;
    queue(evaluate);
  }

  // A few links per task, so every chunk downloads in parallel without one long task.
  function preload() {
    var end = Math.min(next + config.perTask, links.length);
    for (; end > next; next++) {
      var link = document.createElement("link");
      link.rel = "modulepreload";
      if (waits) link.onload = link.onerror = loaded;
      link.href = links[next];
      document.head.appendChild(link);
    }
    if (links.length > next) queue(preload);
    else if (!waits || !links.length) ready();
  }

  // One chunk per task, dependencies first; then React Router's own boot script.
  function evaluate() {
    var url = chain.shift();
    if (!url) return boot();
    import(url).then(
      function () {
        queue(evaluate);
      },
      function () {
        chain = [];
        boot();
      },
    );
  }

  function boot() {
    var script = document.createElement("script");
    script.type = "module";
    script.textContent = config.boot;
    document.body.appendChild(script);
  }

  function later() {
    queue(start);
  }

  if (document.visibilityState !== "visible") start();
  else {
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName("first-contentful-paint").length) later();
      }).observe({ type: "paint", buffered: true });
    } catch (e) {
      requestAnimationFrame(later);
    }
  }
  setTimeout(start, 1500);
})(STAGED_BOOT);
