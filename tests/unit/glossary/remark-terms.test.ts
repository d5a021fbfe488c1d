import { describe, expect, test } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkMath from "remark-math";
import type { Root } from "mdast";
import { remarkGlossaryTerms } from "@src/glossary/remark-terms";

const TERMS = [
  { slug: "sei", match: ["SEI"] },
  { slug: "sand-time", match: ["Sand's time"] },
  { slug: "creep", match: ["creep"] },
];

/** Runs the plugin over MDX and returns the linked mentions as [slug, text] in document order. */
function linked(mdx: string): [string, string][] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGlossaryTerms, { terms: TERMS });
  const tree = processor.runSync(processor.parse(mdx)) as Root;
  const out: [string, string][] = [];
  const walk = (node: any) => {
    if (node.type === "mdxJsxTextElement" && node.name === "Term") out.push([node.attributes[0].value, node.children[0].value]);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

describe("remarkGlossaryTerms", () => {
  test("links the first mention of each term only", () => {
    expect(linked("The SEI cracks. The SEI again, and creep; Sand's time; creep.")).toEqual([["sei", "SEI"], ["creep", "creep"], ["sand-time", "Sand's time"]]);
  });

  test.each([
    ["## The SEI\n\nThe SEI in text.", "a heading"],
    ["[the SEI](https://example.org) and the SEI.", "a link"],
    ["$\\text{SEI}$ then the SEI.", "inline math"],
    ["`SEI` then the SEI.", "inline code"],
    ['<EqRef id="sei" /> <Cite n="1" /> <SecRef id="sec-2" label="SEI" /> the SEI.', "reference components"],
    ["| SEI | x |\n|---|---|\n| the SEI | y |", "a table's header row"],
  ])("skips %j (%s) and links the next mention in running text", (mdx) => {
    const found = linked(mdx);
    expect(found).toEqual([["sei", "SEI"]]);
  });

  test("reads through emphasis and notes", () => {
    expect(linked('<Note title="x">\n\nThe *creep* of sodium.\n\n</Note>')).toEqual([["creep", "creep"]]);
  });

  test("each chapter (each tree) starts afresh", () => {
    expect(linked("The SEI.")).toEqual([["sei", "SEI"]]);
    expect(linked("Again the SEI.")).toEqual([["sei", "SEI"]]);
  });
});
