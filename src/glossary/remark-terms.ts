/**
 * Remark plugin: links the first mention of each glossary term in a chapter to its entry, as a `<Term>`
 * element (components/Term.astro, which adds the hover and focus preview). Only running text counts:
 * headings, table headers, links, math, code and the text of components that are links themselves
 * (citations, equation and section references) are skipped.
 */
import type { Root, RootContent, Parent, Text } from "mdast";
import { termMatcher, type MatchTerm } from "./match";

/** Node types whose text is never linked. */
const SKIP_NODES = new Set(["heading", "link", "linkReference", "inlineMath", "math", "code", "inlineCode", "html", "definition", "footnoteReference", "yaml", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression"]);
/** Components and elements whose content is never linked; any other (Note, Fig, em, …) is read through. */
const SKIP_ELEMENTS = new Set(["a", "abbr", "code", "h1", "h2", "h3", "h4", "h5", "h6", "Term", "EqRef", "Cite", "SecRef", "IP", "Equation", "InterphaseTable"]);

interface JsxElement {
  type: "mdxJsxTextElement";
  name: string;
  attributes: { type: "mdxJsxAttribute"; name: string; value: string }[];
  children: Text[];
}

/** The name of the element that renders a linked mention; chapter pages map it to components/Term.astro. */
export const TERM_ELEMENT = "Term";

export function remarkGlossaryTerms({ terms }: { terms: readonly MatchTerm[] }) {
  const find = termMatcher(terms);
  return (tree: Root) => {
    const linked = new Set<string>();

    const split = (node: Text): (Text | JsxElement)[] | undefined => {
      const fresh = find(node.value).filter((m) => !linked.has(m.slug) && (linked.add(m.slug), true));
      if (!fresh.length) return undefined;
      const parts: (Text | JsxElement)[] = [];
      let at = 0;
      for (const m of fresh) {
        if (m.start > at) parts.push({ type: "text", value: node.value.slice(at, m.start) });
        parts.push({
          type: "mdxJsxTextElement",
          name: TERM_ELEMENT,
          attributes: [{ type: "mdxJsxAttribute", name: "slug", value: m.slug }],
          children: [{ type: "text", value: node.value.slice(m.start, m.end) }],
        });
        at = m.end;
      }
      if (at < node.value.length) parts.push({ type: "text", value: node.value.slice(at) });
      return parts;
    };

    const walk = (parent: Parent) => {
      const out: RootContent[] = [];
      for (const child of parent.children) {
        if (child.type === "text") {
          out.push(...((split(child) ?? [child]) as RootContent[]));
          continue;
        }
        out.push(child);
        if (SKIP_NODES.has(child.type)) continue;
        const name = (child as { name?: string | null }).name;
        if (name && SKIP_ELEMENTS.has(name)) continue;
        if (child.type === "table") {
          // The first row holds the column headings.
          for (const row of child.children.slice(1)) walk(row);
          continue;
        }
        if ("children" in child) walk(child as Parent);
      }
      parent.children = out as Parent["children"];
    };

    walk(tree);
  };
}
