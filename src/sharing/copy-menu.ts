/**
 * <copy-menu>: the browser side of components/CopyMenu.astro. A disclosure button opens a list of buttons;
 * each copies text or downloads a file, and the status line (role="status") says what happened. Where the
 * Clipboard API is missing or refused, the text is shown selected in a field to copy by hand.
 * Text reaches the page only through .value and .textContent (the pages require Trusted Types: src/csp/).
 */
import { fillTemplate, REQUEST_EVENT, type CopyMenuRequest, type CopyPayload } from "./copy-items";

const STATUS_MS = 4000; // long enough to read; the live region has already announced it

function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  saveHref(href, filename);
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function saveHref(href: string, filename: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Room kept between a popup and the edge of the window, in CSS px. */
const EDGE = 8;

/**
 * Keeps a popup that hangs from the menu's button inside the window (WCAG 1.4.10): it is aligned with the button's
 * right edge, then moved sideways just as far as it must be. On a 320 px phone a list aligned with either edge of
 * the button can run off the screen; the CSS caps its width to the window, so a place that fits always exists.
 * A popup that opens below the bottom of the window (a button near it, on a phone most of them) is then scrolled
 * into view, the page moving no further than it must; the CSS caps its height below the window's.
 */
function onScreen(popup: HTMLElement): void {
  popup.style.removeProperty("translate");
  const { left, right, bottom } = popup.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const shift = left < EDGE ? EDGE - left : right > width - EDGE ? width - EDGE - right : 0;
  if (shift) popup.style.translate = `${Math.round(shift)}px 0`;
  if (bottom > innerHeight) popup.scrollIntoView({ block: "nearest" });
}

class CopyMenu extends HTMLElement {
  private trigger!: HTMLButtonElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private fallback: HTMLElement | undefined;

  connectedCallback(): void {
    const trigger = this.querySelector<HTMLButtonElement>("[data-copy-menu-trigger]");
    const list = this.querySelector<HTMLElement>("[data-copy-menu-list]");
    const status = this.querySelector<HTMLElement>("[data-copy-menu-status]");
    if (!trigger || !list || !status || this.trigger) return;
    this.trigger = trigger;
    this.list = list;
    this.status = status;
    trigger.addEventListener("click", () => this.toggle(!this.isOpen));
    trigger.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
      e.preventDefault();
      this.toggle(true);
      const items = this.items();
      (e.key === "ArrowDown" ? items[0] : items.at(-1))?.focus();
    });
    list.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button");
      if (button) void this.activate(button);
    });
    this.addEventListener("keydown", (e) => this.onKey(e));
    this.addEventListener("focusout", (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.toggle(false);
    });
  }

  private get isOpen(): boolean {
    return this.trigger.getAttribute("aria-expanded") === "true";
  }

  private items(): HTMLButtonElement[] {
    return [...this.list.querySelectorAll<HTMLButtonElement>("button")];
  }

  /** Moves the entries out of their <template> into the list, the first time it opens (moved, not parsed). */
  private fill(): void {
    const entries = this.list.querySelector<HTMLTemplateElement>(":scope > template[data-copy-menu-items]");
    entries?.replaceWith(entries.content);
  }

  private toggle(open: boolean): void {
    if (open === this.isOpen) return;
    if (open) this.fill();
    this.trigger.setAttribute("aria-expanded", String(open));
    this.list.hidden = !open;
    if (open) {
      document.addEventListener("pointerdown", this.onOutside, true);
      onScreen(this.list);
    } else document.removeEventListener("pointerdown", this.onOutside, true);
  }

  private onOutside = (e: Event): void => {
    if (!this.contains(e.target as Node)) this.toggle(false);
  };

  private onKey(e: KeyboardEvent): void {
    if (e.key === "Escape") {
      if (!this.isOpen && !this.fallback) return;
      e.preventDefault();
      this.closeFallback();
      this.toggle(false);
      this.trigger.focus();
      return;
    }
    const items = this.items();
    const at = items.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    items[(next + items.length) % items.length]!.focus();
  }

  /** Puts a message in the status line; it fades after a while unless it must stay (the copy-by-hand hint). */
  private say(message: string, persist = false): void {
    clearTimeout(this.statusTimer);
    this.status.textContent = message;
    if (!persist) this.statusTimer = setTimeout(() => (this.status.textContent = ""), STATUS_MS);
  }

  private async activate(button: HTMLButtonElement): Promise<void> {
    const d = button.dataset;
    const done = d.done ?? "Done";
    try {
      if (d.copyText !== undefined) await this.copy(d.copyText, done);
      else if (d.copyUrl !== undefined) await this.copy(new URL(d.copyUrl, location.href).href, done);
      else if (d.copyTemplate !== undefined) await this.copy(fillTemplate(d.copyTemplate, d.url ?? "", location.href), done);
      else if (d.download !== undefined) {
        saveHref(d.download, d.filename ?? "");
        this.finish(done);
      }
      else if (d.svg !== undefined) await this.exportSvg(d.svg, d.format === "png" ? "png" : "svg", d.filename ?? "figure.svg", done);
      else if (d.request !== undefined) await this.provide(button, d.request, d.for ?? "", done);
    } catch (error) {
      this.say(`Could not do that: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private finish(done: string): void {
    this.say(done);
    this.toggle(false);
    this.trigger.focus();
  }

  private async copy(text: string, done: string): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error("no Clipboard API");
      await navigator.clipboard.writeText(text);
      this.finish(done);
    } catch {
      this.copyByHand(text, done);
    }
  }

  /** The select-and-copy fallback: a read-only field holding the text, selected, with the keys to press. */
  private copyByHand(text: string, done: string): void {
    this.closeFallback();
    this.toggle(false);
    const box = document.createElement("div");
    box.className = "copy-menu-fallback";
    const label = document.createElement("label");
    const field = document.createElement("textarea");
    const id = `${this.list.id}-by-hand`;
    field.id = id;
    field.readOnly = true;
    field.rows = Math.min(6, text.split("\n").length + 1);
    field.value = text;
    label.htmlFor = id;
    label.textContent = "The browser refused the clipboard. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.";
    box.append(label, field);
    this.append(box);
    onScreen(box);
    this.fallback = box;
    field.focus();
    field.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    this.say(copied ? done : "Select and copy the text shown below the menu", !copied);
    field.addEventListener("copy", () => this.say(done));
  }

  private closeFallback(): void {
    if (this.fallback) this.say("");
    this.fallback?.remove();
    this.fallback = undefined;
  }

  private async exportSvg(selector: string, format: "svg" | "png", filename: string, done: string): Promise<void> {
    const svg = document.querySelector<SVGSVGElement>(selector);
    if (!svg) throw new Error("the figure is not on the page");
    const { standaloneSvg, svgToPng } = await import("./svg-export");
    const text = standaloneSvg(svg);
    const blob = format === "svg" ? new Blob([text], { type: "image/svg+xml" }) : await svgToPng(text, svg);
    saveBlob(blob, filename);
    this.finish(done);
  }

  private async provide(button: HTMLButtonElement, request: string, about: string, done: string): Promise<void> {
    let answer: Promise<CopyPayload> | undefined;
    const detail: CopyMenuRequest = { request, for: about, respond: (p) => (answer ??= Promise.resolve(p)) };
    button.dispatchEvent(new CustomEvent(REQUEST_EVENT, { bubbles: true, detail }));
    if (!answer) throw new Error("not available on this page");
    const payload = await answer;
    if ("text" in payload) await this.copy(payload.text, done);
    else {
      saveBlob(payload.blob, payload.filename);
      this.finish(done);
    }
  }
}

if (!customElements.get("copy-menu")) customElements.define("copy-menu", CopyMenu);
