/**
 * Corrections from an independent read of the chapters against the review (issue 9, items 2–11). Each test
 * pins one fact the site once got wrong; the comments give the review's line in ../shared/source/review.txt.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { getEquation, equations } from "@src/models";

const read = (path: string) => readFileSync(path, "utf8");
const chapter = (slug: string) => read(`content/chapters/${slug}.mdx`);
const figure = (name: string) => read(`components/figures/${name}.astro`);
const recordNote = (id: string): string => parse(read(`content/interphases/${id}.yaml`)).note;
/** The sentences of a text (MDX tags kept), split at ". " before a capital or a tag. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z<*(])/);
/** Text of every <Note> block of a chapter. */
const notes = (text: string) => [...text.matchAll(/<Note[^>]*>([\s\S]*?)<\/Note>/g)].map((m) => m[0]);

describe("item 3: moderate is below 2 mA cm⁻² (review line 60); ~1 mA cm⁻² is only where tests typically run (line 205)", () => {
  test("no page or figure says the review leaves 1–2 mA cm⁻² unclassified, or ends moderate at 1 mA cm⁻²", () => {
    const texts = [
      ...["artificial-interphases", "inorganic-interphases"].map(chapter),
      ...["Ch4RateWindow", "Ch3Priorities", "Ch41RateLedger"].map(figure),
      ...["c-rate", "sand-time", "tafel", "void-flux", "sei-ohmic"].map((m) => read(`src/models/${m}.ts`)),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/unclassified|not classified|does not classify|upper bound for moderate/);
      for (const s of sentences(text).filter((x) => /moderate/i.test(x) && /1 mA cm⁻² (or less|and below)/.test(x))) expect(s).toMatch(/typically|most/);
    }
  });

  test("chapter 4 defines moderate as below 2 mA cm⁻², as chapter 2 does", () => {
    const section = chapter("artificial-interphases").split("## What counts as fast charging")[1]!.split("\n## ")[0]!;
    expect(sentences(section).some((x) => /moderate/.test(x) && /below 2 mA cm⁻²/.test(x) && !/1 mA cm⁻²/.test(x))).toBe(true);
    expect(sentences(section).some((x) => /typically/.test(x) && /about 1 mA cm⁻² or less/.test(x))).toBe(true);
    expect(chapter("failure-mechanisms")).toMatch(/moderate current densities, below 2 mA cm⁻²/);
  });

  test("Ch4RateWindow shades moderate from 0 to 2 mA cm⁻² (X(v) maps mA cm⁻² to the drawing)", () => {
    const band = /<rect x=\{X\(([\d.]+)\)\} y=\{Y\(6\)\} width=\{X\(([\d.]+)\) - X\(([\d.]+)\)\}[^>]*class="acc tint"/.exec(figure("Ch4RateWindow"))!;
    expect(band, "the moderate band's rect").not.toBeNull();
    expect(Number(band[1])).toBe(0);
    expect(Number(band[2])).toBe(2);
    expect(Number(band[3])).toBe(0);
  });

  test("Ch3Priorities' moderate legend agrees with chapter 2", () => {
    expect(figure("Ch3Priorities")).toMatch(/Moderate current \(below 2 mA cm⁻²\)/);
  });
});

describe("item 4: the review credits NaF with fast Na⁺ transport more than once (lines 320, 359)", () => {
  test("the design-principles erratum no longer says only the InF₃ example does", () => {
    const erratum = notes(chapter("design-principles")).find((n) => n.includes("fast or a slow Na⁺ conductor"))!;
    expect(erratum).not.toMatch(/Only in the InF₃ example/);
    expect(erratum).toMatch(/PVDF@Cu/);
    expect(erratum).toMatch(/PNF/);
    expect(erratum).toMatch(/rolled/);
  });

  test("section 4.3 reports NaF's fast transport as credited, as section 4.2 does", () => {
    const claims = sentences(chapter("hybrid-interphases")).filter(
      (s) => /NaF/.test(s) && /fast (diffusion|Na⁺|ion)|ions quickly|fast transport/.test(s) && !s.startsWith("<Fig") && !s.startsWith("<Note"),
    );
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const s of claims) expect(s, s).toMatch(/credit/);
  });
});

describe("item 5: 3.9 ± 0.5 GPa is printed in sections 2.1 and 3 (lines 104, 186, 195); the 3.3 GPa shear modulus in 2.2 (line 151)", () => {
  test.each(["bare-na", "na3p-red-phosphorus"])("%s", (id) => {
    const note = recordNote(id).replace(/\s+/g, " ");
    expect(note).not.toMatch(/sections 2\.2 and 3/);
    expect(note).toMatch(/3\.9 ± 0\.5 GPa[^.;]*sections 2\.1 and 3/);
    expect(note).toMatch(/3\.3 GPa[^.;]*section 2\.2/);
  });
});

