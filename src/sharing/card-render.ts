/**
 * Draws preview cards and formula images at build time: TeX → SVG paths with MathJax 4, text set in
 * Source Sans 3 (from the `source-sans` package, so every machine draws the same card), composed into one
 * SVG and rasterised with resvg. Results are cached in node_modules/.cache/ by a hash of what they are
 * made from, so a build only draws what changed. Never shipped to readers.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype, { type Font } from "opentype.js";
import { Resvg } from "@resvg/resvg-js";
import { CARD_HEIGHT, CARD_WIDTH, type CardFormula, type CardSpec, type CardTone } from "./cards";
import { escapeHtml } from "../lib/entities";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("source-sans/package.json")), "TTF");
const FONT_FILES = { regular: "SourceSans3-Regular.ttf", semibold: "SourceSans3-Semibold.ttf", bold: "SourceSans3-Bold.ttf" } as const;
const FAMILY = "Source Sans 3";
const VERSION = [
  "card-2",
  require("@mathjax/src/package.json").version,
  require("@resvg/resvg-js/package.json").version,
  require("source-sans/package.json").version,
].join("/");
const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "fcna-cards");

/** The site's light palette (src/styles/global.css): cards are one image for every chat theme. */
const INK = { text: "#1b1f24", muted: "#555f6b", border: "#d0d7de", bg: "#ffffff", surface: "#f4f5f7", warn: "#9a3d05", warnSoft: "#fff4e5" };
const TONE: Record<CardTone, string> = { accent: "#0b5cad", inorganic: "#0b6e99", organic: "#b7410e", hybrid: "#6b3fa0", baseline: "#555f6b" };
/** Formula colours of the downloadable images, matching the site's light and dark text. */
export const FORMULA_INK = { light: "#1b1f24", dark: "#e6e9ed" } as const;

const hash = (...parts: string[]) => createHash("sha256").update([VERSION, ...parts].join("\u0000")).digest("hex").slice(0, 24);

function cached<T extends string | Buffer>(key: string, ext: string, make: () => Promise<T>, binary: boolean): Promise<T> {
  const file = join(CACHE_DIR, `${key}.${ext}`);
  if (existsSync(file)) return Promise.resolve((binary ? readFileSync(file) : readFileSync(file, "utf8")) as T);
  return make().then((value) => {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, value);
    return value;
  });
}

/* ---------- TeX → SVG ---------- */

type MathJaxApi = { tex2svgPromise(tex: string, o: { display: boolean }): Promise<unknown>; startup: { adaptor: { innerHTML(n: unknown): string } } };
let mathjax: Promise<MathJaxApi> | undefined;
function loadMathJax(): Promise<MathJaxApi> {
  return (mathjax ??= import("@mathjax/src").then(
    async (m) => (await m.default.init({ loader: { load: ["input/tex", "output/svg"] }, svg: { fontCache: "none" } })) as MathJaxApi,
  ));
}

/** MathJax's SVG of a display formula: glyphs as paths, drawn in `currentColor`, sized in font units (1000 per em). */
export function texToSvg(tex: string): Promise<string> {
  return cached(hash("tex", tex), "svg", async () => {
    const mj = await loadMathJax();
    const svg = mj.startup.adaptor.innerHTML(await mj.tex2svgPromise(tex, { display: true }));
    if (/data-mjx-error|merror/.test(svg)) throw new Error(`MathJax could not typeset: ${tex}`);
    return svg;
  }, false);
}

interface Box {
  viewBox: [number, number, number, number];
  inner: string;
}
function parseMathSvg(svg: string): Box {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(/\s+/).map(Number);
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg)?.[1];
  if (!viewBox || viewBox.length !== 4 || inner === undefined) throw new Error("unexpected MathJax SVG");
  return { viewBox: viewBox as Box["viewBox"], inner };
}

/** Places a formula in a box, as large as fits up to `maxEm` pixels per em; returns the markup and its size. */
function placeFormula(box: Box, x: number, y: number, width: number, height: number, color: string, maxEm: number) {
  const [, , vw, vh] = box.viewBox;
  const em = Math.min(maxEm, (width * 1000) / vw, (height * 1000) / vh);
  const w = (vw * em) / 1000;
  const h = (vh * em) / 1000;
  const left = x + (width - w) / 2;
  const top = y + (height - h) / 2;
  const inner = box.inner.replace(/currentColor/g, color);
  return `<svg x="${r(left)}" y="${r(top)}" width="${r(w)}" height="${r(h)}" viewBox="${box.viewBox.join(" ")}">${inner}</svg>`;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A standalone formula image: SVG with a margin, in the light or dark text colour, on a transparent ground. */
export async function formulaImageSvg(tex: string, theme: keyof typeof FORMULA_INK, em = 48): Promise<string> {
  const box = parseMathSvg(await texToSvg(tex));
  const [, , vw, vh] = box.viewBox;
  const pad = em / 2;
  const w = Math.ceil((vw * em) / 1000 + 2 * pad);
  const h = Math.ceil((vh * em) / 1000 + 2 * pad);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${placeFormula(box, 0, 0, w, h, FORMULA_INK[theme], em)}</svg>`;
}

/* ---------- Text ---------- */

type Weight = keyof typeof FONT_FILES;
const WEIGHT: Record<Weight, number> = { regular: 400, semibold: 600, bold: 700 };
let fonts: Record<Weight, Font> | undefined;
function font(weight: Weight): Font {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([k, f]) => [k, opentype.parse(readFileSync(join(FONT_DIR, f)).buffer as ArrayBuffer)]),
  ) as Record<Weight, Font>;
  return fonts[weight];
}

/** Greedy line breaking by the font's own advance widths; the last kept line ends in "…" when text is cut. */
export function wrap(text: string, size: number, weight: Weight, width: number, maxLines: number): string[] {
  const f = font(weight);
  const fits = (s: string) => f.getAdvanceWidth(s, size) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = last.replace(/\s*\S+$/, "");
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function text(lines: string[], x: number, y: number, size: number, weight: Weight, color: string, lineHeight = size * 1.2): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${r(y + i * lineHeight)}" font-family="${FAMILY}" font-size="${size}" font-weight="${WEIGHT[weight]}" fill="${color}">${escapeHtml(l)}</text>`)
    .join("");
}

