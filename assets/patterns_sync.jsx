// Tabs of one device on /relax hear when its custom patterns change in another tab (saved,
// edited or deleted) and ask the server for the list again, so a deleted pattern leaves every
// open page and its player closes. The server's answer to a save or delete calls
// window.__twitchPatternsChanged(); a BroadcastChannel carries it to the device's other tabs
// (never back to this one). Without BroadcastChannel, a tab asks each time it comes back into
// view. No timer, no polling: one event per change and open tab.
import { useEffect, useRef } from "react";

const CHANNEL = "twitch-relief:patterns";

export function PatternsSync({ onChange }) {
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(() => {
    const ask = () => changed.current?.();
    if (typeof BroadcastChannel === "undefined") {
      const onVisible = () => { if (document.visibilityState === "visible") ask(); };
      document.addEventListener("visibilitychange", onVisible);
      return () => document.removeEventListener("visibilitychange", onVisible);
    }
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = ask;
    window.__twitchPatternsChanged = () => channel.postMessage("changed");
    return () => { channel.close(); delete window.__twitchPatternsChanged; };
  }, []);
  return null;
}
