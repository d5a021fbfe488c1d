import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Chapter slugs in reading order, read from the chapters' front matter. */
export function chapterSlugs(): string[] {
  const dir = "content/chapters";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ""), order: Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, f), "utf8"))?.[1]) }))
    .sort((a, b) => a.order - b.order)
    .map((c) => c.slug);
}

/** Every HTML file of a built site, as site paths ("failure-mechanisms/"), redirect stubs excluded unless asked. */
export function builtPages(dir = "dist", { redirects = false } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name === "pagefind" || name === "_astro") continue;
        walk(p);
      } else if (name.endsWith(".html")) {
        const html = readFileSync(p, "utf8");
        if (!redirects && /http-equiv="refresh"/.test(html)) continue;
        out.push(relative(dir, p).replace(/index\.html$/, "").replace(/\\/g, "/"));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML of a built page, by the site path builtPages gives ("failure-mechanisms/", "404.html"). */
export function builtHtml(path: string, dir = "dist"): string {
  return readFileSync(join(dir, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
}
