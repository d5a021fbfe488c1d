/**
 * The new-issue address for "Suggest a correction": GitHub's form, pre-filled through its `title` and `body`
 * query parameters. Built at build time for the link's plain href and again in the browser on click, with the
 * section or equation being read and the reader's selected text. Nothing is sent anywhere: it is only a link.
 */

export interface CorrectionContext {
  /** Names the page in the issue title, e.g. "2 Failure mechanisms under fast charging and discharging". */
  page: string;
  /** The page's full address as the reader has it. */
  url: string;
  /** The section or equation the report is about, e.g. "2.3 Gas generation" or "eqn (6) Sand's time". */
  where?: string;
  /** The reader's selected text, if any. */
  selection?: string;
}

/** Selected text beyond this many characters is cut, so the address stays far below the limits of browsers and GitHub (8 kB). */
export const MAX_SELECTION = 1000;

/** The selection as a Markdown quote, whitespace runs collapsed within lines, cut at MAX_SELECTION characters with "…". */
export function quote(selection: string): string {
  const lines = selection.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\s+/g, " ").trim());
  let text = lines.filter((l, i) => l || (i > 0 && lines[i - 1])).join("\n").trim();
  if (text.length > MAX_SELECTION) text = `${text.slice(0, MAX_SELECTION).trimEnd()}…`;
  return text.split("\n").map((l) => (l ? `> ${l}` : ">")).join("\n");
}

/** The issue's body: the page, the place, the quoted selection, and a prompt for the correction itself. */
export function issueBody({ url, where, selection }: CorrectionContext): string {
  const parts = [`**Page:** ${url}`];
  if (where?.trim()) parts.push(`**Where:** ${where.trim()}`);
  const quoted = selection?.trim() ? quote(selection) : "";
  if (quoted) parts.push(`**Selected text:**\n\n${quoted}`);
  parts.push("**What should change, and why** (a source helps):\n\n");
  return parts.join("\n\n");
}

/** The new-issue address in `repository` (as parsed by lib/repository.ts) for this context. */
export function newIssueUrl(repository: string, context: CorrectionContext): string {
  const url = new URL(`${repository}/issues/new`);
  url.searchParams.set("title", `Correction: ${context.page}`);
  url.searchParams.set("body", issueBody(context));
  return url.href;
}
