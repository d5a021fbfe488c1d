/**
 * The `test` every spec imports: Playwright's, with navigation that waits for the page's scripts.
 *
 * A page's own scripts start after its first paint (src/reading/after-paint.ts), so the `load` event that `goto`
 * waits for no longer means they have run: a key pressed or a field filled right after `goto` could reach the page
 * before anything listens. The loader marks <html data-scripts="ready"> once every script it started has run. Here
 * `goto`, `reload`, `goBack` and `goForward` wait for that mark, after `load`, on every page of every context that
 * runs script — the fixture's and any a test opens itself with `browser.newContext()`.
 *
 * Not waited for: a navigation asked to return earlier (`waitUntil: "commit"` or `"domcontentloaded"`: a test that
 * holds a script back on purpose), pages without a loader (no scripts, files that are not HTML) and pages that run
 * no script. A page reached by clicking a link is waited for with `scriptsReady(page)`.
 */
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Resolves once the page's loader has run every script it started; at once for a page without a loader, and for
 * a page that runs no script (its inline mark, <html data-js>, is missing: layouts/parts/ScriptedMark.astro).
 */
export async function scriptsReady(page: Page): Promise<void> {
  // Asked in the page, and asked again by Playwright whenever the page moves on while it waits (a short link's
  // redirect page, a moved section's forward): the answer is always about the document finally shown. That
  // document has loaded, and either runs no loader or its loader is done.
  await page.waitForFunction(
    () => {
      const html = document.documentElement;
      if (!html || document.readyState !== "complete") return false;
      const loads = html.hasAttribute("data-js") && document.querySelector("script[data-modules]") !== null;
      return !loads || html.dataset.scripts === "ready";
    },
    undefined,
    { polling: 50 },
  );
}

const NAVIGATIONS = ["goto", "reload", "goBack", "goForward"] as const;
const armed = new WeakSet<Page>();

function waitsForScripts(page: Page): void {
  if (armed.has(page)) return;
  armed.add(page);
  for (const name of NAVIGATIONS) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page["goto"]>;
    const optionsAt = name === "goto" ? 1 : 0;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        const until = (args[optionsAt] as { waitUntil?: string } | undefined)?.waitUntil ?? "load";
        if (until === "load" || until === "networkidle") await scriptsReady(page);
        return response;
      },
    });
  }
}

function arm(context: BrowserContext): void {
  context.on("page", waitsForScripts);
  for (const page of context.pages()) waitsForScripts(page);
}

export const test = base.extend<object, { browser: Browser }>({
  // The test's own context (and its `page`).
  context: async ({ context }, use) => {
    arm(context);
    await use(context);
  },
  // Contexts a test opens itself.
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      Object.assign(browser, {
        newContext: async (options?: Parameters<Browser["newContext"]>[0]) => {
          const context = await newContext(options);
          arm(context);
          return context;
        },
      });
      await use(browser);
    },
    { scope: "worker" },
  ],
});
