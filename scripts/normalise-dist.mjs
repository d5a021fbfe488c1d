// Prints every built file of a dist/ folder with asset file names and content hashes replaced by
// placeholders, so two builds can be compared for real differences: node scripts/normalise-dist.mjs dist > a.txt
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.argv[2] ?? "dist";
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(root).sort()) {
  const rel = relative(root, file);
  if (rel.startsWith("_astro/") || rel.startsWith("pagefind/")) continue; // bundles and index: named by hash
  if (!/\.(html|json|csv|xml|txt|svg)$/.test(rel)) continue;
  const text = readFileSync(file, "utf8").replace(/\/_astro\/[\w.@-]+/g, "/_astro/ASSET").replace(/astro-[a-z0-9]{8}/g, "astro-HASH").replace(/data-astro-cid-[a-z0-9]+/g, "data-astro-cid");
  console.log(`=== ${rel}\n${text.replace(/></g, ">\n<")}`);
}
