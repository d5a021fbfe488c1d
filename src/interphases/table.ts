/**
 * <ip-explorer>: brings the build-time interphase table to life. Filters, sort and columns live in the URL
 * (see src/interphases/view.ts); the chart code, Observable Plot included, is fetched on first interaction.
 * Everything taken from the URL reaches the page as text or form values only.
 */
import {
  applyView, clearFilters, facetCounts, hasTestFilter, isFiltered, parseState, serialiseState,
  DEFAULT_COLUMNS, FACETS, HIDEABLE, RANGES,
  type ChartView, type Column, type Ignored, type ViewRow, type ViewRecord, type ViewState, type Vocabulary,
} from "./view";
import type { ChartDomains } from "./chart";
import { showLinkNotice } from "../lib/link-notice";

interface Payload {
  records: ViewRecord[];
  vocab: Vocabulary;
  domains: ChartDomains;
}

type ChartModule = typeof import("./chart");

/** Changes text only when it differs, so an unchanged count costs no style or layout work. */
function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

/** Widest the chart is drawn, px: the stylesheet's `max-width` of `.ipx-plot svg` (46rem). */
const MAX_WIDTH = 736;

/** Typing in a text or number box within this time updates the current history entry instead of adding one. */
const TYPING_MS = 1000;

class InterphaseExplorer extends HTMLElement {
  private data!: Payload;
  private state!: ViewState;
  private rows: ViewRow[] = [];
  private form!: HTMLFormElement;
  private table!: HTMLTableElement;
  private groups = new Map<string, HTMLTableSectionElement>();
  private cells = new Map<string, HTMLElement[]>();
  private order = "";
  /** The columns the build rendered visible, so a link's columns are applied even when it hides them all. */
  private columnsShown = DEFAULT_COLUMNS.join();
  private chart?: ChartModule;
  private chartLoading?: Promise<void>;
  private lastEdit = { name: "", time: 0 };
  /** A URL write waiting for its task: whether it adds a history entry. */
  private pendingPush?: boolean;
  /** What the chart last showed; sorting and columns do not change it. */
  private drawn = "";

  connectedCallback() {
    this.data = JSON.parse(this.querySelector(".ipx-data")!.textContent!);
    this.form = this.querySelector("form")!;
    this.table = this.querySelector("table")!;
    for (const tbody of this.table.tBodies) this.groups.set(tbody.dataset.id!, tbody);
    // The order the build wrote: the first render moves rows only if the link asks for another. Moving every row
    // to where it already was cost a layout of the whole table on each load (38-67 ms unthrottled, traced).
    this.order = [...this.groups.keys()].join();
    for (const cell of this.table.querySelectorAll<HTMLElement>("[data-col]")) {
      const list = this.cells.get(cell.dataset.col!) ?? [];
      list.push(cell);
      this.cells.set(cell.dataset.col!, list);
    }
    for (const th of this.table.tHead!.rows[0]!.cells) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "ipx-sort";
      button.dataset.sort = th.dataset.col;
      // The sort arrow is in the page from the start (laid out with the first frame: adding it here wrapped
      // headings onto a second line at 320 px and moved the table 17 px): the heading and it move into the button.
      button.append(th.firstChild!, th.querySelector(".ipx-arrow")!);
      button.append(...th.childNodes);
      th.append(button);
    }
    if (matchMedia("(min-width: 64rem)").matches) this.querySelector<HTMLDetailsElement>(".ipx-filters")!.open = true;

