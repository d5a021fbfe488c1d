/**
 * The repository the site is built from, as the build environment names it (REPO_URL, e.g.
 * "https://github.com/owner/name"; the Pages workflow sets it from the repository it runs in). Links that need it
 * — "Suggest a correction", a page's change history — are left out when it is unset, never pointed elsewhere.
 */

/** The repository's web address without a trailing slash or ".git"; undefined when unset or blank. Anything else that is not an http(s) address fails the build. */
export function parseRepositoryUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`REPO_URL "${text}" is not an address; expected e.g. https://github.com/owner/name`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`REPO_URL "${text}" must be an http(s) address`);
  if (url.pathname.split("/").filter(Boolean).length < 2) throw new Error(`REPO_URL "${text}" must name a repository: https://host/owner/name`);
  if (url.search || url.hash) throw new Error(`REPO_URL "${text}" must not carry a query or fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "").replace(/\.git$/, "")}`;
}
