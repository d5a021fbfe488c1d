import { test, expect } from "./support/test";
import { builtPages } from "./support/site";
import { axeBothSchemes, axeViolations, COLOUR_RULES } from "./support/axe";

// Every page of the built site (read from dist/, so pages added later are covered), in one load each:
// - WCAG 2.2 1.4.10 Reflow: at 320 CSS px (and at 360, a common phone) nothing is cut off and the page never
//   scrolls sideways. Display equations and figures fit their column; wide tables scroll inside their own box.
// - axe-core, WCAG 2.2 AA, at 1280 px in both colour schemes. The colours come from light-dark() and follow the
//   emulated scheme at once, so the dark scan needs no reload; it runs the rules whose outcome depends on colour
//   (COLOUR_RULES), since every other rule sees the same document in both schemes and was run on it in light.

/** In the page: what does not fit at the current width, as short lines. Empty when everything reflows. */
function misfits(): string[] {
  const out: string[] = [];
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join("")}`;
  const where = (el: Element) => {
    const anchor = el.closest("[id]");
    return anchor && anchor !== el ? `${name(el)} in #${anchor.id}` : name(el);
  };
  const doc = document.documentElement;
  const viewport = doc.clientWidth;
  if (doc.scrollWidth > viewport) out.push(`the page scrolls sideways: ${doc.scrollWidth} px wide in a ${viewport} px viewport`);

  /** Width available inside an element: its content box. */
  const inner = (el: Element) => {
    const s = getComputedStyle(el);
    return el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  };
  const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
  const hiddenByClip = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width <= 1 || r.height <= 1 || getComputedStyle(el).clip !== "auto";
  };

  // Anything that sticks out of the viewport, or out of a box that clips it, is cut off unless a box of its own
  // lets the reader scroll to it (wide tables) or it is hidden on purpose (KaTeX's MathML for screen readers).
  const reported = new Set<Element>();
  // The marks inside a chart are left to the chart-label check (issue 15); the chart itself is checked below.
  for (const el of document.body.querySelectorAll("*:not(svg *)")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || (r.right <= viewport + 0.5 && r.left >= -0.5)) continue;
    if (el.parentElement && reported.has(el.parentElement)) { reported.add(el); continue; } // name the outermost only
    let a = el.parentElement;
    let reachable = false;
    while (a && a !== document.body) {
      if (scrolls(a) || hiddenByClip(a)) { reachable = true; break; }
      a = a.parentElement;
    }
    if (reachable || hiddenByClip(el) || getComputedStyle(el).visibility === "hidden") continue;
    reported.add(el);
    out.push(`${where(el)} reaches ${Math.round(r.left)}–${Math.round(r.right)} px, outside the ${viewport} px viewport`);
  }

  // Text hidden for screen readers still widens the page when it escapes its box: name it if nothing else is.
  if (doc.scrollWidth > viewport && out.length === 1) {
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > viewport + 0.5 && hiddenByClip(el)) out.push(`${where(el)}, hidden but positioned at ${Math.round(r.right)} px, widens the page`);
    }
  }

  // A display equation fits (or is scaled to) its column: no scrolling inside it, and its number is below or
  // beside the formula, never over it.
  for (const eq of document.querySelectorAll<HTMLElement>(".katex-display")) {
    if (!eq.offsetParent) continue; // not displayed (a closed preview)
    const rows = [...eq.querySelectorAll(".katex-html > .base")].map((b) => b.getBoundingClientRect());
    const box = eq.getBoundingClientRect();
    const left = Math.min(...rows.map((r) => r.left));
    const right = Math.max(...rows.map((r) => r.right));
    const column = inner(eq.parentElement!);
    if (box.width > column + 1 || left < box.left - 1 || right > box.right + 1 || eq.scrollWidth > eq.clientWidth + 1) {
      out.push(`${where(eq)}: formula ${Math.round(right - left)} px wide (scrolling ${eq.scrollWidth} px) in a ${Math.round(Math.min(column, box.width))} px column`);
    }
  }
  for (const tag of document.querySelectorAll(".eq-number")) {
    const a = tag.getBoundingClientRect();
    const rows = [...(tag.closest(".eq-row")?.querySelectorAll(".katex-html > .base") ?? [])].map((b) => b.getBoundingClientRect());
    const over = rows.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1);
    if (over) out.push(`${where(tag)}: the equation number lies over the formula`);
  }
  // Figures and charts are no wider than their column.
  for (const fig of document.querySelectorAll("figure, figure svg, .chart svg, [data-chart] svg")) {
    const box = fig.parentElement!;
    if (scrolls(box)) continue;
    const w = fig.getBoundingClientRect().width;
    if (w > inner(box) + 1) out.push(`${where(fig)}: ${Math.round(w)} px wide in a ${Math.round(inner(box))} px column`);
  }
  return [...new Set(out)];
}

for (const path of builtPages("dist")) {
  test(`reflow at 320 and 360 px, axe in light and dark: /${path}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(path);
    // Formulas are fitted by script once laid out with their fonts: wait for that state, not for a time.
    await expect.soft.poll(() => page.evaluate(misfits), { message: "320 px" }).toEqual([]);
    await page.setViewportSize({ width: 360, height: 720 });
    await expect.soft.poll(() => page.evaluate(misfits), { message: "360 px" }).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 720 });
    const { light, dark } = await axeBothSchemes(page);
    expect.soft(light, "axe, light").toEqual([]);
    expect(dark, "axe, dark").toEqual([]);
  });
}

// The sweep above is only as good as its checker: planted faults must come back, each where it was planted.
test("the axe helper reports planted violations, by rule and by scope", async ({ page }) => {
  await page.goto("search/");
  await page.evaluate(() => {
    // DOM calls, not HTML: the site's Trusted Types policy refuses markup strings.
    const planted = document.createElement("div");
    planted.id = "planted";
    const img = document.createElement("img");
    img.width = img.height = 20;
    const faint = document.createElement("p");
    faint.textContent = "faint";
    Object.assign(faint.style, { color: "#eee", background: "#fff" });
    planted.append(img, faint);
    document.querySelector("main")!.append(planted);
  });
  expect(await axeViolations(page)).toEqual(["color-contrast: #planted > p", "image-alt: img"]);
  expect((await axeViolations(page, { rules: COLOUR_RULES })).map((v) => v.split(":")[0])).toEqual(["color-contrast"]);
  expect(await axeViolations(page, { exclude: "#planted" })).toEqual([]);
  expect(await axeViolations(page, { include: "header" })).toEqual([]);
});
