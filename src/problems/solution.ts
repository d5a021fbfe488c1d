/**
 * Worked solutions on demand (components/Problem.astro with solution="on-demand", the /problems/ list): the first
 * time a reader opens one, it is brought from the problem's equation page, where the build wrote it, and put in
 * place of the link to that page. A solution that cannot be loaded says why in its status line and keeps the link.
 * The page is asked for as soon as the reader points at or focuses "Worked solution".
 */
import { adopt, fetchDocument } from "../lib/fetch-document";

const ON_DEMAND = "details.problem-solution[data-solution-from]";
const page = (url: string) => fetchDocument(url, "the equation's page"); // asked once per page (lib/fetch-document)

async function load(details: HTMLDetailsElement): Promise<void> {
  details.dataset.solution = "loading";
  const status = details.querySelector<HTMLElement>("[data-solution-status]");
  try {
    const found = (await page(details.dataset.solutionFrom ?? ""))
      .getElementById(details.dataset.solutionFor ?? "")
      ?.querySelector("details.problem-solution");
    if (!found) throw new Error("the equation's page does not hold this problem");
    const working = [...found.children].filter((child) => child.localName !== "summary").map(adopt);
    details.querySelector(".problem-solution-away")?.remove();
    status?.remove();
    details.append(...working);
    details.dataset.solution = "loaded";
  } catch (error) {
    delete details.dataset.solution; // opening it again tries again
    const reason = error instanceof Error ? error.message : String(error);
    if (status) status.textContent = `The worked solution could not be loaded (${reason}). The link above opens it there.`;
  }
}

const wanted = (target: EventTarget | null): target is HTMLDetailsElement =>
  target instanceof HTMLDetailsElement && target.matches(ON_DEMAND) && !target.dataset.solution;

// "toggle" does not bubble; listening in the capture phase hears it from every <details> on the page.
document.addEventListener("toggle", (event) => wanted(event.target) && event.target.open && void load(event.target), true);
// Intent: the pointer on "Worked solution", or focus on it, fetches the page before the press.
const warm = (event: Event) => {
  const details = (event.target as Element | null)?.closest?.("summary")?.parentElement ?? null;
  if (wanted(details)) page(details.dataset.solutionFrom ?? "").catch(() => {}); // a failure is said when it is opened
};
document.addEventListener("pointerover", warm, { passive: true });
document.addEventListener("focusin", warm, { passive: true });
// One already open (the browser restored the page, or find-in-page opened it) before this script ran.
for (const details of document.querySelectorAll<HTMLDetailsElement>(`${ON_DEMAND}[open]`)) if (wanted(details)) void load(details);
