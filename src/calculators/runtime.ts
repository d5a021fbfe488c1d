/**
 * The calculators' behaviour, loaded on demand by calculator-bootstrap: recompute on every input, show
 * messages beside bad inputs, redraw the chart with Plot, and keep the URL in the public sharing format.
 * Values from the URL or the inputs reach the page only through .value, .textContent and attributes.
 */
import { hostAnchor, type CalculatorHost, type ChartPanel, type DatasetLayer } from "../models/types";
import { evaluate, formatOutput } from "../lib/evaluate";
import { fromSI } from "../lib/units";
import { formatForInput } from "../lib/format";
import { clearState, hasState, paramName, readState, shareUrl, strayParams, writeState, type RejectedParam } from "../lib/url-state";
import { moveMarks, renderChart, renderFigure } from "./chart";
import { showLinkNotice } from "../lib/link-notice";
import { toCsv } from "../lib/csv";
import type { CopyPayload } from "../lib/copy-request";

type PlotModule = typeof import("./plot");

const models = import.meta.glob<{ definition: CalculatorHost }>([
  "../models/*.ts", "!../models/index.ts", "!../models/types.ts", "!../models/materials.ts", "!../models/layers.ts",
  "!../models/constants.ts", "!../models/finite.ts", "!../models/sweep.ts", "!../models/bounds.ts",
]);
/** Every equation's slug (one model file each), known without loading any of them. */
const SLUGS = Object.keys(models).map((path) => path.slice("../models/".length, -".ts".length));

let plotModule: PlotModule | undefined;
let plotLoading: Promise<PlotModule> | undefined;
function loadPlot(): Promise<PlotModule> {
  // A failed fetch is forgotten, so the next change tries again.
  return (plotLoading ??= import("./plot").then(
    (m) => (plotModule = m),
    (error) => {
      plotLoading = undefined;
      throw error;
    },
  ));
}

/** Starts fetching Plot ahead of the first change. */
export function warm(): void {
  void loadPlot();
}

const URL_DELAY = 150; // ms: typing produces many inputs; the address bar needs only the last.

/**
 * The chart container's width, and the width available to a chart in it: the content box of its panels (all
 * panels are equally wide); undefined when there is no panel to measure yet (a failed draw left a message).
 */
function measure(container: HTMLElement): { container: number; panel: number } | undefined {
  const panel = container.querySelector<HTMLElement>(".calc-panel");
  if (!panel) return undefined;
  const style = getComputedStyle(panel);
  return { container: container.clientWidth, panel: Math.floor(panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) };
}

/** Point layers the page wrote into the form as JSON (see Calculator.astro); read with JSON.parse, never as markup. */
function layersOf(form: HTMLFormElement): Record<string, DatasetLayer> {
  const script = form.querySelector("script[data-calc-layers]");
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as Record<string, DatasetLayer>) : {};
  } catch {
    return {};
  }
}

class Controller {
  readonly inputs: HTMLInputElement[];
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private panels: ReturnType<typeof evaluate>["panels"] | undefined;
  private resizes: ResizeObserver | undefined;
  /**
   * Widths as last measured. Reading them in every update would force a layout of the page the update has just
   * changed (its outputs), then another after the redraw; the resize observer measures them when layout is done.
   */
  private size: ReturnType<typeof measure>;
  private readonly layers: Record<string, DatasetLayer>;
  /** Each drawn panel's width and spec, as last drawn (empty until the runtime first draws). */
  private drawn: string[] = [];
  /** The panels this form shows (`data-calc-panels="0 2"`); all when not said. */
  private readonly shown: (panel: ChartPanel, index: number) => boolean;

  constructor(readonly form: HTMLFormElement, readonly def: CalculatorHost) {
    this.inputs = def.calculator.inputs.map((v) => form.elements.namedItem(v.name) as HTMLInputElement);
    this.layers = layersOf(form);
    const only = form.dataset.calcPanels?.split(" ").map(Number);
    this.shown = (_p, i) => !only || only.includes(i);
  }

  get slug(): string {
    return this.def.slug;
  }

