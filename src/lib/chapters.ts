import { getCollection, type CollectionEntry } from "astro:content";

export type Chapter = CollectionEntry<"chapters">;

/** Chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
}

/** The section number an anchor stands for: "sec-2-1" → "2.1". */
export function sectionNumber(anchor: string): string | undefined {
  const m = /^sec-(\d+(?:-\d+)*)$/.exec(anchor);
  return m ? m[1]!.replaceAll("-", ".") : undefined;
}

/** The chapter page that holds a numbered section: its own page if it has one (4.1), else its parent's (2.1 → 2). */
export function chapterOfSection(anchor: string, chapters: Chapter[]): Chapter {
  const num = sectionNumber(anchor);
  if (!num) throw new Error(`"${anchor}" is not a section anchor (expected sec-<n>[-<m>])`);
  const found =
    chapters.find((c) => c.data.number === num) ?? chapters.find((c) => c.data.number === num.split(".")[0]);
  if (!found) throw new Error(`No chapter holds section ${num}`);
  return found;
}
