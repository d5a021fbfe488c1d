/**
 * The whole course pack on /print/: its button fetches every chapter's pack page (src/pages/print/[chapter].astro),
 * puts each chapter's section into this page before the reference list, and opens the print dialog. Links the
 * chapter pages make to one another (an equation mention, a citation) become links inside this document, which a
 * saved PDF keeps. Until then the page is the cover, the contents (linking the chapter pages) and the references.
 *
 * The chapter pages are read with XMLHttpRequest's document response: the browser parses them inertly (no
 * script runs, nothing loads), and no HTML string passes through a Trusted Types sink (src/csp/).
 */

const actions = document.querySelector<HTMLElement>("[data-pack-actions]");

if (actions) {
  const button = actions.querySelector<HTMLButtonElement>("[data-pack-assemble]")!;
  const status = actions.querySelector<HTMLElement>("[data-pack-status]")!;
  const slot = document.querySelector<HTMLElement>("[data-pack-chapters]")!;
  const contents = [...document.querySelectorAll<HTMLAnchorElement>("a[data-pack-chapter]")];
  const root = new URL(actions.dataset.packRoot ?? "/print/", location.href).pathname;
  let whole: Promise<void> | undefined;

  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = `Collecting the ${contents.length} chapters…`;
    try {
      await (whole ??= assemble());
      await document.fonts.ready;
      status.textContent = `All ${contents.length} chapters are on this page, ready for your browser's Print command.`;
      print();
    } catch (error) {
      whole = undefined;
      status.textContent = `The chapters could not be collected (${error instanceof Error ? error.message : String(error)}). Each one prints from its own page in the contents.`;
    } finally {
      button.disabled = false;
    }
  });
  delete actions.dataset.pending;

  async function assemble(): Promise<void> {
    const pages = await Promise.all(contents.map((a) => load(a.href)));
    const sections = pages.map((page, i) => {
      const section = page.querySelector("section.pack-chapter");
      if (!section) throw new Error(`${contents[i]!.pathname} holds no chapter`);
      for (const link of section.querySelectorAll<HTMLAnchorElement>("a[href]")) {
        const url = new URL(link.getAttribute("href")!, contents[i]!.href);
        if (url.origin === location.origin && url.pathname.startsWith(root) && url.hash) link.setAttribute("href", url.hash);
      }
      return document.importNode(section, true);
    });
    slot.replaceChildren(...sections);
    for (const a of contents) a.setAttribute("href", `#${a.dataset.packChapter}`);
    document.documentElement.dataset.pack = "whole";
  }
}

/** A page of this site as an inert document. */
function load(url: string): Promise<Document> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("GET", url);
    request.responseType = "document";
    request.onload = () =>
      request.status === 200 && request.responseXML ? resolve(request.responseXML) : reject(new Error(`${new URL(url).pathname} answered ${request.status}`));
    request.onerror = () => reject(new Error(`${new URL(url).pathname} did not load`));
    request.send();
  });
}
