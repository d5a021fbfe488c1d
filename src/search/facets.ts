/**
 * The facets a reader can narrow search by. Pages carry them as Pagefind filters (`type`, `class`), set by
 * their layout through Base's `kind` and `filters` props; the search page offers them as choices.
 * Client code imports this module, so it holds constants only.
 */

/** Result types, as the filter `type` stores them, with the label the search page shows. */
export const SEARCH_TYPES = [
  { value: "Chapter", label: "Chapters" },
  { value: "Equation", label: "Equations" },
  { value: "Interphase", label: "Interphases" },
  { value: "Reference", label: "References" },
  { value: "Glossary", label: "Glossary" },
] as const;

export type SearchType = (typeof SEARCH_TYPES)[number]["value"];

/** The type of a page by the `kind` its layout passes to Base. Kinds not listed (home, search, 404) have none. */
export const TYPE_OF_KIND: Readonly<Record<string, SearchType>> = {
  chapter: "Chapter",
  equation: "Equation",
  "equation-index": "Equation",
  interphase: "Interphase",
  "interphase-index": "Interphase",
  reference: "Reference",
  glossary: "Glossary",
};

/**
 * Types a page can hold in parts, by the anchor prefix of those parts: a chapter is among "Equations" for the
 * equations it shows (`#eq-sand-time`), so under that filter only its equations are listed.
 */
export const PART_ANCHOR_PREFIX: Readonly<Partial<Record<SearchType, string>>> = { Equation: "eq-" };

/**
 * Name of the page metadata that holds the readable excerpt of an anchored part (an equation): search shows it
 * instead of Pagefind's excerpt, which for an equation would come from its hidden index text (aliases, typed forms).
 */
export const excerptKey = (anchorId: string): string => `about-${anchorId}`;
