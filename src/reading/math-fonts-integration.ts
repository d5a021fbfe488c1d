/**
 * Astro integration: subsets the built KaTeX woff2 fonts to the characters the pages' formulas draw (./math-fonts.ts)
 * and renames each changed font and each stylesheet naming one. It runs first of the steps that edit the finished
 * build (astro.config.mjs): the font preloads of ./after-paint-integration.ts and the service worker's precache
 * (src/offline/) then see the new names. The woff and ttf copies stay whole: only a browser without woff2 asks for them.
 */
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import subsetFont from "subset-font";
import { editFinishedBuild, htmlFiles, textFiles } from "../lib/built-pages";
import { escapeRegExp } from "../lib/regexp";
import { keptCharacters, mathCharacters, renamed } from "./math-fonts";

/** Replace each old name by its new one in every text file of the build. */
async function renameEverywhere(root: string, names: ReadonlyMap<string, string>): Promise<void> {
  if (!names.size) return;
  const pattern = new RegExp([...names.keys()].map(escapeRegExp).join("|"), "g");
  for (const file of await textFiles(root)) {
    const text = await readFile(file, "utf8");
    const out = text.replace(pattern, (name) => names.get(name)!);
    if (out !== text) await writeFile(file, out);
  }
}

export function subsetMathFonts() {
  return editFinishedBuild("subset-math-fonts", async ({ root, logger }) => {
    const pages = await Promise.all((await htmlFiles(root)).map(async (file) => mathCharacters(await readFile(file, "utf8"))));
    const kept = keptCharacters(pages);
    const assets = join(root, "_astro");
    const files = await readdir(assets);
    const fonts = files.filter((f) => f.startsWith("KaTeX_") && f.endsWith(".woff2"));
    if (!fonts.length) throw new Error("no KaTeX woff2 fonts in _astro/: the stylesheet no longer brings them");

    const fontNames = new Map<string, string>();
    let before = 0;
    let after = 0;
    for (const font of fonts) {
      const whole = await readFile(join(assets, font));
      const cut = await subsetFont(whole, kept, { targetFormat: "woff2" });
      const name = renamed(font, cut);
      await writeFile(join(assets, name), cut);
      if (name !== font) await rm(join(assets, font));
      fontNames.set(font, name);
      before += whole.length;
      after += cut.length;
    }
    await renameEverywhere(root, fontNames);

    // The stylesheets that name a font now hold new text under an old name: they are renamed in turn.
    const sheetNames = new Map<string, string>();
    for (const sheet of files.filter((f) => f.endsWith(".css"))) {
      const text = await readFile(join(assets, sheet), "utf8");
      if (![...fontNames.values()].some((name) => text.includes(name))) continue;
      const name = renamed(sheet, text);
      await rename(join(assets, sheet), join(assets, name));
      sheetNames.set(sheet, name);
    }
    await renameEverywhere(root, sheetNames);
    logger.info(`${fonts.length} KaTeX fonts cut to ${kept.length} characters: ${before} → ${after} bytes (woff2)`);
  });
}
