/* Twitch Relief service worker.
 *
 * Hand-written instead of Workbox because the app needs only four rules, and each of them is
 * specific to Reflex: (1) the precache list is written into this file by the build
 * (twitch_app/build/precache.py), so it is never hand-maintained; (2) the server answers with
 * `Vary: Accept-Encoding, Origin`, so cache lookups must ignore Vary or module scripts miss
 * the cache and the page never hydrates offline; (3) prerendered routes live at
 * `<route>/index.html`, so an offline navigation tries that, then `<route>.html`, then sends
 * the browser to our offline page (a redirect, so the address and the page agree); (4) the
 * websocket and health routes are never touched. Workbox would add a runtime library and a
 * build step to say the same in configuration.
 *
 * Pages are stale-while-revalidate, in the form that fits prerendered pages: every page is
 * build output, so the copy precached with this worker IS this release's page, and a launch
 * from the home screen paints it at once instead of waiting for the network. What is
 * revalidated in the background is the release: the browser checks for a new worker on every
 * navigation it hands to this one (the spec's Soft Update, sw.js bypassing the HTTP cache),
 * and a new worker's install precaches the next release and raises the "new version" prompt.
 * (Refreshing one page's HTML into this release's cache could point it at the next release's
 * scripts, which this cache does not hold: the page would not boot offline.)
 */
const VERSION = "__BUILD_VERSION__";
const CACHE = `twitch-relief-${VERSION}`;
const PRECACHE = /*__PRECACHE_MANIFEST__*/[];
const NEVER_HANDLED = ["/_event", "/ping", "/_health", "/_upload"];
const OFFLINE_PAGE = "/offline/index.html";
const OFFLINE_ROUTE = "/offline/";
// On a weak connection, a page that has not answered in this time comes from the cache.
const NAVIGATION_TIMEOUT_MS = 4000;
const MATCH = { ignoreVary: true };

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload" skips the HTTP cache so a new build never precaches stale files.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("twitch-relief-") && key !== CACHE)
          .map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

// The page asks for this when the person taps "Reload" on the new-version notice.
self.addEventListener("message", (event) => {
  if (event.data === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER_HANDLED.some((path) => url.pathname === path || url.pathname.startsWith(path + "/"))) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(cacheFirstPage(request, url));
  } else {
    event.respondWith(cacheFirst(request, url));
  }
});

function pageCandidates(pathname) {
  if (pathname === "/" || pathname === "/index.html") return ["/index.html"];
  const bare = pathname.replace(/\/+$/, "").replace(/\/index\.html$/, "");
  return [`${bare}/index.html`, `${bare}.html`, pathname];
}

async function precachedPage(url) {
  const cache = await caches.open(CACHE);
  for (const candidate of pageCandidates(url.pathname)) {
    const hit = await cache.match(candidate, MATCH);
    if (hit) return hit;
  }
  return null;
}

// Offline, an address with no page in this release's cache is sent to the offline page, not
// served it in place: React hydrates the HTML against the address, and at an unknown address
// it would draw the 404 page over "You're offline" (two pages in one). At /offline the two
// agree. A 404 from the server is passed through and never cached, so it cannot shadow this.
async function offlineRedirect() {
  const offline = await (await caches.open(CACHE)).match(OFFLINE_PAGE, MATCH);
  return offline ? Response.redirect(new URL(OFFLINE_ROUTE, self.location.origin).href, 302) : null;
}

// The release is revalidated by the browser itself on each navigation (see the header).
async function cacheFirstPage(request, url) {
  return (await precachedPage(url)) || networkFirstPage(request, url);
}

async function networkFirstPage(request, url) {
  const network = fetch(request);
  network.catch(() => null); // handled below; avoids an "unhandled rejection" after a timeout
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  let failed = false;
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch (error) {
    failed = true; // offline or the server is down
  }
  const cached = await precachedPage(url);
  if (cached) return cached;
  // Only a request that failed means offline: a slow one (a page newer than this worker's
  // release, on a poor connection) is waited for, so its address is not lost to /offline.
  if (!failed) {
    try {
      return await network;
    } catch (error) {
      // it failed after all: offline
    }
  }
  return (await offlineRedirect()) || network;
}

async function cacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, MATCH);
  if (hit) return hit;
  const response = await fetch(request);
  // Hashed build assets never change, so one copy is good forever.
  if (response.ok && url.pathname.startsWith("/assets/")) {
    cache.put(request, response.clone());
  }
  return response;
}
