/**
 * The only calculator code a page loads before the reader does anything: reveal the buttons, and on the
 * first input, button press or focus (or when the URL already carries calculator state) load the runtime.
 * The page is complete without it: results and charts were rendered at build time.
 */
import { REQUEST_EVENT, type CopyMenuRequest } from "../lib/copy-request";

const forms = document.querySelectorAll<HTMLFormElement>("form[data-calc]");

if (forms.length > 0) {
  // The buttons keep their space while pending (global.css), so revealing them shifts nothing.
  for (const form of forms) for (const el of form.querySelectorAll<HTMLElement>(".calc-actions[data-pending]")) delete el.dataset.pending;

  const runtime = () => import("./runtime");
  let started = false;
  // Everything the reader does from the first input or press until the runtime takes over, for it to replay in
  // order: a press on Share right after typing, while the runtime was still on its way, used to be lost.
  const queued: Event[] = [];
  const inForm = (event: Event) => (event.target as Element | null)?.closest?.("form[data-calc]");

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

  // A copy menu asking for the current calculation (its link, its CSV): answered by the runtime.
  document.addEventListener(REQUEST_EVENT, (event) => {
    const detail = (event as CustomEvent<CopyMenuRequest>).detail;
    const form = [...forms].find((f) => f.dataset.calc === detail.for);
    if (form && detail.request.startsWith("calculation-")) detail.respond(runtime().then((m) => m.provide(detail.request, form)));
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

  // Any parameter shaped like a calculator's (slug.name) needs the runtime: to apply it, or to say why not.
  // So does a field the reader changed before this script arrived (it starts after the first paint), or that the
  // browser restored on going back: the runtime recomputes every edited calculator when it boots.
  const edited = [...document.querySelectorAll<HTMLInputElement>("form[data-calc] input[data-default]")].some((el) => el.value !== el.dataset.default);
  if (edited || [...new URLSearchParams(location.search).keys()].some((k) => k.includes("."))) start();
}
