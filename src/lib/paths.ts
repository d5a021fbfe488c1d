/** Prefixes a site path ("failure-mechanisms/#eq-6") with the configured base, so sub-path deployments work. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return base + path.replace(/^\//, "");
}

/** Path of a chapter page. */
export function chapterPath(slug: string, hash?: string): string {
  return withBase(`${slug}/${hash ? `#${hash}` : ""}`);
}

/** The short link of a numbered section: "2.3" → "/sec/2.3/". */
export function sectionShortPath(number: string): string {
  return withBase(`sec/${number}/`);
}

/** A chapter's page in the course pack: "print/plating-and-stripping/", with an optional anchor. */
export function packPath(slug: string, hash?: string): string {
  return withBase(`print/${slug}/${hash ? `#${hash}` : ""}`);
}
