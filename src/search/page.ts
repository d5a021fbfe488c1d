/**
 * The search page: runs the query held in the URL (?q=…&type=…&class=…) on load, and keeps the URL in step
 * with the form, so any search can be linked.
 */
import { TYPE_OF_KIND, type SearchType } from "@src/search/facets";
import { searchSite, type SearchFilter } from "./engine";
import { excerptFragment } from "./excerpt";
import { loadSearchStyles } from "./styles";
import type { PageHits } from "./hits";
import { echo } from "../lib/echo";

const PAGES = 20;
const PER_PAGE = 3;
const KIND_LABEL = { page: "Page", section: "Section", equation: "Equation", interphase: "Interphase", term: "Term" } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}

function pageResult(page: PageHits): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h2", "search-result-page");
  const link = element("a", "", page.title);
  link.href = page.url;
  heading.append(link, " ", element("span", "search-result-type", TYPE_OF_KIND[page.kind] ?? "Page"));
  const places = element("ul", "search-result-hits");
  for (const hit of page.hits.slice(0, PER_PAGE)) {
    const place = element("li", `search-hit search-hit--${hit.kind}`);
    const to = element("a", "search-hit-title", hit.title);
    to.href = hit.url;
    const excerpt = element("p", "search-hit-excerpt");
    excerpt.append(excerptFragment(hit.excerpt));
    place.append(element("span", "search-hit-kind", KIND_LABEL[hit.kind]), " ", to, excerpt);
    places.append(place);
  }
  item.append(heading, places);
  return item;
}

export function setUpSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-page]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const status = document.querySelector<HTMLElement>("[data-search-page-status]");
  if (!form || !list || !status) return;
  document.querySelector("[data-search-nojs]")?.remove();
  // The prompt for an empty query is in the page from the start (shown only with script), so the page does not
  // grow a line when the script arrives.
  const prompt = status.textContent ?? "";
  const input = form.elements.namedItem("q") as HTMLInputElement;
  const radio = (name: string) => form.elements.namedItem(name) as RadioNodeList;
  let latest = 0;

  const params = new URLSearchParams(location.search);
  // This script starts after the first paint (src/reading/after-paint.ts): what a reader typed before it arrived
  // is searched, not replaced by the URL's query.
  if (input.value === input.defaultValue) input.value = params.get("q") ?? "";
  radio("type").value = params.get("type") ?? "";
  radio("class").value = params.get("class") ?? "";

  async function run() {
    const query = input.value.trim();
    const type = radio("type").value as SearchType | "";
    const cls = radio("class").value;
    const url = new URL(location.href);
    url.search = new URLSearchParams(Object.entries({ q: query, type, class: cls }).filter(([, v]) => v)).toString();
    history.replaceState(null, "", url);
    const ticket = ++latest;
    if (!query) {
      list!.replaceChildren();
      status!.textContent = prompt;
      return;
    }
    const filter: SearchFilter = { type: type || undefined, class: cls || undefined };
    try {
      const [outcome] = await Promise.all([searchSite(query, filter, PAGES), loadSearchStyles()]);
      if (ticket !== latest) return;
      list!.replaceChildren(...outcome.pages.map(pageResult));
      const n = outcome.pages.length;
      const quoted = `“${echo(query)}”`;
      const count = `${outcome.total} result${outcome.total === 1 ? "" : "s"} for ${quoted}`;
      status!.textContent = !n ? `No results for ${quoted}.` : outcome.total > n ? `${count}; the best ${n} are listed.` : `${count}.`;
    } catch {
      if (ticket !== latest) return;
      list!.replaceChildren();
      status!.textContent = "Search is unavailable: the index is missing. It is built by the production build.";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", run);
  form.addEventListener("change", (event) => {
    const changed = event.target as HTMLInputElement;
    // A class narrows interphases; any other type clears it.
    if (changed.name === "class" && changed.value) radio("type").value = "Interphase";
    if (changed.name === "type" && changed.value !== "Interphase") radio("class").value = "";
    if (changed.name !== "q") run();
  });
  run();
}
