/** Build side: the HTML files of a finished build, for the integrations that edit every page after Astro. */
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What an integration that edits a finished build is given: its folder, the site's base path ("/" or "/fcna/"), Astro's logger. */
export interface FinishedBuild {
  root: string;
  base: string;
  logger: AstroIntegrationLogger;
}

/** An Astro integration named `name` that runs `edit` on the finished build. */
export function editFinishedBuild(name: string, edit: (build: FinishedBuild) => Promise<void>): AstroIntegration {
  let base = "/";
  return {
    name,
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": ({ dir, logger }) => edit({ root: fileURLToPath(dir), base, logger }),
    },
  };
}

/** Every .html file under `dir`, leaving out the asset and search-index folders. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === "_astro" || e.name === "pagefind" ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith(".html") ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** Files of a built site that can name an asset: pages, stylesheets, scripts, manifests. */
const TEXT_FILE = /\.(html|css|js|mjs|json|webmanifest|xml|txt)$/;

/** Every such file under `dir`, in every folder. */
export async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && TEXT_FILE.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Eight hex digits of the SHA-256 of `content`: a name for a built file that changes when the file does. */
export function shortHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 8);
}
