import { describe, expect, test } from "vitest";
import { markWords, pageHits, queryVariants, rankPages, type Hit, type HitKind, type PageHits, type PagefindResultData, type PagefindSubResult } from "@src/search/hits";

const word = (location: number, weight = 1) => ({ location, weight, balanced_score: 512 * weight * weight });

function sub(title: string, url: string, locations: ReturnType<typeof word>[], anchor?: PagefindSubResult["anchor"]): PagefindSubResult {
  return { title, url, excerpt: `…${title}…`, anchor, weighted_locations: locations };
}

/** A chapter: h1 at 0, section 2.2 at 100, the Sand's-time figure at 150, prose after it, section 2.3 at 300. */
const h1 = { element: "h1", id: "sec-2", text: "2 Failure mechanisms", location: 0 };
const h2 = { element: "h2", id: "sec-2-2", text: "2.2 Uneven plating", location: 100 };
const figure = { element: "figure", id: "eq-sand-time", title: "Eqn (6): Sand's time", location: 150 };
const h2b = { element: "h2", id: "sec-2-3", text: "2.3 Gas", location: 300 };
const chapter = (subs: PagefindSubResult[]): PagefindResultData => ({
  url: "/failure-mechanisms/",
  meta: { title: "2 Failure mechanisms", kind: "chapter" },
  anchors: [h1, h2, figure, { element: "span", id: "eq-6", location: 150 }, h2b],
  sub_results: subs,
});

describe("pageHits", () => {
  test("a match in an equation's search text lands on the equation", () => {
    const page = pageHits(chapter([sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(160, 6), word(170)], figure)]), 3);
    expect(page.hits).toEqual([expect.objectContaining({ url: "/failure-mechanisms/#eq-sand-time", kind: "equation", title: "Eqn (6): Sand's time" })]);
  });

  test("prose after a figure belongs to the section the equation stands in", () => {
    const page = pageHits(chapter([sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(250), word(260)], figure)]), 3);
    expect(page.hits).toEqual([expect.objectContaining({ url: "/failure-mechanisms/#sec-2-2", kind: "section", title: "2.2 Uneven plating" })]);
  });

  test("that prose merges with the section's own hit, scores added", () => {
    const page = pageHits(
      chapter([
        sub("2.2 Uneven plating", "/failure-mechanisms/#sec-2-2", [word(110)], h2),
        sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(250)], figure),
      ]),
      3,
    );
    expect(page.hits).toHaveLength(1);
    expect(page.hits[0]).toMatchObject({ url: "/failure-mechanisms/#sec-2-2", score: 1024 });
  });

  test("the page's top and its h1 are the page itself, without a fragment", () => {
    const page = pageHits(chapter([sub("2 Failure mechanisms", "/failure-mechanisms/#sec-2", [word(5)], h1), sub("2 Failure mechanisms", "/failure-mechanisms/", [word(1)])]), 3);
    expect(page.hits).toEqual([expect.objectContaining({ url: "/failure-mechanisms/", kind: "page", title: "2 Failure mechanisms", score: 1024 })]);
  });

  test("hits come best first", () => {
    const page = pageHits(
      chapter([
        sub("2.2 Uneven plating", "/failure-mechanisms/#sec-2-2", [word(110)], h2),
        sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(160, 6)], figure),
        sub("2.3 Gas", "/failure-mechanisms/#sec-2-3", [word(310), word(320)], h2b),
      ]),
      3,
    );
    expect(page.hits.map((h) => h.url.split("#")[1])).toEqual(["eq-sand-time", "sec-2-3", "sec-2-2"]);
  });

  test("under the equation filter a chapter shows only its equations; an equation page shows all", () => {
    const subs = [sub("2.2 Uneven plating", "/failure-mechanisms/#sec-2-2", [word(110)], h2), sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(160, 6)], figure)];
    expect(pageHits(chapter(subs), 3, "Equation").hits.map((h) => h.kind)).toEqual(["equation"]);
    const equationPage = { ...chapter(subs), meta: { title: "(6) Sand's time", kind: "equation" } };
    expect(pageHits(equationPage, 3, "Equation").hits).toHaveLength(2);
    expect(pageHits(chapter(subs), 3, "Chapter").hits).toHaveLength(2);
  });

  test("a page without a title or kind falls back to its URL and 'page'", () => {
    const page = pageHits({ url: "/x/", meta: {}, anchors: [], sub_results: [sub("", "/x/", [word(0)])] }, 1);
    expect(page).toMatchObject({ title: "/x/", kind: "page", hits: [{ url: "/x/", title: "/x/" }] });
  });

  test("no sub-results, no hits", () => {
    expect(pageHits(chapter([]), 1).hits).toEqual([]);
  });
});

