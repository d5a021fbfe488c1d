/**
 * What a copy menu offers: one entry per thing a reader can take away, named by what it copies or downloads.
 * Build side: `itemAttributes` turns an entry into the data attributes `copy-menu.ts` acts on in the browser.
 */

interface ItemBase {
  /** The button's text, naming what it copies or downloads: "Copy LaTeX", "Download PNG (dark)". */
  label: string;
  /** Said in the menu's status line after success; derived from the label when left out ("LaTeX copied"). */
  done?: string;
  /** Heading of the group the entry is shown under; consecutive entries with the same group share it. */
  group?: string;
}

/** Copies this text as it is (LaTeX, plain text, MathML, a citation). */
export interface CopyText extends ItemBase {
  text: string;
}

/** Copies an address made absolute against the page being read ("/eq/6/", "#sec-2", a full URL). */
export interface CopyUrl extends ItemBase {
  url: string;
}

/** Copies `template` with every `{url}` replaced by `url` made absolute, e.g. a Markdown link `[2.1 Sand's time]({url})`. */
export interface CopyTemplate extends ItemBase {
  template: string;
  url: string;
}

/** Downloads a file the site serves (a built PNG or SVG), saved as `filename`. */
export interface DownloadFile extends ItemBase {
  download: string;
  filename: string;
}

/** Downloads an inline SVG on the page (a chart) as a standalone SVG or PNG, with its current theme's colours. */
export interface DownloadSvgElement extends ItemBase {
  /** CSS selector of the `<svg>` (the first match is taken). */
  svg: string;
  format: "svg" | "png";
  filename: string;
}

/**
 * Asks the page for what to copy or download at the moment of the click (e.g. the calculation's current
 * state). The menu fires a `copy-menu-request` event (see `CopyMenuRequest`) on the button; a feature's
 * browser code listening for `request` answers it.
 */
export interface ProvidedItem extends ItemBase {
  request: string;
  /** What the request is about, e.g. an equation's slug. */
  for?: string;
}

export type CopyMenuItem = CopyText | CopyUrl | CopyTemplate | DownloadFile | DownloadSvgElement | ProvidedItem;

export { REQUEST_EVENT, type CopyMenuRequest, type CopyPayload } from "../lib/copy-request";

/** "Copy LaTeX" → "LaTeX copied", "Download SVG (dark)" → "SVG (dark) downloaded"; other labels → "Done: <label>". */
export function doneMessage(label: string): string {
  const m = /^(Copy|Download)\s+(.+)$/.exec(label);
  if (!m) return `Done: ${label}`;
  const what = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
  return `${what} ${m[1] === "Copy" ? "copied" : "downloaded"}`;
}

/** The data attributes of an entry's button; copy-menu.ts reads exactly these. */
export function itemAttributes(item: CopyMenuItem): Record<string, string> {
  const attrs: Record<string, string> = { "data-done": item.done ?? doneMessage(item.label) };
  if ("template" in item) Object.assign(attrs, { "data-copy-template": item.template, "data-url": item.url });
  else if ("text" in item) attrs["data-copy-text"] = item.text;
  else if ("url" in item) attrs["data-copy-url"] = item.url;
  else if ("download" in item) Object.assign(attrs, { "data-download": item.download, "data-filename": item.filename });
  else if ("svg" in item) Object.assign(attrs, { "data-svg": item.svg, "data-format": item.format, "data-filename": item.filename });
  else Object.assign(attrs, { "data-request": item.request, "data-for": item.for ?? "" });
  return attrs;
}

/** `template` with every `{url}` replaced by `url` made absolute against `base` (the page's address). */
export function fillTemplate(template: string, url: string, base: string): string {
  return template.split("{url}").join(new URL(url, base).href);
}

/** Entries split into runs that share a group heading, keeping their order. */
export function groupItems(items: readonly CopyMenuItem[]): { group?: string; items: CopyMenuItem[] }[] {
  const runs: { group?: string; items: CopyMenuItem[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else runs.push({ group: item.group, items: [item] });
  }
  return runs;
}
