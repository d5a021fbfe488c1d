/**
 * Offline reading: @vite-pwa/astro (Workbox's generateSW) writes a service worker that precaches the whole
 * built site, so after one visit every page and the search index open without a network. Runs after the
 * Pagefind integration, whose index it must include. The page side is ./register.ts.
 */
import AstroPWA from "@vite-pwa/astro";
import { SITE } from "../consts";

/** What a visit stores: every page, script, stylesheet, figure, download, the KaTeX fonts the browser uses (woff2) and the search index; the manifest is added by the plugin. */
export const PRECACHE_GLOBS = ["**/*.{html,js,css,svg,png,woff2,json,csv}", "pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}", "pagefind/wasm.en.pagefind"];

export function offlineReading(base: string) {
  return AstroPWA({
    registerType: "prompt", // a new version waits until the reader chooses to reload (./register.ts asks)
    injectRegister: false, // registered by a bundled module script, never inline (the pages' CSP allows no unhashed inline script: src/csp/)
    manifest: {
      name: SITE.title,
      short_name: SITE.shortTitle,
      description: SITE.description,
      lang: SITE.lang,
      start_url: base,
      scope: base,
      display: "standalone",
      theme_color: "#0b5cad",
      background_color: "#ffffff",
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      // 404.html has no URL of its own that answers 200, and one failed download would abort the whole install.
      // Preview cards are for link unfurlers and formula PNGs for slides: not worth a reader's offline storage.
      globIgnores: ["**/node_modules/**/*", "404.html", "cards/**", "formulas/*.png"],
      // The HTML of a static page never depends on its query (calculator state, ?q= on /search/, Pagefind's
      // ?ts= cache-buster): look every request up without it.
      ignoreURLParametersMatching: [/.*/],
      // A URL the site does not have must not turn into the home page: no fallback.
      navigateFallback: null,
      cleanupOutdatedCaches: true,
    },
  });
}
