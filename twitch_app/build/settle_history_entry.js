// Run first in the staged boot's script (twitch_app/build/staged_boot.py), before React Router
// reads the address. One history write gives the entry what three writes gave it before: the
// address each page was prerendered at (its trailing slash), the scroll key React Router's
// scroll-restoration script would add ({key}, replacing any other state, as that script
// does), and the index its history adds ({...state, idx: 0}). Both scripts then find what
// they need and write nothing. A write is not cheap: to Chromium it is a same-document
// navigation on the main thread, 1-14 ms per write in traces of this app's boot, and the
// index's write fell inside React's hydration.
(function () {
  var s = history.state;
  var p = location.pathname;
  var slash = !p.endsWith("/");
  if (!s || !s.key) s = { key: Math.random().toString(32).slice(2), idx: 0 };
  else if (s.idx == null) s = Object.assign({}, s, { idx: 0 });
  else if (!slash) return;
  if (slash) history.replaceState(s, "", p + "/" + location.search + location.hash);
  else history.replaceState(s, "");
})();
