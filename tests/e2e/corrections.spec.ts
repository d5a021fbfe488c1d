import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { ROOT_ORIGIN, SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { getEquation } from "../../src/models";
import { clickInPlace } from "./support/unobscured";

// Each test loads chapter pages several times: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

// "Suggest a correction" and "Last updated". The sub-path build is made with REPO_URL set, as the Pages workflow
// does (package.json, build:base); the root build without it, so both sides of the rule are tested.

const REPO = "https://github.com/fcna-test/review-site";
const SUB = `${SUBPATH_ORIGIN}${SUBPATH}`;
const SAND = getEquation("sand-time");
const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

/**
 * Follows "Suggest a correction" with the repository's host answered locally, and returns the address the browser
 * went to plus every other request made meanwhile.
 */
async function followSuggest(page: Page, use: (link: ReturnType<Page["getByRole"]>) => Promise<void>, scope = page.locator(".page-meta")) {
  const issues: string[] = [];
  const others: string[] = [];
  await page.route("https://github.com/**", (route) => {
    issues.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html", body: "<title>stub</title>" });
  });
  page.on("request", (r) => !r.url().startsWith("https://github.com/") && others.push(`${r.resourceType()} ${r.url()}`));
  await use(scope.getByRole("link", { name: "Suggest a correction" }));
  await expect.poll(() => issues.length).toBe(1);
  const url = new URL(issues[0]!);
  return { url, title: url.searchParams.get("title") ?? "", body: url.searchParams.get("body") ?? "", others };
}

/** Selects the first `length` characters of the first text in `selector`, as a reader dragging over it would. */
/**
 * Selects text as a reader would: `words` inside the first element matching `selector`, or, given a number, that
 * many characters of its first text node at least that long. Returns what the page reports as selected.
 */
async function select(page: Page, selector: string, words: string | number): Promise<string> {
  return page.locator(selector).first().evaluate((el, w) => {
    const n = typeof w === "number" ? w : w.length;
    const fits = (t: Node) => (typeof w === "number" ? t.textContent!.trim().length >= n : t.textContent!.includes(w));
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (fits(t) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const node = walker.nextNode()!;
    const start = typeof w === "number" ? 0 : node.textContent!.indexOf(w);
    getSelection()!.setBaseAndExtent(node, start, node, start + n);
    return getSelection()!.toString();
  }, words);
}

test.describe("suggest a correction", () => {
  test("on a chapter: the issue names the page and holds its URL, the section and the selected text; nothing is fetched", async ({ page }) => {
    await page.goto(`${SUB}gas-generation/`);
    const selected = await select(page, ".prose > p:first-of-type", "is common under fast charging.");
    expect(selected).toBe("is common under fast charging.");
    const issue = await followSuggest(page, (link) => link.click());
    expect(`${issue.url.origin}${issue.url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(issue.title).toBe("Correction: 2.3 Gas generation");
    expect(issue.body).toContain(`**Page:** ${SUB}gas-generation/`);
    expect(issue.body).toContain("**Where:** 2.3 Gas generation");
    expect(issue.body).toContain(`> ${selected}`);
    expect(issue.others.filter((r) => !r.startsWith("document ") || !r.includes(SUBPATH_ORIGIN))).toEqual([]);
  });

  test("from the keyboard, with the selection inside an equation, it names the equation", async ({ page }) => {
    await page.goto(`${SUB}plating-and-stripping/#eq-sand-time`);
    const selected = await select(page, "#eq-sand-time .erratum p", 10);
    const issue = await followSuggest(page, async (link) => {
      await link.focus();
      await page.keyboard.press("Enter");
    });
    expect(issue.body).toContain(`**Where:** ${SAND.name}, equation (6)`);
    expect(issue.body).toContain(`> ${selected.trim()}`);
  });

  test("without a selection the contents bar's link names the section on screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${SUB}plating-and-stripping/#sec-2-2`);
    const contents = page.getByRole("navigation", { name: "On this page" });
    await expect(contents.locator("summary")).toContainText("2.2 Uneven plating");
    await clickInPlace(contents.locator("summary"));
    // The reader scrolls the open contents to their end, where the link is.
    await contents.locator(".toc-panel").evaluate((panel) => panel.scrollTo({ top: panel.scrollHeight, behavior: "instant" }));
    const issue = await followSuggest(page, (link) => clickInPlace(link), contents);
    expect(issue.body).toContain("**Where:** 2.2 Uneven plating and stripping, and the instabilities that follow");
    expect(issue.body).not.toContain("Selected text");
    expect(issue.body).toContain(`**Page:** ${SUB}plating-and-stripping/#sec-2-2`);
  });

  test("equation and interphase pages have it too, naming their subject", async ({ page }) => {
    await page.goto(`${SUB}equations/sand-time/`);
    let issue = await followSuggest(page, (link) => link.click());
    expect(issue.title).toBe(`Correction: Eqn (6): ${SAND.name}`);
    expect(issue.body).toContain(`**Where:** (6) ${SAND.name}`);
    await page.unrouteAll();
    await page.goto(`${SUB}interphases/bare-na/`);
    issue = await followSuggest(page, (link) => link.click());
    expect(issue.title).toMatch(/^Correction: .* — interphase record$/);
    expect(issue.body).toContain(`**Page:** ${SUB}interphases/bare-na/`);
  });

  test("the link works without JavaScript, from the address built at build time", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SUB}outlook/`);
    const href = await page.locator(".page-meta").getByRole("link", { name: "Suggest a correction" }).getAttribute("href");
    const url = new URL(href!);
    expect(url.searchParams.get("title")).toBe("Correction: 5 Outlook");
    expect(url.searchParams.get("body")).toMatch(/\*\*Page:\*\* \S*\/fcna\/outlook\//);
    await context.close();
  });

  test("a build without REPO_URL leaves the link out", async ({ page }) => {
    for (const path of ["failure-mechanisms/", "equations/sand-time/", "interphases/bare-na/"]) {
      await page.goto(`${ROOT_ORIGIN}/${path}`);
      await expect(page.locator("main")).toBeVisible();
      await expect(page.getByRole("link", { name: "Suggest a correction" })).toHaveCount(0);
    }
  });
});

test.describe("last updated", () => {
  for (const [path, source] of [["failure-mechanisms/", "content/chapters/failure-mechanisms.mdx"], ["interphases/nasn-nacl-sncl4/", "content/interphases/nasn-nacl-sncl4.yaml"]]) {
    test(`${path} shows when ${source} last changed, linking to its history`, async ({ page }) => {
      await page.goto(`${SUB}${path}`);
      const history = page.locator(".page-meta").getByRole("link", { name: "change history" });
      const href = (await history.getAttribute("href"))!;
      const [, commit] = new RegExp(`^${REPO}/commits/([0-9a-f]{40})/${source}$`).exec(href) ?? [];
      expect(commit, href).toBeTruthy();
      // The commit shown last touched the file (as of the build) and its date is the one printed.
      expect(git("log", "--format=%H", "--", source).split("\n")).toContain(commit);
      const time = page.locator(".page-meta time");
      await expect(time).toHaveAttribute("datetime", new Date(git("show", "-s", "--format=%cI", commit!)).toISOString());
      await expect(time).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    });
  }

  test("without REPO_URL the date is still shown, without a link", async ({ page }) => {
    await page.goto(`${ROOT_ORIGIN}/outlook/`);
    await expect(page.locator(".page-meta time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(page.locator(".page-meta a")).toHaveCount(0);
  });
});
