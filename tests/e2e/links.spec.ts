import { test, expect } from "@playwright/test";
import { checkLinks } from "./support/link-check";
import { SUBPATH } from "../../playwright.config";

// Link integrity of the built site: every internal link, asset, redirect target and fragment resolves.
for (const [dir, base] of [["dist", "/"], ["dist-base", SUBPATH]] as const) {
  test(`no broken links or fragments in ${dir}/ (base ${base})`, () => {
    const { problems, links, pages } = checkLinks(dir, base);
    console.log(`${dir}: ${pages} HTML files, ${links} links, assets and redirects checked, ${problems.length} problems`);
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(500);
    expect(problems, problems.map((p) => `${p.page} → ${p.url}: ${p.why}`).join("\n")).toEqual([]);
  });
}
