/**
 * The chapter paragraph that discusses an interphase, taken from the MDX source at build time: the block that
 * starts with `<IP id="…" />`, shown on the interphase's page as display HTML. Citations become "[n]" (flagged,
 * mismatched ones are left out), equation mentions read as in the chapter, inline `$…$` is typeset by KaTeX,
 * and every other character is escaped.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { getEquation, equationMention } from "../models";
import { parseCitation } from "../lib/bibliography";
import { renderTex } from "../lib/katex";
import { escapeHtml } from "../lib/entities";
import { escapeRegExp } from "../lib/regexp";

const EQUATION_BLOCK = /^<Equation\s+id="([^"]+)"\s*\/>$/;

/**
 * The MDX of the paragraph marked `<IP id="<id>" />`: its block of lines up to the next blank line. A block
 * that ends on a colon introduces a displayed equation, so the equation and the paragraph after it come too.
 */
export function findParagraph(mdx: string, id: string): string | undefined {
  const blocks = mdx.split(/\r?\n[ \t]*\r?\n/).map((b) => b.trim());
  const tag = new RegExp(`<IP\\s+id="${escapeRegExp(id)}"\\s*/>`);
  const start = blocks.findIndex((b) => tag.test(b));
  if (start < 0) return undefined;
  const parts = [blocks[start]!];
  let k = start;
  while (parts.at(-1)!.endsWith(":") && EQUATION_BLOCK.test(blocks[k + 1] ?? "")) {
    parts.push(blocks[k + 1]!);
    const after = blocks[k + 2];
    if (after && !/^[<#|>-]/.test(after)) parts.push(after);
    k += 2;
  }
  return parts.join("\n\n");
}

const INLINE =
  /<Cite\s+n="([^"]+)"\s*\/>|<EqRef\s+id="([^"]+)"\s*\/>|<SecRef\s+id="([^"]+)"\s*\/>|<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>|\$([^$\n]+)\$|\*\*|\*|`([^`]+)`|\[([^\]]+)\]\([^)\s]+\)/g;

/** One paragraph of MDX as display HTML (see the file comment). */
export function inlineHtml(source: string): string {
  const text = source
    .replace(/<IP\s+id="[^"]*"\s*\/>\s*/g, "")
    .replace(/\s*<Cite\s+[^>]*\bmismatch\b[^>]*\/>/g, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  let html = "";
  let last = 0;
  const open = { strong: false, em: false };
  const plain = (s: string) => escapeHtml(s.replace(/\\([\\`*_{}[\]()#+\-.!<>$])/g, "$1"));
  for (const m of text.matchAll(INLINE)) {
    html += plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [token, cite, eqref, secref, math, code, linkText] = m;
    if (cite) html += `[${escapeHtml(parseCitation(cite).label)}]`;
    else if (eqref) html += escapeHtml(equationMention(getEquation(eqref)));
    else if (secref) {
      const num = /^sec-(\d+(?:-\d+)*)$/.exec(secref);
      html += num ? `section ${num[1]!.replaceAll("-", ".")}` : "the section";
    } else if (math) html += renderTex(math, false);
    else if (code) html += `<code>${escapeHtml(code)}</code>`;
    else if (linkText) html += plain(linkText);
    else if (token === "**") html += (open.strong = !open.strong) ? "<strong>" : "</strong>";
    else if (token === "*") html += (open.em = !open.em) ? "<em>" : "</em>";
    // Any other component tag adds nothing to the text.
  }
  html += plain(text.slice(last));
  if (open.em) html += "</em>";
  if (open.strong) html += "</strong>";
  return html;
}

/** A found paragraph (possibly with a displayed equation) as display HTML: `<p>` blocks and typeset equations. */
export function paragraphHtml(source: string): string {
  return source
    .split(/\n\n/)
    .map((block) => {
      const eq = EQUATION_BLOCK.exec(block);
      if (!eq) return `<p>${inlineHtml(block)}</p>`;
      const def = getEquation(eq[1]!);
      return `<div class="ipq-equation">${renderTex(def.latex, true)}<span class="ipq-tag">${escapeHtml(equationMention(def))}</span></div>`;
    })
    .join("\n");
}

const found = new Map<string, ChapterParagraph>();

export interface ChapterParagraph {
  /** Display HTML of the paragraph; absent for the baseline when its chapter marks none. */
  html?: string;
  /** Anchor to link to: the paragraph (`ip-<id>`), or none when falling back to the chapter. */
  anchor?: string;
}

/**
 * The paragraph of `chapter` that discusses interphase `id`. A missing paragraph fails the build, except for
 * the bare-sodium baseline, which falls back to its chapter (the page says so).
 */
export function chapterParagraph(id: string, chapter: string, dir = path.resolve(process.cwd(), "content/chapters")): ChapterParagraph {
  const file = path.join(dir, `${chapter}.mdx`);
  const key = `${file}#${id}`;
  const hit = found.get(key);
  if (hit) return hit;
  const source = existsSync(file) ? findParagraph(readFileSync(file, "utf8"), id) : undefined;
  if (source) {
    const result = { html: paragraphHtml(source), anchor: `ip-${id}` };
    found.set(key, result);
    return result;
  }
  if (id === "bare-na") return {};
  throw new Error(
    `Interphase "${id}": no paragraph marked <IP id="${id}" /> in content/chapters/${chapter}.mdx` +
      `${existsSync(file) ? "" : " (the file does not exist)"}. Put the tag at the start of the paragraph that discusses it (content/README.md).`,
  );
}
