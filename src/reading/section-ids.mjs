// Headings that start with the review's section number ("2.1 …") get the stable
// anchor "sec-2-1", so links to sections survive any rewording of the title.
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

export function remarkSectionIds() {
  return (tree) => {
    visit(tree, "heading", (node) => {
      const match = /^(\d+(?:\.\d+)*)\s/.exec(toString(node));
      if (!match) return;
      node.data ??= {};
      node.data.hProperties = { ...(node.data.hProperties ?? {}), id: `sec-${match[1].replaceAll(".", "-")}` };
    });
  };
}
