// @ts-check
import { defineConfig, envField } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { remarkSectionIds } from "./src/reading/section-ids.mjs";
import { remarkUnitSpaces } from "./src/reading/unit-spaces.mjs";
import { rehypeTableScroll } from "./src/reading/table-scroll.mjs";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/search/pagefind-integration.mjs";
import { remarkGlossaryTerms } from "./src/glossary/remark-terms.ts";
import { getGlossary } from "./src/glossary/load.ts";
import { offlineReading } from "./src/offline/integration.ts";
import { robotsTxt, SITEMAP_EXCLUDED } from "./src/sharing/site-files.mjs";
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from "./src/csp/policy.ts";
import { strictPages } from "./src/csp/integration.ts";
import { enhanceAfterPaint } from "./src/reading/after-paint-integration.ts";
import { subsetMathFonts } from "./src/reading/math-fonts-integration.ts";

// SITE_BASE serves the site under a sub-path (GitHub Pages: "/<repo>/"). SITE_URL is the public origin
// ("https://owner.github.io"): canonical and og:url addresses, the sitemap and robots.txt exist only when it is set.
const base = process.env.SITE_BASE || "/";
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Every stylesheet, script and asset is a file of this origin, which the pages' CSP allows as 'self'
  // (src/csp/README.md): Astro 5 computes no hash for stylesheets it inlines from the components of MDX chapters,
  // and Vite would inline small assets as data: URLs (a KaTeX font) and Astro small scripts (each needing a hash).
  // The site's CSS is one stylesheet, cached once for every page, instead of a file per component.
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  markdown: {
    // The glossary plugin links the first mention of each term in a chapter (src/glossary/README.md).
    remarkPlugins: [remarkMath, remarkSectionIds, remarkUnitSpaces, [remarkGlossaryTerms, { terms: getGlossary() }]],
    // MathML is kept so screen readers get the formulas; throwOnError makes bad TeX fail the build.
    rehypePlugins: [[rehypeKatex, { output: "htmlAndMathml", throwOnError: true }], rehypeTableScroll],
  },
  env: {
    schema: {
      // The repository the site is built from (https://github.com/owner/name): "Suggest a correction" and each
      // page's change history link to it, and are left out without it. Set by .github/workflows/deploy.yml.
      REPO_URL: envField.string({ context: "server", access: "public", optional: true }),
    },
  },
  // Every page carries a Content Security Policy in a <meta>: Astro adds script-src and style-src with the hashes
  // of what it emits (src/csp/README.md).
  experimental: { csp: { directives: CSP_DIRECTIVES, scriptDirective: { resources: SCRIPT_RESOURCES } } },
  // subsetMathFonts() cuts the KaTeX fonts to the characters the formulas draw and renames them (src/reading/math-fonts.ts);
  // enhanceAfterPaint() starts each page's scripts after its first paint (src/reading/after-paint.ts);
  // strictPages() finishes every page for its CSP (src/csp/); pagefindIndex() then indexes the finished output of
  // every build (dist/, dist-base/); offlineReading() runs last, so the service worker's precache includes the
  // index and the finished pages. The sitemap and robots.txt need SITE_URL.
  integrations: [
    mdx(),
    ...(site ? [sitemap({ filter: (page) => !SITEMAP_EXCLUDED.test(new URL(page).pathname) }), robotsTxt()] : []),
    subsetMathFonts(),
    enhanceAfterPaint(),
    strictPages(),
    pagefindIndex(),
    offlineReading(base),
  ],
});
