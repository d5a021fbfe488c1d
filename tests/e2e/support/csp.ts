import type { Page } from "@playwright/test";

/**
 * Collects every Content Security Policy and Trusted Types violation of the page's documents, from before their
 * first script to the end of the test, across navigations: each `securitypolicyviolation` event (the browser
 * fires one for a blocked script, style, image, worker or Trusted Types sink) and each console error or uncaught
 * error that names the policy. Call before the first `goto`; assert the returned list is empty at the end, after
 * `settled()`.
 */
export async function watchPolicy(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeBinding("__cspViolation", (_source, text: string) => void found.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __cspViolation(text: string): void }).__cspViolation;
      void report(`${e.effectiveDirective}: ${(e.blockedURI || "inline").slice(0, 100)} (${e.sourceFile}:${e.lineNumber}) ${e.sample} on ${location.pathname}`);
    });
  });
  const named = /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i;
  // A report quotes what was blocked, which can be a whole data: URL: the start says enough.
  const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  page.on("console", (m) => {
    if (m.type() === "error" && named.test(m.text())) found.push(short(`console: ${m.text()}`));
  });
  page.on("pageerror", (e) => {
    if (named.test(e.message)) found.push(short(`uncaught: ${e.message}`));
  });
  return found;
}

/** Resolves once every violation the page reported before this call has reached the test (one round trip). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** The policy's directives, each with its sources. */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
