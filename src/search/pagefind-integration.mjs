// @ts-check
/** Astro integration: after every production build, indexes the output folder with Pagefind into <outDir>/pagefind/. */
import { readdir, readFile, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { editFinishedBuild, htmlFiles } from "../lib/built-pages.ts";

/** How the site is indexed. Pages opt in with data-pagefind-body; these selectors are left out inside them. */
const PAGEFIND_CONFIG = {
  excludeSelectors: [
    ".katex", // rendered math: KaTeX HTML, MathML and the TeX annotation (equations carry search text instead)
    "math",
    ".preview", // hover previews repeat text that lives elsewhere (reference entries, equation names)
    ".eq-tools", // the copy menu
  ],
  // "+" is part of words such as "t+" (the transference number), so searching it does not match every "t".
  includeCharacters: "+",
  forceLanguage: "en",
};

/**
 * Pagefind separates the text of table data cells but joins that of adjacent header cells and of a list's terms
 * and values: a record page's tests table was indexed as "TestCellCathodeCurrent densityAreal capacity", and its
 * excerpts showed it so. What it reads gets a space after each of those closing tags (the pages are not changed).
 * @param {string} html
 */
export const forIndex = (html) => html.replace(/<\/(th|dt|dd)>/g, "$& ");

/** @returns {import("astro").AstroIntegration} */
export function pagefindIndex() {
  return editFinishedBuild("pagefind-index", async ({ root, logger }) => {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
    const files = await htmlFiles(root);
    const problems = [];
    for (const file of files) {
      // Pagefind makes each result's URL from this path ("about/index.html" → /about/).
      const sourcePath = relative(root, file).split(sep).join("/");
      problems.push(...(await index.addHTMLFile({ sourcePath, content: forIndex(await readFile(file, "utf8")) })).errors);
    }
    const output = join(root, "pagefind");
    const written = await index.writeFiles({ outputPath: output });
    await pagefind.close();
    problems.push(...written.errors);
    if (problems.length) throw new Error(`Pagefind: ${problems.join("; ")}`);
    // The site queries Pagefind's JS API and draws its own results: the bundled UIs are never loaded.
    for (const file of await readdir(output)) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) await rm(join(output, file));
    }
    logger.info(`read ${files.length} HTML files (pages without data-pagefind-body are skipped); index in ${written.outputPath}`);
  });
}
