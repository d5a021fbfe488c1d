import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { parseHTML } from "linkedom";
import { loadProblems } from "../../src/problems/load";
import { axeBothSchemes } from "./support/axe";
import { builtHtml } from "./support/site";

// Problems against the production build: the answer contract, checking, hints and solution by keyboard,
// filters and the printed sheet, and the equations' lists of problems.

const problems = loadProblems();
// These pages are long and load the calculator code on demand: allow for a machine shared by many test runs.
test.describe.configure({ timeout: 90_000 });
/** For states that appear once code has loaded (the calculator runtime restoring a link's inputs). */
const LOADED = { timeout: 20_000 };
const problem = (page: Page, id: string) => page.locator(`#problem-${id}`);

async function answer(page: Page, id: string, text: string, unit?: string) {
  const p = problem(page, id);
  await p.getByLabel("Answer", { exact: true }).fill(text);
  if (unit) await p.getByLabel("Unit").selectOption(unit);
  await p.getByRole("button", { name: "Check" }).click();
  return p.getByRole("status");
}

// A problem's own page is its equation's, which holds its worked solution; /problems/ lists them all and brings a
// solution from there when it is opened. Both are read from the built pages (dist/) here.
const parsed = new Map<string, Document>();
const builtPage = (path: string) => {
  if (!parsed.has(path)) parsed.set(path, parseHTML(builtHtml(path)).document as unknown as Document);
  return parsed.get(path)!;
};
const built = builtPage("problems/");
const solutionOf = (solved: (typeof problems)[number]) => builtPage(`equations/${solved.def.slug}/`).getElementById(`problem-${solved.problem.id}`);

test("every problem on /problems/ holds the contract: anchor, Answer input with data-output and data-answer, solution, calculator link", async ({ page }) => {
  await page.goto("problems/");
  for (const solved of problems) {
    const p = problem(page, solved.problem.id);
    const input = p.getByLabel("Answer", { exact: true });
    await expect(input).toBeVisible();
    await expect(input).toHaveAttribute("data-output", `${solved.def.slug}.${solved.output.name}`);
    await expect(input).toHaveAttribute("data-answer", String(solved.answer));
    await expect(p.locator("details.problem-solution")).toHaveCount(1);
    await expect(p.locator("details.problem-solution")).toHaveAttribute("data-solution-from", `/equations/${solved.def.slug}/`);
    // Where that solution is: one step title with its calculator link per step, the last for this answer.
    const links = [...(solutionOf(solved)?.querySelectorAll("details.problem-solution .problem-step-title a") ?? [])];
    expect(links, solved.problem.id).toHaveLength(solved.steps.length);
    expect(links.at(-1)?.getAttribute("href"), solved.problem.id).toMatch(new RegExp(`^/equations/${solved.def.slug}/\\?${solved.def.slug}\\.`));
  }
});

// data-answer must equal what the linked calculator shows. The link and the attribute are read from the built
// pages, so each test costs one navigation: the calculator's.
test.describe("each problem's calculator link shows its data-answer", () => {
  for (const solved of problems) {
    const id = solved.problem.id;
    const article = built.getElementById(`problem-${id}`);
    const dataAnswer = article?.querySelector("input[data-answer]")?.getAttribute("data-answer") ?? "missing";
    const href = [...(solutionOf(solved)?.querySelectorAll(".problem-step-title a") ?? [])].at(-1)?.getAttribute("href") ?? "missing";
    test(id, async ({ page }) => {
      await page.goto(href);
      const output = page.locator(`#calc-${solved.def.slug} output[name="${solved.output.name}"]`);
      await expect(output).toHaveAttribute("data-value", dataAnswer, LOADED);
    });
  }
});