/* ---------- Cards ---------- */

const PAD = 72;
const INNER = CARD_WIDTH - 2 * PAD;
const FOOTER_Y = 586;

/** The card as SVG markup (text as <text> in Source Sans 3, formulas as paths). */
export async function cardSvg(spec: CardSpec, footer: string, site: string): Promise<string> {
  const tone = TONE[spec.tone ?? "accent"];
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${INK.bg}"/>`,
    `<rect width="14" height="${CARD_HEIGHT}" fill="${tone}"/>`,
    `<rect x="${PAD}" y="44" width="44" height="44" rx="9" fill="#0b5cad"/>`,
    text(["Na"], PAD + 7, 75, 23, "bold", "#ffffff"),
    text([site], PAD + 60, 75, 25, "semibold", INK.muted),
    text([spec.kicker], PAD, 150, 30, "semibold", tone),
  ];
  const titleSize = spec.formulas ? 50 : 60;
  const titleLines = wrap(spec.title, titleSize, "bold", INNER, spec.formulas ? 2 : 3);
  const titleLead = titleSize * 1.15;
  parts.push(text(titleLines, PAD, 150 + 22 + titleSize, titleSize, "bold", INK.text, titleLead));
  let y = 150 + 22 + titleSize + (titleLines.length - 1) * titleLead + 28;

  if (spec.line) {
    const size = spec.formulas ? 28 : 32;
    const lines = wrap(spec.line, size, "regular", INNER, 3);
    parts.push(text(lines, PAD, y + size, size, "regular", INK.muted, size * 1.3));
    y += size * 1.3 * lines.length + 16;
  }
  if (spec.result) {
    const top = Math.max(y + 8, 380);
    parts.push(`<rect x="${PAD - 16}" y="${top}" width="${INNER + 32}" height="132" rx="12" fill="${INK.surface}" stroke="${tone}" stroke-width="2"/>`);
    parts.push(text([spec.result.label], PAD, top + 42, 24, "semibold", INK.muted));
    parts.push(text(wrap(spec.result.value, 46, "bold", INNER, 1), PAD, top + 100, 46, "bold", tone));
  }
  if (spec.formulas?.length) parts.push(...(await formulaRows(spec.formulas, y, FOOTER_Y - 40)));

  parts.push(`<line x1="${PAD}" y1="${FOOTER_Y - 26}" x2="${CARD_WIDTH - PAD}" y2="${FOOTER_Y - 26}" stroke="${INK.border}" stroke-width="2"/>`);
  parts.push(text([footer], PAD, FOOTER_Y + 10, 23, "regular", INK.muted));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join("")}</svg>`;
}

/** One formula fills the space; two (printed and corrected) share it, each under its label. */
async function formulaRows(formulas: CardFormula[], top: number, bottom: number): Promise<string[]> {
  const out: string[] = [];
  const labelled = formulas.length > 1;
  const rowHeight = (bottom - top) / formulas.length;
  for (const [i, f] of formulas.entries()) {
    const y = top + i * rowHeight;
    const box = parseMathSvg(await texToSvg(f.tex));
    if (labelled) {
      const color = f.corrected ? INK.warn : INK.muted;
      if (f.corrected) out.push(`<rect x="${PAD - 16}" y="${r(y - 4)}" width="${INNER + 32}" height="${r(rowHeight)}" rx="10" fill="${INK.warnSoft}" stroke="${INK.warn}" stroke-width="2"/>`);
      out.push(text([f.label ?? ""], PAD, y + 26, 24, "semibold", color));
      out.push(placeFormula(box, PAD, y + 34, INNER, rowHeight - 46, INK.text, 58));
    } else out.push(placeFormula(box, PAD, y, INNER, rowHeight, INK.text, 78));
  }
  return out;
}

function rasterise(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: Object.values(FONT_FILES).map((f) => join(FONT_DIR, f)), loadSystemFonts: false, defaultFontFamily: FAMILY },
  });
  return resvg.render().asPng();
}

/** The card's PNG, from the cache when nothing it is made from has changed. */
export async function cardPng(spec: CardSpec, footer: string, site: string): Promise<Buffer> {
  const key = hash("card", JSON.stringify(spec), footer, site);
  return cached(key, "png", async () => rasterise(await cardSvg(spec, footer, site)), true);
}

/** A formula image as PNG at `scale` × its SVG size (2 × for sharp slides). */
export async function formulaPng(tex: string, theme: keyof typeof FORMULA_INK, scale = 2): Promise<Buffer> {
  return cached(hash("formula-png", tex, theme, String(scale)), "png", async () => {
    const svg = await formulaImageSvg(tex, theme);
    return new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: { loadSystemFonts: false } }).render().asPng();
  }, true);
}
