/**
 * The lecture view of an equation page. Entering it marks <html> with `presenting` (the CSS does the layout and
 * the large type), makes everything outside the equation inert, and asks for full screen; without full screen
 * the view still fills the window. Escape, the Leave button, or leaving full screen returns to the page.
 */
const figure = document.querySelector<HTMLElement>("figure[data-eq]");
const buttons = document.querySelectorAll<HTMLButtonElement>("[data-present]");
const leaveButton = document.querySelector<HTMLButtonElement>("[data-present-leave]");
const root = document.documentElement;

if (figure && buttons.length > 0) {
  let inerted: HTMLElement[] = [];
  let returnTo: HTMLElement | null = null;
  const presenting = () => root.classList.contains("presenting");

  /** Everything beside the figure and its ancestors, so focus and screen readers stay in the view. */
  const others = (): HTMLElement[] => {
    const out: HTMLElement[] = [];
    for (let el: HTMLElement | null = figure; el && el !== document.body; el = el.parentElement) {
      for (const sibling of el.parentElement?.children ?? []) {
        if (sibling !== el && sibling instanceof HTMLElement && !sibling.inert) out.push(sibling);
      }
    }
    return out;
  };

  const giveBack = () => (returnTo ?? buttons[0])?.focus();

  const enter = () => {
    if (presenting()) return;
    const active = document.activeElement;
    returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    root.classList.add("presenting");
    inerted = others();
    for (const el of inerted) el.inert = true;
    figure.tabIndex = -1;
    figure.focus({ preventScroll: true });
    figure.scrollTop = 0;
    // Full screen arrives later than the view; if the reader has left in between (fast keys, a slow machine),
    // it is left again at once and focus goes back, instead of holding the page full screen with focus lost.
    if (figure.requestFullscreen && !document.fullscreenElement)
      figure.requestFullscreen().then(() => { if (!presenting()) document.exitFullscreen().then(giveBack, giveBack); }).catch(() => {});
  };

  const leave = () => {
    if (!presenting()) return;
    root.classList.remove("presenting");
    for (const el of inerted) el.inert = false;
    inerted = [];
    // Leaving full screen can take focus with it, so focus is given back again once it has.
    if (document.fullscreenElement) document.exitFullscreen().then(giveBack, giveBack);
    giveBack();
  };

  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  for (const b of buttons) {
    b.hidden = false;
    b.addEventListener("click", enter);
  }
  leaveButton?.addEventListener("click", leave);
  document.addEventListener("fullscreenchange", () => {
    if (!document.fullscreenElement && presenting()) leave();
  });
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && presenting()) {
      event.preventDefault();
      leave();
      return;
    }
    if (typing(event.target)) return;
    if ((event.key === "p" || event.key === "P") && !presenting()) {
      event.preventDefault();
      enter();
    } else if (presenting() && /^[1-9]$/.test(event.key)) {
      const preset = figure.querySelectorAll<HTMLButtonElement>("[data-preset]")[Number(event.key) - 1];
      if (preset) {
        event.preventDefault();
        preset.click();
      }
    }
  });
}
