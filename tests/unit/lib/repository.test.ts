import { describe, expect, test } from "vitest";
import { parseRepositoryUrl } from "@src/lib/repository";

describe("parseRepositoryUrl", () => {
  test.each([
    // REPO_URL as the environment gives it, the repository address the links are built on
    ["https://github.com/owner/name", "https://github.com/owner/name"], // what the Pages workflow sets
    ["https://github.com/owner/name/", "https://github.com/owner/name"], // trailing slash dropped
    ["https://github.com/owner/name.git", "https://github.com/owner/name"], // a clone address works too
    ["  https://github.com/owner/name  ", "https://github.com/owner/name"], // surrounding blanks
    ["https://gitlab.example.org/group/sub/name", "https://gitlab.example.org/group/sub/name"], // nested groups kept
  ])("%j → %s", (value, expected) => {
    expect(parseRepositoryUrl(value)).toBe(expected);
  });

  test.each([[undefined], [""], ["   "]])("unset (%j): no repository, so the links are left out", (value) => {
    expect(parseRepositoryUrl(value)).toBeUndefined();
  });

  test.each([
    ["github.com/owner/name", /not an address/], // no scheme
    ["ftp://github.com/owner/name", /http\(s\)/],
    ["javascript:alert(1)", /http\(s\)/], // never a script address in an href
    ["https://github.com/owner", /must name a repository/], // an owner is not a repository
    ["https://github.com/owner/name?tab=issues", /query or fragment/],
  ])("%j fails the build with a clear message", (value, message) => {
    expect(() => parseRepositoryUrl(value)).toThrow(message);
  });
});
