/**
 * How a copy menu asks the page for something that exists only at the moment of the click (the current
 * calculation as a link or CSV): it fires REQUEST_EVENT on the menu entry; the feature that owns the state
 * listens on document and answers with `respond`. Shared by sharing/ (asks) and calculators/ (answers).
 */
export const REQUEST_EVENT = "copy-menu-request";

/** What a listener hands back: text to copy, or a file to download. */
export type CopyPayload = { text: string } | { blob: Blob; filename: string };

/** The `detail` of the request event. */
export interface CopyMenuRequest {
  /** What is asked for, e.g. "calculation-link", "calculation-csv". */
  request: string;
  /** What it is about, e.g. an equation's slug. */
  for: string;
  /** Call once with the payload (or a promise of it); a request nobody answers reports "not available". */
  respond(payload: CopyPayload | Promise<CopyPayload>): void;
}
