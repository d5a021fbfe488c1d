import { describe, expect, test } from "vitest";
import { forIndex } from "../../../src/search/pagefind-integration.mjs";

/** The text Pagefind would read, as a crude stand-in: tags dropped, nothing added between them. */
const joined = (html: string) => html.replace(/<[^>]+>/g, "");

describe("forIndex", () => {
  test("header cells, terms and values reach the index as separate words", () => {
    const html =
      "<table><thead><tr><th>Test</th><th>Cell</th><th>Current density</th></tr></thead></table>" +
      "<dl><dt>Class</dt><dd>inorganic</dd><dt>Family</dt><dd>halide</dd></dl>";
    expect(joined(html)).toContain("TestCellCurrent densityClassinorganicFamilyhalide"); // what the index read before
    expect(joined(forIndex(html)).split(/\s+/).filter(Boolean)).toEqual(["Test", "Cell", "Current", "density", "Class", "inorganic", "Family", "halide"]);
  });

  test("leaves the rest as it was: data cells (Pagefind separates those itself) and text that names a tag", () => {
    const html = "<tr><td>a</td><td>b</td></tr><p>write &lt;/th&gt; to close a header cell</p>";
    expect(forIndex(html)).toBe(html);
  });
});