describe("item 6: the review prints 1166 mAh g⁻¹, not the relation that gives it", () => {
  test("na-capacity is the site's relation, with an S-label", () => {
    const def = getEquation("na-capacity");
    expect(def.kind).toBe("site");
    expect(def.label).toMatch(/^S\d+$/);
  });

  test("labels stay in sequence: in-text relations A, B, …; site relations S1, S2, …", () => {
    const labels = (kind: string) => equations.filter((e) => e.kind === kind).map((e) => e.label);
    const inText = labels("in-text");
    expect(inText).toEqual(inText.map((_, i) => String.fromCharCode(65 + i)));
    expect([...labels("site")].sort()).toEqual(labels("site").map((_, i) => `S${i + 1}`));
  });
});

describe("item 7: under fast charging every baseline requirement is raised (review line 182)", () => {
  const svg = figure("Ch3Priorities");
  // The figure draws each axis at the ring its data gives: { lines: […], moderate: ring, fast: ring }.
  const rings = [...svg.matchAll(/moderate: (\d), fast: (\d)/g)].map((m) => ({ moderate: Number(m[1]), fast: Number(m[2]) }));
  const moderate = rings.map((r) => r.moderate);
  const fast = rings.map((r) => r.fast);

  test("seven axes; the fast polygon lies outside the moderate one on every axis the baseline uses", () => {
    expect(moderate).toHaveLength(7);
    expect(fast).toHaveLength(7);
    moderate.forEach((r, axis) => {
      if (r > 0) expect(fast[axis]!, `axis ${axis}`).toBeGreaterThan(r);
    });
  });

  test("the description says so too", () => {
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).not.toMatch(/kept at the middle ring/);
  });
});

describe("item 8: eqn (1) is a net rate and J_void a molar flux", () => {
  test("eqn (1) is not called a gross change", () => {
    const text = chapter("native-sei");
    expect(text).not.toMatch(/gross change/);
    expect(sentences(text).find((s) => s.includes('<EqRef id="sei-mass-balance" />'))).toMatch(/net/);
  });
  test("J_void is described as a molar flux, not a current density", () => {
    const text = chapter("plating-and-stripping");
    const where = sentences(text).find((s) => /\$J_\{\\mathrm\{void\}\}\$ is the/.test(s))!;
    expect(where).toMatch(/molar flux/);
    expect(where).not.toMatch(/\$J_\{\\mathrm\{void\}\}\$ is the void current density/);
  });
});

describe("item 9: citation flags applied evenly", () => {
  test("Monroe–Newman: ref 7 stands, ref 9 (a SnSe interphase paper) is flagged", () => {
    const s = sentences(chapter("design-principles")).find((x) => x.includes("Monroe and Newman"))!;
    expect(s).toMatch(/<Cite n="7" \/>/);
    expect(s).toMatch(/<Cite n="9" mismatch \/>/);
  });

  test("the introduction flags ref 9 wherever it prints it", () => {
    const cites = [...chapter("introduction").matchAll(/<Cite n="([^"]+)"( mismatch)? \/>/g)];
    const nine = cites.filter((m) => m[1]!.split(",").some((n) => n === "9"));
    expect(nine.length).toBeGreaterThanOrEqual(2);
    for (const m of nine) expect(m[0]).toContain("mismatch");
  });

  test("operando optical and X-ray images: ref 42 is flagged and a note names ref 45, as 38 → 40 is", () => {
    const text = chapter("plating-and-stripping");
    expect(text).not.toMatch(/<Cite n="42" \/>/);
    expect(text.match(/<Cite n="42" mismatch \/>/g)).toHaveLength(2);
    const note = notes(text).find((n) => n.includes("ref. 42"))!;
    expect(note).toMatch(/<Cite n="45" \/>/);
  });
});

describe("item 10: 3.3 GPa (handbook shear modulus) and 3.9 GPa (apparent tensile modulus) measure different things", () => {
  test("the erratum says what each measures instead of ruling one out", () => {
    for (const text of [chapter("plating-and-stripping"), chapter("design-principles")]) {
      const erratum = notes(text).find((n) => /3\.3 GPa/.test(n) && /3\.9/.test(n))!;
      expect(erratum).not.toMatch(/cannot both describe|hard to square/);
      expect(erratum).toMatch(/handbook/);
      expect(erratum).toMatch(/tensile/);
    }
  });
});

describe("item 11: ref 91's abstract gives 85 mAh g⁻¹ after 600 cycles at 10 C, where the review prints 85 %", () => {
  test("the chapter and the record say so", () => {
    const erratum = notes(chapter("hybrid-interphases")).find((n) => n.includes("85 mAh g⁻¹"))!;
    expect(erratum).toMatch(/erratum/);
    expect(erratum).toMatch(/10\.1002\/smll\.202300215/);
    expect(recordNote("pvdf-rolled")).toMatch(/85 mAh g⁻¹/);
  });
});
