/**
 * The only calculator code a page loads before the reader does anything: reveal the buttons, and on the
 * first input, button press or focus (or when the URL already carries calculator state) load the runtime.
 * The page is complete without it: results and charts were rendered at build time.
 *
 * A chapter's calculators come on demand (components/CalculatorDefaults.astro with `liveAt`): "Change the inputs",
 * a link carrying one's state, or a copy menu asking for its calculation brings the form from the equation's own
 * page, where the build rendered it, and puts it in place of the values at the defaults.
 */
import { REQUEST_EVENT, type CopyMenuRequest } from "../lib/copy-request";
import { hasState } from "../lib/url-state";
import { adopt, fetchDocument } from "../lib/fetch-document";
import { onceUntilFailure } from "../lib/once";

const FORMS = "form[data-calc]";
const ON_DEMAND = "[data-calc-on-demand]";
const liveForms = () => [...document.querySelectorAll<HTMLFormElement>(FORMS)];
const onDemand = () => [...document.querySelectorAll<HTMLElement>(ON_DEMAND)];

/** Buttons kept hidden (with their space) until this script runs: revealing them shifts nothing (global.css). */
function reveal(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(".calc-actions[data-pending]")) delete el.dataset.pending;
}

/** A calculator a chapter keeps folded (components/Fold.astro) is shown once it is asked for. */
function openFold(calculator: Element): void {
  const fold = calculator.closest<HTMLDetailsElement>("details.fold");
  if (fold) fold.open = true;
}

const loading = new Map<string, Promise<HTMLFormElement>>();

/**
 * The live calculator `slug` of this page: the form already here, or the one on the page its on-demand view names,
 * fetched (from the offline cache when there is one), taken out of that page and put in the view's place.
 */
function liveForm(slug: string): Promise<HTMLFormElement> {
  const here = liveForms().find((f) => f.dataset.calc === slug);
  if (here) return Promise.resolve(here);
  const view = onDemand().find((v) => v.dataset.calcOnDemand === slug);
  if (!view) return Promise.reject(new Error(`no calculator "${slug}" on this page`));
  return onceUntilFailure(loading, slug, () => load(view, slug)); // a later press tries again after a failure
}

