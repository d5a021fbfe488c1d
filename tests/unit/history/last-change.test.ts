import { describe, expect, test } from "vitest";
import { historyUrl, lastChange, newestChanges } from "@src/history/last-change";

const RS = "\x1e";
// What `git log --format=%x1e%H%x09%cI --name-only` prints: newest commit first, each followed by its files.
const LOG = [
  "",
  "c3\t2026-11-28T10:00:00+01:00\n\ncontent/chapters/outlook.mdx\n",
  "c2\t2026-11-27T09:30:00Z\n\ncontent/chapters/outlook.mdx\ncontent/interphases/bare-na.yaml\n",
  "c1\t2026-11-26T23:26:20Z\n\ncontent/chapters/introduction.mdx\n",
  "broken\tnot-a-date\n\ncontent/chapters/design-principles.mdx\n",
].join(RS);

describe("newestChanges", () => {
  test.each([
    // file, commit and instant of its newest change in LOG
    ["content/chapters/outlook.mdx", "c3", "2026-11-28T09:00:00.000Z"], // changed twice: the newer wins, in UTC
    ["content/interphases/bare-na.yaml", "c2", "2026-11-27T09:30:00.000Z"],
    ["content/chapters/introduction.mdx", "c1", "2026-11-26T23:26:20.000Z"],
  ])("%s was last changed by %s at %s", (file, commit, iso) => {
    const change = newestChanges(LOG).get(file);
    expect(change?.commit).toBe(commit);
    expect(change?.date.toISOString()).toBe(iso);
  });

  test("a commit with an unreadable date is skipped, not dated NaN", () => {
    expect(newestChanges(LOG).has("content/chapters/design-principles.mdx")).toBe(false);
  });

  test("an empty log knows no file", () => {
    expect(newestChanges("").size).toBe(0);
  });
});

describe("lastChange in this checkout", () => {
  test("a tracked chapter has a commit and a valid date no later than now; an unknown file has none", () => {
    // Needs the full history, as every checkout of this project and the Pages workflow (fetch-depth 0) have.
    const change = lastChange("content/chapters/introduction.mdx");
    expect(change?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(change?.path).toBe("content/chapters/introduction.mdx");
    expect(change!.date.getTime()).toBeLessThanOrEqual(Date.now());
    expect(lastChange("content/chapters/no-such-chapter.mdx")).toBeUndefined();
  });
});

describe("historyUrl", () => {
  test("points at the file's history as of the change shown, path segments escaped", () => {
    expect(historyUrl("https://github.com/owner/name", { commit: "abc123", path: "content/chapters/a b#c.mdx" })).toBe(
      "https://github.com/owner/name/commits/abc123/content/chapters/a%20b%23c.mdx",
    );
  });
});