  private raw(): Record<string, string> {
    return Object.fromEntries(this.inputs.map((el) => [el.name, el.value]));
  }

  /** Valid inputs in the display unit, as they go into the URL. */
  private validValues(fields: ReturnType<typeof evaluate>["fields"]): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, f] of Object.entries(fields)) if (f.ok) out[name] = f.value;
    return out;
  }

  update(options: { writeUrl: boolean }): void {
    const calc = this.def.calculator;
    const ev = evaluate(calc, this.raw());
    for (const el of this.inputs) {
      const field = ev.fields[el.name]!;
      const msg = this.form.querySelector<HTMLElement>(`#calc-${this.slug}-${el.name}-msg`);
      if (msg) msg.textContent = field.ok ? "" : field.message;
      if (field.ok) el.removeAttribute("aria-invalid");
      else el.setAttribute("aria-invalid", "true");
    }
    for (const o of calc.outputs) {
      const out = this.form.querySelector<HTMLOutputElement>(`output[name="${o.name}"]`);
      if (!out) continue;
      const { text, data } = formatOutput(o, ev.outputs[o.name]!);
      out.textContent = text;
      out.dataset.value = data;
    }
    const notes = this.form.querySelector<HTMLElement>("[data-notes]");
    if (notes) {
      notes.replaceChildren(
        ...ev.notes.map((n) => {
          const li = document.createElement("li");
          li.className = `calc-note calc-note--${n.tone}`;
          li.textContent = n.text;
          return li;
        }),
      );
    }
    this.draw(ev.panels.filter(this.shown));
    if (options.writeUrl) this.scheduleUrl(this.validValues(ev.fields));
  }

  /**
   * Draws the panels at the width they are shown at, and again whenever that width changes. The container
   * records what it was drawn for (`data-drawn-for`, its width) and how often (`data-draws`). A draw that fails
   * (Plot throws, or its code cannot be fetched) says so in the chart's place instead of leaving the previous
   * inputs' chart there; the next change draws again.
   */
  private draw(panels: ReturnType<typeof evaluate>["panels"]): void {
    const container = this.form.querySelector<HTMLElement>("[data-chart]");
    if (!container) return;
    const failed = (why: string) => {
      const p = document.createElement("p");
      p.className = "calc-chart-failed";
      p.setAttribute("role", "status");
      p.textContent = `The chart could not be drawn: ${why}. The results above stand; it is drawn again at your next change.`;
      container.replaceChildren(p);
      this.drawn = [];
      this.form.dispatchEvent(new CustomEvent("calc:drawn"));
    };
    this.panels = panels;
    const render = (Plot: PlotModule) => {
      if (this.panels !== panels) return; // a later change was drawn already
      const size = (this.size ??= measure(container));
      const width = size?.panel ?? container.clientWidth;
      const options = { document, widths: { live: width }, layers: this.layers };
      // A panel whose spec and width are unchanged keeps its figure: changing Q need not redraw the overpotential
      // chart. One that differs only in where the reader's points are keeps it too, with the points moved: the
      // figure's SVG text is what costs a redraw most (its layout), and a change of j alone changes nothing else.
      const keys = panels.map((p) => `${width} ${JSON.stringify(p)}`);
      const figures = container.querySelectorAll(":scope > .calc-panels > .calc-panel");
      const swap = this.drawn.length === panels.length && figures.length === panels.length;
      let fresh: (HTMLElement | null)[] | HTMLElement;
      try {
        fresh = swap
          ? panels.map((p, i) => (keys[i] === this.drawn[i] || moveMarks(figures[i]!, p, options) ? null : renderFigure(Plot, p, options)))
          : renderChart(Plot, panels, options);
      } catch {
        return failed("these inputs cannot be placed on its axes");
      }
      if (Array.isArray(fresh)) fresh.forEach((figure, i) => figure && figures[i]!.replaceWith(figure));
      else container.replaceChildren(fresh);
      this.drawn = keys;
      container.dataset.drawnFor = String(size?.container ?? container.clientWidth);
      container.dataset.draws = String(Number(container.dataset.draws ?? 0) + 1);
      this.form.dispatchEvent(new CustomEvent("calc:drawn"));
    };
    if (!this.resizes) {
      this.resizes = new ResizeObserver(() => {
        this.size = measure(container);
        const drawnFor = container.dataset.drawnFor;
        if (this.panels && drawnFor && container.clientWidth > 0 && drawnFor !== String(container.clientWidth)) this.draw(this.panels);
      });
      this.resizes.observe(container);
    }
    if (plotModule) render(plotModule);
    else loadPlot().then(render, () => failed("its code did not load (are you offline?)"));
  }

  private scheduleUrl(values: Record<string, number>): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const search = writeState(location.search, this.slug, values);
      history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
    }, URL_DELAY);
  }

  /** Lists the parts of the link that were not used, each with its reason; none hides the notice. */
  private notice(rejected: readonly RejectedParam[]): void {
    const box = this.form.querySelector<HTMLElement>("[data-notice]");
    if (box) showLinkNotice(box, rejected, "the calculator");
  }

  /** Applies the URL's parameters for this calculator; those not used (and `stray` ones of the page) are named in a notice. */
  restore(stray: readonly RejectedParam[] = []): void {
    const { values, rejected } = readState(location.search, this.slug, this.def.calculator.inputs);
    for (const el of this.inputs) if (el.name in values) el.value = formatForInput(values[el.name]!);
    this.notice([...rejected, ...stray]);
    this.update({ writeUrl: false });
  }

  reset(): void {
    for (const el of this.inputs) el.value = el.dataset.default ?? "";
    this.notice([]);
    clearTimeout(this.urlTimer);
    history.replaceState(history.state, "", `${location.pathname}${clearState(location.search, this.slug)}${location.hash}`);
    this.update({ writeUrl: false });
  }

  preset(index: number): void {
    const preset = this.def.calculator.presets[index];
    if (!preset) return;
    for (const el of this.inputs) if (el.name in preset.values) el.value = formatForInput(preset.values[el.name]!);
    this.notice([]); // the notice described the link; a preset replaces what it set
    this.update({ writeUrl: true });
  }

  /** The link to this calculation: the page, the valid inputs and the calculator's anchor. */
  link(): string {
    const ev = evaluate(this.def.calculator, this.raw());
    return shareUrl(location.href, this.slug, this.validValues(ev.fields), hostAnchor(this.def));
  }

  /** The calculation as CSV: one row per input and result, values in the units shown (plain ASCII numbers). */
  csv(): string {
    const calc = this.def.calculator;
    const ev = evaluate(calc, this.raw());
    const rows: string[][] = [["role", "name", "symbol", "meaning", "value", "unit", "URL parameter"]];
    for (const v of calc.inputs) {
      const f = ev.fields[v.name]!;
      rows.push(["input", v.name, v.symbol, v.meaning, f.ok ? formatForInput(f.value) : "", v.unit.label, `${this.slug}.${v.name}`]);
    }
    for (const o of calc.outputs) {
      // A verdict is written as its key ("depletion"), a quantity in the unit shown.
      const value = fromSI(ev.outputs[o.name]!, o.unit);
      const text = o.cases ? formatOutput(o, ev.outputs[o.name]!).data : Number.isFinite(value) ? formatForInput(value) : "";
      rows.push(["output", o.name, o.symbol, o.meaning, text, o.unit.label, ""]);
    }
    return toCsv(rows);
  }

  async share(status: HTMLElement | null): Promise<void> {
    const ev = evaluate(this.def.calculator, this.raw());
    const url = shareUrl(location.href, this.slug, this.validValues(ev.fields), hostAnchor(this.def));
    history.replaceState(history.state, "", url);
    // An input that is not valid is left out of the link, which then opens with its default: say so.
    const left = this.def.calculator.inputs.filter((v) => !ev.fields[v.name]!.ok).map((v) => paramName(this.slug, v.name));
    const caveat = left.length
      ? ` It leaves out ${left.join(", ")}, which ${left.length === 1 ? "is" : "are"} not valid, so the link opens with the default there.`
      : "";
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = `Link copied.${caveat}`;
    } catch {
      if (status) status.textContent = `Copy this link: ${url}${caveat}`;
    }
  }
}

