/**
 * The Content Security Policy of every page (issue 16), in the form Astro's experimental CSP support takes it
 * (astro.config.mjs). Astro writes it into each page's <meta http-equiv="content-security-policy"> and adds
 * script-src and style-src itself, each with 'self' and the hashes of what it emits; ./integration.ts moves the
 * meta to the top of <head> and writes the same policy as a header for hosts that read a _headers file.
 */

import type { AstroUserConfig } from "astro";

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig["experimental"]>["csp"]>, boolean>;

/** Directives besides script-src and style-src: everything from this origin, nothing else; Trusted Types. */
export const CSP_DIRECTIVES: NonNullable<CspOptions["directives"]> = [
  "default-src 'self'",
  // data: is the chart image the copy menu draws into a canvas to make a PNG (src/sharing/svg-export.ts).
  "img-src 'self' data:",
  "connect-src 'self'",
  // The offline service worker (src/offline/) and Pagefind's search worker.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Script sinks take only Trusted Types, and the only policy allowed is src/lib/trusted-types.ts's "default".
  "require-trusted-types-for 'script'",
  "trusted-types default",
];

/**
 * script-src besides Astro's hashes: Pagefind compiles its WebAssembly index reader on the page when its
 * worker is not available ('wasm-unsafe-eval' allows WebAssembly and nothing else; no 'unsafe-eval').
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** frame-ancestors, which a <meta> cannot carry: embeds may be framed anywhere, other pages nowhere. */
export const FRAME_ANCESTORS = { embed: "*", page: "'none'" } as const;
