/**
 * Turns Pagefind results into hits: one place on one page (the page itself, a section, an equation), each
 * with the fragment URL to land on, a title and an excerpt. Pure functions, no DOM and no network.
 */
import { PART_ANCHOR_PREFIX, TYPE_OF_KIND, excerptKey, type SearchType } from "@src/search/facets";
import { escapeHtml } from "@src/lib/entities";

/** One matched word as Pagefind reports it; `weight` is the data-pagefind-weight of its element (1 for prose). */
export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** An element with an id, at a word position of the page. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** From data-pagefind-title: set on equation figures. */
  title?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations: PagefindLocation[];
}

/** The part of Pagefind's result data we use. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export type HitKind = "page" | "section" | "equation" | "interphase" | "term";

export interface Hit {
  /** Where to land, with its fragment. */
  url: string;
  /** Title of the section or equation; the page title for a hit on the page itself. */
  title: string;
  kind: HitKind;
  /** Pagefind's excerpt: HTML-escaped text with <mark> around matched words. */
  excerpt: string;
  /** Sum of Pagefind's per-word scores in this place. */
  score: number;
}

export interface PageHits {
  url: string;
  title: string;
  /** The page's own kind, as its layout declared it ("chapter", "equation", …). */
  kind: string;
  /** Pagefind's score of the page. */
  score: number;
  /** Best first. */
  hits: Hit[];
}

const isHeading = (a: PagefindAnchor) => /^h[1-6]$/i.test(a.element);
const withHash = (url: string, id?: string) => (id ? `${url.split("#")[0]}#${id}` : url.split("#")[0]!);

function kindOf(anchor: PagefindAnchor | undefined): HitKind {
  if (!anchor || anchor.element.toLowerCase() === "h1") return "page";
  if (anchor.id.startsWith("eq-")) return "equation";
  if (anchor.id.startsWith("ip-")) return "interphase";
  if (anchor.id.startsWith("term-")) return "term";
  return "section";
}

/**
 * One hit per sub-result, merged where two land on the same fragment, best first.
 *
 * An equation's sub-result runs, as Pagefind counts it, from its figure to the next heading, so it also
 * holds the prose after the figure. Matches inside the equation's search text are weighted (see
 * EquationSearchText.astro); a sub-result on an equation without any weighted match is prose after it,
 * and is sent to the section the equation stands in. An equation's hit shows the readable excerpt its page
 * stores (see excerptKey), with the query's words marked, because Pagefind's would quote the hidden index text.
 */
export function pageHits(data: PagefindResultData, score: number, narrowTo?: SearchType, query = ""): PageHits {
  const pageUrl = withHash(data.url);
  const pageTitle = data.meta.title ?? pageUrl;
  const kind = data.meta.kind ?? "page";
  const headings = data.anchors.filter(isHeading).sort((a, b) => a.location - b.location);
  const byUrl = new Map<string, Hit>();
  for (const sub of data.sub_results) {
    let anchor = sub.anchor;
    let title = sub.title;
    let hitKind = kindOf(anchor);
    if (hitKind === "equation" && !sub.weighted_locations.some((l) => l.weight > 1)) {
      anchor = headings.filter((h) => h.location <= sub.anchor!.location).at(-1);
      hitKind = kindOf(anchor);
      title = anchor?.text ?? pageTitle;
    }
    if (hitKind === "page") title = pageTitle;
    const hit: Hit = {
      url: hitKind === "page" ? pageUrl : withHash(pageUrl, anchor?.id),
      title,
      kind: hitKind,
      excerpt: readableExcerpt(data, hitKind === "equation" ? anchor?.id : undefined, query) ?? sub.excerpt,
      score: sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0),
    };
    const seen = byUrl.get(hit.url);
    if (!seen) byUrl.set(hit.url, hit);
    else byUrl.set(hit.url, { ...(hit.score > seen.score ? hit : seen), score: seen.score + hit.score });
  }
  let hits = [...byUrl.values()].sort((a, b) => b.score - a.score);
  // A chapter is among "Equations" because of the equations it shows: under that filter, show only those.
  const prefix = narrowTo && PART_ANCHOR_PREFIX[narrowTo];
  if (prefix && TYPE_OF_KIND[kind] !== narrowTo) hits = hits.filter((h) => new URL(h.url, "http://x").hash.startsWith(`#${prefix}`));
  return { url: pageUrl, title: pageTitle, kind, score, hits };
}

/** The stored excerpt of an anchored part, in Pagefind's excerpt format; undefined when the page stores none. */
function readableExcerpt(data: PagefindResultData, anchorId: string | undefined, query: string): string | undefined {
  const text = anchorId ? data.meta[excerptKey(anchorId)] : undefined;
  return text ? markWords(text, query) : undefined;
}

/**
 * Plain text in Pagefind's excerpt format: HTML-escaped, with <mark> around each word that starts with a word
 * of the query (Pagefind matches by prefix too). Case and accents of the text are kept.
 */
export function markWords(text: string, query: string): string {
  const terms = query.toLowerCase().split(/[^\p{L}\p{N}⁺₊]+/u).filter(Boolean);
  return text
    .split(/([\p{L}\p{N}⁺₊]+)/u)
    .map((part, i) => (i % 2 === 1 && terms.some((t) => part.toLowerCase().startsWith(t)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join("");
}

/** A query that names an equation by its number: "eqn 6", "eq. (6)", "equation 6", "(S2)", "6". */
const EQUATION_NUMBER = /^(?:eqn?\.?|equation|relation)?\s*\(?\s*S?\d+\s*\)?$/i;

/**
 * Pages in the order to list them: Pagefind's, except that for a query naming an equation by its number the pages
 * that hold an equation itself come first. Otherwise a page that cites "eqn (6)" many times (the problems, each
 * step naming its equation) outranks the equation it cites.
 */
export function rankPages(pages: readonly PageHits[], query: string): PageHits[] {
  if (!EQUATION_NUMBER.test(query.trim())) return [...pages];
  const holds = (p: PageHits) => p.hits.some((h) => h.kind === "equation");
  return [...pages.filter(holds), ...pages.filter((p) => !holds(p))];
}

const SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

/**
 * The site writes formulas with subscript digits (Na₃P, Al₂O₃); readers type Na3P. A query with a digit
 * right after a letter is also run in its subscript form; both forms are returned, the typed one first.
 */
export function queryVariants(query: string): string[] {
  const subscripted = query.replace(/(?<=[A-Za-z)\]])\d+/g, (digits) => [...digits].map((d) => SUBSCRIPT_DIGITS[Number(d)]).join(""));
  return subscripted === query ? [query] : [query, subscripted];
}
