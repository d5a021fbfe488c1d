import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chapterParagraph, findParagraph, inlineHtml, paragraphHtml } from "../../../src/interphases/paragraph";
import { getInterphases } from "../../../src/interphases/records";

const MDX = `---
title: Test
---

Intro paragraph.

<IP id="alpha" /> **Alpha layer.** It runs for more than 700 h at 0.25 mA cm⁻² <Cite n="12" />,
and the rate is $j = 2$ as in <EqRef id="sand-time" />; see <SecRef id="sec-2-2" />.

<IP id="beta" /> Beta reacts as follows:

<Equation id="wurtz-reaction" />

The product is *dense* <Cite n="1,2" mismatch />.

<IP id="gamma" /> Gamma <b onclick="x">tags</b> & "quotes" <script>alert(1)</script> stay text.
`;

describe("findParagraph", () => {
  it("returns the block that starts with the IP tag, up to the next blank line", () => {
    expect(findParagraph(MDX, "alpha")).toBe(
      '<IP id="alpha" /> **Alpha layer.** It runs for more than 700 h at 0.25 mA cm⁻² <Cite n="12" />,\nand the rate is $j = 2$ as in <EqRef id="sand-time" />; see <SecRef id="sec-2-2" />.',
    );
  });
  it("follows a colon into the displayed equation and the paragraph after it", () => {
    expect(findParagraph(MDX, "beta")?.split("\n\n")).toHaveLength(3);
  });
  it("is undefined for a missing or partial id", () => {
    expect(findParagraph(MDX, "delta")).toBeUndefined();
    expect(findParagraph(MDX, "alph")).toBeUndefined();
  });
});

describe("inlineHtml", () => {
  it("strips the IP tag, keeps emphasis, turns citations into [n], mentions into words, and typesets math", () => {
    const html = inlineHtml(findParagraph(MDX, "alpha")!);
    expect(html.startsWith("<strong>Alpha layer.</strong> It runs")).toBe(true);
    expect(html).toContain("0.25 mA cm⁻² [12],");
    expect(html).toContain("eqn (6)");
    expect(html).toContain("see section 2.2.");
    expect(html).toContain('class="katex"');
    expect(html).not.toContain("<Cite");
  });
  it("leaves flagged (mismatch) citations out, with the space before them", () => {
    expect(inlineHtml('The product is *dense* <Cite n="1,2" mismatch />.')).toBe("The product is <em>dense</em>.");
  });
  it("escapes everything else", () => {
    const html = inlineHtml(findParagraph(MDX, "gamma")!);
    expect(html).not.toMatch(/<script|<b /);
    expect(html).toContain("&amp; &quot;quotes&quot;");
  });
  it("renders a cited range with an en dash", () => {
    expect(inlineHtml('Seen before <Cite n="26-30" />.')).toBe("Seen before [26–30].");
  });
});

describe("paragraphHtml", () => {
  it("typesets a displayed equation with its mention", () => {
    const html = paragraphHtml(findParagraph(MDX, "beta")!);
    expect(html.match(/<p>/g)).toHaveLength(2);
    expect(html).toContain('class="ipq-equation"');
    expect(html).toContain("relation (D)");
  });
});

describe("chapterParagraph", () => {
  it("fails loudly when a record's paragraph is missing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chapters-"));
    writeFileSync(path.join(dir, "inorganic-interphases.mdx"), MDX);
    expect(() => chapterParagraph("naf-snf2", "inorganic-interphases", dir)).toThrow(/naf-snf2.*no paragraph marked <IP id="naf-snf2" \/>/);
    expect(() => chapterParagraph("naf-snf2", "missing", dir)).toThrow(/does not exist/);
    expect(chapterParagraph("bare-na", "outlook", dir)).toEqual({});
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the paragraph of every record in the chapters", () => {
    for (const r of getInterphases()) {
      const p = chapterParagraph(r.id, r.chapter);
      if (r.id !== "bare-na") expect(p.anchor, r.id).toBe(r.anchor);
      if (p.html) expect(p.html.length, r.id).toBeGreaterThan(100);
    }
  });
});