describe("queryVariants", () => {
  test.each([
    ["Na3P", ["Na3P", "Na₃P"]],
    ["Al2O3", ["Al2O3", "Al₂O₃"]],
    ["Na15Sn4", ["Na15Sn4", "Na₁₅Sn₄"]],
    ["(CH2)3", ["(CH2)3", "(CH₂)₃"]],
    ["Sand", ["Sand"]],
    ["2-iodopropane", ["2-iodopropane"]], // a leading number is not a subscript
    ["eqn 6", ["eqn 6"]],
    ["", [""]],
  ])("%s → %j", (query, expected) => {
    expect(queryVariants(query)).toEqual(expected);
  });
});

describe("readable excerpts", () => {
  const stored = "Sand's time: when the surface Na⁺ concentration first reaches zero. When sodium is plated <fast>.";
  const withMeta = (subs: PagefindSubResult[]): PagefindResultData => ({ ...chapter(subs), meta: { ...chapter([]).meta, "about-eq-sand-time": stored } });

  test("an equation's hit shows its stored text with the query marked, not Pagefind's excerpt of the index text", () => {
    const page = pageHits(withMeta([sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(160, 6)], figure)]), 3, undefined, "sand");
    expect(page.hits[0]!.excerpt).toBe("<mark>Sand</mark>&#39;s time: when the surface Na⁺ concentration first reaches zero. When sodium is plated &lt;fast&gt;.");
  });

  test("prose after an equation keeps Pagefind's excerpt", () => {
    const page = pageHits(withMeta([sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(250)], figure)]), 3, undefined, "sand");
    expect(page.hits[0]!.excerpt).toBe("…Eqn (6): Sand's time…");
  });

  test("without stored text the equation keeps Pagefind's excerpt", () => {
    const page = pageHits(chapter([sub("Eqn (6): Sand's time", "/failure-mechanisms/#eq-sand-time", [word(160, 6)], figure)]), 3, undefined, "sand");
    expect(page.hits[0]!.excerpt).toBe("…Eqn (6): Sand's time…");
  });
});

describe("markWords", () => {
  test.each([
    ["prefix of a word, any case", "Sand's time", "sa", "<mark>Sand</mark>&#39;s time"],
    ["every query word", "current density j", "density current", "<mark>current</mark> <mark>density</mark> j"],
    ["subscripts and ₊ belong to the word", "t₊ and C₀", "t₊ c₀", "<mark>t₊</mark> and <mark>C₀</mark>"],
    ["markup is escaped, never passed through", "<img src=x>", "img", "&lt;<mark>img</mark> src=x&gt;"],
    ["an empty query marks nothing", "Sand", "", "Sand"],
    ["no match, text unchanged but escaped", "a & b", "z", "a &amp; b"],
  ])("%s", (_, text, query, expected) => {
    expect(markWords(text, query)).toBe(expected);
  });
});

describe("rankPages", () => {
  const hit = (kind: HitKind, url: string): Hit => ({ url, title: url, excerpt: "", kind, score: 1 });
  const problems: PageHits = { url: "/problems/", title: "Problems", kind: "page", score: 15.4, hits: [hit("section", "/problems/#problem-a")] };
  const equation: PageHits = { url: "/equations/sand-time/", title: "Sand's time", kind: "equation", score: 9.75, hits: [hit("equation", "/equations/sand-time/#eq-sand-time")] };
  const chapter: PageHits = { url: "/plating-and-stripping/", title: "2.2", kind: "chapter", score: 9.5, hits: [hit("section", "/plating-and-stripping/#sec-x"), hit("equation", "/plating-and-stripping/#eq-sand-time")] };
  const pages = [problems, equation, chapter];

  test("a query naming an equation by number puts the pages holding an equation first, in Pagefind's order", () => {
    for (const query of ["eqn 6", "Eqn. (6)", "eq 6", "equation 6", "(6)", "6", " eqn (S2) ", "relation S2"]) {
      expect(rankPages(pages, query).map((p) => p.url), query).toEqual(["/equations/sand-time/", "/plating-and-stripping/", "/problems/"]);
    }
  });

  test("any other query keeps Pagefind's order", () => {
    for (const query of ["sand", "eqn", "6 mA", "t_Sand", "equations 6 and 7"]) expect(rankPages(pages, query), query).toEqual(pages);
  });
});
