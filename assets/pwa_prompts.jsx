// Service-worker registration, the install offer and the "new version" prompt.
// Browser-only concerns, so they never cost a websocket event.
import { useEffect, useLayoutEffect, useRef, useState } from "react";

const DISMISSED_KEY = "twitch-relief:ios-install-dismissed";
const INSTALL_CLOSED_KEY = "twitch-relief:install-offer-closed";
const INSTALL_DELAY_MS = 3000;

// The install event fires once per page load, possibly while another page's copy of this
// component is mounted, so it is kept at module level.
let deferredInstall = null;
const listeners = new Set();
const notify = () => listeners.forEach((listener) => listener());

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    deferredInstall = event;
    notify();
  });
  window.addEventListener("appinstalled", () => {
    deferredInstall = null;
    notify();
  });
}

// The skip link ("#main") changed the address but left focus on itself: the router keeps
// the browser from handling the jump. Move focus into the main content ourselves.
if (typeof document !== "undefined") {
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest("a.skip-link");
    const main = link && document.getElementById("main");
    // The address still gets "#main" (the link's own jump); focus moves with it.
    if (main) main.focus();
  });
}

// Printed pages say when they were printed (the doctor summary), whichever way print starts.
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => {
    const today = new Date().toLocaleDateString(undefined, {
      day: "numeric", month: "long", year: "numeric",
    });
    document.querySelectorAll("[data-print-date]").forEach((el) => {
      el.textContent = `Printed on ${today}.`;
    });
  });
}

function isStandalone() {
  return (
    window.matchMedia("(display-mode: standalone)").matches ||
    window.navigator.standalone === true
  );
}

// The offer floats above the tab bar: on a routine page it would sit over Start (and over a
// running routine), and in the check over the answers. It waits for a calmer page.
function isBusyPage() {
  const path = window.location.pathname.replace(/\/+$/, "");
  return path === "/check" || path.startsWith("/check/") || path.startsWith("/relax/");
}

