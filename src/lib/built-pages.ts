/** Build side: the HTML files of a finished build, for the integrations that edit every page after Astro. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every .html file under `dir`, leaving out the asset and search-index folders. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === "_astro" || e.name === "pagefind" ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith(".html") ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}
