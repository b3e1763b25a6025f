// Scripts that run inside the workbench page. Kept as source text: tsx's transpiled functions can
// carry helpers (__name) that do not exist in the page. All times are performance.now() in the page,
// whose origin is the navigation start.

export interface ChangeTiming {
  /** Key press to the first DOM mutation in the preview region. */
  firstMs: number;
  /** Key press to the preview's last DOM mutation, once it has settled and is no longer busy. */
  lastMs: number;
}

const RATE_BUTTON_ENABLED = `
  function rateButtonEnabled() {
    for (const b of document.querySelectorAll("#panel button")) {
      if ((b.textContent || "").trim() === "Rate clients" && !b.disabled && b.getAttribute("aria-disabled") !== "true") return true;
    }
    return false;
  }`;

const PREVIEW = `document.querySelector('#panel section[aria-label="Preview"]')`;

/** Init script: window.__benchReady = time of the first enabled "Rate clients" button after navigation. */
export const readyProbe = `(() => {
  ${RATE_BUTTON_ENABLED}
  const observer = new MutationObserver(() => {
    if (rateButtonEnabled()) {
      window.__benchReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled", "aria-disabled"] });
})();`;

/**
 * Before setInputFiles: window.__benchOpen resolves to the ms from the file input's change event to a
 * panel that shows the new sheet's client count, an enabled "Rate clients" and a settled preview.
 */
export function openWatcher(clients: number): string {
  return `(() => {
    ${RATE_BUTTON_ENABLED}
    const count = ${JSON.stringify(clients.toLocaleString("en-US"))} + " clients";
    let start = null;
    document.addEventListener("change", () => { start = performance.now(); }, { capture: true, once: true });
    window.__benchOpen = new Promise((resolve, reject) => {
      const check = () => {
        if (start === null) return;
        const main = document.querySelector("#panel main");
        const preview = ${PREVIEW};
        if (!main || !preview || preview.getAttribute("aria-busy") !== "false" || !rateButtonEnabled()) return;
        if (!main.textContent.includes(count) || !preview.querySelector("ul, table, [role=img], svg")) return;
        observer.disconnect();
        clearInterval(poll);
        resolve(performance.now() - start);
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const poll = setInterval(check, 50);
      setTimeout(() => { observer.disconnect(); clearInterval(poll); reject(new Error("the opened file did not reach a settled preview in 600 s")); }, 600000);
    });
  })();`;
}

/**
 * Before a key press on a weight slider: window.__benchChange resolves once the preview region has had
 * no mutation for QUIET ms and is not busy. The end is the last mutation seen, not the first: the first
 * is the "Updating" spinner, the last is the new result (or, when React batches both, the only one).
 */
export const changeWatcher = `(() => {
  const QUIET = 400;
  const preview = ${PREVIEW};
  let start = null;
  let first = null;
  let last = null;
  let quietTimer = null;
  window.addEventListener("keydown", () => { start = performance.now(); }, { capture: true, once: true });
  window.__benchChange = new Promise((resolve, reject) => {
    if (!preview) { reject(new Error("no preview region")); return; }
    const finish = () => {
      if (preview.getAttribute("aria-busy") === "true") { quietTimer = setTimeout(finish, QUIET); return; }
      observer.disconnect();
      clearTimeout(giveUp);
      resolve({ firstMs: first - start, lastMs: last - start });
    };
    const observer = new MutationObserver(() => {
      if (start === null) return;
      const now = performance.now();
      if (first === null) first = now;
      last = now;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, QUIET);
    });
    observer.observe(preview, { subtree: true, childList: true, attributes: true, characterData: true });
    const giveUp = setTimeout(() => { observer.disconnect(); reject(new Error("the preview did not change within 60 s of the key press")); }, 60000);
  });
})();`;
