/**
 * Browser side of "Suggest a correction": on activation the link's address is rebuilt with the page's current
 * address, the place being read (on chapters: the section of the selection, else the section at the top of the
 * screen; an equation when the selection lies in one) and the selected text.
 */
import { newIssueUrl } from "./issue-url";

const HEADINGS = ".chapter h1[id], .prose h2[id], .prose h3[id]";
const NUMBERED = /^\d+(\.\d+)*\s/;

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

/** "2.1 The native SEI … › Current funnelling": the heading, after the numbered one it belongs to. */
function headingPlace(heading: HTMLElement, all: HTMLElement[]): string {
  const own = text(heading);
  if (NUMBERED.test(own)) return own;
  const numbered = all.slice(0, all.indexOf(heading)).reverse().find((h) => NUMBERED.test(text(h)));
  return numbered ? `${text(numbered)} › ${own}` : own;
}

/** The section a node lies in: the last heading that starts before it. */
function sectionOf(node: Node, all: HTMLElement[]): HTMLElement | undefined {
  return all.filter((h) => h === node || h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
}

/** The section at the top of the screen, by the contents' rule: the last heading above a quarter of the height. */
function sectionOnScreen(all: HTMLElement[]): HTMLElement | undefined {
  const line = innerHeight * 0.25;
  return all.filter((h) => h.getBoundingClientRect().top <= line).at(-1) ?? all[0];
}

interface Remembered {
  text: string;
  node: Node;
}

export function enhanceSuggestLinks(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-suggest]")];
  if (!links.length) return;
  // The selection is remembered while the reader goes to the link: a tap on the link or on the contents bar
  // may clear it first. A click anywhere else that clears it forgets it.
  let remembered: Remembered | undefined;
  let keep = false;
  document.addEventListener("pointerdown", (event) => {
    keep = !!(event.target as Element).closest?.("a[data-suggest], .toc");
  }, true);
  document.addEventListener("selectionchange", () => {
    const selection = getSelection();
    const chosen = selection?.toString().trim();
    if (chosen && selection!.rangeCount) remembered = { text: selection!.toString(), node: selection!.getRangeAt(0).startContainer };
    else if (!keep) remembered = undefined;
  });
  const refresh = (link: HTMLAnchorElement) => {
    const { repository, page, where } = link.dataset;
    if (!repository || !page) return;
    let place = where;
    if (link.hasAttribute("data-suggest-sections")) {
      const all = [...document.querySelectorAll<HTMLElement>(HEADINGS)];
      const equation = remembered && (remembered.node.parentElement ?? (remembered.node as Element)).closest?.(".equation");
      const heading = remembered ? sectionOf(remembered.node, all) : sectionOnScreen(all);
      place = equation ? text(equation.querySelector(".eq-name")) : heading ? headingPlace(heading, all) : where;
    }
    link.href = newIssueUrl(repository, { page, url: location.href, where: place, selection: remembered?.text });
  };
  for (const link of links) {
    // Rebuilt before the browser follows it, whether clicked, tapped or opened from the keyboard or a menu.
    for (const type of ["click", "auxclick", "contextmenu", "focus", "pointerenter"]) link.addEventListener(type, () => refresh(link));
  }
}