async function load(view: HTMLElement, slug: string): Promise<HTMLFormElement> {
  const status = view.querySelector<HTMLElement>("[data-calc-open-status]");
  const button = view.querySelector<HTMLButtonElement>("[data-calc-open]");
  const say = (text: string) => {
    if (!status) return;
    status.textContent = text;
    status.hidden = !text;
  };
  button?.setAttribute("aria-busy", "true");
  try {
    const page = await fetchDocument((view.dataset.calcSrc ?? "").replace(/#.*$/, ""), "the equation's page");
    const found = page.getElementById(`calc-${slug}`);
    if (!(found instanceof HTMLFormElement)) throw new Error("the equation's page has no calculator");
    const form = adopt(found);
    reveal(form);
    view.replaceWith(form);
    openFold(form); // asked for by a press, a link's state or a copy menu
    return form;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(`The calculator could not be loaded (${reason}). The link above opens it on the equation's page.`);
    view.querySelector<HTMLElement>(".calc-open-link")?.classList.add("calc-open-link--shown");
    throw error;
  } finally {
    button?.removeAttribute("aria-busy");
  }
}

if (liveForms().length > 0 || onDemand().length > 0) {
  reveal(document);

  const runtime = () => import("./runtime");
  let started = false;
  // Everything the reader does from the first input or press until the runtime takes over, for it to replay in
  // order: a press on Share right after typing, while the runtime was still on its way, used to be lost.
  const queued: Event[] = [];
  const inForm = (event: Event) => (event.target as Element | null)?.closest?.(FORMS);

  const start = (trigger?: Event) => {
    if (trigger) queued.push(trigger);
    if (started) return;
    started = true;
    void import("./plot"); // fetched alongside the runtime rather than after it
    runtime().then((m) => {
      // In the same task the runtime's own listeners take over: no event falls between the two.
      document.removeEventListener("input", onInput);
      document.removeEventListener("click", onClick);
      void m.boot(queued);
    });
  };
  const onInput = (event: Event) => inForm(event) && start(event);
  const onClick = (event: Event) => inForm(event) && (event.target as Element).closest("button") && start(event);

  document.addEventListener("input", onInput);
  document.addEventListener("click", onClick);
  // Enter in a field must not submit the form: the calculator updates as the reader types.
  document.addEventListener("submit", (event) => inForm(event) && event.preventDefault());
  // Focus is the earliest sign of intent: fetch the code (and Plot) so the first change is quick.
  const warm = (event: Event) => inForm(event) && runtime().then((m) => m.warm());
  document.addEventListener("focusin", warm, { passive: true });
  document.addEventListener("pointerdown", warm, { passive: true });

  // "Change the inputs": the calculator in place of its values, the first field focused to type in.
  document.addEventListener("click", (event) => {
    const open = (event.target as Element | null)?.closest?.<HTMLElement>("[data-calc-open]");
    const slug = open?.closest<HTMLElement>(ON_DEMAND)?.dataset.calcOnDemand;
    if (!slug) return;
    void runtime().then((m) => m.warm());
    liveForm(slug).then(
      (form) => form.querySelector<HTMLInputElement>("input:not([type=hidden]):not([disabled])")?.focus(),
      () => {}, // said in the view's status line
    );
  });

  // A copy menu asking for the current calculation (its link, its CSV): answered by the runtime.
  document.addEventListener(REQUEST_EVENT, (event) => {
    const detail = (event as CustomEvent<CopyMenuRequest>).detail;
    const known = liveForms().some((f) => f.dataset.calc === detail.for) || onDemand().some((v) => v.dataset.calcOnDemand === detail.for);
    if (known && detail.request.startsWith("calculation-")) {
      detail.respond(liveForm(detail.for).then((form) => runtime().then((m) => m.provide(detail.request, form))));
    }
  });

  // Linked chart points (published tests) show their label on hover and focus; that code comes on first use.
  if (document.querySelector("[data-chart] a[data-label]")) {
    const onPoint = (event: Event | { target: Element | null }) => {
      if (!(event.target as Element | null)?.closest?.("[data-chart] a[data-label]")) return;
      document.removeEventListener("pointerover", onPoint);
      document.removeEventListener("focusin", onPoint);
      void import("./tip").then((m) => m.attach(event.target));
    };
    document.addEventListener("pointerover", onPoint);
    document.addEventListener("focusin", onPoint);
    // A reader who tabbed to a point before this script arrived gets its label now.
    onPoint({ target: document.activeElement });
  }

  // Any parameter shaped like a calculator's (slug.name) needs the runtime: to apply it, or to say why not. A
  // calculator it names that waits on demand is loaded first; a parameter no calculator here reads is reported in
  // the first calculator's notice, so with none live, the first on-demand one comes. So does a field the reader
  // changed before this script arrived (it starts after the first paint), or that the browser restored on going
  // back: the runtime recomputes every edited calculator when it boots.
  const edited = liveForms().some((f) => [...f.querySelectorAll<HTMLInputElement>("input[data-default]")].some((el) => el.value !== el.dataset.default));
  if ([...new URLSearchParams(location.search).keys()].some((k) => k.includes("."))) {
    for (const form of liveForms()) if (hasState(location.search, form.dataset.calc ?? "")) openFold(form);
    const waiting = onDemand().map((v) => v.dataset.calcOnDemand ?? "");
    const wanted = waiting.filter((slug) => hasState(location.search, slug));
    if (wanted.length === 0 && liveForms().length === 0 && waiting[0]) wanted.push(waiting[0]);
    void Promise.allSettled(wanted.map(liveForm)).then(() => start());
  } else if (edited) start();
}
