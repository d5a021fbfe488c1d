import { describe, expect, test } from "vitest";
import { termMatcher } from "@src/glossary/match";

const find = termMatcher([
  { slug: "sei", match: ["solid electrolyte interphase", "SEI"] },
  { slug: "artificial-sei", match: ["artificial SEI", "aSEI"] },
  { slug: "current-density", match: ["current density"] },
  { slug: "exchange-current-density", match: ["exchange current density"] },
  { slug: "sand-time", match: ["Sand's time"] },
  { slug: "c-rate", match: ["C-rate"] },
  { slug: "void", match: ["void"] },
  { slug: "ald", match: ["ALD"] },
]);
const slugs = (text: string) => find(text).map((m) => [m.slug, text.slice(m.start, m.end)]);

describe("termMatcher", () => {
  test.each([
    // [text, expected [slug, matched text] pairs, why]
    ["the SEI grows", [["sei", "SEI"]], "an all-capital form matches in capitals"],
    ["the sei grows", [], "… and only in capitals"],
    ["SEIs crack", [["sei", "SEIs"]], "plural s"],
    ["an aSEI layer", [["artificial-sei", "aSEI"]], "a letter before SEI makes it another word"],
    ["ASEI layers", [["artificial-sei", "ASEI"]], "a mixed-case form matches in any case"],
    ["an artificial SEI", [["artificial-sei", "artificial SEI"]], "the longer form wins where both start"],
    ["the exchange current density i₀", [["exchange-current-density", "exchange current density"]], "no nested shorter match"],
    ["Current density rises", [["current-density", "Current density"]], "sentence case"],
    ["current\u00a0density", [["current-density", "current\u00a0density"]], "a no-break space between the words"],
    ["Sand’s time and Sand's time", [["sand-time", "Sand’s time"], ["sand-time", "Sand's time"]], "either apostrophe"],
    ["a 1C C-rate", [["c-rate", "C-rate"]], "hyphenated form"],
    ["avoid voids; voided", [["void", "voids"]], "whole words only"],
    ["Na@(1ALD-1MLD)₁₀ and ALD", [["ald", "ALD"]], "a digit before the form makes it part of a name"],
    ["", [], "empty text"],
  ])("%j", (text, expected) => {
    expect(slugs(text)).toEqual(expected);
  });

  test("reports positions that slice back to the matched words", () => {
    const text = "Before Sand's time, the SEI";
    for (const m of find(text)) expect(["Sand's time", "SEI"]).toContain(text.slice(m.start, m.end));
  });

  test("no terms, no matches", () => {
    expect(termMatcher([])("SEI")).toEqual([]);
  });
});
