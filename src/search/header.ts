/**
 * The header search: a combobox with a listbox of results (the ARIA 1.2 combobox pattern). Loaded on the
 * field's first focus by src/layouts/parts/Search.astro, which renders the field, the panel and the live region.
 */
import { TYPE_OF_KIND } from "@src/search/facets";
import { loadPagefind, searchSite } from "./engine";
import { excerptFragment } from "./excerpt";
import { loadSearchStyles } from "./styles";
import type { Hit, PageHits } from "./hits";
import { echo } from "../lib/echo";

/** Pages whose places are listed, and places listed at most. */
const PAGES = 6;
const OPTIONS = 8;
/** Places per page. */
const PER_PAGE = 2;

/**
 * One group per page, best page first, each holding that page's best places, so a page never appears twice
 * in the list. Options are counted across groups; a group is cut short rather than a page repeated.
 */
function grouped(pages: PageHits[]): { page: PageHits; hits: Hit[] }[] {
  const out: { page: PageHits; hits: Hit[] }[] = [];
  let left = OPTIONS;
  for (const page of pages) {
    if (left <= 0) break;
    const hits = page.hits.slice(0, Math.min(PER_PAGE, left));
    if (!hits.length) continue;
    out.push({ page, hits });
    left -= hits.length;
  }
  return out;
}

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  if (text) el.textContent = text;
  return el;
}

function option(hit: Hit, page: PageHits, index: number): HTMLAnchorElement {
  const link = document.createElement("a");
  link.id = `site-search-option-${index}`;
  link.href = hit.url;
  link.tabIndex = -1;
  link.className = `search-option search-option--${hit.kind}`;
  link.setAttribute("role", "option");
  link.setAttribute("aria-selected", "false");
  const type = TYPE_OF_KIND[page.kind] ?? "Page";
  const where = hit.kind === "page" ? type : `${type} · ${page.title}`;
  const excerpt = span("search-option-excerpt");
  excerpt.id = `${link.id}-excerpt`;
  excerpt.append(excerptFragment(hit.excerpt));
  link.setAttribute("aria-label", `${hit.title} (${where})`);
  link.setAttribute("aria-describedby", excerpt.id);
  link.append(span("search-option-title", hit.title));
  if (hit.kind === "page") link.append(span("search-option-page", type));
  link.append(excerpt);
  return link;
}

/** Wraps an element in a list item that adds no role of its own, as the listbox pattern needs. */
function item(child: HTMLElement, className?: string): HTMLLIElement {
  const li = document.createElement("li");
  li.setAttribute("role", "none");
  if (className) li.className = className;
  li.append(child);
  return li;
}

/** A page and its places: the page's name heads the group, its places follow it, indented. */
function group(page: PageHits, hits: Hit[], first: number): HTMLLIElement {
  const list = document.createElement("ul");
  list.setAttribute("role", "group");
  const type = TYPE_OF_KIND[page.kind] ?? "Page";
  list.setAttribute("aria-label", `${page.title} (${type})`);
  // A hit on the page itself stands for the page and heads the group; otherwise the page's name does (for the
  // eye only: the group's label already says it to screen readers).
  if (hits[0]?.kind !== "page") {
    const label = span("search-group-title", `${type} · ${page.title}`);
    label.setAttribute("aria-hidden", "true");
    list.append(item(label));
  }
  hits.forEach((hit, i) => list.append(item(option(hit, page, first + i))));
  return item(list, "search-group");
}

/** Wires the header field; called once, with whatever the reader typed while this module loaded. */
export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>("[data-search-panel]")!;
  const list = form.querySelector<HTMLUListElement>("[role=listbox]")!;
  const message = form.querySelector<HTMLElement>("[data-search-message]")!;
  const status = form.querySelector<HTMLElement>("[data-search-status]")!;
  const more = form.querySelector<HTMLAnchorElement>("[data-search-more]")!;
  let active = -1;
  let latest = 0;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>("[role=option]")];

  function setActive(index: number) {
    const all = options();
    all[active]?.setAttribute("aria-selected", "false");
    active = index;
    const current = all[index];
    if (current) {
      current.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function setOpen(open: boolean) {
    panel.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (!open) setActive(-1);
  }

  function show(text: string, query: string) {
    list.replaceChildren();
    list.dataset.query = query;
    list.hidden = true;
    message.textContent = text;
    message.hidden = false;
    status.textContent = text;
    setOpen(true);
  }

  async function update() {
    const query = input.value.trim();
    const ticket = ++latest;
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      setOpen(false);
      return;
    }
    let outcome;
    try {
      [outcome] = await Promise.all([searchSite(query, {}, PAGES), loadSearchStyles()]);
    } catch {
      if (ticket === latest) show("Search is unavailable: the index is missing. It is built by the production build.", query);
      return;
    }
    if (ticket !== latest) return;
    const groups = grouped(outcome.pages);
    const count = groups.reduce((n, g) => n + g.hits.length, 0);
    if (!count) return show(`No results for “${echo(query)}”.`, query);
    setActive(-1);
    let first = 0;
    list.replaceChildren(...groups.map(({ page, hits }) => group(page, hits, (first += hits.length) - hits.length)));
    list.dataset.query = query; // which query the options answer (typing may have moved on)
    list.hidden = false;
    message.hidden = true;
    more.textContent = outcome.total > outcome.pages.length ? `All ${outcome.total} pages, with filters` : "Search page, with filters";
    status.textContent = `${count} result${count === 1 ? "" : "s"}`;
    setOpen(form.contains(document.activeElement));
  }

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    if (input.value.trim() && (list.children.length || !message.hidden)) setOpen(true);
  });
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener("keydown", (event) => {
    const all = options();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!all.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : all.length - 1) : (active + step + all.length) % all.length);
    } else if (event.key === "Enter" && !panel.hidden && all[active]) {
      event.preventDefault();
      const target = new URL(all[active]!.href);
      setOpen(false);
      if (target.pathname === location.pathname) input.blur();
      location.assign(target.href);
    } else if (event.key === "Escape" && !panel.hidden) {
      event.preventDefault(); // Escape in a search field would also clear it
      setOpen(false);
    }
  });
  addEventListener("hashchange", () => setOpen(false));

  loadSearchStyles();
  loadPagefind().catch(() => {});
  if (input.value.trim()) update();
}
