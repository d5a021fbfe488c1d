/**
 * Astro integration: applies ./after-paint.ts to every built page, after Astro has written it and before the CSP
 * step (src/csp/integration.ts) hoists the policy and writes _headers from it (its place in astro.config.mjs).
 */
import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MATH_FONTS, afterFirstPaint, preloadMathFonts } from "./after-paint";
import { editFinishedBuild, htmlFiles } from "../lib/built-pages";

export function enhanceAfterPaint(): AstroIntegration {
  return editFinishedBuild("enhance-after-paint", async ({ root, base, logger }) => {
    const assets = await readdir(join(root, "_astro"));
    const fonts = Object.fromEntries(
      MATH_FONTS.map(({ font }) => {
        const file = assets.find((f) => f.startsWith(`KaTeX_${font}.`) && f.endsWith(".woff2"));
        if (!file) throw new Error(`KaTeX_${font}.woff2 is not in _astro/`);
        return [font, `${base}_astro/${file}`];
      }),
    );
    let deferred = 0;
    for (const file of await htmlFiles(root)) {
      const html = await readFile(file, "utf8");
      const out = preloadMathFonts(afterFirstPaint(html), fonts);
      if (out.includes("data-modules=")) deferred++;
      if (out !== html) await writeFile(file, out);
    }
    logger.info(`${deferred} pages start their scripts after the first paint`);
  });
}
