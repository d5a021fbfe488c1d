/**
 * What an equation's copy menu offers, derived from its definition: links, the formula in the forms other
 * places understand (LaTeX, Markdown for GitHub/GitLab/Discourse, plain Unicode, MathML), formula images,
 * and the current calculation (link, chart, CSV), answered at click time by the calculator.
 */
import { equationTag, equationMention, type EquationDefinition } from "../models/types";
import { renderTex } from "../lib/katex";
import { withBase } from "../lib/paths";
import { SITE } from "../consts";
import type { CopyMenuItem } from "./copy-items";
import { texToPlain } from "./tex-plain";
import { formulaFiles } from "./formula-files";

/** The short link people paste: /eq/6/ (previews as the equation, lands in the chapter). */
export function shortLink(def: EquationDefinition): string {
  return withBase(`eq/${def.number ?? def.slug}/`);
}

/** `$$…$$` blocks (as GitHub, GitLab and Discourse render maths) and a link back; `{url}` is the short link. */
export function markdownTemplate(def: EquationDefinition): string {
  const name = def.kind === "review" ? `Eqn ${equationTag(def)}` : `Relation ${equationTag(def)}`;
  const block = (tex: string) => `$$\n${tex}\n$$`;
  const body = def.erratum
    ? `${block(def.latex)}\n\nas printed in the review; corrected form:\n\n${block(def.erratum.correctedLatex)}`
    : block(def.latex);
  return `${body}\n\n[${name}: ${def.name}]({url}) — ${SITE.shortTitle}\n`;
}

/** The formula's MathML, as KaTeX writes it for screen readers. */
export function mathml(tex: string): string {
  const html = renderTex(tex, true, "mathml");
  const math = /<math[\s\S]*<\/math>/.exec(html)?.[0];
  if (!math) throw new Error(`KaTeX gave no MathML for ${tex}`);
  return math;
}

export function equationMenuItems(def: EquationDefinition): CopyMenuItem[] {
  const link = shortLink(def);
  const images = def.erratum ? "Formula image, corrected form" : "Formula image";
  const items: CopyMenuItem[] = [
    { group: "Link", label: "Copy link", url: link },
    { group: "Link", label: "Copy link to this calculation", request: "calculation-link", for: def.slug, done: "Link to this calculation copied" },
    { group: "Formula", label: "Copy Markdown", template: markdownTemplate(def), url: link },
    { group: "Formula", label: "Copy LaTeX", text: def.latex },
    ...(def.erratum ? [{ group: "Formula", label: "Copy corrected LaTeX", text: def.erratum.correctedLatex }] : []),
    { group: "Formula", label: "Copy plain text", text: texToPlain(def.erratum?.correctedLatex ?? def.latex) },
    { group: "Formula", label: "Copy MathML", text: mathml(def.erratum?.correctedLatex ?? def.latex) },
    ...formulaFiles(def).map((f) => ({
      group: images,
      label: `Download ${f.format.toUpperCase()} (${f.theme})`,
      download: withBase(`formulas/${f.name}`),
      filename: `${def.slug}-${f.theme}.${f.format}`,
    })),
    { group: "Calculation", label: "Download chart SVG", svg: `#calc-${def.slug} [data-chart] svg`, format: "svg", filename: `${def.slug}-chart.svg` },
    { group: "Calculation", label: "Download chart PNG", svg: `#calc-${def.slug} [data-chart] svg`, format: "png", filename: `${def.slug}-chart.png` },
    { group: "Calculation", label: "Download CSV", request: "calculation-csv", for: def.slug },
  ];
  return items;
}

/** The accessible name of the equation's menu button. */
export const menuName = (def: EquationDefinition) => `Copy: ${equationMention(def)}`;
