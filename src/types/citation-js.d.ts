// citation-js ships no types; this declares the small part the bibliography module uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography", options: { format: "html" | "text"; template: string; lang: string }): string;
    format(format: "bibtex"): string;
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
