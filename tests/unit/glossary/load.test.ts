import { describe, expect, test } from "vitest";
import { loadGlossary, validateGlossary } from "@src/glossary/load";
import { equations } from "@src/models";

const entry = (over: Record<string, unknown> = {}) => ({
  slug: "sei",
  term: "Solid electrolyte interphase (SEI)",
  match: ["SEI"],
  definition: "A film that forms on the metal from the electrolyte it reduces, passing ions and blocking electrons.",
  ...over,
});

describe("content/glossary.yaml", () => {
  const terms = loadGlossary();

  test("holds at least 30 terms, in alphabetical order", () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    const names = terms.map((t) => t.term);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });

  test.each(["sei", "cei", "dead-sodium", "sand-time", "transference-number", "exchange-current-density", "overpotential", "coulombic-efficiency", "np-ratio", "areal-capacity", "c-rate", "homologous-temperature", "creep", "ald", "mld", "desolvation"])(
    "has the review's term %s, placed in at least one section",
    (slug) => {
      const t = terms.find((x) => x.slug === slug);
      expect(t).toBeDefined();
      expect(t!.sections.length).toBeGreaterThan(0);
    },
  );

  test("every equation is explained by at least one term", () => {
    const used = new Set(terms.flatMap((t) => t.equations));
    for (const e of equations.filter((x) => x.kind !== "site")) expect(used, e.slug).toContain(e.slug);
  });
});

describe("validateGlossary", () => {
  test("accepts a minimal entry and fills the defaults", () => {
    expect(validateGlossary([entry()], "test")).toEqual([{ ...entry(), sections: [], equations: [], related: [] }]);
  });

  test.each([
    [[entry({ slug: "Bad Slug" })], /"Bad Slug" slug: lower-case words/],
    [[entry({ definition: "Too short." })], /"sei" definition/],
    [[entry({ equations: ["no-such-eq"] })], /unknown equation "no-such-eq"/],
    [[entry({ sections: ["2.1"] })], /section anchor/],
    [[entry(), entry({ term: "Other", match: ["other"] })], /duplicate slug "sei"/],
    [[entry(), entry({ slug: "other", term: "Other", match: ["sei"] })], /"sei" is already a form of "sei"/],
    [[entry({ related: ["nothing"] })], /no term "nothing"/],
    [[entry({ colour: "red" })], /Unrecognized key/],
    [[entry({ match: [] })], /"sei" match/],
    ["not a list", /Expected array/],
  ])("rejects %j", (data, message) => {
    expect(() => validateGlossary(data, "test")).toThrow(message);
  });
});
