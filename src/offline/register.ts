/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (see ./integration.ts) and tells the reader, in a polite status message,
 * when the site has been stored for offline reading and when a new version is ready to load.
 * Built with DOM methods only: no HTML strings (the pages require Trusted Types: src/csp/).
 */
import { registerSW } from "virtual:pwa-register";
import { withBase } from "../lib/paths";
import { allowScriptUrl } from "../lib/trusted-types";

/** The live region, in the page before anything is said in it, so screen readers announce what is. */
let region: HTMLElement | undefined;

function notice(text: string, actions: { label: string; run: () => void }[]): void {
  if (!region) return;
  const message = document.createElement("span");
  message.textContent = text;
  const buttons = actions.map(({ label, run }) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => {
      region!.hidden = true;
      region!.replaceChildren();
      run();
    });
    return button;
  });
  region.replaceChildren(message, ...buttons);
  region.hidden = false;
}

/**
 * Runs `task` once the page has loaded, has run its own scripts, and the browser has a quiet moment. Installing
 * the worker downloads the whole site (src/offline/README.md) on a thread of the page's own process: it must not
 * compete with the page the reader opened, least of all on a phone's few cores. Measured with Lighthouse (mobile)
 * on /problems/: when the install began in an idle moment between the page's scripts, their tasks ran up to twice
 * as long and Total Blocking Time rose from 630-680 ms to 960-2,030 ms. `<html data-scripts="ready">` is the
 * after-paint loader's mark (src/reading/after-paint.ts): it starts the page's module scripts at the first paint
 * (at load in a browser that reports no paint) and sets the mark once all of them, this one included, have run,
 * so waiting for it also waits for the first paint.
 */
function whenSettled(task: () => void): void {
  const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(() => task(), { timeout: 5000 }) : setTimeout(task, 1000));
  const loaded = new Promise<void>((resolve) => (document.readyState === "complete" ? resolve() : addEventListener("load", () => resolve(), { once: true })));
  const scriptsRan = new Promise<void>((resolve) => {
    const root = document.documentElement;
    const ran = () => root.dataset.scripts === "ready";
    if (ran()) return resolve();
    new MutationObserver((_, observer) => ran() && (observer.disconnect(), resolve())).observe(root, { attributes: true, attributeFilter: ["data-scripts"] });
  });
  void Promise.all([loaded, scriptsRan]).then(idle);
}

function register(): void {
  region = document.createElement("div");
  region.className = "offline-notice";
  region.setAttribute("role", "status");
  region.hidden = true;
  document.body.append(region);
  // Workbox hands the browser the worker's URL as a string: the pages' Trusted Types let exactly this one through.
  allowScriptUrl(withBase("sw.js"));
  const update = registerSW({
    onNeedRefresh() {
      notice("A new version of this site is ready.", [
        { label: "Reload", run: () => void update(true) },
        { label: "Later", run: () => {} },
      ]);
    },
    onOfflineReady() {
      notice("Saved for offline reading: every chapter, equation and search now works without a network.", [{ label: "OK", run: () => {} }]);
    },
  });
}

if ("serviceWorker" in navigator) whenSettled(register);
