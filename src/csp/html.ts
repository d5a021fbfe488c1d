/**
 * What ./integration.ts does to each built page, as functions of its text: the CSP <meta> moved to the top of
 * <head>, style attributes turned into classes of one stylesheet, and the policy merged for a header.
 * The HTML is Astro's own output; it is edited tag by tag, everything else is left byte for byte.
 */
import { shortHash } from "../lib/built-pages";
import { decodeEntities } from "../lib/entities";

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/** The CSP meta's policy in `html`, or undefined. */
export function cspOf(html: string): string | undefined {
  const meta = CSP_META.exec(html)?.[0];
  return meta ? decodeEntities(/content="([^"]*)"/.exec(meta)![1]!) : undefined;
}

/**
 * Moves the CSP meta from where Astro writes it (the end of <head>) to just after the charset declaration, so
 * the policy covers everything in the page: a <meta> policy applies only to what follows it.
 */
export function hoistCspMeta(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta) throw new Error("the page has no CSP <meta>");
  const without = html.replace(meta, "");
  const anchor = /<meta charset="[^"]*">/i.exec(without) ?? /<head[^>]*>/i.exec(without);
  if (!anchor) throw new Error("the page has no <head>");
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}

/** Elements whose content is text to the HTML parser: a "<" in them starts no tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;


/** A style attribute's declarations, one per entry, trimmed; throws on anything that is not a plain declaration. */
export function declarations(style: string): string[] {
  // Semicolons inside parentheses (url(), var() fallbacks) do not end a declaration.
  const parts = style.split(/;(?![^(]*\))/).map((d) => d.trim()).filter(Boolean);
  for (const d of parts) {
    if (!/^-{0,2}[a-zA-Z][\w-]*\s*:/.test(d) || /[{}]|\/\*/.test(d)) throw new Error(`not a CSS declaration: ${JSON.stringify(d)}`);
  }
  return parts;
}

/** The class that stands for these declarations: the same declarations always get the same class. */
export function styleClass(decls: readonly string[]): string {
  return `s-${shortHash(decls.join(";"))}`;
}

/**
 * `html` with every style attribute replaced by a class (added to the element's classes); `rules` collects each
 * class with its declarations. A style attribute needs 'unsafe-inline' (or 'unsafe-hashes' and a hash per
 * value); a class of a stylesheet from 'self' needs nothing. KaTeX lays out every formula with them.
 */
export function styleAttributesToClasses(html: string, rules: Map<string, readonly string[]>): string {
  let out = "";
  let i = 0;
  for (;;) {
    const lt = html.indexOf("<", i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    START_TAG.lastIndex = lt;
    const tag = START_TAG.exec(html);
    if (!tag) {
      // An end tag, a doctype or a "<" in text: nothing to change.
      out += "<";
      i = lt + 1;
      continue;
    }
    const [text, name, attributes] = tag as unknown as [string, string, string];
    out += `<${name}${withoutStyle(attributes, rules)}${text.slice(1 + name.length + attributes.length)}`;
    i = lt + text.length;
    if (RAW_TEXT.has(name.toLowerCase())) {
      const close = new RegExp(`</${name}[\\s/>]`, "ig");
      close.lastIndex = i;
      const stop = close.exec(html)?.index ?? html.length;
      out += html.slice(i, stop);
      i = stop;
    }
  }
}

/** A start tag's attribute text with its style attribute turned into a class. */
function withoutStyle(attributes: string, rules: Map<string, readonly string[]>): string {
  const found = [...attributes.matchAll(ATTRIBUTE)].map((m) => ({ text: m[0], name: m[1]!.toLowerCase(), value: m[2] ?? m[3] ?? m[4] ?? "", at: m.index! }));
  const style = found.find((a) => a.name === "style");
  if (!style) return attributes;
  const decls = declarations(decodeEntities(style.value));
  let rest = attributes.slice(0, style.at) + attributes.slice(style.at + style.text.length);
  if (decls.length === 0) return rest;
  const cls = styleClass(decls);
  const known = rules.get(cls);
  if (known && known.join(";") !== decls.join(";")) throw new Error(`class ${cls} stands for both ${known.join(";")} and ${decls.join(";")}`);
  rules.set(cls, decls);
  const current = found.find((a) => a.name === "class");
  if (!current) return `${rest} class="${cls}"`;
  const at = current.at > style.at ? current.at - style.text.length : current.at;
  const classes = `${decodeEntities(current.value)} ${cls}`.trim().replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  rest = rest.slice(0, at) + ` class="${classes}"` + rest.slice(at + current.text.length);
  return rest;
}

/**
 * The stylesheet for `rules`. Each declaration is !important, as a style attribute outranks every rule that is
 * not; the classes are unique to these declarations, so nothing else is touched.
 */
export function stylesheet(rules: ReadonlyMap<string, readonly string[]>): string {
  return [...rules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([cls, decls]) => `.${cls}{${decls.map((d) => (/!\s*important$/i.test(d) ? d : `${d}!important`)).join(";")}}`)
    .join("\n") + "\n";
}

/** `<link>` to the stylesheet, before </head>. */
export function linkStylesheet(html: string, href: string): string {
  const at = html.search(/<\/head>/i);
  if (at < 0) throw new Error("the page has no </head>");
  return `${html.slice(0, at)}<link rel="stylesheet" href="${href}">${html.slice(at)}`;
}

/**
 * One policy that allows what each of `policies` allows: each directive with the union of its sources, in
 * the order they first appear. For a header over several pages whose metas differ in hashes only.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const directive of policy.split(";").map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/) as [string, ...string[]];
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** One rule of a _headers file: a path pattern and its policy. */
export interface HeaderRule {
  pattern: string;
  policy: string;
}

/** A _headers file (Netlify, Cloudflare Pages) giving each pattern its Content-Security-Policy header. */
export function headersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split("\n").map((l) => `# ${l}`.trimEnd());
  for (const r of rules) lines.push(r.pattern, `  Content-Security-Policy: ${r.policy}`);
  return lines.join("\n") + "\n";
}