function readFlag(key) {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

function writeFlag(key) {
  try {
    window.localStorage.setItem(key, "1");
  } catch {
    // Private mode without storage: the offer stays closed for this page load only.
  }
}

function isIosSafari() {
  const ua = window.navigator.userAgent;
  const ios = /iPad|iPhone|iPod/.test(ua) ||
    (ua.includes("Macintosh") && window.navigator.maxTouchPoints > 1);
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

// Set when the person taps "Reload": only then does a new worker taking control reload the
// page. The first install also changes the controller (clients.claim) and must not reload.
let reloadRequested = false;

function applyUpdate(worker) {
  reloadRequested = true;
  worker.postMessage("SKIP_WAITING");
}

// Installing the worker downloads every page's files (about 200 requests) and writes them to
// the cache: on a two-core phone that competes with the boot and the first taps. So it
// waits until a few seconds after the first mount, once per page load (the shell remounts on
// every route change); a returning visitor's worker is already active and serving.
let bootOver = null;
function afterBoot() {
  bootOver ??= new Promise((resolve) => setTimeout(resolve, INSTALL_DELAY_MS));
  return bootOver;
}

// The manifest link waits too. As soon as a page links a manifest, Chromium checks whether
// the app is installable: it fetches the manifest and its icon, and desktop Chromium
// animates an install icon in its address bar. In Lighthouse runs of /check that was
// 200-300 ms of the browser's CPU in the second after the first paint, while the page
// hydrated on the same two cores (NOTES 31). Nothing needs the manifest sooner: the
// install offer and "Add to Home Screen" come later.
function linkManifestLater() {
  afterBoot().then(() => {
    if (document.querySelector('link[rel="manifest"]')) return;
    const link = document.createElement("link");
    link.rel = "manifest";
    link.href = "/manifest.webmanifest";
    document.head.appendChild(link);
  });
}

let registration = null;
function registerLater() {
  registration ??= afterBoot().then(() =>
    navigator.serviceWorker.register("/sw.js", { scope: "/" })
  );
  return registration;
}

function useServiceWorkerUpdate() {
  const [waiting, setWaiting] = useState(null);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const onControllerChange = () => {
      if (!reloadRequested) return;
      reloadRequested = false;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onControllerChange);
    // An update only "waits" when an older worker controls the page.
    const offer = (worker) => {
      if (worker && navigator.serviceWorker.controller) setWaiting(worker);
    };
    let found = null;
    const onUpdateFound = () => {
      const incoming = found?.installing;
      incoming?.addEventListener("statechange", () => {
        if (incoming.state === "installed") offer(incoming);
      });
    };
    let mounted = true;
    registerLater().then((registered) => {
      if (!mounted) return;
      found = registered;
      offer(registered.waiting);
      registered.addEventListener("updatefound", onUpdateFound);
    }).catch(() => {});
    return () => {
      mounted = false;
      found?.removeEventListener("updatefound", onUpdateFound);
      navigator.serviceWorker.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);
  return waiting;
}

const GENERIC_FAILURE =
  "Something went wrong on our side, so what you just did may not have been saved. " +
  "Please check and try again.";

export function PwaPrompts() {
  const waiting = useServiceWorkerUpdate();
  const [, rerender] = useState(0);
  const [iosHelp, setIosHelp] = useState(false);
  const [installClosed, setInstallClosed] = useState(false);
  const [busy, setBusy] = useState(false);
  // A routine under way (routine_player.jsx marks <html>), wherever it plays.
  const [inSession, setInSession] = useState(false);
  // The prerendered HTML has no prompts. What they show depends on the browser (its install
  // offer, iOS, a dismissal kept in storage), so nothing renders until React has hydrated,
  // or it would find a mismatch and redraw the page.
  const [mounted, setMounted] = useState(false);
  // A handler on the server raised (twitch_app/errors.py sends this event): say so, so that a
  // failed save is never mistaken for a saved one.
  const [failed, setFailed] = useState(null);

  useEffect(() => {
    const onSession = () => setInSession(document.documentElement.dataset.session === "running");
    onSession();
    window.addEventListener("twitch-session", onSession);
    return () => window.removeEventListener("twitch-session", onSession);
  }, []);

  useEffect(() => {
    const onError = (event) => setFailed(event.detail?.message || GENERIC_FAILURE);
    window.addEventListener("twitch-error", onError);
    return () => window.removeEventListener("twitch-error", onError);
  }, []);

  useEffect(() => {
    setMounted(true);
    // Every page mounts this shell module: the mark tells tests (and anyone measuring) that
    // React has taken over the prerendered page, which now loads its scripts after painting.
    document.documentElement.dataset.hydrated = "true";
    linkManifestLater();
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    setInstallClosed(readFlag(INSTALL_CLOSED_KEY));
    setBusy(isBusyPage());
    setIosHelp(isIosSafari() && !isStandalone() && !readFlag(DISMISSED_KEY));
    return () => listeners.delete(listener);
  }, []);

  const box = useRef(null);
  // The page keeps room for the prompts (padding and scroll-padding in app.css read this
  // height), so whatever sits under them can be scrolled, or focused, clear of them.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const height = box.current ? box.current.getBoundingClientRect().height : 0;
    root.style.setProperty("--prompts-height", `${Math.ceil(height)}px`);
  });
  useEffect(() => () => document.documentElement.style.removeProperty("--prompts-height"), []);

  const canInstall =
    mounted && deferredInstall !== null && !installClosed && !busy && !inSession &&
    !isStandaloneSafe();
  const showIosHelp = iosHelp && !busy && !inSession;
  if (!mounted || (!waiting && !canInstall && !showIosHelp && !failed)) return null;

  const install = async () => {
    const prompt = deferredInstall;
    if (!prompt) return;
    prompt.prompt();
    await prompt.userChoice.catch(() => null);
    deferredInstall = null;
    notify();
  };
  const dismissIosHelp = () => {
    writeFlag(DISMISSED_KEY);
    setIosHelp(false);
  };
  const closeInstall = () => {
    writeFlag(INSTALL_CLOSED_KEY);
    setInstallClosed(true);
  };

  return (
    <div className="pwa-prompts" ref={box}>
      {failed && (
        <p className="notice error-notice" role="alert" id="error-notice">
          {failed}{" "}
          <button type="button" className="link-button"
            onClick={() => setFailed(null)}>Dismiss</button>
        </p>
      )}
      {waiting && (
        <p className="notice" role="status" id="update-banner">
          A new version is available.{" "}
          <button type="button" className="link-button"
            onClick={() => applyUpdate(waiting)}>Reload</button>
        </p>
      )}
      {canInstall && (
        <p className="notice" id="install-offer">
          Keep Twitch Relief on your home screen; it works offline.{" "}
          <button type="button" className="link-button" onClick={install}>Install app</button>{" "}
          <button type="button" className="link-button" onClick={closeInstall}
            aria-label="Close the install offer">Not now</button>
        </p>
      )}
      {showIosHelp && (
        <p className="notice" id="ios-install-help">
          To install: tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>.{" "}
          <button type="button" className="link-button" onClick={dismissIosHelp}
            aria-label="Dismiss install instructions">Got it</button>
        </p>
      )}
    </div>
  );
}

function isStandaloneSafe() {
  return typeof window !== "undefined" && isStandalone();
}