const controllers = new Map<HTMLFormElement, Promise<Controller | undefined>>();
/** Controllers whose model has loaded: input events reach them synchronously, within the same frame. */
const ready = new Map<HTMLFormElement, Controller>();

function controllerFor(form: HTMLFormElement): Promise<Controller | undefined> {
  let c = controllers.get(form);
  if (!c) {
    const load = models[`../models/${form.dataset.calc}.ts`];
    c = load
      ? load().then((m) => {
          const controller = new Controller(form, m.definition);
          ready.set(form, controller);
          return controller;
        })
      : Promise.resolve(undefined);
    controllers.set(form, c);
  }
  return c;
}

function formOf(event: Event): HTMLFormElement | null {
  return ((event.target as Element | null)?.closest?.("form[data-calc]") as HTMLFormElement | null) ?? null;
}

async function handle(event: Event): Promise<void> {
  const form = formOf(event);
  if (!form) return;
  const loaded = ready.get(form);
  if (loaded && event.type === "input") return loaded.update({ writeUrl: true });
  const c = loaded ?? (await controllerFor(form));
  if (!c) return;
  if (event.type === "input") return c.update({ writeUrl: true });
  const button = (event.target as Element).closest<HTMLButtonElement>("button");
  if (!button) return;
  if (button.dataset.preset !== undefined) c.preset(Number(button.dataset.preset));
  else if (button.hasAttribute("data-reset")) c.reset();
  else if (button.hasAttribute("data-share")) await c.share(form.querySelector("[data-share-status]"));
}

