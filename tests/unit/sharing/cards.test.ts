import { describe, expect, test } from "vitest";
import { Cite } from "@citation-js/core";
import { equations, getEquation } from "../../../src/models";
import { chapterCard, equationCard, homeCard, interphaseCard } from "../../../src/sharing/cards";
import { citations } from "../../../src/sharing/citation";
import { equationMenuItems, markdownTemplate, shortLink } from "../../../src/sharing/equation-menu";
import { embedSnippet } from "../../../src/sharing/embed-snippet";

describe("cards", () => {
  test("every equation has a card at its own path, with the formula in its description", () => {
    const paths = equations.map((d) => equationCard(d).path);
    expect(new Set(paths).size).toBe(equations.length);
    for (const def of equations) expect(equationCard(def).alt).toContain(def.name);
  });

  test("an erratum shows both forms, the corrected one marked", () => {
    const card = equationCard(getEquation("sand-time"));
    expect(card.formulas?.map((f) => !!f.corrected)).toEqual([false, true]);
    expect(card.alt).toBe("Eqn (6), Sand's time (onset of Na⁺ depletion at the surface): as printed, t_Sand = (πD/4)·(zFC₀(1 − t₊)/j)²; corrected, t_Sand = (πD/4)·(zFC₀/(j(1 − t₊)))²");
  });

  test.each([
    ["chapter", chapterCard({ slug: "outlook", number: "5", title: "Outlook", description: "What comes next." }), "cards/chapters/outlook.png", "Chapter 5"],
    ["sub-section chapter", chapterCard({ slug: "organic-interphases", number: "4.2", title: "Organic", description: "Polymers." }), "cards/chapters/organic-interphases.png", "Section 4.2"],
    ["interphase", interphaseCard({ id: "x", name: "X", class: "hybrid", detail: "d", headline: "h" }), "cards/interphases/x.png", "Artificial interphase · hybrid"],
    ["baseline", interphaseCard({ id: "bare-na", name: "Bare sodium", class: "baseline", detail: "d", headline: "h" }), "cards/interphases/bare-na.png", "Baseline · bare sodium"],
    ["home", homeCard(), "cards/home.png", "An interactive reading of a review"],
  ])("%s card: path and kicker", (_kind, card, path, kicker) => {
    expect(card.path).toBe(path);
    expect(card.kicker).toBe(kicker);
  });
});

describe("equation menu", () => {
  test("Markdown: $$ blocks GitHub, GitLab and Discourse render, and a link placeholder", () => {
    const md = markdownTemplate(getEquation("tafel"));
    expect(md).toBe(`$$\n${getEquation("tafel").latex}\n$$\n\n[Eqn (5): Tafel activation overpotential]({url}) — Fast-charging Na anodes\n`);
  });

  test("short links use the number where there is one, else the slug", () => {
    expect(shortLink(getEquation("sand-time"))).toBe("/eq/6/");
    const unnumbered = equations.find((d) => !d.number)!;
    expect(shortLink(unnumbered)).toBe(`/eq/${unnumbered.slug}/`);
  });

  test("every entry is named by what it copies or downloads, and names are unique", () => {
    for (const def of equations) {
      const labels = equationMenuItems(def).map((i) => i.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l).toMatch(/^(Copy|Download) /);
    }
  });

  test("the embed snippet is a titled, lazy iframe", () => {
    expect(embedSnippet(getEquation("sand-time"), "/embed/sand-time/")).toBe(
      `<iframe src="/embed/sand-time/" title="(6) Sand's time (onset of Na⁺ depletion at the surface): live calculator" width="100%" height="900" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
  });
});

describe("citations parse back with citation-js", () => {
  const c = citations({ locator: "eqn (6)", title: "Eqn (6): Sand's time", url: "https://site.test/equations/sand-time/", accessed: [2026, 3, 1] });
  test.each([
    ["review BibTeX", c.review.bibtex, "Fast-charging sodium metal anodes: challenges, degradation mechanisms, and interphase engineering strategies"],
    ["review RIS", c.review.ris, "Fast-charging sodium metal anodes: challenges, degradation mechanisms, and interphase engineering strategies"],
    ["review CSL-JSON", c.review.csl, "Fast-charging sodium metal anodes: challenges, degradation mechanisms, and interphase engineering strategies"],
    ["page BibTeX", c.page.bibtex, "Eqn (6): Sand's time"],
    ["page RIS", c.page.ris, "Eqn (6): Sand's time"],
  ])("%s", async (_name, text, title) => {
    const [entry] = (await Cite.async(text)).data as { title: string }[];
    expect(entry!.title.replace(/\s+/g, " ")).toBe(title);
  });
  test("the locator and the page's address survive", () => {
    expect(c.review.bibtex).toContain("note = {Cited at eqn (6)}");
    expect(c.page.ris).toContain("UR  - https://site.test/equations/sand-time/");
    expect(c.page.text).toContain("Retrieved March 1, 2026");
  });
  test("CSL-JSON is the records alone, as a reference manager reads them", () => {
    for (const csl of [c.review.csl, c.page.csl]) {
      const records = JSON.parse(csl) as Record<string, unknown>[];
      expect(records).toHaveLength(1);
      expect(Object.keys(records[0]!).filter((key) => key.startsWith("_"))).toEqual([]);
    }
    expect(JSON.parse(c.review.csl)[0]).toMatchObject({ DOI: "10.1039/d5lf00305a", note: "Cited at eqn (6)" });
  });
});
