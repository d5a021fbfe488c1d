/**
 * The /problems/ filters: chapter and difficulty, kept in the address (?chapter=…&difficulty=…) so a lecturer
 * can link to a selection, and the print button, whose sheet holds only the problems shown.
 */
const form = document.querySelector<HTMLFormElement>("form[data-problem-filters]");

if (form) {
  const chapter = form.elements.namedItem("chapter") as HTMLSelectElement;
  const difficulty = form.elements.namedItem("difficulty") as HTMLSelectElement;
  const count = form.querySelector<HTMLElement>("[data-problem-count]")!;
  const problems = [...document.querySelectorAll<HTMLElement>("article.problem")];
  const choose = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };

  const apply = (writeUrl: boolean) => {
    let shown = 0;
    for (const p of problems) {
      const visible = (!chapter.value || p.dataset.chapter === chapter.value) && (!difficulty.value || p.dataset.difficulty === difficulty.value);
      p.hidden = !visible;
      if (visible) shown++;
      const key = document.querySelector<HTMLElement>(`[data-answer-for="${p.id.replace(/^problem-/, "")}"]`);
      if (key) key.hidden = !visible;
    }
    for (const group of document.querySelectorAll<HTMLElement>("[data-chapter-group]")) {
      group.hidden = !group.querySelector("article.problem:not([hidden])");
    }
    count.textContent = shown === problems.length ? `Showing all ${shown} problems.` : `Showing ${shown} of ${problems.length} problems.`;
    if (writeUrl) {
      const params = new URLSearchParams(location.search);
      for (const [name, value] of [["chapter", chapter.value], ["difficulty", difficulty.value]] as const) {
        if (value) params.set(name, value);
        else params.delete(name);
      }
      const search = params.toString();
      history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
    }
  };

  const params = new URLSearchParams(location.search);
  choose(chapter, params.get("chapter"));
  choose(difficulty, params.get("difficulty"));
  delete form.dataset.pending;
  apply(false);
  form.addEventListener("change", () => apply(true));
  form.querySelector("[data-print]")?.addEventListener("click", () => print());
}
