/** The ready-made <iframe> for an equation's embed: titled, lazily loaded, full width. */
import { equationTag, type EquationDefinition } from "../models/types";

/** Height that shows formula, calculator and chart without scrolling at common widths. */
export const EMBED_HEIGHT = 900;

export function embedSnippet(def: EquationDefinition, src: string): string {
  const title = `${equationTag(def)} ${def.name}: live calculator`.replace(/"/g, "&quot;");
  return `<iframe src="${src}" title="${title}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
