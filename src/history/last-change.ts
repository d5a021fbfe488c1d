/**
 * When a source file last changed, from git history at build time: one `git log` over the whole history, read
 * once per build. Build-only (runs git).
 *
 * A shallow clone (CI's default checkout depth of 1) would date every file to the newest commit, so there the
 * dates are left out, with one warning; the Pages workflow checks out the full history (`fetch-depth: 0`).
 * Without git, or for a file git does not track, there is no date either.
 */
import { execFileSync } from "node:child_process";
import { relative, resolve } from "node:path";

export interface Change {
  /** The commit that last touched the file. */
  commit: string;
  /** Its committer date: when the change landed. */
  date: Date;
}

/** Parses `git log --format=%x1e%H%x09%cI --name-only` output into each file's newest change. */
export function newestChanges(log: string): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const entry of log.split("\x1e")) {
    const [head, ...files] = entry.split("\n");
    const [commit, iso] = head?.split("\t") ?? [];
    if (!commit || !iso) continue;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) if (!changes.has(file)) changes.set(file, { commit, date });
  }
  return changes;
}

const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });

let history: { root: string; changes: Map<string, Change> } | null | undefined;

function readHistory() {
  if (history !== undefined) return history;
  try {
    const root = git(["rev-parse", "--show-toplevel"]).trim();
    if (git(["rev-parse", "--is-shallow-repository"]).trim() === "true") {
      console.warn("[history] shallow git clone: \"Last updated\" dates are left out (check out with fetch-depth: 0 to have them)");
      history = null;
    } else {
      history = { root, changes: newestChanges(git(["log", "--format=%x1e%H%x09%cI", "--name-only", "--no-renames"])) };
    }
  } catch {
    history = null;
  }
  return history;
}

/** The newest change of a file (a path relative to the project root or absolute), if git knows one. */
export function lastChange(file: string): (Change & { path: string }) | undefined {
  const h = readHistory();
  if (!h) return undefined;
  const path = relative(h.root, resolve(file)).split("\\").join("/");
  const change = h.changes.get(path);
  return change && { ...change, path };
}

/** The file's change history on the repository's site (GitHub's layout), as of the change shown. */
export function historyUrl(repository: string, change: { commit: string; path: string }): string {
  return `${repository}/commits/${change.commit}/${change.path.split("/").map(encodeURIComponent).join("/")}`;
}
