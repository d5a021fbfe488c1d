/**
 * Runs queries against the site's Pagefind index (built after `astro build`, see src/search/pagefind-integration.mjs).
 * Pagefind's script is fetched from <base>pagefind/ at the first query, never before.
 */
import type { SearchType } from "@src/search/facets";
import { pageHits, queryVariants, rankPages, type PageHits, type PagefindResultData } from "./hits";
import { allowScriptUrl } from "../lib/trusted-types";

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** What a reader narrows by (see src/search/facets.ts). */
export interface SearchFilter {
  type?: SearchType;
  /** Interphase class: "inorganic", "organic", "hybrid". */
  class?: string;
}

export interface SearchOutcome {
  /** Pages that match. */
  total: number;
  /** The best `pages` of them, each with its hits; pages left without a hit after narrowing are dropped. */
  pages: PageHits[];
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

// Short pages (the equation list) otherwise outrank the chapter where the equation is shown and explained.
const RANKING = { pageLength: 0.3 };

let pagefind: Promise<Pagefind> | undefined;

/** Loads and initialises Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Pagefind starts its search worker from a string URL: the pages' Trusted Types let exactly this one through.
    allowScriptUrl(`${BASE}pagefind/pagefind-worker.js`);
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: BASE, excerptLength: 24, ranking: RANKING });
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Searches the site: matching pages best first, each with its best places. */
export async function searchSite(query: string, filter: SearchFilter = {}, pages = 8): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  const filters: Record<string, string> = {};
  if (filter.type) filters.type = filter.type;
  if (filter.class) filters.class = filter.class;
  const responses = await Promise.all(queryVariants(query.trim()).map((q) => pf.search(q, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const result of responses.flatMap((r) => r?.results ?? [])) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const found = await Promise.all(ranked.slice(0, pages).map(async (r) => pageHits(await r.data(), r.score, filter.type, query)));
  return { total: ranked.length, pages: rankPages(found.filter((p) => p.hits.length > 0), query) };
}
