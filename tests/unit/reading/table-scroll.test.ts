import { describe, expect, test } from "vitest";
import { rehypeTableScroll, tableLabel } from "../../../src/reading/table-scroll.mjs";

const el = (tagName: string, children: unknown[] = []) => ({ type: "element", tagName, properties: {}, children });
const txt = (value: string) => ({ type: "text", value });
const table = (...children: unknown[]) => el("table", children);
const head = (...names: string[]) => el("thead", [el("tr", names.map((n) => el("th", [txt(n)])))]);

describe("rehypeTableScroll", () => {
  test("wraps each table in a focusable, labelled region that scrolls", () => {
    const tree = el("root", [el("p", [txt("before")]), table(head("panel", "method")), table(head("a"))]);
    rehypeTableScroll()(tree);
    const [p, first, second] = tree.children as { tagName: string; properties: Record<string, unknown>; children: { tagName: string }[] }[];
    expect(p!.tagName).toBe("p");
    expect(first!.tagName).toBe("div");
    expect(first!.properties).toEqual({ className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: "Table: panel, method" });
    expect(first!.children[0]!.tagName).toBe("table");
    expect(second!.children[0]!.tagName).toBe("table");
  });

  test.each([
    ["a caption names the table", table(el("caption", [txt(" Rates ")]), head("x")), "Table: Rates"],
    ["else its first four column headings", table(head("a", "b", "c", "d", "e")), "Table: a, b, c, d"],
    ["empty headings are left out", table(head("", "b")), "Table: b"],
    ["a table without either is still named", table(el("tbody", [el("tr", [el("td", [txt("1")])])])), "Table: data"],
  ])("label: %s", (_, node, label) => {
    expect(tableLabel(node)).toBe(label);
  });
});
