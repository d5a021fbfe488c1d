/**
 * Worked solutions on demand (components/Problem.astro with solution="on-demand", the /problems/ list): the first
 * time a reader opens one, it is brought from the problem's equation page, where the build wrote it, and put in
 * place of the link to that page. A solution that cannot be loaded says why in its status line and keeps the link.
 */
import { adopt, fetchDocument } from "../lib/fetch-document";

const ON_DEMAND = "details.problem-solution[data-solution-from]";

async function load(details: HTMLDetailsElement): Promise<void> {
  details.dataset.solution = "loading";
  const status = details.querySelector<HTMLElement>("[data-solution-status]");
  try {
    const page = await fetchDocument(details.dataset.solutionFrom ?? "", "the equation's page");
    const found = page.getElementById(details.dataset.solutionFor ?? "")?.querySelector("details.problem-solution");
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
  target instanceof HTMLDetailsElement && target.open && target.matches(ON_DEMAND) && !target.dataset.solution;

// "toggle" does not bubble; listening in the capture phase hears it from every <details> on the page.
document.addEventListener("toggle", (event) => wanted(event.target) && void load(event.target), true);
// One already open (the browser restored the page, or find-in-page opened it) before this script ran.
for (const details of document.querySelectorAll<HTMLDetailsElement>(`${ON_DEMAND}[open]`)) if (wanted(details)) void load(details);
