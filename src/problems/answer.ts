/**
 * Checks answers typed into problems (components/Problem.astro). The answer boxes are in the HTML, laid out but not
 * shown until this script can answer them (data-pending, global.css); this shows them and answers each Check (or Enter)
 * in the problem's status line. Text reaches the page only through textContent.
 */
import { judge, parseAnswer, unitFactors, type Verdict } from "./check";
import { formatNumber } from "../lib/format";

for (const box of document.querySelectorAll<HTMLElement>("[data-problem]")) delete box.dataset.pending;

const REPLY: Record<Exclude<Verdict, "correct">, string> = {
  unit: "Check the unit: the digits fit, but the size is off by a power of ten or a unit conversion.",
  wrong: "Not yet. Check the working, or open the next hint.",
  unreadable: "Type a number, such as 1.5, 2e-6 or 4.1 × 10^4.",
};

function check(box: HTMLElement): { verdict: Verdict; text: string } {
  const input = box.querySelector<HTMLInputElement>("input[data-answer]")!;
  const select = box.querySelector("select");
  const units = select ? [...select.options] : [...box.querySelectorAll<HTMLElement>("[data-factor]")];
  const chosen = (select ? select.selectedOptions[0] : units[0]) as HTMLElement | undefined;
  const factor = Number(chosen?.dataset.factor ?? 1);
  const answer = Number(input.dataset.answer);
  const tolerance = Number(input.dataset.tolerance);
  const value = parseAnswer(input.value);
  const verdict = judge(value === undefined ? NaN : value * factor, answer, tolerance, unitFactors(units.map((u) => Number(u.dataset.factor ?? 1))));
  if (verdict !== "correct") return { verdict, text: REPLY[verdict] };
  const label = chosen?.textContent?.trim() ?? "";
  const shown = `${formatNumber(answer / factor, Number(input.dataset.digits ?? 3))}${label ? `\u00A0${label}` : ""}`;
  return { verdict, text: `Correct: ${shown}, within ${formatNumber(tolerance * 100)} % of the computed value.` };
}

/** Checks the answer in `box` (a problem's answer box) and says the verdict in its status line. */
function answer(box: HTMLElement): void {
  const { verdict, text } = check(box);
  const input = box.querySelector<HTMLInputElement>("input[data-answer]")!;
  if (verdict === "unreadable") input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
  const status = box.querySelector<HTMLElement>("[role=status]")!;
  status.textContent = text;
  status.dataset.verdict = verdict;
}

// The answer box is not a <form> (components/Problem.astro): Check and Enter in the field both answer.
document.addEventListener("click", (event) => {
  const button = (event.target as Element).closest("[data-problem] button[data-check]");
  if (button) answer(button.closest<HTMLElement>("[data-problem]")!);
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.isComposing) return;
  const input = (event.target as Element).closest?.("[data-problem] input[data-answer]");
  if (!input) return;
  event.preventDefault();
  answer(input.closest<HTMLElement>("[data-problem]")!);
});
