import { describe, expect, test } from "vitest";
import { issueBody, MAX_SELECTION, newIssueUrl, quote } from "@src/corrections/issue-url";

const REPO = "https://github.com/owner/name";
const PAGE_URL = "https://owner.github.io/name/failure-mechanisms/#sec-2-3";

/** The form's fields as GitHub reads them back from the address. */
function fields(href: string) {
  const url = new URL(href);
  return { path: `${url.origin}${url.pathname}`, title: url.searchParams.get("title"), body: url.searchParams.get("body") ?? "" };
}

describe("newIssueUrl", () => {
  test("opens the repository's new-issue form with a title naming the page", () => {
    const f = fields(newIssueUrl(REPO, { page: "2 Failure mechanisms under fast charging and discharging", url: PAGE_URL }));
    expect(f.path).toBe(`${REPO}/issues/new`);
    expect(f.title).toBe("Correction: 2 Failure mechanisms under fast charging and discharging");
    expect(f.body).toContain(`**Page:** ${PAGE_URL}`);
    expect(f.body).not.toContain("Selected text");
  });

  test("the body holds the page URL, the place and the selected text as a quote", () => {
    const f = fields(newIssueUrl(REPO, { page: "2 Failure mechanisms", url: PAGE_URL, where: "2.3 Gas generation", selection: "The gases are mainly CO₂, CO, H₂ and C₂H₄." }));
    expect(f.body).toBe(
      `**Page:** ${PAGE_URL}\n\n**Where:** 2.3 Gas generation\n\n**Selected text:**\n\n> The gases are mainly CO₂, CO, H₂ and C₂H₄.\n\n**What should change, and why** (a source helps):\n\n`,
    );
  });

  test("characters that mean something in an address travel intact (&, #, ?, +, %, quotes, angle brackets)", () => {
    const selection = `R = ρ·δ/A & "t₊" < 1 # 50% + ?x=1 <script>`;
    const f = fields(newIssueUrl(REPO, { page: "A & B #1", url: `${PAGE_URL}?sand-time.j=5&x=%20`, selection }));
    expect(f.title).toBe("Correction: A & B #1");
    expect(f.body).toContain(`${PAGE_URL}?sand-time.j=5&x=%20`);
    expect(f.body).toContain(`> ${selection}`);
  });

  test("a blank place or selection is left out", () => {
    expect(issueBody({ page: "p", url: PAGE_URL, where: "  ", selection: " \n\t " })).toBe(`**Page:** ${PAGE_URL}\n\n**What should change, and why** (a source helps):\n\n`);
  });

  test("a long selection is cut, so the address stays short enough for any browser", () => {
    const href = newIssueUrl(REPO, { page: "p", url: PAGE_URL, selection: "sodium ".repeat(2000) });
    expect(href.length).toBeLessThan(8000);
    expect(fields(href).body).toContain("…");
  });
});

describe("quote", () => {
  test.each([
    // selection as the browser gives it, the Markdown quote
    ["one line", "> one line"],
    ["  spaced   out\twords ", "> spaced out words"], // runs of white space collapse
    ["first\nsecond", "> first\n> second"], // each line quoted
    ["para one\n\n\n\npara two", "> para one\n>\n> para two"], // blank runs become one quoted blank line
    ["windows\r\nline ends", "> windows\n> line ends"],
  ])("%j → %j", (selection, expected) => {
    expect(quote(selection)).toBe(expected);
  });

  test(`stops at ${MAX_SELECTION} characters with an ellipsis`, () => {
    const q = quote("x".repeat(MAX_SELECTION + 500));
    expect(q).toBe(`> ${"x".repeat(MAX_SELECTION)}…`);
  });
});
