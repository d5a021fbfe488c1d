// Wraps every table of a chapter in a box of its own that scrolls sideways when the table is wider than the
// column (WCAG 1.4.10: the page itself never scrolls sideways at 320 px). The box is a labelled region that
// takes keyboard focus, so a keyboard reader can scroll it too (WCAG 2.1.1).
import { visit, SKIP } from "unist-util-visit";

/** Plain text of a hast node. */
function text(node) {
  if (node.type === "text") return node.value;
  return (node.children ?? []).map(text).join("");
}

/** "Table: …" from the caption, else from the column headings. */
export function tableLabel(table) {
  let caption;
  const headings = [];
  visit(table, "element", (node) => {
    if (node.tagName === "caption") caption ??= text(node).trim();
    if (node.tagName === "th" && headings.length < 4) headings.push(text(node).trim());
  });
  return `Table: ${caption || headings.filter(Boolean).join(", ") || "data"}`;
}

export function rehypeTableScroll() {
  return (tree) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      return SKIP;
    });
  };
}
