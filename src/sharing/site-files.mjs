// robots.txt pointing at the sitemap, written after a build that knows its public address (SITE_URL).
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** Pages kept out of the sitemap: embeds, short-link redirects and the 404 page (all noindex). */
export const SITEMAP_EXCLUDED = /\/(embed|eq)\/|\/404\/?$/;

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