/** Answers a copy menu's request for this page's calculation ("calculation-link", "calculation-csv"). */
export async function provide(request: string, form: HTMLFormElement): Promise<CopyPayload> {
  const c = ready.get(form) ?? (await controllerFor(form));
  if (!c) throw new Error("this calculator is not available");
  if (request === "calculation-link") return { text: c.link() };
  if (request === "calculation-csv") return { blob: new Blob([c.csv()], { type: "text/csv" }), filename: `${c.slug}-calculation.csv` };
  throw new Error(`unknown request "${request}"`);
}

let booted = false;

/**
 * Takes over every calculator on the page. `triggers` are what the reader did while this code loaded (the first of
 * them caused the loading), replayed here in order: each press as it was, and one update for each form typed in.
 */
export async function boot(triggers: readonly Event[] = []): Promise<void> {
  if (booted) return;
  booted = true;
  void loadPlot();
  document.addEventListener("input", (e) => void handle(e));
  document.addEventListener("click", (e) => void handle(e));
  const forms = [...document.querySelectorAll<HTMLFormElement>("form[data-calc]")];
  // Calculator parameters no calculator here reads are reported in the first calculator's notice.
  const stray = strayParams(location.search, forms.map((f) => f.dataset.calc ?? ""), SLUGS);
  await Promise.all(
    forms.map(async (form, i) => {
      const fromUrl = hasState(location.search, form.dataset.calc ?? "");
      const edited = [...form.querySelectorAll<HTMLInputElement>("input[data-default]")].some((el) => el.value !== el.dataset.default);
      const strayHere = i === 0 ? stray : [];
      if (!fromUrl && !edited && !strayHere.length) return;
      const c = await controllerFor(form);
      if (!c) return;
      if (fromUrl || strayHere.length) c.restore(strayHere);
      if (edited && !fromUrl) c.update({ writeUrl: true });
    }),
  );
  const typedIn = new Set<HTMLFormElement>();
  for (const event of triggers) {
    if (event.type === "click") await handle(event);
    else if (event.type === "input") {
      const form = formOf(event);
      if (!form || typedIn.has(form) || hasState(location.search, form.dataset.calc ?? "")) continue;
      typedIn.add(form); // its fields hold everything typed so far: one update shows it
      (await controllerFor(form))?.update({ writeUrl: true });
    }
  }
}
