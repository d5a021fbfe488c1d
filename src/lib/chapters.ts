import { getCollection, render, type CollectionEntry } from "astro:content";

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

/** The chapter page that holds a numbered section: its own page if it has one (2.1, 4.1), else its parent's (5.1 → 5). */
export function chapterOfSection(anchor: string, chapters: Chapter[]): Chapter {
  const num = sectionNumber(anchor);
  if (!num) throw new Error(`"${anchor}" is not a section anchor (expected sec-<n>[-<m>])`);
  const found =
    chapters.find((c) => c.data.number === num) ?? chapters.find((c) => c.data.number === num.split(".")[0]);
  if (!found) throw new Error(`No chapter holds section ${num}`);
  return found;
}

/** A numbered section of the review, whether it has a page of its own (2, 2.1, 4.1) or is a heading inside one. */
export interface Section {
  /** The review's number, "2.3". */
  number: string;
  /** Title without the number. */
  title: string;
  /** One or two sentences: the chapter's description, or the front matter's `sections` entry for a heading. */
  description: string;
  /** The anchor on the chapter page, "sec-2-3". */
  anchor: string;
  chapter: Chapter;
}

const NUMBERED_HEADING = /^(\d+(?:\.\d+)+)\s+(.+)$/;

/** The sections a chapter holds, its own first, then its numbered headings in order; fails the build on a missing description. */
export function chapterSections(chapter: Chapter, headings: { depth: number; text: string }[]): Section[] {
  const { number, title, description, sections: described } = chapter.data;
  const own: Section = { number, title, description, anchor: sectionAnchor(number), chapter };
  const inner = headings.flatMap((h) => {
    const m = NUMBERED_HEADING.exec(h.text.trim());
    if (!m) return [];
    const [, num, text] = m as unknown as [string, string, string];
    const about = described[num];
    if (!about) throw new Error(`Chapter "${chapter.id}": section ${num} has no description in the front matter's "sections"`);
    return [{ number: num, title: text, description: about, anchor: sectionAnchor(num), chapter }];
  });
  const stray = Object.keys(described).filter((num) => !inner.some((s) => s.number === num));
  if (stray.length) throw new Error(`Chapter "${chapter.id}": "sections" describes ${stray.join(", ")}, which no heading carries`);
  return [own, ...inner];
}

/** Every numbered section in reading order. */
export async function getSections(): Promise<Section[]> {
  const chapters = await getChapters();
  const all = await Promise.all(chapters.map(async (c) => chapterSections(c, (await render(c)).headings)));
  return all.flat();
}

/** The anchor of a section number: "2.3" → "sec-2-3" (the rule of src/reading/section-ids.mjs). */
export function sectionAnchor(number: string): string {
  return `sec-${number.replaceAll(".", "-")}`;
}
