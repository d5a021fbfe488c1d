/**
 * Astro integration: finishes every built page for its Content Security Policy, after Astro has written it and
 * before Pagefind indexes it and the service worker precaches it (its place in astro.config.mjs):
 * - moves the CSP <meta> Astro writes at the end of <head> to its top, so the policy covers the whole page;
 * - turns every style attribute (KaTeX's layout of each formula) into a class of one stylesheet,
 *   _astro/style-attributes.<hash>.css, linked from the pages that use it;
 * - writes _headers: the same policy as a header, with frame-ancestors, for hosts that read that file.
 */
import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { FRAME_ANCESTORS } from "./policy";
import { editFinishedBuild, htmlFiles, shortHash } from "../lib/built-pages";
import { cspOf, headersFile, hoistCspMeta, linkStylesheet, mergePolicies, styleAttributesToClasses, stylesheet, type HeaderRule } from "./html";

/** Cloudflare Pages reads no _headers line longer than this. */
const HEADER_LINE_LIMIT = 2000;

/** _headers rules: the site's root page, each other top-level page file, and each top-level folder; no two overlap. */
function headerRules(policies: Map<string, string>, base: string): HeaderRule[] {
  const groups = new Map<string, string[]>();
  for (const [path, policy] of policies) {
    const [first, ...rest] = path.split("/");
    const pattern = path === "index.html" ? base : rest.length ? `${base}${first}/*` : `${base}${first}`;
    groups.set(pattern, [...(groups.get(pattern) ?? []), policy]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([pattern, list]) => {
      const framed = pattern.startsWith(`${base}embed/`) ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.page;
      return { pattern, policy: `${mergePolicies(list)}; frame-ancestors ${framed}` };
    });
}

export function strictPages(): AstroIntegration {
  return editFinishedBuild("csp-pages", async ({ root, base, logger }) => {
    const files = await htmlFiles(root);
    const rules = new Map<string, readonly string[]>();
    const pages = new Map<string, { html: string; styled: boolean }>();
    const policies = new Map<string, string>();
    for (const file of files) {
      const path = relative(root, file).replaceAll("\\", "/");
      const hoisted = hoistCspMeta(await readFile(file, "utf8"));
      const html = styleAttributesToClasses(hoisted, rules);
      pages.set(file, { html, styled: html !== hoisted });
      policies.set(path, cspOf(html)!);
    }
    const css = stylesheet(rules);
    const name = `_astro/style-attributes.${shortHash(css)}.css`;
    if (rules.size) await writeFile(join(root, name), css);
    await Promise.all([...pages].map(([file, p]) => writeFile(file, p.styled ? linkStylesheet(p.html, base + name) : p.html)));

    const header = headerRules(policies, base);
    const headers = headersFile(
      header,
      "Written by src/csp/integration.ts at build time. The pages' Content Security Policy as a response header, for\n" +
        "hosts that read this file (Netlify, Cloudflare Pages): each page's <meta> policy, merged per folder, plus\n" +
        "frame-ancestors, which only a header can carry: embeds may be framed by any site, other pages by none.",
    );
    if (headers.split("\n").some((l) => l.length > HEADER_LINE_LIMIT)) logger.warn(`_headers: a policy is longer than Cloudflare Pages reads (${HEADER_LINE_LIMIT} characters a line)`);
    await writeFile(join(root, "_headers"), headers);
    const styled = [...pages.values()].filter((p) => p.styled).length;
    logger.info(
      `${files.length} pages: CSP <meta> first in <head>; style attributes of ${styled} pages → ${rules.size} classes in ${name} ` +
        `(${(css.length / 1024).toFixed(1)} kB); _headers with ${header.length} rules`,
    );
  });
}
