// The phone's Back gesture inside the check goes to the previous question, not off the page.
// Each screen of the check gets its own history entry (same address; the step and an index
// in history.state). A Back that lands on an earlier entry asks the server for the previous
// question: one event per gesture, nothing else goes over the websocket.
import { useEffect, useRef } from "react";

const INTRO = "";
const indexOf = (state) => state?.wizardIndex ?? 0;

export function WizardHistory({ step, onBack }) {
  const current = useRef(null); // the step on screen (null until the first render)
  const index = useRef(0); // the index of the history entry we are on
  const back = useRef(onBack);
  back.current = onBack;

  useEffect(() => {
    index.current = indexOf(window.history.state);
    const onPop = (event) => {
      const landed = indexOf(event.state);
      const wentBack = landed < index.current;
      index.current = landed;
      if (wentBack && current.current !== null && current.current !== INTRO) back.current?.();
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    const first = current.current === null;
    current.current = step;
    // Arriving (or the intro) adds no entry; nor does a screen an entry already stands for.
    if (first || step === INTRO || window.history.state?.wizardStep === step) return;
    index.current = indexOf(window.history.state) + 1;
    const state = { ...(window.history.state || {}), wizardStep: step, wizardIndex: index.current };
    window.history.pushState(state, "");
  }, [step]);

  return null;
}