test.describe("checking an answer (/problems/)", () => {
  test("correct, in the unit asked and in another unit", async ({ page }) => {
    await page.goto("problems/");
    let status = await answer(page, "sand-time-operando", "32.2");
    await expect(status).toHaveText(/^Correct/);
    await expect(status).toContainText("32.2\u00A0min");
    status = await answer(page, "sand-time-operando", "1.934e3", "s");
    await expect(status).toHaveText(/^Correct/);
    status = await answer(page, "sand-time-operando", "0.537", "h");
    await expect(status).toHaveText(/^Correct/);
  });

  test("the right digits in the wrong unit: check the unit", async ({ page }) => {
    await page.goto("problems/");
    // Seconds typed while minutes are selected: a unit factor of 60.
    let status = await answer(page, "sand-time-operando", "1934", "min");
    await expect(status).toHaveText(/^Check the unit/);
    // mV typed as V: a power of ten.
    status = await answer(page, "tafel-fast", "118", "V");
    await expect(status).toHaveText(/^Check the unit/);
  });

  test("a wrong answer: not yet; text that is not a number: a hint how to type it", async ({ page }) => {
    await page.goto("problems/");
    let status = await answer(page, "sand-time-operando", "45");
    await expect(status).toHaveText(/^Not yet/);
    await expect(problem(page, "sand-time-operando").getByLabel("Answer", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    status = await answer(page, "sand-time-operando", "about half an hour");
    await expect(status).toHaveText(/^Type a number/);
    await expect(problem(page, "sand-time-operando").getByLabel("Answer", { exact: true })).toHaveAttribute("aria-invalid", "true");
    // The printed form of eqn (6) gives a different number: not accepted.
    status = await answer(page, "sand-time-operando", "2.95");
    await expect(status).toHaveText(/^Not yet/);
  });

  test("typed notation: superscripts and × 10^", async ({ page }) => {
    await page.goto("problems/");
    await expect(await answer(page, "creep-yield-stress", "5.04 × 10⁻³")).toHaveText(/^Correct/);
    await expect(await answer(page, "creep-yield-stress", "5.04x10^-3")).toHaveText(/^Correct/);
    await expect(await answer(page, "sei-mass-balance-fast-churn", "−509")).toHaveText(/^Correct/);
    await expect(await answer(page, "sei-mass-balance-fast-churn", "509")).toHaveText(/^Not yet/); // the printed sign
  });

  test("Enter in the field checks too, and the verdict is announced through role=status", async ({ page }) => {
    await page.goto("equations/c-rate/");
    const p = problem(page, "c-rate-review-example");
    const input = p.getByLabel("Answer", { exact: true });
    await input.fill("1.5");
    await input.press("Enter");
    await expect(p.getByRole("status")).toHaveText(/^Correct/);
    await expect(page).toHaveURL(/\/equations\/c-rate\/$/); // nothing was submitted
  });
});

test.describe("hints and the worked solution by keyboard", () => {
  test("hints open one at a time with Enter; the solution with Space", async ({ page }) => {
    await page.goto("problems/");
    const p = problem(page, "sand-time-operando");
    await p.getByRole("button", { name: "Check" }).focus();
    const [first, second, third] = problems.find((x) => x.problem.id === "sand-time-operando")!.problem.hints;

    await expect(p.getByText(first!)).toBeHidden();
    await expect(p.getByText("Hint 2 of 3")).toBeHidden(); // the next hint is not even offered yet
    await page.keyboard.press("Tab");
    await expect(p.getByText("Hint 1 of 3")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(p.getByText(first!)).toBeVisible();
    await expect(p.getByText(second!)).toBeHidden();

    await page.keyboard.press("Tab");
    await expect(p.getByText("Hint 2 of 3")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(p.getByText(second!)).toBeVisible();
    await expect(p.getByText(third!)).toBeHidden();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(p.getByText(third!)).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(p.getByText("Worked solution")).toBeFocused();
    const solution = p.locator("details.problem-solution");
    await expect(solution.getByText(/^Answer:/)).toBeHidden();
    await page.keyboard.press(" ");
    await expect(solution).toHaveAttribute("open", "");
    // Brought from the equation's page in place of the link there, focus left where it was.
    await expect(solution.getByText("Answer:")).toBeVisible();
    await expect(solution.getByRole("link", { name: /Read it on the page of/ })).toHaveCount(0);
    await expect(p.getByText("Worked solution")).toBeFocused();
    await expect(solution).toContainText("32.2\u00A0min");
    // The working: the corrected form is named, the values are in, the link opens the calculator.
    await expect(solution).toContainText("Corrected form");
    await expect(solution.locator("math")).not.toHaveCount(0);
    await expect(solution.getByRole("link", { name: /open in the calculator/ })).toHaveAttribute("href", /sand-time\.j=5/);
  });
});

test("a worked solution is asked for when the pointer reaches it, and an equation's page only once", async ({ page }) => {
  await page.goto("problems/");
  const asked: string[] = [];
  page.on("request", (request) => new URL(request.url()).pathname === "/equations/sand-time/" && asked.push(request.url()));
  const [first, second] = problems.filter((p) => p.def.slug === "sand-time").map((p) => problem(page, p.problem.id).locator("details.problem-solution"));
  await first!.locator("summary").hover();
  await expect.poll(() => asked.length).toBe(1); // before any press
  await first!.locator("summary").click();
  await expect(first!.locator(".problem-result")).toBeVisible();
  await second!.locator("summary").click();
  await expect(second!.locator(".problem-result")).toBeVisible();
  expect(asked).toHaveLength(1);
});

test("a worked solution that cannot be brought says why and keeps the link to its page", async ({ page }) => {
  await page.route(/\/equations\/tafel\/$/, (route) => route.fulfill({ status: 503, body: "unavailable" }));
  await page.goto("problems/");
  const solution = problem(page, "tafel-fast").locator("details.problem-solution");
  await solution.locator("summary").click();
  await expect(solution.getByRole("status")).toHaveText(
    "The worked solution could not be loaded (the equation's page answered 503). The link above opens it there.",
  );
  await expect(solution.getByRole("link", { name: /^Read it on the page of eqn \(5\)/ })).toHaveAttribute("href", "/equations/tafel/#problem-tafel-fast");
  // Closed and opened again, it tries again.
  await page.unroute(/\/equations\/tafel\/$/);
  await solution.locator("summary").click();
  await expect(solution).not.toHaveAttribute("open");
  await solution.locator("summary").click();
  await expect(solution.locator(".problem-result")).toContainText("118");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("statement, givens, hints and the solution are all there; the answer form waits for script", async ({ page }) => {
    await page.goto("problems/");
    const listed = problem(page, "hot-spot-sand-time");
    await expect(listed.getByText("Given for step 1")).toBeVisible();
    await expect(listed.locator("[data-problem]")).toBeHidden();
    // The list's solutions live on their equations' pages: opened without script, one links there.
    await listed.getByText("Worked solution").click();
    await listed.getByRole("link", { name: "Read it on the page of eqn (6) (problem: Sand's time at a hot spot)" }).click();
    await expect(page).toHaveURL(/\/equations\/sand-time\/#problem-hot-spot-sand-time$/);
    const p = problem(page, "hot-spot-sand-time");
    await expect(p).toBeInViewport();
    await p.getByText("Worked solution").click();
    await expect(p.getByText("Step 3 · eqn (6)")).toBeVisible();
    await expect(p.locator(".problem-result")).toContainText("113");
  });
});

test.describe("/problems/: filters, sheet, accessibility", () => {
  test("filter by chapter and difficulty, kept in the address", async ({ page }) => {
    await page.goto("problems/");
    const all = page.locator("article.problem");
    await expect(all).toHaveCount(problems.length);
    await page.getByLabel("Chapter").selectOption("hybrid-interphases");
    const hybrid = problems.filter((p) => p.problem.chapter === "hybrid-interphases");
    await expect(page.locator("article.problem:visible")).toHaveCount(hybrid.length);
    await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(`Showing ${hybrid.length} of ${problems.length} problems.`);
    await expect(page).toHaveURL(/\?chapter=hybrid-interphases$/);

    await page.getByLabel("Difficulty").selectOption("challenge");
    const both = hybrid.filter((p) => p.problem.difficulty === "challenge");
    await expect(page.locator("article.problem:visible")).toHaveCount(both.length);
    await expect(page.getByRole("heading", { name: /Failure mechanisms/ })).toBeHidden();

    await page.reload();
    await expect(page.getByLabel("Chapter")).toHaveValue("hybrid-interphases");
    await expect(page.getByLabel("Difficulty")).toHaveValue("challenge");
    await expect(page.locator("article.problem:visible")).toHaveCount(both.length);
  });

  test("the printed sheet: problems numbered, no controls, answers from a new page; the PDF renders", async ({ page }) => {
    await page.goto("problems/?chapter=plating-and-stripping");
    const shown = problems.filter((p) => p.problem.chapter === "plating-and-stripping");
    await expect(page.getByRole("button", { name: "Print a problem sheet" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("article.problem:visible")).toHaveCount(shown.length);
    await expect(page.getByLabel("Answer", { exact: true }).first()).toBeHidden();
    await expect(page.locator(".problem-solution:visible, .problem-hint:visible, .problem-filters:visible, .site-header:visible")).toHaveCount(0);
    const key = page.getByRole("heading", { name: "Answers" });
    await expect(key).toBeVisible();
    expect(await page.locator(".answer-key").evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
    await expect(page.locator(".answer-key li:visible")).toHaveCount(shown.length);
    const title = await page.locator("article.problem:visible .problem-title").first().evaluate((el) => getComputedStyle(el, "::before").content);
    expect(title).toContain("Problem");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  // The page with everything closed is scanned with every other page (a11y.spec.ts); here one chapter's problems
  // are opened up, with a verdict of each kind showing: one load, scanned in both themes as a11y.spec.ts does.
  test("axe, light and dark, with hints, solutions and verdicts showing", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("problems/?chapter=plating-and-stripping");
    await answer(page, "sand-time-operando", "32.2");
    await answer(page, "tafel-fast", "118", "V");
    await answer(page, "limiting-current-glass-fibre", "1");
    await answer(page, "void-flux-fast-stripping", "soon");
    await page.locator("article.problem:not([hidden]) details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect(page.locator("article.problem:not([hidden]) details.problem-solution:not([data-solution=loaded])")).toHaveCount(0);
    const { light, dark } = await axeBothSchemes(page);
    expect.soft(light, "light").toEqual([]);
    expect(dark, "dark").toEqual([]);
  });
});

test.describe("problems under their equations", () => {
  test("a chapter links each equation to its problems in one line, which leads to them on the equation's page", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const under = problems.filter((p) => p.def.slug === "sand-time");
    const link = page.locator("#eq-sand-time .eq-problems").getByRole("link");
    await expect(link).toHaveText(`${under.length} problems on this equation`);
    // The chapter carries the link only: the problems themselves are on the equation's page and /problems/.
    await expect(page.locator("[id^='problem-']")).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(/\/equations\/sand-time\/#problems$/);
    await expect(page.getByRole("heading", { name: "Problems", level: 2 })).toBeInViewport();
    for (const solved of under) await expect(problem(page, solved.problem.id)).toHaveCount(1);
  });

  test("under the sub-path, the calculator link and the check work", async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}problems/`);
    await expect(await answer(page, "na-capacity-sodium", "1166")).toHaveText(/^Correct/);
    await problem(page, "na-capacity-sodium").getByText("Worked solution").click(); // fetched from under the sub-path
    const href = await problem(page, "na-capacity-sodium").locator(".problem-step-title a").getAttribute("href");
    expect(href!.startsWith(`${SUBPATH}equations/na-capacity/?`)).toBe(true);
  });
});
