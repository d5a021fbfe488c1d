/**
 * Astro integration: applies ./math-fonts.ts to every built page, after Astro has written it and before Pagefind
 * indexes it and the service worker precaches it (its place in astro.config.mjs).
 */
import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { preloadMathFonts } from "./math-fonts";
import { htmlFiles } from "../lib/built-pages";

export function mathFontPreloads(): AstroIntegration {
  let base = "/";
  return {
    name: "math-font-preloads",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = await readdir(join(root, "_astro"));
        const font = (family: string) => {
          const file = assets.find((f) => f.startsWith(`KaTeX_${family}.`) && f.endsWith(".woff2"));
          return file && `${base}_astro/${file}`;
        };
        const fonts = { main: font("Main-Regular"), math: font("Math-Italic") };
        if (!fonts.main || !fonts.math) throw new Error("KaTeX's Main-Regular and Math-Italic fonts are not in _astro/");
        let preloading = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          const out = preloadMathFonts(html, fonts);
          if (out !== html) {
            preloading++;
            await writeFile(file, out);
          }
        }
        logger.info(`${preloading} pages with formulas preload KaTeX's fonts`);
      },
    },
  };
}
