/**
 * Browser side of the pages' Trusted Types (src/csp/README.md): the policy requires them for every script sink
 * and allows one policy, named "default". Nothing of ours writes HTML or script text, so the policy has no
 * createHTML and no createScript: any innerHTML, outerHTML, insertAdjacentHTML or document.write with a string
 * throws and is reported. Its one job is the script URLs two libraries hand the browser as plain strings:
 * Workbox registering the offline service worker, Pagefind starting its search worker. Each feature names its
 * URL here before the library runs; the policy passes exactly those, on this origin, and refuses anything else.
 */

interface TrustedTypePolicyFactory {
  readonly defaultPolicy: object | null;
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string | null }): object;
}

/** Paths ("/fcna/sw.js") the default policy lets through as script URLs. */
const allowed = new Set<string>();

/** `input` if it names one of the allowed scripts on this origin, without query or fragment; otherwise null (a violation). */
export function allowedScriptUrl(input: string, base: string, paths: ReadonlySet<string>): string | null {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return null;
  }
  return url.origin === new URL(base).origin && !url.search && !url.hash && paths.has(url.pathname) ? input : null;
}

/**
 * Lets the library script at `path` (a site path with the base, e.g. withBase("sw.js")) start as a worker.
 * Creates the default policy on first use, in browsers that have Trusted Types.
 */
export function allowScriptUrl(path: string): void {
  allowed.add(path);
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy("default", { createScriptURL: (input) => allowedScriptUrl(input, location.href, allowed) });
}
