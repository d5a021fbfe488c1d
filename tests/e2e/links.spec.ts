import { test, expect } from "./support/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkLinks } from "./support/link-check";
import { SUBPATH } from "../../playwright.config";

/** The review's numbered sections, each with a short link /sec/<n>/. */
const SECTIONS = ["1", "2", "2.1", "2.2", "2.3", "3", "4", "4.1", "4.2", "4.3", "5"];

// Link integrity of the built site: every internal link, asset, redirect target and fragment resolves.
for (const [dir, base] of [["dist", "/"], ["dist-base", SUBPATH]] as const) {
  test(`no broken links or fragments in ${dir}/ (base ${base})`, () => {
    const { problems, links, pages, targets, redirects } = checkLinks(dir, base);
    console.log(`${dir}: ${pages} HTML files, ${links} links, assets and redirects checked, ${problems.length} problems`);
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(500);
    expect(problems, problems.map((p) => `${p.page} → ${p.url}: ${p.why}`).join("\n")).toEqual([]);
    // Section short links are among what was checked: each is linked from the site and its redirect lands on a heading.
    for (const n of SECTIONS) {
      expect(targets, `/sec/${n}/ is linked and exists`).toContain(`/sec/${n}/`);
      expect(redirects.get(`/sec/${n}/`), `the redirect of /sec/${n}/ was checked and lands on its heading`).toMatch(new RegExp(`^/[a-z-]+/#sec-${n.replaceAll(".", "-")}$`));
    }
  });
}

test("the checker catches a section short link whose heading is gone", () => {
  const dir = mkdtempSync(join(tmpdir(), "links-"));
  try {
    cpSync("dist/sec", join(dir, "sec"), { recursive: true });
    for (const slug of ["gas-generation", "plating-and-stripping"]) cpSync(`dist/${slug}`, join(dir, slug), { recursive: true });
    const chapter = join(dir, "gas-generation/index.html");
    writeFileSync(chapter, readFileSync(chapter, "utf8").replaceAll('id="sec-2-3"', 'id="gas"'));
    const { problems, redirects } = checkLinks(dir, "/");
    expect(problems).toContainEqual({ page: "/sec/2.3/", url: "/gas-generation/#sec-2-3", why: 'no element with id "sec-2-3"' });
    expect(redirects.has("/sec/2.3/"), "a broken redirect is not counted as checked").toBe(false);
    expect(redirects.get("/sec/2.2/")).toBe("/plating-and-stripping/#sec-2-2");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
