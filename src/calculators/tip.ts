/**
 * The label of a linked chart point (a published test on the limit map), shown beside it while the pointer is
 * over it or it has keyboard focus. Loaded by bootstrap.ts the first time a reader reaches such a point; the
 * text comes from the link's data-label and is set with textContent.
 */
const POINT = "[data-chart] a[data-label]";

function show(target: EventTarget | null): void {
  const a = (target as Element | null)?.closest?.<SVGAElement>(POINT);
  for (const tip of document.querySelectorAll<HTMLElement>(".calc-tip")) if (tip.parentElement !== a?.closest(".calc-panel")) tip.hidden = true;
  const figure = a?.closest<HTMLElement>(".calc-panel");
  if (!a || !figure) return;
  let tip = figure.querySelector<HTMLElement>(".calc-tip");
  if (!tip) {
    tip = document.createElement("div");
    tip.className = "calc-tip";
    tip.setAttribute("aria-hidden", "true"); // the link's own name says the same to assistive technology
    figure.append(tip);
  }
  tip.textContent = a.dataset.label ?? "";
  tip.hidden = false;
  const box = a.getBoundingClientRect();
  const frame = figure.getBoundingClientRect();
  const centre = box.left - frame.left + box.width / 2;
  tip.style.left = `${Math.max(tip.offsetWidth / 2, Math.min(centre, frame.width - tip.offsetWidth / 2))}px`;
  tip.style.top = `${box.bottom - frame.top}px`;
}

let attached = false;

/** Starts following pointer and focus; `first` is the point that loaded this module (hovered or focused). */
export function attach(first: EventTarget | null): void {
  if (!attached) {
    attached = true;
    for (const type of ["pointerover", "focusin"]) document.addEventListener(type, (e) => show(e.target));
    for (const type of ["pointerout", "focusout"]) document.addEventListener(type, (e) => (e.target as Element | null)?.closest?.(POINT) && show(null));
  }
  show(first);
}
