// robots.txt pointing at the sitemap, written after a build that knows its public address (SITE_URL).
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * Pages kept out of the sitemap: the short links to equations and sections (/eq/6/, /sec/2.3/: redirects, noindex),
 * the 404 page, and the pages that name another as canonical: embeds (their equation's page) and the course pack's
 * chapter pages (/print/<chapter>/, their chapter's page). /print/ itself stays.
 */
export const SITEMAP_EXCLUDED = /\/(embed|eq|sec)\/|\/print\/[^/]+\/|\/404\/?$/;

/** An Astro integration: writes robots.txt with the sitemap's absolute address. */
export function robotsTxt() {
  let site;
  let base = "/";
  return {
    name: "robots-txt",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        const sitemap = new URL(`${base.replace(/\/?$/, "/")}sitemap-index.xml`, site).href;
        await writeFile(fileURLToPath(new URL("robots.txt", dir)), `User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`);
      },
    },
  };
}
