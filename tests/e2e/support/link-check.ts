import { readFileSync, existsSync, statSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { parseHTML } from "linkedom";

export interface Problem {
  page: string;
  url: string;
  why: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Checks every link, asset and redirect target in a built site: internal targets must exist (as files) and
 * fragments must name an element id on the target page; assets must not come from other hosts.
 */
export function checkLinks(dir: string, base: string): { problems: Problem[]; links: number; pages: number; targets: Set<string>; redirects: Map<string, string> } {
  const problems: Problem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      set = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id")!));
      for (const a of document.querySelectorAll("a[name]")) set.add(a.getAttribute("name")!);
      idsCache.set(file, set);
    }
    return set;
  };
  const origin = "http://site.invalid";
  let links = 0;
  /** Every internal address that resolved, fragment included ("/sec/2.3/", "/failure-mechanisms/#sec-2-3"). */
  const targets = new Set<string>();
  /** Each redirect page and where it sends the reader, both base-relative ("/sec/2.3/" → "/failure-mechanisms/#sec-2-3"). */
  const redirects = new Map<string, string>();
  const files = htmlFiles(dir);
  for (const file of files) {
    const pagePath = base + file.slice(dir.length + 1).replace(/index\.html$/, "").replace(/\\/g, "/");
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const refs: { url: string; asset: boolean }[] = [];
    for (const el of document.querySelectorAll("a[href]")) refs.push({ url: el.getAttribute("href")!, asset: false });
    for (const el of document.querySelectorAll("link[href]")) {
      const rel = el.getAttribute("rel") ?? "";
      refs.push({ url: el.getAttribute("href")!, asset: rel !== "canonical" });
    }
    for (const el of document.querySelectorAll("script[src], img[src], source[src], iframe[src]")) refs.push({ url: el.getAttribute("src")!, asset: true });
    const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
    const redirect = refresh?.replace(/^\d+;\s*url=/i, "");
    if (redirect) refs.push({ url: redirect, asset: false });
    for (const { url, asset } of refs) {
      links++;
      if (/^(mailto:|tel:|javascript:|data:)/.test(url)) continue;
      const u = new URL(url, origin + pagePath);
      if (u.origin !== origin) {
        if (asset) problems.push({ page: pagePath, url, why: "asset loaded from another host" });
        continue;
      }
      if (!u.pathname.startsWith(base)) {
        problems.push({ page: pagePath, url, why: `outside the base path ${base}` });
        continue;
      }
      const rel = decodeURIComponent(u.pathname.slice(base.length));
      let target = join(dir, rel);
      if (existsSync(target) && statSync(target).isDirectory()) {
        if (!u.pathname.endsWith("/")) {
          problems.push({ page: pagePath, url, why: "directory link without trailing slash" });
          continue;
        }
        target = join(target, "index.html");
      }
      if (!existsSync(target)) {
        problems.push({ page: pagePath, url, why: "target does not exist" });
        continue;
      }
      if (u.hash && target.endsWith(".html")) {
        const id = decodeURIComponent(u.hash.slice(1));
        if (id && !ids(target).has(id)) {
          problems.push({ page: pagePath, url, why: `no element with id "${id}"` });
          continue;
        }
      }
      targets.add(u.pathname.slice(base.length - 1) + u.hash);
      if (url === redirect) redirects.set(pagePath.slice(base.length - 1), u.pathname.slice(base.length - 1) + u.hash);
    }
  }
  return { problems, links, pages: files.length, targets, redirects };
}

export const _forTests = { dirname };