    this.form.addEventListener("submit", (e) => e.preventDefault());
    this.form.addEventListener("input", (e) => this.edit(e.target as HTMLInputElement));
    this.addEventListener("change", (e) => this.change(e.target as HTMLInputElement));
    this.addEventListener("click", (e) => this.onClick(e));
    const plot = this.querySelector<HTMLElement>(".ipx-plot")!;
    const figure = plot.closest("figure")!;
    figure.addEventListener("pointerover", () => this.loadChart(), { once: true });
    figure.addEventListener("focusin", () => this.loadChart(), { once: true });
    for (const type of ["pointerover", "focusin"]) plot.addEventListener(type, (e) => this.tip(e.target as Element));
    for (const type of ["pointerout", "focusout"]) plot.addEventListener(type, () => this.tip(null));
    addEventListener("popstate", () => this.load(location.search));
    // The chart is drawn for the width of its box, and again when that changes.
    new ResizeObserver(() => this.drawChart()).observe(plot);
    this.load(location.search);
  }

  /** Applies a query string: state, notice, form, table and (when the view differs from the build) chart. */
  private load(search: string) {
    const { state, ignored } = parseState(search, this.data.vocab);
    this.state = state;
    this.pendingPush = undefined;
    this.notice(ignored);
    this.writeForm();
    this.render();
    if (isFiltered(state) || state.chart !== "lifetime") this.loadChart();
  }

  private notice(ignored: Ignored[]) {
    showLinkNotice(this.querySelector<HTMLElement>(".ipx-notice")!, ignored, "the table");
  }

  private control<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
    return this.form.elements.namedItem(name) as T;
  }

  private writeForm() {
    const s = this.state;
    for (const box of this.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]")) {
      const name = box.name as (typeof FACETS)[number] | "col" | "chart";
      box.checked =
        name === "col" ? s.columns.includes(box.value as Column) : name === "chart" ? s.chart === box.value : s.facets[name].includes(box.value);
    }
    for (const key of RANGES) {
      this.control<HTMLInputElement>(`${key}min`).value = s.ranges[key].min === undefined ? "" : String(s.ranges[key].min);
      this.control<HTMLInputElement>(`${key}max`).value = s.ranges[key].max === undefined ? "" : String(s.ranges[key].max);
    }
    this.control<HTMLSelectElement>("lunit").value = s.lifeUnit;
    this.control<HTMLInputElement>("text").value = s.text;
  }

  private readForm() {
    const s = this.state;
    for (const facet of FACETS) {
      s.facets[facet] = [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((b) => b.value);
    }
    for (const key of RANGES) {
      const read = (end: "min" | "max") => {
        const n = this.control<HTMLInputElement>(`${key}${end}`).valueAsNumber;
        return Number.isFinite(n) && n >= 0 ? n : undefined;
      };
      const min = read("min");
      const max = read("max");
      s.ranges[key] = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    s.lifeUnit = this.control<HTMLSelectElement>("lunit").value === "cycles" ? "cycles" : "h";
    s.text = this.control<HTMLInputElement>("text").value.trim();
  }

  /** A filter changed: typing replaces the current history entry, ticking adds one. */
  private edit(target: HTMLInputElement) {
    this.readForm();
    this.render();
    this.loadChart();
    const typing = target.type === "search" || target.type === "number";
    const now = performance.now();
    const same = typing && this.lastEdit.name === target.name && now - this.lastEdit.time < TYPING_MS;
    this.lastEdit = { name: typing ? target.name : "", time: now };
    this.commit(!same);
  }

  private change(target: HTMLInputElement) {
    if (target.name === "col") {
      this.state.columns = HIDEABLE.filter((c) => this.querySelector<HTMLInputElement>(`input[name=col][value="${c}"]`)!.checked);
    } else if (target.name === "chart") {
      this.state.chart = target.value as ChartView;
      this.loadChart();
    } else return;
    this.render();
    this.commit(true);
  }

  private onClick(e: MouseEvent) {
    const target = e.target as Element;
    const sort = target.closest<HTMLButtonElement>("button.ipx-sort");
    if (sort) {
      const column = sort.dataset.sort as Column;
      const current = this.state.sort?.column === column ? this.state.sort.dir : undefined;
      // Ascending, descending, then back to the review's order.
      this.state.sort = current === "desc" ? undefined : { column, dir: current === "asc" ? "desc" : "asc" };
      this.render();
      this.commit(true);
      return;
    }
    if (target.closest(".ipx-clear")) {
      this.state = clearFilters(this.state);
      this.notice([]);
      this.writeForm();
      this.render();
      this.commit(true);
      return;
    }
    const download = target.closest<HTMLButtonElement>("[data-download]");
    if (download) return void this.download(download.dataset.download as "json" | "csv");
    const point = target.closest("a");
    if (point && point.closest(".ipx-plot")) {
      e.preventDefault();
      this.select(point.getAttribute("href")!.slice(1));
    }
  }

  /** Writes the view to the URL in a task of its own, after the table and chart have been painted. */
  private commit(push: boolean) {
    if (this.pendingPush !== undefined) {
      this.pendingPush ||= push;
      return;
    }
    this.pendingPush = push;
    setTimeout(() => {
      const url = `${location.pathname}${serialiseState(this.state)}${location.hash}`;
      const mode = this.pendingPush ? "pushState" : "replaceState";
      this.pendingPush = undefined;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode](null, "", url);
    });
  }

  private render() {
    const start = performance.now();
    const { records, vocab } = this.data;
    const s = this.state;
    this.rows = applyView(records, s, vocab);
    const shown = new Set(this.rows.map((r) => r.record.id));
    const testFilter = hasTestFilter(s);
    let tests = 0;
    for (const row of this.rows) {
      const tbody = this.groups.get(row.record.id)!;
      row.tests.forEach((match, i) => tbody.rows[i]!.classList.toggle("ipx-out", testFilter && !match));
      tests += testFilter ? row.tests.filter(Boolean).length : row.tests.length;
    }
    for (const [id, tbody] of this.groups) if (tbody.hidden === shown.has(id)) tbody.hidden = !shown.has(id);
    const order = this.rows.map((r) => r.record.id).join();
    if (order !== this.order) {
      this.table.append(...this.rows.map((r) => this.groups.get(r.record.id)!));
      this.order = order;
    }
    const sort = s.sort;
    for (const th of this.table.tHead!.rows[0]!.cells) {
      if (sort && sort.column === th.dataset.col) th.setAttribute("aria-sort", sort.dir === "asc" ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    const columns = s.columns.join();
    if (columns !== this.columnsShown) {
      for (const c of HIDEABLE) for (const cell of this.cells.get(c) ?? []) cell.classList.toggle("col-off", !s.columns.includes(c));
      this.columnsShown = columns;
    }
    const counts = facetCounts(records, s, vocab);
    for (const span of this.form.querySelectorAll<HTMLElement>("[data-count]")) {
      const [facet, value] = span.dataset.count!.split(/:(.*)/) as [(typeof FACETS)[number], string];
      setText(span, String(counts[facet][value] ?? 0));
    }
    const allTests = records.reduce((n, r) => n + r.tests.length, 0);
    const status = `${this.rows.length} of ${records.length} interphases · ${tests} of ${allTests} test results`;
    setText(this.querySelector(".ipx-count")!, status);
    setText(this.querySelector(".ipx-dl-count")!, `${this.rows.length} interphases`);
    const active =
      FACETS.reduce((n, f) => n + s.facets[f].length, 0) +
      RANGES.reduce((n, r) => n + Object.keys(s.ranges[r]).length, 0) +
      (s.text ? 1 : 0);
    setText(this.querySelector(".ipx-active")!, active ? ` (${active} active)` : "");
    this.querySelector<HTMLElement>(".ipx-empty")!.hidden = this.rows.length > 0;
    performance.measure("ipx-table", { start });
    this.drawChart();
  }

  private loadChart(): Promise<void> {
    this.chartLoading ??= import("./chart").then((m) => {
      this.chart = m;
      this.drawChart();
    });
    return this.chartLoading;
  }

  private drawChart() {
    if (!this.chart) return;
    const plot = this.querySelector<HTMLElement>(".ipx-plot")!;
    if (plot.clientWidth === 0) return;
    const size = Math.min(plot.clientWidth, MAX_WIDTH);
    const shown = new Map(this.rows.map((r) => [r.record.id, r.tests]));
    const key = `${this.state.chart} ${size} ${JSON.stringify([...shown].sort())}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const start = performance.now();
    const view = this.state.chart;
    const points = this.chart.chartPoints(this.data.records, view, { shown });
    const options = { view, domains: this.data.domains, links: true, subject: `${this.rows.length} interphases`, width: size } as const;
    const current = plot.querySelector(":scope > svg[role=group]");
    // Same view and size: only the points change, so only they are redrawn and swapped in.
    const layer = current && plot.dataset.drawn === `${view} ${size}` ? this.chart.chartSvg(points, { ...options, layer: "points" }, document) : undefined;
    if (current && layer) {
      // Plot leaves out the group of a mark with no data, so either side may lack one.
      for (const c of ["ipx-ranges", "ipx-ring-yes", "ipx-ring-current-only", "ipx-dots"]) {
        const old = current.querySelector(`:scope > g.${c}`);
        const fresh = layer.querySelector(`:scope > g.${c}`);
        if (old && fresh) old.replaceWith(fresh);
        else if (old) old.remove();
        else if (fresh) current.insertBefore(fresh, current.querySelector(":scope > g.ipx-dots"));
      }
      current.setAttribute("aria-label", layer.getAttribute("aria-label")!);
    } else {
      const svg = this.chart.chartSvg(points, options, document);
      for (const old of plot.querySelectorAll(":scope > svg")) old.remove();
      plot.prepend(svg);
      plot.dataset.drawn = `${view} ${size}`;
    }
    plot.dataset.view = view;
    performance.measure("ipx-chart", { start });
  }

  /** Shows the figures of a chart point beside it (pointer or keyboard); the link's name says the same. */
  private tip(target: Element | null) {
    const tip = this.querySelector<HTMLElement>(".ipx-tip")!;
    const a = target?.closest("a");
    if (!a || !a.dataset.label) return void (tip.hidden = true);
    const box = a.getBoundingClientRect();
    const frame = tip.parentElement!.getBoundingClientRect();
    tip.textContent = a.dataset.label;
    tip.hidden = false;
    const left = Math.min(box.left - frame.left + box.width / 2, frame.width - tip.offsetWidth / 2);
    tip.style.left = `${Math.max(tip.offsetWidth / 2, left)}px`;
    tip.style.top = `${box.top - frame.top}px`;
  }

  /** Goes to a test result's row and marks its interphase as selected. */
  private select(rowId: string) {
    const row = document.getElementById(rowId);
    if (!row) return;
    for (const el of this.table.querySelectorAll(".is-selected")) el.classList.remove("is-selected");
    row.classList.add("is-selected");
    row.parentElement!.classList.add("is-selected");
    row.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    row.parentElement!.querySelector<HTMLElement>("th a")!.focus({ preventScroll: true });
  }

  /** Downloads the records the table shows, in its order, built from the full JSON file. */
  private async download(kind: "json" | "csv") {
    const href = this.querySelector<HTMLAnchorElement>('a[href$="interphases.json"]')!.href;
    const [all, { interphaseDocument }] = await Promise.all([fetch(href).then((r) => r.json()), import("./download")]);
    const byId = new Map(all.records.map((r: { id: string }) => [r.id, r]));
    const records = this.rows.map((row) => byId.get(row.record.id)) as Parameters<typeof interphaseDocument>[0];
    let body: string;
    if (kind === "json") {
      body = JSON.stringify(interphaseDocument(records, { kind: "current filter", query: serialiseState(this.state) }, all.source), null, 2);
    } else {
      const { interphaseCsv } = await import("./csv");
      body = interphaseCsv(records);
    }
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([body], { type: kind === "json" ? "application/json" : "text/csv" }));
    a.download = `interphases-current-filter.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}

customElements.define("ip-explorer", InterphaseExplorer);
