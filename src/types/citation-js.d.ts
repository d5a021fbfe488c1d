// citation-js ships no types; this declares the small part the bibliography module uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibliography", options: { format: "html" | "text"; template: string; lang: string }): string;
    format(format: "bibtex" | "ris"): string;
    format(format: "data", options: { format: "text" | "object" }): string;
    format(format: "bibliography", options: { format: "text"; template: string; lang: string; entry?: string }): string;
    static async(data: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
